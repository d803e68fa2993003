#!/usr/bin/env bash
# A real local cluster with one command: a throwaway PostgreSQL 15, two portal nodes and nginx balancing them, all on
# 127.0.0.1. Everything is deleted when it stops (Ctrl+C). See README "Several nodes on PostgreSQL".
#
#   deploy/cluster.sh [--demo] [--port 8080] [--smoke] [--no-build] [--for-tests FILE]
#
# --demo       seeds the demo data (once, whichever node gets there first) and prints its passwords
# --port       where nginx listens (the nodes take two free ports of their own)
# --smoke      starts everything, checks /health and /health/ready through nginx and on each node, then stops
# --no-build   runs the portal as last built in Release (test.sh has just built it)
# --for-tests  for the browser tests (test.sh): both nodes write their email to one outbox (a mail server both would
#              send through), PostgreSQL skips durability, nginx names the node of each answer in an X-Portal-Node
#              header, and once all is ready FILE gets the variables the tests read (address, database, master key,
#              outbox folder, nginx's log). Runs until stopped.
set -euo pipefail

demo="" port=8080 smoke=no build=yes tests_file=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --demo) demo="--demo"; shift ;;
    --port) port="$2"; shift 2 ;;
    --smoke) smoke=yes; shift ;;
    --no-build) build=no; shift ;;
    --for-tests) tests_file="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/throwaway-postgres.sh"
work="$(mktemp -d -t portfolioeval-cluster-XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pg_throwaway_stop
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "Installing Debian's nginx (not started as a service)..."
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"

if [ "$build" = yes ]; then
  echo "Building the portal (Release)..."
  dotnet build "$root/src/PortfolioEval.Web" -c Release -v q -nologo >/dev/null
fi

# What is written from here is this user's alone: the nodes' logs hold the demo passwords, the tests' file the master
# key (nginx's workers only pass through the work folder).
umask 077

echo "Starting PostgreSQL 15..."
if [ -n "$tests_file" ]; then
  # Durability is pointless for a cluster deleted when the tests end; without it they run faster.
  pg_throwaway_start fsync=off synchronous_commit=off full_page_writes=off
else
  pg_throwaway_start
fi
database="Host=127.0.0.1;Port=$PG_PORT;Username=portfolio;Database=portfolioeval"
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U portfolio -d postgres -qc "CREATE DATABASE portfolioeval" >/dev/null

# What every node must share: the database and the master key that encrypts the key ring (which is in the database).
master_key="$(head -c 32 /dev/urandom | base64)"
public="http://127.0.0.1:$port"

# node NAME PORT: one portal process, as a person runs it (Production), on loopback only. Each has its own data
# folder (only its outbox is used on PostgreSQL), except for the tests, which read every email in one place.
node() {
  local data="$work/$1"
  [ -n "$tests_file" ] && data="$work/shared"
  mkdir -p "$data"
  (
    cd "$root/src/PortfolioEval.Web"
    export ASPNETCORE_ENVIRONMENT=Production Portfolio__DataDirectory="$data" Portal__PublicBaseUrl="$public" \
      Database__Provider=Postgres ConnectionStrings__Portfolio="$database" DataProtection__MasterKey="$master_key" \
      DOTNET_GCgen0size="${DOTNET_GCgen0size:-0x2000000}"
    exec dotnet "$root/src/PortfolioEval.Web/bin/Release/net10.0/PortfolioEval.Web.dll" $demo --urls "http://127.0.0.1:$2"
  ) >"$work/$1.log" 2>&1 &
  pids+=($!)
}

wait_ready() { # URL LOG
  for _ in $(seq 1 180); do
    curl -fsS "$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "Not ready: $1" >&2; cat "$2" >&2; return 1
}

port_a=$(pg_free_port); port_b=$(pg_free_port)
while [ "$port_b" = "$port_a" ]; do port_b=$(pg_free_port); done
echo "Starting node A on 127.0.0.1:$port_a and node B on 127.0.0.1:$port_b..."
# Both at once: the start-up lock lets one migrate and seed while the other waits.
node a "$port_a"
node b "$port_b"
wait_ready "http://127.0.0.1:$port_a" "$work/a.log"
wait_ready "http://127.0.0.1:$port_b" "$work/b.log"

