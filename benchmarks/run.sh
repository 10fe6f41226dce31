#!/usr/bin/env bash
# Runs mlbom's JMH benchmarks and prints a readable table.
#
#   benchmarks/run.sh [JMH regex] [extra JMH args...]
#
# Examples:
#   benchmarks/run.sh                                   # everything
#   benchmarks/run.sh 'hash\.' -f 1 -wi 2 -i 3          # hashing, shorter
#   benchmarks/run.sh HashingBenchmark.directoryPerFile -prof gc
#
# Builds target/benchmarks.jar when it is missing or older than a source file, runs JMH with
# `-rf json -rff results/jmh-<UTC time>.json`, then prints the table (benchmark, mode, count,
# score, error, units, and GB/s for benchmarks that declare @BytesPerOperation).
# Environment: JAVA (java binary, default `java`), MLBOM_BENCH_DIR (where the hashing data set of
# 8 GiB lives, default $TMPDIR/mlbom-bench-hash).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
java_bin="${JAVA:-java}"

stale() {
  [ ! -f "$jar" ] && return 0
  local newer
  newer="$(find "$root/pom.xml" "$root"/{api,json,core,envelope,crypto,provenance,benchmarks}/pom.xml \
      "$root"/{api,json,core,envelope,crypto,provenance,benchmarks}/src/main -type f -newer "$jar" 2>/dev/null | head -1)"
  [ -n "$newer" ]
}

if stale; then
  echo "run.sh: building $jar" >&2
  (cd "$root" && { mvn -B -q -o -pl benchmarks -am package -DskipTests \
      || mvn -B -q -pl benchmarks -am package -DskipTests; })
fi

regex="${1:-.}"
if [ "$#" -gt 0 ]; then shift; fi

mkdir -p "$here/results"
out="$here/results/jmh-$(date -u +%Y%m%dT%H%M%SZ).json"
"$java_bin" -jar "$jar" "$regex" -rf json -rff "$out" "$@"
echo
echo "Results: $out"
"$java_bin" -cp "$jar" dev.mlbom.benchmarks.ResultTable "$out"
