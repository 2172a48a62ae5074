"""The topographic map sheet keyed on a printed form, added to the locality (`with_map_sheet`)."""

from __future__ import annotations

import re

from models.fields import FieldCandidate
from pipelines.fields.text import Label, squash_ws

# "Quad. Map Exemplar Island (D-2), Alaska", "Map/Quad.: Kiska C-4 SE": the topographic map sheet
# the site lies on, a key of its own on printed forms; keyers give it as the locality's last part
# (all 13 devset labels with such a key, e.g. "... Sample Hill 512 Quad. Map Exemplar Island (D-2)").
_MAP_SHEET = re.compile(
    r"^\s*(?:Quad(?:rangle)?\.?\s*Map|Map\s*/\s*Quad(?:rangle)?\.?)\s*:?\s*", re.IGNORECASE
)
# the next key printed beside the map's name on the same line ("\tColl. Date 12 June 1994")
_NEXT_KEY_ON_LINE = re.compile(r"\t|\s(?:Coll\w*\.?\s*)?Date\b|\sColl(?:ector)?\b", re.IGNORECASE)


def _map_sheet(labels: list[Label]) -> str | None:
    """The keyed map sheet with its key ("Quad. Map Exemplar Island (D-2), Alaska"), if any."""
    for lab in labels:
        for ln in lab.lines:
            m = _MAP_SHEET.match(ln.text)
            if m is None:
                continue
            rest = ln.text[m.end() :]
            cut = _NEXT_KEY_ON_LINE.search(rest)
            name = (rest[: cut.start()] if cut else rest).strip(" ,;")
            if sum(ch.isalpha() for ch in name) >= 3:
                return squash_ws(ln.text[: m.end()]) + " " + squash_ws(name)
    return None


def with_map_sheet(labels: list[Label], found: FieldCandidate) -> FieldCandidate:
    """The locality with the map sheet keyed elsewhere on the label (see `_MAP_SHEET`)."""
    sheet = _map_sheet(labels)
    if sheet is None or sheet in squash_ws(found.value):
        return found
    return found.model_copy(update={"value": found.value + "\n" + sheet})
