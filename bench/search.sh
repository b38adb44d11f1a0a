#!/usr/bin/env bash
# Search box and record pickers benchmark (issue 8): on the embedded default (H2 file + Lucene in a fresh temporary
# data directory), loads one institution with N persons (through PersonManagement.registerAll) and N letters (JDBC
# batches, then Hibernate Search's mass indexer), counterparts with contact persons, places, calls and commitments,
# then, signed in as a case officer over real HTTP (an API token; a session from the login form), sends a mix of
# queries to /api/v1/search?q= and /search/pick?kind=…&q= and prints p50/p95/p99, requests per second and SQL
# statements per request, one at a time and at a fixed concurrency, beside the same requests run as the raw Lucene
# queries the application built for them, on the same index directory, and the ratio. The report goes to
# target/bench/search-N.md. Figures are printed, never asserted; it fails only when a request is not answered 200.
#
#   bench/search.sh                               # N=100000
#   N=100 COUNTERPARTS=20 PLACES=10 CALLS=20 COMMITMENTS=10 bench/search.sh   # a registry the size of the demo's
#   N=1000000 BATCH=5000 HEAP=6g bench/search.sh  # a million persons and a million letters (about an hour here)
#   KEEP=1 bench/search.sh                        # keep the data directory; the script prints it
#   DATA=/tmp/huquq-bench.XXXXXX bench/search.sh  # measure again on a directory kept before, without loading
#   JFR=1 bench/search.sh                         # also a Java Flight Recording, target/bench/search-N.jfr
#
# Other knobs: COUNTERPARTS (3000), PLACES (2000), CALLS (2000), COMMITMENTS (1000), BATCH (persons per registerAll,
# 1000), QUERIES (measured requests per endpoint, 2000), WARMUP (300), CONCURRENCY (4), SEED, HEAP (4g).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
HEAP=${HEAP:-4g}
mkdir -p target/bench
if [ -n "${DATA:-}" ]; then
  data=$DATA
  [ -f "$data/search-bench.tsv" ] || { echo "$data was not loaded by this benchmark (no search-bench.tsv)" >&2; exit 2; }
else
  data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
  if [ "${KEEP:-0}" = 1 ]; then
    echo "data directory (kept): $data"
  else
    trap 'rm -rf "$data"' EXIT
  fi
fi
jvm="-Xmx$HEAP -Xms$HEAP"
if [ "${JFR:-0}" = 1 ]; then
  jvm="$jvm -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=$PWD/target/bench/search-$N.jfr,settings=profile"
fi

./mvnw -B -o -q test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="$jvm" -Dsurefire.timeout=0 \
  -Dbench.n="$N" -Dbench.counterparts="${COUNTERPARTS:-3000}" -Dbench.places="${PLACES:-2000}" \
  -Dbench.calls="${CALLS:-2000}" -Dbench.commitments="${COMMITMENTS:-1000}" -Dbench.batch="${BATCH:-1000}" \
  -Dbench.queries="${QUERIES:-2000}" -Dbench.warmup="${WARMUP:-300}" -Dbench.concurrency="${CONCURRENCY:-4}" \
  -Dbench.seed="${SEED:-20261129}" -Dbench.dataDir="$data" -Dbench.out="$PWD/target/bench/search-$N.md" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: target/bench/search-$N.md"
