-- The indexes BENCHMARKS.md recommends, to try by hand on helpline_bench before a migration adds them
-- (named bench_ix_... so that they never clash with the migration's own names):
--   psql -h 127.0.0.1 -U postgres -d helpline_bench -f ear/src/bench/candidate-indexes.sql
-- and then: ear/src/bench/report-benchmark.sh --reuse
-- To take them away again:
--   psql -h 127.0.0.1 -U postgres -d helpline_bench -c "drop index bench_ix_follow_up_booked_at, ..."
-- (every run prints which bench_ix_ indexes the database holds).
create index if not exists bench_ix_follow_up_booked_at on follow_up (booked_at);
create index if not exists bench_ix_follow_up_completed_at on follow_up (completed_at);
create index if not exists bench_ix_follow_up_escalated_at on follow_up (escalated_at);
create index if not exists bench_ix_referral_referred_at on referral (referred_at);
create index if not exists bench_ix_helpline_case_opened_at on helpline_case (opened_at);
create index if not exists bench_ix_helpline_case_closed_at on helpline_case (closed_at);
create index if not exists bench_ix_risk_flag_raised_at on risk_flag (raised_at);
create index if not exists bench_ix_safeguarding_alert_signed_off_at on safeguarding_alert (signed_off_at);
analyze follow_up;
analyze referral;
analyze helpline_case;
analyze risk_flag;
analyze safeguarding_alert;
