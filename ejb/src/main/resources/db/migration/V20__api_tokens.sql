-- Tokens for integration users of the REST API (/api/v1). Each belongs to a staff account and is scoped
-- to some of that account's roles; only a SHA-256 hash of the secret is kept, with its first characters
-- so that an admin can tell tokens apart. A token stops working when it expires, is revoked, or its
-- account is disabled.
create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id bigint primary key,
    version bigint not null default 0,
    user_account_id bigint not null references user_account (id),
    name varchar(100) not null,
    secret_hash varchar(64) not null,
    secret_prefix varchar(12) not null,
    roles varchar(200) not null,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    expires_at timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone,
    revoked_by varchar(100)
);
create unique index uq_api_token_secret_hash on api_token (secret_hash);
create index ix_api_token_user on api_token (user_account_id);
