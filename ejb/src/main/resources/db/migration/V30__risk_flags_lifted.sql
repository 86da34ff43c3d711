-- A risk flag can be lifted before it expires (issue 24): a supervisor decides the risk has passed and
-- says why. The flag stays on the caller's record and timeline, shown as lifted. Written to run
-- unchanged on PostgreSQL 15 and on H2 2.x.
alter table risk_flag add column lifted_at timestamp with time zone;
alter table risk_flag add column lifted_by_id bigint;
alter table risk_flag add column lift_reason varchar(2000);
alter table risk_flag add constraint fk_risk_flag_lifted_by foreign key (lifted_by_id) references user_account (id);

alter table risk_flag_aud add column lifted_at timestamp with time zone;
alter table risk_flag_aud add column lifted_by_id bigint;
alter table risk_flag_aud add column lift_reason varchar(2000);
