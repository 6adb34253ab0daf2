#!/usr/bin/env bash
# Two Kinerja nodes behind HAProxy on one PostgreSQL, on this machine (issue 15, docs/operations.md):
#   1. both nodes start at the same moment on an empty database (migrations, first administrator, demo data);
#   2. wrk reads a unit's attainment from one node directly, then through the proxy from both;
#   3. evaluators race through the proxy to record the same values and then, 25 rounds each, to revise them from
#      one version; the database is then asked whether any (indicator, year) has two current values, whether every
#      acknowledged first value is stored, and whether each value holds its last acknowledged revision.
# Needs Debian's postgresql, haproxy and wrk (apt-get install -y postgresql haproxy wrk), run as root.
#   usage: benchmarks/two-nodes/run.sh [seconds per wrk run] [writers]      (default 15, 16)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
writers=${2:-16}
for tool in haproxy wrk psql; do command -v $tool >/dev/null || { echo "needs $tool (apt-get install -y postgresql haproxy wrk)" >&2; exit 1; }; done
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d /tmp/kinerja-two-nodes.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
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
  -o "-p 55451 -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=60" start >/dev/null
psql_run() { runuser -u postgres -- psql -h "$work/pg" -p 55451 -U postgres -d kinerja -v ON_ERROR_STOP=1 -qtA "$@"; }
runuser -u postgres -- psql -h "$work/pg" -p 55451 -U postgres -qc "CREATE DATABASE kinerja" >/dev/null

# One shared secret: a token signed by one node is accepted by the other, so no sticky sessions are needed.
secret=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
for node in 1 2; do
  mkdir -p "$work/node$node"
  (cd "$work/node$node" && exec env MICRONAUT_SERVER_PORT=1810$node KINERJA_JWT_SECRET="$secret" \
      KINERJA_JDBC_URL=jdbc:postgresql://127.0.0.1:55451/kinerja KINERJA_JDBC_USER=postgres \
      KINERJA_ADMIN_PASSWORD=benchmark-admin-password KINERJA_TRUST_PROXY=true \
      java -Xmx512m -jar "$jar" >"$work/node$node/out.log" 2>&1) &
  pids+=($!)
done
cat >"$work/haproxy.cfg" <<CFG
global
  maxconn 4096
defaults
  mode http
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend kinerja
  bind 127.0.0.1:18100
  option forwardfor
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /health/readiness
  server node1 127.0.0.1:18101 check inter 2s
  server node2 127.0.0.1:18102 check inter 2s
CFG
haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
pids+=($!)
for port in 18101 18102; do
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/readiness"; do
    sleep 0.3
    for node in 1 2; do kill -0 "${pids[$((node - 1))]}" 2>/dev/null || { cat "$work/node$node/out.log" >&2; exit 1; }; done
  done
done
sleep 3 # the proxy's first health checks
echo "Both nodes started together on one empty PostgreSQL: $(psql_run -c "SELECT COUNT(*) FROM decree") decree(s), $(psql_run -c "SELECT COUNT(*) FROM app_user WHERE username = 'admin'") administrator(s)."

java benchmarks/two-nodes/WriteStorm.java http://127.0.0.1:18100 benchmark-admin-password "$writers" >"$work/storm.out"
token=$(sed -n 's/^token=//p' "$work/storm.out")
unit=$(sed -n 's/^unit=//p' "$work/storm.out")
path="/api/v1/units/$unit/attainment?year=2024"

measure() { # prints "requests/s p99"
  wrk -t2 -c16 -d"${duration}s" --latency -H "Authorization: Bearer $token" "$1$path" \
    | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}
# Warm both nodes up through the proxy first (a fresh JVM's first seconds measure its JIT, not the read).
wrk -t2 -c16 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:18100$path" >/dev/null
read -r one_rps one_p99 < <(measure http://127.0.0.1:18101)
read -r two_rps two_p99 < <(measure http://127.0.0.1:18100)

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'), HAProxy $(haproxy -v | awk 'NR==1 {print $3}'), -Xmx512m per node."
echo
echo "| Attainment read (\`wrk -t2 -c16 -d${duration}s\`) | requests/s | p99 |"
echo "|---|---|---|"
echo "| one node, direct | $one_rps | $one_p99 |"
echo "| two nodes behind HAProxy | $two_rps | $two_p99 |"
echo "| ratio two / one | $(awk -v a="$two_rps" -v b="$one_rps" 'BEGIN {printf "%.2f", a / b}') | |"
echo
grep -E '^(races|told)' "$work/storm.out" | sed 's/^/    /'
acknowledged=$(sed -n 's/^acknowledged=//p' "$work/storm.out" | tr ',' '\n' | grep -c . || true)
ids=$(sed -n 's/^acknowledged=//p' "$work/storm.out" | sed "s/[^,][^,]*/'&'/g")
stored=$(psql_run -c "SELECT COUNT(*) FROM realization WHERE id IN ($ids)")
doubles=$(psql_run -c "SELECT COUNT(*) FROM (SELECT r.indicator_id, r.realization_year, r.period FROM realization r
  WHERE NOT EXISTS (SELECT 1 FROM realization c WHERE c.corrects_id = r.id)
  GROUP BY r.indicator_id, r.realization_year, r.period HAVING COUNT(*) > 1) d")
# The last acknowledged revision of each value is what the database holds: no acknowledged revision was overwritten
# by one that lost its race.
revised=0
overwritten=0
for triple in $(sed -n 's/^expected=//p' "$work/storm.out" | tr ',' ' '); do
  IFS=: read -r id version value <<<"$triple"
  revised=$((revised + 1))
  holds=$(psql_run -c "SELECT COUNT(*) FROM realization WHERE id = '$id' AND version = $version AND amount = $value")
  [ "$holds" = 1 ] || overwritten=$((overwritten + 1))
done
echo
echo "Writes through the proxy: $acknowledged first values acknowledged, $stored of them stored; (indicator, year, period) with two current values: $doubles."
# Two writers told 200 for one race means one of them was silently overwritten.
lost_updates=$(awk '/^told revision rounds with ([2-9]|[1-9][0-9]+) winners:/ {n += $NF} END {print n + 0}' "$work/storm.out")
echo "Revisions raced from one version: of $revised values, $overwritten do not hold their last acknowledged revision; rounds with more than one winner: $lost_updates."
[ "$stored" = "$acknowledged" ] && [ "$doubles" = 0 ] && [ "$overwritten" = 0 ] && [ "$lost_updates" = 0 ] \
  || { echo "LOST OR DOUBLED WRITES" >&2; exit 1; }
