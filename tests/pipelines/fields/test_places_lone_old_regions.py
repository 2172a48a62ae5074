"""A wide region's old Latin name alone on an old sheet's line, its only place ("Nov. Holl.",
"Cap. b. spei", "Amer. sept.", "Ind. or."): keyers key it as the locality, which is given
doubted (nothing names a place in it), also as the OCR read its stops and letters; a place's
name on the sheet wins over it (invented strings of the shapes old European herbaria print)."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text
from pipelines.fields.places import PLACE_UNCUED
from pipelines.fields.places.higher_geography import old_region


def found(text: str) -> tuple[str | None, float, list[str]]:
    got = extract_fields(labels_from_text(text)).get("verbatimLocality")
    return (got.value, got.confidence, got.flags) if got is not None else (None, 0.0, [])


ALONE = [
    ("Exampla australis L.\nNov. Holl.\nHerb. A. Exempel", "Nov. Holl."),
    ("Exampla capensis L.\nCap. b. spei\nleg. J. Beispiel", "Cap. b. spei"),
    ("Exampla americana L.\nAmer. sept.\nHerb. K. Muster", "Amer. sept."),
    ("Exampla borealis L.\nAmer. bor.\ncomm. J. Beispiel", "Amer. bor."),
    ("Exampla indica L.\nInd. occ.\nleg. H. Sampleva", "Ind. occ."),
    # a sender's key under the region is no word broken over the lines ("Spei / ded.")
    (
        "Herbarium Musterianum\nExampla capensis L.\nCaput Bonae Spei\nded. A. Exempel 1840",
        "Caput Bonae Spei",
    ),
    (
        "Herbarium Musterianum\nExampla capensis L.\nPromontorium bonae spei\nleg. H. Muster",
        "Promontorium bonae spei",
    ),
]


@pytest.mark.parametrize(("text", "place"), ALONE)
def test_lone_old_region_is_the_doubted_locality(text: str, place: str) -> None:
    value, confidence, flags = found(text)
    assert value == place
    assert PLACE_UNCUED in flags
    assert confidence < 0.9


def test_a_region_alone_over_the_place_is_kept_with_it() -> None:
    # the keyers give either or both ("Nov. Holld." over a word the transcriber could not read)
    text = "Exampla australis L.\nNov. Holl.\nSampleton\nleg. K. Muster 1840"
    assert found(text)[0] == "Nov. Holl.\nSampleton"
    # on the place's line, or as a form's key over it, the region is cut
    assert found("Exampla australis L.\nNov. Holl. Port Sample\nleg. K. Muster 1840")[0] == (
        "Port Sample"
    )
    assert found("Exampla australis L.\nArchipel. Ind.:\nSampleton\nleg. K. Muster")[0] == (
        "Sampleton"
    )


@pytest.mark.parametrize(
    ("line", "region"),
    [
        ("Nov. Holl.", True),
        ("NOV. HOLL.", True),
        ("N0v. Ho11.", True),  # the OCR's figures for its letters
        ("Cap b.spei", True),  # its stops and spaces lost
        ("Cap. b. spei", True),
        ("Ind. or.", True),
        ("Sampleton", False),
        ("Nov. 1840", False),
        ("Capt. Muster", False),
    ],
)
def test_old_region(line: str, region: bool) -> None:
    assert old_region(line) == region
