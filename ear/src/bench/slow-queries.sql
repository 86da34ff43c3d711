-- The report's costliest statements, as the application sends them for last month (one period of the
-- three; all lines unless named "line:"), and a few other ways to get the same figures. Run with QueryTimings.java
-- before and after an index or a setting; see BENCHMARKS.md.

-- name: topic (contacts by top-level topic)
select coalesce(tp.code, t.code), count(distinct c.id) from contact c join contact_topic ct on c.id = ct.contact_id
join topic t on t.id = ct.topic_id left join topic tp on tp.id = t.parent_id
where c.started_at >= {from} and c.started_at < {to} group by coalesce(tp.code, t.code);

-- name: subtopic (contacts by topic or subtopic)
select t.code, count(distinct c.id) from contact c join contact_topic ct on c.id = ct.contact_id
join topic t on t.id = ct.topic_id where c.started_at >= {from} and c.started_at < {to} group by t.code;

-- name: topic and subtopic in one statement (grouping sets)
select t.code, coalesce(tp.code, t.code), count(distinct c.id) from contact c join contact_topic ct on c.id = ct.contact_id
join topic t on t.id = ct.topic_id left join topic tp on tp.id = t.parent_id
where c.started_at >= {from} and c.started_at < {to} group by grouping sets ((t.code), (coalesce(tp.code, t.code)));

-- name: callers: new (no contact before the month)
select count(distinct c.caller_id) from contact c where c.started_at >= {from} and c.started_at < {to}
and c.caller_id is not null and not exists (select 1 from contact e where e.caller_id = c.caller_id and e.started_at < {from});

-- name: contacts by channel (one of about ten scans of the month's contacts)
select ch.code, count(c.id) from contact c join channel ch on ch.id = c.channel_id
where c.started_at >= {from} and c.started_at < {to} group by ch.code;

-- name: follow-ups booked
select count(f.id) from follow_up f where f.booked_at >= {from} and f.booked_at < {to};

-- name: follow-ups completed on time
select count(f.id) from follow_up f where f.completed_at >= {from} and f.completed_at < {to} and f.completed_at <= f.due_until;

-- name: follow-ups escalated
select count(f.id) from follow_up f where f.escalated_at >= {from} and f.escalated_at < {to};

-- name: referrals by service
select s.code, count(*) from referral r join support_service s on s.id = r.service_id
where r.referred_at >= {from} and r.referred_at < {to} group by s.code;

-- name: cases opened
select count(k.id) from helpline_case k where k.opened_at >= {from} and k.opened_at < {to};

-- name: cases closed
select count(k.id) from helpline_case k where k.closed_at >= {from} and k.closed_at < {to};

-- name: cases open at month end
select count(k.id) from helpline_case k where k.opened_at < {to} and (k.closed_at is null or k.closed_at >= {to});

-- name: risk flags by kind
select f.kind, count(*) from risk_flag f where f.raised_at >= {from} and f.raised_at < {to} group by f.kind;

-- name: alerts signed off (the entities, as now)
select a.* from safeguarding_alert a where a.signed_off_at >= {from} and a.signed_off_at < {to};

-- name: alerts signed off: count and median minutes in SQL
select count(*), percentile_cont(0.5) within group (order by trunc(extract(epoch from a.signed_off_at - a.raised_at) / 60))
from safeguarding_alert a where a.signed_off_at >= {from} and a.signed_off_at < {to};

-- name: line: cases open at month end with a contact on the line
select count(k.id) from helpline_case k where k.opened_at < {to} and (k.closed_at is null or k.closed_at >= {to})
and exists (select 1 from contact c join helpline_line l on l.id = c.line_id where c.case_id = k.id and l.code = 'nurse-line');

-- name: line: cases open at month end, the line by id (needs an index on contact (line_id, case_id))
select count(k.id) from helpline_case k where k.opened_at < {to} and (k.closed_at is null or k.closed_at >= {to})
and exists (select 1 from contact c where c.case_id = k.id and c.line_id = (select id from helpline_line where code = 'nurse-line'));

-- name: line: follow-ups booked on a contact on the line
select count(f.id) from follow_up f join contact c on c.id = f.contact_id join helpline_line l on l.id = c.line_id
where f.booked_at >= {from} and f.booked_at < {to} and l.code = 'nurse-line';

-- name: line: topic
select coalesce(tp.code, t.code), count(distinct c.id) from contact c join contact_topic ct on c.id = ct.contact_id
join topic t on t.id = ct.topic_id left join topic tp on tp.id = t.parent_id join helpline_line l on l.id = c.line_id
where c.started_at >= {from} and c.started_at < {to} and l.code = 'nurse-line' group by coalesce(tp.code, t.code);

-- name: every plain contact count of the month in one grouped scan (instead of about nine)
select c.channel_id, c.direction, c.line_id, c.caller_type_id, c.outcome_id, c.non_data_kind is null, c.caller_id is null, count(*)
from contact c where c.started_at >= {from} and c.started_at < {to} group by 1, 2, 3, 4, 5, 6, 7;
