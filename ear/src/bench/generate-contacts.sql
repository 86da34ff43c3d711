-- Benchmark data for the monthly report: :contacts contacts spread over the five years that end with
-- last month (UK time), written straight into the schema that Flyway migrated, next to the reference
-- data and demo staff that the application seeded at deploy time.
--
--   psql -h 127.0.0.1 -U postgres -d helpline_bench -v contacts=1000000 -v seed=0.2026 -f generate-contacts.sql
--
-- Everything happens in one transaction: an error leaves the database as it was. Ids come after the
-- tables' own sequences (Hibernate's pooled allocation of 50), which are moved past the new rows at
-- the end, so the application can go on inserting. Nothing is left open that the escalation
-- schedule would pick up: every follow-up still open has already been escalated.

\set ON_ERROR_STOP on
\if :{?audit}
\else
\set audit on
\endif
\timing on
set client_min_messages = warning;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set jit = off;

begin;
select setseed(:seed);

create temp table bench_param on commit drop as
select :contacts::bigint as contacts,
       date_trunc('month', now() at time zone 'Europe/London') as data_end_local,
       date_trunc('month', now() at time zone 'Europe/London') - interval '5 years' as data_start_local,
       now() - interval '1 hour' as latest;

-- Staff: every enabled adviser takes contacts; supervisors sign off alerts.
create temp table bench_staff on commit drop as
select (select array_agg(u.id order by u.id) from user_account u
          join user_account_role r on r.user_account_id = u.id and r.role = 'ADVISER' where u.enabled) as advisers,
       (select array_agg(u.id order by u.id) from user_account u
          join user_account_role r on r.user_account_id = u.id and r.role = 'SUPERVISOR' where u.enabled) as supervisors;
do $$
begin
    if (select advisers is null or supervisors is null from bench_staff) then
        raise exception 'no adviser or no supervisor account: deploy Helpline with -Dhelpline.demo=true first';
    end if;
    if not exists (select 1 from channel) or not exists (select 1 from topic) or not exists (select 1 from support_service) then
        raise exception 'reference data missing: deploy Helpline first so that it seeds it';
    end if;
end $$;

-- Where each table's new ids start: after its sequence and after any row already there.
create temp table bench_base on commit drop as
select 'contact' as t, greatest((select coalesce(max(id), 0) from contact), (select last_value from contact_seq)) + 1 as base
union all select 'caller', greatest((select coalesce(max(id), 0) from caller), (select last_value from caller_seq)) + 1
union all select 'case', greatest((select coalesce(max(id), 0) from helpline_case), (select last_value from helpline_case_seq)) + 1
union all select 'case_number', (select last_value from case_number_seq) + 1
union all select 'case_event', greatest((select coalesce(max(id), 0) from case_event), (select last_value from case_event_seq)) + 1
union all select 'follow_up', greatest((select coalesce(max(id), 0) from follow_up), (select last_value from follow_up_seq)) + 1
union all select 'follow_up_event', greatest((select coalesce(max(id), 0) from follow_up_event), (select last_value from follow_up_event_seq)) + 1
union all select 'referral', greatest((select coalesce(max(id), 0) from referral), (select last_value from referral_seq)) + 1
union all select 'referral_event', greatest((select coalesce(max(id), 0) from referral_event), (select last_value from referral_event_seq)) + 1
union all select 'risk_flag', greatest((select coalesce(max(id), 0) from risk_flag), (select last_value from risk_flag_seq)) + 1
union all select 'safeguarding_alert', greatest((select coalesce(max(id), 0) from safeguarding_alert), (select last_value from safeguarding_alert_seq)) + 1;

-- How often each code is chosen, relative to the others of its kind. A code the seeds gain later and
-- that is not listed here gets weight 1 (about 1%), so the script keeps working as the seeds change.
create temp table bench_weight (kind text, code text, weight float8) on commit drop;
insert into bench_weight values
    ('channel:in', 'phone', 62), ('channel:in', 'email', 16), ('channel:in', 'web-chat', 15),
    ('channel:in', 'letter', 2), ('channel:in', 'in-person', 1), ('channel:in', 'social-media', 4),
    ('channel:out', 'phone', 12), ('channel:out', 'email', 48), ('channel:out', 'web-chat', 24),
    ('channel:out', 'letter', 3), ('channel:out', 'in-person', 0), ('channel:out', 'social-media', 13),
    ('line', 'info-line', 74), ('line', 'nurse-line', 20), ('line', 'research-line', 6),
    ('caller_type', 'person-with-ms', 58), ('caller_type', 'family-or-friend', 15), ('caller_type', 'carer', 9),
    ('caller_type', 'professional', 10), ('caller_type', 'other', 4), ('caller_type', 'unknown', 4),
    ('outcome', 'information-given', 44), ('outcome', 'emotional-support', 17), ('outcome', 'signposted', 12),
    ('outcome', 'referred', 6), ('outcome', 'follow-up-booked', 8), ('outcome', 'escalated', 2),
    ('outcome', 'no-further-action', 11),
    ('topic:general', 'diagnosis', 14), ('topic:general', 'treatments', 14), ('topic:general', 'research', 5),
    ('topic:general', 'symptoms', 20), ('topic:general', 'mental-health', 12), ('topic:general', 'carers-family', 8),
    ('topic:general', 'money-work', 15), ('topic:general', 'scams-unproven', 3), ('topic:general', 'living-with-ms', 9),
    ('topic:nurse-line', 'symptoms', 40), ('topic:nurse-line', 'treatments', 34), ('topic:nurse-line', 'diagnosis', 10),
    ('topic:nurse-line', 'mental-health', 9), ('topic:nurse-line', 'living-with-ms', 7),
    ('topic:research-line', 'research', 70), ('topic:research-line', 'treatments', 18),
    ('topic:research-line', 'diagnosis', 5), ('topic:research-line', 'scams-unproven', 4),
    ('topic:research-line', 'living-with-ms', 3),
    ('service', 'facets', 14), ('service', 'samaritans', 3), ('service', 'nhs-111-mental-health', 3),
    ('service', 'emotional-support-calls', 12), ('service', 'carers-support-line', 9), ('service', 'ms-nurse-service', 16),
    ('service', 'citizens-advice-benefits', 14), ('service', 'employment-legal-advice', 7), ('service', 'befriending', 6),
    ('service', 'action-fraud', 2), ('service', 'trials-finder', 8), ('service', 'exercise-classes', 6),
    ('non_data', 'SILENT', 35), ('non_data', 'WRONG_NUMBER', 25), ('non_data', 'HANG_UP', 30),
    ('non_data', 'ABUSIVE', 4), ('non_data', 'TEST', 6),
    ('risk', 'RISK_TO_LIFE', 24), ('risk', 'SELF_HARM', 14), ('risk', 'SAFEGUARDING_ADULT', 24),
    ('risk', 'SAFEGUARDING_CHILD', 8), ('risk', 'DOMESTIC_ABUSE', 12), ('risk', 'SCAM_VICTIM', 18),
    ('level', 'HIGH', 30), ('level', 'MEDIUM', 45), ('level', 'LOW', 25),
    ('action', 'EMERGENCY_SERVICES_CALLED', 8), ('action', 'CRISIS_LINE_SIGNPOSTED', 30),
    ('action', 'GP_OR_CARE_TEAM_CONTACTED', 22), ('action', 'SAFEGUARDING_REFERRAL_MADE', 12),
    ('action', 'CALLBACK_ARRANGED', 18), ('action', 'NO_FURTHER_ACTION', 10),
    ('follow_up', 'CALLBACK', 74), ('follow_up', 'SEND_INFORMATION', 16), ('follow_up', 'CHECK_REFERRAL', 5),
    ('follow_up', 'OTHER', 5),
    ('referral_end', 'PROPOSED', 5), ('referral_end', 'SENT', 13), ('referral_end', 'ACCEPTED', 10),
    ('referral_end', 'ENROLLED', 12), ('referral_end', 'COMPLETED', 35), ('referral_end', 'DECLINED', 10),
    ('referral_end', 'NO_RESPONSE', 10), ('referral_end', 'WITHDRAWN', 5),
    ('referral_outcome', 'HELPED', 60), ('referral_outcome', 'PARTLY_HELPED', 26), ('referral_outcome', 'NOT_HELPED', 14),
    ('ms_type', 'RELAPSING_REMITTING', 50), ('ms_type', 'SECONDARY_PROGRESSIVE', 15),
    ('ms_type', 'PRIMARY_PROGRESSIVE', 10), ('ms_type', 'NOT_YET_DIAGNOSED', 10), ('ms_type', 'UNKNOWN', 15),
    ('contact_method', 'PHONE', 60), ('contact_method', 'EMAIL', 30), ('contact_method', 'LETTER', 4),
    ('contact_method', 'TEXT_MESSAGE', 6);

