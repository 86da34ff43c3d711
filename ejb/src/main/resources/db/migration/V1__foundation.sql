-- Foundation schema: reference data, topics, staff accounts and the seed ledger.
-- Written to run unchanged on PostgreSQL 15 and on H2 2.x (MODE=PostgreSQL).

-- Every seed record applied once, by its stable key. A record in the ledger is never applied again,
-- so an admin's later edit or retirement of seeded data survives restarts and upgrades.
create table seed_record (
    kind        varchar(60)  not null,
    code        varchar(120) not null,
    applied_at  timestamp with time zone not null,
    constraint pk_seed_record primary key (kind, code)
);

create sequence helpline_line_seq start with 1 increment by 50;
create table helpline_line (
    id            bigint       not null,
    code          varchar(60)  not null,
    label         varchar(120) not null,
    phone_number  varchar(40),
    description   varchar(1000),
    sort_order    integer      not null,
    active        boolean      not null,
    version       bigint       not null,
    constraint pk_helpline_line primary key (id),
    constraint uq_helpline_line_code unique (code)
);

create sequence channel_seq start with 1 increment by 50;
create table channel (
    id           bigint       not null,
    code         varchar(60)  not null,
    label        varchar(120) not null,
    description  varchar(1000),
    sort_order   integer      not null,
    active       boolean      not null,
    version      bigint       not null,
    constraint pk_channel primary key (id),
    constraint uq_channel_code unique (code)
);

create sequence caller_type_seq start with 1 increment by 50;
create table caller_type (
    id           bigint       not null,
    code         varchar(60)  not null,
    label        varchar(120) not null,
    description  varchar(1000),
    sort_order   integer      not null,
    active       boolean      not null,
    version      bigint       not null,
    constraint pk_caller_type primary key (id),
    constraint uq_caller_type_code unique (code)
);

create sequence outcome_seq start with 1 increment by 50;
create table outcome (
    id           bigint       not null,
    code         varchar(60)  not null,
    label        varchar(120) not null,
    description  varchar(1000),
    sort_order   integer      not null,
    active       boolean      not null,
    version      bigint       not null,
    constraint pk_outcome primary key (id),
    constraint uq_outcome_code unique (code)
);

create sequence topic_seq start with 1 increment by 50;
create table topic (
    id           bigint       not null,
    code         varchar(120) not null,
    label        varchar(160) not null,
    description  varchar(1000),
    parent_id    bigint,
    sort_order   integer      not null,
    active       boolean      not null,
    version      bigint       not null,
    constraint pk_topic primary key (id),
    constraint uq_topic_code unique (code),
    constraint fk_topic_parent foreign key (parent_id) references topic (id)
);
create index ix_topic_parent on topic (parent_id);

create sequence user_account_seq start with 1 increment by 50;
create table user_account (
    id             bigint       not null,
    username       varchar(60)  not null,
    display_name   varchar(120) not null,
    email          varchar(254),
    password_hash  varchar(255) not null,
    enabled        boolean      not null,
    created_at     timestamp with time zone not null,
    last_sign_in_at timestamp with time zone,
    version        bigint       not null,
    constraint pk_user_account primary key (id),
    constraint uq_user_account_username unique (username)
);

create table user_account_role (
    user_account_id bigint      not null,
    role            varchar(30) not null,
    constraint pk_user_account_role primary key (user_account_id, role),
    constraint fk_user_account_role_user foreign key (user_account_id) references user_account (id),
    constraint ck_user_account_role check (role in ('ADVISER', 'SUPERVISOR', 'ADMIN'))
);
