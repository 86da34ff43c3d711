#!/usr/bin/env bash
# The cluster benchmark (see BENCHMARKS.md): how much a read-heavy mix gets through one node, then two.
#
#   ear/src/bench/cluster-benchmark.sh [--contacts N] [--reuse] [--seconds S] [--clients C] [--db NAME]
#
# 1. PostgreSQL, the EAR and a database as generate-data.sh makes them (helpline_cluster_bench with N
#    contacts, default 1,000,000; with --reuse, the one already filled with as many),
# 2. an API token for the demo adviser and the look-ups' data (phones, names, search words),
# 3. starts WildFly's balancer (http 8700) and one cluster node behind it (node1, http 8680), and runs
#    the mix (ClusterThroughput.java) through the balancer: C clients (default 16), each sending its
#    next request when the last is answered, for S seconds (default 30) after a 10 s warm-up,
# 4. starts the second node (node2, http 8690), which joins the first, and runs the same mix again,
# 5. prints both lines and stops everything.
# The nodes and the balancer run exactly as the README's "Running more than one server" describes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
REUSE=false
MEASURE_SECONDS=30
CLIENTS=16
DB=helpline_cluster_bench
PORT_OFFSET=450
BASE_DIR=$ROOT/ear/target/cluster-bench/generate

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    echo
    echo "Options:"
    echo "  --seconds S    how long each run is measured (default $MEASURE_SECONDS, 10 to 600)"
    echo "  --clients C    concurrent clients (default $CLIENTS, 1 to 200)"
    echo "  --db NAME      the database (default $DB), e.g. helpline_bench to reuse the load benchmark's"
    bench_options_help
}

script_option() {
    case "$1" in
        --seconds) MEASURE_SECONDS=$2; return 2 ;;
        --clients) CLIENTS=$2; return 2 ;;
        --db) DB=$2; return 2 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"
[[ $MEASURE_SECONDS =~ ^[0-9]+$ ]] && [ "$MEASURE_SECONDS" -ge 10 ] && [ "$MEASURE_SECONDS" -le 600 ] \
    || { echo "--seconds needs a number from 10 to 600" >&2; exit 2; }
[[ $CLIENTS =~ ^[0-9]+$ ]] && [ "$CLIENTS" -ge 1 ] && [ "$CLIENTS" -le 200 ] || { echo "--clients needs 1 to 200" >&2; exit 2; }

# 1. The data.
bench_postgres
bench_ear
bench_database
if [ "$FRESH" = true ]; then
    bench_start_server
    bench_generate
    bench_stop_server
fi

# 2. A token and what the look-ups ask for.
WORK=$ROOT/ear/target/cluster-bench
DATA=$WORK/data
mkdir -p "$DATA"
TOKEN="hlp_cluster-benchmark-$(date +%s)"
psql_bench -d "$DB" -c "delete from api_token where name = 'cluster benchmark'" \
    -c "insert into api_token (id, version, user_account_id, name, secret_hash, secret_prefix, roles, created_at, created_by, expires_at)
        select nextval('api_token_seq'), 0, id, 'cluster benchmark', encode(sha256(convert_to('$TOKEN', 'UTF8')), 'hex'),
               substr('$TOKEN', 1, 12), 'ADVISER', now(), 'cluster-benchmark', now() + interval '1 day'
        from user_account where username = 'adviser'"
psql_bench -d "$DB" -Atc "select '0' || substr(number, 4) from caller_phone where number like '+44%' order by md5(number) limit 500" > "$DATA/phones.txt"
psql_bench -d "$DB" -Atc "select split_part(full_name, ' ', 2) from caller where full_name ~ '^[A-Za-z]+ [A-Za-z]+\$'
    order by md5(full_name) limit 300" > "$DATA/names.txt"
printf '%s\n' baclofen fatigue pip ocrelizumab trial carers bladder dvla "heat sensitivity" facets > "$DATA/words.txt"

# 3-4. The balancer, then one node, then two.
PIDS=()
stop_all() {
    local pid
    for pid in "${PIDS[@]}"; do
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill -TERM "$pid" 2>/dev/null || true
    done
}
trap 'stop_all; bench_stop_server' EXIT

start() { # name, then standalone.sh's arguments
    local name=$1 base=$WORK/$1
    shift
    rm -rf "$base"
    mkdir -p "$base/deployments"
    cp -a "$SERVER_HOME/standalone/configuration" "$base/"
    rm -rf "$base/configuration/standalone_xml_history"
    [ "$name" = balancer ] || cp "$EAR" "$base/deployments/helpline.ear"
    (
        export HELPLINE_DB_DRIVER=postgresql HELPLINE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
        export HELPLINE_DB_USER=postgres HELPLINE_DB_PASSWORD=unused-with-trust-auth
        export JBOSS_JAVA_SIZING="$SERVER_SIZING" JAVA_OPTS="-Djava.net.preferIPv4Stack=true"
        exec "$SERVER_HOME/bin/standalone.sh" -Djboss.server.base.dir="$base" "$@"
    ) >"$base/console.log" 2>&1 </dev/null &
    PIDS+=($!)
}

ready() { # url, what
    local _
    for _ in $(seq 1 "$DEPLOY_TIMEOUT"); do
        [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$1")" = 200 ] && return 0
        sleep 1
    done
    fail "$2 was not ready within $DEPLOY_TIMEOUT s (logs in ${WORK#"$ROOT"/})"
}

node() { # n
    local offset=$((600 + 10 * ($1 - 1)))
    start "node$1" -c standalone-helpline-ha.xml -Djboss.node.name="node$1" -Djboss.socket.binding.port-offset="$offset" \
        -Dhelpline.cluster.members="127.0.0.1[8200],127.0.0.1[8210]"
    ready "http://127.0.0.1:$((9990 + offset))/health/ready" "node$1"
    log "node$1 ready (http $((8080 + offset)))"
}

measure() { # label
    timeout $((MEASURE_SECONDS + 300)) java "$BENCH_SRC/ClusterThroughput.java" --url "http://127.0.0.1:8700/helpline/api/v1" \
        --token "$TOKEN" --data "$DATA" --clients "$CLIENTS" --seconds "$MEASURE_SECONDS" --label "$1"
}

log "Starting the balancer (http 8700)"
start balancer -c standalone-helpline-lb.xml -Djboss.socket.binding.port-offset=620 \
    -Dhelpline.node1.port=8680 -Dhelpline.node2.port=8690
node 1
ready "http://127.0.0.1:8700/helpline/login.xhtml" "the balancer"
log "Measuring one node"
ONE=$(measure "1 node: ")
echo "$ONE"
node 2
log "Measuring two nodes"
TWO=$(measure "2 nodes:")
echo "$TWO"

RESULTS=$ROOT/ear/target/cluster-results-$(date +%Y%m%d-%H%M%S).txt
{
    echo "Cluster benchmark, $(date '+%Y-%m-%d %H:%M %Z'); $MARKER; read-heavy mix through WildFly's balancer"
    echo "Machine: $(machine_line)"
    echo "Code: commit $(git -C "$ROOT" log -1 --format='%h %cd' --date=format:'%Y-%m-%d %H:%M' 2>/dev/null || echo unknown)"
    echo "$ONE"
    echo "$TWO"
} | tee "$RESULTS"
log "Done (results also in ${RESULTS#"$ROOT"/})"
