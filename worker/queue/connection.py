"""The Redis connection: one place that knows the URL, TLS, timeouts and how to ride out a restart."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from models.config import QueueSettings
from models.errors import LabelscribeError, QueueFullError, QueueUnavailableError

log = logging.getLogger(__name__)


def display_url(url: str) -> str:
    """The URL with any password replaced, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    netloc = f"{user}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _retry(seconds: float) -> Retry:
    # Exponential backoff capped at 5 s; enough attempts to cover `seconds` of outage, so a Redis
    # restart (a few seconds with AOF) is invisible to the jobs and the CLI.
    attempts = 0
    total = 0.0
    while total < seconds:
        attempts += 1
        total += min(5.0, 0.25 * 2**attempts)
    return Retry(ExponentialBackoff(cap=5.0, base=0.25), attempts)


def connect(settings: QueueSettings, *, check: bool = True) -> redis.Redis:
    """A client for `settings.redis_url`; with `check`, fail now (not mid-batch) if Redis is down."""
    kwargs: dict[str, object] = {
        # A file name that is not UTF-8 reaches Python as a string with lone surrogates; this
        # stores it as its original bytes (and `batches.text` reads it back the same way).
        "encoding_errors": "surrogateescape",
        "socket_connect_timeout": settings.connect_timeout,
        "health_check_interval": 30,
        "retry": _retry(settings.reconnect_seconds),
        "retry_on_error": [redis.ConnectionError, redis.TimeoutError],
    }
    if settings.redis_url.startswith("rediss://") and settings.ssl_ca_certs:
        kwargs["ssl_ca_certs"] = settings.ssl_ca_certs
    client = redis.Redis.from_url(settings.redis_url, **kwargs)
    if check:
        ping(client, settings.redis_url, settings.connect_timeout)
    return client


def ping(client: redis.Redis, url: str, timeout: float) -> None:
    """One attempt, no retries: an operator waiting at the prompt wants the answer now."""
    probe = redis.Redis(
        connection_pool=redis.ConnectionPool(
            connection_class=client.connection_pool.connection_class,
            **{
                **client.connection_pool.connection_kwargs,
                "socket_timeout": timeout,
                "retry": Retry(ExponentialBackoff(), 0),
            },
        )
    )
    where = display_url(url)
    try:
        probe.ping()
    except redis.AuthenticationError as e:
        raise QueueUnavailableError(
            f"Redis at {where} refused the password: set it in LABELSCRIBE_QUEUE__REDIS_URL "
            "(redis://:PASSWORD@host:6379/0)"
        ) from e
    except (redis.ConnectionError, redis.TimeoutError, OSError) as e:
        raise QueueUnavailableError(
            f"cannot reach Redis at {where} ({e}): start it with `redis-server` "
            "or set LABELSCRIBE_QUEUE__REDIS_URL"
        ) from e
    finally:
        probe.close()


@contextmanager
def redis_errors(url: str) -> Iterator[None]:
    """Redis failures in a command's work, as one sentence each (the edge prints it)."""
    where = display_url(url)
    try:
        yield
    except redis.OutOfMemoryError as e:
        raise QueueFullError(
            f"Redis at {where} is out of memory (its maxmemory limit) and refused to store more: "
            "free memory there or raise maxmemory, then run the command again (a submit skips "
            "the images already enqueued)"
        ) from e
    except (redis.ConnectionError, redis.TimeoutError) as e:
        raise QueueUnavailableError(
            f"lost the connection to Redis at {where} ({e}); run the command again once it is back"
        ) from e
    except redis.ResponseError as e:
        raise LabelscribeError(f"Redis at {where} refused a command: {e}") from e
