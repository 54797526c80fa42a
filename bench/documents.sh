#!/usr/bin/env bash
# Registry figures on PostgreSQL: 100,000 generated documents, the search index rebuilt from them, searches without
# diacritics (all units, one unit's scope, by symbol) and registering a parsed document. Uses a throw-away database.
# Usage: bench/documents.sh   (needs PostgreSQL on 127.0.0.1:5432 with trust auth for the user postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-danvan_documents_bench}
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"; dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"' EXIT

./mvnw -q -B -Pbench test-compile
./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

echo "== Document registry on PostgreSQL (load average $(cut -d' ' -f1 /proc/loadavg))"
java -XX:+UseSerialGC -Xmx768m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    vn.danvan.document.DocumentBenchmark "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$DATA"
