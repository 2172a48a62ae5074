from __future__ import annotations

import os
from pathlib import Path

import pytest

import pipelines.process
import worker.batch
from models.config import PipelineSettings
from models.record import SpecimenRecord
from worker.batch import collect_images, image_ids, run_batch


def test_collect_images_recurses_and_keeps_named_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.JPG").write_bytes(b"1")
    (tmp_path / "a" / "y.tif").write_bytes(b"1")
    (tmp_path / "a" / "notes.txt").write_bytes(b"1")
    (tmp_path / "a" / ".hidden.jpg").write_bytes(b"1")
    named = tmp_path / "odd.dat"
    named.write_bytes(b"1")
    found = collect_images([tmp_path / "a", named, tmp_path / "a" / "x.JPG"])
    assert [p.name for p in found] == ["x.JPG", "y.tif", "odd.dat"]


def test_image_ids_unique_within_batch() -> None:
    assert image_ids([Path("a/s1.jpg"), Path("b/s1.jpg"), Path("s2.png")]) == ["s1", "s1-2", "s2"]


def _fake_process(
    path: Path,
    settings: PipelineSettings,
    *,
    image_id: str | None = None,
    out_dir: Path | None = None,
) -> SpecimenRecord:
    if path.name == "killer.jpg":
        os._exit(9)  # simulate an engine that takes its worker process down
    return pipelines.process.build_record(path, settings, image_id=image_id or path.stem)


def test_a_worker_that_dies_costs_only_its_image(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker.batch, "process_image", _fake_process)
    names = ["a.jpg", "b.jpg", "killer.jpg", "c.jpg", "d.jpg"]
    records = run_batch([tmp_path / n for n in names], PipelineSettings(), out_dir=tmp_path, jobs=2)
    assert [r.image_id for r in records] == ["a", "b", "killer", "c", "d"]
    failed = [r.image_id for r in records if r.errors]
    assert failed == ["killer"]
    assert records[2].errors[0].kind == "worker_crashed"
    assert records[2].errors[0].message == "the worker process died while reading this image"
