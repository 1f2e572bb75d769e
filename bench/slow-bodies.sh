#!/usr/bin/env bash
# Finding 1 of the hardening issue at full size: 250 clients sending a login body at 1 byte/s
# against the WAR with production JVM flags, /health/live and an API read probed meanwhile and
# without the attack (the ratio is reported). See SlowBodies.java.
# Usage: bench/slow-bodies.sh [clients] [seconds]   (defaults 250 40)
# BENCH_WAR=other.war measures another build (e.g. the WAR before the fix). Writes only under
# target/bench/. Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" SlowBodies "$@"
