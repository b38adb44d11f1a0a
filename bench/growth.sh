#!/usr/bin/env bash
# Cost that grows with the data (issue 9): the demo office's pages measured with bench/pages.sh on a fresh data
# directory (demo size), then again after GrowthDataLoader put N persons and N letters (over COUNTERPARTS
# counterparts) in an institution beside the demo, on the same data directory, signed in as the same demo user. The
# ratio per page is requests/s at demo size over requests/s after the growth (issue 9 asks < 1.5).
#
#   bench/growth.sh                 # N=100000
#   N=1000000 bench/growth.sh       # a million of each (persons through the service: about 20 minutes here)
#
# Knobs: N, COUNTERPARTS (1000), HEAP (the application's, 1g), LOADER_HEAP (4g), ROUNDS (3), DURATION (10),
# CONNECTIONS (50), KEEP=1 (keep the data directory). Writes target/bench/growth-N.md; the runs' own tables are
# target/bench/pages-growth-demo.md and pages-growth-N.md.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-100000}
OUT=target/bench
mkdir -p "$OUT"
data=$(mktemp -d /tmp/huquq-growth.XXXXXX)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$data"' EXIT
password="growth-bench-$(date +%s)-Qx"

./mvnw -B -o -q package -DskipTests
./mvnw -B -o -q test-compile

echo "== demo size"
DATA_DIR=$data PETCLINIC=0 BUILD=0 USER_PASSWORD=$password RUN_NAME=pages-growth-demo \
  ONLY=${ONLY:-place,letter,person,places,institutions,letters,overdue,persons-search} bench/pages.sh

echo "== growing: $N persons and $N letters beside the demo"
started=$(date +%s)
./mvnw -B -o -q test -Dtest=GrowthDataLoader -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhuquq.test.groups=benchmark -Dhuquq.test.excludedGroups=none -Dsurefire.timeout=0 \
  -DargLine="-Xmx${LOADER_HEAP:-4g}" -Dbench.dataDir="$data/data" -Dbench.persons="$N" -Dbench.letters="$N" \
  -Dbench.counterparts="${COUNTERPARTS:-1000}" -Dsurefire.reportFormat=plain -Dsurefire.useFile=false \
  | grep -E "^(persons|letters|grown):" | awk 'NR % 10 == 0 || /^grown/'
grown_in=$(( $(date +%s) - started ))

echo "== after the growth"
DATA_DIR=$data PETCLINIC=0 BUILD=0 USER_PASSWORD=$password RUN_NAME=pages-growth-$N \
  ONLY=${ONLY:-place,letter,person,places,institutions,letters,overdue,persons-search} bench/pages.sh

python3 - "$OUT/pages-growth-demo.tsv" "$OUT/pages-growth-$N.tsv" "$OUT/growth-$N.md" "$N" "$grown_in" \
  "$(du -sh "$data/data" | cut -f1)" <<'PY'
import csv, statistics, sys
before, after, out, n, grown_in, size = sys.argv[1:]
read = lambda p: [r for r in csv.DictReader(open(p), delimiter="\t") if r["app"] == "huquq"]
b, a = read(before), read(after)
med = lambda rs, key, f: statistics.median(float(r[f]) for r in rs if r["key"] == key)
lines = [f"# Page cost at demo size and with {int(n):,} persons and {int(n):,} letters beside it", "",
         f"The data directory grew to {size} in {grown_in} s. Medians over the rounds of bench/pages.sh; the ratio is "
         "requests/s at demo size over requests/s after the growth (issue 9 asks < 1.5); the CPU ratio is the "
         "server's CPU time per request after the growth over before, steadier than requests/s when the two runs "
         "meet a machine loaded differently (see the load column of the two .tsv files).", "",
         "| page | demo req/s | demo p99 ms | demo CPU ms/req | grown req/s | grown p99 ms | grown CPU ms/req | ratio | CPU ratio |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
for key in dict.fromkeys(r["key"] for r in b):
    rb, ra = med(b, key, "rps"), med(a, key, "rps")
    cb, ca = med(b, key, "cpu_ms_per_request"), med(a, key, "cpu_ms_per_request")
    lines.append(f"| `{next(r['path'] for r in b if r['key'] == key)[:50]}` | {rb:.0f} | {med(b, key, 'p99_ms'):.0f} "
                 f"| {cb:.1f} | {ra:.0f} | {med(a, key, 'p99_ms'):.0f} | {ca:.1f} | {rb / max(ra, 0.01):.2f} "
                 f"| {ca / max(cb, 0.01):.2f} |")
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
