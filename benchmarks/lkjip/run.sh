#!/usr/bin/env bash
# LKjIP benchmark: a province-scale unit (10 objectives × 30 indicators × 3 years) built through the HTTP
# API on a fresh embedded H2 database, then GET /api/v1/units/{id}/reports/lkjip?year=2026 (Accept: application/pdf) timed.
# LKjIP of 2026 read as a PDF. Goal (issue 13): under 3 s on 2 cores.
#   usage: benchmarks/lkjip/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/start-kinerja.sh
. benchmarks/java-benchmark.sh
KINERJA_JAVA_OPTS=-Xmx512m start_kinerja lkjip 18092 KINERJA_DEMO_DATA=false

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; Kinerja on embedded H2 (file), -Xmx512m."
java_benchmark benchmarks/lkjip/ProvinceReportBenchmark.java "$base" benchmark-admin-password
