"""Parsers on invented sheets with the values a keyer would enter: accuracy by group and the fields
that went wrong.

The default set (scripts/data/blind_sheets.txt and blind_truth.jsonl) is 120 invented sheets of
UK, continental European, NHM-style insect, worldwide and US shapes, written with their values by
a session that had not read the parsers and did not run them until the values were written
(BENCHMARKS.md, session 20). It measures shapes the real sets lack; a fix made looking at it makes
its number evidence of that fix no more. `scripts/data/blind2/` is a second such set of 160 sheets
(session 21: UK museums and societies, Nordic, Baltic, Central and Eastern European herbaria,
insect pins, the Field Museum's sheets, US sheets): `sheets.txt` as transcribed, `sheets_ocr.txt`
the same with OCR's slips, and `halves.json` parting it in two halves of every group: half B was
never opened by the session that fixed half A's errors. `blind3/` to `blind7/` are five more
(sessions 22-26; the seventh of 150 sheets, fossils and zoology among them), each of five groups; a group's scores are core_field_accuracy, precision at
>= 0.9 and accept98_coverage (the reference scorer's), and each term's recall.

Sheets: a line "# ID title" opens a sheet, blank lines part its labels. Truth: one JSON object a
line, {"id", "source" (the group), "fields": {term: value}}. Values are judged as `labelscribe
evaluate` judges them.

With `--images DIR` the sheets are not parsed from their text but drawn as photographed sheets
(as `bench_ocr_noise.py` draws them: printed, typed and written faces, uneven light, a web
derivative) into DIR/images, read end to end by `labelscribe run` into DIR/run, and the stored
OCR parsed by this checkout's parsers: the number a digitisation team would meet on such labels.

    .venv/bin/python scripts/bench_invented.py [SHEETS TRUTH] [--half A|B] [--errors]
        [--images DIR [--scale S] [--reuse]]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.evaluate import CORE, accept_coverage, judge
from pipelines.fields import labels_from_text, parse_fields, parse_labels
from pipelines.outputs import read_records

DATA = Path(__file__).resolve().parent / "data"
SHEETS = DATA / "blind_sheets.txt"
TRUTH = DATA / "blind_truth.jsonl"
SURE = 0.9


def read_sheets(path: Path) -> dict[str, str]:
    """Sheet id -> its text (labels parted by blank lines)."""
    sheets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("# "):
            current = sheets.setdefault(line[2:].split()[0], [])
        elif current is not None:
            current.append(line)
    return {key: "\n".join(lines).strip("\n") for key, lines in sheets.items()}


def _first(value: object) -> object:
    return value[0] if isinstance(value, list) else value


Fields = dict[str, FieldCandidate]


def from_text(sheets: dict[str, str]) -> dict[str, Fields]:
    """Each sheet's fields parsed from its text."""
    return {key: parse_fields(labels_from_text(text)) for key, text in sheets.items()}


def from_images(
    sheets: dict[str, str], out: Path, *, scale: float = 0.4, reuse: bool = False
) -> dict[str, Fields]:
    """Each sheet's fields read end to end from a drawn photograph of it (see the docstring)."""
    run = out / "run"
    if not reuse:
        from bench_ocr_noise import draw_and_read

        draw_and_read(sheets, out, scale=scale, seed=1)
    return {
        rec.image_id: parse_labels(rec.label_texts).fields
        for rec in read_records(run / "records.jsonl")
    }


def score(
    fields: dict[str, Fields], truth: list[dict[str, Any]]
) -> tuple[dict[str, Any], list[str]]:
    """Per group: core_field_accuracy, precision at >= 0.9 and recall per term; and the wrong
    fields at >= 0.9 and the missing or unsure core values, one line each."""
    right: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    sure: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    scored: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    errors: list[str] = []
    core = {t.value for t in CORE}
    for row in truth:
        got = fields.get(row["id"], {})
        pred = {t: {"value": c.value} for t, c in got.items()}
        for term, tv in row["fields"].items():
            cand = got.get(term)
            pv = _first(cand.value) if cand is not None else None
            ok = bool(pv) and judge(Term(term), pv, _first(tv), row["fields"], pred)
            confident = cand is not None and bool(pv) and cand.confidence >= SURE
            for group in (row["source"], "all"):
                right[group][term][0] += ok
                right[group][term][1] += 1
                sure[group][0] += ok and confident
                sure[group][1] += confident
                if cand is not None and pv and term != Term.countryCode.value:
                    scored[group].append((cand.confidence, ok))  # a country's counts once
            if (confident and not ok) or (term in core and not ok):
                shown = (
                    f"{pv!r} {cand.confidence:.2f} [{cand.evidence.rule}]" if cand else "missing"
                )
                errors.append(f"{row['id']} {term}: {shown}, truth {tv!r}")
    table = {}
    for group, terms in right.items():
        recalls = [terms[t][0] / terms[t][1] for t in sorted(core) if terms[t][1]]
        table[group] = {
            "sheets": sum(1 for r in truth if group in ("all", r["source"])),
            "core_field_accuracy": round(sum(recalls) / len(recalls), 3),
            "precision_at_0.9": round(sure[group][0] / sure[group][1], 3)
            if sure[group][1]
            else None,
            "accept98_coverage": accept_coverage(scored[group], 0.98)[0] if scored[group] else None,
            "recall": {t: f"{n[0]}/{n[1]}" for t, n in sorted(terms.items())},
        }
    return table, errors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sheets", nargs="?", type=Path, default=SHEETS)
    ap.add_argument("truth", nargs="?", type=Path, default=TRUTH)
    ap.add_argument("--errors", action="store_true", help="list the wrong and missing values")
    ap.add_argument("--images", type=Path, help="draw the sheets here and read them end to end")
    ap.add_argument("--half", choices=("A", "B"), help="one half of halves.json beside TRUTH")
    ap.add_argument("--scale", type=float, default=0.4, help="the drawn sheets' size (0.4: web)")
    ap.add_argument("--reuse", action="store_true", help="re-parse the last --images run only")
    args = ap.parse_args()
    truth = [json.loads(line) for line in args.truth.read_text("utf-8").splitlines() if line]
    if args.half:
        half = set(json.loads((args.truth.parent / "halves.json").read_text("utf-8"))[args.half])
        truth = [row for row in truth if row["id"] in half]
    sheets = read_sheets(args.sheets)
    fields = (
        from_images(sheets, args.images, reuse=args.reuse) if args.images else from_text(sheets)
    )
    table, errors = score(fields, truth)
    print(json.dumps(table, indent=1, ensure_ascii=False))
    if args.errors:
        print("\n".join(errors))


if __name__ == "__main__":
    main()
