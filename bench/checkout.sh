#!/usr/bin/env bash
# Checkouts (POST /api/v1/orders, one unit, a fresh Idempotency-Key each) under concurrent buyers:
# on one hot product (every checkout locks the same row) and on many products (random among 1,000),
# checkouts/s and p50/p95, beside the same SQL run directly against PostgreSQL with pgbench in the
# same run (the limit), with the ratio. The WAR runs on Payara Micro with production JVM flags; an
# embedded PostgreSQL of its own (data in target/bench/checkout/postgres). Needs pgbench.
# Usage: bench/checkout.sh [clients] [seconds]   (defaults 16 30)
# Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
[ -f target/vita.war ] && [ -f target/payara/payara-micro.jar ] && [ -d target/test-classes ] ||
  { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
exec java -cp "target/test-classes:$(cat target/bench/classpath.txt)" bench/Checkout.java "$@"
