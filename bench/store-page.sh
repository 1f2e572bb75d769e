#!/usr/bin/env bash
# A store holding 100,000 products: its public page (GET /stores/{id}/public) and its product list
# (GET /products?storeId=, walked by keyset cursor) under 20 concurrent clients, p50/p95 and
# throughput, beside the same SQL through pgbench in the same run, with the ratio. The WAR runs on
# Payara Micro with production JVM flags (those of bench/startup-vs-bare.sh); an embedded PostgreSQL
# of its own (data in target/bench/store-page/postgres). Needs pgbench (Debian: postgresql-client).
# Usage: bench/store-page.sh [products] [clients] [seconds]   (defaults 100000 20 30)
# Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
[ -f target/vita.war ] && [ -f target/payara/payara-micro.jar ] && [ -d target/test-classes ] ||
  { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
exec java -cp "target/test-classes:$(cat target/bench/classpath.txt)" bench/StorePage.java "$@"
