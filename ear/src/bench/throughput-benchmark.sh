#!/usr/bin/env bash
# The throughput benchmark, a closed model (see BENCHMARKS.md at the top of the repository):
#
#   ear/src/bench/throughput-benchmark.sh [--contacts N] [--reuse] [--seconds S] [--users 10,50] [--profile]
#
# 1. PostgreSQL, the EAR and the database as generate-data.sh makes them (a fresh helpline_bench with
#    N contacts, default 1,000,000; with --reuse, the one already filled with as many),
# 2. starts the build's WildFly on it (port offset 400: http 8480, management 10390) and prepares the
#    load's advisers and API tokens as the load benchmark does,
# 3. warms every path up, unmeasured, until the JIT compiler has done most of its work, vacuums and analyses
#    the database (autovacuum is off on these machines) and runs each path once more, unmeasured,
# 4. for each path (create contact: POST /contacts, a new caller every time; case list: GET /cases of the
#    team queue) and each number of connections (default 10, then 50): Gatling (tools/load-test,
#    ClosedThroughput) keeps that many connections busy for S seconds (default 30), each sending its next
#    request as soon as the last is answered, while the CPU time of WildFly's process, of PostgreSQL's
#    processes and of the whole machine is read before and after,
# 5. times the raw SQL for the same work on one connection with its CPU (the floor), and prints the table:
#    requests/s, p50 / p95 / p99, CPU per request, the floor, the target; stops the server.
# With --profile, Java Flight Recorder records the server from its start, and the top frames of its samples
# during the first measured run are printed (TopFrames.java); the recording stays in ear/target.
# --paths name adds the repeat-caller look-up by name (GET /callers?q=), with its floor.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
REUSE=false
SECONDS_PER_RUN=30
USERS=10,50
PATHS=create,cases
PROFILE=false
WARM_UP=20
MAX_WARM_UP_ROUNDS=12
FLOOR_RUNS=500
PORT_OFFSET=400
BASE_DIR=$ROOT/ear/target/throughput-server

usage() {
    sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<EOF

Options:
  --seconds S       how long each run keeps the connections busy (default $SECONDS_PER_RUN, 10 to 600)
  --users LIST      connections, one run each (default $USERS; at most 200)
  --paths LIST      create, cases, name (the look-up by name: GET /callers?q=), separated by commas
                    (default $PATHS)
  --warm-up S       each warm-up round's runs, per path and size (default $WARM_UP s); rounds go on until the
                    JIT compiler uses under a tenth of the server's CPU, at most $MAX_WARM_UP_ROUNDS
  --profile         record the server with JFR and print the top frames of the first measured run (of the
                    first path in --paths)
  --floor-runs N    timed runs of each floor (default $FLOOR_RUNS)
EOF
    bench_options_help
}

script_option() {
    case "$1" in
        --seconds) SECONDS_PER_RUN=$2; return 2 ;;
        --users) USERS=$2; return 2 ;;
        --paths) PATHS=$2; return 2 ;;
        --profile) PROFILE=true; return 1 ;;
        --warm-up) WARM_UP=$2; return 2 ;;
        --floor-runs) FLOOR_RUNS=$2; return 2 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"
JFR=$PROFILE
[[ $SECONDS_PER_RUN =~ ^[0-9]+$ ]] && [ "$SECONDS_PER_RUN" -ge 10 ] && [ "$SECONDS_PER_RUN" -le 600 ] \
    || { echo "--seconds needs a number from 10 to 600" >&2; exit 2; }
