"""Render the sample specimen images in this folder and their ground truth (truth.jsonl).

Run from the repository root:  python -m samples.generate [--out DIR]

Everything is drawn from scratch (no photographs): paper, plants, insects, rulers, colour charts,
labels set in openly licensed Debian fonts, and real barcodes written by zxing-cpp. The output is
deterministic for a given set of fonts and library versions (fixed seeds per image). After writing
each JPEG the barcodes are read back with zxing-cpp and the run fails if one does not decode.

This module is the orchestration and the command line; the samples' content is in data.py,
the composition of each kind of image in scenes.py, labels and barcodes in labels.py,
everything else drawn in draw.py and the fonts in fonts.py.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import zxingcpp
from PIL import Image

from samples.data import ent_specs, herb_specs, lichen_specs
from samples.fonts import MissingFontError, check_fonts
from samples.scenes import Sample, herbarium_sheet, lichen_packet, pinned_insect

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
JPEG_QUALITY = 85


def build_all() -> list[Sample]:
    return (
        [herbarium_sheet(s) for s in herb_specs()]
        + [pinned_insect(s) for s in ent_specs()]
        + [lichen_packet(s) for s in lichen_specs()]
    )


# --------------------------------------------------------------------------------------------
# Output and self-check
# --------------------------------------------------------------------------------------------


def encode_jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return buf.getvalue()


def decoded_barcodes(data: bytes) -> list[str]:
    with Image.open(io.BytesIO(data)) as im:
        arr = np.asarray(im.convert("L"))
    return [str(r.text) for r in zxingcpp.read_barcodes(arr)]


def truth_record(sample: Sample, image_name: str) -> dict[str, object]:
    record: dict[str, object] = {
        "id": sample.id,
        "image": image_name,
        "source": sample.source,
        "full_text": sample.full_text,
        "fields": sample.fields,
    }
    if sample.identifications:
        record["identifications"] = sample.identifications
    return record


def write_samples(out: Path) -> list[Path]:
    check_fonts()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    records: list[str] = []
    for sample in build_all():
        data = encode_jpeg(sample.image)
        found = decoded_barcodes(data)
        missing = [v for v in sample.barcodes if v not in found]
        if missing:
            raise RuntimeError(f"{sample.id}: barcode(s) {missing} do not decode (read {found})")
        name = f"{sample.id}.jpg"
        (out / name).write_bytes(data)
        written.append(out / name)
        records.append(json.dumps(truth_record(sample, name), ensure_ascii=False))
        log.info("%s: %d kB, barcodes %s", name, len(data) // 1024, found)
    truth = out / "truth.jsonl"
    truth.write_text("\n".join(records) + "\n", encoding="utf-8")
    written.append(truth)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        write_samples(args.out)
    except MissingFontError as e:
        log.error("%s", e)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
