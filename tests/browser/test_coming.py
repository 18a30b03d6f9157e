"""Who is coming (issue 13): the head of year invites a colleague who does not work with the
student (the special needs coordinator, or the counsellor when the student's special needs
already link the coordinator to them) for the first 20 minutes, and adds an advocate the family
brings. The colleague signs in: the meeting opens, with its record; the student's page does not.
Screenshots at 1366 and 360 px wide."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from conftest import open_showcase_student, plan_behaviour_meeting, screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"
COLLEAGUES = {"Anika Rahman": "senco@larkfield.example", "Bridget Nolan": "counsellor@larkfield.example"}


def both_widths(page, shot, name: str) -> None:
    for width, height in ((1366, 900), (360, 740)):
        page.set_viewport_size({"width": width, "height": height})
        shot(f"{name}-{width}")
    page.set_viewport_size({"width": 1366, "height": 900})


def test_invite_a_colleague_for_part_of_the_meeting(browser, start_server, screenshot_dir):
    server = start_server(
        "coming", extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD}, commands=[["demo", "--students", "60"]]
    )
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    shot = screenshotter(page, screenshot_dir, "coming")
    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)
        page.goto(server.url("/students?year=7"))
        open_showcase_student(page)
        student_url = page.url.split("?")[0]
        meeting_url = plan_behaviour_meeting(page)

        # Anyone at the school may be asked, not only the student's circle.
        page.goto(meeting_url + "/participants")
        offered = page.locator("#colleague option").all_inner_texts()
        name = next(n for n in COLLEAGUES if any(o.startswith(n) for o in offered))
        page.select_option("#colleague", label=next(o for o in offered if o.startswith(name)))
        both_widths(page, shot, "01-who-is-coming")
        page.locator("main form button[type=submit]", has_text="Save").click()
        # Saving leads back to the task list; who is coming is its own page.
        page.get_by_role("link", name="Who is coming").click()
        row = page.locator("main li", has_text=name)
        expect(row).to_be_visible()

        # For the first 20 minutes: a time outside the meeting is refused with the values kept.
        row.get_by_role("link", name=re.compile("^Set a time")).click()
        expect(page.locator("h1")).to_contain_text(f"When does {name} join?")
        page.fill("#from", "0")
        page.fill("#until", "90")
        page.get_by_role("button", name="Save their time").click()
        expect(page.locator(".error-summary")).to_contain_text("up to")
        expect(page.locator("#until")).to_have_value("90")
        page.fill("#until", "20")
        both_widths(page, shot, "02-part-time")
        page.get_by_role("button", name="Save their time").click()
        page.goto(meeting_url + "/people")
        expect(page.locator("main li", has_text=name)).to_contain_text("Joins for the first 20 minutes (15:30–15:50)")

        # Someone the family brings: a name on the list, no link of their own.
        page.goto(meeting_url + "/guests")
        page.fill("#name", "Rosa Díaz")
        page.fill("#relationship", "Advocate")
        page.fill("#phone", "0161 496 0000")
        page.get_by_role("button", name="Add to who is coming").click()
        expect(page.locator(".notice")).to_be_visible()
        page.goto(meeting_url + "/people")
        guest = page.locator("main li", has_text="Rosa Díaz")
        expect(guest).to_contain_text("advocate, coming with the family")
        expect(guest.get_by_role("button")).to_have_count(0)
        page.locator("main li", has_text=name).scroll_into_view_if_needed()
        both_widths(page, shot, "03-meeting")

        page.goto(meeting_url + "/run")
        expect(page.locator("main")).to_contain_text(f"{name}")
        expect(page.locator("main")).to_contain_text("joins for the first 20 minutes (15:30–15:50)")
        both_widths(page, shot, "04-run")
        context.clear_cookies()

        # The colleague opens the meeting they were asked to, and nothing more about the student.
        sign_in(page, server, COLLEAGUES[name], PASSWORD)
        page.goto(meeting_url)
        expect(page.locator("h1")).to_contain_text("Behaviour concern")
        page.get_by_role("link", name="Who is coming").click()
        expect(page.locator("main li", has_text=name)).to_contain_text("Joins for the first 20 minutes")
        student_path = "/" + student_url.split("://", 1)[1].split("/", 1)[1]
        expect(page.locator(f"main a[href^='{student_path}']")).to_have_count(0)
        both_widths(page, shot, "05-colleague-meeting")
        response = page.goto(meeting_url + "/record")
        assert response is not None and response.status == 200
        response = page.goto(student_url)
        assert response is not None and response.status == 404, response and response.status
        both_widths(page, shot, "06-colleague-student-not-found")
    finally:
        context.close()
