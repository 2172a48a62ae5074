"""What describes the site rather than names it: a short habitat phrase, its head word last
(`habitat_clause`, `habitat_phrase`), a line describing the site (`habitat_line`), the site
after a place's name without a comma (`open_site_after_name`), an Estonian compound naming a site
(`COMPOUND_SITE`), a list of plant names (`NAME_LIST`)."""

from __future__ import annotations

import re

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.places.asides import ocr_letters
from pipelines.fields.places.cues import GEO_WORDS, HABITAT_WORDS, cue_pattern, place_words
from pipelines.fields.places.keys import OTHER_KEY, opens_with_key
from pipelines.fields.places.lines import DESCRIPTION
from pipelines.fields.text import Label, candidate, is_header, squash_ws

# An Estonian compound naming a site by its last word ("rannaniit", "kuusemets", "metsaserv",
# "teeäär", "botaanikaaed"): the habitat's words are written together
COMPOUND_SITE = re.compile(
    r"\w{2,}(?:niit|niidul|mets|metsas|soo|raba|aed|nõmm|rand|kallas|põld|aas|luht|serv|äär|ääres)\b"
)


# The height the site lies at, closing its line ("Evergreen forest, 1200 m", "Thickets, alt.
# 6-7000 ft.")
HEIGHT_TAIL = re.compile(
    r"[,;]?[ \t]*(?:(?i:alt|elev|ca|c)\.?[ \t]*)?(?:"
    r"\d[\d.,]*(?:[ \t]?[-–][ \t]?\d[\d.,]*)?[ \t]?(?i:m|ft|feet)\b\.?"
    # the key after the unit ("900 m alt.", "1500 m s.m."), or the unit before the figure as
    # Italian and Latin sheets write it ("m 300", "m. 1500 s.m.")
    r"(?:[ \t]*(?:alt|s\.?[ \t]?[ml])\.?)?|m\.?[ \t]?\d[\d.,]*(?:[ \t]*s\.?[ \t]?[ml]\.?)?)[ \t]*$"
)

# The height the site lies at, opening its line before a comma ("1800 m, mossy forest", "alt.
# 6000 ft.; open scrub")
HEIGHT_HEAD = re.compile(
    r"[ \t]*(?:(?i:alt|elev|ca|c)\.?[ \t]*)?\d[\d.,]*(?:[ \t]?[-–][ \t]?\d[\d.,]*)?[ \t]?"
    r"(?i:m|ft|feet)\b\.?(?:[ \t]*(?i:alt)\.?)?[ \t]*[,;][ \t]*(?=[^\W\d_])"
)


# A site beside a water or a way, in lower case and unnamed, alone on its line ("by stream",
# "beside a brook", "by roadside")
_BESIDE_SITE = re.compile(
    r"(?:by|beside)[ \t]+(?:the[ \t]+|a[ \t]+)?[a-z]{3,}(?:[ \t]+[a-z]{3,}){0,2}"
)


def habitat_line(line: str) -> bool:
    """Whether `line` describes the site rather than names it: a habitat's word, no figure but
    the height closing it, and no capitalised word but its first and a plant's genus before a
    habitat's word ("Lowland forest beside a brook.", "mangrove", "Evergreen forest, 1200 m",
    "Open Brachystegia woodland on red soil")."""
    # "Brachystegia woodIand": a site's word as the OCR misread it
    if not re.search(r"[a-zà-ÿа-яё]", line) and re.search(r"[A-ZÀ-ÞА-ЯЁ]", line):
        # a line in capitals ("PINE-OAK FOREST.", "BOSQUE HUMEDO, 400 M.", "KUUSIK"): a site's
        # words alone, no place's name among them ("SAMPLETON FOREST" is one)
        low = line.lower()
        words = HEIGHT_TAIL.sub("", low.rstrip(" .")).split()
        return bool(words) and all(site_word(w) for w in words) and habitat_line(low)
    line = HEIGHT_TAIL.sub("", ocr_letters(line, initial=False).rstrip(" ."))
    line = HEIGHT_HEAD.sub("", line, count=1)
    words = line.split()
    return (
        bool(words)
        and (
            HABITAT_WORDS.search(line) is not None
            or COMPOUND_SITE.search(line) is not None  # "loodusniit", "kuusemets"
            # "Sandy banks.", "Open pine woodland": a kind of vegetation or ground
            or habitat_clause(squash_ws(line).strip(" .,;")) is not None
            # "by stream", "beside a brook": a water or a way beside the site, no name
            or _BESIDE_SITE.fullmatch(line) is not None
            # "Sandy field along railroad", "Alpine turf": a site's adjective, then its noun
            or (
                len(words) >= 2
                and _HABITAT_ADJECTIVE.fullmatch(words[0]) is not None
                and re.fullmatch(r"[a-z]{3,}[.,;]?", words[1]) is not None
            )
        )
        and not re.search(r"\d", line)
        and not any(
            (w[:1].isupper() or re.match(r"(?:d|l|dell|all)['’][A-ZÀ-Þ]", w) is not None)
            and not _genus_before_habitat(words[i], w, words[i + 2 : i + 3])
            and not _genus_among(words[i], w, words[i + 2 : i + 3])
            and not _site_noun(words[i], w)
            for i, w in enumerate(words[1:])
        )
    )


