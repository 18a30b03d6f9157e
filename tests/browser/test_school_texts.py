"""The school's own texts per language: staff write the purpose and one agenda item in Arabic
(with the English beside each field) and one item in words for the student; an Arabic parent on
a 360 px phone reads them, and is told in Arabic which parts the school wrote in English; the
student reads the words written for them."""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import plan_and_share, screenshotter, sign_in
from test_family_page import new_link

PASSWORD = "Calm-Harbour-Lantern-42"
PURPOSE = "نلتقي لنفهم معًا ما يحدث في أوقات الغداء ونتفق على طريقة لمساعدة طفلكم."
ITEM = "نقاط القوة وما سار على ما يرام"
CHILD = "What is going well for you"
IN_ENGLISH = "كتبت المدرسة هذا الجزء باللغة الإنجليزية."
SOME_IN_ENGLISH = "كتبت المدرسة بعض هذه البنود باللغة الإنجليزية."


def test_school_texts(browser, start_server, screenshot_dir):
    server = start_server(
        "texts",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    staff = browser.new_context(viewport={"width": 1366, "height": 900})
    staff.set_default_timeout(15_000)
    lead = staff.new_page()
    phone = browser.new_context(viewport={"width": 360, "height": 740})
    phone.set_default_timeout(15_000)
    reader = phone.new_page()
    staff_shot = screenshotter(lead, screenshot_dir, "texts")
    phone_shot = screenshotter(reader, screenshot_dir, "texts")
    try:
        sign_in(lead, server, "year7@larkfield.example", PASSWORD)
        meeting_url, _ = plan_and_share(lead, server)

        # From the invitation letter to the texts, then the Arabic tab.
        lead.goto(meeting_url + "/invitation")
        lead.get_by_role("link", name="Texts in other languages").click()
        expect(lead.locator("h1")).to_have_text("Texts in other languages")
        lead.locator("nav.tabs").get_by_role("link", name="Arabic").click()
        english_purpose = lead.locator("#purpose-english").inner_text()
        assert english_purpose.startswith("In English:"), english_purpose
        lead.fill("#purpose", PURPOSE)
        lead.locator("textarea[name^='agenda-']").first.fill(ITEM)
        lead.get_by_role("button", name="Save these texts").click()
        expect(lead.locator(".notice")).to_contain_text("Saved.")
        expect(lead.locator("#purpose")).to_have_value(PURPOSE)
        assert lead.locator("#purpose").get_attribute("dir") == "rtl"
        staff_shot("01-arabic-1366")

        # In English: the first item in words for the student.
        lead.locator("nav.tabs").get_by_role("link", name="English").click()
        lead.locator("textarea[name^='agenda_child-']").first.fill(CHILD)
        lead.get_by_role("button", name="Save these texts").click()
        expect(lead.locator(".notice")).to_contain_text("Saved.")
        staff_shot("02-english-1366")

        # The father reads Arabic on his phone.
        _, link = new_link(lead, meeting_url, "father")
        reader.goto(f"{link}?language=ar")
        assert reader.evaluate("document.documentElement.dir") == "rtl"
        purpose = reader.locator("main p.purpose[lang=ar]", has_text=PURPOSE)
        expect(purpose).to_be_visible()
        first = reader.locator("#agenda ~ ol li").first
        expect(first).to_contain_text(ITEM)
        assert first.locator("span[lang=ar]").count() == 1
        # The rest of the agenda, and the letter, are the school's English, with a note in Arabic.
        expect(reader.locator("#agenda ~ ol li").nth(1).locator("span[lang=en]")).to_have_count(1)
        expect(reader.locator("main")).to_contain_text(SOME_IN_ENGLISH)
        expect(reader.locator("main")).to_contain_text(IN_ENGLISH)
        assert CHILD not in reader.locator("main").inner_text()
        phone_shot("03-parent-360-ar")
        reader.locator("#agenda").scroll_into_view_if_needed()
        reader.screenshot(path=str(screenshot_dir / "texts-04-parent-agenda-360-ar.png"))

        # The student's page shows the words written for them instead of the title.
        _, student_link = new_link(lead, meeting_url, "student")
        reader.goto(f"{student_link}?language=en")
        expect(reader.locator("#agenda ~ ol li").first).to_contain_text(CHILD)
        phone_shot("05-student-360-en")
    finally:
        staff.close()
        phone.close()
