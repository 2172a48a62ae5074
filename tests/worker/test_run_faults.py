"""`labelscribe run` against its operator and its disk, as real processes on real files.

Stopping (SIGINT, SIGTERM, SIGKILL of the parent), resuming to the same outputs, a second run into
the same folder, a read-only folder, a disk that fills up, a crash between the output renames.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from models.config import DatasetMetadata
from pipelines.outputs import read_records, write_outputs
from tests.worker.faults import (
    REPO,
    alive,
    children,
    finish,
    labelscribe,
    occurrence_rows,
    read_only,
    record_files,
    run_cli,
    tmpfs,
    wait_for,
)
from tests.worker.queue.conftest import make_images
from worker.cli import cli

pytestmark = pytest.mark.slow

COUNT = 30
# SIGINT/SIGTERM: the images in flight get 5 s (batch.GRACE_SECONDS), then the outputs of what is
# done are written; on a loaded 2-core machine the whole stop took 1.5-3 s.
STOP_BOUND = 15.0


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("images")
    make_images(folder, COUNT)
    return folder


@pytest.fixture(scope="module")
def reference(images: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outputs of an uninterrupted run."""
    out = tmp_path_factory.mktemp("reference") / "out"
    code, log = run_cli("run", images, "-o", out, "-j", "2", "--no-progress")
    assert code == 0, log
    return out


def _stop_midway(images: Path, out: Path, signum: int) -> tuple[int, str, float, set[int]]:
    """Start a run, signal it once a few images are recorded; (status, stderr, seconds, workers)."""
    process = labelscribe("run", images, "-o", out, "-j", "2", "--no-progress")
    try:
        wait_for(lambda: len(record_files(out)) >= 3, 120, "three images recorded")
        workers = children(process.pid)
        assert len(workers) == 2
        signalled = time.monotonic()
        if signum == signal.SIGINT:
            os.killpg(process.pid, signum)  # as a terminal's Ctrl+C: to every process of the group
        else:
            process.send_signal(signum)  # as `kill PID`: to the parent alone
        code, log = finish(process, timeout=60)
        return code, log, time.monotonic() - signalled, workers
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.mark.parametrize(
    ("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"]
)
def test_a_signal_stops_the_run_which_resumes_to_the_same_outputs(
    images: Path, reference: Path, tmp_path: Path, signum: int, status: int
) -> None:
    out = tmp_path / "out"
    code, log, seconds, workers = _stop_midway(images, out, signum)
    name = signal.Signals(signum).name
    assert code == status, log
    assert seconds < STOP_BOUND, f"took {seconds:.1f} s to stop"
    print(f"{name}: stopped in {seconds:.2f} s")  # shown with -s
    assert "Traceback" not in log
    last = log.strip().splitlines()[-1]
    assert last.startswith(f"labelscribe: stopped by {name}: ")
    assert f"run `labelscribe run --resume -o {out}` to read the other" in last
    wait_for(lambda: not any(alive(pid) for pid in workers), 5, "workers gone")
    # What is done is recorded and in the outputs, and nothing else.
    done = len(record_files(out))
    assert 3 <= done < COUNT
    assert len(occurrence_rows(out)) == done
    assert f"{done} of {COUNT} images are done" in last

    code, log = run_cli("run", "--resume", "-o", out, "-j", "2", "--no-progress")
    assert code == 0, log
    assert f"resuming: {done} of {COUNT} images are done already" in log
    assert len(record_files(out)) == COUNT
    for name in ("occurrence.csv", "failures.csv", "dwca.zip"):
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name


