#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md): builds the application and the driver, then measures PostgreSQL's baselines and
# Traverse's figures side by side on a fresh database, prints the table with the ratios and writes the JSON
# (bench/results/latest.json). Stops by itself; the database is dropped at the end.
#
#   scripts/bench.sh                                 # everything, the issue's sizes (40–55 minutes on 2 cores)
#   scripts/bench.sh --preload-events=500000 --cost-records=100000   # smaller store
#   scripts/bench.sh --phases=B1,P1 --level-seconds=10               # a subset
#   scripts/bench.sh --help                                          # every setting
#
# Set BENCH_SKIP_BUILD=1 to reuse the jars already built.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-postgres.sh
if ! command -v pgbench >/dev/null; then
  # Debian ships pgbench with the server binaries (postgresql-NN), which postgresql-contrib pulls in.
  echo "pgbench is missing; installing it from Debian's packages" >&2
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null
fi

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -ntp -q -Pbench -DskipTests -pl app,bench -am package
fi

BENCH_GIT_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then BENCH_GIT_COMMIT="$BENCH_GIT_COMMIT+changes"; fi
export BENCH_GIT_COMMIT
exec java -Xmx1g -jar bench/target/bench.jar "$@"
