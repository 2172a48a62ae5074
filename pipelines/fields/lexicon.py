"""The parsers' lexicons, kept as data: CSV tables in the package's `data/` folder.

Cue words per language (who collected, who determined, where, when), month names, institution
codes, historical country names: each is a table a curator can read and extend without touching a
pattern. This module is the one place that reads them and turns a column of words into the
alternation a pattern embeds.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources

__all__ = ["alternation", "data_rows", "institution_words"]


@cache
def _read(name: str) -> tuple[dict[str, str], ...]:
    text = resources.files("pipelines.fields").joinpath(f"data/{name}").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text))
    # a row whose first cell starts with "#" is a comment in the table
    return tuple(row for row in rows if not next(iter(row.values()), "").lstrip().startswith("#"))


def data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV table shipped in the package's data/ folder (read once)."""
    return list(_read(name))


def institution_words(kind: str, *, languages: Iterable[str] = ()) -> tuple[str, ...]:
    """The words of `data/institution_words.csv` of `kind` (those of `languages`, if given). A
    survey's words ("SURVEY", "Inventory") are a name's too: its heading is an institution's (only
    the land it names is read, `regions.skipped`)."""
    kinds = ("name", "survey") if kind == "name" else (kind,)
    wanted = frozenset(languages)
    return tuple(
        row["word"]
        for row in _read("institution_words.csv")
        if row["kind"] in kinds and (not wanted or row["language"] in wanted)
    )


def alternation(
    words: Iterable[str],
    *,
    fold: Callable[[str], str] | None = None,
    optional_stop: bool = False,
    comma_stop: bool = False,
) -> str:
    """A non-capturing regex alternation of literal words, longest first (so that "Collector"
    is tried before "Coll"); a space in a word matches any run of spaces. `fold`: the words as
    the text they are matched against spells them (folded accents); `optional_stop`: a word's
    final full stop may be missing ("Prov." matches "Prov"); `comma_stop`: it may be read as a
    comma, as the OCR reads a small full stop ("Conf, K. Muster")."""
    unique = sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w))

    def piece(word: str) -> str:
        body = re.escape(fold(word) if fold else word).replace(r"\ ", r"\s+")
        if (optional_stop or comma_stop) and word.endswith("."):
            stop = r"[.,]" if comma_stop else r"\."
            return body.removesuffix(r"\.") + stop + ("?" if optional_stop else "")
        return body

    return "(?:" + "|".join(dict.fromkeys(piece(w) for w in unique)) + ")"
