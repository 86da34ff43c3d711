-- Vetted information: short articles advisers read to callers or send them, and scam alerts. Each has
-- an owner who keeps it right and a date by which it must be reviewed again; past that date it is
-- shown as stale. A contact records which articles were given to the caller.
create sequence article_seq start with 1 increment by 50;
create table article (
    id             bigint        not null,
    code           varchar(60)   not null,
    kind           varchar(20)   not null,
    title          varchar(200)  not null,
    summary        varchar(500)  not null,
    body           varchar(8000) not null,
    owner          varchar(120)  not null,
    review_by      date          not null,
    status         varchar(20)   not null,
    alert_until    date,
    updated_at     timestamp with time zone not null,
    updated_by_id  bigint,
    version        bigint        not null,
    constraint pk_article primary key (id),
    constraint uq_article_code unique (code),
    constraint fk_article_updated_by foreign key (updated_by_id) references user_account (id),
    constraint ck_article_kind check (kind in ('ARTICLE', 'SCAM_ALERT')),
    constraint ck_article_status check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN'))
);
create index ix_article_status_review on article (status, review_by);

create table article_topic (
    article_id  bigint not null,
    topic_id    bigint not null,
    constraint pk_article_topic primary key (article_id, topic_id),
    constraint fk_article_topic_article foreign key (article_id) references article (id),
    constraint fk_article_topic_topic foreign key (topic_id) references topic (id)
);
create index ix_article_topic_topic on article_topic (topic_id);

create table contact_article (
    contact_id  bigint not null,
    article_id  bigint not null,
    constraint pk_contact_article primary key (contact_id, article_id),
    constraint fk_contact_article_contact foreign key (contact_id) references contact (id),
    constraint fk_contact_article_article foreign key (article_id) references article (id)
);
create index ix_contact_article_article on contact_article (article_id);

-- Admins now edit services: remember who changed one last, for the "someone else saved it" message.
alter table support_service add column updated_by_id bigint;
alter table support_service add constraint fk_support_service_updated_by
    foreign key (updated_by_id) references user_account (id);
