"""Collectors named by a keyword: after it ("Leg. K. Muster", "Collector: / No.: 688 / K. Muster")
or before it ("P. D. Varga / Collector", "W. L. ABERNATHY, Collector").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.dates import find_dates
from pipelines.fields.people.cues import (
    COLL_WORD,
    DET,
    DET_ALONE,
    JOINERS,
    NO_KEY,
    STOP,
    UNREAD,
    cues,
)
from pipelines.fields.people.name_lines import SIGNED_SLIP
from pipelines.fields.people.numbers import (
    initials_number,
    misread_number,
    number_after,
    number_below,
)
from pipelines.fields.people.patterns import UP, WORD
from pipelines.fields.people.persons import (
    Person,
    bare_initialled,
    misread_caption,
    person_view,
    persons_at,
)
from pipelines.fields.people.romanise import nominative
from pipelines.fields.people.shapes import (
    MONTH_AFTER,
    SURNAME_ONLY,
    full_name,
    initialled,
    line_head,
    only_noise,
    past_cjk,
    person_candidate,
)
from pipelines.fields.text import Label, candidate, is_institution, label_of

# "Col." with one "l" (and its OCR slips "Co1.", "C0l."): in Spanish and Portuguese the colonia,
# in English the colonel, as often as the collector's key ("Coll." is the collector's alone)
_COL_ABBR = re.compile(r"(?i:c[o0][l1i|])(?![^\W\d_])")
# a rank before it ("Lt.-Col. K. Muster", "Lieut. Col. K. Muster"): the colonel's title
_RANK_BEFORE_COL = re.compile(r"(?<![^\W\d_])(?i:lt|lieut)\.?[ \t]?-?[ \t]?$")


_COLL_BEFORE = re.compile(
    # a form's key with the possessive: "Collector's name T. R. Winslow"; the cues of the table
    # in every language ("leg.", "Sammler:", "Récolté par", "kerääjä", "собрал"); the sender
    # ("Communic."), whom old sheets name where the collector stands
    # the Latin participles ("lectum", "lecta"), which also end a habitat's sentence ("In
    # pratis lectum / Exempelberg"): their name on their line alone (place inline, last)
    rf"(?<![A-Za-z])(?:(?P<sender>{cues('sender', 'before')}|(?i:co(?:rnm|mrn|rnrn))\.)|(?:"
    rf"{cues('collector', 'before')}|(?i:collected\s+and\s+prepared\s+by)|Collector\s*&\s*No\.?|"
    # "Collected by" as OCR reads it: "Co11ected by", "CoIlected by"; "Collected and det. by"
    # "Collectest by": its ending misread; "lected by" opening a line: its first letters cut
    r"(?i:c[o0](?:[l1i|]{2}|[l1i|]!|![l1i|])ect(?:ed|e[a-z]{1,2})(?:\s+(?:and|&)\s+det(?:\.|ermined))?\s+by)|"
    r"^[ \t]*(?:[o0][l1i|]{2}|[l1i|]{1,2})ected[ \t]+by(?=[ \t]+[A-Z])|"
    # "leg." and "Sammler" as OCR reads them: "Ieg.", "1eg.", "lcg.", "1EG.", "Sarnmler" (the
    # stop lost too before the determiner's key it shares: "1eg et det K. Muster")
    r"(?:(?<![^\W_])(?:[I1|][ec]g|lcg|[1|]EG)(?=\s?[.:,]|\s(?:et|&)\s(?i:det)))|(?<![^\W_])(?:[I1|][ec]|[Ll]c)git(?![^\W\d_])|(?i:sa(?:rnm|mrn|rnrn)ler(?:in)?|samm[i1|]er(?:in)?)(?![^\W\d_])|"
    # the printed key split by a space as OCR may read it: "Col lector"
    r"^[ \t]*(?:Col ?lectors?|COL ?LECTORS?)(?:\(s\))?|"
    # "Collector(s):", as forms print it
    rf"{COLL_WORD}(?:\(s\))?{STOP}|"
    # the keyword's full stop lost, before initials: "COLL C. WARDELL"; its "ll" read as "tt"
    # before initials: "Cott. C. WARDELL"
    # or before a surname in capitals: "coll MUSTER", "Coll R . Muster"
    # "leg K. Muster", "Lgt K. Muster": the Latin key's stop lost likewise
    # "Collector K. Muster", the form's colon not printed (running text: "... white. Collector
    # K. Muster. 12 June 1931")
    # (Estonian "Kog." likewise: "KOG K. MUSTER"; the initials' stops lost too: "LEG K MUSTER")
    r"(?:Coll|COLL|coll|Leg|LEG|leg|Lgt|LGT|lgt|Kog|KOG|kog|Collector|COLLECTOR|collector)(?=\s(?:[A-Z][.,]|[A-Z] \.|[A-Z]{3,}(?![a-z])|(?:[A-Z] ){1,2}(?:[A-Z][a-z]|[A-Z]{3,})))|(?:Cott|COTT)(?=\.\s?[A-Z]\.))(?![A-Za-z])"
    # the keyword's full stop lost before a title, or the keyword run into it: "Col Mrs. Ann
    # Wray", "ColMrs. Ann Wray"
    r"|(?:Coll?|COLL?)(?=\s?(?:Mrs?|Dr|Prof)\.\s?[A-Z])"
    # the keys read on their line only, after the others (a longer key opens with one: "Saml. o.
    # best. K. Muster" is no "Saml.")
    rf"|(?P<inline>{cues('collector', 'inline')}))"
    # ("leg. / } K. Muster / det.": a brace giving the name to the keys above and below it)
    r"[\s.:,?»_}-]*"
    # a transcriber's marker of the given name or initials not read ("coll. [illegible]
    # Musterling"): the surname after it (doubted: `people._questioned`)
    rf"(?:{UNREAD}[ \t]*)?"
    # the key shared with the determiner's: "leg. & det.", "Coll. et det.:", "Leg. + Det.",
    # "собр. и опр."; the Italian, Spanish and Catalan "and": "Racc. e det.", "Recol. y det."
    r"(?:(?:&|et|and|und|e|y|i|\+)\s?(?i:det)(?:\.|ermin[a-z]*\.?)?(?![^\W\d_])[\s.:,]*"
    r"|и\s(?i:опр)(?:\.|еделил[аи]?)(?![^\W\d_])[\s.:,]*)?"
    r"(?:by\s*)?:?\s*(?=\S)",
    re.MULTILINE,
)
_COLL_AFTER = re.compile(
    rf"^[\s,;(}}\]|]*(?:{COLL_WORD}\b|{cues('collector', 'after', stop=False)})\.?(?=[\s.,:;?)]|$)",
    re.IGNORECASE,
)


# initials and a word in small letters after a key ("Coll. A. exempel", "coll. k. muster"): the
# shape `persons_at`'s lenient reading is tried on
_LOWER_AFTER_KEY = re.compile(r"[ \t]*(?:[A-Za-z][.,] ?){1,2}[a-z]{3}")


def keyed_collectors(lab: Label) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """The collectors a keyword before their name gives on `lab` ("Leg. K. Muster", "Collector: /
    No.: 688 / K. Muster"), and the field numbers after them."""
    coll: list[FieldCandidate] = []
    nums: list[FieldCandidate] = []
    for m in _COLL_BEFORE.finditer(lab.text):
        at = lab.line_no(m.start())
        if _CAPTION_OF.search(lab.flat, lab.lines[at].start, m.start()):
            continue  # "Local de coleta: Fazenda Exampla", "Fecha de colecta:": a form's caption
        if lab.line_no(m.end()) > at and _keys_column(lab.lines[at + 1].text):
            # "Collector: / No.: 688 / K. Muster": the form's keys stand in a column ("leg. /
            # det. / } K. Muster": the collector's and the determiner's, a brace giving both the
            # name)
            if (p := _person_below_keys(lab, at)) is not None:
                rule = "collector.keyword_below"
                coll.append(person_candidate(Term.recordedBy, p, 0.8, rule))
            continue
        if re.match(r"(?:Date|Dates|Nos?\b|Number|Map|Quad)", lab.flat[m.end() : m.end() + 6]):
            continue
        if _COL_ABBR.match(m.group(0)) and _RANK_BEFORE_COL.search(
            lab.flat, lab.lines[at].start, m.start()
        ):
            continue  # "Lt.-Col. J. Beispiel": a colonel, his title read with his name
        # ("Coll.: 王启明 Wang Qi-ming": past the name in its own script, to its romanisation)
        start = past_cjk(lab.flat, past_date(lab, m.end()))
        if _DATE_FIRST_KEY.search(m.group(0)) and not _BY_BEFORE.search(lab.flat, 0, start):
            continue  # "Récolté le 12 juin 1935 / Bois de Muster": no "par", no name
        # "leg. K Muster": the initial's stop lost or never typed, the name on the key's line
        p = _name_on_line(lab, persons_at(lab, start, abbreviated=True)) or bare_initialled(
            lab, start, lab.line_at(m.start()).end
        )
        misread = False
        if p is None and _LOWER_AFTER_KEY.match(lab.flat, start):
            # "Coll. A. exempel 1199": the surname's capital read in lower case after the
            # initials, on the key's line (a name where the key says one stands; doubted)
            q = persons_at(lab, start, end=lab.line_at(m.start()).end, lenient=True)
            misread = q is not None and q.start < lab.line_at(m.start()).end
            p = q if misread else None
        on_line = p is not None and p.start < lab.line_at(m.start()).end
        if _keyword_after_name(lab, m.start()) and not on_line:
            # "P. D. Varga / Collector / Tepatitlan,": the name is above ("Sampleton, ges. K.
            # Muster": a name after the keyword on its line is the collector)
            continue
        key_line_end = lab.line_at(m.start()).end
        if p is None or (
            is_institution(lab.line_at(m.start()).text)
            # "Collected by K. Muster for the Field Museum": the institution he collected for
            and not _FOR_INSTITUTION.match(lab.flat, p.end)
        ):
            if (q := _bracketed_person(lab, start, key_line_end)) is not None:
                # "leg. Forest Department (K. Muster)": the service's man, in its brackets
                coll.append(person_candidate(Term.recordedBy, q, 0.85, "collector.bracketed"))
            continue
        if m.group("inline") is not None and p.start >= lab.line_at(m.start()).end:
            continue
        if (
            p.start >= lab.line_at(m.start()).end
            and _MUSEUM_CODE.fullmatch(lab.flat, p.start, p.end)
            and _LONG_NUMBER.match(lab.text, p.end)
        ):
            continue  # "LSH Sample Coll. / LSH ENT 000123": a catalogue number's letters below
        # (on the name's line: "Coll. K. Muster / Herbarium No. 4567" names him)
        after = _WORD_AFTER.match(lab.text, p.end)
        if _ORGANISATION_AFTER.match(person_view(lab.text), p.end) or (
            # "Coll. Exampla Siirvey 1234": a word alone before a misread organisation's word
            # ("Coll. E. G. Muster Colectrs": a caption after a name with initials)
            after is not None
            and len(p.names) == 1
            and re.fullmatch(WORD, p.names[0]) is not None
            and misread_caption(after.group(1).lower())
        ):
            if (q := _bracketed_person(lab, p.end, key_line_end)) is not None:
                coll.append(person_candidate(Term.recordedBy, q, 0.85, "collector.bracketed"))
            continue  # "Leg. Exemplo Exped.": an expedition's or a survey's name, no person
        p = _joined_below(lab, p)
        # the sender ("Communic.") is keyed as the collector, but is not always the one
        sent = m.group("sender") is not None
        if sent and (q := _name_before_sender(lab, m.start())) is not None:
            # "K. Muster, per J. Beispiel": the name before the sender's is the collector's, a
            # name on its line as `name_lines` reads one
            coll.append(person_candidate(Term.recordedBy, q, 0.45, "collector.name_line"))
            continue
        rule = "collector.sender" if sent else "collector.keyword"
        c = person_candidate(Term.recordedBy, p, 0.7 if sent else 0.9, rule)
        if _GATHERING_OF.fullmatch(m.group(0)):
            # "Сбор К. Мустера": the gathering of K. Muster, his name in the genitive
            c = c.model_copy(update={"value": nominative(c.value)})
        if misread:
            c = c.model_copy(update={"flags": [*c.flags, "unsure_reading"]})
        if _COL_ABBR.match(m.group(0)) and re.fullmatch(WORD, c.value):
            # "Col. Exempla": a colonel, a colonia or a place as often as a collector
            c = c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]})
        if sent and _DET_AND.search(lab.flat, lab.line_at(m.start()).start, m.start()):
            # "Det. & comm. K. Muster": who named and sent it; as likely not the collector
            c = c.model_copy(update={"flags": [*c.flags, SIGNED_SLIP]})
        coll.append(c)
        num = number_after(p, 0.85) or initials_number(p, 0.85)
        if num is None:
            num = misread_number(p, 0.7)[1]
        if num is None and "No" in m.group(0):
            nxt = lab.line_no(p.end) + 1
            if nxt < len(lab.lines) and re.fullmatch(r"\s*\d{1,6}\s*", lab.lines[nxt].text):
                ln = lab.lines[nxt]
                s = ln.start + len(ln.text) - len(ln.text.lstrip())
                e = ln.start + len(ln.text.rstrip())
                num = candidate(
                    Term.recordNumber, ln.text.strip(), 0.8, lab, s, e, "number.next_line"
                )
        if num is None:
            # "Coll. K. Muster / 9350 / Sept. 9, 1946": his number alone on the line below
            num = number_below(lab, lab.line_no(p.end), p)
        if num is not None:
            nums.append(num)
    return coll, nums


