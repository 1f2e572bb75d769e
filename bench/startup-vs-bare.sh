#!/usr/bin/env bash
# VITA's start-up next to a bare Payara Micro (no application), alternated and with the same JVM
# flags: prints each run (time to first answer, RSS, CPU) and the ratios to the bare server of
# the same round, then the medians.
# Usage: bench/startup-vs-bare.sh [runs] [production|run]
#   runs        pairs to measure after one unmeasured warm-up pair (default 3)
#   production  the flags of the official payara/micro image (default); see StartupVsBare.java
#   run         the run command's and the tests' start-up-tuned flags (PayaraMicroServer)
# BENCH_JVM_FLAGS adds flags to every server. To measure a cut: BENCH_BASELINE_WAR=old.war adds
# that WAR as a third server to each round; BENCH_WAR, BENCH_ADDLIBS and BENCH_PREBOOT change
# VITA's WAR, server class path and pre-boot commands (StartupVsBare.java). Starts an embedded PostgreSQL of its own (on a free
# port, data in target/bench/postgres), so it never touches DATABASE_URL's database; writes only
# under target/bench/. Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" StartupVsBare "$@"
