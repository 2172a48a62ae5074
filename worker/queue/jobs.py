"""The rq job for one image, and what happens when it fails for good.

`read_image` is the job: it runs the same recipe as local mode (`process_image`), writes the record
file, then marks the image done in the batch. Failures are split as models.errors splits them:
  - transient (an I/O hiccup, Redis lost mid-job, an unexpected crash): the job raises and rq
    retries it, at most `QueueSettings.retries` times (`Retry` on every job);
  - permanent (an unreadable image, a job timeout): no retry; the job lands in rq's
    FailedJobRegistry and the image gets one failure record saying why.
A worker that dies mid-job (SIGKILL, a segfault in an engine, a machine that goes away) is the
transient case too: rq finds the abandoned job once its heartbeat lapses and retries it, and the
image fails for good only if that keeps happening.
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path
from types import TracebackType
from typing import Any

import redis
from rq.exceptions import AbandonedJobError
from rq.job import Job
from rq.timeouts import JobTimeoutException

from models.errors import InputFileError, LabelscribeError, TransientError
from models.record import ErrorRecord
from pipelines.process import build_record, process_image
from worker.queue import batches
from worker.queue.records import write_record

log = logging.getLogger(__name__)


class RecordedFailure(InputFileError):
    """The image cannot be read; its record (with the reason) is already written."""


class ImageTimeout(BaseException):
    """The job ran past its timeout: what our workers' alarm raises (workers.TimeoutPenalty).

    Not rq's JobTimeoutException, which is an Exception: the recipe (process_image) turns any
    Exception in a stage into an error record and carries on, so a timeout in, say, the OCR stage
    was swallowed there, the rest of the image ran with no time limit at all, and the image was
    counted done with a partial record. A BaseException passes through the stages untouched;
    `read_image` turns it back into JobTimeoutException, so rq, `on_failure` and the
    FailedJobRegistry see the ordinary rq timeout.
    """


def current_job() -> Job:
    from rq import get_current_job

    job = get_current_job()
    if job is None:
        raise RuntimeError("read_image runs as an rq job (labelscribe worker), not directly")
    return job


def read_image(batch_name: str, image_id: str, path: str) -> dict[str, Any]:
    """The job: one image of `batch_name` -> OUT/records/<image_id>.json."""
    try:
        return _read_image(batch_name, image_id, path)
    except ImageTimeout as e:
        raise JobTimeoutException(str(e)) from e  # the chain shows where the time went


def _read_image(batch_name: str, image_id: str, path: str) -> dict[str, Any]:
    job = current_job()
    conn = job.connection
    batch = batches.load(conn, batch_name)
    batches.mark_started(conn, batch_name)
    record = process_image(Path(path), batch.settings, image_id=image_id, out_dir=batch.out_dir)
    transient = [e for e in record.errors if e.transient]
    if transient and (job.retries_left or 0) > 0:
        first = transient[0]
        raise TransientError(f"{first.stage}: {first.message} (will retry)")
    write_record(batch.out_dir, record)
    if record.failed:
        reason = "; ".join(e.message for e in record.errors)
        batches.mark_failed(conn, batch_name, image_id, reason)
        raise RecordedFailure(reason)
    batches.mark_done(conn, batch_name, image_id)
    return {"record": f"records/{image_id}.json", "errors": len(record.errors)}


def _reason(exc_type: type[BaseException] | None, exc: BaseException | None) -> tuple[str, str]:
    """(kind, message) for a failure record."""
    if isinstance(exc, JobTimeoutException | ImageTimeout):
        return "timeout", (
            f"gave up: the image took longer than the job timeout ({exc}); raise "
            "LABELSCRIBE_QUEUE__JOB_TIMEOUT and run `labelscribe retry-failed`"
        )
    if isinstance(exc, AbandonedJobError) or exc_type is AbandonedJobError:
        return "worker_lost", (
            "the worker reading this image stopped responding on every attempt (killed, "
            "crashed in an engine, or its machine went down); check the worker logs"
        )
    if isinstance(exc, LabelscribeError):
        return exc.kind, exc.message
    name = exc_type.__name__ if exc_type else "error"
    return "internal", f"{name}: {exc}"


def is_permanent(exc: BaseException | None) -> bool:
    # ImageTimeout: the alarm went off just after read_image returned, outside its conversion.
    if isinstance(exc, JobTimeoutException | ImageTimeout):
        return True  # an image that took the whole timeout will take it again
    return isinstance(exc, LabelscribeError) and not exc.transient


def on_failure(
    job: Job,
    connection: redis.Redis,
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    traceback: TracebackType | None,
) -> None:
    """rq's failure callback: runs before rq decides to retry, on the job object it decides with.

    Called in the job's process when the job raised, and by the registry cleanup (in whichever
    worker does maintenance) when the job was abandoned.
    """
    if is_permanent(exc):
        job.retries_left = 0  # rq retries only while retries_left > 0
    if isinstance(exc, RecordedFailure):
        return
    if job.retries_left:
        log.warning("job %s failed, %d retries left: %s", job.id, job.retries_left, exc)
        return
    kind, message = _reason(exc_type, exc)
    record_failure(job, connection, kind=kind, message=message)


def on_horse_killed(job: Job, retpid: int, ret_val: int, rusage: object) -> None:
    """Fork mode: the child running the job died (a segfault, the OOM killer, os._exit)."""
    if job.retries_left:
        log.warning("job %s: worker process died (status %s), will retry", job.id, ret_val)
        return
    how = f"exit status {os.waitstatus_to_exitcode(ret_val)}" if ret_val else "unknown status"
    if ret_val and os.WIFSIGNALED(ret_val):
        how = f"signal {signal.Signals(os.WTERMSIG(ret_val)).name}"
    record_failure(
        job,
        job.connection,
        kind="worker_crashed",
        message=f"the worker process died while reading this image ({how}) on every attempt",
    )


def record_failure(job: Job, connection: redis.Redis, *, kind: str, message: str) -> None:
    """One failure record file for the image, and the image marked failed in its batch."""
    batch_name, image_id, path = job.args
    batch = batches.load(connection, batch_name)
    error = ErrorRecord(stage="queue", kind=kind, message=message)
    record = build_record(Path(path), batch.settings, image_id=image_id, errors=[error])
    write_record(batch.out_dir, record)
    batches.mark_failed(connection, batch_name, image_id, message)
    log.error("%s: failed for good: %s", path, message)
