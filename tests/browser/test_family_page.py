"""The family's own page: an Arabic-reading father on a 360 px phone, with two children at the
school (the demo's showcase family: a Year 7 child and an older one in Year 11), goes from his
meeting's link to the page with all his meetings and requests, sees both children, and asks for
a meeting about the older one. The head of school finds the request filed under that child."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from conftest import plan_and_share, screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"


def new_link(page, meeting_url: str, role: str) -> tuple[str, str]:
    """'Copy their link' on the page of who is coming, for the participant whose row names `role`;
    returns their name and the link the page shows once, as the lead would pass it on."""
    page.goto(meeting_url + "/people")
    row = page.locator("#delivery ~ ul").first.locator("li", has_text=f", {role}")
    row.get_by_role("button", name="Copy their link").first.click()
    expect(page.locator("h1")).to_contain_text("A new link for")
    name = page.locator("h1").inner_text().split("A new link for", 1)[1].strip()
    link = page.locator("#handed-link").input_value().strip()
    return name, link


def small_targets(page) -> list[str]:
    """Links, buttons and choices on the page shorter than 44 px (text links inside sentences aside)."""
    return page.evaluate(
        """() => [...document.querySelectorAll('main a.family-tap, main button, main .radio__label')]
        .filter(e => e.getBoundingClientRect().height < 44)
        .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 30) + ' ' + e.getBoundingClientRect().height)"""
    )


def test_family_page(browser, start_server, screenshot_dir):
    server = start_server(
        "family",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    staff = browser.new_context(viewport={"width": 1366, "height": 900})
    staff.set_default_timeout(15_000)
    lead = staff.new_page()
    phone = browser.new_context(viewport={"width": 360, "height": 740})
    phone.set_default_timeout(15_000)
    father_page = phone.new_page()
    shot = screenshotter(father_page, screenshot_dir, "family")
    try:
        sign_in(lead, server, "year7@larkfield.example", PASSWORD)
        meeting_url, younger = plan_and_share(lead, server)
        # The father reads Arabic; the lead passes his link on by hand.
        _, link = new_link(lead, meeting_url, "father")

        father_page.goto(f"{link}?language=ar")
        father_page.get_by_role("link", name="كل اجتماعاتكم وطلباتكم، لجميع أطفالكم").click()
        expect(father_page.locator("h1")).to_have_text("اجتماعاتكم مع المدرسة")
        assert father_page.evaluate("document.documentElement.dir") == "rtl"
        assert father_page.evaluate("document.documentElement.lang") == "ar"
        assert "/family" in father_page.url and younger not in father_page.url
        children = father_page.locator("main ul.list").first.locator("li")
        expect(children).to_have_count(2)
        expect(children.nth(0)).to_contain_text("الصف 7")
        expect(children.nth(0)).to_contain_text(younger)
        expect(children.nth(1)).to_contain_text("الصف 11")
        older = children.nth(1).locator("bdi").inner_text().strip()
        assert older and older != younger
        # The meeting he came from is listed, with no reply yet.
        expect(father_page.locator(".family-item").first).to_contain_text(younger)
        expect(father_page.locator(".family-item").first).to_contain_text("لم تردّوا بعد.")
        assert not small_targets(father_page), small_targets(father_page)
        violations = [
            v for v in Axe().run(father_page).response["violations"] if v["impact"] in ("serious", "critical")
        ]
        assert not violations, "; ".join(f"{v['id']}: {v['help']}" for v in violations)
        shot("01-family-page-360-ar")

        # He asks for a meeting about the older child.
        form = father_page.locator("form[action$='/family/request']")
        form.locator("label", has_text=older).click()
        father_page.fill("#request_topic", "امتحانات هذا العام")
        form.locator("button[type=submit]").click()
        notice = father_page.locator(".notice").first
        expect(notice).to_contain_text("تم إرسال طلبكم إلى المدرسة")
        # The thank-you is where he is looking: at the top, on the first screen of the phone.
        assert notice.bounding_box()["y"] < 740
        expect(father_page.locator("#requests ~ ul .family-item").first).to_contain_text(older)
        expect(father_page.locator("#requests ~ ul .family-item").first).to_contain_text("بانتظار رد المدرسة.")
        shot("02-request-sent-360-ar")

        # The same page on a computer, as the father sees it (no staff session in this browser).
        desktop = browser.new_context(viewport={"width": 1366, "height": 900})
        wide = desktop.new_page()
        wide.goto(father_page.url)
        screenshotter(wide, screenshot_dir, "family")("03-family-page-1366-ar")
        desktop.close()

        # As staff: the request is filed under the older child, not the Year 7 one.
        head = browser.new_context(viewport={"width": 1366, "height": 900})
        head.set_default_timeout(15_000)
        leader = head.new_page()
        sign_in(leader, server, "head@larkfield.example", PASSWORD)
        leader.goto(server.url("/requests"))
        expect(leader.locator("main")).to_contain_text(f"asks to meet about {older}")
        expect(leader.locator("main")).not_to_contain_text(f"asks to meet about {younger}")
        expect(leader.locator("main")).to_contain_text("امتحانات هذا العام")
        leader.screenshot(path=str(screenshot_dir / "family-04-staff-requests.png"), full_page=True)
        head.close()
    finally:
        phone.close()
        staff.close()
