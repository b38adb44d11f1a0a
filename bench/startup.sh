#!/usr/bin/env bash
# Start-up time and resident memory of the embedded default (H2 + Lucene, demo data on a fresh data dir).
#   start-up: from launching `java -jar target/huquq.jar` until /actuator/health answers UP
#   memory:   VmRSS of the JVM right after that
#   CPU:      user + system CPU time the JVM used until then (less sensitive than wall time to a busy machine)
# Prints each run and the median of RUNS runs (default 5). JAVA_OPTS is passed to the JVM (default: none).
# Usage: ./mvnw -q -B -o package -DskipTests && bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-8093}
JAR=target/huquq.jar
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -q -B -o package -DskipTests first" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is busy (set PORT)" >&2; exit 1; fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

tick=$(getconf CLK_TCK)
times=() rss=() cpus=()
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"

pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true' EXIT
for run in $(seq "$RUNS"); do
  data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  SERVER_PORT=$PORT HUQUQ_DATA_DIR=$data java ${JAVA_OPTS:-} -jar "$JAR" >"$data.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "run $run: the application exited; see $data.log" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
  cpu=$(awk -v tick="$tick" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tick }' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  rm -rf "$data" "$data.log"
  times+=("$ms") rss+=("$kb") cpus+=("$cpu")
  printf 'run %d: start-up %5d ms, RSS %4d MiB, CPU %5d ms\n' "$run" "$ms" $((kb / 1024)) "$cpu"
done
printf 'median of %d: start-up %d ms, RSS %d MiB, CPU %d ms\n' "$RUNS" \
  "$(printf '%s\n' "${times[@]}" | median)" $(( $(printf '%s\n' "${rss[@]}" | median | cut -d. -f1) / 1024 )) \
  "$(printf '%s\n' "${cpus[@]}" | median)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
