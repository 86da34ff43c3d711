-- An optional second factor per member of staff (org.helpline.security.Totp): the shared secret of
-- their authenticator app, the last 30-second step a code was used for (so no code works twice), and
-- when it was set up (audited, so an admin sees when it was turned on, off or reset). Signing in with
-- a second factor takes two pages; the password page leaves a short-lived challenge, kept here as a
-- hash, that the code page must return.
alter table user_account add column totp_secret varchar(64);
alter table user_account add column totp_pending_secret varchar(64);
alter table user_account add column totp_last_step bigint not null default 0;
alter table user_account add column second_factor_since timestamp with time zone;
alter table user_account add column sign_in_challenge varchar(64);
alter table user_account add column sign_in_challenge_until timestamp with time zone;
create unique index uq_user_account_sign_in_challenge on user_account (sign_in_challenge);

alter table user_account_aud add column second_factor_since timestamp with time zone;
