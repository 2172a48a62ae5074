"""End to end in Debian's Chromium, driven by Playwright (which downloads no browser of its own)."""

from __future__ import annotations

import csv
import io
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from models.config import DatasetMetadata
from worker.review.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="apt-get install chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def server(batch: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(batch, dataset=DatasetMetadata(), curator="ana")
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


def test_edit_accept_reload_export(server: str, batch: Path) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("dialog", lambda d: errors.append(d.message))  # an alert would mean injected script

        page.goto(server + "/")
        assert page.inner_text('[data-count="unreviewed"] b') == "2"
        page.keyboard.press("j")
        page.keyboard.press("j")  # lowest confidence first: d-ent-003, then d-ent-001
        page.keyboard.press("Enter")
        page.wait_for_url("**/specimen/d-ent-001?*")
        assert "<script>alert(1)</script>" in page.inner_text("figure.label pre.ocr")

        # selecting a field highlights its words on the image
        page.click('tr.field[data-term="eventDate"] td.term')
        assert page.locator("#overlay .box.word").count() == 3  # "12 July 1951"

        value = page.locator('tr.field[data-term="locality"] input.value')
        value.fill("Zitácuaro, Mich.")
        value.press("Enter")
        page.wait_for_selector('tr.field[data-term="locality"].state-edited')
        value.press("Escape")

        page.fill("#threshold", "0.9")
        page.click("#accept-above")
        page.wait_for_selector('tr.field[data-term="scientificName"].state-accepted')
        page.wait_for_selector('tr.field[data-term="eventDate"].state-accepted')

        page.reload()  # saved on the server, not in the page
        assert page.input_value('tr.field[data-term="locality"] input.value') == "Zitácuaro, Mich."
        assert page.inner_text('tr.field[data-term="eventDate"] .state') == "accepted by ana"
        page.keyboard.press("r")  # reviewed, and on to the next specimen
        page.wait_for_url("**/specimen/d-ent-002?*")

        page.goto(server + "/")
        assert page.inner_text('[data-count="reviewed"] b') == "1"
        page.check("#reviewed-only")
        page.click("#export")
        page.wait_for_selector("#export-result a.download")
        assert page.inner_text("#export-result p") == (
            "exported 1 records; validation: 0 errors, 0 warnings"
        )
        response = page.request.get(server + "/files/reviewed/occurrence.csv")
        rows = list(csv.DictReader(io.StringIO(response.text(), newline="")))
        assert [(r["occurrenceID"], r["locality"], r["eventDate"]) for r in rows] == [
            ("EMEC609488", "Zitácuaro, Mich.", "1951-07-12")
        ]
        assert errors == []
        browser.close()


def test_two_curators_conflict(server: str) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        one, two = browser.new_page(), browser.new_context().new_page()
        for page in (one, two):
            page.goto(server + "/specimen/d-ent-003")
        one.fill('tr.field[data-term="recordedBy"] input.value', "P. Arnoux & J. Rey")
        one.press('tr.field[data-term="recordedBy"] input.value', "Enter")
        one.wait_for_selector('tr.field[data-term="recordedBy"].state-edited')
        two.fill('tr.field[data-term="recordedBy"] input.value', "Arnoux, P.")
        two.press('tr.field[data-term="recordedBy"] input.value', "Enter")
        two.wait_for_selector("#toast.error")
        assert two.inner_text("#toast").startswith("Someone else changed this meanwhile")
        two.reload()
        assert (
            two.input_value('tr.field[data-term="recordedBy"] input.value') == "P. Arnoux & J. Rey"
        )
        browser.close()
