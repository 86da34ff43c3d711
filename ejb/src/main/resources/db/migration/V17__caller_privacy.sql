-- Subject access and erasure on request (org.helpline.privacy), for admins.
insert into role_permission (role, permission) values
    ('ADMIN', 'EXPORT_CALLER_DATA'), ('ADMIN', 'ERASE_CALLER_DATA');

-- One row per erasure: whose, when, by whom and why. It holds no identifying data itself (the reason is
-- written by the admin to say where the request came from, e.g. "Asked by letter, 3 December").
create sequence caller_erasure_seq start with 1 increment by 50;
create table caller_erasure (
    id         bigint        not null,
    caller_id  bigint        not null,
    erased_at  timestamp with time zone not null,
    erased_by  varchar(60)   not null,
    reason     varchar(200)  not null,
    constraint pk_caller_erasure primary key (id),
    constraint uq_caller_erasure unique (caller_id)
);
