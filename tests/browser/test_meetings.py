"""Planning a meeting in a real browser: a head of year, a family with separated parents, one of
whom needs an Arabic interpreter; a room that suits and one that does not; the seating plan."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import open_showcase_student, screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"

VIEWPORTS = [
    pytest.param("phone", 360, 740, id="phone-360x740"),
    pytest.param("desktop", 1280, 900, id="desktop-1280x900"),
]


@pytest.mark.parametrize("label,width,height", VIEWPORTS)
def test_plan_a_behaviour_meeting(browser, start_server, screenshot_dir, label, width, height):
    server = start_server(
        f"meetings-{label}",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD},
        commands=[["demo", "--students", "60"]],
    )
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    page = context.new_page()

    shot = screenshotter(page, screenshot_dir, f"meetings-{label}")

    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)

        # The demo's first family: separated parents, the father needs an Arabic interpreter.
        page.get_by_role("link", name="Students", exact=True).first.click()
        page.select_option("#year", "7")
        page.locator("form[role=search] button[type=submit]").click()
        open_showcase_student(page)
        student = page.locator("h1").inner_text()

        page.get_by_role("link", name="Plan a meeting").click()
        page.locator("label", has_text="Behaviour concern").click()
        page.locator("main button[type=submit]").click()
        expect(page.locator("h1")).to_contain_text("Behaviour concern")
        expect(page.locator(".notice")).to_contain_text("A draft is ready")
        shot("01-planner")
        # Both parents have parental responsibility, so both are invited; the interpreter is noticed
        # on the page of who is coming, and the time it takes on the agenda's.
        meeting_url = page.url.split("?")[0]
        page.get_by_role("link", name="Who is coming").click()
        expect(page.get_by_text("Needs an interpreter (Arabic)").first).to_be_visible()
        page.get_by_role("link", name="Back to the meeting").click()
        page.get_by_role("link", name="Agenda", exact=True).click()
        expect(page.get_by_text("Allow about twice the time")).to_be_visible()
        page.goto(meeting_url)

        page.get_by_role("link", name="Purpose, time and format").click()
        page.fill("#purpose", "")
        page.locator("main button[type=submit]").click()
        expect(page.locator(".error-summary")).to_contain_text("Say in a sentence or two why you are meeting")
        page.fill(
            "#purpose",
            f"There have been three difficult lunchtimes for {student.split()[0]} this month. We want to "
            "understand together what is behind them and agree how to help.",
        )
        page.fill("#date", "2031-03-04")
        page.fill("#start_time", "15:30")
        page.fill("#length_minutes", "60")
        page.locator("main button[type=submit]").click()
        expect(page.locator(".notice")).to_contain_text("The plan is saved")

        page.get_by_role("link", name="Room and seating").click()
        expect(page.get_by_text("A long, narrow table leaves someone at the far end.")).to_be_visible()
        expect(page.get_by_text("Suits this meeting.")).to_be_visible()
        shot("02-rooms")
        page.locator("label", has_text="Family room").click()
        page.locator("main button[type=submit]").click()
        expect(page.locator("#task-place .tag")).to_have_text("Completed")

        page.get_by_role("link", name="See the seating plan").click()
        expect(page.locator("svg.seating")).to_be_visible()
        expect(page.locator(".seating-list")).to_contain_text("Interpreter for")
        shot("03-seating")
    finally:
        context.close()
