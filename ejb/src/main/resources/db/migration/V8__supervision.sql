-- Supervision: signing off safeguarding alerts with the action taken, notices to staff, and handing
-- cases to another adviser or the team queue with the history kept.

alter table safeguarding_alert add column action_taken varchar(40);
alter table safeguarding_alert add column action_note varchar(2000);
alter table safeguarding_alert add column signed_off_by_id bigint;
alter table safeguarding_alert add column signed_off_at timestamp with time zone;
alter table safeguarding_alert add constraint fk_safeguarding_alert_signed_off_by
    foreign key (signed_off_by_id) references user_account (id);
alter table safeguarding_alert add constraint ck_safeguarding_alert_action check (action_taken in
    ('EMERGENCY_SERVICES_CALLED', 'CRISIS_LINE_SIGNPOSTED', 'GP_OR_CARE_TEAM_CONTACTED',
     'SAFEGUARDING_REFERRAL_MADE', 'CALLBACK_ARRANGED', 'NO_FURTHER_ACTION'));

-- A notice to one member of staff, e.g. "a supervisor has been alerted", shown until they read it.
create sequence notice_seq start with 1 increment by 50;
create table notice (
    id            bigint       not null,
    recipient_id  bigint       not null,
    text          varchar(500) not null,
    link          varchar(300),
    created_at    timestamp with time zone not null,
    read_at       timestamp with time zone,
    constraint pk_notice primary key (id),
    constraint fk_notice_recipient foreign key (recipient_id) references user_account (id)
);
create index ix_notice_recipient on notice (recipient_id, read_at, created_at);

-- A case may wait in the team queue, with no owner, like a follow-up.
alter table helpline_case alter column owner_id drop not null;

alter table case_event add column from_owner_id bigint;
alter table case_event add column to_owner_id bigint;
alter table case_event add constraint fk_case_event_from_owner foreign key (from_owner_id) references user_account (id);
alter table case_event add constraint fk_case_event_to_owner foreign key (to_owner_id) references user_account (id);
alter table case_event drop constraint ck_case_event_kind;
alter table case_event add constraint ck_case_event_kind
    check (kind in ('OPENED', 'CONTACT', 'NOTE', 'STATUS', 'REOPENED', 'CLOSED', 'REASSIGNED'));
