# Sourced by the ops/ commands: point PostgreSQL's own tools (psql, pg_dump, pg_restore) at Helpline's
# database, named by the same variables the server reads (docs/operations.md):
#   HELPLINE_DB_URL       jdbc:postgresql://HOST[:PORT]/DATABASE[?...]
#   HELPLINE_DB_USER      the database user
#   HELPLINE_DB_PASSWORD  its password (or leave it unset and use ~/.pgpass)
# It sets the libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD, so no password ever
# appears on a command line.

helpline_database() {
    local url="${HELPLINE_DB_URL:-}"
    if [[ -z "$url" ]]; then
        echo "Set HELPLINE_DB_URL (and HELPLINE_DB_USER, HELPLINE_DB_PASSWORD) as for the server," \
            "e.g. source /etc/helpline/helpline.env" >&2
        return 2
    fi
    if [[ ! "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^/?]+) ]]; then
        echo "HELPLINE_DB_URL must look like jdbc:postgresql://HOST:PORT/DATABASE, not $url" >&2
        return 2
    fi
    export PGHOST="${BASH_REMATCH[1]}" PGPORT="${BASH_REMATCH[3]:-5432}" PGDATABASE="${BASH_REMATCH[4]}"
    export PGUSER="${HELPLINE_DB_USER:-${PGUSER:-helpline}}"
    if [[ -n "${HELPLINE_DB_PASSWORD:-}" ]]; then
        export PGPASSWORD="$HELPLINE_DB_PASSWORD"
    fi
}
