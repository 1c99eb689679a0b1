"""The app in a real browser (Debian's chromium, headless, driven by Playwright): ask, open a source, upload, phone width.

Screenshots of each step go to CABINET_SCREENSHOTS (default: a pytest temporary folder, printed at the end).
"""

from __future__ import annotations

import os
import shutil
import urllib.request
from pathlib import Path

import pytest
from conftest import DEMO, needs_shared, shared
from playwright.sync_api import expect
from test_app import free_port

# `make test` installs chromium; CI must not pass by skipping, so only a machine outside CI may lack it.
needs_browser = pytest.mark.skipif(not shutil.which("chromium") and not os.environ.get("CI"), reason="Debian's chromium is not installed")
pytestmark = needs_browser
FAIRER = "Which activities support 'Fairer life chances'?"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app over a store of two demo PDFs (the business plan and the New Vision report), on a free port."""
    from conftest import fresh_settings

    import app
    from index.build import ingest_paths

    settings = fresh_settings(tmp_path_factory.mktemp("browser-data"))
    settings = settings.model_copy(update={"port": free_port()})
    report = ingest_paths([DEMO / "somerset-business-plan-2018-19.pdf", DEMO / "somerset-cabinet-2017-11-15-new-vision.pdf"], settings)
    assert not report.failed
    page = app.launch(settings, prevent_thread_lock=True)
    yield settings
    page.close()


@pytest.fixture(scope="module")
def url(served) -> str:
    return f"http://127.0.0.1:{served.port}/"


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("CABINET_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    print(f"\nscreenshots in {folder}")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync"]
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=flags)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, url):
    tab = browser.new_page(viewport={"width": 1366, "height": 900})
    tab.set_default_timeout(60_000)
    tab.goto(url)
    tab.wait_for_selector("#question textarea")
    yield tab
    tab.close()


def ask(page, question: str) -> None:
    """Type a question and press Enter (the keyboard path), then wait for the answer's own block of sources."""
    before = page.locator("#sources details.cabinet-turn").count()
    page.fill("#question textarea", question)
    page.press("#question textarea", "Enter")
    page.wait_for_function("n => document.querySelectorAll('#sources details.cabinet-turn').length > n", arg=before)


def marker(page, answer: int, n: int):
    """The [n] marker of the answer-th answer in the chat (1-based)."""
    return page.locator("#chat .bot-row").nth(answer - 1).locator(f"a[href^='#source-'][href$='-{n}']").first


def test_browser_answer_has_numbered_citations_that_open_their_page(page, shots, url):
    page.screenshot(path=str(shots / "1-empty-chat.png"))
    ask(page, FAIRER)
    # the count first, in the document's own kind of item, with what they stand under
    assert page.locator("#chat .bot-row").last.inner_text().strip().startswith("41 activities under Strategic Outcome Fairer life chances")
    page.locator("#chat .cabinet-more summary").first.click()  # a long list is capped until "Show all"
    answer = page.locator("#chat").inner_text()
    assert "Improve educational attainment of all vulnerable groups." in answer and "Priority 4" in answer
    link = marker(page, 1, 5)
    page.screenshot(path=str(shots / "2-answer.png"))

    target = link.get_attribute("href")[1:]
    link.click()
    source = page.locator(f"#{target}")
    page.wait_for_function(f"() => document.getElementById('{target}').open")
    assert "Improve educational attainment of all vulnerable groups." in source.locator("mark").first.inner_text()
    image = source.locator("img")
    image.wait_for()
    page.wait_for_function(f"() => document.querySelector('#{target} img').complete && document.querySelector('#{target} img').naturalWidth > 0")
    assert source.locator(".cabinet-mark").count() >= 1  # the quote boxed on the page image
    assert "page 7" in source.inner_text()
    page.screenshot(path=str(shots / "3-answer-and-source.png"))
    source.screenshot(path=str(shots / "3-source-open.png"))

    href = source.locator("a", has_text="Open the whole document").get_attribute("href")
    assert href.startswith("/api/files/") and href.endswith("#page=7")  # a neutral URL, not the file's path on the server
    with urllib.request.urlopen(url.rstrip("/") + href.split("#")[0]) as response:
        assert response.headers["content-type"] == "application/pdf" and response.read(5) == b"%PDF-"


