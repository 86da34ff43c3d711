-- Email enquiries (issue 28): the helpline's mailbox read into Helpline. An enquiry is one conversation with
-- one correspondent (email_thread); each email in or out is a message in it. A message's key is its
-- Message-ID (or, lacking one, a digest of its bytes), unique, so that a message delivered twice or read
-- again after a crash files nothing twice. The message's bytes as received are kept beside it (email_source),
-- so that nothing is lost when its structure cannot be read, and go with it on erasure. Attachments are
-- kept in their own rows (bytea, deleted with their message). Each email becomes a contact when an adviser
-- logs it (email_message.contact_id), on the caller's timeline like a call. Runs unchanged on PostgreSQL 15 and H2 2.x.
create sequence email_thread_seq start with 1 increment by 50;
create table email_thread (
    id                  bigint                   not null,
    version             bigint                   not null,
    subject             varchar(500)             not null,
    correspondent       varchar(254)             not null,
    correspondent_name  varchar(200),
    status              varchar(12)              not null,
    waiting_since       timestamp with time zone,
    opened_at           timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    taken_by_id         bigint,
    taken_at            timestamp with time zone,
    risk_state          varchar(10)              not null,
    risk_kinds          varchar(200),
    risk_words          varchar(500),
    risk_reviewed_by_id bigint,
    risk_reviewed_at    timestamp with time zone,
    risk_note           varchar(500),
    constraint pk_email_thread primary key (id),
    constraint fk_email_thread_taken_by foreign key (taken_by_id) references user_account (id),
    constraint fk_email_thread_risk_reviewed_by foreign key (risk_reviewed_by_id) references user_account (id),
    constraint ck_email_thread_risk check (risk_state in ('NONE', 'SUGGESTED', 'CONFIRMED', 'DISMISSED')),
    constraint ck_email_thread_status check (status in ('WAITING', 'TAKEN', 'ANSWERED', 'CLOSED'))
);
-- The queue: enquiries waiting or taken, oldest first.
create index ix_email_thread_queue on email_thread (status, waiting_since);
create index ix_email_thread_correspondent on email_thread (correspondent);

create sequence email_message_seq start with 1 increment by 50;
create table email_message (
    id                  bigint                   not null,
    thread_id           bigint                   not null,
    direction           varchar(10)              not null,
    message_key         varchar(998)             not null,
    in_reply_to         varchar(998),
    reference_keys      varchar(4000),
    from_address        varchar(254)             not null,
    from_name           varchar(200),
    to_addresses        varchar(2000),
    subject             varchar(500)             not null,
    sent_at             timestamp with time zone,
    received_at         timestamp with time zone not null,
    text_body           text,
    html_body           text,
    auth_verdict        varchar(10)              not null,
    auth_detail         varchar(500),
    problem             varchar(500),
    size_bytes          bigint                   not null,
    auto_submitted      boolean                  not null,
    sent_by_id          bigint,
    contact_id          bigint,
    constraint pk_email_message primary key (id),
    constraint uq_email_message_contact unique (contact_id),
    constraint fk_email_message_contact foreign key (contact_id) references contact (id),
    constraint fk_email_message_sent_by foreign key (sent_by_id) references user_account (id),
    constraint uq_email_message_key unique (message_key),
    constraint fk_email_message_thread foreign key (thread_id) references email_thread (id),
    constraint ck_email_message_direction check (direction in ('INBOUND', 'OUTBOUND')),
    constraint ck_email_message_auth check (auth_verdict in ('PASS', 'FAIL', 'NONE'))
);
create index ix_email_message_thread on email_message (thread_id, received_at);

-- The bytes as received, apart from the message so that reading a thread does not load them.
create table email_source (
    message_id          bigint                   not null,
    content             bytea                    not null,
    constraint pk_email_source primary key (message_id),
    constraint fk_email_source_message foreign key (message_id) references email_message (id)
);

create sequence email_attachment_seq start with 1 increment by 50;
create table email_attachment (
    id                  bigint                   not null,
    message_id          bigint                   not null,
    position            integer                  not null,
    file_name           varchar(255)             not null,
    content_type        varchar(255)             not null,
    size_bytes          bigint                   not null,
    content             bytea,
    withheld            varchar(200),
    constraint pk_email_attachment primary key (id),
    constraint fk_email_attachment_message foreign key (message_id) references email_message (id),
    constraint uq_email_attachment_position unique (message_id, position)
);

-- Reading and answering the helpline's email, and opening what came with it, are permissions like any other:
-- advisers and supervisors have both; an admin can take attachments from a role that should not open them.
insert into role_permission (role, permission) values
    ('ADVISER', 'ANSWER_EMAIL'), ('ADVISER', 'OPEN_EMAIL_ATTACHMENTS'),
    ('SUPERVISOR', 'ANSWER_EMAIL'), ('SUPERVISOR', 'OPEN_EMAIL_ATTACHMENTS');

-- What admins keep for the mailbox: the automatic acknowledgement and the words that suggest a risk. One row.
create table email_setting (
    id                  bigint                   not null,
    version             bigint                   not null,
    acknowledge         boolean                  not null,
    acknowledgement     varchar(4000)            not null,
    risk_to_life_words  varchar(4000)            not null,
    self_harm_words     varchar(4000)            not null,
    abuse_words         varchar(4000)            not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(60)              not null,
    constraint pk_email_setting primary key (id),
    constraint ck_email_setting_one check (id = 1)
);
insert into email_setting (id, version, acknowledge, acknowledgement, risk_to_life_words, self_harm_words, abuse_words,
        updated_at, updated_by)
values (1, 0, true,
'Thank you for writing to the MS Helpline. This is an automatic reply to say that your email has reached us.

An adviser will answer by {answer by}.

If you are in crisis, or worried you might harm yourself, please do not wait for our reply: call 999, or the
Samaritans free on 116 123 at any time, day or night. For urgent medical advice call NHS 111.',
'suicide
suicidal
kill myself
killing myself
end my life
end it all
take my own life
want to die
wish I was dead
better off dead
better off without me
no reason to live
can''t go on
cannot go on
not worth living
say goodbye',
'self-harm
self harm
harm myself
hurt myself
cutting myself
overdose',
'hits me
hit me
afraid of him
afraid of her
scared of him
scared of her
threatens me
domestic abuse
not safe at home',
current_timestamp, 'migration');
