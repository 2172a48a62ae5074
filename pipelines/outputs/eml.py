"""eml.xml: the dataset metadata of the archive, in the GBIF Metadata Profile (EML 2.1.1).

Follows what the GBIF IPT itself writes, so the IPT and the GBIF registry read it without manual
work: element order as in the profile's schema, and the licence as a `<ulink>` with the exact URL
and title GBIF recognises for its three licences (CC0 1.0, CC BY 4.0, CC BY-NC 4.0).

The GBIF profile has no element for the publishing organisation (GBIF takes it from the registry),
so `publisher` appears as the organisation of the creator, metadata provider and contact. The
contact name is written whole as the surname: splitting personal names on spaces is wrong for too
many of them.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from datetime import date
from typing import NamedTuple

from models.config import DatasetMetadata, License
from models.errors import InvalidOutputError

EML_NS = "eml://ecoinformatics.org/eml-2.1.1"
GBIF_PROFILE_XSD = "http://rs.gbif.org/schema/eml-gbif-profile/1.2/eml.xsd"
# A fixed namespace so the same title always gives the same packageId (uuid5 is a hash, not random).
_PACKAGE_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "labelscribe:dataset")


class LicenceText(NamedTuple):
    before: str
    url: str
    title: str
    after: str


LICENCES: dict[License, LicenceText] = {
    "CC0-1.0": LicenceText(
        "To the extent possible under law, the publisher has waived all rights to these data and "
        "has dedicated them to the ",
        "http://creativecommons.org/publicdomain/zero/1.0/legalcode",
        "Public Domain (CC0 1.0)",
        ". Users may copy, modify, distribute and use the work, including for commercial purposes, "
        "without restriction.",
    ),
    "CC-BY-4.0": LicenceText(
        "This work is licensed under a ",
        "http://creativecommons.org/licenses/by/4.0/legalcode",
        "Creative Commons Attribution (CC-BY) 4.0 License",
        ".",
    ),
    "CC-BY-NC-4.0": LicenceText(
        "This work is licensed under a ",
        "http://creativecommons.org/licenses/by-nc/4.0/legalcode",
        "Creative Commons Attribution Non Commercial (CC-BY-NC) 4.0 License",
        ".",
    ),
}


def package_id(title: str) -> str:
    """Stable across runs: re-publishing the same dataset updates it instead of adding another."""
    return str(uuid.uuid5(_PACKAGE_NAMESPACE, title.strip()))


def eml_xml(dataset: DatasetMetadata, pub_date: date) -> bytes:
    # Prefixed names are written literally (with their xmlns declarations) rather than through
    # ET.register_namespace, which would change a process-wide table.
    root = ET.Element(
        "eml:eml",
        {
            "xmlns:eml": EML_NS,
            "xmlns:dc": "http://purl.org/dc/terms/",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:schemaLocation": f"{EML_NS} {GBIF_PROFILE_XSD}",
            "packageId": package_id(dataset.title),
            "system": "http://gbif.org",
            "scope": "system",
            "xml:lang": dataset.language,
        },
    )
    ds = ET.SubElement(root, "dataset")
    _text(ds, "alternateIdentifier", package_id(dataset.title))
    _text(ds, "title", dataset.title).set("xml:lang", dataset.language)
    _party(ds, "creator", dataset)
    _party(ds, "metadataProvider", dataset)
    _text(ds, "pubDate", pub_date.isoformat())
    _text(ds, "language", dataset.language)
    _text(ET.SubElement(ds, "abstract"), "para", dataset.description)
    link = _licence(ET.SubElement(ds, "intellectualRights"), LICENCES[dataset.license])
    _party(ds, "contact", dataset)

    ET.indent(root)
    # indent() also pads inside the licence's mixed content; keep "<ulink ...><citetitle>" tight as
    # the IPT writes it, since some readers take the link's whole text as the licence title.
    link.text = None
    link[0].tail = None
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    check_xml(data, "eml.xml")
    return data


def check_xml(data: bytes, name: str) -> None:
    """Parse what was generated: the archive must never carry a document a harvester cannot read."""
    try:
        ET.fromstring(data)
    except ET.ParseError as e:
        raise InvalidOutputError(f"{name} is not well-formed XML: {e}") from e


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = text
    return element


def _party(parent: ET.Element, tag: str, dataset: DatasetMetadata) -> None:
    # EML's ResponsibleParty order: individualName, organizationName, ..., electronicMailAddress.
    party = ET.SubElement(parent, tag)
    if dataset.contact_name.strip():
        _text(ET.SubElement(party, "individualName"), "surName", dataset.contact_name.strip())
    _text(party, "organizationName", dataset.publisher)
    if dataset.contact_email.strip():
        _text(party, "electronicMailAddress", dataset.contact_email.strip())


def _licence(rights: ET.Element, licence: LicenceText) -> ET.Element:
    para = _text(rights, "para", licence.before)
    link = ET.SubElement(para, "ulink", {"url": licence.url})
    _text(link, "citetitle", licence.title)
    link.tail = licence.after
    return link
