"""Field parsers on the devset: parsers alone (gold text) vs end to end (OCR), and the confidence fit.

usage:
  .venv/bin/python scripts/bench_fields.py RECORDS.jsonl            # cross-validated report
  .venv/bin/python scripts/bench_fields.py RECORDS.jsonl --fit      # also refit and store the model
  .venv/bin/python scripts/bench_fields.py RECORDS.jsonl --markdown # the BENCHMARKS.md section

RECORDS.jsonl is an end-to-end run's records (`labelscribe run ... -o OUT`): its OCR lines are
re-parsed here, so parser changes are measured without re-running OCR. The confidence model is
fitted per term family on both gold-text and OCR candidates and reported with k-fold
cross-validation by image: every number is for images the fit did not see.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.dwc import Term  # noqa: E402
from models.fields import FieldCandidate  # noqa: E402
from models.specimen import LabelText  # noqa: E402
from pipelines.confidence import calibrate, candidate_features  # noqa: E402
from pipelines.confidence.features import FEATURES, Family  # noqa: E402
from pipelines.confidence.model import (  # noqa: E402
    DATA,
    CalibrationModel,
    LogisticModel,
    fit_logistic,
)
from pipelines.evaluate import CORE, EXTRA, evaluate, field_correct, read_jsonl  # noqa: E402
from pipelines.fields import extract_fields, labels_from_text  # noqa: E402
from pipelines.fields.checklist import Checklist  # noqa: E402
from pipelines.outputs import read_records  # noqa: E402

TRUTH = ROOT.parent / "shared" / "devset" / "truth.jsonl"
SCORED = {t.value for t in (*CORE, *EXTRA)} | {Term.dateIdentified.value}
BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01)


@dataclass
class Parsed:
    image: str
    mode: str  # gold | ocr
    labels: list[LabelText]
    fields: dict[str, FieldCandidate]
    text: str
    checklist: bool = False


def _first(v: Any) -> Any:
    return v[0] if isinstance(v, list) else v


def simulated_checklist(truth: list[dict[str, Any]]) -> Checklist:
    """A collection's checklist as it would hold the names of its specimens: the devset's keyed
    names (the same list for every image, as a collection's file would be)."""
    names = [_first(r["fields"].get(Term.scientificName.value)) for r in truth]
    return Checklist.of([n for n in names if n])


def parse_all(truth: list[dict[str, Any]], records_path: Path) -> list[Parsed]:
    records = {r.image_id: r for r in read_records(records_path)}
    checklist = simulated_checklist(truth)
    out: list[Parsed] = []
    for row in truth:
        text = str(row.get("full_text") or "")
        gold = labels_from_text(text)
        out.append(Parsed(row["id"], "gold", gold, extract_fields(gold), text))
        fields = extract_fields(gold, checklist=checklist)
        out.append(Parsed(row["id"], "gold+checklist", gold, fields, text, checklist=True))
        rec = records.get(row["id"])
        if rec is None:
            continue
        for mode, given in (("ocr", None), ("ocr+checklist", checklist)):
            fields = extract_fields(rec.label_texts, checklist=given)
            printed = rec.fields.get(Term.catalogNumber.value)
            if printed is not None and printed.evidence.source != "ocr":
                fields[Term.catalogNumber.value] = printed  # the barcode, as build_record does
            out.append(
                Parsed(row["id"], mode, rec.label_texts, fields, rec.text, given is not None)
            )
    return out


@dataclass(frozen=True)
class Sample:
    image: str
    mode: str
    term: str
    family: Family
    base: list[float]
    ok: bool


def samples(parsed: list[Parsed], truth: dict[str, dict[str, Any]]) -> list[Sample]:
    """Every judged OCR-derived candidate: its features and whether the value was right."""
    rows = []
    for p in parsed:
        vectors = candidate_features(p.fields, p.labels, checklist_given=p.checklist)
        for term, (family, x) in vectors.items():
            tv = _first(truth[p.image]["fields"].get(term))
            if term not in SCORED or not tv:
                continue
            if p.checklist and family is not Family.name:
                continue  # the checklist runs add examples for names only
            cand = p.fields[term]
            ok = field_correct(term, _first(cand.value), tv)
            rows.append(Sample(p.image, p.mode, term, family, x, ok))
    return rows


def fit(rows: list[Sample], l2: float) -> CalibrationModel:
    """A logistic model per term family."""
    model = CalibrationModel(features=list(FEATURES), models={})
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r.family.value].append(i)
    for name, idx in groups.items():
        x = np.array([rows[i].base for i in idx], dtype=np.float64)
        y = np.array([1.0 if rows[i].ok else 0.0 for i in idx])
        w = fit_logistic(x, y, l2=l2)
        model.models[name] = LogisticModel(
            weights=[round(float(v), 4) for v in w], samples=len(idx)
        )
    return model


