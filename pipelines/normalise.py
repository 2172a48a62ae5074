"""Text keys shared by the scorer and the confidence features."""

from __future__ import annotations

import re
import unicodedata


def squash(text: str | None) -> str:
    """Letters and digits only, lower case, without accents: how two spellings of a value are
    compared ("EMEC 609,488" -> "emec609488")."""
    text = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]", "", folded.lower())
