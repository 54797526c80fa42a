#!/usr/bin/env bash
# Petition figures on PostgreSQL through the HTTP API of a separately started Danvan: intake with concurrent clients
# (throughput and latency percentiles), a run that kills the application with kill -9 mid-load, restarts it and checks
# that every acknowledged petition is present, and the overdue list over 1,000,000 cases (median of first pages).
# Usage: bench/petition.sh [clients=32] [seconds=30] [cases=1000000]   (BENCH_PARTS="intake crash overdue" picks parts)
#        (needs PostgreSQL on 127.0.0.1:5432 with trust auth for the user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-32}
SECONDS_LOAD=${2:-30}
CASES=${3:-1000000}
PARTS=${BENCH_PARTS:-intake crash overdue}
PORT=${BENCH_PORT:-8093}
DB=${BENCH_DB:-danvan_petition_bench}
PASSWORD=Bench-Danvan-2026
BASE=http://localhost:$PORT
JDBC=jdbc:postgresql://127.0.0.1:5432/$DB
DATA=$(mktemp -d)
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    rm -rf "$DATA"
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
}
trap cleanup EXIT

./mvnw -q -B -DskipTests package
./mvnw -q -B -Pbench test-compile
./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"
client() { java -XX:+UseSerialGC -Xmx512m -cp "$CP" vn.danvan.petition.PetitionBenchmark "$@"; }
cpu_ticks() { awk '{print $14 + $15}' /proc/$APP_PID/stat; } # user + system time of the application
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"; }

start_app() {
    DANVAN_DB_URL=$JDBC DANVAN_DB_USER=postgres DANVAN_DEMO=false DANVAN_DATA_DIR=$DATA \
        DANVAN_ADMIN_PASSWORD=$PASSWORD java ${BENCH_JAVA_OPTS:--Xmx768m} -jar target/danvan.jar --server.port=$PORT \
        >>"$DATA/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' $BASE/login)" = "200" ] && return
        sleep 0.5
    done
    echo "the application did not start; see $DATA/app.log" >&2
    exit 1
}

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
start_app
read -r TOKEN UNIT < <(client setup $BASE $PASSWORD $JDBC)

if [[ $PARTS == *intake* ]]; then
echo "== Intake through POST /api/v1/petitions on PostgreSQL, $CLIENTS clients, ${SECONDS_LOAD} s ($(load))"
client load $BASE "$TOKEN" "$UNIT" 4 5 "$DATA/warmup.acks" >/dev/null
CPU0=$(cpu_ticks)
client load $BASE "$TOKEN" "$UNIT" "$CLIENTS" "$SECONDS_LOAD" "$DATA/intake.acks"
CPU1=$(cpu_ticks)
echo "   application CPU per acknowledged petition: $(( (CPU1 - CPU0) * 1000 / $(getconf CLK_TCK) / $(wc -l <"$DATA/intake.acks") )) ms"
echo "   after the run: $(load)"
fi

if [[ $PARTS == *crash* ]]; then
echo "== kill -9 mid-load ($(load))"
client load $BASE "$TOKEN" "$UNIT" "$CLIENTS" 60 "$DATA/crash.acks" &
LOADER=$!
sleep $(( SECONDS_LOAD / 2 > 5 ? SECONDS_LOAD / 2 : 5 ))
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=""
wait "$LOADER" || true
start_app
client verify $JDBC "$DATA/crash.acks"
fi

if [[ $PARTS == *overdue* ]]; then
echo "== Overdue list over $CASES cases ($(load))"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
client fill $JDBC "$UNIT" "$CASES"
start_app
client overdue $BASE "$TOKEN" 50
echo "   after the run: $(load)"
fi
