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
source bench/compile.sh
exec java -cp "$BENCH_CP" Checkout "$@"
