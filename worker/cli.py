"""The `labelscribe` command line: the edge where settings are read and errors become exit codes."""

from __future__ import annotations

import json
import logging
import shlex
import sys
import time
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from models.config import PipelineSettings
from models.errors import ExitCode, NothingProcessedError, OutputFolderError, StoppedError
from models.record import SpecimenRecord
from pipelines.engines import tesseract
from pipelines.evaluate import evaluate, read_jsonl, score_table
from pipelines.fields.checklist import checklist_for
from pipelines.outputs import write_outputs
from pipelines.outputs.cells import readable
from pipelines.outputs.folder import check_folder, locked
from worker import queue_cli
from worker.batch import Stop, collect_images, default_jobs, image_ids, run_batch
from worker.edge import boundary, check_dependencies
from worker.resume import Plan, plan_batch, read_run, record_done, write_run
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
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
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
@click.option(
    "--resume",
    is_flag=True,
    help="Continue the run stopped in OUT with its paths and settings (those given here win); "
    "keeps what is done even if settings changed.",
)
@click.option("--fresh", is_flag=True, help="Read every image again, forgetting OUT's records.")
@click.option("--no-progress", is_flag=True, help="Hide the progress bar.")
@boundary
def run(
    paths: tuple[Path, ...],
    out_dir: Path,
    jobs: int | None,
    catalog_pattern: str | None,
    no_crops: bool,
    checklist: Path | None,
    resume: bool,
    fresh: bool,
    no_progress: bool,
) -> None:
    """Process image files and folders in-process and write the outputs to OUT.

    Each finished image is recorded in OUT/records at once; running again into OUT skips the
    images already done, so a stopped run (Ctrl+C, SIGTERM, a full disk) resumes where it stopped.
    """
    if resume and fresh:
        raise click.UsageError("--resume keeps what is done and --fresh forgets it: give one")
    overrides: dict[str, Any] = {}
    if jobs is not None:
        overrides["jobs"] = jobs
    if catalog_pattern is not None:
        overrides["catalog_number_pattern"] = catalog_pattern
    if no_crops:
        overrides["save_crops"] = False
    if checklist is not None:
        overrides["checklist_path"] = checklist
    previous = read_run(out_dir) if resume else None
    if previous is not None:
        # the stopped run's settings, but for what this command line changes explicitly
        overrides = {**previous.get("settings", {}), **overrides}
    settings = Settings(**overrides)
    if not paths:
        if previous is None:
            raise click.UsageError(
                "give the image files or folders to read"
                + (f" ({out_dir} holds no run to resume)" if resume else "")
            )
        paths = tuple(Path(p) for p in previous["paths"])
    check_dependencies(settings)
    if settings.checklist_path is not None:
        checklist_for(settings.checklist_path)  # a bad file stops here, not once per image
    problems: list[str] = []
    images = collect_images(paths, problems)
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    if not images:
        shown = ", ".join(readable(str(p)) for p in paths)
        raise NothingProcessedError(f"no images found in {shown}")
    check_folder(out_dir)
    with locked(out_dir, "labelscribe run"):
        _run_locked(
            images, paths, out_dir, settings, resume=resume, fresh=fresh, bar=not no_progress
        )


def _run_locked(
    images: list[Path],
    paths: tuple[Path, ...],
    out_dir: Path,
    settings: Settings,
    *,
    resume: bool,
    fresh: bool,
    bar: bool,
) -> None:
    pipeline = settings.pipeline()
    ids = image_ids(images)
    plan = plan_batch(out_dir, images, ids, pipeline, resume=resume, fresh=fresh)
    check_folder(out_dir, need_bytes=space_needed(plan, pipeline))
    write_run(out_dir, list(paths), pipeline)
    if plan.done:
        click.echo(
            f"resuming: {len(plan.done)} of {len(images)} images are done already "
            f"(--fresh reads them again); reading the other {len(plan.todo)}",
            err=True,
        )
    if plan.strangers:
        click.echo(
            f"note: {plan.strangers} record files in {readable(str(out_dir / 'records'))} "
            "belong to images not in this run; they are left out of the outputs",
            err=True,
        )
    index = {ids[i]: i for i in plan.todo}
    records: dict[int, SpecimenRecord] = dict(plan.done)
    started = time.perf_counter()
    workers = settings.jobs or default_jobs()
    stop = Stop()
    with tqdm(
        total=len(images), initial=len(plan.done), unit="image", disable=not bar, file=sys.stderr
    ) as progress:

        def advance(record: SpecimenRecord) -> None:
            i = index[record.image_id]
            record_done(out_dir, record, plan.sources[i])
            records[i] = record
            progress.update(1)
            if record.errors:
                progress.write(
                    f"{readable(record.source_image)}: {readable(record.errors[0].message)}",
                    file=sys.stderr,
                )

        try:
            run_batch(
                plan.todo_paths,
                pipeline,
                out_dir=out_dir,
                jobs=workers,
                progress=advance,
                ids=plan.todo_ids,
                stop=stop,
            )
        except OutputFolderError as e:
            raise OutputFolderError(
                f"{e.message}; {len(records)} of {len(images)} images are done and recorded: "
                f"make room, then run {_resume_hint(out_dir)} to read the others"
            ) from e
    done = [records[i] for i in sorted(records)]
    summary = write_outputs(done, out_dir, settings.dataset)
    seconds = time.perf_counter() - started
    new = len(records) - len(plan.done)
    failed = sum(1 for r in done if r.failed)
    click.echo(
        f"{len(images)} images, {len(done) - failed} records, {failed} failed, "
        f"{seconds:.1f} s ({new / seconds * 3600:.0f} images/hour on {workers} workers)",
        err=True,
    )
    for warning in summary.warnings:
        click.echo(f"warning: {readable(warning)}", err=True)
    click.echo(f"outputs in {readable(str(out_dir))}", err=True)
    if stop.requested:
        code = ExitCode.terminated if stop.signal_name == "SIGTERM" else ExitCode.interrupted
        raise StoppedError(
            f"stopped by {stop.signal_name}: {len(done)} of {len(images)} images are done and "
            f"in the outputs; run {_resume_hint(out_dir)} to read the other "
            f"{len(images) - len(done)}",
            exit_code=code,
        )
    if done and failed == len(done):
        raise NothingProcessedError("no image could be processed; see failures.csv")


def _resume_hint(out_dir: Path) -> str:
    return f"`labelscribe run --resume -o {shlex.quote(readable(str(out_dir)))}`"


# Bytes a finished image leaves in OUT besides its crops: its record file, its records.jsonl line
# and its rows (a real record is 10-30 KB); crops are about a quarter of the source file's size
# (label areas re-encoded as JPEG). A first estimate for the check before the first image.
RECORD_BYTES = 64 * 1024
CROP_SHARE = 0.25


def space_needed(plan: Plan, settings: PipelineSettings) -> int:
    sizes = [(plan.sources[i] or {}).get("size", 0) for i in plan.todo]
    crops = CROP_SHARE * sum(sizes) if settings.save_crops else 0
    return int(len(plan.todo) * RECORD_BYTES + crops)


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


if __name__ == "__main__":
    main()
