"""`labelscribe status`: how far a batch is, how fast it goes and when it will be done."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass
from typing import Any

import redis
from rq import Queue, Worker
from rq.registry import StartedJobRegistry

from worker.queue import batches

log = logging.getLogger(__name__)

RATE_WINDOW_MINUTES = 5


@dataclass(frozen=True)
class BatchStatus:
    batch: str
    out_dir: str
    queue: str
    total: int
    done: int
    failed: int
    running: int
    queued: int
    rate_per_second: float  # images finished per second over the last few minutes
    eta_seconds: float | None
    workers: int

    @property
    def finished(self) -> int:
        return self.done + self.failed

    @property
    def complete(self) -> bool:
        return self.finished >= self.total

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _rate(conn: redis.Redis, name: str, now: float, started_at: float | None) -> float:
    minute = int(now // 60)
    first = minute - RATE_WINDOW_MINUTES + 1
    counts = conn.hmget(batches.key(name, "minutes"), [str(m) for m in range(first, minute + 1)])
    finished = sum(int(c) for c in counts if c is not None)
    if not finished:
        return 0.0
    window_start = first * 60.0
    if started_at is not None:
        window_start = max(window_start, started_at)
    return finished / max(now - window_start, 1.0)


def batch_status(conn: redis.Redis, name: str, *, now: float | None = None) -> BatchStatus:
    now = time.time() if now is None else now
    batch = batches.load(conn, name)
    with conn.pipeline() as pipe:
        pipe.hlen(batches.key(name, "images"))
        pipe.scard(batches.key(name, "done"))
        pipe.hlen(batches.key(name, "failed"))
        pipe.hget(batches.key(name, "meta"), "first_started_at")
        total, done, failed, started_raw = pipe.execute()
    queue = Queue(batch.queue, connection=conn)
    # cleanup=False: cleaning here would retry abandoned jobs without the workers' handlers; that
    # is the workers' maintenance task.
    started = StartedJobRegistry(queue=queue).get_job_ids(cleanup=False)
    # rq takes a failed job out of its started registry just after our failure handler has counted
    # the image as failed: an image that finished is never running
    left = max(0, int(total) - int(done) - int(failed))
    running = min(left, sum(1 for job_id in started if batches.batch_of_job(job_id) == name))
    queued = left - running
    rate = _rate(conn, name, now, float(started_raw) if started_raw else None)
    remaining = queued + running
    eta = remaining / rate if rate > 0 else (0.0 if remaining == 0 else None)

    return BatchStatus(
        batch=name,
        out_dir=str(batch.out_dir),
        queue=batch.queue,
        total=int(total),
        done=int(done),
        failed=int(failed),
        running=running,
        queued=queued,
        rate_per_second=round(rate, 3),
        eta_seconds=None if eta is None else round(eta, 1),
        workers=Worker.count(connection=conn, queue=queue),
    )


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "unknown (nothing finished in the last minutes; are workers running?)"
    s = int(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"


def describe(status: BatchStatus) -> str:
    lines = [
        f"batch {status.batch}: {status.total} images, queue {status.queue}, "
        f"{status.workers} workers, out {status.out_dir}",
        f"  done {status.done}  failed {status.failed}  running {status.running}  "
        f"queued {status.queued}",
    ]
    if status.complete:
        lines.append("  complete: run `labelscribe export " + status.batch + "`")
    else:
        lines.append(
            f"  rate {status.rate_per_second * 3600:.0f} images/hour, "
            f"ETA {duration(status.eta_seconds)}"
        )
    return "\n".join(lines)