# A place's name (capitalised words, perhaps "prope" or "bei" and another name between), then
# the site described after its preposition with no comma before it, as old sheets write where a
# plant grew ("Sampleton in pratis humidis", "Musterdorf ad vias", "Sampla prope Beeby in
# collibus siccis", "Probeda en lugares húmedos")
_NAME_THEN_OPEN_SITE = re.compile(
    r"[^\w\n]*(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:(?:prope|pr\.|bei|b\.|near|nr\.|de|del|di|"
    r"du|la|le|von|am|sur)[ \t]+)?[A-ZÀ-Þ][\w'’.-]+){0,3})"
    r"[ \t]+(?P<site>" + cue_pattern("site") + r"[ \t]+[a-zà-ÿ][^\n\d,;:]{2,}?)[ \t.;,]*"
)
# What a line opens with that is no place's name before its site: how the plant grew, how common
# it is, how it was found ("Common in wet meadows", "Found on walls", "Plants in shade")
_NOT_A_NAME = re.compile(
    r"(?i:common|rare|frequent|abundant|occasional|scattered|local|locally|dominant|plentiful|"
    r"sparse|scarce|found|collected|taken|seen|gathered|growing|plants?|hab|habitat|loc|"
    r"locality|station|on|in|at|by|near|very|fairly|rather)\b"
)


def open_site_after_name(line: str) -> int | None:
    """Where the site starts on a line that names a place, then describes the site after its
    preposition with no comma before it (`_NAME_THEN_OPEN_SITE`: "Sampleton in pratis humidis" ->
    at "in"); None where the line has another shape, its head is no place's name (a plant's
    description, how common it is: "Common in wet meadows") or the words after the preposition
    describe no site ("Sampleton in 1890")."""
    m = _NAME_THEN_OPEN_SITE.fullmatch(line)
    if m is None:
        return None
    name = m["name"]
    if (
        _NOT_A_NAME.match(name) is not None
        or DESCRIPTION.match(name) is not None
        or opens_with_key(name)
        or HABITAT_WORDS.fullmatch(name.split()[0].strip(".,;")) is not None
        or HABITAT_WORDS.search(m["site"]) is None
    ):
        return None
    return m.start("site")


# A lichen's or a moss's substrate named without its preposition, as packets print it: its noun
# (data/place_words.csv kind substrate) in lower case after the plant's genus or an adjective,
# or alone, and perhaps "of" and the plant or the animal it grew on ("Abies branches", "dead
# twigs", "Bark", "shell of Exampla minor"); not a place named by such a noun ("Sample Rocks")
_SUBSTRATES = place_words("substrate")
_SUBSTRATE_CLAUSE = re.compile(
    rf"(?:(?:[A-Z][a-z]{{2,}}|[a-z]{{3,}})[ \t]+)?(?:{_SUBSTRATES})|(?i:{_SUBSTRATES})"
    r"|(?i:" + _SUBSTRATES + r")[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[a-z]+)?"
)


def substrate_clause(text: str) -> bool:
    """Whether `text` is a substrate named without its preposition (`_SUBSTRATE_CLAUSE`)."""
    return _SUBSTRATE_CLAUSE.fullmatch(text.strip(" \t.,;")) is not None


# English site nouns that end a place's name ("Exampla Forest", "Sampleton Heath")
_NAME_END_NOUN = re.compile(r"Forest|Woods?|Heath|Moor|Fen|Swamp|Marsh|Bog|Common|Scrub|Bush")


def name_carried(above: str, line: str) -> bool:
    """Whether `line` opens with a site's noun alone, capitalised, that ends the name the line
    `above` leaves open ("UGANDA: Exampla / Forest, 1300 m": the place's name "Exampla Forest"
    broken over a pin's short lines), not a site of its own."""
    head = HEIGHT_TAIL.sub("", line.strip()).strip(" .,;")
    return (
        _NAME_END_NOUN.fullmatch(head) is not None
        and re.search(r"(?<![\w'’])[A-Z][a-z]{2,}$", above.rstrip()) is not None
    )


