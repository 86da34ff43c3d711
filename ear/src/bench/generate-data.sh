#!/usr/bin/env bash
# Fills a PostgreSQL database with realistic Helpline data at a chosen scale (see BENCHMARKS.md):
#
#   ear/src/bench/generate-data.sh [--contacts N] [--db NAME] [--no-audit] [--seed X]
#
# 1. makes a fresh database (default helpline_bench; PostgreSQL is started if it is down),
# 2. starts the build's WildFly on it once (port offset 300), so that Flyway migrates the schema and
#    Helpline seeds its reference data and demo staff, exactly as a deployment does,
# 3. writes N contacts (default 1,000,000) over the five years up to last month, with their callers,
#    cases, follow-ups, referrals, risk flags and safeguarding alerts, and the audit trail Envers
#    would have written for them, in one transaction (generate-contacts.sql), then vacuum analyze,
# 4. stops the server and prints what it made and how long the load took.
# The benchmarks (report-benchmark.sh, load-benchmark.sh) call the same steps; with --reuse they
# keep a database this command filled with the same number of contacts.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<EOF

Options:
  --db NAME      the database to (re)create (default helpline_bench); it is dropped first
  --seed X       the random seed, between -1 and 1 (default 0.2026): the same seed gives the same data
EOF
    bench_options_help
}

script_option() {
    case "$1" in
        --db) DB=$2; return 2 ;;
        --seed) SEED=$2; return 2 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"
[[ ${DB:-helpline_bench} =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--db needs a plain lower-case name" >&2; exit 2; }
[[ ${SEED:-0.2026} =~ ^-?(0(\.[0-9]+)?|1(\.0+)?)$ ]] || { echo "--seed needs a number between -1 and 1" >&2; exit 2; }

log "Generating Helpline data: $CONTACTS contacts into $DB, audit trail $AUDIT"
log "Machine: $(machine_line)"
bench_postgres
bench_ear
bench_database
if [ "$FRESH" = true ]; then
    bench_start_server         # Flyway migrates, Helpline seeds its reference data and demo staff
    bench_stop_server
    bench_generate
fi
log "Done: $DB holds $(psql_bench -d "$DB" -Atc 'select count(*) from contact') contacts," \
    "$(psql_bench -d "$DB" -Atc 'select count(*) from audit_revision') audit revisions;" \
    "the load took ${LOAD_SECONDS:-no} s"