# a person's name alone in brackets ("(K. Muster)", "( J. Muster-Boer )")
_BRACKETED = re.compile(r"\([ \t]*(?=[A-ZÀ-Þ])")


def _bracketed_person(lab: Label, start: int, end: int) -> Person | None:
    """The person named alone in brackets between `start` and `end` after an organisation a
    collector's key names ("leg. Forest Department (K. Muster)", "Coll. Sample Expedition (J.
    Beispiel)"): the man who collected for it, with his initials."""
    m = _BRACKETED.search(lab.flat, start, end)
    if m is None:
        return None
    p = persons_at(lab, m.end(), end=end, abbreviated=True)
    if p is None or not initialled(p) or not re.match(r"[ \t]*\)", lab.flat[p.end : end]):
        return None
    return p


# a joiner opening a line ("& J. Beispiel", "and J. Beispiel", "ja J. Beispiel")
_JOINER_OPENING = re.compile(rf"[ \t]*(?:&|{JOINERS})[ \t]+")


def _joined_below(lab: Label, p: Person) -> Person:
    """The keyed names with those a line opening with a joiner adds under them ("Leg. K. Muster /
    & J. Beispiel", the list broken at its joiner): where the names end their line and the next
    line is a joiner and a name with its initials, a number or a date at most after them."""
    i = lab.line_no(p.end)
    line = lab.lines[i]
    if i + 1 >= len(lab.lines) or not only_noise(lab.flat[p.end : line.end]):
        return p
    nxt = lab.lines[i + 1]
    j = _JOINER_OPENING.match(lab.flat, nxt.start, nxt.end)
    if j is None:
        return p
    q = persons_at(lab, j.end(), end=nxt.end)
    if q is None or not initialled(q):
        return p  # "& Sampleton Wood": a place's words, no name with its initials
    rest = lab.flat[q.end : nxt.end]
    if not (only_noise(rest) or re.fullmatch(r"[\s,.;:#]*(?:No\.?\s?)?\d[\w./ -]*", rest)):
        return p
    return Person(lab, p.start, q.end, [*p.names, *q.names])


