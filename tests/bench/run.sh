#!/usr/bin/env bash
# Every performance figure of the README in one go, on a machine with PostgreSQL running:
# `tests/bench/run.sh [COUNTIES]`. The load harness keeps its benchmark database between runs
# (FRESH=1 makes it anew); the other scripts use scratch databases and drop them.
set -euo pipefail
cd "$(dirname "$0")"
echo "== load harness (GraphQL vs hand-written SQL)"; ./load.sh "${1:-100}"
echo "== server CPU per request"; COUNTIES="${1:-100}" ./cpu.sh
echo "== escalation"; ./escalation.sh 10000 1000000
echo "== outbox"; ./outbox.sh 5000
echo "== startup and idle memory"; ./startup.sh
echo "== hostile inputs"; ./hostile.sh
echo "== pure hot paths"; cargo bench -q -p watchpost --bench hot_paths
