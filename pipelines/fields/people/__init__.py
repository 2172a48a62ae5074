"""Collectors, their field numbers, and determiners.

Collectors are found where labels put them: after a keyword ("Coll.", "Collected by", "Leg.",
"Recueilli par"), before one ("P. D. Varga / Collector", "N. L. FAIRWEATHER, COLLECTOR"), at the start of
the herbarium line "Harold P. Quist 35521  20 March 1996", or next to the collection date on insect
labels ("R. Quimby V-9-74"). Determiners follow "Det." and are kept apart from collectors.

`find_people` is the recipe; each way of finding a person has a module of its own:
`cues` (the people_cues.csv lexicon), `patterns` and `persons` (what a name is, read at a place),
`shapes` (what a name found looks like, the candidate made of it), `keyed` (collectors named by a
keyword), `determiners`, `romanise` (names printed in Cyrillic), `numbered_lines` and `name_lines` (a name with its number, a line of names
alone), `beside_dates`, `headers` (personal herbaria), `companions` ("with" lines), `donors`, and
`numbers` (field numbers), `unnamed` ("Native collector 45").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from models.dwc import Term
from models.fields import FieldCandidate
from pipelines.fields.geo import country_names, fold, given_names, name_key, states
from pipelines.fields.people.beside_dates import numbered_after_date, people_near_date
from pipelines.fields.people.companions import with_companions
from pipelines.fields.people.cues import DET, SHIP, UNREAD, cues
from pipelines.fields.people.determiners import collector_before_keys, find_determiners
from pipelines.fields.people.donors import (
    blanked_lines,
    data_under_donor,
    find_donors,
    on_preparation,
    on_register,
    register_names,
    within,
)
from pipelines.fields.people.headers import header_collectors
from pipelines.fields.people.keyed import (
    acquisition_senders,
    collection_label,
    collectors_keyed_after,
    keyed_collectors,
    number_after_keyword,
)
from pipelines.fields.people.lone_surnames import lone_surname_last
from pipelines.fields.people.name_lines import SEVERAL_COLLECTORS, name_line_collectors
from pipelines.fields.people.numbered_lines import (
    expedition_numbers,
    name_number_in_line,
    numbered_line,
    surname_number_line,
)
from pipelines.fields.people.numbers import (
    UNCERTAIN_NUMBER,
    keyed_elsewhere,
    misread_code_doubted,
    record_number_candidates,
    series_doubted,
    short_doubted,
)
from pipelines.fields.people.patterns import UP
from pipelines.fields.people.persons import persons_at, split_people
from pipelines.fields.people.romanise import romanise_candidate
from pipelines.fields.people.shapes import (
    DATE_SHAPE,
    SURNAME_ONLY,
    given_name_only,
    misread_letters,
    person_candidate,
    surname_of,
    title_and_surname,
)
from pipelines.fields.people.unnamed import unnamed_collectors
from pipelines.fields.slips import unkeyed_slip
from pipelines.fields.text import Label, candidate, is_header, is_institution, label_of

# what other modules and the tests import from here
__all__ = [
    "DATE_SHAPE",
    "SURNAME_ONLY",
    "People",
    "cues",
    "find_people",
    "given_name_only",
    "misread_letters",
    "persons_at",
    "record_number_candidates",
    "split_people",
    "title_and_surname",
]


@dataclass
class People:
    collectors: list[FieldCandidate]
    numbers: list[FieldCandidate]
    determiners: list[FieldCandidate]
    # the names of "with" lines, joined to a collector or standing alone: text no place takes
    companions: list[FieldCandidate] = field(default_factory=list)
    # former collections and donors ("Ex Muster Coll.", "Herb. K. Muster", "K. Muster Bequest"):
    # never the collector; offered as occurrenceRemarks for the caller to keep or drop
    donors: list[FieldCandidate] = field(default_factory=list)


def find_people(
    labels: list[Label],
    event_spans: list[tuple[Label, int, int]],
    *,
    headers: Sequence[Label] = (),
    printed: Sequence[Label] = (),
) -> People:
    """The collectors, field numbers, determiners, companions and donors on `labels`; `headers`:
    the sheet's stamps and headers, read only for a personal herbarium's header when no label
    names a collector (`header_collectors`); `printed`: the sheet's labels as printed, read only
    for a sender's line the view of a data label blanked as an acquisition's
    (`blanked_lines`), where nothing else names a collector."""
    coll: list[FieldCandidate] = []
    nums: list[FieldCandidate] = []
    dets: list[FieldCandidate] = []
    for lab in labels:
        keyed, keyed_nums = keyed_collectors(lab)
        coll += keyed
        nums += keyed_nums
        for i, line in enumerate(lab.lines):
            if (p := collector_before_keys(lab, i)) is not None:
                # "K. Muster leg. et det.": the collector who named it
                coll.append(person_candidate(Term.recordedBy, p, 0.85, "collector.keyword_after"))
            if is_institution(line.text):
                continue
            if (det := DET.search(line.text)) is not None:
                if line.text[: det.start()].strip():
                    # "K. Muster 1234  det. J. Beispiel 1985": a slip's line the OCR ran onto the
                    # collector's; the name and number before the key are the collector's
                    cut = line.start + det.start()
                    named, named_nums = numbered_line(lab, i)
                    coll += [c for c in named if (c.evidence.end or cut) <= cut]
                    nums += [n for n in named_nums if (n.evidence.end or cut) <= cut]
                continue
            after = collectors_keyed_after(lab, i)
            coll += after
            # "K. Muster lgt. 4321": the number after the key that follows the name
            nums += [n for c in after if (n := number_after_keyword(lab, c)) is not None]
            named, named_nums = numbered_line(lab, i)
            if not named and not after:
                # "Peru: Sampleton, K. Muster 12, 1948": the name and number closing the line
                named, named_nums = name_number_in_line(lab, i)
            coll += named
            nums += named_nums
        dets += find_determiners(labels, lab)
    read = {lab.label for lab in labels}
    for lab, s, e in event_spans:
        if lab.label not in read:
            continue  # a date on a donor's label ("Ex coll. / J. Beispiel / 1950"): the donor's
        coll.extend(people_near_date(lab, s, e))
        nums.extend(numbered_after_date(lab, e))
    donors = find_donors(labels)
    # a former collection is nobody who collected; nor is a museum's register line, unless a
    # collector's key opens it ("Coll. K. Muster 1965-123" reads like one)
    coll = [
        c
        for c in coll
        if not within(c, donors)
        and (c.evidence.rule.startswith(_KEYED) or not on_register(labels, c))
        and not on_preparation(labels, c)
    ]
    # "Slide K. Muster 123": the slide's number, no field number; a number on a line shaped as a
    # museum's register whose name no collector's key named ("K. Muster 1950/12") is doubted
    nums = [
        _register_doubted(n)
        if on_register(labels, n) and not any(_same_line(labels, n, c) for c in coll)
        else n
        for n in nums
        if not on_preparation(labels, n)
    ]
    coll = _uninitialled_rivals_dropped(coll)
    # "Coll. Staudinger" on a pin's label of its own: the collection's as often
    coll = [
        c.model_copy(update={"flags": [*c.flags, SURNAME_ONLY]})
        if SURNAME_ONLY not in c.flags and collection_label(labels, c)
        else c
        for c in coll
    ]
    # "Specimen determined by / K. Muster 1980": the name a determiner's key claimed is no
    # collector's that only a date or a line's shape offers
    keyed_dets = [d for d in dets if d.evidence.rule == "det.keyword"]
    coll = [c for c in coll if c.evidence.rule.startswith(_KEYED) or not within(c, keyed_dets)]
    if not any(c.confidence >= 0.5 for c in coll):
        # "Native collector 45": nobody named, on the line where a name would stand
        unnamed, unnamed_nums = unnamed_collectors(labels)
        coll += unnamed
        nums += unnamed_nums
    if not any(c.confidence >= 0.5 for c in coll):
        # "Standley 45678": a surname and a number alone on their line, no key, no initials
        for lab in labels:
            if (found := surname_number_line(lab)) is not None and not within(found[0], donors):
                coll.append(found[0])
                nums.append(found[1])
    if not any(c.confidence >= 0.5 for c in coll):
        # a line of initials and a surname outranks a lone word by the date ("EXEMPLATON,")
        dated = {lab.label for lab, _, _ in event_spans}
        coll.extend(c for c in name_line_collectors(labels, dated) if not within(c, donors))
    # after the name lines: a companion ("with Ottilie Brand") is never the collector when the
    # collector's own line names them ("Warren P. Fisk 33418 2 May 1981")
    # ("Det.by / 62 / H.A.Beispiel": nor a name line the key's name stands on)
    coll = [c for c in coll if c.evidence.rule.startswith(_KEYED) or not within(c, keyed_dets)]
    coll, companions = with_companions(labels, coll)
    coll = _slip_signers_dropped(labels, coll)
    coll = _senders_doubted(labels, coll, donors)
    if not coll:
        # "Communicated by Miss K. Muster, 1894." on a label of its own, read as the sheet's
        # acquisition: the sender, as often the collector as not
        # (not on a former collection's label that holds nothing else: "Ex herbario J. Beispiel /
        # comm. K. Muster"; on one with the specimen's data, "Ex Herb. Hook. / Exampla minor /
        # Sampleton valley / Comm. K. Muster", the sender as on a label of its own);
        # inside a data label, the line its view blanked ("Sampleton / Communicated by Miss K.
        # Muster, 1894.")
        # (no giver whose donor's key holds a sender's: "Dono dedit K. Muster", a gift's)
        sources = [h for h in headers if not find_donors([h]) or data_under_donor(h)]
        sources += blanked_lines(labels, printed)
        coll = [c for c in acquisition_senders(sources) if not within(c, find_donors(sources))]
    if not coll:
        coll = header_collectors([*labels, *headers])
    if not coll:
        # "K. Muster. / B.M. 1927-123.": the name over a museum's register, a label of its own
        coll = register_names([*labels, *headers])
    if not coll:
        # "Exampla minor L. / Cap. b. spei / Muster": a surname alone under an old sheet's place
        coll = [c for c in lone_surname_last(labels) if not within(c, donors)]
    if not coll:
        # "Sino-British Exped. 0123": an expedition's name and its number, no person named
        coll, expedition = expedition_numbers(labels)
        nums += expedition
    nums = [r for n in nums if (r := misread_code_doubted(short_doubted(n))) is not None]
    # (a number keyed on the collector's line is his own: "Leg. K. Muster (No. 77)")
    nums = series_doubted(
        labels,
        keyed_elsewhere(labels, nums),
        lambda n: any(_same_line(labels, n, c) for c in coll),
    )
    coll = _header_rivals_dropped(labels, coll)
    # a ship is nobody who collected ("H.M.S. Exampla Stn. 23": a vessel and its station)
    coll = [c for c in coll if not _ship(labels, c)]
    coll = [
        kept
        for c in coll
        if (kept := c if c.evidence.rule.startswith(_KEYED) else _lands_dropped(c)) is not None
    ]
    coll = [_questioned(labels, c) for c in _keyed_disagree(_initials_named(coll))]
    coll = [romanise_candidate(c) for c in coll]
    dets = [romanise_candidate(c) for c in dets] + _same_person_determiners(labels, coll)
    companions = [romanise_candidate(c) for c in companions]
    coll, dets = _misreadings_doubted(labels, coll, dets)
    return People(coll, nums, dets, companions, donors)


_INITIAL = re.compile(rf"(?<![^\W\d_])[{UP}]\.")
# A word that names the collector again after a determiner's key ("Det. idem", "det. ipse",
# "Det.: the collector": people_cues.csv, role same_person), a year at most after it.
_SAME_PERSON = re.compile(
    rf"[\s.:,;]*(?P<w>{cues('same_person', 'after', stop=False)})[\s.,;]*"
    r"(?:(?:1[6-9]|20)\d\d[\s.]*)?"
)


def _same_person_determiners(
    labels: list[Label], coll: list[FieldCandidate]
) -> list[FieldCandidate]:
    """The determiner a determiner's key names as the collector ("Leg. K. Muster / Det. idem",
    "Det.: the collector"): the sheet's keyed collector (the surest; without a key, the surest
    collector the sheet's lines offer: "K. Muster 1234 / Det.: the collector"), cited at the
    word; none where no collector is found."""
    keyed = [c for c in coll if c.evidence.rule.startswith(_KEYED)]
    offered = keyed or [c for c in coll if c.confidence >= 0.5]
    if not offered:
        return []
    who = max(offered, key=lambda c: c.confidence).value
    out = []
    for lab in labels:
        for m in DET.finditer(lab.flat):
            line = lab.line_at(m.start())
            same = _SAME_PERSON.fullmatch(lab.flat, m.end(), line.end)
            if same is not None:
                s, e = same.span("w")
                out.append(candidate(Term.identifiedBy, who, 0.85, lab, s, e, "det.keyword"))
    return out


def _lands_dropped(c: FieldCandidate) -> FieldCandidate | None:
    """A collector found without a key without the names that are a land's (`place_named`):
    "Nova Hollandia | K. Muster" (the land's line over the name's) is K. Muster; none where all
    are."""
    names = c.value.split(" | ")
    kept = [n for n in names if not place_named(n)]
    if not kept:
        return None
    return c if len(kept) == len(names) else c.model_copy(update={"value": " | ".join(kept)})


def place_named(value: str) -> bool:
    """Whether every name of a collector's value is, whole, the name of a country, a historical
    country or land, a region or a state ("Nova Hollandia", "NOVA HOLLANDIA", "Zeylania",
    "Kamtschatka", "New Mexico": `geo.country_names`, `geo.states`): the line a sheet names its
    land on, never a person. Only a whole name: "K. Holland", "J. Kent" are persons; and only where
    no key names the person ("leg. Jordan" is a surname)."""
    names = [n.strip(" .,;:") for n in value.split(" | ")]
    return all(
        n and (name_key(n) in country_names() or (fold(n) in states() and " " in n)) for n in names
    )


def _ship(labels: list[Label], c: FieldCandidate) -> bool:
    """Whether a name is a ship's: its value opens with a ship's prefix ("H.M.S. Exampla"), or
    the prefix stands right before it on its line ("HMS Exampla": the name read after it)."""
    if SHIP.match(c.value):
        return True
    lab = label_of(labels, c.evidence)
    if lab is None or c.evidence.start is None:
        return False
    line = lab.line_at(c.evidence.start)
    # (the few characters before the name only: a long line is read once, not once a name)
    before = lab.flat[max(line.start, c.evidence.start - 12) : c.evidence.start]
    return re.search(rf"{SHIP.pattern}$", before) is not None


def _uninitialled_rivals_dropped(coll: list[FieldCandidate]) -> list[FieldCandidate]:
    """Of the names read with a number after them and no key ("K. Muster 1234"), those of two
    words without an initial whose first word is no given name ("Sampleton Hall 345": a
    building's or a place's name and its number), where another such name has initials."""
    lined = [c for c in coll if c.evidence.rule == "collector.name_number"]
    if not any(_INITIAL.search(c.value) for c in lined):
        return coll
    return [
        c
        for c in coll
        if c.evidence.rule != "collector.name_number"
        or _INITIAL.search(c.value)
        or " | " in c.value
        or len(words := c.value.split()) != 2
        or fold(words[0]) in given_names()
    ]


def _register_doubted(n: FieldCandidate) -> FieldCandidate:
    if UNCERTAIN_NUMBER in n.flags:
        return n
    return n.model_copy(update={"flags": [*n.flags, UNCERTAIN_NUMBER]})


def _same_line(labels: list[Label], a: FieldCandidate, b: FieldCandidate) -> bool:
    """Whether two candidates start on one line of one label."""
    lab = label_of(labels, a.evidence)
    x, y = a.evidence.start, b.evidence.start
    if lab is None or b.evidence.label != a.evidence.label or x is None or y is None:
        return False
    return lab.line_no(x) == lab.line_no(y)


# A doubt on a name the OCR may have misread (pipelines.confidence.DOUBTS): kept under 0.9.
UNSURE_READING = "unsure_reading"
# a figure or a bar inside a word of a name, read as a letter by `persons.person_view`
# ("J. Beispie1", "Farre1l"): the OCR struggled with that word, its other letters may be wrong
_FIGURE_IN_WORD = re.compile(r"[^\W\d_][\d|]|[\d|][^\W\d_]")
# a full stop alone as a word right before a name, after a key's own full stop or "by" ("Coll.
# . Beispiel", "Det. by . Beispiel"): an initial the OCR did not read (a text that spaces every
# full stop, "Legit . K . Muster", keeps the key's)
_LOST_INITIAL = re.compile(r"(?:\.|(?<![^\W\d_])(?i:by))[^\S\n]+\.[^\S\n]*$")
# a figure alone with a stop right before a surname on its line ("1. Beispiel Collr.", "3. Muster"):
# the initial read as a figure ("J.", "B."), the name's value lacks it
_FIGURE_INITIAL = re.compile(r"(?<![\w.,/-])\d\.[^\S\n]?\Z")
# a consonant, an "n" and a consonant opening a capitalised word ("Mnster", "HNBER"): "u" read "n"
_N_FOR_U = re.compile(r"(?i:[bdfhlmprtw])(?:n[bcdfghjklmnpqrstvwxz]|N[BCDFGHJKLMNPQRSTVWXZ])")
# the longest surname two readings of which one letter apart are taken for one name misread
_NEAR_SURNAME_MIN = 5


def _misreadings_doubted(
    labels: list[Label], coll: list[FieldCandidate], dets: list[FieldCandidate]
) -> tuple[list[FieldCandidate], list[FieldCandidate]]:
    """The collectors and determiners flagged `unsure_reading` where the OCR may have misread
    the name: a figure read as a letter inside it, or a surname one letter away from another
    surname on the sheet ("leg. K. Musler" and "det. K. Muster": one of them misread, which one
    the text cannot say)."""
    surnames = {
        surname_of(n) for c in [*coll, *dets] for n in str(c.value).split(" | ") if surname_of(n)
    }

    def doubted(c: FieldCandidate) -> FieldCandidate:
        lab = label_of(labels, c.evidence)
        s, e = c.evidence.start, c.evidence.end
        raw = lab.flat[s:e] if lab is not None and s is not None and e is not None else ""
        near = any(
            len(own) >= _NEAR_SURNAME_MIN
            and any(
                o != own and Levenshtein.distance(own, o, score_cutoff=1) == 1 for o in surnames
            )
            for own in (surname_of(n) for n in str(c.value).split(" | "))
        )
        # "Coll. . Beispiel": the name's initial lost to the OCR
        lost = (
            lab is not None
            and s is not None
            and (
                _LOST_INITIAL.search(lab.flat, max(0, s - 12), s)
                or _FIGURE_INITIAL.search(lab.flat, max(lab.line_at(s).start, s - 4), s)
            )
        )
        # "Det: K. Mnster": a word of a name that opens with a consonant, an "n" and another
        # consonant, a syllable no language's names open with: the OCR's "n" for a "u"
        slip = any(_N_FOR_U.match(w) for w in re.findall(r"[^\W\d_]+", str(c.value)))
        # "A. Exernpel", "K. Probcrt": letters the OCR's "rn" for "m" or "c" for "e" explain
        slip = slip or misread_letters(str(c.value))
        if (near or lost or slip or _FIGURE_IN_WORD.search(raw)) and UNSURE_READING not in c.flags:
            return c.model_copy(update={"flags": [*c.flags, UNSURE_READING]})
        return c

    return [doubted(c) for c in coll], [doubted(c) for c in dets]


def _slip_signers_dropped(labels: list[Label], coll: list[FieldCandidate]) -> list[FieldCandidate]:
    """The collectors found but the signers of determination slips printed without "det."
    ("Exampla ornata L. / Rev. K. Muster, 1972": "Rev." a revision there, no reverend): the
    determiner's, never the collector's line (`slips.unkeyed_slip`)."""
    signed: dict[int, int | None] = {}
    out = []
    for c in coll:
        lab = label_of(labels, c.evidence)
        if lab is not None and c.evidence.start is not None:
            if lab.label not in signed:
                signed[lab.label] = unkeyed_slip([ln.text for ln in lab.lines])
            if signed[lab.label] == lab.line_no(c.evidence.start):
                continue
        out.append(c)
    return out


def _senders_doubted(
    labels: list[Label], coll: list[FieldCandidate], donors: list[FieldCandidate]
) -> list[FieldCandidate]:
    """The senders ("Comm. K. Muster", "Communicated by K. Muster") flagged `several_collectors`
    when no collector's key names anyone but a line of names alone names another person ("J.
    Beispiel / Comm. K. Muster"): the sender is the collector on many old sheets, but that line
    may as well be the one who gathered it."""
    senders = [c for c in coll if c.evidence.rule == "collector.sender"]
    if not senders or any(c.evidence.rule == "collector.keyword" for c in coll):
        return coll
    sent = {surname_of(n) for c in senders for n in c.value.split(" | ")}
    others = [
        o
        for o in name_line_collectors(labels)
        if not within(o, donors) and not {surname_of(n) for n in o.value.split(" | ")} & sent
    ]
    if not others:
        return coll
    return [
        c.model_copy(update={"flags": [*c.flags, SEVERAL_COLLECTORS]})
        if c.evidence.rule == "collector.sender" and SEVERAL_COLLECTORS not in c.flags
        else c
        for c in coll
    ]


_INITIALS_WORD = re.compile(rf"[{UP}]{{2,4}}")
_KEYED = ("collector.keyword", "collector.sender")


def _initials_of(name: str) -> str:
    """ "J. D. Muster" -> "JDM": the first letters of a name's capitalised parts."""
    return "".join(w[0] for w in re.findall(rf"[{UP}][^\s.]*", name))


