"""A collection's checklist of accepted names: confirms a parsed scientific name or repairs an OCR
slip in it ("Limoseila exilis" -> "Limosella exilis").

The checklist is a CSV file a collection already has (one accepted name per row; a header naming a
`scientificName` column, or else the first column is used). It is loaded once at the edge and
passed to `parse_fields`; the parsers never read files.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from models.dwc import Term
from models.errors import ExitCode, LabelscribeError
from models.fields import FieldCandidate

_RANK_MARKERS = {"var.", "subsp.", "ssp.", "f.", "forma", "var", "subsp", "ssp"}
# a near miss is corrected only when it is this close (rapidfuzz ratio, 0-100) and clearly closer
# than the next accepted name: OCR slips change a letter or two, different species differ more
CORRECT_AT = 88.0
MARGIN = 4.0


class ChecklistError(LabelscribeError):
    """The checklist file cannot be read."""

    exit_code = ExitCode.bad_args
    kind = "checklist"


def canonical(name: str) -> str:
    """Genus, epithet and an infraspecific name without authors: "Quercus alba L." -> "Quercus
    alba"; "Poa annua var. minor Hook." -> "Poa annua var. minor"."""
    name = unicodedata.normalize("NFC", name).replace("×", "").strip()
    tokens = [t for t in name.split() if t]
    if not tokens or not tokens[0][:1].isupper():
        return ""
    out = [tokens[0].capitalize()]
    rest = tokens[1:]
    if rest and re.fullmatch(r"[a-zë-]{2,}", rest[0]):
        out.append(rest[0])
        rest = rest[1:]
        if (
            len(rest) >= 2
            and rest[0].lower() in _RANK_MARKERS
            and re.fullmatch(r"[a-zë-]{2,}", rest[1])
        ):
            marker = rest[0].lower().rstrip(".")
            out += [{"ssp": "subsp", "forma": "f"}.get(marker, marker) + ".", rest[1]]
    return " ".join(out)


def _key(name: str) -> str:
    return canonical(name).lower()


@dataclass(frozen=True)
class NameMatch:
    accepted: str
    score: float  # 100 for an exact match
    corrected: bool


@dataclass
class Checklist:
    names: dict[str, str] = field(default_factory=dict)  # key -> accepted canonical name

    def __len__(self) -> int:
        return len(self.names)

    @classmethod
    def of(cls, names: list[str]) -> Checklist:
        out = cls()
        for name in names:
            if key := _key(name):
                out.names.setdefault(key, canonical(name))
        return out

    @cached_property
    def genera(self) -> frozenset[str]:
        """The genera of the accepted names ("Quercus" of "Quercus alba")."""
        return frozenset(name.split()[0] for name in self.names.values())

    def holds_genus(self, genus: str) -> bool:
        """Whether an accepted name is of this genus, spelt exactly: a genus alone is too short
        to repair (see `match`), but the list confirms one read right."""
        return genus in self.genera

    def match(self, name: str) -> NameMatch | None:
        """The accepted name `name` is, or is a near miss of; None when it is neither."""
        key = _key(name)
        if not key:
            return None
        if key in self.names:
            return NameMatch(self.names[key], 100.0, corrected=False)
        if len(key.split()) < 2:
            return None  # a genus alone is too short to repair safely
        hits = process.extract(key, list(self.names), scorer=fuzz.ratio, limit=2)
        if not hits or hits[0][1] < CORRECT_AT:
            return None
        if len(hits) > 1 and hits[0][1] - hits[1][1] < MARGIN:
            return None  # two accepted names are equally close: do not guess
        return NameMatch(self.names[hits[0][0]], float(hits[0][1]), corrected=True)


def load_checklist(path: Path) -> Checklist:
    """Read a CSV of accepted names (UTF-8; a header with `scientificName`, or the first column)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise ChecklistError(f"cannot read the checklist {path}: {e}") from e
    if not rows:
        raise ChecklistError(f"the checklist {path} is empty")
    header = [h.strip() for h in rows[0]]
    if "scientificName" in header:
        column, body = header.index("scientificName"), rows[1:]
    else:
        column, body = 0, rows
    checklist = Checklist.of([r[column] for r in body if len(r) > column])
    if not checklist:
        raise ChecklistError(f"the checklist {path} holds no scientific names")
    return checklist


@lru_cache(maxsize=4)
def checklist_for(path: Path | None) -> Checklist | None:
    """The checklist a setting names, read once per process (workers handle many images)."""
    return load_checklist(path) if path is not None else None


def check_name(name: FieldCandidate, checklist: Checklist) -> FieldCandidate:
    """The scientific name confirmed by the checklist (flag "checklist"), or replaced by the
    accepted name it is a near miss of (rule "name.checklist", flags "checklist" and "corrected";
    the evidence keeps the printed text)."""
    found = checklist.match(name.value)
    if found is None:
        return name
    flags = [*name.flags, "checklist"]
    if not found.corrected:
        return name.model_copy(update={"flags": flags})
    evidence = name.evidence.model_copy(update={"rule": "name.checklist"})
    return name.model_copy(
        update={"value": found.accepted, "evidence": evidence, "flags": [*flags, "corrected"]}
    )


def apply_checklist(fields: dict[str, FieldCandidate], checklist: Checklist) -> None:
    term = Term.scientificName.value
    if term in fields:
        fields[term] = check_name(fields[term], checklist)
