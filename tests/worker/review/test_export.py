"""The export with reviewed values goes through the usual writers and carries a sidecar."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from models.config import DatasetMetadata
from pipelines.outputs.validate import validate_output
from worker.cli import cli
from worker.review.batch import load_records
from worker.review.export import export_reviewed
from worker.review.storage import Change, ReviewStore


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))


def _review(batch: Path) -> ReviewStore:
    first, _, second = load_records(batch)
    store = ReviewStore(batch)
    store.apply(
        first,
        [
            Change(
                action="edit", field="locality", value="Tilámbaro,\nMich.", base="<b>Tilámbaro</b>"
            ),
            Change(action="clear", field="eventDate", base="1951-07-12"),
            Change(action="edit", field="recordNumber", value="1234", base=""),
            Change(action="status", value="reviewed", base="unreviewed", note="ok"),
        ],
        who="ana",
    )
    store.apply(second, [Change(action="status", value="flagged", base="unreviewed")], who="ben")
    return store


def test_export_uses_reviewed_values(batch: Path) -> None:
    store = _review(batch)
    done = export_reviewed(
        load_records(batch),
        store,
        batch / "reviewed",
        DatasetMetadata(),
        pub_date=date(2026, 8, 15),
    )
    assert (done.exported, done.skipped) == (3, 0)
    rows = _rows(batch / "reviewed" / "occurrence.csv")
    assert [r["occurrenceID"] for r in rows] == ["EMEC512347", "d-ent-003"]
    assert rows[0]["locality"] == "Tilámbaro, Mich."
    assert "eventDate" not in rows[0]  # the only value was cleared: no column
    assert rows[0]["recordNumber"] == "1234"
    assert rows[0]["scientificName"] == "Vespina ornatula Kr."
    assert rows[1]["recordedBy"] == "P. Arnoux"
    with zipfile.ZipFile(batch / "reviewed" / "dwca.zip") as archive:
        assert "Tilámbaro, Mich." in archive.read("occurrence.txt").decode()
    assert validate_output(batch / "reviewed", today=date(2026, 8, 15)) == []
    # the machine outputs are left as they were
    assert _rows(batch / "occurrence.csv")[0]["locality"] == "<b>Tilámbaro</b>"

    sidecar = _rows(batch / "reviewed" / "occurrence_review.csv")
    assert [
        (
            r["occurrenceID"],
            r["status"],
            r["term"],
            r["value"],
            r["machineValue"],
            r["confidence"],
            r["fieldReview"],
            r["reviewedBy"],
        )
        for r in sidecar
    ] == [
        ("EMEC512347", "reviewed", "eventDate", "", "1951-07-12", "0.920", "cleared", "ana"),
        (
            "EMEC512347",
            "reviewed",
            "locality",
            "Tilámbaro, Mich.",
            "<b>Tilámbaro</b>",
            "0.400",
            "edited",
            "ana",
        ),
        ("EMEC512347", "reviewed", "recordNumber", "1234", "", "", "edited", "ana"),
        (
            "EMEC512347",
            "reviewed",
            "scientificName",
            "Vespina ornatula Kr.",
            "Vespina ornatula Kr.",
            "0.950",
            "machine",
            "",
        ),
        ("d-ent-002", "failed", "", "", "", "", "", ""),
        ("d-ent-003", "flagged", "recordedBy", "P. Arnoux", "P. Arnoux", "0.300", "machine", ""),
    ]
    assert sidecar[0]["note"] == "ok"


def test_reviewed_only(batch: Path) -> None:
    store = _review(batch)
    done = export_reviewed(
        load_records(batch), store, batch / "r", DatasetMetadata(), reviewed_only=True
    )
    assert (done.exported, done.skipped) == (1, 2)
    assert [r["occurrenceID"] for r in _rows(batch / "r" / "occurrence.csv")] == ["EMEC512347"]
    assert [r["term"] for r in _rows(batch / "r" / "occurrence_review.csv")] == [
        "eventDate",
        "locality",
        "recordNumber",
        "scientificName",
    ]


def test_cli_export_and_validate(batch: Path) -> None:
    _review(batch)
    runner = CliRunner()
    result = runner.invoke(cli, ["export-reviewed", str(batch), "--reviewed-only"])
    assert result.exit_code == 0, result.output
    assert f"1 records exported, 2 left out, to {batch / 'reviewed'}" in result.output
    result = runner.invoke(cli, ["validate", str(batch / "reviewed")])
    assert result.exit_code == 0, result.output
    assert result.output == f"0 errors, 0 warnings in {batch / 'reviewed'}\n"
    path = batch / "reviewed" / "occurrence.csv"
    path.write_text(path.read_text().replace("PreservedSpecimen", "Specimen"), "utf-8")
    result = runner.invoke(cli, ["validate", str(batch / "reviewed")])
    assert result.exit_code == 8
    lines = result.output.splitlines()
    # the edited file is no longer the one written with the set, and its new value is wrong
    assert lines[0].startswith("error: occurrence.csv: is not the file written with the rest")
    assert lines[1].startswith(
        "error: occurrence.csv row 1 (EMEC512347): basisOfRecord: 'Specimen' is not in the vocabulary"
    )
    assert f"labelscribe: {batch / 'reviewed'} is not ready to publish: 2 errors" in result.output
    # a curator who changed it on purpose deletes the manifest; the value error stays
    (batch / "reviewed" / "manifest.json").unlink()
    result = runner.invoke(cli, ["validate", str(batch / "reviewed")])
    assert f"labelscribe: {batch / 'reviewed'} is not ready to publish: 1 errors" in result.output


def test_review_refuses_open_address_without_token(batch: Path) -> None:
    result = CliRunner().invoke(cli, ["review", str(batch), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert (
        "--host 0.0.0.0 makes the app reachable from other machines: give --token too"
        in result.output
    )