-- The choices themselves: ids of reference rows (active ones, as the contact form offers), or enum names.
create temp table bench_choice (kind text, id bigint, code text, weight float8) on commit drop;
insert into bench_choice
select k.kind, x.id, x.code, coalesce(w.weight, 1)
from channel x cross join (values ('channel:in'), ('channel:out')) k(kind)
left join bench_weight w on w.kind = k.kind and w.code = x.code where x.active;
insert into bench_choice
select 'line', x.id, x.code, coalesce(w.weight, 1) from helpline_line x
left join bench_weight w on w.kind = 'line' and w.code = x.code where x.active;
insert into bench_choice
select 'caller_type', x.id, x.code, coalesce(w.weight, 1) from caller_type x
left join bench_weight w on w.kind = 'caller_type' and w.code = x.code where x.active;
insert into bench_choice
select 'outcome', x.id, x.code, coalesce(w.weight, 1) from outcome x
left join bench_weight w on w.kind = 'outcome' and w.code = x.code where x.active;
insert into bench_choice
select 'service', x.id, x.code, coalesce(w.weight, 1) from support_service x
left join bench_weight w on w.kind = 'service' and w.code = x.code where x.status = 'ACTIVE';
insert into bench_choice
select kind, null, code, weight from bench_weight
where kind in ('non_data', 'risk', 'level', 'action', 'follow_up', 'referral_end', 'referral_outcome', 'ms_type',
               'contact_method');
-- Topics, one distribution per line: a top-level topic by its weight on that line (lines with no
-- weights of their own use the general ones), then one of its subtopics (80%) or the topic itself.
insert into bench_choice
with line_kind as (
    select l.code as line_code,
           case when exists (select 1 from bench_weight w where w.kind = 'topic:' || l.code)
                then 'topic:' || l.code else 'topic:general' end as weights
    from helpline_line l
), top_weight as (
    select lk.line_code, t.id, t.code,
           coalesce(w.weight, case when lk.weights = 'topic:general' then 1 else 0 end) as weight,
           (select count(*) from topic s where s.parent_id = t.id and s.active) as subtopics
    from line_kind lk cross join topic t
    left join bench_weight w on w.kind = lk.weights and w.code = t.code
    where t.parent_id is null and t.active
)
select 'topic:' || tw.line_code, tw.id, tw.code, tw.weight * case when tw.subtopics = 0 then 1 else 0.2 end
from top_weight tw
union all
select 'topic:' || tw.line_code, s.id, s.code, tw.weight * 0.8 / tw.subtopics
from top_weight tw join topic s on s.parent_id = tw.id and s.active;

-- Each kind as arrays for width_bucket(): the lower bound of each choice's slice of [0, 1).
create temp table bench_dist on commit drop as
select kind, array_agg(id order by ord) as ids, array_agg(code order by ord) as codes,
       array_agg(lo order by ord) as lows
from (select kind, id, code, row_number() over w as ord,
             coalesce(sum(weight) over (w rows between unbounded preceding and 1 preceding), 0)
                 / sum(weight) over (partition by kind) as lo
      from bench_choice where weight > 0
      window w as (partition by kind order by code)) s
group by kind;

-- Per channel: how many of its contacts are non-data, and the typical handling time of a data contact.
create temp table bench_channel on commit drop as
select x.id, x.code,
       case x.code when 'phone' then 0.15 when 'web-chat' then 0.06 when 'social-media' then 0.05
                   when 'email' then 0.03 else 0.01 end as non_data_share,
       case x.code when 'phone' then 540 when 'email' then 900 when 'web-chat' then 1080 when 'letter' then 1500
                   when 'in-person' then 1800 when 'social-media' then 360 else 600 end as median_seconds
from channel x;

-- One row per hour of the five years, UK time, weighted: busy weekday mornings, a second peak after
-- lunch, quiet evenings and nights, thin weekends, closed-day shape on 25-26 December and 1 January,
-- quieter August and Christmas, busier January, and 60% growth over the five years. The contacts are
-- then shared out so that the total is exactly :contacts.
create temp table bench_slot on commit drop as
with hours as (
    select s as local_start, extract(isodow from s)::int as dow, extract(hour from s)::int as hr,
           extract(month from s)::int as mon,
           (to_char(s, 'MM-DD') in ('12-25', '12-26', '01-01')) as closed,
           extract(epoch from s - p.data_start_local) / extract(epoch from p.data_end_local - p.data_start_local) as frac
    from bench_param p,
         generate_series(p.data_start_local, p.data_end_local - interval '1 hour', interval '1 hour') s
), weighted as (
    select local_start, dow, hr, closed,
           round((case when dow <= 5 and not closed
                       then ('{0.04,0.03,0.02,0.02,0.02,0.03,0.08,0.3,1.2,3.4,4.0,3.7,2.9,2.7,3.1,2.9,2.4,1.5,0.8,0.5,0.35,0.25,0.15,0.08}'::float8[])[hr + 1]
                            * ('{1.18,1.06,1.0,0.97,0.86}'::float8[])[dow]
                       else ('{0.04,0.03,0.02,0.02,0.02,0.03,0.05,0.08,0.15,0.3,0.45,0.5,0.45,0.4,0.4,0.38,0.33,0.28,0.22,0.2,0.18,0.14,0.1,0.06}'::float8[])[hr + 1]
                            * case when closed then 0.4 else 1 end
                  end
                  * ('{1.15,1.05,1.05,1.0,1.0,0.95,0.92,0.82,1.0,1.05,1.05,0.8}'::float8[])[mon]
                  * (1 + 0.6 * frac))::numeric, 8) as w
    from hours
), running as (
    select *, sum(w) over (order by local_start) as cum, sum(w) over () as total from weighted
)
select local_start, (dow <= 5 and hr between 8 and 18 and not closed) as in_hours,
       (floor(p.contacts * cum / total) - floor(p.contacts * (cum - w) / total))::int as n
from running, bench_param p;

-- The contacts, first with what is chosen independently...
create temp table bench_c1 on commit drop as
select (sl.local_start + random() * interval '1 hour') at time zone 'Europe/London' as started_at,
       sl.in_hours,
       case when sl.in_hours then ci.ids[width_bucket(random(), ci.lows)]
            else co.ids[width_bucket(random(), co.lows)] end as channel_id,
       dl.ids[width_bucket(random(), dl.lows)] as line_id,
       dt.ids[width_bucket(random(), dt.lows)] as caller_type_id,
       width_bucket(random(), dout.lows) as outcome_k,
       dnd.codes[width_bucket(random(), dnd.lows)] as non_data_code,
       st.advisers[1 + floor(random() * cardinality(st.advisers))::int] as adviser_id,
       random() as r_non_data, random() as r_named, random() as r_direction, random() as r_follow_up,
       random() as r_referral, random() as r_topics, random() as r_info,
       sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) as z
