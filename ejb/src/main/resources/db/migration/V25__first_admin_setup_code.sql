-- The first admin of a new installation (org.helpline.security.FirstAdmin). ops/first-admin.sh stores
-- the SHA-256 of a one-time code here while no enabled admin exists; whoever holds the code chooses the
-- first admin's username and password on setup.xhtml, once, within the hour. Written to run unchanged on
-- PostgreSQL 15 and on H2 2.x.
create table setup_code (
    code_hash   varchar(64)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    used_for    varchar(60),
    constraint pk_setup_code primary key (code_hash)
);