def fold_of(image: str, folds: int) -> int:
    return int(hashlib.sha256(image.encode()).hexdigest(), 16) % folds


def apply(model: CalibrationModel, p: Parsed) -> dict[str, FieldCandidate]:
    return calibrate(p.fields, p.labels, checklist_given=p.checklist, model=model)


def cross_validated(
    parsed: list[Parsed], truth: dict[str, dict[str, Any]], folds: int, l2: float
) -> dict[tuple[str, str], dict[str, FieldCandidate]]:
    """(image, mode) -> fields whose confidences come from a model fitted without that image."""
    rows = samples(parsed, truth)
    out: dict[tuple[str, str], dict[str, FieldCandidate]] = {}
    for k in range(folds):
        model = fit([r for r in rows if fold_of(r.image, folds) != k], l2)
        for p in parsed:
            if fold_of(p.image, folds) == k:
                out[(p.image, p.mode)] = apply(model, p)
    return out


def predictions(
    parsed: list[Parsed], fields: dict[tuple[str, str], dict[str, FieldCandidate]], mode: str
) -> list[dict[str, Any]]:
    return [
        {
            "id": p.image,
            "text": p.text,
            "fields": {
                t: {"value": c.value, "confidence": c.confidence}
                for t, c in fields[(p.image, p.mode)].items()
            },
        }
        for p in parsed
        if p.mode == mode
    ]


def reliability(
    preds: list[dict[str, Any]], truth: dict[str, dict[str, Any]]
) -> list[tuple[str, int, float]]:
    pairs = []
    for pred in preds:
        for term in (*CORE, *EXTRA):
            tv = _first(truth[pred["id"]]["fields"].get(term.value))
            got = pred["fields"].get(term.value)
            if tv and got and got["value"] not in ("", None):
                pairs.append(
                    (float(got["confidence"]), field_correct(term, _first(got["value"]), tv))
                )
    table = []
    for lo, hi in itertools.pairwise(BINS):
        inside = [ok for c, ok in pairs if lo <= c < hi]
        name = f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}"
        table.append((name, len(inside), sum(inside) / len(inside) if inside else float("nan")))
    return table


