"""The label text as the parsers see it: lines with their offsets, and how to cite a span of it.

Every parser works on `Label.flat`, the label text with newlines turned into spaces. It has the same
length as `LabelText.text`, so a match offset is directly an evidence offset, and a date or a county
name that wraps onto the next line (common on 15 mm insect labels) is still one match.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import NamedTuple

from models.dwc import Term
from models.fields import Evidence, FieldCandidate
from models.geometry import Box
from models.specimen import LabelText
from pipelines.fields.lexicon import alternation, data_rows, institution_words
from pipelines.fields.ocr_slips import figures_as_letters, letters_as_figures
from pipelines.fields.registers import REGISTER_NUMBER


@dataclass(frozen=True)
class Line:
    index: int  # index in LabelText.lines, for the evidence
    start: int  # offset of the line in the label text
    text: str
    confidence: float
    # where the line lies in the image; None for text without geometry (a transcription)
    box: Box | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Word(NamedTuple):
    """An OCR word's place in the label text, and how it was read."""

    start: int
    end: int
    confidence: float
    second_only: bool = False  # read by the second recogniser alone (OcrWord.second_only)


@dataclass
class Label:
    position: int  # position in the sequence given to parse_fields
    label: int  # LabelText.label
    text: str
    lines: list[Line]
    words: list[Word] = field(default_factory=list)
    flat: str = field(init=False)
    _ends: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.flat = self.text.replace("\n", " ").replace("\t", " ")
        self._ends = [ln.end for ln in self.lines]

    def line_no(self, offset: int) -> int:
        """Position in `self.lines` of the line holding `offset` (a newline belongs to its line)."""
        i = bisect.bisect_left(self._ends, offset)
        return min(i, len(self.lines) - 1)

    def line_at(self, offset: int) -> Line:
        return self.lines[self.line_no(offset)]

    def confidence(self, start: int, end: int) -> float:
        first, last = self.line_no(start), self.line_no(max(start, end - 1))
        return min(ln.confidence for ln in self.lines[first : last + 1])

    @cached_property
    def institution(self) -> list[bool]:
        """Which lines name an institution (see `institution_flags`), worked out once: every
        parser asks."""
        return institution_flags(self)

    @cached_property
    def address(self) -> list[bool]:
        """Which lines are the postal address under the institution heading the label
        (`address_flags`), the specimen's place under the header set apart (the places parser's
        `specimen_under_header`: "MUS. ZOOL. BEROL. / Kamerun / Sampelstadt / leg. K. Muster"
        prints no address), worked out once where the label is read: the places, the regions,
        the people and the roles all read this, none applies the rule again."""
        from pipelines.fields.places.institutions import specimen_under_header  # it reads this

        texts = [ln.text for ln in self.lines]
        return specimen_under_header(texts, self.institution, address_flags(self, self.institution))

    def word_confidence(self, start: int, end: int) -> float:
        """The lowest OCR confidence of the words overlapping [start, end) (the lines' where the
        engine gave no words): one misread word is enough to make a name wrong."""
        inside = [w.confidence for w in self.words if w.start < end and w.end > start]
        return min(inside) if inside else self.confidence(start, end)

    def read_by_second_only(self, start: int, end: int) -> bool:
        """Whether a word overlapping [start, end) was read by the second recogniser alone."""
        return any(w.second_only and w.start < end and w.end > start for w in self.words)


# The letters Latin and Cyrillic print alike: an OCR engine reading both scripts mixes them in
# one word ("ГEPБAPИЙ" with a Latin E, P and A; "Exаmpla" with a Cyrillic а)
_LATIN_LOOKALIKES = "ABCEHKMOPTXYaceopxy"
_CYRILLIC_LOOKALIKES = "АВСЕНКМОРТХУасеорху"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_LETTERS = re.compile(r"[^\W\d_]+")


def _one_script(m: re.Match[str]) -> str:
    word = m[0]
    cyrillic = [c for c in word if "\u0400" <= c <= "\u04ff"]
    latin = [c for c in word if c.isascii()]
    if not (cyrillic and latin):
        return word
    cyrillic_own = any(c not in _CYRILLIC_LOOKALIKES for c in cyrillic)
    latin_own = any(c not in _LATIN_LOOKALIKES for c in latin)
    if cyrillic_own and not latin_own:
        return word.translate(_TO_CYRILLIC)
    if latin_own and not cyrillic_own:
        return word.translate(_TO_LATIN)
    return word  # letters of both scripts' own: no lookalike to tell


def one_script(text: str) -> str:
    """`text` with each word that mixes Latin and Cyrillic letters written in one script: the
    script of the letters only it prints, the other's lookalikes turned into its own ("ГEPБAPИЙ"
    -> "ГЕРБАРИЙ", "Exаmpla" -> "Exampla"). A word of lookalikes alone ("CCCP") is left as read.
    Letter for letter, so every offset into the text holds."""
    return _LETTERS.sub(_one_script, text)


