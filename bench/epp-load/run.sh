#!/usr/bin/env bash
# EPP load driver: compiles the project (main + adapter source roots) and this driver against the
# project's runtime classpath, then runs com.ophos.registrar.bench.eppload.EppLoad; arguments are
# passed on (e.g. --seconds 10 --warmup 5 --raw 1,2,4 --pool 1,2,4,8 --pipelined 1,2,4 --windows 4,8).
# BENCH_SKIP_MAVEN=1 reuses target/classes and target/bench-classpath.txt from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${BENCH_SKIP_MAVEN:-0}" != "1" ]; then
  ./mvnw -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
fi
CP="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-load
mkdir -p target/bench-load
javac -d target/bench-load -cp "$CP" $(find bench/epp-load/src/main/java -name '*.java')
exec java -Xmx512m -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "target/bench-load:$CP" com.ophos.registrar.bench.eppload.EppLoad "$@"
