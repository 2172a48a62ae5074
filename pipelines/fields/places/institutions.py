"""What is an institution, not a place: a herbarium's exchange note, a herbarium's name in one
word, an institution's printed header (`institution_header`), a museum's shortened name on a pin
(`shortened_museum`) and the specimen's place under it, no address (`specimen_address`), and a
road named for the agency that keeps it, which is a place (`service_road`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.fields.institution_names import institution_stems
from pipelines.fields.places.asides import altitude_line
from pipelines.fields.places.coordinates import coordinates_line
from pipelines.fields.places.cues import GEO_WORDS
from pipelines.fields.places.lines import DATE_LINE
from pipelines.fields.places.persons import PERSON_LINE, dated_person
from pipelines.fields.text import Label, is_institution, repair_institution_words

# A herbarium's exchange note ("Dupl. sent to Herb. at: Exeter, Lyon, ...", "DUPLICATE"): the
# herbaria's cities, not where the plant grew; the note runs over the lines below it.
EXCHANGE_NOTE = re.compile(
    r"\W*(?:DUPLICATES?\b|Dupl(?:icates?)?\b\.?\s*(?:sent|distributed|to)\b)"
)
# A herbarium's name in one word ("Rijksherbarium", "Staatsherbar"): an institution.
HERBARIUM_WORD = re.compile(r"(?i:\w+herbar(?:ium|io|iet)?\b)")
# An institution's word in the labels' languages (data/institution_words.csv, kind stem:
# "HERBAARIUM", "ГЕРБАРИЙ", "Universitatis", "INSTITUUDI", "Museum")
_INSTITUTION_WORD = institution_stems()


# A museum's word opening a line, in the forms the institution table may lack ("Musée", "Muséum
# national", "Muzeum"), then a natural history's or a name's words
_MUSEUM_HEAD = re.compile(
    r"\W*(?i:mus[ée]e|mus[ée]um|museo|museu|muzeum|museum|музей)\b[^\n]{0,60}"
    r"(?i:naturelle|natural|naturale|naturkunde|nationale?|national|botani\w*|zoolog\w*|"
    r"histor\w*|d['’])"
)


# A university's or a department's name opening a line, abbreviated as addresses print it
# ("Univ. Exempla, Sampleton", "Dept. of Botany, Univ. of Exempla", "Department of Plant
# Sciences, ...", "Inst. of Biology"): the institution's address, no place
_DEPARTMENT_HEAD = re.compile(
    r"\W*(?:Univ\.|(?i:dep(?:ar)?t(?:ment)?\.?|division|inst(?:itute)?\.?|lab(?:oratory)?\.?|"
    r"faculty|school)\s+(?i:of|for)\s+(?i:botany|biology|biological|plant|plants|zoology|"
    r"entomology|natural|forestry|forest|agricultur\w*|agronomy|horticulture|ecology|"
    r"environmental|life|range|science|sciences|systematic\w*|mycology|microbiology|"
    r"pharmac\w*|evolution\w*|integrative|organismal|genetics)\b)"
)


# A school's or a faculty's name opening a line in Spanish or Portuguese ("Escuela Agrícola
# Panamericana", "Facultad de Agronomía", "Escola Superior de Agricultura"): the institution
_SCHOOL_HEAD = re.compile(
    r"\W*(?:Escuela|ESCUELA|Escola|ESCOLA|Facultad|FACULTAD|Faculdade|FACULDADE|Colegio|COLEGIO)"
    r"\s+(?:(?:de|da|do|del|la|[A-ZÀ-Þ][\wà-ÿ]*)\s*)+"
)


def institution_header(line: str) -> bool:
    """Whether `line` is a printed header naming the institution that owns the sheet ("EESTI ...
    INSTITUUDI HERBAARIUM", "ГЕРБАРИЙ БОТАНИЧЕСКОГО ИНСТИТУТА", "Herbarium Universitatis
    Exemplae"): an institution's word opening or closing it, or anywhere on a line in capitals.
    A place's line may name an institution inside it ("Sampleton, near the museum's park")."""
    if _MUSEUM_HEAD.match(line) and not re.search(r"\d", line) and not GEO_WORDS.search(line):
        return True  # "Musée d'Histoire Naturelle de Paris": a museum's name opening the line
    if _DEPARTMENT_HEAD.match(line) and not GEO_WORDS.search(line):
        return True  # "Dept. of Botany, Univ. of Exempla, Sampleton": the department's address
    if _SCHOOL_HEAD.fullmatch(line) and not re.search(r"\d", line):
        return True  # "Escuela Agrícola Panamericana": a school's name
    if _INSTITUTION_WORD.search(line) is None:
        return False
    words = re.findall(r"[^\W\d_]+", line)
    return not any(ch.islower() for ch in line) or any(
        _INSTITUTION_WORD.fullmatch(w) for w in (words[0], words[-1])
    )


# A museum's name shortened as an insect's provenance label prints it, every word cut with its
# full stop ("MUS. ZOOL. BEROL.", "Coll. Mus. Berol.", "Mus. Hung."): no postal address under it
_SHORTENED_HEADER = re.compile(r"\W*(?:[^\W\d_]{1,7}\.[ \t]*){2,5}\W*")
# A collector's key and name under the place ("leg. K. Muster", "Coll. Muster", "Muster leg.")
_COLLECTOR_UNDER = re.compile(
    r"\W*(?:(?i:leg|coll|lgt)\.?\s+\S.*|.*\S\s+(?i:leg|lgt|coll|collr|collector)\.?\W*)"
)
# A surname and its initials after it, as German pins sign ("Muster S.", "v. Muster")
_SURNAME_INITIALS = re.compile(r"\W*(?:v\.\s?)?[A-Z][a-zà-ÿ]{2,}(?:\s+(?:[A-Z]\.\s?){1,2})?\W*")
# "Ex coll. K. Muster": the collection the pin came from, no collector
_EX_COLL = re.compile(r"\W*(?i:ex)\b")


# A museum's shortened name as the OCR may read it, a stop lost or read as a comma ("Mus Zool.
# Berol.", "Mus, Zool. Berol.", "Coll. Mus Berol."): short words, a museum's among them
_MUSEUM_WORD = re.compile(
    r"(?i:mus|musei|museum|musée|muséum|museo|coll|zool|entom"
    # a state's collection shortened ("Zool. Staatssamml.", "Zool. Staatsslg.")
    r"|staatssamml|staatsslg|samml|sammlg|slg)[.,]?"
)


def shortened_museum(line: str) -> bool:
    """Whether `line` is a museum's name shortened as pins print it (`_SHORTENED_HEADER`), also as
    the OCR misreads its stops: two to five words of seven letters or fewer, two of them a
    museum's or a collection's word (`_MUSEUM_WORD`) or one of them and another with its stop."""
    words = line.split()
    if not 2 <= len(words) <= 5 or any(
        not (re.fullmatch(r"[^\W\d_]{1,7}[.,]?", w) or _MUSEUM_WORD.fullmatch(w)) for w in words
    ):
        return False
    museum = sum(_MUSEUM_WORD.fullmatch(w) is not None for w in words)
    stops = sum(w.endswith(".") for w in words)
    return museum >= 2 or (museum == 1 and stops >= 1 and words[0][:1].isupper())


def _collector_line(line: str) -> bool:
    """Whether `line` is the collector's, keyed ("leg. K. Muster", "Muster leg."), not the
    collection a pin came from ("Ex coll. K. Muster")."""
    return _COLLECTOR_UNDER.fullmatch(line) is not None and not _EX_COLL.match(line)


def specimen_under_header(
    lines: Sequence[str], institution: Sequence[bool], address: Sequence[bool]
) -> list[bool]:
    """`address` (which lines are the postal address under the institution heading the label)
    without the lines under the header that name where the specimen was taken: under a museum's
    shortened name ("MUS. ZOOL. BEROL. / Sampelstadt / 12.vi.1905"), a run followed by the
    specimen's date, height or collector, or by one more place's line over them ("MUS. ZOOL.
    BEROL. / KAMERUN / Sampelstadt / leg. K. Muster"); under any header, by its height or by a date with the
    collector's name after it ("Deutsch-Ostafrika / Exemplo-Berge / 15.III.1912 Muster S."), or
    by more of the place where its last line is left open by a comma.
    A run holding a figure (a street's number, a postal code) or printed in capitals under a
    name in full is the address; so is a run with only a date below it under a name in full
    ("Berlin-Dahlem / 12.6.1960"), a stamp's."""
    flags = list(address)
    i = 0
    while i < len(lines):
        if not (institution[i] and i + 1 < len(lines) and flags[i + 1]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and flags[j] and not _COLLECTOR_UNDER.fullmatch(lines[j]):
            j += 1
        run, below = lines[i + 1 : j], lines[j] if j < len(lines) else ""
        shortened = _SHORTENED_HEADER.fullmatch(lines[i]) is not None or shortened_museum(lines[i])
        # (or by its coordinates: "Herbarium Universitatis X / Ab Sampla, Exempelby / Grid 27°E
        # 671:24")
        taken = altitude_line(below) or dated_person(below) or coordinates_line(below)
        if shortened and not taken and below.strip() and not (j < len(lines) and institution[j]):
            # "Herb. Mus. Fenn. / Ta / Sampola, Exempelby / niitty / 5.7.1930 K. Muster": the
            # site's line between the place and its date
            after = lines[j + 1] if j + 1 < len(lines) else ""
            taken = bool(DATE_LINE.search(after)) or dated_person(after) or _collector_line(after)
        if shortened:
            taken = taken or bool(
                DATE_LINE.search(below)
                or _collector_line(below)
                or PERSON_LINE.fullmatch(below)
                or (_SURNAME_INITIALS.fullmatch(below) and "." in below)
            )
        # "HERBARIUM MUSEI FENNICI / Pohjois-Häme / Exampla, Sampleby, / Muster-järvi,
        # länsiranta", "KUUSAMO, EXAMPLA- / VAARA": a list of places or a word running on from a
        # line left open, no postal address (in capitals too)
        open_run = any(t.rstrip().endswith((",", "-")) for t in run[:-1]) or (
            bool(run) and run[-1].rstrip().endswith(",") and bool(below.strip())
        )
        open_run = open_run and not (j < len(lines) and institution[j])
        # a shortened name's pin prints the country in capitals ("MUS. ZOOL. BEROL. / KAMERUN")
        caps = any(t.isupper() and not shortened for t in run) and not open_run
        if (taken or open_run) and not any(re.search(r"\d", t) for t in run) and not caps:
            for k in range(i + 1, j):
                flags[k] = False
        i = j
    return flags


def specimen_address(lab: Label) -> list[bool]:
    """Which lines of `lab` are the postal address under its institution's name: `Label.address`,
    which holds it with the specimen's place under the header already set apart
    (`specimen_under_header`)."""
    return lab.address


# A museum's or a university's department alone on its line, under its name ("BOTANY",
# "Department of Botany", "Dept. of Entomology"): the institution's, no place
DEPARTMENT_LINE = re.compile(
    r"\W*(?i:(?:dep(?:ar)?t(?:ment)?\.?|division|section|abteilung|abt\.)\s+(?:of|für|de)?\s*)?"
    r"(?i:botany|zoology|entomology|mycology|bryology|lichenology|cryptogams|"
    r"botanical\s+department|botanik|zoologie|entomologie|botanique)\W*"
)


# "Forest Service Road 7312", "Park Service Rd.": a road named for the agency that keeps it, a
# place, not the institution that printed the label.
_SERVICE_ROAD = re.compile(r"\bService\s+(?:Road|Rd\b\.?|Route|Trail)", re.IGNORECASE)


def service_road(line: str) -> bool:
    """Whether `line` names an institution only in the name of a road (see `_SERVICE_ROAD`)."""
    return _SERVICE_ROAD.search(line) is not None and not is_institution(
        _SERVICE_ROAD.sub(" ", line)
    )


def _misread_name_word(word: str) -> bool:
    """Whether `word` reads as an institution's word the OCR misread ("Herbariurn", "Univeraitåt",
    "Unlversity"; `text.repair_institution_words`), seven letters or more, not the word itself
    (`institution_header` knows those)."""
    return len(word) >= 7 and repair_institution_words(word) != word


def misread_institution(line: str) -> bool:
    """Whether `line` is an institution's printed name whose word the OCR misread ("Univeraitåt
    Sampleton", "Herbariurn Musei Exemplensis"): a short line of no figures opening or closing
    with such a word (`_misread_name_word`), no word of place in it."""
    words = re.findall(r"[^\W\d_]+", line)
    if not 1 <= len(words) <= 6 or re.search(r"\d", line) or GEO_WORDS.search(line):
        return False
    return _misread_name_word(words[0]) or _misread_name_word(words[-1])
