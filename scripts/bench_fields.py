"""Field parsers and their confidence, measured leave one source out.

usage:
  .venv/bin/python scripts/bench_fields.py RECORDS.jsonl             # the report (JSON)
  .venv/bin/python scripts/bench_fields.py RECORDS.jsonl --markdown  # the BENCHMARKS.md section
  .venv/bin/python scripts/bench_fields.py RECORDS.jsonl --fit       # also refit the shipped model

RECORDS.jsonl is an end-to-end devset run's records (`scripts/bench_devset.sh`): its OCR lines are
re-parsed here, so parser changes are measured without re-running OCR. The European text set
(`--textset`, transcriptions only) is parsed from its gold text.

Every source is a different institution. The confidence model of each source's numbers is fitted
on the other sources only (leave one source out), so its numbers say how the confidence holds on a
collection the fit never saw. Whether the *rules* saw a source is a matter of record, not of
fitting: `scripts/provenance.json` says which sources each session's parser changes were made
looking at, and the report carries it beside each source's numbers.
"""

from __future__ import annotations

import argparse
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
from pipelines.confidence.features import FEATURES, RULE_RATE, Family, rule_key  # noqa: E402
from pipelines.confidence.model import (  # noqa: E402
    DATA,
    CalibrationModel,
    LogisticModel,
    default_model,
    fit_logistic,
    rule_rates,
)
from pipelines.evaluate import CORE, EXTRA, evaluate, judge, read_jsonl  # noqa: E402
from pipelines.fields import extract_fields, labels_from_text  # noqa: E402
from pipelines.fields.checklist import Checklist  # noqa: E402
from pipelines.outputs import read_records  # noqa: E402

SHARED = ROOT.parent / "shared"
TRUTH = SHARED / "devset" / "truth.jsonl"
TEXTSET = SHARED / "textset" / "truth.jsonl"
PROVENANCE = ROOT / "scripts" / "provenance.json"
# every judged term but countryCode, whose value is the country's (judged once, as the scorer does)
SCORED = {t.value for t in (*CORE, *EXTRA) if t is not Term.countryCode} | {
    Term.dateIdentified.value
}
SUMMARY_KEYS = (
    "core_field_accuracy",
    "high_conf_precision",
    "high_conf_share",
    "accept98_coverage",
    "accept98_threshold",
    "confidence_auroc",
)
# What users meet: the devset's images read end to end, the text set's transcriptions parsed.
USERS_VIEW = {"devset": "ocr", "textset": "gold"}


@dataclass
class Parsed:
    image: str
    source: str
    kit: str  # devset | textset
    mode: str  # gold | gold+checklist | ocr | ocr+checklist
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


def parse_all(
    truth: list[dict[str, Any]], records_path: Path, textset: list[dict[str, Any]] | None = None
) -> list[Parsed]:
    """The devset parsed from gold text and from the run's OCR (with and without a checklist),
    and the text set from its gold text."""
    records = {r.image_id: r for r in read_records(records_path)}
    checklist = simulated_checklist(truth)
    out: list[Parsed] = []
    for row in truth:
        src, text = str(row["source"]), str(row.get("full_text") or "")
        gold = labels_from_text(text)
        out.append(Parsed(row["id"], src, "devset", "gold", gold, extract_fields(gold), text))
        fields = extract_fields(gold, checklist=checklist)
        out.append(Parsed(row["id"], src, "devset", "gold+checklist", gold, fields, text, True))
        rec = records.get(row["id"])
        if rec is None:
            continue
        for mode, given in (("ocr", None), ("ocr+checklist", checklist)):
            fields = extract_fields(rec.label_texts, checklist=given)
            printed = rec.fields.get(Term.catalogNumber.value)
            if printed is not None and printed.evidence.source != "ocr":
                fields[Term.catalogNumber.value] = printed  # the barcode, as build_record does
            out.append(
                Parsed(
                    row["id"], src, "devset", mode, rec.label_texts, fields, rec.text, bool(given)
                )
            )
    for row in textset or []:
        text = str(row.get("full_text") or "")
        gold = labels_from_text(text)
        src = str(row["source"])
        out.append(Parsed(row["id"], src, "textset", "gold", gold, extract_fields(gold), text))
    return out


