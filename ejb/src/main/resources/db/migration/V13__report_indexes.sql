-- The monthly report counts each kind of record by the time it happened in a month. Without these,
-- every count reads the whole table: with a million contacts the follow-up, case, referral and
-- safeguarding figures took most of the report's time (see BENCHMARKS.md).
create index ix_follow_up_booked_at on follow_up (booked_at);
create index ix_follow_up_completed_at on follow_up (completed_at);
create index ix_follow_up_escalated_at on follow_up (escalated_at);
create index ix_referral_referred_at on referral (referred_at);
create index ix_helpline_case_opened_at on helpline_case (opened_at);
create index ix_helpline_case_closed_at on helpline_case (closed_at);
create index ix_risk_flag_raised_at on risk_flag (raised_at);
create index ix_safeguarding_alert_signed_off_at on safeguarding_alert (signed_off_at);
