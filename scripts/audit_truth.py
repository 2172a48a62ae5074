"""Which of the devset's wrong field values are wrong against a truth that contradicts itself.

usage:
  .venv/bin/python scripts/audit_truth.py RECORDS.jsonl [--mode ocr|gold] [--list]

The truth (truth.jsonl) holds, per image, a transcription (full_text) and the fields people keyed
from it. Where a keyed value cannot be found in its own transcription, or where the keyed date
contradicts the keyed verbatim date, a value read from the label is scored wrong whatever it
says. This script sorts every wrong value (of the confidence report's judged fields, with
leave-one-source-out confidences as in bench_fields) by a mechanical test, no judgement per image:

- unsupported: a word or number of the keyed value is not in the image's own transcription, the
  keyed eventDate is not the date the keyed verbatimEventDate gives, or the keyed country is no
  country;
- same country: the keyed country is another name of the country proposed (labels' languages);
- another keyed value: the truth keys several values and the proposed one is one of the others;
- the keyed determiner's name: the proposed scientificName is the name printed just above the
  keyed identifiedBy's determination, while the keyed name is another (an older one);
- wrong: the rest.

It then prints the confidence numbers of issue 5 on all judged fields and without the first three
kinds, so that what the truth cannot tell apart is seen apart from what the tool gets wrong, and
the best numbers any confidence could reach that knows only the image: a value the truth
contradicts is, to everything the image shows, as good as a right one, so even a confidence that
put every other wrong value below every right one would rank those among the right ones (half the
pairs on average).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench_fields as bench  # noqa: E402

from models.dwc import Term  # noqa: E402
from pipelines.evaluate import CORE, EXTRA, auroc, field_correct, read_jsonl  # noqa: E402
from pipelines.fields.dates import find_dates  # noqa: E402
from pipelines.fields.geo import countries, fold  # noqa: E402
from pipelines.normalise import squash  # noqa: E402

# Terms whose keyed value is copied from the label, so the transcription must hold it (counties and
# habitats are often keyed in other words: "Sta. Barb." as Santa Barbara).
_VERBATIM = {
    Term.catalogNumber,
    Term.recordedBy,
    Term.recordNumber,
    Term.verbatimLocality,
    Term.verbatimElevation,
    Term.verbatimCoordinates,
    Term.identifiedBy,
}


def _values(v: Any) -> list[str]:
    return [str(x) for x in v] if isinstance(v, list) else [str(v)] if v else []


def _in_text(value: str, text: str) -> bool:
    """Whether every word and number of `value` is in `text` (figures exactly, words of five
    letters or more allowing one slip of the keyboard)."""
    hay = squash(text)
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    for token in re.findall(r"[^\W_]+", value.lower()):
        if token in hay:
            continue
        near = token.isalpha() and len(token) >= 5
        if near and any(Levenshtein.distance(token, w, score_cutoff=1) <= 1 for w in words):
            continue
        return False
    return True


def kind_of(term: str, got: str, row: dict[str, Any]) -> str:
    """Why `got` is scored wrong against the truth `row` (see the module's docstring)."""
    keyed = _values(row["fields"].get(term))
    text = str(row.get("full_text") or "")
    if any(field_correct(term, got, other) for other in keyed[1:]):
        return "another keyed value"
    first = keyed[0]
    if term == Term.country:
        code = countries().get(fold(first).strip(". "))
        if code is not None and code == countries().get(fold(got).strip(". ")):
            return "same country"
        if code is None:
            return "unsupported"  # the keyed "country" is no country ("Arizona")
    if term in _VERBATIM and text and not _in_text(first, text):
        return "unsupported"
    if term == Term.scientificName and _determiners_name(got, row):
        return "the keyed determiner's name"
    if term == Term.eventDate:
        verbatim = _values(row["fields"].get(Term.verbatimEventDate.value))
        dates = find_dates(verbatim[0]) if verbatim else []
        if dates and not field_correct(term, dates[0].iso, first):
            return "unsupported"
    return "wrong"


def _determiners_name(got: str, row: dict[str, Any]) -> bool:
    """Whether `got` is the name determined on the keyed determiner's line (on it or the line
    above), while the keyed name is another name, not on that line: the truth keys one
    determination's name and another's determiner."""
    name = _values(row["fields"].get(Term.scientificName.value))
    keyed = _values(row["fields"].get(Term.identifiedBy.value))
    surnames = re.findall(r"[A-Za-z]{3,}", keyed[0]) if keyed else []
    words = name[0].split() if name else []
    if not surnames or len(words) < 2 or fuzz.ratio(got.lower(), " ".join(words[:2]).lower()) >= 80:
        return False  # no determiner, or a spelling the keyer mended ("Linosella" keyed Limosella)
    lines = str(row.get("full_text") or "").splitlines()
    for i, line in enumerate(lines):
        if (
            surnames[-1] in line
            and words[1] not in line
            and any(
                field_correct(Term.scientificName, got, ln.strip())
                for ln in lines[max(0, i - 1) : i + 1]
            )
        ):
            return True
    return False


def _confidence_numbers(pairs: list[tuple[float, bool]]) -> str:
    high = [ok for c, ok in pairs if c >= 0.9]
    pos = [c for c, ok in pairs if ok]
    neg = [c for c, ok in pairs if not ok]
    separation = auroc(pos, neg) if pos and neg else float("nan")
    ranked = sorted(pairs, key=lambda p: -p[0])
    top = ranked[: int(0.6 * len(ranked))]
    return (
        f"{len(pairs)} fields, {len(neg)} wrong; confidence >= 0.9: precision "
        f"{sum(high) / max(1, len(high)):.3f} on {len(high) / max(1, len(pairs)):.3f}; "
        f"the 60 % most confident: precision {sum(ok for _, ok in top) / max(1, len(top)):.3f}; "
        f"AUROC {separation:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("records", type=Path, help="records.jsonl of an end-to-end devset run")
    ap.add_argument("--truth", type=Path, default=bench.TRUTH)
    ap.add_argument("--mode", choices=("ocr", "gold"), default="ocr")
    ap.add_argument("--list", action="store_true", help="list every wrong value and its kind")
    args = ap.parse_args(argv)
    rows = [dict(r, kit="devset") for r in read_jsonl(args.truth)]
    truth = {r["id"]: r for r in rows}
    parsed = bench.parse_all(rows, args.records)
    fitted = bench.leave_one_source_out(parsed, truth, 1.0)
    judged: list[tuple[float, bool, str]] = []
    for pred in bench.predictions(parsed, fitted, {"devset": args.mode}):
        row = truth[pred["id"]]
        for term in (*CORE, *EXTRA):
            keyed = bench._first(row["fields"].get(term.value))
            got = pred["fields"].get(term.value)
            if not keyed or not got or got["value"] in ("", None):
                continue
            value = str(bench._first(got["value"]))
            ok = field_correct(term, value, keyed)
            kind = "right" if ok else kind_of(term.value, value, row)
            judged.append((float(got["confidence"]), ok, kind))
            if args.list and not ok:
                print(f"{got['confidence']:.3f} {kind:20s} {pred['id']:14s} {term.value:20s} "
                      f"{value[:40]!r} | keyed {str(keyed)[:40]!r}")  # fmt: skip
    print(
        f"wrong values by kind ({args.mode}):", dict(Counter(k for *_, k in judged if k != "right"))
    )
    print("all judged fields:", _confidence_numbers([(c, ok) for c, ok, _ in judged]))
    kept = [(c, ok) for c, ok, k in judged if k in ("right", "wrong")]
    print("without the truth's contradictions:", _confidence_numbers(kept))
    print("the best a confidence blind to the truth could reach:", _ceiling(judged))
    return 0


def _ceiling(judged: list[tuple[float, bool, str]]) -> str:
    """Issue 5's numbers for a confidence that puts every value of kind "wrong" below 0.9 and below
    every right value, and cannot tell the truth's contradictions from right values."""
    right = sum(1 for _, ok, _ in judged if ok)
    wrong = sum(1 for _, ok, k in judged if not ok and k == "wrong")
    contradicted = len(judged) - right - wrong
    if not wrong + contradicted:
        return "nothing wrong"
    best_auroc = (wrong + 0.5 * contradicted) / (wrong + contradicted)
    sure = right + contradicted
    return (
        f"AUROC {best_auroc:.3f}; precision at >= 0.9 {right / max(1, sure):.3f} "
        f"on {sure / max(1, len(judged)):.3f} of fields"
    )


if __name__ == "__main__":
    raise SystemExit(main())
