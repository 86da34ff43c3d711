#!/usr/bin/env bash
# Backs up Helpline's PostgreSQL database with pg_dump (custom format), plus a SHA-256 checksum file.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/backups.sh"

usage() {
    cat <<'EOF'
Usage: ops/backup.sh [--dir DIR] [--host HOST] [--port PORT] [--dbname NAME] [--user USER]

Backs up Helpline's database into DIR (default: the current folder) as
    helpline-<database>-<UTC date and time>.dump      the backup (pg_dump's custom format)
    helpline-<database>-<UTC date and time>.dump.sha256   its checksum, which ops/restore.sh checks
The server may keep running: pg_dump reads one consistent snapshot.
If anything fails, nothing is left behind: a backup file exists only when it is complete.

Which database: the same variables the server reads, from its settings file:
    set -a; . /etc/helpline/helpline.env; set +a
(HELPLINE_DB_URL=jdbc:postgresql://HOST:PORT/DATABASE, HELPLINE_DB_USER, HELPLINE_DB_PASSWORD; or leave
the password out and use PGPASSWORD or a line in ~/.pgpass)
or the options --host, --port, --dbname and --user, which win over the variables.
A password is never given as an option, so that it does not show in the process list.

Run it every night (cron or a systemd timer), copy the files off the machine, and try a restore
into a spare database now and then (ops/restore.sh). Exit status 0 only when the backup is complete.
EOF
}

dir=. host="" port="" name="" user=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help) usage; exit 0 ;;
        --dir) dir=$(value_of "$@"); shift 2 ;;
        --host) host=$(value_of "$@"); shift 2 ;;
        --port) port=$(value_of "$@"); shift 2 ;;
        --dbname) name=$(value_of "$@"); shift 2 ;;
        --user) user=$(value_of "$@"); shift 2 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
done

require_tools pg_dump pg_restore psql sha256sum
target_database "$host" "$port" "$name" "$user"
[[ -d $dir && -w $dir ]] || fail "cannot write to the folder $dir"

file=$dir/helpline-$PGDATABASE-$(date -u +%Y%m%d-%H%M%SZ).dump
partial=$file.partial
[[ ! -e $file ]] || fail "$file exists already"

# A half-written file must never look like a backup: work on .partial names and remove them on any exit
# before the end (a failure, Ctrl+C, kill).
trap 'rm -f "$partial" "$partial.sha256"; [[ -e $file ]] || rm -f "$file.sha256"' EXIT
trap 'exit 130' INT TERM HUP

say "Backing up database $PGDATABASE on $PGHOST:$PGPORT (as $PGUSER) to $file"
query "select 1" >/dev/null || fail "cannot connect to $PGDATABASE on $PGHOST:$PGPORT as $PGUSER"
pg_dump --format=custom --compress=6 --file="$partial" \
    || fail "pg_dump failed; no backup was written"

# Read the archive back through pg_restore's table of contents: a truncated file fails here.
pg_restore --list "$partial" >/dev/null || fail "the new backup cannot be read back; no backup was written"

(cd "$(dirname "$partial")" && sha256sum "$(basename "$partial")") \
    | sed "s/\.partial\$//" >"$partial.sha256"
mv "$partial.sha256" "$file.sha256"
mv "$partial" "$file"
trap - EXIT

say "Done: $(du -h "$file" | cut -f1) in $file"
say "Checksum: $file.sha256"
say "Restore it with: ops/restore.sh $file   (see ops/restore.sh --help)"
