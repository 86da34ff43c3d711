#!/usr/bin/env bash
# The load benchmark (see BENCHMARKS.md at the top of the repository):
#
#   ear/src/bench/load-benchmark.sh [--contacts N] [--reuse] [--seconds S] [--advisers 50,200]
#
# 1. PostgreSQL, the EAR and the database as generate-data.sh makes them (a fresh helpline_bench with
#    N contacts, default 1,000,000; with --reuse, the one already filled with as many),
# 2. starts the build's WildFly on it (port offset 400: http 8480, management 10390),
# 3. adds 200 advisers (bench-adviser-001...) with API tokens, and writes what the load needs to
#    ear/target/load-data: their tokens, callers' numbers and names, search words, reference codes,
# 4. signs 50 advisers in through the sign-in page (each opens the contact form) and reads the
#    server's memory (RSS, and the heap after a full GC) before and after,
# 5. runs Gatling (tools/load-test) on loopback: per shift (50 advisers, then 200) for S seconds
#    (default 60) each: contacts saved at advisers / 5 a second, as many look-ups by phone, half as
#    many by name, and a search for one action in ten,
# 6. times the raw SQL for the same work (the floor) and prints the table: p50 / p95 / p99,
#    throughput and errors per path, the floor and the target; stops the server.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
REUSE=false
SECONDS_PER_SHIFT=60
SHIFTS=50,200
SIGNED_IN=50
FLOOR_RUNS=200
WARM_UP=15
WARM_UP_RATE=2
PORT_OFFSET=400
BASE_DIR=$ROOT/ear/target/load-server

usage() {
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<EOF

Options:
  --seconds S       how long each shift's load runs (default $SECONDS_PER_SHIFT, 10 to 600)
  --advisers LIST   the shifts, in advisers (default $SHIFTS; at most 200 each)
  --signed-in N     advisers signed in through the pages for the memory reading (default $SIGNED_IN)
  --floor-runs N    timed runs of each floor (default $FLOOR_RUNS)
  --warm-up S       how long every path runs unmeasured first (default $WARM_UP s)
  --warm-up-rate R  requests a second of each path then (default $WARM_UP_RATE; the JIT compiler's
                    work is by requests, not seconds: a few thousand of each path leave little to compile)
EOF
    bench_options_help
}

script_option() {
    case "$1" in
        --seconds) SECONDS_PER_SHIFT=$2; return 2 ;;
        --advisers) SHIFTS=$2; return 2 ;;
        --signed-in) SIGNED_IN=$2; return 2 ;;
        --floor-runs) FLOOR_RUNS=$2; return 2 ;;
        --warm-up) WARM_UP=$2; return 2 ;;
        --warm-up-rate) WARM_UP_RATE=$2; return 2 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"
[[ $SECONDS_PER_SHIFT =~ ^[0-9]+$ ]] && [ "$SECONDS_PER_SHIFT" -ge 10 ] && [ "$SECONDS_PER_SHIFT" -le 600 ] \
    || { echo "--seconds needs a number from 10 to 600" >&2; exit 2; }
