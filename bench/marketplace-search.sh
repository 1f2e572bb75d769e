#!/usr/bin/env bash
# Issue #15's marketplace benchmark: N generated products (Spanish names from word lists, skewed
# categories, stores and prices) loaded by COPY; a fixed mix of 1,000 requests (common and rare
# words, typos, prefixes, facet filters, deep pages) from 20 clients through the API with the cache
# off and on (MARKETPLACE_CACHE_ENABLED, one server each on identical data), and the same SQL
# through pgbench in the same run; p50/p95/p99, throughput ratio, index sizes, and EXPLAIN (ANALYZE,
# BUFFERS) of the main queries in target/bench/marketplace/explain.txt. Production JVM flags
# (bench/BenchVita.java). Needs pgbench (Debian: postgresql-client).
# Usage: bench/marketplace-search.sh [products] [clients] [seconds]   (defaults 1000000 20 30)
# A million products takes a while and most of a small machine: validate at e.g. 20000 first.
# Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" MarketplaceSearch "$@"
