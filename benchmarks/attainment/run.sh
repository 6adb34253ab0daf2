#!/usr/bin/env bash
# Unit attainment benchmark: a province-sized dataset (60 units × 10 indicators × 3 years × 4 quarters) built
# through the HTTP API on a fresh embedded H2 database, then GET /api/v1/units/{id}/attainment timed for
# every unit. Goal (issue 4): under 300 ms, with no query per indicator.
#   usage: benchmarks/attainment/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/start-kinerja.sh
. benchmarks/java-benchmark.sh
KINERJA_JAVA_OPTS=-Xmx512m start_kinerja attainment 18091 KINERJA_DEMO_DATA=false

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; Kinerja on embedded H2 (file), -Xmx512m."
java_benchmark benchmarks/attainment/ProvinceBenchmark.java "$base" benchmark-admin-password
