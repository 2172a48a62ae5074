"""Faults queue mode must survive, with real forked worker processes and a real redis-server."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from multiprocessing.process import BaseProcess
from pathlib import Path

import numpy as np
import pytest
import redis
from numpy.typing import NDArray
from rq import Queue, Worker
from rq.job import Job, JobStatus
from rq.registry import FailedJobRegistry, StartedJobRegistry

import pipelines.engines.tesseract
import worker.queue.jobs
from models.config import PipelineSettings
from models.record import SpecimenRecord
from pipelines.engines.tesseract import TessResult
from pipelines.process import process_image
from worker.cli import cli
from worker.queue import batches
from worker.queue.export import export_batch
from worker.queue.status import batch_status
from worker.queue.submit import submit
from worker.queue.workers import run_worker, serve
from worker.settings import Settings

from .conftest import RedisServer, make_images

pytestmark = pytest.mark.slow
FORK = multiprocessing.get_context("fork")


def _pool(settings: Settings, n: int, *, burst: bool = False) -> None:
    os.setpgrp()  # so teardown can take the pool and its workers down together
    serve(settings, [settings.queue.name], n=n, burst=burst, logging_level="WARNING")


@pytest.fixture
def start_workers(queue_settings: Settings) -> Iterator[Callable[..., list[BaseProcess]]]:
    """`start(n)`: n plain worker processes; `start(n, pool=True)`: `labelscribe worker -n n`."""
    started: list[BaseProcess] = []
    pools: list[BaseProcess] = []

    def start(n: int, settings: Settings | None = None, *, pool: bool = False) -> list[BaseProcess]:
        s = settings or queue_settings
        procs: list[BaseProcess]
        if pool:
            procs = [FORK.Process(target=_pool, args=(s, n))]
            pools.extend(procs)
        else:
            procs = [
                FORK.Process(target=run_worker, args=(s, [s.queue.name]), kwargs={"burst": False, "logging_level": "WARNING"})
                for _ in range(n)
            ]  # fmt: skip
        for p in procs:
            p.start()
        started.extend(procs)
        return procs

    yield start
    for p in pools:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGKILL)  # type: ignore[arg-type]
    for p in started:
        if p.is_alive():
            os.kill(p.pid, signal.SIGKILL)  # type: ignore[arg-type]
        p.join(10)


def _submit(conn: redis.Redis, settings: Settings, folder: Path, out: Path) -> None:
    submit(
        conn,
        "f1",
        [folder],
        out_dir=out,
        settings=settings.pipeline(),
        queue_settings=settings.queue,
    )


def _wait_complete(conn: redis.Redis, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if batch_status(conn, "f1").complete:
                return
        except redis.ConnectionError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"batch not complete after {timeout} s: {batch_status(conn, 'f1')}")


def _exported_ids(conn: redis.Redis, out: Path) -> list[str]:
    export_batch(conn, "f1")
    return [json.loads(line)["id"] for line in (out / "records.jsonl").read_text().splitlines()]


def test_worker_killed_mid_job_is_picked_up_again(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    start_workers: Callable[..., list[BaseProcess]],
) -> None:  # fmt: skip
    marker = tmp_path / "slow-started"
    attempts = tmp_path / "attempts"

    def slow_first_time(path: Path, settings: PipelineSettings, **kwargs: object) -> SpecimenRecord:
        with attempts.open("a") as fh:
            fh.write(f"{path.stem}\n")
        if path.stem == "img03" and not marker.exists():
            marker.write_text(str(os.getpid()))
            time.sleep(60)  # killed long before this ends
        return process_image(path, settings, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(worker.queue.jobs, "process_image", slow_first_time)
    make_images(tmp_path / "images", 6)
    _submit(conn, queue_settings, tmp_path / "images", tmp_path / "out")
    workers = start_workers(2)
    deadline = time.monotonic() + 30
    while not marker.exists() or not marker.read_text():
        assert time.monotonic() < deadline, "the slow job never started"
        time.sleep(0.05)
    victim = int(marker.read_text())
    assert victim in {w.pid for w in workers}  # jobs run inside the worker process
    os.kill(victim, signal.SIGKILL)

    _wait_complete(conn, timeout=45)
    assert _exported_ids(conn, tmp_path / "out") == [f"img{i:02d}" for i in range(6)]
    status = batch_status(conn, "f1")
    assert (status.done, status.failed, status.running, status.queued) == (6, 0, 0, 0)
    tries = attempts.read_text().split()
    assert tries.count("img03") == 2
    assert sorted(set(tries)) == [f"img{i:02d}" for i in range(6)]
    assert sum(tries.count(f"img{i:02d}") for i in range(6)) == 7


def test_redis_restart_mid_batch_loses_nothing(
    queue_settings: Settings, conn: redis.Redis, redis_server: RedisServer, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, start_workers: Callable[..., list[BaseProcess]],
) -> None:  # fmt: skip
    make_images(tmp_path / "images", 10)
    _submit(conn, queue_settings, tmp_path / "images", tmp_path / "out")
    start_workers(2)
    deadline = time.monotonic() + 30
    while batch_status(conn, "f1").done < 2:
        assert time.monotonic() < deadline, "no progress before the restart"
        time.sleep(0.05)
    redis_server.restart(down_seconds=1.5)
    done_after_restart = batch_status(conn, "f1").done
    assert 2 <= done_after_restart < 10, "the restart must come mid-batch"

    _wait_complete(conn, timeout=60)
    assert _exported_ids(conn, tmp_path / "out") == [f"img{i:02d}" for i in range(10)]
    status = batch_status(conn, "f1")
    assert (status.done, status.failed, status.running, status.queued) == (10, 0, 0, 0)


def _crash_on(stem: str, log: Path) -> Callable[..., TessResult]:
    real = pipelines.engines.tesseract.read

    def read(image: NDArray[np.uint8], **kwargs: object) -> TessResult:
        current = os.environ.get("LABELSCRIBE_TEST_IMAGE", "")
        if current == stem:
            with log.open("a") as fh:
                fh.write(f"{os.getpid()}\n")
            os._exit(139)  # what a segfault in the engine does to its process
        return real(image, **kwargs)  # type: ignore[arg-type]

    return read


@pytest.mark.parametrize("fork_per_job", [False, True], ids=["inline", "fork-per-job"])
def test_image_that_crashes_the_engine_fails_alone_after_bounded_retries(
    fork_per_job: bool, queue_settings: Settings, conn: redis.Redis, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, start_workers: Callable[..., list[BaseProcess]],
) -> None:  # fmt: skip
    crashes = tmp_path / "crashes"
    monkeypatch.setattr(pipelines.engines.tesseract, "read", _crash_on("img02", crashes))
    real_process = process_image

    def tagged(path: Path, settings: PipelineSettings, **kwargs: object) -> SpecimenRecord:
        os.environ["LABELSCRIBE_TEST_IMAGE"] = path.stem
        return real_process(path, settings, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(worker.queue.jobs, "process_image", tagged)
    settings = queue_settings.model_copy(deep=True)
    settings.queue.fork_per_job = fork_per_job
    make_images(tmp_path / "images", 5)
    _submit(conn, settings, tmp_path / "images", tmp_path / "out")
    # Inline workers die with the engine; the pool (`labelscribe worker -n 2`) starts new ones.
    start_workers(2, settings, pool=True)
    _wait_complete(conn, timeout=60)

    assert len(crashes.read_text().split()) == 3  # the first attempt and 2 retries, no more
    status = batch_status(conn, "f1")
    assert (status.done, status.failed, status.queued, status.running) == (4, 1, 0, 0)
    assert FailedJobRegistry(queue=Queue("labelscribe", connection=conn)).get_job_ids() == [
        "f1-0000002"
    ]
    assert _exported_ids(conn, tmp_path / "out") == [f"img{i:02d}" for i in range(5)]
    lines = (tmp_path / "out" / "failures.csv").read_text().splitlines()
    assert len(lines) == 2
    record = json.loads((tmp_path / "out" / "records" / "img02.json").read_text())
    [error] = record["errors"]
    if fork_per_job:
        assert error["kind"] == "worker_crashed"
        assert error["message"] == (
            "the worker process died while reading this image (exit status 139) on every attempt"
        )
    else:
        assert error["kind"] == "worker_lost"
        assert error["message"].startswith("the worker reading this image stopped responding")


# Which image the worker process is reading, so a patched engine can misbehave on one of them only.
TAG = "LABELSCRIBE_TEST_IMAGE"
STALLED = "LABELSCRIBE_TEST_STALLED"


def _log_line(path: Path, line: str) -> None:
    with path.open("a") as fh:
        fh.write(f"{line}\n")


def _stall_on(stem: str, seconds: float, log: Path) -> Callable[..., TessResult]:
    """tesseract.read that hangs `seconds` on the first line it reads of image `stem`, per attempt.

    The mock of a slow engine: the hang is inside the OCR stage, where a real one would be.
    """
    real = pipelines.engines.tesseract.read

    def read(image: NDArray[np.uint8], **kwargs: object) -> TessResult:
        if os.environ.get(TAG) == stem and STALLED not in os.environ:
            os.environ[STALLED] = "1"
            _log_line(log, str(os.getpid()))
            time.sleep(seconds)
        return real(image, **kwargs)  # type: ignore[arg-type]

    return read


def _tag_images(attempts: Path, finished: Path) -> Callable[..., SpecimenRecord]:
    """process_image that tags the image being read and logs each attempt and each return."""

    def tagged(path: Path, settings: PipelineSettings, **kwargs: object) -> SpecimenRecord:
        os.environ[TAG] = path.stem
        os.environ.pop(STALLED, None)
        _log_line(attempts, path.stem)
        record = process_image(path, settings, **kwargs)  # type: ignore[arg-type]
        _log_line(finished, path.stem)
        return record

    return tagged


def _cli_worker(args: list[str]) -> None:
    """`labelscribe worker ARGS` in this (forked) process; exits with the command's status."""
    cli.main(args=["worker", *args], prog_name="labelscribe")


