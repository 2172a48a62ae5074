"""`labelscribe review`, `labelscribe export-reviewed` and `labelscribe validate`."""

from __future__ import annotations

import getpass
import logging
from pathlib import Path

import click

from models.errors import InvalidOutputError, NothingProcessedError
from pipelines.outputs.validate import validate_output
from worker.edge import boundary
from worker.review.batch import load_records
from worker.review.export import REVIEWED_DIR, export_reviewed
from worker.review.storage import ReviewStore
from worker.settings import Settings

log = logging.getLogger(__name__)

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def _batch_folder(out_dir: Path) -> Path:
    if not out_dir.is_dir():
        raise NothingProcessedError(f"{out_dir} is not a folder")
    return out_dir


@click.command(name="review")
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="LABELSCRIBE_REVIEW_TOKEN",
    default=None,
    help="Access token; required to listen on any address but this machine's loopback.",
)
@click.option("--curator", default=None, help="Name in the audit trail (default: your login).")
@boundary
def review_command(
    out_dir: Path, host: str, port: int, token: str | None, curator: str | None
) -> None:
    """Review and correct the records of the batch folder OUT in a browser."""
    import uvicorn

    from worker.review.app import create_app

    _batch_folder(out_dir)
    if host not in LOOPBACK and not token:
        raise click.UsageError(
            f"--host {host} makes the app reachable from other machines: give --token too"
        )
    if token is not None and len(token) < 16:
        raise click.UsageError("--token must be at least 16 characters")
    app = create_app(
        out_dir,
        dataset=Settings().dataset,
        curator=curator or getpass.getuser(),
        token=token,
        allowed_hosts=None if token else ["127.0.0.1", "localhost", "[::1]", "::1", host],
    )
    shown = f"[{host}]" if ":" in host else host
    suffix = f"/?token={token}" if token else "/"
    click.echo(f"reviewing {out_dir} at http://{shown}:{port}{suffix} (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command(name="export-reviewed")
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "target",
    type=click.Path(path_type=Path),
    default=None,
    help=f"Where to write (default: OUT/{REVIEWED_DIR}).",
)
@click.option("--reviewed-only", is_flag=True, help="Only records marked reviewed.")
@boundary
def export_reviewed_command(out_dir: Path, target: Path | None, reviewed_only: bool) -> None:
    """Write occurrence.csv, dwca.zip etc. with the curators' values, and occurrence_review.csv."""
    _batch_folder(out_dir)
    done = export_reviewed(
        load_records(out_dir),
        ReviewStore(out_dir),
        target or out_dir / REVIEWED_DIR,
        Settings().dataset,
        reviewed_only=reviewed_only,
    )
    click.echo(
        f"{done.exported} records exported, {done.skipped} left out, to {done.outputs.out_dir}",
        err=True,
    )


@click.command(name="validate")
@click.argument("out_dir", type=click.Path(path_type=Path))
@click.option("--warnings/--no-warnings", default=True, help="Also print warnings.")
@boundary
def validate_command(out_dir: Path, warnings: bool) -> None:
    """Check OUT/occurrence.csv and OUT/dwca.zip as the GBIF IPT would; non-zero exit on errors."""
    _batch_folder(out_dir)
    problems = validate_output(out_dir)
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        if warnings or problem.severity == "error":
            click.echo(str(problem))
    click.echo(
        f"{len(errors)} errors, {len(problems) - len(errors)} warnings in {out_dir}", err=True
    )
    if errors:
        raise InvalidOutputError(f"{out_dir} is not ready to publish: {len(errors)} errors")


COMMANDS = [review_command, export_reviewed_command, validate_command]
