-- Callers, contacts, cases and risk flags: the adviser's core.

-- A caller record exists only when the caller consented to us keeping their details.
create sequence caller_seq start with 1 increment by 50;
create table caller (
    id                        bigint       not null,
    full_name                 varchar(200),
    name_key                  varchar(200),
    name_sounds               varchar(200),
    email                     varchar(254),
    postcode_district         varchar(4),
    ms_type                   varchar(30),
    diagnosis_year            integer,
    preferred_contact_method  varchar(20),
    preferred_times           varchar(200),
    consent_given_at          timestamp with time zone not null,
    consent_wording_version   varchar(20)  not null,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    updated_by_id             bigint       not null,
    version                   bigint       not null,
    constraint pk_caller primary key (id),
    constraint fk_caller_updated_by foreign key (updated_by_id) references user_account (id)
);
create index ix_caller_email on caller (email);
create index ix_caller_name_key on caller (name_key);

create table caller_phone (
    caller_id  bigint      not null,
    number     varchar(16) not null,
    constraint pk_caller_phone primary key (caller_id, number),
    constraint fk_caller_phone_caller foreign key (caller_id) references caller (id)
);
create index ix_caller_phone_number on caller_phone (number);

create sequence case_number_seq start with 1 increment by 1;
create sequence helpline_case_seq start with 1 increment by 50;
create table helpline_case (
    id                  bigint       not null,
    case_number         varchar(20)  not null,
    caller_id           bigint       not null,
    owner_id            bigint       not null,
    title               varchar(200) not null,
    status              varchar(20)  not null,
    opened_at           timestamp with time zone not null,
    closed_at           timestamp with time zone,
    closing_outcome_id  bigint,
    updated_at          timestamp with time zone not null,
    updated_by_id       bigint       not null,
    version             bigint       not null,
    constraint pk_helpline_case primary key (id),
    constraint uq_helpline_case_number unique (case_number),
    constraint fk_helpline_case_caller foreign key (caller_id) references caller (id),
    constraint fk_helpline_case_owner foreign key (owner_id) references user_account (id),
    constraint fk_helpline_case_outcome foreign key (closing_outcome_id) references outcome (id),
    constraint fk_helpline_case_updated_by foreign key (updated_by_id) references user_account (id),
    constraint ck_helpline_case_status check (status in ('OPEN', 'IN_PROGRESS', 'AWAITING_CALLER', 'CLOSED'))
);
create index ix_helpline_case_caller on helpline_case (caller_id);
create index ix_helpline_case_owner_status on helpline_case (owner_id, status);

create sequence contact_seq start with 1 increment by 50;
create table contact (
    id                  bigint        not null,
    idempotency_key     varchar(64)   not null,
    channel_id          bigint        not null,
    direction           varchar(10)   not null,
    line_id             bigint        not null,
    started_at          timestamp with time zone not null,
    duration_seconds    integer       not null,
    non_data_kind       varchar(20),
    caller_type_id      bigint,
    caller_id           bigint,
    case_id             bigint,
    summary             varchar(10000),
    information_given   varchar(4000),
    outcome_id          bigint,
    follow_up_needed    boolean       not null,
    referral_needed     boolean       not null,
    adviser_id          bigint        not null,
    logged_at           timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    updated_by_id       bigint        not null,
    version             bigint        not null,
    constraint pk_contact primary key (id),
    constraint uq_contact_idempotency_key unique (idempotency_key),
    constraint fk_contact_channel foreign key (channel_id) references channel (id),
    constraint fk_contact_line foreign key (line_id) references helpline_line (id),
    constraint fk_contact_caller_type foreign key (caller_type_id) references caller_type (id),
    constraint fk_contact_caller foreign key (caller_id) references caller (id),
    constraint fk_contact_case foreign key (case_id) references helpline_case (id),
    constraint fk_contact_outcome foreign key (outcome_id) references outcome (id),
    constraint fk_contact_adviser foreign key (adviser_id) references user_account (id),
    constraint fk_contact_updated_by foreign key (updated_by_id) references user_account (id),
    constraint ck_contact_direction check (direction in ('INBOUND', 'OUTBOUND')),
    constraint ck_contact_duration check (duration_seconds between 0 and 86400),
    constraint ck_contact_non_data check (non_data_kind is null
        or non_data_kind in ('SILENT', 'WRONG_NUMBER', 'HANG_UP', 'ABUSIVE', 'TEST'))
);
create index ix_contact_started_at on contact (started_at);
create index ix_contact_caller on contact (caller_id, started_at);
create index ix_contact_case on contact (case_id);
create index ix_contact_adviser_started on contact (adviser_id, started_at);

