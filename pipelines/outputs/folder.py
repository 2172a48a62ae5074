"""The output folder: checked before any work, held against a second writer, cleared of debris.

- `check_folder` runs before the first image: the folder can be created, a file can be written and
  fsynced in it, and the disk has room for a first estimate of the batch; otherwise one sentence
  says what is wrong, instead of a traceback after hours of work.
- `locked` holds an exclusive `flock` on OUT/.labelscribe.lock while a command writes the folder's
  outputs (run, export, export-reviewed), so two of them never interleave their files; a second
  one stops at once and says who holds the folder. The lock is released by the kernel when its
  holder dies, however it dies, so a crash never leaves a stale lock behind.
- `remove_stale_parts` deletes the temporary files (`.NAME.PID.HEX.part`) a crash left behind.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from models.errors import FolderBusyError, OutputFolderError
from pipelines.outputs.cells import readable

log = logging.getLogger(__name__)

LOCK_FILE = ".labelscribe.lock"
MANIFEST = "manifest.json"  # the sizes and hashes of the output set (see staging, validate)
PART_SUFFIX = ".part"

_held: dict[str, int] = {}
_held_lock = threading.Lock()


def human_bytes(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TB"


def describe_os_error(e: OSError, where: Path | str | None = None, *, writing: bool = True) -> str:
    """One sentence for an operating-system error on `where` (default: the error's file name)."""
    place = readable(str(where if where is not None else e.filename or "a file"))
    if e.errno in (errno.ENOSPC, errno.EDQUOT):
        what = "full" if e.errno == errno.ENOSPC else "over its quota"
        return f"the disk holding {place} is {what}"
    if e.errno == errno.EROFS:
        return f"{place} is on a read-only file system"
    if e.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to write in {place}" if writing else f"permission denied: {place}"
    if e.errno == errno.ENAMETOOLONG:
        return f"a file name in {place} is too long for its file system"
    verb = "cannot write in" if writing else "cannot use"
    return f"{verb} {place}: {e.strerror or e}"


def check_folder(out_dir: Path, *, need_bytes: int = 0) -> None:
    """Create `out_dir` if needed and prove it usable: writable, and `need_bytes` free on its disk."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError as e:
        raise OutputFolderError(f"{readable(str(out_dir))} exists and is not a folder") from e
    except OSError as e:
        raise OutputFolderError(
            f"cannot create the output folder: {describe_os_error(e, out_dir)}"
        ) from e
    if not out_dir.is_dir():
        raise OutputFolderError(f"{readable(str(out_dir))} exists and is not a folder")
    probe = out_dir / f".labelscribe-probe.{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, b"\0" * 4096)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as e:
        raise OutputFolderError(
            f"the output folder cannot be written: {describe_os_error(e, out_dir)}"
        ) from e
    finally:
        with suppress(OSError):
            probe.unlink(missing_ok=True)
    free = shutil.disk_usage(out_dir).free
    if free < need_bytes:
        raise OutputFolderError(
            f"the disk holding {readable(str(out_dir))} has {human_bytes(free)} free and this "
            f"batch needs about {human_bytes(need_bytes)} (records, outputs and label crops): "
            "free some space, choose another output folder, or leave out crops with --no-crops"
        )


@contextmanager
def locked(out_dir: Path, what: str = "labelscribe") -> Iterator[None]:
    """Hold the folder's lock for the block; a second holder in another process is refused.

    Re-entrant within one process (run holds it, and `write_outputs` inside the run asks again).
    """
    key = os.path.realpath(out_dir)
    with _held_lock:
        if key in _held:
            _held[key] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _held_lock:
                _held[key] -= 1
        return
    path = out_dir / LOCK_FILE
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise OutputFolderError(
            f"the output folder cannot be written: {describe_os_error(e, out_dir)}"
        ) from e
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown"
            raise FolderBusyError(
                f"{readable(str(out_dir))} is in use by another labelscribe command ({holder}): "
                "wait for it to finish, or write to another folder"
            ) from e
        note = f"{what}, pid {os.getpid()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}"
        os.ftruncate(fd, 0)
        os.pwrite(fd, note.encode(), 0)
        with _held_lock:
            _held[key] = 1
        try:
            yield
        finally:
            with _held_lock:
                _held.pop(key, None)
    finally:
        os.close(fd)  # releases the lock


def is_part(name: str) -> bool:
    return name.startswith(".") and name.endswith(PART_SUFFIX)


def remove_stale_parts(folder: Path, *, older_than: float = 0.0) -> int:
    """Delete temporary `.part` files in `folder` (not below it) at least `older_than` seconds old.

    In a folder held with `locked`, every .part file is a crash's leftover (older_than=0); in a
    folder that queue workers write at the same time (OUT/records), only old ones are.
    """
    removed = 0
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not is_part(entry.name):
            continue
        try:
            if older_than and now - entry.stat(follow_symlinks=False).st_mtime < older_than:
                continue
            Path(entry.path).unlink()
            removed += 1
        except OSError as e:
            log.warning("cannot remove %s: %s", readable(entry.path), e.strerror)
    if removed:
        log.info("removed %d unfinished temporary files in %s", removed, readable(str(folder)))
    return removed
