"""Alerts that lead to action (issue 14). The head of year runs the demo's showcase meeting and
closes it; the mother answers on her phone with a low score; the head of year finds it under
"Needs action" on the meetings list, opens it, reads what was low and the suggested next step,
records a phone call with a note, and the alert closes. Screenshots at 360 px and on a desktop."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import answer_loose_ends, plan_and_share, screenshotter, sign_in
from test_family_page import new_link

PASSWORD = "Calm-Harbour-Lantern-42"


def serious_violations(page) -> list[str]:
    return [
        f"{v['id']}: {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_low_score_leads_to_a_phone_call(browser, start_server, screenshot_dir):
    server = start_server(
        "feedback-alerts",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    staff = browser.new_context(viewport={"width": 1366, "height": 900})
    staff.set_default_timeout(15_000)
    lead = staff.new_page()
    her_phone = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    her_phone.set_default_timeout(15_000)
    lead_phone = browser.new_context(viewport={"width": 360, "height": 740})
    lead_phone.set_default_timeout(15_000)
    try:
        sign_in(lead, server, "year7@larkfield.example", PASSWORD)
        meeting_url, _ = plan_and_share(lead, server)
        _, mother_link = new_link(lead, meeting_url, "mother")

        # The lead runs the meeting and closes it.
        lead.goto(meeting_url + "/run")
        lead.get_by_role("button", name="Start the meeting").click()
        answer_loose_ends(lead)
        lead.locator("label[for=confirm_close]").click()
        lead.get_by_role("button", name="Close the meeting").click()
        expect(lead.locator("h1")).to_have_text("Record of the meeting")

        # Nothing needs action yet.
        lead.goto(server.url("/meetings"))
        expect(lead.locator("a[href^='/feedback-alerts/']")).to_have_count(0)

        # The mother answers on her phone: she did not feel listened to.
        parent = her_phone.new_page()
        parent.goto(mother_link + "/feedback")
        for question, value in {"q_cared": 7, "q_listened": 3, "q_spoke_freely": 6}.items():
            parent.locator(f"label[for={question}-{value}]").click()
        parent.fill("#better", "أن تستمعوا إليّ أكثر.")
        parent.locator("form button[type=submit]").last.click()
        expect(parent.locator("#feedback-status")).to_be_visible()

        # The lead sees it under "Needs action", counted beside "Home".
        shot = screenshotter(lead, screenshot_dir, "feedback-alerts")
        lead.goto(server.url("/meetings"))
        needs = lead.locator("h2", has_text="Needs action")
        expect(needs).to_be_visible()
        alert_link = lead.locator("a[href^='/feedback-alerts/']")
        expect(alert_link).to_have_count(1)
        expect(alert_link).to_contain_text("How the meeting felt for")
        alert_link.scroll_into_view_if_needed()
        shot("01-needs-action-1366")
        alert_link.click()
        expect(lead.locator("h1")).to_contain_text("How the meeting felt for")
        body = lead.locator("main")
        expect(body).to_contain_text("Not really (3 of 10)")
        expect(body).to_contain_text("Call them.")
        # Her own words stay on the record page.
        expect(body).not_to_contain_text("أن تستمعوا إليّ أكثر")
        assert not serious_violations(lead), serious_violations(lead)
        shot("02-alert-1366")
        alert_url = lead.url

        # The same page on the lead's phone.
        phone = lead_phone.new_page()
        sign_in(phone, server, "year7@larkfield.example", PASSWORD)
        phone.goto(alert_url)
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360, "no sideways scrolling at 360 px"
        screenshotter(phone, screenshot_dir, "feedback-alerts")("03-alert-360")

        # What did you do? A phone call, with a note: the alert closes.
        lead.locator("label", has_text="I phoned them").click()
        lead.fill("#note", "Called her at home; she felt rushed at the start. Longer slot next time.")
        lead.get_by_role("button", name="Save and close the alert").click()
        expect(lead.locator("main")).to_contain_text("The alert is closed")
        expect(lead.locator("main")).to_contain_text("I phoned them")
        expect(lead.locator("main")).to_contain_text("Longer slot next time.")
        expect(lead.get_by_role("button", name="Save and close the alert")).to_have_count(0)
        shot("04-closed-1366")
        phone.goto(alert_url)
        screenshotter(phone, screenshot_dir, "feedback-alerts")("05-closed-360")

        lead.goto(server.url("/meetings"))
        expect(lead.locator("a[href^='/feedback-alerts/']")).to_have_count(0)
    finally:
        staff.close()
        her_phone.close()
        lead_phone.close()
