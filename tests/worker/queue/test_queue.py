"""Queue mode with jobs run inline (one worker in this process) against a real redis-server."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner
from rq import Queue
from rq.job import Job
from rq.registry import FailedJobRegistry

import worker.queue.jobs
from models.config import PipelineSettings, QueueSettings
from models.errors import QueueUnavailableError, UnknownBatchError
from models.record import ErrorRecord, SpecimenRecord
from pipelines.process import process_image
from worker.cli import cli
from worker.queue import batches
from worker.queue.connection import connect, display_url
from worker.queue.export import export_batch
from worker.queue.status import batch_status
from worker.queue.submit import retry_failed, submit
from worker.queue.workers import run_worker
from worker.settings import Settings

from .conftest import make_images


def _submit(
    conn: redis.Redis, settings: Settings, paths: list[Path], out: Path | None, name: str = "b1"
):
    return submit(
        conn, name, paths, out_dir=out, settings=settings.pipeline(), queue_settings=settings.queue
    )


def _drain(settings: Settings) -> None:
    run_worker(settings, [settings.queue.name], burst=True, logging_level="WARNING")


def _jsonl_ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in (out / "records.jsonl").read_text().splitlines()]


def test_submit_work_export(queue_settings: Settings, conn: redis.Redis, tmp_path: Path) -> None:
    images = make_images(tmp_path / "images", 3)
    (tmp_path / "images" / "broken.jpg").write_bytes(b"")
    out = tmp_path / "out"
    summary = _submit(conn, queue_settings, [tmp_path / "images"], out)
    assert (summary.found, summary.enqueued, summary.unchanged) == (4, 4, 0)
    queue = Queue("labelscribe", connection=conn)
    assert queue.count == 4
    job = Job.fetch("b1-0000000", connection=conn)
    assert job.args == ("b1", "broken", str((tmp_path / "images" / "broken.jpg").resolve()))

    status = batch_status(conn, "b1")
    assert (status.total, status.done, status.failed, status.running, status.queued) == (
        4,
        0,
        0,
        0,
        4,
    )

    _drain(queue_settings)

    status = batch_status(conn, "b1")
    assert (status.total, status.done, status.failed, status.running, status.queued) == (
        4,
        3,
        1,
        0,
        0,
    )
    assert status.complete
    # Each finished image has its own record file, independent of Redis.
    assert sorted(p.name for p in (out / "records").iterdir()) == [
        "broken.json", "img00.json", "img01.json", "img02.json"
    ]  # fmt: skip
    # The unreadable image is a permanent failure: no retry, in rq's FailedJobRegistry with why.
    failed = FailedJobRegistry(queue=queue)
    assert failed.get_job_ids() == ["b1-0000000"]
    result = Job.fetch("b1-0000000", connection=conn).latest_result()
    assert result is not None
    assert "RecordedFailure: file is empty" in str(result.exc_string)

    exported = export_batch(conn, "b1")
    assert (exported.total, exported.exported, exported.pending, exported.missing) == (4, 4, 0, [])
    assert _jsonl_ids(out) == ["broken", "img00", "img01", "img02"]  # submission order
    records = {
        json.loads(line)["id"]: json.loads(line)
        for line in (out / "records.jsonl").read_text().splitlines()
    }
    assert records["img01"]["occurrenceID"] == "LSQ00001"
    assert "Quercus emoryi" in records["img01"]["text"]
    assert records["broken"]["errors"][0]["kind"] == "input_file"
    assert (out / "dwca.zip").stat().st_size > 0
    assert images[0].exists()


def test_same_batch_submitted_twice_has_no_duplicates(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path
) -> None:
    images = make_images(tmp_path / "images", 3)
    out = tmp_path / "out"
    assert _submit(conn, queue_settings, [tmp_path / "images"], out).enqueued == 3
    again = _submit(conn, queue_settings, [tmp_path / "images", images[1]], None)
    assert (again.found, again.enqueued, again.unchanged) == (3, 0, 3)
    assert Queue("labelscribe", connection=conn).count == 3
    _drain(queue_settings)
    # After the work is done, a third submit still adds nothing.
    third = _submit(conn, queue_settings, [tmp_path / "images"], out)
    assert (third.enqueued, third.unchanged) == (0, 3)
    assert Queue("labelscribe", connection=conn).count == 0
    # A re-shot image (new content, new mtime) goes round again under the same id.
    os.utime(images[2], ns=(1_000_000_000, 1_000_000_000))
    changed = _submit(conn, queue_settings, [tmp_path / "images"], out)
    assert (changed.enqueued, changed.changed, changed.enqueued_ids) == (1, 1, ["img02"])
    _drain(queue_settings)
    export_batch(conn, "b1")
    assert _jsonl_ids(out) == ["img00", "img01", "img02"]
    status = batch_status(conn, "b1")
    assert (status.total, status.done, status.failed) == (3, 3, 0)


def test_same_stem_in_two_folders_gets_two_ids(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path
) -> None:
    make_images(tmp_path / "a", 1)
    make_images(tmp_path / "b", 1)
    summary = _submit(conn, queue_settings, [tmp_path / "a", tmp_path / "b"], tmp_path / "out")
    assert summary.enqueued_ids == ["img00", "img00-2"]
    later = _submit(conn, queue_settings, [tmp_path / "b", tmp_path / "a"], None)
    assert later.enqueued == 0


def test_transient_failure_is_retried(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def flaky(path: Path, settings: PipelineSettings, **kwargs: object) -> SpecimenRecord:
        calls.append(path.name)
        record = process_image(path, settings, **kwargs)  # type: ignore[arg-type]
        if len(calls) == 1:
            hiccup = ErrorRecord(
                stage="load", kind="transient", message="NFS timeout", transient=True
            )
            return record.model_copy(update={"errors": [hiccup]})
        return record

    monkeypatch.setattr(worker.queue.jobs, "process_image", flaky)
    make_images(tmp_path / "images", 1)
    _submit(conn, queue_settings, [tmp_path / "images"], tmp_path / "out")
    _drain(queue_settings)
    assert calls == ["img00.jpg", "img00.jpg"]
    status = batch_status(conn, "b1")
    assert (status.done, status.failed) == (1, 0)
    record = json.loads((tmp_path / "out" / "records" / "img00.json").read_text())
    assert record["errors"] == []


def test_transient_failure_gives_up_after_the_retries(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def always_down(path: Path, settings: PipelineSettings, **kwargs: object) -> SpecimenRecord:
        calls.append(path.name)
        raise ConnectionError("image server unreachable")

    monkeypatch.setattr(worker.queue.jobs, "process_image", always_down)
    make_images(tmp_path / "images", 1)
    _submit(conn, queue_settings, [tmp_path / "images"], tmp_path / "out")
    _drain(queue_settings)
    assert calls == ["img00.jpg"] * 3  # one attempt + 2 retries
    assert batches.failures(conn, "b1") == {"img00": "ConnectionError: image server unreachable"}
    record = json.loads((tmp_path / "out" / "records" / "img00.json").read_text())
    assert record["errors"] == [
        {"stage": "queue", "kind": "internal", "message": "ConnectionError: image server unreachable",
         "transient": False}
    ]  # fmt: skip
    # After the fix, retry-failed sends it round again and it succeeds.
    monkeypatch.undo()
    assert retry_failed(conn, "b1", queue_settings.queue) == ["img00"]
    assert batches.failures(conn, "b1") == {}
    assert FailedJobRegistry(queue=Queue("labelscribe", connection=conn)).get_job_ids() == []
    _drain(queue_settings)
    status = batch_status(conn, "b1")
    assert (status.done, status.failed) == (1, 0)


def test_cli_submit_status_export_retry(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path
) -> None:
    make_images(tmp_path / "images", 2)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["submit", str(tmp_path / "images"), "--batch", "c1", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "2 images found, 2 enqueued" in result.output
    result = runner.invoke(cli, ["status", "c1", "--json"])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert {k: counts[k] for k in ("total", "done", "failed", "running", "queued")} == {
        "total": 2, "done": 0, "failed": 0, "running": 0, "queued": 2
    }  # fmt: skip
    result = runner.invoke(cli, ["export", "c1"])
    assert result.exit_code == 7
    assert "nothing of batch c1 has finished yet" in result.output
    _drain(queue_settings)
    result = runner.invoke(cli, ["status", "c1", "--watch", "--interval", "0.1"])
    assert result.exit_code == 0, result.output
    assert "done 2  failed 0  running 0  queued 0" in result.output
    result = runner.invoke(cli, ["export", "c1"])
    assert result.exit_code == 0, result.output
    assert "exported 2 of 2 images (2 occurrences, 0 failed), 0 still pending" in result.output
    assert _jsonl_ids(out) == ["img00", "img01"]
    result = runner.invoke(cli, ["retry-failed", "c1"])
    assert result.exit_code == 0
    assert "0 failed images requeued" in result.output
    result = runner.invoke(cli, ["status", "nope"])
    assert result.exit_code == 2
    assert "no batch named 'nope' in Redis (known batches: c1)" in result.output
    result = runner.invoke(
        cli, ["submit", str(tmp_path / "images"), "--batch", "c1", "-o", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert f"batch 'c1' writes to {out.resolve()}" in result.output


def test_new_batch_needs_an_output_folder(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path
) -> None:
    make_images(tmp_path / "images", 1)
    with pytest.raises(UnknownBatchError, match="give its output folder with -o OUT"):
        _submit(conn, queue_settings, [tmp_path / "images"], None)
    with pytest.raises(UnknownBatchError, match="not allowed"):
        _submit(conn, queue_settings, [tmp_path / "images"], tmp_path, name="a b")


def test_unreachable_redis_says_how_to_fix_it(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket_closed_port() as port:
        url = f"redis://:secret@127.0.0.1:{port}/0"
        with pytest.raises(QueueUnavailableError) as e:
            connect(QueueSettings(redis_url=url, connect_timeout=0.5))
        assert e.value.message.startswith(f"cannot reach Redis at redis://:***@127.0.0.1:{port}/0")
        assert e.value.message.endswith(
            "start it with `redis-server` or set LABELSCRIBE_QUEUE__REDIS_URL"
        )
        assert "secret" not in e.value.message
        monkeypatch.setenv("LABELSCRIBE_QUEUE__REDIS_URL", url)
        result = CliRunner().invoke(cli, ["status", "x"])
        assert result.exit_code == 6
        assert "cannot reach Redis" in result.output


def test_display_url() -> None:
    assert (
        display_url("rediss://default:pw@redis.example:6380/2")
        == "rediss://default:***@redis.example:6380/2"
    )
    assert display_url("redis://localhost:6379/0") == "redis://localhost:6379/0"


class socket_closed_port:
    """A port nothing listens on (bound, then released)."""

    def __enter__(self) -> int:
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return int(s.getsockname()[1])

    def __exit__(self, *args: object) -> None:
        return None
