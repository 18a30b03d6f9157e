"""Sharing with no mail server, as a head of year would (issue 13).

Nothing can be emailed, so Roundtable must not say the invitations are on their way: the share
page and the meeting page say plainly that nothing was sent, and each person's state shows. The
head of year hands a parent's link over (copied), which opens in a fresh browser; handing it
over again (a letter to print) stops the copied link and the new one opens. Screenshots at 1366
and 360 px wide.
"""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import plan_and_share, screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"


def opens(browser, url: str) -> bool:
    """Whether a personal link opens its page, in a browser that has never seen it."""
    context = browser.new_context(viewport={"width": 360, "height": 780})
    try:
        response = context.new_page().goto(url)
        return response is not None and response.ok
    finally:
        context.close()


def test_share_without_mail_and_hand_over(browser, start_server, screenshot_dir):
    server = start_server(
        "delivery",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    shot = screenshotter(page, screenshot_dir, "delivery")
    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)
        meeting_url, _ = plan_and_share(page, server)
        expect(page.locator("main")).to_contain_text("Nothing has been sent: Roundtable has no mail server")
        expect(page.locator("main")).not_to_contain_text("on their way")
        shot("01-shared-1366")

        # The task list says who has not replied; how each was reached is on its own page.
        page.goto(meeting_url)
        expect(page.locator("#task-people .tag")).to_have_text("Needs attention")
        page.goto(meeting_url + "/people")
        delivery = page.locator("#delivery ~ ul").first
        expect(page.locator("main")).to_contain_text("Nothing can be sent by email.")
        expect(page.locator("main")).to_contain_text("Not replied yet:")
        waiting = delivery.locator("li", has_text="Not sent: no mail server")
        expect(waiting.first).to_be_visible()
        expect(delivery.locator("li", has_text="No email address").first).to_be_visible()
        page.locator("#delivery").scroll_into_view_if_needed()
        shot("02-meeting-1366")
        page.set_viewport_size({"width": 360, "height": 780})
        shot("03-meeting-360")
        page.set_viewport_size({"width": 1366, "height": 900})

        # A parent's link, copied.
        parent = waiting.first
        parent_name = parent.inner_text().split(",")[0].strip()
        parent.get_by_role("button", name="Copy their link").click()
        expect(page.locator("h1")).to_have_text(f"A new link for {parent_name}")
        copied = page.locator("#handed-link").input_value().strip()
        assert "/p/" in copied
        shot("04-copy-1366")
        page.set_viewport_size({"width": 360, "height": 780})
        shot("05-copy-360")
        page.set_viewport_size({"width": 1366, "height": 900})
        assert opens(browser, copied), "the copied link opens the parent's page"

        # The page of who is coming says so; handing over again (a letter) stops the copied link.
        page.goto(meeting_url + "/people")
        row = page.locator("#delivery ~ ul").first.locator("li", has_text=parent_name).first
        expect(row).to_contain_text("Link handed over")
        row.get_by_role("button", name="Print a letter").click()
        letter = page.locator(".letter-link").inner_text().strip()
        assert "/p/" in letter and letter != copied
        shot("06-letter-1366")
        page.set_viewport_size({"width": 360, "height": 780})
        shot("07-letter-360")
        assert opens(browser, letter), "the letter's link opens"
        assert not opens(browser, copied), "the copied link no longer opens"
    finally:
        context.close()
