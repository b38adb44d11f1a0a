#!/usr/bin/env bash
# Duplicate-detection benchmark (issue 3): loads N generated persons with planted duplicates through
# PersonManagement.registerAll on the embedded default (H2 file + Lucene in a fresh temporary data directory), runs
# PersonDuplicates.detect() once over the whole registry as a signed-in HEAD, and prints its wall time, heap, the number
# of candidates, and precision and recall against the planted pairs. The report goes to
# target/bench/people-duplicates-N.md. Figures are printed, never asserted.
#
#   bench/people-duplicates.sh                    # N=100000
#   N=1000000 HEAP=4g bench/people-duplicates.sh
#   JFR=1 bench/people-duplicates.sh              # also a Java Flight Recording, target/bench/people-duplicates-N.jfr
#
#   LOAD=jdbc N=1000000 HEAP=4g bench/people-duplicates.sh
#                                                 # rows straight into the tables with JDBC batches instead of through
#                                                 # the service (which loads ~150 persons/s on a busy 2-core machine);
#                                                 # detect() itself is the same
#   MODE=memory N=1000000 bench/people-duplicates.sh
#                                                 # the in-memory part alone (blocking, scoring), fed straight from the
#                                                 # generator: DuplicateDetectionScaleBenchmark, no database, no service
#
# Other knobs: BATCH (100: the fastest the search benchmark measured), SEED, KEEP=1 (keep the data directory).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
HEAP=${HEAP:-4g}
mkdir -p target/bench
data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$data"' EXIT
jvm="-Xmx$HEAP -Xms$HEAP"
if [ "${JFR:-0}" = 1 ]; then
  jvm="$jvm -XX:StartFlightRecording=filename=$PWD/target/bench/people-duplicates-$N.jfr,settings=profile"
fi

test=PeopleDuplicatesBenchmark
out=$PWD/target/bench/people-duplicates-$N.md
if [ "${MODE:-service}" = memory ]; then
  test=DuplicateDetectionScaleBenchmark
  out=$PWD/target/bench/people-duplicates-memory-$N.md
fi

./mvnw -B -o -q test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="$jvm" -Dsurefire.timeout=0 \
  -Dbench.persons="$N" -Dbench.batch="${BATCH:-100}" -Dbench.load="${LOAD:-service}" -Dbench.seed="${SEED:-20261129}" \
  -Dbench.dataDir="$data" -Dbench.out="$out" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: $out"
