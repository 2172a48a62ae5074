"""The `labelscribe` command line: the edge where settings are read and errors become exit codes."""

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
from models.record import SpecimenRecord
from pipelines.engines import tesseract
from pipelines.evaluate import evaluate, read_jsonl, score_table
from pipelines.fields.checklist import checklist_for
from pipelines.outputs import write_outputs
from worker import queue_cli
from worker.batch import collect_images, default_jobs, run_batch
from worker.edge import boundary, check_dependencies
from worker.review import cli as review_cli
from worker.settings import Settings

log = logging.getLogger("labelscribe")


@click.group()
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Read specimen labels and write Darwin Core records."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


@cli.command()
@boundary
def doctor() -> None:
    """Check that the OCR and barcode engines and their data are installed."""
    settings = Settings()
    for name, version in check_dependencies(settings).items():
        click.echo(f"{name}: {version}")
    click.echo(f"tesseract languages: {', '.join(sorted(tesseract.languages()))}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o", "--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Output folder."
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(0, 256),
    default=None,
    help="Images in parallel (default: one per core).",
)
@click.option(
    "--catalog-pattern",
    default=None,
    help="Regex for the catalogue number in file names, used when no barcode is decoded.",
)
@click.option("--no-crops", is_flag=True, help="Do not save label crops.")
@click.option(
    "--checklist",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="CSV of accepted scientific names: confirms parsed names, corrects near misses.",
)
@click.option("--no-progress", is_flag=True, help="Hide the progress bar.")
@boundary
def run(
    paths: tuple[Path, ...],
    out_dir: Path,
    jobs: int | None,
    catalog_pattern: str | None,
    no_crops: bool,
    checklist: Path | None,
    no_progress: bool,
) -> None:
    """Process image files and folders in-process and write the outputs to OUT."""
    overrides: dict[str, Any] = {}
    if jobs is not None:
        overrides["jobs"] = jobs
    if catalog_pattern is not None:
        overrides["catalog_number_pattern"] = catalog_pattern
    if no_crops:
        overrides["save_crops"] = False
    if checklist is not None:
        overrides["checklist_path"] = checklist
    settings = Settings(**overrides)
    check_dependencies(settings)
    if settings.checklist_path is not None:
        checklist_for(settings.checklist_path)  # a bad file stops here, not once per image
    images = collect_images(paths)
    if not images:
        raise NothingProcessedError(f"no images found in {', '.join(map(str, paths))}")
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workers = settings.jobs or default_jobs()
    with tqdm(total=len(images), unit="image", disable=no_progress, file=sys.stderr) as bar:

        def advance(record: SpecimenRecord) -> None:
            bar.update(1)
            if record.errors:
                bar.write(f"{record.source_image}: {record.errors[0].message}", file=sys.stderr)

        records = run_batch(
            images, settings.pipeline(), out_dir=out_dir, jobs=workers, progress=advance
        )
    summary = write_outputs(records, out_dir, settings.dataset)
    seconds = time.perf_counter() - started
    failed = sum(1 for r in records if r.failed)
    click.echo(
        f"{len(images)} images, {len(records) - failed} records, {failed} failed, "
        f"{seconds:.1f} s ({len(images) / seconds * 3600:.0f} images/hour on {workers} workers)",
        err=True,
    )
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"outputs in {out_dir}", err=True)
    if failed == len(records):
        raise NothingProcessedError("no image could be processed; see failures.csv")


@cli.command(name="evaluate")
@click.argument("truth", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("run_output", type=click.Path(exists=True, path_type=Path))
@click.option("--by-source", is_flag=True, help="Also score each source of the truth file.")
@click.option("--json", "as_json", is_flag=True, help="Print every score as JSON.")
@boundary
def evaluate_command(truth: Path, run_output: Path, by_source: bool, as_json: bool) -> None:
    """Score a run (its folder or records.jsonl) against a TRUTH file in the devset format."""
    records = run_output / "records.jsonl" if run_output.is_dir() else run_output
    if not records.exists():
        raise NothingProcessedError(f"no records.jsonl in {run_output}")
    scores = evaluate(read_jsonl(truth), read_jsonl(records), by_source=by_source)
    click.echo(json.dumps(scores, indent=1) if as_json else score_table(scores))


def main() -> None:
    cli(prog_name="labelscribe")


for _command in [*queue_cli.COMMANDS, *review_cli.COMMANDS]:
    cli.add_command(_command)
