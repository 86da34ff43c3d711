-- Running on more than one server (org.helpline.shared.cluster): what the servers share through the
-- database rather than through memory. Written to run unchanged on PostgreSQL 15 and on H2 2.x.

-- Keys every server must use alike, made by whichever server needs one first. Today: the key that signs
-- the "shown to you as a match" tokens of the caller look-up, so that a token issued by one server is
-- honoured by another.
create table server_key (
    name        varchar(60)  not null,
    secret      varchar(100) not null,
    created_at  timestamp with time zone not null,
    constraint pk_server_key primary key (name)
);

-- Rows a server locks (select ... for update) to do something alone: applying the seed files when two
-- servers start at once.
create table server_lock (
    name  varchar(60) not null,
    constraint pk_server_lock primary key (name)
);
insert into server_lock (name) values ('seeds');

-- Each run of a scheduled job (escalation, retention, publishing): which server ran it, for which tick,
-- and what it did. WildFly runs each timer on one server of the cluster; this is how anyone can check.
create sequence scheduled_run_seq start with 1 increment by 50;
create table scheduled_run (
    id           bigint       not null,
    job          varchar(40)  not null,
    due_at       timestamp with time zone not null,
    server_name  varchar(100) not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone not null,
    items        integer      not null,
    constraint pk_scheduled_run primary key (id)
);
create index ix_scheduled_run_job_due on scheduled_run (job, due_at);