def summary(scores: dict[str, Any]) -> dict[str, Any]:
    keys = ("core_field_accuracy", "high_conf_precision", "high_conf_share", "confidence_auroc")
    out = {g: {k: r.get(k) for k in keys} for g, r in scores.items()}
    for g, r in scores.items():
        out[g]["fields"] = {t: (f["recall"], f["precision"]) for t, f in r["fields"].items()}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("records", type=Path, help="records.jsonl of an end-to-end devset run")
    ap.add_argument("--truth", type=Path, default=TRUTH)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--fit", action="store_true", help="refit on all images and store the model")
    ap.add_argument("--markdown", action="store_true", help="print the BENCHMARKS.md section")
    args = ap.parse_args(argv)
    truth_rows = read_jsonl(args.truth)
    truth = {r["id"]: r for r in truth_rows}
    parsed = parse_all(truth_rows, args.records)
    raw = {(p.image, p.mode): p.fields for p in parsed}
    cv = cross_validated(parsed, truth, args.folds, args.l2)
    report: dict[str, Any] = {}
    for mode in ("gold", "gold+checklist", "ocr", "ocr+checklist"):
        report[f"{mode}/rule"] = summary(
            evaluate(truth_rows, predictions(parsed, raw, mode), by_source=True)
        )
        report[f"{mode}/cv"] = summary(
            evaluate(truth_rows, predictions(parsed, cv, mode), by_source=True)
        )
        report[f"{mode}/reliability"] = reliability(predictions(parsed, cv, mode), truth)
    if args.markdown:
        print(markdown(report, args))
    else:
        print(json.dumps(report, indent=1))
    if args.fit:
        model = fit(samples(parsed, truth), args.l2)
        model.note = (
            f"fitted by scripts/bench_fields.py on {len(truth_rows)} devset images "
            f"(gold text and OCR), L2 {args.l2}"
        )
        path = ROOT / "pipelines" / "confidence" / DATA
        path.write_text(json.dumps(model.model_dump(), indent=1) + "\n", "utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return 0


def markdown(report: dict[str, Any], args: argparse.Namespace) -> str:
    modes = ("gold", "gold+checklist", "ocr", "ocr+checklist")
    out = [
        "## Field confidence (issue 5)",
        "",
        f"`.venv/bin/python scripts/bench_fields.py RECORDS.jsonl --markdown`: the parsers re-run on "
        "the devset's gold transcriptions (parsers alone) and on the OCR lines of an end-to-end run's "
        f"records (end to end). Calibrated numbers are {args.folds}-fold cross-validated by image: each "
        "image's confidences come from a fit that did not see it. `+checklist`: names checked "
        "against a checklist of the devset's keyed names, as a collection's list of accepted names "
        "would hold them. Targets (issue 5): high-confidence (>= 0.9) precision >= 0.98 on >= 60% of "
        "fields, AUROC >= 0.9.",
        "",
        "| text | confidence | core_field_accuracy | high_conf_precision | high_conf_share | "
        "confidence_auroc |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for mode in modes:
        for kind, label in (("rule", "hand-set rules"), ("cv", "calibrated (CV)")):
            key = f"{mode}/{kind}"
            if key not in report:
                continue
            r = report[key]["all"]
            out.append(
                f"| {mode} | {label} | {r['core_field_accuracy']} | {r['high_conf_precision']} | "
                f"{r['high_conf_share']} | {r['confidence_auroc']} |"
            )
    out += [
        "",
        "Reliability (calibrated, cross-validated): confidence bin -> observed accuracy (fields).",
        "",
    ]
    out.append("| bin | " + " | ".join(modes) + " |")
    out.append("| --- |" + " --- |" * len(modes))
    tables = [report[f"{m}/reliability"] for m in modes]
    for i, row in enumerate(tables[0]):
        cells = [f"{t[i][2]:.3f} ({t[i][1]})" if t[i][1] else "- (0)" for t in tables]
        out.append(f"| {row[0]} | " + " | ".join(cells) + " |")
    out += ["", "Parsers alone vs end to end, per field (recall / precision, all sources):", ""]
    gold, ocr = report["gold/cv"]["all"]["fields"], report["ocr/cv"]["all"]["fields"]
    out.append("| field | gold text | OCR |")
    out.append("| --- | --- | --- |")
    for term, (rec, prec) in gold.items():
        o = ocr.get(term, (0.0, 0.0))
        out.append(f"| {term} | {rec:.3f} / {prec:.3f} | {o[0]:.3f} / {o[1]:.3f} |")
    out += ["", "core_field_accuracy by source (gold text -> OCR):", ""]
    for source in ("aocr-ent", "aocr-lichens", "aocr-herb"):
        g = report["gold/cv"][source]["core_field_accuracy"]
        o = report["ocr/cv"][source]["core_field_accuracy"]
        out.append(f"- {source}: {g} -> {o}")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