def make_label(position: int, label: LabelText) -> Label:
    text = one_script(label.text)  # (letter for letter: each line is its slice of the text)
    lines: list[Line] = []
    words: list[Word] = []
    offset = 0
    for i, ocr_line in enumerate(label.lines):
        if not ocr_line.text.strip():
            continue  # LabelText.text drops blank lines, so they have no offset
        box = ocr_line.box if ocr_line.box.w > 0 and ocr_line.box.h > 0 else None
        lines.append(
            Line(i, offset, text[offset : offset + len(ocr_line.text)], ocr_line.confidence, box)
        )
        spans = ocr_line.word_offsets(offset)
        words += [Word(s, e, w.confidence, w.second_only) for s, e, w in spans]
        offset += len(ocr_line.text) + 1
    return Label(position, label.label, text, lines, words)


def label_of(labels: Iterable[Label], evidence: Evidence) -> Label | None:
    """The label a candidate's evidence cites, if it is among `labels`."""
    return next((lab for lab in labels if lab.label == evidence.label), None)


def make_labels(labels: Sequence[LabelText]) -> list[Label]:
    return [lab for i, x in enumerate(labels) if (lab := make_label(i, x)).lines]


def candidate(
    term: Term,
    value: str,
    confidence: float,
    label: Label,
    start: int,
    end: int,
    rule: str,
    flags: Iterable[str] = (),
) -> FieldCandidate:
    """A candidate whose confidence is the rule's belief scaled by the OCR confidence of the span.

    OCR confidence only scales part of the value: a correct parse of a low-confidence line is still
    more often right than wrong, and the rule's own doubt matters more.
    """
    ocr = label.confidence(start, end)
    conf = max(0.0, min(1.0, confidence * (0.6 + 0.4 * ocr)))
    line = label.line_at(start)
    evidence = Evidence(
        label=label.label,
        line=line.index,
        start=start,
        end=end,
        text=label.text[start:end],
        rule=rule,
        source="ocr",
    )
    return FieldCandidate(
        term=term.value,
        value=value,
        confidence=round(conf, 3),
        evidence=evidence,
        flags=list(flags),
    )


def squash_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# Lines naming the institution that owns or printed the label ("LAKESIDE BOTANICAL GARDEN",
# "University of Westmark (WMK)") or holding its notes ("Digitisation supported by ...") mention
# places that say nothing about where the specimen grew. Their words are a table
# (`data/institution_words.csv`, anywhere = yes); what follows are shapes, not words.
_INSTITUTION_SHAPES = (
    # "Mus. Paris", "Coll. Mus. Congo", "Mus. Zool.": a museum's name abbreviated
    r"\bMus\.(?=\s)",
    # the maker's imprint on a ruler or a form ("ACME OPTICAL CO.", "Globe Printing Company")
    r"\b(?:optical|instruments?|mfg|manufacturing|printing)\.?\s+(?:co|company)\b",
    # "LAKESIDE / BOTANICAL / GAI / RDE", "BOTANICAM! / GARDEN": OCR breaks the words the name
    # ends with
    r"\bbotanica[a-z]?\W?\s+ga[a-z]{0,4}\b|^\W*botanical\W*$",
    # a botanical garden heads its labels with its name; inside a locality it is where a
    # cultivated plant grew ("Distrito Nacional: Jardín Botánico Nacional: ...")
    r"^\W*(?:jard[ií]n\s+bot[aá]nico|jardin\s+botanique)\b",
)


def _institution_pattern() -> re.Pattern[str]:
    words = [row["word"] for row in data_rows("institution_words.csv") if row["anywhere"] == "yes"]
    return re.compile(
        "|".join((rf"(?<!\w){alternation(words)}(?!\w)", *_INSTITUTION_SHAPES)), re.IGNORECASE
    )


_INSTITUTION = _institution_pattern()

# A line holding only a herbarium's acronym in brackets, under its name: "(TENN)", "> (TENN)".
_ACRONYM_LINE = re.compile(r"^\W*\([A-Z]{2,8}\)\W*$")


# "U.C. Riverside", "U. C. Davis": the University of California's campuses as labels print them.
_UNIVERSITY_INITIALS = re.compile(r"^\W*U\.\s?C\.\s?[A-Z]")


@lru_cache(maxsize=4096)
def is_institution(line: str) -> bool:
    """Whether a line names an institution (its words as printed, or as the OCR misread them:
    "Herbariurn", "Muscum", "Botanic Gardcn", see `repair_institution_words`)."""
    return _names_one(line) or (
        (fixed := repair_institution_words(line)) != line and _names_one(fixed)
    )


def _names_one(line: str) -> bool:
    return (
        _INSTITUTION.search(line) is not None
        or _UNIVERSITY_INITIALS.match(line) is not None
        or _ACRONYM_LINE.match(line) is not None
    )


