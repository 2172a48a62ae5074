"""The people of UK and colonial-era sheets and leftovers of an earlier round: a determination
slip's key over the name it determined ("DETERMINAVIT / Exampla minor L. / K. Muster"); a
year-first date before a name ("1921.06.15 K. Muster"); a determiner under a key and a year is no
name line's collector ("Det.by / 62 / H.A.Beispiel"); names in spaced capitals ("K. M U S T E
R"); "Conf. J. Beispiel", "Named by", the OCR's "1EG."; a revision slip of its own ("Rev. J.
Beispiel 1985") against the reverend collector of a data label ("Rev. J. Beispiel"); a private
herbarium's "propr." ("Herb. Muster propr."). Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import field, value

_DATA = "Exampla major Muster\nSampleton, Kent, England\n"
_DATED = _DATA + "Coll. A. Exempel 45\n12 May 1902\n"

DETERMINERS = [
    # a slip's key alone over the name determined, the determiner under it
    (_DATED + "\nDETERMINAVIT\nExampla minor L.\nK. Muster", "K. Muster"),
    (_DATED + "\nDETERMINAVIT\nExampla major Muster\nK. Muster", "K. Muster"),
    (_DATED + "\nDet.:\nExampla minor (L.) Beispiel\nJ. Beispiel", "J. Beispiel"),
    # a person's particle is no epithet: the name under the key is the determiner's
    (_DATED + "\nDETERMINAVIT\nKarl von Muster", "Karl von Muster"),
    (_DATED + "\nConf. J. Beispiel", None),  # a confirmation: the older determination current
    (_DATED + "\nNamed by K. Muster", "K. Muster"),
    (_DATED + "\nIdentified by J. Beispiel 1976", "J. Beispiel"),
    (_DATED + "\nDet. K. Muster 12/1985", "K. Muster"),
    # a revision slip of its own: "Rev." the revision's, not a reverend's
    (_DATED + "\nRev. J. Beispiel 1985", "J. Beispiel"),
    (_DATED + "\nExampla minor Beispiel\nRev. J. Beispiel 1985", "J. Beispiel"),
    (_DATED + "\nDet. J. B E I S P I E L", "J. BEISPIEL"),
]


@pytest.mark.parametrize(("text", "who"), DETERMINERS)
def test_determiners(text: str, who: str | None) -> None:
    assert value(text, "identifiedBy") == who
    assert value(text, "recordedBy") == "A. Exempel"


def test_determinavit_slip_name_current() -> None:
    text = _DATED + "\nDETERMINAVIT\nExampla minor L.\nK. Muster"
    assert value(text, "scientificName") == "Exampla minor"


def test_confirmation_keeps_its_confirmer_in_history() -> None:
    text = _DATED + "\nConf. J. Beispiel"
    assert value(text, "scientificName") == "Exampla major"


def test_determiner_under_key_and_year_no_collector() -> None:
    text = _DATA + "5 June 1960\n\nDet.by\n62\nH.A.Beispiel"
    assert value(text, "identifiedBy") == "H.A.Beispiel"
    assert value(text) is None


COLLECTORS = [
    # a year-first date the dates parser reads as its year: the name after its day
    ("Exampla major Muster\nSampelsee, Tartu County, Estonia\n1921.06.15 K. Muster", "K. Muster"),
    ("Exampla major Muster\nSampelsee, Bavaria, Germany\n1921-06-15 leg. K. Muster", "K. Muster"),
    ("Exampla major Muster\nSampelsee, Bavaria\n1921.06.15 leg. K. Muster", "K. Muster"),
    # spaced capitals
    (_DATA + "5 June 1960\nK. M U S T E R", "K. MUSTER"),
    (_DATA + "Aug. 1888\nColl. K. M U S T E R", "K. MUSTER"),
    ("BURMA\nSampleton\nv.1930\n1EG. K. MUSTER", "K. MUSTER"),
    # a reverend collector on a data label
    (_DATA + "Rev. J. Beispiel\n12 May 1902", "Rev. J. Beispiel"),
    (_DATA + "Rev. J. Beispiel No. 345\n1852", "Rev. J. Beispiel"),
    (_DATA + "Coll. Rev. J. Beispiel  No. 88\n1875", "Rev. J. Beispiel"),
]


@pytest.mark.parametrize(("text", "who"), COLLECTORS)
def test_collectors(text: str, who: str) -> None:
    assert value(text) == who


def test_spaced_capitals_keyed_surname_doubted() -> None:
    got = field(_DATA + "5.VI.1960\nleg. B E I S P I E L", "recordedBy")
    assert got is not None and got.value == "BEISPIEL" and got.confidence < 0.9


def test_spaced_capitals_no_place() -> None:
    # three capitals spaced are no name's letters ("U S A")
    assert value("Exampla major Muster\nSampleton\nU S A\n12 May 1902") is None


HEADERS = [
    ("HERB. WIGHT PROPR.\n\n" + _DATA + "1836", "WIGHT"),
    ("Herb. Muster propr.\n\n" + _DATA + "1836", "Muster"),
]


@pytest.mark.parametrize(("text", "who"), HEADERS)
def test_private_herbarium_owner_offered_unsure(text: str, who: str) -> None:
    got = field(text, "recordedBy")
    assert got is not None and got.value == who and got.confidence < 0.9


def test_private_herbarium_owner_not_over_keyed_collector() -> None:
    text = "Herb. Muster propr.\n\n" + _DATA + "Coll. J. Beispiel\n1836"
    assert value(text) == "J. Beispiel"


def test_former_herbarium_no_collector() -> None:
    # "Ex Herb.": whose herbarium the sheet came from, seldom its collector
    assert value("Ex Herb. J. Beispiel\n" + _DATA + "June 1888") is None


def test_surname_broken_at_line_end() -> None:
    text = _DATA + "Coll. K. Mus-\nter 1234\n3.7.1901"
    assert value(text) == "K. Muster"
    assert value(text, "recordNumber") == "1234"


def test_hyphenated_surname_kept() -> None:
    assert value(_DATA + "Coll. K. Muster-Beispiel 12\n3.7.1901") == "K. Muster-Beispiel"


REVISIONS_ON_DATA_LABEL = [
    # a collector keyed on another line: "Rev." with a year is the revision's
    (_DATA + "Coll. A. Exempel\nRev. J. Beispiel 1985\nJune 1890", "A. Exempel", "J. Beispiel"),
    # no collector's key: the reverend collected it
    (_DATA + "Rev. J. Beispiel\nJune 1890", "Rev. J. Beispiel", None),
    # a sender's key is no collector's
    (_DATA + "Rev. J. Beispiel 1860\nComm. K. Muster", None, None),
]


@pytest.mark.parametrize(("text", "who", "det"), REVISIONS_ON_DATA_LABEL)
def test_revision_on_data_label(text: str, who: str | None, det: str | None) -> None:
    if who is not None:
        assert value(text) == who
    assert value(text, "identifiedBy") == det


@pytest.mark.parametrize(
    "line",
    ["K. Muster, Esq., M.D.", "K. Muster, Esq.", "Coll. K. Muster, F.L.S., F.R.S."],
)
def test_degrees_after_name(line: str) -> None:
    assert value(_DATA + line + "\nMay 1850") == "K. Muster"


_PIN = "S. INDIA:\nSampleton Hills\n12.iv.1927\n\n"


def test_register_label_name_offered_unsure() -> None:
    got = field(_PIN + "K. Muster.\nB.M. 1927-123.", "recordedBy")
    assert got is not None and got.value == "K. Muster" and got.confidence < 0.9


@pytest.mark.parametrize(
    "text",
    [
        _PIN + "Muster Coll.\nB.M. 1927-123.",  # a collection's
        _PIN + "Ex coll.\nJ. Beispiel\nB.M. 1950-12.",  # a former collection's
    ],
)
def test_register_label_collection_no_collector(text: str) -> None:
    assert value(text) is None


def test_register_label_name_not_over_keyed_collector() -> None:
    assert value(_PIN.replace("\n\n", "\nColl. J. Beispiel\n\n") + "K. Muster.\nB.M. 1927-12.") == (
        "J. Beispiel"
    )


@pytest.mark.parametrize(
    ("line", "who"), [("K. B0WES", "K. BOWES"), ("Coll. J. MUL1NS", "J. MULINS")]
)
def test_figure_in_capitals_read_as_letter_doubted(line: str, who: str) -> None:
    got = field("KENYA\nSampleton\n3.ii.1935\n" + line, "recordedBy")
    assert got is not None and got.value == who and got.confidence < 0.9
