-- Retention (org.helpline.privacy.Retention): after a set time without contact (six years unless
-- configured), a caller's identifying data and notes are shredded as an erasure would, by the schedule;
-- a legal hold keeps them for as long as it stands (a complaint, a claim, an inquest).
create sequence legal_hold_seq start with 1 increment by 50;
create table legal_hold (
    id         bigint        not null,
    caller_id  bigint        not null,
    placed_at  timestamp with time zone not null,
    placed_by  varchar(60)   not null,
    reason     varchar(200)  not null,
    constraint pk_legal_hold primary key (id),
    constraint uq_legal_hold unique (caller_id)
);
