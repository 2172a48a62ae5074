"""An insect pin's collection label ("Coll. J. Beispiel") on its own, beside a data label its
collector signed, on invented pins of a natural history museum's shapes: the collection the pin
came in, not the collector."""

from __future__ import annotations

import pytest

from pipelines.fields import labels_from_text
from pipelines.fields.roles import Role, label_roles
from pipelines.fields.text import make_labels
from tests.pipelines.fields.parsed import values


def _roles(text: str) -> list[Role]:
    roles = label_roles(make_labels(labels_from_text(text)))
    return [roles[i] for i in sorted(roles)]


@pytest.mark.parametrize(
    ("text", "collector"),
    [
        ("Instanby\n12.v.1930\nF. Placeman\n\nColl. J. Beispiel", "F. Placeman"),
        ("Sampleton, Probeshire\n3.vi.1911\nK. Muster\n\nCOLL. A. EXEMPEL", "K. Muster"),
        (
            "Fictley Moor\nVII.1925\nH. Sampleva\n\nColl. T. Probeman\n\nB.M. 1950-12.",
            "H. Sampleva",
        ),
        # the same person on both: nothing lost
        ("Casewick\n20.vii.1948\nD. Mockridge\n\nColl. D. Mockridge", "D. Mockridge"),
    ],
)
def test_a_collection_label_beside_a_signed_data_label_is_the_donors(
    text: str, collector: str
) -> None:
    assert _roles(text)[1] is Role.donor
    assert values(text).get("recordedBy") == collector


@pytest.mark.parametrize(
    ("text", "collector"),
    [
        # no name on the data label: "Coll." names its collector
        ("Instanby\n12.v.1930\n\nColl. J. Beispiel", "J. Beispiel"),
        # the data label's name is its determiner's, keyed: no signature
        ("Instanby\n12.v.1930\ndet. F. Placeman\n\nColl. J. Beispiel", "J. Beispiel"),
        # a data label without its date: no full data label beside it
        ("Instanby\nF. Placeman\n\nColl. J. Beispiel", "J. Beispiel"),
    ],
)
def test_coll_names_the_collector_where_no_data_label_is_signed(text: str, collector: str) -> None:
    assert values(text).get("recordedBy") == collector
