"""A batch in Redis: its settings snapshot, its images and their progress.

Keys, all under `labelscribe:batch:NAME:`:
  meta    hash   out_dir, queue, settings (JSON), created_at, first_started_at, next_seq
  images  hash   image_id -> {"path", "size", "mtime_ns", "seq"} (JSON)
  paths   hash   absolute path -> image_id (what makes a second submit idempotent)
  done    set    image ids whose record file is written
  failed  hash   image_id -> reason, for images that failed for good
  minutes hash   unix minute -> images finished in it (for the rate shown by `status`)
An rq Group would also track the jobs, but its membership shrinks as finished jobs expire from
Redis (result_ttl), so it cannot count what is done; these keys never expire on their own.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import redis
from pydantic import BaseModel

from models.config import PipelineSettings
from models.errors import UnknownBatchError

log = logging.getLogger(__name__)

PREFIX = "labelscribe:batch:"
ALL_BATCHES = "labelscribe:batches"
NAME_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")


class Batch(BaseModel):
    name: str
    out_dir: Path
    queue: str
    settings: PipelineSettings
    created_at: float


@dataclass(frozen=True)
class ImageEntry:
    image_id: str
    path: str
    size: int
    mtime_ns: int
    seq: int

    def encode(self) -> str:
        # ASCII: a path that is not UTF-8 (lone surrogates) is kept as \udcXX escapes.
        return json.dumps(
            {"path": self.path, "size": self.size, "mtime_ns": self.mtime_ns, "seq": self.seq},
            separators=(",", ":"),
        )

    @classmethod
    def decode(cls, image_id: str, raw: str | bytes) -> ImageEntry:
        data = json.loads(raw)
        return cls(image_id, data["path"], data["size"], data["mtime_ns"], data["seq"])


def _text(value: bytes | str) -> str:
    # surrogateescape: the inverse of the connection's encoding_errors (connection.connect)
    return value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else value


def key(name: str, part: str) -> str:
    return f"{PREFIX}{name}:{part}"


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):
        raise UnknownBatchError(
            f"batch name {name!r} is not allowed: use letters, digits, _ and - (at most 64)"
        )
    return name


def job_id(name: str, seq: int) -> str:
    """Readable in rq-dashboard; the batch is everything before the last '-'."""
    return f"{name}-{seq:07d}"


def batch_of_job(job_id: str) -> str:
    return job_id.rsplit("-", 1)[0]


def exists(conn: redis.Redis, name: str) -> bool:
    return bool(conn.exists(key(name, "meta")))


def create(
    conn: redis.Redis, name: str, *, out_dir: Path, queue: str, settings: PipelineSettings
) -> Batch:
    batch = Batch(
        name=check_name(name),
        out_dir=out_dir.resolve(),
        queue=queue,
        settings=settings,
        created_at=time.time(),
    )
    created = conn.hsetnx(key(name, "meta"), "out_dir", str(batch.out_dir))
    if not created:  # another submit created it first: theirs wins
        return load(conn, name)
    conn.hset(
        key(name, "meta"),
        mapping={
            "queue": queue,
            "settings": settings.model_dump_json(),
            "created_at": repr(batch.created_at),
        },
    )
    conn.sadd(ALL_BATCHES, name)
    return batch


def load(conn: redis.Redis, name: str) -> Batch:
    meta = {_text(k): _text(v) for k, v in conn.hgetall(key(check_name(name), "meta")).items()}
    if "settings" not in meta:
        known = sorted(_text(m) for m in conn.smembers(ALL_BATCHES))
        hint = f"known batches: {', '.join(known)}" if known else "no batches are registered"
        raise UnknownBatchError(f"no batch named {name!r} in Redis ({hint})")
    return Batch(
        name=name,
        out_dir=Path(meta["out_dir"]),
        queue=meta["queue"],
        settings=PipelineSettings.model_validate_json(meta["settings"]),
        created_at=float(meta["created_at"]),
    )


def names(conn: redis.Redis) -> list[str]:
    return sorted(_text(m) for m in conn.smembers(ALL_BATCHES))


def images(conn: redis.Redis, name: str) -> list[ImageEntry]:
    """Every image of the batch, in submission order."""
    entries = [
        ImageEntry.decode(_text(image_id), raw)
        for image_id, raw in conn.hscan_iter(key(name, "images"), count=5000)
    ]
    return sorted(entries, key=lambda e: e.seq)


def image(conn: redis.Redis, name: str, image_id: str) -> ImageEntry | None:
    raw = conn.hget(key(name, "images"), image_id)
    return ImageEntry.decode(image_id, raw) if raw is not None else None


def done_ids(conn: redis.Redis, name: str) -> set[str]:
    return {_text(m) for m in conn.sscan_iter(key(name, "done"), count=5000)}


def failures(conn: redis.Redis, name: str) -> dict[str, str]:
    return {_text(k): _text(v) for k, v in conn.hscan_iter(key(name, "failed"), count=5000)}


def iter_batch_keys(name: str) -> Iterator[str]:
    for part in ("meta", "images", "paths", "done", "failed", "minutes"):
        yield key(name, part)


def mark_started(conn: redis.Redis, name: str) -> None:
    conn.hsetnx(key(name, "meta"), "first_started_at", repr(time.time()))


def _tick(pipe: redis.client.Pipeline, name: str) -> None:
    pipe.hincrby(key(name, "minutes"), str(int(time.time() // 60)), 1)


def mark_done(conn: redis.Redis, name: str, image_id: str) -> None:
    """Sets, not counters: a job that runs twice (a lost acknowledgement) still counts once."""
    with conn.pipeline() as pipe:
        pipe.sadd(key(name, "done"), image_id)
        pipe.hdel(key(name, "failed"), image_id)
        _tick(pipe, name)
        pipe.execute()


def mark_failed(conn: redis.Redis, name: str, image_id: str, reason: str) -> None:
    with conn.pipeline() as pipe:
        pipe.hset(key(name, "failed"), image_id, reason)
        pipe.srem(key(name, "done"), image_id)
        _tick(pipe, name)
        pipe.execute()


def mark_pending(conn: redis.Redis, name: str, image_ids: list[str]) -> None:
    """Forget the outcome of images that go round again (changed file, retry-failed)."""
    if not image_ids:
        return
    with conn.pipeline() as pipe:
        pipe.srem(key(name, "done"), *image_ids)
        pipe.hdel(key(name, "failed"), *image_ids)
        pipe.execute()
