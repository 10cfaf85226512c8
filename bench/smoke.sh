#!/usr/bin/env bash
# CI smoke for the benchmark: generates the small data set, starts a server on it (port offset 500 unless
# BENCH_PORT_OFFSET says otherwise), runs every scenario for 2 seconds at concurrency 1 and 8, and stops the server.
# It checks that everything runs, that figures come out and that no response was an error; it never asserts a time.
# Needs a built server (mvn package -DskipTests, or after mvn verify) and wrk (apt-get install -y wrk).
# With a server provisioned for PostgreSQL (-Ppostgresql) the data goes to the database commonplace_bench_smoke.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
data="$PWD/target/bench-data/smoke"
offset=${BENCH_PORT_OFFSET:-500}
export BENCH_DATA="$data" BENCH_PORT_OFFSET="$offset"
rm -rf "$data"
mkdir -p "$data"
url="jdbc:h2:file:$data/h2/commonplace"
if grep -q 'module="org.postgresql"' target/server/standalone/configuration/standalone.xml 2> /dev/null; then
  url="jdbc:postgresql://127.0.0.1:5432/commonplace_bench_smoke"
  mvn -q -Pbench test-compile exec:java -Dexec.mainClass=org.commonplace.testsupport.CreateTestDatabase \
    -Dexec.classpathScope=test -Dexec.args="$url"
  export COMMONPLACE_DB_URL="$url" COMMONPLACE_DB_USER=postgres COMMONPLACE_DB_PASSWORD=postgres
fi
mvn -q -Pbench test-compile exec:java@generate -Dbench.scale=small -Dbench.data="$data" -Dbench.db.url="$url"
trap 'bench/server.sh stop smoke' EXIT
bench/server.sh start smoke
mvn -q -Pbench exec:java@benchmark -Dbench.data="$data" -Dbench.base="http://localhost:$((8080 + offset))" \
  -Dbench.duration=2 -Dbench.concurrency=1,8 -Dbench.out="$data/results" -Dbench.fail.on.errors=true
cat "$data/results/results.md"
