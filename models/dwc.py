"""Darwin Core term names: the one place they live.

The official Simple Darwin Core term list (TDWG, CC BY 4.0) ships in `models/data`. `Term` names every
term the code uses; import fails if any of them is not in the official list, so a typo can never reach
an output header.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources


@cache
def official_terms() -> tuple[str, ...]:
    """Simple Darwin Core term names in the order TDWG publishes them."""
    text = resources.files("models").joinpath("data/simple_dwc_vertical.csv").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class Term(StrEnum):
    occurrenceID = "occurrenceID"
    catalogNumber = "catalogNumber"
    basisOfRecord = "basisOfRecord"
    institutionCode = "institutionCode"
    collectionCode = "collectionCode"
    associatedMedia = "associatedMedia"
    verbatimLabel = "verbatimLabel"
    scientificName = "scientificName"
    scientificNameAuthorship = "scientificNameAuthorship"
    verbatimIdentification = "verbatimIdentification"
    taxonRank = "taxonRank"
    family = "family"
    genus = "genus"
    specificEpithet = "specificEpithet"
    infraspecificEpithet = "infraspecificEpithet"
    identificationQualifier = "identificationQualifier"
    identificationID = "identificationID"
    identificationRemarks = "identificationRemarks"
    identificationVerificationStatus = "identificationVerificationStatus"
    isAcceptedIdentification = "isAcceptedIdentification"
    identifiedBy = "identifiedBy"
    dateIdentified = "dateIdentified"
    typeStatus = "typeStatus"
    eventDate = "eventDate"
    verbatimEventDate = "verbatimEventDate"
    year = "year"
    month = "month"
    day = "day"
    recordedBy = "recordedBy"
    recordNumber = "recordNumber"
    sex = "sex"
    habitat = "habitat"
    country = "country"
    countryCode = "countryCode"
    stateProvince = "stateProvince"
    county = "county"
    municipality = "municipality"
    locality = "locality"
    verbatimLocality = "verbatimLocality"
    verbatimCoordinates = "verbatimCoordinates"
    decimalLatitude = "decimalLatitude"
    decimalLongitude = "decimalLongitude"
    geodeticDatum = "geodeticDatum"
    coordinateUncertaintyInMeters = "coordinateUncertaintyInMeters"
    verbatimCoordinateSystem = "verbatimCoordinateSystem"
    verbatimSRS = "verbatimSRS"
    verbatimElevation = "verbatimElevation"
    minimumElevationInMeters = "minimumElevationInMeters"
    maximumElevationInMeters = "maximumElevationInMeters"
    occurrenceRemarks = "occurrenceRemarks"
    dynamicProperties = "dynamicProperties"
    preparations = "preparations"
    # GeologicalContext: a fossil's or a rock's stratigraphy as its label names it
    earliestEonOrLowestEonothem = "earliestEonOrLowestEonothem"
    latestEonOrHighestEonothem = "latestEonOrHighestEonothem"
    earliestEraOrLowestErathem = "earliestEraOrLowestErathem"
    latestEraOrHighestErathem = "latestEraOrHighestErathem"
    earliestPeriodOrLowestSystem = "earliestPeriodOrLowestSystem"
    latestPeriodOrHighestSystem = "latestPeriodOrHighestSystem"
    earliestEpochOrLowestSeries = "earliestEpochOrLowestSeries"
    latestEpochOrHighestSeries = "latestEpochOrHighestSeries"
    earliestAgeOrLowestStage = "earliestAgeOrLowestStage"
    latestAgeOrHighestStage = "latestAgeOrHighestStage"
    lowestBiostratigraphicZone = "lowestBiostratigraphicZone"
    highestBiostratigraphicZone = "highestBiostratigraphicZone"
    lithostratigraphicTerms = "lithostratigraphicTerms"
    group = "group"
    formation = "formation"
    member = "member"
    bed = "bed"


# The terms an identification (the Identification extension's row) carries, in the order the
# archive writes them.
IDENTIFICATION_TERMS = (
    Term.scientificName.value,
    Term.scientificNameAuthorship.value,
    Term.taxonRank.value,
    Term.identificationQualifier.value,
    Term.identifiedBy.value,
    Term.dateIdentified.value,
    Term.identificationRemarks.value,
    Term.typeStatus.value,
    Term.identificationVerificationStatus.value,
)


def _check_terms() -> None:
    unknown = sorted(set(Term) - set(official_terms()))
    if unknown:
        raise RuntimeError(f"not Simple Darwin Core terms: {', '.join(unknown)}")


_check_terms()
