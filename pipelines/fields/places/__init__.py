"""County, verbatim locality and habitat.

The locality is found from the label's structure: a keyed field ("Locality:", "Loc.", "Location")
when there is one, otherwise the run of lines that reads most like a place (distances and bearings,
county and state names, coordinates, "near", "road", "creek") once headers, institution lines, names,
dates, collectors and determinations are set aside. The habitat is a keyed field, an "on ..." line
(the host plant of an insect, the substrate of a lichen), or what follows the last ";" of a locality.

`locality_candidates` is the recipe; each step has a module of its own: `cues` (the place cue
tables as patterns), `keys` (a form's keys: where a keyed field starts and ends), `lines` (shapes
of lines the rules share: dates, the plant described, a sentence carried on), `claimed` (the spans
other fields claimed), what is not a place (`persons`, `taxa`, `institutions`, `asides`),
`line_kinds` (each line's kind), `score` (how much a block reads like a place, the best block),
`keyed` (the keyed locality, an old label's "Hab." naming a place), `data_labels` (insects' and
old sheets' data labels, a place alone on its line), `block` (where an unkeyed block ends and
starts), `higher_geography` and `vice_counties` (the country, state, county and vice-county cut
off it), `coordinates` (a township and range, UTM, GPS or latitude line, a grid reference closing
the place: the coordinates' fields), `repairs` (the OCR's slips mended), `map_sheets`, and
`doubts` (the flags of a locality in doubt, the OCR's visible misreading among them). The habitat: `habitat_phrases` (what describes the site) and `habitat`; the county and
the municipality: `counties`, `municipalities`.
"""

from __future__ import annotations

from pipelines.fields.places.counties import county_candidates
from pipelines.fields.places.doubts import EXTENT_UNCERTAIN, PLACE_UNCUED, SEVERAL_PLACES
from pipelines.fields.places.habitat import habitat_candidates, habitat_lines
from pipelines.fields.places.locality import locality_candidates
from pipelines.fields.places.municipalities import municipality_candidates

# what other modules and the tests import from here
__all__ = [
    "EXTENT_UNCERTAIN",
    "PLACE_UNCUED",
    "SEVERAL_PLACES",
    "county_candidates",
    "habitat_candidates",
    "habitat_lines",
    "locality_candidates",
    "municipality_candidates",
]
