-- PostgreSQL only (db/vendor/{vendor}): the audit trail and the access log are append-only. Whatever
-- connects, an update, delete or truncate of their rows fails, unless the transaction has declared
-- itself an erasure on request (set local helpline.erasure = 'on'), the one thing allowed to scrub a
-- caller's identifying data from the history.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('helpline.erasure', true), '') = 'on' and tg_op <> 'TRUNCATE' then
        if tg_op = 'DELETE' then
            return old;
        end if;
        return new;
    end if;
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

do $$
declare
    audited text;
begin
    for audited in select table_name from information_schema.tables
            where table_schema = current_schema() and (table_name like '%\_aud' or table_name in ('audit_revision', 'access_log'))
    loop
        execute format('create trigger %I before update or delete on %I for each row execute function refuse_audit_change()',
            audited || '_append_only', audited);
        execute format('create trigger %I before truncate on %I for each statement execute function refuse_audit_change()',
            audited || '_no_truncate', audited);
    end loop;
end
$$;
