"""How the meeting felt (issue 14), as the people asked would answer. The head of year runs the
demo's showcase meeting and closes it; the mother, who reads Arabic, answers on a 360 px phone with
JavaScript off: her page invites her, the 0 to 10 choices are large enough to tap and run right to
left, and after sending she reads her thanks at the top with the day until which she may change
it. The student answers with the five faces. Screenshots at 360 px and on a desktop; the questions
are axe-clean and under 60 KB in every language."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import answer_loose_ends, plan_and_share, screenshotter, sign_in
from test_family_page import new_link

PASSWORD = "Calm-Harbour-Lantern-42"


def scale_boxes(page) -> tuple[int, float]:
    """The smallest number box's width and height on the 0 to 10 scale."""
    return page.evaluate(
        """() => {
            const boxes = [...document.querySelectorAll('.scale__label')].map(e => e.getBoundingClientRect());
            return [Math.min(...boxes.map(b => b.width)), Math.min(...boxes.map(b => b.height))];
        }"""
    )


def test_parent_and_student_say_how_the_meeting_felt(browser, start_server, screenshot_dir):
    server = start_server(
        "feedback",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    staff = browser.new_context(viewport={"width": 1366, "height": 900})
    staff.set_default_timeout(15_000)
    lead = staff.new_page()
    # The mother's phone, with JavaScript switched off: every step works without it.
    her_phone = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    her_phone.set_default_timeout(15_000)
    child_phone = browser.new_context(viewport={"width": 360, "height": 740})
    child_phone.set_default_timeout(15_000)
    try:
        sign_in(lead, server, "year7@larkfield.example", PASSWORD)
        meeting_url, _ = plan_and_share(lead, server)
        _, mother_link = new_link(lead, meeting_url, "mother")

        # Before the meeting: no questions yet.
        parent = her_phone.new_page()
        parent.goto(mother_link)
        assert parent.evaluate("document.documentElement.dir") == "rtl"
        expect(parent.locator("#feedback")).to_have_count(0)
        assert parent.goto(mother_link + "/feedback").status == 404

        # The lead runs the meeting and closes it.
        lead.goto(meeting_url + "/run")
        lead.get_by_role("button", name="Start the meeting").click()
        answer_loose_ends(lead)
        lead.locator("label[for=confirm_close]").click()
        lead.get_by_role("button", name="Close the meeting").click()
        expect(lead.locator("h1")).to_have_text("Record of the meeting")

        # Her page now asks her; she answers in Arabic, on the phone, without JavaScript.
        shot = screenshotter(parent, screenshot_dir, "feedback")
        parent.goto(mother_link)
        invite = parent.locator("section", has=parent.locator("#feedback"))
        expect(invite).to_contain_text("كيف كان الاجتماع بالنسبة لكم؟")
        invite.scroll_into_view_if_needed()
        shot("01-parent-invite-ar-360")
        invite.get_by_role("link", name="الإجابة عن الأسئلة").click()
        expect(parent.locator("h1")).to_have_text("كيف كان الاجتماع بالنسبة لكم؟")
        assert parent.evaluate("document.documentElement.dir") == "rtl"
        width, height = scale_boxes(parent)
        assert width >= 44 and height >= 44, f"a number is {width}×{height} px"
        # Right to left: 0 is on the right, 10 on the left.
        zero = parent.locator("label[for=q_cared-0]").bounding_box()
        ten = parent.locator("label[for=q_cared-10]").bounding_box()
        assert zero["x"] > ten["x"] or zero["y"] < ten["y"], "0 starts the row on the right"
        assert len(parent.content().encode()) < 60_000, "the page weighs under 60 KB"
        shot("02-parent-questions-ar-360")
        answers = {"q_cared": 8, "q_clear": 9, "q_kept": 7, "q_strengths": 8, "q_respectful": 9,
                   "q_listened": 4, "q_spoke_freely": 6, "q_equal_partner": 7}
        for question, value in answers.items():
            parent.locator(f"label[for={question}-{value}]").click()
        parent.fill("#better", "اجتماع أقصر قليلًا، من فضلكم.")
        parent.get_by_role("button", name="إرسال إجاباتي").click()
        status = parent.locator("#feedback-status")
        expect(status).to_contain_text("شكرًا لكم. تم حفظ إجاباتكم.")
        expect(parent.locator("#q_listened-4")).to_be_checked()
        shot("03-parent-saved-ar-360")

        # The student answers with the faces, from the link the lead hands over.
        _, student_link = new_link(lead, meeting_url, "student")
        child = child_phone.new_page()
        child_shot = screenshotter(child, screenshot_dir, "feedback")
        child.goto(student_link)
        child.locator("#feedback ~ p a").click()
        expect(child.locator("h1")).to_have_text("How was the meeting for you?")
        rows = child.evaluate(
            "() => new Set([...document.querySelectorAll('#q_listened .face__label')]"
            ".map(e => Math.round(e.getBoundingClientRect().top))).size")
        assert rows == 1, "five faces on one line at 360 px"
        child_shot("04-student-faces-360")
        for question, face in {"q_listened": 5, "q_spoke_freely": 4, "q_respectful": 5, "q_clear": 2}.items():
            child.locator(f"label[for={question}-{face}]").click()
        child.fill("#better", "More time to talk")
        child.get_by_role("button", name="Send").click()
        expect(child.locator("#feedback-status")).to_contain_text("Thank you!")
        child_shot("05-student-saved-360")

        # Her answers again on a desktop (a browser of her own): saved, hers to change for a week.
        desk = browser.new_context(viewport={"width": 1366, "height": 900})
        desk.set_default_timeout(15_000)
        home = desk.new_page()
        home.goto(mother_link + "/feedback")
        expect(home.locator("#feedback-status")).to_contain_text("يمكنكم تغيير إجاباتكم حتى")
        expect(home.locator("#q_listened-4")).to_be_checked()
        screenshotter(home, screenshot_dir, "feedback")("06-parent-answers-ar-1366")
        # Every language of the questions, and the student's faces: axe-clean and light.
        for language in ("en", "es", "fr", "ar", "zh-Hans"):
            home.goto(f"{mother_link}?language={language}")  # the link keeps the language chosen
            home.goto(f"{mother_link}/feedback")
            assert home.evaluate("document.documentElement.lang") == language
            assert len(home.content().encode()) < 60_000, f"{language}: the page weighs under 60 KB"
            serious = [
                f"{v['id']}: {v['help']}"
                for v in Axe().run(home).response["violations"]
                if v["impact"] in ("serious", "critical")
            ]
            assert not serious, f"{language}: {serious}"
        home.goto(f"{student_link}/feedback")
        serious = [v["id"] for v in Axe().run(home).response["violations"] if v["impact"] in ("serious", "critical")]
        assert not serious, f"the student's questions: {serious}"
        desk.close()
    finally:
        staff.close()
        her_phone.close()
        child_phone.close()
