"""Write a set of output files so that readers never see a half-written one.

Each file is written to a hidden temporary name in the output folder itself (so the final rename
never crosses a file system), flushed and fsynced; only when every file of the set is complete are
they moved into place with `os.replace`. An exception half-way leaves the previous outputs
untouched and removes the temporary files; a crash (power cut, SIGKILL) leaves `.part` files, which
the next writer of the folder removes (`folder.remove_stale_parts`).

A crash in the middle of the renames would leave files of two runs side by side; `manifest` lists
the set's sizes and hashes, is renamed first, and lets `validate` tell such a mix apart.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, TextIO

log = logging.getLogger(__name__)


class Staging:
    """Temporary files waiting to replace their final names in one folder."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._pending: dict[Path, Path] = {}

    @contextmanager
    def binary(self, name: str) -> Iterator[BinaryIO]:
        final = self.out_dir / name
        temp = self.out_dir / temp_name(name)
        # os.open with mode 0o666 (rather than mkstemp's 0o600) lets the umask decide, so the final
        # file has the permissions of any other file the curator creates there.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        self._pending[final] = temp
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())

    @contextmanager
    def text(self, name: str) -> Iterator[TextIO]:
        """UTF-8 without BOM; newline="" lets the csv module choose line ends (RFC 4180: CRLF)."""
        with self.binary(name) as raw:
            wrapper = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            try:
                yield wrapper
                wrapper.flush()
            finally:
                wrapper.detach()  # leave closing (and the fsync) to the binary context

    def digests(self) -> dict[str, dict[str, Any]]:
        """Size and SHA-256 of every file staged so far, by final name."""
        found: dict[str, dict[str, Any]] = {}
        for final, temp in self._pending.items():
            with temp.open("rb") as fh:
                digest = hashlib.file_digest(fh, "sha256").hexdigest()
            found[final.name] = {"bytes": temp.stat().st_size, "sha256": digest}
        return found

    def commit(self, first: str | None = None) -> list[Path]:
        """Move every file into place, `first` (the set's manifest) before the others."""
        order = sorted(self._pending.items(), key=lambda item: item[0].name != first)
        for final, temp in order:
            temp.replace(final)  # os.replace: atomic on POSIX and Windows, overwrites the old file
        _fsync_dir(self.out_dir)
        done = list(self._pending)
        self._pending.clear()
        return done

    def discard(self) -> None:
        for temp in self._pending.values():
            temp.unlink(missing_ok=True)
        self._pending.clear()


def temp_name(name: str) -> str:
    """A hidden temporary name beside `name`; kept under the usual 255-byte limit of a file name
    (a file stem may take 250 bytes, and the suffix added here 25)."""
    tail = f".{os.getpid()}.{secrets.token_hex(4)}.part"
    if len(os.fsencode(name)) > 200:
        name = hashlib.sha256(os.fsencode(name)).hexdigest()[:32]
    return f".{name}{tail}"


@contextmanager
def staged(out_dir: Path, *, first: str | None = None) -> Iterator[Staging]:
    """Files opened on the yielded staging replace their final names only if the block succeeds;
    `first` names the file renamed before the others (a manifest)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Staging(out_dir)
    try:
        yield staging
    except BaseException:
        staging.discard()
        raise
    staging.commit(first)


def _fsync_dir(path: Path) -> None:
    # Makes the renames themselves durable on POSIX; Windows cannot open a directory, and there the
    # rename is as durable as the platform allows anyway.
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        log.debug("cannot fsync directory %s", path)
    finally:
        os.close(fd)
