"""Accuracy of a run against a truth file in the devset's format (truth.jsonl).

The definitions follow the devset's reference scorer, so numbers agree with it:
- cer_micro: character edits / truth characters over all images, whitespace collapsed;
- word_f1: bag-of-words F1 per image, averaged;
- per field recall (right / labels that have the field) and precision (right / emitted where the
  truth has the field); core_field_accuracy = mean recall over the six core fields;
- high_conf_precision / high_conf_share for confidence >= 0.9, and confidence_auroc;
- accept98_coverage: the largest share of judged fields a curator could accept unseen with one
  confidence threshold (accept98_threshold) and still be 98 % right;
- countryCode is judged where the truth has one, and there a country printed in another language
  is right when the predicted name or countryCode names the truth's country.
Institutions can run it on their own transcribed labels: `labelscribe evaluate truth.jsonl OUT`.
"""

from __future__ import annotations

import json
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycountry
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from models.dwc import Term
from pipelines.normalise import squash

CORE = (
    Term.catalogNumber,
    Term.scientificName,
    Term.eventDate,
    Term.recordedBy,
    Term.verbatimLocality,
    Term.country,
)
EXTRA = (
    Term.recordNumber,
    Term.stateProvince,
    Term.county,
    Term.identifiedBy,
    Term.verbatimElevation,
    Term.verbatimCoordinates,
    Term.habitat,
    Term.countryCode,  # judged only where a truth row has one (the European text set)
)
# Names that pycountry does not resolve, or resolves differently from how labels use them: the
# reference scorer's table.
_COUNTRY_ALIASES: dict[str, str | None] = {
    "usa": "US", "us": "US", "unitedstates": "US", "unitedstatesofamerica": "US", "mex": "MX",
    "mexico": "MX", "mexique": "MX", "canada": "CA", "jamaica": "JM", "puertorico": "PR",
    "peru": "PE", "perú": "PE", "newzealand": "NZ", "westindies": None, "dominica": "DM",
    "brazil": "BR", "brasil": "BR", "bolivia": "BO", "ecuador": "EC", "colombia": "CO",
    "cuba": "CU", "bahamas": "BS", "haiti": "HT", "guatemala": "GT", "honduras": "HN",
    "costarica": "CR", "panama": "PA", "venezuela": "VE", "chile": "CL", "argentina": "AR",
    "china": "CN", "japan": "JP", "australia": "AU", "england": "GB", "unitedkingdom": "GB",
    "uk": "GB", "scotland": "GB", "greatbritain": "GB", "france": "FR", "germany": "DE",
    "spain": "ES", "italy": "IT", "russia": "RU", "greenland": "GL", "southafrica": "ZA",
    "nicaragua": "NI", "elsalvador": "SV", "belize": "BZ", "dominicanrepublic": "DO",
    "trinidad": "TT", "guyana": "GY", "suriname": "SR", "frenchguiana": "GF", "paraguay": "PY",
    "uruguay": "UY", "india": "IN", "philippines": "PH", "indonesia": "ID", "madagascar": "MG",
    "kenya": "KE", "tanzania": "TZ", "uganda": "UG", "nepal": "NP", "taiwan": "TW",
    "korea": "KR", "southkorea": "KR", "vietnam": "VN", "thailand": "TH", "malaysia": "MY",
    "papuanewguinea": "PG", "newcaledonia": "NC", "fiji": "FJ", "hawaii": "US",
    "ak": "US", "alaska": "US",
}  # fmt: skip
_NAME_STOP = {"and", "the", "with", "leg", "coll", "collector", "det", "et", "von", "van", "der", "del", "de", "mrs", "dr"}  # fmt: skip
_RANK_WORDS = {"sp", "spp", "cf", "aff", "var", "subsp"}


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c))


def _words(s: str) -> list[str]:
    stripped = (re.sub(r"^[^\w]+|[^\w]+$", "", t) for t in _norm(s).split())
    return [w for w in stripped if w]


def bag_f1(pred: str, truth: str) -> float:
    p, t = Counter(_words(pred)), Counter(_words(truth))
    if not t:
        return 1.0 if not p else 0.0
    tp = sum((p & t).values())
    if tp == 0:
        return 0.0
    precision, recall = tp / sum(p.values()), tp / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def country_code(s: str | None) -> str | None:
    if not s:
        return None
    key = squash(s)
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key]
    if len(key) == 2:
        return key.upper()
    try:
        return str(pycountry.countries.lookup(s.strip().strip(".")).alpha_2)
    except LookupError:
        return key


