#!/usr/bin/env bash
# Starts or stops a Commonplace server for the benchmark, on its own ports and data, from the WildFly that the
# build provisioned (target/server) and the WAR it built (target/commonplace.war). Nothing in target/server is
# changed: the server runs with a copy of its standalone/ folder under the data folder.
#
#   bench/server.sh start [scale]   # data in target/bench-data/<scale> (default: small), http://localhost:8580
#   bench/server.sh stop [scale]
#
# Environment: BENCH_PORT_OFFSET (default 500: HTTP 8580, management 10490), BENCH_DATA (data folder),
# COMMONPLACE_DB_URL when the server was provisioned for PostgreSQL (mvn package -Ppostgresql), BENCH_JAVA_OPTS
# (added to the JVM options, which are the pom's server.java.opts as for wildfly:run; "-XX:-UseParallelGC -XX:+UseG1GC"
# runs G1 instead), BENCH_IO_BATCH (default 1: Undertow's I/O threads under SCHED_BATCH, see
# wildfly-config/io-threads-batch.sh; 0 leaves them alone).
# "start" deploys the WAR, waits for the first page, prints the start-up time (also written to
# <data>/startup.txt) and maps /bench-static/ to <data>/static, where the benchmark puts its reference file.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-}
scale=${2:-small}
offset=${BENCH_PORT_OFFSET:-500}
data=${BENCH_DATA:-$PWD/target/bench-data/$scale}
http=$((8080 + offset))
mgmt=$((9990 + offset))
cli="$PWD/target/server/bin/jboss-cli.sh --connect --controller=localhost:$mgmt"

case "$action" in
  start)
    if [[ ! -f target/commonplace.war || ! -d target/server ]]; then
      echo "Build first: mvn package -DskipTests" >&2
      exit 1
    fi
    mkdir -p "$data/static"
    rm -rf "$data/base"
    cp -r target/server/standalone "$data/base"
    rm -rf "$data/base/deployments/"* "$data/base/data" "$data/base/tmp" "$data/base/log"
    cp target/commonplace.war "$data/base/deployments/"
    # The JVM options wildfly:run uses (the pom's server.java.opts).
    java_opts=$(sed -n 's:.*<server.java.opts>\(.*\)</server.java.opts>.*:\1:p' pom.xml)
    if [[ -z "$java_opts" ]]; then
      echo "No <server.java.opts> in pom.xml" >&2
      exit 1
    fi
    started=$(date +%s%N)
    JAVA_OPTS="$java_opts -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${BENCH_JAVA_OPTS:-}" \
      nohup target/server/bin/standalone.sh --read-only-server-config=standalone.xml \
        -Djboss.server.base.dir="$data/base" -Djboss.server.data.dir="$data" \
        -Djboss.socket.binding.port-offset="$offset" > "$data/server.log" 2>&1 &
    echo $! > "$data/server.pid"
    for _ in $(seq 1 600); do
      code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$http/" || true)
      if [[ "$code" == "200" ]]; then
        break
      fi
      if ! kill -0 "$(cat "$data/server.pid")" 2>/dev/null; then
        echo "The server stopped; see $data/server.log" >&2
        exit 1
      fi
      sleep 0.2
    done
    if [[ "$code" != "200" ]]; then
      echo "No first page after 120 s; see $data/server.log" >&2
      exit 1
    fi
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    echo "$ms" > "$data/startup.txt"
    echo "Start-up to first page: $ms ms (http://localhost:$http/)"
    $cli --commands="/subsystem=undertow/configuration=handler/file=bench-static:add(path=\"$data/static\"),/subsystem=undertow/server=default-server/host=default-host/location=\/bench-static:add(handler=bench-static)" > /dev/null
    # Undertow's I/O threads under SCHED_BATCH, as docs/benchmarks.md (tenth pass) and the README advise for production
    # on Linux; BENCH_IO_BATCH=0 leaves them as the JVM made them.
    if [[ "${BENCH_IO_BATCH:-1}" != "0" ]]; then
      wildfly-config/io-threads-batch.sh "$(pgrep -P "$(cat "$data/server.pid")" java | head -1)"
    fi
    ;;
  stop)
    $cli --command=":shutdown" > /dev/null 2>&1 || true
    if [[ -f "$data/server.pid" ]]; then
      pid=$(cat "$data/server.pid")
      for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
      done
      rm -f "$data/server.pid"
    fi
    ;;
  *)
    echo "usage: bench/server.sh start|stop [small|medium|large]" >&2
    exit 2
    ;;
esac