create table contact_topic (
    contact_id  bigint not null,
    topic_id    bigint not null,
    constraint pk_contact_topic primary key (contact_id, topic_id),
    constraint fk_contact_topic_contact foreign key (contact_id) references contact (id),
    constraint fk_contact_topic_topic foreign key (topic_id) references topic (id)
);
create index ix_contact_topic_topic on contact_topic (topic_id);

-- What happened on a case, newest first on screen: contacts, notes and status changes.
create sequence case_event_seq start with 1 increment by 50;
create table case_event (
    id           bigint       not null,
    case_id      bigint       not null,
    occurred_at  timestamp with time zone not null,
    actor_id     bigint       not null,
    kind         varchar(20)  not null,
    status_from  varchar(20),
    status_to    varchar(20),
    contact_id   bigint,
    text         varchar(10000),
    constraint pk_case_event primary key (id),
    constraint fk_case_event_case foreign key (case_id) references helpline_case (id),
    constraint fk_case_event_actor foreign key (actor_id) references user_account (id),
    constraint fk_case_event_contact foreign key (contact_id) references contact (id),
    constraint ck_case_event_kind check (kind in ('OPENED', 'CONTACT', 'NOTE', 'STATUS', 'REOPENED', 'CLOSED'))
);
create index ix_case_event_case on case_event (case_id, occurred_at);

-- Risk raised on a contact, and carried on the caller while it lasts.
create sequence risk_flag_seq start with 1 increment by 50;
create table risk_flag (
    id           bigint      not null,
    kind         varchar(30) not null,
    level        varchar(10) not null,
    contact_id   bigint      not null,
    caller_id    bigint,
    raised_by_id bigint      not null,
    raised_at    timestamp with time zone not null,
    expires_on   date,
    version      bigint      not null,
    constraint pk_risk_flag primary key (id),
    constraint fk_risk_flag_contact foreign key (contact_id) references contact (id),
    constraint fk_risk_flag_caller foreign key (caller_id) references caller (id),
    constraint fk_risk_flag_raised_by foreign key (raised_by_id) references user_account (id),
    constraint ck_risk_flag_kind check (kind in ('RISK_TO_LIFE', 'SELF_HARM', 'SAFEGUARDING_ADULT',
        'SAFEGUARDING_CHILD', 'DOMESTIC_ABUSE', 'SCAM_VICTIM')),
    constraint ck_risk_flag_level check (level in ('LOW', 'MEDIUM', 'HIGH'))
);
create index ix_risk_flag_caller on risk_flag (caller_id);
create index ix_risk_flag_contact on risk_flag (contact_id);

-- Contacts a supervisor must look at now. The queue page comes with the supervisors' work.
create sequence safeguarding_alert_seq start with 1 increment by 50;
create table safeguarding_alert (
    id            bigint      not null,
    risk_flag_id  bigint      not null,
    raised_at     timestamp with time zone not null,
    status        varchar(20) not null,
    version       bigint      not null,
    constraint pk_safeguarding_alert primary key (id),
    constraint uq_safeguarding_alert_flag unique (risk_flag_id),
    constraint fk_safeguarding_alert_flag foreign key (risk_flag_id) references risk_flag (id),
    constraint ck_safeguarding_alert_status check (status in ('OPEN', 'SIGNED_OFF'))
);
create index ix_safeguarding_alert_status on safeguarding_alert (status, raised_at);