from bench_slot sl
cross join lateral generate_series(1, sl.n) g
cross join (select ids, lows from bench_dist where kind = 'channel:in') ci
cross join (select ids, lows from bench_dist where kind = 'channel:out') co
cross join (select ids, lows from bench_dist where kind = 'line') dl
cross join (select ids, lows from bench_dist where kind = 'caller_type') dt
cross join (select lows from bench_dist where kind = 'outcome') dout
cross join (select codes, lows from bench_dist where kind = 'non_data') dnd
cross join bench_staff st;

-- ...then what depends on it, with ids in time order as the application would have given them.
create temp table bench_c on commit drop as
select (select base from bench_base where t = 'contact') - 1 + row_number() over (order by c.started_at) as id,
       c.started_at, c.channel_id, c.line_id, c.adviser_id, nd.non_data,
       case when c.r_direction < case when nd.non_data is null then 0.07 else 0.02 end then 'OUTBOUND'
            else 'INBOUND' end as direction,
       case when nd.non_data is not null then 3 + floor(c.r_info * 80)::int
            else least(10800, greatest(20, round(ch.median_seconds * exp(0.75 * c.z))))::int end as duration,
       case when nd.non_data is null then c.caller_type_id end as caller_type_id,
       case when nd.non_data is null then dout.ids[c.outcome_k] end as outcome_id,
       case when nd.non_data is null then dout.codes[c.outcome_k] end as outcome_code,
       nd.non_data is null and c.r_named < 0.48 as named,
       nd.non_data is null and (dout.codes[c.outcome_k] = 'follow-up-booked' or c.r_follow_up < 0.025) as follow_up,
       nd.non_data is null and (dout.codes[c.outcome_k] = 'referred' or c.r_referral < 0.01) as referral,
       case when nd.non_data is not null then 0 when c.r_topics < 0.62 then 1 when c.r_topics < 0.91 then 2 else 3 end
           as n_topics,
       c.r_info < 0.3 as info_given
from bench_c1 c
join bench_channel ch on ch.id = c.channel_id
cross join (select ids, codes from bench_dist where kind = 'outcome') dout
cross join lateral (select case when c.r_non_data < ch.non_data_share then c.non_data_code end as non_data) nd;
drop table bench_c1;

-- Named callers. Each caller has a number of contacts from a long-tailed spread (most call once, a
-- few call every week), an arrival time, and later contacts at gaps that are mostly days, sometimes
-- months; the frequent ones spread over the years after they first call. Lining the wanted times up
-- with the named contacts in time order gives each contact its caller and keeps each caller's
-- pattern while the hour-by-hour shape stays that of the contacts.
create temp table bench_named on commit drop as
select id, started_at, row_number() over (order by started_at, id) as rk from bench_c where named;

create temp table bench_caller on commit drop as
with drawn as (
    select g as n, random() as u, random() as r_k, random() as r_k2, random() as r_scale
    from generate_series(1, (select ceil(count(*) / 3.0 * 1.2)::bigint from bench_named)) g
), counted as (
    select n, r_scale,
           case when r_k < 0.55 then 1 when r_k < 0.75 then 2 when r_k < 0.85 then 3
                when r_k < 0.91 then 4 + floor(r_k2 * 2) when r_k < 0.96 then 6 + floor(r_k2 * 5)
                when r_k < 0.99 then 11 + floor(r_k2 * 20) else 31 + floor(r_k2 * 90) end::int as k,
           u
    from drawn
), kept as (
    select *, sum(k) over (order by n) as cum from counted
)
select (select base from bench_base where t = 'caller') - 1 + row_number() over (order by n) as id,
       least(k, (select count(*) from bench_named) - (cum - k))::int as k,
       case when k > 30 then u * 0.4 else u end as u,
       case when r_scale < 0.6 then 0.003 when r_scale < 0.9 then 0.03 else 0.15 end as scale
from kept
where cum - k < (select count(*) from bench_named);

create temp table bench_assign on commit drop as
with wanted as (
    select cl.id as caller_id,
           case when m = 0 then cl.u
                when cl.k > 30 then cl.u + (1 - cl.u) * random()
                else cl.u - ln(1 - random()) * cl.scale end as pos
    from bench_caller cl cross join lateral generate_series(0, cl.k - 1) m
), ranked as (
    select caller_id, row_number() over (order by pos, caller_id) as rk from wanted
)
select nm.id as contact_id, r.caller_id, nm.started_at,
       row_number() over (partition by r.caller_id order by nm.started_at, nm.id) - 1 as m
from ranked r join bench_named nm on nm.rk = r.rk;
create index on bench_assign (contact_id);
analyze bench_assign;

-- Each caller mostly describes themselves the same way.
create temp table bench_caller_type on commit drop as
select cl.id as caller_id, dt.ids[width_bucket(random(), dt.lows)] as caller_type_id
from bench_caller cl cross join (select ids, lows from bench_dist where kind = 'caller_type') dt;

-- Cases: about a third of the callers who call more than once, and a few who call once, have one,
-- opened at their first or second contact; it takes in their contacts over the next 120 days and is
-- closed one to three weeks after the last of them (or left open, now and then, as cases are).
create temp table bench_case on commit drop as
with chosen as (
    select cl.id as caller_id, case when cl.k >= 2 and random() < 0.3 then 1 else 0 end as open_m
    from bench_caller cl
    where (cl.k >= 2 and random() < 0.33) or (cl.k = 1 and random() < 0.05)
), opened as (
    select ch.caller_id, a.contact_id, c.started_at + c.duration * interval '1 second' as opened_at,
           c.started_at as dated_at, c.adviser_id, c.outcome_id
    from chosen ch
    join bench_assign a on a.caller_id = ch.caller_id and a.m = ch.open_m
    join bench_c c on c.id = a.contact_id
)
select (select base from bench_base where t = 'case') - 1 + row_number() over (order by o.opened_at, o.caller_id) as id,
       (select base from bench_base where t = 'case_number') - 1 + row_number() over (order by o.opened_at, o.caller_id)
           as number_seq,
       o.*, random() as r_status, random() as r_owner, random() as r_close
from opened o;

create temp table bench_link on commit drop as
select a.contact_id, k.id as case_id, c.started_at, c.adviser_id
from bench_case k
join bench_assign a on a.caller_id = k.caller_id
join bench_c c on c.id = a.contact_id
where c.started_at + c.duration * interval '1 second' >= k.opened_at - interval '1 second'
  and c.started_at < k.opened_at + interval '120 days';
create index on bench_link (contact_id);
analyze bench_link;

create temp table bench_case_end on commit drop as
select k.id,
       case when k.r_close < 0.04 then null
            else l.last_contact + (1 + k.r_close * 20) * interval '1 day' end as closed_at
from bench_case k
join (select case_id, max(started_at) as last_contact from bench_link group by case_id) l on l.case_id = k.id;
update bench_case_end set closed_at = null where closed_at > (select latest from bench_param);