def _genus_species(s: str) -> list[str]:
    tokens = [re.sub(r"[^\w-]", "", t) for t in unicodedata.normalize("NFC", s).split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return []
    out = [tokens[0].lower()]
    if len(tokens) > 1 and tokens[1][:1].islower() and tokens[1] not in _RANK_WORDS:
        out.append(tokens[1].lower())
    return out


def _name_tokens(s: str) -> list[str]:
    tokens = re.findall(r"[A-Za-z][A-Za-z'-]{2,}", _fold(s))
    return [t.lower() for t in tokens if t.lower() not in _NAME_STOP]


def field_correct(term: str, pred: str, truth: str) -> bool:
    """Whether a predicted value matches the human one, term by term as the reference scorer does."""
    pred, truth = str(pred), str(truth)
    if term == Term.catalogNumber:
        pd, td = re.sub(r"\D", "", pred), re.sub(r"\D", "", truth)
        return squash(pred) == squash(truth) or (len(td) >= 5 and pd.lstrip("0") == td.lstrip("0"))
    if term == Term.scientificName:
        canonical = _genus_species(truth)
        return bool(canonical) and _genus_species(pred)[: len(canonical)] == canonical
    if term == Term.eventDate:
        us = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", truth.strip())
        if us:
            truth = f"{us[3]}-{int(us[1]):02d}-{int(us[2]):02d}"
        t, p = truth.strip().split("/")[0], pred.strip().split("/")[0]
        return bool(re.match(r"^\d{4}", t)) and p[: len(t)] == t
    if term == Term.dateIdentified:
        # not one of the reference's scored terms; the fitting script judges it as a date, and a
        # year the transcriber keyed with two digits ("'61") as the year ending in them
        short = re.fullmatch(r"\W*(\d\d)\W*", truth)
        if short:
            return bool(re.match(rf"^\d\d{short[1]}\b", pred.strip()))
        return field_correct(Term.eventDate, pred, truth)
    if term == Term.recordedBy:
        # the surname of the first collector must be among the predicted names
        predicted = set(_name_tokens(pred))
        for part in re.split(r",|&|\band\b|\bet\b|;|\n|\|", truth):
            tokens = _name_tokens(part)
            if tokens:
                return tokens[-1] in predicted
        return False
    if term == Term.country:
        return country_code(pred) == country_code(truth)
    if term in (Term.verbatimLocality, Term.habitat):
        return fuzz.token_set_ratio(_norm(pred).lower(), _norm(truth).lower()) >= 80
    if term == Term.recordNumber:
        return squash(pred) == squash(truth)
    if term == Term.countryCode:
        return pred.strip().upper() == truth.strip().upper()
    return fuzz.ratio(squash(pred), squash(truth)) >= 90


def _first(v: Any) -> Any:
    return v[0] if isinstance(v, list) else v


def _value(v: Any) -> tuple[Any, float | None]:
    if isinstance(v, dict):
        return v.get("value"), v.get("confidence")
    return v, None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def auroc(pos: list[float], neg: list[float]) -> float:
    """How well confidence separates right (`pos`) from wrong (`neg`) values: the chance that a
    right value is surer than a wrong one, ties counting half."""
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def _score_group(ids: list[str], truth: dict[str, Any], preds: dict[str, Any]) -> dict[str, Any]:
    res: dict[str, Any] = {"images": len(ids), "missing": sum(1 for i in ids if i not in preds)}
    edits = chars = 0
    cers: list[float] = []
    f1s: list[float] = []
    for i in ids:
        if truth[i].get("full_text") is None:
            continue
        pt = _norm((preds.get(i) or {}).get("text") or "")
        tt = _norm(truth[i]["full_text"])
        d = Levenshtein.distance(pt, tt)
        edits, chars = edits + d, chars + len(tt)
        cers.append(d / max(1, len(tt)))
        f1s.append(bag_f1(pt, tt))
    if chars:
        res["cer_micro"] = round(edits / chars, 4)
        res["cer_median"] = round(statistics.median(cers), 4)
        res["word_f1"] = round(statistics.mean(f1s), 4)
    fields: dict[str, dict[str, float]] = {}
    scored: list[tuple[float, bool]] = []
    for term in (*CORE, *EXTRA):
        tp = fp = fn = 0
        for i in ids:
            tv = _first(truth[i]["fields"].get(term.value))
            got = (preds.get(i) or {}).get("fields") or {}
            pv, pc = _value(got.get(term.value))
            pv = _first(pv)
            if not tv:
                continue  # the truth is incomplete where a label lacks a term: emitted values are not judged
            if pv in ("", None):
                fn += 1
                continue
            ok = judge(term, pv, tv, truth[i]["fields"], got)
            tp, fn, fp = tp + ok, fn + (not ok), fp + (not ok)
            if (
                pc is not None and term is not Term.countryCode
            ):  # a country's confidence counts once
                scored.append((float(pc), ok))
        if tp + fn:
            fields[term.value] = {
                "n": tp + fn,
                "recall": round(tp / (tp + fn), 3),
                "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            }
    res["fields"] = fields
    core = [fields[t.value]["recall"] for t in CORE if t.value in fields]
    res["core_field_accuracy"] = round(statistics.mean(core), 3) if core else None
    if scored:
        high = [ok for c, ok in scored if c >= 0.9]
        res["high_conf_share"] = round(len(high) / len(scored), 3)
        res["high_conf_precision"] = round(sum(high) / len(high), 3) if high else None
        res["accept98_coverage"], res["accept98_threshold"] = accept_coverage(scored, 0.98)
        pos = [c for c, ok in scored if ok]
        neg = [c for c, ok in scored if not ok]
        if pos and neg:
            res["confidence_auroc"] = round(auroc(pos, neg), 3)
    return res


def judge(
    term: Term, pv: Any, tv: Any, truth_fields: dict[str, Any], pred_fields: dict[str, Any]
) -> bool:
    """Whether predicted value `pv` of `term` is right against the truth row's value `tv`, with
    the row's other values and the prediction's other fields where the term's rule needs them."""
    code = truth_fields.get(Term.countryCode.value)
    if term is Term.country and code:
        # the truth has an ISO code: a country printed in another language ("BRESIL") is right
        # when its name or the predicted countryCode names that country
        predicted_code, _ = _value(pred_fields.get(Term.countryCode.value))
        return country_code(str(pv)) == str(code).upper() or (
            str(_first(predicted_code) or "").strip().upper() == str(code).upper()
        )
    return field_correct(term, pv, tv)


def accept_coverage(scored: list[tuple[float, bool]], target: float) -> tuple[float, float | None]:
    """The largest share of judged fields a curator could accept unseen with one confidence
    threshold and still be `target` right; and that threshold (None where no threshold is)."""
    ranked = sorted(scored, key=lambda p: -p[0])
    best, threshold, right = 0, None, 0
    for k, (c, ok) in enumerate(ranked, 1):
        right += ok
        if (k == len(ranked) or ranked[k][0] != c) and right / k >= target:
            best, threshold = k, c
    return round(best / len(ranked), 3), threshold


def evaluate(
    truth_rows: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]], *, by_source: bool
) -> dict[str, Any]:
    """Scores for all images, and per source when asked. Predictions are records.jsonl objects."""
    truth = {row["id"]: row for row in truth_rows}
    preds = {row["id"]: row for row in predictions if "id" in row}
    groups: dict[str, list[str]] = defaultdict(list)
    for tid, row in truth.items():
        groups["all"].append(tid)
        if by_source:
            groups[str(row.get("source", "unknown"))].append(tid)
    return {name: _score_group(ids, truth, preds) for name, ids in groups.items()}


def score_table(scores: dict[str, Any]) -> str:
    """The scores as a Markdown table: text accuracy, core fields (recall/precision), confidence."""
    head = ["source", "images", "cer_micro", "word_f1", "core_field_accuracy"]
    head += [t.value for t in CORE]
    head += ["high_conf_precision", "high_conf_share", "accept98_coverage", "auroc"]
    rows = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for name, s in scores.items():
        fields = s.get("fields", {})
        cells = [name, str(s["images"]), str(s.get("cer_micro")), str(s.get("word_f1"))]
        cells.append(str(s.get("core_field_accuracy")))
        for t in CORE:
            f = fields.get(t.value)
            cells.append(f"{f['recall']:.2f} / {f['precision']:.2f}" if f else "-")
        cells += [
            str(s.get(k))
            for k in (
                "high_conf_precision",
                "high_conf_share",
                "accept98_coverage",
                "confidence_auroc",
            )
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)
