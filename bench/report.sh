#!/usr/bin/env bash
# Reporting figures on PostgreSQL: a national synthetic load (12,818 units, 60 data elements, 20 monthly periods,
# about 15 million values, generated set-based by bench/report-data.sql), then the roll-up of one element to the
# provinces and the nation, the completeness of one period over the whole tree (bare SQL and API), the dashboard page
# and the consolidated DOCX of 100 unit reports, each with its wall time and CPU time per run (the machine is shared).
# Uses a throw-away database.
# Usage: bench/report.sh   (needs PostgreSQL on 127.0.0.1:5432 with trust auth for the user postgres)
#        BENCH_KEEP_DB=danvan_report_bench bench/report.sh   reuses (or keeps) a generated database
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-8091}
PASSWORD=Bench-Danvan-2026
DB=${BENCH_KEEP_DB:-danvan_report_bench_$$}
URL=jdbc:postgresql://127.0.0.1:5432/$DB
data=$(mktemp -d)
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    rm -rf "$data"
    [ -z "${BENCH_KEEP_DB:-}" ] && psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" || true
}
trap cleanup EXIT

./mvnw -q -B -o -DskipTests package
./mvnw -q -B -o -Pbench test-compile
./mvnw -q -B -o -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null

fresh=no
if [ -z "$(psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = '$DB'")" ]; then
    psql -h 127.0.0.1 -U postgres -qc "create database $DB"
    fresh=yes
fi
DANVAN_DATA_DIR=$data DANVAN_DB_URL=$URL DANVAN_DB_USER=postgres DANVAN_DEMO=false DANVAN_ADMIN_PASSWORD=$PASSWORD \
    java -XX:+UseSerialGC -Xms64m -Xmx512m -jar target/danvan.jar --server.port=$PORT >/tmp/danvan-report-bench.log 2>&1 &
pid=$!
for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/login)" = "200" ] && break
    sleep 0.5
done
if [ $fresh = yes ]; then
    echo "== Generating the national load (load average $(cut -d' ' -f1 /proc/loadavg))"
    start=$(date +%s)
    psql -h 127.0.0.1 -U postgres -d "$DB" -q -f bench/report-data.sql | tail -3
    echo "generated in $(( $(date +%s) - start )) s"
fi
echo "== Reporting on PostgreSQL (load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
java -XX:+UseSerialGC -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    vn.danvan.report.ReportBenchmark "$URL" postgres http://localhost:$PORT $PASSWORD $pid
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