# The OCR's usual confusions in a printed word, folded away on both sides of a comparison: "rn"
# read for "m" ("Herbariurn"), "c" for "e" ("Muscum", "Gardcn"), "l", "1", "|" and "!" for "i"
# ("Herbarlum", "HERBAR1UM"), "0" for "o" ("ANNOTATI0N"), accents lost or swapped ("Univeraitåt")
_OCR_FOLD = str.maketrans(
    {
        **dict.fromkeys("cé", "e"),
        **dict.fromkeys("èêë", "e"),
        **dict.fromkeys("l1|!íìî", "i"),
        **dict.fromkeys("0öóòô", "o"),
        **dict.fromkeys("åäàâáã", "a"),
        **dict.fromkeys("üúùû", "u"),
    }
)
# a word of a lexicon, or a word the OCR may have misread: letters, with the figures and strokes
# it reads for them
_WORD = re.compile(r"[^\W_][\w|!]*")
# the shortest word matched with its confusions folded, and the shortest matched with one more
# letter wrong, missing or added ("Univeraitåt", "Unversity"): a shorter one would take a place's
# or a person's name for it
_FOLDED_MIN, _EDITED_MIN = 6, 9


def _ocr_key(word: str) -> str:
    return word.lower().replace("rn", "m").translate(_OCR_FOLD)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter changed, dropped or added, before their last two
    letters: an ending changed is another form of the word ("Botanisches", "Institutes"), not a
    misreading of the lexicon's."""
    if abs(len(a) - len(b)) > 1 or a[-2:] != b[-2:]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


@dataclass(frozen=True)
class Misreadings:
    """A lexicon's words by their OCR keys (`_ocr_key`): the word a misread one stands for."""

    known: frozenset[str]
    folded: dict[str, str]
    # the shortest word read with one letter more wrong, missing or added
    edited_min: int = _EDITED_MIN

    @classmethod
    def of(cls, words: Iterable[str], *, edited_min: int = _EDITED_MIN) -> Misreadings:
        """The lexicon of `words` (phrases are split); `edited_min`: see `_EDITED_MIN` (a
        lexicon of distinctive words, as the labels' cue words, may take shorter ones)."""
        singles = {w for phrase in words for w in phrase.lower().split() if len(w) >= _FOLDED_MIN}
        folded: dict[str, str] = {}
        for w in sorted(singles):  # "museum" before "muséum": the word without its accent
            folded.setdefault(_ocr_key(w), w)
        return cls(frozenset(singles), folded, max(edited_min, _FOLDED_MIN + 1))

    def word(self, token: str) -> str | None:
        """The lexicon's word `token` is a misreading of, or None (a word of the lexicon itself,
        or none like it)."""
        low = token.lower()
        if len(low) < _FOLDED_MIN or low in self.known or sum(c.isalpha() for c in low) < 4:
            return None
        key = _ocr_key(low)
        if (got := self.folded.get(key)) is not None:
            return got
        if len(key) < self.edited_min:
            return None
        return next(
            (w for k, w in self.folded.items() if len(k) >= self.edited_min and _one_edit(key, k)),
            None,
        )

    def repair(self, line: str) -> str:
        """`line` with every misread word of the lexicon written as the lexicon spells it, in the
        line's case ("HERBAR1UM" -> "HERBARIUM", "Muscum" -> "Museum")."""

        def fix(m: re.Match[str]) -> str:
            token = m[0]
            word = self.word(token)
            if word is None:
                return token
            # in capitals, however the OCR read a letter or two ("UNlVERSlTY")
            if sum(c.isupper() for c in token) > sum(c.islower() for c in token):
                return word.upper()
            return word[:1].upper() + word[1:] if token[:1].isupper() else word

        return _WORD.sub(fix, line)


@cache
def _institution_misreadings() -> Misreadings:
    return Misreadings.of(institution_words("name"))


@lru_cache(maxsize=8192)
def repair_institution_words(line: str) -> str:
    """`line` with the words of institutions' names the OCR misread (`Misreadings`) written as
    `data/institution_words.csv` spells them: "Herbariurn of the Univcrsity" -> "Herbarium of the
    University", "Botanic Gardcn" -> "Botanic Garden", "HERBAR1UM" -> "HERBARIUM"."""
    return _institution_misreadings().repair(line)


def _header_pattern() -> re.Pattern[str]:
    words = [row["word"] for row in data_rows("headers.csv")]
    return re.compile(rf"^\W*(?:the\s+)?{alternation(words)}\b", re.IGNORECASE)


# The words collection headers open with, in the labels' languages (data/headers.csv).
_HEADER = _header_pattern()
# A header's first word with one letter misread ("Plonts of X", "BRYOFHYTES OF X", "Plora
# Exempla") or printed with a ligature ("Plantæ Exemplenses"): five letters or more, the word's
# length kept, a name or "of" after it; not a form's key ("Planta: Aus bus").
_FIRST_WORD = re.compile(r"\W*(?:the\s+)?([^\W\d_]{5,})(?=\s+[^\W\d_])(?!\s*:)", re.IGNORECASE)


@cache
def _header_words() -> dict[int, list[str]]:
    """The headers table's one-word entries of five letters or more, by length."""
    out: dict[int, list[str]] = {}
    for row in data_rows("headers.csv"):
        word = row["word"].lower()
        if " " not in word and len(word) >= 5:
            out.setdefault(len(word), []).append(word)
    return out


