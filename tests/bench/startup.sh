#!/usr/bin/env bash
# `watchpost serve` on its embedded defaults (SQLite, email to files) in an empty folder:
# time from launch to the first `/readyz` answer, for a new database (every migration run) and
# for the existing one, and the resident memory once idle (peak and current).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --locked -q
bin=$PWD/target/release/watchpost
dir=$(mktemp -d)
cd "$dir"
export WATCHPOST_BIND=127.0.0.1:18092 WATCHPOST_LOG__FILTER=warn
for run in "new database" "existing database"; do
  start=$(date +%s%N)
  $bin serve &
  server=$!
  until curl -sf http://127.0.0.1:18092/readyz >/dev/null; do sleep 0.002; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 3
  peak=$(awk '/VmHWM/ {print $2}' /proc/$server/status)
  now=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
  printf '%s: ready in %d ms; idle memory %.1f MB resident (peak %.1f MB)\n' \
    "$run" "$ready" "$(echo "$now / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)"
  kill $server; wait $server 2>/dev/null || true
done
rm -rf "$dir"
