-- Quality review: supervisors sample contacts (a random few per adviser per month, or one they pick),
-- score them against a short checklist and leave feedback that the adviser then reads.
create sequence contact_review_seq start with 1 increment by 50;
create table contact_review (
    id                    bigint        not null,
    contact_id            bigint        not null,
    adviser_id            bigint        not null,
    review_month          date          not null,
    sampled               boolean       not null,
    status                varchar(20)   not null,
    accurate_information  varchar(20),
    right_referral        varchar(20),
    risk_handled          varchar(20),
    notes_clear           varchar(20),
    feedback              varchar(4000),
    reviewer_id           bigint,
    created_at            timestamp with time zone not null,
    completed_at          timestamp with time zone,
    seen_at               timestamp with time zone,
    version               bigint        not null,
    constraint pk_contact_review primary key (id),
    constraint uq_contact_review_contact unique (contact_id),
    constraint fk_contact_review_contact foreign key (contact_id) references contact (id),
    constraint fk_contact_review_adviser foreign key (adviser_id) references user_account (id),
    constraint fk_contact_review_reviewer foreign key (reviewer_id) references user_account (id),
    constraint ck_contact_review_status check (status in ('TO_REVIEW', 'REVIEWED'))
);
create index ix_contact_review_adviser_month on contact_review (adviser_id, review_month);
create index ix_contact_review_status on contact_review (status);
