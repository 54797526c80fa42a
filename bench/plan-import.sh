#!/usr/bin/env bash
# Importing seed 000 into a draft plan on PostgreSQL: preview (text, extraction, unit matching) and confirmation,
# median over 21 runs after 5 warm-ups. Uses a throw-away database.
# Usage: bench/plan-import.sh   (needs PostgreSQL on 127.0.0.1:5432 with trust auth for the user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-danvan_plan_import_bench}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"; dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"' EXIT

./mvnw -q -B -Pbench test-compile
./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

echo "== Plan import on PostgreSQL (load average $(cut -d' ' -f1-3 /proc/loadavg))"
java -XX:+UseSerialGC -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    vn.danvan.plan.PlanImportBenchmark "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$DATA"
