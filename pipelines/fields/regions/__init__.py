"""Country, state/province and county, from names and abbreviations printed on the label.

Institution lines are skipped ("NEW YORK BOTANICAL GARDEN" is not where a Bahamian plant grew).
Where both a country and a US territory are printed ("USA, Puerto Rico") the territory is the
country. Where no country is printed, the state implies it ("Ariz." -> United States).

`find_hits` finds the mentions (`Hit`s), `region_candidates` makes the candidates of them; each
step has a module of its own: `hit` (the `Hit` type, `region_spans`), `patterns` (the regexes of
printed names and abbreviations), `skipped` (lines that cannot name where the specimen grew),
`mentions` (`find_hits`), `country_filters` and `state_filters` (what drops a mention: towns,
herbaria's acronyms, authors' abbreviations, overprinted headers), `misreadings` (the OCR's
misreadings of headers and after counties), `resolve` (one country, state or province:
`Regions`), `candidates` (`region_candidates`, subdivisions), `countries` (the country candidates
and their flags) and `address` (the institution's address country).
"""

from __future__ import annotations

from pipelines.fields.regions.candidates import region_candidates
from pipelines.fields.regions.hit import Hit, region_spans
from pipelines.fields.regions.mentions import find_hits
from pipelines.fields.regions.resolve import Regions, resolve
from pipelines.fields.regions.skipped import skipped_lines

# what other modules import from here
__all__ = [
    "Hit",
    "Regions",
    "find_hits",
    "region_candidates",
    "region_spans",
    "resolve",
    "skipped_lines",
]
