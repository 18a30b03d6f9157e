"""Stopping the server with SIGTERM while staff pages are in use (issue 10, section 7).

systemd and rolling restarts stop the process with SIGTERM while people are working. The
server must stop taking new connections, let requests it already accepted finish, answer
anything that reaches it during the stop with 503, and exit 0: no crash, no page cut off
half-way. This test puts several signed-in browsers' worth of load on meeting pages, sends
SIGTERM in the middle of it, and looks at every answer.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

PASSWORD = "Calm-Harbour-Lantern-42"
EMAIL = "year7@larkfield.example"
GRACE_SECONDS = 10
THREADS = 6
# Bounded in count and time so the load always ends, whatever the server does.
MAX_REQUESTS_PER_THREAD = 3000
MAX_LOAD_SECONDS = 90
MEETING_LINK = re.compile(r'href="(/meetings/[0-9A-Fa-f-]{36})"')
CSRF_FIELD = re.compile(r'name="_csrf"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="_csrf"')


class CutOff(Exception):
    """The server started answering and the answer did not arrive whole."""


def request(port: int, method: str, path: str, *, cookie: str = "", body: dict | None = None):
    """One request on its own connection, so that a failure belongs to exactly one request.
    Returns (status, headers, body bytes)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        headers = {"Connection": "close"}
        if cookie:
            headers["Cookie"] = cookie
        data = None
        if body is not None:
            data = urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=data, headers=headers)
        response = connection.getresponse()
        try:
            return response.status, response.getheaders(), response.read()
        except (http.client.HTTPException, OSError) as error:
            raise CutOff(f"{response.status} then {type(error).__name__}: {error}") from error
    finally:
        connection.close()


def sign_in(port: int) -> str:
    """Signs in through the form and returns the Cookie header of the signed-in browser."""
    status, headers, page = request(port, "GET", "/sign-in")
    assert status == 200, status
    cookies = {}

    def keep(headers):
        for name, value in headers:
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                cookies[key] = rest.split(";", 1)[0]

    keep(headers)
    match = CSRF_FIELD.search(page.decode())
    assert match, "the sign-in page has no _csrf field"
    token = match.group(1) or match.group(2)
    jar = "; ".join(f"{k}={v}" for k, v in cookies.items())
    status, headers, _ = request(
        port, "POST", "/sign-in", cookie=jar,
        body={"_csrf": token, "email": EMAIL, "password": PASSWORD},
    )
    assert status == 303, f"sign-in answered {status}"
    keep(headers)
    assert "rt_session" in cookies, f"no session cookie after sign-in: {cookies}"
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


@dataclass
class Tally:
    """What the load saw, split by whether SIGTERM had been sent when the request started."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses_before: dict[int, int] = field(default_factory=dict)
    statuses_after: dict[int, int] = field(default_factory=dict)
    # New connections the server no longer takes: expected once it stops listening.
    refused: int = 0
    # Connections closed before a single byte of an answer: the server never started on that
    # request (still in the listen queue, or idle when the stop began). Expected after SIGTERM.
    closed_unanswered: int = 0
    # Anything else (an answer cut off half-way, an error before SIGTERM) is a failure.
    failures: list[str] = field(default_factory=list)

    def total(self) -> int:
        return sum(self.statuses_before.values()) + sum(self.statuses_after.values())


def load(port: int, cookie: str, paths: list[str], stopping: threading.Event, tally: Tally, done: threading.Event):
    deadline = time.monotonic() + MAX_LOAD_SECONDS
    for n in range(MAX_REQUESTS_PER_THREAD):
        if done.is_set() or time.monotonic() > deadline:
            return
        path = paths[n % len(paths)]
        after = stopping.is_set()
        try:
            status, headers, body = request(port, "GET", path, cookie=cookie)
        except CutOff as error:
            with tally.lock:
                tally.failures.append(f"{path}: answer cut off ({error})")
            continue
        except ConnectionRefusedError:
            with tally.lock:
                if not after:
                    tally.failures.append(f"{path}: connection refused before SIGTERM")
                tally.refused += 1
            # Nothing listens any more: this browser is done.
            return
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as error:
            with tally.lock:
                if after or stopping.is_set():
                    tally.closed_unanswered += 1
                else:
                    tally.failures.append(f"{path}: {type(error).__name__} before SIGTERM")
            continue
        except (http.client.HTTPException, OSError) as error:
            with tally.lock:
                tally.failures.append(f"{path}: {type(error).__name__}: {error}")
            continue
        with tally.lock:
            counts = tally.statuses_after if after else tally.statuses_before
            counts[status] = counts.get(status, 0) + 1
            if status == 503:
                retry = dict((k.lower(), v) for k, v in headers).get("retry-after")
                if not retry:
                    tally.failures.append(f"{path}: 503 without Retry-After")
            elif status != 200:
                tally.failures.append(f"{path}: HTTP {status}")


def test_sigterm_under_load_finishes_requests_and_exits_cleanly(start_server):
    server = start_server(
        "stop",
        extra_env={
            "ROUNDTABLE_DEMO_PASSWORD": PASSWORD,
            "ROUNDTABLE_STOP_GRACE_SECONDS": str(GRACE_SECONDS),
        },
        commands=[["demo", "--students", "60"]],
    )
    cookie = sign_in(server.port)
    status, _, page = request(server.port, "GET", "/meetings", cookie=cookie)
    assert status == 200, f"/meetings answered {status}"
    meetings = sorted(set(MEETING_LINK.findall(page.decode())))
    assert meetings, "the demo user sees no meeting on /meetings"
    paths = ["/meetings", *meetings[:3]]
    # A first view of a meeting inserts the viewer's "last seen" row; several first views at
    # once race on its unique key (a separate bug). Open each page once so the load only updates.
    for path in paths:
        status, _, _ = request(server.port, "GET", path, cookie=cookie)
        assert status == 200, f"{path} answered {status}"

    tally = Tally()
    stopping = threading.Event()
    done = threading.Event()
    threads = [
        threading.Thread(target=load, args=(server.port, cookie, paths, stopping, tally, done), daemon=True)
        for _ in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    try:
        # Warm up until every page has answered a few times, so SIGTERM lands mid-load.
        warm_until = time.monotonic() + 30
        while tally.total() < 40 and time.monotonic() < warm_until:
            time.sleep(0.05)
        assert tally.total() >= 40, f"the load never got going: {tally}"

        stopping.set()
        os.kill(server.proc.pid, signal.SIGTERM)
        try:
            code = server.proc.wait(timeout=GRACE_SECONDS + 30)
        except Exception:
            raise AssertionError(f"the server did not stop within {GRACE_SECONDS + 30}s of SIGTERM")
    finally:
        done.set()
        for thread in threads:
            thread.join(timeout=40)

    log = server.log_text()
    under_way = re.search(r"waiting up to \d+ s for (\d+) under way", log)
    summary = (
        f"before SIGTERM {tally.statuses_before}, after {tally.statuses_after}, "
        f"refused {tally.refused}, closed unanswered {tally.closed_unanswered}, "
        f"under way at the stop {under_way.group(1) if under_way else '?'}"
    )
    print(summary)
    assert "Fatal error" not in log, f"the server crashed while stopping ({summary})"
    assert code == 0, f"exit code {code} after SIGTERM ({summary})"
    assert not tally.failures, f"{len(tally.failures)} bad answers, e.g. {tally.failures[:5]} ({summary})"
    assert tally.statuses_before.get(200, 0) > 0, summary
    # The stop goes in order: the databases close only after the last request finished.
    assert "Stopped" in log, f"the server did not log a finished stop ({summary})"
