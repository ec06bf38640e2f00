#!/usr/bin/env bash
# `make bench`: runs the benchmark suite and writes docs/benchmarks.md with the date, the commit,
# the machine and the exact commands. Figures are JMH's averages over its measured iterations.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="docs/benchmarks.md"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo '+changes')"

echo "[bench] business-time arithmetic (JMH) ..."
infra/bench/calendar.sh >/dev/null
calendar="$(grep -E '^Benchmark|BusinessTimeBenchmark' backend/target/jmh-calendar.txt)"

{
  echo "# Benchmarks"
  echo
  echo "Written by \`make bench\` on $(date -u +%Y-%m-%d) at commit \`$commit\`;"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)."
  echo "Figures come from this machine only; compare runs on the same machine."
  echo
  echo "## Business-time arithmetic (issue: calendar)"
  echo
  echo "Command: \`infra/bench/calendar.sh\` (JMH 1.37, 1 fork, 3 × 1 s warm-up, 5 × 1 s measurement,"
  echo "Moscow calendar with holidays, start instants spread over 2026, compiled years cached)."
  echo "Target: under 2 µs (2,000 ns) per call."
  echo
  echo '```'
  echo "$calendar"
  echo '```'
} >"$out"
echo "[bench] wrote $out"
