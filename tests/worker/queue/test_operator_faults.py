"""Queue mode through the real command line: a file name that is not UTF-8 through submit, worker
and export; Redis out of memory during submit; `worker --burst` exiting when the batch is done."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
import redis

from tests.worker.faults import finish, labelscribe, run_cli
from tests.worker.queue.conftest import small_sheet
from worker.settings import Settings

pytestmark = pytest.mark.slow

ODD = b"\xc9tiquette-\xff-07.jpg"  # Latin-1 bytes and a byte no encoding uses: not UTF-8


def test_a_name_that_is_not_utf8_through_submit_worker_and_export(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path
) -> None:
    images = tmp_path / "images"
    images.mkdir()
    odd = images / os.fsdecode(ODD)  # os.fsencode(odd) is ODD again, byte for byte
    with odd.open("wb") as fh:
        small_sheet(7).save(fh, format="JPEG", quality=90)
    small_sheet(8).save(images / "plain-08.jpg", quality=90)
    out = tmp_path / "out"
    code, log = run_cli("submit", images, "--batch", "odd", "-o", out)
    assert code == 0, log
    assert "batch odd: 2 images found, 2 enqueued" in log
    # the path is kept as its bytes in Redis
    stored = conn.hkeys("labelscribe:batch:odd:paths")
    assert os.fsencode(odd) in stored and os.fsencode(odd).endswith(ODD)

    worker = labelscribe("worker", "--burst", "-q")
    code, log = finish(worker, timeout=180)
    assert code == 0, log
    assert "Traceback" not in log
    stem = os.fsdecode(ODD[:-4])
    assert (out / "records" / f"{stem}.json").is_file()

    code, log = run_cli("export", "odd")
    assert code == 0, log
    assert "exported 2 of 2 images (2 occurrences, 0 failed)" in log
    ids = [json.loads(line)["id"] for line in (out / "records.jsonl").read_bytes().splitlines()]
    assert ids == [stem, "plain-08"] or ids == ["plain-08", stem]
    code, log = run_cli("validate", out)
    assert code == 0, log
    code, log = run_cli("status", "odd")
    assert code == 0, log
    assert "2 done" in log or "done 2" in log or "2/2" in log


def test_redis_out_of_memory_during_submit_is_one_sentence(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path
) -> None:
    images = tmp_path / "images"
    images.mkdir()
    for i in range(1500):  # submit only looks at the files; they need not be images
        (images / f"sheet-{i:05d}.jpg").write_bytes(b"\xff\xd8\xff")
    conn.config_set("maxmemory-policy", "noeviction")
    conn.config_set("maxmemory", str(int(conn.info("memory")["used_memory"]) + 600_000))
    code, log = run_cli("submit", images, "--batch", "big", "-o", tmp_path / "out")
    assert code == 6, log
    assert log.strip().splitlines()[-1] == (
        f"labelscribe: Redis at {queue_settings.queue.redis_url} is out of memory (its maxmemory "
        "limit) and refused to store more: free memory there or raise maxmemory, then run the "
        "command again (a submit skips the images already enqueued)"
    )
    conn.config_set("maxmemory", "0")
    code, log = run_cli("submit", images, "--batch", "big")
    assert code == 0, log
    assert conn.hlen("labelscribe:batch:big:images") == 1500
    assert conn.hlen("labelscribe:batch:big:paths") == 1500


@pytest.mark.parametrize("args", [[], ["-n", "2"]], ids=["one", "pool"])
def test_burst_worker_exits_once_the_batch_is_done(
    queue_settings: Settings, conn: redis.Redis, tmp_path: Path, args: list[str]
) -> None:
    images = tmp_path / "images"
    images.mkdir()
    for i in range(3):
        small_sheet(i).save(images / f"s{i}.jpg", quality=90)
    out = tmp_path / "out"
    code, log = run_cli("submit", images, "--batch", "quick", "-o", out)
    assert code == 0, log
    code, log = finish(labelscribe("worker", "--burst", *args), timeout=120)
    exited = time.time()
    assert code == 0, log
    assert "done, quitting" in log
    records = list((out / "records").glob("*.json"))
    assert len(records) == 3
    last = max(p.stat().st_mtime for p in records)
    # it was 60 s: rq's command-channel thread sat out its minute-long poll
    assert exited - last < 10, f"exited {exited - last:.1f} s after the last image"
