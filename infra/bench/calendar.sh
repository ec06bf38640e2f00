#!/usr/bin/env bash
# JMH benchmark of business-time arithmetic (issue: add 240 business minutes, between over 30
# days, calendar cached). Prints JMH's table; with --record, also writes it to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../../backend"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  -rf text -rff target/jmh-calendar.txt "online.pass24.desk.calendar.bench.BusinessTimeBenchmark" "$@"
