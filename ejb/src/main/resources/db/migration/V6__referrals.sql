-- Referrals to services in the directory, followed through to their outcome, and the steps a service
-- asks the helpline to take around a referral (checking it arrived, asking how it went).
create sequence service_step_seq start with 1 increment by 50;
create table service_step (
    id          bigint        not null,
    service_id  bigint        not null,
    trigger_on  varchar(20)   not null,
    after_days  integer       not null,
    kind        varchar(20)   not null,
    reason      varchar(500)  not null,
    constraint pk_service_step primary key (id),
    constraint fk_service_step_service foreign key (service_id) references support_service (id),
    constraint ck_service_step_trigger check (trigger_on in ('REFERRED', 'COMPLETED')),
    constraint ck_service_step_days check (after_days between 0 and 365)
);
create index ix_service_step_service on service_step (service_id);

create sequence referral_seq start with 1 increment by 50;
create table referral (
    id                bigint        not null,
    service_id        bigint        not null,
    caller_id         bigint        not null,
    contact_id        bigint,
    case_id           bigint,
    status            varchar(20)   not null,
    consent_given_at  timestamp with time zone not null,
    note              varchar(2000),
    outcome           varchar(20),
    outcome_note      varchar(2000),
    referred_by_id    bigint        not null,
    referred_at       timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    updated_by_id     bigint        not null,
    version           bigint        not null,
    constraint pk_referral primary key (id),
    constraint fk_referral_service foreign key (service_id) references support_service (id),
    constraint fk_referral_caller foreign key (caller_id) references caller (id),
    constraint fk_referral_contact foreign key (contact_id) references contact (id),
    constraint fk_referral_case foreign key (case_id) references helpline_case (id),
    constraint fk_referral_referred_by foreign key (referred_by_id) references user_account (id),
    constraint fk_referral_updated_by foreign key (updated_by_id) references user_account (id),
    constraint ck_referral_status check (status in ('PROPOSED', 'SENT', 'ACCEPTED', 'ENROLLED', 'COMPLETED',
        'DECLINED', 'NO_RESPONSE', 'WITHDRAWN')),
    constraint ck_referral_outcome check (outcome is null or outcome in ('HELPED', 'PARTLY_HELPED', 'NOT_HELPED'))
);
create index ix_referral_caller on referral (caller_id);
create index ix_referral_service_status on referral (service_id, status);

create sequence referral_event_seq start with 1 increment by 50;
create table referral_event (
    id           bigint       not null,
    referral_id  bigint       not null,
    occurred_at  timestamp with time zone not null,
    actor_id     bigint       not null,
    status_from  varchar(20),
    status_to    varchar(20)  not null,
    note         varchar(2000),
    constraint pk_referral_event primary key (id),
    constraint fk_referral_event_referral foreign key (referral_id) references referral (id),
    constraint fk_referral_event_actor foreign key (actor_id) references user_account (id)
);
create index ix_referral_event_referral on referral_event (referral_id, occurred_at);

alter table follow_up add column referral_id bigint;
alter table follow_up add constraint fk_follow_up_referral foreign key (referral_id) references referral (id);
