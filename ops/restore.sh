#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a PostgreSQL database, all or nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/backups.sh"

usage() {
    cat <<'EOF'
Usage: ops/restore.sh [--replace] [--create] [--host HOST] [--port PORT] [--dbname NAME] [--user USER] BACKUP

Restores BACKUP (a .dump file made by ops/backup.sh) into Helpline's database:
  1. checks BACKUP against its checksum file (BACKUP.sha256) and reads its table of contents;
  2. refuses a database that already has tables in it, unless --replace is given;
  3. restores in ONE transaction: either everything is restored, or (on any error) nothing changes,
     and with --replace the old contents are dropped in that same transaction;
  4. prints how many staff, callers, contacts, cases... it restored, and the schema version.

Stop Helpline first (every server, if you run several): the restore refuses a database that others
are connected to. Start it again afterwards; it upgrades the schema itself if the backup is older.

Options:
  --replace   the database has data in it, and you mean to throw it away for the backup's
  --create    make the database first if it does not exist (needs the right to create databases)
  --host, --port, --dbname, --user   the database, overriding HELPLINE_DB_URL and HELPLINE_DB_USER

Which database: the same variables the server reads, from its settings file:
    set -a; . /etc/helpline/helpline.env; set +a
(HELPLINE_DB_URL=jdbc:postgresql://HOST:PORT/DATABASE, HELPLINE_DB_USER, HELPLINE_DB_PASSWORD; or leave
the password out and use PGPASSWORD or a line in ~/.pgpass)
Restore as the user Helpline connects as: the restored tables belong to the user who restores them.
Exit status 0 only when the backup was restored completely.
EOF
}

replace=false create=false host="" port="" name="" user="" backup=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help) usage; exit 0 ;;
        --replace) replace=true; shift ;;
        --create) create=true; shift ;;
        --host) host=$(value_of "$@"); shift 2 ;;
        --port) port=$(value_of "$@"); shift 2 ;;
        --dbname) name=$(value_of "$@"); shift 2 ;;
        --user) user=$(value_of "$@"); shift 2 ;;
        -*) fail "unknown option $1 (see --help)" ;;
        *) [[ -z $backup ]] || fail "give one backup file (see --help)"; backup=$1; shift ;;
    esac
done
[[ -n $backup ]] || fail "which backup? Give the .dump file made by ops/backup.sh (see --help)"

require_tools pg_restore psql sha256sum
target_database "$host" "$port" "$name" "$user"

# 1. The file is the one the backup wrote, and a whole archive.
[[ -f $backup && -r $backup ]] || fail "cannot read $backup"
[[ -f $backup.sha256 ]] || fail "no checksum file $backup.sha256 beside the backup: copy it with the backup"
expected=$(cut -d' ' -f1 <"$backup.sha256")
actual=$(sha256sum <"$backup" | cut -d' ' -f1)
[[ -n $expected && $expected == "$actual" ]] \
    || fail "$backup does not match its checksum (damaged or changed since the backup): nothing was restored"
pg_restore --list "$backup" >/dev/null || fail "$backup is not a backup pg_restore can read: nothing was restored"
say "Checksum matches: $backup"

# 2. The target: there (or made), nobody else connected, and empty unless --replace.
exists=$(query "select count(*) from pg_database where datname = '${PGDATABASE//\'/\'\'}'" postgres) \
    || fail "cannot connect to PostgreSQL on $PGHOST:$PGPORT as $PGUSER"
if [[ $exists == 0 ]]; then
    $create || fail "there is no database $PGDATABASE on $PGHOST:$PGPORT (give --create to make it)"
    query "create database \"${PGDATABASE//\"/\"\"}\"" postgres >/dev/null
    say "Created database $PGDATABASE"
fi
others=$(query "select count(*) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")
[[ $others == 0 ]] || fail "$others other connections are open to $PGDATABASE: stop Helpline (every server) and try again"
tables=$(query "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
    and n.nspname not like 'pg_toast%'")
if [[ $tables != 0 ]] && ! $replace; then
    fail "database $PGDATABASE on $PGHOST:$PGPORT is not empty ($tables tables): restore into an empty database, or give --replace to drop everything in it"
fi

# 3. One transaction: the drop (with --replace), then the backup as pg_restore writes it out as SQL.
# COMMIT is sent only if pg_restore read the whole archive; on any error psql stops and PostgreSQL rolls
# everything back, so the database is left as it was.
drops=""
if $replace; then
    drops=$(query "select format('drop schema %I cascade;', nspname) from pg_namespace
        where nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg_toast%'
        and nspname not like 'pg_temp%'")
    drops+=$'\ncreate schema public;'
fi
say "Restoring into $PGDATABASE on $PGHOST:$PGPORT (as $PGUSER)..."
{
    printf 'begin;\nset local client_min_messages = warning;\n%s\n' "$drops"
    pg_restore --no-owner --no-privileges --file=- "$backup" && echo "commit;"
} | psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 >/dev/null \
    || fail "the restore failed (see the message above): nothing was changed in $PGDATABASE"
query "analyze" >/dev/null

# 4. What is there now.
say "Restored $backup into $PGDATABASE:"
for table in user_account caller contact helpline_case follow_up referral safeguarding_alert audit_revision; do
    if [[ $(query "select to_regclass('public.$table') is not null") == t ]]; then
        printf '  %-20s %10s rows\n' "$table" "$(query "select count(*) from public.$table")"
    fi
done
if [[ $(query "select to_regclass('public.flyway_schema_history') is not null") == t ]]; then
    say "  schema version       $(query "select version from public.flyway_schema_history where success and version is not null order by installed_rank desc limit 1")"
fi
say "Start Helpline on it; it migrates an older schema to its own version as it starts."
