"""A collector's field number whose code is his initials and one letter more, the series' own,
or his initials glued to the figures ("D. Muster DMP-1188", "A. Exempel AEP 2306", "H. Sampleva
HS1746"): the name and the number, no figures alone nor a name that swallows the code; a code
that is no one's initials stays a herbarium's. Invented strings."""

from __future__ import annotations

import pytest

from tests.pipelines.fields.parsed import value

CODED = [
    ("Sampleton\n12.5.1920\nD. Muster DMP-1188", "D. Muster", "DMP-1188"),
    ("Probeham, Kent\n3.vi.1911\nA. Exempel AEP 2306", "A. Exempel", "AEP 2306"),
    ("Exampla minor L.\nMusterdorf\n1.7.1950\nJ. Beispiel JBP2306", "J. Beispiel", "JBP2306"),
    ("Testbury\n9.ix.1933\nH. Sampleva HS1746", "H. Sampleva", "HS1746"),
    ("Sampleton\n12 May 1950\nK. Beispiel KB 2231", "K. Beispiel", "KB 2231"),
    ("Exampla minor L.\nProbeham\nR. T. Fictor RTFB-45", "R. T. Fictor", "RTFB-45"),
]


@pytest.mark.parametrize(("text", "who", "number"), CODED)
def test_initials_coded_number(text: str, who: str, number: str) -> None:
    assert value(text, "recordedBy") == who
    assert value(text, "recordNumber") == number


NOT_INITIALS = [
    # a herbarium's code and its sheet's number: not the collector's number
    "Sampleton\n12.5.1920\nH. Sampleva MO 123456",
    # two letters more than the initials: no series of his
    "Sampleton\n12.5.1920\nD. Muster DMXY 1188",
]


@pytest.mark.parametrize("text", NOT_INITIALS)
def test_other_code_no_initials_number(text: str) -> None:
    assert value(text, "recordNumber") not in {"MO 123456", "DMXY 1188"}
