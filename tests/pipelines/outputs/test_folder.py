"""The output folder: its lock, the check before work, temporary names, leftovers of a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.errors import FolderBusyError, OutputFolderError
from pipelines.outputs.folder import LOCK_FILE, check_folder, locked, remove_stale_parts
from pipelines.outputs.staging import staged, temp_name

HOLD = """
import sys, time
from pathlib import Path
from pipelines.outputs.folder import locked
with locked(Path(sys.argv[1]), "a test"):
    print("held", flush=True)
    time.sleep(60)
"""


def test_the_lock_is_refused_to_another_process_and_freed_when_it_dies(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(tmp_path)],
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
        with pytest.raises(FolderBusyError) as caught, locked(tmp_path):
            pass
        assert caught.value.message.startswith(
            f"{tmp_path} is in use by another labelscribe command (a test, pid {holder.pid}, since "
        )
    finally:
        holder.kill()  # SIGKILL: no chance to unlock; the kernel releases the lock
        holder.wait()
    with locked(tmp_path), locked(tmp_path):  # re-entrant within one process
        assert (tmp_path / LOCK_FILE).read_text().startswith("labelscribe, pid ")


def test_check_folder(tmp_path: Path) -> None:
    check_folder(tmp_path / "a" / "b")
    assert (tmp_path / "a" / "b").is_dir()
    assert list((tmp_path / "a" / "b").iterdir()) == []  # the probe is gone
    with pytest.raises(OutputFolderError, match=r"has .* free and this batch needs about"):
        check_folder(tmp_path, need_bytes=1 << 60)


def test_temporary_names_stay_short() -> None:
    long = "x" * 250 + ".json"
    assert len(os.fsencode(temp_name(long))) < 100
    assert temp_name("occurrence.csv").startswith(".occurrence.csv.")
    assert temp_name("occurrence.csv").endswith(".part")


def test_stale_parts_are_removed(tmp_path: Path) -> None:
    old = tmp_path / ".occurrence.csv.123.abcd.part"
    new = tmp_path / ".records.jsonl.456.ef01.part"
    keep = tmp_path / "notes.part"
    for path in (old, new, keep):
        path.write_text("x")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    assert remove_stale_parts(tmp_path, older_than=600) == 1
    assert not old.exists() and new.exists()
    assert remove_stale_parts(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.part"]


def test_staged_renames_the_manifest_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    order: list[str] = []
    real = Path.replace

    def replace(self: Path, target: Path) -> Path:
        order.append(Path(target).name)
        return real(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    with staged(tmp_path, first="manifest.json") as stage:
        for name in ("a.csv", "manifest.json", "b.csv"):
            with stage.binary(name) as fh:
                fh.write(name.encode())
    assert order == ["manifest.json", "a.csv", "b.csv"]
