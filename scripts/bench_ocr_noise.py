"""How often the OCR makes a confident field wrong: invented sheets rendered as degraded photographs,
read end to end, compared with the same sheets parsed from their text.

Usage: scripts/bench_ocr_noise.py [SHEETS.txt] [-o OUT_DIR] [--scale 0.4] [--seed 1] [--limit N]

SHEETS.txt holds invented sheets (default `scripts/data/invented_sheets.txt`): a sheet's labels
apart by a blank line, sheets by a line `====`. Each sheet is drawn as a herbarium sheet or a
tray (paper, a stem or two, its labels in a printed, typed or handwritten face, pasted a little
askew), finished as a camera would (uneven light, noise, blur), scaled down to a web derivative
and saved as a JPEG. `labelscribe run` reads the images; this checkout's parsers then read the
stored OCR and the sheets' own text. A field at confidence >= 0.9 whose value differs from the
text's is one the OCR made wrong (or a reading the text's parse did not make): the share of
them is the precision a curator's bulk accept loses to the OCR on labels nobody tuned on.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.fields import labels_from_text, parse_fields, parse_labels
from pipelines.outputs import read_records
from samples.draw import finish, paper_texture, paste
from samples.fonts import covers, font

SHEETS = Path(__file__).parent / "data" / "invented_sheets.txt"
TERMS = (
    "catalogNumber",
    "scientificName",
    "recordedBy",
    "recordNumber",
    "eventDate",
    "verbatimLocality",
    "country",
    "stateProvince",
    "county",
    "identifiedBy",
    "dateIdentified",
)
# the faces labels are printed, typed and written in, and how often each is drawn
FACES = (("serif", 4), ("sans", 2), ("mono", 1), ("typewriter", 2), ("serif-italic", 1))
SHEET_SIZE = (2400, 3400)


def read_sheets(path: Path) -> list[str]:
    return [s.strip() for s in path.read_text("utf-8").split("\n====\n") if s.strip()]


def draw_label(lines: list[str], rng: np.random.Generator) -> Image.Image:
    keys = [k for k, n in FACES for _ in range(n)]
    key, size = str(rng.choice(keys)), int(rng.choice([26, 30, 34]))
    if not covers(key, "".join(lines)):
        key = "mono"  # a typed label's face that has the characters the typewriter's lacks
    face = font(key, size)
    step = int(face.size * 1.4)
    w = max(int(face.getlength(line)) for line in lines) + 60
    h = step * len(lines) + 50
    label = Image.new("RGBA", (w, h), (250, 247, 238, 255))
    d = ImageDraw.Draw(label)
    d.rectangle([1, 1, w - 2, h - 2], outline=(70, 65, 60, 255), width=2)
    for i, line in enumerate(lines):
        d.text((30, 25 + i * step), line, font=face, fill=(22, 22, 28, 255))
    return label


def draw_sheet(sheet: str, rng: np.random.Generator, scale: float) -> Image.Image:
    w, h = SHEET_SIZE
    canvas = paper_texture(w, h, (236, 232, 218), rng, grain=3.0, blotch=6.0)
    d = ImageDraw.Draw(canvas)
    for _ in range(int(rng.integers(3, 8))):  # a pressed plant's stems, above the labels
        x, y = int(rng.integers(300, 2100)), int(rng.integers(200, 1500))
        end = (x + int(rng.integers(-300, 300)), y + int(rng.integers(100, 500)))
        d.line([x, y, *end], fill=(82, 92, 48), width=int(rng.integers(4, 12)))
    labels = [b.splitlines() for b in sheet.split("\n\n") if b.strip()]
    right, bottom = w - 100, h - 100
    for lines in reversed(labels):  # stacked up from the bottom right corner
        label = draw_label(lines, rng)
        if bottom - label.height < 1700:
            right, bottom = right - 1000, h - 100
        paste(canvas, label, (right - label.width, bottom - label.height), angle=rng.uniform(-1, 1))
        bottom -= label.height + int(rng.integers(30, 90))
    canvas = finish(canvas, rng, blur=0.8)
    return canvas.resize((int(w * scale), int(h * scale)), Image.Resampling.LANCZOS)


def draw_and_read(sheets: Mapping[str, str], out: Path, *, scale: float, seed: int) -> Path:
    """Draw each sheet (by the name of its image) as a photographed sheet into OUT/images and read
    them end to end with `labelscribe run` into OUT/run; the run's folder."""
    images, run = out / "images", out / "run"
    images.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    for name, sheet in sheets.items():
        draw_sheet(sheet, rng, scale).save(images / f"{name}.jpg", quality=45)
    cli = [sys.executable, "-c", "from worker.cli import main; main()", "run", str(images)]
    subprocess.run([*cli, "-o", str(run), "--no-progress", "--no-crops"], check=True)
    return run


def compare(sheets: list[str], records: Path) -> dict[str, object]:
    sure = differ = 0
    examples: list[str] = []
    for rec in read_records(records):
        text = parse_fields(labels_from_text(sheets[int(rec.image_id.removeprefix("sheet-"))]))
        read = parse_labels(rec.label_texts).fields
        for term in TERMS:
            got = read.get(term)
            if got is None or got.confidence < 0.9:
                continue
            sure += 1
            want = text.get(term)
            if want is None or want.value != got.value:
                differ += 1
                examples.append(
                    f"{rec.image_id} {term}: {got.value!r} (text: {want and want.value!r})"
                )
    return {
        "sheets": len(sheets),
        "fields_at_or_above_0.9": sure,
        "of_them_differ_from_the_text": differ,
        "share_that_differ": round(differ / sure, 3) if sure else None,
        "examples": examples[:40],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sheets", nargs="?", type=Path, default=SHEETS)
    ap.add_argument("-o", "--out", type=Path, default=Path("bench/ocr_noise"))
    ap.add_argument("--scale", type=float, default=0.4, help="size of the derivative (0.4)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="the first N sheets only")
    ap.add_argument("--reuse", action="store_true", help="re-parse the last run's records only")
    args = ap.parse_args()
    sheets = read_sheets(args.sheets)
    if args.limit:
        sheets = sheets[: args.limit]
    out = args.out / "run"
    if not args.reuse:
        named = {f"sheet-{k:04d}": sheet for k, sheet in enumerate(sheets)}
        draw_and_read(named, args.out, scale=args.scale, seed=args.seed)
    print(json.dumps(compare(sheets, out / "records.jsonl"), indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
