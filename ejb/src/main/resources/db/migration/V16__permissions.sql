-- The permission model as data: which role may do what (org.helpline.security.Permission). Services
-- check it on every call; the admin permissions page shows it. @RolesAllowed on each service stays the
-- outer bound, so a row added here can narrow a role's reach but never take it past its services.
-- Managers read reports only and never see a caller; admins keep the system and the audit trail but
-- take no calls.
create table role_permission (
    role        varchar(20) not null,
    permission  varchar(40) not null,
    constraint pk_role_permission primary key (role, permission)
);

insert into role_permission (role, permission) values
    ('ADVISER', 'VIEW_CALLER'), ('ADVISER', 'LOG_CONTACT'), ('ADVISER', 'VIEW_CONTACT'),
    ('ADVISER', 'VIEW_CASE'), ('ADVISER', 'WORK_CASE'), ('ADVISER', 'CLOSE_CASE'), ('ADVISER', 'REOPEN_CASE'),
    ('ADVISER', 'BOOK_FOLLOW_UP'), ('ADVISER', 'WORK_FOLLOW_UP'), ('ADVISER', 'REFER'),

    ('SUPERVISOR', 'VIEW_CALLER'), ('SUPERVISOR', 'LOG_CONTACT'), ('SUPERVISOR', 'VIEW_CONTACT'),
    ('SUPERVISOR', 'VIEW_CASE'), ('SUPERVISOR', 'WORK_CASE'), ('SUPERVISOR', 'CLOSE_CASE'),
    ('SUPERVISOR', 'REOPEN_CASE'), ('SUPERVISOR', 'BOOK_FOLLOW_UP'), ('SUPERVISOR', 'WORK_FOLLOW_UP'),
    ('SUPERVISOR', 'REFER'), ('SUPERVISOR', 'REASSIGN'), ('SUPERVISOR', 'SIGN_OFF_SAFEGUARDING'),
    ('SUPERVISOR', 'VIEW_CASELOADS'), ('SUPERVISOR', 'REVIEW_CONTACTS'), ('SUPERVISOR', 'VIEW_REPORTS'),
    ('SUPERVISOR', 'EXPORT_REPORTS'),

    ('MANAGER', 'VIEW_REPORTS'), ('MANAGER', 'EXPORT_REPORTS'), ('MANAGER', 'PUBLISH_REPORTS'),

    ('ADMIN', 'REASSIGN'), ('ADMIN', 'SIGN_OFF_SAFEGUARDING'), ('ADMIN', 'VIEW_CASELOADS'),
    ('ADMIN', 'REVIEW_CONTACTS'), ('ADMIN', 'VIEW_REPORTS'), ('ADMIN', 'EXPORT_REPORTS'),
    ('ADMIN', 'PUBLISH_REPORTS'), ('ADMIN', 'MANAGE_USERS'), ('ADMIN', 'MANAGE_REFERENCE_DATA'),
    ('ADMIN', 'VIEW_AUDIT');
