#!/usr/bin/env bash
# Page cost side by side with Spring PetClinic (issue 9, "Page cost"): builds both, starts each on its own port with
# the same heap, signs in to Huquq as a demo user, warms both up, then measures in alternating rounds (a Huquq page,
# then the PetClinic page it is compared with, then the next Huquq page, ...) with wrk at CONNECTIONS connections:
# requests/s, p50/p99, answers that are not 200, the CPU time the server's process spent per request, and the load
# average before each measurement. Ratios are taken within a round (each Huquq page against the PetClinic page
# measured right after it), so a machine that is busier in one round than another moves both sides alike.
#
#   bench/pages.sh                      # everything: build both, 3 rounds of 10 s per page
#   BUILD=0 ROUNDS=5 bench/pages.sh     # use the jars already built
#   ONLY=place,places bench/pages.sh    # some of the Huquq pages (keys below)
#   JFR=1 bench/pages.sh                # Huquq runs with a Java Flight Recording (target/bench/pages.jfr)
#   KEEP=1 bench/pages.sh               # leave both running at the end (ports, cookie and token printed)
#
# Writes target/bench/pages.md (the table) and target/bench/pages.tsv (every measurement). Needs wrk (Debian: apt-get
# install wrk), curl, python3, git, and PetClinic's source in PETCLINIC_DIR (cloned from PETCLINIC_GIT when missing;
# PetClinic is built online from Maven Central with its own wrapper; it is never part of Huquq's build).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

HEAP=${HEAP:-512m}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-10}
ROUNDS=${ROUNDS:-3}
HUQUQ_PORT=${HUQUQ_PORT:-8096}
PETCLINIC_PORT=${PETCLINIC_PORT:-8097}
PETCLINIC_DIR=${PETCLINIC_DIR:-/work/petclinic}
PETCLINIC_GIT=${PETCLINIC_GIT:-https://github.com/spring-projects/spring-petclinic.git}
BUILD=${BUILD:-1}
USER_NAME=${USER_NAME:-tj.head}
PERSON_QUERY=${PERSON_QUERY:-Rahimov}
ONLY=${ONLY:-}
PETCLINIC=${PETCLINIC:-1}                # 0: Huquq alone (bench/growth.sh)
RUN_NAME=${RUN_NAME:-pages}              # the reports are target/bench/$RUN_NAME.md and .tsv
DATA_DIR=${DATA_DIR:-}                   # a directory to run in and keep (its data/ is Huquq's data directory)
USER_PASSWORD=${USER_PASSWORD:-}         # the demo user's password to set at the first start, or to sign in with
OUT=$ROOT/target/bench
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
for port in "$HUQUQ_PORT" "$PETCLINIC_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is busy" >&2; exit 1; fi
done

# --- build ------------------------------------------------------------------------------------------------------
if [ "$BUILD" = 1 ] || [ ! -f target/huquq.jar ]; then
  echo "building Huquq"
  ./mvnw -B -o -q package -DskipTests
fi
PETCLINIC_COMMIT=none
if [ "$PETCLINIC" = 1 ]; then
  if [ ! -d "$PETCLINIC_DIR" ]; then
    git clone -q "$PETCLINIC_GIT" "$PETCLINIC_DIR"
  fi
  petclinic_jar() { ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2>/dev/null | grep -v plain | head -1; }
  if [ "$BUILD" = 1 ] || [ -z "$(petclinic_jar)" ]; then
    echo "building PetClinic"
    (cd "$PETCLINIC_DIR" && ./mvnw -B -q package -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip=true)
  fi
  PETCLINIC_JAR=$(petclinic_jar)
  fi
HUQUQ_COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo "+changes")
PETCLINIC_COMMIT=$(git -C "$PETCLINIC_DIR" rev-parse --short HEAD)

# --- start --------------------------------------------------------------------------------------------------------
if [ -n "$DATA_DIR" ]; then data=$DATA_DIR; else data=$(mktemp -d /tmp/huquq-pages.XXXXXX); fi
huquq_pid= petclinic_pid=
stop() {
  local pid
  for pid in $huquq_pid $petclinic_pid; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  [ -n "$DATA_DIR" ] || rm -rf "$data"
}
[ -n "${KEEP:-}" ] || trap stop EXIT

