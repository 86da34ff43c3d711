-- The caller page benchmark's two callers, made from data generate-contacts.sql wrote (see BENCHMARKS.md,
-- "The caller page"): one caller with exactly :wanted contacts (500) and, on their timeline, what a caller
-- who rings that often would have gathered: several cases with notes and status changes, follow-ups with
-- attempts, referrals along their steps, and three risk flags (one expired, one lifted, one active); and,
-- for comparison, a caller with exactly 5 contacts as the generator made them.
--
--   psql -h 127.0.0.1 -U postgres -d helpline_bench_caller -v wanted=500 -f caller-page-data.sql
--
-- How: the generated caller with the most contacts (at most 300) and at most one risk flag takes over
-- every record of a few other callers (each with at most 6 contacts) until they have 6 cases, 15
-- follow-ups, 6 referrals and 3 risk flags: caller_id moves on all their rows at once (contacts, cases,
-- follow-ups, referrals, flags), so every record stays consistent with the others. Then anonymous data
-- contacts that nothing else refers to are given to them until they have exactly :wanted. Case notes,
-- status changes and failed call-back attempts are added, since the generator writes none. The two
-- callers are marked by their email (caller-page-benchmark-500@ / -5@example.invalid); run again, the
-- script changes nothing and prints them. One transaction: an error leaves the database as it was.
\set ON_ERROR_STOP on
set jit = off;
begin;

create temp table cp_done on commit drop as
select (select id from caller where email = 'caller-page-benchmark-500@example.invalid') as big,
       (select id from caller where email = 'caller-page-benchmark-5@example.invalid') as small;
select (big is not null and small is not null) as already_made from cp_done \gset

\if :already_made
\echo The benchmark callers are already there.
\else

create temp table cp_count on commit drop as
select c.caller_id, count(*) as contacts from contact c where c.caller_id is not null group by c.caller_id;

create temp table cp_target on commit drop as
select n.caller_id as id from cp_count n
where n.contacts <= 300 and (select count(*) from risk_flag f where f.caller_id = n.caller_id) <= 1
order by n.contacts desc, n.caller_id limit 1;

