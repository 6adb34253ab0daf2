#!/usr/bin/env bash
# Many respondents at once on the public SKM questionnaire (issue 16), one Kinerja node on its own PostgreSQL:
#   1. CLIENTS concurrent clients send questionnaires for SECONDS (SkmStorm.java); prints submissions/s and checks
#      that the database holds exactly the acknowledged answers (none lost, none doubled);
#   2. the same with the node killed (kill -9) halfway and started again: every acknowledged answer is there.
# Goal: at least 200 submissions/s on 2 cores. The per-address limit is raised for the run (KINERJA_SKM_RATE_LIMIT):
# every client here is one address.
# Needs Debian's postgresql (apt-get install -y postgresql), run as root.
#   usage: benchmarks/skm-submissions/run.sh [seconds] [clients]      (default 20, 32)
# KINERJA_JAVA_OPTIONS adds options to the node's JVM, e.g. a flight recording to profile a run:
#   KINERJA_JAVA_OPTIONS="-XX:StartFlightRecording=filename=/tmp/skm.jfr,settings=profile"
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
clients=${2:-32}
command -v psql >/dev/null || { echo "needs postgresql (apt-get install -y postgresql)" >&2; exit 1; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/kinerja-skm.XXXXXX)
kinerja_pid=""
stop_node() { if [ -n "$kinerja_pid" ]; then kill "$kinerja_pid" 2>/dev/null || true; wait "$kinerja_pid" 2>/dev/null || true; kinerja_pid=""; fi; }
cleanup() {
  stop_node
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# KINERJA_JAR names a jar already built (of this checkout); otherwise it is built here.
. benchmarks/kinerja-jar.sh
jar=$(kinerja_jar)

mkdir -p "$work/pg"; chown postgres "$work/pg"; chmod 700 "$work/pg"; chmod 755 "$work"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/log" \
  -o "-p 55453 -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=60" start >/dev/null
psql_run() { runuser -u postgres -- psql -h "$work/pg" -p 55453 -U postgres -d kinerja -v ON_ERROR_STOP=1 -qtA "$@"; }
runuser -u postgres -- psql -h "$work/pg" -p 55453 -U postgres -qc "CREATE DATABASE kinerja" >/dev/null

start_node() {
  (cd "$work" && exec env MICRONAUT_SERVER_PORT=18096 KINERJA_ADMIN_PASSWORD=benchmark-admin-password \
      KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark KINERJA_DEMO_DATA=false \
      KINERJA_JDBC_URL=jdbc:postgresql://127.0.0.1:55453/kinerja KINERJA_JDBC_USER=postgres \
      KINERJA_SKM_RATE_LIMIT=100000000 java -Xmx512m ${KINERJA_JAVA_OPTIONS:-} -jar "$jar" >>"$work/out.log" 2>&1) &
  kinerja_pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:18096/health/readiness; do
    sleep 0.2; kill -0 "$kinerja_pid" 2>/dev/null || { cat "$work/out.log" >&2; exit 1; }
  done
}

# check LABEL STORM_OUTPUT ACK_FILE: every acknowledged answer stored (and, without a crash, nothing else)
check() {
  local survey acknowledged stored present
  survey=$(sed -n 's/^survey=//p' "$2")
  acknowledged=$(sed -n 's/^acknowledged=//p' "$2")
  stored=$(psql_run -c "SELECT COUNT(*) FROM questionnaire_answer WHERE survey_id = '$survey'")
  psql_run -c "CREATE TABLE IF NOT EXISTS acknowledged (visit_key VARCHAR(64)); TRUNCATE acknowledged"
  runuser -u postgres -- psql -h "$work/pg" -p 55453 -U postgres -d kinerja -qc "\\copy acknowledged FROM '$3'"
  present=$(psql_run -c "SELECT COUNT(*) FROM acknowledged a JOIN questionnaire_answer q ON q.visit_key = a.visit_key")
  echo "| $1 | $clients | $(sed -n 's/^rate=//p' "$2") | $acknowledged | $stored | $present | $(sed -n 's/^failed=//p' "$2") |"
  [ "$present" = "$acknowledged" ] || { echo "ACKNOWLEDGED ANSWERS LOST" >&2; exit 1; }
}

start_node
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'), -Xmx512m, ${duration}s per run."
echo
echo "| Run | clients | submissions/s | acknowledged | stored | acknowledged and stored | refused or failed |"
echo "|---|---|---|---|---|---|---|"
# warm-up, not counted
java benchmarks/skm-submissions/SkmStorm.java http://127.0.0.1:18096 benchmark-admin-password "$clients" 5 "$work/warm.ack" >/dev/null
java benchmarks/skm-submissions/SkmStorm.java http://127.0.0.1:18096 benchmark-admin-password "$clients" "$duration" "$work/steady.ack" >"$work/steady.out"
check "steady" "$work/steady.out" "$work/steady.ack"
stored=$(psql_run -c "SELECT COUNT(*) FROM questionnaire_answer WHERE survey_id = '$(sed -n 's/^survey=//p' "$work/steady.out")'")
[ "$stored" = "$(sed -n 's/^acknowledged=//p' "$work/steady.out")" ] || { echo "STORED DIFFERS FROM ACKNOWLEDGED" >&2; exit 1; }

# the node killed halfway (kill -9) and started again while the clients keep sending
java benchmarks/skm-submissions/SkmStorm.java http://127.0.0.1:18096 benchmark-admin-password "$clients" "$duration" "$work/crash.ack" >"$work/crash.out" &
storm=$!
# the kill comes halfway through the sending, not during the storm's setup (a unit, an evaluator, a survey)
until grep -q '^evaluator=' "$work/crash.out" 2>/dev/null; do sleep 0.2; kill -0 "$storm" 2>/dev/null || break; done
sleep $((duration / 2))
kill -9 "$kinerja_pid"; wait "$kinerja_pid" 2>/dev/null || true; kinerja_pid=""
start_node
wait "$storm"
check "kill -9 halfway, restarted" "$work/crash.out" "$work/crash.ack"
