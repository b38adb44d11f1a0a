#!/usr/bin/env bash
# Spreadsheet import benchmark (issue 10): loads a registry of PERSONS generated persons through
# PersonManagement.registerAll, on the embedded default (H2 file + Lucene in a fresh temporary data directory) or on
# PostgreSQL (Lucene in the same directory), writes a CSV person list of ROWS rows (KNOWN share of them registered
# persons), then uploads it, runs the dry run and the real run through ImportManagement, and a plain JDBC batch insert
# of the same rows, all in one JVM with a heap of HEAP (1g: the import must stream). Prints rows/s of each, the run's
# ratio to JDBC, and each phase's heap peak. The report goes to target/bench/imports[-postgres]-PERSONS-ROWS.md.
# Figures are printed, never asserted.
#
#   bench/imports.sh                               # PERSONS=100000 ROWS=20000
#   PERSONS=1000000 ROWS=100000 bench/imports.sh   # the issue's sizes (the registry alone takes about 12 minutes here)
#   DB=postgres bench/imports.sh                   # on PostgreSQL: a scratch database PG_DATABASE (huquq_imports_bench)
#                                                  # dropped and created on each run (bench/scratch-postgres.sh)
#
# Other knobs: KNOWN (0.1), SEED, HEAP (1g), KEEP=1 (keep the data directory and the PostgreSQL database).
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${PERSONS:-100000}
ROWS=${ROWS:-20000}
HEAP=${HEAP:-1g}
DB=${DB:-h2}
mkdir -p target/bench
data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
cleanup=("rm -rf $data")
out=$PWD/target/bench/imports-$PERSONS-$ROWS.md
profiles=()
if [ "$DB" = postgres ]; then
  . bench/scratch-postgres.sh huquq_imports_bench
  out=$PWD/target/bench/imports-postgres-$PERSONS-$ROWS.md
elif [ "$DB" != h2 ]; then
  echo "DB is h2 or postgres, not $DB" >&2
  exit 2
fi
if [ "${KEEP:-0}" != 1 ]; then
  trap 'for c in "${cleanup[@]}"; do eval "$c" || true; done' EXIT
else
  echo "kept: $data ${pg_database:-}"
fi

./mvnw -B -o -q test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false "${profiles[@]}" \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="-Xmx$HEAP -Xms$HEAP" -Dsurefire.timeout=0 \
  -Dbench.persons="$PERSONS" -Dbench.rows="$ROWS" -Dbench.known="${KNOWN:-0.1}" -Dbench.seed="${SEED:-20261207}" \
  -Dbench.dataDir="$data" -Dbench.out="$out" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: $out"
