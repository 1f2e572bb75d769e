#!/usr/bin/env bash
# 200 concurrent registrations against VITA's WAR with production JVM flags and production
# settings (bcrypt cost 12, the default hash bound and pool), while another user reads: prints the
# status counts of each burst and the reader's latency during the bursts beside the same reads on
# the idle server (the ratio), and registrations served per second beside what bcrypt alone allows
# on this machine. Never a 500 is the pass mark; the reader's p95 is the figure.
# Usage: bench/registration-burst.sh [bursts] [distinct|one]
#   bursts    bursts of 200 to send, 3 s apart (default 3)
#   distinct  each registration from its own client address (X-Forwarded-For through a trusted
#             proxy: an attacker with many addresses; default); one: all from 127.0.0.1, where the
#             request limit (100 per 15 min) answers 429 first
# BENCH_WAR runs another WAR (e.g. one built from an older commit) the same way. Starts an embedded
# PostgreSQL of its own (a free port, data in target/bench/burst-postgres); writes only under
# target/bench/. Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/compile.sh
exec java -cp "$BENCH_CP" RegistrationBurst "$@"
