"""Combining two readings of one line: Tesseract's words and the PP-OCR recogniser's characters.

The recogniser reads worn typewriter print and small photographed labels better, but often runs
words together ("EMEC609.488"); Tesseract segments words well. `respace` puts Tesseract's word
breaks into the recogniser's text wherever the two readings align, and `words` cuts the result into
words with boxes taken from the recogniser's character positions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher


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


def respace(text: str, reference: Sequence[str]) -> str:
    """`text` with a space added wherever the reference words break at an aligned position."""
    squashed = text.replace(" ", "")
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
                added.add(j + (b - a))
                break
    breaks = {p for p in own | added if 0 < p < len(squashed)}
    out: list[str] = []
    for i, ch in enumerate(squashed):
        if i in breaks:
            out.append(" ")
        out.append(ch)
    return "".join(out)


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
