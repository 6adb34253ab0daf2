#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to the first HTTP 200 on /health, resident memory once started and
# the classes loaded by then, for Kinerja (embedded H2 with the demo data) beside a minimal Micronaut
# application and an application on the required stack alone (fixed-stack-app: Netty, Micronaut Data JDBC on
# H2, Micronaut Security JWT), on the same machine in the same run. Prints a Markdown table; docs/benchmarks.md records its figures.
#   usage: benchmarks/startup/run.sh [runs]      (default 5 runs of each)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d /tmp/kinerja-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "Building both jars…" >&2
mvn -B -q -ntp -DskipTests -pl web -am clean package >&2
mvn -B -q -ntp -DskipTests -f benchmarks/startup/minimal-app/pom.xml clean package >&2
mvn -B -q -ntp -DskipTests -f benchmarks/startup/fixed-stack-app/pom.xml clean package >&2
kinerja_jar=$(ls web/target/kinerja-web-*.jar | grep -v original | head -1)
minimal_jar=$(ls benchmarks/startup/minimal-app/target/minimal-app-*.jar | grep -v original | head -1)
fixed_jar=$(ls benchmarks/startup/fixed-stack-app/target/fixed-stack-app-*.jar | grep -v original | head -1)

# Starts a jar in a directory, polls /health every 10 ms, prints "milliseconds rss_mib classes".
# Any further arguments are JVM options.
measure() {
  local jar=$1 dir=$2 port=$3
  shift 3
  mkdir -p "$dir"
  local start end pid
  start=$(date +%s%N)
  (cd "$dir" && exec env MICRONAUT_SERVER_PORT="$port" KINERJA_ADMIN_PASSWORD=benchmark-admin-password \
      KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark java "$@" -jar "$jar" >"$dir/out.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "start-up failed, see $dir/out.log" >&2; cat "$dir/out.log" >&2; exit 1; fi
    if (( ($(date +%s%N) - start) > 60000000000 )); then echo "no answer within 60 s" >&2; kill "$pid"; exit 1; fi
    sleep 0.01
  done
  end=$(date +%s%N)
  sleep 1
  local java_pid rss
  java_pid=$(pgrep -P "$pid" java || echo "$pid")
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$java_pid/status" 2>/dev/null || echo "?")
  # classes loaded so far (read after the RSS: attaching jcmd starts a thread in the application)
  local classes
  classes=$(jcmd "$java_pid" PerfCounter.print 2>/dev/null | awk -F= '/java.cls.loadedClasses=/ {print $2}')
  kill "$java_pid" 2>/dev/null || true
  while kill -0 "$java_pid" 2>/dev/null; do sleep 0.1; done
  wait "$pid" 2>/dev/null || true
  echo "$(( (end - start) / 1000000 )) $rss ${classes:-?}"
}

# Application class-data sharing (JDK 17 AppCDS): one training run writes the archive when the JVM exits.
train_cds() {
  local jar=$1 dir=$2 port=$3 archive=$4
  measure "$jar" "$dir" "$port" -XX:ArchiveClassesAtExit="$archive" >/dev/null
  [ -s "$archive" ] || { echo "no CDS archive written for $jar" >&2; exit 1; }
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

declare -A times rss classes
train_cds "$PWD/$minimal_jar" "$work/minimal-cds" 18081 "$work/minimal.jsa"
train_cds "$PWD/$kinerja_jar" "$work/kinerja-cds" 18082 "$work/kinerja.jsa"
for i in $(seq "$runs"); do
  read -r t m c < <(measure "$PWD/$minimal_jar" "$work/minimal-$i" 18081); times[minimal]+="$t "; rss[minimal]+="$m "; classes[minimal]+="$c "
  # The required stack alone, on its restart (its one table already there after the first run).
  read -r t m c < <(measure "$PWD/$fixed_jar" "$work/fixed" 18083); times[fixed]+="$t "; rss[fixed]+="$m "; classes[fixed]+="$c "
  # First start: empty database, so migrations, the administrator account and the demo decree are created.
  read -r t m c < <(measure "$PWD/$kinerja_jar" "$work/kinerja-$i" 18082); times[first]+="$t "; rss[first]+="$m "; classes[first]+="$c "
  # Restart on the same database: what every later start costs.
  read -r t m c < <(measure "$PWD/$kinerja_jar" "$work/kinerja-$i" 18082); times[restart]+="$t "; rss[restart]+="$m "; classes[restart]+="$c "
  # The same two restarts with each application's class-data-sharing archive.
  read -r t m c < <(measure "$PWD/$minimal_jar" "$work/minimal-$i" 18081 -XX:SharedArchiveFile="$work/minimal.jsa")
  times[minimal_cds]+="$t "; rss[minimal_cds]+="$m "; classes[minimal_cds]+="$c "
  read -r t m c < <(measure "$PWD/$kinerja_jar" "$work/kinerja-$i" 18082 -XX:SharedArchiveFile="$work/kinerja.jsa")
  times[restart_cds]+="$t "; rss[restart_cds]+="$m "; classes[restart_cds]+="$c "
done

row() {
  local label=$1 key=$2
  local t m c
  t=$(tr ' ' '\n' <<<"${times[$key]}" | grep . | median)
  m=$(tr ' ' '\n' <<<"${rss[$key]}" | grep . | median)
  c=$(tr ' ' '\n' <<<"${classes[$key]}" | grep . | median)
  echo "| $label | $t | $m | $c | ${times[$key]}|"
}
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1); $runs runs each, median shown."
echo
echo "| application | time to first 200 (ms) | RSS after start (MiB) | classes loaded | all runs (ms) |"
echo "|---|---|---|---|---|"
row "minimal Micronaut app" minimal
row "the required stack alone (fixed-stack-app)" fixed
row "Kinerja, first start (empty H2: migrations, admin, demo decree)" first
row "Kinerja, restart (H2 with demo data)" restart
row "minimal Micronaut app, with AppCDS" minimal_cds
row "Kinerja, restart, with AppCDS" restart_cds
med() { tr ' ' '\n' <<<"${times[$1]}" | grep . | median; }
echo
awk -v r="$(med restart)" -v f="$(med first)" -v m="$(med minimal)" -v rc="$(med restart_cds)" -v mc="$(med minimal_cds)" \
  -v x="$(med fixed)" \
  'BEGIN {printf "Ratio to the minimal app: restart %.2f×, first start %.2f×, restart with AppCDS on both %.2f× (goal: at most 1.5×)\n", r/m, f/m, rc/mc
         printf "The required stack alone to the minimal app: %.2f×; Kinerja restart to the required stack alone: %.2f×\n", x/m, r/x}'
