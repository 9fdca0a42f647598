#!/usr/bin/env bash
# Escalation over many open slips on PostgreSQL: `tests/bench/escalation.sh [OVERDUE] [TOTAL]`.
# Fills a scratch database with TOTAL open slips of which OVERDUE are past their deadline,
# then times `watchpost jobs run escalate-overdue` twice: the first run writes the notices and
# referrals, the second finds them written (a scheduler's repeat of the same day).
set -euo pipefail
cd "$(dirname "$0")/../.."
overdue=${1:-10000}
total=${2:-1000000}
db=watchpost_bench_escalation
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

cargo build --release --locked -q
bin=target/release/watchpost
$pg -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
# TLS off: on the loopback it only adds cost (the load harness does the same).
export WATCHPOST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db?sslmode=disable"
export WATCHPOST_LOG__FILTER=warn
export WATCHPOST_MAIL__FOLDER=$(mktemp -d)
$bin migrate up
printf '%s\n' 'Bench-pass-1' | $bin create-admin --username office --region 430621 >/dev/null

$pg -d $db <<SQL
INSERT INTO units (region_id, name, kind, created_at) VALUES (1, '縣住建局', 'department', now());
INSERT INTO assignments (region_id, number, year, seq, unit_id, mode, requirement, status,
                         issued_on, deadline, issued_by, created_at, updated_at)
SELECT 1, '岳優交〔2025〕' || g || '號', 2025, g, 1, 'assign', '按期辦結並答覆', 'issued',
       DATE '2025-04-01',
       CASE WHEN g <= $overdue THEN DATE '2025-05-06' ELSE DATE '2025-09-30' END,
       1, now(), now()
FROM generate_series(1, $total) AS g;
ANALYZE;
SQL

echo "slips: $total open, $overdue overdue"
for run in first repeat; do
  # The repeat comes a minute later, as a scheduler's second wake-up on the same day would.
  now=2025-06-03T09:0$([ $run = first ] && echo 0 || echo 1):00+08:00
  start=$(date +%s.%N)
  $bin jobs run escalate-overdue --now $now >/dev/null
  end=$(date +%s.%N)
  printf '%s run: %.2f s\n' "$run" "$(echo "$end - $start" | bc)"
done
$pg -d $db -tAc "SELECT 'referrals: ' || count(*) FROM referrals"
$pg -d postgres -c "DROP DATABASE $db"
