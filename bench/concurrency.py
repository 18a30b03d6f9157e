#!/usr/bin/env python3
"""Concurrent writers against a running Roundtable server.

    python3 bench/concurrency.py --base http://127.0.0.1:8080 --email admin@… --password …

Signs in as the given organisation administrator, makes an API token acting as them, then runs
WRITERS threads (one requests.Session each) for DURATION seconds. Each writer in turn adds a
student through the JSON API and an agenda item through the API to a meeting of its own, so the
writes go through transactions that read before they write. Afterwards every acknowledged
write is looked up again. Prints a Markdown table: requests, 5xx, other failures, acknowledged
writes, writes present, p50/p99/max latency. Exits 1 when any 5xx was seen or an acknowledged
write is missing.
"""

import argparse
import concurrent.futures
import re
import statistics
import sys
import threading
import time
import uuid

import requests


def csrf(html):
    match = re.search(r'name="_csrf" value="([^"]*)"', html)
    return match.group(1) if match else ""


def signed_in(base, email, password):
    session = requests.Session()
    page = session.get(base + "/sign-in")
    answer = session.post(
        base + "/sign-in",
        data={"_csrf": csrf(page.text), "email": email, "password": password},
        allow_redirects=False,
    )
    if answer.status_code != 303:
        sys.exit(f"sign-in failed: HTTP {answer.status_code}")
    return session


def make_token(base, session, name):
    page = session.get(base + "/api-tokens").text
    owner = re.search(r'<option value="([0-9A-Fa-f-]{36})"[^>]*>' + re.escape(name), page)
    if not owner:
        sys.exit(f"no '{name}' among the token owners")
    made = session.post(
        base + "/api-tokens",
        data={"_csrf": csrf(page), "name": "Concurrency bench " + uuid.uuid4().hex[:6], "owner": owner.group(1)},
    )
    token = re.search(r"rt_[A-Za-z0-9_-]{43}", made.text)
    if not token:
        sys.exit(f"no token made: HTTP {made.status_code}")
    return token.group(0)


def first_school(base, session):
    match = re.search(r"/staff\?school=([0-9A-Fa-f-]{36})", session.get(base + "/schools").text)
    if not match:
        sys.exit("no school found on /schools")
    return match.group(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--name", required=True, help="the administrator's name, to find them as token owner")
    parser.add_argument("--writers", type=int, default=16)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    base = args.base.rstrip("/")

    admin = signed_in(base, args.email, args.password)
    token = make_token(base, admin, args.name)
    school = first_school(base, admin)
    headers = {"Authorization": "Bearer " + token}

    lock = threading.Lock()
    latencies = []
    statuses = {}
    students = []  # ids the server acknowledged with 201
    agenda = []  # (meeting id, title) the server acknowledged with 201
    run = uuid.uuid4().hex[:8]
    stop_at = time.monotonic() + args.duration

    def writer(number):
        session = requests.Session()
        session.headers.update(headers)
        meeting = None
        sequence = 0
        while time.monotonic() < stop_at:
            sequence += 1
            if meeting is None or sequence % 2:
                path, body = "/api/v1/students", {
                    "schoolId": school,
                    "givenName": f"W{number}n{sequence}",
                    "familyName": "Bench" + run,
                    "yearGroup": 7,
                }
            else:
                title = f"Item {run} {number}-{sequence}"
                path, body = f"/api/v1/meetings/{meeting}/agenda", {"title": title, "minutes": 5}
            started = time.perf_counter()
            try:
                answer = session.post(base + path, json=body, timeout=30)
                status = answer.status_code
            except requests.RequestException:
                answer, status = None, "error"
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1
            if status != 201:
                continue
            if path.endswith("/students"):
                student = answer.json()["id"]
                with lock:
                    students.append(student)
                if meeting is None:
                    made = session.post(
                        base + f"/api/v1/students/{student}/meetings",
                        json={"type": "progress_review"},
                        timeout=30,
                    )
                    if made.status_code == 201:
                        meeting = made.json()["meeting"]["id"]
            else:
                with lock:
                    agenda.append((meeting, body["title"]))

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(args.writers) as pool:
        list(pool.map(writer, range(args.writers)))
    wall = time.monotonic() - started

    # Every acknowledged write, looked up again.
    check = requests.Session()
    check.headers.update(headers)
    present_students = sum(
        1 for student in students if check.get(base + f"/api/v1/students/{student}").status_code == 200
    )
    present_items = 0
    by_meeting = {}
    for meeting, title in agenda:
        by_meeting.setdefault(meeting, []).append(title)
    for meeting, titles in by_meeting.items():
        text = check.get(base + f"/api/v1/meetings/{meeting}").text
        present_items += sum(1 for title in titles if title in text)

    total = sum(statuses.values())
    server_errors = sum(count for status, count in statuses.items() if isinstance(status, int) and status >= 500)
    other = total - statuses.get(201, 0) - server_errors
    ordered = sorted(latencies)

    def pct(p):
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000 if ordered else 0

    acknowledged = len(students) + len(agenda)
    present = present_students + present_items
    print()
    print(f"| database | writers | seconds | requests | writes/s | 5xx | other non-201 | acknowledged | present | p50 (ms) | p99 (ms) | max (ms) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| {args.label} | {args.writers} | {wall:.0f} | {total} | {total / wall:.0f} | {server_errors} | {other} "
        f"| {acknowledged} | {present} | {pct(50):.1f} | {pct(99):.1f} | {max(ordered) * 1000 if ordered else 0:.1f} |"
    )
    print()
    print("statuses:", dict(sorted(statuses.items(), key=lambda item: str(item[0]))))
    print("mean latency (ms):", f"{statistics.mean(ordered) * 1000:.1f}" if ordered else "n/a")
    if server_errors or present != acknowledged or pct(99) >= 2000:
        sys.exit(1)


if __name__ == "__main__":
    main()
