"""Text normal forms: the keys the scorer and the confidence features compare, and the quotes
labels are keyed with."""

from __future__ import annotations

import re
import unicodedata


def squash(text: str | None) -> str:
    """Letters and digits only, lower case, without accents: how two spellings of a value are
    compared ("EMEC 512,347" -> "emec512347")."""
    text = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", folded.lower())


_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "′": "'", "“": '"', "”": '"', "″": '"'})


def straight_quotes(text: str) -> str:
    """Quotes and primes as labels are keyed: the recognisers read a coordinate's minute and
    second marks and a typewriter's quotes as typographic ones ("45°15’N", "“El Cinco”")."""
    return text.translate(_STRAIGHT)
