#!/usr/bin/env bash
# Survey import benchmark: a million responses shaped like the golden CSV, imported through Kinerja's HTTP
# API with a 512 MB heap, then the year's IKM read back (from the tallies kept at import, and recounted from
# every stored answer). Side by side in the same run: H2's own CSVREAD loading the same file into a table,
# and, when Debian's PostgreSQL is installed, PostgreSQL's COPY and Kinerja on PostgreSQL (a throw-away server
# on port 55454). Prints the ratios issue 15 asks for (Kinerja / CSVREAD on H2, Kinerja / COPY on
# PostgreSQL) and each Kinerja run's peak heap, read from its GC log.
# Two COPY baselines are timed on PostgreSQL: the file into a bare table of 17 text columns (the issue's
# baseline), and the same file into the very table Kinerja writes, survey_response, with every key, check,
# index and foreign key it has (the survey and import come from column defaults set for the occasion), in a
# transaction rolled back afterwards — the fair one: the same rows meet the same constraints.
#   usage: benchmarks/survey-import/run.sh [rows]        (default 1000000)
#   KINERJA_JAR=path reuses a built jar; ONLY=pg or ONLY=h2 runs one database; JFR=1 records each Kinerja
#   run with Java Flight Recorder (kept as import-<database>.jfr in the current directory).
set -euo pipefail
started_in=$PWD
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
work=$(mktemp -d /tmp/kinerja-import.XXXXXX)
pg_data=""
pg_port=55454
kinerja_pid=""
cleanup() {
  if [ -n "$kinerja_pid" ]; then kill "$kinerja_pid" 2>/dev/null || true; fi
  if [ -n "$pg_data" ]; then runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

only=${ONLY:-}
. benchmarks/kinerja-jar.sh
jar=$(kinerja_jar)
echo "Generating $rows responses…" >&2
csv="$work/responses.csv"
java benchmarks/survey-import/GenerateResponses.java "$rows" "$csv"
size_mb=$(( $(stat -c %s "$csv") / 1024 / 1024 ))
h2_jar=$(find ~/.m2/repository/com/h2database/h2 -name 'h2-*.jar' | sort | tail -1)

field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p" | head -1; }
seconds() { awk -v ns="$1" 'BEGIN {printf "%.1f", ns / 1e9}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
# CPU seconds (user + system) — on a machine other jobs load, the work each side did, whatever it waited for
ticks=$(getconf CLK_TCK)
cpu_of() { awk -v t="$ticks" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
# the PostgreSQL server's: the postmaster, its live processes, and those ended (reaped into its children's time)
pg_cpu() {
  local postmaster child
  postmaster=$(head -1 "$pg_data/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat"
    for child in $(ps --ppid "$postmaster" -o pid=); do awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || true; done
  } | awk -v t="$ticks" '{s += $1} END {printf "%.2f", s / t}'
}
sum() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a + b}'; }

# Runs Kinerja on a database URL (empty: embedded H2), imports the file, prints
# "import_s result_ms recount_s peak_rss_mib ikm peak_heap_mib import_cpu_s" (the CPU of the JVM and, on
# PostgreSQL, of the server during the import).
measure_kinerja() {
  local url=$1 dir="$work/kinerja-$2" port=18090
  mkdir -p "$dir"
  local database=() jfr=()
  if [ -n "${JFR:-}" ]; then jfr=(-XX:StartFlightRecording=filename="$started_in/import-$2.jfr",settings=profile); fi
  if [ -n "$url" ]; then database=(KINERJA_JDBC_URL="$url" KINERJA_JDBC_USER="${3:-sa}"); fi
  (cd "$dir" && exec env MICRONAUT_SERVER_PORT=$port "${database[@]}" \
      KINERJA_ADMIN_PASSWORD=benchmark-admin-password KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark \
      java -Xmx512m -Xlog:gc:file="$dir/gc.log" "${jfr[@]}" -jar "$jar" >"$dir/out.log" 2>&1) &
  local pid=$!
  kinerja_pid=$pid
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
  # the same-table COPY baseline needs the survey (PostgreSQL only)
  if [ -n "${4:-}" ]; then "$4" "$survey" >&2; fi
  local start end import_ns result_ms recount_ns jvm_cpu server_cpu=0
  jvm_cpu=$(cpu_of $pid)
  if [ -n "$url" ]; then server_cpu=$(pg_cpu); fi
  start=$(date +%s%N)
  curl -fs -o "$dir/import.json" -X POST "$base/surveys/$survey/responses" -H "Authorization: Bearer $evaluator" \
      -H 'Content-Type: text/csv' --data-binary @"$csv"
  end=$(date +%s%N); import_ns=$((end - start))
  jvm_cpu=$(awk -v a="$jvm_cpu" -v b="$(cpu_of $pid)" 'BEGIN {print b - a}')
  if [ -n "$url" ]; then server_cpu=$(awk -v a="$server_cpu" -v b="$(pg_cpu)" 'BEGIN {print b - a}'); fi
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
  kinerja_pid=""
  # the heap in use before each collection is the most it held until then; the largest of them is the peak
  local heap
  heap=$(grep -o '[0-9]*M->' "$dir/gc.log" | tr -d 'M>-' | sort -n | tail -1)
  echo "$(seconds $import_ns) $result_ms $(seconds $recount_ns) $rss $ikm ${heap:-?} $(sum "$jvm_cpu" "$server_cpu")"
}

if [ "$only" != pg ]; then
  echo "H2 CSVREAD…" >&2
  csvread=$( { /usr/bin/time -f "%e %M %U %S" java -cp "$h2_jar" org.h2.tools.Shell -url "jdbc:h2:file:$work/csvread" -user sa \
      -sql "CREATE TABLE responses AS SELECT * FROM CSVREAD('$csv', NULL, 'charset=UTF-8 fieldSeparator=;')" >/dev/null; } 2>&1 | tail -1)
  csvread_s=$(awk '{print $1}' <<<"$csvread")
  csvread_cpu=$(awk '{printf "%.1f", $3 + $4}' <<<"$csvread")
  echo "Kinerja on H2…" >&2
  read -r h2_import h2_result h2_recount h2_rss h2_ikm h2_heap h2_cpu < <(measure_kinerja "" h2)
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
copy=""
# COPY of the file into survey_response itself, in a transaction rolled back (then vacuumed, so that Kinerja
# writes into a table as clean as before): keeps the seconds the COPY statement took and the CPU of psql and
# of the server.
copy_into_survey_response() {
  local survey=$1 columns="service, respondent, response_date, sex, age, education, occupation, u1, u2, u3, u4, u5, u6, u7, u8, u9, suggestion"
  local server_cpu; server_cpu=$(pg_cpu)
  /usr/bin/time -f "%U %S" -o "$work/copy-same-table-client" runuser -u postgres -- psql -h "$pg_data" -p $pg_port -U postgres -v ON_ERROR_STOP=1 -q -d kinerja -c "\\timing on" -c "BEGIN" \
      -c "INSERT INTO survey_import (id, survey_id, file_name, rows_stored, result_version, imported_at) VALUES ('00000000-0000-0000-0000-00000000c0b1', '$survey', 'COPY baseline', 0, 0, now())" \
      -c "ALTER TABLE survey_response ALTER survey_id SET DEFAULT '$survey', ALTER import_id SET DEFAULT '00000000-0000-0000-0000-00000000c0b1'" \
      -c "\\copy survey_response ($columns) FROM '$csv' WITH (FORMAT csv, HEADER true, DELIMITER ';')" \
      -c "ROLLBACK" | grep -o 'Time: [0-9.]* ms' | sed -n 4p | awk '{printf "%.2f", $2 / 1000}' >"$work/copy-same-table"
  awk -v a="$server_cpu" -v b="$(pg_cpu)" '{printf "%.1f", b - a + $1 + $2}' "$work/copy-same-table-client" >"$work/copy-same-table-cpu"
  psql_run -d kinerja -c "VACUUM survey_response"
}

if [ -n "$pg_bin" ] && [ "$(id -u)" = 0 ] && [ "$only" != h2 ]; then
  echo "PostgreSQL COPY and Kinerja on PostgreSQL…" >&2
  pg_data="$work/pg"; mkdir -p "$pg_data"; chown postgres "$pg_data" "$work"; chmod 700 "$pg_data"; chmod 755 "$work"; chmod 644 "$csv"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -w -l "$pg_data/log" -o "-p $pg_port -k $pg_data -c listen_addresses=127.0.0.1" start >/dev/null
  psql_run() { runuser -u postgres -- psql -h "$pg_data" -p $pg_port -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
  psql_run -c "CREATE DATABASE copy_baseline" -c "CREATE DATABASE kinerja"
  psql_run -d copy_baseline -c "CREATE TABLE responses (layanan text, responden text, tanggal text, jenis_kelamin text, usia text, pendidikan text, pekerjaan text, u1 text, u2 text, u3 text, u4 text, u5 text, u6 text, u7 text, u8 text, u9 text, saran text)"
  copy_cpu=$(pg_cpu)
  copy=$( { /usr/bin/time -f "%e %U %S" runuser -u postgres -- psql -h "$pg_data" -p $pg_port -U postgres -d copy_baseline -q \
      -c "\\copy responses FROM '$csv' WITH (FORMAT csv, HEADER true, DELIMITER ';')"; } 2>&1 | tail -1)
  copy_cpu=$(awk -v a="$copy_cpu" -v b="$(pg_cpu)" '{printf "%.1f", b - a + $2 + $3}' <<<"$copy")
  copy=$(awk '{print $1}' <<<"$copy")
  read -r pg_import pg_result pg_recount pg_rss pg_ikm pg_heap pg_cpu < <(measure_kinerja "jdbc:postgresql://127.0.0.1:$pg_port/kinerja" pg postgres copy_into_survey_response)
  copy_same=$(cat "$work/copy-same-table")
  copy_same_cpu=$(cat "$work/copy-same-table-cpu")
  pg_version=$("$pg_bin/postgres" --version | awk '{print $3}')
fi

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); $rows responses, $size_mb MiB of CSV."
echo
echo "| database | loader | load (s) | ratio to the database's own loader | CPU (s) | CPU ratio | peak RSS (MiB) | peak heap (MiB) | IKM read (ms) | IKM recounted (s) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
if [ "$only" != pg ]; then
  echo "| H2 | CSVREAD into a table | $csvread_s | 1 | $csvread_cpu | 1 | $(awk '{printf "%.0f", $2/1024}' <<<"$csvread") | – | – | – |"
  echo "| H2 | Kinerja over HTTP, -Xmx512m | $h2_import | $(ratio "$h2_import" "$csvread_s") | $h2_cpu | $(ratio "$h2_cpu" "$csvread_cpu") | $h2_rss | $h2_heap | $h2_result | $h2_recount |"
fi
if [ -n "$copy" ]; then
  echo "| PostgreSQL $pg_version | COPY (psql \\copy) into 17 text columns | $copy | 1 | $copy_cpu | 1 | – | – | – | – |"
  echo "| PostgreSQL $pg_version | COPY (psql \\copy) into survey_response, every constraint | $copy_same | $(ratio "$copy_same" "$copy") | $copy_same_cpu | $(ratio "$copy_same_cpu" "$copy_cpu") | – | – | – | – |"
  echo "| PostgreSQL $pg_version | Kinerja over HTTP, -Xmx512m | $pg_import | $(ratio "$pg_import" "$copy") | $pg_cpu | $(ratio "$pg_cpu" "$copy_cpu") | $pg_rss | $pg_heap | $pg_result | $pg_recount |"
fi
echo
if [ "$only" != pg ]; then
  echo "IKM of the file: $h2_ikm (H2)."
  echo "Goals: H2 Kinerja / CSVREAD ≤ 1.1: $(ratio "$h2_import" "$csvread_s") (CPU $(ratio "$h2_cpu" "$csvread_cpu")); peak heap ≤ 512 MiB: H2 $h2_heap MiB."
fi
if [ -n "$copy" ]; then
  echo "IKM of the file: $pg_ikm (PostgreSQL)."
  echo "Goals: PostgreSQL Kinerja / COPY into the same table ≤ 3: $(ratio "$pg_import" "$copy_same") (CPU $(ratio "$pg_cpu" "$copy_same_cpu"));" \
      "Kinerja / COPY into text columns: $(ratio "$pg_import" "$copy"); peak heap ≤ 512 MiB: PostgreSQL $pg_heap MiB."
fi