jfr_opts=()
[ -n "${JFR:-}" ] && jfr_opts=(-XX:FlightRecorderOptions=stackdepth=256
  "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=$OUT/pages.jfr")
# shellcheck disable=SC2086
SERVER_PORT=$HUQUQ_PORT HUQUQ_DATA_DIR=$data/data java -Xmx"$HEAP" ${JAVA_OPTS:-} "${jfr_opts[@]}" \
  -jar target/huquq.jar >"$data/huquq.log" 2>&1 &
huquq_pid=$!
if [ "$PETCLINIC" = 1 ]; then
  # shellcheck disable=SC2086
  java -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$PETCLINIC_JAR" --server.port="$PETCLINIC_PORT" >"$data/petclinic.log" 2>&1 &
  petclinic_pid=$!
fi

wait_for() { # url pid name
  for _ in $(seq 1200); do
    curl -fs -o /dev/null "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "$3 exited; its log:" >&2; tail -30 "$data/$3.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "$3 did not start in 5 minutes" >&2; exit 1
}
wait_for "http://127.0.0.1:$HUQUQ_PORT/actuator/health/readiness" "$huquq_pid" huquq
[ "$PETCLINIC" = 1 ] && wait_for "http://127.0.0.1:$PETCLINIC_PORT/owners/1" "$petclinic_pid" petclinic
echo "both started (Huquq $HUQUQ_COMMIT, PetClinic $PETCLINIC_COMMIT, heap $HEAP)"

# --- sign in: the one-time password from the console, changed through the form, as a user does ------------------
H=http://127.0.0.1:$HUQUQ_PORT
P=http://127.0.0.1:$PETCLINIC_PORT
jar=$data/cookies
csrf() { grep -o 'name="_csrf" [^>]*value="[^"]*"\|value="[^"]*" [^>]*name="_csrf"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
one_time=$(awk -v u="$USER_NAME" '$1 == u { print $2; exit }' "$data/huquq.log")
password=${USER_PASSWORD:-pages-bench-$(date +%s)-Qx}
rm -f "$jar"
token=$(curl -s -c "$jar" -b "$jar" "$H/login" | csrf)
if [ -n "$one_time" ]; then
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$one_time" --data-urlencode "_csrf=$token" "$H/login"
  token=$(curl -s -c "$jar" -b "$jar" "$H/account/password" | csrf)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "currentPassword=$one_time" \
    --data-urlencode "newPassword=$password" --data-urlencode "confirmation=$password" \
    --data-urlencode "_csrf=$token" "$H/account/password"
elif [ -n "$USER_PASSWORD" ]; then  # not the first start: the password set then
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$USER_PASSWORD" --data-urlencode "_csrf=$token" "$H/login"
else
  echo "no one-time password of $USER_NAME on Huquq's console, and no USER_PASSWORD" >&2; exit 1
fi
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)
cookie="JSESSIONID=$session"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$H/places")" = 200 ] \
  || { echo "signing in as $USER_NAME failed" >&2; exit 1; }
token=$(curl -s -c "$jar" -b "$jar" "$H/account/tokens" | csrf)
bearer=$(curl -s -c "$jar" -b "$jar" -L --data-urlencode "name=pages bench" \
  --data-urlencode "expiresOn=$(date -d '+7 days' +%F)" --data-urlencode "_csrf=$token" "$H/account/tokens" \
  | grep -o 'token-secret">hq_[^<]*' | sed 's/.*>//')
[ -n "$bearer" ] || { echo "creating an API token failed" >&2; exit 1; }
first_id() { curl -s -H "Cookie: $cookie" "$H/$1" | grep -o "href=\"/$1/[0-9a-f-]\{36\}\"" | head -1 | cut -d/ -f3 | tr -d '"'; }
PLACE_ID=${PLACE_ID:-$(first_id places)}
LETTER_ID=${LETTER_ID:-$(first_id letters)}
PERSON_ID=${PERSON_ID:-$(first_id persons)}