def _misread_header_word(line: str) -> bool:
    m = _FIRST_WORD.match(line)
    if m is None:
        return False
    word = m.group(1).lower()
    return any(
        sum(a != b for a, b in zip(word, h, strict=True)) == 1
        for h in _header_words().get(len(word), [])
    )


# After a header's word, a plant's or a find's description, not a header: a size ("Plant 2 m
# tall", "Plants to 30 cm", "Pflanze ca. 1 m"), or in English a word in lower case other than
# a header's own ("Plant erect", "Lichen on bark", "Plants common"; "Plants of X", "Lichens
# collected in X" are headers)
_SIZE_AFTER = re.compile(
    r"\W*\w+\.?[\s,;:]+(?:(?:ca|c|to|up\s+to|about|circa|bis|hasta|jusqu'à|tot)\.?\s*)?"
    r"\d+(?:[.,]\d+)?\s*(?:[-–]\s*\d+(?:[.,]\d+)?\s*)?(?:mm|cm|dm|m|ft|feet|in|inches|dm)\b",
    re.IGNORECASE,
)
_HEADER_SMALL_WORD = re.compile(
    r"of|from|and|&|the|collected|collections?|lists?|exploration|exchange|exsiccatae|distributed",
)


@cache
def _english_header_word() -> re.Pattern[str]:
    words = [r["word"] for r in data_rows("headers.csv") if r["language"] == "en"]
    return re.compile(rf"\W*(?:the\s+)?{alternation(words)}\s+([a-z&]+)", re.IGNORECASE)


def _described(line: str) -> bool:
    """Whether a line that opens with a header's word goes on to describe the plant (`_SIZE_AFTER`)."""
    if _SIZE_AFTER.match(line):
        return True
    m = _english_header_word().match(line)
    return (
        m is not None and m.group(1).islower() and _HEADER_SMALL_WORD.fullmatch(m.group(1)) is None
    )


# the languages that name a header's place first, in the genitive ("Eesti samblikud", "Suomen
# kasvit", "Sveriges växter", "Norges flora")
_PLACE_FIRST = frozenset({"et", "fi", "sv", "no", "da", "lv", "lt"})


@cache
def _header_after_place() -> re.Pattern[str]:
    """A line of one to three capitalised words and a header's word of `_PLACE_FIRST` at its end
    (data/headers.csv), or "Flora" capitalised ("Norges Flora", "NORGES FLORA": "Exampla flora"
    is a plant's name)."""
    words = [r["word"] for r in data_rows("headers.csv") if r["language"] in _PLACE_FIRST]
    return re.compile(
        rf"\W*(?:[A-ZÀ-ÞА-ЯЁ][^\W\d_]*\.?\s+){{1,3}}(?:(?i:{alternation(words)})|Flora|FLORA)\W*"
    )


@lru_cache(maxsize=4096)
def is_header(line: str) -> bool:
    """Collection headers: "PLANTS OF VERMONT", "Lichens of Iowa, U.S.A.", "EXPLORATION OF HAITI",
    their first word read with one letter wrong ("Plonts of Exampla") or with a figure for a
    letter ("FL0RA 0F EXAMPLIA"); not a description that opens with such a word ("Plant 2 m
    tall", "Lichen on bark"). In the Nordic and Baltic languages the place comes first ("Eesti
    samblikud", "Sveriges växter")."""
    if (letters := figures_as_letters(line)) != line:
        return is_header(letters)
    return (
        (
            _HEADER.search(line) is not None
            or _misread_header_word(line)
            or _header_after_place().fullmatch(line) is not None
        )
        and not _described(line)
        and not _runs_on(line)
    )


def _runs_on(line: str) -> bool:
    """Whether a line opening with a header's title runs on into the data label's text, as a
    transcriber joins a label's lines ("Flora exsiccata Exempli. No. 12. Exampla minor L.
    Sampleton. leg. K. Muster 3.5.1905", "PLANTAE EXEMPLI | No. 12 | ... | leg. K. Muster"): a
    collector's key and a date after it."""
    return (
        len(line) > 60
        and _COLLECTOR_CUE.search(line) is not None
        and _DATED.search(line) is not None
    )


_UNFINISHED = re.compile(r"\b(?:the|of|de|by|from)$", re.IGNORECASE)


def _names_institution(first: str, following: list[str]) -> bool:
    """Whether an institution's name starts on `first` and runs on into `following`."""
    # as the OCR misread its words or not ("Royal Botanic / Gardcn")
    first, *following = (repair_institution_words(t) for t in (first, *following))
    m = _INSTITUTION.search(" ".join([first, *following]))
    return m is not None and m.start() <= len(first) + 1 and m.end() > len(first)


