"""The meeting page as a task list (issue 13), as a head of year meets it.

The demo's upcoming wellbeing check-in opens with who, why, when and where, then what the family
and the student said, then each part of planning with its state in words. Two parts open their
own pages and lead back. The whole page is no taller than 1,600 px at 1366 px wide, and reads in
one column at 360 px. Screenshots at both widths.
"""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"
STATES = {"Not started", "In progress", "Completed", "Cannot start yet", "Needs attention"}


def test_meeting_page_is_a_task_list(browser, start_server, screenshot_dir):
    server = start_server(
        "task-list",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD, "ROUNDTABLE_TIME_ZONE": "Europe/London"},
        commands=[["demo", "--students", "40"]],
    )
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    shot = screenshotter(page, screenshot_dir, "task-list")
    try:
        sign_in(page, server, "year7@larkfield.example", PASSWORD)
        page.goto(server.url("/meetings"))
        page.locator("main a", has_text="Wellbeing check-in").first.click()
        meeting_url = page.url.split("?")[0].split("#")[0]
        heading = page.locator("h1").inner_text()
        assert heading.startswith("Wellbeing check-in")

        # Who, why, when and where first; then the family's and the student's words, before the tasks.
        main = page.locator("main")
        expect(main.locator(".summary-list")).to_contain_text("Why we are meeting")
        expect(main.locator(".summary-list")).to_contain_text("When")
        expect(main.get_by_role("link", name="Run the meeting")).to_be_visible()
        words = main.locator("#words")
        expect(words).to_have_text("What the family and the student said")
        tasks = main.locator("ol.task-list > li")
        order = page.evaluate(
            "() => [document.querySelector('#words'), document.querySelector('#tasks')]"
            ".map(e => e.getBoundingClientRect().top)"
        )
        assert order[0] < order[1], "the family's words come before the task list"

        # Each part with its state in words (not colour alone), and a link to its own page.
        states = {}
        for index in range(tasks.count()):
            row = tasks.nth(index)
            name = row.locator("a").inner_text().strip()
            state = row.locator(".tag").inner_text().strip()
            assert state in STATES, f"{name}: {state}"
            states[name] = state
        assert list(states)[:3] == ["Purpose, time and format", "Who is coming", "Agenda"]
        assert states["Share with participants"] == "Completed", states
        assert states["Agenda"] == "Completed", states
        assert states["Purpose, time and format"] == "Completed", states
        assert "Your private reflection" in states
        # Nothing in the demo's ready meeting is left undone but the reflection.
        assert states["Preparation"] == "Completed", states

        shot("01-meeting-1366")
        height = page.evaluate("() => document.documentElement.scrollHeight")
        assert height <= 1600, f"the meeting page is {height} px tall at 1366 px wide"

        # Two parts, each on its own page, and back.
        tasks.locator("a", has_text="Agenda").click()
        expect(page.locator("h1")).to_have_text("Agenda")
        expect(page.locator("ol.agenda > li").first).to_be_visible()
        shot("02-agenda-1366")
        page.get_by_role("link", name="Back to the meeting").click()
        expect(page.locator("h1")).to_have_text(heading)

        tasks.locator("a", has_text="Who is coming").click()
        expect(page.locator("h1")).to_have_text("Who is coming")
        expect(page.locator("main")).to_contain_text("Who has been reached")
        shot("03-people-1366")
        page.go_back()
        expect(page.locator("h1")).to_have_text(heading)

        # The private reflection has its own page, and saving it returns to the task list.
        tasks.locator("a", has_text="Your private reflection").click()
        expect(page.locator("h1")).to_have_text("Your private reflection")
        page.fill("#text", "I expect this to go well; I should check that is not just hope.")
        page.get_by_role("button", name="Save reflection").click()
        expect(page.locator("h1")).to_have_text(heading)
        expect(page.locator("#task-reflection .tag")).to_have_text("Completed")
        assert page.url.split("?")[0].split("#")[0] == meeting_url

        page.set_viewport_size({"width": 360, "height": 780})
        narrow = page.evaluate("() => document.documentElement.scrollWidth")
        assert narrow <= 360, f"the page scrolls sideways at 360 px ({narrow})"
        shot("04-meeting-360")
    finally:
        context.close()