def _name_before_sender(lab: Label, at: int) -> Person | None:
    """The person whose name opens the line of the sender's key at `at` and ends right before it
    ("K. Muster per J. Beispiel", "K. Muster, comm. J. Beispiel"): the name that opens the line is
    the collector's, sent through the one after the key. Only a name with its initials or given
    name: a word alone there is the place ("Sampleton, per K. Muster")."""
    line = lab.line_at(at)
    head = line.start + len(line.text) - len(line.text.lstrip(" \t("))
    p = persons_at(lab, head, end=at)
    return p if p is not None and full_name(p) and only_noise(lab.flat[p.end : at]) else None


def acquisition_senders(labels: Sequence[Label]) -> list[FieldCandidate]:
    """The senders a stamp's or an acquisition's label names ("Communicated by Miss K. Muster,
    1894.", a label the roles make curatorial): on old sheets the sender is often the collector,
    as often not; a last resort where no label names a collector, flagged `herbarium_header` (a
    doubt: below 0.9)."""
    out: list[FieldCandidate] = []
    for lab in labels:
        for c in keyed_collectors(lab)[0]:
            if c.evidence.rule == "collector.sender" and "herbarium_header" not in c.flags:
                out.append(c.model_copy(update={"flags": [*c.flags, "herbarium_header"]}))
    return out[:1]


