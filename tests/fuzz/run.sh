#!/usr/bin/env bash
# Fuzzes a running server on a demo county, on SQLite or PostgreSQL:
#  - the GraphQL schema with schemathesis, once anonymous and once with a token of each role;
#    fails on a 5xx, an error without a code, an INTERNAL error or an answer that is not
#    GraphQL (tests/fuzz/hooks.py);
#  - what comes before the schema (tests/fuzz/raw.py): raw bodies, nesting, fragment graphs,
#    multipart maps; fails if the server dies, answers late, or answers 5xx or INTERNAL.
#
#   tests/fuzz/run.sh [BINARY] [sqlite|postgres]
#     (default: target/debug/watchpost on SQLite; FUZZ_EXAMPLES per operation,
#      FUZZ_RAW_EXAMPLES per raw property; FUZZ_POSTGRES_URL names the server's admin database)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
binary=$(realpath "${1:-target/debug/watchpost}")
database=${2:-sqlite}
examples=${FUZZ_EXAMPLES:-10}
seed=${FUZZ_SEED:-20261126}
venv=${FUZZ_VENV:-$root/target/fuzz-venv}
port=${FUZZ_PORT:-18089}

if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet schemathesis==4.32.5
fi

work=$(mktemp -d)
server=
scratch=
admin_url=${FUZZ_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  [ -n "$scratch" ] && psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
# A throwaway county; limits out of the fuzzer's way (they have tests of their own).
case $database in
  sqlite) export WATCHPOST_DATABASE_URL="sqlite://$work/fuzz.db?mode=rwc" ;;
  postgres)
    scratch="watchpost_fuzz_$$"
    psql -q "$admin_url" -c "CREATE DATABASE $scratch" > /dev/null
    export WATCHPOST_DATABASE_URL="${admin_url%/*}/$scratch"
    ;;
  *) echo "usage: $0 [BINARY] [sqlite|postgres]" >&2; exit 2 ;;
esac
export WATCHPOST_JOBS__ENABLED=false
export WATCHPOST_LIMITS__REQUESTS_PER_MINUTE=1000000
export WATCHPOST_LIMITS__SIGN_INS_PER_MINUTE=1000000
export WATCHPOST_LIMITS__NOMINATIONS_PER_HOUR=1000000
export WATCHPOST_LIMITS__UPLOADS_PER_MINUTE=1000000
export WATCHPOST_LIMITS__EXPORTS_PER_MINUTE=1000000
export RUST_LOG=error
"$binary" demo --password Fuzz-pass-1 > demo.log 2>&1
"$binary" serve --bind "127.0.0.1:$port" > server.log 2>&1 &
server=$!
for _ in $(seq 1 50); do
  curl -fs "http://127.0.0.1:$port/healthz" > /dev/null && break
  sleep 0.2
done

token() {
  curl -fs "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' \
    -d "{\"query\":\"mutation { login(input: {username: \\\"$1\\\", password: \\\"Fuzz-pass-1\\\"}) { token } }\"}" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])'
}

total=0
for who in anonymous admin yy.office yy.lg gxj.reviewer scjg.handler jw.discipline sup01 liaison01; do
  headers=()
  if [ "$who" != anonymous ]; then
    bearer=$(token "$who")
    [ -n "$bearer" ] || { echo "could not sign in as $who" >&2; exit 1; }
    headers=(-H "Authorization: Bearer $bearer")
  fi
  # Signing out or changing the password would end the session being fuzzed.
  if ! PYTHONPATH="$root/tests/fuzz" SCHEMATHESIS_HOOKS=hooks "$venv/bin/schemathesis" run \
      "$root/schema.graphql" --url "http://127.0.0.1:$port/graphql" "${headers[@]}" \
      --exclude-name-regex 'logout|changePassword' \
      --checks answers_as_designed -n "$examples" --seed "$seed" --no-color \
      > "st-$who.log" 2>&1; then
    cat "st-$who.log"
    echo "fuzzing as $who found failures" >&2
    exit 1
  fi
  cases=$(grep -oE '[0-9]+ generated' "st-$who.log" | grep -oE '[0-9]+' | tail -n 1)
  silent=$(grep -oE '[0-9]+ operations never returned data' "st-$who.log" | grep -oE '^[0-9]+' | head -n 1 || true)
  echo "fuzz ($database): $who: ${cases:-0} operations, no failure ($silent of the schema's operations never returned data)"
  total=$((total + ${cases:-0}))
done
echo "fuzz ($database): $total schema operations in all"
"$venv/bin/python" "$root/tests/fuzz/raw.py" "http://127.0.0.1:$port"
if ! kill -0 "$server" 2>/dev/null || grep -qiE 'panicked|overflow' server.log; then
  tail -n 50 server.log
  echo "the server did not survive the fuzzing" >&2
  exit 1
fi
