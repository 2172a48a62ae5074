"""Short labels of data lines: an insect's or an old sheet's unkeyed data label (`data_label`,
`rival_data_label`), a line that reads as a place's name as they print it (`_place_like`), and a
place's name alone on its line on an old sheet (`lone_place`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from pipelines.fields.dates import MONTH_WORD
from pipelines.fields.geo import fold
from pipelines.fields.ocr_slips import small_letters_mended
from pipelines.fields.places.asides import HOST_LINE, METHOD_TAIL, REARED_LINE, UNNAMED_COLLECTOR
from pipelines.fields.places.cues import GEO_WORDS, HABITAT_WORDS, PLACE_NOUN, PLACE_SMALL_WORD
from pipelines.fields.places.higher_geography import country_alone, is_state, old_region
from pipelines.fields.places.institutions import specimen_address
from pipelines.fields.places.keys import REFERENCE_KEY
from pipelines.fields.places.line_kinds import line_kind
from pipelines.fields.places.lines import DATE_LINE, UNFINISHED_LINE
from pipelines.fields.places.persons import (
    COLLECTION_LINE,
    COLLECTOR_KEY_LINE,
    PERSON_LINE,
    TEAM_NUMBER,
    collector_key_line,
    dated_person,
    names_person,
    surname_initials,
)
from pipelines.fields.places.taxa import (
    AUTHOR_LINE,
    BINOMIAL,
    DET_OR_FAMILY,
    DET_WORD,
    genus_alone,
    placed_capital,
)
from pipelines.fields.text import Label
from pipelines.fields.vicecounty import is_british_county

_TYPE_WORD = re.compile(
    r"(?i:(?:holo|para|syn|lecto|neo|iso|topo|allo)?typ(?:e|us|i)|illegible|unknown|ex|coll\.?)"
)


# A height after a place's name on an old sheet's line ("~ 1750 m", "c. 300 m s.m.", "2000 ft.")
_HEIGHT = re.compile(
    r"[~≈±]?\s*(?:(?i:alt|ca|c)\.?\s*)?\b\d[\d.,]*\s?(?i:m|ft|feet)\b\.?"
    r"(?:\s*(?i:s\.\s?m|a\.\s?s\.\s?l)\.?)?"
)


# A month in figures or in Roman numerals and a year cut short closing a line ("vi.98", "7.98")
_MONTH_YEAR = re.compile(
    r"(?<=[ \t])(?:\d{1,2}|(?i:[ivx]{1,4}))[ \t]?[./-][ \t]?['’]?\d\d\.?[ \t]*$"
)


def _place_like(line: str) -> bool:
    """Whether `line` reads as a place's name as insect labels print it: a few capitalised words
    ("Ash Street", "LONDON N.", "I. of Exemplar", "Redvale, Surrey"), perhaps with a date or a grid
    reference after them, none of them a type's word."""
    line = small_letters_mended(line)  # "Probeha1n", "Samp0la": figures the OCR read for letters
    line = _HEIGHT.sub(" ", line)  # "Les Exemples ~ 1750 m": the place before its height
    line = DATE_LINE.sub(" ", line)  # "Herts 14-7-73": the place before its date
    line = _MONTH_YEAR.sub(" ", line)  # "Sampleton vi.98": a month and a year cut short
    line = METHOD_TAIL.sub(" ", line)  # "Sampleton, at m.v. light": the place before its method
    words = re.findall(r"[^\W\d_][^\s,;:/()\d]*", line)
    letters = sum(ch.isalpha() for w in words for ch in w)
    if not 1 <= len(words) <= 5 or letters < 3 or not words[0][:1].isupper():
        return False
    if len(words) == 1 and letters < 4 and not re.fullmatch(r"[A-Z][a-z]+|[A-Z]\w+\.", words[0]):
        return False  # "ARD": a scrap of a word the OCR read; "Ash", "Mex." are words
    if MONTH_WORD.match(words[0]):
        return False  # "Jan. 29, 1971": a date
    if all(sum(ch.isalpha() for ch in w) < 3 for w in words) and not any(w == "of" for w in words):
        return False  # "BR - S. P.": a herbarium's code, initials (not "I. of W.", an isle's)
    for w in words:
        bare = w.rstrip(".-")
        if _TYPE_WORD.fullmatch(bare) or _TYPE_WORD.fullmatch(w):
            return False
        if not (
            w[:1].isupper()
            or PLACE_SMALL_WORD.fullmatch(w)
            or GEO_WORDS.fullmatch(bare)
            or PLACE_NOUN.fullmatch(bare)
        ):
            return False
    return True


