-- The call's start is held with the draft, so that the call timer and the saved duration survive a refused
-- save, a reload and a restored draft. Drafts kept before this have none: the form's own start stands in.
alter table contact_draft add column call_started_at timestamp with time zone;
