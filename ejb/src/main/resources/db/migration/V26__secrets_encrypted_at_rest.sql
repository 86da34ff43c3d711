-- The secrets Helpline keeps to use (authenticator apps' and phone systems' shared secrets) are stored
-- encrypted (org.helpline.security.SecretCipher): "enc:v1:<key id>:<base64 of nonce, ciphertext and tag>",
-- longer than the plain values these columns were sized for. The values themselves are encrypted at
-- start-up (org.helpline.security.SecretsAtRest), since the key comes from the environment, not from
-- here. Written to run unchanged on PostgreSQL 15 and on H2 2.x.
alter table user_account alter column totp_secret set data type varchar(200);
alter table user_account alter column totp_pending_secret set data type varchar(200);
alter table phone_system alter column shared_secret set data type varchar(400);
