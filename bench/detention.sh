#!/usr/bin/env bash
# Detention registry views benchmark (issue 10): on the embedded default (H2 file in a fresh temporary data directory)
# or on PostgreSQL, writes one institution's N persons and N detention records with JDBC batches (a fifth of them past
# records), then reads every registry view's first page and its 1,000th page through DetentionManagement.find as a
# head of office and as a case officer of one team of three: p50/p95/p99 after a warm-up. The report goes to
# target/bench/detention-N.md (detention-postgres-N.md). Figures are printed, never asserted.
#
#   bench/detention.sh                   # N=500000 (the size issue 10 asks for)
#   N=50000 bench/detention.sh           # a quick run
#   DB=postgres bench/detention.sh       # on PostgreSQL: a scratch database PG_DATABASE (huquq_detention_bench),
#                                        # dropped and created on each run, on PG_HOST:PG_PORT (127.0.0.1:5432) as
#                                        # PG_USER (postgres), password in HUQUQ_DB_PASSWORD if the server asks for one
#
# Other knobs: BATCH (rows per JDBC batch and transaction, 5000), QUERIES (measured calls per line, 200), WARMUP (30),
# SEED, HEAP (2g), KEEP=1 (keep the data directory and the PostgreSQL database).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-500000}
HEAP=${HEAP:-2g}
DB=${DB:-h2}
mkdir -p target/bench
data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
cleanup=("rm -rf $data")
out=$PWD/target/bench/detention-$N.md
profiles=()
if [ "$DB" = postgres ]; then
  . bench/scratch-postgres.sh huquq_detention_bench
  out=$PWD/target/bench/detention-postgres-$N.md
elif [ "$DB" != h2 ]; then
  echo "DB is h2 or postgres, not $DB" >&2
  exit 2
fi
if [ "${KEEP:-0}" != 1 ]; then
  trap 'for c in "${cleanup[@]}"; do eval "$c" || true; done' EXIT
else
  echo "kept: $data ${pg_database:-}"
fi

./mvnw -B -o -q test -Dtest=DetentionViewsBenchmark -Dsurefire.failIfNoSpecifiedTests=false "${profiles[@]}" \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="-Xmx$HEAP -Xms$HEAP" -Dsurefire.timeout=0 \
  -Dbench.n="$N" -Dbench.batch="${BATCH:-5000}" -Dbench.queries="${QUERIES:-200}" -Dbench.warmup="${WARMUP:-30}" \
  -Dbench.seed="${SEED:-20261207}" -Dbench.dataDir="$data" -Dbench.out="$out" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: $out"