def site_word(word: str) -> bool:
    """Whether `word` (printed in capitals, perhaps) is a site's word: a habitat's word, a site's
    adjective or a small word between them ("PINE-OAK", "DE", "ENCINO" after "BOSQUE DE",
    "Lowland")."""
    parts = [p for p in re.split(r"[-/]", word.strip(".,;:").lower()) if p]
    return bool(parts) and all(
        HABITAT_WORDS.fullmatch(p) is not None
        or _HABITAT_ADJECTIVE.fullmatch(p) is not None
        or _CAPITAL_SMALL_WORD.fullmatch(p) is not None
        for p in parts
    )


# Small words inside a habitat's phrase printed in capitals ("BOSQUE DE PINO", "ON BARK",
# "IN RUPIBUS", "BOSCHI DI LECCIO")
_CAPITAL_SMALL_WORD = re.compile(r"of|with|and|on|in|de|del|y|e|da|do|en|di|med|och|ja|и|в|на")


# A preposition before the plants a site is named by ("Dry heath, with Calluna", "bank under
# Betula", "mit Calluna", "sous Pinus")
_AMONG = re.compile(
    r"(?i:with|under|among|amongst|beneath|amid|mit|unter|zwischen|sous|avec|parmi|con|bajo|"
    r"entre|tussen|onder|met)"
)


def _genus_among(before: str, word: str, after: list[str]) -> bool:
    """Whether the capitalised `word` is the genus of the plants growing with or over the site,
    after a preposition (`_AMONG`), its epithet in lower case or nothing after it ("Bog, with
    Sphagnum", "Moist shady bank under Betula.", "with Calluna vulgaris")."""
    return (
        _AMONG.fullmatch(before) is not None
        # a genus's Latin ending ("Calluna", "Sphagnum", "Quercus", "Carex"), not "Beeby"
        and re.fullmatch(r"[A-Z][a-z]{2,}(?:a|us|um|is|ex|ix|ax|es|os|er|ys)[.,;]?", word)
        is not None
        and GEO_WORDS.search(word) is None
        and (not after or after[0][:1].islower())
    )


def _site_noun(before: str, word: str) -> bool:
    """Whether the capitalised `word` is a site's noun written with its capital, as German writes
    nouns, after a word in lower case or a site's adjective ("feuchte Wiese am Waldrand",
    "Sandiger Boden"); not after another capitalised word ("Sampla Heath": a place's name)."""
    return HABITAT_WORDS.fullmatch(word.strip(".,;:")) is not None and (
        (before[:1].islower() and _ENGLISH_SMALL_WORD.fullmatch(before) is None)
        or _GERMAN_SITE_ADJECTIVE.fullmatch(before) is not None
    )


# English words before a name ("near the Heath", "by Sampla Moor"): a place's name follows them
_ENGLISH_SMALL_WORD = re.compile(
    r"the|a|of|near|nr\.?|by|on|at|to|from|and|upon|above|below|along|across|beyond|towards?"
)


# German adjectives of a site's ground and light ("Sandiger Boden", "Feuchte Wiese")
_GERMAN_SITE_ADJECTIVE = re.compile(
    r"(?i:sandig|feucht|trocken|nass|naß|steinig|schattig|sonnig|kalkig|moorig|sumpfig|grasig|"
    r"buschig|felsig|kiesig|lehmig|torfig|licht|offen|mager|nährstoffarm|frisch)(?:e|er|es|en|em)?"
)


def _genus_before_habitat(before: str, word: str, after: list[str]) -> bool:
    """Whether the capitalised `word` is a plant's genus naming the vegetation after it: a word
    of letters only after an adjective or a preposition (no place's name and comma: "Highlands,
    State forest") and before a habitat's word in lower case ("Open Brachystegia woodland", "in
    Abies forest", "wet Sphagnum bog")."""
    return (
        re.fullmatch(r"[A-Z][a-z]{3,}", word) is not None
        and GEO_WORDS.search(word) is None
        and (before.islower() or _HABITAT_ADJECTIVE.fullmatch(before) is not None)
        and bool(after)
        and after[0][:1].islower()
        and HABITAT_WORDS.fullmatch(after[0].strip(",;.")) is not None
    )