def test_sigkill_of_the_parent_takes_its_workers_along(images: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = labelscribe("run", images, "-o", out, "-j", "2", "--no-progress")
    try:
        wait_for(lambda: len(record_files(out)) >= 1, 120, "an image recorded")
        workers = children(process.pid)
        assert len(workers) == 2
        process.kill()
        process.wait()
        wait_for(lambda: not any(alive(pid) for pid in workers), 5, "workers gone")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    # Whatever was recorded is whole, and a re-run into the folder resumes from it.
    done = len(record_files(out))
    code, log = run_cli("run", images, "-o", out, "-j", "2", "--no-progress")
    assert code == 0, log
    assert f"resuming: {done} of {COUNT} images are done already" in log


def test_a_second_run_into_the_same_folder_is_refused(images: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = labelscribe("run", images, "-o", out, "-j", "2", "--no-progress")
    try:
        wait_for(lambda: len(record_files(out)) >= 1, 120, "the first run under way")
        code, log = run_cli("run", images, "-o", out, "-j", "1", "--no-progress")
        assert code == 10, log
        assert log.strip().splitlines() == [
            f"labelscribe: {out} is in use by another labelscribe command (labelscribe run, "
            f"pid {first.pid}, since {log.split('since ')[1].split(')')[0]}): wait for it to "
            "finish, or write to another folder"
        ]
        code, log = finish(first)
        assert code == 0, log
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
    assert len(occurrence_rows(out)) == COUNT
    # Once the first is done, the folder is free again (and everything in it is done).
    code, log = run_cli("run", images, "-o", out, "-j", "1", "--no-progress")
    assert code == 0, log
    assert f"resuming: {COUNT} of {COUNT} images are done already" in log


def test_a_read_only_output_folder_is_refused_before_the_first_image(
    images: Path, tmp_path: Path
) -> None:
    with read_only(tmp_path / "out") as out:
        started = time.monotonic()
        code, log = run_cli("run", images, "-o", out / "batch", "--no-progress")
    assert code == 9, log
    assert log.strip().splitlines() == [
        f"labelscribe: cannot create the output folder: {out / 'batch'} is on a read-only file "
        "system"
        if os.geteuid() == 0
        else f"labelscribe: cannot create the output folder: no permission to write in "
        f"{out / 'batch'}"
    ]
    assert time.monotonic() - started < 30  # no image was read


def test_a_read_only_crops_folder_stops_the_run_with_one_sentence(
    images: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with read_only(out / "crops"):
        code, log = run_cli("run", images, "-o", out, "-j", "2", "--no-progress")
    assert code == 9, log
    assert "Traceback" not in log
    last = log.strip().splitlines()[-1]
    assert last.startswith("labelscribe: cannot save label crops: ")
    assert "read-only file system" in last or "no permission" in last
    assert last.endswith(
        f"make room, then run `labelscribe run --resume -o {out}` to read the others"
    )
    # no record claims a crop that was not written
    assert record_files(out) == []


def test_too_little_space_is_found_before_the_first_image(images: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "256k") as small:
        code, log = run_cli("run", images, "-o", small / "out", "--no-progress")
        assert code == 9, log
        line = log.strip()
        assert line.startswith(f"labelscribe: the disk holding {small / 'out'} has ")
        assert "free and this batch needs about" in line
        assert line.endswith("or leave out crops with --no-crops")
        assert record_files(small / "out") == []


def test_a_disk_that_fills_mid_run_stops_it_and_the_run_resumes(
    images: Path, reference: Path, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "disk", "6m") as disk:
        out = disk / "out"
        process = labelscribe("run", images, "-o", out, "-j", "2", "--no-progress")
        try:
            wait_for(lambda: len(record_files(out)) >= 2, 120, "two images recorded")
            filler = disk / "filler"
            with filler.open("wb") as fh:  # fill what is left: the real ENOSPC
                try:
                    while True:
                        fh.write(b"\0" * 65536)
                        fh.flush()
                except OSError as e:
                    assert e.errno == errno.ENOSPC
            code, log = finish(process, timeout=120)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
        assert code == 9, log
        assert "Traceback" not in log
        last = log.strip().splitlines()[-1]
        assert f"the disk holding {out}" in last and "is full" in last
        assert f"run `labelscribe run --resume -o {out}` to read the others" in last
        done = record_files(out)
        assert done  # what was recorded stays, whole
        assert not [p for p in (out / "records").iterdir() if p.name.endswith(".part")]

        filler.unlink()
        code, log = run_cli("run", "--resume", "-o", out, "-j", "2", "--no-progress")
        assert code == 0, log
        for name in ("occurrence.csv", "dwca.zip"):
            assert (out / name).read_bytes() == (reference / name).read_bytes(), name


CRASH_BETWEEN_RENAMES = """
import os, sys
from pathlib import Path
import pipelines.outputs.staging as staging
from models.config import DatasetMetadata
from pipelines.outputs import read_records, write_outputs

renames = []
real = Path.replace

def replace(self, target):
    result = real(self, target)
    renames.append(target)
    if len(renames) == int(sys.argv[2]):
        os._exit(3)  # the power goes off between two renames
    return result

out = Path(sys.argv[1])
records = read_records(out / "records.jsonl")[:-1]  # a different set: one record fewer
Path.replace = replace
write_outputs(records, out, DatasetMetadata())
"""


def test_a_crash_between_the_renames_is_caught_by_validate(reference: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("occurrence.csv", "records.jsonl", "failures.csv", "dwca.zip", "manifest.json"):
        (out / name).write_bytes((reference / name).read_bytes())
    code, log = run_cli("validate", out)
    assert code == 0, log
    crash = subprocess.run(
        [sys.executable, "-c", CRASH_BETWEEN_RENAMES, str(out), "3"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        check=False,
    )
    assert crash.returncode == 3, crash.stderr
    parts = [p.name for p in out.iterdir() if p.name.endswith(".part")]
    assert len(parts) == 2  # failures.csv and dwca.zip were not renamed
    code, log = run_cli("validate", out)
    assert code == 8, log
    assert "is not the file written with the rest of the set" in log
    assert f"labelscribe: {out} is not ready to publish" in log

    # The next writer of the folder removes the leftovers and writes a whole set again.
    write_outputs(read_records(reference / "records.jsonl"), out, DatasetMetadata())
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    code, log = run_cli("validate", out)
    assert code == 0, log


def test_settings_changed_since_the_records_were_made(images: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    some = tmp_path / "some"
    some.mkdir()
    for path in sorted(images.iterdir())[:2]:
        (some / path.name).write_bytes(path.read_bytes())
    runner = CliRunner()
    args = ["run", str(some), "-o", str(out), "-j", "1", "--no-progress"]
    assert runner.invoke(cli, args).exit_code == 0
    result = runner.invoke(cli, [*args, "--no-crops"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"labelscribe: {out} holds records made with other settings (save_crops): add --fresh "
        "to read every image again with the new ones, --resume to keep what is done, or write "
        "to another folder"
    )
    result = runner.invoke(cli, [*args, "--no-crops", "--fresh"])
    assert result.exit_code == 0, result.output
    assert "resuming" not in result.output
    # a changed image is read again, an unchanged one is not
    first = sorted(some.iterdir())[0]
    first.write_bytes(first.read_bytes() + b"\0")
    result = runner.invoke(cli, [*args, "--no-crops"])
    assert result.exit_code == 0, result.output
    assert "resuming: 1 of 2 images are done already" in result.output


def test_unreadable_folders_and_broken_links_are_reported(images: Path, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    (folder / "locked").mkdir(parents=True)
    (folder / "open").mkdir()
    first = sorted(images.iterdir())[0]
    (folder / "open" / "a.jpg").write_bytes(first.read_bytes())
    (folder / "locked" / "b.jpg").write_bytes(first.read_bytes())
    (folder / "open" / "gone.jpg").symlink_to(tmp_path / "moved" / "gone.jpg")
    (folder / "locked").chmod(0)
    try:
        code, log = run_cli(
            "run", folder, "-o", tmp_path / "out", "-j", "1", "--no-crops", "--no-progress",
            as_user=True,
        )  # fmt: skip
    finally:
        (folder / "locked").chmod(0o755)
    assert code == 0, log
    assert (
        f"warning: cannot read folder {folder / 'locked'} (Permission denied): its images are left out"
        in log
    )
    assert (
        f"warning: broken link {folder / 'open' / 'gone.jpg'} -> {tmp_path / 'moved' / 'gone.jpg'}"
        in log
    )
    assert "2 images, 1 records, 1 failed" in log
    failures = occurrence_rows(tmp_path / "out", "failures.csv")
    assert [(r["source_image"], r["message"]) for r in failures] == [
        (str(folder / "open" / "gone.jpg"), f"file not found: {folder / 'open' / 'gone.jpg'}")
    ]


def test_a_full_disk_while_saving_crops_stops_the_run(
    images: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The injected variant of the tmpfs test (no root needed): the crops' write fails ENOSPC."""

    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))

    # Path.write_bytes is what writes the crops (record files and outputs use os-level writes)
    monkeypatch.setattr(Path, "write_bytes", full)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["run", str(images), "-o", str(out), "-j", "1", "--no-progress"]
    )
    assert result.exit_code == 9, result.output
    assert result.output.strip().splitlines()[-1] == (
        f"labelscribe: cannot save label crops: the disk holding {out / 'crops' / 'img00'} is "
        f"full; 0 of {COUNT} images are done and recorded: make room, then run "
        f"`labelscribe run --resume -o {out}` to read the others"
    )
    assert record_files(out) == []  # no record points at a crop that is not there


def test_an_unexpected_error_is_one_line_and_its_traceback_needs_v(
    images: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import worker.cli

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated crash")

    monkeypatch.setattr(worker.cli, "plan_batch", crash)
    args = ["run", str(images), "-o", str(tmp_path / "out"), "--no-progress"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 15
    assert result.output == (
        "labelscribe: internal error: RuntimeError: simulated crash (run with -v for details)\n"
    )
    caplog.set_level(logging.INFO, logger="labelscribe")
    result = CliRunner().invoke(cli, ["-v", *args])
    assert result.exit_code == 15
    [details] = [r for r in caplog.records if r.exc_info]  # -v: the traceback goes to the log
    assert details.exc_info is not None and details.exc_info[0] is RuntimeError


def test_an_output_path_that_is_a_file(images: Path, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("notes\n")
    result = CliRunner().invoke(cli, ["run", str(images), "-o", str(tmp_path / "out")])
    assert result.exit_code == 9
    assert result.output == f"labelscribe: {tmp_path / 'out'} exists and is not a folder\n"


def test_resume_keeps_the_stopped_runs_paths_and_settings(images: Path, tmp_path: Path) -> None:
    some = tmp_path / "some"
    some.mkdir()
    for path in sorted(images.iterdir())[:2]:
        (some / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["-o", str(out), "-j", "1", "--no-progress", "--no-crops"]
    result = runner.invoke(cli, ["run", str(some), *args, "--catalog-pattern", r"img(\d+)"])
    assert result.exit_code == 0, result.output
    (out / "records" / "img01.json").unlink()  # as if stopped before the second image
    result = runner.invoke(cli, ["run", "--resume", "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "resuming: 1 of 2 images are done already" in result.output
    run = json.loads((out / "run.json").read_bytes())
    assert run["settings"]["catalog_number_pattern"] == r"img(\d+)"
    assert run["settings"]["save_crops"] is False
    assert run["paths"] == [str(some)]
    result = runner.invoke(cli, ["run", "--resume", "-o", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert (
        f"give the image files or folders to read ({tmp_path / 'empty'} holds no run to resume)"
        in result.output
    )
