-- The repeat-caller look-up matches a name's sounds by code ("SM0", "S530"), never by part of a code. The
-- trigram index (V22) answered that by reading every caller whose codes share a trigram with the code typed,
-- and a trigram such as "  a" is shared by most (7 ms for one word at a million contacts). A GIN index over
-- the codes as an array has one entry per code, and answers exactly; TextSearchFunctions renders the same
-- expression. It is also smaller to keep up to date when a caller is saved.
drop index ix_caller_name_sounds_trgm;
-- Both name indexes take each new caller at once ("fastupdate" off) rather than in a pending list that every
-- look-up must read through until a vacuum merges it: after 27,000 new callers without one, a look-up spent
-- 3-6 ms per index reading that list. A helpline adds callers by the hundred a day and looks them up while
-- the caller waits, so the look-up is the one to keep fast.
create index ix_caller_sound_codes on caller using gin (string_to_array(btrim(name_sounds), ' ')) with (fastupdate = off);
alter index ix_caller_name_key_trgm set (fastupdate = off);
