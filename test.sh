#!/usr/bin/env bash
# Runs every test of PortfolioEval: unit, integration (WebApplicationFactory) and browser (Playwright in Debian's
# chromium) over SQLite, then the unit and integration tests again over a throwaway PostgreSQL 15 that this script
# starts and deletes (the cluster tests need it too). Installs chromium and PostgreSQL when they are missing.
# Ends with the totals of both runs alone on a line.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/throwaway-postgres.sh

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
missing=()
[ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && missing+=(chromium)
[ ! -x "$PG_BIN/initdb" ] && missing+=(postgresql-15)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the tests..."
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# axe-core, which the browser tests run on the pages (accessibility), comes from npm at the version package.json pins.
if [ ! -f tests/PortfolioEval.E2ETests/node_modules/axe-core/axe.min.js ]; then
  echo "Installing axe-core from npm for the browser tests..."
  npm install --prefix tests/PortfolioEval.E2ETests --no-audit --no-fund --loglevel=error
fi

results="$(pwd)/TestResults"
rm -rf "$results"
status=0
export DOTNET_USE_POLLING_FILE_WATCHER=true
dotnet build PortfolioEval.sln --configuration Release -v quiet -nologo || exit 1

echo "== Every test, over SQLite"
dotnet test PortfolioEval.sln --configuration Release --no-build --logger "trx;LogFilePrefix=sqlite" \
  --logger "console;verbosity=minimal" --results-directory "$results" "$@" || status=$?

echo "== Unit, integration and cluster tests, over PostgreSQL 15"
trap pg_throwaway_stop EXIT
# Durability is pointless for a cluster deleted in minutes; without it the run is faster.
pg_throwaway_start fsync=off synchronous_commit=off full_page_writes=off
PORTFOLIO_TEST_POSTGRES="$PG_SERVER" dotnet test tests/PortfolioEval.Tests --configuration Release --no-build \
  --logger "trx;LogFilePrefix=postgres" --logger "console;verbosity=minimal" --results-directory "$results" "$@" || status=$?
pg_throwaway_stop

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed)))
  skipped=$((skipped + $(count total) - $(count executed)))
done

echo "Screenshots of the browser tests: tests/PortfolioEval.E2ETests/bin/Release/net10.0/screenshots/"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
