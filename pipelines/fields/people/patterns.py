"""The shape of a person's name as labels print it, as regular expressions: initials, titles,
particles, surnames in mixed case or capitals, a surname before its initials, and lists of names
joined by "&" or a joiner word.
"""

from __future__ import annotations

import re

from pipelines.fields.people.cues import JOINERS, cues, listed

# Capitals and small letters of the Latin alphabets of Europe ("Č", "Ő", "Ł") and of Cyrillic
# ("К. Мустер"), as character-class contents.
_EXT_A = [chr(c) for c in range(0x100, 0x180)]
UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXT_A if c.isupper()) + "А-ЯЁ"
LOW = "a-zß-öø-ÿ" + "".join(c for c in _EXT_A if c.islower()) + "а-яё"


# "Mme", "Mlle" (with or without a stop); "Jhr." or "Jr." before initials: the Dutch jonkheer
# ("Leg. Jr. A. van Muster"), not the suffix after a surname; the titles of the cue table in
# every language ("Baron", "Frhr.", "Ir.", "Abbé")
TITLE = (
    r"(?:(?:Dr|Mrs?|Prof|Bro|Hno|Fr|Rev|Sr)\.\s{0,2}(?:&\s?(?:Dr|Mrs?)\.\s?)?|Brother\s|Hermano\s"
    rf"|(?:Mme|Mlle)\.?\s|(?:Jhr|Jr)\.\s?(?=[{UP}]\.)|{listed('title')}\s{{1,2}})"
)
# The degrees signed after a name ("K. MUSTER, PH. & M. D.", "K. Muster M.D."): no person's.
DEGREES = rf"(?:\s?,?\s{{1,2}}{listed('degree')})"
# a surname with a capital inside: "McClure", "O'Neill", "VandeWater", "LaMoure", "DeWitt"
# (not "Jr" nor "Sr": the suffix after a surname, "K. Muster Jr. 1234", no surname itself)
CAPW = (
    rf"(?!(?:Jr|Sr)(?![{LOW}]))"
    rf"(?:Mc|Mac|O'|D'|Vander|Vande|Van|De|Di|Du|La|Le)?[{UP}][{LOW}'’]+(?:-[{UP}][{LOW}]+|-[{LOW}]{{2,6}}(?![{LOW}-]))?"
)
_UPW = rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})?"
WORD = rf"(?:{CAPW}|{_UPW})"
# An initial, or a currency or section sign the OCR read for one ("John ¥. Tillson" for "John W.
# Tillson"): the name reads across it, and `persons._unread_initials_dropped` leaves it out of the
# value.
MISREAD_INITIAL = "¥€£§©"
# A given name cut short as old labels print it ("Jul.", "Ferd.", "Chas."), read as an initial.
_GIVEN_ABBR_WORDS = [
    "Alex",
    "Alph",
    "Ant",
    "Aug",
    "Benj",
    "Bernh",
    "Car",
    "Ch",
    "Chas",
    "Chr",
    "Conr",
    "Const",
    "Dan",
    "Edm",
    "Edw",
    "Em",
    "Ern",
    "Ferd",
    "Fr",
    "Fred",
    "Fried",
    "Friedr",
    "Geo",
    "Gottl",
    "Guil",
    "Gust",
    "Henr",
    "Herm",
    "Hier",
    "Jac",
    "Jas",
    "Joh",
    "Jos",
    "Jul",
    "Leop",
    "Ludw",
    "Matth",
    # the Malay "Mohd.", "Muhd." (Mohamed, Muhammad) of forest departments' collectors
    "Mohd",
    "Muhd",
    "Nic",
    "Ph",
    "Rich",
    "Rob",
    "Rud",
    "Sam",
    "Steph",
    "Th",
    "Theod",
    "Thos",
    "Wilh",
    "Wm",
    # the two Latin letters of one Cyrillic initial, romanised ("Ju. Exempelov", "Ja.", "Yu.",
    # "Zh.", "Kh.", "Sh.", "Ts.": Ю, Я, Ж, Х, Ш, Ц)
    "Ja",
    "Ju",
    "Kh",
    "Sh",
    "Ts",
    "Ya",
    "Yu",
    "Zh",
]
# in capitals too on printed signatures ("FERD. MUSTER"), bar the months and a state ("AUG.",
# "JUL.", "N. CAR.")
GIVEN_ABBR = "|".join(
    _GIVEN_ABBR_WORDS + [w.upper() for w in _GIVEN_ABBR_WORDS if w not in ("Aug", "Jul", "Car")]
)
_INIT = rf"(?:[{UP}{MISREAD_INITIAL}][a-z{UP}]?\.|(?:{GIVEN_ABBR})\.)"
# A given name cut to three or four letters that the short list above lacks ("Moh. Muster",
# "Wilh. Muster"): taken only after a collector's keyword, and only where the letters open a
# given name of the table (`persons._unknown_abbreviation`), for "Sta. Cruz" or "Nat. Park"
# elsewhere are places.
_INIT_ABBR = rf"(?:{_INIT}|[{UP}][a-z]{{2,3}}\.(?=\s{{0,3}}[{UP}]))"
# "van der", "d'", and the abbreviated "v." and "v. d." ("L.v. Muster", "J. v. d. Beek", glued
# "J.v.d. Beek"), in capitals too on printed headers ("A. VAN DE MUSTER", "M. EXEMPEL DE LA
# CRUZ"); the Malay and Arabic
# patronymics ("Abdul bin Exemplo", "Siti binti Muster") and the Iban "anak" of Sarawak's and
# Sabah's forest collectors ("Jugah anak Exemplo"); the Swedish and Finnish nobility's "af" ("J. af
# Beispiel")
PARTICLE = (
    r"(?:(?:von|van|de|del|della|degli|dei|di|da|das|dos|du|la|las|los|le|der|den|ten|ter|zu|af|y|v\.|d\.|v"
    r"|bin|binti|bte|ibn|anak"
    r"|VON|VAN|DE|DEL|DELLA|DI|DA|DAS|DOS|DU|LA|LAS|LOS|DER|DEN|TEN|TER|ZU)\s{1,2}|"
    r"v\.(?=d\.)|d['’]\s?)"
)
# A surname of two words after a particle, ending the name ("J. v. Muster Exempel"): Dutch and
# German double surnames.
_DOUBLE_SURNAME = rf"{WORD}(?:\s{CAPW}(?=\s*(?:$|[,;&(\d])))?"
# A middle initial whose full stop the OCR lost, between a given name and a surname ("GEORGE V
# NEFF"): only right after a word, so a lone capital never starts a name.
# After a comma or an ampersand between two names ("K. Muster, J Beispiel & A. Exemplo"), the
# first initial of the next name whose stop the OCR lost; not a bearing ("Sampleton, N Exempla").
_BARE_INIT = (
    rf"(?:(?:(?<=[{LOW}{UP}] )|(?<=[{UP}]\. )|(?<=[{UP}]\.  ))[{UP}]\s(?={WORD})"
    rf"|(?<=[,&] )(?![NSEW]\s)[{UP}]\s(?={WORD}))"
)