-- Callers, with consent given on their first contact. Names come from two short lists; the look-up
-- keys are made as NameKey makes them: plain lower case, and the phonetic codes of each part (Double
-- Metaphone primary, alternate if it differs, Soundex), listed below as NameKey.sounds gives them.
-- (NameKey keeps a code the two parts share once; here it is kept twice, which matches the same.)
create temp table bench_sounds (part text primary key, sounds text not null) on commit drop;
insert into bench_sounds (part, sounds) values
    ('Amelia', 'AML A540'), ('Olivia', 'ALF O410'), ('Isla', 'AL I240'), ('Ava', 'AF A100'), ('Mia', 'M M000'),
    ('Grace', 'KRS G620'), ('Freya', 'FR F600'), ('Lily', 'LL L400'), ('Sophie', 'SF S100'), ('Emily', 'AML E540'),
    ('Ruth', 'R0 RT R300'), ('Joan', 'JN AN J500'), ('Margaret', 'MRKR M626'), ('Susan', 'SSN S250'), ('Helen', 'HLN H450'),
    ('Fiona', 'FN F500'), ('Aisha', 'AX A200'), ('Priya', 'PR P600'), ('Sian', 'SN XN S500'), ('Niamh', 'NM N500'),
    ('Oliver', 'ALFR O416'), ('George', 'JRJ KRK G620'), ('Harry', 'HR H600'), ('Jack', 'JK AK J200'), ('Noah', 'N N000'),
    ('Leo', 'L L000'), ('Arthur', 'AR0R ARTR A636'), ('Thomas', 'TMS T520'), ('James', 'JMS AMS J520'), ('David', 'TFT D130'),
    ('Peter', 'PTR P360'), ('Robert', 'RPRT R163'), ('Gareth', 'KR0 KRT G630'), ('Rhys', 'RS R200'), ('Callum', 'KLM C450'),
    ('Ewan', 'AN E500'), ('Ravi', 'RF R100'), ('Omar', 'AMR O560'), ('Kwame', 'KM K500'), ('Tariq', 'TRK T620'),
    ('Smith', 'SM0 XMT S530'), ('Jones', 'JNS ANS J520'), ('Taylor', 'TLR T460'), ('Brown', 'PRN B650'), ('Williams', 'ALMS FLMS W452'),
    ('Wilson', 'ALSN FLSN W425'), ('Johnson', 'JNSN ANSN J525'), ('Davies', 'TFS D120'), ('Robinson', 'RPNS R152'), ('Wright', 'RT W623'),
    ('Thompson', 'TMPS T512'), ('Evans', 'AFNS E152'), ('Walker', 'ALKR FLKR W426'), ('White', 'AT W300'), ('Roberts', 'RPRT R163'),
    ('Green', 'KRN G650'), ('Hall', 'HL H400'), ('Wood', 'AT FT W300'), ('Jackson', 'JKSN AKSN J250'), ('Clarke', 'KLRK C462'),
    ('Patel', 'PTL P340'), ('Khan', 'KN K500'), ('Lewis', 'LS L200'), ('Morgan', 'MRKN M625'), ('Hughes', 'HS H220'),
    ('Campbell', 'KMPL C514'), ('Murray', 'MR M600'), ('Kelly', 'KL K400'), ('Bennett', 'PNT B530'), ('Shah', 'X S000'),
    ('Begum', 'PKM B250'), ('Ahmed', 'AMT A530'), ('Okafor', 'AKFR O216'), ('Mensah', 'MNS M520'), ('Fraser', 'FRSR F626'),
    ('Reid', 'RT R300'), ('Turner', 'TRNR T656'), ('Cooper', 'KPR C160'), ('Price', 'PRS P620'), ('Harris', 'HRS H620');

create temp table bench_caller_detail on commit drop as
with names as (
    select array['Amelia','Olivia','Isla','Ava','Mia','Grace','Freya','Lily','Sophie','Emily','Ruth','Joan',
                 'Margaret','Susan','Helen','Fiona','Aisha','Priya','Sian','Niamh','Oliver','George','Harry',
                 'Jack','Noah','Leo','Arthur','Thomas','James','David','Peter','Robert','Gareth','Rhys',
                 'Callum','Ewan','Ravi','Omar','Kwame','Tariq'] as firsts,
           array['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                 'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke',
                 'Patel','Khan','Lewis','Morgan','Hughes','Campbell','Murray','Kelly','Bennett','Shah',
                 'Begum','Ahmed','Okafor','Mensah','Fraser','Reid','Turner','Cooper','Price','Harris'] as lasts
)
select cl.id, n.firsts[1 + floor(random() * 40)::int] as first_name, n.lasts[1 + floor(random() * 40)::int] as last_name,
       random() as r_email, random() as r_postcode, random() as r_ms, random() as r_year, random() as r_method,
       random() as r_times, random() as r_phone,
       dm.codes[width_bucket(random(), dm.lows)] as ms_type,
       dc.codes[width_bucket(random(), dc.lows)] as contact_method
from bench_caller cl cross join names n
cross join (select codes, lows from bench_dist where kind = 'ms_type') dm
cross join (select codes, lows from bench_dist where kind = 'contact_method') dc;

-- As a bulk load does (pg_restore, say): the tables' secondary indexes are dropped while the rows go in
-- and built again afterwards from their own definitions, and foreign keys are not checked row by row
-- (session_replication_role = replica; the rows are consistent by construction). Indexes that back a
-- primary key or unique constraint stay, so duplicates would still fail the load.
create temp table bench_index on commit drop as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
join pg_class t on t.oid = i.indrelid
join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
where (t.relname in ('caller', 'caller_phone', 'helpline_case', 'contact', 'contact_topic', 'case_event', 'follow_up',
                    'follow_up_event', 'referral', 'referral_event', 'risk_flag', 'safeguarding_alert', 'audit_revision')
       or t.relname like '%\_aud')
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
do $$
declare
    ix record;
begin
    for ix in select name from bench_index loop
        execute 'drop index ' || ix.name;
    end loop;
end $$;
set session_replication_role = replica;

insert into caller (id, full_name, name_key, name_sounds, email, postcode_district, ms_type, diagnosis_year,
                    preferred_contact_method, preferred_times, consent_given_at, consent_wording_version,
                    created_at, updated_at, updated_by_id, version)
with firsts as (
    select a.caller_id, c.started_at + c.duration * interval '1 second' as first_at, c.adviser_id
    from bench_assign a join bench_c c on c.id = a.contact_id where a.m = 0
), lasts as (
    select a.caller_id, max(c.started_at + c.duration * interval '1 second') as last_at
    from bench_assign a join bench_c c on c.id = a.contact_id group by a.caller_id
)
select d.id, d.first_name || ' ' || d.last_name, lower(d.first_name || ' ' || d.last_name),
       ' ' || sf.sounds || ' ' || sl.sounds || ' ',
       case when d.r_email < 0.4 then lower(d.first_name || '.' || d.last_name) || '.' || d.id || '@example.org' end,
       case when d.r_postcode < 0.7 then (array['SW1','M14','LS6','CF10','EH3','BS8','G12','NE1','B15','L8','OX4',
                                                'NG7','BT9','AB10','PL4','NR2'])[1 + floor(d.r_postcode / 0.7 * 16)::int] end,
       case when d.r_ms < 0.6 then d.ms_type end,
       case when d.r_year < 0.5 then 1985 + floor(d.r_year * 2 * 40)::int end,
       case when d.r_method < 0.5 then d.contact_method end,
       case when d.r_times < 0.1 then 'Mornings' when d.r_times < 0.2 then 'After 5pm' end,
       f.first_at, p.consent_version, f.first_at, l.last_at, f.adviser_id, 0
from bench_caller_detail d
join firsts f on f.caller_id = d.id
join lasts l on l.caller_id = d.id
join bench_sounds sf on sf.part = d.first_name
join bench_sounds sl on sl.part = d.last_name
cross join (select coalesce((select consent_wording_version from caller order by id desc limit 1), '1')
            as consent_version) p
order by d.id;

insert into caller_phone (caller_id, number)
select d.id, case when d.r_phone < 0.8 then '+447' || lpad(((d.id * 7919) % 1000000000)::text, 9, '0')
                  else '+441' || lpad(((d.id * 104729) % 1000000000)::text, 9, '0') end
from bench_caller_detail d join caller c on c.id = d.id
where d.r_phone < 0.92;

-- Cases, before the contacts that point at them.
insert into helpline_case (id, case_number, caller_id, owner_id, title, status, opened_at, closed_at,
                           closing_outcome_id, updated_at, updated_by_id, version, dated_at)
