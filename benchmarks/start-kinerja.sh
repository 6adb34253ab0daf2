# Sourced by a benchmark's run.sh (from the repository's root): builds the fat jar and starts it on a fresh
# embedded H2 database in a temporary folder, and stops it and removes the folder when the script ends.
#   start_kinerja NAME PORT [VAR=value ...]
# The extra VAR=value pairs reach the application's environment (KINERJA_DEMO_DATA=false, say); JVM options
# go in KINERJA_JAVA_OPTS. Sets $work (the folder), $base (the address) and $kinerja_pid. The administrator's
# password is benchmark-admin-password. KINERJA_JAR names a jar already built from this checkout (kinerja-jar.sh).

. benchmarks/kinerja-jar.sh

stop_kinerja() {
  if [ -n "${kinerja_pid:-}" ]; then kill "$kinerja_pid" 2>/dev/null || true; wait "$kinerja_pid" 2>/dev/null || true; fi
  rm -rf "${work:-}"
}

start_kinerja() {
  local name=$1 port=$2
  shift 2
  work=$(mktemp -d "/tmp/kinerja-$name.XXXXXX")
  trap stop_kinerja EXIT
  local jar
  jar=$(kinerja_jar)
  # shellcheck disable=SC2086 # KINERJA_JAVA_OPTS holds several options
  (cd "$work" && exec env MICRONAUT_SERVER_PORT="$port" KINERJA_ADMIN_PASSWORD=benchmark-admin-password \
      KINERJA_JWT_SECRET=benchmark-secret-benchmark-secret-benchmark "$@" \
      java ${KINERJA_JAVA_OPTS:-} -jar "$jar" >"$work/out.log" 2>&1) &
  kinerja_pid=$!
  base="http://127.0.0.1:$port"
  until curl -fs -o /dev/null "$base/health"; do
    sleep 0.2
    kill -0 "$kinerja_pid" 2>/dev/null || { cat "$work/out.log" >&2; exit 1; }
  done
}
