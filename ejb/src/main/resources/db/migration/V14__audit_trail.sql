-- The audit trail (org.helpline.audit). Hibernate Envers writes one audit_revision per transaction that
-- changes an audited record (when, and which member of staff), and a row per changed record into its
-- table's _aud twin: the record's values after the change (revtype 0 added, 1 changed, 2 removed, with
-- the values it had). The application never updates or deletes these rows; on PostgreSQL a trigger
-- (V15) refuses it outright, except for erasure on request.
create sequence audit_revision_seq start with 1 increment by 50;
create table audit_revision (
    id          bigint       not null,
    revised_at  timestamp with time zone not null,
    username    varchar(60)  not null,
    constraint pk_audit_revision primary key (id)
);
create index ix_audit_revision_username on audit_revision (username, revised_at);

create table caller_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    diagnosis_year             integer,
    postcode_district          varchar(4),
    consent_given_at           timestamp with time zone,
    created_at                 timestamp with time zone,
    updated_at                 timestamp with time zone,
    updated_by_id              bigint,
    consent_wording_version    varchar(20),
    full_name                  varchar(200),
    name_key                   varchar(200),
    name_sounds                varchar(200),
    preferred_times            varchar(200),
    email                      varchar(254),
    ms_type                    varchar(21),
    preferred_contact_method   varchar(20),
    constraint pk_caller_aud primary key (id, rev),
    constraint fk_caller_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_caller_aud_rev on caller_aud (rev);
create table caller_phone_aud (
    rev                        bigint not null,
    revtype                    smallint,
    caller_id                  bigint not null,
    number                     varchar(16) not null,
    constraint pk_caller_phone_aud primary key (caller_id, number, rev),
    constraint fk_caller_phone_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_caller_phone_aud_rev on caller_phone_aud (rev);
create table contact_article_aud (
    rev                        bigint not null,
    revtype                    smallint,
    article_id                 bigint not null,
    contact_id                 bigint not null,
    constraint pk_contact_article_aud primary key (contact_id, article_id, rev),
    constraint fk_contact_article_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_contact_article_aud_rev on contact_article_aud (rev);
create table contact_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    duration_seconds           integer,
    follow_up_needed           boolean,
    referral_needed            boolean,
    adviser_id                 bigint,
    caller_id                  bigint,
    caller_type_id             bigint,
    case_id                    bigint,
    channel_id                 bigint,
    line_id                    bigint,
    logged_at                  timestamp with time zone,
    outcome_id                 bigint,
    started_at                 timestamp with time zone,
    updated_at                 timestamp with time zone,
    updated_by_id              bigint,
    idempotency_key            varchar(64),
    information_given          varchar(4000),
    summary                    varchar(10000),
    direction                  varchar(20),
    non_data_kind              varchar(20),
    constraint pk_contact_aud primary key (id, rev),
    constraint fk_contact_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_contact_aud_rev on contact_aud (rev);
create table contact_topic_aud (
    rev                        bigint not null,
    revtype                    smallint,
    contact_id                 bigint not null,
    topic_id                   bigint not null,
    constraint pk_contact_topic_aud primary key (contact_id, rev, topic_id),
    constraint fk_contact_topic_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_contact_topic_aud_rev on contact_topic_aud (rev);
create table follow_up_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    failed_attempts            integer,
    booked_at                  timestamp with time zone,
    booked_by_id               bigint,
    caller_id                  bigint,
    case_id                    bigint,
    completed_at               timestamp with time zone,
    contact_id                 bigint,
    due_from                   timestamp with time zone,
    due_until                  timestamp with time zone,
    escalated_at               timestamp with time zone,
    owner_id                   bigint,
    referral_id                bigint,
    updated_at                 timestamp with time zone,
    updated_by_id              bigint,
    number_to_ring             varchar(16),
    escalation_reason          varchar(200),
    preferred_times            varchar(200),
    reason                     varchar(2000),
    kind                       varchar(20),
    status                     varchar(20),
    constraint pk_follow_up_aud primary key (id, rev),
    constraint fk_follow_up_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_follow_up_aud_rev on follow_up_aud (rev);
create table helpline_case_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    caller_id                  bigint,
    closed_at                  timestamp with time zone,
    closing_outcome_id         bigint,
    opened_at                  timestamp with time zone,
    owner_id                   bigint,
    updated_at                 timestamp with time zone,
    updated_by_id              bigint,
    case_number                varchar(20),
    title                      varchar(200),
    status                     varchar(20),
    constraint pk_helpline_case_aud primary key (id, rev),
    constraint fk_helpline_case_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_helpline_case_aud_rev on helpline_case_aud (rev);
create table referral_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    caller_id                  bigint,
    case_id                    bigint,
    consent_given_at           timestamp with time zone,
    contact_id                 bigint,
    referred_at                timestamp with time zone,
    referred_by_id             bigint,
    service_id                 bigint,
    updated_at                 timestamp with time zone,
    updated_by_id              bigint,
    note                       varchar(2000),
    outcome_note               varchar(2000),
    outcome                    varchar(20),
    status                     varchar(20),
    constraint pk_referral_aud primary key (id, rev),
    constraint fk_referral_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_referral_aud_rev on referral_aud (rev);
create table risk_flag_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    expires_on                 date,
    caller_id                  bigint,
    contact_id                 bigint,
    raised_at                  timestamp with time zone,
    raised_by_id               bigint,
    kind                       varchar(20),
    level                      varchar(20),
    constraint pk_risk_flag_aud primary key (id, rev),
    constraint fk_risk_flag_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_risk_flag_aud_rev on risk_flag_aud (rev);
create table safeguarding_alert_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    raised_at                  timestamp with time zone,
    risk_flag_id               bigint,
    signed_off_at              timestamp with time zone,
    signed_off_by_id           bigint,
    action_note                varchar(2000),
    action_taken               varchar(26),
    status                     varchar(20),
    constraint pk_safeguarding_alert_aud primary key (id, rev),
    constraint fk_safeguarding_alert_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_safeguarding_alert_aud_rev on safeguarding_alert_aud (rev);
create table user_account_aud (
    id                         bigint not null,
    rev                        bigint not null,
    revtype                    smallint,
    enabled                    boolean,
    created_at                 timestamp with time zone,
    username                   varchar(60),
    display_name               varchar(120),
    email                      varchar(254),
    constraint pk_user_account_aud primary key (id, rev),
    constraint fk_user_account_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_user_account_aud_rev on user_account_aud (rev);
create table user_account_role_aud (
    rev                        bigint not null,
    revtype                    smallint,
    user_account_id            bigint not null,
    role                       varchar(20) not null,
    constraint pk_user_account_role_aud primary key (user_account_id, rev, role),
    constraint fk_user_account_role_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_user_account_role_aud_rev on user_account_role_aud (rev);

-- The access log: who opened which caller's or case's record, and every refusal (a page or service
-- the user's roles do not allow, or a record they may not see). caller_id is whose data it was, so an
-- admin can list everyone who looked at a caller; it has no foreign key, so the log outlives erasure.
create sequence access_log_seq start with 1 increment by 50;
create table access_log (
    id           bigint       not null,
    at           timestamp with time zone not null,
    username     varchar(60)  not null,
    action       varchar(20)  not null,
    record_type  varchar(30)  not null,
    record_id    bigint,
    caller_id    bigint,
    detail       varchar(200),
    constraint pk_access_log primary key (id)
);
create index ix_access_log_caller on access_log (caller_id, at);
create index ix_access_log_user on access_log (username, at);
