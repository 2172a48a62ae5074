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
from rq import Queue
from rq.registry import FailedJobRegistry

import pipelines.engines.tesseract
import worker.queue.jobs
from models.config import PipelineSettings
from models.record import SpecimenRecord
from pipelines.engines.tesseract import TessResult
from pipelines.process import process_image
from worker.queue.export import export_batch
from worker.queue.status import batch_status
from worker.queue.submit import submit
from worker.queue.workers import run_worker, serve
from worker.settings import Settings

from .conftest import RedisServer, make_images

pytestmark = pytest.mark.slow
FORK = multiprocessing.get_context("fork")


def _pool(settings: Settings, n: int) -> None:
    os.setpgrp()  # so teardown can take the pool and its workers down together
    serve(settings, [settings.queue.name], n=n, burst=False, logging_level="WARNING")


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