# A name in capitals opening its line ("EXAMPLA MUSTER L."): a binomial's shape only where
# another field claimed the line (`data_label`'s `kinds`)
_CAPS_NAME = re.compile(r"\W*[A-Z]{3,}\s+[A-Z]{3,}\b")


def data_label(
    labels: list[Label], kinds: Mapping[int, Sequence[str]] | None = None
) -> tuple[float, Label, int, int] | None:
    """An insect's (or an old sheet's) data label without a key: a short label whose lines are its
    place, its date and its collector ("Hollow Heath / 12.VI.1931 / K.L. Muster"). On a label that
    carries a date or a collector's name, the first run of lines that read as a place's name
    (`_place_like`), before any determination, is its locality: the first label in reading order
    that has one. The people and dates claimed by other fields are not consulted: a collector's
    rule may have claimed the place's line above the date too; a person's line is known by its
    shape (`PERSON_LINE`), or by the collector's key opening it ("Exampla / Sampelstadt / leg.
    K. Muster", "... / leg.": a pin's label without a date, `collector_key_line`).
    `kinds` (each line's kind per label position, `line_kinds`) tells a name in capitals the
    name parser claimed ("BRITISH ISLES / EXAMPLA MUSTER L. / SAMPLETON DOWN, WILTS.")."""
    for lab in labels:
        texts = [ln.text for ln in lab.lines]
        skipped = (kinds or {}).get(lab.position, [])
        if len(texts) > 10 or max(len(t.strip()) for t in texts) > 40:
            continue  # a label of sentences, not of data
        inst, address = lab.institution, specimen_address(lab)
        if not any(
            (
                DATE_LINE.search(t)
                or PERSON_LINE.fullmatch(t)
                or collector_key_line(t)
                or UNNAMED_COLLECTOR.fullmatch(t)
            )
            and not (inst[i] or address[i])
            for i, t in enumerate(texts)
        ) and not (len(texts) > 1 and (COLLECTION_LINE.search(texts[-1]) or texts[-1].isspace())):
            # a museum's register line closing the places ("Sampleton, / N. Exampla. /
            # B.M.1931-412.", as the sheet's view blanks it: spaces), or a collection's ("Muster
            # Coll."), signs a pin's data label too
            continue
        if REFERENCE_KEY.match(texts[0]):
            continue  # "Fide: / Checklist of ...": a citation
        run: list[int] = []
        above: list[int] = []  # a region's line over the name, the place if no other
        named = False
        for i, t in enumerate(texts):
            binomial = BINOMIAL.match(t) or (
                _CAPS_NAME.match(t) if i < len(skipped) and skipped[i] == "skip" else None
            )
            if binomial and placed_capital(binomial[0]):
                # "Sampleton Wood (J. Beispiel)": a place's name, its noun capitalised
                binomial = None
            if DET_OR_FAMILY.search(t) or (binomial and not PLACE_NOUN.search(binomial[0])):
                if run and not named and not DET_WORD.search(t) and _regions_only(texts, run):
                    # "Kent / Exampla minor / Sampleton Common": the county over the name, the
                    # place under it
                    above, run, named = run, [], True
                    continue
                if run or DET_WORD.search(t):
                    break  # a determination: the place comes before it, if at all
                named = True  # an old sheet's label: its family and name above its place
                continue
            if named and not run and AUTHOR_LINE.fullmatch(t):
                continue  # the name's author on the line below it ("B. Muster.", "(L.) Doe")
            free = not (inst[i] or address[i]) and line_kind(t, claimed=False) == "text"
            if i > 0 and not run and HOST_LINE.fullmatch(t) and REARED_LINE.fullmatch(texts[i - 1]):
                continue  # "Ex larva / Quercus / Sample Wood": the host the insect was bred from
            if i > 0 and UNFINISHED_LINE.search(texts[i - 1].rstrip()):
                free = False  # "Plant growing with / Dryopteris.": a sentence's end
            if surname_initials(t):
                # "Sampla / Muster S.G.": the collector signs under the place, or over it
                if run:
                    break
                continue
            if run and TEAM_NUMBER.fullmatch(t):
                break  # "Muster, Beispiel & Exemplo 1234" under the place: the collectors
            if run and (date := DATE_LINE.search(t)) is not None and date.start() <= 2:
                # "Exemplo-Berge / 15.III.1912 Muster S.": a line opening with the date ends
                # the place (not "Herts 19-6-76", the place and its date on one line)
                break
            if run and run[-1] == i - 1 and _broken_word(texts[i - 1], t):
                run.append(i)  # "Sampleton Com / mon, Surrey": a word broken over the lines
                continue
            if (
                free
                and _place_like(t)
                # "Hedge", "Meadow": the site alone on its line, no place's name
                and not HABITAT_WORDS.fullmatch(t.strip(" .,;:"))
                and not names_person(t)
                and not dated_person(t)
                and not genus_alone(t, labels)
            ):
                run.append(i)
            elif run:
                break
        run = run or above
        after = [t for t in texts[run[-1] + 1 :] if not PERSON_LINE.fullmatch(t)] if run else []
        if after and COLLECTOR_KEY_LINE.match(after[0]):
            continue  # "Jonas Muster / K. Beispiel / Collectors, 1905": the names of the people
        if run:
            return 0.5, lab, lab.lines[run[0]].start, lab.lines[run[-1]].end
    return None