def test_browser_a_source_a_marker_opened_stays_open_when_the_panel_is_drawn_again(page):
    """A late update of the sources panel (a slow server) redraws it closed; the source the reader opened stays open."""
    ask(page, FAIRER)
    link = marker(page, 1, 1)
    target = link.get_attribute("href")[1:]
    link.click()
    page.wait_for_function(f"() => document.getElementById('{target}').open")
    page.evaluate("() => { const box = document.getElementById('sources'); box.innerHTML = box.innerHTML.replaceAll(' open=\"\"', ''); }")
    page.wait_for_function(f"() => document.getElementById('{target}').open", timeout=5000)
    # An update that patches the same element in place (closing it, as a framework's redraw does) does not close it either.
    page.evaluate(f"() => document.getElementById('{target}').removeAttribute('open')")
    page.wait_for_timeout(200)  # its toggle event has fired
    page.evaluate(f"() => document.getElementById('{target}').parentElement.appendChild(document.createElement('i'))")
    page.wait_for_function(f"() => document.getElementById('{target}').open", timeout=5000)
    # The reader closing it is final, even when a redraw comes before the browser reports the close (a busy page).
    page.evaluate(
        f"() => {{ document.querySelector('#{target} > summary').click();"
        " const box = document.getElementById('sources'); box.innerHTML = box.innerHTML + ''; }"
    )
    page.wait_for_timeout(300)
    assert not page.evaluate(f"() => document.getElementById('{target}').open")
    # And a later redraw leaves it closed.
    page.evaluate("() => { const box = document.getElementById('sources'); box.innerHTML = box.innerHTML + ''; }")
    page.wait_for_timeout(300)
    assert not page.evaluate(f"() => document.getElementById('{target}').open")


def test_browser_upload_of_a_valid_file_then_a_question_about_it(page, shots, tmp_path):
    note = tmp_path / "allotments-report.txt"
    note.write_text("Allotments Review 2024\n\nThe council will create 40 new allotment plots at Westfield Park by March 2025.\n")
    page.get_by_role("tab", name="Documents").click()
    page.set_input_files("#upload input[type=file]", str(note))
    page.click("#add")
    expect(page.locator("#upload-results table")).to_contain_text("allotments-report.txt")
    expect(page.locator("#upload-results table")).to_contain_text("ingested")
    expect(page.locator("#library")).to_contain_text("Allotments Review 2024")  # the library table refreshes after the results
    fresh = page.locator("#library [role=row]", has_text="allotments-report.txt")
    expect(fresh).to_contain_text("New ·")  # the document just uploaded is marked and highlighted; the others are not
    assert "rgb(255, 244, 194)" in {fresh.locator("[role=gridcell]").nth(i).evaluate("cell => getComputedStyle(cell).backgroundColor") for i in range(3)}
    assert "New ·" not in page.locator("#library [role=row]", has_text="new-vision.pdf").inner_text()
    page.screenshot(path=str(shots / "4-upload.png"), full_page=True)
    page.get_by_role("tab", name="Ask").click()
    ask(page, "How many new allotment plots will the council create at Westfield Park?")
    assert "40 new allotment plots" in page.locator("#chat").inner_text()
    assert "allotments-report.txt" in page.locator("#sources").inner_text()


@needs_shared
def test_browser_upload_of_a_bad_file_shows_a_clear_message(page, shots):
    page.get_by_role("tab", name="Documents").click()
    page.set_input_files("#upload input[type=file]", str(shared("bad", "not-really-a.pdf")))
    page.click("#add")
    expect(page.locator("#upload-results table")).to_contain_text("not-really-a.pdf")
    expect(page.locator("#upload-results table")).to_contain_text("failed")
    expect(page.locator("#upload-results table")).to_contain_text("not a PDF: the file is named .pdf but contains an HTML page")
    page.wait_for_selector("text=could not be added")  # the warning toast names the file and the reason
    page.screenshot(path=str(shots / "5-bad-upload.png"), full_page=True)


