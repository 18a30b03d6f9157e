"""Insight (issue 15). The demo school has term dates and a term of closed meetings. The school's
head opens Insight: this term's figures (a school's figures come by term only) as bars and tables, a small group shown as "fewer than 5",
the equality section with a difference in words, a table downloaded as CSV. The organisation's
administrator sees the whole organisation by school year. The governor lands on the figures, sees
nothing else in the navigation, finds a student's page "not found", and prints the term's report on
A4. Screenshots at 1366 and 360 px; the page is axe-clean."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"


def no_violations(page) -> None:
    violations = Axe().run(page).response["violations"]
    assert not violations, "; ".join(f"{v['id']}: {v['help']}" for v in violations)


def test_leader_administrator_and_governor(browser, start_server, screenshot_dir):
    server = start_server(
        "insight",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "200"]],
    )
    # One browser each, as three people on three computers.
    desk, office, home = (
        browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True) for _ in range(3)
    )
    for context in (desk, office, home):
        context.set_default_timeout(15_000)
    phone = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    phone.set_default_timeout(15_000)
    try:
        head = desk.new_page()
        sign_in(head, server, "head@larkfield.example", PASSWORD)
        head.get_by_role("link", name="Insight").click()
        expect(head.locator("h1")).to_have_text("How meetings are going")
        # The term under way, with its figures.
        expect(head.locator("#period")).to_contain_text(re.compile(r"(Autumn|Spring|Summer) term"))
        figures = head.locator("section[aria-labelledby=key-figures] table")
        expect(figures.locator("tr", has_text="Meetings held")).not_to_contain_text("fewer than 5")
        expect(head.locator(".bars").first).to_be_visible()
        # Families who needed an interpreter rate their meetings lower in the demo: said in words.
        # Which list comes first depends on the day's data, so look in all of them.
        said = head.locator("#equality ~ section .insight__differences li", has_text="Families who needed an interpreter rated")
        expect(said.first).to_be_visible()
        no_violations(head)
        shot = screenshotter(head, screenshot_dir, "insight")
        shot("01-leader-term-1366")

        with head.expect_download() as download:
            head.get_by_role("link", name="Download “By type of meeting” as CSV").click()
        text = open(download.value.path(), encoding="utf-8-sig").read()
        assert text.startswith('"Type of meeting","Meetings"'), text[:80]

        # Each question month by month, as small lines beside the numbers.
        expect(head.locator("section[aria-labelledby=feedback-by-month] .multiples__item").first).to_be_visible()

        # Narrowed to one year group: its own figures, nothing inside it, and a way back.
        head.get_by_label("Show figures for").select_option(index=1)
        head.get_by_role("button", name="Show", exact=True).click()
        expect(head.locator("#narrowed")).to_have_text(re.compile(r"Year \d+"))
        expect(head.locator("section[aria-labelledby=key-figures] tr", has_text="Meetings held")).to_be_visible()
        expect(head.locator("#by-type")).to_have_count(0)
        expect(head.locator("#equality")).to_have_count(0)
        no_violations(head)
        shot("01b-leader-one-year-group-1366")
        head.get_by_role("link", name="Show all meetings").click()
        expect(head.locator("#by-type")).to_be_visible()

        # The administrator: the whole organisation, by school year.
        admin = office.new_page()
        sign_in(admin, server, "admin@larkfield.example", PASSWORD)
        admin.goto(server.url("/insight"))
        expect(admin.locator(".page-heading .caption")).to_have_text("Whole organisation")
        expect(admin.locator("#period")).to_contain_text("–")
        # The whole organisation is counted by the server's worker, not while the page waits: the
        # page says so, and shows the figures once counted (the worker looks every half minute).
        expect(admin.get_by_role("status")).to_contain_text("being counted")
        for _ in range(30):
            admin.wait_for_timeout(3_000)
            admin.reload()
            if admin.locator("#counted").count():
                break
        expect(admin.locator("#counted")).to_contain_text("Counted at")
        screenshotter(admin, screenshot_dir, "insight")("02-administrator-year-1366")

        # The governor: figures only.
        governor = home.new_page()
        sign_in(governor, server, "governor@larkfield.example", PASSWORD)
        expect(governor.locator("h1")).to_have_text("How meetings are going")
        nav = governor.get_by_role("navigation", name="Main")
        expect(nav.get_by_role("link")).to_have_count(1)
        expect(nav).to_contain_text("Insight")
        governor.goto(server.url("/students"))
        expect(governor.locator("h1")).to_have_text("Page not found")
        governor.goto(server.url("/insight?period=term"))
        screenshotter(governor, screenshot_dir, "insight")("03-governor-term-1366")
        # The term's report, printed from Chromium on A4.
        governor.emulate_media(media="print")
        governor.pdf(path=str(screenshot_dir / "insight-04-term-report-A4.pdf"), format="A4", print_background=True)
        governor.screenshot(path=str(screenshot_dir / "insight-04-term-report-print.png"), full_page=True)

        # On a phone, without JavaScript.
        small = phone.new_page()
        sign_in(small, server, "governor@larkfield.example", PASSWORD)
        expect(small.locator("h1")).to_have_text("How meetings are going")
        screenshotter(small, screenshot_dir, "insight")("05-governor-term-360")
    finally:
        for context in (desk, office, home):
            context.close()
        phone.close()
