#!/usr/bin/env bash
# The email benchmark (issue 28; see BENCHMARKS.md at the top of the repository):
#
#   ear/src/bench/email-benchmark.sh [--latency N] [--emails N] [--every-seconds S] [--idle] [--greenmail]
#
# 1. PostgreSQL, the EAR and a fresh database helpline_bench_email,
# 2. the mailbox: Dovecot (Debian's dovecot-imapd, a configuration of its own under ear/target) on IMAP 3643,
#    or with --greenmail (or no Dovecot installed) GreenMail, the demo's mail server, from ~/.m2; GreenMail's
#    SMTP on 3525 either way, for the acknowledgements Helpline sends; and the build's WildFly on the database
#    (port offset 500) reading that mailbox every S seconds (default 10, the production default; with --idle,
#    waiting on the inbox with IMAP IDLE between reads),
# 3. EmailBenchmark.java: the time from an email arriving (into Dovecot's inbox by IMAP APPEND, as a mail
#    server's delivery agent puts it there; into GreenMail's by SMTP) to its row being committed (the queue
#    shows it), for N emails one at a time (default 30); then the throughput of filing N waiting emails
#    (default 10,000, each from its own sender, so each also gets an acknowledgement) put into the inbox at once,
# 4. stops the server and the mail servers, whatever happens.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
LATENCY=30
EMAILS=10000
EVERY=10
IDLE=false
MAILBOX=dovecot
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
        --greenmail) MAILBOX=greenmail; return 1 ;;
        *) return 0 ;;
    esac
}

source "$ROOT/ear/src/bench/bench-lib.sh"
bench_options "$@"

# GreenMail's standalone jar, the version the demo uses, fetched into ~/.m2 if it is not there yet.
GREENMAIL_VERSION=$(sed -n 's:.*<version.greenmail>\(.*\)</version.greenmail>.*:\1:p' "$ROOT/pom.xml")
GREENMAIL=$HOME/.m2/repository/com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar
if [ ! -f "$GREENMAIL" ]; then
    mvn -B -q -ntp dependency:get -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -Dtransitive=false \
        || fail "could not fetch greenmail-standalone $GREENMAIL_VERSION"
fi
if [ "$MAILBOX" = dovecot ] && ! command -v dovecot >/dev/null; then
    log "No Dovecot here (apt-get install dovecot-imapd): the mailbox is GreenMail's"
    MAILBOX=greenmail
fi
DOVECOT_DIR=$ROOT/ear/target/email-bench-dovecot
GREENMAIL_PID=
stop_all() {
    bench_stop_server
    [ -n "$GREENMAIL_PID" ] && kill "$GREENMAIL_PID" 2>/dev/null || true
    [ -f "$DOVECOT_DIR/dovecot.conf" ] && dovecot -c "$DOVECOT_DIR/dovecot.conf" stop 2>/dev/null || true
}
trap stop_all EXIT

# Dovecot as a mail server would run it for one mailbox (maildir, plain IMAP on loopback, a static password),
# in a directory of its own, owned by the system's 'mail' user; started as root, as Dovecot expects.
start_dovecot() {
    [ "$(id -u)" = 0 ] || fail "Dovecot is started as root (it drops to the 'mail' user); or use --greenmail"
    rm -rf "$DOVECOT_DIR"
    mkdir -p "$DOVECOT_DIR/run" "$DOVECOT_DIR/state" "$DOVECOT_DIR/mail"
    chown mail:mail "$DOVECOT_DIR/mail"
    local uid gid
    uid=$(id -u mail)
    gid=$(id -g mail)
    cat >"$DOVECOT_DIR/dovecot.conf" <<EOF
base_dir = $DOVECOT_DIR/run
state_dir = $DOVECOT_DIR/state
log_path = $DOVECOT_DIR/dovecot.log
instance_name = helpline-bench
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:$DOVECOT_DIR/mail/%n
first_valid_uid = $uid
last_valid_uid = $uid
first_valid_gid = $gid
passdb {
  driver = static
  args = password=demo-mailbox
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$DOVECOT_DIR/mail/%n
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $IMAP_PORT
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
EOF
    dovecot -c "$DOVECOT_DIR/dovecot.conf"
    log "Started Dovecot $(dovecot --version | cut -d' ' -f1) (IMAP $IMAP_PORT, maildir)"
}

log "Email benchmark: arrival to queue for $LATENCY emails, throughput of $EMAILS, mailbox read every $EVERY s, $MAILBOX"
log "Machine: $(machine_line)"
bench_postgres
bench_ear
bench_database
bench_driver

GREENMAIL_IMAP=()
if [ "$MAILBOX" = dovecot ]; then
    start_dovecot
    log "Starting GreenMail (SMTP $SMTP_PORT, for what Helpline sends)"
else
    GREENMAIL_IMAP=(-Dgreenmail.imap.port=$IMAP_PORT)
    log "Starting GreenMail (SMTP $SMTP_PORT, IMAP $IMAP_PORT)"
fi
java -Dgreenmail.smtp.port=$SMTP_PORT "${GREENMAIL_IMAP[@]}" -Dgreenmail.hostname=127.0.0.1 \
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
    "jdbc:postgresql://127.0.0.1:5432/$DB" "$LATENCY" "$EMAILS" "$EVERY" "$MAILBOX"
log "Done"