select k.id,
       'HL-' || extract(year from k.dated_at at time zone 'Europe/London')::int || '-' || lpad(k.number_seq::text, 6, '0'),
       k.caller_id,
       case when k.r_owner < 0.1 then null else k.adviser_id end,
       (array['Help with a PIP claim','Newly diagnosed: support and information','Starting a new DMT',
              'Fatigue and work','Caring for a partner with MS','Access to treatment','Low mood after relapse',
              'Housing adaptations','Questions about a trial','Employment: reasonable adjustments'])
           [1 + floor(k.r_status * 10)::int],
       case when e.closed_at is not null then 'CLOSED'
            when k.r_status < 0.3 then 'OPEN' when k.r_status < 0.75 then 'IN_PROGRESS' else 'AWAITING_CALLER' end,
       k.opened_at, e.closed_at,
       case when e.closed_at is not null then coalesce(k.outcome_id, (select id from outcome order by sort_order limit 1)) end,
       coalesce(e.closed_at, k.opened_at), k.adviser_id, case when e.closed_at is null then 0 else 1 end,
       -- Opened at the end of a contact: dated by that contact's start (V35), as the application dates a case.
       k.dated_at
from bench_case k join bench_case_end e on e.id = k.id
order by k.id;

-- The contacts.
insert into contact (id, idempotency_key, channel_id, direction, line_id, started_at, duration_seconds, non_data_kind,
                     caller_type_id, caller_id, case_id, summary, information_given, outcome_id, follow_up_needed,
                     referral_needed, adviser_id, logged_at, updated_at, updated_by_id, version)
select c.id, 'bench-' || c.id, c.channel_id, c.direction, c.line_id, c.started_at, c.duration, c.non_data,
       case when a.caller_id is not null and (c.id % 20) <> 0 then ct.caller_type_id else c.caller_type_id end,
       a.caller_id, l.case_id,
       -- Summaries put together from an opener, a subject and what the adviser did (16 x 40 x 12), so a
       -- word like a medicine's name is in a few percent of them, as in real notes.
       case when c.non_data is null then
           (array['Caller with relapsing MS asked','Partner of someone with MS asked',
               'Newly diagnosed caller asked','Caller with progressive MS asked',
               'Daughter caring for her mum asked','An MS nurse asked','Caller just out of hospital asked',
               'Caller diagnosed ten years ago asked','A worried parent asked',
               'Caller working full time asked','A student with MS asked','Caller in their seventies asked',
               'Caller waiting for a diagnosis asked','Son caring for his dad asked',
               'Caller living alone asked','A physiotherapist asked'])[1 + (hh.h % 16)::int]
           || ' ' || (array['about baclofen and stiffness in the legs',
               'whether ocrelizumab infusions affect vaccines','about natalizumab and the JC virus test',
               'about fampridine for walking','how to cope with heat sensitivity in summer',
               'about bladder urgency at night','about optic neuritis and blurred vision',
               'about numbness and pins and needles','about balance problems and falls',
               'about a tremor in the hands','about memory and concentration',
               'about nerve pain and gabapentin','about the PIP assessment and evidence',
               'about Universal Credit and the work capability assessment','about a Blue Badge application',
               'about Access to Work and a workplace assessment','about telling the DVLA and driving',
               'about travel insurance with MS','about pregnancy and pausing treatment',
               'about HSCT and stem cell treatment abroad','about vitamin D and diet',
               'about the FACETS fatigue course','about physiotherapy and exercise',
               'about an MRI report showing new lesions','about switching from dimethyl fumarate',
               'about cladribine tablets and side effects','about ofatumumab injections at home',
               'about low mood and anxiety','about respite and a carers assessment',
               'about housing adaptations and a stairlift','about a clinical trial reported in the news',
               'about bowel problems and constipation','about swallowing and speech',
               'about sleep problems and fatigue','about sexual problems and relationships',
               'about a lumbar puncture and the diagnosis','about a supplement sold online as a cure',
               'about the menopause and MS symptoms','about steroids for a relapse',
               'about reasonable adjustments at work'])[1 + (hh.h / 16 % 40)::int]
           || '. ' || (array['Explained the options and sent the factsheet.',
               'Suggested speaking to the MS nurse team.','Listened and talked through next steps.',
               'Went through questions to ask the neurologist.','Signposted to a local support group.',
               'Offered a callback next week.','Sent the booklet by email.','Talked through pacing the day.',
               'Explained what the evidence says so far.','Agreed to check back after the appointment.',
               'Suggested keeping a symptom diary.','Gave the details of a benefits adviser.'])[1 + (hh.h / 640 % 12)::int] end,
       -- What was sent, with the reference of the email, chat transcript or letter it went in: notes carry
       -- many words that are rare (references, places, names), and PostgreSQL's estimates for a rare
       -- word depend on there being such a long tail, as there is in real notes.
       case when c.non_data is null and c.info_given then
           (array['Sent the factsheet', 'Emailed the booklet', 'Posted the leaflet', 'Sent the web page link'])[1 + (hh.h / 7680 % 4)::int]
           || ' near ' || (array['Leeds','Cardiff','Bristol','Glasgow','Norwich','Belfast','Exeter','Carlisle','Truro','Inverness',
               'Swansea','Derby','Hull','Bangor','Dundee','Ipswich','Lincoln','Perth','Wrexham','York'])[1 + (hh.h / 30720 % 20)::int]
           || ', ref ' || lpad(((c.id * 7919) % 900000 + 100000)::text, 6, '0') || '.' end,
       c.outcome_id, c.follow_up, c.referral and a.caller_id is not null, c.adviser_id,
       c.started_at + (c.duration + 60) * interval '1 second', c.started_at + (c.duration + 60) * interval '1 second',
       c.adviser_id, 0
from bench_c c
left join bench_assign a on a.contact_id = c.id
left join bench_caller_type ct on ct.caller_id = a.caller_id
left join bench_link l on l.contact_id = c.id
cross join lateral (select (c.id * 2654435761) % 4294967296 as h) hh
order by c.id;

-- One to three topics per data contact, drawn from its line's spread.
insert into contact_topic (contact_id, topic_id)
select distinct c.id, d.ids[width_bucket(random(), d.lows)]
from bench_c c
join helpline_line hl on hl.id = c.line_id
join bench_dist d on d.kind = 'topic:' || hl.code
cross join lateral generate_series(1, c.n_topics) g
where c.non_data is null;

-- A case's timeline: opened, each contact, closed.
insert into case_event (id, case_id, occurred_at, actor_id, kind, status_from, status_to, contact_id, text)
select (select base from bench_base where t = 'case_event') - 1 + row_number() over (order by at, case_id, ord),
       case_id, at, actor_id, kind, status_from, status_to, contact_id, text
from (select k.id as case_id, k.opened_at as at, 0 as ord, k.adviser_id as actor_id, 'OPENED' as kind,
             null as status_from, 'OPEN' as status_to, null::bigint as contact_id, null as text
      from bench_case k
      union all
      select l.case_id, greatest(l.started_at, k.opened_at), 1, l.adviser_id, 'CONTACT', null, null, l.contact_id, null
      from bench_link l join bench_case k on k.id = l.case_id
      union all
      select k.id, e.closed_at, 2, k.adviser_id, 'CLOSED', 'OPEN', 'CLOSED', null, 'No further questions'
      from bench_case k join bench_case_end e on e.id = k.id where e.closed_at is not null) ev;

