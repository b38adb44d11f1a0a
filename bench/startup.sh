#!/usr/bin/env bash
# Start-up time and resident memory of the embedded default (H2 + Lucene, demo data on a fresh data dir).
#   start-up: from launching `java -jar target/huquq.jar` until /actuator/health answers UP, and until the first page
#             (the sign-in page, rendered) has answered
#   memory:   VmRSS of the JVM right after the first page
#   CPU:      user + system CPU time the JVM used until UP and until the first page (less sensitive than wall time to
#             a busy machine)
#   classes:  classes loaded by then
# Prints each run and the median of RUNS runs (default 5). JAVA_OPTS is passed to the JVM (default: none).
#
# PETCLINIC=1 measures Spring PetClinic in the same run, alternating (Huquq, PetClinic, Huquq, ...), with the same
# JAVA_OPTS; its first page is /owners/1 (a page that reads the database), its jar is built by bench/pages.sh
# (PETCLINIC_DIR, default /work/petclinic). The ratios of the medians are printed at the end.
#
# CDS=1 runs both as Spring Boot recommends for a fast start: the jar extracted (java -Djarmode=tools -jar ... extract)
# and a class data sharing archive made by a training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh),
# used with -XX:SharedArchiveFile. The extraction and the archive go to a temporary directory, made once per run.
# Usage: ./mvnw -q -B -o package -DskipTests && bench/startup.sh
#        PETCLINIC=1 JAVA_OPTS="-Xmx512m" bench/startup.sh
#        CDS=1 PETCLINIC=1 JAVA_OPTS="-Xmx512m" bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-8093}
JAR=target/huquq.jar
PETCLINIC_DIR=${PETCLINIC_DIR:-/work/petclinic}
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -q -B -o package -DskipTests first" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is busy (set PORT)" >&2; exit 1; fi
apps=(huquq)
if [ -n "${PETCLINIC:-}" ]; then
  PETCLINIC_JAR=$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2>/dev/null | grep -v plain | head -1)
  [ -n "$PETCLINIC_JAR" ] || { echo "no PetClinic jar in $PETCLINIC_DIR/target: run bench/pages.sh once" >&2; exit 1; }
  apps=(huquq petclinic)
fi

huquq_jar=$JAR huquq_opts=() petclinic_opts=()
cds=
if [ -n "${CDS:-}" ]; then
  cds=$(mktemp -d /tmp/huquq-cds.XXXXXX)
  echo "CDS: extracting and training in $cds"
  java -Djarmode=tools -jar "$JAR" extract --destination "$cds/huquq" >/dev/null
  huquq_jar=$cds/huquq/$(basename "$JAR")
  # shellcheck disable=SC2086
  SERVER_PORT=$PORT HUQUQ_DATA_DIR=$cds/train java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$cds/huquq.jsa" \
    -Dspring.context.exit=onRefresh -jar "$huquq_jar" >"$cds/huquq-train.log" 2>&1 || true
  huquq_opts=(-XX:SharedArchiveFile="$cds/huquq.jsa")
  if [ ${#apps[@]} = 2 ]; then
    java -Djarmode=tools -jar "$PETCLINIC_JAR" extract --destination "$cds/petclinic" >/dev/null
    PETCLINIC_JAR=$cds/petclinic/$(basename "$PETCLINIC_JAR")
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$cds/petclinic.jsa" -Dspring.context.exit=onRefresh \
      -jar "$PETCLINIC_JAR" --server.port="$PORT" >"$cds/petclinic-train.log" 2>&1 || true
    petclinic_opts=(-XX:SharedArchiveFile="$cds/petclinic.jsa")
  fi
  ls -la "$cds"/*.jsa
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

tick=$(getconf CLK_TCK)
cpu_ms() { awk -v tick="$tick" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tick }' "/proc/$1/stat"; }
declare -A results
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; JAVA_OPTS=${JAVA_OPTS:-}"

pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$cds" ] && rm -rf "$cds"; true' EXIT
for run in $(seq "$RUNS"); do
  for app in "${apps[@]}"; do
    data=$(mktemp -d /tmp/huquq-bench.XXXXXX)
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s%N)
    if [ "$app" = huquq ]; then
      # shellcheck disable=SC2086
      SERVER_PORT=$PORT HUQUQ_DATA_DIR=$data java ${JAVA_OPTS:-} "${huquq_opts[@]}" -jar "$huquq_jar" >"$data.log" 2>&1 &
      ready=/actuator/health first=/login
    else
      # shellcheck disable=SC2086
      java ${JAVA_OPTS:-} "${petclinic_opts[@]}" -jar "$PETCLINIC_JAR" --server.port="$PORT" >"$data.log" 2>&1 &
      ready=/actuator/health first=/owners/1
    fi
    pid=$!
    until curl -fs "http://127.0.0.1:$PORT$ready" 2>/dev/null | grep -q '"status":"UP"'; do
      kill -0 "$pid" 2>/dev/null || { echo "run $run: $app exited; see $data.log" >&2; exit 1; }
      sleep 0.05
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    cpu_up=$(cpu_ms "$pid")
    curl -fs -o /dev/null "http://127.0.0.1:$PORT$first"
    first_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    cpu=$(cpu_ms "$pid")
    kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
    classes=$(jcmd "$pid" PerfCounter.print 2>/dev/null | awk -F= '/^java.cls.loadedClasses=/ { print $2 }')
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
    rm -rf "$data" "$data.log"
    results[$app,ms]+="$ms " results[$app,first]+="$first_ms " results[$app,cpuup]+="$cpu_up "
    results[$app,cpu]+="$cpu " results[$app,rss]+="$((kb / 1024)) " results[$app,classes]+="${classes:-0} "
    printf 'run %d %-9s: UP %5d ms (CPU %5d ms), first page %5d ms (CPU %5d ms), RSS %4d MiB, %5s classes, load %s\n' \
      "$run" "$app" "$ms" "$cpu_up" "$first_ms" "$cpu" $((kb / 1024)) "${classes:-?}" "$load"
  done
done
med() { printf '%s\n' ${results[$1,$2]} | median; }
for app in "${apps[@]}"; do
  printf 'median of %d %-9s: UP %d ms (CPU %d ms), first page %d ms (CPU %d ms), RSS %d MiB, %d classes\n' "$RUNS" \
    "$app" "$(med "$app" ms)" "$(med "$app" cpuup)" "$(med "$app" first)" "$(med "$app" cpu)" "$(med "$app" rss)" \
    "$(med "$app" classes)"
done
if [ ${#apps[@]} = 2 ]; then
  awk -v c1="$(med huquq cpu)" -v c2="$(med petclinic cpu)" -v r1="$(med huquq rss)" -v r2="$(med petclinic rss)" \
    -v w1="$(med huquq first)" -v w2="$(med petclinic first)" 'BEGIN {
      printf "Huquq / PetClinic: CPU to the first page %.2f, RSS %.2f, time to the first page %.2f\n", c1 / c2, r1 / r2, w1 / w2 }'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
