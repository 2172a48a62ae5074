"""A habitat's word and its adjective on a line of their own ("Selva alta", "Bosque seco",
"Sabana arbolada", "Prado húmido") read as a genus and an epithet: no name, though a backbone
knows a genus of that spelling, where it lists no such epithet under it and no author follows;
the sheet's own name is then the only taxon. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading, value

HABITATS = ["Selva alta", "Bosque seco", "Sabana arbolada", "Prado húmido", "Selva baja"]


@pytest.mark.parametrize("habitat", HABITATS)
def test_habitat_no_name(habitat: str) -> None:
    text = f"Peru: Dpto. Muestra, Sampleyacu\n{habitat}\n12.5.1950\nK. Muster 123"
    assert value(text, "scientificName") is None


@pytest.mark.parametrize("habitat", HABITATS)
def test_habitat_no_second_taxon(habitat: str) -> None:
    text = f"Exampla minor (Sow.)\nBolivia: Probeni\n{habitat}\n3.4.1960\nA. Exempel 45"
    got = reading(text, "scientificName")
    assert got is not None and got[0] == "Exampla minor"
    assert "several_taxa" not in got[2]


def test_habitat_genus_with_author_is_a_name() -> None:
    text = "Selva exempla Muster\nPeru: Sampleyacu\n12.5.1950\nK. Muster"
    assert value(text, "scientificName") == "Selva exempla"
