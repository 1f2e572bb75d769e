#!/usr/bin/env bash
# Stripe webhook deliveries (POST /api/v1/payments/webhook/stripe, each a distinct signed
# payment_intent.succeeded capturing a different pending payment) under concurrent senders:
# deliveries/s and p50/p95 (good only when 200 with "result":"applied"), beside the same SQL run
# directly against PostgreSQL with pgbench in the same run (the limit), with the ratio; then the books
# checked in SQL (every ledger transaction sums to zero, captures = payments settled). The WAR runs on
# Payara Micro with production JVM flags and Stripe configured (STRIPE_API_BASE points nowhere: the
# webhook path never calls Stripe); an embedded PostgreSQL of its own (target/bench/postgres-webhooks).
# Needs pgbench.
# Usage: bench/webhooks.sh [clients] [seconds]   (defaults 50 20)
# Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" Webhooks "$@"
