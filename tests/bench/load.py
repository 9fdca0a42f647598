#!/usr/bin/env python3
"""Load harness: each dashboard query through the running server (wrk) and its hand-written
SQL through pgbench, in one run on one machine, with the ratio GraphQL / SQL.

Called by load.sh, which builds, fills the database and starts the server. Needs: wrk,
pgbench, psql. Prints a Markdown table and writes it to target/bench/load.md.
"""

import argparse
import base64
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
QUERIES = os.path.join(HERE, "queries")

# name, who asks, GraphQL variables (filled below), whether a SQL twin exists
CASES = [
    ("overdue_page", "office", "overdue slip page of 50, with unit, reports, totalCount"),
    ("slips_by_unit", "office", "open and overdue slips per unit of a region"),
    ("slip_by_id", "office", "one slip by node(id:), with unit, reports, reporters"),
    ("my_reports", "supervisor", "a supervisor's reports this quarter"),
    ("dashboard", "office", "dashboard(quarter)"),
    ("compliance", "office", "compliance(quarter)"),
]


def sh(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def psql(db, sql):
    return sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-tAc", sql).strip()


def post(url, body, token=None):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST")
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def login(url, username, password):
    answer = post(url, {
        "query": "mutation($i: LoginInput!) { login(input: $i) { token } }",
        "variables": {"i": {"username": username, "password": password}},
    })
    if answer.get("errors"):
        sys.exit(f"login {username}: {answer['errors']}")
    return answer["data"]["login"]["token"]


def statements(base):
    """watchpost_db_statements_total, all outcomes."""
    with urllib.request.urlopen(f"{base}/metrics") as response:
        text = response.read().decode()
    return sum(float(m.group(1)) for m in
               re.finditer(r"^watchpost_db_statements_total\{[^}]*\} (\S+)$", text, re.M))


def global_id(kind, n):
    return base64.urlsafe_b64encode(f"{kind}:{n}".encode()).decode().rstrip("=")


LUA = """
local bodies = {%s}
local token = "%s"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
request = function()
  return wrk.format(nil, nil, nil, bodies[math.random(#bodies)])
end
"""


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(url, bodies, token, connections, duration):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % (", ".join(lua_string(json.dumps(b)) for b in bodies), token or ""))
    out = sh("wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-s", script.name, url)
    os.unlink(script.name)
    if "Non-2xx" in out or "Socket errors" in out:
        sys.exit(f"wrk saw failures:\n{out}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    return rps, p50, p99, requests


def run_pgbench(db, sql_file, variables, connections, duration):
    with tempfile.TemporaryDirectory() as logs:
        defines = [f"-D{k}={v}" for k, v in variables.items()]
        out = sh("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", f"-c{connections}", "-j2",
                 f"-T{duration}", "-M", "prepared", "-f", sql_file, *defines,
                 "-l", "--log-prefix", os.path.join(logs, "tx"), db)
        tps = float(re.search(r"tps = ([\d.]+)", out).group(1))
        latencies = []
        for path in glob.glob(os.path.join(logs, "tx*")):
            with open(path) as log:
                latencies.extend(int(line.split()[2]) / 1000.0 for line in log)
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return tps, p50, p99


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:18091")
    parser.add_argument("--db", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--only", help="comma-separated case names")
    args = parser.parse_args()
    url = f"{args.base}/graphql"

    region = int(psql(args.db, "SELECT id FROM regions WHERE code = '430101'"))
    first_slip, last_slip = map(int, psql(
        args.db, f"SELECT min(id) || ' ' || max(id) FROM assignments WHERE region_id = {region}").split())
    member = int(psql(args.db, "SELECT m.id FROM members m JOIN accounts a ON a.id = m.account_id "
                               "WHERE a.username = 'c430101.s000'"))
    quarter = psql(args.db, "SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY\"Q\"Q')")
    tokens = {
        "office": login(url, "c430101.office", args.password),
        "supervisor": login(url, "c430101.s000", args.password),
    }
    sql_vars = {"region": region, "member": member, "first_slip": first_slip, "last_slip": last_slip}
    import random
    random.seed(1)
    slip_ids = [global_id("Assignment", random.randint(first_slip, last_slip)) for _ in range(500)]

    rows = []
    only = set(args.only.split(",")) if args.only else None
    for name, who, what in CASES:
        if only and name not in only:
            continue
        with open(os.path.join(QUERIES, f"{name}.graphql")) as f:
            query = f.read()
        if name == "slip_by_id":
            bodies = [{"query": query, "variables": {"id": i}} for i in slip_ids]
        else:
            bodies = [{"query": query, "variables": {"quarter": quarter}}]
        # One request first: it must answer without errors, and it tells the statement count.
        for body in bodies[:3]:
            answer = post(url, body, tokens[who])
            if answer.get("errors") or not answer.get("data"):
                sys.exit(f"{name}: {json.dumps(answer, ensure_ascii=False)[:800]}")
        before = statements(args.base)
        rps, p50, p99, requests = run_wrk(url, bodies, tokens[who], args.connections, args.duration)
        per_request = (statements(args.base) - before) / max(requests, 1)
        tps, sql_p50, sql_p99 = run_pgbench(
            args.db, os.path.join(QUERIES, f"{name}.sql"), sql_vars, args.connections, args.duration)
        rows.append((name, what, rps, p50, p99, per_request, tps, sql_p50, sql_p99))
        print(f"{name}: {rps:.0f} req/s p50 {p50:.2f} ms p99 {p99:.2f} ms "
              f"({per_request:.1f} statements/request) | SQL {tps:.0f} tx/s p50 {sql_p50:.2f} "
              f"p99 {sql_p99:.2f} | ratio {rps / tps:.2f}, p99 {p99 / sql_p99:.2f}x", flush=True)

    typename = None
    if not only or "typename" in only:
        rps, p50, p99, _ = run_wrk(url, [{"query": "{ __typename }"}], None, args.connections,
                                   args.duration)
        typename = (rps, p50, p99)
        print(f"typename: {rps:.0f} req/s p50 {p50:.2f} ms p99 {p99:.2f} ms", flush=True)

    lines = [
        f"| query | GraphQL req/s | p50 ms | p99 ms | statements/request | SQL tx/s | SQL p50 ms "
        f"| SQL p99 ms | throughput ratio (≥ 0.5) | p99 ratio (≤ 2) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, what, rps, p50, p99, per_request, tps, sql_p50, sql_p99 in rows:
        lines.append(f"| {what} | {rps:.0f} | {p50:.2f} | {p99:.2f} | {per_request:.1f} | {tps:.0f} "
                     f"| {sql_p50:.2f} | {sql_p99:.2f} | {rps / tps:.2f} | {p99 / sql_p99:.2f} |")
    if typename:
        lines.append(f"| `{{ __typename }}` (anonymous; target ≥ 20,000) | {typename[0]:.0f} "
                     f"| {typename[1]:.2f} | {typename[2]:.2f} | 0 | | | | | |")
    table = "\n".join(lines)
    print()
    print(table)
    os.makedirs("target/bench", exist_ok=True)
    with open("target/bench/load.md", "w") as f:
        f.write(table + "\n")


if __name__ == "__main__":
    main()
