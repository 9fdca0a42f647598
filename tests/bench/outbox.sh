#!/usr/bin/env bash
# Outbox delivery rate to a local SMTP server: `tests/bench/outbox.sh [MESSAGES]`.
# Queues MESSAGES emails, starts `watchpost serve` with POOL (20, the default) pooled SMTP connections, and times
# until every row is sent; the sink counts messages and distinct Message-IDs.
set -euo pipefail
cd "$(dirname "$0")/../.."
messages=${1:-5000}
db=watchpost_bench_outbox
port=2525
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

cargo build --release --locked -q
bin=target/release/watchpost
$pg -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
# TLS off: on the loopback it only adds cost (the load harness does the same).
export WATCHPOST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db?sslmode=disable"
export WATCHPOST_LOG__FILTER=warn
$bin migrate up
$pg -d $db <<SQL
INSERT INTO outbox_messages (dedupe_key, region_id, account_id, to_address, subject, body_text,
                             body_html, immediate, status, attempts, next_attempt_at, created_at)
SELECT 'bench:' || g, NULL, NULL, 'member' || g || '@bench.example', '【营商环境监督】交办单已签收',
       repeat('请登录平台查看详情。', 20), '<p>' || repeat('请登录平台查看详情。', 20) || '</p>',
       true, 'pending', 0, now(), now()
FROM generate_series(1, $messages) AS g;
SQL

report=$(mktemp)
python3 tests/bench/smtp_sink.py $port "$report" &
sink=$!
sleep 0.5
WATCHPOST_BIND=127.0.0.1:18090 WATCHPOST_MAIL__TRANSPORT=smtp WATCHPOST_MAIL__SMTP_HOST=127.0.0.1 \
WATCHPOST_MAIL__SMTP_PORT=$port WATCHPOST_MAIL__SMTP_SECURITY=plain WATCHPOST_MAIL__POOL_SIZE=${POOL:-20} \
  $bin serve >/dev/null &
server=$!
start=$(date +%s.%N)
while [ "$($pg -d $db -tAc "SELECT count(*) FROM outbox_messages WHERE status = 'sent'")" -lt "$messages" ]; do
  sleep 0.5
done
end=$(date +%s.%N)
kill $server; wait $server 2>/dev/null || true
kill $sink; wait $sink 2>/dev/null || true
seconds=$(echo "$end - $start" | bc)
printf 'sent %d in %.2f s: %.0f messages/s\n' "$messages" "$seconds" "$(echo "$messages / $seconds" | bc -l)"
cat "$report"
$pg -d postgres -c "DROP DATABASE $db"
