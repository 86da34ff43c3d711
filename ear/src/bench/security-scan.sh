#!/usr/bin/env bash
# Scans a running Helpline with wapiti (Debian's package), signed in as a demo member of staff:
#
#   mvn -Prun package            # in another terminal: Helpline on http://127.0.0.1:8080/helpline
#   ear/src/bench/security-scan.sh [USERNAME PASSWORD] [--max-scan-time SECONDS]
#
# Signs in through the Faces form with curl, hands wapiti the session cookie, and scans everything under
# /helpline for the given time (default 600 s). The report is written to
# ear/target/wapiti/report.txt. Loopback only: never point it at a server you do not own.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
HOST=${HELPLINE_HOST:-http://127.0.0.1:8080}
BASE=$HOST/helpline
USERNAME=${1:-supervisor}
PASSWORD=${2:-supervisor-demo-2026}
TIME=600
[ "${3:-}" = "--max-scan-time" ] && TIME=$4
OUT=$ROOT/ear/target/wapiti
mkdir -p "$OUT"
command -v wapiti >/dev/null || { echo "wapiti is not installed: apt-get install wapiti" >&2; exit 1; }

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
page=$(curl -fsS -c "$jar" "$BASE/login.xhtml")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//; s/"$//')
action=$(grep -o '<form id="login"[^>]*action="[^"]*"' <<<"$page" | sed 's/.*action="//; s/"$//; s/&amp;/\&/g')
curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=$USERNAME" \
    --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$HOST$action"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -n 1)
[ -n "$session" ] || { echo "signing in as $USERNAME failed" >&2; exit 1; }
cat >"$OUT/cookies.json" <<JSON
{"127.0.0.1": {"/helpline": {"JSESSIONID": {"value": "$session", "expires": null, "secure": false, "port": null, "version": 0}}}}
JSON

echo "Scanning $BASE as $USERNAME for up to $TIME s"
# No -x: wapiti 3.0.4's exclusion patterns fail on Python 3.11. The crawler may press Sign out part way,
# after which it scans what a signed-out visitor reaches.
wapiti -u "$BASE/" --scope folder -c "$OUT/cookies.json" \
    --max-scan-time "$TIME" --max-attack-time $((TIME / 8)) --flush-session -v 1 -f txt -o "$OUT/report.txt" || true
echo "Report: ${OUT#"$ROOT"/}/report.txt"
