"""The edge of the program: dependency checks before work starts, and the one place where
labelscribe's errors become a message and an exit code."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

import click
from pydantic import ValidationError

from models.errors import ExitCode, LabelscribeError
from pipelines.engines import pprec, tesseract, textdet, zxing
from worker.settings import Settings

log = logging.getLogger("labelscribe")

P = ParamSpec("P")
R = TypeVar("R")


def boundary(func: Callable[P, R]) -> Callable[P, R]:
    """Turn labelscribe's errors into a one-line message and an exit code; tracebacks only with -v."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except LabelscribeError as e:
            log.debug("details", exc_info=True)
            click.echo(f"labelscribe: {e.message}", err=True)
            sys.exit(int(e.exit_code))
        except ValidationError as e:
            click.echo(f"labelscribe: invalid settings:\n{e}", err=True)
            sys.exit(int(ExitCode.bad_args))

    return wrapper


def check_dependencies(settings: Settings) -> dict[str, str]:
    """Fail before the batch starts, with an install hint, if an engine is missing."""
    return {
        "tesseract": tesseract.check(settings.ocr.languages, settings.ocr.backend),
        "text detector": textdet.check(),
        **({"second recogniser": pprec.check()} if settings.ocr.second_recogniser else {}),
        "zxing-cpp": zxing.version(),
    }
