#!/usr/bin/env bash
# REST end to end and footprint: starts the packaged gateway as the README does (dev profile, its
# in-process sandbox registries, a fresh H2 database in a temporary directory), measures the time from
# JVM start to /q/health/ready, RSS idle and under load, then drives GET /api/v1/domains/check with
# wrk (closed loop: wrk2 is not available here) at several connection counts, then at about half of
# the best rate (think time per connection), reports req/s, latency percentiles and the names per EPP
# domain:check (from /q/metrics). Then a second start on the now existing database, and the raw EPP
# floor (bench/epp-load) on the same machine right after.
#
#   bench/rest/run.sh            (BENCH_SKIP_BUILD=1 reuses target/registrar-gateway.jar; see variables below)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PORT=${BENCH_PORT:-18080}
RUN_SECONDS=${BENCH_SECONDS:-20}
WARMUP_SECONDS=${BENCH_WARMUP:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-"4 16 64"}
HALF_RATE_CONNECTIONS=${BENCH_HALF_RATE_CONNECTIONS:-16}
FLOOR=${BENCH_FLOOR:-1}
JAR=target/registrar-gateway.jar
BASE=http://127.0.0.1:$PORT
AUTH="Authorization: Basic $(printf 'frontend:frontend' | base64)"
LUA="$ROOT/bench/rest/check.lua"
# The README's run command: the same JVM options (keep the two in step). BENCH_JVM_OPTS replaces them
# to compare other settings.
README_JVM_OPTS="-XX:SharedArchiveFile=$ROOT/target/registrar-gateway.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m"
JVM_OPTS=${BENCH_JVM_OPTS-$README_JVM_OPTS}
TICKS=$(getconf CLK_TCK)

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$JAR" ]; then
  ./mvnw -B -q -o package -DskipTests
fi

WORK=$(mktemp -d /tmp/bench-rest.XXXXXX)
PID=""
SAMPLER=""
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

say() { echo "$*" | tee -a "$WORK/summary.md"; }
load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ / \/ /g'; }
rss_mb() { echo $(( $(ps -o rss= -p "$PID" | tr -d ' ') / 1024 )); }
# CPU time of the gateway process so far (all threads, JIT and GC included), in ms.
cpu_ms() { awk -v t="$TICKS" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$PID/stat"; }

# Starts the gateway in $WORK (its ./data database lives there) and waits, at most 180 s, for readiness.
start_gateway() {
  local log=$1
  local start_ns ready_ns
  start_ns=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$WORK" && exec java $JVM_OPTS -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -jar "$ROOT/$JAR") >"$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    if curl -sf -o /dev/null "$BASE/q/health/ready"; then
      ready_ns=$(date +%s%N)
      STARTUP_MS=$(( (ready_ns - start_ns) / 1000000 ))
      STARTUP_CPU_MS=$(cpu_ms)
      QUARKUS_STARTED=$(grep -o 'started in [0-9.]*s' "$log" | head -1 || true)
      return 0
    fi
    if ! kill -0 "$PID" 2>/dev/null; then
      echo "the gateway stopped during start; log: $log" >&2
      tail -40 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "the gateway was not ready within 180 s; log: $log" >&2
  exit 1
}

stop_gateway() {
  kill "$PID"
  wait "$PID" 2>/dev/null || true
  PID=""
}

# Sum of epp_commands_total for the Verisign registry's domain:check, whatever the result code.
epp_checks() {
  curl -sf "$BASE/q/metrics" | awk '/^epp_commands_total\{/ && /command="domain:check"/ && /registry="verisign"/ \
    { sum += $NF } END { printf "%d\n", sum }'
}

# Largest RSS seen while a command runs (sampled every 0.5 s), in MB, into RSS_PEAK_MB.
with_rss_peak() {
  local peak_file="$WORK/rss-peak"
  echo 0 >"$peak_file"
  ( while kill -0 "$PID" 2>/dev/null; do
      r=$(rss_mb); [ "$r" -gt "$(cat "$peak_file")" ] && echo "$r" >"$peak_file"; sleep 0.5
    done ) &
  SAMPLER=$!
  "$@"
  kill "$SAMPLER" 2>/dev/null || true
  wait "$SAMPLER" 2>/dev/null || true
  SAMPLER=""
  RSS_PEAK_MB=$(cat "$peak_file")
}

# wrk run: connections, seconds, think ms; sets RESULT (the script's summary line), EPP_DELTA and
# CPU_US (gateway CPU per request, µs: the figure that depends least on what else the machine runs).
run_wrk() {
  local connections=$1 seconds=$2 think=$3 before after cpu_before
  before=$(epp_checks)
  cpu_before=$(cpu_ms)
  RESULT=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -H "$AUTH" -s "$LUA" "$BASE" -- "$think" \
    | tee -a "$WORK/wrk.log" | grep '^RESULT')
  CPU_US=$(awk -v c="$(( $(cpu_ms) - cpu_before ))" -v r="$(echo "$RESULT" | tr ' ' '\n' | grep '^requests=' | cut -d= -f2)" \
    'BEGIN { if (r > 0) printf "%.0f", c * 1000 / r; else print "n/a" }')
  after=$(epp_checks)
  EPP_DELTA=$((after - before))
}
field() { echo "$RESULT" | tr ' ' '\n' | grep "^$1=" | cut -d= -f2; }

