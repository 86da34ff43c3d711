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
BENCH_SRC=$ROOT/ear/src/bench
CONTACTS=1000000
RUNS=5
LINE=nurse-line
REUSE=false
JFR=false
VERBOSE=
BUILD=auto
SEED=0.2026
RANDOM_PAGE_COST=1.1
DB=helpline_bench
PORT_OFFSET=300
HTTP_PORT=$((8080 + PORT_OFFSET))
MANAGEMENT_PORT=$((9990 + PORT_OFFSET))
BASE_DIR=$ROOT/ear/target/bench-server
EAR=$ROOT/ear/target/helpline.ear
DEPLOY_TIMEOUT=600
BUILD_TIMEOUT=1800
LOAD_TIMEOUT=3600
MEASURE_TIMEOUT=3600

usage() {
    sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    cat <<EOF

Options:
  --contacts N   contacts to generate (default $CONTACTS); try 50000 first
  --reuse        keep helpline_bench when it already holds N contacts up to last month
                 (--keep-data means the same)
  --runs N       timed runs of each path after one warm-up (default $RUNS)
  --line CODE    also time the report and exports for this line (default $LINE; '' for none)
  --no-build     use ear/target/helpline.ear as it is
  --ear FILE     deploy this EAR instead, as it is (to compare two runs on the same build)
  --build        build even if the EAR looks up to date
  --random-page-cost X
                 the planner's random_page_cost for the database (default $RANDOM_PAGE_COST, as the
                 README advises for SSDs; 4 is PostgreSQL's default, for spinning disks)
  --jfr          record the server with Java Flight Recorder, to ear/target/bench-server.jfr
  --verbose      print when each timed run started and ended (to match against server or database logs)
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --contacts) CONTACTS=$2; shift ;;
        --reuse|--keep-data) REUSE=true ;;
        --runs) RUNS=$2; shift ;;
        --line) LINE=$2; shift ;;
        --no-build) BUILD=never ;;
        --ear) EAR=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); BUILD=never; shift ;;
        --build) BUILD=always ;;
        --random-page-cost) RANDOM_PAGE_COST=$2; shift ;;
        --jfr) JFR=true ;;
        --verbose) VERBOSE=--verbose ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
[[ $CONTACTS =~ ^[0-9]+$ ]] && [ "$CONTACTS" -ge 1000 ] || { echo "--contacts needs a number of at least 1000" >&2; exit 2; }
[[ $RUNS =~ ^[0-9]+$ ]] && [ "$RUNS" -ge 1 ] || { echo "--runs needs a positive number" >&2; exit 2; }

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }
psql_bench() { psql -X -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }
seconds_since() { echo $(( $(date +%s) - $1 )); }

log "Monthly report benchmark: $CONTACTS contacts, $RUNS runs, line '${LINE}'"
log "Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"

# 1. PostgreSQL, started if it is down.
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    log "Starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
    pg_isready -h 127.0.0.1 -p 5432 -q || fail "PostgreSQL did not start within 30 s"
fi
log "$(psql_bench -d postgres -Atc 'select version()' | cut -d' ' -f1-2)," \
    "shared_buffers $(psql_bench -d postgres -Atc 'show shared_buffers'), work_mem $(psql_bench -d postgres -Atc 'show work_mem')"

# Nothing of ours may be listening already.
for port in "$HTTP_PORT" "$MANAGEMENT_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        fail "something is already listening on 127.0.0.1:$port (an earlier benchmark server?)"
    fi
done

# 2. The EAR, built when any source is newer than it.
if [ "$BUILD" = always ] || [ ! -f "$EAR" ] || { [ "$BUILD" = auto ] && [ -n "$(cd "$ROOT" && find pom.xml ejb/pom.xml web/pom.xml ear/pom.xml \
        ejb/src/main web/src/main ear/src/main seeds -newer "$EAR" -type f 2>/dev/null | head -n 1)" ]; }; then
    [ "$BUILD" = never ] && [ ! -f "$EAR" ] && fail "no $EAR and --no-build given"
    log "Building the EAR (mvn -q -DskipTests package)"
    mkdir -p "$ROOT/ear/target"
    started=$(date +%s)
    if ! (cd "$ROOT" && timeout "$BUILD_TIMEOUT" mvn -q -DskipTests package >"$ROOT/ear/target/bench-build.log" 2>&1); then
        tail -n 40 "$ROOT/ear/target/bench-build.log" >&2
        fail "the build failed (ear/target/bench-build.log)"
    fi
    log "Built in $(seconds_since "$started") s"
else
    log "Using the EAR as built ($(date -r "$EAR" '+%Y-%m-%d %H:%M'))"
fi
SERVER_HOME=$(ls -d "$ROOT"/ear/target/server/wildfly-* 2>/dev/null | head -n 1)
[ -n "$SERVER_HOME" ] && [ -f "$SERVER_HOME/standalone/configuration/standalone-helpline.xml" ] \
    || fail "no configured WildFly under ear/target/server: build with mvn -DskipTests package"

