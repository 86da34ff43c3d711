# Sourced by ops/backup.sh and ops/restore.sh: their options, messages and queries. The database is named
# as the server names it (lib/database.sh) or by --host, --port, --dbname and --user, which win.

# shellcheck source=database.sh
source "$(dirname "${BASH_SOURCE[0]}")/database.sh"

say() { printf '%s\n' "$*"; }
fail() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

# Takes one option's value, refusing a missing one: host=$(value_of "$@").
value_of() {
    [[ $# -ge 2 && -n $2 && $2 != --* ]] || fail "$1 needs a value (see --help)"
    printf '%s' "$2"
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || fail "$tool is not installed (Debian: apt-get install postgresql-client)"
    done
}

# Points libpq's variables at the database: the server's HELPLINE_DB_* variables, then the options given
# (host, port, database name, user; empty for none).
target_database() {
    if [[ -n ${HELPLINE_DB_URL:-} ]]; then
        helpline_database || exit 1
    fi
    [[ -z $1 ]] || export PGHOST=$1
    [[ -z $2 ]] || export PGPORT=$2
    [[ -z $3 ]] || export PGDATABASE=$3
    [[ -z $4 ]] || export PGUSER=$4
    [[ -n ${PGDATABASE:-} ]] || fail "which database? Set HELPLINE_DB_URL as for the server, or give --dbname (see --help)"
    export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-helpline}
    export PGAPPNAME=helpline-$(basename "$0" .sh)
}

# Runs one query on the database (or on the one named as $2) and prints its unaligned result.
query() {
    psql --dbname="${2:-$PGDATABASE}" --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 \
        --command="$1"
}
