#!/usr/bin/env bash
# Start-up cost of the packaged gateway, started as the README says: wall time from launch to the first
# 200 of /q/health/ready, process CPU time at that moment (utime + stime of all threads, JIT and GC
# included, from /proc/<pid>/stat: a figure that depends far less on the machine's load than wall time),
# and RSS at ready and 10 s later. Each run uses a fresh working directory (fresh H2 database under
# ./data, Flyway migrates), then a second start on that database.
#
#   bench/startup/run.sh [runs]     (BENCH_JVM_OPTS replaces the README's JVM options, to compare;
#                                    BENCH_THREADS=1 adds the CPU at ready per thread group: JIT, GC, main)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-3}
PORT=${BENCH_PORT:-18081}
JAR="$ROOT/target/registrar-gateway.jar"
TICKS=$(getconf CLK_TCK)
# The README's run command: the same JVM options (keep the two in step, as bench/rest/run.sh does).
README_JVM_OPTS="-XX:SharedArchiveFile=$ROOT/target/registrar-gateway.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx128m"
JVM_OPTS=${BENCH_JVM_OPTS-$README_JVM_OPTS}
[ -f "$JAR" ] || { echo "package first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }

cpu_ms() { awk -v t="$TICKS" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$1/stat"; }
rss_mb() { echo $(( $(ps -o rss= -p "$1" | tr -d ' ') / 1024 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU ms per thread group (JIT compilers, GC, main, ...), thread numbers folded away.
threads() {
  for t in /proc/"$1"/task/*; do
    awk -v t="$TICKS" '{ sub(/^[0-9]+ \(/, ""); name = $0; sub(/\) .*/, "", name); n = split($0, f, ") ");
      split(f[n], v, " "); print int((v[12] + v[13]) * 1000 / t), name }' "$t/stat"
  done | sed -E 's/[0-9]+$//; s/#[0-9]+//' | awk '{ c = $1; $1 = ""; sum[$0] += c } END { for (k in sum) print sum[k], k }' | sort -rn | head -15
}

one_start() {
  local work=$1 label=$2 start_ns pid ready_ms cpu rss_ready rss_idle
  start_ns=$(date +%s%N)
  # shellcheck disable=SC2086
  (cd "$work" && exec java $JVM_OPTS -Dquarkus.profile=dev -Dquarkus.http.port="$PORT" -jar "$JAR") \
      >"$work/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then
      ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
      cpu=$(cpu_ms "$pid")
      rss_ready=$(rss_mb "$pid")
      [ "${BENCH_THREADS:-0}" = "1" ] && threads "$pid" | sed "s/^/# $label thread CPU ms: /"
      sleep 10
      rss_idle=$(rss_mb "$pid")
      echo "| $label | $ready_ms | $cpu | $(grep -o 'started in [0-9.]*s' "$work/$label.log" | head -1) | $rss_ready | $rss_idle | $(load) |"
      kill "$pid"; wait "$pid" 2>/dev/null || true
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "gateway stopped; log $work/$label.log" >&2; tail -30 "$work/$label.log" >&2; exit 1; }
    sleep 0.1
  done
  kill "$pid"; echo "not ready within 300 s" >&2; exit 1
}

echo "# $(date -u +%FT%TZ), nproc $(nproc), JVM options '$JVM_OPTS'"
echo "| start | ready ms | CPU ms at ready | Quarkus | RSS MB at ready | RSS MB 10 s later | load (1/5/15) |"
echo "|---|---|---|---|---|---|---|"
for i in $(seq 1 "$RUNS"); do
  work=$(mktemp -d /tmp/bench-startup.XXXXXX)
  one_start "$work" "fresh-$i"
  one_start "$work" "existing-$i"
  rm -rf "$work"
done
