#!/usr/bin/env bash
# The load harness: `tests/bench/load.sh [COUNTIES]` (default 100, about 1,000,000 reports and
# slips). Builds the release binary, fills a PostgreSQL database with `watchpost demo --scale`
# (kept between runs: FRESH=1 makes it anew), starts `watchpost serve` with the jobs off and
# the abuse limits out of the way, and runs load.py: each dashboard query by wrk at 16
# connections and its hand-written SQL by pgbench, printing the ratios. DURATION (10 s) and
# CONNECTIONS (16) can be set; ONLY=name,name runs some queries.
set -euo pipefail
cd "$(dirname "$0")/../.."
counties=${1:-100}
db=watchpost_bench_load_$counties
password=Bench-pass-1
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

pg_isready -h 127.0.0.1 -q || pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
cargo build --release --locked -q
bin=target/release/watchpost
# TLS off on both sides: on the loopback it only adds the same cost to each.
export PGSSLMODE=disable
export WATCHPOST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db?sslmode=disable"
export WATCHPOST_LOG__FILTER=warn
export WATCHPOST_MAIL__FOLDER=$(mktemp -d)

if [ "${FRESH:-0}" = 1 ] || ! $pg -d "$db" -c "SELECT 1" >/dev/null 2>&1; then
  $pg -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  $bin demo --scale "$counties" --seed 1 --password "$password"
fi

export WATCHPOST_BIND=127.0.0.1:18091
export WATCHPOST_JOBS__ENABLED=false
export WATCHPOST_LIMITS__REQUESTS_PER_MINUTE=100000000
export WATCHPOST_LIMITS__SIGN_INS_PER_MINUTE=1000
$bin serve &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf http://127.0.0.1:18091/readyz >/dev/null && break; sleep 0.1; done
python3 tests/bench/load.py --db "$db" --password "$password" \
  --connections "${CONNECTIONS:-16}" --duration "${DURATION:-10}" ${ONLY:+--only "$ONLY"}