def institution_flags(label: Label) -> list[bool]:
    """Which lines name an institution, counting a name broken over lines ("The Lakeside /
    Botanic Garden", "LAKESIDE / BOTANICAL / GARDEN") as naming it on each of them."""
    from pipelines.fields.institution_names import institution_name  # it reads this module

    lines = [ln.text.strip() for ln in label.lines]
    # and the names in the labels' other languages ("... INSTITUUDI HERBAARIUM", "ГЕРБАРИЙ ...")
    flags = [is_institution(t) or institution_name(t) for t in lines]
    own = list(flags)
    for i, first in enumerate(lines):
        words = [w for w in first.split() if re.search(r"\w", w)]  # "The New York —"
        if not 0 < len(words) <= 5 or not all(
            w[:1].isupper() or w in ("of", "de", "the") for w in words
        ):
            continue
        # "From the / ELMWOOD HERBARIUM, LAKESIDE UNIVERSITY": a line left unfinished leads into
        # the institution's name below it
        if i + 1 < len(lines) and flags[i + 1] and _UNFINISHED.search(first):
            flags[i] = True
            continue
        # "Plants of Nova Scotia" above "Herbarium, Department of Botany" is a collection header
        # naming the region, not the first line of the herbarium's name
        if is_header(first):
            continue
        for span in (2, 3):
            if i + span > len(lines):
                break
            if _names_institution(first, lines[i + 1 : i + span]):
                for j in range(i, i + span):
                    flags[j] = True
                break
        else:
            # "The Lakeside — / copyright protected / Botanic Garden": the sheet's caption read
            # between the two halves of the name is passed over
            for j in range(i + 2, min(i + 4, len(lines))):
                if not all(own[i + 1 : j]):
                    break
                if _names_institution(first, [lines[j]]):
                    flags[i] = flags[j] = True
                    break
    return flags


# An institution's address printed under its name: "Miramar, Matanzas, CUBA", "SAN PEDRO." /
# "REPUBLICA DE PANAMA", "FORT WILLIAM, ONTARIO". Place names only, each word capitalised (OCR
# mixes the case of capitals: "SAN peDRO"), no figures, no key.
# A Cyrillic town's name counts as one ("ХЕРБАРИЙ НА ИНСТИТУТА ... / София", "... / Київ").
_ADDRESS_WORD = re.compile(r"[\w'’.-]*[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]*|de|del|la|y|et|and|of")
_ADDRESS = re.compile(r"[^\w:]*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\d:;]*")


_LOCALITY_KEY = re.compile(r"^\W*(?:Locality|Location|Localidad|Loc\.)", re.IGNORECASE)


def address_flags(label: Label, institution: Sequence[bool]) -> list[bool]:
    """Which lines are the address under an institution's name (flagged in `institution`) that
    heads the label: up to two lines right after it, each a few place names (see `_ADDRESS`), a
    street (`_STREET`) or a city with its postal zone or code ("GREENVILLE 4, OHIO", "DAYTON,
    OHIO 45401"); an accession number between the name and the address ("No. 2957") is passed
    over. An institution named further down ("Locality / Mason River Station, Institute of
    Jamaica / Jamaica W.I.") is where the specimen grew, and a state's name alone above a county's
    ("Herbarium of the University of Iowa / NEBRASKA / Cass County") is the specimen's."""
    # a department, a district or a province named with its type word is a place's line ("Depto.
    # Exempla, Mpio. Muestra", "Sampleton Dist."), not a postal address, nor is a line opening
    # with a place's preposition
    from pipelines.fields.places.cues import PLACE_PREPOSITION  # they read this module
    from pipelines.fields.subdivisions import typed_subdivision_line

    flags = [False] * len(label.lines)
    texts = [ln.text for ln in label.lines]
    for i, inst in enumerate(institution):
        if not inst:
            if (
                flags[i]
                or is_header(texts[i])
                or _NUMBER_LINE.fullmatch(texts[i])
                or not texts[i].strip()
            ):
                continue
            break
        # a museum's register stamp ("Brit. Mus. 1937-512.") heads no address: the lines under
        # it on an insect's label read as one are the specimen's
        if _LOCALITY_KEY.match(texts[i]) or REGISTER_NUMBER.search(texts[i]):
            break
        if (
            is_header(texts[i])
            and len(_LETTERS.findall(texts[i])) == 1
            and not (i > 0 and institution[i - 1])
        ):
            # a herbarium's word alone ("HERBARIUM", "Herbier") names no one with an address:
            # the lines in capitals under it are the plant's name and its place ("HERBARIUM /
            # EXAMPLA GUINEENSIS BEISPIEL / SAMPLETON F.R., HIGH FOREST"); under the name it
            # ends ("MILLBROOK UNIVERSITY / HERBARIUM / OCALA, FLORIDA") the address follows
            continue
        j, found, skipped = i + 1, 0, False
        while j < len(texts) and found < 2:
            if institution[j]:
                break
            # (or that number blanked as a stamp's line: `roles.stamp_lines`)
            if (
                not found
                and not skipped
                and (_NUMBER_LINE.fullmatch(texts[j]) or not texts[j].strip())
            ):
                j, skipped = j + 1, True
                continue
            if (
                _NUMBER_LINE.fullmatch(texts[j])
                or _capitals_taxon(texts[j])
                or not _address_line(texts[j])
                or _COUNTY_LINE.search(texts[j])
                or typed_subdivision_line(texts[j])
                # "Environs de Sampleton", "near Sampleton": a place's words, no postal address
                or PLACE_PREPOSITION.match(texts[j]) is not None
            ):
                break
            alone = "," not in texts[j] and not _STREET.fullmatch(texts[j].strip())
            if alone and j + 1 < len(texts) and _COUNTY_LINE.search(texts[j + 1]):
                break
            flags[j] = True
            j, found = j + 1, found + 1
        caps = all(t.isupper() for t in texts[i + 1 : j])
        museum = bool(_ZOOLOGICAL.search(texts[i])) and not _BOTANICAL.search(texts[i])
        dated = _dated_below(texts, j, caps=caps, museum=museum) if found else None
        if found and dated is not None and not caps:
            # "MUSEUM OF EXAMPLE / Sampleton / Exampleshire / 12.vi.1920 / K. Muster": the
            # lines under a one-label sheet's header with a date below them are the specimen's
            # place; an address stands over the plant's name or its own header, and lines in
            # capitals are the printed address, its date a stamp's ("NEW YORK BOTANICAL GARDEN /
            # BRONX, NEW YORK / JUN 12 1960"). The town printed in capitals over a place written
            # otherwise ("CAMBRIDGE, MASS. / Sampleton") stays the address.
            written = [k for k in range(i + 1, dated) if not texts[k].isupper()]
            for k in range(written[0] if written else i + 1, j):
                flags[k] = False
    return flags


