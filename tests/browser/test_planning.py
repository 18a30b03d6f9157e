"""Planning in a real browser (issue 13): a room already booked at an overlapping time is a
warning, not a refusal; an agenda item's words and minutes change, and it moves to a chosen place
in one step."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import open_showcase_student, plan_behaviour_meeting, screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"

VIEWPORTS = [
    pytest.param("phone", 360, 740, id="phone-360x740"),
    pytest.param("desktop", 1366, 900, id="desktop-1366x900"),
]


@pytest.mark.parametrize("label,width,height", VIEWPORTS)
def test_clash_and_agenda_item(browser, start_server, screenshot_dir, label, width, height):
    server = start_server(
        f"planning-{label}",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD},
        commands=[["demo", "--students", "60"]],
    )
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    page = context.new_page()
    shot = screenshotter(page, screenshot_dir, f"planning-{label}")

    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)
        page.get_by_role("link", name="Students", exact=True).first.click()
        page.select_option("#year", "7")
        page.locator("form[role=search] button[type=submit]").click()
        open_showcase_student(page)
        student_url = page.url
        # The first meeting: 4 March 2031, 15:30 to 16:30, in the family room.
        plan_behaviour_meeting(page)

        # A second meeting with the same student, at 16:00 the same day.
        page.goto(student_url)
        page.get_by_role("link", name="Plan a meeting").click()
        page.locator("label", has_text="Wellbeing check-in").click()
        page.locator("main button[type=submit]").click()
        second = page.url.split("?")[0]
        page.goto(second + "/plan")
        page.fill("#date", "2031-03-04")
        page.fill("#start_time", "16:00")
        page.fill("#length_minutes", "30")
        page.locator("main button[type=submit]").click()
        expect(page.locator(".notice")).to_contain_text("The plan is saved")
        # The same lead: the page says so before any room is chosen.
        expect(page.locator("#clashes")).to_contain_text("You are already booked for Behaviour concern")

        page.goto(second + "/space")
        family_room = page.locator(".radio", has=page.locator("label", has_text="Family room"))
        expect(family_room).to_contain_text("Already booked for Behaviour concern")
        expect(family_room).to_contain_text("15:30 to 16:")
        expect(family_room).not_to_contain_text("Suits this meeting.")
        shot("01-room-booked")
        # A warning, not a refusal: the room can still be chosen.
        page.locator("label", has_text="Family room").click()
        page.locator("main button[type=submit]").click()
        expect(page.locator("#clashes")).to_contain_text("This time clashes with another meeting.")
        # Said to the reader, who leads both meetings.
        expect(page.locator("#clashes")).to_contain_text("You and the room (Family room) are already booked")
        expect(page.locator("#task-place .tag")).to_have_text("Needs attention")
        page.locator("#clashes").scroll_into_view_if_needed()
        shot("02-meeting-clash")

        # Change the first agenda item and move it to third place in one step, on the agenda's page.
        page.get_by_role("link", name="Agenda", exact=True).click()
        items = page.locator("ol.agenda > li .agenda__title")
        first_title = items.nth(0).inner_text()
        second_title = items.nth(1).inner_text()
        third_title = items.nth(2).inner_text()
        page.locator("ol.agenda > li").nth(0).get_by_role("link", name="Change or move").click()
        expect(page.locator("h1")).to_contain_text("Change an agenda item")
        expect(page.locator("#title")).to_have_value(first_title)
        page.fill("#minutes", "lots")
        page.fill("#title", "How the week has felt")
        page.locator("main button[type=submit]").click()
        expect(page.locator(".error-summary")).to_contain_text("Enter the minutes for this item, from 1 to 120")
        expect(page.locator("#title")).to_have_value("How the week has felt")
        page.fill("#minutes", "12")
        page.select_option("#position", label=f"3: after “{third_title}”")
        shot("03-change-item")
        page.locator("main button[type=submit]").click()
        titles = page.locator("ol.agenda > li .agenda__title")
        expect(titles.nth(0)).to_have_text(second_title)
        expect(titles.nth(1)).to_have_text(third_title)
        expect(titles.nth(2)).to_have_text("How the week has felt")
        expect(page.locator("ol.agenda > li").nth(2)).to_contain_text("12 min")
        page.locator("#agenda").scroll_into_view_if_needed()
        shot("04-agenda-moved")
    finally:
        context.close()