# A word broken over two lines by the OCR or the transcriber: a short capitalised head or a
# hyphen closing the line above ("Sampleton Com", "Exam-"), the lower-case rest of the word
# opening the line below ("mon, Surrey", "pla")
_BROKEN_HEAD = re.compile(r"(?:(?<![\w.])[A-Z][a-z]{1,3}|[A-Za-z]{2,}-)$")
_BROKEN_TAIL = re.compile(r"(?P<rest>[a-z]{2,5})(?=[,;.]|\s+[A-Z]|$)")


def _broken_word(above: str, line: str) -> bool:
    """Whether `line` opens with the rest of a word `above` breaks off (`_BROKEN_HEAD`,
    `_BROKEN_TAIL`), no word of its own: not a small word, a kind of place, a site's or a
    method's word ("Sample Hill / near Beeby", "Sample Wood / on oak"), nor a collector's or a
    sender's key ("Caput Bonae Spei / ded. K. Muster")."""
    tail = _BROKEN_TAIL.match(line.strip())
    if _BROKEN_HEAD.search(above.rstrip()) is None or tail is None:
        return False
    rest = tail["rest"]
    return not (
        PLACE_SMALL_WORD.fullmatch(rest)
        or GEO_WORDS.fullmatch(rest)
        or HABITAT_WORDS.fullmatch(rest)
        or METHOD_TAIL.match(line.strip())
        or REARED_LINE.fullmatch(line.strip())
        or collector_key_line(line.strip())
    )


