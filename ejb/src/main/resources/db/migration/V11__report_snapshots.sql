-- A month's report as published: frozen, so later changes to that month's records don't move the
-- figures trustees and funders were given. One row per month for all lines (scope '') and per line.
create sequence report_snapshot_seq start with 1 increment by 50;
create table report_snapshot (
    id              bigint        not null,
    report_month    varchar(7)    not null,
    scope           varchar(40)   not null,
    published_at    timestamp with time zone not null,
    published_by_id bigint,
    figures         text          not null,
    constraint pk_report_snapshot primary key (id),
    constraint uq_report_snapshot unique (report_month, scope),
    constraint fk_report_snapshot_user foreign key (published_by_id) references user_account (id)
);