def test_browser_example_on_the_empty_chat_comes_from_the_library_and_asks_it(page):
    example = page.locator("#chat button", has_text="Who is the lead officer for the New Vision for Somerset").first
    example.click()  # drawn from the loaded report's front sheet, not written into the app
    page.wait_for_selector("#sources details.cabinet-source")
    expect(page.locator("#chat")).to_contain_text("Simon Clifford")


def test_browser_a_marker_in_an_earlier_answer_opens_that_answers_own_source(page, shots):
    ask(page, "Who is the lead officer for the New Vision for Somerset?")
    ask(page, FAIRER)
    first = marker(page, 1, 1)
    target = first.get_attribute("href")[1:]
    first.click()
    page.wait_for_function(f"() => document.getElementById('{target}').open")
    source = page.locator(f"#{target}")
    expect(source).to_be_visible()
    assert "somerset-cabinet-2017-11-15-new-vision.pdf" in source.inner_text() and "page 1" in source.inner_text()
    assert "Simon Clifford" in source.locator("mark").first.inner_text()
    page.screenshot(path=str(shots / "7-earlier-answer-source.png"))


def test_browser_a_too_long_question_leaves_the_conversation_visible(page, served, shots):
    ask(page, "Who is the lead officer for the New Vision for Somerset?")
    expect(page.locator("#ask")).to_be_disabled()  # Ask waits for a question (the button follows the box a moment later)
    assert page.locator("#question textarea").input_value() == ""
    page.fill("#question textarea", "Who is the lead officer? " * 60)
    expect(page.locator("#ask")).to_be_enabled()
    page.click("#ask")
    message = page.locator("#question .validation-error", has_text="Please shorten it")
    expect(message).to_be_visible()
    assert f"{served.max_question_chars:,} characters or fewer" in message.inner_text() and "CABINET_" not in message.inner_text()
    expect(page.locator("#chat")).to_contain_text("Simon Clifford")  # the conversation is still there
    expect(page.locator("#sources details.cabinet-turn")).to_have_count(1)
    assert page.get_by_text("Error", exact=True).count() == 0  # no red error badges over the chat
    page.screenshot(path=str(shots / "8-too-long.png"))


def test_browser_clearing_the_chat_starts_a_new_conversation_and_thumbs_follow_it(page, served):
    from index.feedback import entries

    ask(page, "Who is the lead officer for the New Vision for Somerset?")
    page.locator("#chat button[aria-label='Clear']").click()
    expect(page.locator("#sources")).not_to_contain_text("Answer 1")
    ask(page, FAIRER)
    expect(page.locator("#sources details.cabinet-turn")).to_have_count(1)  # only the new conversation's answer
    page.locator("#chat button[aria-label='Like']").last.click()
    expect(page.get_by_text("your feedback on this answer was saved").first).to_be_visible()
    latest = entries(served)[-1]
    answer_id = page.locator("#sources details.cabinet-turn").get_attribute("id").removeprefix("turn-")
    assert latest.answer_id == answer_id and latest.question == FAIRER and latest.history == []  # no turn from before the clear


def test_browser_thumbs_down_is_recorded(page, served):
    from index.feedback import entries

    ask(page, "Who is the lead officer for the New Vision for Somerset?")
    page.locator("#chat button[aria-label='Dislike']").last.click()
    expect(page.get_by_text("your feedback on this answer was saved").first).to_be_visible()  # a toast
    latest = entries(served)[-1]
    assert latest.vote == "down" and latest.question == "Who is the lead officer for the New Vision for Somerset?" and latest.citations


