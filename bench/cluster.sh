#!/usr/bin/env bash
# One node or two (issue 15): wrk against the recruiter's comparison of the six demo candidates and /health on
#   1. one node over SQLite,  2. one node over PostgreSQL 15,  3. two nodes over PostgreSQL behind nginx,
# in one run, on 127.0.0.1, with the load average before each. Bounded: each wrk run lasts --duration seconds.
#
#   bench/cluster.sh [--duration 10] [--connections 16] [--threads 2]
#
# Figures and what they mean: bench/README.md, "One node and two".
set -euo pipefail

duration=10 connections=16 threads=2
while [[ $# -gt 0 ]]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/throwaway-postgres.sh"
work="$(mktemp -d -t portfolioeval-cluster-bench-XXXXXX)"
pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
cleanup() { stop_all; pg_throwaway_stop; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
echo "PortfolioEval one node and two · $(nproc) cores · $(date -u +%Y-%m-%dT%H:%MZ)"
dotnet build "$root/src/PortfolioEval.Web" -c Release -v q -nologo >/dev/null

token_of() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="//; s/"$//'; }
cookies_of() { awk '!/^#/ || /^#HttpOnly_/ { if (NF >= 7) printf "%s=%s; ", $6, $7 }' "$1"; }

# node LOG PORT [ENV...]: one portal process with --demo, as a person runs it (Production), on loopback.
node() {
  local log="$1" port="$2"; shift 2
  (
    cd "$root/src/PortfolioEval.Web"
    export ASPNETCORE_ENVIRONMENT=Production Portal__PublicBaseUrl="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning "$@"
    exec dotnet "$root/src/PortfolioEval.Web/bin/Release/net10.0/PortfolioEval.Web.dll" --demo --urls "http://127.0.0.1:$port"
  ) >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done
  cat "$log" >&2; return 1
}

# measure NAME BASE PASSWORDS_LOG: logs in as the demo recruiter, then loads the comparison page and /health.
measure() {
  local name="$1" base="$2" passwords="$3" jar="$work/recruiter-$RANDOM.jar"
  local recruiter="reclutador@demo.portfolioeval.test"
  local password; password="$(awk -v who="$recruiter" '$2 == who { print $3 }' "$passwords" | head -n 1)"
  curl -fsS -c "$jar" -b "$jar" "$base/Account/Login" -o "$work/login.html"
  curl -fsS -c "$jar" -b "$jar" -o /dev/null "$base/Account/Login" --data-urlencode "Input.Email=$recruiter" \
    --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$(token_of "$work/login.html")"
  curl -fsS -b "$jar" "$base/Recruiter/Candidates" -o "$work/candidates.html"
  local compare; compare="/Recruiter/Compare?$(grep -o 'name="books" value="[0-9a-f-]*"' "$work/candidates.html" | head -n 6 \
    | sed 's/.*value="//; s/"$//; s/^/books=/' | paste -sd'&')"
  [[ "$(grep -o 'books=' <<<"$compare" | wc -l)" -eq 6 ]] || { echo "The demo recruiter does not see six candidates." >&2; exit 1; }
  local cookie="Cookie: $(cookies_of "$jar")"
  curl -fsS -o /dev/null -H "$cookie" "$base$compare"
  echo
  echo "## $name · load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== Comparison page, six candidates · ${connections} connections, ${threads} threads, ${duration} s"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -H "$cookie" "$base$compare" \
    | grep -E 'Requests/sec|Latency +[0-9]|^ +(50|99)%|Non-2xx|Socket errors'
  echo "== /health · ${connections} connections, ${threads} threads, ${duration} s"
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$base/health" \
    | grep -E 'Requests/sec|Latency +[0-9]|^ +(50|99)%|Non-2xx|Socket errors'
}

port=$(pg_free_port)
node "$work/sqlite.log" "$port" Portfolio__DataDirectory="$work/sqlite-data"
measure "1. One node, SQLite" "http://127.0.0.1:$port" "$work/sqlite.log"
stop_all

pg_throwaway_start
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U portfolio -d postgres -qc "CREATE DATABASE portfolioeval" >/dev/null
database="Host=127.0.0.1;Port=$PG_PORT;Username=portfolio;Database=portfolioeval"
port=$(pg_free_port)
node "$work/postgres.log" "$port" Portfolio__DataDirectory="$work/pg-data" Database__Provider=Postgres ConnectionStrings__Portfolio="$database"
measure "2. One node, PostgreSQL 15" "http://127.0.0.1:$port" "$work/postgres.log"
stop_all
pg_throwaway_stop

# The two-node cluster exactly as deploy/cluster.sh starts it.
lb=$(pg_free_port)
"$root/deploy/cluster.sh" --demo --port "$lb" >"$work/cluster.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 900); do grep -q "Ctrl+C stops" "$work/cluster.log" 2>/dev/null && break; sleep 1; done
grep -q "Ctrl+C stops" "$work/cluster.log" || { cat "$work/cluster.log" >&2; exit 1; }
measure "3. Two nodes, PostgreSQL 15, nginx" "http://127.0.0.1:$lb" "$work/cluster.log"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