# a preposition right before a collector's key on its line: the key is a caption's noun ("Local
# de coleta:", "Lugar de colecta:", "Data da coleta:"), no collector's
_CAPTION_OF = re.compile(r"(?<![^\W\d_])(?i:de|da|do|del)[ \t]+$")


# "Coll.", "coll", "Coll:" alone before the name on its line (no "Collector", "Collected by"):
# the collector's or the collection's key
_COLL_ABBR = re.compile(r"[ \t]*(?i:coll)[ \t]?[.:]?[ \t]*")


def collection_label(labels: list[Label], c: FieldCandidate) -> bool:
    """Whether the collector `c` is a bare surname after "Coll." on a label of its own without a
    figure (no date, no number: "Coll. Staudinger"), beside another label that bears figures (the
    place and date of an insect's pin): the collection the specimen belonged to as often as its
    collector."""
    lab = label_of(labels, c.evidence)
    s = c.evidence.start
    if lab is None or s is None or not re.fullmatch(WORD, c.value):
        return False
    if not _COLL_ABBR.fullmatch(lab.flat, lab.line_at(s).start, s):
        return False
    if any(ch.isdigit() for ch in lab.text):
        return False
    return any(o is not lab and any(ch.isdigit() for ch in o.text) for o in labels)


# A museum's code in capitals of a few letters, no stops ("LSH ENT", "MCZ"), and a long number
# ending its line after it: a catalogue number's letters, no person's name
_MUSEUM_CODE = re.compile(r"[A-Z]{2,4}(?:[ \t][A-Z]{2,4})*")
_LONG_NUMBER = re.compile(r"[ \t:#-]*\d[\d \t.,-]{4,}[ \t]*$", re.MULTILINE)


