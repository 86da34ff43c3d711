-- Repeated wrong passwords lock an account for a while. Kept in the database, so a restart does not
-- hand an attacker a fresh set of guesses.
alter table user_account add column failed_sign_ins integer default 0 not null;
alter table user_account add column locked_until timestamp with time zone;