[[ $USERS =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "--users needs numbers separated by commas" >&2; exit 2; }
[ "$(tr ',' '\n' <<<"$USERS" | sort -n | tail -n 1)" -le 200 ] || { echo "--users: at most 200" >&2; exit 2; }
[[ $PATHS =~ ^(create|cases|name)(,(create|cases|name))*$ ]] || { echo "--paths: create, cases, name, separated by commas" >&2; exit 2; }
[[ $FLOOR_RUNS =~ ^[0-9]+$ ]] && [ "$FLOOR_RUNS" -ge 20 ] || { echo "--floor-runs needs at least 20" >&2; exit 2; }
BENCH_ADVISERS=200
DATA=$ROOT/ear/target/load-data
LOAD_TEST=$ROOT/tools/load-test
RESULTS_DIR=$ROOT/ear/target/gatling-closed

log "Throughput benchmark: $CONTACTS contacts; $PATHS at $USERS connections, $SECONDS_PER_RUN s each"
log "Machine: $(machine_line)"
bench_postgres
bench_ear
bench_database
bench_start_server
if [ "$FRESH" = true ]; then bench_generate; fi
bench_load_data

log "Compiling the Gatling simulations (tools/load-test)"
(cd "$LOAD_TEST" && timeout "$BUILD_TIMEOUT" mvn -B -q test-compile >"$ROOT/ear/target/load-build.log" 2>&1) \
    || { tail -n 30 "$ROOT/ear/target/load-build.log" >&2; fail "compiling tools/load-test failed"; }
rm -rf "$RESULTS_DIR"

# CPU time so far, in ms: one process's (user + system), PostgreSQL's (every process of the cluster, and
# what its postmaster's exited children used), and the machine's (all but idle and I/O wait).
process_cpu() { awk '{sub(/^.*\) /, ""); printf "%d\n", ($12 + $13) * 10}' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_cpu() {
    local total=0 pid
    for pid in $(pgrep -x postgres); do
        total=$((total + $(awk '{sub(/^.*\) /, ""); printf "%d", ($12 + $13 + $14 + $15) * 10}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
# Each of WildFly's threads' CPU time so far: "tid group ms", the group being the thread's name without its
# numbers (default task, C2 CompilerThread, GC Thread...); threads_used prints what each group used since.
threads_cpu() {
    local t
    for t in /proc/"$1"/task/*; do
        awk -v tid="${t##*/}" '{name = $0; sub(/^[^(]*\(/, "", name); sub(/\).*$/, "", name); gsub(/[0-9#-]+/, "", name);
            gsub(/ +$/, "", name); gsub(/ /, "_", name); sub(/^.*\) /, ""); printf "%s %s %d\n", tid, name, ($12 + $13) * 10}' "$t/stat" 2>/dev/null || true
    done
}
threads_used() {
    awk 'NR == FNR {before[$1] = $3; next} {used[$2] += $3 - ($1 in before ? before[$1] : 0)}
        END {for (g in used) if (used[g] > 0) printf "%s %d\n", g, used[g]}' "$1" "$2" | sort -k2 -nr
}
machine_cpu() { awk '/^cpu / {printf "%d\n", ($2 + $3 + $4 + $7 + $8 + $9) * 10}' /proc/stat; }

closed() {
    local path=$1 users=$2 seconds=$3
    (cd "$LOAD_TEST" && timeout $((600 + seconds)) mvn -B -q gatling:test -Dgatling.simulationClass=org.helpline.load.ClosedThroughput \
        -Dgatling.resultsFolder="$RESULTS_DIR" -Dhelpline.base="http://127.0.0.1:$HTTP_PORT/helpline/api/v1" \
        -Dhelpline.data="$DATA" -Dhelpline.path="$path" -Dhelpline.users="$users" -Dhelpline.seconds="$seconds") \
        >"$ROOT/ear/target/gatling-closed-$path-$users.log" 2>&1 \
        || { tail -n 40 "$ROOT/ear/target/gatling-closed-$path-$users.log" >&2; fail "the $path run at $users connections did not run"; }
}

# 3. Warm-up: each path in turn at 10 and 50 connections, unmeasured, so that nothing is timed while it is
#    still being compiled: rounds of WARM_UP s until the JIT compiler's threads used under a tenth of the
#    server's CPU in a round (a big application on two cores takes minutes), or after MAX_WARM_UP_ROUNDS.
[[ $WARM_UP =~ ^[0-9]+$ ]] && [ "$WARM_UP" -ge 10 ] || fail "--warm-up needs at least 10 s"
WARM_STARTED=$(date +%s)
for round in $(seq 1 "$MAX_WARM_UP_ROUNDS"); do
    threads_cpu "$SERVER_PID" > "$ROOT/ear/target/threads-before.txt"
    for path in ${PATHS//,/ }; do
        for users in 10 50; do
            closed "$path" "$users" "$WARM_UP"
        done
    done
    threads_cpu "$SERVER_PID" > "$ROOT/ear/target/threads-after.txt"
    compiler_share=$(threads_used "$ROOT/ear/target/threads-before.txt" "$ROOT/ear/target/threads-after.txt" \
        | awk '{all += $2} $1 ~ /Compiler/ {jit += $2} END {printf "%d", all ? 100 * jit / all : 0}')
    log "Warm-up round $round: the JIT compiler used ${compiler_share}% of the server's CPU"
    [ "$compiler_share" -lt 10 ] && break
done
WARM_UP_NOTE="warmed up for $(seconds_since "$WARM_STARTED") s ($round rounds; JIT compiler at ${compiler_share}% of the server's CPU in the last)"
log "$WARM_UP_NOTE"
# The warm-up saved tens of thousands of contacts. A database in service has autovacuum keep its statistics
# and indexes up to date; these machines' PostgreSQL runs with it off, so do its work once here, as it would.
log "Vacuum and analyze after the warm-up's saves (autovacuum is $(psql_bench -d "$DB" -Atc 'show autovacuum'))"
psql_bench -d "$DB" -c "vacuum (analyze)"
# The vacuum's new statistics change PostgreSQL's plans, and every near-empty run so far found the first measured
# run after it dearer per request than the next; so each path runs once more, unmeasured, before the measured runs.
log "Settling after the vacuum: each path for 10 s at 10 connections, unmeasured"
for path in ${PATHS//,/ }; do
    closed "$path" 10 10
done

# 4. The runs, one path and size at a time.
PHASES=$ROOT/ear/target/throughput-phases.txt
: > "$PHASES"
: > "$ROOT/ear/target/throughput-threads.txt"
PROFILED=false
for path in ${PATHS//,/ }; do
    for users in ${USERS//,/ }; do
        run_started=$(date +%s%3N)
        log "Closed model: $path at $users connections for $SECONDS_PER_RUN s"
        threads_cpu "$SERVER_PID" > "$ROOT/ear/target/threads-before.txt"
        server_before=$(process_cpu "$SERVER_PID")
        postgres_before=$(postgres_cpu)
        machine_before=$(machine_cpu)
        closed "$path" "$users" "$SECONDS_PER_RUN"
        server_used=$(( $(process_cpu "$SERVER_PID") - server_before ))
        postgres_used=$(( $(postgres_cpu) - postgres_before ))
        machine_used=$(( $(machine_cpu) - machine_before ))
        threads_cpu "$SERVER_PID" > "$ROOT/ear/target/threads-after.txt"
        echo "$path $users: WildFly's CPU by thread group (ms): $(threads_used "$ROOT/ear/target/threads-before.txt" \
            "$ROOT/ear/target/threads-after.txt" | head -n 8 | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2}')" >> "$ROOT/ear/target/throughput-threads.txt"
        # (the profile, if asked for, is of the first measured run: the recording runs from the server's
        # start, since starting one on a warm server sends the JIT compiler back to work for minutes)
        if [ "$PROFILE" = true ] && [ "$PROFILED" = false ]; then
            JFR_FILE=$ROOT/ear/target/throughput-$path-$users.jfr
            rm -f "$JFR_FILE"
            jcmd "$SERVER_PID" JFR.dump filename="$JFR_FILE" >/dev/null
            JFR_WINDOW="$run_started $(date +%s%3N)"
            PROFILED=true
        fi
        report=$(ls -dt "$RESULTS_DIR"/closedthroughput-* | head -n 1)
        echo "$path $users $report $server_used $postgres_used $machine_used $SECONDS_PER_RUN" >> "$PHASES"
        grep -E "mean requests/sec|> Global" "$ROOT/ear/target/gatling-closed-$path-$users.log" | head -n 2 || true
    done
done

# 5. The floors, once the server is quiet, and the table.
bench_driver
RESULTS=$ROOT/ear/target/throughput-results-$(date +%Y%m%d-%H%M%S).txt
{
    echo "Throughput benchmark (closed model), $(date '+%Y-%m-%d %H:%M %Z'); $MARKER; $SECONDS_PER_RUN s a run"
    echo "Machine: $(machine_line)"
    echo "Warm-up: $WARM_UP_NOTE"
    echo "Code: commit $(git -C "$ROOT" log -1 --format='%h %cd' --date=format:'%Y-%m-%d %H:%M' 2>/dev/null || echo unknown)"
    timeout 1800 java -cp "$DRIVER:$ROOT/ejb/target/classes:$CODEC" "$BENCH_SRC/LoadFloors.java" --jdbc "jdbc:postgresql://127.0.0.1:5432/$DB" \
        --data "$DATA" --runs "$FLOOR_RUNS" --throughput "$PHASES"
    echo
    cat "$ROOT/ear/target/throughput-threads.txt"
    if [ "$PROFILED" = true ]; then
        echo
        # shellcheck disable=SC2086
        java "$BENCH_SRC/TopFrames.java" "$JFR_FILE" 30 $JFR_WINDOW
    fi
} 2>&1 | tee "$RESULTS"
log "Done (results also in ${RESULTS#"$ROOT"/})"
