"""Lines that are no place though they may read like one: OCR noise, a header's title words, an
altitude alone, a series' or society's title, a bibliographic citation, an aside ("teste", a
note of how the sheet came, a number alone, a co-collector: `aside_line`), how an insect was
taken and its host (`METHOD_LINE`, `HOST_EX`, `method_line`, `host_line`, also as the OCR
misreads their words: `ocr_letters`) and a grid reference alone."""

from __future__ import annotations

import re

from pipelines.fields.lexicon import alternation, data_rows
from pipelines.fields.ocr_slips import figures_as_letters
from pipelines.fields.places.cues import GEO_WORDS, cue_pattern, place_words
from pipelines.fields.places.persons import names_person

# A header is set in capitals or title case ("Flora of Hispaniola"); "Plantas de vivero en el
# area" is a sentence of the locality.
TITLE_WORDS = re.compile(
    r"(?:[^A-Za-zÀ-ÿ]*(?:[A-ZÀ-Þ][\wÀ-ÿ'’]*|of|de|del|du|des|the|and|in|from|collected))*"
    r"[^A-Za-zÀ-ÿ]*"
)


# A line holding one short lower-case fragment ("hasa", ". hey", "lara"): OCR noise between the
# lines of a label (a stamp, a fold, handwriting); a place is longer or capitalised.
NOISE = re.compile(r"\W*[a-z]{1,4}\W*")


# An altitude alone on its line ("1500 m", "ca. 300 m s.m.", "2000 ft."): a field of its own
ALTITUDE_LINE = re.compile(
    r"\W*(?:(?i:alt|elev|ca|c)\.?\s*)?\d[\d.,\s-]*\s?(?i:m|ft|feet|meters?|metres?|m\.?\s?s\.\s?m)"
    r"\b\.?(?:\s*(?i:s\.\s?m|a\.\s?s\.\s?l|alt)\.?)?\W*"
    # or a depth in the sea alone ("in 3 fms.", "25 fathoms", "Depth 40 m")
    r"|\W*(?:(?i:in|at|depth|dredged\s+in)\.?\s*:?\s*)?\d[\d.,\s-]*\s?(?i:fms?|fathoms?|m)\b\.?\W*"
)


