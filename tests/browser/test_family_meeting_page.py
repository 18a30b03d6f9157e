"""The family's meeting page on a phone: the demo's Arabic-reading father opens his link at
360 px. Why, when, where and the reply are on the first screen; the rest sits in headed
sections behind a short contents list. He replies (coming, with an interpreter) and the
thank-you is on the first screen where he lands, with what he said; the page is axe-clean
and much shorter than the eight phone screens it used to be."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import plan_and_share, screenshotter, sign_in
from test_family_page import new_link, small_targets

PASSWORD = "Calm-Harbour-Lantern-42"
PHONE = {"width": 360, "height": 740}


def serious(page) -> list[str]:
    return [
        f"{v['id']}: {v['help']}"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def top_of(page, selector: str) -> float:
    """Where the element starts, from the top of the screen as it is scrolled now."""
    return page.locator(selector).first.evaluate("e => e.getBoundingClientRect().top")


def test_family_meeting_page(browser, start_server, screenshot_dir):
    server = start_server(
        "family-meeting",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    staff = browser.new_context(viewport={"width": 1366, "height": 900})
    staff.set_default_timeout(15_000)
    lead = staff.new_page()
    phone = browser.new_context(viewport=PHONE)
    phone.set_default_timeout(15_000)
    father = phone.new_page()
    shot = screenshotter(father, screenshot_dir, "family-meeting")
    try:
        sign_in(lead, server, "year7@larkfield.example", PASSWORD)
        meeting_url, _ = plan_and_share(lead, server)
        _, link = new_link(lead, meeting_url, "father")

        father.goto(f"{link}?language=ar")
        assert father.evaluate("document.documentElement.dir") == "rtl"
        # The first screen: why, when, where, and the start of the reply.
        for selector in ["main p.purpose", "main .summary-list", "#reply", "label[for=attendance-0]"]:
            assert top_of(father, selector) < PHONE["height"], selector
        # The date is one isolated unit, its digits left to right.
        expect(father.locator(".summary-list__value bdi bdi[dir=ltr]").first).to_have_text("4")
        # The rest sits in headed sections, reached from a short contents list.
        contents = father.locator("nav.contents-list a")
        expect(contents.first).to_have_text("رسالة المدرسة")
        for section in ["letter", "people", "agenda", "voice", "request"]:
            expect(father.locator(f"nav.contents-list a[href='#{section}']")).to_have_count(1)
            expect(father.locator(f"h2#{section}")).to_have_count(1)
        height_before = father.evaluate("document.documentElement.scrollHeight")
        # It was 6,480 px (almost nine screens) before the reply led and the optional forms folded away.
        assert height_before < 5_000, f"the page is {height_before} px tall"
        assert not small_targets(father), small_targets(father)
        assert not serious(father), serious(father)
        shot("01-first-visit-360-ar")

        # He replies: coming, with an interpreter in Arabic (already known to the school).
        father.locator("label[for=attendance-0]").click()
        expect(father.locator("#wants_interpreter-1")).to_be_checked()
        father.locator("#reply ~ form").first.locator("button[type=submit]").click()
        banner = father.locator("#reply-saved")
        expect(banner).to_contain_text("تم حفظ ردكم")
        assert father.url.endswith("#reply-saved")
        # The thank-you is on the screen he lands on, with what he said right after it.
        box = banner.bounding_box()
        assert box and -1 <= box["y"] and box["y"] + box["height"] <= PHONE["height"], box  # sub-pixel scroll
        said = father.locator("#your-reply")
        expect(said).to_contain_text("نعم، سأحضر")
        said_box = said.bounding_box()
        assert said_box and said_box["y"] + said_box["height"] <= PHONE["height"], said_box
        # The form now waits behind "Change your reply".
        expect(father.locator("#reply ~ details > summary").first).to_have_text("تغيير الرد")
        expect(father.locator("label[for=attendance-0]")).not_to_be_visible()
        height_after = father.evaluate("document.documentElement.scrollHeight")
        assert height_after < height_before - 500, (height_before, height_after)
        assert not serious(father), serious(father)
        father.screenshot(path=str(screenshot_dir / "family-meeting-02-replied-360-ar-screen.png"))
        shot("03-replied-360-ar")
        print(f"family meeting page at 360 px, Arabic: {height_before} px before replying, {height_after} after")

        # On a computer, as he sees it.
        desktop = browser.new_context(viewport={"width": 1366, "height": 900})
        wide = desktop.new_page()
        wide.goto(f"{link}?language=ar")
        expect(wide.locator("#your-reply")).to_be_visible()
        screenshotter(wide, screenshot_dir, "family-meeting")("04-replied-1366-ar")
        desktop.close()
    finally:
        phone.close()
        staff.close()
