#!/usr/bin/env bash
# People search benchmark (issue 3): loads N generated persons through PersonManagement.registerAll on the embedded
# default (H2 file + Lucene in a fresh temporary data directory), then runs the planted queries through
# PersonManagement.search and through PostgreSQL pg_trgm on the same names, and prints p50/p95/p99 and recall@10.
# The report goes to target/bench/people-search-N.md. Needs PostgreSQL on 127.0.0.1:5432 (trust auth, database
# `test`, the pg_trgm extension available); BENCH_PG=false skips it. Figures are printed, never asserted.
#
#   bench/people-search.sh                    # N=100000, batches of 1000
#   N=1000000 HEAP=4g bench/people-search.sh
#   JFR=1 bench/people-search.sh              # also a Java Flight Recording, target/bench/people-search-N.jfr
#
# Other knobs: SEARCHERS (1: how many search at once, e.g. 20), BATCH (1000), QUERIES (2000 measured), PG_QUERIES (how many of them pg_trgm also runs: at a million it
# takes seconds per query), WARMUP (300), SEED, KEEP=1 (keep the data directory).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
HEAP=${HEAP:-4g}
mkdir -p target/bench
data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$data"' EXIT
jvm="-Xmx$HEAP -Xms$HEAP"
if [ "${JFR:-0}" = 1 ]; then
  jvm="$jvm -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=$PWD/target/bench/people-search-$N.jfr,settings=profile"
fi

./mvnw -B -o -q test -Dtest=PeopleSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="$jvm" \
  -Dbench.persons="$N" -Dbench.batch="${BATCH:-1000}" -Dbench.queries="${QUERIES:-2000}" \
  -Dbench.warmup="${WARMUP:-300}" -Dbench.searchers="${SEARCHERS:-1}" -Dbench.seed="${SEED:-20261129}" -Dbench.pg="${BENCH_PG:-true}" -Dbench.pgQueries="${PG_QUERIES:-${QUERIES:-2000}}" \
  -Dbench.dataDir="$data" -Dbench.out="$PWD/target/bench/people-search-$N.md" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: target/bench/people-search-$N.md"