def _regions_only(texts: Sequence[str], run: Sequence[int]) -> bool:
    """Whether the lines `run` of `texts` are one line naming a British county, a country, a
    state or a wide region and nothing else ("Kent", "SURREY", "Brasilia.", "BRITISH ISLES")."""
    if len(run) != 1:
        return False
    word = texts[run[0]].strip(" .,;:")
    return is_british_county(word) or country_alone(word) or is_state(word) or old_region(word)


def rival_data_label(
    labels: list[Label],
    found: tuple[float, Label, int, int],
    kinds: Mapping[int, Sequence[str]] | None = None,
) -> bool:
    """Whether another label than `found`'s is a data label naming another place (two slips of
    one gathering, "Sydney" on one and "Port Jackson" on the other): which one keyers took is
    uncertain."""
    rest = [lab for lab in labels if lab is not found[1]]
    other = data_label(rest, kinds) if rest else None
    if other is None:
        return False
    lab, s, e = other[1], other[2], other[3]
    text = lab.text[s:e]
    i = lab.line_no(e) + 1
    after = lab.lines[i].text if i < len(lab.lines) else ""
    if (
        country_alone(text)
        or text.isupper()  # "BRITISH ISLES:" printed on a curator's label
        or re.search(r"['’]s\W*$", text)  # "Muster's": the collection's owner
        # "Muster / collection": the owner's name over a collection's stamp, which the stamps'
        # view blanks
        or (bool(after) and not after.strip())
        or re.match(r"\W*(?i:coll\w*)\b", after)
    ):
        return False
    words = {w for w in re.findall(r"\w{3,}", fold(found[1].text[found[2] : found[3]]))}
    return not words & set(re.findall(r"\w{3,}", fold(text)))  # "Ross Isld", "Ross Is."


def lone_place(
    labels: Sequence[Label], kinds: Mapping[int, list[str]]
) -> tuple[float, Label, int, int] | None:
    """A place's name alone on its line where an old sheet writes it, under the plant's name or
    the country ("Aus bus L. / Exempla / Juillet", "FRANCE / Exempla"), or above its date; the
    first such line of the labels, a country's name or a wide region's old name alone ("Nov.
    Holl.", "Ind. or.", "Cap. b. spei": data/place_cues.csv, role region) only when no other
    (keyers give it when the sheet names no more: "Brasilia."). A person's name, a genus, a month
    are not taken."""
    for country in (False, True):
        for lab in labels:
            found = _lone_line(lab, kinds[lab.position], labels, country=country)
            if found is not None:
                return 0.0, lab, lab.lines[found].start, lab.lines[found].end
    return None


def _lone_line(
    lab: Label, lab_kinds: Sequence[str], labels: Sequence[Label], *, country: bool
) -> int | None:
    """The index in `lab.lines` of the line `lone_place` takes, a country's name only when
    `country` is set."""
    texts = [ln.text for ln in lab.lines]
    for i, t in enumerate(texts):
        if lab_kinds[i] != "text" or not 1 <= len(t.split()) <= 3 or len(t) > 40:
            continue
        region = country_alone(t) or old_region(t)
        if region != country or HABITAT_WORDS.fullmatch(t.strip(" .,;:")):
            continue  # ("Hedge": the site alone, no place)
        above = texts[i - 1] if i > 0 else ""
        below = texts[i + 1] if i + 1 < len(texts) else ""
        placed = (
            BINOMIAL.match(above) is not None
            or re.match(r"\W*[A-Z]\.\s?[a-z]{3,}", above) is not None  # "A. bus Muster"
            or country_alone(above)
            or DATE_LINE.search(below) is not None
            or MONTH_WORD.match(below.strip()) is not None
        )
        if placed and old_region(t):
            return i  # an old region's abbreviated Latin words ("Cap. b. spei", "Nov. Holl.")
        if (
            placed
            and _place_like(t)
            and not DATE_LINE.search(t)
            and not names_person(t)
            and not PERSON_LINE.fullmatch(t)
            and not genus_alone(t, list(labels))
            and not AUTHOR_LINE.fullmatch(t)
        ):
            return i
    return None
