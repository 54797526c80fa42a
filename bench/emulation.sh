#!/usr/bin/env bash
# Emulation figures on PostgreSQL: the public showcase over 50,000 published models (pages, filters, searches without
# diacritics) and the scoring summary of a council of 15 over 500 models. Data is generated with set-based SQL in a
# throw-away database.
# Usage: bench/emulation.sh   (needs PostgreSQL on 127.0.0.1:5432 with trust auth for the user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-danvan_emulation_bench}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"; dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"' EXIT

./mvnw -q -B -Pbench test-compile
./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

echo "== Emulation on PostgreSQL (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
java -XX:+UseSerialGC -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    vn.danvan.emulation.EmulationBenchmark "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$DATA"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
