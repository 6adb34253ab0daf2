#!/usr/bin/env bash
# Survey import benchmark: a million responses shaped like the golden CSV, imported through Kinerja's HTTP
# API with a 512 MB heap, then the year's IKM read back (from the tallies kept at import, and recounted from
# every stored answer). Side by side in the same run: H2's own CSVREAD loading the same file into a table,
# and, when Debian's PostgreSQL is installed, PostgreSQL's COPY and Kinerja on PostgreSQL.
#   usage: benchmarks/survey-import/run.sh [rows]        (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
work=$(mktemp -d /tmp/kinerja-import.XXXXXX)
pg_data=""
cleanup() {
  pkill -f "kinerja-import-benchmark" 2>/dev/null || true
  if [ -n "$pg_data" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the jar and generating $rows responses…" >&2
mvn -B -q -ntp -DskipTests -pl web -am clean package >&2
jar=$(ls "$PWD"/web/target/kinerja-web-*.jar | grep -v original | head -1)
csv="$work/responses.csv"
java benchmarks/survey-import/GenerateResponses.java "$rows" "$csv"
size_mb=$(( $(stat -c %s "$csv") / 1024 / 1024 ))
h2_jar=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)

field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" | head -1; }
seconds() { awk -v ns="$1" 'BEGIN {printf "%.1f", ns / 1e9}'; }

# Runs Kinerja on a database URL (empty: embedded H2), imports the file, prints "import_s result_ms recount_s peak_rss_mib ikm".
measure_kinerja() {
  local url=$1 dir="$work/kinerja-$2" port=18090
  mkdir -p "$dir"
  local database=()
  if [ -n "$url" ]; then database=(KINERJA_JDBC_URL="$url" KINERJA_JDBC_USER="${3:-sa}"); fi
  (cd "$dir" && exec env MICRONAUT_SERVER_PORT=$port "${database[@]}" \
      KINERJA_ADMIN_PASSWORD=benchmark-admin-password KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark \
      java -Xmx512m -Dkinerja-import-benchmark -jar "$jar" >"$dir/out.log" 2>&1) &
  local pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; kill -0 $pid || { cat "$dir/out.log" >&2; exit 1; }; done
  local base="http://127.0.0.1:$port/api/v1" admin evaluator unit survey
  admin=$(curl -fs -X POST "$base/auth/token" -H 'Content-Type: application/json' \
      -d '{"username":"admin","password":"benchmark-admin-password"}' | field access_token)
  unit=$(curl -fs "$base/units?size=200" -H "Authorization: Bearer $admin" | grep -o '"id":"[^"]*","parentId":"[^"]*","name":"BIRO[^"]*"' | field id)
  local evaluator_id
  evaluator_id=$(curl -fs -X POST "$base/users" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d '{"username":"evaluator","displayName":"Evaluator","password":"benchmark-evaluator","roles":["EVALUATOR"]}' | field id)
  # an evaluator opens surveys only for the units assigned to them (ADR 0013)
  curl -fs -o /dev/null -X PUT "$base/users/$evaluator_id/units" -H "Authorization: Bearer $admin" \
      -H 'Content-Type: application/json' -d "{\"unitIds\":[\"$unit\"]}"
  evaluator=$(curl -fs -X POST "$base/auth/token" -H 'Content-Type: application/json' \
      -d '{"username":"evaluator","password":"benchmark-evaluator"}' | field access_token)
  survey=$(curl -fs -X POST "$base/surveys" -H "Authorization: Bearer $evaluator" -H 'Content-Type: application/json' \
      -d "{\"unitId\":\"$unit\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}" | field id)
  local start end import_ns result_ms recount_ns
  start=$(date +%s%N)
  curl -fs -o "$dir/import.json" -X POST "$base/surveys/$survey/responses" -H "Authorization: Bearer $evaluator" \
      -H 'Content-Type: text/csv' --data-binary @"$csv"
  end=$(date +%s%N); import_ns=$((end - start))
  start=$(date +%s%N)
  curl -fs -o "$dir/result.json" "$base/surveys/$survey/result" -H "Authorization: Bearer $evaluator"
  end=$(date +%s%N); result_ms=$(( (end - start) / 1000000 ))
  start=$(date +%s%N)
  curl -fs -o "$dir/recount.json" "$base/surveys/$survey/result?recount=true" -H "Authorization: Bearer $evaluator"
  end=$(date +%s%N); recount_ns=$((end - start))
  local rss ikm
  rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  ikm=$(grep -o '"combined":{"respondents":[0-9]*,"state":"[A-Z_]*","ikm":[0-9.]*' "$dir/result.json" | sed 's/.*"ikm"://')
  grep -q "\"ikm\":$ikm" "$dir/recount.json" || { echo "recount disagrees with the kept tallies" >&2; exit 1; }
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(seconds $import_ns) $result_ms $(seconds $recount_ns) $rss $ikm"
}

echo "H2 CSVREAD…" >&2
csvread=$( { /usr/bin/time -f "%e %M" java -cp "$h2_jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/csvread" -user sa \
    -sql "CREATE TABLE responses AS SELECT * FROM CSVREAD('$csv', NULL, 'charset=UTF-8 fieldSeparator=;')" >/dev/null; } 2>&1 | tail -1)
echo "Kinerja on H2…" >&2
read -r h2_import h2_result h2_recount h2_rss h2_ikm < <(measure_kinerja "" h2)

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $rows responses, $size_mb MiB of CSV."
echo
echo "| database | loader | load (s) | peak RSS (MiB) | IKM read (ms) | IKM recounted from every answer (s) |"
echo "|---|---|---|---|---|---|"
echo "| H2 | CSVREAD into a table | $(awk '{print $1}' <<<"$csvread") | $(awk '{printf "%.0f", $2/1024}' <<<"$csvread") | – | – |"
echo "| H2 | Kinerja over HTTP, -Xmx512m | $h2_import | $h2_rss | $h2_result | $h2_recount |"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$pg_bin" ] && [ "$(id -u)" = 0 ]; then
  echo "PostgreSQL COPY and Kinerja on PostgreSQL…" >&2
  pg_data="$work/pg"; mkdir -p "$pg_data"; chown postgres "$pg_data" "$work"; chmod 700 "$pg_data"; chmod 755 "$work"; chmod 644 "$csv"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/log" -o "-p 55439 -k $pg_data -c listen_addresses=127.0.0.1" start >/dev/null
  psql_run() { runuser -u postgres -- psql -h "$pg_data" -p 55439 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
  psql_run -c "CREATE DATABASE copy_baseline" -c "CREATE DATABASE kinerja"
  psql_run -d copy_baseline -c "CREATE TABLE responses (layanan text, responden text, tanggal text, jenis_kelamin text, usia text, pendidikan text, pekerjaan text, u1 text, u2 text, u3 text, u4 text, u5 text, u6 text, u7 text, u8 text, u9 text, saran text)"
  copy=$( { /usr/bin/time -f "%e" runuser -u postgres -- psql -h "$pg_data" -p 55439 -U postgres -d copy_baseline -q \
      -c "\\copy responses FROM '$csv' WITH (FORMAT csv, HEADER true, DELIMITER ';')"; } 2>&1 | tail -1)
  read -r pg_import pg_result pg_recount pg_rss pg_ikm < <(measure_kinerja "jdbc:postgresql://127.0.0.1:55439/kinerja" pg postgres)
  echo "| PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') | COPY (psql \\copy) | $copy | – | – | – |"
  echo "| PostgreSQL | Kinerja over HTTP, -Xmx512m | $pg_import | $pg_rss | $pg_result | $pg_recount |"
fi
echo
echo "IKM of the file: $h2_ikm (H2)${pg_ikm:+, $pg_ikm (PostgreSQL)}."