# A series' or a society's title, perhaps after its editor's name ("K. Muster, Flora von Exempla",
# "Association exemplaire n° 12", "Plantae Exemplares"): the sheet's heading
SERIES_LINE = re.compile(
    # the editor's name set off by a comma or a dash ("K. MUSTER. - PLANTES DE L'EXEMPLE")
    # or a colon ("Dr. K. Muster: Flora von Exemplien")
    r"^(?:[^,:\n]{0,40}(?:,|:|\s[-–—])\s*)?\W*"
    + cue_pattern("series", upper=True)
    + r"(?:\s|$|[.,:'’])"
    # or the plants' word after the region's name ("Eesti taimed", "Sveriges växter", "LATVIJAS
    # AUGI": data/place_cues.csv role series_after), the title alone on its line
    + r"|^\W*(?:[A-ZÀ-Þ][\wÀ-ÿ'’.-]*\s+){1,3}"
    + cue_pattern("series_after", upper=True)
    + r"[\W\d]*$"
    # or the word alone, a herbarium's ("Kasvio", "KASVIO N:o 233"), perhaps with its number
    + r"|^\W*(?i:"
    + cue_pattern("series_after")
    + r")(?:\s*(?i:n:o|no\.?|nr\.?|№)?\s*\d+)?\W*$"
)
# A bibliographic citation (data/place_cues.csv role work): an abbreviated work's title before its
# volume and page ("DC. Prodr. 7, p. 409", "Fl. Fr. 2, p. 397", "Cat. p. 185"), a volume, page and
# year ("J. Bot. 2: 214 (1909)", "Bull. II: 89 (1969)") or a page alone closing a clause ("p. 93;").
CITATION = re.compile(
    r"(?<![\w.])"
    + cue_pattern("work")
    + r"\s*(?:[A-ZÀ-Þ][a-zà-ÿ]{0,8}\.\s*){0,3}"
    + r"(?:(?:\d{1,4}|[IVX]{1,5})\s?[,:]\s?(?:p\.\s?)?\d{1,4}\b|p\.\s?\d)"
    + r"|\b(?:\d{1,4}|[IVX]{1,5})\s?:\s?\d{1,4}\s?\((?:1[6-9]|20)\d\d\)"
    + r"|(?<![\w.])pp?\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\s*(?:[;,.]|$)"
)
# A line opening with a collector's word without his name ("Native collector 45", "NATIVE COLL.";
# data/place_cues.csv role unnamed_collector): a pin's collector's line, no place
UNNAMED_COLLECTOR = re.compile(
    r"\W*(?i:" + cue_pattern("unnamed_collector") + r")(?:\s|$|[.,:])[^\n]*"
)
# A line that is no place: "t. Muster" (teste, who vouched for the name), a herbarium's note of
# how the sheet came to it ("RECEIVED Mar., 1879", data/place_cues.csv role aside), a number
# alone with its key ("Nº 2.536", "sp. 22.", "No. 41"), a co-collector after "&" ("& K. Muster").
_ASIDE_LINE = re.compile(
    r"\W*(?:t\.|teste)\s?(?:[A-ZÀ-Þ]\.\s?){0,3}[A-ZÀ-Þ][\wà-ÿ'’-]+\W*$"
    + r"|\W*"
    + cue_pattern("aside", upper=True)
    + r"(?:\s|$|[.,:])"
    # a collector named without his name ("Native collector 45"): a pin's collector's line
    + r"|"
    + UNNAMED_COLLECTOR.pattern
    # a ship's prefix and its name ("H.M.S. Exampla", "HM.S Sample"): the ship, no place
    + r"|\W*(?:(?i:voyage|cruise|expedition)\s+(?:of\s+)?(?:the\s+)?)?"
    + cue_pattern("ship")
    + r"\s*[A-Z][^\n]*"
    + r"|\W*(?:N[º°o]|No|NO|Nr|Num|sp|spec|Sp)\s?\.?\s*\d[\d\s.,/-]*\W*$"
    # a series' code and its number alone ("S. 12345", "SAN 12345", "KEP 1234"): a forest
    # department's or a herbarium's field-number series
    + r"|\W*[A-Z]{1,4}\.?\s?\d{3,7}[A-Za-z]?\W*$"
    # an institution's or a series' abbreviated name and its number ("Bur. Sci. 12345", "Herb.
    # Exempl. 1234", "For. Dept. 12345")
    + r"|\W*(?:[A-Z][a-z]{0,5}\.\s?){1,3}\s*\d{3,7}[A-Za-z]?\W*$"
    # a Dutch forester's ("boschbouw") series in lower case ("bb. 12345", "b.b. 12345")
    # and whatever follows it ("bb. 12345 leg. K. Muster")
    + r"|\W*b\.?\s?b\.\s?\d{3,7}[A-Za-z]?\b[^\n]*$"
    # an expedition's collector or name and number ("Exp. K. Muster 1930 no. 1234", "Exp.
    # Exempla 1930 no. 12")
    + r"|\W*(?:Exp|Exped)\.\s+(?P<expedition>[A-ZÀ-Þ][^\n]*)$"
    # an exsiccata's fascicle, century or series and its number ("Fasc. 3, No. 45", "Cent. XII
    # n. 1134", "Ser. 2, Nr. 45")
    + r"|\W*(?:(?:Fasc|Fascicle|Fascicul\w*|Cent|Centur\w*|Dec|Decas|Decade|Ser|Series|Vol|Lief|"
    + r"Lieferung|Suppl|N[º°o]?|No|Nr|n)\.?\s*(?:\d{1,5}[a-z]?|[IVXLC]{1,6})\b[\s,;.:]*){2,3}$"
    + r"|\s*(?:&|and|et|und)\s+(?P<person>(?:[A-ZÀ-Þ][\wà-ÿ'’.-]*\s*){2,4})$"
    # a catalogue's, a register's or a sheet's number, perhaps after its owner's name ("CAT. NO.
    # 1234", "Wall. Cat. 1234", "Acc. No. 56", "Herb. No. 12", "Katalog Nr. 7")
    + r"|\W*(?:[A-ZÀ-Þ][a-zà-ÿ]{1,12}\.?\s+)?(?i:cat|catal|catalogue|catalog|kat|katalog|acc|"
    + r"accession|reg|regd|register|sheet|herb|inv|inventory|spec|specimen)\.?\s*"
    # the work's or the herbarium's abbreviated name between ("Cat. Exempl. No. 12")
    + r"(?:[A-ZÀ-Þ][a-zà-ÿ]{0,10}\.\s*){0,2}"
    + r"(?i:n[º°o]|no|nr|num|number)?\.?\s*[:#]?\s*\d[\d\s.,/-]*[A-Za-z]?\W*$"
    # an expedition's name and year ("Exemplia Exped. 1934", "Brit. Mus. Exampla Expedition"):
    # the series the gathering belongs to, not where it was made
    + r"|[^\n]{0,40}\b(?i:exped|expedition|expedici[oó]n|expedi[cç][aã]o|exp[ée]dition|"
    + r"экспедиция)\b\.?[\s\d.,/-]*$"
)


