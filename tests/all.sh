#!/usr/bin/env bash
# Every test, on a fresh machine too: the Rust suite (on SQLite, or on the PostgreSQL named by
# WATCHPOST_TEST_DATABASE_URL), then the web app's checks (types, lint, the Relay artifacts
# against schema.graphql), its unit tests and its browser journeys in Debian's Chromium.
# `tests/all.sh --rust` runs the Rust suite alone (CI's second database).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --workspace --locked
[[ "${1:-}" == "--rust" ]] && exit 0

# The browser and CJK fonts for the journeys' screenshots, from Debian; Playwright never
# downloads a browser here.
if ! command -v chromium >/dev/null || ! fc-list :lang=zh | grep -q .; then
  sudo=$([[ $(id -u) == 0 ]] || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

# `cargo test` built the server with the app inside it and installed web/node_modules.
cd web
npm run --silent format:check
npm run --silent typecheck
npm run --silent lint
npm run --silent relay:validate
npm test --silent
mkdir -p test-results/screens
WATCHPOST_BIN="$PWD/../target/debug/watchpost" npx playwright test
echo "browser journeys: screenshots in web/test-results/screens"
