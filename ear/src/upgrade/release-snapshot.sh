#!/usr/bin/env bash
# Makes the upgrade test's fixture for a tagged release: that release's schema with its demo data.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: ear/src/upgrade/release-snapshot.sh [--port-offset N] TAG

For a release tag (v0.2.0, ...): checks the tag out into a temporary git worktree, builds it
(mvn -DskipTests package, a few minutes: it unpacks and configures that release's WildFly), starts
that release's server in demo mode on a scratch PostgreSQL database until it is ready (its demo
seeding writes six months of fictional callers, contacts and cases), stops it, and writes the
database as plain SQL, gzipped, to ear/src/test/upgrade/TAG.sql.gz for UpgradeAndRestoreDrillIT.
Run it once per release, right after tagging, and commit the file.

The scratch database (helpline_release_TAG) is made and dropped on PostgreSQL as libpq finds it:
PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD or ~/.pgpass.
--port-offset   the release's server ports, 8080 + N and 9990 + N (default 740)
EOF
}

offset=740 tag=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        -h | --help) usage; exit 0 ;;
        --port-offset) offset=$2; shift 2 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 1 ;;
        *) tag=$1; shift ;;
    esac
done
[[ -n $tag ]] || { usage >&2; exit 1; }

repo=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
git -C "$repo" rev-parse --verify --quiet "refs/tags/$tag^{commit}" >/dev/null || { echo "no tag $tag" >&2; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=helpline_release_${tag//[^a-zA-Z0-9]/_}
out=$repo/ear/src/test/upgrade/$tag.sql.gz
work=$(mktemp -d "${TMPDIR:-/tmp}/helpline-$tag.XXXXXX")
server_group=""

cleanup() {
    if [[ -n $server_group ]]; then
        kill -KILL -- "-$server_group" 2>/dev/null || true
    fi
    git -C "$repo" worktree remove --force "$work/src" 2>/dev/null || true
    dropdb --if-exists --force "$db" 2>/dev/null || true
    rm -rf "$work" "$out.partial"
}
trap cleanup EXIT

echo "Building $tag in $work/src (mvn -DskipTests package; a few minutes)"
git -C "$repo" worktree add --detach --quiet "$work/src" "$tag"
# package, not install: the release's modules carry the same SNAPSHOT version as the current ones, and
# installing them would replace the current build's in the local repository.
(cd "$work/src" && mvn -B -ntp -q -DskipTests package) >"$work/build.log" 2>&1 \
    || { tail -n 40 "$work/build.log" >&2; echo "the build of $tag failed" >&2; exit 1; }

home=$(echo "$work"/src/ear/target/server/wildfly-*)
base=$work/server
mkdir -p "$base/deployments"
cp -r "$home/standalone/configuration" "$base/configuration"
cp "$work/src/ear/target/helpline.ear" "$base/deployments/"

dropdb --if-exists --force "$db" 2>/dev/null || true
createdb "$db"
echo "Starting $tag in demo mode on database $db (ports +$offset)"
HELPLINE_DB_DRIVER=postgresql HELPLINE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" HELPLINE_DB_USER=$PGUSER \
    HELPLINE_DB_PASSWORD=${PGPASSWORD:-unused-with-trust-auth} JAVA_OPTS="-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true" \
    setsid "$home/bin/standalone.sh" -c standalone-helpline.xml -Djboss.server.base.dir="$base" \
    -Djboss.socket.binding.port-offset="$offset" -Dhelpline.demo=true >"$work/console.log" 2>&1 &
server_group=$!

ready=false
for _ in $(seq 1 300); do
    kill -0 "$server_group" 2>/dev/null || { tail -n 40 "$work/console.log" >&2; echo "$tag's server stopped while starting" >&2; exit 1; }
    if curl -fs -o /dev/null "http://127.0.0.1:$((9990 + offset))/health/ready" \
        && curl -fs -o /dev/null "http://127.0.0.1:$((8080 + offset))/helpline/login.xhtml"; then
        ready=true
        break
    fi
    sleep 1
done
$ready || { tail -n 40 "$base/log/server.log" >&2; echo "$tag's server was not ready within 5 minutes" >&2; exit 1; }
seeded=$(psql -d "$db" -Atc "select count(*) from seed_record where kind = 'demo_contacts'")
[[ $seeded -gt 0 ]] || { echo "$tag's server is up but wrote no demo contacts" >&2; exit 1; }

echo "Stopping it, and writing the database to $out"
kill -TERM -- "-$server_group"
for _ in $(seq 1 60); do kill -0 "$server_group" 2>/dev/null || break; sleep 1; done
kill -KILL -- "-$server_group" 2>/dev/null || true
server_group=""
pg_dump --dbname="$db" --format=plain --no-owner --no-privileges | gzip -9 -n >"$out.partial"
mv "$out.partial" "$out"

echo "$out: $(du -h "$out" | cut -f1); schema version $(psql -d "$db" -Atc \
    "select max(version::int) from flyway_schema_history where success"), $(psql -d "$db" -Atc \
    "select count(*) from contact") contacts, $(psql -d "$db" -Atc "select count(*) from caller") callers"
