#!/usr/bin/env bash
# Growth benchmark (issue 15, item 6): one province grown through the HTTP API from 1 to 60 to 500 units (each
# with 10 quarterly indicators, 2026 realized), and after each step a unit's attainment, the recap of every unit
# (JSON and XLSX) and one unit's LKjIP PDF timed — on a fresh embedded H2 file and, where Debian's PostgreSQL is
# installed (run as root), on a fresh PostgreSQL cluster. Goal: each read grows linearly with the units or better.
#   usage: benchmarks/growth/run.sh          (KINERJA_JAR=path reuses a jar built from this checkout)
exec "$(dirname "$0")/../on-both-databases.sh" benchmarks/growth/GrowthBenchmark.java