# A list of plant names ("Pinus monophylla, Juniperus osteosperma, ..."): the associated taxa.
NAME_LIST = re.compile(r"[A-Z][a-z]+ [a-z]{3,}[^,;]{0,30}[,;]\s*[A-Z][a-z]+ [a-z]{3,}")
# Unkeyed, the habitat is a short phrase that names a kind of vegetation or ground, its head word
# last: "Lower montane rainforest", "riparian forest", "Riparian/desert scrub", "Grassland", "edge
# of forest". A capitalised head inside the phrase is a proper name ("Salmon National Forest").
_HABITAT_HEAD = (
    r"(?:forest|rain\s?forest|woodlands?|woods|scrub|scrubland|shrubland|grassland|prairie|"
    r"meadow|savann?ah?|zone|marsh|swamp|bog|fen|tundra|thicket|chaparral|pasture|wetland|"
    r"hammock|steppe|heath|barrens|pinelands?|flatwoods|glades?|dunes|slopes?|bluffs?|banks?|"
    r"hillsides?)"
)
_HABITAT_PHRASE = re.compile(
    r"(?:(?:scattered|common|frequent|occasional|abundant|rare|locally\s+common)\s+)?"
    r"(?:(?:in|on|at|along)\s+(?:the\s+)?)?"
    rf"(?P<h>(?:(?:edges?|margins?|borders?)\s+of\s+(?:the\s+)?)?(?:[\w/-]+\s+){{0,4}}{_HABITAT_HEAD}"
    r"(?:\s+(?:edges?|margins?|openings?|clearings?))?)",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^.;,()\n]+")


# The words a capitalised phrase may open with: "Lower montane rainforest", "Mixed pine woods"; a
# capitalised word of another kind names the place ("Miranda pasture").
_HABITAT_ADJECTIVE = re.compile(
    r"(?:lower|upper|mixed|open|dense|dry|moist|wet|mesic|xeric|riparian|tropical|secondary|"
    r"primary|old|low|high|disturbed|sandy|rocky|deciduous|evergreen|montane|alpine|subalpine|"
    r"coastal|boggy|swampy|marshy|oak|pine|hardwood|conifer|coniferous|cloud|scrubby|grassy|"
    r"sparse|degraded|burned|burnt|wooded|upland|lowland|gallery|second-growth|mature|steep|"
    r"shaded|shady|ravine|hemlock|[nsew]-facing|north-facing|south-facing|east-facing|"
    r"west-facing)",
    re.IGNORECASE,
)


def habitat_clause(text: str) -> re.Match[str] | None:
    """`text`, one clause, as a habitat phrase (see `_HABITAT_PHRASE`), or None."""
    m = _HABITAT_PHRASE.fullmatch(text)
    if m is None or re.search(r"\d", text):
        return None
    words = m.group("h").split()
    if len(words) > 6 or (len(words) == 1 and not words[0][:1].isupper()):
        return None  # a bare "forest" is the tail of a phrase broken over lines
    if any(w[:1].isupper() for w in words[1:]):
        return None  # "Salmon National Forest": a proper name
    first = re.split(r"[/-]", words[0])[0]  # "Riparian/desert scrub"
    if (
        (len(words) > 1 or first != words[0])
        and first[:1].isupper()
        and not _HABITAT_ADJECTIVE.fullmatch(first)
    ):
        return None
    if any(g.lower() not in ("forest", "area") for g in GEO_WORDS.findall(m.group("h"))):
        return None
    return m


def habitat_phrase(labels: list[Label]) -> list[FieldCandidate]:
    """The first clause that reads as a habitat phrase (`habitat_clause`) on a line that does not
    carry on the sentence of the line above, nor names an institution or a key."""
    for lab in labels:
        inst = lab.institution
        for i, ln in enumerate(lab.lines):
            if inst[i] or is_header(ln.text) or OTHER_KEY.match(ln.text):
                continue
            prev = lab.lines[i - 1].text.split() if i > 0 else []
            if prev and prev[-1][:1].islower() and ln.text.lstrip()[:1].islower():
                continue  # "Old secondary / lowland rain forest."
            if i > 0 and name_carried(lab.lines[i - 1].text, ln.text):
                continue  # "UGANDA: Exampla / Forest, 1300 m": a name's end
            for c in _CLAUSE.finditer(ln.text):
                clause = c.group(0).strip()
                m = habitat_clause(clause)
                if m is None:
                    continue
                at = c.start() + c.group(0).index(clause)
                if (
                    len(m.group("h").split()) == 1
                    and (
                        not re.search(r"(?:^|\w{3,}[.;:,])\s*$", ln.text[:at])
                        # "Sampleton Natl. Forest", "Exampla Nat. Forest": a name's abbreviation
                        or re.search(r"\b[A-Z][a-z'’]{1,4}\.\s*$", ln.text[:at])
                    )
                ):
                    continue  # "K. L. Marsh": a name after initials
                s = ln.start + at + m.start("h")
                e = s + len(m.group("h"))
                return [candidate(Term.habitat, lab.text[s:e], 0.45, lab, s, e, "habitat.phrase")]
    return []
