"""A real redis-server on a free local port (AOF on), settings pointing at it, and small images."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis
from PIL import Image

from models.config import QueueSettings
from tests.conftest import barcode_image, render_label
from worker.settings import Settings

REDIS_SERVER = Path("/usr/bin/redis-server")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RedisServer:
    port: int
    data_dir: Path
    process: subprocess.Popen[bytes] | None = field(default=None)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(REDIS_SERVER), "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "yes", "--dir", str(self.data_dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                if client.ping():
                    break
            except redis.RedisError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError(f"redis-server did not start on port {self.port}") from None
                time.sleep(0.05)
        client.close()

    def stop(self) -> None:
        """SIGTERM: Redis flushes its append-only file and exits, as on a service restart."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def restart(self, down_seconds: float = 0.0) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    if not REDIS_SERVER.exists() and shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed: apt-get install -y redis-server")
    data = tmp_path / "redis"
    data.mkdir()
    server = RedisServer(port=_free_port(), data_dir=data)
    server.start()
    try:
        yield server
    finally:
        if server.process is not None and server.process.poll() is None:
            server.process.kill()
            server.process.wait(timeout=10)


@pytest.fixture
def conn(redis_server: RedisServer) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_server.url)
    yield client
    client.close()


@pytest.fixture
def queue_settings(redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Short heartbeats and lapses, so lost jobs are found in seconds rather than minutes."""
    monkeypatch.setenv("LABELSCRIBE_QUEUE__REDIS_URL", redis_server.url)
    monkeypatch.setenv("LABELSCRIBE_QUEUE__HEARTBEAT_SECONDS", "1")
    monkeypatch.setenv("LABELSCRIBE_QUEUE__ABANDONED_AFTER", "2")
    monkeypatch.setenv("LABELSCRIBE_QUEUE__MAINTENANCE_SECONDS", "1")
    monkeypatch.setenv("LABELSCRIBE_QUEUE__RETRIES", "2")
    monkeypatch.setenv("LABELSCRIBE_SAVE_CROPS", "false")
    settings = Settings()
    assert settings.queue == QueueSettings(
        redis_url=redis_server.url,
        heartbeat_seconds=1,
        abandoned_after=2,
        maintenance_seconds=1,
        retries=2,
    )
    return settings


def small_sheet(number: int) -> Image.Image:
    """A small page with a printed label and a barcode LSQ<number>: quick to read, distinct IDs."""
    page = Image.new("RGB", (1000, 700), (236, 233, 226))
    page.paste(
        render_label(["PLANTS OF ARIZONA", "Quercus emoryi Torr.", f"No. {number}"]), (350, 380)
    )
    page.paste(barcode_image(f"LSQ{number:05d}", scale=2), (60, 60))
    return page


def make_images(folder: Path, count: int, *, prefix: str = "img") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{prefix}{i:02d}.jpg"
        small_sheet(i).save(path, quality=90)
        paths.append(path)
    return paths
