"""Combining two readings of one line: Tesseract's words and the PP-OCR recogniser's characters.

The recogniser reads worn typewriter print and small photographed labels better, but often runs
words together ("EMEC512.347"); Tesseract segments words well. `respace` puts Tesseract's word
breaks into the recogniser's text wherever the two readings align, and `words` cuts the result into
words with boxes taken from the recogniser's character positions. `merge` then keeps, word by word
where the two readings align, the surer one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Protocol, TypeVar


@dataclass(frozen=True)
class Word:
    text: str
    confidence: float
    start: float  # fraction of the line's width
    end: float


def _break_positions(words: Sequence[str]) -> set[int]:
    """Indices (in the text without spaces) before which a new word starts."""
    breaks: set[int] = set()
    total = 0
    for w in words[:-1]:
        total += len(w)
        breaks.add(total)
    return breaks


# A break Tesseract saw is kept only where the recogniser's letters are this much further apart
# than their usual pitch: in typewriter print "Det.by" has a period in a full cell, which
# Tesseract takes for a space, while a real space leaves an empty cell (about twice the pitch).
# (Devset, every third image: word F1 0.7956 -> 0.8009 at 1.3 and at 1.15, 0.7947 at 1.5; also
# breaking wherever the gap is 2 pitches, without Tesseract, gave 0.8000 and was left out.)
MIN_GAP = 1.3


def _gaps(text: str, positions: Sequence[float]) -> list[float]:
    """For each non-space character, its distance from the previous one in units of the line's
    median character pitch (1.0 for the first)."""
    centres = [p for ch, p in zip(text, positions, strict=True) if ch != " "]
    steps = [b - a for a, b in pairwise(centres)]
    pitch = sorted(steps)[len(steps) // 2] if steps else 0.0
    if pitch <= 0:
        return [1.0] * len(centres)
    return [1.0] + [step / pitch for step in steps]


def respace(text: str, reference: Sequence[str], positions: Sequence[float] | None = None) -> str:
    """`text` with a space added wherever the reference words break at an aligned position (and,
    given the characters' positions, where the letters there stand apart as across a space)."""
    squashed = text.replace(" ", "")
    gaps = _gaps(text, positions) if positions is not None else None
    own = _break_positions(text.split())
    ref = "".join(reference)
    if not squashed or not ref:
        return " ".join(text.split())
    matcher = SequenceMatcher(None, ref, squashed, autojunk=False)
    added: set[int] = set()
    for b in _break_positions(list(reference)):
        for a, j, n in matcher.get_matching_blocks():
            # only where both readings agree on two letters either side of the break: around
            # misread letters Tesseract's breaks are as unreliable as its letters
            if a + 2 <= b <= a + n - 2:
                at = j + (b - a)
                if gaps is None or gaps[at] >= MIN_GAP:
                    added.add(at)
                break
    breaks = {p for p in own | added if 0 < p < len(squashed)}
    out: list[str] = []
    for i, ch in enumerate(squashed):
        if i in breaks:
            out.append(" ")
        out.append(ch)
    return "".join(out)


def borrow_commas(text: str, reference: Sequence[str]) -> str:
    """`text` with a comma wherever it has a full stop and the reference, aligned on both sides,
    has a comma.

    The recogniser reads small commas as full stops ("EMEC 512.903", "Varnek Island. Olsundi");
    Tesseract tells them apart in print. Only a lone character between agreeing letters is
    changed, so the text keeps its length (and its characters' scores and positions).
    """
    at = [i for i, ch in enumerate(text) if ch != " "]
    squashed = "".join(text[i] for i in at)
    ref = "".join(reference)
    out = list(text)
    codes = SequenceMatcher(None, ref, squashed, autojunk=False).get_opcodes()
    for k, (tag, a0, a1, b0, b1) in enumerate(codes):
        lone = tag == "replace" and a1 - a0 == 1 and b1 - b0 == 1
        between = 0 < k < len(codes) - 1 and codes[k - 1][0] == codes[k + 1][0] == "equal"
        if lone and between and ref[a0] == "," and squashed[b0] == "." and _commalike(text, at[b0]):
            out[at[b0]] = ","
    return "".join(out)


def _commalike(text: str, i: int) -> bool:
    """Whether a full stop at `text[i]` stands where a comma can: between figures ("512.903"),
    before a space ("May 12. 1987"), or between words after one of three letters or more
    ("Muster.Collr."). After an initial or a short abbreviation it is their stop ("G.A.Muster",
    "Cr.jct."); between a figure and a letter it parts a date's day and month ("12.VI.1925",
    "3.Aug.1901"): Tesseract's comma there is a misread stop."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return not before.isspace()
    if before.isdigit() or after.isdigit():
        return before.isdigit() and after.isdigit()
    word = re.search(r"[^\W\d_]*$", text[:i])
    return word is not None and len(word.group()) >= 3


def words(
    text: str, scores: Sequence[float], positions: Sequence[float], spaced: str
) -> list[Word]:
    """Cut `spaced` (the recogniser's characters, respaced) into words with confidence and extent.

    `scores` and `positions` belong to the recogniser's own characters (`text`, spaces included).
    """
    chars = [(s, p) for ch, s, p in zip(text, scores, positions, strict=True) if ch != " "]
    out: list[Word] = []
    i = 0
    for token in spaced.split():
        part = chars[i : i + len(token)]
        i += len(token)
        if not part:
            continue
        start, end = part[0][1], part[-1][1]
        pad = 0.5 * (end - start) / max(1, len(part) - 1) if len(part) > 1 else 0.01
        out.append(
            Word(
                text=token,
                confidence=sum(s for s, _ in part) / len(part),
                start=max(0.0, start - pad),
                end=min(1.0, end + pad),
            )
        )
    return out


class Read(Protocol):
    """A recognised word: its text and how sure its engine was of it."""

    @property
    def text(self) -> str: ...

    @property
    def confidence(self) -> float: ...


W = TypeVar("W", bound=Read)

# Where the readings align word for word, the second replaces the first's word when surer by
# WORD_MARGIN; where they differ in how many words they see, the second's stretch replaces the
# first's when surer by STRETCH_MARGIN (its confidences run higher on the same print).
# (Devset, the 1,430 lines read by both: words keyed by the transcribers 2,140 choosing whole lines
# by confidence -> 2,222 (words emitted 3,188 -> 3,213); stretch margin 0.0: 2,179, 0.2: 2,259
# but 3,286 emitted; word margin 0.0-0.1 alike, 0.2: 2,191.)
WORD_MARGIN = 0.05
STRETCH_MARGIN = 0.1
# Words only the first reading has, where the second (reading the whole line) saw nothing, are
# kept when the first was at least this sure of them: an unsure lone word there is mostly a mark
# read as a letter ("Bombus 9" for "Bombus ♀"). (PP-OCRv6, whole devset: cer 0.1488 -> 0.1476,
# word F1 0.8722 -> 0.8733, core_field_accuracy 0.877 -> 0.882; 0.9 alike.)
UNSEEN_MIN = 0.8


def _surety(stretch: Sequence[Read]) -> float:
    chars = sum(len(w.text) for w in stretch)
    return sum(w.confidence * len(w.text) for w in stretch) / chars if chars else 0.0


def _differ(mine: Sequence[Read], theirs: Sequence[Read]) -> bool:
    """Whether two readings of one stretch differ in more than letter case and spacing."""
    return "".join(w.text for w in mine).casefold() != "".join(w.text for w in theirs).casefold()


def merge(
    first: Sequence[W], second: Sequence[W], disputed: Callable[[W], None] | None = None
) -> list[W]:
    """Two readings of one line combined: the words both read alike, and where they differ the
    surer reading of each word (or of each stretch, where they part words differently).

    Each word kept where the other reading saw other letters is passed to `disputed` (when
    given): the two engines disagreeing there is itself a reason to be less sure of it."""
    out: list[W] = []
    matcher = SequenceMatcher(
        None, [w.text for w in first], [w.text for w in second], autojunk=False
    )

    def kept(words: Sequence[W], rival: Sequence[W]) -> Sequence[W]:
        if disputed is not None and rival and _differ(words, rival):
            for w in words:
                disputed(w)
        return words

    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        mine, theirs = first[a0:a1], second[b0:b1]
        if tag == "equal":  # read alike: the word is as sure as the surer engine was
            pairs = zip(mine, theirs, strict=True)
            out.extend(b if b.confidence > a.confidence else a for a, b in pairs)
        elif tag == "replace" and len(mine) == len(theirs):
            for a, b in zip(mine, theirs, strict=True):
                out.extend(
                    kept([b], [a]) if b.confidence > a.confidence + WORD_MARGIN else kept([a], [b])
                )
        elif not theirs and _surety(mine) < UNSEEN_MIN:
            continue
        elif _surety(theirs) > _surety(mine) + STRETCH_MARGIN:
            out.extend(kept(theirs, mine))
        else:
            out.extend(kept(mine, theirs))
    return out