# key | Huquq path | how it signs in | the PetClinic path it is compared with
targets=(
  "place|/places/$PLACE_ID|session|/owners/1"
  "letter|/letters/$LETTER_ID|session|/owners/1"
  "person|/persons/$PERSON_ID|session|/owners/1"
  "places|/places|session|/owners?lastName="
  "institutions|/institutions|session|/owners?lastName="
  "letters|/letters|session|/owners?lastName="
  "overdue|/letters/overdue|session|/owners?lastName="
  "persons-search|/persons?q=$PERSON_QUERY|session|/owners?lastName="
  "api-places|/api/v1/places|bearer|/owners?lastName="
)
if [ -n "$ONLY" ]; then
  kept=()
  for t in "${targets[@]}"; do [[ ",$ONLY," == *",${t%%|*},"* ]] && kept+=("$t"); done
  targets=("${kept[@]}")
fi
for t in "${targets[@]}"; do
  IFS='|' read -r key path auth _ <<<"$t"
  header="Cookie: $cookie"; [ "$auth" = bearer ] && header="Authorization: Bearer $bearer"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$header" "$H$path")
  [ "$code" = 200 ] || { echo "$key ($path) answers $code before the benchmark" >&2; exit 1; }
done

# --- measure ------------------------------------------------------------------------------------------------------
tick=$(getconf CLK_TCK)
cpu_ms() { awk -v tick="$tick" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tick }' "/proc/$1/stat"; }
tsv=$OUT/$RUN_NAME.tsv
printf 'round\tapp\tkey\tpath\trequests\tseconds\trps\tp50_ms\tp99_ms\tmax_ms\tnot200\tsocket_errors\tcpu_ms_per_request\tload1\n' >"$tsv"

measure() { # round app key path header seconds
  local round=$1 app=$2 key=$3 path=$4 header=$5 seconds=$6 pid base load before after line
  if [ "$app" = huquq ]; then pid=$huquq_pid base=$H; else pid=$petclinic_pid base=$P; fi
  load=$(cut -d' ' -f1 /proc/loadavg)
  before=$(cpu_ms "$pid")
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 30s -s bench/wrk-report.lua \
    -H "$header" "$base$path" | grep '^RESULT')
  after=$(cpu_ms "$pid")
  [ "$round" = warmup ] && return 0
  python3 - "$round" "$app" "$key" "$path" "$load" "$((after - before))" "$line" >>"$tsv" <<'PY'
import sys
round_, app, key, path, load, cpu, line = sys.argv[1:]
f = dict(kv.split("=") for kv in line.split()[1:])
n, us = int(f["requests"]), int(f["duration_us"])
sock = sum(int(f[k]) for k in ("connect", "read", "write", "timeout"))
print("\t".join(map(str, [round_, app, key, path, n, f"{us / 1e6:.1f}", f"{n / (us / 1e6):.1f}",
      f"{int(f['p50_us']) / 1000:.0f}", f"{int(f['p99_us']) / 1000:.0f}", f"{int(f['max_us']) / 1000:.0f}",
      f["not200"], sock, f"{int(cpu) / max(n, 1):.1f}", load])))
PY
  tail -1 "$tsv" | awk -F'\t' '{ printf "  %-6s %-9s %-15s %7s req/s  p50 %6s ms  p99 %6s ms  not 200: %s  errors: %s  CPU %s ms/req  load %s\n", $1, $2, $3, $7, $8, $9, $11, $12, $13, $14 }'
}

header_of() { if [ "$1" = bearer ]; then echo "Authorization: Bearer $bearer"; else echo "Cookie: $cookie"; fi; }
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "warming up ($WARMUP s per page; load average $load_start, $(nproc) cores)"
if [ "$PETCLINIC" = 1 ]; then
  measure warmup petclinic owner "/owners/1" "Accept: text/html" "$WARMUP"
  measure warmup petclinic owners "/owners?lastName=" "Accept: text/html" "$WARMUP"
fi
for t in "${targets[@]}"; do
  IFS='|' read -r key path auth _ <<<"$t"
  measure warmup huquq "$key" "$path" "$(header_of "$auth")" "$WARMUP"
