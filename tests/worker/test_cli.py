"""The `labelscribe run` command end to end: real files, real Tesseract, real outputs."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner
from PIL import Image

from tests.conftest import make_sheet
from worker.cli import cli


def _batch(folder: Path) -> None:
    folder.mkdir()
    make_sheet().save(folder / "good.jpg", quality=90)
    make_sheet(with_barcode=False).save(folder / "nobarcode.png")
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "text.jpg").write_text("not an image\n")
    full = folder / "whole.jpg"
    Image.new("RGB", (900, 700), (200, 180, 150)).save(full, quality=95)
    (folder / "truncated.jpg").write_bytes(full.read_bytes()[:400])
    full.unlink()


def test_run_writes_outputs_and_one_error_per_bad_image(tmp_path: Path) -> None:
    images = tmp_path / "images"
    _batch(images)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["run", str(images), "-o", str(out), "-j", "2", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "5 images, 2 records, 3 failed" in result.output

    records = {
        r["id"]: r for r in map(json.loads, (out / "records.jsonl").read_text().splitlines())
    }
    assert sorted(records) == ["empty", "good", "nobarcode", "text", "truncated"]
    assert records["empty"]["errors"][0]["message"].startswith("file is empty")
    assert records["text"]["errors"][0]["kind"] == "input_file"
    assert "truncated" in records["truncated"]["errors"][0]["message"]
    good = records["good"]
    assert good["occurrenceID"] == "LSH00012345"
    assert good["id_source"] == "barcode"
    assert good["fields"]["catalogNumber"]["value"] == "LSH00012345"
    assert "Quercus emoryi" in good["text"]
    # read by OCR in a worker process: it took that process's time, and no more than the wall's
    assert 0 < good["cpu_seconds"] <= good["seconds"] + 0.05
    assert records["nobarcode"]["id_source"] == "file_stem"
    assert records["nobarcode"]["occurrenceID"] == "nobarcode"

    with (out / "occurrence.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["occurrenceID"] for r in rows] == ["LSH00012345", "nobarcode"]
    assert rows[0]["basisOfRecord"] == "PreservedSpecimen"
    assert rows[0]["associatedMedia"] == str(images / "good.jpg")
    assert "Quercus emoryi" in rows[0]["verbatimLabel"]
    with (out / "failures.csv").open(encoding="utf-8", newline="") as f:
        failures = list(csv.DictReader(f))
    assert len(failures) == 3
    assert (out / "dwca.zip").stat().st_size > 0
    crops = sorted((out / "crops" / "good").glob("label-*.jpg"))
    assert crops, "label crops are kept for review"
    assert all(c["crop"].startswith("crops/good/") for c in good["labels"])


def test_catalog_number_from_file_name_pattern(tmp_path: Path) -> None:
    images = tmp_path / "images"
    images.mkdir()
    make_sheet(with_barcode=False).save(images / "LSH-000777_front.jpg", quality=90)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["run", str(images), "-o", str(out), "-j", "1", "--no-progress", "--no-crops",
         "--catalog-pattern", r"LSH-(\d+)"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    record = json.loads((out / "records.jsonl").read_text())
    assert record["id_source"] == "filename_pattern"
    assert record["catalogNumber"] == "000777"
    assert record["fields"]["catalogNumber"]["evidence"]["rule"] == "filename.pattern"
    assert not (out / "crops").exists()


def test_nothing_processed_exits_non_zero(tmp_path: Path) -> None:
    images = tmp_path / "images"
    images.mkdir()
    (images / "empty.jpg").write_bytes(b"")
    result = CliRunner().invoke(
        cli, ["run", str(images), "-o", str(tmp_path / "out"), "--no-progress"]
    )
    assert result.exit_code == 7
    assert "no image could be processed" in result.output
    assert (tmp_path / "out" / "records.jsonl").exists()


def test_no_images_found(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 7
    assert "no images found" in result.output


def test_evaluate_scores_a_run(tmp_path: Path) -> None:
    truth = tmp_path / "truth.jsonl"
    truth.write_text(
        json.dumps({"id": "a", "source": "s", "full_text": "Quercus alba L.\n12 July 1951",
                    "fields": {"scientificName": "Quercus alba L.", "eventDate": "1951-07-12"}}) + "\n"
    )  # fmt: skip
    run = tmp_path / "records.jsonl"
    run.write_text(
        json.dumps({"id": "a", "text": "Quercus alba L.\n12 July 1951",
                    "fields": {"scientificName": {"value": "Quercus alba", "confidence": 0.95},
                               "eventDate": {"value": "1951-07-21", "confidence": 0.5}}}) + "\n"
    )  # fmt: skip
    result = CliRunner().invoke(cli, ["evaluate", str(truth), str(run), "--by-source", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["all"]["cer_micro"] == 0.0
    assert scores["all"]["word_f1"] == 1.0
    assert scores["all"]["fields"]["scientificName"] == {"n": 1, "recall": 1.0, "precision": 1.0}
    assert scores["all"]["fields"]["eventDate"] == {"n": 1, "recall": 0.0, "precision": 0.0}
    assert scores["all"]["high_conf_precision"] == 1.0
    assert scores["all"]["confidence_auroc"] == 1.0
    assert scores["s"]["images"] == 1


def test_evaluate_prints_a_table_by_default(tmp_path: Path) -> None:
    truth = tmp_path / "truth.jsonl"
    truth.write_text(
        json.dumps({"id": "a", "source": "s", "full_text": "x y", "fields": {}}) + "\n"
    )
    run = tmp_path / "records.jsonl"
    run.write_text(json.dumps({"id": "a", "text": "x", "fields": {}}) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(truth), str(run)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("| source | images | cer_micro | word_f1 | core_field_accuracy |")
    assert (
        lines[2]
        == "| all | 1 | 0.6667 | 0.6667 | None | - | - | - | - | - | - | None | None | None | None |"
    )