def aside_line(line: str) -> bool:
    """Whether `line` is no place though it reads like one (see `_ASIDE_LINE`): a co-collector
    only when a person is named ("& K. Muster", not "& Beeby" closing "between Aville / & Beeby")."""
    m = _ASIDE_LINE.match(line)
    if m is None or GEO_WORDS.search(line):
        return False
    if m.group("expedition") is not None:
        rest = m.group("expedition")
        return names_person(rest) or re.search(r"\b\d{2,}", rest) is not None
    return m.group("person") is None or names_person(m.group("person").strip())


# How an insect was taken, opening a short line ("Sweeping", "M.V. light", "ex larva on Quercus",
# "Lichtfang"; data/place_words.csv kind method): a data label's line of its own, no place
METHOD_LINE = re.compile(
    # a preposition before the method's word ("at blacklight", "am Lichtfang", "by Malaise")
    rf"[^\w\n]*(?:(?:at|by|in|with|am|an|au|à|a|al|op|ad)\s+)?{place_words('method')}(?!\w)"
    r"[^\d\n]{0,30}"
    # and the height it was taken at ("at light, 300m", "Malaise trap 1200 m")
    r"(?:\d[\d.,]*\s?(?:m|ft|feet)\b\.?[^\d\n]{0,12})?",
    re.IGNORECASE,
)
# The host an insect was bred or taken from, opening its line ("ex Exampla minor leaf mines",
# "Ex Quercus robur", "from Betula"): no place. "ex" before a capitalised word is also a
# collection's or a herbarium's provenance ("ex coll. K. Muster", "Ex Herb. Sampleton"), no
# place either.
HOST_EX = re.compile(r"[^\w\n]*(?:ex|Ex|EX|from)\s+[A-Z][a-z]{2,}\b[^\n]{0,40}")
# How an insect was taken after the place on its line ("Sampleton, at m.v. light", "Sample Marsh,
# pitfall trap"): the place ends before it
METHOD_TAIL = re.compile(rf"[,;]\s*{place_words('method')}(?!\w)[^\n]*", re.IGNORECASE)
# The words of an insect bred or beaten from a plant, alone on their line ("Ex larva", "bred
# from", "beaten from"), and the host on the line below them, a genus alone or with its epithet
# ("Quercus", "Quercus robur"): neither is the place
REARED_LINE = re.compile(
    r"\W*(?i:ex\s+(?:larva|pupa|ovo)|e\.\s?l\.|bred|reared|beaten|swept)(?:\s+(?i:from|on|ex))?\W*"
)
HOST_LINE = re.compile(r"\s*[A-Z][a-z]{3,}(?:\s+[a-z]{3,})?\.?\s*")
# A grid reference alone on its line with its key or not ("Grid ref. NT 123 456", "GR SU 12 34",
# "NT 1234 5678"): the coordinates' field
GRID_LINE = re.compile(
    # a vice-county's number before it ("VC 29 TL 123 456", "v.c. 12, SU 12 34")
    r"\W*(?:(?i:v\.?\s?c)\.?\s?\d{1,3}[\s,;:]*)?"
    r"(?:(?i:grid\s*ref(?:erence)?|n?gr|o\.\s?s\.(?:\s*grid\s*ref)?)\.?\s*[:.]?\s*)?"
    r"[HNOSTJ][A-HJ-Z]\s?\d{1,5}(?:\s?\d{1,5})?\W*"
    # or after it ("Grid ref: SU 123 456   VC 12")
    r"(?:(?i:v\.?\s?c)\.?\s?\d{1,3}\W*)?"
)


def ocr_letters(line: str, *, initial: bool = True) -> str:
    """`line` with the OCR's usual confusions inside words undone, for matching a method's, a
    host's or a site's word the OCR misread ("MV Iight", "pitfa11 trap", "sweepinq", "cx
    Exampla minor", "at light, 3OOm", "woodIand"): "I" or "1" after a letter read "l", "q"
    closing "-inq" "g", "cx" "ex", "O" in a height's figure "0" (and "l" or "I" there "1"); with `initial`, also an "I" or
    "1" opening a word in lower case ("Iight", "1ight"), which a place's name may be
    ("Ickleton")."""
    line = re.sub(r"(?<=[A-Za-z])[I1]+(?=[a-z]|\b)", lambda m: "l" * len(m[0]), line)
    if initial:
        line = re.sub(r"\b[I1](?=[a-z]{2})", "l", line)
    line = re.sub(r"(?<=[a-z]n)q\b", "g", line)
    line = re.sub(r"\b([cC])x\b", lambda m: "ex" if m[1] == "c" else "Ex", line)
    return re.sub(
        # (a thousands' comma between, the unit in capitals: "l0,OOO FT.", "5OOO FT.")
        r"\b([\dlI]*\d[\dlI]*,?)([Oo]+)(\d*)(?=\s?(?i:m|ft|feet)\b)",
        lambda m: re.sub("[lI]", "1", m[1]) + "0" * len(m[2]) + m[3],
        line,
    )


