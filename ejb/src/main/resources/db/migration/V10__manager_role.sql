-- Managers and trustees read the monthly report, and nothing with callers' details in it.
alter table user_account_role drop constraint ck_user_account_role;
alter table user_account_role add constraint ck_user_account_role
    check (role in ('ADVISER', 'SUPERVISOR', 'ADMIN', 'MANAGER'));
