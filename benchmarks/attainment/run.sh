#!/usr/bin/env bash
# Unit attainment benchmark: a province-sized dataset (60 units × 10 indicators × 3 years × 4 quarters) built
# through the HTTP API on a fresh embedded H2 database, then GET /api/v1/units/{id}/attainment timed for
# every unit. Goal (issue 4): under 300 ms, with no query per indicator.
#   usage: benchmarks/attainment/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/kinerja-attainment.XXXXXX)
port=18091
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the jar…" >&2
mvn -B -q -ntp -DskipTests -pl web -am clean package >&2
jar=$(ls "$PWD"/web/target/kinerja-web-*.jar | grep -v original | head -1)
(cd "$work" && exec env MICRONAUT_SERVER_PORT=$port KINERJA_DEMO_DATA=false \
    KINERJA_ADMIN_PASSWORD=benchmark-admin-password KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark \
    java -Xmx512m -jar "$jar" >"$work/out.log" 2>&1) &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; kill -0 $pid || { cat "$work/out.log" >&2; exit 1; }; done

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; Kinerja on embedded H2 (file), -Xmx512m."
java benchmarks/attainment/ProvinceBenchmark.java "http://127.0.0.1:$port" benchmark-admin-password
