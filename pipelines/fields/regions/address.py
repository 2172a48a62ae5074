"""The country of the institution's address (`address_country`): the specimen's likely country
where the labels name no other."""

from __future__ import annotations

import re

from pipelines.fields.geo import country_name, country_names, fold_same_length, name_key
from pipelines.fields.regions.hit import Hit
from pipelines.fields.regions.patterns import country_name_pattern
from pipelines.fields.text import Label

# a distribution's line ("Distributed by the Botanical Museum, Copenhagen, Denmark", "Issued by
# ..."): the distributor's address, which names where the duplicates were sent from, not where the
# specimen grew; so do the address lines under it
_DISTRIBUTOR = re.compile(
    r"^\W*(?:Distrib(?:uted|uit|ué|\.)|Issued\s+by|Ausgegeben)", re.IGNORECASE
)


def address_country(labels: list[Label]) -> Hit | None:
    """The country of the institution's address ("Lakehead University, Thunder Bay, Ontario,
    Canada.", "JARDIN BOTANICO ... / SANTO DOMINGO. / REPUBLICA DOMINICANA"): where the label
    names no other, the specimen was most likely collected there."""
    for lab in labels:
        folded = fold_same_length(lab.text)
        distributor = False
        for ln, inst, addr in zip(lab.lines, lab.institution, lab.address, strict=True):
            # the address under the name, or the institution's own line: its name ("EXEMPLI
            # NSV ... INSTITUUDI HERBAARIUM", "University of Exampleland, Sampleton") or the
            # address it runs on into ("..., Canada")
            distributor = bool(_DISTRIBUTOR.match(ln.text)) or (distributor and addr)
            if not (addr or inst) or distributor:
                continue
            for m in country_name_pattern().finditer(folded, ln.start, ln.end):
                entry = country_names().get(name_key(m.group(0)))
                if lab.text[m.start()].isupper() and entry is not None and entry.code:
                    code = entry.code
                    return Hit(
                        lab,
                        m.start(),
                        m.end(),
                        "country",
                        code,
                        country_name(code),
                        False,
                        entry=entry,
                    )
    return None
