-- The repeat-caller look-up by name shows the eight most recently changed callers whose name matches. For a
-- common surname it now reads the latest callers newest first until it has them, instead of every caller of
-- that name (thousands at a million contacts) to sort them: this index keeps them in that order.
create index ix_caller_updated_at on caller (updated_at desc, id desc);