# A plant's name in capitals with its author, as a printed label sets it under the herbarium's
# name ("SAXIFRAGA EXAMPLA MUSTER", "EXAMPLA ORNATA (L.) BEISP.", the OCR's "l" for an "I"
# inside): a genus and an epithet ending as Latin words do, then the author's words; an address
# under the name stands over it, no town is printed so ("PUERTO RICO" has no author)
_CAPITALS_TAXON = re.compile(
    r"\W*(?P<g>[A-Z][A-Zl]{3,})\s+(?P<e>[A-Zl]{4,})\s+"
    r"(?:\(?[A-Z][A-Zl]+\.?\)?\s*(?:&|et|ex)?\s*){1,3}\W*"
)
_LATIN_END = re.compile(r"(?:a|e|i|o|us|um|is|es|os|as|ys|ae|ii|ns|x)$", re.IGNORECASE)


def _capitals_taxon(line: str) -> bool:
    """Whether `line` is a plant's name in capitals with its author (`_CAPITALS_TAXON`)."""
    m = _CAPITALS_TAXON.fullmatch(line.strip())
    return (
        m is not None
        and "," not in line
        and all(_LATIN_END.search(m[k].replace("l", "I")) for k in ("g", "e"))
        and not is_header(line)
    )


# A date on a line: a year ("1920", "vii.1930"), a day and a month in figures or Roman numerals
# ("12.vi.20", "12/6/61"), a day and a month's name ("12 Aug")
_DATED = re.compile(
    r"\b\d{1,2}\s?[./-]\s?(?:[IVXivx]{1,4}|\d{1,2})\s?[./-]\s?\d{2}(?:\d{2})?\b"
    r"|\b(?:\d{1,2}\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d"
    r"|\b[IVXivx]{1,4}\s?[./-]\s?(?:1[6-9]|20)\d\d\b"
)
# a year alone ("1890"): under a place in capitals it may be the address's accession year
_YEAR = re.compile(r"\b(?:1[6-9]\d\d|20[0-2]\d)\b")


def _dated_below(texts: Sequence[str], j: int, *, caps: bool, museum: bool = False) -> int | None:
    """The line of the date that follows the address lines ending before `j`, at most one more
    line that reads like an address between them (then the lines are the specimen's place, not
    the institution's), or None. The collector's line stands between ("Muster leg."), below
    the date or beside it ("V.1895 Muster S."): a stamp's date ends its label alone
    ("Berlin-Dahlem / 12.6.1960") or stands over the plant's name. A year alone is a date only
    under lines not in capitals."""
    collector = False
    for k in range(j, min(j + 2, len(texts))):
        # (its figures as the OCR read them for letters: "l2.vi.l931")
        line = letters_as_figures(texts[k])
        if (date := _DATED.search(line) or (None if caps else _YEAR.search(line))) is not None:
            below = texts[k + 1] if k + 1 < len(texts) else ""
            # the collector's name beside the date closes the label ("V.1895 Muster S.",
            # "12.vi.1910 K. Muster"): a stamp's date stands alone
            rest = line[: date.start()] + " " + line[date.end() :]
            signed = _SIGNED_DATE.search(rest) or _COLLECTOR_CUE.search(rest)
            if _BINOMIAL_HEAD.match(below) or not (collector or below.strip() or signed):
                return None
            return k
        if _COLLECTOR_CUE.search(texts[k]) or person_alone(texts[k]):
            # "Muster leg." or "K. Muster" alone between the place and its date
            collector = True
            if museum and not caps and k == len(texts) - 1:
                # "Mus. Zool. Exampl. / Exampla / Sampelstadt / leg. J. Beispiel": the collector
                # closes an insect's label under its museum's name, no date printed (a
                # herbarium's label may print a genus alone under its name)
                return k
            continue
        if not _address_line(texts[k]) or _NUMBER_LINE.fullmatch(texts[k]):
            return None
    return None


