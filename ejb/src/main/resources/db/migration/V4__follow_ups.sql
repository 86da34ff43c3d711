-- Follow-ups: callbacks and other actions promised to a caller, with every attempt and hand-over kept.
create sequence follow_up_seq start with 1 increment by 50;
create table follow_up (
    id                 bigint        not null,
    kind               varchar(20)   not null,
    contact_id         bigint,
    case_id            bigint,
    caller_id          bigint,
    due_from           timestamp with time zone not null,
    due_until          timestamp with time zone not null,
    number_to_ring     varchar(16),
    preferred_times    varchar(200),
    owner_id           bigint,
    reason             varchar(2000) not null,
    status             varchar(20)   not null,
    failed_attempts    integer       not null,
    escalated_at       timestamp with time zone,
    escalation_reason  varchar(200),
    completed_at       timestamp with time zone,
    booked_by_id       bigint        not null,
    booked_at          timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    updated_by_id      bigint        not null,
    version            bigint        not null,
    constraint pk_follow_up primary key (id),
    constraint fk_follow_up_contact foreign key (contact_id) references contact (id),
    constraint fk_follow_up_case foreign key (case_id) references helpline_case (id),
    constraint fk_follow_up_caller foreign key (caller_id) references caller (id),
    constraint fk_follow_up_owner foreign key (owner_id) references user_account (id),
    constraint fk_follow_up_booked_by foreign key (booked_by_id) references user_account (id),
    constraint fk_follow_up_updated_by foreign key (updated_by_id) references user_account (id),
    constraint ck_follow_up_kind check (kind in ('CALLBACK', 'SEND_INFORMATION', 'CHECK_REFERRAL', 'OTHER')),
    constraint ck_follow_up_status check (status in ('OPEN', 'COMPLETED', 'CANCELLED')),
    constraint ck_follow_up_window check (due_until >= due_from)
);
create index ix_follow_up_owner_due on follow_up (owner_id, status, due_from);
create index ix_follow_up_status_due on follow_up (status, due_from);
create index ix_follow_up_caller on follow_up (caller_id);

create sequence follow_up_event_seq start with 1 increment by 50;
create table follow_up_event (
    id            bigint       not null,
    follow_up_id  bigint       not null,
    occurred_at   timestamp with time zone not null,
    actor_id      bigint,
    kind          varchar(20)  not null,
    attempt       varchar(20),
    from_owner_id bigint,
    to_owner_id   bigint,
    text          varchar(2000),
    constraint pk_follow_up_event primary key (id),
    constraint fk_follow_up_event_follow_up foreign key (follow_up_id) references follow_up (id),
    constraint fk_follow_up_event_actor foreign key (actor_id) references user_account (id),
    constraint fk_follow_up_event_from foreign key (from_owner_id) references user_account (id),
    constraint fk_follow_up_event_to foreign key (to_owner_id) references user_account (id),
    constraint ck_follow_up_event_kind check (kind in ('BOOKED', 'CLAIMED', 'REASSIGNED', 'ATTEMPT', 'ESCALATED',
        'COMPLETED', 'CANCELLED')),
    constraint ck_follow_up_event_attempt check (attempt is null
        or attempt in ('REACHED', 'NO_ANSWER', 'VOICEMAIL', 'WRONG_NUMBER'))
);
create index ix_follow_up_event_follow_up on follow_up_event (follow_up_id, occurred_at);
