#!/usr/bin/env bash
# The product import end to end through the API (a generated N-row xlsx, default 100,000) beside
# the limits measured on the same file in the same run: POI's SAX parse alone and PostgreSQL COPY
# of the same rows, and their combined sequential limit (the one the 50 % goal is judged by); prints
# rows/s, CPU seconds, the ratios and VITA's live heap (after forced full GCs) through the import. VITA runs from the WAR on
# Payara Micro with production JVM flags, on an embedded PostgreSQL of its own (target/bench/import).
# Usage: bench/import.sh [rows]      e.g. bench/import.sh 1000000 to show the heap stays flat.
# Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" ImportBench "$@"
