#!/usr/bin/env bash
# Recap across units benchmark (issue 14): a province (one parent, 60 units × 10 quarterly indicators × 3 years
# × 4 quarters) built through the HTTP API, then GET /api/v1/recap?year=2026 with all 61 units in one answer
# timed, as JSON and as XLSX — on a fresh embedded H2 file and, where Debian's PostgreSQL is installed (run as
# root), on a fresh PostgreSQL cluster. Goal: under 300 ms, with a bounded number of statements.
#   usage: benchmarks/recap/run.sh          (KINERJA_JAR=path reuses a jar built from this checkout)
exec "$(dirname "$0")/../on-both-databases.sh" benchmarks/recap/RecapBenchmark.java
