"""Geography of Asian, Himalayan, African and Australian sheets: old names ("THIBET", "FLORA OF
CHOSEN"), Victoria's abbreviation at a line's start on an Australian sheet only ("Vic.:"), the
Algarve, Hooker's zone key before an elevation in Latin feet ("Regio temp. 8-10,000 ped."), feet
in capitals ("C. 3000 FT."), misread as letters ("7,OOO FT."), a herbarium's Latin name as a doubt ("HERBARIUM AUSTRALIENSE").
Invented strings in the shapes labels use."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import reading, value

_DATA = "\nExampla ornata Muster\nleg. K. Muster 123\nJan. 1890"

COUNTRIES = [
    ("THIBET ORIENTAL\nSampleton, 4000 m" + _DATA, "China"),
    ("FLORA OF CHOSEN\nProv. Exampla: Mt. Sampleton" + _DATA, "South Korea"),
    ("Algarve: Sampleton" + _DATA, "Portugal"),
    ("SIAM\nDoi Sampleton, 1200 m" + _DATA, "Thailand"),
    ("TANGANYIKA TERRITORY\nSampleton District" + _DATA, "Tanzania"),
    ("A.O.F. - HAUTE-VOLTA\nCercle de Sampleton" + _DATA, "Burkina Faso"),
    ("HUPEH\nSampleton, 2000 ft." + _DATA, "China"),
]


@pytest.mark.parametrize(("text", "country"), COUNTRIES)
def test_old_names_give_todays_country(text: str, country: str) -> None:
    assert value(text, "country") == country


def test_chosen_is_a_doubt() -> None:
    got = reading("FLORA OF CHOSEN\nSampleton" + _DATA, "country")
    assert got is not None and got[1] < 0.9


def test_victoria_abbreviated_on_an_australian_sheet() -> None:
    text = "FLORA OF AUSTRALIA\nVic.: Sampleton, heathland" + _DATA
    assert (value(text, "country"), value(text, "stateProvince")) == ("AUSTRALIA", "Victoria")


def test_victoria_abbreviated_without_australia_is_no_state() -> None:
    text = "Vic. Sampleton, heathland" + _DATA
    assert value(text, "stateProvince") is None and value(text, "country") is None


ELEVATIONS = [
    ("Sikkim Himalaya\nRegio temp. 8-10,000 ped.", "8-10,000 ped.", "2438", "3048"),
    ("PLANTS OF CEYLON\nSAMPLETON, C. 3000 FT.\nK. MUSTER", "C. 3000 FT.", "914", "914"),
    ("Sampleton, in pascuis, alt. 3000 ped.", "3000 ped.", "914", "914"),
    ("Sampleton, 1200 m s.l.m.", "1200 m s.l.m.", "1200", "1200"),
    ("Sampleton, c. 2500 m s.m.", "c. 2500 m s.m.", "2500", "2500"),
    # the figures the OCR read as letters, mended
    ("MADRAS PRESIDENCY\nNILGIRIS: SAMPLETON, 7,OOO FT.", "7,000 FT.", "2134", "2134"),
    ("Sampleton, l200 m\nK. Muster 12", "1200 m", "1200", "1200"),
]


@pytest.mark.parametrize(("text", "verbatim", "low", "high"), ELEVATIONS)
def test_elevations_in_feet_and_latin(text: str, verbatim: str, low: str, high: str) -> None:
    got = (
        value(text, "verbatimElevation"),
        value(text, "minimumElevationInMeters"),
        value(text, "maximumElevationInMeters"),
    )
    assert got == (verbatim, low, high)


def test_feet_are_no_year() -> None:
    text = "INDIA\nSikkim: Sampleton, alt. 1890 ft.\nJ. Beispiel 1234\nOct. 1870"
    assert value(text, "eventDate") == "1870-10"


def test_latin_herbarium_name_is_a_doubt() -> None:
    got = reading("HERBARIUM AUSTRALIENSE\nSampleton, heathland" + _DATA, "country")
    assert got is not None and got[0] == "Australia" and got[1] < 0.9


# a state's initials that stand for other lands as often (W.A.: West Africa; N.T.: Hong Kong's New
# Territories) only with Australia's context
INITIALS = [
    ("FLORA OF AUSTRALIA\nW.A.: Sampleton, sandplain" + _DATA, "Western Australia"),
    ("AUSTRALIA\nN.T.: Sampleton, 12 km E of Exampleton" + _DATA, "Northern Territory"),
    ("N.S.W.: Sampleton\nW.A.: Exampleton" + _DATA, "New South Wales"),
]


@pytest.mark.parametrize(("text", "state"), INITIALS)
def test_state_initials_with_australia(text: str, state: str) -> None:
    assert value(text, "stateProvince") == state


@pytest.mark.parametrize("text", ["W.A. Sampleton" + _DATA, "N.T. Sampleton" + _DATA])
def test_state_initials_alone_name_nothing(text: str) -> None:
    assert (value(text, "country"), value(text, "stateProvince")) == (None, None)


def test_new_territories_under_hong_kong() -> None:
    assert value("HONG KONG\nN.T.: Sampleton" + _DATA, "country") == "HONG KONG"
