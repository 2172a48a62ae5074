"""Stamps read beside the data label's own line, as the OCR reads two labels side by side, and a
museum's accession stamp (its name over a keyed number and a year), on invented sheets of Central,
Northern and Eastern European herbaria and of a natural history museum: the stamp's number, date
and person are never the specimen's."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import Role, label_roles, stamp_columns
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import values


def _roles(text: str) -> list[Role]:
    roles = label_roles(make_labels(labels_from_text(text)))
    return [roles[i] for i in sorted(roles)]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        # an accession stamp after the collector and his date
        ("leg. K. Muster  12.7.1890      Eingang 3.4.1901", "Eingang 3.4.1901"),
        ("J. Beispiel 567   12 Apr 1939     ACC. NO. 987654", "ACC. NO. 987654"),
        # a giver's stamp after the place
        (
            "Sampla Loch, Sutherland      Presented by J. Beispiel 1925",
            "Presented by J. Beispiel 1925",
        ),
        ("Sampla, Beispielwald      Inv. Nr. 1234/56", "Inv. Nr. 1234/56"),
        # an institution's heading beside the data label's first line, or after its place
        ("HERB. HORT. BOT. SAMPL.     Exampla africana Muster", "HERB. HORT. BOT. SAMPL."),
        ("KASVIMUSEO    Ta: Sampla, Beispielmäki, kallio", "KASVIMUSEO"),
        ("Sampla, Beispielwald      HERBARIUM MUSEI EXEMPLI", "HERBARIUM MUSEI EXEMPLI"),
        # the stamp first, the data label's keyed line after it
        ("Eingang 3.4.1901      leg. K. Muster 12.7.1890", "Eingang 3.4.1901"),
    ],
)
def test_a_stamp_beside_the_data_labels_line_is_its_column(line: str, stamp: str) -> None:
    assert [line[a:b] for a, b in stamp_columns(line)] == [stamp]


@pytest.mark.parametrize(
    "line",
    [
        # one column: the line is the stamp's, or none
        "Eingang 3.4.1901",
        "leg. K. Muster  12.7.1890",
        # the stamp's key apart from its value: the whole line is the stamp's
        "Reg. No.      1934.12.3",
        "Presented by      J. Beispiel",
        "ACC. NO.     987654",
        # a number alone before the stamp: no data label's column
        "12345      Eingang 1901",
        # a heading beside its department: no data label's column
        "MUSEUM OF NATURAL HISTORY      BOTANY",
    ],
)
def test_no_stamp_column(line: str) -> None:
    assert stamp_columns(line) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exampla alpina Muster\nHelvetia: Valais, Sampla, 2100 m\n"
            "leg. K. Muster  12.7.1890      Eingang 3.4.1901",
            {"recordedBy": "K. Muster", "eventDate": "1890-07-12"},
        ),
        (
            "Exampla peruviana Muster\nPeru: Dept. Cuzco, Sampla, 3200 m\n"
            "J. Beispiel 567   12 Apr 1939     ACC. NO. 987654",
            {"recordedBy": "J. Beispiel", "recordNumber": "567", "eventDate": "1939-04-12"},
        ),
        (
            "Exampla alpina Muster\nHelvetia: Valais, Sampla, 2100 m\n"
            "Eingang 3.4.1901      leg. K. Muster 12.7.1890",
            {"recordedBy": "K. Muster", "eventDate": "1890-07-12"},
        ),
        (
            "Exampla scotica Muster\nSampla Loch, Sutherland      Presented by J. Beispiel 1925\n"
            "K. Muster   June 1880",
            {
                "recordedBy": "K. Muster",
                "eventDate": "1880-06",
                "verbatimLocality": "Sampla Loch, Sutherland",
            },
        ),
    ],
)
def test_the_data_labels_columns_are_read_the_stamps_not(
    text: str, expected: dict[str, str]
) -> None:
    got = values(text)
    assert {term: got.get(term) for term in expected} == expected


@pytest.mark.parametrize(
    "stamp",
    [
        "KASVIMUSEO\nHelsingin yliopisto\nN:o 12345 1934",
        "HERBARIUM UNIVERSITATIS EXEMPLI\nNr. 23456 / 1906",
        "MUSEUM BOTANICUM SAMPLENSE\nNo. 4567\n12.3.1912",
        # its date keyed as a form keys it
        "MUSEUM OF NATURAL HISTORY\nHERBARIUM\nNo. 1987654\nDATE  MAR 12 1983",
    ],
)
def test_an_institutions_name_over_a_keyed_number_is_its_accession_stamp(stamp: str) -> None:
    text = "Exampla fennica Muster\nKb: Sampla, Beispielvaara, lehto\nK. Muster   5.7.1933\n\n"
    assert _roles(text + stamp) == [Role.data, Role.curatorial]
    got = values(text + stamp)
    assert got.get("recordNumber") is None
    assert got["eventDate"] == "1933-07-05"


def test_a_series_title_over_its_number_is_no_accession_stamp() -> None:
    # the series' number is left to the people parser, which doubts it
    (role,) = _roles("LICHENES EXEMPLI EXSICCATI\nNo. 123")
    assert role is not Role.curatorial


@pytest.mark.parametrize(
    ("stamp", "person"),
    [
        ("Inv. č. 12345", None),
        ("Nr inw. 34567", None),
        ("Leltári szám: 4567", None),
        ("Koupeno 1920 od A. Exempel", "A. Exempel"),
        ("Köpt 1920 av A. Exempel", "A. Exempel"),
        ("Daroval A. Exempel 1950", "A. Exempel"),
    ],
)
def test_inventory_purchase_and_gift_stamps_inside_the_data_label(
    stamp: str, person: str | None
) -> None:
    text = f"Exampla bohemica Muster\nSampla, Beispielova louka\nleg. K. Muster  20.5.1948\n{stamp}"
    got = values(text)
    assert got["recordedBy"] == "K. Muster"
    assert got["eventDate"] == "1948-05-20"
    assert got.get("recordNumber") is None
    # the giver or the seller is no collector
    assert person is None or person not in got["recordedBy"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Geschenk von\nK. Muster",
        "Ankauf von\nK. Muster",
        "Purchased from\nK. Muster",
        "Dono dedit\nK. Muster",
        "Don de\nM. K. Muster",
    ],
)
def test_a_givers_name_under_his_cue_alone_is_no_collector(stamp: str) -> None:
    text = "Exampla hercynica Muster\nHarz: Sampla, am Beispielbach\nAug. 1877\n"
    # on a label of its own or read into the data label
    for sheet in (text + "\n" + stamp, text + stamp):
        got = values(sheet)
        assert got.get("recordedBy") is None
        assert got["eventDate"] == "1877-08"


@pytest.mark.parametrize(
    ("text", "collector"),
    [
        # a herbarium's header over its owner's name, a determiner under his cue: not givers
        (
            "Herbarium of\nK. Muster\n\nExampla minor Muster\nSampla, Beispielwald\n1877",
            "K. Muster",
        ),
        (
            "Exampla minor Muster\nSampla, Beispielwald\nleg. K. Muster 1877\nDet. by\nJ. Beispiel",
            "K. Muster",
        ),
    ],
)
def test_no_giver_under_a_header_or_a_determiners_cue(text: str, collector: str) -> None:
    assert values(text).get("recordedBy") == collector


@pytest.mark.parametrize(
    "stamp",
    [
        "HERB. MUS. BRIT. 12 MAR 1913",
        "Herb. Hort. Bot. Samplensis 3.6.1952",
        "MUSEUM EXEMPLI  MAR 3 1952",
    ],
)
def test_an_institutions_stamp_with_its_day_on_the_data_labels_line_dates_nothing(
    stamp: str,
) -> None:
    got = values(f"Exampla lusitanica Muster\nLusitania: Sampla\nleg. A. Exempel\n{stamp}")
    assert "eventDate" not in got
    assert got["recordedBy"] == "A. Exempel"


@pytest.mark.parametrize(
    "stamp",
    [
        "Inkommen 12.3.1910",
        "Wpłynęło 12.3.1910",
        "Érkezett 1910. III. 12.",
        "Vaihdossa 12.3.1910",
        "In exchange from Herb. Exempli 12.3.1910",
        "Получен в обмен 12.3.1910",
    ],
)
def test_an_arrivals_or_an_exchanges_date_is_no_collections(stamp: str) -> None:
    got = values(f"Exampla borealis Muster\nSampla, Beispielwald\nleg. K. Muster\n{stamp}")
    assert "eventDate" not in got
    assert got["recordedBy"] == "K. Muster"
