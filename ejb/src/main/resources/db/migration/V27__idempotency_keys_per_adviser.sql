-- Idempotency keys belong to the adviser who sent them (issue 22, D6): one adviser's key never finds,
-- nor blocks, another's contact or draft. A contact also keeps a digest of the form it was logged from,
-- so that the same key sent again with a different contact is refused instead of answered with the
-- first (null for contacts logged before). Written to run unchanged on PostgreSQL 15 and on H2 2.x.
alter table contact drop constraint uq_contact_idempotency_key;
alter table contact add constraint uq_contact_adviser_key unique (adviser_id, idempotency_key);
alter table contact add column request_fingerprint varchar(64);

alter table contact_draft drop constraint uq_contact_draft_key;
alter table contact_draft add constraint uq_contact_draft_adviser_key unique (adviser_id, idempotency_key);