# a museum's name as insects' labels print it ("Mus. Zool. Exampl.", "Zoological Museum X"), not a
# herbarium's ("Herb. Mus. X", "Botanical Museum X")
_ZOOLOGICAL = re.compile(r"(?i)(?<![^\W\d_])(?:zool|mus(?:eum|\.)|museo|mus[eé]e)")
_BOTANICAL = re.compile(r"(?i)(?<![^\W\d_])(?:herb|hb\.|botan|hort)")


# a person beside a date on its line: initials and a name ("K. Muster"), or a name and the German
# collector's "S." (Sammler: "Muster S."); a month's name is none ("12 Mai 1960")
_SIGNED_DATE = re.compile(
    r"(?<![^\W\d_])(?:(?:[A-Z]\.\s?)+[A-ZÀ-Þ][a-zß-ÿ]{2,}|[A-ZÀ-Þ][a-zß-ÿ]{2,}\s+S\.(?!\w))"
)


# A scientific name opening a line ("Exampla minor L.")
_BINOMIAL_HEAD = re.compile(r"\W*[A-Z][a-z]+\s+[a-z]{3,}\b")


# A collector's key (data/people_cues.csv role collector: "leg.", "Sammler", "coll.", "Сбор")
_COLLECTOR_CUE = re.compile(
    r"(?<!\w)(?i:"
    + alternation(r["cue"] for r in data_rows("people_cues.csv") if r["role"] == "collector")
    + r")(?:(?<=\.)|\b)"
)


# "No. 2957", "214121": an accession number stamped between a herbarium's name and its address
_NUMBER_LINE = re.compile(r"\W*(?:No\.?\s*)?\d{1,8}\W*")
# "Cass County", "COUNTY Oconee", "LEE CO.": a county is where the specimen grew, not an address
# The county's keyword as labels print it (the boundaries around it are each pattern's own)
COUNTY_KEY = r"(?:County|COUNTY|Co\.|CO\.|Parish|PARISH)"
_COUNTY_LINE = re.compile(rf"\b{COUNTY_KEY}(?!\w)")
# "1720 ELM ROAD. N. W.", "25 Oak Street": a street address
_STREET = re.compile(
    r"\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,3}(?i:road|rd|street|st|avenue|ave|boulevard|blvd|drive|dr)"
    r"\.?(?:\s+[NSEW]\.\s?[NSEW]?\.?)?"
)
# a city's postal zone ("DAYTON 4, OHIO") and a ZIP code after the state ("OHIO 45401"), the
# country's initials after it or not ("OHIO 45401 U.S.A."); a British city's postal district
# closing the line, printed in capitals as a museum's address prints it, its compass letters
# before it or not ("OXFORD ROAD, MANCHESTER 13", "CROMWELL ROAD, LONDON, S.W.7")
_POSTAL_ZONE = re.compile(
    r"(?<=[A-Za-z])\s\d{1,2}(?=,)|\s+\d{5}(?:-\d{4})?(?=\W*(?:U\.?\s?S\.?\s?A\.?|USA)?\W*$)"
    r"|(?<=[A-Z]{3})\s\d{1,2}(?=\W*$)"
    r"|(?<=[A-Z]{3}),?\s+[NSEW]\.?\s?[CWE]?\.?\s?\d{1,2}(?=\W*$)"
)
# initials spaced out ("N. Y., U. S. A."): one word each, not a word a letter
_SPACED_INITIALS = re.compile(r"\b([A-Z])\.\s(?=[A-Z]\.)")


@cache
def _street_word() -> str:
    """A street's word of `data/institution_words.csv` (kind street), alone or closing a
    compound ("Cromwell Road", "rue Cuvier", "Königin-Luise-Str.", "Unioninkatu")."""
    words = institution_words("street")
    return rf"[^\W\d_]*(?i:{alternation(words)})"


def names_street(line: str) -> bool:
    """Whether a line is a street's name alone, its house number before it or not, closed by a
    street's word of `data/institution_words.csv` ("WILLIAM BROWN STREET", "12 Example Road",
    "Inverleith Row"): an institution's address under its name."""
    return (
        re.fullmatch(
            rf"[\W_]*(?:\d{{1,4}}\s+)?(?:[^\W\d_]+[\s.-]+){{1,3}}{_street_word()}\.?[\W_]*", line
        )
        is not None
    )


