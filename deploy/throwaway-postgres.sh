# A throwaway PostgreSQL 15 cluster on 127.0.0.1, for the test run and the local cluster. Source it, then:
#   pg_throwaway_start [extra postgres settings...]   sets PG_PORT, PG_DIR and PG_SERVER (a connection string)
#   pg_throwaway_stop                                 stops it and deletes its folder (safe to call twice)
# As root the server runs as the postgres user (runuser), as Debian's package expects; otherwise as the caller.
# Trust authentication on loopback only: nothing but this machine's own processes can reach it.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "No free port found for PostgreSQL" >&2; return 1
}

pg_throwaway_start() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL 15 is not installed ($PG_BIN/initdb): apt-get install postgresql-15" >&2; return 1
  fi
  PG_DIR=$(mktemp -d /tmp/portfolioeval-pg-XXXXXX)
  chmod 755 "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  PG_PORT=$(pg_free_port)
  # C collation: text orders by code point, as SQLite's BINARY does (ADR-002).
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U portfolio --no-locale -E UTF8 >/dev/null
  local settings=(-k "$PG_DIR" -p "$PG_PORT" -c listen_addresses=127.0.0.1 -c max_connections=300)
  local extra
  for extra in "$@"; do settings+=(-c "$extra"); done
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 start -o "${settings[*]}" >/dev/null
  PG_SERVER="Host=127.0.0.1;Port=$PG_PORT;Username=portfolio;Database=postgres"
  export PG_PORT PG_DIR PG_SERVER
}

pg_throwaway_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