# "Сбор" before a name without a colon: the name in the genitive ("Сбор К. Мустера", "Сбор и
# определение К. Мустера")
_GATHERING_OF = re.compile(r"(?i:сбор(?:[ \t]+и[ \t]+определение)?)[ \t]*")


# A determiner's key joined to the sender's ("Det. & comm.", "det. et comm.").
_DET_AND = re.compile(r"(?i:det)\.?\s?(?:&|et|and|\+)\s?$")


# "for (the) ..." after a collector's name: the institution the collector gathered for.
_FOR_INSTITUTION = re.compile(r"[ \t,]+for[ \t]+(?:the[ \t]+)?[A-Z]")


# the word after a name on its line
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]{6,})")


# A word after a name that makes it an organisation's ("Exemplo Exped.", "Muster Survey", "Coll.
# Exemplo Mus.": a museum's collection).
_ORGANISATION_AFTER = re.compile(
    r"[ \t]+(?i:exped|expedition|expeditions|survey|distribution|dept|department|museum|mus(?=\.)"
    r"|herbarium|institute|society|club)(?![^\W\d_])"
)


def past_date(lab: Label, at: int) -> int:
    """Where a name after a key starts: past a date printed between them on the key's line
    ("Сбор. 12.VII.1970 Иванов И.И.", "leg. 12.VI.1935 K. Muster")."""
    if not re.match(r"[ \t,.;:]*\d", lab.flat[at : at + 8]):
        return at  # a date written in figures only, its day first
    end = min(lab.line_at(at).end, at + 40)  # right after the key, no further
    dates = find_dates(lab.flat[at:end])
    first = min(dates, key=lambda d: d.start) if dates else None
    if first is None or lab.flat[at : at + first.start].strip(" \t,.;:"):
        return at
    after = at + first.end
    after += len(lab.flat[after:end]) - len(lab.flat[after:end].lstrip(" \t,.;:"))
    if (year := _YEAR_WORD.match(lab.flat, after, end)) is not None:
        after = year.end()  # "Опр. 1960 г. И. Иванов": the year's word after it
    # "Récolté le 12 juin 1935 par H. Dupont", "Raccolto il 12.6.1935 da G. Rossi": the "by"
    # after the date, on the key's line or opening the next
    nxt = after + len(lab.flat[after:]) - len(lab.flat[after:].lstrip(" \t"))
    if (by := _BY.match(lab.flat, nxt)) is not None and lab.line_no(nxt) <= lab.line_no(at) + 1:
        return by.end()
    return after


# The word "by" between a date and the name after it, in the languages of the table's keys that
# put the date first ("récolté le", "recolectado el", "colhido em", "raccolto il").
# The word for "year" after a date ("1960 г.", "1960 goda").
_YEAR_WORD = re.compile(r"(?:гг?\.|года|godu|goda|g\.)[ \t,.;:]*(?=\S)")
_BY = re.compile(r"(?:par|por|pelo|pela|da|by|von|door|av|af)[ \t]+(?=\S)")
_BY_BEFORE = re.compile(r"(?<![^\W\d_])(?:par|por|pelo|pela|da|by|von|door|av|af)[ \t]+$")
# A collector's key that the date follows before the name ("Récolté le", "Recolectado el",
# "Colhido em", "Raccolto il"): a name only after the date's "by".
_DATE_FIRST_KEY = re.compile(r"(?i:\s(?:le|el|em|il))[\s.:,]*$")


