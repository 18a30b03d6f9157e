"""How meetings have felt, across meetings (issue 14, trends). The head of year runs two meetings
about the demo's showcase student through the pages and closes each; after each, the mother answers
from the link the lead hands her (high the first time, lower the second). Then the student's page
shows a small chart of her answers with both meetings, described in words for a screen reader and
with the numbers as a table; the school's head sees it too, the form tutor does not. Screenshots at
360 px and on a desktop; the section is axe-clean."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import answer_loose_ends, open_showcase_student, plan_behaviour_meeting, screenshotter, sign_in
from test_family_page import new_link

PASSWORD = "Calm-Harbour-Lantern-42"


def plan_share(page, server, day: str) -> str:
    """A behaviour meeting for the showcase student on `day`, shared. Returns its address."""
    page.goto(server.url("/students?year=7"))
    first_name = open_showcase_student(page)
    meeting_url = plan_behaviour_meeting(page)
    page.goto(meeting_url + "/plan")
    page.fill("#date", day)
    page.locator("main button[type=submit]").click()
    page.goto(meeting_url + "/invitation")
    page.fill(
        "#body",
        f"We would like to meet to talk about how {first_name} is getting on at lunchtime, and agree together "
        "how to help. The meeting is in the family room, next to reception, for about 40 minutes. "
        "Fiona Lindqvist, head of year, will be there, with an Arabic interpreter. We want to hear your view.",
    )
    page.locator("main button[type=submit]").click()
    page.goto(meeting_url + "/share")
    page.get_by_role("button", name="Share with everyone").click()
    expect(page.locator("h1")).to_have_text("The meeting is shared")
    return meeting_url


def run_and_close(page, meeting_url: str) -> None:
    page.goto(meeting_url + "/run")
    page.get_by_role("button", name="Start the meeting").click()
    answer_loose_ends(page)
    page.locator("label[for=confirm_close]").click()
    page.get_by_role("button", name="Close the meeting").click()
    expect(page.locator("h1")).to_have_text("Record of the meeting")


def mother_answers(lead, phone, meeting_url: str, answers: dict[str, int]) -> None:
    _, link = new_link(lead, meeting_url, "mother")
    parent = phone.new_page()
    parent.goto(link + "/feedback")
    for question, value in answers.items():
        parent.locator(f"label[for={question}-{value}]").click()
    parent.get_by_role("button", name="إرسال إجاباتي").click()
    expect(parent.locator("#feedback-status")).to_be_visible()
    parent.close()


def test_trend_after_a_second_meeting(browser, start_server, screenshot_dir):
    server = start_server(
        "trend",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    staff = browser.new_context(viewport={"width": 1366, "height": 900})
    staff.set_default_timeout(15_000)
    phone = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    phone.set_default_timeout(15_000)
    try:
        lead = staff.new_page()
        sign_in(lead, server, "year7@larkfield.example", PASSWORD)
        first = plan_share(lead, server, "2031-03-04")
        run_and_close(lead, first)
        mother_answers(lead, phone, first, {"q_cared": 9, "q_clear": 8, "q_listened": 8, "q_kept": 7})

        # After one meeting, the record's chart has one point.
        second = plan_share(lead, server, "2031-03-25")
        lead.goto(first + "/record")
        section = lead.locator("section.trends")
        expect(section).to_contain_text("How meetings have felt, up to this one")
        expect(section.locator("svg[role=img] desc")).to_contain_text("at 1 meeting")

        run_and_close(lead, second)
        mother_answers(lead, phone, second, {"q_cared": 6, "q_clear": 5, "q_listened": 4, "q_kept": 5})

        # The student's page: the mother's chart with both meetings, in words and as a table.
        lead.goto(server.url("/students?year=7"))
        open_showcase_student(lead)
        student_url = lead.url
        section = lead.locator("section.trends")
        expect(section.locator("h2")).to_have_text("How meetings have felt")
        chart = section.locator("figure.trend").first
        expect(chart.locator("svg[role=img] desc")).to_contain_text("went from 8.0 to 5.0 out of 10 over 2 meetings")
        expect(chart.locator("svg.trend__chart circle.trend__average-mark")).to_have_count(2)
        expect(chart.locator("svg.trend__chart rect.trend__lowest-mark")).to_have_count(2)
        chart.locator("summary").click()
        table = chart.locator("table")
        expect(table.locator("caption")).to_contain_text("answers")
        expect(table.locator("thead th")).to_have_count(3)
        expect(table.locator("tr.trend__total").first.locator("td")).to_have_text(["8.0", "5.0"])
        section.scroll_into_view_if_needed()
        screenshotter(lead, screenshot_dir, "trend")("01-student-page-1366")
        serious = [
            f"{v['id']}: {v['help']}"
            for v in Axe().run(lead, context="section.trends").response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert not serious, serious

        # The same on a phone: the chart fits, the table scrolls inside its own box.
        small = browser.new_context(viewport={"width": 360, "height": 740})
        small.set_default_timeout(15_000)
        narrow = small.new_page()
        sign_in(narrow, server, "head@larkfield.example", PASSWORD)
        narrow.goto(student_url)
        chart = narrow.locator("section.trends figure.trend").first
        expect(chart.locator("svg[role=img] desc")).to_contain_text("over 2 meetings")
        box = chart.locator("svg.trend__chart").bounding_box()
        assert box["width"] <= 360 and box["width"] >= 280, f"the chart is {box['width']} px wide"
        chart.locator("summary").click()
        chart.scroll_into_view_if_needed()
        screenshotter(narrow, screenshot_dir, "trend")("02-student-page-head-360")
        small.close()

        # The form tutor reads the student's page, but not how meetings felt.
        tutor_context = browser.new_context(viewport={"width": 1366, "height": 900})
        tutor = tutor_context.new_page()
        sign_in(tutor, server, "tutor.7a@larkfield.example", PASSWORD)
        response = tutor.goto(student_url)
        if response.status == 200:
            expect(tutor.locator("section.trends")).to_have_count(0)
            assert "out of 10" not in tutor.content()
        tutor_context.close()
    finally:
        staff.close()
        phone.close()