# The database: fresh, unless --reuse finds it filled the same way.
LAST_MONTH=$(TZ=Europe/London date -d "$(TZ=Europe/London date +%Y-%m-01) -1 day" +%Y-%m)
MARKER="helpline benchmark: $CONTACTS contacts up to $LAST_MONTH"
fresh=true
if [ "$REUSE" = true ]; then
    found=$(psql_bench -d postgres -Atc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")
    if [ "$found" = "$MARKER" ]; then
        fresh=false
        log "Reusing $DB ($MARKER)"
    else
        log "Not reusing $DB: it holds '${found:-nothing}', not '$MARKER'"
    fi
fi
if [ "$fresh" = true ]; then
    log "Creating a fresh database $DB"
    psql_bench -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
fi
[[ $RANDOM_PAGE_COST =~ ^[0-9]+(\.[0-9]+)?$ ]] || fail "--random-page-cost needs a number"
psql_bench -d postgres -c "alter database $DB set random_page_cost = $RANDOM_PAGE_COST"

# 3. WildFly on its own base directory: a fresh copy of the configuration, nothing else shared.
SERVER_PID=
stop_server() {
    local pid=${SERVER_PID:-}
    [ -z "$pid" ] && [ -f "$BASE_DIR/server.pid" ] && pid=$(cat "$BASE_DIR/server.pid")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        log "Stopping the benchmark server (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        if kill -0 "$pid" 2>/dev/null; then
            log "The server did not stop within 60 s: killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    if [ -n "${LAUNCHER_PID:-}" ] && kill -0 "$LAUNCHER_PID" 2>/dev/null; then
        kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    fi
    SERVER_PID=
    LAUNCHER_PID=
}
trap stop_server EXIT
trap 'exit 130' INT TERM

rm -rf "$BASE_DIR"
mkdir -p "$BASE_DIR/deployments"
cp -a "$SERVER_HOME/standalone/configuration" "$BASE_DIR/"
rm -rf "$BASE_DIR/configuration/standalone_xml_history"
# A server that was run from the build's own base directory may have recorded its deployments in the
# configuration; their content is not ours to copy, and ours goes in through deployments/.
sed -i '/<deployments>/,/<\/deployments>/d' "$BASE_DIR/configuration/standalone-helpline.xml"
cp "$EAR" "$BASE_DIR/deployments/helpline.ear"

log "Starting WildFly (http $HTTP_PORT, management $MANAGEMENT_PORT; log in ${BASE_DIR#"$ROOT"/}/console.log)"
started=$(date +%s)
(
    export HELPLINE_DB_DRIVER=postgresql
    export HELPLINE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
    export HELPLINE_DB_USER=postgres
    export HELPLINE_DB_PASSWORD=unused-with-trust-auth
    export JBOSS_JAVA_SIZING="-Xms256m -Xmx1g"
    if [ "$JFR" = true ]; then
        JBOSS_JAVA_SIZING="$JBOSS_JAVA_SIZING -XX:StartFlightRecording=filename=$ROOT/ear/target/bench-server.jfr,settings=profile,dumponexit=true"
    fi
    export LAUNCH_JBOSS_IN_BACKGROUND=1
    export JBOSS_PIDFILE="$BASE_DIR/server.pid"
    unset JAVA_OPTS
    exec "$SERVER_HOME/bin/standalone.sh" -c standalone-helpline.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Djboss.socket.binding.port-offset=$PORT_OFFSET -Dhelpline.demo=true -Djboss.server.base.dir="$BASE_DIR"
) >"$BASE_DIR/console.log" 2>&1 </dev/null &
LAUNCHER_PID=$!

ready=false
deadline=$(( $(date +%s) + DEPLOY_TIMEOUT ))
while [ "$(date +%s)" -lt "$deadline" ]; do
    [ -z "$SERVER_PID" ] && [ -s "$BASE_DIR/server.pid" ] && SERVER_PID=$(cat "$BASE_DIR/server.pid")
    if [ -f "$BASE_DIR/deployments/helpline.ear.failed" ]; then
        sed -n '1,20p' "$BASE_DIR/deployments/helpline.ear.failed" >&2
        fail "the deployment failed (see ${BASE_DIR#"$ROOT"/}/console.log)"
    fi
    if ! kill -0 "$LAUNCHER_PID" 2>/dev/null && { [ -z "$SERVER_PID" ] || ! kill -0 "$SERVER_PID" 2>/dev/null; }; then
        tail -n 30 "$BASE_DIR/console.log" >&2
        fail "WildFly stopped while starting"
    fi
    if [ -f "$BASE_DIR/deployments/helpline.ear.deployed" ] \
        && [ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/helpline/")" != 000 ] \
        && [ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$MANAGEMENT_PORT/health/ready")" = 200 ]; then
        ready=true
        break
    fi
    sleep 1
done
[ "$ready" = true ] || fail "Helpline was not ready within $DEPLOY_TIMEOUT s"
log "Deployed and ready in $(seconds_since "$started") s"

# 4. The contacts, straight into the migrated schema.
if [ "$fresh" = true ]; then
    log "Generating $CONTACTS contacts"
    started=$(date +%s)
    timeout "$LOAD_TIMEOUT" psql -X -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -P pager=off \
        -v contacts="$CONTACTS" -v seed="$SEED" -f "$BENCH_SRC/generate-contacts.sql" >"$ROOT/ear/target/bench-generate.log" 2>&1 \
        || { tail -n 20 "$ROOT/ear/target/bench-generate.log" >&2; fail "generating the data failed (ear/target/bench-generate.log)"; }
    sed -n '/ what /,/ rows)/p' "$ROOT/ear/target/bench-generate.log"
    generated=$(seconds_since "$started")
    log "Generated in $generated s; vacuum and analyze"
    started=$(date +%s)
    timeout "$LOAD_TIMEOUT" psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -c "vacuum (analyze)"
    analysed=$(seconds_since "$started")
    psql_bench -d postgres -c "comment on database $DB is '$MARKER'"
    log "Load took $((generated + analysed)) s ($generated s generating, $analysed s vacuum analyze);" \
        "database $(psql_bench -d "$DB" -Atc "select pg_size_pretty(pg_database_size('$DB'))")"
fi

# 5. The timings.
DRIVER=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar 2>/dev/null \
    || ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -n 1)
[ -n "$DRIVER" ] || fail "no PostgreSQL JDBC driver in ~/.m2 (the build fetches it)"
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
