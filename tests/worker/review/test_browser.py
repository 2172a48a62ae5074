"""End to end in Debian's Chromium, driven by Playwright (which downloads no browser of its own)."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def serve(batch: Path) -> Iterator[str]:
    """The review app on a free local port, in a thread of this process."""
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
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture
def server(batch: Path) -> Iterator[str]:
    with serve(batch) as url:
        yield url


@pytest.fixture
def real_server(real_batch: Path) -> Iterator[str]:
    with serve(real_batch) as url:
        yield url


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


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
        value.fill("Tilámbaro, Mich.")
        value.press("Enter")
        page.wait_for_selector('tr.field[data-term="locality"].state-edited')
        value.press("Escape")

        page.fill("#threshold", "0.9")
        page.click("#accept-above")
        page.wait_for_selector('tr.field[data-term="scientificName"].state-accepted')
        page.wait_for_selector('tr.field[data-term="eventDate"].state-accepted')

        page.reload()  # saved on the server, not in the page
        assert page.input_value('tr.field[data-term="locality"] input.value') == "Tilámbaro, Mich."
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
        rows = read_csv(response.text())
        assert [(r["occurrenceID"], r["locality"], r["eventDate"]) for r in rows] == [
            ("EMEC512347", "Tilámbaro, Mich.", "1951-07-12")
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


def test_real_run_edit_accept_reload_export(real_server: str, real_batch: Path) -> None:
    """The curator's day on what `labelscribe run` really produced, not on hand-made records."""
    machine = {
        r["id"]: r for r in map(json.loads, (real_batch / "records.jsonl").read_text().splitlines())
    }
    (machine_row,) = [
        r
        for r in read_csv((real_batch / "occurrence.csv").read_text(encoding="utf-8"))
        if r["occurrenceID"] == machine["sample-ent-001"]["occurrenceID"]
    ]
    fields = machine["sample-ent-001"]["fields"]
    # The label reads "Bombus | Sonorus Say": the run keeps the genus, the curator writes the name.
    assert fields["scientificName"]["value"] == "Bombus", fields["scientificName"]
    assert fields["eventDate"]["value"] == "1954-07-04", fields["eventDate"]
    high = sorted(t for t, f in fields.items() if f["confidence"] >= 0.9)
    # "VII-4-54" alone on the sheet: 1854 or 1954, flagged and left for the curator
    assert "century_ambiguous" in fields["eventDate"]["flags"]
    assert "recordedBy" in high and "eventDate" not in high and "scientificName" not in high
    lowest_first = sorted(
        machine, key=lambda i: min(f["confidence"] for f in machine[i]["fields"].values())
    )

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))

        page.goto(real_server + "/")
        assert page.inner_text('[data-count="unreviewed"] b') == "2"
        assert page.eval_on_selector_all("tr.row", "rows => rows.map(r => r.dataset.id)") == (
            lowest_first
        )
        for _ in range(lowest_first.index("sample-ent-001") + 1):
            page.keyboard.press("j")
        page.keyboard.press("Enter")
        page.wait_for_url("**/specimen/sample-ent-001?*")
        # the run's own image, found through associatedMedia and served as a web copy
        page.wait_for_function("() => document.getElementById('sheet').naturalWidth > 0")
        assert "Sonorus Say" in "\n".join(page.locator("figure.label pre.ocr").all_inner_texts())

        value = page.locator('tr.field[data-term="scientificName"] input.value')
        assert value.input_value() == "Bombus"
        value.fill("Bombus sonorus Say")
        value.press("Enter")
        page.wait_for_selector('tr.field[data-term="scientificName"].state-edited')
        value.press("Escape")

        page.fill("#threshold", "0.9")
        page.click("#accept-above")
        for term in high:
            page.wait_for_selector(f'tr.field[data-term="{term}"].state-accepted')

        page.reload()  # saved on the server, not in the page
        assert page.input_value('tr.field[data-term="scientificName"] input.value') == (
            "Bombus sonorus Say"
        )
        assert page.inner_text('tr.field[data-term="scientificName"] .was') == "read: Bombus"
        states = page.eval_on_selector_all(
            "tr.field", "rows => rows.map(r => [r.dataset.term, r.className])"
        )
        assert sorted(t for t, c in states if "state-accepted" in c) == high
        # reviewed, and on to the next specimen in the queue if there is one (the queue is sorted
        # by the lowest confidence among the fields left to review, so this one may now be last)
        after = json.loads(page.eval_on_selector("#page-data", "e => e.textContent"))["next"]
        page.keyboard.press("r")
        if after:
            page.wait_for_url(f"**/specimen/{after}?*")
        else:
            page.wait_for_selector("#toast:has-text('marked reviewed')")

        page.goto(real_server + "/")
        assert page.inner_text('[data-count="reviewed"] b') == "1"
        assert page.inner_text('[data-count="unreviewed"] b') == "1"
        page.check("#reviewed-only")
        page.click("#export")
        page.wait_for_selector("#export-result a.download")
        assert page.inner_text("#export-result p") == (
            "exported 1 records; validation: 0 errors, 0 warnings"
        )
        exported = read_csv(page.request.get(real_server + "/files/reviewed/occurrence.csv").text())
        sidecar = read_csv(
            page.request.get(real_server + "/files/reviewed/occurrence_review.csv").text()
        )
        assert errors == []
        browser.close()

    # Exactly the run's row, with the curator's name in place of the machine's.
    assert [{k: v for k, v in r.items() if v} for r in exported] == [
        {k: v for k, v in machine_row.items() if v} | {"scientificName": "Bombus sonorus Say"}
    ]
    assert exported[0]["occurrenceID"] == "LSH ENT 000123"
    assert exported[0]["eventDate"] == "1954-07-04"
    assert {r["term"]: (r["fieldReview"], r["value"], r["reviewedBy"]) for r in sidecar} == {
        term: (
            "edited" if term == "scientificName" else "accepted" if term in high else "machine",
            exported[0][term],  # as flattened into the CSV
            "ana" if term == "scientificName" or term in high else "",
        )
        for term in fields
    }