-- Follow-ups booked on contacts: most done in their window, some late, a few escalated (two hours
-- after the window, as the schedule does) or cancelled; those that would finish after now are
-- still open, and escalated if they are overdue, so that the schedule has nothing left to do.
create temp table bench_follow_up on commit drop as
with booked as (
    select c.id as contact_id, a.caller_id, l.case_id, c.adviser_id,
           c.started_at + c.duration * interval '1 second' as booked_at,
           random() as r_status, random() as r_time, random() as r_owner,
           df.codes[width_bucket(random(), df.lows)] as kind,
           (1 + random() * 70) * interval '1 hour' as lead_time, (2 + random() * 46) * interval '1 hour' as span
    from bench_c c
    left join bench_assign a on a.contact_id = c.id
    left join bench_link l on l.contact_id = c.id
    cross join (select codes, lows from bench_dist where kind = 'follow_up') df
    where c.follow_up
), timed as (
    select b.*, b.booked_at + b.lead_time as due_from, b.booked_at + b.lead_time + b.span as due_until
    from booked b
), planned as (
    select t.*,
           case when t.r_status < 0.06 then 'CANCELLED' else 'COMPLETED' end as plan,
           case when t.r_status >= 0.06 and t.r_status < 0.14 then t.due_until + interval '2 hours' + t.r_time * interval '5 minutes' end
               as escalated_at,
           case when t.r_status < 0.06 then t.due_from + t.r_time * t.span
                when t.r_status < 0.14 then t.due_until + interval '2 hours' + (0.2 + t.r_time * 4) * interval '1 day'
                when t.r_status < 0.26 then t.due_until + (0.05 + t.r_time * 3) * interval '1 day'
                else t.due_from + t.r_time * t.span end as finished_at
    from timed t
)
select (select base from bench_base where t = 'follow_up') - 1 + row_number() over (order by p.booked_at, p.contact_id) as id,
       p.contact_id, p.caller_id, p.case_id, p.adviser_id, p.booked_at, p.kind, p.due_from, p.due_until,
       case when p.r_owner < 0.3 then null else p.adviser_id end as owner_id,
       case when p.finished_at <= bp.latest then p.plan else 'OPEN' end as status,
       case when p.escalated_at <= bp.latest then p.escalated_at
            when p.finished_at > bp.latest and p.due_until + interval '2 hours' <= bp.latest then p.due_until + interval '2 hours'
       end as escalated_at,
       case when p.finished_at <= bp.latest and p.plan = 'COMPLETED' then p.finished_at end as completed_at,
       case when p.finished_at <= bp.latest and p.plan = 'CANCELLED' then p.finished_at end as cancelled_at
from planned p cross join bench_param bp;

insert into follow_up (id, kind, contact_id, case_id, caller_id, due_from, due_until, number_to_ring, preferred_times,
                       owner_id, reason, status, failed_attempts, escalated_at, escalation_reason, completed_at,
                       booked_by_id, booked_at, updated_at, updated_by_id, version, referral_id, dated_at)
select f.id, f.kind, f.contact_id, f.case_id, f.caller_id, f.due_from, f.due_until,
       case when f.kind = 'CALLBACK' then coalesce((select min(number) from caller_phone cp where cp.caller_id = f.caller_id),
                                                  '+447700' || lpad((f.id % 1000000)::text, 6, '0')) end,
       null, f.owner_id,
       (array['Ring back to see how the new treatment is going', 'Call back once the appointment date is known',
              'Check the course place came through', 'Call back after the PIP assessment',
              'See how the caller is feeling after today''s call', 'Post the fatigue booklet'])[1 + (f.id % 6)::int],
       f.status, 0, f.escalated_at,
       case when f.escalated_at is not null then 'Overdue since ' || to_char(f.due_until at time zone 'Europe/London', 'HH24:MI "on" FMDD Mon') end,
       f.completed_at, f.adviser_id, f.booked_at,
       greatest(f.booked_at, coalesce(f.completed_at, f.cancelled_at, f.booked_at), coalesce(f.escalated_at, f.booked_at)),
       f.adviser_id, case when f.status = 'OPEN' then 0 else 1 end, null,
       -- Booked on a contact: dated by the contact's start (V35); otherwise when booked.
       coalesce((select c.started_at from contact c where c.id = f.contact_id), f.booked_at)
from bench_follow_up f
order by f.id;

insert into follow_up_event (id, follow_up_id, occurred_at, actor_id, kind, attempt, from_owner_id, to_owner_id, text)
select (select base from bench_base where t = 'follow_up_event') - 1 + row_number() over (order by at, follow_up_id, ord),
       follow_up_id, at, actor_id, kind, attempt, null, null, text
from (select id as follow_up_id, booked_at as at, 0 as ord, adviser_id as actor_id, 'BOOKED' as kind,
             null as attempt, null as text from bench_follow_up
      union all
      select id, escalated_at, 1, null, 'ESCALATED', null,
             'Overdue since ' || to_char(due_until at time zone 'Europe/London', 'HH24:MI "on" FMDD Mon')
      from bench_follow_up where escalated_at is not null
      union all
      select id, completed_at, 2, coalesce(owner_id, adviser_id), 'ATTEMPT', 'REACHED', null
      from bench_follow_up where completed_at is not null and kind = 'CALLBACK'
      union all
      select id, completed_at, 3, coalesce(owner_id, adviser_id), 'COMPLETED', null, null
      from bench_follow_up where completed_at is not null
      union all
      select id, cancelled_at, 3, adviser_id, 'CANCELLED', null, 'No longer needed'
      from bench_follow_up where cancelled_at is not null) ev;

-- Referrals from named callers' contacts, each taken along its path (proposed, sent, accepted,
-- enrolled, completed; or declined, no response, withdrawn) a few days a step, as far as now.
create temp table bench_path (final text, step int, status text) on commit drop;
insert into bench_path values
    ('PROPOSED', 0, 'PROPOSED'),
    ('SENT', 0, 'PROPOSED'), ('SENT', 1, 'SENT'),
    ('ACCEPTED', 0, 'PROPOSED'), ('ACCEPTED', 1, 'SENT'), ('ACCEPTED', 2, 'ACCEPTED'),
    ('ENROLLED', 0, 'PROPOSED'), ('ENROLLED', 1, 'SENT'), ('ENROLLED', 2, 'ACCEPTED'), ('ENROLLED', 3, 'ENROLLED'),
    ('COMPLETED', 0, 'PROPOSED'), ('COMPLETED', 1, 'SENT'), ('COMPLETED', 2, 'ACCEPTED'), ('COMPLETED', 3, 'ENROLLED'),
    ('COMPLETED', 4, 'COMPLETED'),
    ('DECLINED', 0, 'PROPOSED'), ('DECLINED', 1, 'SENT'), ('DECLINED', 2, 'DECLINED'),
    ('NO_RESPONSE', 0, 'PROPOSED'), ('NO_RESPONSE', 1, 'SENT'), ('NO_RESPONSE', 2, 'NO_RESPONSE'),
    ('WITHDRAWN', 0, 'PROPOSED'), ('WITHDRAWN', 1, 'WITHDRAWN');

create temp table bench_referral on commit drop as
select (select base from bench_base where t = 'referral') - 1
           + row_number() over (order by c.started_at + c.duration * interval '1 second', c.id) as id,
       c.id as contact_id, a.caller_id, l.case_id, c.adviser_id,
       c.started_at + c.duration * interval '1 second' + interval '1 minute' as referred_at,
       ds.ids[width_bucket(random(), ds.lows)] as service_id,
       de.codes[width_bucket(random(), de.lows)] as final,
       dout.codes[width_bucket(random(), dout.lows)] as outcome,
       random() as r_pace
from bench_c c
join bench_assign a on a.contact_id = c.id
left join bench_link l on l.contact_id = c.id
cross join (select ids, lows from bench_dist where kind = 'service') ds
cross join (select codes, lows from bench_dist where kind = 'referral_end') de
cross join (select codes, lows from bench_dist where kind = 'referral_outcome') dout
where c.referral;

create temp table bench_referral_step on commit drop as
select r.id as referral_id, p.step, p.status, r.adviser_id,
       r.referred_at + p.step * (2 + r.r_pace * 12) * interval '1 day' + p.step * interval '1 hour' as at
