#!/usr/bin/env bash
# LKjIP benchmark: a province-scale unit (10 objectives × 30 indicators × 3 years) built through the HTTP
# API on a fresh embedded H2 database, then GET /api/v1/units/{id}/reports/lkjip?year=2026 (Accept: application/pdf) timed.
# LKjIP of 2026 read as a PDF. Goal (issue 13): under 3 s on 2 cores.
#   usage: benchmarks/lkjip/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/kinerja-lkjip.XXXXXX)
port=18092
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
java benchmarks/lkjip/ProvinceReportBenchmark.java "http://127.0.0.1:$port" benchmark-admin-password
