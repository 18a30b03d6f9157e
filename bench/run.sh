#!/usr/bin/env bash
# Load benchmark of a release build on this machine (loopback only).
#
#   bash bench/run.sh            # builds release, starts a server, runs wrk, prints a table
#
# Env: BENCH_STUDENTS=60000 to generate and import a roster of that many students first (the
# import's time and peak memory are reported) and to load the student search and a profile too;
# BENCH_MEETING=1 to start from the demo school instead (300 students), run its demo meeting and
# load the meetings list, the meeting page, a family member's page (from a link made as the lead
# would), the facilitator view, the shared screen and its once-a-second poll, and the record;
# BENCH_TIMELINE=1 to start from the demo school with one student given 50 meetings and 1,000
# record entries (`demo --history`) and load their page (with its plan) and their timeline;
# BENCH_DISTRICT=1 to generate a district first (`generate district`: 50 schools, 60,000 students,
# 300,000 meetings; BENCH_SCHOOLS, BENCH_DISTRICT_STUDENTS and BENCH_MEETINGS change the sizes),
# report the generation's time and memory and the first counting of each Insight page, then load
# the organisation's Insight for this school year and the last, a school's term, and a CSV;
# BENCH_DATABASE_URL=postgres://... to measure on an empty PostgreSQL database instead of
# SQLite; ROUNDTABLE_LOG_LEVEL (default info, one line per request, as shipped);
# DURATION (default 15s), THREADS (2), CONNECTIONS (50), SKIP_BUILD=1 to reuse the
# existing release binary, ROUNDTABLE_BIN=path to bench another binary (no build).
# The server and wrk share the machine's cores: compare the ratios within one run,
# not absolute numbers between machines.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi

DURATION=${DURATION:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
PASSWORD='Calm-Harbour-Lantern-42'
EMAIL='bench.admin@example.org'
ADMIN_NAME='Bench Admin'

for tool in curl python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is required" >&2; exit 1; }
done
if ! command -v wrk >/dev/null 2>&1; then
    echo "== installing wrk"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk
fi

if [ -n "${ROUNDTABLE_BIN:-}" ]; then
    BIN=$ROUNDTABLE_BIN
else
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        echo "== swift build -c release --product roundtable"
        swift build -c release --product roundtable
    fi
    BIN="$(swift build -c release --show-bin-path)/roundtable"
fi
[ -x "$BIN" ] || { echo "no release binary at $BIN" >&2; exit 1; }

WORK=$(mktemp -d /tmp/roundtable-bench.XXXXXX)
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
    if [ "$rc" -ne 0 ] && [ -f "$WORK/server.log" ]; then
        echo "--- server log (last 40 lines) ---" >&2
        tail -n 40 "$WORK/server.log" >&2
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/data"

# The same database settings for the server and for the commands run before it.
roundtable_cli() {
    (
        cd "$WORK"
        unset DATABASE_URL
        if [ -n "${BENCH_DATABASE_URL:-}" ]; then export DATABASE_URL="$BENCH_DATABASE_URL"; fi
        ROUNDTABLE_DATA_DIR="$WORK/data" "$BIN" "$@"
    )
}
IMPORT_LINE=""
DISTRICT_LINES=()
if [ -n "${BENCH_DISTRICT:-}" ]; then
    echo "== generate district"
    (cd "$WORK" && unset DATABASE_URL && { [ -z "${BENCH_DATABASE_URL:-}" ] || export DATABASE_URL="$BENCH_DATABASE_URL"; } \
        && ROUNDTABLE_DATA_DIR="$WORK/data" ROUNDTABLE_DEMO_PASSWORD="$PASSWORD" \
        /usr/bin/time -v -o "$WORK/generate-time.txt" "$BIN" generate district \
        --schools "${BENCH_SCHOOLS:-50}" --students "${BENCH_DISTRICT_STUDENTS:-60000}" --meetings "${BENCH_MEETINGS:-300000}") \
        | tail -n 2 | tee "$WORK/generate.txt"
    GEN_SECONDS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/generate-time.txt")
    GEN_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/generate-time.txt")
    DISTRICT_LINES+=("$(head -n 1 "$WORK/generate.txt") Wall clock ${GEN_SECONDS}s, peak memory ${GEN_MB} MB.")
    EMAIL='admin@district.example'
    ADMIN_NAME='Ruth Adebayo'
fi
if [ -n "${BENCH_MEETING:-}" ] || [ -n "${BENCH_TIMELINE:-}" ]; then
    echo "== demo school (300 students)${BENCH_TIMELINE:+, one with 50 meetings and 1,000 entries}"
    ROUNDTABLE_DEMO_PASSWORD="$PASSWORD" roundtable_cli demo --students 300 ${BENCH_TIMELINE:+--history} >"$WORK/demo.txt"
    EMAIL='year7@larkfield.example'
    ADMIN_NAME='Fiona Lindqvist'
fi
if [ -n "${BENCH_STUDENTS:-}" ]; then
    echo "== setup, generate roster --students $BENCH_STUDENTS, import oneroster"
    ROUNDTABLE_ADMIN_PASSWORD="$PASSWORD" roundtable_cli setup --org "Bench Trust" --school "Bench School" \
        --admin-name "$ADMIN_NAME" --admin-email "$EMAIL" >/dev/null
    roundtable_cli generate roster --students "$BENCH_STUDENTS" "$WORK/roster"
    if command -v /usr/bin/time >/dev/null 2>&1; then
        (cd "$WORK" && unset DATABASE_URL && { [ -z "${BENCH_DATABASE_URL:-}" ] || export DATABASE_URL="$BENCH_DATABASE_URL"; } \
            && ROUNDTABLE_DATA_DIR="$WORK/data" /usr/bin/time -v -o "$WORK/import-time.txt" "$BIN" import oneroster "$WORK/roster") \
            | tee "$WORK/import.txt"
        IMPORT_SECONDS=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/import-time.txt")
        IMPORT_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$WORK/import-time.txt")
        IMPORT_LINE="Import of $BENCH_STUDENTS students: ${IMPORT_SECONDS}s wall clock, peak memory ${IMPORT_MB} MB."
    else
        roundtable_cli import oneroster "$WORK/roster" | tee "$WORK/import.txt"
    fi
fi

echo "== starting $BIN on $BASE"
(
    cd "$WORK"
    unset DATABASE_URL
    if [ -n "${BENCH_DATABASE_URL:-}" ]; then export DATABASE_URL="$BENCH_DATABASE_URL"; fi
    ROUNDTABLE_HOST=127.0.0.1 ROUNDTABLE_PORT="$PORT" ROUNDTABLE_DATA_DIR="$WORK/data" \
        ROUNDTABLE_BENCH_ROUTES=1 ROUNDTABLE_LOG_LEVEL="${ROUNDTABLE_LOG_LEVEL:-info}" \
        exec "$BIN"
) >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "$BASE/healthz" 2>/dev/null; then break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited early" >&2; exit 1; }
    sleep 0.2
done
curl -fsS -o /dev/null "$BASE/healthz" || { echo "server not healthy after 60s" >&2; exit 1; }

JAR="$WORK/cookies.txt"
# The value of the hidden _csrf input in an HTML page on stdin.
csrf_from() {
    python3 -c '
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    token = ""
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("name") == "_csrf" and not self.token:
            self.token = a.get("value") or ""
p = P()
p.feed(sys.stdin.read())
print(p.token)
'
}
# POST a form; prints "<status> <location>".
post_form() {
    local path=$1
    shift
    curl -sS -o /dev/null -b "$JAR" -c "$JAR" -w '%{http_code} %{redirect_url}' "$BASE$path" "$@"
}

if [ -z "${BENCH_STUDENTS:-}" ] && [ -z "${BENCH_MEETING:-}" ] && [ -z "${BENCH_TIMELINE:-}" ] && [ -z "${BENCH_DISTRICT:-}" ]; then
    echo "== first-run setup and sign-in via curl"
    CSRF=$(curl -fsS -b "$JAR" -c "$JAR" "$BASE/setup" | csrf_from)
    [ -n "$CSRF" ] || { echo "no _csrf on /setup" >&2; exit 1; }
    RESULT=$(post_form /setup --data-urlencode "_csrf=$CSRF" \
        --data-urlencode 'organisation_name=Bench Trust' --data-urlencode 'school_name=Bench School' \
        --data-urlencode "admin_name=$ADMIN_NAME" --data-urlencode "admin_email=$EMAIL" \
        --data-urlencode "password=$PASSWORD")
    case "$RESULT" in 303*/sign-in*) ;; *) echo "setup failed: $RESULT" >&2; exit 1 ;; esac
fi

CSRF=$(curl -fsS -b "$JAR" -c "$JAR" "$BASE/sign-in" | csrf_from)
[ -n "$CSRF" ] || { echo "no _csrf on /sign-in" >&2; exit 1; }
RESULT=$(post_form /sign-in --data-urlencode "_csrf=$CSRF" \
    --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD")
case "$RESULT" in 303*) ;; *) echo "sign-in failed: $RESULT" >&2; exit 1 ;; esac