@dataclass(frozen=True)
class Sample:
    image: str
    source: str
    mode: str
    term: str
    family: Family
    base: list[float]
    ok: bool
    rule: str  # rule_key: 'term:rule'


def samples(parsed: list[Parsed], truth: dict[str, dict[str, Any]]) -> list[Sample]:
    """Every judged OCR-derived candidate: its features and whether the value was right."""
    rows = []
    for p in parsed:
        vectors = candidate_features(p.fields, p.labels, checklist_given=p.checklist)
        keyed = truth[p.image]["fields"]
        predicted = {t: {"value": c.value} for t, c in p.fields.items()}
        for term, (family, x) in vectors.items():
            tv = _first(keyed.get(term))
            if term not in SCORED or not tv:
                continue
            if p.checklist and family is not Family.name:
                continue  # the checklist runs add examples for names only
            cand = p.fields[term]
            ok = judge(Term(term), _first(cand.value), tv, keyed, predicted)
            rows.append(Sample(p.image, p.source, p.mode, term, family, x, ok, rule_key(cand)))
    return rows


def _rates(rows: list[Sample]) -> dict[str, float]:
    return rule_rates((r.rule, r.family.value, r.ok) for r in rows)


def fit(rows: list[Sample], l2: float) -> CalibrationModel:
    """A logistic model per term family. Each training value's rule_rate is its rule's rate on
    the *other* training sources, as a new collection will meet it; the model ships the rates of
    all of them."""
    model = CalibrationModel(features=list(FEATURES), models={}, rules=_rates(rows))
    nested = {s: _rates([r for r in rows if r.source != s]) for s in {r.source for r in rows}}
    rate_at = FEATURES.index(RULE_RATE)

    def vector(r: Sample) -> list[float]:
        rates = nested[r.source]
        x = list(r.base)
        x[rate_at] = rates.get(r.rule, rates.get(f"{r.family.value}:*", 0.0))
        return x

    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r.family.value].append(i)
    for name, idx in groups.items():
        x = np.array([vector(rows[i]) for i in idx], dtype=np.float64)
        y = np.array([1.0 if rows[i].ok else 0.0 for i in idx])
        w = fit_logistic(x, y, l2=l2)
        model.models[name] = LogisticModel(
            weights=[round(float(v), 4) for v in w], samples=len(idx)
        )
    return model


def apply(model: CalibrationModel, p: Parsed) -> dict[str, FieldCandidate]:
    return calibrate(p.fields, p.labels, checklist_given=p.checklist, model=model)


def leave_one_source_out(
    parsed: list[Parsed], truth: dict[str, dict[str, Any]], l2: float
) -> dict[tuple[str, str], dict[str, FieldCandidate]]:
    """(image, mode) -> fields whose confidences come from a model fitted without the image's
    source: its institution's labels, OCR and truth never seen by the fit."""
    rows = samples(parsed, truth)
    out: dict[tuple[str, str], dict[str, FieldCandidate]] = {}
    for source in sorted({p.source for p in parsed}):
        model = fit([r for r in rows if r.source != source], l2)
        for p in parsed:
            if p.source == source:
                out[(p.image, p.mode)] = apply(model, p)
    return out


# Images are held out in this many folds (by their rank in id order) for the view of a seen
# source's unseen images: the hidden devset-like set is new images of the devset's sources.
IMAGE_FOLDS = 5


