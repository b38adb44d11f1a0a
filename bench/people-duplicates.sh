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
#   DB=postgres LOAD=jdbc bench/people-duplicates.sh
#                                                 # on PostgreSQL (profile postgres) instead of H2: a scratch database
#                                                 # PG_DATABASE (huquq_dups_bench), dropped and created on each run, on
#                                                 # PG_HOST:PG_PORT (127.0.0.1:5432) as PG_USER (postgres), password in
#                                                 # HUQUQ_DB_PASSWORD if the server asks for one
#
# Other knobs: BATCH (100: the fastest the search benchmark measured), SEED, KEEP=1 (keep the data directory and the
# PostgreSQL database).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
HEAP=${HEAP:-4g}
DB=${DB:-h2}
mkdir -p target/bench
data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
cleanup=("rm -rf $data")
jvm="-Xmx$HEAP -Xms$HEAP"
if [ "${JFR:-0}" = 1 ]; then
  jvm="$jvm -XX:StartFlightRecording=filename=$PWD/target/bench/people-duplicates-$N.jfr,settings=profile"
fi

test=PeopleDuplicatesBenchmark
out=$PWD/target/bench/people-duplicates-$N.md
profiles=()
if [ "${MODE:-service}" = memory ]; then
  test=DuplicateDetectionScaleBenchmark
  out=$PWD/target/bench/people-duplicates-memory-$N.md
elif [ "$DB" = postgres ]; then
  . bench/scratch-postgres.sh huquq_dups_bench
  out=$PWD/target/bench/people-duplicates-postgres-$N.md
elif [ "$DB" != h2 ]; then
  echo "DB is h2 or postgres, not $DB" >&2
  exit 2
fi
if [ "${KEEP:-0}" != 1 ]; then
  trap 'for c in "${cleanup[@]}"; do eval "$c" || true; done' EXIT
fi

./mvnw -B -o -q test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false "${profiles[@]}" \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="$jvm" -Dsurefire.timeout=0 \
  -Dbench.persons="$N" -Dbench.batch="${BATCH:-100}" -Dbench.load="${LOAD:-service}" -Dbench.seed="${SEED:-20261129}" \
  -Dbench.dataDir="$data" -Dbench.out="$out" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: $out"
