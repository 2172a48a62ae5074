"""`labelscribe submit`: register a batch and enqueue one job per image, referenced by path.

Idempotent by absolute path + size + modification time: an image already in the batch with the same
size and mtime is skipped; one whose size or mtime changed (re-shot, re-exported) goes round again
under the same image id, replacing its record. Hashing the content instead would read every byte of
every image on the submitting machine (30 MB per TIFF, 30 TB for a million images) only to skip it;
the record carries the content's sha256 anyway (`image.sha256`), so duplicates under different
names are still visible in the outputs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import redis
from rq import Callback, Queue, Retry
from rq.job import Job, JobStatus

from models.config import PipelineSettings, QueueSettings
from models.errors import NothingProcessedError, UnknownBatchError
from pipelines.outputs.cells import readable
from worker.batch import collect_images
from worker.queue import batches
from worker.queue.batches import Batch, ImageEntry
from worker.queue.jobs import on_failure, read_image

log = logging.getLogger(__name__)

CHUNK = 1000
PENDING = frozenset({JobStatus.QUEUED, JobStatus.STARTED, JobStatus.DEFERRED, JobStatus.SCHEDULED})


@dataclass
class SubmitSummary:
    batch: str
    out_dir: Path
    queue: str
    found: int = 0
    enqueued: int = 0
    unchanged: int = 0
    changed: int = 0
    pending: int = 0
    seconds: float = 0.0
    enqueued_ids: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _fingerprint(path: Path) -> tuple[str, int, int]:
    resolved = path.resolve()
    try:
        st = resolved.stat()
    except OSError:
        # Named but unreadable: still a job, so the image gets a record saying what is wrong.
        return str(resolved), -1, -1
    return str(resolved), st.st_size, st.st_mtime_ns


def _unique_id(stem: str, used: set[str]) -> str:
    """The file stem, suffixed -2, -3 ... when another image of the batch has it (as local mode)."""
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}"
    used.add(candidate)
    return candidate


def open_batch(
    conn: redis.Redis,
    name: str,
    *,
    out_dir: Path | None,
    queue: str,
    settings: PipelineSettings,
) -> Batch:
    if batches.exists(conn, name):
        batch = batches.load(conn, name)
        if out_dir is not None and out_dir.resolve() != batch.out_dir:
            raise UnknownBatchError(
                f"batch {name!r} writes to {batch.out_dir}, not {out_dir.resolve()}: "
                "submit with that -o (or leave -o out), or choose another batch name"
            )
        return batch
    if out_dir is None:
        raise UnknownBatchError(f"batch {name!r} is new: give its output folder with -o OUT")
    return batches.create(conn, name, out_dir=out_dir, queue=queue, settings=settings)


def enqueue(
    conn: redis.Redis, batch: Batch, entries: Sequence[ImageEntry], settings: QueueSettings
) -> None:
    """One job per image; any earlier job of the same image is replaced, so ids stay unique."""
    queue = Queue(batch.queue, connection=conn)
    retry = Retry(max=settings.retries) if settings.retries else None
    for start in range(0, len(entries), CHUNK):
        chunk = entries[start : start + CHUNK]
        ids = [batches.job_id(batch.name, e.seq) for e in chunk]
        old = [job for job in Job.fetch_many(ids, connection=conn) if job is not None]
        with conn.pipeline() as pipe:
            for job in old:
                job.delete(pipeline=pipe)
            pipe.hset(
                batches.key(batch.name, "images"), mapping={e.image_id: e.encode() for e in chunk}
            )
            pipe.hset(batches.key(batch.name, "paths"), mapping={e.path: e.image_id for e in chunk})
            pipe.srem(batches.key(batch.name, "done"), *[e.image_id for e in chunk])
            pipe.hdel(batches.key(batch.name, "failed"), *[e.image_id for e in chunk])
            queue.enqueue_many(
                [
                    Queue.prepare_data(
                        read_image,
                        args=(batch.name, e.image_id, e.path),
                        job_id=job_id,
                        timeout=settings.job_timeout,
                        result_ttl=settings.result_ttl,
                        failure_ttl=settings.failure_ttl,
                        retry=retry,
                        on_failure=Callback(on_failure),
                        # rq reads descriptions back as strict UTF-8
                        description=f"{batch.name}: {readable(e.path)}",
                    )
                    for e, job_id in zip(chunk, ids, strict=True)
                ],
                pipeline=pipe,
            )
            pipe.execute()


def submit(
    conn: redis.Redis,
    name: str,
    paths: Iterable[Path],
    *,
    out_dir: Path | None,
    settings: PipelineSettings,
    queue_settings: QueueSettings,
    queue: str | None = None,
) -> SubmitSummary:
    started = time.perf_counter()
    batches.check_name(name)
    problems: list[str] = []
    images = collect_images(paths, problems)
    if not images:
        raise NothingProcessedError("no images found in the paths given")
    # Two submits of one batch at once would both see an image as new and give it two ids.
    with conn.lock(f"labelscribe:lock:submit:{name}", timeout=3600, blocking_timeout=120):
        batch = open_batch(
            conn, name, out_dir=out_dir, queue=queue or queue_settings.name, settings=settings
        )
        (batch.out_dir / "records").mkdir(parents=True, exist_ok=True)
        summary = SubmitSummary(
            batch=name,
            out_dir=batch.out_dir,
            queue=batch.queue,
            found=len(images),
            warnings=problems,
        )
        known = {e.image_id: e for e in batches.images(conn, name)}
        by_path = {e.path: e for e in known.values()}
        used = set(known)
        fresh: list[tuple[str, str, int, int]] = []  # (stem, path, size, mtime) still to number
        changed: list[ImageEntry] = []
        for image in images:
            path, size, mtime = _fingerprint(image)
            entry = by_path.get(path)
            if entry is None:
                fresh.append((image.stem, path, size, mtime))
            elif (entry.size, entry.mtime_ns) == (size, mtime):
                summary.unchanged += 1
            else:
                changed.append(ImageEntry(entry.image_id, path, size, mtime, entry.seq))
        if changed:
            jobs = Job.fetch_many([batches.job_id(name, e.seq) for e in changed], connection=conn)
            still = {
                e.image_id
                for e, job in zip(changed, jobs, strict=True)
                if job is not None and job.get_status(refresh=False) in PENDING
            }
            # A queued job reads the file when it runs, so it sees the new version anyway.
            summary.pending = len(still)
            if still:
                conn.hset(
                    batches.key(name, "images"),
                    mapping={e.image_id: e.encode() for e in changed if e.image_id in still},
                )
            changed = [e for e in changed if e.image_id not in still]
            summary.changed = len(changed)
        first = (
            int(conn.hincrby(batches.key(name, "meta"), "next_seq", len(fresh))) - len(fresh)
            if fresh
            else 0
        )
        new = [
            ImageEntry(_unique_id(stem, used), path, size, mtime, first + i)
            for i, (stem, path, size, mtime) in enumerate(fresh)
        ]
        todo = changed + new
        enqueue(conn, batch, todo, queue_settings)
        summary.enqueued = len(todo)
        summary.enqueued_ids = [e.image_id for e in todo]
    summary.seconds = time.perf_counter() - started
    log.info("batch %s: %d images enqueued in %.1f s", name, summary.enqueued, summary.seconds)
    return summary


def retry_failed(conn: redis.Redis, name: str, queue_settings: QueueSettings) -> list[str]:
    """Requeue every image of the batch that failed for good; returns their ids."""
    batch = batches.load(conn, name)
    failed = batches.failures(conn, name)
    entries = [e for e in batches.images(conn, name) if e.image_id in failed]
    enqueue(conn, batch, entries, queue_settings)
    return [e.image_id for e in entries]
