"""What a run into OUT has done already: record files matched to the images as they are now."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.config import PipelineSettings
from models.record import ErrorRecord
from pipelines.process import build_record
from worker.queue.records import record_name
from worker.resume import (
    SettingsChangedError,
    changed_settings,
    labelscribe_version,
    plan_batch,
    read_run,
    record_done,
    source_of,
    write_run,
)


def _images(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / name
        path.write_bytes(name.encode())
        paths.append(path)
    return paths


def test_plan_skips_what_is_done_and_reads_the_rest(tmp_path: Path) -> None:
    settings = PipelineSettings()
    out = tmp_path / "out"
    images = _images(tmp_path / "images", ["a.jpg", "b.jpg", "c.jpg", "d.jpg"])
    ids = ["a", "b", "c", "d"]
    write_run(out, [tmp_path / "images"], settings)
    for path, image_id in zip(images, ids, strict=True):
        record = build_record(path, settings, image_id=image_id)
        if image_id == "c":  # failed last time: read again
            error = ErrorRecord(stage="load", kind="input_file", message="file is empty")
            record = build_record(path, settings, image_id=image_id, errors=[error])
        record_done(out, record, source_of(path))
    images[1].write_bytes(b"re-shot, longer")  # changed since: read again
    stranger = build_record(tmp_path / "gone.jpg", settings, image_id="gone")
    record_done(out, stranger, None)
    (out / "records" / ".x.json.123.abcd.part").write_text("{")  # a crash's leftover
    plan = plan_batch(out, images, ids, settings, resume=False, fresh=False)
    assert sorted(plan.done) == [0, 3]
    assert plan.todo_ids == ["b", "c"]
    assert plan.strangers == 1
    assert not list((out / "records").glob(".*.part"))
    fresh = plan_batch(out, images, ids, settings, resume=False, fresh=True)
    assert fresh.todo_ids == ids
    assert list((out / "records").glob("*.json")) == []


def test_other_settings_are_not_mixed_in(tmp_path: Path) -> None:
    out = tmp_path / "out"
    images = _images(tmp_path / "images", ["a.jpg"])
    write_run(out, images, PipelineSettings())
    other = PipelineSettings(catalog_number_pattern=r"(\d+)", save_crops=False)
    with pytest.raises(SettingsChangedError, match=r"\(catalog_number_pattern, save_crops\)"):
        plan_batch(out, images, ["a"], other, resume=False, fresh=False)
    assert plan_batch(out, images, ["a"], other, resume=True, fresh=False).todo_ids == ["a"]
    previous = read_run(out)
    assert previous is not None and previous["paths"] == [str(images[0])]
    assert changed_settings({**previous, "version": "0.0.0"}, PipelineSettings()) == [
        f"labelscribe 0.0.0 -> {labelscribe_version()}"
    ]


def test_record_names_fit_the_file_system() -> None:
    assert record_name("img01") == "img01.json"
    stem = os.fsdecode(b"\xe9" * 250)  # 250 undecodable bytes: a name the system allows
    name = record_name(stem)
    assert len(os.fsencode(name)) <= 200 and name.endswith(".json")
    assert record_name(stem) == name and record_name(stem[:-1]) != name
