"""The edge of the program: dependency checks before work starts, and the one place where
labelscribe's errors become a message and an exit code."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from typing import NoReturn, ParamSpec, TypeVar

import click
from pydantic import ValidationError

from models.errors import ExitCode, LabelscribeError
from pipelines.engines import pprec, tesseract, textdet, zxing
from pipelines.fields import genera
from pipelines.outputs.cells import readable
from pipelines.outputs.folder import describe_os_error
from worker.settings import Settings

log = logging.getLogger("labelscribe")

P = ParamSpec("P")
R = TypeVar("R")


def boundary(func: Callable[P, R]) -> Callable[P, R]:
    """Turn every failure into a one-line message and an exit code; tracebacks only with -v.

    labelscribe's own errors carry their exit code; an operating-system error (a full disk, a
    read-only folder) gets a sentence saying which; Ctrl+C outside a batch exits with 130; anything
    else is a bug, reported in one line with its type, and with its traceback under -v.
    """

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except LabelscribeError as e:
            log.debug("details", exc_info=True)
            _fail(e.message, e.exit_code)
        except ValidationError as e:
            _fail(f"invalid settings:\n{e}", ExitCode.bad_args)
        except KeyboardInterrupt:
            log.debug("details", exc_info=True)
            _fail("interrupted", ExitCode.interrupted)
        except OSError as e:
            log.info("details", exc_info=True)
            _fail(describe_os_error(e, writing=False), ExitCode.output_folder)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as e:
            log.info("details", exc_info=True)
            _fail(
                f"internal error: {type(e).__name__}: {readable(str(e))} (run with -v for details)",
                ExitCode.internal,
            )

    return wrapper


def _fail(message: str, code: ExitCode) -> NoReturn:
    click.echo(f"labelscribe: {readable(message)}", err=True)
    sys.exit(int(code))


def check_dependencies(settings: Settings) -> dict[str, str]:
    """Fail before the batch starts, with an install hint, if an engine is missing."""
    return {
        "tesseract": tesseract.check(settings.ocr.languages, settings.ocr.backend),
        "text detector": textdet.check(),
        **({"second recogniser": pprec.check()} if settings.ocr.second_recogniser else {}),
        "zxing-cpp": zxing.version(),
        "name lists": genera.check(),
    }
