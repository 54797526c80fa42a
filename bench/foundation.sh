#!/usr/bin/env bash
# Foundation figures: start to a served login page and resident memory on the embedded H2 database (first start with
# migrations and demo data, then a warm start), and on PostgreSQL a generated national tree of 12,000+ units: the tree
# page, a province's children, a search, and the bare "everything under a province" query.
# Usage: bench/foundation.sh   (needs PostgreSQL on 127.0.0.1:5432 with trust auth for the second part)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-8090}
PASSWORD=Bench-Danvan-2026
# The JVM options recommended in README for a small server; BENCH_JAVA_OPTS overrides them.
JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m}

./mvnw -q -B -DskipTests package
./mvnw -q -B -Pbench test-compile
./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null

start_app() { # env vars are passed by the caller; prints the pid
    java $JAVA_OPTS $CDS -jar $JAR --server.port=$PORT >"$1" 2>&1 &
    echo $!
}
CDS=""
JAR=target/danvan.jar

wait_served() { # prints milliseconds from $1 (start, ns) until /login answers 200
    for _ in $(seq 1 1200); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/login)" = "200" ]; then
            echo $(( ($(date +%s%N) - $1) / 1000000 ))
            return
        fi
        sleep 0.02
    done
    echo "never"
}

rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' /proc/$1/status) / 1024 )); }

measure_starts() { # $1: label
    data=$(mktemp -d)
    for run in first warm warm; do
        t0=$(date +%s%N)
        pid=$(DANVAN_DATA_DIR=$data DANVAN_ADMIN_PASSWORD=$PASSWORD start_app /tmp/danvan-bench-$run.log)
        ms=$(wait_served $t0)
        sleep 2
        echo "$1, $run start$( [ $run = first ] && echo ' (migrations + demo data)'): login page after $ms ms; resident $(rss_mb $pid) MB"
        kill $pid; wait $pid 2>/dev/null || true
    done
    rm -rf "$data"
}

echo "== Start-up on the embedded H2 database (JVM options: $JAVA_OPTS; load average $(cut -d' ' -f1 /proc/loadavg))"
measure_starts "plain jar"

# Class data sharing (CDS): the jar extracted once and a training run that records the loaded classes.
app=$(mktemp -d)
java -Djarmode=tools -jar target/danvan.jar extract --destination "$app/danvan" >/dev/null
train=$(mktemp -d)
DANVAN_DATA_DIR=$train java -XX:ArchiveClassesAtExit="$app/danvan.jsa" -Dspring.context.exit=onRefresh \
    -jar "$app/danvan/danvan.jar" --server.port=$PORT >/tmp/danvan-bench-train.log 2>&1 || true
rm -rf "$train"
CDS="-XX:SharedArchiveFile=$app/danvan.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
JAR="$app/danvan/danvan.jar"
measure_starts "extracted jar with a CDS archive"
BASE_OPTS=$JAVA_OPTS
JAVA_OPTS="$BASE_OPTS -XX:TieredStopAtLevel=1"
measure_starts "extracted jar with a CDS archive, C1 compiler only"
JAVA_OPTS=$BASE_OPTS
CDS=""
JAR=target/danvan.jar

echo "== National tree on PostgreSQL"
db=danvan_bench_org_$$
psql -h 127.0.0.1 -U postgres -qc "create database $db"
trap 'kill $pid 2>/dev/null || true; psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)"' EXIT
data=$(mktemp -d)
t0=$(date +%s%N)
pid=$(DANVAN_DATA_DIR=$data DANVAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db DANVAN_DB_USER=postgres DANVAN_DEMO=false \
      DANVAN_ADMIN_PASSWORD=$PASSWORD start_app /tmp/danvan-bench-pg.log)
echo "start on PostgreSQL: login page served after $(wait_served $t0) ms"
java -cp target/test-classes:target/classes:$(cat target/bench.cp) vn.danvan.org.TreeBenchmark \
    jdbc:postgresql://127.0.0.1:5432/$db postgres http://localhost:$PORT $PASSWORD
echo "resident memory after the runs: $(rss_mb $pid) MB"
rm -rf "$data"
