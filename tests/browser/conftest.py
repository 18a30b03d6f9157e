"""Shared fixtures for the browser / multi-process tests.

Environment:
  ROUNDTABLE_BIN                path of the built `roundtable` executable (required)
  ROUNDTABLE_TEST_POSTGRES_URL  postgres://... URL of a role with CREATEDB (optional;
                                tests that need PostgreSQL are skipped without it)
  SCREENSHOT_DIR                where screenshots go (default: a pytest temp dir)
  CHROMIUM_PATH                 browser executable (default: /usr/bin/chromium)
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from playwright.sync_api import expect

HEALTH_TIMEOUT_S = 60.0
REPO_ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    name: str
    port: int
    data_dir: Path
    log_path: Path
    proc: subprocess.Popen
    _log_file: object = field(repr=False, default=None)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError as e:  # pragma: no cover
            return f"<could not read {self.log_path}: {e}>"

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=10)
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None


@pytest.fixture(scope="session")
def roundtable_bin() -> str:
    path = os.environ.get("ROUNDTABLE_BIN")
    if not path:
        default = REPO_ROOT / ".build" / "debug" / "roundtable"
        if default.exists():
            path = str(default)
    if not path or not os.access(path, os.X_OK):
        pytest.fail(
            f"ROUNDTABLE_BIN must name the built roundtable executable (got {path!r})",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory) -> Path:
    configured = os.environ.get("SCREENSHOT_DIR")
    path = Path(configured) if configured else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def postgres_url() -> str:
    url = os.environ.get("ROUNDTABLE_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("ROUNDTABLE_TEST_POSTGRES_URL is not set")
    return url


@pytest.fixture
def start_server(request, roundtable_bin, tmp_path):
    """Factory: start_server(name, extra_env=None) -> Server (already healthy).

    Every server gets a fresh ROUNDTABLE_DATA_DIR (SQLite by default: no
    DATABASE_URL unless extra_env sets one), unless `data_dir` names an earlier
    server's, to start Roundtable again on the same data. All servers are stopped
    when the test ends; their logs are attached to the report of a failing test.
    """
    servers: list[Server] = []
    request.node._roundtable_servers = servers

    def start(
        name: str = "server",
        extra_env: dict[str, str] | None = None,
        commands: list[list[str]] | None = None,
        data_dir: Path | None = None,
    ) -> Server:
        port = free_port()
        data_dir = data_dir or Path(tempfile.mkdtemp(prefix=f"data-{name}-", dir=tmp_path))
        work_dir = Path(tempfile.mkdtemp(prefix=f"cwd-{name}-", dir=tmp_path))
        log_path = tmp_path / f"{name}.log"
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DATABASE_URL", "ROUNDTABLE_TEST_POSTGRES_URL")
        }
        env.update(
            {
                "ROUNDTABLE_HOST": "127.0.0.1",
                "ROUNDTABLE_PORT": str(port),
                "ROUNDTABLE_DATA_DIR": str(data_dir),
            }
        )
        env.update(extra_env or {})
        # Commands to run first with the same settings, e.g. [["demo", "--students", "150"]].
        for command in commands or []:
            subprocess.run(
                [roundtable_bin, *command], cwd=work_dir, env=env, stdin=subprocess.DEVNULL,
                capture_output=True, check=True, timeout=120,
            )
        log_file = open(log_path, "wb")
        proc = subprocess.Popen(
            [roundtable_bin],
            cwd=work_dir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        server = Server(name, port, data_dir, log_path, proc, log_file)
        servers.append(server)
        wait_healthy(server)
        return server

    yield start

    for server in servers:
        server.stop()


def wait_healthy(server: Server, timeout: float = HEALTH_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    last = "no answer yet"
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            pytest.fail(
                f"{server.name} exited with code {server.proc.returncode} before it was "
                f"healthy (its log is below).",
                pytrace=False,
            )
        try:
            r = requests.get(server.url("/healthz"), timeout=2, allow_redirects=False)
            if r.status_code == 200:
                return
            last = f"HTTP {r.status_code}: {r.text[:200]!r}"
        except requests.RequestException as e:
            last = type(e).__name__
        time.sleep(0.2)
    pytest.fail(
        f"{server.name} did not answer 200 on /healthz within {timeout:.0f}s "
        f"(last: {last}; its log is below).",
        pytrace=False,
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed:
        for server in getattr(item, "_roundtable_servers", []):
            report.sections.append(
                (f"server log: {server.name} ({server.log_path})", server.log_text())
            )


# ---------------------------------------------------------------- mail


@pytest.fixture
def smtp_server(tmp_path):
    """aiosmtpd with STARTTLS on a free port, delivering into a Maildir."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True,
    )
    maildir = tmp_path / "maildir"
    port = free_port()
    log = open(tmp_path / "smtp.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "--tlscert", str(cert),
         "--tlskey", str(key), "-c", "aiosmtpd.handlers.Mailbox", str(maildir)],
        stdout=log, stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.2)
    yield {"port": port, "maildir": maildir, "cert": cert}
    proc.terminate()
    proc.wait(timeout=10)
    log.close()


