"""File names the operating system allows but UTF-8 does not, very long names, and values a
spreadsheet would run as formulas: through `run`, the review app, `export-reviewed` and `validate`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from starlette.testclient import TestClient

from models.config import DatasetMetadata
from tests.conftest import render_label
from tests.worker.faults import run_cli
from tests.worker.queue.conftest import small_sheet
from worker.review.app import create_app
from worker.review.view import url_id

pytestmark = pytest.mark.slow

# Bytes an old Windows or Mac tool writes for "herbier-é" (Latin-1, Mac Roman): not UTF-8.
LATIN1 = b"herbier-\xe9t\xe9-01.jpg"
MAC_ROMAN = b"\x8etiquette-02.jpg"
LONG = ("specimen-" + "x" * 237 + ".jpg").encode()  # 250 bytes: the name is allowed, .json is not
FORMULA = b"=1+2.jpg"  # no barcode: the occurrenceID falls back to the file stem


def _save(image: Image.Image, folder: Path, name: bytes) -> Path:
    path = folder / os.fsdecode(name)  # os.fsencode(path) ends in `name`, byte for byte
    with path.open("wb") as fh:
        image.save(fh, format="JPEG", quality=90)
    return path


def _label_only() -> Image.Image:
    page = Image.new("RGB", (1000, 700), (236, 233, 226))
    page.paste(render_label(["PLANTS OF ARIZONA", "Quercus emoryi Torr.", "No. 77"]), (200, 250))
    return page


@pytest.fixture(scope="module")
def odd_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("odd")
    images = folder / "images"
    images.mkdir()
    for i, name in enumerate((LATIN1, MAC_ROMAN, LONG)):
        _save(small_sheet(40 + i), images, name)
    _save(_label_only(), images, FORMULA)
    out = folder / "out"
    # -j 1 reads in this very process: where OpenCV, given the undecodable path, crashed it
    code, log = run_cli("run", images, "-o", out, "-j", "1", "--no-progress")
    assert code == 0, log
    assert "4 images, 4 records, 0 failed" in log
    return out


def _stem(name: bytes) -> str:
    return os.fsdecode(name.rsplit(b".", 1)[0])


def test_run_reads_and_records_every_name(odd_run: Path, tmp_path: Path) -> None:
    records = {}
    for line in (odd_run / "records.jsonl").read_bytes().splitlines():
        record = json.loads(line)
        records[record["id"]] = record
    assert sorted(records) == sorted(_stem(n) for n in (LATIN1, MAC_ROMAN, LONG, FORMULA))
    latin = records[_stem(LATIN1)]
    assert latin["occurrenceID"] == "LSQ00040"
    assert latin["labels"] and all(
        (odd_run / label["crop"]).is_file() for label in latin["labels"]
    )  # crops written under the undecodable name, byte for byte
    assert LATIN1[:-4] in [os.fsencode(p.name) for p in (odd_run / "crops").iterdir()]
    # one record file per image, the 250-byte id shortened with a hash
    names = [os.fsencode(p.name) for p in (odd_run / "records").iterdir()]
    assert LATIN1[:-4] + b".json" in names
    assert len(names) == 4 and all(len(n) <= 200 for n in names)
    code, log = run_cli("validate", odd_run)
    assert code == 0, log
    # and a second run into the folder finds them all done
    code, log = run_cli("run", "--resume", "-o", odd_run, "-j", "1", "--no-progress")
    assert code == 0, log
    assert "resuming: 4 of 4 images are done already" in log


def test_a_formula_from_a_file_name_is_neutralised(odd_run: Path) -> None:
    raw = (odd_run / "occurrence.csv").read_bytes().decode("utf-8")
    assert "\r\n'=1+2," in raw
    with zipfile.ZipFile(odd_run / "dwca.zip") as archive:
        core = archive.read("occurrence.txt").decode()
    assert "\n'=1+2\t" in core
    assert not re.search(r"(^|[,\t\n])[=@]", raw + core)


def _client(out: Path) -> TestClient:
    app = create_app(out, dataset=DatasetMetadata(), curator="ana")
    return TestClient(app, base_url="http://127.0.0.1")


def test_review_lists_shows_edits_and_exports_odd_names(odd_run: Path, tmp_path: Path) -> None:
    import shutil

    out = Path(shutil.copytree(odd_run, tmp_path / "out", symlinks=True))
    c = _client(out)
    page = c.get("/")
    assert page.status_code == 200
    assert "herbier-\\xe9t\\xe9-01" in page.text  # shown as ls -b shows it
    image_id = _stem(LATIN1)
    segment = url_id(image_id)
    assert segment == "~x" + LATIN1[:-4].hex()
    assert f'href="/specimen/{segment}?' in page.text
    specimen = c.get(f"/specimen/{segment}")
    assert specimen.status_code == 200
    image = re.search(r'id="sheet" src="([^"]+)"', specimen.text)
    assert image is not None and "%E9" in image.group(1)
    assert c.get(image.group(1)).headers["content-type"] == "image/jpeg"
    crop = re.search(r'class="crop" src="([^"]+)"', specimen.text)
    assert crop is not None and c.get(crop.group(1)).status_code == 200
    assert c.get("/files/%00").status_code == 404
    assert c.get("/files/crops/%00/x.jpg").status_code == 404

    state = c.get(f"/api/specimen/{segment}").json()
    assert state["image_id"] == image_id
    token = c.cookies["ls_csrf"]
    formula = '=HYPERLINK("http://example.org","open")'
    body = {"changes": [{"action": "edit", "field": "locality", "value": formula, "base": ""}]}
    done = c.post(f"/api/specimen/{segment}/changes", json=body, headers={"X-CSRF-Token": token})
    assert done.status_code == 200, done.text
    assert done.json()["fields"]["locality"]["value"] == formula
    too_long = {
        "changes": [{"action": "edit", "field": "locality", "value": "x" * 40_000, "base": formula}]
    }
    refused = c.post(
        f"/api/specimen/{segment}/changes", json=too_long, headers={"X-CSRF-Token": token}
    )
    assert refused.status_code == 422
    assert refused.json()["error"] == (
        "the value for locality has 40,000 characters; a value may have at most 32,767 "
        "(what a spreadsheet cell holds)"
    )
    huge = c.post(
        f"/api/specimen/{segment}/changes",
        content=b'{"changes": [{"value": "' + b"x" * 3_000_000 + b'"}]}',
        headers={"X-CSRF-Token": token, "Content-Type": "application/json"},
    )
    assert huge.status_code == 413

    exported = c.post("/api/export", json={}, headers={"X-CSRF-Token": token})
    assert exported.status_code == 200, exported.text
    assert exported.json()["errors"] == []
    reviewed = out / "reviewed"
    rows = list(csv.DictReader(io.StringIO((reviewed / "occurrence.csv").read_text("utf-8"))))
    assert {r["locality"] for r in rows if r.get("locality")} == {"'" + formula}
    sidecar = (reviewed / "occurrence_review.csv").read_text("utf-8")
    assert "'" + formula.replace('"', '""') in sidecar
    with zipfile.ZipFile(reviewed / "dwca.zip") as archive:
        assert "'" + formula.replace('"', '""') in archive.read("occurrence.txt").decode()
    assert "occurrence_review.csv" in json.loads((reviewed / "manifest.json").read_bytes())["files"]

    # the command line export reads the same audit log (the id with its undecodable bytes)
    code, log = run_cli("export-reviewed", out, "-o", tmp_path / "again")
    assert code == 0, log
    assert (tmp_path / "again" / "occurrence.csv").read_bytes() == (
        reviewed / "occurrence.csv"
    ).read_bytes()
    code, log = run_cli("validate", tmp_path / "again")
    assert code == 0, log
