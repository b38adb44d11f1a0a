#!/usr/bin/env bash
# Letters benchmark (issue 4): on the embedded default (H2 file + Lucene in a fresh temporary data directory), creates
# one institution and its counterparts through CounterpartManagement, loads N generated letters straight into the
# tables with JDBC batches, then, signed in as real users, measures LetterManagement.scorecard and .overdue (p50/p95/
# p99/max after warm-up, letters touched, the database's plans), and has 20 clerks register letters at once and 20
# clerks change one letter at once, checking that no registry number is given twice or skipped and no change is lost.
# The report goes to target/bench/letters-N.md. Figures are printed, never asserted; it fails only on a correctness
# violation.
#
#   bench/letters.sh                              # N=100000 letters over 5000 counterparts
#   N=1000000 HEAP=4g bench/letters.sh            # the size issue 4 asks for (about 25 minutes here)
#   JFR=1 bench/letters.sh                        # also a Java Flight Recording, target/bench/letters-N.jfr
#   DB=postgres bench/letters.sh                  # on PostgreSQL (profile postgres) instead of H2: a scratch database
#                                                 # PG_DATABASE (huquq_letters_bench), dropped and created on each run,
#                                                 # on PG_HOST:PG_PORT (127.0.0.1:5432) as PG_USER (postgres), password
#                                                 # in HUQUQ_DB_PASSWORD if the server asks for one
#
# Other knobs: COUNTERPARTS (5000), BATCH (letters per JDBC batch and transaction, 5000), QUERIES (measured calls per
# line, 300), WARMUP (calls per line before measuring, 50), CLERKS (20), PER_CLERK (letters each clerk registers, 50),
# ROUNDS (rounds of the clerks changing one letter, 5), SEED, KEEP=1 (keep the data directory and the PostgreSQL
# database).
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
  jvm="$jvm -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=$PWD/target/bench/letters-$N.jfr,settings=profile"
fi

out=$PWD/target/bench/letters-$N.md
profiles=()
if [ "$DB" = postgres ]; then
  . bench/scratch-postgres.sh huquq_letters_bench
  out=$PWD/target/bench/letters-postgres-$N.md
elif [ "$DB" != h2 ]; then
  echo "DB is h2 or postgres, not $DB" >&2
  exit 2
fi
if [ "${KEEP:-0}" != 1 ]; then
  trap 'for c in "${cleanup[@]}"; do eval "$c" || true; done' EXIT
fi

./mvnw -B -o -q test -Dtest=LettersBenchmark -Dsurefire.failIfNoSpecifiedTests=false "${profiles[@]}" \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="$jvm" -Dsurefire.timeout=0 \
  -Dbench.letters="$N" -Dbench.counterparts="${COUNTERPARTS:-5000}" -Dbench.batch="${BATCH:-5000}" \
  -Dbench.queries="${QUERIES:-300}" -Dbench.warmup="${WARMUP:-50}" -Dbench.clerks="${CLERKS:-20}" \
  -Dbench.perClerk="${PER_CLERK:-50}" -Dbench.rounds="${ROUNDS:-5}" -Dbench.seed="${SEED:-20261129}" \
  -Dbench.whatIf="${WHAT_IF:-true}" -Dbench.whatIfQueries="${WHAT_IF_QUERIES:-50}" \
  -Dbench.dataDir="$data" -Dbench.out="$out" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: $out"
