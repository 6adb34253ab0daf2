# Sourced by a benchmark's script (from the repository's root).
#   jar=$(kinerja_jar)
# prints the path of the fat jar to run: KINERJA_JAR when it names one built from this checkout, otherwise one
# built here — with "clean", as the shade plugin keeps classes of an earlier build in a jar it only updates.
kinerja_jar() {
  if [ -n "${KINERJA_JAR:-}" ]; then
    readlink -f "$KINERJA_JAR"
    return
  fi
  echo "Building the jar…" >&2
  ./mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true -pl web -am clean package >&2 || return 1
  readlink -f "$(ls "$PWD"/web/target/kinerja-web-*.jar | grep -v original | head -1)"
}
