"""First run in a real browser: setup form, validation error, sign in, sign out.

Runs once per viewport (phone and desktop), each against its own fresh server with
its own SQLite data directory, and saves a full-page screenshot after every step
into $SCREENSHOT_DIR.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

ORGANISATION = "Ōtautahi Learning Trust"
SCHOOL = "Riverside & Hill High School"
ADMIN_NAME = "Zoë Ångström-Okafor"
ADMIN_EMAIL = "zoe.admin@example.org"
GOOD_PASSWORD = "Calm-Harbour-Lantern-42"
SHORT_PASSWORD = "short-pass"  # 10 characters: below the 12-character minimum

VIEWPORTS = [
    pytest.param("phone", 360, 740, id="phone-360x740"),
    pytest.param("desktop", 1280, 900, id="desktop-1280x900"),
]

SUBRESOURCE_TYPES = {"stylesheet", "script", "image", "font"}


def path_of(url: str) -> str:
    return urlparse(url).path or "/"


@pytest.mark.parametrize("label,width,height", VIEWPORTS)
def test_first_run(browser, start_server, screenshot_dir, label, width, height):
    server = start_server(f"first-run-{label}")
    base = re.escape(server.base_url)

    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    page = context.new_page()

    # Collect broken sub-resources (CSS, images, ...) and script errors on every page.
    broken: list[str] = []
    page.on(
        "response",
        lambda r: broken.append(f"{r.status} {r.url}")
        if r.status >= 400
        and r.request.resource_type in SUBRESOURCE_TYPES
        and not r.url.endswith("/favicon.ico")
        else None,
    )
    page.on(
        "requestfailed",
        lambda r: broken.append(f"failed {r.url}: {r.failure}")
        if r.resource_type in SUBRESOURCE_TYPES
        else None,
    )
    page_errors: list[str] = []
    page.on("pageerror", lambda e: page_errors.append(str(e)))

    step = 0
    overflows: list[str] = []

    def shot(name: str) -> None:
        nonlocal step
        step += 1
        # Nothing may make the page scroll sideways, on a phone least of all.
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, window.innerWidth]"
        )
        if widths[0] > widths[1]:
            overflows.append(f"{name}: scrollWidth {widths[0]} > viewport {widths[1]}")
        page.screenshot(
            path=str(screenshot_dir / f"first-run-{label}-{width}x{height}-{step:02d}-{name}.png"),
            full_page=True,
        )

    try:
        # Before setup, / answers 303 to /setup.
        r = page.request.get(server.url("/"), max_redirects=0)
        assert r.status == 303, f"GET / before setup: {r.status}"
        assert path_of(r.headers.get("location", "")) == "/setup", r.headers

        # 1. Open / in the browser: it lands on the setup form.
        page.goto(server.url("/"))
        expect(page).to_have_url(re.compile(base + r"/setup(\?.*)?$"))
        form = page.locator("form:has(input[name='organisation_name'])")
        expect(form).to_have_count(1)
        for field in ("organisation_name", "school_name", "admin_name", "admin_email", "password"):
            expect(form.locator(f"[name='{field}']")).to_be_visible()
            expect(form.locator(f"#{field}")).to_have_count(1)
        expect(form.locator("input[type='hidden'][name='_csrf']")).to_have_count(1)
        # No setup code on a loopback listener.
        expect(form.locator("[name='setup_code']")).to_have_count(0)
        assert any(c["name"] == "rt_csrf" for c in context.cookies()), context.cookies()
        shot("setup-form")

        def fill_setup(password: str) -> None:
            form.locator("[name='organisation_name']").fill(ORGANISATION)
            form.locator("[name='school_name']").fill(SCHOOL)
            form.locator("[name='admin_name']").fill(ADMIN_NAME)
            form.locator("[name='admin_email']").fill(ADMIN_EMAIL)
            form.locator("[name='password']").fill(password)

        # 2. Too-short password: error page, summary at the top, values kept.
        fill_setup(SHORT_PASSWORD)
        shot("setup-filled-short-password")
        form.locator("button[type='submit']").click()
        expect(page).to_have_title(re.compile(r"^Error:"))
        expect(page.locator(".error-summary")).to_be_visible()
        form = page.locator("form:has(input[name='organisation_name'])")
        expect(form.locator("[name='organisation_name']")).to_have_value(ORGANISATION)
        expect(form.locator("[name='school_name']")).to_have_value(SCHOOL)
        expect(form.locator("[name='admin_name']")).to_have_value(ADMIN_NAME)
        expect(form.locator("[name='admin_email']")).to_have_value(ADMIN_EMAIL)
        shot("setup-error-short-password")

        # 3. A good password: 303 to /sign-in, which shows a notice.
        fill_setup(GOOD_PASSWORD)
        form.locator("button[type='submit']").click()
        expect(page).to_have_url(re.compile(base + r"/sign-in(\?.*)?$"))
        expect(page.locator(".notice")).to_be_visible()
        shot("sign-in-after-setup")

        # 4. Sign in: home page with an h1 and the admin's name in the header.
        sign_in = page.locator("form:has(input[name='email'])")
        expect(sign_in.locator("input[type='hidden'][name='_csrf']")).to_have_count(1)
        sign_in.locator("[name='email']").fill(ADMIN_EMAIL)
        sign_in.locator("[name='password']").fill(GOOD_PASSWORD)
        shot("sign-in-filled")
        sign_in.locator("button[type='submit']").click()
        expect(page).to_have_url(re.compile(base + r"/$"))
        expect(page.locator("h1").first).to_be_visible()
        # The stylesheet loaded and is the real one (not an empty placeholder).
        css_rules = page.evaluate(
            "() => Array.from(document.styleSheets)"
            ".reduce((n, s) => n + (s.cssRules ? s.cssRules.length : 0), 0)"
        )
        assert css_rules >= 10, f"only {css_rules} CSS rules applied to the home page"
        expect(page.locator("header").first).to_contain_text(ADMIN_NAME)
        assert any(c["name"] == "rt_session" for c in context.cookies()), context.cookies()
        shot("home-signed-in")

        # 5. Sign out: a POST form to /sign-out with a "Sign out" button.
        button = page.get_by_role("button", name="Sign out", exact=True)
        expect(button).to_have_count(1)
        expect(button).to_have_attribute("type", "submit")
        form_info = button.evaluate(
            "b => ({action: b.form && b.form.action, method: b.form && b.form.method,"
            " csrf: !!(b.form && b.form.querySelector('input[type=hidden][name=_csrf]'))})"
        )
        assert form_info["action"] and path_of(form_info["action"]) == "/sign-out", form_info
        assert form_info["method"] == "post", form_info
        assert form_info["csrf"], form_info
        button.click()
        expect(page).to_have_url(re.compile(base + r"/sign-in(\?.*)?$"))
        shot("signed-out")

        # Signed out: / sends us back to /sign-in.
        r = page.request.get(server.url("/"), max_redirects=0)
        assert r.status == 303, f"GET / after sign-out: {r.status}"
        assert path_of(r.headers.get("location", "")) == "/sign-in", r.headers

        # 6. Setup is done: /setup is gone.
        response = page.goto(server.url("/setup"))
        assert response is not None and response.status == 404, (
            f"GET /setup after setup: {response and response.status}"
        )
        shot("setup-gone-404")

        assert not broken, f"broken sub-resources: {broken}"
        assert not overflows, f"horizontal overflow: {overflows}"
        assert not page_errors, f"script errors: {page_errors}"
    finally:
        context.close()
