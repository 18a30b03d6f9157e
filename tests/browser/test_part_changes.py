"""After sharing, the lead moves the part of the meeting one person comes for: the meeting page
says only that person will hear, and telling them sends one email. Someone the family brings
comes for part of the meeting too, shown where guests are listed. Screenshots at 1366 and 360 px."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from conftest import plan_and_share, screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"


def both_widths(page, shot, name: str) -> None:
    for width, height in ((1366, 900), (360, 740)):
        page.set_viewport_size({"width": width, "height": height})
        shot(f"{name}-{width}")
    page.set_viewport_size({"width": 1366, "height": 900})


def test_a_moved_part_is_told_to_that_person(browser, start_server, screenshot_dir):
    server = start_server(
        "partchanges", extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD}, commands=[["demo", "--students", "60"]]
    )
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    shot = screenshotter(page, screenshot_dir, "partchanges")
    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)
        meeting_url, _ = plan_and_share(page, server)
        page.goto(meeting_url + "/people")
        set_time = page.get_by_role("link", name=re.compile("^Set a time"))
        parent = page.locator("main li").filter(has_text=re.compile(r", (mother|father)")).filter(has=set_time).first
        link = parent.get_by_role("link", name=re.compile("^Set a time"))
        name = link.locator(".visually-hidden").inner_text().strip().removeprefix("for ").strip()
        link.click()
        page.fill("#from", "0")
        page.fill("#until", "20")
        page.get_by_role("button", name="Save their time").click()
        page.goto(meeting_url)
        changes = page.locator("#changes")
        expect(changes).to_contain_text("Changes not told yet.")
        expect(changes).to_contain_text(f"{name} will be told the new part of the meeting")
        expect(changes).to_contain_text("Nobody else is told.")
        changes.scroll_into_view_if_needed()
        both_widths(page, shot, "01-not-told")
        changes.get_by_role("button", name="Tell them now").click()
        expect(page.locator("#changes")).to_have_count(0)
        expect(page.locator("main")).to_contain_text("Nothing has been sent")
        page.goto(meeting_url + "/people")
        timed = page.locator("main li").filter(has_text=f"{name}, ").filter(has_text="Joins for the first 20 minutes")
        expect(timed).to_have_count(1)

        # Someone the family brings, for part of the meeting: a bad time keeps what was typed.
        page.goto(meeting_url + "/guests")
        page.fill("#name", "Rosa Díaz")
        page.fill("#relationship", "Advocate")
        page.fill("#from", "10")
        page.fill("#until", "95")
        page.get_by_role("button", name="Add to who is coming").click()
        expect(page.locator(".error-summary")).to_contain_text("up to")
        expect(page.locator("#until")).to_have_value("95")
        expect(page.locator("#name")).to_have_value("Rosa Díaz")
        page.fill("#until", "30")
        both_widths(page, shot, "02-guest-form")
        page.get_by_role("button", name="Add to who is coming").click()
        page.goto(meeting_url + "/people")
        guest = page.locator("main li", has_text="Rosa Díaz")
        expect(guest).to_contain_text("advocate, coming with the family")
        expect(guest).to_contain_text("Joins 15:40–16:00")
        guest.scroll_into_view_if_needed()
        both_widths(page, shot, "03-meeting")
        page.goto(meeting_url + "/guests")
        expect(page.locator("main li", has_text="Rosa Díaz")).to_contain_text("Joins 15:40–16:00")
        both_widths(page, shot, "04-guests")
    finally:
        context.close()
