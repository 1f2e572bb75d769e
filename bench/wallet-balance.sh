#!/usr/bin/env bash
# A seller's wallet with 1,000,000 ledger entries (seeded by SQL through the ledger's triggers, the
# seeding timed), read by concurrent clients: GET /api/v1/wallet/{sellerId}?limit=20 with the
# seller's token, req/s and p50/p95, beside pgbench running the same two statements (the balances
# and the entries page of Wallets) in the same run (the limit), with the ratio and EXPLAIN (ANALYZE,
# BUFFERS) of both. The WAR runs on Payara Micro with production JVM flags; an embedded PostgreSQL
# of its own (target/bench/postgres-wallet-balance). Needs pgbench.
# Usage: bench/wallet-balance.sh [clients] [seconds]   (defaults 20 20)
# Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" WalletBalance "$@"
