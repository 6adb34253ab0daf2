# Sourced by a benchmark's script (from the repository's root).
#   java_benchmark benchmarks/recap/RecapBenchmark.java ARGS…
# runs a benchmark's single Java file with the helpers it shares with the others (benchmarks/shared, compiled
# first into a folder of its own): Java's source launcher compiles the one file it is given, not its neighbours.
java_benchmark() {
  local file=$1 classes status=0
  shift
  classes=$(mktemp -d /tmp/kinerja-benchmark-classes.XXXXXX)
  javac -d "$classes" benchmarks/shared/*.java && java -cp "$classes" "$file" "$@" || status=$?
  rm -rf "$classes"
  return "$status"
}