def _initials_named(coll: list[FieldCandidate]) -> list[FieldCandidate]:
    """A collector keyed by initials alone ("Coll. JDM") is the person of those initials named
    elsewhere on the sheet ("Communic. J. D. Muster"); without one, it is flagged
    `initials_only`: the curator must say whose they are."""
    out: list[FieldCandidate] = []
    for c in coll:
        if not _INITIALS_WORD.fullmatch(c.value):
            out.append(c)
            continue
        named = next(
            (o for o in coll if o is not c and _initials_of(o.value.split(" | ")[0]) == c.value),
            None,
        )
        if named is not None:
            cited = named.evidence.model_copy(update={"rule": f"{c.evidence.rule}+initials"})
            out.append(named.model_copy(update={"confidence": c.confidence, "evidence": cited}))
        else:
            out.append(c.model_copy(update={"flags": [*c.flags, "initials_only"]}))
    return out


# A question mark beside a name ("leg. ? Muster", "leg. Muster (?)"), apart from the keyword
# ("Leg? K. Muster" is the OCR's stop): whoever wrote the label was not sure of the collector.
# (or a transcriber's marker of a word not read before the name: "coll. [illegible] Musterling")
_QUERY_BEFORE = re.compile(rf"(?:(?:^|[\s.:,(])\?\)?|{UNREAD})[\s.:,]*$")
_QUERY_AFTER = re.compile(r"\s?\(?\?")
QUESTIONED = "questioned"
_QUERY_REACH = 40


