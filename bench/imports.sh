#!/usr/bin/env bash
# Spreadsheet import benchmark (issue 10): loads a registry of PERSONS generated persons through
# PersonManagement.registerAll on the embedded default (H2 file + Lucene in a fresh temporary data directory), writes a
# CSV person list of ROWS rows (KNOWN share of them registered persons), then uploads it, runs the dry run and the real
# run through ImportManagement, and a plain JDBC batch insert of the same rows, all in one JVM with a heap of HEAP
# (1g: the import must stream). Prints rows/s of each, the run's ratio to JDBC, and each phase's heap peak. The report
# goes to target/bench/imports-PERSONS-ROWS.md. Figures are printed, never asserted.
#
#   bench/imports.sh                               # PERSONS=100000 ROWS=20000
#   PERSONS=1000000 ROWS=100000 bench/imports.sh   # the issue's sizes (the registry alone takes over 15 minutes here)
set -euo pipefail
cd "$(dirname "$0")/.."

PERSONS=${PERSONS:-100000}
ROWS=${ROWS:-20000}
HEAP=${HEAP:-1g}
mkdir -p target/bench
data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$data"' EXIT

./mvnw -B -o -q test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none \
  -DargLine="-Xmx$HEAP -Xms$HEAP" \
  -Dbench.persons="$PERSONS" -Dbench.rows="$ROWS" -Dbench.known="${KNOWN:-0.1}" -Dbench.seed="${SEED:-20261207}" \
  -Dbench.dataDir="$data" -Dbench.out="$PWD/target/bench/imports-$PERSONS-$ROWS.md" \
  -Dsurefire.reportFormat=plain -DtrimStackTrace=false -Dsurefire.useFile=false
echo "report: target/bench/imports-$PERSONS-$ROWS.md"
