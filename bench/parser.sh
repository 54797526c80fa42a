#!/usr/bin/env bash
# Parsing speed per core (JMH, one thread, full extraction) on the seeds as text and DOCX and on a generated 20 MB
# corpus; prints MB/s, the load average and the CPU time of the run. Target: >= 10 MB/s per core.
# Arguments replace the JMH run options (-wi 3 -i 5 -w 2s -r 3s), e.g. bench/parser.sh -wi 1 -i 2 for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- -wi 3 -i 5 -w 2s -r 3s

./mvnw -q -B -Pbench test-compile
./mvnw -q -B -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

echo "== Parser (load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
TIMEFORMAT="CPU time of the run: user %U s, system %S s, wall %R s"
time java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" vn.danvan.document.parsing.ParserBenchmark \
    -f 1 -jvmArgs "-Xmx1g" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
