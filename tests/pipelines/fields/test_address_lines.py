"""Which lines under an institution's name are its postal address (pipelines.fields.text)."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.subdivisions import typed_subdivision_line
from pipelines.fields.text import make_labels


def address(text: str) -> list[bool]:
    return make_labels(labels_from_text(text))[0].address


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("Sampleton, Exampla Prov.", True),
        ("Beeby, Northern Div.", True),
        ("Sampleton, Upper Exampla Dist.", True),
        ("Northern Terr., Sampleton", True),
        ("Depto. Exempla, Mpio. Muestra", True),
        ("Sampleton Dist., Upper Exampleland", True),
        # a university's department, a postal town, a state in full
        ("Sampleton, Botany Dept.", False),
        ("Department of Botany, Sampleton", False),
        ("SAMPLETON, EXAMPLIA", False),
        ("Sampleton, Ohio 45401", False),
    ],
)
def test_a_subdivision_named_with_its_type_word(line: str, typed: bool) -> None:
    assert typed_subdivision_line(line) is typed


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a town and its province, as a collector writes them: the specimen's place
        ("HERBARIUM OF THE EXAMPLE MUSEUM\nSampleton, Exampla Prov.\n12 May 1931", [False] * 3),
        ("ROYAL BOTANIC GARDENS, EXAMPLE\nBeeby, Northern Div.\n3.iv.1936", [False] * 3),
        # the institution's own town and department
        ("HERBARIUM UNIVERSITY OF EXAMPLE\nSampleton, Botany Dept.", [False, True]),
        ("MUSEUM OF EXAMPLE\nSAMPLETON\nEXAMPLIA\nExampla minor", [False, True, True, False]),
    ],
)
def test_address_lines(text: str, flags: list[bool]) -> None:
    assert address(text) == flags
