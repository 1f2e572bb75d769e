# Sourced by the benches: compiles every bench/*.java (they share BenchVita, BenchHttp, BenchSql)
# against the main and test classes (the embedded PostgreSQL and the token key of the launcher)
# into target/bench/classes, and leaves the class path in BENCH_CP.
mkdir -p target/bench/classes
[ -f target/vita.war ] && [ -f target/payara/payara-micro.jar ] && [ -d target/test-classes ] ||
  { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
BENCH_CP="target/bench/classes:target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
javac -nowarn -d target/bench/classes -cp "$BENCH_CP" bench/*.java
