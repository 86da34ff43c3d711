#!/usr/bin/env bash
# Prints a one-time code with which the first admin of a new Helpline sets up their own account
# (https://YOUR-SERVER/helpline/setup.xhtml). It works once, within an hour, and only while Helpline has
# no enabled admin; after that, admins add the other staff. Run it on the server, with the database
# variables the server uses, after Helpline has started once (its first start makes the tables).
#
#   source /etc/helpline/helpline.env && ops/first-admin.sh
set -euo pipefail

case "${1:-}" in
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    "") ;;
    *) echo "ops/first-admin.sh takes no arguments (see --help)" >&2; exit 2 ;;
esac

# shellcheck source=lib/database.sh
source "$(dirname "$0")/lib/database.sh"
helpline_database

if ! psql -X -q -t -A -v ON_ERROR_STOP=1 -c "select 1 from setup_code limit 0" >/dev/null 2>&1; then
    echo "Helpline's tables are not in $PGDATABASE on $PGHOST yet (or it cannot be reached): start Helpline" \
        "once, then run this again." >&2
    exit 1
fi

# 16 characters from an alphabet without look-alikes (no 0/O, 1/I): 80 random bits.
# (512 random bytes keep about 64 of them; read a fixed amount, as cutting a pipe short upsets pipefail.)
chars=$(head -c 512 /dev/urandom | LC_ALL=C tr -dc 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')
code=${chars:0:16}
hash=$(printf '%s' "$code" | sha256sum | cut -d' ' -f1)

# One statement: the code is stored only if no enabled admin exists, and earlier unused codes go.
stored=$(psql -X -q -t -A -v ON_ERROR_STOP=1 -v hash="$hash" <<'SQL'
with admins as (
    select 1 from user_account u join user_account_role r on r.user_account_id = u.id
    where u.enabled and r.role = 'ADMIN'
), dropped as (
    delete from setup_code where used_at is null and not exists (select 1 from admins)
), added as (
    insert into setup_code (code_hash, created_at, expires_at)
    select :'hash', now(), now() + interval '1 hour' where not exists (select 1 from admins)
    returning 1
)
select count(*) from added;
SQL
)

if [[ "$stored" != "1" ]]; then
    echo "Helpline has an enabled admin already: they add staff and reset passwords on the Staff page." >&2
    exit 1
fi

echo "Set-up code: ${code:0:4}-${code:4:4}-${code:8:4}-${code:12:4}"
echo "Open https://YOUR-SERVER/helpline/setup.xhtml within the hour, enter the code, and choose the"
echo "first admin's username and password. The code works once."