SESSION=$(awk '$6 == "rt_session" { print $7 }' "$JAR" | tail -n 1)
[ -n "$SESSION" ] || { echo "no rt_session cookie after sign-in" >&2; exit 1; }
COOKIE="rt_session=$SESSION"

# Sanity checks before measuring.
STATUS=$(curl -sS -o "$WORK/home.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/")
if [ "$STATUS" != 200 ] || ! grep -q "$ADMIN_NAME" "$WORK/home.html"; then
    echo "GET / with the session cookie: HTTP $STATUS (expected 200 with the admin's name)" >&2
    exit 1
fi
STATUS=$(curl -sS -o /dev/null -w '%{http_code}' "$BASE/bench/plaintext")
[ "$STATUS" = 200 ] || { echo "/bench/plaintext: HTTP $STATUS (ROUNDTABLE_BENCH_ROUTES=1 is set)" >&2; exit 1; }

# run_wrk NAME URL [wrk args...] -> writes $WORK/NAME.txt
run_wrk() {
    local name=$1 url=$2
    shift 2
    echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency${*:+ $*} $url" | sed 's/rt_session=[^ ]*/rt_session=.../' >&2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$WORK/$name.txt"
}
# Latency percentile from wrk --latency output, converted to ms.
pct_ms() {
    awk -v p="$2" '
        $1 == p "%" {
            v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
            if (u == "us") v = v / 1000; else if (u == "s") v = v * 1000; else if (u == "m") v = v * 60000
            printf "%.2f", v; exit
        }' "$1"
}
rps() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
non2xx() { awk '/Non-2xx or 3xx responses:/ { print $NF; f = 1 } END { if (!f) print 0 }' "$1"; }
# "Socket errors: connect 0, read 0, write 0, timeout 3" -> 3 (sum), 0 when absent.
sockerr() { awk '/Socket errors:/ { gsub(/,/, ""); n = $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"; }

# Short warm-up so the first measurement is not paying for cold caches.
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$BASE/bench/plaintext" >/dev/null

run_wrk plaintext "$BASE/bench/plaintext"
run_wrk signin "$BASE/sign-in"
run_wrk home "$BASE/" -H "Cookie: $COOKIE"
if [ -n "${BENCH_STUDENTS:-}" ]; then
    # A real student from the middle of the list, and their family name as the search.
    curl -fsS -H "Cookie: $COOKIE" "$BASE/students?page=20" >"$WORK/list.html"
    STUDENT_PATH=$(grep -o 'href="/students/[0-9A-F-]*"' "$WORK/list.html" | head -n 1 | sed 's/href="//; s/"$//')
    # The name may sit in a <bdi> (names are drawn in their own direction).
    SEARCH=$(grep -o 'href="/students/[0-9A-F-]*">\(<bdi>\)\{0,1\}[^,<]*' "$WORK/list.html" | head -n 1 \
        | sed 's/.*">//; s/<bdi>//' | tr 'A-Z' 'a-z' | tr -cd 'a-z')
    [ -n "$STUDENT_PATH" ] && [ -n "$SEARCH" ] || { echo "no student found on the list page" >&2; exit 1; }
    run_wrk list "$BASE/students" -H "Cookie: $COOKIE"
    run_wrk search "$BASE/students?q=$SEARCH" -H "Cookie: $COOKIE"
    run_wrk profile "$BASE$STUDENT_PATH" -H "Cookie: $COOKIE"
fi
if [ -n "${BENCH_MEETING:-}" ]; then
    # The demo's shared meeting: start it and capture a few entries, as a facilitator would.
    MEETING=$(curl -fsS -H "Cookie: $COOKIE" "$BASE/meetings" | grep -o 'href="/meetings/[0-9A-F-]*"' \
        | sed 's/href="//; s/"$//' | while read -r path; do
            if curl -fsS -b "$JAR" -c "$JAR" "$BASE$path/run" | grep -q 'Start the meeting'; then echo "$path"; break; fi
        done)
    [ -n "$MEETING" ] || { echo "no demo meeting ready to run" >&2; exit 1; }
    # A family member's personal link, made as the lead would ("Make a new link"), before the start.
    curl -fsS -b "$JAR" -c "$JAR" "$BASE$MEETING" >"$WORK/meeting.html"
    LINK_ACTION=$(grep -o 'action="/meetings/[0-9A-F-]*/participants/[0-9A-F-]*/link"' "$WORK/meeting.html" | head -n 1 \
        | sed 's/action="//; s/"$//')
    [ -n "$LINK_ACTION" ] || { echo "no participant to make a link for on the meeting page" >&2; exit 1; }
    CSRF=$(csrf_from <"$WORK/meeting.html")
    PARTICIPANT_PATH=$(curl -fsS -b "$JAR" -c "$JAR" "$BASE$LINK_ACTION" --data-urlencode "_csrf=$CSRF" \
        | grep -o '/p/[A-Za-z0-9_-]*' | head -n 1)
    [ -n "$PARTICIPANT_PATH" ] || { echo "making a participant link showed no link" >&2; exit 1; }
    CSRF=$(curl -fsS -b "$JAR" -c "$JAR" "$BASE$MEETING/run" | csrf_from)
    post_form "$MEETING/run/start" --data-urlencode "_csrf=$CSRF" >/dev/null
    for n in 1 2 3 4 5 6; do
        CSRF=$(curl -fsS -b "$JAR" -c "$JAR" "$BASE$MEETING/run" | csrf_from)
        post_form "$MEETING/record/entries" --data-urlencode "_csrf=$CSRF" --data-urlencode kind=note \
            --data-urlencode "note_text=Bench note $n: what was said, in a sentence or two." \
            --data-urlencode note_label=shared >/dev/null
    done
    REVISION=$(curl -fsS -D - -o /dev/null -H "Cookie: $COOKIE" "$BASE$MEETING/screen/live" | awk -F': ' 'tolower($1) == "x-revision" { print $2 }' | tr -d '\r')
    STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$MEETING/screen/live?since=$REVISION")
    [ "$STATUS" = 204 ] || { echo "screen poll with the current revision: HTTP $STATUS (expected 204)" >&2; exit 1; }
    run_wrk meetings "$BASE/meetings" -H "Cookie: $COOKIE"
    run_wrk meeting "$BASE$MEETING" -H "Cookie: $COOKIE"
    run_wrk participant "$BASE$PARTICIPANT_PATH"
    run_wrk run "$BASE$MEETING/run" -H "Cookie: $COOKIE"
    run_wrk screen "$BASE$MEETING/screen" -H "Cookie: $COOKIE"
    run_wrk poll "$BASE$MEETING/screen/live?since=$REVISION" -H "Cookie: $COOKIE"
    run_wrk changed "$BASE$MEETING/screen/live?since=0" -H "Cookie: $COOKIE"
    run_wrk record "$BASE$MEETING/record" -H "Cookie: $COOKIE"
fi
if [ -n "${BENCH_TIMELINE:-}" ]; then
    # The student `demo --history` made: 50 meetings, 1,000 entries, led by the signed-in head of year.
    HISTORY_PATH=$(grep -o '/students/[0-9A-F-]*' "$WORK/demo.txt" | head -n 1)
    [ -n "$HISTORY_PATH" ] || { echo "demo --history named no student" >&2; exit 1; }
    STATUS=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE$HISTORY_PATH/timeline")
    [ "$STATUS" = 200 ] || { echo "$HISTORY_PATH/timeline: HTTP $STATUS" >&2; exit 1; }
    run_wrk history "$BASE$HISTORY_PATH" -H "Cookie: $COOKIE"
    run_wrk timeline "$BASE$HISTORY_PATH/timeline" -H "Cookie: $COOKIE"
    run_wrk timeline_goals "$BASE$HISTORY_PATH/timeline?kind=goals&kind=actions&page=3" -H "Cookie: $COOKIE"
fi
if [ -n "${BENCH_DISTRICT:-}" ]; then
    # first_count NAME PATH: the first request counts a school's figures there and then, or asks
    # the worker for the organisation's ("being counted"); poll until they show, then read them.
    first_count() {
        local started first second
        started=$(date +%s.%N)
        first=$(curl -fsS -o "$WORK/$1.html" -w '%{time_total}' -H "Cookie: $COOKIE" "$BASE$2")
        for _ in $(seq 1 600); do
            grep -q 'Meetings held' "$WORK/$1.html" && break
            sleep 2
            curl -fsS -o "$WORK/$1.html" -H "Cookie: $COOKIE" "$BASE$2"
        done
        grep -q 'Meetings held' "$WORK/$1.html" || { echo "$2 shows no figures after 20 minutes" >&2; exit 1; }
        local waited
        waited=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
        second=$(curl -fsS -o /dev/null -w '%{time_total}' -H "Cookie: $COOKIE" "$BASE$2")
        DISTRICT_LINES+=("$2: first request ${first}s, figures shown after ${waited}s, then read in ${second}s; server memory $(ps -o rss= -p "$SERVER_PID" | awk '{ printf "%.0f", $1 / 1024 }') MB after.")
    }
    first_count insight_org /insight
    LAST_YEAR=$(grep -o 'href="/insight?[^"]*"[^>]*>Previous' "$WORK/insight_org.html" | head -n 1 | sed 's/href="//; s/".*//; s/&amp;/\&/g')
    SCHOOL=$(grep -o 'href="/insight?school=[^"]*"' "$WORK/insight_org.html" | head -n 1 | sed 's/href="//; s/"$//; s/&amp;/\&/g')
    [ -n "$LAST_YEAR" ] && [ -n "$SCHOOL" ] || { echo "no previous year or school link on /insight" >&2; exit 1; }
    first_count insight_last "$LAST_YEAR"
    first_count insight_school "$SCHOOL"
    CSV=$(grep -o 'href="/insight/export.csv?[^"]*"' "$WORK/insight_org.html" | head -n 1 | sed 's/href="//; s/"$//; s/&amp;/\&/g')
    run_wrk insight_org "$BASE/insight" -H "Cookie: $COOKIE"
    run_wrk insight_last "$BASE$LAST_YEAR" -H "Cookie: $COOKIE"
    run_wrk insight_school "$BASE$SCHOOL" -H "Cookie: $COOKIE"
    run_wrk insight_csv "$BASE$CSV" -H "Cookie: $COOKIE"
fi

BASE_RPS=$(rps "$WORK/plaintext.txt")
echo
echo "### Roundtable load test ($(date -u '+%Y-%m-%d %H:%M:%S UTC'))"
echo
CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
[ -n "$CPU_MODEL" ] || CPU_MODEL=$(lscpu 2>/dev/null | awk -F': +' '/^Model name/ { print $2; exit }')
echo "Machine: nproc=$(nproc), CPU: ${CPU_MODEL:-unknown}, $(uname -m)"
ENGINE=SQLite
[ -n "${BENCH_DATABASE_URL:-}" ] && ENGINE="PostgreSQL (same machine)"
echo "wrk: $THREADS threads, $CONNECTIONS connections, $DURATION per route, loopback, $ENGINE, log level ${ROUNDTABLE_LOG_LEVEL:-info}; binary: $BIN"
echo
echo "| route | req/s | p50 (ms) | p99 (ms) | non-2xx/3xx | socket errors | ratio to plaintext |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
ROWS=("plaintext|GET /bench/plaintext" "signin|GET /sign-in" "home|GET / (signed in)")
if [ -n "${BENCH_STUDENTS:-}" ]; then
    ROWS+=("list|GET /students (first page)" "search|GET /students?q=$SEARCH" "profile|GET /students/:id")
fi
if [ -n "${BENCH_MEETING:-}" ]; then
    ROWS+=("meetings|GET /meetings (list)" "meeting|GET /meetings/:id (meeting page)"
        "participant|GET /p/:token (a family member's page)" "run|GET /meetings/:id/run (facilitator)" "screen|GET /meetings/:id/screen"
        "poll|GET …/screen/live, nothing new (204)" "changed|GET …/screen/live, new content"
        "record|GET /meetings/:id/record")
fi
if [ -n "${BENCH_TIMELINE:-}" ]; then
    ROWS+=("history|GET /students/:id (50 meetings, 1,000 entries: the plan)"
        "timeline|GET /students/:id/timeline (first 50 events)"
        "timeline_goals|GET …/timeline?kind=goals&kind=actions&page=3")
fi
if [ -n "${BENCH_DISTRICT:-}" ]; then
    ROWS+=("insight_org|GET /insight (the organisation, this school year)"
        "insight_last|GET /insight?day=… (the organisation, last school year)"
        "insight_school|GET /insight?school=… (one school, this term)" "insight_csv|GET /insight/export.csv (one table)")
fi
for row in "${ROWS[@]}"; do
    name=${row%%|*}
    label=${row#*|}
    f="$WORK/$name.txt"
    r=$(rps "$f")
    ratio=$(awk -v a="$r" -v b="$BASE_RPS" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    printf '| %s | %.0f | %s | %s | %s | %s | %s |\n' "$label" "$r" "$(pct_ms "$f" 50)" "$(pct_ms "$f" 99)" \
        "$(non2xx "$f")" "$(sockerr "$f")" "$ratio"
done
[ -z "$IMPORT_LINE" ] || { echo; echo "$IMPORT_LINE"; }
for line in "${DISTRICT_LINES[@]}"; do echo; echo "$line"; done
