-- A follow-up done by a call (issue 24): the adviser logging a contact with a caller marks the caller's open
-- follow-ups "done by this call", and the follow-up's history records that contact as its completing attempt
-- (an attempt that reached the caller, then done, both naming the contact). Null for every other event.
-- follow_up_event is not audited (it is itself the history), so it has no _aud twin.
-- Written to run unchanged on PostgreSQL 15 and on H2 2.x (MODE=PostgreSQL).
alter table follow_up_event add column contact_id bigint;
alter table follow_up_event add constraint fk_follow_up_event_contact foreign key (contact_id) references contact (id);
