-- Contact search also finds a word in the title or the notes of the contact's case ("%fatigue%" on the
-- lower-cased text): trigram indexes answer that from the cases' side, so the search reads only the
-- contacts of the cases that match (the load benchmark found the case part scanning every contact).
create index ix_case_title_trgm on helpline_case using gin (lower(title) gin_trgm_ops);
create index ix_case_event_text_trgm on case_event using gin (lower(text) gin_trgm_ops);