from bench_referral r join bench_path p on p.final = r.final
where r.referred_at + p.step * (2 + r.r_pace * 12) * interval '1 day' + p.step * interval '1 hour'
      <= (select latest from bench_param);

insert into referral (id, service_id, caller_id, contact_id, case_id, status, consent_given_at, note, outcome,
                      outcome_note, referred_by_id, referred_at, updated_at, updated_by_id, version, dated_at)
select r.id, r.service_id, r.caller_id, r.contact_id, r.case_id, last.status, r.referred_at, 'Referred during the call',
       case when last.status = 'COMPLETED' then r.outcome end,
       case when last.status = 'COMPLETED' then 'Caller told us how it went' end,
       r.adviser_id, r.referred_at, last.at, r.adviser_id, last.step,
       coalesce((select c.started_at from contact c where c.id = r.contact_id), r.referred_at)
from bench_referral r
join (select distinct on (referral_id) referral_id, status, at, step from bench_referral_step
      order by referral_id, step desc) last on last.referral_id = r.id
order by r.id;

insert into referral_event (id, referral_id, occurred_at, actor_id, status_from, status_to, note)
select (select base from bench_base where t = 'referral_event') - 1 + row_number() over (order by s.at, s.referral_id, s.step),
       s.referral_id, s.at, s.adviser_id,
       lag(s.status) over (partition by s.referral_id order by s.step), s.status,
       case when s.step = 0 then 'Referred during the call' end
from bench_referral_step s;

-- Risk flags: far more often on contacts about mental health. All but scams alert the supervisors,
-- who sign off most within the hour; an alert raised in the last hour or so is still waiting.
create temp table bench_risk on commit drop as
with mental_health as (
    select distinct ct.contact_id
    from contact_topic ct
    join topic t on t.id = ct.topic_id
    left join topic tp on tp.id = t.parent_id
    where coalesce(tp.code, t.code) = 'mental-health' and ct.contact_id >= (select base from bench_base where t = 'contact')
)
select (select base from bench_base where t = 'risk_flag') - 1 + row_number() over (order by c.started_at, c.id) as id,
       c.id as contact_id, a.caller_id, c.adviser_id,
       c.started_at + c.duration * interval '0.5 second' as raised_at,
       dk.codes[width_bucket(random(), dk.lows)] as kind,
       dl.codes[width_bucket(random(), dl.lows)] as level,
       da.codes[width_bucket(random(), da.lows)] as action,
       st.supervisors[1 + floor(random() * cardinality(st.supervisors))::int] as supervisor_id,
       least(2880, greatest(1, round(exp(ln(35) + 0.9 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))))
           * interval '1 minute' as to_sign_off
from bench_c c
left join mental_health mh on mh.contact_id = c.id
left join bench_assign a on a.contact_id = c.id
cross join (select codes, lows from bench_dist where kind = 'risk') dk
cross join (select codes, lows from bench_dist where kind = 'level') dl
cross join (select codes, lows from bench_dist where kind = 'action') da
cross join bench_staff st
where c.non_data is null and random() < case when mh.contact_id is not null then 0.08 else 0.004 end;

insert into risk_flag (id, kind, level, contact_id, caller_id, raised_by_id, raised_at, expires_on, version)
select id, kind, level, contact_id, caller_id, adviser_id, raised_at,
       (raised_at at time zone 'Europe/London')::date + 30, 0
from bench_risk order by id;

insert into safeguarding_alert (id, risk_flag_id, raised_at, status, version, action_taken, action_note,
                                signed_off_by_id, signed_off_at)
select (select base from bench_base where t = 'safeguarding_alert') - 1 + row_number() over (order by r.id),
       r.id, r.raised_at, case when signed then 'SIGNED_OFF' else 'OPEN' end, case when signed then 1 else 0 end,
       case when signed then r.action end, case when signed then 'Done as the protocol says' end,
       case when signed then r.supervisor_id end, case when signed then r.raised_at + r.to_sign_off end
from bench_risk r
cross join lateral (select r.raised_at + r.to_sign_off <= (select latest from bench_param) as signed) s
where r.kind <> 'SCAM_VICTIM';

-- The audit trail, as Envers writes it when the application saves (production runs with it on):
-- a revision per save, by whoever saved it, and the saved rows' values in the _aud tables. A contact's
-- save adds the contact, its topics, a new caller with their number, a case opened with it, the
-- follow-up, referral and risk flag raised with it, and the supervisors' alert; later saves change
-- the case (closed), the follow-up (done, cancelled, escalated by the schedule), the referral (its
-- last step) and the alert (signed off). Each record's rows hold the values it has now (a record
-- changed in between has only its first and last revision here). Skip with -v audit=off.
\if :audit
create temp table bench_rev_event on commit drop as
select 'contact' as kind, c.id as ref, c.started_at + (c.duration + 60) * interval '1 second' as at, c.adviser_id as actor_id
from bench_c c
union all
select 'case', k.id, e.closed_at, k.adviser_id
from bench_case k join bench_case_end e on e.id = k.id where e.closed_at is not null
union all
select 'follow_up', f.id,
       greatest(coalesce(f.completed_at, f.cancelled_at, f.escalated_at), f.escalated_at),
       case when f.completed_at is null and f.cancelled_at is null then null else coalesce(f.owner_id, f.adviser_id) end
from bench_follow_up f where coalesce(f.completed_at, f.cancelled_at, f.escalated_at) is not null
union all
select 'referral', r.id, r.updated_at, r.updated_by_id
from referral r where r.id >= (select base from bench_base where t = 'referral') and r.version > 0
union all
select 'alert', a.id, a.signed_off_at, a.signed_off_by_id
from safeguarding_alert a
where a.id >= (select base from bench_base where t = 'safeguarding_alert') and a.signed_off_at is not null;

create temp table bench_rev on commit drop as
select greatest((select coalesce(max(id), 0) from audit_revision), (select last_value from audit_revision_seq))
           + row_number() over (order by e.at, e.kind, e.ref) as id,
       e.kind, e.ref, e.at, coalesce(u.username, '(system)') as username
from bench_rev_event e left join user_account u on u.id = e.actor_id;
drop table bench_rev_event;
create temp table bench_contact_rev on commit drop as
select ref as contact_id, id as rev from bench_rev where kind = 'contact';
create temp table bench_later_rev on commit drop as
select kind, ref, id as rev from bench_rev where kind <> 'contact';
analyze bench_contact_rev;
analyze bench_later_rev;

insert into audit_revision (id, revised_at, username)
select id, at, username from bench_rev order by id;
drop table bench_rev;

insert into contact_aud (id, rev, revtype, duration_seconds, follow_up_needed, referral_needed, adviser_id, caller_id,
                         caller_type_id, case_id, channel_id, line_id, logged_at, outcome_id, started_at, updated_at,
                         updated_by_id, idempotency_key, information_given, summary, direction, non_data_kind)
select c.id, r.rev, 0, c.duration_seconds, c.follow_up_needed, c.referral_needed, c.adviser_id, c.caller_id,
       c.caller_type_id, c.case_id, c.channel_id, c.line_id, c.logged_at, c.outcome_id, c.started_at, c.updated_at,
       c.updated_by_id, c.idempotency_key, c.information_given, c.summary, c.direction, c.non_data_kind
from contact c join bench_contact_rev r on r.contact_id = c.id;

insert into contact_topic_aud (rev, revtype, contact_id, topic_id)
select r.rev, 0, t.contact_id, t.topic_id
from contact_topic t join bench_contact_rev r on r.contact_id = t.contact_id;

create temp table bench_caller_rev on commit drop as
select a.caller_id, r.rev
from bench_assign a join bench_contact_rev r on r.contact_id = a.contact_id where a.m = 0;