def test_browser_is_usable_at_phone_width(browser, url, shots):
    phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone.set_default_timeout(60_000)
    phone.goto(url)
    phone.wait_for_selector("#question textarea")
    ask(phone, "Who is the lead officer for the New Vision for Somerset?")
    assert "Simon Clifford" in phone.locator("#chat").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # nothing wider than the screen
    phone.screenshot(path=str(shots / "6-phone.png"), full_page=False)
    link = marker(phone, 1, 1)
    box = link.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24  # a tap target a finger can hit
    target = link.get_attribute("href")[1:]
    link.click()
    source = phone.locator(f"#{target}")
    expect(source).to_be_in_viewport(timeout=30_000)  # the page scrolls once the panel has drawn; a loaded machine draws late
    phone.screenshot(path=str(shots / "6-phone-source.png"), full_page=False)
    source.locator("a.cabinet-back").click()
    expect(link).to_be_in_viewport(timeout=30_000)  # back to the answer the source belongs to
    phone.close()


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed, so axe-core cannot be fetched")
def test_browser_text_and_buttons_meet_wcag_aa_contrast(page, tmp_path_factory):
    """axe-core's colour-contrast and target-size rules find nothing on the Ask and Documents tabs."""
    import subprocess

    folder = tmp_path_factory.mktemp("axe")
    subprocess.run(["npm", "install", "--silent", "--prefix", str(folder), "axe-core@4"], check=True, capture_output=True, timeout=300)
    ask(page, "Who is the lead officer for the New Vision for Somerset?")
    page.add_script_tag(path=str(folder / "node_modules" / "axe-core" / "axe.min.js"))
    for tab in ("Ask", "Documents"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(500)
        found = page.evaluate("async () => (await axe.run(document, {runOnly: ['color-contrast', 'target-size']})).violations")
        assert found == [], [(tab, v["id"], [n["target"] for n in v["nodes"]]) for v in found]


def test_sign_in_through_the_page_and_nothing_the_page_needs_is_refused(browser, served, tmp_path):
    import app
    from cabinet.auth import add_user

    users = tmp_path / "users.txt"
    add_user(users, "member", "council-2026")
    signed = served.model_copy(update={"auth_file": users, "port": free_port()})
    server = app.launch(signed, prevent_thread_lock=True)
    tab = browser.new_page(viewport={"width": 1366, "height": 900})
    tab.set_default_timeout(60_000)
    refused = []
    tab.on("response", lambda response: refused.append(response.url) if response.status == 401 else None)
    try:
        tab.goto(f"http://127.0.0.1:{signed.port}/")
        tab.get_by_label("username").fill("member")
        tab.get_by_label("password").fill("council-2026")
        tab.get_by_role("button", name="Login").click()
        tab.wait_for_selector("#question textarea")
        tab.fill("#question textarea", "Who is the lead officer for the New Vision for Somerset?")
        tab.click("#ask")
        tab.wait_for_function("document.querySelector('#chat').innerText.includes('Simon Clifford')")
        assert refused == [], refused  # the sign-in page and then the app load and work behind the gate
    finally:
        tab.close()
        server.close()


def test_only_an_administrator_sees_remove_and_its_confirmation_names_the_document(browser, served, tmp_path):
    import app
    from cabinet.auth import add_user

    users = tmp_path / "users.txt"
    add_user(users, "clerk", "council-2026", admin=True)
    add_user(users, "officer", "council-2026")
    signed = served.model_copy(update={"auth_file": users, "port": free_port()})
    server = app.launch(signed, prevent_thread_lock=True)

    def signed_in(name: str):
        tab = browser.new_page(viewport={"width": 1366, "height": 900})
        tab.set_default_timeout(60_000)
        tab.goto(f"http://127.0.0.1:{signed.port}/")
        tab.get_by_label("username").fill(name)
        tab.get_by_label("password").fill("council-2026")
        tab.get_by_role("button", name="Login").click()
        tab.wait_for_selector("#question textarea")
        tab.get_by_role("tab", name="Documents").click()
        tab.wait_for_selector("#library")
        return tab

    try:
        officer = signed_in("officer")
        officer.wait_for_timeout(1500)  # the page's load event has decided by now
        assert officer.locator("#remove-section").count() == 0 or not officer.locator("#remove-section").is_visible()
        officer.close()
        clerk = signed_in("clerk")
        expect(clerk.locator("#remove-section")).to_be_visible()
        clerk.locator("#remove-section").get_by_text("Remove a document").click()
        clerk.locator("#remove-choice input").click()
        clerk.get_by_role("option").first.click()
        chosen = clerk.locator("#remove-choice input").input_value()
        clerk.click("#remove")
        expect(clerk.locator("#remove-question")).to_contain_text("Remove")
        title = chosen.split(" — ")[0]
        expect(clerk.locator("#remove-question")).to_contain_text(title)
        clerk.close()
    finally:
        server.close()
