-- Search at helpline scale (issue 9), on PostgreSQL only: H2, for trying Helpline out, scans.
--
-- Contact search finds words in the summary and the information given through full-text search
-- (TextSearchFunctions renders exactly this expression), with the 'simple' configuration: no stemming
-- and no stop words, so any word an adviser types counts, and it matches words that start with it.
create index ix_contact_text on contact
    using gin (to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(information_given, '')));

-- The repeat-caller look-up and the search match parts of names ("%smi%") and their sounds ("% S530 %"):
-- trigram indexes answer both. pg_trgm ships with PostgreSQL and is a trusted extension, so the
-- database's owner may create it.
create extension if not exists pg_trgm;
create index ix_caller_name_key_trgm on caller using gin (name_key gin_trgm_ops);
create index ix_caller_name_sounds_trgm on caller using gin (name_sounds gin_trgm_ops);
