-- What an adviser has typed into the contact form but not saved yet, kept as they type so that a
-- closed tab, an expired session or a crashed browser loses nothing. One draft per open form.
create sequence contact_draft_seq start with 1 increment by 50;
create table contact_draft (
    id               bigint       not null,
    adviser_id       bigint       not null,
    idempotency_key  varchar(64)  not null,
    fields           varchar(30000) not null,
    updated_at       timestamp with time zone not null,
    constraint pk_contact_draft primary key (id),
    constraint uq_contact_draft_key unique (idempotency_key),
    constraint fk_contact_draft_adviser foreign key (adviser_id) references user_account (id)
);
create index ix_contact_draft_adviser on contact_draft (adviser_id, updated_at);
