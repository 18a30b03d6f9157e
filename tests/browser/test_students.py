"""The student list and profile in a real browser, on the demo school, phone and desktop."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import screenshotter, sign_in

PASSWORD = "Calm-Harbour-Lantern-42"

VIEWPORTS = [
    pytest.param("phone", 360, 740, id="phone-360x740"),
    pytest.param("desktop", 1280, 900, id="desktop-1280x900"),
]


@pytest.mark.parametrize("label,width,height", VIEWPORTS)
def test_find_a_student(browser, start_server, screenshot_dir, label, width, height):
    server = start_server(
        f"students-{label}",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD},
        commands=[["demo", "--students", "150"]],
    )
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    page = context.new_page()

    shot = screenshotter(page, screenshot_dir, f"students-{label}")

    try:
        sign_in(page, server, "head@larkfield.example", PASSWORD)
        expect(page).to_have_url(re.compile(re.escape(server.base_url) + "/$"))

        page.get_by_role("link", name="Students", exact=True).first.click()
        expect(page.locator("h1")).to_have_text("Students")
        expect(page.locator(".result-count")).to_contain_text("150 students")
        shot("01-list")

        # Search for the first student's family name, typed without accents or capitals.
        first = page.locator("main table a").first
        family = first.inner_text().split(",")[0]
        plain = family.lower().translate(str.maketrans("áéíóúñçäöüåłś", "aeiounçaouals"))
        page.fill("#q", plain)
        page.locator("form[role=search] button[type=submit]").click()
        expect(page.locator("main table a").first).to_contain_text(family)
        shot("02-search")

        page.locator("main table a").first.click()
        expect(page.locator("h2", has_text="Family and trusted adults")).to_be_visible()
        expect(page.locator(".card").first).to_be_visible()
        expect(page.get_by_text("Parental responsibility").first).to_be_visible()
        shot("03-profile")

        # The look at the profile is in the audit log.
        page.get_by_role("link", name="Audit log").first.click()
        expect(page.get_by_text("Opened a student's profile").first).to_be_visible()
        shot("04-audit")
    finally:
        context.close()


@pytest.mark.parametrize("label,width,height", VIEWPORTS)
def test_add_a_student_and_their_circle(browser, start_server, screenshot_dir, label, width, height):
    """A leader adds a student by hand, then a parent, a member of staff and an agency."""
    server = start_server(
        f"circle-{label}",
        extra_env={"ROUNDTABLE_DEMO_PASSWORD": PASSWORD},
        commands=[["demo", "--students", "40"]],
    )
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(15_000)
    page = context.new_page()

    shot = screenshotter(page, screenshot_dir, f"circle-{label}")

    try:
        sign_in(page, server, "head@larkfield.example", PASSWORD)
        page.get_by_role("link", name="Students", exact=True).first.click()
        page.get_by_role("link", name="Add a student").click()

        # A mistake first: the form comes back with a message and what was typed.
        page.fill("#given_name", "Noor")
        page.fill("#family_name", "Al-Amin")
        page.fill("#year_group", "seven")
        page.locator("main button[type=submit]").click()
        expect(page.locator(".error-summary")).to_contain_text("Enter the year group as a number")
        expect(page.locator("#family_name")).to_have_value("Al-Amin")
        shot("01-student-error")
        page.fill("#year_group", "7")
        page.select_option("#main_language", "ar")
        page.check("#special_needs")
        page.locator("main button[type=submit]").click()
        expect(page.locator("h1")).to_have_text("Noor Al-Amin")
        expect(page.locator(".notice")).to_contain_text("The student has been added")

        page.get_by_role("link", name="Add someone to Noor's family").click()
        page.fill("#given_name", "Huda")
        page.fill("#family_name", "Al-Amin")
        page.select_option("#relationship", "mother")
        page.locator("label[for=parental_responsibility-0]").click()
        page.locator("label[for=lives_with-0]").click()
        page.select_option("#preferred_language", "ar")
        page.fill("#email", "huda@mail.example")
        shot("02-family-filled")
        page.locator("main form[method=post] button[type=submit]").last.click()
        expect(page.locator(".card", has_text="Huda Al-Amin")).to_contain_text("Parental responsibility")

        page.get_by_role("link", name="Link a member of staff").click()
        page.locator("main ul button[type=submit]").first.click()
        expect(page.locator(".notice")).to_contain_text("Linked")

        page.get_by_role("link", name="Add an agency").click()
        page.fill("#agency", "Children's mental health service")
        page.fill("#name", "Dr Ruth Okafor")
        page.fill("#email", "ruth.okafor@health.example")
        page.fill("#consent_from", "Huda Al-Amin (mother)")
        page.fill("#consent_date", "2026-11-02")
        page.locator("main button[type=submit]").click()
        expect(page.locator(".card", has_text="Dr Ruth Okafor")).to_contain_text("Given by Huda Al-Amin (mother)")
        shot("03-profile-with-circle")
    finally:
        context.close()
