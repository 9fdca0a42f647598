#!/usr/bin/env bash
# The largest hostile inputs of tests/api/hostile.rs, one at a time, against a release build on
# SQLite: for each, the answer, the time the server took and its peak resident memory
# (VmHWM) after it; then two fragment bombs at once while /healthz is asked.
#   tests/bench/hostile.sh [BINARY]     (default: a release build, made if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
if [ -n "${1:-}" ]; then
  bin=$(realpath "$1")
else
  cargo build --release --locked -q
  bin=$root/target/release/watchpost
fi
dir=$(mktemp -d)
cd "$dir"
export WATCHPOST_BIND=127.0.0.1:18093 WATCHPOST_LOG__FILTER=warn WATCHPOST_JOBS__ENABLED=false
export WATCHPOST_LIMITS__REQUESTS_PER_MINUTE=1000000
$bin serve &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$dir"' EXIT
until curl -sf http://127.0.0.1:18093/readyz >/dev/null; do sleep 0.01; done
python3 - "$server" <<'PY'
import json, sys, threading, time, urllib.error, urllib.request

pid = sys.argv[1]
url = "http://127.0.0.1:18093"

def peak_mb():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024

def post(body):
    req = urllib.request.Request(url + "/graphql", data=body, headers={"Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, text = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read()
    code = (json.loads(text).get("errors") or [{}])[0].get("extensions", {}).get("code", "ok")
    return status, code, (time.monotonic() - started) * 1000

def fragments(levels):
    """F0 is one field; each Fi spreads F(i-1) twice: 2^levels fields expanded."""
    return "fragment F0 on Query { __typename } " + " ".join(
        "fragment F%d on Query { ...F%d ...F%d }" % (i, i - 1, i - 1) for i in range(1, levels + 1))

def bomb(levels):
    return "query { ...F%d } " % levels + fragments(levels)

budget = 1024 * 1024 - 100
depth = (budget - 60) // 2
cases = {
    "nested list argument, 1 MiB": '{ __typename @include(if: %s1%s) }' % ("[" * depth, "]" * depth),
    "nested variables, 1 MiB": None,
    "fragment bomb F25 (1 KB)": bomb(25),
    "fragment bomb F60 (2.4 KB)": bomb(60),
    "fragment chain, 1 MiB (27,000 fragments)": "query { ...F0 } " + " ".join(
        "fragment F%d on Query { ...F%d }" % (i, i + 1) for i in range(27000)) + " fragment F27000 on Query { __typename }",
    "2,000 operations sharing a 4,096-field fragment": " ".join("query Q%d { ...F12 }" % i for i in range(2000)) + " " + fragments(12),
    "4,900 aliased fields (accepted)": "{ %s }" % " ".join("a%d: __typename" % i for i in range(4900)),
    "45,000 aliased fields, 1 MiB": "{ %s }" % " ".join("a%d: __typename" % i for i in range(45000)),
}
print(f"idle: peak {peak_mb():.1f} MB resident")
for name, query in cases.items():
    if query is None:
        levels = (budget - 80) // 6
        inner = '{"a":' * levels + "1" + "}" * levels
        body = ('{"query": "query($x: Boolean) { __typename }", "variables": {"x": %s}}' % inner).encode()
    else:
        extra = {"operationName": "Q0"} if query.startswith("query Q0") else {}
        body = json.dumps({"query": query, **extra}).encode()
    status, code, ms = post(body)
    print(f"{name}: {len(body):,} bytes, HTTP {status} {code} in {ms:.1f} ms; peak {peak_mb():.1f} MB")

done = []
def bombard():
    done.append(post(json.dumps({"query": bomb(30)}).encode()))
threads = [threading.Thread(target=bombard) for _ in range(2)]
for t in threads: t.start()
started = time.monotonic()
urllib.request.urlopen(url + "/healthz", timeout=60).read()
health = (time.monotonic() - started) * 1000
for t in threads: t.join()
print(f"two bombs at once: {[(s, c, round(ms, 1)) for s, c, ms in done]}; /healthz meanwhile {health:.1f} ms")

# Large documents are parsed a few at a time, so many at once cost time, not memory.
done.clear()
chain = json.dumps({"query": cases["fragment chain, 1 MiB (27,000 fragments)"]}).encode()
threads = [threading.Thread(target=lambda: done.append(post(chain))) for _ in range(16)]
started = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
print(f"16 one-megabyte chains at once: all answered in {(time.monotonic() - started) * 1000:.0f} ms "
      f"({sorted(set(c for _, c, _ in done))}); peak {peak_mb():.1f} MB")
PY
