"""Local mode: process files and folders in-process, in parallel across images, with a progress bar."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from models.config import PipelineSettings
from models.record import ErrorRecord, SpecimenRecord
from pipelines.process import build_record, process_image

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff"})


def collect_images(paths: Iterable[Path]) -> list[Path]:
    """Image files under the given paths, in a stable order.

    Folders are searched recursively for image suffixes; a file named explicitly is always taken,
    so a mislabelled file yields an error record rather than silently disappearing.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in IMAGE_SUFFIXES
                    and not p.name.startswith(".")
                )
            )
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def image_ids(paths: Sequence[Path]) -> list[str]:
    """File stems, made unique within the batch (two folders may hold the same file name)."""
    counts: dict[str, int] = {}
    ids = []
    for p in paths:
        n = counts.get(p.stem, 0) + 1
        counts[p.stem] = n
        ids.append(p.stem if n == 1 else f"{p.stem}-{n}")
    return ids


def default_jobs() -> int:
    return max(
        1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )


def _crashed(path: Path, image_id: str, settings: PipelineSettings, message: str) -> SpecimenRecord:
    error = ErrorRecord(stage="worker", kind="worker_crashed", message=message, transient=True)
    return build_record(path, settings, image_id=image_id, errors=[error])


def run_batch(
    paths: Sequence[Path],
    settings: PipelineSettings,
    *,
    out_dir: Path,
    jobs: int,
    progress: Callable[[SpecimenRecord], None] | None = None,
) -> list[SpecimenRecord]:
    """One record per image, in input order; a crash of one image never costs the others."""
    ids = image_ids(paths)
    results: dict[int, SpecimenRecord] = {}
    if jobs <= 1:
        for i, (path, image_id) in enumerate(zip(paths, ids, strict=True)):
            results[i] = process_image(path, settings, image_id=image_id, out_dir=out_dir)
            if progress:
                progress(results[i])
        return [results[i] for i in range(len(paths))]

    def done(i: int, record: SpecimenRecord) -> None:
        results[i] = record
        if progress:
            progress(record)

    pending = list(range(len(paths)))
    strikes: dict[int, int] = {}
    while pending:
        # A process killed by the OS (out of memory, a segfault in an engine) breaks the whole pool
        # and every unfinished image with it. Those go round again; an image caught in two breaks is
        # then run alone, so only the image that kills its worker is recorded as failed.
        alone = [i for i in pending if strikes.get(i, 0) >= 2]
        shared = [i for i in pending if strikes.get(i, 0) < 2]
        broken: list[int] = []
        for group in [[i] for i in alone] + ([shared] if shared else []):
            with ProcessPoolExecutor(max_workers=min(jobs, len(group))) as pool:
                futures: dict[Future[SpecimenRecord], int] = {
                    pool.submit(
                        process_image, paths[i], settings, image_id=ids[i], out_dir=out_dir
                    ): i
                    for i in group
                }
                for future in as_completed(futures):
                    i = futures[future]
                    try:
                        done(i, future.result())
                    except BrokenProcessPool:
                        if len(group) == 1 and strikes.get(i, 0) >= 2:
                            message = "the worker process died while reading this image"
                            done(i, _crashed(paths[i], ids[i], settings, message))
                        else:
                            strikes[i] = strikes.get(i, 0) + 1
                            broken.append(i)
                    except Exception as e:
                        done(i, _crashed(paths[i], ids[i], settings, f"{type(e).__name__}: {e}"))
        pending = sorted(broken)
    return [results[i] for i in range(len(paths))]