def leave_images_out(
    parsed: list[Parsed], truth: dict[str, dict[str, Any]], l2: float
) -> dict[tuple[str, str], dict[str, FieldCandidate]]:
    """(image, mode) -> fields whose confidences come from a model fitted on every source but
    without a fifth of the images, the image's among them: new images of collections the fit
    has seen. (The rules were made looking at these sources, so this is no test of them.)"""
    rows = samples(parsed, truth)
    fold = {image: k % IMAGE_FOLDS for k, image in enumerate(sorted({p.image for p in parsed}))}
    out: dict[tuple[str, str], dict[str, FieldCandidate]] = {}
    for k in range(IMAGE_FOLDS):
        model = fit([r for r in rows if fold[r.image] != k], l2)
        for p in parsed:
            if fold[p.image] == k:
                out[(p.image, p.mode)] = apply(model, p)
    return out


def _shipped_fits() -> bool:
    """Whether the shipped model was fitted on the features the code computes (not so between a
    change of features and the refit)."""
    try:
        default_model()
    except RuntimeError:
        return False
    return True


def shipped(parsed: list[Parsed]) -> dict[tuple[str, str], dict[str, FieldCandidate]]:
    """The fields with the confidences of the shipped model (in-sample where it saw the source)."""
    model = default_model()
    return {(p.image, p.mode): apply(model, p) for p in parsed}


def predictions(
    parsed: list[Parsed],
    fields: dict[tuple[str, str], dict[str, FieldCandidate]],
    modes: dict[str, str],
) -> list[dict[str, Any]]:
    """Prediction rows for the scorer: each kit's images in the mode `modes` names for it."""
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
        if modes.get(p.kit) == p.mode
    ]


