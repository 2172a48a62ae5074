"""Queue mode against local mode on the same images, plus enqueue rate and Redis memory per job.

    .venv/bin/python scripts/bench_queue.py [--images DIR] [--copies 7] [--enqueue 20000]

Without --images it copies samples/*.jpg `--copies` times under different names into a temp folder
(copies, not symlinks: submit and run resolve links and would count each file once). Starts its own
redis-server (AOF on, like production) on a free port and removes everything afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
LABELSCRIBE = str(Path(sys.executable).parent / "labelscribe")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([LABELSCRIBE, *args], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def used_memory(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=Path, help="folder of images (default: copies of samples)")
    parser.add_argument("--copies", type=int, default=7)
    parser.add_argument("--enqueue", type=int, default=20_000, help="jobs for the enqueue test")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-queue-"))
    port = free_port()
    (work / "redis").mkdir()
    server = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "yes", "--dir", str(work / "redis")],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    env = {**os.environ, "LABELSCRIBE_QUEUE__REDIS_URL": f"redis://127.0.0.1:{port}/0"}
    client = redis.Redis(port=port)
    try:
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        images = args.images
        if images is None:
            images = work / "images"
            images.mkdir()
            for i in range(args.copies):
                for sample in sorted((ROOT / "samples").glob("*.jpg")):
                    shutil.copy(sample, images / f"{sample.stem}-copy{i}.jpg")
        n = sum(
            1
            for p in images.rglob("*")
            if p.suffix.lower() in {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
        )
        results: dict[str, object] = {"images": n, "workers": args.workers}

        local = timed(["run", str(images), "-o", str(work / "local"), "-j", str(args.workers),
                       "--no-progress", "--no-crops"], env)  # fmt: skip
        results["local_seconds"] = round(local, 1)

        for mode, extra in (("queue_inline", []), ("queue_fork_per_job", ["--fork-per-job"])):
            batch = mode.replace("_", "-")
            submit = timed(["submit", str(images), "--batch", batch, "-o", str(work / batch),
                            "--no-crops"], env)  # fmt: skip
            worker = timed(["worker", "--burst", "-q", "-n", str(args.workers), *extra], env)
            export = timed(["export", batch], env)
            results[mode] = {
                "submit_seconds": round(submit, 2),
                "worker_seconds": round(worker, 1),
                "export_seconds": round(export, 2),
                "total_seconds": round(submit + worker + export, 1),
                "over_local": f"{(submit + worker + export) / local - 1:+.1%}",
            }

        # Enqueue rate and memory: empty files are never processed, only registered and queued.
        many = work / "many"
        many.mkdir()
        for i in range(args.enqueue):
            (many / f"specimen-{i:07d}.jpg").touch()
        before = used_memory(client)
        started = time.perf_counter()
        subprocess.run([LABELSCRIBE, "submit", str(many), "--batch", "enqueue-test", "-o",
                        str(work / "many-out")], env=env, check=True)  # fmt: skip
        seconds = time.perf_counter() - started
        after = used_memory(client)
        results["enqueue"] = {
            "jobs": args.enqueue,
            "seconds_incl_startup": round(seconds, 2),
            "jobs_per_second": round(args.enqueue / seconds),
            "redis_bytes_per_queued_job": round((after - before) / args.enqueue),
        }
        print(json.dumps(results, indent=1))
    finally:
        client.close()
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
