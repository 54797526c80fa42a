#!/usr/bin/env bash
# Plan figures: cascading a plan of 500 tasks to 100 units (target ≤ 2 s) and the plan page with 500 tasks (median
# ≤ 150 ms). Runs on a throw-away embedded database by default, or on PostgreSQL with BENCH_PG=1 (needs PostgreSQL on
# 127.0.0.1:5432 with trust auth for the user postgres).
# Usage: bench/plan.sh        BENCH_PG=1 bench/plan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=$(mktemp -d)
DB=${BENCH_DB:-danvan_plan_bench}
cleanup() {
    rm -rf "$DATA"
    if [ "${BENCH_PG:-0}" = 1 ]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"; fi
}
trap cleanup EXIT

./mvnw -q -B -o -Pbench test-compile
./mvnw -q -B -o -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
if [ "${BENCH_PG:-0}" = 1 ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
    createdb -h 127.0.0.1 -U postgres "$DB"
    URL="jdbc:postgresql://127.0.0.1:5432/$DB"; USER=postgres; KIND=PostgreSQL
else
    URL="jdbc:h2:file:$DATA/db/danvan;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE,YEAR,MONTH,DAY,KEY"; USER=sa; KIND=H2
fi

echo "== Plans on $KIND (load average $(cut -d' ' -f1-3 /proc/loadavg))"
java -XX:+UseSerialGC -Xmx768m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    vn.danvan.plan.PlanBenchmark "$URL" "$USER" "$DATA"
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
