#!/usr/bin/env bash
# Runs every test of PortfolioEval: unit, integration (WebApplicationFactory) and browser (Playwright in Debian's
# chromium) over SQLite, then the unit and integration tests again over a throwaway PostgreSQL 15 that this script
# starts and deletes (the cluster tests need it too), and at the same time the browser tests again through nginx
# against two portal nodes on another throwaway PostgreSQL (deploy/cluster.sh). Installs chromium, PostgreSQL and
# nginx when they are missing. Ends with the totals of the three runs alone on a line.
set -euo pipefail
cd "$(dirname "$0")"
source deploy/throwaway-postgres.sh

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
missing=()
[ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && missing+=(chromium)
[ ! -x "$PG_BIN/initdb" ] && missing+=(postgresql-15)
! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ] && missing+=(nginx)
! command -v curl >/dev/null && missing+=(curl)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian's ${missing[*]} for the tests..."
  $sudo_cmd apt-get update -qq
  # RUNLEVEL=1: nginx's package must not start its own service (on port 80); the cluster starts its own nginx.
  RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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

echo "== Unit, integration and cluster tests over PostgreSQL 15, beside the browser tests through nginx on two portal nodes over PostgreSQL 15"
# The two runs share nothing (each has its own PostgreSQL) and neither fills both cores alone for long (the browser
# tests are one person at a time), so they run at once; each writes its own trx as before.
# The PostgreSQL run leaves out the classes no database touches (trait Database=None): the SQLite run has run them and
# PostgreSQL would repeat exactly the same work. A --filter given to this script applies to both.
pg_filter="Database!=None"
pg_args=()
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[i]}" = "--filter" ] && [ $((i + 1)) -lt ${#args[@]} ]; then
    pg_filter="($pg_filter)&(${args[i + 1]})"
    i=$((i + 1))
  else
    pg_args+=("${args[i]}")
  fi
done
cluster_pid=""
postgres_pid=""
stop_cluster() {
  [ -n "$cluster_pid" ] || return 0
  kill "$cluster_pid" 2>/dev/null || true
  wait "$cluster_pid" 2>/dev/null || true
  cluster_pid=""
}
stop_postgres_run() {
  [ -n "$postgres_pid" ] || return 0
  kill "$postgres_pid" 2>/dev/null || true
  wait "$postgres_pid" 2>/dev/null || true
  postgres_pid=""
}
trap 'stop_postgres_run; pg_throwaway_stop; stop_cluster' EXIT
# deploy/cluster.sh starts the cluster (as a person would, plus what the tests read) and writes where it is to a file.
cluster_dir=$(mktemp -d -t portfolioeval-e2e-cluster-XXXXXX)
deploy/cluster.sh --no-build --for-tests "$cluster_dir/vars" --port "$(pg_free_port)" >"$cluster_dir/log" 2>&1 &
cluster_pid=$!
# Durability is pointless for a cluster deleted in minutes; without it the run is faster.
pg_throwaway_start fsync=off synchronous_commit=off full_page_writes=off
postgres_log="$cluster_dir/postgres-run.log"
PORTFOLIO_TEST_POSTGRES="$PG_SERVER" dotnet test tests/PortfolioEval.Tests --configuration Release --no-build \
  --logger "trx;LogFilePrefix=postgres" --logger "console;verbosity=minimal" --results-directory "$results" \
  --filter "$pg_filter" ${pg_args[@]+"${pg_args[@]}"} >"$postgres_log" 2>&1 &
postgres_pid=$!

for _ in $(seq 1 300); do
  [ -s "$cluster_dir/vars" ] || ! kill -0 "$cluster_pid" 2>/dev/null && break
  sleep 1
done
if [ -s "$cluster_dir/vars" ]; then
  (
    source "$cluster_dir/vars"
    dotnet test tests/PortfolioEval.E2ETests --configuration Release --no-build --logger "trx;LogFilePrefix=cluster" \
      --logger "console;verbosity=minimal" --results-directory "$results" "$@"
  ) || status=$?
  # nginx's log names the node of every request: both must have served the run (nginx writes it within a second).
  sleep 2
  source "$cluster_dir/vars"
  served=()
  for node in $PORTFOLIO_E2E_CLUSTER_NODES; do
    served+=("$(grep -c " $node\$" "$PORTFOLIO_E2E_CLUSTER_NGINX_LOG" || true)")
  done
  echo "nginx sent ${served[0]} requests of the run to one node and ${served[1]} to the other."
  if [ $((served[0] + served[1])) -gt 0 ] && { [ "${served[0]}" -eq 0 ] || [ "${served[1]}" -eq 0 ]; }; then
    echo "One node served no request of the browser tests: the balancing is broken." >&2
    status=1
  fi
else
  echo "The cluster did not start:" >&2
  cat "$cluster_dir/log" >&2
  status=1
fi
stop_cluster

echo "== (The run over PostgreSQL 15)"
wait "$postgres_pid" || status=$?
postgres_pid=""
cat "$postgres_log"
pg_throwaway_stop
rm -rf "$cluster_dir"

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
