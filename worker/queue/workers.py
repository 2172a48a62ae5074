"""`labelscribe worker`: rq workers that load the engines once and keep them for every job.

rq's default `Worker` forks a child per job, so whatever a job loads (the Tesseract language model
through tesserocr, a detector's network) is loaded again for the next one. `InlineWorker` (the
default) runs jobs in the worker process itself, as rq's `SimpleWorker` does, and adds what the fork
gave: a heartbeat thread while a job runs, so a worker that dies mid-job (SIGKILL, a segfault in an
engine) is noticed within `heartbeat_seconds + abandoned_after` and its job retried by another worker.
`ForkingWorker` (`LABELSCRIBE_QUEUE__FORK_PER_JOB=true`) keeps rq's fork per job, for engines that
leak or crash often: a crash then costs only the child and is seen at once.
Several workers per machine run as rq's `WorkerPool` (`-n N`), which restarts any that die.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Sequence
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any, cast
from uuid import uuid4

import redis
from rq import Queue, SimpleWorker, Worker
from rq.executions import Execution
from rq.job import Job
from rq.registry import StartedJobRegistry
from rq.timeouts import BaseDeathPenalty, JobTimeoutException, UnixSignalDeathPenalty
from rq.worker import BaseWorker, WorkerStatus
from rq.worker_pool import ForkProcess, WorkerPool

from worker.batch import die_with_parent
from worker.queue.connection import connect
from worker.queue.jobs import ImageTimeout, on_horse_killed
from worker.settings import Settings

log = logging.getLogger(__name__)


class TimeoutPenalty(UnixSignalDeathPenalty):
    """rq's SIGALRM job timeout, raising ImageTimeout (a BaseException) instead of rq's Exception.

    See jobs.ImageTimeout for why. rq runs callbacks under this class too, with the same
    exception; there the difference does not matter, as rq catches whatever a callback raises.
    Other uses (the forking worker watching its child) keep their own exception.
    """

    def handle_death_penalty(self, signum: int, frame: FrameType | None) -> None:
        if self._exception is JobTimeoutException:
            raise ImageTimeout(f"Task exceeded maximum timeout value ({self._timeout} seconds)")
        super().handle_death_penalty(signum, frame)  # type: ignore[no-untyped-call]


PUBSUB_POLL_SECONDS = 1.0


class _Lapse:
    """How long a job may go without a heartbeat before it counts as abandoned, and its timeout.

    rq hard-codes 60 s on top of the heartbeat interval; here it is a setting, so tests (and
    impatient operators) can have lost jobs retried within seconds.
    """

    abandoned_after: int = 60
    death_penalty_class: type[BaseDeathPenalty] = TimeoutPenalty
    job_monitoring_interval: int

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        interval = self.job_monitoring_interval
        if job.timeout and job.timeout > 0:
            interval = int(min(job.timeout - working_time, interval))
        return max(1, interval) + self.abandoned_after

    def subscribe(self) -> None:
        """rq's subscription to the worker's command channel, polled every second, not 60.

        rq stops the listening thread on the way out (`unsubscribe`), and redis-py's `stop` now
        waits for the thread, which sat out its whole poll once unsubscribed: `worker --burst`
        hung for up to a minute after "done, quitting".
        """
        _subscribe(cast(BaseWorker, self))


def _subscribe(worker: BaseWorker) -> None:
    worker.log.info("Worker %s: subscribing to channel %s", worker.name, worker.pubsub_channel_name)
    worker.pubsub = worker.connection.pubsub()
    worker.pubsub.subscribe(**{worker.pubsub_channel_name: worker.handle_payload})
    # rq declares the attribute as None only
    worker.pubsub_thread = worker.pubsub.run_in_thread(  # type: ignore[assignment]
        sleep_time=PUBSUB_POLL_SECONDS,
        daemon=True,
        exception_handler=worker._pubsub_exception_handler,
    )


class ForkingWorker(_Lapse, Worker):
    """rq's forking worker: one child per job."""


class InlineWorker(_Lapse, SimpleWorker):
    """Jobs run in this process; engines stay loaded between them."""

    def execute_job(self, job: Job, queue: Queue) -> None:
        execution = self.prepare_execution(job)
        done = threading.Event()
        beat = threading.Thread(
            target=self._beat, args=(job, execution, done), name="heartbeat", daemon=True
        )
        beat.start()
        try:
            self.perform_job(job, queue, execution)
        finally:
            done.set()
            beat.join()
        self.set_state(WorkerStatus.IDLE)

    def _beat(self, job: Job, execution: Execution, done: threading.Event) -> None:
        while not done.wait(self.job_monitoring_interval):
            try:
                self.maintain_heartbeats(job, execution)
            except redis.RedisError as e:  # Redis restarting: the next beat will do
                log.warning("heartbeat for job %s failed: %s", job.id, e)


