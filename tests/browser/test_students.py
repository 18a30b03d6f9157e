"""The student list and profile in a real browser, on the demo school, phone and desktop."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

PASSWORD = "Calm-Harbour-Lantern-42"

VIEWPORTS = [
    pytest.param("phone", 360, 740, id="phone-360x740"),
    pytest.param("desktop", 1280, 900, id="desktop-1280x900"),
]


@pytest.mark.parametrize("label,width,height", VIEWPORTS)
def test_find_a_student(browser, start_server, screenshot_dir, label, width, height):
    server = start_server(
        f"students-{label}",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD},
        commands=[["demo", "--students", "150"]],
    )
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    page = context.new_page()

    def shot(name: str) -> None:
        widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"{name} scrolls sideways: {widths}"
        page.screenshot(path=str(screenshot_dir / f"students-{label}-{name}.png"), full_page=True)

    try:
        page.goto(server.url("/sign-in"))
        page.fill("#email", "head@larkfield.example")
        page.fill("#password", PASSWORD)
        page.locator("main button[type=submit]").click()
        expect(page).to_have_url(re.compile(re.escape(server.base_url) + "/$"))

        page.get_by_role("link", name="Students", exact=True).first.click()
        expect(page.locator("h1")).to_have_text("Students")
        expect(page.locator(".result-count")).to_contain_text("150 students")
        shot("01-list")

        # Search for the first student's family name, typed without accents or capitals.
        first = page.locator("main table a").first
        family = first.inner_text().split(",")[0]
        plain = family.lower().translate(str.maketrans("áéíóúñçäöüåłś", "aeiounçaouals"))
        page.fill("#q", plain)
        page.locator("form[role=search] button[type=submit]").click()
        expect(page.locator("main table a").first).to_contain_text(family)
        shot("02-search")

        page.locator("main table a").first.click()
        expect(page.locator("h2", has_text="Family and trusted adults")).to_be_visible()
        expect(page.locator(".card").first).to_be_visible()
        expect(page.get_by_text("Parental responsibility").first).to_be_visible()
        shot("03-profile")

        # The look at the profile is in the audit log.
        page.get_by_role("link", name="Audit log").first.click()
        expect(page.get_by_text("Opened a student's profile").first).to_be_visible()
        shot("04-audit")
    finally:
        context.close()