def wait_for_mail(maildir: Path, count: int, timeout: float = 60) -> list[email.message.EmailMessage]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if maildir.exists():
            box = mailbox.Maildir(str(maildir), factory=None, create=False)
            messages = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in box]
            if len(messages) >= count:
                return messages
        time.sleep(0.5)
    pytest.fail(f"expected {count} emails in {maildir}, the SMTP server received fewer")


# ---------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        try:
            yield b
        finally:
            b.close()


def sign_in(page, server: Server, email: str, password: str) -> None:
    """Signs in through the sign-in form, as a person would."""
    page.goto(server.url("/sign-in"))
    page.fill("#email", email)
    page.fill("#password", password)
    page.locator("main button[type=submit]").click()


def screenshotter(page, directory: Path, prefix: str):
    """shot(name): checks the page does not scroll sideways, then saves a full-page screenshot."""

    def shot(name: str) -> None:
        widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        if widths[0] > widths[1]:
            wide = page.evaluate(
                "() => [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect();"
                " return r.right > window.innerWidth + 1 || r.left < -1 })"
                ".slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))"
            )
            raise AssertionError(f"{name} scrolls sideways: {widths}; widest: {wide}")
        page.screenshot(path=str(directory / f"{prefix}-{name}.png"), full_page=True)

    return shot


def open_showcase_student(page) -> str:
    """From a student list, opens the demo's first family's child (separated parents, the father
    needs an Arabic interpreter; see DemoSchool) and returns their first name."""
    links = page.locator("main table a")
    for index in range(links.count()):
        links.nth(index).click()
        if page.get_by_text("needs an interpreter (Arabic)").count() and page.get_by_text("Lives with").count() == 1:
            return page.locator("h1").inner_text().split()[0]
        page.go_back()
    raise AssertionError("no student with separated parents and an Arabic interpreter in the list")


def plan_behaviour_meeting(page) -> str:
    """From a student's page: a behaviour meeting on 4 March 2031 at 15:30 in the family room.
    Returns the meeting's address."""
    page.get_by_role("link", name="Plan a meeting").click()
    page.locator("label", has_text="Behaviour concern").click()
    page.locator("main button[type=submit]").click()
    meeting_url = page.url.split("?")[0]
    page.goto(meeting_url + "/plan")
    page.fill("#date", "2031-03-04")
    page.fill("#start_time", "15:30")
    page.locator("main button[type=submit]").click()
    page.goto(meeting_url + "/space")
    page.locator("label", has_text="Family room").click()
    page.locator("main button[type=submit]").click()
    return meeting_url


def plan_and_share(page, server) -> tuple[str, str]:
    """Plans a behaviour meeting for the demo's showcase student (separated parents, Arabic)
    and shares it. Returns the meeting's address and the student's first name."""
    page.goto(server.url("/students?year=7"))
    first_name = open_showcase_student(page)
    meeting_url = plan_behaviour_meeting(page)
    page.goto(meeting_url + "/invitation")
    page.fill(
        "#body",
        f"{first_name} has had some difficult moments at lunchtime this month, and we are a little worried. "
        "We would like to meet soon to understand together what is behind them and agree how to help. "
        "The meeting is on Tuesday 4 March at 3:30pm in the family room, next to reception, for about 40 minutes. "
        "Fiona Lindqvist, head of year, will be there, with an Arabic interpreter. "
        "Before the meeting, you might like to think about what helps at home. We want to hear your view.",
    )
    page.locator("main button[type=submit]").click()
    page.goto(meeting_url + "/share")
    page.get_by_role("button", name="Share with everyone").click()
    expect(page.locator("h1")).to_have_text("The meeting is shared")
    return meeting_url, first_name


def capture(
    page, kind: str, fields: dict[str, str], choices: tuple[str, ...] = (), owners: tuple[str, ...] = ()
) -> None:
    """Opens a capture form under the current item, fills it and sends it. `owners` are words
    in the labels of the meeting's people to tick as doing it."""
    panel = page.locator(".run-item--current .capture")
    summary = panel.locator("summary", has_text=f"Add a{'n' if kind == 'action' else ''} {kind}")
    summary.click()
    for selector, value in fields.items():
        page.fill(selector, value)
    for label in choices:
        page.locator(f"label[for={label}]").click()
    for owner in owners:
        panel.locator(f"#{kind}_who label", has_text=re.compile(owner, re.I)).first.click()
    panel.get_by_role("button", name=f"Add a{'n' if kind == 'action' else ''} {kind}").click()


def answer_loose_ends(page, drop: dict[str, str] | None = None) -> int:
    """At closing, says what happens to each thing still open: the next meeting, unless `drop`
    has words from its title, then dropped with that reason. Returns how many were asked."""
    ends = page.locator(".loose-end")
    count = ends.count()
    for index in range(count):
        end = ends.nth(index)
        legend = end.locator("legend").inner_text()
        reason = next((why for words, why in (drop or {}).items() if words in legend), None)
        if reason is not None:
            end.get_by_label("Dropped (say why below)", exact=True).check()
            end.get_by_label("If dropped, why?", exact=True).fill(reason)
        else:
            end.get_by_label("To the next meeting", exact=True).check()
    return count
