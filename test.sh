#!/usr/bin/env bash
# Runs every test of PortfolioEval: unit, integration (WebApplicationFactory over SQLite) and browser (Playwright
# in Debian's chromium). Installs chromium when it is missing. Ends with the totals alone on a line.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# axe-core, which the browser tests run on the pages (accessibility), comes from npm at the version package.json pins.
if [ ! -f tests/PortfolioEval.E2ETests/node_modules/axe-core/axe.min.js ]; then
  echo "Installing axe-core from npm for the browser tests..."
  npm install --prefix tests/PortfolioEval.E2ETests --no-audit --no-fund --loglevel=error
fi

results="$(pwd)/TestResults"
rm -rf "$results"
status=0
dotnet test PortfolioEval.sln --configuration Release --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" "$@" || status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed)))
  skipped=$((skipped + $(count notExecuted)))
done

echo "Screenshots of the browser tests: tests/PortfolioEval.E2ETests/bin/Release/net10.0/screenshots/"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