@pytest.mark.parametrize("fork_per_job", [False, True], ids=["inline", "fork-per-job"])
def test_sigterm_finishes_the_image_at_hand_then_exits(
    fork_per_job: bool, queue_settings: Settings, conn: redis.Redis, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    stalls, attempts, finished = tmp_path / "stalls", tmp_path / "attempts", tmp_path / "finished"
    monkeypatch.setattr(pipelines.engines.tesseract, "read", _stall_on("img00", 3, stalls))
    monkeypatch.setattr(worker.queue.jobs, "process_image", _tag_images(attempts, finished))
    make_images(tmp_path / "images", 3)
    out = tmp_path / "out"
    _submit(conn, queue_settings, tmp_path / "images", out)
    args = ["--quiet", *(["--fork-per-job"] if fork_per_job else [])]
    proc = FORK.Process(target=_cli_worker, args=(args,), name="labelscribe worker")
    proc.start()
    try:
        deadline = time.monotonic() + 30
        while not stalls.exists():
            assert time.monotonic() < deadline, "the worker never started the slow image"
            time.sleep(0.05)
        assert not finished.exists()  # SIGTERM comes in the middle of img00
        os.kill(proc.pid, signal.SIGTERM)  # type: ignore[arg-type]
        proc.join(60)
        assert proc.exitcode == 0
    finally:
        if proc.is_alive():
            os.kill(proc.pid, signal.SIGKILL)  # type: ignore[arg-type]
            proc.join(10)

    # img00 was finished: read once, its record written, counted done, not retried.
    assert attempts.read_text().split() == ["img00"]
    assert finished.read_text().split() == ["img00"]
    assert len(stalls.read_text().split()) == 1
    assert sorted(p.name for p in (out / "records").iterdir()) == ["img00.json"]
    record = json.loads((out / "records" / "img00.json").read_text())
    assert (record["id"], record["occurrenceID"], record["errors"]) == ("img00", "LSQ00000", [])
    assert Job.fetch("f1-0000000", connection=conn).get_status() == JobStatus.FINISHED
    # ... and nothing else was taken: the other two images wait for the next worker.
    status = batch_status(conn, "f1")
    assert (status.done, status.failed, status.running, status.queued) == (1, 0, 0, 2)
    queue = Queue("labelscribe", connection=conn)
    assert queue.get_job_ids() == ["f1-0000001", "f1-0000002"]
    assert StartedJobRegistry(queue=queue).get_job_ids() == []
    assert FailedJobRegistry(queue=queue).get_job_ids() == []
    assert Worker.all(connection=conn) == []  # it deregistered on the way out


@pytest.mark.parametrize("fork_per_job", [False, True], ids=["inline", "fork-per-job"])
def test_image_past_the_job_timeout_fails_once_with_the_reason(
    fork_per_job: bool, queue_settings: Settings, conn: redis.Redis, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, start_workers: Callable[..., list[BaseProcess]],
) -> None:  # fmt: skip
    stalls, attempts, finished = tmp_path / "stalls", tmp_path / "attempts", tmp_path / "finished"
    # The engine hangs far past the timeout (it would return after 30 s if nothing stopped it).
    monkeypatch.setattr(pipelines.engines.tesseract, "read", _stall_on("img01", 30, stalls))
    monkeypatch.setattr(worker.queue.jobs, "process_image", _tag_images(attempts, finished))
    settings = queue_settings.model_copy(deep=True)
    settings.queue.fork_per_job = fork_per_job
    # Below the setting's 10 s floor (assignment is not validated), to keep the test short.
    settings.queue.job_timeout = 3
    make_images(tmp_path / "images", 4)
    out = tmp_path / "out"
    _submit(conn, settings, tmp_path / "images", out)
    started = time.monotonic()
    start_workers(2, settings)
    _wait_complete(conn, timeout=45)
    assert time.monotonic() - started < 25  # ended by the timeout, not by the engine returning

    # One attempt, never finished, never retried (a timeout is permanent).
    assert len(stalls.read_text().split()) == 1
    assert sorted(attempts.read_text().split()) == ["img00", "img01", "img02", "img03"]
    assert sorted(finished.read_text().split()) == ["img00", "img02", "img03"]
    status = batch_status(conn, "f1")
    assert (status.done, status.failed, status.running, status.queued) == (3, 1, 0, 0)
    queue = Queue("labelscribe", connection=conn)
    # rq files the job as failed just after our handler has counted the image
    deadline = time.monotonic() + 5
    while not FailedJobRegistry(queue=queue).get_job_ids() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert FailedJobRegistry(queue=queue).get_job_ids() == ["f1-0000001"]
    result = Job.fetch("f1-0000001", connection=conn).latest_result()
    assert result is not None
    assert "JobTimeoutException: Task exceeded maximum timeout value (3 seconds)" in str(
        result.exc_string
    )
    reason = (
        "gave up: the image took longer than the job timeout (Task exceeded maximum timeout "
        "value (3 seconds)); raise LABELSCRIBE_QUEUE__JOB_TIMEOUT and run `labelscribe "
        "retry-failed`"
    )
    assert batches.failures(conn, "f1") == {"img01": reason}
    record = json.loads((out / "records" / "img01.json").read_text())
    assert record["errors"] == [
        {"stage": "queue", "kind": "timeout", "message": reason, "transient": False}
    ]
    # The rest of the batch is complete and exported alongside the one failure.
    assert _exported_ids(conn, out) == ["img00", "img01", "img02", "img03"]
    assert len((out / "failures.csv").read_text().splitlines()) == 2


def test_burst_workers_exit_as_soon_as_the_batch_is_done(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`worker --burst -n 2`: the worker left idle waits for the other's job, but not longer."""
    stalls, attempts, finished = tmp_path / "stalls", tmp_path / "attempts", tmp_path / "finished"
    monkeypatch.setattr(pipelines.engines.tesseract, "read", _stall_on("img03", 3, stalls))
    monkeypatch.setattr(worker.queue.jobs, "process_image", _tag_images(attempts, finished))
    settings = queue_settings.model_copy(deep=True)
    settings.queue.heartbeat_seconds = 30  # how long the idle one would wait before looking again
    make_images(tmp_path / "images", 4)
    _submit(conn, settings, tmp_path / "images", tmp_path / "out")
    pool = FORK.Process(target=_pool, args=(settings, 2), kwargs={"burst": True})
    pool.start()
    try:
        pool.join(60)
        assert pool.exitcode == 0
    finally:
        if pool.is_alive():
            os.killpg(pool.pid, signal.SIGKILL)  # type: ignore[arg-type]
            pool.join(10)
    last_record = max(p.stat().st_mtime for p in (tmp_path / "out" / "records").iterdir())
    assert time.time() - last_record < 5  # it was 30 s: the idle worker slept out its interval
    assert len(stalls.read_text().split()) == 1
    status = batch_status(conn, "f1")
    assert (status.done, status.failed, status.running, status.queued) == (4, 0, 0, 0)
