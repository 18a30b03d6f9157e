"""Two server processes sharing one PostgreSQL database share sessions.

Setup and sign-in happen over HTTP on process A; the same cookie jar must then be
signed in on process B, and signing out on B must end the session on A too.
Skipped unless ROUNDTABLE_TEST_POSTGRES_URL is set (a role with CREATEDB).
"""

from __future__ import annotations

import html
import shutil
import subprocess
import uuid
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse, urlunparse

import pytest
import requests

ORGANISATION = "Two Rivers Trust"
SCHOOL = "Two Rivers Academy"
ADMIN_NAME = "Tomasz Reyes-Kowalczyk"
ADMIN_EMAIL = "tomasz.admin@example.org"
PASSWORD = "Calm-Harbour-Lantern-42"


class _FormParser(HTMLParser):
    """Collects every <form> with its action, method and input values."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self.classes: set[str] = set()
        self._current: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.classes.update(a.get("class", "").split())
        if tag == "form":
            self._current = {
                "action": a.get("action", ""),
                "method": a.get("method", "get").lower(),
                "inputs": {},
            }
            self.forms.append(self._current)
        elif tag == "input" and self._current is not None and a.get("name"):
            self._current["inputs"][a["name"]] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def find_form(page_html: str, *, action: str | None = None, field: str | None = None) -> dict:
    parser = _FormParser()
    parser.feed(page_html)
    for form in parser.forms:
        if action is not None and urlparse(form["action"]).path != action:
            continue
        if field is not None and field not in form["inputs"]:
            continue
        return form
    raise AssertionError(
        f"no form (action={action!r}, field={field!r}) in page:\n{page_html[:3000]}"
    )


def has_class(page_html: str, name: str) -> bool:
    parser = _FormParser()
    parser.feed(page_html)
    return name in parser.classes


def csrf_of(form: dict) -> str:
    token = form["inputs"].get("_csrf")
    assert token, f"form has no _csrf hidden field: {form}"
    return token


def location_path(response: requests.Response) -> str:
    return urlparse(response.headers.get("Location", "")).path


def assert_redirect(response: requests.Response, path: str, what: str) -> None:
    assert response.status_code == 303, (
        f"{what}: expected 303 to {path}, got {response.status_code} "
        f"Location={response.headers.get('Location')!r}\n{response.text[:2000]}"
    )
    assert location_path(response) == path, (
        f"{what}: expected redirect to {path}, got {response.headers.get('Location')!r}"
    )


def page_text(response: requests.Response) -> str:
    return html.unescape(response.text)


def psql(admin_url: str, sql: str) -> None:
    exe = shutil.which("psql")
    assert exe, "psql (postgresql-client) is needed to create the test database"
    subprocess.run(
        [exe, "-v", "ON_ERROR_STOP=1", "-q", "-X", "-d", admin_url, "-c", sql],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def fresh_database(postgres_url):
    """A new, empty database on the test server; dropped afterwards."""
    name = f"rt_two_{uuid.uuid4().hex[:12]}"
    try:
        psql(postgres_url, f'CREATE DATABASE "{name}"')
    except subprocess.CalledProcessError as e:
        pytest.fail(f"CREATE DATABASE failed: {e.stderr}", pytrace=False)
    parts = urlparse(postgres_url)
    yield urlunparse(parts._replace(path="/" + name))
    # The servers are stopped by then (start_server is set up after this fixture).
    try:
        psql(postgres_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except subprocess.CalledProcessError as e:  # pragma: no cover
        print(f"warning: could not drop {name}: {e.stderr}")


def test_sessions_are_shared_between_two_processes(fresh_database, start_server):
    env = {"DATABASE_URL": fresh_database}
    # A first, so that it runs the migrations on the empty database alone; then B.
    a = start_server("process-a", env)
    b = start_server("process-b", env)
    for server in (a, b):
        r = requests.get(server.url("/readyz"), timeout=10, allow_redirects=False)
        assert r.status_code == 200, f"{server.name} /readyz: {r.status_code} {r.text[:500]}"

    s = requests.Session()

    # Before setup, both processes send / to /setup.
    for server in (a, b):
        assert_redirect(s.get(server.url("/"), allow_redirects=False, timeout=10), "/setup",
                        f"GET / on {server.name} before setup")

    # First-run setup on A.
    r = s.get(a.url("/setup"), timeout=10)
    assert r.status_code == 200, r.status_code
    assert "rt_csrf" in s.cookies, f"no rt_csrf cookie after GET /setup: {s.cookies}"
    form = find_form(r.text, field="organisation_name")
    r = s.post(
        a.url("/setup"),
        data={
            "_csrf": csrf_of(form),
            "organisation_name": ORGANISATION,
            "school_name": SCHOOL,
            "admin_name": ADMIN_NAME,
            "admin_email": ADMIN_EMAIL,
            "password": PASSWORD,
        },
        allow_redirects=False,
        timeout=30,
    )
    assert_redirect(r, "/sign-in", "POST /setup on A")
    after_setup = urljoin(a.url("/setup"), r.headers["Location"])

    # Setup done is visible on B too.
    r = s.get(b.url("/setup"), allow_redirects=False, timeout=10)
    assert r.status_code == 404, f"GET /setup on B after setup: {r.status_code}"

    # Sign in on A, from the page the setup redirect pointed at.
    r = s.get(after_setup, timeout=10)
    assert r.status_code == 200, r.status_code
    assert has_class(r.text, "notice"), "sign-in page after setup has no .notice element"
    form = find_form(r.text, field="email")
    r = s.post(
        a.url("/sign-in"),
        data={"_csrf": csrf_of(form), "email": ADMIN_EMAIL, "password": PASSWORD},
        allow_redirects=False,
        timeout=30,
    )
    assert_redirect(r, "/", "POST /sign-in on A")
    assert "rt_session" in s.cookies, f"no rt_session cookie after sign-in: {s.cookies}"
    session_cookie = s.cookies.get("rt_session")

    r = s.get(a.url("/"), allow_redirects=False, timeout=10)
    assert r.status_code == 200, f"GET / on A after sign-in: {r.status_code}"
    assert ADMIN_NAME in page_text(r)

    # The same cookie jar is signed in on B.
    r = s.get(b.url("/"), allow_redirects=False, timeout=10)
    assert r.status_code == 200, (
        f"GET / on B with A's session: {r.status_code} Location={r.headers.get('Location')!r}"
    )
    assert ADMIN_NAME in page_text(r), "B's home page does not show the signed-in admin"

    # Sign out on B (the sign-out form on B's home page carries the CSRF token).
    form = find_form(r.text, action="/sign-out")
    assert form["method"] == "post", form
    r = s.post(
        b.url("/sign-out"), data={"_csrf": csrf_of(form)}, allow_redirects=False, timeout=10
    )
    assert r.status_code == 303, f"POST /sign-out on B: {r.status_code}\n{r.text[:2000]}"

    # A now sends the jar to /sign-in ...
    assert_redirect(s.get(a.url("/"), allow_redirects=False, timeout=10), "/sign-in",
                    "GET / on A after sign-out on B")
    # ... and the old session cookie, replayed as is, is dead on both processes.
    for server in (a, b):
        r = requests.get(
            server.url("/"),
            cookies={"rt_session": session_cookie},
            allow_redirects=False,
            timeout=10,
        )
        assert_redirect(r, "/sign-in", f"GET / on {server.name} with the signed-out cookie")
