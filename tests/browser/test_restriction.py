"""A contact restriction set after a meeting was shared stops the person's link at once."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from conftest import open_showcase_student, plan_behaviour_meeting, screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"


def test_restriction_stops_a_shared_link(browser, start_server, screenshot_dir):
    server = start_server(
        "restriction",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    shot = screenshotter(page, screenshot_dir, "restriction")
    phone = browser.new_context(viewport={"width": 360, "height": 740}, locale="ar")
    family = phone.new_page()
    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)
        page.goto(server.url("/students?year=7"))
        open_showcase_student(page)
        student_url = page.url.split("?")[0]
        father = page.locator("li.card", has_text="needs an interpreter (Arabic)").locator("h3").inner_text().strip()
        meeting_url = plan_behaviour_meeting(page)
        page.goto(meeting_url + "/invitation")
        page.fill("#body", "We would like to meet to talk about lunchtimes and agree how to help.")
        page.locator("main button[type=submit]").click()
        page.goto(meeting_url + "/share")
        page.get_by_role("button", name="Share with everyone").click()
        expect(page.locator("h1")).to_have_text("The meeting is shared")
        page.locator("header button", has_text="Sign out").click()

        # No mail server: a leader takes the father's invitation to pass on. Until then the
        # outbox shows no usable link.
        sign_in(page, server, "head@larkfield.example", PASSWORD)
        page.goto(server.url("/outbox"))
        assert "/p/[hidden]" in page.content()
        card = page.locator("section.outbox-message", has_text=f"To {father}")
        card.get_by_role("button", name="Pass it on myself").click()
        expect(page.locator("h1")).to_have_text("Pass this email on yourself")
        shot("01-pass-it-on")
        link = re.search(r"https?://\S+/p/[A-Za-z0-9_-]{20,}", page.locator("pre.message-body").inner_text()).group(0)
        family.goto(link)
        expect(family.locator("html")).to_have_attribute("dir", "rtl")
        assert family.get_by_text("Larkfield").count() > 0

        # The head teacher records a court order on the father.
        page.goto(student_url)
        page.locator("li.card", has_text="needs an interpreter (Arabic)").get_by_role(
            "link", name=re.compile("Change details")
        ).click()
        page.fill("#restriction", "Court order: no contact with the school about the children.")
        page.get_by_role("button", name="Save details").click()
        expect(page.get_by_text("Court order: no contact with the school about the children.")).to_be_visible()

        # His link stops at once, with a kind page in his browser's language and nothing about the child.
        response = family.goto(link)
        assert response.status == 404
        expect(family.get_by_text("هذا الرابط لم يعد يعمل")).to_be_visible()
        family.screenshot(path=str(screenshot_dir / "restriction-02-link-stopped-360.png"), full_page=True)

        # The meeting says what happened; no link can be made for him.
        page.goto(meeting_url)
        expect(page.get_by_text("now has a contact restriction:")).to_be_visible()
        page.get_by_role("link", name="Who is coming").click()
        expect(page.get_by_text("No links can be made for them.")).to_be_visible()
        shot("03-meeting-says-so")
        page.goto(server.url("/outbox"))
        expect(page.locator(".tag", has_text="Passed on by hand")).to_be_visible()
        shot("04-outbox")
    finally:
        phone.close()
        context.close()
