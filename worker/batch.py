"""Local mode: process files and folders in-process, in parallel across images, with a progress bar.

A batch survives its operator:
- every finished image is recorded at once, durably, in OUT/records/<image_id>.json (the queue
  mode's record files: temporary name, fsync, rename), with the size and modification time of its
  source file, so a batch that stops for any reason resumes where it stopped (`plan_batch`);
- Ctrl+C or SIGTERM stops the batch within seconds (`Stop`): no new image is started, the images
  in flight get `GRACE_SECONDS` to finish and are abandoned after that (or at once on a second
  signal), and the caller writes the outputs of what is done;
- worker processes die with their parent however it dies, SIGKILL included (`_worker_init`).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from models.config import PipelineSettings
from models.errors import OutputFolderError
from models.record import ErrorRecord, SpecimenRecord
from pipelines.outputs.cells import readable
from pipelines.process import build_record, process_image

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff"})

# How long the images in flight may take to finish after a stop is asked for; then they are
# abandoned (their workers killed) and read again on resume.
GRACE_SECONDS = 5.0
# How often the batch loop looks at the stop flag while images are being read.
POLL_SECONDS = 0.2


def collect_images(paths: Iterable[Path], problems: list[str] | None = None) -> list[Path]:
    """Image files under the given paths, in a stable order.

    Folders are searched recursively for image suffixes; a file named explicitly is always taken,
    so a mislabelled file yields an error record rather than silently disappearing. So is a link
    with an image suffix whose target is gone (its record says the file is not found). A folder
    that cannot be read is not skipped in silence: a sentence saying so is added to `problems`.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(_walk(path, problems)))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def _walk(root: Path, problems: list[str] | None) -> Iterator[Path]:
    def unreadable(e: OSError) -> None:
        message = f"cannot read folder {readable(str(e.filename))} ({e.strerror}): its images are left out"
        log.warning("%s", message)
        if problems is not None:
            problems.append(message)

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs.sort()
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in IMAGE_SUFFIXES:
                continue
            path = Path(folder) / name
            if path.is_symlink() and not path.exists():
                message = f"broken link {readable(str(path))} -> {readable(str(path.readlink()))}"
                log.warning("%s", message)
                if problems is not None:
                    problems.append(message)
            elif not path.is_file():
                continue
            yield path


def image_ids(paths: Sequence[Path]) -> list[str]:
    """File stems, made unique within the batch (two folders may hold the same file name)."""
    counts: dict[str, int] = {}
    ids = []
    for p in paths:
        n = counts.get(p.stem, 0) + 1
        counts[p.stem] = n
        ids.append(p.stem if n == 1 else f"{p.stem}-{n}")
    return ids


def default_jobs() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


def _crashed(path: Path, image_id: str, settings: PipelineSettings, message: str) -> SpecimenRecord:
    error = ErrorRecord(stage="worker", kind="worker_crashed", message=message, transient=True)
    return build_record(path, settings, image_id=image_id, errors=[error])


# --- stopping -----------------------------------------------------------------------------------


@dataclass
class Stop:
    """What the operator asked for: nothing yet, a stop (finish the images in flight for up to
    `grace` seconds), or, on a second signal, an immediate stop."""

    grace: float = GRACE_SECONDS
    signal_name: str | None = None
    deadline: float = float("inf")
    hurry: bool = False

    @property
    def requested(self) -> bool:
        return self.signal_name is not None

    @property
    def now(self) -> bool:
        """Abandon the images in flight now."""
        return self.hurry or time.monotonic() >= self.deadline

    def ask(self, signum: int) -> None:
        if self.signal_name is None:
            self.signal_name = signal.Signals(signum).name
            self.deadline = time.monotonic() + self.grace
        else:
            self.hurry = True

    @contextmanager
    def installed(self, *, interrupt_on_second: bool = False) -> Iterator[Stop]:
        """Catch SIGINT and SIGTERM for the block (main thread only; elsewhere a no-op).

        With `interrupt_on_second` (images read in this very process), a second signal raises
        KeyboardInterrupt, abandoning the image at hand.
        """
        if threading.current_thread() is not threading.main_thread():
            yield self
            return

        def handler(signum: int, frame: FrameType | None) -> None:
            first = not self.requested
            self.ask(signum)
            if first:
                log.warning(
                    "%s: stopping; the images in flight get %.0f s to finish",
                    self.signal_name,
                    self.grace,
                )
            elif interrupt_on_second:
                raise KeyboardInterrupt

        previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for s, old in previous.items():
                signal.signal(s, old)


# --- worker processes ---------------------------------------------------------------------------

PR_SET_PDEATHSIG = 1


