#!/usr/bin/env bash
# The anonymisation check on a 150-page DOCX and PDF: time and peak heap (bench/README.md, "The anonymisation
# check"). Not a test: no class of it runs in ./mvnw verify, which only compiles it.
#   bench/scan.sh            build, then measure
#   BENCH_SKIP_BUILD=1 bench/scan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/work
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  echo "[scan] compiling the application and the bench (test sources compiled, not run)"
  ./mvnw -B -q test-compile -Dlint.skip=true
  echo "[scan] resolving the classpath"
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/classpath.txt
fi
exec java -Xmx${SCAN_HEAP:-512m} -cp "target/test-classes:target/classes:$(cat bench/work/classpath.txt)" \
  org.scrworkflow.bench.ScanBench "$@"