[[ $SHIFTS =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "--advisers needs numbers separated by commas" >&2; exit 2; }
ADVISERS=$(tr ',' '\n' <<<"$SHIFTS" | sort -n | tail -n 1)
[ "$ADVISERS" -ge 1 ] && [ "$ADVISERS" -le 200 ] || { echo "--advisers: 1 to 200 advisers a shift" >&2; exit 2; }
[[ $SIGNED_IN =~ ^[0-9]+$ ]] && [ "$SIGNED_IN" -ge 1 ] && [ "$SIGNED_IN" -le 200 ] || { echo "--signed-in needs 1 to 200" >&2; exit 2; }
[[ $FLOOR_RUNS =~ ^[0-9]+$ ]] && [ "$FLOOR_RUNS" -ge 20 ] || { echo "--floor-runs needs at least 20" >&2; exit 2; }
READ_SECONDS=$(( SECONDS_PER_SHIFT / 2 > 10 ? SECONDS_PER_SHIFT / 2 : 10 ))
BENCH_ADVISERS=200
DATA=$ROOT/ear/target/load-data
LOAD_TEST=$ROOT/tools/load-test
GATLING_TIMEOUT=$(( 600 + WARM_UP * 2 + SECONDS_PER_SHIFT * $(tr ',' '\n' <<<"$SHIFTS" | wc -l) ))


log "Load benchmark: $CONTACTS contacts; shifts of $SHIFTS advisers, $SECONDS_PER_SHIFT s each"
log "Machine: $(machine_line)"
bench_postgres
bench_ear
bench_database
bench_start_server
if [ "$FRESH" = true ]; then bench_generate; fi

# The server's own time for each request (Undertow's access log): the figures "server side" in the table.
ACCESS_LOG=$BASE_DIR/log/bench-access.log
bench_access_log

# 3. The advisers, each with an API token, and what the load needs (bench-lib.sh).
bench_load_data

# The load client, compiled before anything is timed.
log "Compiling the Gatling simulations (tools/load-test)"
(cd "$LOAD_TEST" && timeout "$BUILD_TIMEOUT" mvn -B -q test-compile >"$ROOT/ear/target/load-build.log" 2>&1) \
    || { tail -n 30 "$ROOT/ear/target/load-build.log" >&2; fail "compiling tools/load-test failed"; }

gatling() {
    local simulation=$1; shift
    (cd "$LOAD_TEST" && timeout "$GATLING_TIMEOUT" mvn -B -q gatling:test -Dgatling.simulationClass="org.helpline.load.$simulation" \
        -Dgatling.resultsFolder="$ROOT/ear/target/gatling" "$@") >"$ROOT/ear/target/gatling-$simulation.log" 2>&1
}

# 4. Memory: idle, then with advisers signed in through the pages.
memory() {
    local rss heap
    jcmd "$SERVER_PID" GC.run >/dev/null 2>&1 || true
    sleep 2
    rss=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status")
    heap=$(jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | awk '/total/ && /used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub(/K,?/, "", v); printf "%.0f", v / 1024; exit}}')
    echo "RSS ${rss} MB, heap used after a full GC ${heap:-?} MB"
}
MEMORY_IDLE=$(memory)
log "Server memory, nobody signed in: $MEMORY_IDLE"
log "Signing in $SIGNED_IN advisers through the sign-in page, each opening the contact form"
gatling SignedInAdvisers -Dhelpline.web="http://127.0.0.1:$HTTP_PORT/helpline" -Dhelpline.signed-in="$SIGNED_IN" \
    || { tail -n 40 "$ROOT/ear/target/gatling-SignedInAdvisers.log" >&2; fail "signing the advisers in failed"; }
grep -E "^> (Global|Failed)|request count|OK=|KO=" "$ROOT/ear/target/gatling-SignedInAdvisers.log" | head -n 5 || true
MEMORY_SIGNED_IN=$(memory)
SESSIONS=$("$SERVER_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" \
    --command="/deployment=helpline.ear/subdeployment=helpline.war/subsystem=undertow:read-attribute(name=active-sessions)" 2>/dev/null \
    | sed -n 's/.*"result" => \([0-9]*\).*/\1/p')
log "Server memory, $SIGNED_IN advisers signed in (${SESSIONS:-?} web sessions): $MEMORY_SIGNED_IN"

# 5. The load (the access log from here on is the load's).
: > "$ACCESS_LOG"
log "Load: shifts of $SHIFTS advisers, $SECONDS_PER_SHIFT s each (log in ear/target/gatling-AdvisersOnShift.log)"
started=$(date +%s)
gatling AdvisersOnShift -Dhelpline.base="http://127.0.0.1:$HTTP_PORT/helpline/api/v1" -Dhelpline.data="$DATA" \
    -Dhelpline.seconds="$SECONDS_PER_SHIFT" -Dhelpline.read-seconds="$READ_SECONDS" -Dhelpline.advisers="$SHIFTS" \
    -Dhelpline.warm-up-seconds="$WARM_UP" -Dhelpline.warm-up-rate="$WARM_UP_RATE" \
    || { tail -n 40 "$ROOT/ear/target/gatling-AdvisersOnShift.log" >&2; fail "the load did not run"; }
log "Load ran in $(seconds_since "$started") s; server memory after it: $(memory)"
REPORT=$(ls -dt "$ROOT"/ear/target/gatling/advisersonshift-* | head -n 1)

# 6. The floor, once the server has finished what the load left it (a request the client gave up on
#    may still be running), and the table.
for _ in $(seq 1 120); do
    busy=$(psql_bench -d "$DB" -Atc "select count(*) from pg_stat_activity where datname = '$DB' and state = 'active' and pid <> pg_backend_pid()")
    [ "$busy" -eq 0 ] && break
    sleep 1
done
sleep 2   # Undertow writes its access log in batches
bench_driver
RESULTS=$ROOT/ear/target/load-results-$(date +%Y%m%d-%H%M%S).txt
{
    echo "Load benchmark, $(date '+%Y-%m-%d %H:%M %Z'); $MARKER; shifts of $SHIFTS advisers, $SECONDS_PER_SHIFT s each"
    echo "Machine: $(machine_line)"
    echo "Code: commit $(git -C "$ROOT" log -1 --format='%h %cd' --date=format:'%Y-%m-%d %H:%M' 2>/dev/null || echo unknown)"
    echo "Memory: nobody signed in: $MEMORY_IDLE; $SIGNED_IN advisers signed in (${SESSIONS:-?} sessions): $MEMORY_SIGNED_IN"
    timeout 1800 java -cp "$DRIVER:$ROOT/ejb/target/classes:$CODEC" "$BENCH_SRC/LoadFloors.java" --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" \
        --data "$DATA" --runs "$FLOOR_RUNS" --gatling "$REPORT" --seconds "$SECONDS_PER_SHIFT" --read-seconds "$READ_SECONDS" \
        --access-log "$ACCESS_LOG" --shifts "$SHIFTS"
} 2>&1 | tee "$RESULTS"
log "Done (results also in ${RESULTS#"$ROOT"/})"
