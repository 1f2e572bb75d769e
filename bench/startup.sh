#!/usr/bin/env bash
# Measures VITA's start-up as the run command does it: time from the Payara Micro process
# starting to GET /health/ready answering 200, the server's resident memory once ready, and the
# WAR's size. Usage: bench/startup.sh [runs]   (default 3; uses DATABASE_URL if set, else the
# embedded PostgreSQL in .vita/). Needs a built project: ./mvnw -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-18080}
classpath=$(./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
printf 'WAR size: %s bytes (%s)\n' "$(stat -c %s target/vita.war)" "$(du -h target/vita.war | cut -f1)"
for run in $(seq 1 "$runs"); do
  # Its own process group, so the stop below reaches it the way Ctrl-C reaches a terminal's.
  PORT=$port setsid java -Dvita.data.dir=.vita -cp "target/test-classes:target/classes:$classpath" \
    com.vita.devstack.VitaDevServer >"target/bench-startup-$run.log" 2>&1 &
  launcher=$!
  pid=""
  until [ -n "$pid" ]; do pid=$(pgrep -f "payara-micro.jar.*--port $port" || true); sleep 0.05; done
  started=$(date +%s.%N)
  until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.1; done
  ready=$(date +%s.%N)
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  printf 'run %d: ready %.1f s after the server process started, RSS %d MB\n' \
    "$run" "$(echo "$ready - $started" | bc)" "$((rss_kb / 1024))"
  kill -TERM -- "-$launcher" # background jobs ignore SIGINT, so TERM plays Ctrl-C's part
  wait "$launcher" || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
done
