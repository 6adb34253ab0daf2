#!/usr/bin/env bash
# Attainment throughput against a static file from the same server (issue 15): wrk -t2 -c16 reads the demo unit's
# attainment (GET /api/v1/units/{id}/attainment?year=2024, signed in) and then /static/kinerja.css, on embedded H2
# and, when Debian's PostgreSQL is installed, on PostgreSQL; prints requests/s, p99 and the ratio.
# Goal: attainment at least 0.5× the static file, p99 ≤ 20 ms, on both databases.
#   usage: benchmarks/attainment-throughput/run.sh [seconds per run]      (default 20)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
work=$(mktemp -d /tmp/kinerja-throughput.XXXXXX)
kinerja_pid=""
stop_node() { if [ -n "$kinerja_pid" ]; then kill "$kinerja_pid" 2>/dev/null || true; wait "$kinerja_pid" 2>/dev/null || true; kinerja_pid=""; fi; }
cleanup() {
  stop_node
  if [ -n "$pg_bin" ] && [ -d "$work/pg" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# KINERJA_JAR names a jar already built (of this checkout); otherwise it is built here.
. benchmarks/kinerja-jar.sh
jar=$(kinerja_jar)

start_node() { # start_node NAME [VAR=value …]
  local name=$1; shift
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec env MICRONAUT_SERVER_PORT=18095 KINERJA_ADMIN_PASSWORD=benchmark-admin-password \
      KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark "$@" java -Xmx512m -jar "$jar" >"$work/$name/out.log" 2>&1) &
  kinerja_pid=$!
  until curl -fs -o /dev/null http://127.0.0.1:18095/health/readiness; do
    sleep 0.2; kill -0 "$kinerja_pid" 2>/dev/null || { cat "$work/$name/out.log" >&2; exit 1; }
  done
}

wrk_run() { # wrk_run PATH [TOKEN] → "requests/s p99"
  local header=()
  if [ -n "${2:-}" ]; then header=(-H "Authorization: Bearer $2"); fi
  wrk -t2 -c16 -d"${duration}s" --latency "${header[@]}" "http://127.0.0.1:18095$1" \
    | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF} END {print rps, p99, (bad == "" ? 0 : bad)}'
}

measure() { # measure LABEL → one table row
  local token unit
  token=$(curl -fs -H 'Content-Type: application/json' -d '{"username":"admin","password":"benchmark-admin-password"}' \
    http://127.0.0.1:18095/api/v1/auth/token | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  unit=$(curl -fs -H "Authorization: Bearer $token" 'http://127.0.0.1:18095/api/v1/units?size=200' \
    | grep -o '"id":"[^"]*"[^{}]*"shortName":"Biro Umum"' | head -1 | sed 's/"id":"\([^"]*\)".*/\1/')
  local path="/api/v1/units/$unit/attainment?year=2024"
  wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:18095$path" >/dev/null # warm-up
  wrk -t2 -c16 -d5s http://127.0.0.1:18095/static/kinerja.css >/dev/null
  read -r a_rps a_p99 a_bad < <(wrk_run "$path" "$token")
  read -r s_rps s_p99 s_bad < <(wrk_run /static/kinerja.css)
  echo "| $1 | $a_rps | $a_p99 | $s_rps | $s_p99 | $(awk -v a="$a_rps" -v s="$s_rps" 'BEGIN {printf "%.2f", a / s}') | $a_bad / $s_bad |"
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; -Xmx512m; wrk -t2 -c16 -d${duration}s after a 5 s warm-up."
echo
echo "| Database | attainment req/s | attainment p99 | static file req/s | static p99 | ratio | non-2xx |"
echo "|---|---|---|---|---|---|---|"
start_node h2
measure "H2 (embedded file)"
stop_node
if [ -n "$pg_bin" ]; then
  mkdir -p "$work/pg"; chown postgres "$work/pg"; chmod 700 "$work/pg"; chmod 755 "$work"
  runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg" -w -l "$work/pg/log" -o "-p 55452 -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  runuser -u postgres -- psql -h "$work/pg" -p 55452 -U postgres -qc "CREATE DATABASE kinerja" >/dev/null
  start_node pg KINERJA_JDBC_URL=jdbc:postgresql://127.0.0.1:55452/kinerja KINERJA_JDBC_USER=postgres
  measure "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')"
fi
