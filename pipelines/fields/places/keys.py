"""A printed form's keys, where a keyed field starts and ends: the locality's key (`LOC_KEY`), the
keys that end it (`OTHER_KEY`), the habitat's (`HAB_KEY`, `HAB_KEY_INLINE`), the island's, a
reference's, a line opening with one (`opens_with_key`) or a bare key alone on its line
(`any_key`), and the keys in the middle of a line that end a locality (`inline_stop`,
`NAME_STOP`)."""

from __future__ import annotations

import re

from pipelines.fields.places.cues import cue_pattern

LOC_KEY = re.compile(
    r"^\s*•?\s*(?:(?:"
    + cue_pattern("locality", upper=True)
    # as OCR misreads the printed key: "Locolity", "Localty"; a rule of the form read as a
    # letter glued to it ("LocalityI"), the value glued to it ("LocalityTrapper's cove")
    + r"|Loc[a-z]{1,4}ty|LOC[A-Z]{1,4}TY)(?:[Il1|](?=\s|$))?(?:\b|(?<=ty|on)(?=[A-Z][a-z])|(?<=\.))"
    # a key shared with the habitat ("Locality & Habitat:", "Fundort und Standort:"): the value
    # is the locality's, as keyers give it
    + r"(?:\s*(?:&|and|AND|und|et|y|/)\s*(?:"
    + cue_pattern("habitat", upper=True)
    + r"))?"
    # the full stop and colon as OCR spaces them ("Loc . : Ravine")
    + r")\s*\.?\s*:?\s*",
)
OTHER_KEY = re.compile(
    # "Nr. 12" is a number's key, "Nr. Sampleton" a British label's "near"
    r"^\s*(?!(?i:nr)\.?\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ]{2,}))(?:"
    + cue_pattern("stop")
    + "|"
    + cue_pattern("habitat")
    # a "County" key, not "County Road 118", "State Park", "STATE OF COLIMA."
    + r"|(?:County|State)(?!\s+(?:Road|Rd|Route|Rte|Hwy|Highway|Line|Park|Forest|of)\b)\b)",
    re.IGNORECASE,
)


HAB_KEY = re.compile(
    # a printed form's key with its value glued to it by the OCR ("Substratumgranite")
    r"^\s*(?:"
    + cue_pattern("habitat")
    + r"|Substrat(?:um|e)"
    # "Hab," or "Hab" before a Latin preposition: the key's full stop as the OCR read or lost it
    # ("Hab, in sylvis prope Sampleton", "Hab in pratis")
    + r"|Hab(?=[,;]?\s+(?:in|ad|prope|sub|inter|circa|supra|juxta|pr\.)\s))\s*[.,;]?\s*:?\s*",
    re.IGNORECASE,
)


# The key after a sentence on the line ("Rocky Point park. Habitat: open pine woods"); a key
# inside a sentence would be a word of it.
HAB_KEY_INLINE = re.compile(r"(?<=[.;])\s+(?:Habitat|HABITAT|Hab\.)\s*:\s*")


# A reference's key ("Fide:", "Protologue:"): the citation below it is no place (`line_kinds`)
REFERENCE_KEY = re.compile(r"^\W*" + cue_pattern("reference", upper=True) + r"\s*\.?\s*:?")


# What OCR leaves beside a key whose value is on the next line: nothing, or up to two letters
# or figures ("Location Si", "Location: 1").
FRAGMENT = re.compile(r"\W*\w{0,2}\W*")


# A key in the middle of a locality's line ("Bachtal bei Dorf, leg. K. Muster", "... Alt.: 300 m"):
# the locality ends before it.
_INLINE_STOP = re.compile(
    r"[\s,;]+(?:"
    + cue_pattern("stop", inline=True)
    + "|"
    + cue_pattern("habitat", inline=True)
    + r")(?:(?<=\.)|\s?[.:])"
    # a collector's key before the name, with no stop ("... Bachtal legit K. Muster")
    + r"|[\s,;]+"
    + cue_pattern("stop", inline=True, names=True)
    + r"\s+(?=(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
# A collector's key before a name in the middle of a line ("... Bachtal, leg. K. Muster")
NAME_STOP = re.compile(
    r"[\s,;]+" + cue_pattern("stop", inline=True, names=True) + r"\s*(?=(?-i:[A-ZÀ-Þ]))",
    re.IGNORECASE,
)
# A printed form's island key and its value ("Insula: Pulau Besar", "Island SAMPLA")
ISLAND_KEY = re.compile(r"^\s*" + cue_pattern("island", upper=True) + r"\s*\.?\s*:?\s*")


# A form's key alone on its line, in any language ("Zeehoogte :", "Aard der standplaats:")
_BARE_KEY = re.compile(r"\s*[A-ZÀ-Þ][\w.]*(?:\s+[\w.]+){0,2}\s*:\s*")


def opens_with_key(line: str) -> bool:
    """Whether `line` opens with the locality's key, the habitat's or one that ends a locality."""
    return any(k.match(line) for k in (OTHER_KEY, LOC_KEY, HAB_KEY))


def any_key(line: str) -> bool:
    """Whether `line` opens with a key: the locality's, the habitat's, one that ends a locality,
    or a form's key of any kind alone on its line."""
    return opens_with_key(line) or bool(_BARE_KEY.fullmatch(line))


# A form's next key closing the locality's line without its colon, the value on the line below
# or after it ("Locality: Beeby Forest. Altitude / 300 m", "Localité : Exempleville
# Récolteur", "Locality Sampleton Date 12.6.1931", "Loc. Sampleton Hills Elev. 300 m"): only
# keys no place's name ends with (not "Common", "Long", "Map")
_CLOSING_KEY = re.compile(
    r"[\s.,;]+(?:(?:Habitat|HABITAT|Hab\.|Date|DATE|Datum|Fecha|Coll\.|Collector|Coll\.?\s+by|"
    r"Leg\.|Legit|Det\.|Notes|Remarks|Récolteur|Sammler|Colector|Method|Host)"
    r"(?=\s*$|\s*[.:]|\s+\d)"
    # a height's key only alone at the line's end: a height after its key on the place's line
    # stays, as keyers give it ("Beispiel Höhe: 300 m")
    r"|(?:Altitude|ALTITUDE|Altitud|Alt\.|Elev\.|Elevation|Höhe)(?=\s*:?\s*$))",
)


def closing_key(text: str, s: int, e: int) -> int | None:
    """Where a form's next key closing the locality `text[s:e]`'s line (`_CLOSING_KEY`) ends it."""
    m = _CLOSING_KEY.search(text, s, e)
    if m is None or m.start() <= s:
        return None
    # the full stop before the key closes the place's sentence or abbreviation ("Dist. Notes")
    return m.start() + (text[m.start()] == ".")


def inline_stop(text: str, s: int, e: int) -> int | None:
    """Where a key in the middle of the locality `text[s:e]` ends it (see `_INLINE_STOP`)."""
    m = _INLINE_STOP.search(text, s, e)
    return m.start() if m is not None and m.start() > s else None
