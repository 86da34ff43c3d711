-- Telephony (org.helpline.telephony): the phone systems that tell Helpline about calls on its 0808 lines,
-- each call as those systems report it, and every event received, so that an event sent twice counts once.
-- Written to run unchanged on PostgreSQL 15 and on H2 2.x (MODE=PostgreSQL).

-- A phone system signs each event with HMAC-SHA256 under its shared secret; the secret has to be kept as
-- it is (not hashed), since Helpline computes the same signature to compare. Demo mode seeds one.
create sequence phone_system_seq start with 1 increment by 50;
create table phone_system (
    id             bigint        not null,
    code           varchar(60)   not null,
    name           varchar(120)  not null,
    shared_secret  varchar(200)  not null,
    active         boolean       not null,
    created_at     timestamp with time zone not null,
    version        bigint        not null,
    constraint pk_phone_system primary key (id),
    constraint uq_phone_system_code unique (code)
);

-- One call as the phone system reported it. The times are the latest facts known, whatever order the events
-- came in; the outcome follows from them. A number Helpline has no line for keeps line_id null.
create sequence phone_call_seq start with 1 increment by 50;
create table phone_call (
    id                bigint        not null,
    phone_system_id   bigint        not null,
    external_call_id  varchar(120)  not null,
    caller_number     varchar(16),
    withheld          boolean       not null,
    dialled_number    varchar(40),
    line_id           bigint,
    ringing_at        timestamp with time zone,
    answered_at       timestamp with time zone,
    answered_agent    varchar(60),
    answered_by_id    bigint,
    ended_at          timestamp with time zone,
    unanswered        varchar(20),
    unanswered_at     timestamp with time zone,
    outcome           varchar(20)   not null,
    handled_at        timestamp with time zone,
    handled_by_id     bigint,
    follow_up_id      bigint,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null,
    constraint pk_phone_call primary key (id),
    constraint uq_phone_call_external unique (phone_system_id, external_call_id),
    constraint fk_phone_call_system foreign key (phone_system_id) references phone_system (id),
    constraint fk_phone_call_line foreign key (line_id) references helpline_line (id),
    constraint fk_phone_call_answered_by foreign key (answered_by_id) references user_account (id),
    constraint fk_phone_call_handled_by foreign key (handled_by_id) references user_account (id),
    constraint fk_phone_call_follow_up foreign key (follow_up_id) references follow_up (id),
    constraint ck_phone_call_outcome check (outcome in ('IN_PROGRESS', 'ANSWERED', 'COMPLETED', 'MISSED',
        'ABANDONED', 'VOICEMAIL')),
    constraint ck_phone_call_unanswered check (unanswered is null or unanswered in ('MISSED', 'ABANDONED',
        'VOICEMAIL'))
);
create index ix_phone_call_missed on phone_call (outcome, handled_at, caller_number);
create index ix_phone_call_answered_by on phone_call (answered_by_id, answered_at);

-- Every event received, by the phone system's own event id: the same event again is a duplicate.
create sequence call_event_seq start with 1 increment by 50;
create table call_event (
    id               bigint        not null,
    phone_system_id  bigint        not null,
    event_id         varchar(120)  not null,
    phone_call_id    bigint        not null,
    kind             varchar(20)   not null,
    occurred_at      timestamp with time zone not null,
    received_at      timestamp with time zone not null,
    constraint pk_call_event primary key (id),
    constraint uq_call_event unique (phone_system_id, event_id),
    constraint fk_call_event_system foreign key (phone_system_id) references phone_system (id),
    constraint fk_call_event_call foreign key (phone_call_id) references phone_call (id),
    constraint ck_call_event_kind check (kind in ('RINGING', 'ANSWERED', 'ENDED', 'MISSED', 'ABANDONED',
        'VOICEMAIL'))
);
create index ix_call_event_call on call_event (phone_call_id);

-- The phone system may name the adviser who answered by their extension instead of their username.
alter table user_account add column extension varchar(20);
create unique index uq_user_account_extension on user_account (extension);
alter table user_account_aud add column extension varchar(20);
