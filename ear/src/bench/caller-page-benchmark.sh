#!/usr/bin/env bash
# The caller page benchmark (issue 24; see BENCHMARKS.md at the top of the repository):
#
#   ear/src/bench/caller-page-benchmark.sh [--contacts N] [--reuse] [--runs N] [--warm-up N]
#
# 1. PostgreSQL, the EAR and a fresh database helpline_bench_caller with N contacts (default 100,000) of
#    the generator's data (with --reuse, the one a previous run filled with as many),
# 2. starts the build's WildFly on it (port offset 500: http 8580, management 10490) with Undertow's
#    access log on, for the server's own time of each request,
# 3. makes one caller with exactly 500 contacts and what goes with them on the timeline (cases with
#    notes and status changes, follow-ups with attempts, referrals with their steps, three risk flags:
#    one expired, one lifted, one active) and picks a caller with 5 contacts (caller-page-data.sql),
# 4. signs in as the demo supervisor and times, after warm-up runs: the caller page of each, and the
#    500-contact caller's timeline page 2 (the paginator's Ajax request); and the timeline's count and
#    page in raw SQL (the floor); prints client and server p50 / p95 / max against the target (the
#    page's server p95 at most 300 ms),
# 5. stops the server it started, whatever happens; the database stays for --reuse.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
REUSE=false
RUNS=30
WARM_UP=100
DB=helpline_bench_caller
CONTACTS=100000
PORT_OFFSET=500
BASE_DIR=$ROOT/ear/target/caller-page-server

usage() {
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<EOF

Options:
  --runs N       timed runs of each path (default $RUNS)
  --warm-up N    runs of each path before the timed ones, not counted (default $WARM_UP: a server
                 just started is still compiling the page's code, and one that has served pages
                 all day is not; with 10 the page costs the server about 1.7 times the CPU)
EOF
    bench_options_help | sed 's/(default 1000000, at least 1000)/(default 100000, at least 1000)/'
}

script_option() {
    case "$1" in
        --runs) RUNS=$2; return 2 ;;
        --warm-up) WARM_UP=$2; return 2 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"
[[ $RUNS =~ ^[0-9]+$ ]] && [ "$RUNS" -ge 1 ] || { echo "--runs needs a positive number" >&2; exit 2; }
[[ $WARM_UP =~ ^[0-9]+$ ]] || { echo "--warm-up needs a number" >&2; exit 2; }

log "Caller page benchmark: $CONTACTS contacts in $DB, $RUNS runs after $WARM_UP warm-up runs"
log "Machine: $(machine_line)"
bench_postgres                 # 1. PostgreSQL, started if it is down
bench_ear                      #    the EAR, built when a source is newer
bench_database                 #    a fresh database, unless --reuse finds it filled the same way
bench_start_server             # 2. WildFly of its own on the database, deployed and ready
ACCESS_LOG=$BASE_DIR/log/bench-access.log
bench_access_log               #    with the access log on
if [ "$FRESH" = true ]; then bench_generate; fi

# 3. The two callers (made once; a run on the same database finds them by their marker).
log "Making the caller with 500 contacts (caller-page-data.sql)"
CALLERS=$(psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -v wanted=500 -P pager=off -At \
    -f "$BENCH_SRC/caller-page-data.sql" 2>&1) || { echo "$CALLERS" >&2; fail "making the callers failed"; }
echo "$CALLERS" | grep -v '^$' | sed 's/^/    /'
BIG=$(sed -n 's/^caller big id=\([0-9]*\) contacts=500 .*/\1/p' <<<"$CALLERS")
SMALL=$(sed -n 's/^caller small id=\([0-9]*\) contacts=5 .*/\1/p' <<<"$CALLERS")
[ -n "$BIG" ] && [ -n "$SMALL" ] || fail "no caller with exactly 500 contacts, or none with 5"

# 4. The timings.
bench_driver
CLASSES=$ROOT/ear/target/bench-classes   # the Faces form helpers CallerPageBenchmark shares with ReportBenchmark
javac -nowarn -d "$CLASSES" -cp "$DRIVER" "$BENCH_SRC/ReportBenchmark.java" || fail "compiling ReportBenchmark.java failed"
RESULTS=$ROOT/ear/target/caller-page-results-$(date +%Y%m%d-%H%M%S).txt
: > "$ACCESS_LOG"
log "Measuring (results also in ${RESULTS#"$ROOT"/})"
if ! {
    echo "Caller page benchmark, $(date '+%Y-%m-%d %H:%M %Z'); $MARKER; $RUNS runs after $WARM_UP warm-up runs"
    echo "Machine: $(machine_line)"
    echo "Code: commit $(git -C "$ROOT" log -1 --format='%h %cd' --date=format:'%Y-%m-%d %H:%M' 2>/dev/null || echo unknown)," \
        "EAR of $(date -r "$EAR" '+%Y-%m-%d %H:%M')"
    echo "$CALLERS" | grep '^caller '
    timeout 1800 java -cp "$DRIVER:$CLASSES" "$BENCH_SRC/CallerPageBenchmark.java" \
        --base "http://127.0.0.1:$HTTP_PORT/helpline" --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" \
        --big "$BIG" --small "$SMALL" --runs "$RUNS" --warm-up "$WARM_UP" --access-log "$ACCESS_LOG" --dump "$BASE_DIR" \
        --server-pid "$SERVER_PID" --clock-ticks "$(getconf CLK_TCK)" \
        || { echo "The measurements failed"; exit 1; }
    echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | tee "$RESULTS"; then
    fail "the measurements did not finish"
fi

# 5. The trap stops the server.
log "Done"
