# Sourced by the load benches: compiles bench/*.java against the test classes (the embedded
# PostgreSQL and the token key of the launcher) into target/bench/classes.
mkdir -p target/bench/classes
[ -f target/vita.war ] && [ -f target/payara/payara-micro.jar ] && [ -d target/test-classes ] ||
  { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench/classpath.txt >/dev/null
javac -nowarn -d target/bench/classes -cp "target/test-classes:$(cat target/bench/classpath.txt)" \
  bench/BenchVita.java bench/SlowBodies.java bench/ManyParts.java
