#!/usr/bin/env bash
# The monthly report benchmark (see BENCHMARKS.md at the top of the repository):
#
#   ear/src/bench/report-benchmark.sh [--contacts N] [--reuse] [--runs N] [--line CODE] [--no-build] [--ear FILE]
#
# 1. makes a fresh PostgreSQL database helpline_bench (or, with --reuse, keeps the one a previous run
#    filled with the same number of contacts up to the same month),
# 2. builds the EAR if the sources are newer than it,
# 3. starts the build's WildFly on a base directory of its own (ear/target/bench-server) with port
#    offset 300 (http 8380, management 10290), demo mode on, against helpline_bench, and deploys,
# 4. fills the database with N contacts (default 1,000,000) over the five years up to last month,
# 5. times the report page and its exports signed in as the demo manager, and the same figures in
#    raw SQL, and prints them side by side,
# 6. stops the server it started, whatever happens; the database stays for the next run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
RUNS=5
LINE=nurse-line
REUSE=false
VERBOSE=
MEASURE_TIMEOUT=3600

usage() {
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<EOF

Options:
  --runs N       timed runs of each path after one warm-up (default $RUNS)
  --line CODE    also time the report and exports for this line (default nurse-line; '' for none)
  --ear FILE     deploy this EAR instead, as it is (to compare two runs on the same build)
  --build        build even if the EAR looks up to date
  --random-page-cost X
                 the planner's random_page_cost for the database (default 1.1, as the
                 README advises for SSDs; 4 is PostgreSQL's default, for spinning disks)
  --jfr          record the server with Java Flight Recorder, to ear/target/bench-server.jfr
  --verbose      print when each timed run started and ended (to match against server or database logs)
EOF
    bench_options_help
}

script_option() {
    case "$1" in
        --runs) RUNS=$2; return 2 ;;
        --line) LINE=$2; return 2 ;;
        --ear) EAR=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); BUILD=never; return 2 ;;
        --build) BUILD=always; return 1 ;;
        --random-page-cost) RANDOM_PAGE_COST=$2; return 2 ;;
        --jfr) JFR=true; return 1 ;;
        --verbose) VERBOSE=--verbose; return 1 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"
[[ $RUNS =~ ^[0-9]+$ ]] && [ "$RUNS" -ge 1 ] || { echo "--runs needs a positive number" >&2; exit 2; }

log "Monthly report benchmark: $CONTACTS contacts, $RUNS runs, line '${LINE}'"
log "Machine: $(machine_line)"

bench_postgres                 # 1. PostgreSQL, started if it is down
bench_ear                      # 2. the EAR, built when a source is newer
bench_database                 #    a fresh database, unless --reuse finds it filled the same way
bench_start_server             # 3. WildFly of its own on the database, deployed and ready
if [ "$FRESH" = true ]; then bench_generate; fi   # 4. the data

# 5. The timings.
bench_driver
RESULTS=$ROOT/ear/target/bench-results-$(date +%Y%m%d-%H%M%S).txt
log "Measuring (results also in ${RESULTS#"$ROOT"/})"
if ! {
    echo "Monthly report benchmark, $(date '+%Y-%m-%d %H:%M %Z'); $MARKER; $RUNS runs after one warm-up"
    echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "Code: commit $(git -C "$ROOT" log -1 --format='%h %cd' --date=format:'%Y-%m-%d %H:%M' 2>/dev/null || echo unknown)," \
        "$(git -C "$ROOT" status --porcelain 2>/dev/null | grep -vcE '^\?\? (ear/src/bench/|BENCHMARKS\.md)' || true) files changed since; EAR of $(date -r "$EAR" '+%Y-%m-%d %H:%M')"
    psql -X -h 127.0.0.1 -U postgres -d "$DB" -Atc "select 'Database settings: random_page_cost ' || current_setting('random_page_cost')
        || ', shared_buffers ' || current_setting('shared_buffers') || ', indexes added by hand: '
        || coalesce((select string_agg(indexname, ', ') from pg_indexes where indexname like 'bench_ix_%'), 'none')"
    timeout "$MEASURE_TIMEOUT" java -cp "$DRIVER" "$BENCH_SRC/ReportBenchmark.java" \
        --base "http://127.0.0.1:$HTTP_PORT/helpline" --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" \
        --runs "$RUNS" --line "$LINE" --dump "$BASE_DIR" $VERBOSE
} 2>&1 | tee "$RESULTS"; then
    fail "the measurements did not finish"
fi

# 6. The trap stops the server.
log "Done"