def summary(scores: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for group, r in scores.items():
        out[group] = {k: r.get(k) for k in SUMMARY_KEYS}
        out[group]["judged"] = sum(f["n"] for t, f in r["fields"].items() if t != "countryCode")
        out[group]["fields"] = {t: (f["recall"], f["precision"]) for t, f in r["fields"].items()}
    return out


def report(
    parsed: list[Parsed], truth_rows: list[dict[str, Any]], l2: float
) -> dict[str, dict[str, Any]]:
    truth = {r["id"]: r for r in truth_rows}
    loso = leave_one_source_out(parsed, truth, l2)
    unseen_images = leave_images_out(parsed, truth, l2)
    ship = shipped(parsed) if _shipped_fits() else leave_one_source_out(parsed, truth, l2)
    textset_kit = [r for r in truth_rows if r.get("kit") == "textset"]
    devset_kit = [r for r in truth_rows if r.get("kit") == "devset"]
    views = {
        "loso": (loso, USERS_VIEW, truth_rows),
        "shipped": (ship, USERS_VIEW, truth_rows),
        "devset gold/loso": (loso, {"devset": "gold"}, devset_kit),
        "devset ocr+checklist/loso": (loso, {"devset": "ocr+checklist"}, devset_kit),
        "textset/loso": (loso, {"textset": "gold"}, textset_kit),
        "textset/shipped": (ship, {"textset": "gold"}, textset_kit),
        "devset ocr/loso": (loso, {"devset": "ocr"}, devset_kit),
        "devset ocr/shipped": (ship, {"devset": "ocr"}, devset_kit),
        "devset ocr/images held out": (unseen_images, {"devset": "ocr"}, devset_kit),
    }
    out: dict[str, dict[str, Any]] = {}
    for name, (fields, modes, rows) in views.items():
        if rows:
            out[name] = summary(evaluate(rows, predictions(parsed, fields, modes), by_source=True))
    return out


def provenance() -> dict[str, str]:
    """Source -> which sessions' parser changes were made looking at it ("" where none were)."""
    if not PROVENANCE.exists():
        return {}
    return {k: v["rules_seen"] for k, v in json.loads(PROVENANCE.read_text())["sources"].items()}


def markdown(result: dict[str, dict[str, Any]]) -> str:
    seen = provenance()
    head = (
        "| source | view | judged | core_field_accuracy | precision >= 0.9 | share >= 0.9 | "
        "accept98_coverage | AUROC | shipped model: precision >= 0.9 / accept98 | rules saw it |"
    )
    out = [head, "|" + " --- |" * 10]
    # (label, view, group, shipped view): the pooled rows, then every source
    rows = [
        ("all nine sources", "pooled", "loso", "all", "shipped"),
        ("devset (images)", "pooled", "devset ocr/loso", "all", "devset ocr/shipped"),
        ("devset (images)", "images held out", "devset ocr/images held out", "all", ""),
        ("textset (text)", "pooled", "textset/loso", "all", "textset/shipped"),
    ]
    for name in sorted(g for g in result["loso"] if g != "all"):
        kind = "images, end to end" if name.startswith("aocr") else "text, parsers alone"
        rows.append((name, kind, "loso", name, "shipped"))
    for label, kind, view, group, ship_view in rows:
        if group not in result.get(view, {}):
            continue
        r, s = result[view][group], result.get(ship_view, {}).get(group, {})
        out.append(
            f"| {label} | {kind} | {r['judged']} | {r['core_field_accuracy']} | "
            f"{r['high_conf_precision']} | {r['high_conf_share']} | {r['accept98_coverage']} | "
            f"{r['confidence_auroc']} | {s.get('high_conf_precision', '')} / "
            f"{s.get('accept98_coverage', '')} | {seen.get(group, '')} |"
        )
    gold = result["devset gold/loso"]["all"]
    out += [
        "",
        f"Devset parsers alone (gold text), LOSO confidence: core_field_accuracy "
        f"{gold['core_field_accuracy']}, precision >= 0.9 {gold['high_conf_precision']}, "
        f"accept98_coverage {gold['accept98_coverage']}.",
        "",
        "Per term, recall / precision:",
        "",
        "| term | devset images | devset gold text | textset text |",
        "| --- | --- | --- | --- |",
    ]
    d, g, t = (
        result["devset ocr/loso"]["all"]["fields"],
        gold["fields"],
        result.get("textset/loso", {"all": {"fields": {}}})["all"]["fields"],
    )
    for term in [x.value for x in (*CORE, *EXTRA)]:
        cells = [f"{v[term][0]:.3f} / {v[term][1]:.3f}" if term in v else "-" for v in (d, g, t)]
        out.append(f"| {term} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("records", type=Path, help="records.jsonl of an end-to-end devset run")
    ap.add_argument("--truth", type=Path, default=TRUTH, help="the devset's truth.jsonl")
    ap.add_argument("--textset", type=Path, default=TEXTSET, help="the text set's truth.jsonl")
    ap.add_argument("--no-textset", action="store_true", help="the devset alone")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--fit", action="store_true", help="refit on every source and store it")
    ap.add_argument("--markdown", action="store_true", help="print the BENCHMARKS.md section")
    args = ap.parse_args(argv)
    devset = [dict(r, kit="devset") for r in read_jsonl(args.truth)]
    textset = [] if args.no_textset else [dict(r, kit="textset") for r in read_jsonl(args.textset)]
    parsed = parse_all(devset, args.records, textset)
    result = report(parsed, devset + textset, args.l2)
    print(markdown(result) if args.markdown else json.dumps(result, indent=1))
    if args.fit:
        truth = {r["id"]: r for r in devset + textset}
        model = fit(samples(parsed, truth), args.l2)
        sources = sorted({p.source for p in parsed})
        model.note = (
            f"fitted by scripts/bench_fields.py --fit on {len(devset)} devset images (gold text "
            f"and OCR) and {len(textset)} text-set transcriptions ({', '.join(sources)}), L2 {args.l2}"
        )
        path = ROOT / "pipelines" / "confidence" / DATA
        path.write_text(json.dumps(model.model_dump(), indent=1) + "\n", "utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
