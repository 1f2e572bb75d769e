#!/usr/bin/env bash
# Finding 2 of the hardening issue at full size: a buyer's KYB submission of 900,000 one-byte
# parts (48.6 MB), four in parallel, three rounds, against the WAR with production JVM flags; heap
# measured with jcmd, a normal submission timed beside it. See ManyParts.java.
# Usage: bench/many-parts.sh [parts] [parallel] [rounds]   (defaults 900000 4 3)
# BENCH_WAR=other.war measures another build. Writes only under target/bench/.
# Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" ManyParts "$@"
