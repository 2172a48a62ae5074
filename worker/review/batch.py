"""A batch folder as the review app sees it: its records, and web-viewable copies of its images.

Local-mode batches have OUT/records.jsonl; queue-mode batches have OUT/records/<image_id>.json
(records.jsonl only after an export). The record files are preferred when present: they are what
the workers wrote last.

The app serves files of the batch folder only. Source images usually live elsewhere (and TIFFs do not
show in browsers), so each is converted once into OUT/review/images/<image_id>.jpg, upright as the
pipeline read it (EXIF orientation applied), so that label and word boxes fit it after scaling.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PIL import Image, ImageOps

from models.errors import InputFileError, NothingProcessedError
from models.record import SpecimenRecord
from pipelines.outputs import read_records
from pipelines.outputs.staging import staged
from worker.queue.records import RECORDS_DIR, read_record
from worker.review.storage import REVIEW_DIR

log = logging.getLogger(__name__)

PREVIEW_DIR = "images"
PREVIEW_MAX_SIDE = 2400  # a 3744x5616 sheet becomes 1600x2400: labels stay readable when zoomed


def load_records(out_dir: Path) -> list[SpecimenRecord]:
    folder = out_dir / RECORDS_DIR
    if folder.is_dir() and any(folder.glob("*.json")):
        return [read_record(p) for p in sorted(folder.glob("*.json"))]
    path = out_dir / "records.jsonl"
    if not path.is_file():
        raise NothingProcessedError(
            f"{out_dir} is not a batch folder: no records.jsonl and no records/*.json"
        )
    return read_records(path)


def find_source(record: SpecimenRecord, out_dir: Path) -> Path | None:
    """The source image: its path as given, relative to where the batch was run or to the batch."""
    given = Path(record.source_image)
    candidates = (
        [given]
        if given.is_absolute()
        else [Path.cwd() / given, out_dir / given, out_dir.parent / given]
    )
    return next((p for p in candidates if p.is_file()), None)


def preview(record: SpecimenRecord, out_dir: Path) -> tuple[Path, float] | None:
    """OUT/review/images/<id>.jpg and its scale (preview pixels per image pixel); None if the
    source image is gone or unreadable."""
    if record.image is None:
        return None
    width, height = record.image.width, record.image.height
    scale = min(1.0, PREVIEW_MAX_SIDE / max(width, height, 1))
    folder = out_dir / REVIEW_DIR / PREVIEW_DIR
    name = f"{record.image_id}.jpg"
    target = folder / name
    if target.is_file():
        return target, scale
    source = find_source(record, out_dir)
    if source is None:
        log.warning("%s: source image %s not found", record.image_id, record.source_image)
        return None
    try:
        with Image.open(source) as im:
            im.seek(0)
            upright = ImageOps.exif_transpose(im).convert("RGB")
            upright.thumbnail((round(width * scale), round(height * scale)))
            with staged(folder) as stage, stage.binary(name) as fh:
                upright.save(fh, format="JPEG", quality=85)
    except (OSError, ValueError, Image.DecompressionBombError) as e:
        log.warning("%s: cannot make a preview of %s: %s", record.image_id, source, e)
        return None
    return target, scale


def inside(out_dir: Path, relative: str) -> Path:
    """`relative` resolved inside the batch folder; anything that escapes it is refused."""
    root = out_dir.resolve()
    try:
        path = (root / relative).resolve()
        ok = path.is_relative_to(root) and path.is_file() and not Path(relative).is_absolute()
    except (ValueError, OSError):  # a NUL byte, a name too long
        ok = False
    if not ok:
        raise InputFileError(f"not a file of the batch: {relative!r}")
    return path
