"""The place cue tables as patterns: the cues of data/place_cues.csv per role (`cue_pattern`: the
locality's and the habitat's keys, the keys that end a locality, the prepositions of place, ...),
the words of data/place_words.csv per kind (`place_words`), and the patterns of words that say
"place" built of them: kinds of place and relations (`GEO_WORDS`), the site's words
(`HABITAT_WORDS`), a preposition before a name (`PLACE_PREPOSITION`) and the lower-case words and
nouns a place's name may hold (`PLACE_SMALL_WORD`, `PLACE_NOUN`)."""

from __future__ import annotations

import re

from pipelines.fields.lexicon import alternation, data_rows


# The cue words of places, per language, are data (data/place_cues.csv): the locality's keys
# ("Fundort:", "Vindplaats", "Местонахождение"), the habitat's ("Standort:", "Kasvupaikka"), the
# keys that end a locality ("Dat.", "Leg.", "Oec."), a form's island key, and the prepositions
# that open an unkeyed line naming a place ("prope X", "bei Y").
def cue_pattern(
    role: str, *, upper: bool = False, inline: bool = False, names: bool = False
) -> str:
    """The cues of `role` as one alternation: whole words (a cue ending in "." as OCR spaces it,
    "Dat ."), words a cue opens ("Coll" -> "Collector"), and ordinary words that are a key only
    with "." or ":" after them ("Ort:", "Plaats:"), and an abbreviation's capitals with or without
    their stops ("HMS": "H.M.S.", "HM.S"). With `upper`, each cue's upper-case form too
    (for patterns matched with case); with `inline`, only the cues that end a locality in the
    middle of its line (with `names`, only those that do so before a name without a stop)."""
    wanted = ("name",) if names else ("y", "name")
    rows = [
        r
        for r in data_rows("place_cues.csv")
        if r["role"] == role and (not inline or r["inline"] in wanted)
    ]

    def cues(match: str) -> list[str]:
        words = [r["cue"] for r in rows if r["match"] == match]
        return words + [w.upper() for w in words] if upper else words

    words = cues("word")
    if role == "site":
        # a site's short word with its "m" read as "rn" by the OCR ("Musterdorf, irn Buchenwald",
        # "Probehausen, arn Waldrand"): the comma before it and the word after it place it
        words += [w.replace("m", "rn") for w in words if "m" in w and len(w) <= 4]
    parts = []
    if whole := [w for w in words if not w.endswith(".")]:
        parts.append(alternation(whole) + r"\b")
    if dotted := [w[:-1] for w in words if w.endswith(".")]:
        parts.append(alternation(dotted) + r"\s?\.")
    if prefixes := cues("prefix"):
        parts.append(alternation(prefixes) + r"\w*")
    if keys := cues("key"):
        parts.append(alternation(keys) + r"(?=\s*[.:])")
    if letters := [r["cue"] for r in rows if r["match"] == "letters"]:
        # an abbreviation's capitals, its stops and spaces as printed or lost ("H.M.S.", "HM.S",
        # "H. M. S.")
        parts.extend(
            r"(?<![\w.])" + r"\.?[ \t]?".join(re.escape(ch) for ch in word) + r"\.?(?![\w])"
            for word in letters
        )
    return "(?:" + "|".join(parts) + ")"


def place_words(*kinds: str) -> str:
    """The words of `kinds` in data/place_words.csv (every language), as a regex alternation."""
    return alternation(row["word"] for row in data_rows("place_words.csv") if row["kind"] in kinds)


# Kinds of place and words relating one place to another, in every language of the table, and a
# few shapes ("3.5 km", "N of", "E side").
GEO_WORDS = re.compile(
    r"\b(?:\d+(?:\.\d+)?\s?(?:mi|km|miles?|kms?)\b\.?|mi\.|km\.?|[NSEW]{1,3}\.?\s(?:of|side|slope|end|corner)\b|"
    # an abbreviation's full stop ends the word itself ("Mt. Exemplo", "Sample Dist.")
    rf"{place_words('geo', 'relation')})(?:\b|(?<=\.))",
    re.IGNORECASE,
)
# What a collector writes about the site rather than where it is ("; pine scrub and birch woods").
HABITAT_WORDS = re.compile(rf"\b{place_words('habitat')}\b", re.IGNORECASE)


# The words a place's name may hold in lower case ("I. of Exemplar", "Bois de la Forge", "Oakham
# fort", "Sampelheim b. München": "bei" and "prope" cut short); another lower-case word makes
# the line a sentence or a name, not a data label's place.
PLACE_SMALL_WORD = re.compile(
    r"(?:of|on|upon|the|de|la|le|les|du|des|di|del|da|do|am|an|der|den|im|bei|b\.|by|near|nr\.?|"
    r"pr\.|prope|en|sur|sous|and|et|y|e|aan|op|te|ter|bij|på|i|och|und|zu|v\.?)",
)
# Lower-case nouns of English place names on insect labels ("Oakham fort", "Hollow common")
PLACE_NOUN = re.compile(
    r"(?:fort|wood|woods|common|heath|moor|fen|green|downs?|field|farm|garden|gardens|castle|"
    r"church|mill|end|marshes|cliffs?|quarry|gate|gates|bottom|warren|chase|hall|house|lane)"
)


# A preposition of place before a name, in the languages of old labels ("prope Villanova",
# "ad ripam Fluvii", "bei Dorf", "nabij Stad"): the line says where.
# In the middle of a line the preposition is written in lower case: "Max Pr. v Beispiel" is a name.
PLACE_PREPOSITION = re.compile(
    r"(?:(?<![\w.])"
    + cue_pattern("preposition")
    + r"|^[^\w\n]*(?i:"
    + cue_pattern("preposition")
    # (the noun of place perhaps shortened: "ad fl. Sampla", "prope opp. Exampla")
    + r"))\s+(?:[a-zà-ÿ]+\.?\s+){0,2}[A-ZÀ-Þ][a-zà-ÿ]{2,}"
    # a line in capitals ("SAMPLETON DOWN, NR. EXAMPLA"): the preposition and the name in
    # capitals too
    + r"|(?<![\w.])(?-i:"
    + cue_pattern("preposition", upper=True)
    + r")\s+[A-ZÀ-Þ]{3,}\b",
    re.MULTILINE,
)
