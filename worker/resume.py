"""What a local run into OUT has already done, and what is left: resuming a stopped batch.

A run records each finished image in OUT/records/<image_id>.json (worker.queue.records) with its
source file's absolute path, size and modification time, and the run itself in OUT/run.json (the
paths it was given and its settings). Running again into the same folder (or `run --resume`) reads
them: an image whose record matches the file as it is now is done; an image that is new, changed,
or failed last time is read (again). Settings that changed since would mix two kinds of records in
one output, so a run with other settings refuses to mix them unless told to (`--fresh` reads every
image again, `--resume` keeps what is done).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from models.config import PipelineSettings
from models.errors import ExitCode, InputFileError, LabelscribeError, OutputFolderError
from models.record import SpecimenRecord
from pipelines.outputs.folder import describe_os_error, remove_stale_parts
from pipelines.outputs.staging import staged
from worker.queue.records import (
    RECORDS_DIR,
    SOURCE_FILE,
    read_record_data,
    record_path,
    write_record,
)

log = logging.getLogger(__name__)

RUN_FILE = "run.json"


class SettingsChangedError(LabelscribeError):
    """OUT holds records made with other settings, and the operator did not say what to do."""

    exit_code = ExitCode.bad_args
    kind = "settings_changed"


def source_of(path: Path) -> dict[str, Any] | None:
    """The fingerprint a record keeps of its source file; None when the file cannot be stat'ed."""
    try:
        st = path.stat()
    except OSError:
        return None
    return {"path": str(path.absolute()), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


@dataclass
class Plan:
    """The run's images, which of them are done (their records), and which are left."""

    images: list[Path]
    ids: list[str]
    done: dict[int, SpecimenRecord] = field(default_factory=dict)
    todo: list[int] = field(default_factory=list)
    sources: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    strangers: int = 0  # record files of images not in this run

    @property
    def todo_paths(self) -> list[Path]:
        return [self.images[i] for i in self.todo]

    @property
    def todo_ids(self) -> list[str]:
        return [self.ids[i] for i in self.todo]


def read_run(out_dir: Path) -> dict[str, Any] | None:
    path = out_dir / RUN_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_bytes())
    except ValueError as e:
        raise InputFileError(f"{path} is damaged ({e}): delete it, or run with --fresh") from e
    return data if isinstance(data, dict) else None


def write_run(out_dir: Path, paths: list[Path], settings: PipelineSettings) -> None:
    # ensure_ascii: a path that is not UTF-8 (lone surrogates) is written as \udcXX escapes,
    # which read back as the same path.
    data = {
        "paths": [str(p.absolute()) for p in paths],
        "version": labelscribe_version(),
        "settings": settings.model_dump(mode="json"),
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    try:
        with staged(out_dir) as stage, stage.binary(RUN_FILE) as fh:
            fh.write(json.dumps(data, indent=1).encode("ascii") + b"\n")
    except OSError as e:
        raise OutputFolderError(f"cannot write {RUN_FILE}: {describe_os_error(e, out_dir)}") from e


def changed_settings(previous: dict[str, Any], settings: PipelineSettings) -> list[str]:
    """Names of the settings (dotted) that differ from the earlier run's."""
    now = settings.model_dump(mode="json")
    before = previous.get("settings") or {}
    names: list[str] = []

    def walk(a: Any, b: Any, prefix: str) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                walk(a.get(key), b.get(key), f"{prefix}{key}.")
        elif a != b:
            names.append(prefix.rstrip("."))

    walk(before, now, "")
    if previous.get("version", labelscribe_version()) != labelscribe_version():
        names.insert(0, f"labelscribe {previous['version']} -> {labelscribe_version()}")
    return names


def labelscribe_version() -> str:
    try:
        return version("labelscribe")
    except PackageNotFoundError:
        return "unknown"


def plan_batch(
    out_dir: Path,
    images: list[Path],
    ids: list[str],
    settings: PipelineSettings,
    *,
    resume: bool,
    fresh: bool,
) -> Plan:
    """Which images are done already; refuses to mix records of other settings (see module)."""
    plan = Plan(images=images, ids=ids)
    records_dir = out_dir / RECORDS_DIR
    remove_stale_parts(records_dir)
    previous = read_run(out_dir)
    if fresh:
        _forget(records_dir)
    elif previous is not None and not resume:
        changed = changed_settings(previous, settings)
        if changed:
            raise SettingsChangedError(
                f"{out_dir} holds records made with other settings ({', '.join(changed)}): "
                "add --fresh to read every image again with the new ones, --resume to keep "
                "what is done, or write to another folder"
            )
    wanted = {record_path(out_dir, image_id).name: i for i, image_id in enumerate(ids)}
    for i, path in enumerate(images):
        plan.sources[i] = source_of(path)
    if records_dir.is_dir() and not fresh:
        for entry in os.scandir(records_dir):
            if not entry.name.endswith(".json") or entry.name.startswith("."):
                continue
            found = wanted.get(entry.name)
            if found is None:
                plan.strangers += 1
                continue
            i = found
            try:
                record, data = read_record_data(Path(entry.path))
            except InputFileError as e:
                log.warning("%s; the image is read again", e)
                continue
            source = data.get(SOURCE_FILE)
            if (
                record.image_id == ids[i]
                and source
                and source == plan.sources[i]
                and not record.failed
            ):
                plan.done[i] = record
    plan.todo = [i for i in range(len(images)) if i not in plan.done]
    return plan


def _forget(records_dir: Path) -> None:
    if not records_dir.is_dir():
        return
    for entry in os.scandir(records_dir):
        if entry.name.endswith(".json"):
            Path(entry.path).unlink()


def record_done(out_dir: Path, record: SpecimenRecord, source: dict[str, Any] | None) -> None:
    """The durable step after each image: its record file (OutputFolderError if that fails)."""
    write_record(out_dir, record, source=source)
