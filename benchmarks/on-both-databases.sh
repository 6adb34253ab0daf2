#!/usr/bin/env bash
# Runs one Java benchmark against Kinerja on a fresh embedded H2 file and then, where Debian's PostgreSQL is
# installed and this runs as root, on a fresh PostgreSQL cluster of its own — each Kinerja started from the jar
# (-Xmx512m, demo data off) and given to the benchmark as "java_benchmark BENCHMARK BASE_URL ADMIN_PASSWORD".
#   usage: benchmarks/on-both-databases.sh benchmarks/recap/RecapBenchmark.java
#   KINERJA_JAR=path reuses a jar built from this checkout; otherwise it is built here.
set -euo pipefail
cd "$(dirname "$0")/.."
benchmark=$1
work=$(mktemp -d /tmp/kinerja-benchmark.XXXXXX)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
pg_data=""
kinerja_pid=""
stop_kinerja() {
  if [ -n "$kinerja_pid" ]; then kill "$kinerja_pid" 2>/dev/null || true; wait "$kinerja_pid" 2>/dev/null || true; fi
  kinerja_pid=""
}
cleanup() {
  stop_kinerja
  if [ -n "$pg_data" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

. benchmarks/kinerja-jar.sh
. benchmarks/java-benchmark.sh
jar=$(kinerja_jar)

# start_kinerja NAME PORT [VAR=value ...]: Kinerja from the jar in its own folder, demo data off, -Xmx512m
start_kinerja() {
  local name=$1 port=$2
  shift 2
  mkdir -p "$work/$name"
  (cd "$work/$name" && exec env MICRONAUT_SERVER_PORT="$port" KINERJA_ADMIN_PASSWORD=benchmark-admin-password \
      KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark KINERJA_DEMO_DATA=false "$@" \
      java -Xmx512m -jar "$jar" >"$work/$name/out.log" 2>&1) &
  kinerja_pid=$!
  base="http://127.0.0.1:$port"
  until curl -fs -o /dev/null "$base/health"; do
    sleep 0.2
    kill -0 "$kinerja_pid" 2>/dev/null || { cat "$work/$name/out.log" >&2; exit 1; }
  done
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)."
echo
echo "## H2 (embedded, file)"
start_kinerja h2 18093
java_benchmark "$benchmark" "$base" benchmark-admin-password
stop_kinerja

if [ -n "$pg_bin" ] && [ "$(id -u)" = 0 ]; then
  echo
  echo "## PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}')"
  pg_data="$work/pg"; mkdir -p "$pg_data"; chown postgres "$pg_data"; chmod 700 "$pg_data"; chmod 755 "$work"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/log" \
      -o "-p 55441 -k $pg_data -c listen_addresses=127.0.0.1" start >/dev/null
  runuser -u postgres -- psql -h "$pg_data" -p 55441 -U postgres -q -c "CREATE DATABASE kinerja"
  start_kinerja pg 18094 KINERJA_JDBC_URL=jdbc:postgresql://127.0.0.1:55441/kinerja KINERJA_JDBC_USER=postgres
  java_benchmark "$benchmark" "$base" benchmark-admin-password
  stop_kinerja
else
  echo "PostgreSQL: not measured (needs Debian's postgresql and root)."
fi
