"""Processor time per stage on a fixed subset of images, in one process, with the yardstick.

usage: python scripts/bench_stages.py IMAGES_DIR [--every 4] [--texts OUT.jsonl] [--no-reference]

Runs `process_image` on every Nth image (sorted by name) in this process, after one warm-up image
(the models' loading is left out: a worker pays it once), and sums the processor time spent in
each engine call (the text detector, the line recogniser, Tesseract, the barcode reader, loading,
the field parsers; Tesseract's calls inside the barcode stage count in both). Then runs plain whole-image Tesseract (`tesseract IMAGE - --psm 3`, one
thread) on the same images, so every number is also given as a share of the yardstick measured in
the same session. `--texts` writes each image's label texts, to check that a change that should
not change the text did not.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_reference import tesseract_cpu_seconds

from models.config import PipelineSettings
from pipelines import process
from pipelines.engines import pprec, tesseract, textdet

spent: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
            calls[name] += 1

    return wrapper


def _instrument() -> None:
    """Wrap each engine's entry point where the pipeline looks it up."""
    wraps = [
        (textdet, "detect", "detect"),
        (tesseract, "read", "tesseract"),
        (pprec, "recognise", "recogniser"),
        (process, "find_barcodes", "barcodes"),
        (process, "load_image", "load"),
        (process, "parse_labels", "fields"),
        (process, "segment_labels", "segment"),
        (process, "_read_labels", "read"),
    ]
    for module, attribute, name in wraps:
        setattr(module, attribute, _timed(name, getattr(module, attribute)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("images", type=Path)
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--texts", type=Path, help="write each image's label texts here (JSON lines)")
    ap.add_argument("--no-reference", action="store_true", help="skip plain Tesseract")
    args = ap.parse_args(argv)
    paths = sorted(p for p in args.images.iterdir() if p.suffix.lower() in {".jpg", ".png"})
    subset = paths[args.offset :: args.every]
    settings = PipelineSettings()
    process.process_image(paths[1], settings)  # warm-up: models loaded, not counted
    _instrument()
    total = 0.0
    out = args.texts.open("w", encoding="utf-8") if args.texts else None
    for path in subset:
        started = time.process_time()
        record = process.process_image(path, settings)
        total += time.process_time() - started
        if out is not None:
            texts = [t.text for t in record.label_texts]
            fields_ = {k: v.value for k, v in record.fields.items()}
            out.write(json.dumps({"image": path.name, "texts": texts, "fields": fields_}) + "\n")
    if out is not None:
        out.close()
    n = len(subset)
    reference = 0.0
    if not args.no_reference:
        reference = sum(tesseract_cpu_seconds(str(p)) for p in subset) / n
    report: dict[str, Any] = {
        "images": n,
        "labelscribe_cpu_per_image": round(total / n, 4),
        "tesseract_cpu_per_image": round(reference, 4),
        "ratio": round(total / n / reference, 3) if reference else None,
        "stages": {k: round(v / n, 4) for k, v in sorted(spent.items())},
        "calls": {k: round(v / n, 2) for k, v in sorted(calls.items())},
    }
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
