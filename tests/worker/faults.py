"""Helpers for fault tests: `labelscribe` as a real subprocess, its worker processes, mounts."""

from __future__ import annotations

import csv
import ctypes
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]


def labelscribe(*args: str | Path, as_user: bool = False) -> subprocess.Popen[bytes]:
    """`labelscribe ARGS` from this checkout, in its own process group, output captured.

    `as_user`: subject to file permissions even when the tests run as root (root's power to
    ignore them, CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, is dropped for the process).
    """
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "worker.cli", *map(os.fsencode, args)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_drop_root_powers if as_user and os.geteuid() == 0 else None,
    )


PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def _drop_root_powers() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def finish(process: subprocess.Popen[bytes], timeout: float = 300) -> tuple[int, str]:
    """Exit status and stderr (stdout appended) of a process started by `labelscribe`."""
    out, err = process.communicate(timeout=timeout)
    return process.returncode, (err + out).decode("utf-8", "backslashreplace")


def run_cli(*args: str | Path, timeout: float = 300, as_user: bool = False) -> tuple[int, str]:
    return finish(labelscribe(*args, as_user=as_user), timeout)


def children(pid: int) -> set[int]:
    """The direct children of `pid` (Linux /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with suppress(OSError):
            found.update(int(c) for c in (task / "children").read_text().split())
    return found


def alive(pid: int) -> bool:
    """Running (a zombie, dead and waiting to be reaped, is not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    state = next((line for line in status.splitlines() if line.startswith("State:")), "")
    return "Z" not in state.split()[1:2]


def wait_for(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout} s: {what}")


def record_files(out: Path) -> list[Path]:
    folder = out / "records"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def occurrence_rows(out: Path, name: str = "occurrence.csv") -> list[dict[str, str]]:
    with (out / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def tmpfs(where: Path, size: str, *, read_only: bool = False) -> Iterator[Path]:
    """A small tmpfs at `where` (a real file system that fills up, or a read-only one)."""
    if not can_mount():
        pytest.skip("mounting a tmpfs needs root")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` made read-only: a read-only tmpfs for root (whom permissions do not stop), else
    permissions."""
    if can_mount():
        with tmpfs(folder, "1m", read_only=True):
            yield folder
        return
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)
