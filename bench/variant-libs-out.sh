#!/usr/bin/env bash
# A measured option that is NOT adopted (see docs/testing.md, start-up): VITA with its libraries on
# the server's class path (--addlibs) instead of in WEB-INF/lib, next to the shipped WAR and a bare
# Payara Micro. Builds the variant under target/bench/variants/ from target/vita.war, then runs
# bench/startup-vs-bare.sh for it. Usage: bench/variant-libs-out.sh [runs] [production|run]
set -euo pipefail
cd "$(dirname "$0")/.."
variant=target/bench/variants/libs-out
rm -rf "$variant" && mkdir -p "$variant/libs"
cp target/vita.war "$variant/vita.war"
(cd "$variant/libs" && unzip -q -j ../../../../vita.war 'WEB-INF/lib/*' &&
  for lib in *.zip; do mv "$lib" "${lib%.zip}.jar"; done) # the WAR names them *.zip (pom.xml)
# Swagger UI's assets are served from META-INF/resources of a WEB-INF/lib jar: it stays.
rm "$variant"/libs/swagger-ui-*.jar
zip -q -d "$variant/vita.war" 'WEB-INF/lib/*' -x 'WEB-INF/lib/swagger-ui-*'
echo "variant: $(unzip -l "$variant/vita.war" | tail -1 | awk '{print $1}') bytes in the WAR," \
  "$(ls "$variant/libs" | wc -l) jars on the server's class path"
BENCH_WAR="$variant/vita.war" BENCH_ADDLIBS=":$PWD/$variant/libs" exec bench/startup-vs-bare.sh "$@"
