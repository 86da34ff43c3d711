-- The resource directory: organisations and the services they run that the helpline refers callers to,
-- after the shape of Open Referral's Human Services Data Specification (organization, service,
-- service area, taxonomy).
create sequence organisation_seq start with 1 increment by 50;
create table organisation (
    id           bigint        not null,
    code         varchar(60)   not null,
    name         varchar(200)  not null,
    description  varchar(2000),
    website      varchar(300),
    version      bigint        not null,
    constraint pk_organisation primary key (id),
    constraint uq_organisation_code unique (code)
);

create sequence support_service_seq start with 1 increment by 50;
create table support_service (
    id               bigint        not null,
    code             varchar(60)   not null,
    organisation_id  bigint        not null,
    name             varchar(200)  not null,
    description      varchar(4000) not null,
    eligibility      varchar(2000),
    how_to_refer     varchar(2000),
    phone            varchar(40),
    email            varchar(254),
    website          varchar(300),
    areas_covered    varchar(300)  not null,
    cost             varchar(200),
    status           varchar(30)   not null,
    crisis_line      boolean       not null,
    updated_at       timestamp with time zone not null,
    version          bigint        not null,
    constraint pk_support_service primary key (id),
    constraint uq_support_service_code unique (code),
    constraint fk_support_service_organisation foreign key (organisation_id) references organisation (id),
    constraint ck_support_service_status check (status in ('ACTIVE', 'INACTIVE', 'TEMPORARILY_CLOSED'))
);
create index ix_support_service_status on support_service (status);

create table support_service_topic (
    service_id  bigint not null,
    topic_id    bigint not null,
    constraint pk_support_service_topic primary key (service_id, topic_id),
    constraint fk_support_service_topic_service foreign key (service_id) references support_service (id),
    constraint fk_support_service_topic_topic foreign key (topic_id) references topic (id)
);
create index ix_support_service_topic_topic on support_service_topic (topic_id);