done
for round in $(seq "$ROUNDS"); do
  echo "round $round of $ROUNDS"
  for t in "${targets[@]}"; do
    IFS='|' read -r key path auth pet <<<"$t"
    measure "$round" huquq "$key" "$path" "$(header_of "$auth")" "$DURATION"
    [ "$PETCLINIC" = 1 ] && measure "$round" petclinic "$key" "$pet" "Accept: text/html" "$DURATION"
  done
done
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# --- report -------------------------------------------------------------------------------------------------------
if [ "$PETCLINIC" != 1 ]; then
  echo "written: $tsv (Huquq alone)"
  exit 0
fi
python3 - "$tsv" "$OUT/$RUN_NAME.md" <<PY
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
med = lambda xs: statistics.median(xs)
keys = list(dict.fromkeys(r["key"] for r in rows))
target = {"place": 1.0, "letter": 1.0, "person": 1.0}
out = ["# Huquq pages against Spring PetClinic", "",
       "Huquq \`$HUQUQ_COMMIT\`, PetClinic \`$PETCLINIC_COMMIT\`, both \`-Xmx$HEAP\`; $CONNECTIONS connections, "
       "$THREADS wrk threads, $ROUNDS rounds of $DURATION s per page after $WARMUP s of warm-up, signed in as "
       "\`$USER_NAME\`; $(nproc) cores, load average $load_start at the start and $load_end at the end; "
       "$(date -u '+%Y-%m-%d %H:%M') UTC.", "",
       "Medians over the rounds. *ratio*: Huquq's requests/s over PetClinic's in the same round (median of the "
       "rounds); *CPU/req*: the server process's CPU time per request; *CPU ×*: Huquq's CPU per request over "
       "PetClinic's in the same round (median of the rounds); *not 200*: redirects and errors; "
       "*err*: wrk's socket errors and timeouts. Issue 9 asks a ratio of at least 1.0 for detail pages against "
       "\`/owners/1\` and 1.5 for list pages against \`/owners?lastName=\`, p99 < 800 ms, no error.", "",
       "| Huquq page | req/s | p50 ms | p99 ms | CPU/req ms | not 200 / err | PetClinic page | req/s | p50 ms | p99 ms | CPU/req ms | ratio | asked | CPU × | load |",
       "|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
for key in keys:
    h = [r for r in rows if r["key"] == key and r["app"] == "huquq"]
    p = [r for r in rows if r["key"] == key and r["app"] == "petclinic"]
    m = lambda rs, f: med([float(r[f]) for r in rs])
    ratios = [float(a["rps"]) / max(float(b["rps"]), 0.001) for a, b in zip(h, p)]
    cpu = [float(a["cpu_ms_per_request"]) / max(float(b["cpu_ms_per_request"]), 0.001) for a, b in zip(h, p)]
    bad = sum(int(r["not200"]) for r in h); err = sum(int(r["socket_errors"]) for r in h)
    asked = target.get(key, 1.5 if key != "api-places" else None)
    out.append(f"| \`{h[0]['path'][:60]}\` | {m(h,'rps'):.0f} | {m(h,'p50_ms'):.0f} | {m(h,'p99_ms'):.0f} | "
               f"{m(h,'cpu_ms_per_request'):.1f} | {bad} / {err} | \`{p[0]['path']}\` | {m(p,'rps'):.0f} | "
               f"{m(p,'p50_ms'):.0f} | {m(p,'p99_ms'):.0f} | {m(p,'cpu_ms_per_request'):.1f} | "
               f"{med(ratios):.2f} | {'' if asked is None else f'≥ {asked}'} | {med(cpu):.1f} | "
               f"{min(float(r['load1']) for r in h)}–{max(float(r['load1']) for r in h)} |")
open(sys.argv[2], "w").write("\n".join(out) + "\n")
print("\n".join(out))
PY
echo "written: $OUT/$RUN_NAME.md, $tsv"
if [ -n "${KEEP:-}" ]; then
  echo "left running: Huquq pid $huquq_pid on $H (Cookie: $cookie, Bearer $bearer), PetClinic pid $petclinic_pid on $P; data $data"
fi
