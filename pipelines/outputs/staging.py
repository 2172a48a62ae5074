"""Write a set of output files so that readers never see a half-written one.

Each file is written to a hidden temporary name in the output folder itself (so the final rename
never crosses a file system), flushed and fsynced; only when every file of the set is complete are
they moved into place with `os.replace`. A crash or an exception half-way leaves the previous
outputs untouched and removes the temporary files.
"""

from __future__ import annotations

import io
import logging
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

log = logging.getLogger(__name__)


class Staging:
    """Temporary files waiting to replace their final names in one folder."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._pending: dict[Path, Path] = {}

    @contextmanager
    def binary(self, name: str) -> Iterator[BinaryIO]:
        final = self.out_dir / name
        temp = self.out_dir / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.part"
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

    def commit(self) -> list[Path]:
        for final, temp in self._pending.items():
            temp.replace(final)  # os.replace: atomic on POSIX and Windows, overwrites the old file
        _fsync_dir(self.out_dir)
        done = list(self._pending)
        self._pending.clear()
        return done

    def discard(self) -> None:
        for temp in self._pending.values():
            temp.unlink(missing_ok=True)
        self._pending.clear()


@contextmanager
def staged(out_dir: Path) -> Iterator[Staging]:
    """Files opened on the yielded staging replace their final names only if the block succeeds."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Staging(out_dir)
    try:
        yield staging
    except BaseException:
        staging.discard()
        raise
    staging.commit()


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