def test_words_of_a_turned_label_are_marked_on_its_upright_crop(turned_batch: Path) -> None:
    record = json.loads((turned_batch / "records.jsonl").read_text().splitlines()[0])
    turned = {t["label"] for t in record["label_texts"] if t["rotation"] in (90, 270)}
    assert turned, "the sample's main label is read turned a quarter"
    term = next(
        t
        for t, f in sorted(record["fields"].items())
        if f["evidence"].get("label") in turned and len(f["evidence"]["text"]) >= 6
    )
    label = record["fields"][term]["evidence"]["label"]
    with serve(turned_batch) as url, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        page.goto(url + "/specimen/sample-herb-003")
        page.wait_for_function("() => document.getElementById('sheet').naturalWidth > 0")
        page.click(f'tr.field[data-term="{term}"] td:first-child')
        on_crop = page.locator(f'figure.label[data-label="{label}"] .crop-wrap .box.word').first
        on_sheet = page.locator("#overlay .box.word").first
        crop_box, sheet_box = on_crop.bounding_box(), on_sheet.bounding_box()
        assert crop_box is not None and sheet_box is not None
        # on the sheet the words run top to bottom; on the crop, saved upright, left to right
        assert sheet_box["height"] > sheet_box["width"]
        assert crop_box["width"] > crop_box["height"]
        browser.close()


@pytest.fixture
def history_server(history_batch: Path) -> Iterator[str]:
    with serve(history_batch) as url:
        yield url


def test_edit_the_identification_history(history_server: str, history_batch: Path) -> None:
    """Add a determination and make it current, mark an older one current, remove one, correct
    one: the record's name follows, the audit log shows each change, the export writes it."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(history_server + "/specimen/d-ent-001")
        idents = "#identifications tr.identification"

        def table() -> list[tuple[str, str]]:
            return [
                (
                    row.locator('input[data-term="scientificName"]').input_value(),
                    row.locator(".ident-status span").inner_text(),
                )
                for row in page.locator(idents).all()
            ]

        assert table() == [
            ("Vespina exempla", "superseded"),
            ("Vespina ornatula Kr.", "current"),
            ("Vespina ornatula Kr.", "confirmation"),
        ]
        # add a revision and make it current
        page.fill("#add-ident-name", "Vespina rara")
        page.fill("#add-ident-author", "Muster")
        page.fill("#add-ident-by", "C. Revisor")
        page.fill("#add-ident-date", "2024-03-02")
        page.fill("#add-ident-remarks", "rev.")
        page.click("#add-identification button")
        page.wait_for_selector(f"{idents}.origin-added")
        assert table()[-1] == ("Vespina rara", "current")
        assert page.input_value('tr.field[data-term="scientificName"] input.value') == (
            "Vespina rara"
        )
        assert page.input_value('tr.field[data-term="identifiedBy"] input.value') == "C. Revisor"

        # mark the data label's name current again, then remove the revision
        page.locator(idents).nth(0).locator("button.ident-current").click()
        page.wait_for_selector(f'{idents}.current[data-index="0"]')
        assert page.input_value('tr.field[data-term="scientificName"] input.value') == (
            "Vespina exempla"
        )
        page.locator(idents).nth(3).locator("button.ident-remove").click()
        page.wait_for_function(f"() => document.querySelectorAll('{idents}').length === 3")
        # correct the confirmation's determiner
        who = page.locator(idents).nth(2).locator('input[data-term="identifiedBy"]')
        who.fill("B. Probe-Muster")
        page.locator(idents).nth(2).locator("button.ident-save").click()
        page.wait_for_selector(f'{idents}.origin-edited[data-index="2"]')

        page.reload()  # saved on the server, not in the page
        assert table() == [
            ("Vespina exempla", "current"),
            ("Vespina ornatula Kr.", "superseded"),
            ("Vespina ornatula Kr.", "confirmation"),
        ]
        audit = page.locator("ol.audit li").all_inner_texts()
        assert [a.split(": ", 1)[1].split(" identifications")[0] for a in audit] == [
            "identification_add",
            "identification_current",
            "identification_remove",
            "identification_edit",
        ]
        assert "Vespina rara (current)" in audit[0]
        assert all(" ana: " in a for a in audit)

        page.goto(history_server + "/")
        page.click("#export")
        page.wait_for_selector("#export-result a.download")
        assert page.inner_text("#export-result p") == (
            "exported 3 records; validation: 0 errors, 0 warnings"
        )
        rows = read_csv(page.request.get(history_server + "/files/reviewed/occurrence.csv").text())
        assert errors == []
        browser.close()
    first = next(r for r in rows if r["occurrenceID"] == "EMEC512347")
    assert (first["scientificName"], first.get("identifiedBy")) == ("Vespina exempla", None)
    with zipfile.ZipFile(history_batch / "reviewed" / "dwca.zip") as zf:
        lines = zf.read("identification.txt").decode("utf-8").splitlines()
    table_rows = list(csv.DictReader(lines, delimiter="\t"))
    assert [
        (r["scientificName"], r["identifiedBy"], r["identificationVerificationStatus"])
        for r in table_rows
    ] == [
        ("Vespina exempla", "", "current"),
        ("Vespina ornatula Kr.", "A. Beispiel", "superseded"),
        ("Vespina ornatula Kr.", "B. Probe-Muster", "confirmation"),
    ]
