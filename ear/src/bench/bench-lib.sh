# What the benchmark commands share (sourced, not run): PostgreSQL, the EAR, a database, a WildFly of
# their own and the generated data. The caller sets ROOT and may set, before sourcing:
#   DB (helpline_bench), PORT_OFFSET (300), CONTACTS (1000000), SEED (0.2026), AUDIT (on),
#   BUILD (auto|always|never), EAR, RANDOM_PAGE_COST (1.1), JFR (false), SERVER_SIZING (-Xms256m -Xmx1g)
# and calls the functions below in order; bench_stop_server runs on exit whatever happens.

BENCH_SRC=$ROOT/ear/src/bench
DB=${DB:-helpline_bench}
PORT_OFFSET=${PORT_OFFSET:-300}
HTTP_PORT=$((8080 + PORT_OFFSET))
MANAGEMENT_PORT=$((9990 + PORT_OFFSET))
BASE_DIR=${BASE_DIR:-$ROOT/ear/target/bench-server}
EAR=${EAR:-$ROOT/ear/target/helpline.ear}
CONTACTS=${CONTACTS:-1000000}
SEED=${SEED:-0.2026}
AUDIT=${AUDIT:-on}
BUILD=${BUILD:-auto}
RANDOM_PAGE_COST=${RANDOM_PAGE_COST:-1.1}
JFR=${JFR:-false}
SERVER_SIZING=${SERVER_SIZING:-"-Xms256m -Xmx1g"}
DEPLOY_TIMEOUT=600
BUILD_TIMEOUT=1800
LOAD_TIMEOUT=3600

# What those options are, for the commands' --help.
bench_options_help() {
    cat <<EOF
  --contacts N   contacts in the database (default 1000000, at least 1000); try 50000 first
  --reuse        keep $DB if it already holds as many contacts up to last month (--keep-data too)
  --no-audit     generate the data without its audit trail (production writes one)
  --no-build     use ear/target/helpline.ear as it is
EOF
}

# The options every benchmark command takes; the command's own go to its script_option function, which
# sets what it needs and returns how many arguments it used (1 or 2), or 0 for an option it does not know.
bench_options() {
    local used
    while [ $# -gt 0 ]; do
        case "$1" in
            --contacts) CONTACTS=$2; shift ;;
            --reuse|--keep-data) REUSE=true ;;
            --no-build) BUILD=never ;;
            --no-audit) AUDIT=off ;;
            -h|--help) usage; exit 0 ;;
            *)
                used=0
                script_option "$@" || used=$?
                [ "$used" -gt 0 ] || { echo "unknown option $1" >&2; usage >&2; exit 2; }
                shift $((used - 1)) ;;
        esac
        shift
    done
    [[ $CONTACTS =~ ^[0-9]+$ ]] && [ "$CONTACTS" -ge 1000 ] || { echo "--contacts needs a number of at least 1000" >&2; exit 2; }
}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }
psql_bench() { psql -X -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }
seconds_since() { echo $(( $(date +%s) - $1 )); }
machine_line() {
    echo "$(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -n 1)), $(free -g | awk '/^Mem:/ {print $2}') GiB," \
        "load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -n 1)"
}

# PostgreSQL, started if it is down.
bench_postgres() {
    if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
        log "Starting PostgreSQL"
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
        for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
        pg_isready -h 127.0.0.1 -p 5432 -q || fail "PostgreSQL did not start within 30 s"
    fi
    log "$(psql_bench -d postgres -Atc 'select version()' | cut -d' ' -f1-2)," \
        "shared_buffers $(psql_bench -d postgres -Atc 'show shared_buffers'), work_mem $(psql_bench -d postgres -Atc 'show work_mem')"
}

# The EAR, built when any source is newer than it; then the build's configured WildFly.
bench_ear() {
    if [ "$BUILD" = always ] || [ ! -f "$EAR" ] || { [ "$BUILD" = auto ] && [ -n "$(cd "$ROOT" && find pom.xml ejb/pom.xml web/pom.xml ear/pom.xml \
            ejb/src/main web/src/main ear/src/main seeds -newer "$EAR" -type f 2>/dev/null | head -n 1)" ]; }; then
        [ "$BUILD" = never ] && [ ! -f "$EAR" ] && fail "no $EAR and --no-build given"
        log "Building the EAR (mvn -q -DskipTests package)"
        mkdir -p "$ROOT/ear/target"
        local started
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
}