def _person(initial: str, *, bare_first: str = "") -> str:
    return (
        rf"{TITLE}{{0,2}}(?:{WORD}\s)?(?:{bare_first}{initial}\s{{0,3}}(?:-?{initial}\s{{0,3}}){{0,3}}{_BARE_INIT}?|{_BARE_INIT})?"
        rf"(?:{WORD}\s)?"
        rf"(?:{PARTICLE}{{1,2}}{_DOUBLE_SURNAME}|{WORD})(?:,?\s(?:Jr|Sr)(?:\.|(?![^\W\d_]))|\s(?:f|fil|sen)\.|\sjun\.(?!\s?,?\s?(?:1[6-9]|20)\d\d))?"
        # ("K. Muster, Esq., M.D.": a title after the name and a degree)
        rf"{DEGREES}{{0,3}}"
    )


PERSON = _person(_INIT)
# The initials after a surname listed first, and the particle after them ("Muster, Y. de").
INITIALS_AFTER_SURNAME = (
    rf"(?:{_INIT}\s?){{1,4}}(?:(?:de|van|von|van der|van den|d')(?![{LOW}]))?"
    # a joiner word of any language after them ("Kask K. ja Tamm J.", "Ivanov I. i Petrov P."),
    # or a collector's key that follows a name ("Kask K. leg."), or a number's key ("MUSTER K.
    # n° 1234")
    rf"(?=\s*(?:$|[,;&)(#]|\d|{JOINERS}\s|{cues('collector', 'after')}|{cues('number', 'before')}))"
)
# A surname listed before its initials, as herbaria index names ("Muster, K.", "Muster, Y. de"):
# only where the initials end the name (before a separator, a number or the line's end), so a
# place before a name ("Exampleton, K. Muster") is not read as one.
_SURNAME_FIRST = rf"{WORD},\s?{INITIALS_AFTER_SURNAME}"
# A surname in Cyrillic before its initials without the comma ("Иванов И. И.", "ИВАНОВА А."),
# as Russian labels sign everywhere: no genus and its author's initial is printed in Cyrillic.
_CYRILLIC_SURNAME_BARE = (
    r"(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?)\s{1,2}"
    r"(?:[А-ЯЁ]\.\s?){1,3}(?=\s*(?:$|[,;&)(]|\d|и\s))"
)
PERSON = rf"(?:{_SURNAME_FIRST}|{_CYRILLIC_SURNAME_BARE}|{PERSON})"
# The same without the comma, as Russian and Central European labels print a name ("Собр. Иванова
# А. П.", "leg. Muster K."): only after a keyword (`_PERSON_ABBR`), for elsewhere a genus and its
# author's initial ("Exempla L.", "Zieria Sm.") read so too. Not a month in Roman figures before
# the year ("leg. Muster V. 1901").
_SURNAME_BARE = rf"{WORD}\s{{1,2}}(?![IVX]\.\s?\d)(?:{INITIALS_AFTER_SURNAME})"
# after a keyword, a first initial whose full stop was lost before a second with one ("J D. Muster")
_BARE_FIRST = rf"(?:[{UP}]\s(?={_INIT}))?"
_PERSON_ABBR = (
    rf"(?:{_SURNAME_FIRST}|{_SURNAME_BARE}|{_person(_INIT_ABBR, bare_first=_BARE_FIRST)})"
)
# (the blank before a joiner word may be the one an initial's stop took: "Kask K. ja Tamm J.")
# (a semicolon before initials too, as lists of collectors print it: "K. Muster; J. Beispiel",
# "Muster, K.; Beispiel, J.")
# (up to three blanks before a comma or "&": the blanks a surname broken at a line's end left
# after it, closed up in the view: "J. Bei- / spiel & A. Exempel")
# (no separator at all between two whole names of initials and a surname, as keyers and the OCR
# drop the "&" or the comma: "K. Muster J. Beispiel 1234", "leg. K. MUSTER J. BEISPIEL"; a lone
# capital and its stop before the second surname, so "St. Exampleton" is none; `split_people`
# parts them only where the first is initialled too)
NO_SEPARATOR = rf"(?<=[{LOW}{UP}])[ \t]{{1,2}}(?=(?:[{UP}]\.[ \t]?){{1,3}}{WORD}(?![^\W\d_.]))"
_JOIN = (
    rf"(?:\s{{0,3}}[,&]\s?|\s?;\s?(?=[{UP}]\.|[{UP}][{LOW}]+,\s?[{UP}]\.)|(?:,?\s|(?<=\.\s)){JOINERS}\s"
    rf"|{NO_SEPARATOR})"
)
# A shared surname: "H. & V. Trask", "Martin & Greta Holloway", "R. A. & E. S. Hayward".
_SHARED = rf"(?:(?:{_INIT}\s?){{1,3}}|{CAPW}\s)&\s?(?={_INIT}|{CAPW})"
PERSONS = rf"(?:{_SHARED})?{PERSON}(?:{_JOIN}(?:{_SHARED})?{PERSON}){{0,5}}"
PERSONS_RE = re.compile(PERSONS)
PERSONS_ABBR_RE = re.compile(
    rf"(?:{_SHARED})?{_PERSON_ABBR}(?:{_JOIN}(?:{_SHARED})?{_PERSON_ABBR}){{0,5}}"
)