def _questioned(labels: list[Label], c: FieldCandidate) -> FieldCandidate:
    """A collector with a question mark beside the name on its line, flagged `questioned`: the
    label doubts it."""
    lab = label_of(labels, c.evidence)
    s, e = c.evidence.start, c.evidence.end
    if lab is None or s is None or e is None:
        return c
    line = lab.line_at(s)
    # the few characters before the name (a line may be very long: no scan from its start)
    before = lab.flat[max(line.start, s - _QUERY_REACH) : s]
    if s - _QUERY_REACH > line.start:
        before = "x" + before[1:]  # cut inside the line: its first character is no boundary
    if _QUERY_BEFORE.search(before) or _QUERY_AFTER.match(lab.flat, e, line.end):
        return c.model_copy(update={"flags": [*c.flags, QUESTIONED]})
    return c


# The rules that count as one for `_keyed_disagree`: a key before the name and one after it ("J.
# Beispiel leg. / Coll. K. Muster": on an insect's pin "Coll." is as often the collection).
_KEYED_GROUPS = (("collector.keyword", "collector.keyword_after"), ("collector.sender",))


def _in_header(labels: list[Label], c: FieldCandidate) -> bool:
    """Whether the name `c` stands on a series' header line after the header's words, its
    collector's key between ("PLANTS OF WESTERN EXAMPLIA COLLECTED BY K. MUSTER")."""
    lab = label_of(labels, c.evidence)
    if lab is None or c.evidence.start is None:
        return False
    line = lab.line_at(c.evidence.start)
    before = lab.flat[line.start : c.evidence.start]
    return bool(re.search(r"[^\W\d_]{3}", before)) and is_header(line.text)