# The database: fresh, unless REUSE=true and it was filled with the same data (its comment says so).
# Sets FRESH to true when the data still has to be generated.
bench_database() {
    local last_month found
    last_month=$(TZ=Europe/London date -d "$(TZ=Europe/London date +%Y-%m-01) -1 day" +%Y-%m)
    MARKER="helpline benchmark: $CONTACTS contacts up to $last_month, audit $AUDIT"
    FRESH=true
    if [ "${REUSE:-false}" = true ]; then
        found=$(psql_bench -d postgres -Atc "select shobj_description(oid, 'pg_database') from pg_database where datname = '$DB'")
        if [ "$found" = "$MARKER" ]; then
            FRESH=false
            log "Reusing $DB ($MARKER)"
        else
            log "Not reusing $DB: it holds '${found:-nothing}', not '$MARKER'"
        fi
    fi
    if [ "$FRESH" = true ]; then
        log "Creating a fresh database $DB"
        psql_bench -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
    fi
    [[ $RANDOM_PAGE_COST =~ ^[0-9]+(\.[0-9]+)?$ ]] || fail "random_page_cost needs a number"
    psql_bench -d postgres -c "alter database $DB set random_page_cost = $RANDOM_PAGE_COST"
}

# WildFly on its own base directory (a fresh copy of the configuration, nothing else shared), demo
# mode on so that the demo staff exist, against $DB; waits until Helpline answers and is ready.
SERVER_PID=
LAUNCHER_PID=
bench_stop_server() {
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
trap bench_stop_server EXIT
trap 'exit 130' INT TERM

bench_start_server() {
    local port started ready deadline
    for port in "$HTTP_PORT" "$MANAGEMENT_PORT"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            fail "something is already listening on 127.0.0.1:$port (an earlier benchmark server?)"
        fi
    done
    rm -rf "$BASE_DIR"
    mkdir -p "$BASE_DIR/deployments"
    cp -a "$SERVER_HOME/standalone/configuration" "$BASE_DIR/"
    rm -rf "$BASE_DIR/configuration/standalone_xml_history"
    # A server run from the build's own base directory may have recorded its deployments in the
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
        export JBOSS_JAVA_SIZING="$SERVER_SIZING"
        if [ "$JFR" = true ]; then
            JBOSS_JAVA_SIZING="$JBOSS_JAVA_SIZING -XX:StartFlightRecording=filename=$BASE_DIR.jfr,settings=profile,dumponexit=true"
        fi
        export LAUNCH_JBOSS_IN_BACKGROUND=1
        export JBOSS_PIDFILE="$BASE_DIR/server.pid"
        unset JAVA_OPTS
        exec "$SERVER_HOME/bin/standalone.sh" -c standalone-helpline.xml -b 127.0.0.1 -bmanagement 127.0.0.1 \
            -Djboss.socket.binding.port-offset="$PORT_OFFSET" -Dhelpline.demo=true -Djboss.server.base.dir="$BASE_DIR"
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
}

# The server's own time for each request, as Undertow's access log records it in
# $BASE_DIR/log/bench-access.log: "METHOD URI?QUERY STATUS MS", %D being the milliseconds from the
# request's start to the end of the response. Switched on through the management interface, then the
# server reloads; waits until Helpline answers again.
bench_access_log() {
    "$SERVER_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MANAGEMENT_PORT" \
        --commands='/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=record-request-start-time,value=true),/subsystem=undertow/server=default-server/host=default-host/setting=access-log:add(pattern="%m %U%q %s %D",directory="${jboss.server.log.dir}",prefix=bench-access,suffix=.log,rotate=false),:reload' >/dev/null \
        || fail "could not switch the access log on"
    # (:reload answers at once; the server then takes a while to stop and come back with the EAR.)
    sleep 5
    for _ in $(seq 1 120); do
        [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$MANAGEMENT_PORT/health/ready")" = 200 ] \
            && [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/helpline/")" != 000 ] && return 0
        sleep 1
    done
    fail "Helpline did not come back within 2 minutes of switching the access log on"
}

# The data, straight into the schema Flyway migrated at deploy (generate-contacts.sql, one
# transaction), then vacuum analyze; marks the database so that REUSE=true finds it next time.
bench_generate() {
    local started generated analysed
    log "Generating $CONTACTS contacts (audit trail $AUDIT)"
    started=$(date +%s)
    timeout "$LOAD_TIMEOUT" psql -X -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -P pager=off \
        -v contacts="$CONTACTS" -v seed="$SEED" -v audit="$AUDIT" -f "$BENCH_SRC/generate-contacts.sql" \
        >"$ROOT/ear/target/bench-generate.log" 2>&1 \
        || { tail -n 20 "$ROOT/ear/target/bench-generate.log" >&2; fail "generating the data failed (ear/target/bench-generate.log)"; }
    sed -n '/ what /,/ rows)/p' "$ROOT/ear/target/bench-generate.log"
    generated=$(seconds_since "$started")
    log "Generated in $generated s; vacuum and analyze"
    started=$(date +%s)
    timeout "$LOAD_TIMEOUT" psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -c "vacuum (analyze)"
    analysed=$(seconds_since "$started")
    psql_bench -d postgres -c "comment on database $DB is '$MARKER'"
    LOAD_SECONDS=$((generated + analysed))
    log "Load took $LOAD_SECONDS s ($generated s generating, $analysed s vacuum analyze);" \
        "database $(psql_bench -d "$DB" -Atc "select pg_size_pretty(pg_database_size('$DB'))")"
}

# The PostgreSQL JDBC driver (and commons-codec) the build fetched, for the Java programs that time the floor.
bench_driver() {
    DRIVER=$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar 2>/dev/null \
        || ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -n 1)
    [ -n "$DRIVER" ] || fail "no PostgreSQL JDBC driver in ~/.m2 (the build fetches it)"
    # LoadFloors codes names with the application's NameKey, which uses commons-codec.
    CODEC=$(ls "$HOME"/.m2/repository/commons-codec/commons-codec/*/commons-codec-*.jar 2>/dev/null | grep -v sources | sort -V | tail -n 1)
    [ -n "$CODEC" ] || fail "no commons-codec in ~/.m2 (the build fetches it)"
}

# What a load needs, in $DATA: $BENCH_ADVISERS advisers (bench-adviser-001...) with an API token each,
# their password the demo adviser's; 500 callers' numbers and names; the reference codes a contact may
# use; search words (words and phrases from notes, and callers' surnames).
bench_load_data() {
    log "Preparing $BENCH_ADVISERS advisers with API tokens, and the load's data in ${DATA#"$ROOT"/}"
    rm -rf "$DATA"
    mkdir -p "$DATA"
    psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -v advisers="$BENCH_ADVISERS" <<SQL
begin;
insert into user_account (id, username, display_name, password_hash, enabled, created_at, version, failed_sign_ins, totp_last_step)
select b.base + g, 'bench-adviser-' || lpad(g::text, 3, '0'), 'Bench Adviser ' || g, a.password_hash, true, now(), 0, 0, 0
from generate_series(1, :advisers) g
cross join (select greatest((select max(id) from user_account), (select last_value from user_account_seq)) as base) b
cross join (select password_hash from user_account where username = 'adviser') a
where not exists (select 1 from user_account u where u.username = 'bench-adviser-' || lpad(g::text, 3, '0'));
insert into user_account_role (user_account_id, role)
select u.id, 'ADVISER' from user_account u
where u.username like 'bench-adviser-%' and not exists (select 1 from user_account_role r where r.user_account_id = u.id);
select setval('user_account_seq', greatest((select max(id) from user_account), (select last_value from user_account_seq)));
delete from api_token where name = 'load benchmark';
create temp table bench_secret on commit drop as
select u.id as account_id, u.username, 'hlp_' || md5(random()::text || clock_timestamp()::text || u.id) as secret
from user_account u where u.username like 'bench-adviser-%';
insert into api_token (id, version, user_account_id, name, secret_hash, secret_prefix, roles, created_at, created_by, expires_at)
select b.base + row_number() over (order by s.username), 0, s.account_id, 'load benchmark',
       encode(sha256(convert_to(s.secret, 'UTF8')), 'hex'), substr(s.secret, 1, 12), 'ADVISER', now(), 'load-benchmark',
       now() + interval '1 day'
from bench_secret s
cross join (select greatest((select coalesce(max(id), 0) from api_token), (select last_value from api_token_seq)) as base) b;
select setval('api_token_seq', greatest((select max(id) from api_token), (select last_value from api_token_seq)));
\copy (select secret from bench_secret order by username) to '$DATA/tokens.txt'
commit;
\copy (select '0' || substr(number, 4) from caller_phone where number like '+44%' order by md5(number) limit 500) to '$DATA/phones.txt'
create temp table bench_name as
select case when id % 2 = 0 then full_name else split_part(full_name, ' ', 2) end as name,
       md5(id::text) as k
from caller where full_name is not null and full_name ~ '^[A-Za-z]+ [A-Za-z]+$' order by md5(id::text) limit 500;
\copy (select name from bench_name order by k) to '$DATA/names.txt'
\copy (select t.code from topic t where t.active and t.parent_id is not null order by t.code) to '$DATA/topics.txt'
\copy (select code from caller_type where active and code <> 'unknown' order by code) to '$DATA/caller-types.txt'
\copy (select code from outcome where active and code in ('information-given', 'emotional-support', 'signposted', 'no-further-action')) to '$DATA/outcomes.txt'
SQL
    # What advisers search for: words from notes, common and rarer, two-word phrases, and callers' surnames.
    printf '%s\n' baclofen fatigue pip ocrelizumab trial carers bladder dvla "heat sensitivity" facets \
        "blue badge" steroids fampridine lumbar > "$DATA/words.txt"
    psql -X -q -h 127.0.0.1 -U postgres -d "$DB" -Atc "select split_part(full_name, ' ', 2) from caller
        where full_name ~ '^[A-Za-z]+ [A-Za-z]+\$' group by 1 order by md5(split_part(full_name, ' ', 2)) limit 6" >> "$DATA/words.txt"
    for f in tokens phones names topics caller-types outcomes words; do
        [ -s "$DATA/$f.txt" ] || fail "nothing to put in $DATA/$f.txt"
    done
}
