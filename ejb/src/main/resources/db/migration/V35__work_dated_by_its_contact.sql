-- The monthly report counts a case, follow-up or referral raised with a contact in that contact's month,
-- and one raised on its own when it was raised (issue 27): a call on 31 October logged on 2 November
-- opens an October case. dated_at holds that moment; it never changes, since a contact's start does not.
-- Existing rows take it from the contact they were raised with. Runs unchanged on PostgreSQL 15 and H2 2.x.
alter table helpline_case add column dated_at timestamp with time zone;
alter table follow_up add column dated_at timestamp with time zone;
alter table referral add column dated_at timestamp with time zone;

-- A case is opened with the contact that asked for it, saved in the same transaction (logged when the case
-- was opened); failing that (cases seeded by hand), the earliest contact filed in it that began before it was
-- opened; failing that, when it was opened.
update helpline_case k set dated_at = coalesce(
        (select min(c.started_at) from contact c where c.case_id = k.id and c.logged_at = k.opened_at),
        (select min(c.started_at) from contact c where c.case_id = k.id and c.started_at <= k.opened_at),
        k.opened_at);
-- A follow-up booked on a contact; the steps a referral books count when they were booked.
update follow_up f set dated_at = coalesce((select c.started_at from contact c
        where c.id = f.contact_id and f.referral_id is null), f.booked_at);
update referral r set dated_at = coalesce((select c.started_at from contact c where c.id = r.contact_id),
        r.referred_at);

alter table helpline_case alter column dated_at set not null;
alter table follow_up alter column dated_at set not null;
alter table referral alter column dated_at set not null;

create index ix_helpline_case_dated_at on helpline_case (dated_at);
create index ix_follow_up_dated_at on follow_up (dated_at);
create index ix_referral_dated_at on referral (dated_at);

alter table helpline_case_aud add column dated_at timestamp with time zone;
alter table follow_up_aud add column dated_at timestamp with time zone;
alter table referral_aud add column dated_at timestamp with time zone;