say "# REST end to end, $(date -u +%FT%TZ), nproc $(nproc), $(java -version 2>&1 | head -1), JVM options '$JVM_OPTS', work dir $WORK"
say ""
start_gateway "$WORK/app-first.log"
say "- first start (fresh H2 database, Flyway migrations): JVM start → /q/health/ready **${STARTUP_MS} ms** (Quarkus: ${QUARKUS_STARTED:-n/a}), process CPU at ready ${STARTUP_CPU_MS} ms, load $(load)"
curl -sf -o /dev/null -H "$AUTH" "$BASE/api/v1/domains/check?name=warm-up.com"
sleep 10
say "- RSS idle (10 s after ready and one check): **$(rss_mb) MB**"

run_wrk 16 "$WARMUP_SECONDS" 0
say "- warm-up: wrk -t2 -c16 -d${WARMUP_SECONDS}s: $(field rps) req/s (not counted)"
say ""
say "| wrk connections | think ms | req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | non-2xx | socket errors | names per EPP check | gateway CPU µs/request | peak RSS MB | load (1/5/15) |"
say "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
BEST_RPS=0
for c in $CONNECTIONS; do
  with_rss_peak run_wrk "$c" "$RUN_SECONDS" 0
  names=$(awk -v r="$(field requests)" -v e="$EPP_DELTA" 'BEGIN { if (e > 0) printf "%.2f", r / e; else print "n/a" }')
  say "| $c | 0 | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field p999_ms) | $(field max_ms) | $(field non2xx) | $(field socket_errors) | $names | $CPU_US | $RSS_PEAK_MB | $(load) |"
  [ "$(field rps)" -gt "$BEST_RPS" ] && BEST_RPS=$(field rps)
done
# Half of the best rate: each connection waits so that c connections together send about BEST/2 per second.
THINK=$(( HALF_RATE_CONNECTIONS * 1000 * 2 / (BEST_RPS > 0 ? BEST_RPS : 1) ))
with_rss_peak run_wrk "$HALF_RATE_CONNECTIONS" "$RUN_SECONDS" "$THINK"
names=$(awk -v r="$(field requests)" -v e="$EPP_DELTA" 'BEGIN { if (e > 0) printf "%.2f", r / e; else print "n/a" }')
say "| $HALF_RATE_CONNECTIONS (≈ half of $BEST_RPS) | $THINK | $(field rps) | $(field p50_ms) | $(field p90_ms) | $(field p99_ms) | $(field p999_ms) | $(field max_ms) | $(field non2xx) | $(field socket_errors) | $names | $CPU_US | $RSS_PEAK_MB | $(load) |"
sleep 10
say ""
say "- RSS 10 s after the load: **$(rss_mb) MB**"
stop_gateway

start_gateway "$WORK/app-second.log"
say "- second start (existing database): JVM start → /q/health/ready **${STARTUP_MS} ms** (Quarkus: ${QUARKUS_STARTED:-n/a}), process CPU at ready ${STARTUP_CPU_MS} ms, RSS right after ready $(rss_mb) MB, load $(load)"
stop_gateway

if [ "$FLOOR" = "1" ]; then
  say ""
  say "Raw EPP floor right after (bench/epp-load, gateway stopped):"
  BENCH_SKIP_MAVEN=1 "$ROOT/bench/epp-load/run.sh" --warmup 5 --seconds 10 --raw 2,4 --pool 4 --pipelined "" \
    | tee -a "$WORK/summary.md"
fi
echo "summary: $WORK/summary.md"