def altitude_line(line: str) -> bool:
    """Whether `line` is an altitude alone (`ALTITUDE_LINE`), as printed or as the OCR misread
    its figure (`ocr_letters`: "7OOO ft.", "l0,OOO FT.")."""
    return any(ALTITUDE_LINE.fullmatch(x) for x in (line, ocr_letters(line)))


def method_line(line: str) -> bool:
    """Whether `line` says how the insect was taken (`METHOD_LINE`), as printed or as the OCR
    misread it (`ocr_letters`)."""
    return any(METHOD_LINE.fullmatch(x) for x in (line, ocr_letters(line)))


def host_line(line: str) -> bool:
    """Whether `line` names the host after "ex" (`HOST_EX`) or keys it as the OCR misread the
    key ("Hcst: Quercus exempla"), as printed or misread (`ocr_letters`)."""
    return any(HOST_EX.fullmatch(x) or _HOST_KEY.match(x) for x in (line, ocr_letters(line)))


# A host's key with a letter misread ("Hcst:", "H0st:")
_HOST_KEY = re.compile(r"\W*H[aceo0]st(?:\s+plant)?\s*:")


# A geological horizon's words (data/place_words.csv kind horizon: "Lias", "Bathonian",
# "Formation"), in their printed case or in capitals
_HORIZON_WORD = (
    "(?<![\\w.])(?:"
    + alternation(
        w
        for row in data_rows("place_words.csv")
        if row["kind"] == "horizon"
        for w in (row["word"], row["word"].upper())
    )
    + r")(?:\b|(?<=\.))"
)
# A fossil's horizon: its words with their divisions ("Lower Lias", "Inferior Oolite", "U.
# Jurassic"), a formation's or a member's name ("Exampla Formation", "Sample Clay Member"), an
# ammonite's zone ("bucklandi Zone", "Zone of Exampla minor")
_HORIZON = re.compile(
    r"(?:(?i:upper|middle|lower|inferior|great|basal|top|up|mid|lr|l|u|m)\.?\s+)?"
    + r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?=(?:Formation|Fm\.|Member|Mbr\.|Beds|Group)(?!\w)))?"
    + _HORIZON_WORD
    + r"|\b[a-z]{3,}(?:i|ae|um|us|is|a|ex|ns|rs)(?:[ \t]+[a-z]{3,})?[ \t]+(?:Zone|Subzone|ZONE)\b"
    + r"|\b(?:Zone|zone)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[a-z]{3,})?"
)


def horizon_line(line: str) -> bool:
    """Whether `line` names a fossil's horizon and nothing else ("Lias, bucklandi Zone", "Lower
    Oxford Clay", "Exampla Formation"): no place, no habitat. A horizon's line is short: a
    long line is read no further (its words' scan would grow with the square of its length)."""
    if len(line) > 120:
        return False
    # (the OCR's figures for a capital's "O" and "I": "GREAT 00LITE", "L1AS")
    line = figures_as_letters(line)
    if _HORIZON.search(line) is None:
        return False
    rest = _HORIZON.sub(" ", line)
    # (a bed's rock and colour: "Blue Lias", "Red Crag", "Grey Marls")
    rest = re.sub(
        r"\b(?i:of|the|and|clay|limestone|sandstone|shale|beds?|marls?|mudstone|ironstone|crag"
        r"|series|stage|blue|white|grey|gray|red|black|yellow|green)\b",
        " ",
        rest,
    )
    return sum(ch.isalpha() for ch in rest) < 3


def before_horizon(text: str, s: int, e: int) -> int:
    """The end of the locality `text[s:e]` before a horizon closing its last line after a
    clause's stop ("Exampla Quarry, nr. Sampleton. Lias, bucklandi Zone"), when a place is left
    before it; else `e`."""
    # (a horizon is short: the line's last 120 characters only, a long line read no further)
    line_start = max(text.rfind("\n", s, e) + 1 or s, e - 120)
    for m in re.finditer(r"[.,;:][ \t]+", text[line_start:e]):
        at = line_start + m.start()
        if sum(ch.isalpha() for ch in text[s:at]) >= 3 and horizon_line(text[at + 1 : e]):
            return at
    return e


# A skin's, a bird's or an egg's measurement or count opening a short line ("Wing 112 mm",
# "Clutch of 4", "Iris brown": data/place_words.csv kind measure): no place
_MEASURE_LINE = re.compile(
    rf"\W*{place_words('measure')}(?:\b|(?<=\.))[ \t:.=]*(?:\S+[ \t]*){{0,4}}", re.IGNORECASE
)


def measure_line(line: str) -> bool:
    """Whether `line` is a specimen's measurement or count (`_MEASURE_LINE`), not a place."""
    return _MEASURE_LINE.fullmatch(line) is not None and GEO_WORDS.search(line) is None