def _worker_init(parent: int) -> None:
    """Runs first in each worker process: die with the parent, leave Ctrl+C to the parent.

    A terminal's Ctrl+C reaches every process of the foreground group; the parent decides what
    happens (finish, then stop), so workers ignore SIGINT.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """Have this process killed when `parent` dies, even by SIGKILL.

    PR_SET_PDEATHSIG asks the kernel to do it; where there is no prctl (not Linux), a thread
    watches the parent instead. A parent that died already ends this process at once.
    """
    armed = False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        armed = False
    if os.getppid() != parent:  # the parent died before the prctl took effect
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Abandon the images in flight: kill the pool's processes and drop what is queued."""
    # The executor has no public way to stop work in progress; its process table is the way in.
    processes = dict(getattr(pool, "_processes", None) or {})
    for process in processes.values():
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


# --- the batch ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    index: int
    path: Path
    image_id: str


def run_batch(
    paths: Sequence[Path],
    settings: PipelineSettings,
    *,
    out_dir: Path,
    jobs: int,
    progress: Callable[[SpecimenRecord], None] | None = None,
    ids: Sequence[str] | None = None,
    stop: Stop | None = None,
) -> list[SpecimenRecord]:
    """One record per image read, in input order; a crash of one image never costs the others.

    `progress` is called with each record as soon as it is done (in the parent process: the place
    to record it durably). With a `stop` that was asked for, the batch ends early and the images
    not done are missing from the result. OutputFolderError (a full or read-only output folder)
    stops the batch and is raised.
    """
    ids = list(ids) if ids is not None else image_ids(paths)
    todo = [Job(i, p, image_id) for i, (p, image_id) in enumerate(zip(paths, ids, strict=True))]
    stop = stop or Stop()
    results: dict[int, SpecimenRecord] = {}

    def done(job: Job, record: SpecimenRecord) -> None:
        results[job.index] = record
        if progress:
            progress(record)

    if jobs <= 1:
        with stop.installed(interrupt_on_second=True):
            for job in todo:
                if stop.requested:
                    break
                try:
                    record = process_image(
                        job.path, settings, image_id=job.image_id, out_dir=out_dir
                    )
                    done(job, record)
                except KeyboardInterrupt:
                    if stop.requested:
                        break  # the second signal: the image at hand is abandoned
                    raise
    else:
        with stop.installed():
            _run_pool(todo, settings, out_dir=out_dir, jobs=jobs, done=done, stop=stop)
    return [results[i] for i in sorted(results)]


def _run_pool(
    todo: list[Job],
    settings: PipelineSettings,
    *,
    out_dir: Path,
    jobs: int,
    done: Callable[[Job, SpecimenRecord], None],
    stop: Stop,
) -> None:
    pending = todo
    strikes: dict[int, int] = {}
    context = multiprocessing.get_context("fork")
    while pending and not stop.requested:
        # A process killed by the OS (out of memory, a segfault in an engine) breaks the whole pool
        # and every unfinished image with it. Those go round again; an image caught in two breaks is
        # then run alone, so only the image that kills its worker is recorded as failed.
        alone = [j for j in pending if strikes.get(j.index, 0) >= 2]
        shared = [j for j in pending if strikes.get(j.index, 0) < 2]
        broken: list[Job] = []
        for group in [[j] for j in alone] + ([shared] if shared else []):
            if stop.requested:
                break
            pool = ProcessPoolExecutor(
                max_workers=min(jobs, len(group)),
                mp_context=context,
                initializer=_worker_init,
                initargs=(os.getpid(),),
            )
            try:
                broken += _drain(pool, group, settings, out_dir, done, stop, strikes)
            except BaseException:
                _kill_workers(pool)
                raise
            if stop.requested:
                _kill_workers(pool)
            else:
                pool.shutdown(wait=True)
        pending = sorted(broken, key=lambda j: j.index)


def _drain(
    pool: ProcessPoolExecutor,
    group: list[Job],
    settings: PipelineSettings,
    out_dir: Path,
    done: Callable[[Job, SpecimenRecord], None],
    stop: Stop,
    strikes: dict[int, int],
) -> list[Job]:
    """Read the group's images in the pool; returns those caught in a broken pool."""
    futures: dict[Future[SpecimenRecord], Job] = {
        pool.submit(process_image, j.path, settings, image_id=j.image_id, out_dir=out_dir): j
        for j in group
    }
    broken: list[Job] = []
    waiting = set(futures)
    cancelled = False
    while waiting:
        if stop.requested:
            if not cancelled:
                for future in waiting:
                    future.cancel()  # the queued ones; those running are not affected
                waiting = {f for f in waiting if not f.cancelled()}
                cancelled = True
            if stop.now or not waiting:
                return broken
        finished, waiting = wait(waiting, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
        for future in finished:
            job = futures[future]
            if future.cancelled():
                continue
            try:
                record = future.result()
            except BrokenProcessPool:
                if len(group) == 1 and strikes.get(job.index, 0) >= 2:
                    message = "the worker process died while reading this image"
                    done(job, _crashed(job.path, job.image_id, settings, message))
                else:
                    strikes[job.index] = strikes.get(job.index, 0) + 1
                    broken.append(job)
                continue
            except OutputFolderError:
                raise
            except Exception as e:
                record = _crashed(job.path, job.image_id, settings, f"{type(e).__name__}: {e}")
            done(job, record)
    return broken
