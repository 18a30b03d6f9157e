#!/usr/bin/env bash
# Concurrent writers against a real server (loopback only): bench/concurrency.py, 16 writers
# for 60 s, each with its own requests.Session, on an empty database set up through HTTP.
#
#   bash bench/concurrency.sh                      # release build, SQLite
#   BENCH_DATABASE_URL=postgres://… bash bench/concurrency.sh   # an empty PostgreSQL database
#
# Env: WRITERS (16), DURATION (60), SKIP_BUILD=1 to reuse the release binary, ROUNDTABLE_BIN=path
# to bench another binary (a debug one, say), ROUNDTABLE_LOG_LEVEL (default warning).
# Exits non-zero when any write answered 5xx, an acknowledged write is missing, or p99 ≥ 2 s.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
python3 -c 'import requests' 2>/dev/null || { echo "python3 with requests is required" >&2; exit 1; }

WRITERS=${WRITERS:-16}
DURATION=${DURATION:-60}
PASSWORD='Calm-Harbour-Lantern-42'
EMAIL='bench.admin@example.org'
ADMIN_NAME='Bench Admin'

if [ -n "${ROUNDTABLE_BIN:-}" ]; then
    BIN=$ROUNDTABLE_BIN
else
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        echo "== swift build -c release --product roundtable"
        swift build -c release --product roundtable
    fi
    BIN="$(swift build -c release --show-bin-path)/roundtable"
fi
[ -x "$BIN" ] || { echo "no binary at $BIN" >&2; exit 1; }

WORK=$(mktemp -d /tmp/roundtable-concurrency.XXXXXX)
SERVER_PID=""
cleanup() {
    local rc=$?
    set +e
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    if [ -f "$WORK/server.log" ]; then
        echo "--- server log: $(grep -c ' error' "$WORK/server.log" || true) error lines; last 10 lines ---" >&2
        tail -n 10 "$WORK/server.log" >&2
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/data"
ENGINE=SQLite
[ -n "${BENCH_DATABASE_URL:-}" ] && ENGINE="PostgreSQL"

echo "== starting $BIN on $BASE ($ENGINE)"
(
    cd "$WORK"
    unset DATABASE_URL
    if [ -n "${BENCH_DATABASE_URL:-}" ]; then export DATABASE_URL="$BENCH_DATABASE_URL"; fi
    ROUNDTABLE_HOST=127.0.0.1 ROUNDTABLE_PORT="$PORT" ROUNDTABLE_DATA_DIR="$WORK/data" \
        ROUNDTABLE_LOG_LEVEL="${ROUNDTABLE_LOG_LEVEL:-warning}" exec "$BIN"
) >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited early" >&2; exit 1; }
    sleep 0.2
done

echo "== first-run setup through HTTP"
python3 - "$BASE" "$ADMIN_NAME" "$EMAIL" "$PASSWORD" <<'EOF'
import re, sys, requests
base, name, email, password = sys.argv[1:]
s = requests.Session()
token = re.search(r'name="_csrf" value="([^"]*)"', s.get(base + "/setup").text).group(1)
r = s.post(base + "/setup", allow_redirects=False, data={
    "_csrf": token, "organisation_name": "Bench Trust", "school_name": "Bench School",
    "admin_name": name, "admin_email": email, "password": password})
if r.status_code != 303:
    sys.exit(f"setup failed: HTTP {r.status_code}")
EOF

echo "== $WRITERS writers for ${DURATION}s"
CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
echo "### Concurrent writers ($(date -u '+%Y-%m-%d %H:%M:%S UTC'))"
echo "Machine: nproc=$(nproc), CPU: ${CPU_MODEL:-unknown}, $(uname -m); binary: $BIN"
python3 bench/concurrency.py --base "$BASE" --email "$EMAIL" --password "$PASSWORD" --name "$ADMIN_NAME" \
    --writers "$WRITERS" --duration "$DURATION" --label "$ENGINE"