insert into caller_aud (id, rev, revtype, diagnosis_year, postcode_district, consent_given_at, created_at, updated_at,
                        updated_by_id, consent_wording_version, full_name, name_key, name_sounds, preferred_times,
                        email, ms_type, preferred_contact_method)
select c.id, r.rev, 0, c.diagnosis_year, c.postcode_district, c.consent_given_at, c.created_at, c.updated_at,
       c.updated_by_id, c.consent_wording_version, c.full_name, c.name_key, c.name_sounds, c.preferred_times,
       c.email, c.ms_type, c.preferred_contact_method
from caller c join bench_caller_rev r on r.caller_id = c.id;

insert into caller_phone_aud (rev, revtype, caller_id, number)
select r.rev, 0, p.caller_id, p.number
from caller_phone p join bench_caller_rev r on r.caller_id = p.caller_id;

-- A case opens with the contact it was opened from; a closed one has its closing revision too.
insert into helpline_case_aud (id, rev, revtype, caller_id, closed_at, closing_outcome_id, opened_at, owner_id,
                               updated_at, updated_by_id, case_number, title, status)
select k.id, r.rev, 0, k.caller_id, null, null, k.opened_at, k.owner_id, k.opened_at, k.updated_by_id,
       k.case_number, k.title, case when k.closed_at is null then k.status else 'OPEN' end
from helpline_case k
join (select case_id, min(contact_id) as contact_id from bench_link group by case_id) f on f.case_id = k.id
join bench_contact_rev r on r.contact_id = f.contact_id
union all
select k.id, l.rev, 1, k.caller_id, k.closed_at, k.closing_outcome_id, k.opened_at, k.owner_id, k.updated_at,
       k.updated_by_id, k.case_number, k.title, k.status
from helpline_case k join bench_later_rev l on l.kind = 'case' and l.ref = k.id;

insert into follow_up_aud (id, rev, revtype, failed_attempts, booked_at, booked_by_id, caller_id, case_id, completed_at,
                           contact_id, due_from, due_until, escalated_at, owner_id, referral_id, updated_at,
                           updated_by_id, number_to_ring, escalation_reason, preferred_times, reason, kind, status)
select f.id, r.rev, 0, 0, f.booked_at, f.booked_by_id, f.caller_id, f.case_id, null, f.contact_id, f.due_from,
       f.due_until, null, f.owner_id, f.referral_id, f.booked_at, f.booked_by_id, f.number_to_ring, null,
       f.preferred_times, f.reason, f.kind, 'OPEN'
from follow_up f join bench_contact_rev r on r.contact_id = f.contact_id
where f.id >= (select base from bench_base where t = 'follow_up')
union all
select f.id, l.rev, 1, f.failed_attempts, f.booked_at, f.booked_by_id, f.caller_id, f.case_id, f.completed_at,
       f.contact_id, f.due_from, f.due_until, f.escalated_at, f.owner_id, f.referral_id, f.updated_at,
       f.updated_by_id, f.number_to_ring, f.escalation_reason, f.preferred_times, f.reason, f.kind, f.status
from follow_up f join bench_later_rev l on l.kind = 'follow_up' and l.ref = f.id;

insert into referral_aud (id, rev, revtype, caller_id, case_id, consent_given_at, contact_id, referred_at,
                          referred_by_id, service_id, updated_at, updated_by_id, note, outcome_note, outcome, status)
select f.id, r.rev, 0, f.caller_id, f.case_id, f.consent_given_at, f.contact_id, f.referred_at, f.referred_by_id,
       f.service_id, f.referred_at, f.referred_by_id, f.note, null, null, 'PROPOSED'
from referral f join bench_contact_rev r on r.contact_id = f.contact_id
where f.id >= (select base from bench_base where t = 'referral')
union all
select f.id, l.rev, 1, f.caller_id, f.case_id, f.consent_given_at, f.contact_id, f.referred_at, f.referred_by_id,
       f.service_id, f.updated_at, f.updated_by_id, f.note, f.outcome_note, f.outcome, f.status
from referral f join bench_later_rev l on l.kind = 'referral' and l.ref = f.id;

insert into risk_flag_aud (id, rev, revtype, expires_on, caller_id, contact_id, raised_at, raised_by_id, kind, level)
select f.id, r.rev, 0, f.expires_on, f.caller_id, f.contact_id, f.raised_at, f.raised_by_id, f.kind, f.level
from risk_flag f join bench_contact_rev r on r.contact_id = f.contact_id
where f.id >= (select base from bench_base where t = 'risk_flag');

insert into safeguarding_alert_aud (id, rev, revtype, raised_at, risk_flag_id, signed_off_at, signed_off_by_id,
                                    action_note, action_taken, status)
select a.id, r.rev, 0, a.raised_at, a.risk_flag_id, null, null, null, null, 'OPEN'
from safeguarding_alert a
join risk_flag f on f.id = a.risk_flag_id
join bench_contact_rev r on r.contact_id = f.contact_id
where a.id >= (select base from bench_base where t = 'safeguarding_alert')
union all
select a.id, l.rev, 1, a.raised_at, a.risk_flag_id, a.signed_off_at, a.signed_off_by_id, a.action_note,
       a.action_taken, a.status
from safeguarding_alert a join bench_later_rev l on l.kind = 'alert' and l.ref = a.id;

select setval('audit_revision_seq', greatest((select coalesce(max(id), 1) from audit_revision), (select last_value from audit_revision_seq)));
\endif

-- The indexes again, each built once over all the rows; foreign keys checked as usual from here on.
set session_replication_role = origin;
do $$
declare
    ix record;
begin
    for ix in select definition from bench_index loop
        execute ix.definition;
    end loop;
end $$;

-- Sequences past the new rows: Hibernate takes the next value as the top of a block of 50.
select setval('contact_seq', greatest((select max(id) from contact), (select last_value from contact_seq)));
select setval('caller_seq', greatest((select coalesce(max(id), 1) from caller), (select last_value from caller_seq)));
select setval('helpline_case_seq', greatest((select coalesce(max(id), 1) from helpline_case), (select last_value from helpline_case_seq)));
select setval('case_number_seq', greatest((select coalesce(max(number_seq), 1) from bench_case), (select last_value from case_number_seq)));
select setval('case_event_seq', greatest((select coalesce(max(id), 1) from case_event), (select last_value from case_event_seq)));
select setval('follow_up_seq', greatest((select coalesce(max(id), 1) from follow_up), (select last_value from follow_up_seq)));
select setval('follow_up_event_seq', greatest((select coalesce(max(id), 1) from follow_up_event), (select last_value from follow_up_event_seq)));
select setval('referral_seq', greatest((select coalesce(max(id), 1) from referral), (select last_value from referral_seq)));
select setval('referral_event_seq', greatest((select coalesce(max(id), 1) from referral_event), (select last_value from referral_event_seq)));
select setval('risk_flag_seq', greatest((select coalesce(max(id), 1) from risk_flag), (select last_value from risk_flag_seq)));
select setval('safeguarding_alert_seq', greatest((select coalesce(max(id), 1) from safeguarding_alert), (select last_value from safeguarding_alert_seq)));

-- What was made, for the log.
select 'contacts' as what, count(*) as how_many from bench_c
union all select 'data contacts', count(*) filter (where non_data is null) from bench_c
union all select 'named callers', (select count(*) from bench_caller)
union all select 'contacts from named callers', (select count(*) from bench_assign)
union all select 'contact topics', (select count(*) from contact_topic where contact_id >= (select base from bench_base where t = 'contact'))
union all select 'cases', (select count(*) from bench_case)
union all select 'follow-ups', (select count(*) from bench_follow_up)
union all select 'referrals', (select count(*) from bench_referral)
union all select 'risk flags', (select count(*) from bench_risk)
union all select 'audit revisions', (select count(*) from audit_revision);

commit;
