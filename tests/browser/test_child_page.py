"""The child's page on a 360 px phone, in two languages: it says in a child's words why the
meeting is happening, speaks to the child as "you" in the informal form, and keeps the five faces
on one line, each a target at least 44 px tall."""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import plan_and_share, screenshotter, sign_in
from test_family_page import new_link

PASSWORD = "Calm-Harbour-Lantern-42"

# (language, "Why are we meeting?", the behaviour meeting's reason, a phrase in the informal "you")
LANGUAGES = [
    ("en", "Why are we meeting?", "You are not in trouble for coming.", "How is school for you?"),
    ("fr", "Pourquoi se réunit-on ?", "Venir à la réunion, ce n’est pas une punition.", "Tu peux"),
]


def faces_on_one_line(page) -> tuple[int, float]:
    """How many rows the five faces take, and the smallest face's height."""
    return page.evaluate(
        """() => {
            const boxes = [...document.querySelectorAll('.face__label')].map(e => e.getBoundingClientRect());
            return [new Set(boxes.map(b => Math.round(b.top))).size, Math.min(...boxes.map(b => b.height))];
        }"""
    )


def test_child_page(browser, start_server, screenshot_dir):
    server = start_server(
        "child",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    staff = browser.new_context(viewport={"width": 1366, "height": 900})
    staff.set_default_timeout(15_000)
    lead = staff.new_page()
    phone = browser.new_context(viewport={"width": 360, "height": 740})
    phone.set_default_timeout(15_000)
    child = phone.new_page()
    shot = screenshotter(child, screenshot_dir, "child")
    try:
        sign_in(lead, server, "year7@larkfield.example", PASSWORD)
        meeting_url, first_name = plan_and_share(lead, server)
        # The showcase child is in Year 7: the simpler page with faces is theirs by age.
        _, link = new_link(lead, meeting_url, "student")
        for language, why_title, why, informal in LANGUAGES:
            child.goto(f"{link}?language={language}")
            expect(child.get_by_role("heading", name=why_title)).to_be_visible()
            expect(child.locator("main")).to_contain_text(why)
            expect(child.locator("main")).to_contain_text(informal)
            rows, smallest = faces_on_one_line(child)
            assert rows == 1, f"{language}: the five faces take {rows} rows at 360 px"
            assert smallest >= 44, f"{language}: a face is {smallest} px tall"
            # Nothing wider than the phone.
            assert child.evaluate("document.documentElement.scrollWidth") <= 360
            shot(f"360-{language}")
            child.locator(".faces").scroll_into_view_if_needed()
            shot(f"360-{language}-faces")
    finally:
        staff.close()
        phone.close()