mkdir -p "$work/nginx"
nginx_user=""
if [ "$(id -u)" -eq 0 ]; then
  # nginx's workers run as www-data: they pass through the work folder (not list it) to spool large uploads.
  nginx_user="user www-data;"; chown www-data "$work/nginx"; chmod 711 "$work"
fi
# Which node answered: in nginx's log always, and in a response header for the browser tests only.
node_header=""
[ -n "$tests_file" ] && node_header="add_header X-Portal-Node \$upstream_addr always;"
cat >"$work/nginx.conf" <<CONF
$nginx_user
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '\$time_iso8601 \$status "\$request_method \$uri" \$upstream_addr';
  access_log $work/nginx-access.log upstream buffer=32k flush=1s;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  # A client book may be 25 MB (Import:MaxUploadMegabytes); the portal answers a larger one itself.
  client_max_body_size 30m;
  upstream portal {
    # No stickiness: any node serves any request (cookies, keys, queue and counters are in the database).
    server 127.0.0.1:$port_a max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$port_b max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The port too: the portal builds absolute redirects (sign-in) from it, and nginx may not be on port 80.
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A node that stopped answering: the request goes to the other (only requests that are safe to repeat).
      proxy_next_upstream error timeout http_502 http_503;
      $node_header
    }
  }
}
CONF
"$nginx_bin" -t -q -c "$work/nginx.conf" -e "$work/nginx-error.log"
"$nginx_bin" -c "$work/nginx.conf" -e "$work/nginx-error.log" -g "daemon off;" &
pids+=($!)
for _ in $(seq 1 30); do curl -fsS "$public/health" >/dev/null 2>&1 && break; sleep 0.5; done

echo
echo "PortfolioEval cluster: $public (nginx) -> 127.0.0.1:$port_a (A), 127.0.0.1:$port_b (B); PostgreSQL 15 on 127.0.0.1:$PG_PORT"
echo "  /health through nginx: $(curl -fsS "$public/health")   /health/ready: $(curl -fsS "$public/health/ready")"
if [ -n "$demo" ]; then
  echo
  # Printed by whichever node seeded the demo data; the other found it there.
  cat "$work/a.log" "$work/b.log" | sed -n '/^Demo accounts (passwords/,/^[a-z]*:/p' | grep -v '^[a-z]*:' \
    || echo "(The demo data was already there.)"
fi
if [ -n "$tests_file" ]; then
  echo "Emails of both nodes are written to $work/shared/outbox. Logs: $work/*.log"
  # Written whole, then renamed: whoever waits for the file never reads half of it.
  cat >"$tests_file.partial" <<VARS
export PORTFOLIO_E2E_CLUSTER_URL='$public'
export PORTFOLIO_E2E_CLUSTER_DATABASE='$database'
export PORTFOLIO_E2E_CLUSTER_MASTER_KEY='$master_key'
export PORTFOLIO_E2E_CLUSTER_DATA='$work/shared'
export PORTFOLIO_E2E_CLUSTER_NODES='127.0.0.1:$port_a 127.0.0.1:$port_b'
export PORTFOLIO_E2E_CLUSTER_NGINX_LOG='$work/nginx-access.log'
VARS
  mv "$tests_file.partial" "$tests_file"
else
  echo "Emails are written to each node's outbox: $work/a/outbox and $work/b/outbox. Logs: $work/*.log"
fi

if [ "$smoke" = yes ]; then
  for url in "$public" "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b"; do
    curl -fsS "$url/health" >/dev/null && curl -fsS "$url/health/ready" >/dev/null
  done
  echo "Smoke check passed: /health and /health/ready answer through nginx and on both nodes."
  exit 0
fi
echo "Ctrl+C stops everything and deletes it."
wait
