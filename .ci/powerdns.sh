#!/usr/bin/env bash
# Starts or stops a private PowerDNS Authoritative server (gsqlite3 backend) on loopback, for the
# DNS part's tests and for local runs. Nothing is shared with a system-wide pdns installation.
#
#   .ci/powerdns.sh start [DIR]   create DIR (default: a fresh temp dir), start pdns_server, wait for its API
#   .ci/powerdns.sh stop  [DIR]   stop the server started in DIR (default: the last one started)
#
# Environment: PDNS_DNS_PORT (5353), PDNS_API_PORT (8089), PDNS_API_KEY (default below).
# On start, prints shell assignments (PDNS_DIR, PDNS_PID, ports, API URL) for `eval`.
set -euo pipefail

DNS_PORT="${PDNS_DNS_PORT:-5353}"
API_PORT="${PDNS_API_PORT:-8089}"
API_KEY="${PDNS_API_KEY:-ophos-local-pdns-key}"
LAST_DIR_FILE="${TMPDIR:-/tmp}/ophos-powerdns.last"

schema_file() {
  local candidate
  for candidate in /usr/share/pdns-backend-sqlite3/schema/schema.sqlite3.sql \
                   /usr/share/doc/pdns-backend-sqlite3/schema.sqlite3.sql; do
    if [[ -r "$candidate" ]]; then echo "$candidate"; return 0; fi
  done
  echo "powerdns.sh: no gsqlite3 schema found (is pdns-backend-sqlite3 installed?)" >&2
  return 1
}

ensure_installed() {
  if command -v pdns_server >/dev/null && command -v sqlite3 >/dev/null && command -v curl >/dev/null \
      && schema_file >/dev/null 2>&1; then
    return 0
  fi
  echo "powerdns.sh: installing pdns-server, pdns-backend-sqlite3, sqlite3, curl" >&2
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
    pdns-server pdns-backend-sqlite3 sqlite3 curl
  # Debian starts the packaged service; this script only ever uses its own private instance.
  $sudo systemctl disable --now pdns >/dev/null 2>&1 || true
}

start() {
  ensure_installed
  local dir="${1:-$(mktemp -d "${TMPDIR:-/tmp}/ophos-pdns.XXXXXX")}"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  if [[ -f "$dir/pdns.pid" ]] && kill -0 "$(cat "$dir/pdns.pid")" 2>/dev/null; then
    echo "powerdns.sh: already running in $dir (pid $(cat "$dir/pdns.pid"))" >&2
    return 1
  fi
  rm -f "$dir/pdns.sqlite3"
  sqlite3 "$dir/pdns.sqlite3" < "$(schema_file)"
  cat > "$dir/pdns.conf" <<CONF
launch=gsqlite3
gsqlite3-database=$dir/pdns.sqlite3
gsqlite3-dnssec=no
local-address=127.0.0.1
local-port=$DNS_PORT
socket-dir=$dir
daemon=no
guardian=no
disable-syslog=yes
security-poll-suffix=
api=yes
api-key=$API_KEY
webserver=yes
webserver-address=127.0.0.1
webserver-port=$API_PORT
webserver-allow-from=127.0.0.1
allow-axfr-ips=
disable-axfr=no
dnsupdate=yes
allow-dnsupdate-from=127.0.0.0/8
default-soa-content=ns1.@ hostmaster.@ 0 10800 3600 604800 3600
CONF
  pdns_server --config-dir="$dir" >"$dir/pdns.log" 2>&1 &
  echo $! > "$dir/pdns.pid"
  echo "$dir" > "$LAST_DIR_FILE"
  local attempt
  for attempt in $(seq 1 100); do
    if curl -fsS -H "X-API-Key: $API_KEY" "http://127.0.0.1:$API_PORT/api/v1/servers/localhost" >/dev/null 2>&1; then
      echo "PDNS_DIR=$dir"
      echo "PDNS_PID=$(cat "$dir/pdns.pid")"
      echo "PDNS_DNS_PORT=$DNS_PORT"
      echo "PDNS_API_PORT=$API_PORT"
      echo "PDNS_API_URL=http://127.0.0.1:$API_PORT"
      return 0
    fi
    if ! kill -0 "$(cat "$dir/pdns.pid")" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "powerdns.sh: pdns_server did not answer on 127.0.0.1:$API_PORT; log follows" >&2
  cat "$dir/pdns.log" >&2
  stop "$dir" || true
  return 1
}

stop() {
  local dir="${1:-$(cat "$LAST_DIR_FILE" 2>/dev/null || true)}"
  if [[ -z "$dir" || ! -f "$dir/pdns.pid" ]]; then
    echo "powerdns.sh: nothing to stop" >&2
    return 0
  fi
  local pid
  pid="$(cat "$dir/pdns.pid")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$dir/pdns.pid"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start|stop [DIR]" >&2; exit 2 ;;
esac
