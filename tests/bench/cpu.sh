#!/usr/bin/env bash
# The server's own CPU per request, for one or more builds: `tests/bench/cpu.sh [BIN ...]`
# (default target/release/watchpost). Against the database load.sh fills (run it first), each
# build serves in turn; per query, wrk at 4 connections for 6 s, and the server process's
# user+system time over the requests answered. Steadier than throughput on a machine whose
# speed varies, and it shows what a server change saves.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=watchpost_bench_load_${COUNTIES:-100}
export PGSSLMODE=disable
export WATCHPOST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db?sslmode=disable"
export WATCHPOST_LOG__FILTER=warn WATCHPOST_MAIL__FOLDER=$(mktemp -d)
export WATCHPOST_BIND=127.0.0.1:18091 WATCHPOST_JOBS__ENABLED=false
export WATCHPOST_LIMITS__REQUESTS_PER_MINUTE=100000000 WATCHPOST_LIMITS__SIGN_INS_PER_MINUTE=1000
base=http://127.0.0.1:18091
quarter=$(psql -h 127.0.0.1 -U postgres -d "$db" -tAc "SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY\"Q\"Q')")
script=$(mktemp)
trap 'rm -f "$script"' EXIT
hz=$(getconf CLK_TCK)
for bin in "${@:-target/release/watchpost}"; do
  $bin serve >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -sf $base/readyz >/dev/null && break; sleep 0.1; done
  token=$(curl -s $base/graphql -H 'content-type: application/json' \
    -d '{"query":"mutation($i: LoginInput!) { login(input: $i) { token } }","variables":{"i":{"username":"c430101.office","password":"Bench-pass-1"}}}' |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["login"]["token"])')
  for name in overdue_page compliance; do
    body=$(python3 -c "import json; print(json.dumps({'query': open('tests/bench/queries/$name.graphql').read(), 'variables': {'quarter': '$quarter'}}))")
    printf 'wrk.method="POST"\nwrk.headers["Content-Type"]="application/json"\nwrk.headers["Authorization"]="Bearer %s"\nwrk.body=[==[%s]==]\n' "$token" "$body" >"$script"
    wrk -t1 -c4 -d2s -s "$script" $base/graphql >/dev/null # warm-up
    before=$(awk '{print $14 + $15}' /proc/$pid/stat)
    answered=$(wrk -t1 -c4 -d6s -s "$script" $base/graphql | awk '/requests in/ {print $1}')
    after=$(awk '{print $14 + $15}' /proc/$pid/stat)
    python3 -c "print('$bin $name: $answered requests, %.2f ms server CPU per request' % (($after - $before) * 1000 / $hz / $answered))"
  done
  kill $pid
  wait $pid 2>/dev/null || true
done