def collectors_keyed_after(lab: Label, i: int) -> list[FieldCandidate]:
    """The collectors a keyword after their name gives on line `i` ("P. D. Varga / Collector",
    "W. L. ABERNATHY, Collector"), unless a keyword opens the line before a name."""
    line = lab.lines[i]
    if _keyword_before_name(lab, i):
        return []  # "Peedee Canal, / Coll. H.W.Ravensworth": the name follows; above is a place
    if (k := _COLL_AFTER.match(line.text)) is not None and _UNKNOWN.fullmatch(line.text[k.end() :]):
        return []  # "Sampleton / leg. ?": the collector is not known; above is the place
    named_end = _line_person_end(lab, i)
    if (
        ((k := _COLL_AFTER.match(line.text)) is not None and not _words_after(line.text[k.end() :]))
        or (
            (k := _COLL_AFTER.match(line.text[named_end:])) is not None
            # "Sampleton, leg. Muster": a name after the keyword is the collector; before it, a place
            and not _words_after(line.text[named_end + k.end() :])
        )
    ):
        return _people_before_keyword(lab, i)
    return _person_before_inline_keyword(lab, i)


def number_after_keyword(lab: Label, c: FieldCandidate) -> FieldCandidate | None:
    """The field number after the collector's key that follows his name on its line ("K. Muster
    lgt. 4321", "K. Muster leg. 56"; `collectors_keyed_after`), read as after the name."""
    start, end = c.evidence.start, c.evidence.end
    if start is None or end is None:
        return None
    line = lab.line_at(start)
    if lab.line_at(end).start != line.start:
        return None
    k = _COLL_AFTER.match(lab.flat[end : line.end])
    if k is None:
        return None
    return number_after(Person(lab, start, end + k.end(), [str(c.value)]), 0.8)


# A question mark after a keyword that opens its line, apart from it ("leg. ?", "Coll.: (?)"): the
# collector unknown.
_UNKNOWN = re.compile(r"[.:,]*\s+[(\[]?\?[)\]?.\s]*")


def _name_on_line(lab: Label, p: Person | None) -> Person | None:
    """ "Coll. Muster / Exempla", "Leg. Muster, K. / Exempla": a name after a keyword that the next
    line's words lengthened ends on its line when its part there is a name alone on it, bar a
    joiner that runs the list on."""
    if p is None:
        return None
    line_end = lab.line_at(p.start).end
    if p.end <= line_end or re.search(r"[^\W\d_]-[ \t]*$", lab.flat[p.start : line_end]):
        return p  # (or a surname broken at the line's end: "Coll. K. Mus- / ter")
    q = persons_at(lab, p.start, end=line_end, abbreviated=True)
    if q is None or not only_noise(rest := lab.flat[q.end : line_end]):
        return p
    # "Coll. K. Muster & / J. Beispiel": a list that runs on
    return p if re.search(rf"[,&]\s*$|\s{JOINERS}\s*$", rest) else q


# A printed form's key alone on its line, or with a short value after its colon ("Zeehoogte :",
# "No. : 688", "Alt.: 5 m"); or a field number's key with its number ("No. 8414").
_FORM_KEY = re.compile(
    rf"\s*(?:(?:[^\W\d_]+\s?\.?\s?){{1,3}}:[^:]{{0,12}}|{NO_KEY}\s?\.?\s?:?\s?\d{{0,6}})\s*"
)


def _keys_column(text: str) -> bool:
    """Whether a line under a collector's key that ends its line is another key of the form's
    column: a form's key ("No. : 688"), the determiner's alone ("Det."), or the determiner's with
    a brace giving the name beside it to both ("det. } K. Muster")."""
    if _FORM_KEY.fullmatch(text) or DET_ALONE.fullmatch(text):
        return True
    key = DET.match(text.strip())
    return key is not None and "}" in key.group(0)


def _person_below_keys(lab: Label, i: int) -> Person | None:
    """The name under a collector's key that ends line `i`, past the keys of the form's column
    ("Collector : / No. : 688 / K. v. Muster", "Vinder: / Zeehoogte : / K. Muster"); past a
    "Det." key only with a brace that gives the name to both ("Leg. / Det. / } K. Muster",
    "leg. } / det. } K. Muster")."""
    det = False
    for ln in lab.lines[i + 1 : i + 4]:
        if _FORM_KEY.fullmatch(ln.text):
            continue
        head = ln.start + line_head(ln.text)
        key = DET.match(lab.flat, head, ln.end)
        brace = "}" in lab.flat[ln.start : head] or (key is not None and "}" in key.group(0))
        if key is not None and brace:
            head = key.end()
        p = persons_at(lab, head, end=ln.end, abbreviated=True)
        if p is not None and only_noise(lab.flat[p.end : ln.end]):
            if det and not brace:
                return None
            return p if full_name(p) else None
        if not DET.match(ln.text.strip()):
            return None
        det = True
    return None


