# Shared by the ops/ scripts (sourced, not run): which database, and how to say what went wrong.
# The database is named as the server names it (HELPLINE_DB_URL, HELPLINE_DB_USER, HELPLINE_DB_PASSWORD)
# or by --host/--port/--dbname/--user; libpq's own PGHOST... variables and ~/.pgpass work as usual.

say() { printf '%s\n' "$*"; }
fail() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 1; }

DB_HOST="" DB_PORT="" DB_NAME="" DB_USER=""

# Reads host, port and database from a JDBC URL: jdbc:postgresql://host[:port]/name[?sslmode=...],
# jdbc:postgresql:name or jdbc:postgresql:/name (localhost:5432).
parse_jdbc_url() {
    local url=$1 rest authority query=""
    case "$url" in
        jdbc:h2:*) fail "HELPLINE_DB_URL is an H2 database ($url): these scripts are for PostgreSQL. Back up the demo's H2 database by copying its data/ folder while the server is stopped." ;;
        jdbc:postgresql:*) rest=${url#jdbc:postgresql:} ;;
        *) fail "HELPLINE_DB_URL is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): $url" ;;
    esac
    if [[ $rest == *\?* ]]; then
        query=${rest#*\?}
        rest=${rest%%\?*}
    fi
    if [[ $rest == //* ]]; then
        rest=${rest#//}
        authority=${rest%%/*}
        DB_NAME=${rest#*/}
        [[ $authority != *,* ]] || fail "HELPLINE_DB_URL names several hosts ($authority): give the one to use with --host and --port"
        if [[ $authority == \[*\]* ]]; then # [IPv6]:port
            DB_HOST=${authority%%]*}
            DB_HOST=${DB_HOST#[}
            [[ $authority == *]:* ]] && DB_PORT=${authority##*]:}
        else
            DB_HOST=${authority%%:*}
            [[ $authority == *:* ]] && DB_PORT=${authority#*:}
        fi
    else
        DB_NAME=${rest#/}
    fi
    [[ -n $DB_NAME && $DB_NAME != */* ]] || fail "no database name in HELPLINE_DB_URL: $url"
    local pair
    for pair in ${query//&/ }; do
        case "$pair" in
            sslmode=*) export PGSSLMODE=${pair#sslmode=} ;;
        esac
    done
}

# Sets DB_* from the options the caller collected (which win) and the server's variables; exports the
# password for libpq if the environment has it, so that it never appears on a command line.
resolve_database() {
    local host=$1 port=$2 name=$3 user=$4
    if [[ -n ${HELPLINE_DB_URL:-} ]]; then
        parse_jdbc_url "$HELPLINE_DB_URL"
    fi
    DB_HOST=${host:-${DB_HOST:-${PGHOST:-127.0.0.1}}}
    DB_PORT=${port:-${DB_PORT:-${PGPORT:-5432}}}
    DB_NAME=${name:-${DB_NAME:-${PGDATABASE:-}}}
    DB_USER=${user:-${HELPLINE_DB_USER:-${PGUSER:-$(id -un)}}}
    [[ -n $DB_NAME ]] || fail "which database? Set HELPLINE_DB_URL as for the server, or give --dbname (see --help)"
    if [[ -z ${PGPASSWORD:-} && -n ${HELPLINE_DB_PASSWORD:-} ]]; then
        export PGPASSWORD=$HELPLINE_DB_PASSWORD
    fi
    export PGAPPNAME=${PGAPPNAME:-helpline-$(basename "$0" .sh)}
}

# libpq connection options for DB_* (no password: that comes from PGPASSWORD or ~/.pgpass).
connection() {
    printf '%s\n' --host="$DB_HOST" --port="$DB_PORT" --username="$DB_USER"
}

# Runs one query on the database (or on the one given as $2) and prints its unaligned result.
query() {
    local sql=$1 database=${2:-$DB_NAME}
    mapfile -t options < <(connection)
    psql "${options[@]}" --dbname="$database" --no-psqlrc --quiet --tuples-only --no-align \
        --set=ON_ERROR_STOP=1 --command="$sql"
}

# Takes one option's value, refusing a missing one: value_of --dbname "$2".
value_of() {
    [[ $# -ge 2 && -n $2 && $2 != --* ]] || fail "$1 needs a value (see --help)"
    printf '%s' "$2"
}

require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || fail "$tool is not installed (Debian/Ubuntu: apt-get install postgresql-client)"
    done
}
