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
source bench/compile.sh
exec java -cp "$BENCH_CP" StorePage "$@"