def _keyword_before_name(lab: Label, i: int) -> bool:
    """Whether line `i` opens with a collector keyword followed by a name ("Coll. H.W.Ravensworth")."""
    line = lab.lines[i]
    m = _COLL_AFTER.match(line.text)
    if m is None:
        return False
    rest = line.text[m.end() :]
    at = line.start + m.end() + len(rest) - len(rest.lstrip(" \t.:,"))
    return at < line.end and persons_at(lab, at, end=line.end) is not None


def _keyword_after_name(lab: Label, start: int) -> bool:
    """A "Collector" keyword alone on its line, under a line that is a name; or right after a
    name on its line ("GEORGE V NEFF COLLECTORS. / Hollis TAPPER": the name below, if any, is a
    second collector, see `_people_before_keyword`)."""
    i = lab.line_no(start)
    line = lab.lines[i]
    before = lab.text[line.start : start]
    name_end = line.start + _line_person_end(lab, i)
    if before.strip() and name_end <= start and not lab.text[name_end:start].strip(" \t,"):
        return True
    if i == 0 or before.strip() or not _COLL_AFTER.match(line.text):
        return False
    if lab.text[start : line.end].strip(" .,:;?}])").lower() not in _KEYWORD_ALONE:
        return False
    prev = lab.lines[i - 1]
    head = prev.start + len(prev.text) - len(prev.text.lstrip())
    above = persons_at(lab, head, end=prev.end, lenient=True)
    if above is None:
        return False
    if i + 1 < len(lab.lines) and not _INITIALLED.search(lab.flat, above.start, above.end):
        # "Sampleton / leg. / K. Muster": a word alone above the key, a name with its initials
        # under it: the name is the key's
        nxt = lab.lines[i + 1]
        below = persons_at(lab, nxt.start + line_head(nxt.text), end=nxt.end)
        if below is not None and _INITIALLED.search(lab.flat, below.start, below.end):
            return False
    return True


# an initial with its stop ("K. Muster")
_INITIALLED = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ]\.")


_KEYWORD_ALONE = {"collector", "collectors", "collr", "coll", "colls", "col", "leg"}


def _line_person_end(lab: Label, i: int) -> int:
    line = lab.lines[i]
    # "(K. Muster leg.)": the bracket insect labels put the collector's line in
    head = len(line.text) - len(line.text.lstrip(" \t("))
    p = _person_opening_line(lab, i, line.start + head)
    return (p.end - line.start) if p else len(line.text)


def _person_opening_line(lab: Label, i: int, at: int) -> Person | None:
    """The name that opens line `i` at `at`; a surname before its initials without the comma
    ("Kask K. leg.", "Иванов И. И. собр.") only where a collector's keyword alone ends the line
    after it, as after a keyword before it (elsewhere a genus and its author's initial read so:
    "Exempla L."); so too initials without their stops ("K Muster leg.")."""
    line = lab.lines[i]
    p = persons_at(lab, at, end=line.end)
    if p is not None and _COLL_AFTER.match(lab.flat[p.end : line.end]):
        return p
    if p is None and (b := bare_initialled(lab, at, line.end)) is not None:
        # "K Muster leg.": the initial's stop lost, a collector's key alone after the name
        k = _COLL_AFTER.match(lab.flat[b.end : line.end])
        if k is not None and not _words_after(lab.flat[b.end + k.end() : line.end]):
            return b
    q = persons_at(lab, at, end=line.end, abbreviated=True)
    if q is None or (p is not None and q.end <= p.end):
        return p
    k = _COLL_AFTER.match(lab.flat[q.end : line.end])
    if k is None or _words_after(lab.flat[q.end + k.end() : line.end]):
        return p
    return q