def make_worker(
    settings: Settings, conn: redis.Redis, queues: Sequence[str], *, name: str | None = None
) -> BaseWorker:
    qs = settings.queue
    cls: type[ForkingWorker | InlineWorker] = ForkingWorker if qs.fork_per_job else InlineWorker
    worker = cls(
        list(queues),
        name=name or f"labelscribe-{uuid4().hex[:12]}",
        connection=conn,
        default_result_ttl=qs.result_ttl,
        job_monitoring_interval=qs.heartbeat_seconds,
        maintenance_interval=qs.maintenance_seconds,
        # An idle worker blocks in BLMOVE for worker_ttl - 15 s and does maintenance (finding
        # abandoned jobs) only between dequeues, so this keeps maintenance on schedule.
        worker_ttl=qs.maintenance_seconds + 15,
        work_horse_killed_handler=on_horse_killed,
    )
    worker.abandoned_after = qs.abandoned_after
    return worker


def _busy_elsewhere(conn: redis.Redis, queues: Sequence[str]) -> bool:
    """Jobs still queued or running (maybe on a worker that died) in any of the queues."""
    for name in queues:
        queue = Queue(name, connection=conn)
        if queue.count or StartedJobRegistry(queue=queue).get_job_count(cleanup=False):
            return True
    return False


def run_worker(
    settings: Settings,
    queues: Sequence[str],
    *,
    burst: bool,
    logging_level: str = "INFO",
    conn: redis.Redis | None = None,
) -> None:
    """One worker in this process until SIGTERM (or, with `burst`, until the queues are drained).

    Burst mode waits for jobs that other workers are running: if one of them dies, its job is
    found abandoned and retried here rather than left behind.
    """
    conn = conn or connect(settings.queue)
    if not burst:
        make_worker(settings, conn, queues).work(logging_level=logging_level)
        return
    stop = False

    def request_stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stop
        stop = True

    while not stop:
        worker = make_worker(settings, conn, queues)
        worker.work(burst=True, logging_level=logging_level)
        if worker._shutdown_requested_date is not None or not _busy_elsewhere(conn, queues):
            return
        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        deadline = time.monotonic() + settings.queue.heartbeat_seconds
        # Stop waiting as soon as the other workers' jobs are over, rather than at the deadline:
        # otherwise `worker --burst -n N` lingered a whole heartbeat interval (10 s by default)
        # after the last image was done.
        while not stop and time.monotonic() < deadline and _busy_elsewhere(conn, queues):
            time.sleep(0.5)
        worker.clean_registries()  # type: ignore[no-untyped-call]  # retries jobs whose worker stopped beating


class LabelscribePool(WorkerPool):
    """rq's WorkerPool (signals, respawning dead workers) running our worker setup."""

    def __init__(self, settings: Settings, conn: redis.Redis, queues: Sequence[str], n: int):
        super().__init__(list(queues), connection=conn, num_workers=n)
        self.settings = settings
        self.queue_list = list(queues)

    def get_worker_process(
        self, name: str, burst: bool, _sleep: float = 0, logging_level: str = "INFO"
    ) -> BaseProcess:
        return ForkProcess(
            target=_pool_child,
            args=(self.settings, self.queue_list, burst, logging_level, os.getpid()),
            name=f"labelscribe worker {name}",
        )


def _pool_child(
    settings: Settings, queues: list[str], burst: bool, logging_level: str, parent: int
) -> None:
    # A pool killed with SIGKILL cannot stop its workers: the kernel does (their jobs are then
    # found abandoned and retried, as for any worker that dies).
    die_with_parent(parent)
    # A fresh connection: sockets must not be shared with the parent across fork.
    run_worker(settings, queues, burst=burst, logging_level=logging_level)


def serve(
    settings: Settings, queues: Sequence[str], *, n: int, burst: bool, logging_level: str = "INFO"
) -> None:
    if n <= 1:
        run_worker(settings, queues, burst=burst, logging_level=logging_level)
        return
    conn: Any = connect(settings.queue)
    LabelscribePool(settings, conn, queues, n).start(burst=burst, logging_level=logging_level)
