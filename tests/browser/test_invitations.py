"""Inviting for real: a head of year writes the invitation, fixes what the check flags and shares
the meeting. A real SMTP server (aiosmtpd, with STARTTLS) receives one email per parent; a real
iCalendar parser reads the attached files, before and after the time changes."""

from __future__ import annotations

from datetime import datetime, timezone

import icalendar
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import open_showcase_student, plan_behaviour_meeting, screenshotter, sign_in, wait_for_mail

PASSWORD = "Calm-Harbour-Lantern-42"


def calendar_of(message) -> icalendar.Calendar:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return icalendar.Calendar.from_ical(part.get_payload(decode=True))
    pytest.fail("no calendar file attached")


def test_invite_and_share(browser, start_server, screenshot_dir, smtp_server):
    server = start_server(
        "invitations",
        extra_env={
            "ROUNDTABLE_DEMO_PASSWORD": PASSWORD,
            "ROUNDTABLE_TIME_ZONE": "Europe/London",
            # "localhost" so the certificate's name can be checked; STARTTLS, our own CA file.
            "SMTP_URL": f"smtp://localhost:{smtp_server['port']}",
            "SMTP_CA_FILE": str(smtp_server["cert"]),
            "SMTP_FROM": "Larkfield Community School <meetings@larkfield.example>",
        },
        commands=[["demo", "--students", "40"]],
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()

    shot = screenshotter(page, screenshot_dir, "invitations")

    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)
        # The demo's first family (see DemoSchool): separated parents, the father needs Arabic.
        page.goto(server.url("/students?year=7"))
        first_name = open_showcase_student(page)
        meeting_url = plan_behaviour_meeting(page)

        # A vague invitation first: the check says what a parent would still wonder.
        page.goto(meeting_url + "/invitation")
        page.fill("#body", f"We would like to discuss progress with you. Please come in.")
        page.locator("main button[type=submit]").click()
        expect(page.locator(".check-list")).to_contain_text("The purpose is vague")
        shot("01-check-flags")
        page.fill(
            "#body",
            f"{first_name} has had some difficult moments at lunchtime this month, and we are a little worried. "
            "We would like to meet soon to understand together what is behind them and agree how to help. "
            "The meeting is on Tuesday 4 March at 3:30pm in the family room, next to reception, for about 40 minutes. "
            "Fiona Lindqvist, head of year, will be there, with an Arabic interpreter. "
            "Before the meeting, you might like to think about what helps at home. We want to hear your view."
            # The check asks who the letter is from: a sign-off with a name answers it.
            "\n\nBest wishes,\nFiona Lindqvist, head of year",
        )
        page.locator("main button[type=submit]").click()
        expect(page.get_by_text("Nothing. The invitation answers what families usually ask.")).to_be_visible()
        shot("02-check-clear")

        page.get_by_role("link", name="Next: share the meeting").click()
        page.get_by_role("button", name="Share with everyone").click()
        expect(page.locator("h1")).to_have_text("The meeting is shared")
        shot("03-shared")
        # The student has no email: their link is shown to pass on.
        student_link = page.locator(".link-text").first.inner_text().strip()

        # Both parents have parental responsibility and email addresses; the head of year too.
        messages = wait_for_mail(smtp_server["maildir"], 3)
        parents = [m for m in messages if "larkfield.example" not in m["To"]]
        assert len(parents) == 2, [m["To"] for m in messages]
        for message in parents:
            # Each parent reads the email in their own language (the father: Arabic).
            assert str(message["Subject"]).strip() in ("An invitation from Larkfield Community School",
                                          "دعوة من Larkfield Community School"), message["Subject"]
            body = message.get_body(preferencelist=("plain",)).get_content()
            assert first_name not in body and "lunchtime" not in body, "the email must stay neutral"
            assert "/p/" in body
            cal = calendar_of(message)
            assert cal["METHOD"] == "REQUEST"
            event = cal.walk("VEVENT")[0]
            assert int(event["SEQUENCE"]) == 0
            assert event["SUMMARY"] == "Meeting at Larkfield Community School"
            assert event["DTSTART"].dt == datetime(2031, 3, 4, 15, 30, tzinfo=timezone.utc)
            assert event["LOCATION"] == "Family room"
            uid = event["UID"]

        # The personal link opens the invitation, without an account, on a phone, in every
        # language: no serious accessibility problem, and light enough for a slow connection.
        link = next(line for line in parents[0].get_body(preferencelist=("plain",)).get_content().splitlines() if "/p/" in line).strip()
        visitor = browser.new_context(viewport={"width": 360, "height": 740})
        family_page = visitor.new_page()
        axe = Axe()
        for language in ["en", "es", "fr", "ar", "zh-Hans"]:
            family_page.goto(f"{link}?language={language}")
            css = family_page.evaluate("document.querySelector('link[rel=stylesheet]').href")
            weight = len(family_page.request.get(f"{link}?language={language}").body()) + len(
                family_page.request.get(css).body()
            )
            assert weight < 60_000, f"{language}: the page weighs {weight} bytes"
            expect(family_page.get_by_text("difficult moments at lunchtime")).to_be_visible()
            assert family_page.evaluate("document.documentElement.lang") == language
            if language == "ar":
                assert family_page.evaluate("document.documentElement.dir") == "rtl"
            widths = family_page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
            assert widths[0] <= widths[1], f"{language}: scrolls sideways {widths}"
            violations = [
                v for v in axe.run(family_page).response["violations"] if v["impact"] in ("serious", "critical")
            ]
            assert not violations, f"{language}: " + "; ".join(f"{v['id']}: {v['help']}" for v in violations)
            family_page.screenshot(path=str(screenshot_dir / f"invitations-04-family-page-phone-{language}.png"), full_page=True)
        # Reply in Arabic: coming, with an interpreter.
        family_page.goto(f"{link}?language=ar")
        family_page.locator("label[for=attendance-0]").click()
        family_page.locator("label[for=wants_interpreter-1]").click()
        family_page.select_option("#interpreter_language", "ar")
        family_page.locator("#reply ~ form").first.locator("button[type=submit]").click()
        expect(family_page.get_by_text("تم حفظ ردكم")).to_be_visible()
        family_page.screenshot(path=str(screenshot_dir / "invitations-05-replied-ar.png"), full_page=True)
        # Add "homework at home" to the agenda, and say what worries them.
        family_page.fill("#topic", "Homework at home")
        family_page.locator("form[action$='/agenda'] button[type=submit]").click()
        expect(family_page.get_by_text("Homework at home")).to_be_visible()
        # Their thoughts wait behind "Write your thoughts" until something is written.
        family_page.locator("#voice ~ details > summary").first.click()
        family_page.fill("#worries", "He comes home upset after lunch.")
        family_page.locator("form[action$='/voice'] button[type=submit]").click()
        expect(family_page.locator("#worries")).to_have_value("He comes home upset after lunch.")
        family_page.screenshot(path=str(screenshot_dir / "invitations-06-voice-ar.png"), full_page=True)
        # The student's page is the child version: faces, short questions, large text; in every
        # language, and the kind page for a link that does not work, all axe-clean.
        for language in ["ar", "zh-Hans", "fr", "es", "en"]:
            family_page.goto(f"{student_link}?language={language}")
            expect(family_page.locator(".faces")).to_be_visible()
            violations = [v for v in axe.run(family_page).response["violations"] if v["impact"] in ("serious", "critical")]
            assert not violations, f"child page {language}: " + "; ".join(f"{v['id']}: {v['help']}" for v in violations)
        family_page.goto(link.rsplit("/", 1)[0] + "/not-a-real-link-0123456789")
        violations = [v for v in axe.run(family_page).response["violations"] if v["impact"] in ("serious", "critical")]
        assert not violations, "link gone page: " + "; ".join(f"{v['id']}: {v['help']}" for v in violations)
        family_page.goto(student_link)
        # Typing saves a draft by itself (voice.js); the words are there after a reload.
        family_page.locator("#going_well").press_sequentially("Art club", delay=20)
        expect(family_page.locator("[data-autosave-status]")).to_have_text("Saved as a draft.", timeout=10_000)
        family_page.reload()
        expect(family_page.locator("#going_well")).to_have_value("Art club")
        family_page.locator("label[for=face-4]").click()
        family_page.fill("#hopes", "A quiet place at lunch")
        family_page.locator("form[action$='/voice'] button[type=submit]").click()
        expect(family_page.locator("#face-4")).to_be_checked()
        family_page.screenshot(path=str(screenshot_dir / "invitations-07-child-version.png"), full_page=True)
        visitor.close()
        page.goto(meeting_url)
        expect(page.get_by_text("Asks for an interpreter: Arabic")).to_be_visible()
        expect(page.get_by_text("He comes home upset after lunch.")).to_be_visible()
        expect(page.get_by_text("A quiet place at lunch")).to_be_visible()
        shot("08-lead-sees-it-all")

        # A new time is a change too. Changes (this and the parent's agenda item) collect into
        # one email per person, sent when the lead says so; calendars replace the same event.
        page.goto(meeting_url + "/plan")
        page.fill("#start_time", "16:00")
        page.locator("main button[type=submit]").click()
        page.goto(meeting_url)
        expect(page.get_by_text("Changes not told yet.")).to_be_visible()
        shot("08b-changes-waiting")
        page.get_by_role("button", name="Tell everyone about these changes now").click()
        expect(page.get_by_text("One email with the changes is on its way to each person.")).to_be_visible()
        messages = wait_for_mail(smtp_server["maildir"], 6)
        # Each in its reader's language: English for staff, Arabic for the father.
        updates = [m for m in messages if int(calendar_of(m).walk("VEVENT")[0]["SEQUENCE"]) >= 1]
        assert len(updates) == 3, [str(m["Subject"]) for m in messages]
        # (Python's parser keeps the space that folds a long encoded subject; mail clients trim it.)
        assert {str(m["Subject"]).strip() for m in updates} <= {
            "A change to your meeting with Larkfield Community School",
            "تغيير في اجتماعكم مع Larkfield Community School",
        }, [str(m["Subject"]) for m in updates]
        moved = [m for m in updates if int(calendar_of(m).walk("VEVENT")[0]["SEQUENCE"]) == 1]
        assert len(moved) == 3
        for message in moved:
            event = calendar_of(message).walk("VEVENT")[0]
            assert event["UID"] == uid
            assert event["DTSTART"].dt == datetime(2031, 3, 4, 16, 0, tzinfo=timezone.utc)

        # Leaders read the outbox: what was sent is there, and the links in it are gone.
        page.locator("header button", has_text="Sign out").click()
        sign_in(page, server, "head@larkfield.example", PASSWORD)
        page.goto(server.url("/outbox"))
        expect(page.locator(".tag", has_text="Sent").first).to_be_visible()
        assert "/p/[sent]" in page.content()
        shot("09-outbox")
    finally:
        context.close()