def _people_before_keyword(lab: Label, i: int) -> list[FieldCandidate]:
    """ "A. B. Norquist / C. D. MacAllister / Collectors": the name lines above, or before on the line."""
    line = lab.lines[i]
    head = len(line.text) - len(line.text.lstrip(" \t("))
    found: list[Person] = []
    p = _person_opening_line(lab, i, line.start + head)
    if p is not None:
        found.append(p)
    j = i - 1
    while j >= 0 and len(found) < 4:
        prev = lab.lines[j]
        h = len(prev.text) - len(prev.text.lstrip())
        # the line right above a keyword alone on its line is a name, even in lower case
        lenient = j == i - 1 and not found
        q = persons_at(lab, prev.start + h, end=prev.end, lenient=lenient)
        if q is None or not only_noise(prev.text[q.end - prev.start :]):
            # "V-21-77 R.Wharton / R.Covell colls.": the first name follows the date
            q = _person_after_date(lab, j)
            if q is not None:
                found.insert(0, q)
            break
        if (
            p is not None
            and j == i - 1
            and not _PLURAL_KEYWORD.search(line.text)
            # "Sampleton Moss, Exampleshire / K. Muster legit": words without an initial above
            # a name with its initials and a collector's key on its line: the place ("Stewardson
            # Exampel / N. L. Muster / Collectors": the names above a plural key alone still are)
            and not _INITIALLED.search(lab.flat, q.start, q.end)
            and _INITIALLED.search(lab.flat, p.start, p.end)
        ):
            break
        if found and all(re.fullmatch(WORD, n) for n in q.names):
            # "Sampleton / Exampleshire / G. C. Muster / Coll.": a word alone above a name is
            # the place the name's line follows, not a second collector
            break
        found.insert(0, q)
        j -= 1
    # "N.L. FAIRWEATHER / E.G. FAIRWEATHER }COLLECTORS / C.S. HOLLER  SEPT. 4-11, 1911": a brace groups
    # the line below as well. Without the brace the OCR read, a plural keyword after one name
    # does, when that line is a name alone ("N. L. Fairweather / COLLECTORS / L. J. K. BRAND",
    # "GEORGE V NEFF COLLECTORS. / Hollis TAPPER").
    if i + 1 < len(lab.lines) and (
        "}" in line.text or (len(found) == 1 and _PLURAL_KEYWORD.search(line.text))
    ):
        nxt = lab.lines[i + 1]
        q = persons_at(lab, nxt.start + len(nxt.text) - len(nxt.text.lstrip()), end=nxt.end)
        if q is not None and (
            "}" in line.text or (full_name(q) and only_noise(lab.flat[q.end : nxt.end]))
        ):
            found.append(q)
    if not found:
        return []
    names = [n for p in found for n in p.names]
    merged = Person(lab, found[0].start, found[-1].end, names)
    return [person_candidate(Term.recordedBy, merged, 0.85, "collector.keyword_after")]


def _words_after(rest: str) -> bool:
    """Whether a keyword that opens its line has words after it that are no name, no date and no
    number ("Legit exempl. Com. K. Muster"), or initials ("leg. K.M."): a keyword before them, not
    after the line above."""
    if find_dates(rest):
        rest = rest[: find_dates(rest)[0].start]
    if re.match(rf"[\s.:,]*[{UP}]\.\s?[{UP}]\.", rest):
        return True
    return any(not MONTH_AFTER.fullmatch(w.group(0)) for w in re.finditer(r"[^\W\d_]{2,}", rest))


_PLURAL_KEYWORD = re.compile(
    r"(?<![A-Za-z])(?i:c[o0c][l1i|]{1,2} ?e?[cs]t[o0]rs|colls)(?![A-Za-z])"
)


def _person_after_date(lab: Label, j: int) -> Person | None:
    line = lab.lines[j]
    for d in find_dates(lab.flat[line.start : line.end]):
        at = line.start + d.end
        at += len(lab.flat[at : line.end]) - len(lab.flat[at : line.end].lstrip(" ,."))
        p = persons_at(lab, at, end=line.end)
        if p is not None and only_noise(lab.flat[p.end : line.end]):
            return p
    return None


# The comma before the keyword may be read as a full stop ("J.R.Tovar.Collr.").
_INLINE_COLL = re.compile(r"[,.]?\s*(?:Collectors?|COLLECTORS?|Collr\.|colls?\.)(?![A-Za-z])")


def _person_before_inline_keyword(lab: Label, i: int) -> list[FieldCandidate]:
    """ "No. 2229 W. L. ABERNATHY, Collector  April 6-18,1923": the name just before the keyword."""
    line = lab.lines[i]
    for m in _INLINE_COLL.finditer(line.text):
        if m.start() == 0:
            continue
        keyword = line.start + m.start()
        for w in re.finditer(r"(?<!\S)\S", line.text[: m.start()]):
            p = persons_at(lab, line.start + w.start(), end=keyword)
            if p is not None and p.end == keyword:
                return [person_candidate(Term.recordedBy, p, 0.85, "collector.keyword_after")]
    return []
