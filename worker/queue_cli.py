"""Queue-mode commands (submit, worker, status, export, retry-failed), added to `labelscribe`."""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from models.errors import NothingProcessedError
from pipelines.outputs.cells import readable
from worker.edge import boundary, check_dependencies
from worker.queue import batches
from worker.queue.connection import connect, display_url, redis_errors
from worker.queue.export import export_batch
from worker.queue.status import batch_status, describe, duration
from worker.queue.submit import retry_failed, submit
from worker.queue.workers import serve
from worker.settings import Settings

log = logging.getLogger(__name__)


def _settings(**overrides: Any) -> Settings:
    return Settings(**overrides)


@click.command(name="submit")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--batch", "batch_name", required=True, help="Batch name: letters, digits, _ and -.")
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="Output folder (shared with the workers); needed when the batch is new.",
)
@click.option("--queue", default=None, help="rq queue (default: LABELSCRIBE_QUEUE__NAME).")
@click.option("--catalog-pattern", default=None, help="Regex for catalogue numbers in file names.")
@click.option("--no-crops", is_flag=True, help="Do not save label crops.")
@boundary
def submit_command(
    paths: tuple[Path, ...],
    batch_name: str,
    out_dir: Path | None,
    queue: str | None,
    catalog_pattern: str | None,
    no_crops: bool,
) -> None:
    """Register batch NAME and enqueue one job per image in PATHS (files and folders).

    Images are referenced by absolute path, so workers must see them at the same path. Submitting
    again skips images already in the batch (same path, size and modification time).
    """
    overrides: dict[str, Any] = {}
    if catalog_pattern is not None:
        overrides["catalog_number_pattern"] = catalog_pattern
    if no_crops:
        overrides["save_crops"] = False
    settings = _settings(**overrides)
    conn = connect(settings.queue)
    with redis_errors(settings.queue.redis_url):
        summary = submit(
            conn,
            batch_name,
            paths,
            out_dir=out_dir,
            settings=settings.pipeline(),
            queue_settings=settings.queue,
            queue=queue,
        )
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    rate = summary.enqueued / summary.seconds if summary.seconds > 0 else 0.0
    click.echo(
        f"batch {summary.batch}: {summary.found} images found, {summary.enqueued} enqueued "
        f"({summary.changed} of them changed since the last submit), {summary.unchanged} already "
        f"submitted, {summary.pending} changed but still queued; {rate:.0f} jobs/s; "
        f"queue {summary.queue} on {display_url(settings.queue.redis_url)}; "
        f"records in {readable(str(summary.out_dir / 'records'))}",
        err=True,
    )


@click.command(name="worker")
@click.option("--burst", is_flag=True, help="Exit once the queue is empty and nothing is running.")
@click.option("-n", "--workers", type=click.IntRange(1, 256), default=1, help="Worker processes.")
@click.option("--queue", "queues", multiple=True, help="Queues to read, in priority order.")
@click.option("--fork-per-job", is_flag=True, default=None, help="Fork a child per job (rq style).")
@click.option("-q", "--quiet", is_flag=True, help="Log only warnings, not every job.")
@boundary
def worker_command(
    burst: bool, workers: int, queues: tuple[str, ...], fork_per_job: bool | None, quiet: bool
) -> None:
    """Run queue workers on this machine until SIGTERM (finishing the job at hand)."""
    settings = _settings()
    if fork_per_job:
        settings.queue.fork_per_job = True
    versions = check_dependencies(settings)
    connect(settings.queue)  # fail now, with the hint, if Redis is not there
    names = list(queues) or [settings.queue.name]
    click.echo(
        f"{workers} worker(s) on {', '.join(names)} at {display_url(settings.queue.redis_url)}; "
        + ", ".join(f"{k} {v}" for k, v in versions.items()),
        err=True,
    )
    serve(settings, names, n=workers, burst=burst, logging_level="WARNING" if quiet else "INFO")


@click.command(name="status")
@click.argument("batch_name", required=False)
@click.option("--watch", is_flag=True, help="Show a live progress bar until the batch is done.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
@click.option("--interval", type=click.FloatRange(0.1, 3600), default=2.0, show_default=True)
@boundary
def status_command(batch_name: str | None, watch: bool, as_json: bool, interval: float) -> None:
    """Progress of BATCH (done, failed, running, queued, rate, ETA); without BATCH, list batches."""
    settings = _settings()
    conn = connect(settings.queue)
    if batch_name is None:
        for name in batches.names(conn):
            click.echo(describe(batch_status(conn, name)))
        return
    status = batch_status(conn, batch_name)
    if not watch:
        click.echo(json.dumps(status.as_dict()) if as_json else describe(status))
        return
    with tqdm(total=status.total, unit="image", file=sys.stderr, desc=batch_name) as bar:
        while True:
            bar.total = status.total
            bar.n = status.finished
            bar.set_postfix_str(
                f"failed {status.failed}, running {status.running}, queued {status.queued}, "
                f"ETA {duration(status.eta_seconds) if not status.complete else '0 s'}",
                refresh=False,
            )
            bar.refresh()
            if status.complete:
                break
            time.sleep(interval)
            status = batch_status(conn, batch_name)
    click.echo(describe(status), err=True)


@click.command(name="export")
@click.argument("batch_name")
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    help="Write the outputs here instead of the batch's folder.",
)
@boundary
def export_command(batch_name: str, out_dir: Path | None) -> None:
    """Write occurrence.csv, records.jsonl, failures.csv and dwca.zip for BATCH from what is done."""
    settings = _settings()
    conn = connect(settings.queue)
    with redis_errors(settings.queue.redis_url):
        summary = export_batch(conn, batch_name, out_dir=out_dir)
    out = summary.outputs
    click.echo(
        f"batch {batch_name}: exported {summary.exported} of {summary.total} images "
        f"({out.occurrences} occurrences, {out.failed} failed), {summary.pending} still pending; "
        f"outputs in {readable(str(out.out_dir))}",
        err=True,
    )
    for warning in out.warnings:
        click.echo(f"warning: {readable(warning)}", err=True)
    for path in summary.missing:
        click.echo(f"warning: record file missing (done in Redis): {readable(path)}", err=True)
    if summary.exported == 0:
        raise NothingProcessedError(f"nothing of batch {batch_name} has finished yet")


@click.command(name="retry-failed")
@click.argument("batch_name")
@boundary
def retry_failed_command(batch_name: str) -> None:
    """Requeue the images of BATCH that failed for good (after fixing the cause)."""
    settings = _settings()
    conn = connect(settings.queue)
    with redis_errors(settings.queue.redis_url):
        ids = retry_failed(conn, batch_name, settings.queue)
    click.echo(f"batch {batch_name}: {len(ids)} failed images requeued", err=True)


COMMANDS: list[click.Command] = [
    submit_command,
    worker_command,
    status_command,
    export_command,
    retry_failed_command,
]