-- Donors: callers with few contacts (and no flags, but for the flags' own donors) that bring what is missing.
create temp table cp_candidate on commit drop as
select n.caller_id, n.contacts,
       (select count(*) from helpline_case k where k.caller_id = n.caller_id) as cases,
       (select count(*) from follow_up f where f.caller_id = n.caller_id) as follow_ups,
       (select count(*) from referral r where r.caller_id = n.caller_id) as referrals,
       (select count(*) from risk_flag x where x.caller_id = n.caller_id) as flags,
       md5(n.caller_id::text) as shuffle
from cp_count n
where n.contacts <= 6 and n.caller_id <> (select id from cp_target);

create temp table cp_donor (caller_id bigint primary key, why text) on commit drop;

create function pg_temp.cp_have(what text) returns bigint language sql stable as $$
    select case what
        when 'cases' then (select count(*) from helpline_case where caller_id = t.id)
        when 'follow_ups' then (select count(*) from follow_up where caller_id = t.id)
        when 'referrals' then (select count(*) from referral where caller_id = t.id)
        when 'flags' then (select count(*) from risk_flag where caller_id = t.id)
    end + coalesce((select sum(case what when 'cases' then c.cases when 'follow_ups' then c.follow_ups
                                         when 'referrals' then c.referrals else c.flags end)
                    from cp_donor d join cp_candidate c on c.caller_id = d.caller_id), 0)
    from cp_target t
$$;

-- Kind by kind, in a fixed random order, until the caller has 6 cases, 15 follow-ups, 6 referrals and 3 flags;
-- the flags' donors have one flag and at most 3 contacts, the others no flags.
do $$
declare
    want record;
begin
    for want in select * from (values ('cases', 6), ('follow_ups', 15), ('referrals', 6), ('flags', 3)) w(what, wanted) loop
        insert into cp_donor
        select s.caller_id, want.what from (
            select c.caller_id, sum(k.n) over (order by c.shuffle) - k.n as before
            from cp_candidate c
            cross join lateral (select case want.what when 'cases' then c.cases when 'follow_ups' then c.follow_ups
                                                      when 'referrals' then c.referrals else c.flags end as n) k
            where k.n > 0 and c.caller_id not in (select caller_id from cp_donor)
              and case when want.what = 'flags' then c.flags = 1 and c.contacts <= 3 else c.flags = 0 end) s
        where s.before < want.wanted - pg_temp.cp_have(want.what);
    end loop;
end $$;

update contact set caller_id = (select id from cp_target) where caller_id in (select caller_id from cp_donor);
update helpline_case set caller_id = (select id from cp_target) where caller_id in (select caller_id from cp_donor);
update follow_up set caller_id = (select id from cp_target) where caller_id in (select caller_id from cp_donor);
update referral set caller_id = (select id from cp_target) where caller_id in (select caller_id from cp_donor);
update risk_flag set caller_id = (select id from cp_target) where caller_id in (select caller_id from cp_donor);

create temp table cp_wanted on commit drop as select :wanted::bigint as wanted;
do $$
declare
    have bigint := (select count(*) from contact where caller_id = (select id from cp_target));
    wanted bigint := (select wanted from cp_wanted);
begin
    if have > wanted then
        raise exception 'the chosen caller has % contacts after taking over the donors'' records, more than %', have, wanted;
    end if;
end $$;

-- Anonymous data contacts nothing else refers to, spread over the years, until they have :wanted.
update contact set caller_id = (select id from cp_target), caller_type_id = coalesce(caller_type_id,
        (select min(c2.caller_type_id) from contact c2 where c2.caller_id = (select id from cp_target)))
where id in (
    select c.id from contact c
    where c.caller_id is null and c.case_id is null and c.non_data_kind is null
      and not exists (select 1 from follow_up f where f.contact_id = c.id)
      and not exists (select 1 from referral r where r.contact_id = c.id)
      and not exists (select 1 from risk_flag x where x.contact_id = c.id)
      and not exists (select 1 from case_event e where e.contact_id = c.id)
    order by md5(c.id::text)
    limit greatest(0, :wanted - (select count(*) from contact where caller_id = (select id from cp_target))));

-- Case notes and status changes: each case taken in hand within the hour, three notes in its first
-- fortnight (as far as it stayed open and as far as now), and the closing event from "in progress".
create temp table cp_case_event on commit drop as
select k.id as case_id, e.at, e.kind, e.status_from, e.status_to, e.text, k.owner_id, k.updated_by_id
from helpline_case k
cross join lateral (values
    (k.opened_at + interval '40 minutes', 'STATUS', 'OPEN', 'IN_PROGRESS', null),
    (k.opened_at + interval '1 day 2 hours', 'NOTE', null, null,
     'Spoke to the caller''s MS nurse; she will review the medication at the next clinic'),
    (k.opened_at + interval '5 days 3 hours', 'NOTE', null, null,
     'Sent the fatigue booklet and the PIP guide by email as agreed'),
    (k.opened_at + interval '12 days 1 hour', 'NOTE', null, null,
     'Caller says the new routine is helping; keeping the case open until the assessment')) e(at, kind, status_from, status_to, text)
where k.caller_id = (select id from cp_target) and e.at < coalesce(k.closed_at, now());

insert into case_event (id, case_id, occurred_at, actor_id, kind, status_from, status_to, contact_id, text)
select b.base + row_number() over (order by e.at, e.case_id), e.case_id, e.at, coalesce(e.owner_id, e.updated_by_id),
       e.kind, e.status_from, e.status_to, null, e.text
from cp_case_event e
cross join (select greatest((select max(id) from case_event), (select last_value from case_event_seq)) as base) b;
update case_event set status_from = 'IN_PROGRESS'
where kind = 'CLOSED' and case_id in (select case_id from cp_case_event where kind = 'STATUS');
update helpline_case set status = 'IN_PROGRESS'
where status = 'OPEN' and id in (select case_id from cp_case_event where kind = 'STATUS');

-- Call-backs that took more than one try: one or two unanswered attempts before the one that reached them.
create temp table cp_attempt on commit drop as
select f.id as follow_up_id, f.due_from + a.n * interval '3 hours' as at, coalesce(f.owner_id, f.booked_by_id) as actor_id,
       case when a.n = 1 then 'NO_ANSWER' else 'VOICEMAIL' end as attempt
from follow_up f
cross join lateral generate_series(1, 1 + (f.id % 2)::int) a(n)
where f.caller_id = (select id from cp_target) and f.kind = 'CALLBACK'
  and f.due_from + a.n * interval '3 hours' < coalesce(f.completed_at, now());

insert into follow_up_event (id, follow_up_id, occurred_at, actor_id, kind, attempt, from_owner_id, to_owner_id, text)
select b.base + row_number() over (order by a.at, a.follow_up_id), a.follow_up_id, a.at, a.actor_id, 'ATTEMPT', a.attempt,
       null, null, case when a.attempt = 'VOICEMAIL' then 'Left a message asking them to ring the helpline' end
from cp_attempt a
cross join (select greatest((select max(id) from follow_up_event), (select last_value from follow_up_event_seq)) as base) b;
update follow_up f set failed_attempts = f.failed_attempts + (select count(*) from cp_attempt a where a.follow_up_id = f.id)
where f.id in (select follow_up_id from cp_attempt);

-- The three flags: the oldest expired (as generated: 30 days after it was raised), the next lifted by a
-- supervisor three weeks on, the newest active until a month from now.
create temp table cp_flag on commit drop as
select x.id, row_number() over (order by x.raised_at, x.id) as n from risk_flag x where x.caller_id = (select id from cp_target);
update risk_flag x set lifted_at = x.raised_at + interval '21 days', version = x.version + 1,
       lifted_by_id = (select min(u.id) from user_account u join user_account_role r on r.user_account_id = u.id
                       where r.role = 'SUPERVISOR'),
       lift_reason = 'Spoke to the caller and their GP; the risk has passed'
from cp_flag f where f.id = x.id and f.n = 2 and (select count(*) from cp_flag) >= 3;
update risk_flag x set expires_on = current_date + 30
from cp_flag f where f.id = x.id and f.n = (select count(*) from cp_flag) and f.n > 1;

select setval('case_event_seq', greatest((select max(id) from case_event), (select last_value from case_event_seq)));
select setval('follow_up_event_seq', greatest((select max(id) from follow_up_event), (select last_value from follow_up_event_seq)));

update caller set email = 'caller-page-benchmark-500@example.invalid' where id = (select id from cp_target);
update caller set email = 'caller-page-benchmark-5@example.invalid' where id = (
    select n.caller_id from cp_count n
    where n.contacts = 5 and n.caller_id <> (select id from cp_target) and n.caller_id not in (select caller_id from cp_donor)
    order by md5(n.caller_id::text) limit 1);
\echo Donors taken over:
select why, count(*) as callers from cp_donor group by why order by why;
\endif
commit;

analyze contact;
analyze helpline_case;
analyze case_event;
analyze follow_up;
analyze follow_up_event;
analyze referral;
analyze risk_flag;

-- What each caller has (the marker lines are read by caller-page-benchmark.sh).
select 'caller ' || s.which || ' id=' || c.id || ' contacts=' || (select count(*) from contact where caller_id = c.id)
       || ' cases=' || (select count(*) from helpline_case where caller_id = c.id)
       || ' case_events=' || (select count(*) from case_event e join helpline_case k on k.id = e.case_id
                              where k.caller_id = c.id and e.kind <> 'CONTACT')
       || ' follow_ups=' || (select count(*) from follow_up where caller_id = c.id)
       || ' follow_up_events=' || (select count(*) from follow_up_event e join follow_up f on f.id = e.follow_up_id
                                   where f.caller_id = c.id)
       || ' referrals=' || (select count(*) from referral where caller_id = c.id)
       || ' referral_events=' || (select count(*) from referral_event e join referral r on r.id = e.referral_id
                                  where r.caller_id = c.id)
       || ' flags=' || (select count(*) from risk_flag where caller_id = c.id)
       || ' (' || coalesce((select string_agg(case when lifted_at is not null then 'lifted'
                                                   when expires_on < current_date then 'expired' else 'active' end, ', '
                                              order by raised_at) from risk_flag where caller_id = c.id), 'none') || ')'
       as callers
from (values ('big', 'caller-page-benchmark-500@example.invalid'), ('small', 'caller-page-benchmark-5@example.invalid')) s(which, email)
join caller c on c.email = s.email;
