#!/usr/bin/env bash
# The cut of WEB-INF/lib/*.zip (pom.xml, docs/testing.md start-up), measured in one run: builds
# the WAR as it was before it (the same WAR with its libraries named *.jar again, so Payara's
# deployment scan parses their ~20,500 classes) under target/bench/variants/, then runs
# bench/startup-vs-bare.sh with it as the baseline next to target/vita.war and a bare Payara Micro.
# Usage: bench/variant-libs-jar.sh [runs] [production|run]
set -euo pipefail
cd "$(dirname "$0")/.."
variant=target/bench/variants/libs-jar
rm -rf "$variant" && mkdir -p "$variant/war"
(cd "$variant/war" && unzip -q ../../../../vita.war &&
  for lib in WEB-INF/lib/*.zip; do mv "$lib" "${lib%.zip}.jar"; done &&
  zip -q -r -X ../vita.war .)
echo "baseline: $(unzip -l "$variant/vita.war" 'WEB-INF/lib/*.jar' | tail -1 | awk '{print $2}')" \
  "libraries named *.jar"
BENCH_BASELINE_WAR="$variant/vita.war" exec bench/startup-vs-bare.sh "$@"
