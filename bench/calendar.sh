#!/usr/bin/env bash
# Builds and runs the deadline benchmark of vn.danvan.shared.calendar (JMH, single thread).
# Extra arguments go to JMH, e.g. bench/calendar.sh -wi 1 -i 2 for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -Pbench test-compile
./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main DeadlineBenchmark \
    -wi 3 -i 5 -f 1 -w 2s -r 2s "$@"
