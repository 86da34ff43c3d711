#!/usr/bin/env bash
# The email benchmark (issue 28; see BENCHMARKS.md at the top of the repository):
#
#   ear/src/bench/email-benchmark.sh [--latency N] [--emails N] [--every-seconds S] [--idle]
#
# 1. PostgreSQL, the EAR and a fresh database helpline_bench_email,
# 2. GreenMail (the demo's mail server, from ~/.m2) on SMTP 3525 / IMAP 3643, and the build's WildFly on the
#    database (port offset 500) reading that mailbox every S seconds (default 10, the production default;
#    with --idle, waiting on the inbox with IMAP IDLE between reads),
# 3. EmailBenchmark.java: the time from an email arriving (SMTP done) to its row being committed (the queue shows
#    it), for N emails one at a time (default 30); then the throughput of filing N waiting emails (default
#    10,000, each from its own sender, so each also gets an acknowledgement) put into the inbox at once,
# 4. stops the server and GreenMail, whatever happens.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
LATENCY=30
EMAILS=10000
EVERY=10
IDLE=false
DB=helpline_bench_email
CONTACTS=1000
PORT_OFFSET=500
BASE_DIR=$ROOT/ear/target/email-bench-server
SMTP_PORT=3525
IMAP_PORT=3643

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

script_option() {
    case "$1" in
        --latency) LATENCY=$2; return 2 ;;
        --emails) EMAILS=$2; return 2 ;;
        --every-seconds) EVERY=$2; return 2 ;;
        --idle) IDLE=true; return 1 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"

GREENMAIL=$(ls "$HOME"/.m2/repository/com/icegreen/greenmail-standalone/*/greenmail-standalone-*.jar 2>/dev/null | sort -V | tail -n 1)
[ -n "$GREENMAIL" ] || fail "no greenmail-standalone in ~/.m2: run 'mvn -Prun package' once, or mvn dependency:get"
GREENMAIL_PID=
stop_all() {
    bench_stop_server
    [ -n "$GREENMAIL_PID" ] && kill "$GREENMAIL_PID" 2>/dev/null || true
}
trap stop_all EXIT

log "Email benchmark: arrival to queue for $LATENCY emails, throughput of $EMAILS, mailbox read every $EVERY s"
log "Machine: $(machine_line)"
bench_postgres
bench_ear
bench_database
bench_driver

log "Starting GreenMail (SMTP $SMTP_PORT, IMAP $IMAP_PORT)"
java -Dgreenmail.smtp.port=$SMTP_PORT -Dgreenmail.imap.port=$IMAP_PORT -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.users=helpline:demo-mailbox@helpline.test -Dgreenmail.users.login=email \
    -Xmx2g -jar "$GREENMAIL" >"$ROOT/ear/target/email-bench-greenmail.log" 2>&1 &
GREENMAIL_PID=$!

export HELPLINE_EMAIL_ENABLED=true
export HELPLINE_EMAIL_EVERY_SECONDS=$EVERY
export HELPLINE_EMAIL_IDLE=$IDLE
export HELPLINE_MAIL_IMAP_PORT=$IMAP_PORT
export HELPLINE_MAIL_SMTP_PORT=$SMTP_PORT
bench_start_server

java -cp "$GREENMAIL:$DRIVER" "$BENCH_SRC/EmailBenchmark.java" "$SMTP_PORT" "$IMAP_PORT" \
    "jdbc:postgresql://127.0.0.1:5432/$DB" "$LATENCY" "$EMAILS" "$EVERY"
log "Done"