def _header_rivals_dropped(labels: list[Label], coll: list[FieldCandidate]) -> list[FieldCandidate]:
    """The collector a series' header names after its title ("PLANTS OF WESTERN EXAMPLIA
    COLLECTED BY K. MUSTER": the series' collector, right on most sheets of it) dropped where a
    data label's key names another ("Coll. J. Beispiel 231"): that one gathered the specimen."""
    keyed = [c for c in coll if c.evidence.rule in _KEYED_GROUPS[0]]
    head = [c for c in keyed if _in_header(labels, c)]
    others = {surname_of(c.value) for c in keyed if c not in head}
    if not head or not others:
        return coll
    return [c for c in coll if not (c in head and surname_of(c.value) not in others)]


def _keyed_disagree(coll: list[FieldCandidate]) -> list[FieldCandidate]:
    """Two keyword collectors (or senders) of the same rule, the key before the name or after it,
    that name different people ("Communic. K. Muster 1832" and "Communic. J. Beispiel 1829" on
    one sheet, "J. Beispiel leg. / Coll. K. Muster"): which one collected the specimen the labels
    do not say, so both are flagged `several_collectors`."""
    out = list(coll)
    for rules in _KEYED_GROUPS:
        same = [k for k, c in enumerate(out) if c.evidence.rule in rules]
        if len({surname_of(out[k].value) for k in same}) < 2:
            continue
        sure = {surname_of(out[k].value) for k in same if SURNAME_ONLY not in out[k].flags}
        if len(sure) == 1:
            # "leg. J. Beispiel" and "Coll. Staudinger" on a pin: the bare surname a "Coll."
            # or a "Col." keys (flagged `surname_only`) is the collection's or a place's
            drop = {k for k in same if SURNAME_ONLY in out[k].flags}
            if all(surname_of(out[k].value) not in sure for k in drop):
                out = [c for k, c in enumerate(out) if k not in drop]
                continue
        for k in same:
            out[k] = out[k].model_copy(update={"flags": [*out[k].flags, SEVERAL_COLLECTORS]})
    return out