# A postal address's figures: a post office box's number; a house number beside its street's word ("Königin-Luise-
# Str. 6-8", "Unioninkatu 44", "57 rue Cuvier"); a town's postal code before it, after the
# country's letters or not ("D-14195 Berlin", "00100 Helsinki", "B-1860 Meise", "2300 RA Leiden"),
# the town's postal district after it or not ("1000 Berlin 33"),
# never a year alone ("1951 Sampleton"); a British postcode after the town ("London SW7 5BD",
# "Edinburgh EH3 5LR").
@cache
def _european_postal() -> tuple[re.Pattern[str], ...]:
    """The figures of a European postal address, each a pattern whose match is dropped but its
    group `keep` (see `_postal_words`)."""
    street = _street_word()
    house = r"\d{1,4}(?:\s?[-–]\s?\d{1,4})?[a-z]?"
    boxes = institution_words("box")
    return (
        # a post office box and its number ("P.O. Box 123", "Apartado 1234", "Postfach 20 11 08")
        re.compile(
            rf"(?<![^\W\d_])(?P<keep>)(?i:{alternation(boxes)})\s*(?:No\.?\s*)?"
            r"\d{1,6}(?:[\s-]\d{1,6}){0,2}(?:-[A-Z])?(?![^\s,])"
        ),
        re.compile(rf"(?<![^\W\d_])(?P<keep>{street}\.?)\s*{house}(?![^\s,])"),
        re.compile(rf"(?<![^\s,]){house},?\s+(?P<keep>{street})(?![^\W\d_])"),
        re.compile(
            r"(?<![^\s,])(?:[A-Z]{1,2}[-–]\d{4,5}|(?!(?:1[6-9]|20)\d\d\s)\d{4,5})"
            r"(?:\s[A-Z]{2})?\s+(?P<keep>[A-ZÀ-Þ][^\W\d_]+)"
            # the town's postal district after it ("1000 Berlin 33")
            r"(?:\s+\d{1,2}(?=\s*(?:,|$)))?"
        ),
        re.compile(r"(?P<keep>[^\W\d_]),?\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s+\d[A-Z]{2})?(?=\W*$|,)"),
    )


def _postal_words(text: str) -> str:
    """`text` without a European postal address's figures (`_european_postal`)."""
    for pattern in _european_postal():
        text = pattern.sub(lambda m: m["keep"], text)
    return text


def _address_line(line: str) -> bool:
    text = line.strip()
    if _STREET.fullmatch(text):
        return True
    bare = _SPACED_INITIALS.sub(r"\1.", _POSTAL_ZONE.sub("", text))
    if address_shaped(bare):
        return True
    # a European street and town with their figures ("Cromwell Road, London SW7",
    # "Königin-Luise-Str. 6-8", "D-14195 Berlin-Dahlem"): the words left are an address's
    words = _postal_words(text)
    left = re.sub(r"\s+", " ", words).strip(" ,")
    # a street's word in lower case ("rue Cuvier", "via Roma") is an address's word too
    left = re.sub(rf"(?<![^\W\d_]){_street_word()}(?![^\W\d_])", "Street", left)
    # a box's number alone on its line ("Apartado 1234") leaves no word
    return words != text and (not left or address_shaped(left))


# a collector's key and a person's initials ("Coll. J. Beispiel", "Leg. A. Exempel"): the
# collector's line under an organisation's name, no address ("College" shortened is "Coll. of")
_KEYED_PERSON = re.compile(r"\W*(?:" + _COLLECTOR_CUE.pattern + r")[\s.:]*(?:[A-Z]\.\s?)+[A-Z]")


# a person's initials and surname alone on a line ("A. Exempel", "J. W. Beispiel"): a collector
# signing under the place, no address
_PERSON_ALONE = re.compile(r"\W*(?P<initials>(?:[A-Z]\.\s?){1,3})[A-ZÀ-Þ][a-zß-ÿ'’-]{2,}\W*")


def person_alone(line: str) -> bool:
    """Whether `line` is a person's initials and surname alone ("A. Exempel"); one compass
    letter before a name is a region's ("S. Devon", "N. Wales", "W. Australia")."""
    m = _PERSON_ALONE.fullmatch(line.strip())
    return m is not None and m["initials"].strip(" .") not in ("N", "S", "E", "W")


# a dash standing alone between an address's parts
_DASH = re.compile(r"[-–—]+")


def address_shaped(line: str) -> bool:
    """Whether `line` reads like an address line: a few place names, each capitalised, no
    figures, no key, no collection header ("LAKE MERIDEN, FLORIDA", "Miramar, Matanzas, CUBA"); a
    dash between the town and its country is a comma ("SAMPLETON - EXAMPLIA", "Sampla – Exemplia")."""
    text = line.strip()
    words = [w for w in re.findall(r"[^\s,]+", text) if not _DASH.fullmatch(w)]
    return (
        0 < len(words) <= 5
        and _ADDRESS.fullmatch(text) is not None
        and not is_header(text)
        and not _KEYED_PERSON.match(text)
        and not person_alone(text)
        and all(_ADDRESS_WORD.fullmatch(w.strip(".")) for w in words)
    )
