"""Country, state, county, locality, coordinates, elevation and habitat from real label strings."""

from __future__ import annotations

import pytest

from pipelines.fields import extract_fields, labels_from_text, parse_fields
from tests.pipelines.fields.parsed import values

REGIONS = [
    ("10 km.W.of\nExemplaro,\nMich.,Mex.\n17 June 1954", "Mexico", "MX", "Michoacán"),
    ("Valdemuestra\nChih.,MEX\nVII-4-54", "Mexico", "MX", "Chihuahua"),
    ("14 mi. N. Muestrito\nSon. Mexico\nVI-17-1963", "Mexico", "MX", "Sonora"),
    ("Muestla\nOaxaca, Mex\nVII-9-53", "Mexico", "MX", "Oaxaca"),
    ("Tlalmuestra,\nNay.,Mex.\nVII-16-20-52", "Mexico", "MX", "Nayarit"),
    ("12 kmS Santa Rosa del\nRio, Qro., Mex.\nV-16-1979", "Mexico", "MX", "Querétaro"),
    # the space after the state's full stop lost, and the country's full stop too
    ("10 km.W.of\nExemplaro,\nMich.Mex.\n17 June 1954", "Mexico", "MX", "Michoacán"),
    ("10 km.W.of\nExemplaro,\nMich.Mex\n17 June 1954", "Mexico", "MX", "Michoacán"),
    ("Ejemplo, Nay.Mex.\nVII-14-53", "Mexico", "MX", "Nayarit"),
    ("Exampla, N.Mex\nVII-11-57", "United States", "US", "New Mexico"),
    ("MEX Baja Calif\nEjido Fork Arroyos", "Mexico", "MX", "Baja California"),
    ("Musterbrook\nN.Y.\nJune 3,1936", "United States", "US", "New York"),
    ("Sonoma Co.\nCalif. VI-5-57", "United States", "US", "California"),
    ("Ariz.:  Cochise\nCo., 7.5 mi. NE", "United States", "US", "Arizona"),
    ("Sandwash\nNavajo Co. Ariz", "United States", "US", "Arizona"),
    ("Davis, Cal\n7. 1925", "United States", "US", "California"),
    ("Mustero\nTorrance Co\nN.Mex.VII-19-57", "United States", "US", "New Mexico"),
    ("Exempla Lake,\nWashoe Co.\nNEV.VII-14-65", "United States", "US", "Nevada"),
    ("1.5mi,NE,Paradise,\n8-9 59ARIZ 5200'", "United States", "US", "Arizona"),
    ("CA:Mu-Ster Cr.confl\nwith Sample River", "United States", "US", "California"),
    (
        "\tThe New York Botanical Garden\n\tLichens of Indiana, U.S.A.",
        "United States",
        "US",
        "Indiana",
    ),
    ("\tCRYPTOGAMS OF ALABAMA, U.S.A.\nJefferson County: ca. 6", "United States", "US", "ALABAMA"),
    ("\tTHE NEW YORK BOTANICAL GARDEN\n\tLICHENS OF KANSAS", "United States", "US", "KANSAS"),
    ("U. S. A., NORTH CAROLINA: Wilkes Co.,", "United States", "US", "NORTH CAROLINA"),
    ("District de Exempla, Québec, Canada", "Canada", "CA", "Québec"),
    ("\t\tFLORA OF CANADA\nOntario\t\t\t\t\tCo", "CANADA", "CA", "Ontario"),
    ("\tLICHENES BOREALES\n\tNORTHWEST TERRITORIES", "Canada", "CA", "NORTHWEST TERRITORIES"),
    (
        "Location \tMuster Point area, Exempla Island, Alaska",
        "United States",
        "US",
        "Alaska",
    ),
    (
        "LICHENS OF MAINE\nHancock Co.: Mount Desert Island, Acadia\nNational Park, Jordan Pond trail.",
        "United States",
        "US",
        "MAINE",
    ),
    ("PLANTS OF OREGON\nChile Creek, Lane Co.", "United States", "US", "OREGON"),
    (
        "West Virginia: top of Sample Knob (1140 m.), Randolph Co.",
        "United States",
        "US",
        "West Virginia",
    ),
    # a state in a project's name, an author's or a herbarium's abbreviation is no state
    (
        "MUSTERFIELD-TENNESSEE COOPERATIVE\nBRYOLOGICAL SURVEY, 1961-64\n\nOpen face of ledge."
        "\nAcross inlet from Port Exempla, Alaska,",
        "United States",
        "US",
        "Alaska",
    ),
    (
        "Lecidea exempla Garov.\n=Biatora exempla(Muster)Beisp.\nMuster Canal,\n"
        "Coll. E.W.Beispiel South Carolina, 1866",
        "United States",
        "US",
        "South Carolina",
    ),
    (
        "LICHENS OF MICHIGEN\nAlcona County\n\nUniversity of Tennessee South (\ne (TENN)",
        "United States",
        "US",
        "Michigan",
    ),
    ("NEW YORK\nBOTANICAM!\nGARDEN\nPLANTS OF WISCONSIN", "United States", "US", "WISCONSIN"),
    # a form's key: the state above its county
    ("State North Carolina County Ashe", "United States", "US", "North Carolina"),
    ("State Tennessee\nCounty Madison", "United States", "US", "Tennessee"),
    ("State NC County Haywood Forest Pisgah", "United States", "US", "North Carolina"),
    # the herbarium's own address (with its postal zone or ZIP code, its street, an accession
    # number stamped above it) is not where the specimen grew (strings invented in the shapes of
    # real sheets)
    (
        "HERBARIUM OF\nMIDLAND VALLEY COLLEGE\nDAYTON 4, OHIO\n\n"
        "Rich woods 3 mi. S of Brevard\nN. C. May 2, 1950.",
        "United States",
        "US",
        "North Carolina",
    ),
    (
        "FOREST SERVICE HERBARIUM\n210 ELM ROAD. N. W.\nMACON, GEORGIA 31201\n\n"
        "State NC County Haywood Forest Pisgah",
        "United States",
        "US",
        "North Carolina",
    ),
    (
        "MILLBROOK UNIVERSITY\nHERBARIUM\nNo. 4417\nOCALA, FLORIDA\n\n"
        "PLANTS OF TENNESSEE\nSevier County",
        "United States",
        "US",
        "TENNESSEE",
    ),
    # a state's name alone above a county's, under the herbarium's name, is the specimen's
    (
        "Herbarium of the University of Iowa\nNEBRASKA\nCass County",
        "United States",
        "US",
        "NEBRASKA",
    ),
    # beside a county, Georgia is the state
    (
        "Herbarium of Lakeside College\nTROUP COUNTY\nFLORA OF GEORGIA",
        "United States",
        "US",
        "GEORGIA",
    ),
    # the county's state in brackets after it
    (
        "Herbarium of Pinecrest College\nAsheville, North Carolina\n\nCounty Pickens (S.C.)",
        "United States",
        "US",
        "South Carolina",
    ),
    # a town named after a country; a Mexican abbreviation without its full stop ("Camp")
    (
        "PLANTS OF NORTH CAROLINA\nMITCHELL CO.: 2 mi W of Little Switzerland",
        "United States",
        "US",
        "NORTH CAROLINA",
    ),
    (
        "Camp Sequoyah road, Watauga County,\nNorth Carolina",
        "United States",
        "US",
        "North Carolina",
    ),
    # the header's state, not the county's name after "County:" (Texas County, Oklahoma)
    ("Flora of OKLAHOMA County: TEXAS", "United States", "US", "OKLAHOMA"),
    # one printed name is one mention, whatever the gazetteer holds
    (
        "MEXICAN FLORA.\nSTATE OF COLIMA.\n\nCENTRAL MEXICAN PLANTS.\n"
        "CHIEFLY ABOUT SAN LUIS POTOSI.",
        "Mexico",
        "MX",
        "COLIMA",
    ),
    # the state's abbreviation after a county keyword, read with a letter dropped or wrong
    (
        "Muster Canyon\nKern Co., Calf\n-17-\n1942",
        "United States",
        "US",
        "California",
    ),
    ("'Rot Spring Mt.\nLassenCo. Callf\nVII-13-54", "United States", "US", "California"),
    # OCR slips: the initials' full stops read as hyphens, a postal code's capital in lower case,
    # the spaces around an abbreviation lost between a date and an elevation
    (
        "CRYPTOGAMS OF ALABAMA, U-S-A-\nJefferson County: ca, 6 mi S",
        "United States",
        "US",
        "ALABAMA",
    ),
    ("U-S-A, Texas", "United States", "US", "Texas"),
    ("cA:Mu-Ster Cr,confl\nwith Sample River", "United States", "US", "California"),
    ("1.5mi, NE,Paradlse\n8-9 59ARIZ5200\nE.G Dunmore", "United States", "US", "Arizona"),
    # a printed header's state with the state the label was used for beside it
    ("FLORA OF TENNESSEE NORTH CAROLINA\nCo. Swain", "United States", "US", "NORTH CAROLINA"),
]


@pytest.mark.parametrize(
    "text",
    [
        # no abbreviation one letter away, or a word that is not after a county keyword
        "Hidalgo Co., Texs",
        "Palm Canyon\nCalf, 1939",
        # a herbarium's barcode, a postal code's letters in lower case
        "MICH1234567",
        "TENN0001234 Lichens",
        "ca: 300 specimens",
    ],
)
def test_no_state(text: str) -> None:
    assert "stateProvince" not in values(text)


# The herbarium's address with its ZIP code and the country's initials, or a ruler maker's
# imprint and its city, is not where the plant grew: the collection's header is.
REGIONS += [
    (
        "Herbarium of the University of Ohio\nColumbus, Ohio 43210 U.S.A.\nPLANTS OF GEORGIA\n\n"
        "Viola pedata L.\nTAYLOR COUNTY: 7 miles SW of Exampleton.",
        "United States",
        "US",
        "GEORGIA",
    ),
    (
        "SMITH & JONES OPTICAL CO.\nBUFFALO. N. Y., U. S. A.\n\nPLANTS OF TENNESSEE\n"
        "Viola pedata L.\nRich Mt.\nBlount County",
        "United States",
        "US",
        "TENNESSEE",
    ),
]


@pytest.mark.parametrize(("text", "country", "code", "state"), REGIONS)
def test_regions(text: str, country: str, code: str, state: str) -> None:
    got = values(text)
    assert (got["country"], got["countryCode"], got["stateProvince"]) == (country, code, state)


COUNTRIES = [
    ("USA, Puerto Rico. Mun Ciales. 18°19'N. 66°28'W.", "Puerto Rico", "PR"),
    ("WEST INDIES, Dominica. St. Paul. Below old", "Dominica", "DM"),
    (
        "República Dominicana: Loma\nEjemplo: Jardín Escolar Central:",
        "República Dominicana",
        "DO",
    ),
    ("Rep. Dominicana: falda de la Sierra Ejemplar:", "Rep. Dominicana", "DO"),
    (
        "THE NEW YORK BOTANICAL GARDEN\nEXPLORATION OF PORTO RICO\nVicinity of Arenalejo",
        "PORTO RICO",
        "PR",
    ),
    ("FLORA OF THE BAHAMA ISLANDS\nLittle Sample: on bare rocky ground", "BAHAMA ISLANDS", "BS"),
    (
        "EXPLORATION OF THE BAHAMAS.\nNO. 5813\n\nCAICOS ISLANDS,\nMiddle Caicos.",
        "CAICOS ISLANDS",
        "TC",
    ),
    ("Coll. C. MUSTERLEY 1861-2, in Cuba Occidentali.", "Cuba", "CU"),
    ("Locality Muster Hill Station, Institute of Jamaica\nJamaica, W.I.", "Jamaica", "JM"),
    ("Locality St. Philip Parish, Barbados", "Barbados", "BB"),
    ("Nassau and outskirts, N. P. Bahamas", "Bahamas", "BS"),
    ("\t\tHERBIER MUSTIER\nDistrict de Exempla, Québec, Canada", "Canada", "CA"),
    ("PLANTS OF HAITI\nVicinity of Fond Exemple, Etang Muster", "HAITI", "HT"),
    # a header above the herbarium's name is still a header; "Alta." here is Spanish, not Alberta
    (
        "Flora of Puerto Rico\nHerbarium, Department of Botany\n"
        "University of Puerto Rico, Humacao\nYauco: Bo. Ejemplo Alta.",
        "Puerto Rico",
        "PR",
    ),
    # European insect labels' Latin names: the field takes the country's own name
    ("GALLIA mer., Var\nSte-Baume, 650 m\n12.vi.1987\nleg. P. Arnoux", "France", "FR"),
    ("HISPANIA: Granada\nSierra Nevada, 2500 m", "Spain", "ES"),
    ("Helvetia, Wallis\nZermatt 1700 m", "Switzerland", "CH"),
    # ... but an island's name is no misread Latin one
    ("Flora of Hispaniola\nDominican Republic", "Dominican Republic", "DO"),
]


@pytest.mark.parametrize(("text", "country", "code"), COUNTRIES)
def test_countries(text: str, country: str, code: str) -> None:
    got = values(text)
    assert (got["country"], got["countryCode"]) == (country, code)


# A collection header's region misread by OCR; the country of an institution's address where
# nothing else names one (the codes are read from the names, so a low-confidence guess).
COUNTRIES_GUESSED = [
    (
        "LICHENS OF MICHIGEN\nAlectoria fictiva (Linn.) Ach.\nAlcona County",
        ("United States", "US", "Michigan", "country.header_misread"),
    ),
    (
        "88069-19\n\nAKFVS HERBARIUH\nFLORA OF ALASEA\n\nCetane",
        ("United States", "US", "Alaska", "country.header_misread"),
    ),
    (
        "FLORA OF ONTARIO\nLakeshore University, Kenora, Ontario, Canada. P7C 4E2\n"
        "Cetraria nivalis Rassad.",
        ("Canada", "CA", "ONTARIO", "country.from_state"),
    ),
    (
        "JARDIN BOTANICO DR. RAMON M. MOSQUERA\nSANTO DOMINGO.\nREPUBLICA DOMINICANA\n\n"
        "No.22351\nHierba erecta; las hojas rojizas. Junto\na un arroyo, Loma Ejemplo.",
        ("REPUBLICA DOMINICANA", "DO", None, "country.institution"),
    ),
    (
        "Lakeshore University, Kenora, Ontario, Canada. P7C 4E2\nCetraria nivalis Rassad.",
        ("Canada", "CA", None, "country.institution"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRIES_GUESSED)
def test_countries_guessed(text: str, expected: tuple[str, str, str | None, str]) -> None:
    fields = extract_fields(labels_from_text(text))
    got = {k: v.value for k, v in fields.items()}
    country = fields["country"]
    assert (
        got["country"],
        got["countryCode"],
        got.get("stateProvince"),
        country.evidence.rule,
    ) == expected
    # the rule's own belief: a guess, below a country printed on the label
    assert country.confidence <= 0.8


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK  BOTANICAL GARDEN\n00876543",
        "The New York\nBotanical Garden",
        "NEW YORK\nBOTANICAL\nGARDEN",
        "SMITHSONIAN INSTITUTION\nFROM THE UNITED STATES FEDERAL HERBARIUM",
        "OZARK BOTANICAL GARDEN HERBARIUM",
        "University of Tennessee South (TENS)\nTENN-L-0004321",
        "PLEASE REPORT ANY NEW DETERMINATION\nTO THE INSTITUTE OF APPLIED BOTANY, NY",
        "University of Tennessee South (1\n> (TENN)",  # OCR cut the line: the acronym alone
        "TENN\n\nUniversity of Tennessee South (\ne (TENN)\n\nTENN-L-0004375",
        "NEW YORK\nBOTANICAL\nGAI\nRDE",  # OCR cut the word the name ends with
        "JARDIN BOTANICO DR. RAMON M. MOSQUERA",
        # no misreading: another word
        "FLORA OF THE DOMINICAN\nFLORA OF ALASKAN",
    ],
)
def test_institutions_say_nothing_about_the_place(text: str) -> None:
    got = parse_fields(labels_from_text(text))
    # the institution's own country at most, as a doubt (no other country named)
    country = got.get("country")
    assert country is None or ("country_judged" in country.flags and country.confidence < 0.9)
    assert "stateProvince" not in got


COUNTIES = [
    ("Ariz.:  Cochise\nCo., 7.5 mi. NE", "Cochise"),
    ("Sandwash\nNavajo Co. Ariz", "Navajo"),
    ("Arroyo Muestra,14\nmi.S.Exampleton\nSonoma Co.", "Sonoma"),
    ("CAL: Sta.Cruz Co.\nSwanton", "Santa Cruz"),  # written out: the state's one county
    ("Muster Canyon\nKern Co.,  Calif", "Kern"),
    ("Warm Spring Mt.\nLassenCo.Callf.", "Lassen"),
    ("CALIF: San Joaquin\nCo.Tracy,4mi S", "San Joaquin"),
    ("CAL: San Mateo\nCo. Moraga VII-14-", "San Mateo"),
    ("Hocking County: Muster Hollow State Forest, along Sample Lick", "Hocking"),
    ("ST. FRANCOIS COUNTY: Rhyolite knob near", "ST. FRANCOIS"),
    ("New Brunswick. Saint John County: Exampla Cove,", "Saint John"),
    ("ST. LANDRY PARISH: Exampla.", "ST. LANDRY PARISH"),
    ("Four mi. west of Mus-\n\t\tterville, Winston County, Miss.", "Winston"),
    ("\tUmbilicaria exempla (Ach.) Muster.\n\t\t\tCo. Cocke", "Cocke"),
    ("U.S.A. COLORADO. LARIMER COUNTY: on granite ledges", "LARIMER"),
    ("U. S. A., VIRGINIA: Wise co., High Knob", "Wise"),
    ("County Kenora Dist .\t\tN48° 41' W 87° 35'", "Kenora Dist"),
    ("Muster Point Swamp, along Co. \n Rd. 527 1.7 mi W", None),
    ("ca. 4 mi N of Hopewell alone \n County Road 118 (Heron Road)", None),
    # OCR slips: a stray mark before the name, "Co." read as "Go." or "Co,", a stray character
    # between the state and the name on the line above the keyword
    ("Exampla,Calif.\n'San Diego Co,\nIV-19-1957", "San Diego"),
    ("Mazurka Canyon\nInyo Go. Cal.\nVII-2-53", "Inyo"),
    ("Ariz. 3 Cochise\nCo., 7.5 mi. NE\nMuster', 14-VIII-", "Cochise"),
    ("L. M. Fenwick and Co, 1970", None),
    ("P.D. Muster\nCo, IV-24-1955", None),
    # a label's title before the county's name
    ("FLORA OF TEHAMA COUNTY, CALIFORNIA", "TEHAMA"),
    ("PLANTS OF SAN JOAQUIN COUNTY, CALIFORNIA", "SAN JOAQUIN"),
    ("LICHENS OF BOULDER COUNTY: on quartz ledges", "BOULDER"),
    ("ISLE OF WIGHT COUNTY, VIRGINIA", "ISLE OF WIGHT"),
    # checked against the state's counties: abbreviations written out when only one county fits,
    # a slip or two mended, a county's name found before a keyword the OCR garbled
    ("CAL: S.B. Co.", "S.B."),  # San Benito, San Bernardino, Santa Barbara
    ("Calif.: S. Bern. Co.", "San Bernardino"),
    ("Sample Lake,\nLamder Co.\nNEV.VII-12-66", "Lander"),
    ("Mustero\nTorrarfce Co.\nN.Mex.VII-19-57", "Torrance"),
    ("Sample Lake,\nLamder Co.", "Lamder"),  # no state: nothing to check it against
    ("La.: Orlaens Parish", "Orleans Parish"),
    ("Ont.: Renfrow Co.", "Renfrow"),  # no gazetteer for Ontario: kept as read
    ("CAL: San Mateo\nCo Pescadero VII-12-", "San Mateo"),
    ("CAL:Exampla Natl.\nSan Mateo Co .\nJ.Hessel", "San Mateo"),
    ("CAL:Musterton\nSan Mateo @.\nVIII-17-82", "San Mateo"),
    ("CAL: Pescadero Co Lake", None),  # not a county of California
    # a form's keys around the county's name (strings invented in the shapes of real sheets)
    ("County Fayette Date: 4-2-61", "Fayette"),
    ("Locality Floyd County          Elev. 2100", "Floyd"),
    ("Flora of: OHIO                 County: ATHENS", "ATHENS"),
    ("County: Greene County  State: Ohio", "Greene"),
    ("PIKE COUNTY:\nLat. 39.0712", "PIKE"),
    # a state's name before the county's, from a header or a run-on line; a county named like a
    # state keeps its name
    ("Flora of Nevada Elko County: 3 mi W of Wells", "Elko"),
    ("PLANTS OF OREGON Lane County: McKenzie Bridge", "Lane"),
    ("Flora of IOWA County: WINNESHIEK", "WINNESHIEK"),
    ("Missouri: Texas County, 2 mi S of Licking", "Texas"),
    ("Ohio, Washington Co., Marietta", "Washington"),
    # the name after the keyword stays on the keyword's line
    ("Flora of Kentucky\nCo. Harlan\nLoc. Pine Mountain", "Harlan"),
    # a form's state key with the state's full name before the county's key
    ("State Vermont County Lamoille", "Lamoille"),
    # a form's state key and its postal code before the county's key; the state in brackets
    ("State NC County Haywood Forest Pisgah", "Haywood"),
    ("County Pickens (S.C.)", "Pickens"),
    ("Flora of OKLAHOMA County: TEXAS", "TEXAS"),
]


@pytest.mark.parametrize(("text", "county"), COUNTIES)
def test_counties(text: str, county: str | None) -> None:
    assert values(text).get("county") == county


LOCALITIES = [
    # the collector and date line, its space before the Roman month lost, is not the locality
    (
        "U.C. Bodega\nEMEC 604,358\nCAL:Exampla Natl.\nWildl.Pres.(MX).\nSan Mateo Co.\n"
        "J.Hesse11VIII-19-83",
        "CAL:Exampla Natl.\nWildl.Pres.(MX).\nSan Mateo Co.",
    ),
    ("10 km.W.of\nExemplaro,\nMich.,Mex.\n17 June 1954", "10 km.W.of\nExemplaro,\nMich.,Mex."),
    ("Valdemuestra\nChih.,MEX\nVII-4-54", "Valdemuestra\nChih.,MEX"),
    ("Musterbrook\nN.Y.\nJune 3,1936", "Musterbrook\nN.Y."),
    (
        "Ariz.:  Cochise\nCo., 7.5 mi. NE\nParadise, 19-VIII-\n1977",
        "Ariz.:  Cochise\nCo., 7.5 mi. NE",
    ),
    ("Muster Canyon\nKern Co.,  Calif\nV-17-1942", "Muster Canyon\nKern Co.,  Calif"),
    (
        "CAL: San Mateo\nCo. Moraga VII-14-\n1971 E. Brantley",
        "CAL: San Mateo\nCo. Moraga",
    ),
    (
        "MEX Baja Calif\nEjido Fork Arroyos\nCyn 1200-2400' Sierra\nMuestra III-17-64",
        "MEX Baja Calif\nEjido Fork Arroyos\nCyn 1200-2400' Sierra",
    ),
    (
        "ST. LANDRY PARISH: Exampla.\n\nCollected by R. T. Lanvier 948\t\t19.VI.1894",
        "Exampla.",
    ),
    (
        "Locality: \tIn gully, beside State Route\n\t\t#61. Four mi. west of Mus-\n"
        "\t\tterville, Winston County, Miss.\n\nCollector H. K. Muster\tNo. 1093",
        "In gully, beside State Route\n\t\t#61. Four mi. west of Mus-\n"
        "\t\tterville, Winston County, Miss.",
    ),
    ("Substratum stone\nLoc.\t\tGrey Ledges\nColl.\t\tA. J. Muster", "Grey Ledges"),
    (
        "Location \tMuster Point area, Exempla Island, Alaska\nLatitude \t61° 14'N",
        "Muster Point area, Exempla Island, Alaska",
    ),
    (
        "Habitat \tOn raised cobble beach\nLocality \tLoon Harbour, SW. corner of Fenwick I., N. "
        "\n\tshore of Lake Nipigon.",
        "Loon Harbour, SW. corner of Fenwick I., N. \n\tshore of Lake Nipigon.",
    ),
    (
        "LOCALITY: Villa Muestra: Agricultural Experiment Station.\nHABITAT: Fallow field.",
        "Villa Muestra: Agricultural Experiment Station.",
    ),
    (
        "FLORA OF THE BAHAMA ISLANDS\nPolypremum exemplum Linn.\nLittle Sample: on bare rocky ground\n"
        "beside pond near Beacon Hill just\nnorth of Example Town.\nAugust 16, 1974",
        "Little Sample: on bare rocky ground\nbeside pond near Beacon Hill just\n"
        "north of Example Town.",
    ),
    (
        "THE NEW YORK BOTANICAL GARDEN\nEXPLORATION OF PORTO RICO\nVicinity of Arenalejo",
        "Vicinity of Arenalejo",
    ),
    # a collection header is the place only when the label says no more; a botanical garden
    # inside a locality is where a cultivated plant grew
    (
        "HERBARIUM OF THE UNIVERSITY OF CALIFORNIA\nFLORA OF TEHAMA COUNTY, CALIFORNIA\n"
        "Tinker creek southwest of Tinkerton",
        "Tinker creek southwest of Tinkerton",
    ),
    (
        "THE NEW YORK BOTANICAL GARDEN\nPLANTS OF SAMPLE ISLAND, BAHAMAS",
        "PLANTS OF SAMPLE ISLAND, BAHAMAS",
    ),
    (
        "Republica Dominicana:Provincia\nEjemplar:Jardin Botanico Municipal:\n"
        "Plantas de semillero junto al patio",
        "Republica Dominicana:Provincia\nEjemplar:Jardin Botanico Municipal:\n"
        "Plantas de semillero junto al patio",
    ),
    (
        "Habitat -\nOn sandy shore in exposed area\n\nLocolity Trapper's cove at Huard Bay...\n"
        "Endroit\nCollector",
        "Trapper's cove at Huard Bay...",
    ),
    (
        "U.C. Bodega\nEMEC 604,117\nMustero\nTorrarice Co.\nN.Mex.VII-19-57\nE. G. Dunmore\n"
        "Collector",
        "Mustero\nTorrarice Co.\nN.Mex.",
    ),
    # OCR readings: a state glued to a misread date, a line left with a number once its name is
    # claimed, a name with its author that is no place
    (
        "U.C. Bodega\nEMEC 607.412\nSample Lake,\nLamder Co.\nNEV.VII-II-67\n\n"
        "K.J.Muster\nCollestor",
        "Sample Lake,\nLamder Co.\nNEV.",
    ),
    (
        "U.C. Bodega\nEMEC 604,358\n6mi.W. Exampla\nRivérside Co.,\nCalif\nV-19-78",
        "6mi.W. Exampla\nRivérside Co.,\nCalif",
    ),
    (
        "\tLICHENES BOREALES\n\tNORTHWEST TERRITORIES\n\t\tBeispiel Lake\n"
        "92. Alectoria fictiva (Hoffm.)Nyl.",
        "NORTHWEST TERRITORIES\n\t\tBeispiel Lake",
    ),
    (
        "The New York Botanical Garden\nBuchnera pusilla Sw.\n"
        "Vicinity of Villa Muestra, Provincia Ejemplar",
        "Vicinity of Villa Muestra, Provincia Ejemplar",
    ),
]


# The county, or a state's full name, heading or closing the locality is a field of its own; a
# type label, a lone genus, an institution's address and how the plant grew are no place.
LOCALITIES += [
    (
        "Jefferson County: ca. 6 mi S of Exampla along\nCounty Road 318 Heron Road), near "
        "headwaters\nof Sample Creek, 31047'N, 83015*W, ca. 120 m;\nExample Hill sandstone barrens.",
        "ca. 6 mi S of Exampla along\nCounty Road 318 Heron Road), near headwaters\n"
        "of Sample Creek, 31047'N, 83015*W, ca. 120 m",
    ),
    ("ST. LANDRY PARISH:\nBeispiel.\n\n00987654", "Beispiel."),
    (
        "U. S. A., NORTH CAROLINA: Wilkes Co.,\nMusterville, State forest",
        "Musterville, State forest",
    ),
    (
        "On Muster sandstone in high ridges.\n"
        "West Virginia: top of Sample Knob (1140 m.), Randolph Co.\nJul. 1958.",
        "top of Sample Knob (1140 m.)",
    ),
    # (the substrate's relation opens the place, as keyers give it: "near Muster Pond ...")
    (
        "on bark of maple, open slopes, near\nMuster Pond Biological Station,\nCraig County\n\n"
        "8 July 1947",
        "near\nMuster Pond Biological Station",
    ),
    # an insect label's county is part of its locality
    (
        "CAL:Exampla Natl.\nWildl. Pres. (MD),\nSan Mateo Co.\nIV-10-1984",
        "CAL:Exampla Natl.\nWildl. Pres. (MD),\nSan Mateo Co.",
    ),
    (
        "CALIF:Mendocino Co.\n4 mi.N Fernbrook\nVII-25-1971",
        "CALIF:Mendocino Co.\n4 mi.N Fernbrook",
    ),
    (
        "U.C. Bodega\nEMEC 605.271\n\nP.D. Muster\nCollector\nPARATYPE\nCerceris\n"
        "18 mi. W.Santa Prueba\nChih., Mexico\n14 Jul.1953\nOn Larrea\n\nCerceris\ncompar\n"
        "exempla\nMust.\nDet.by\n69\nH.A.Muster",
        "18 mi. W.Santa Prueba\nChih., Mexico",
    ),
    (
        "Alectoria fictiva Tuckf.\ndet. C. W. Muster 1948\n\nHanging from twigs\n"
        "Tinker creek southwest of Tinkerton\nAltitude ca. 2,300 feet\nSeptember 17, 1942",
        "Tinker creek southwest of Tinkerton",
    ),
    # an institution named below a key is no label head: the line after it is no address; a
    # value set under its key runs to the next key
    (
        "Common Name\nLocality\ny Muster Hill Station, Institute of Jamaica\nJamaica, W.I.\nHabitat",
        "y Muster Hill Station, Institute of Jamaica\nJamaica, W.I.",
    ),
]


# A block naming only the country, state or county is the locality only when nothing else is; the
# lines of a determination, a family, OCR noise and an unfinished institution line are no place;
# a value under its key ("Location:" with a stray letter or two) runs to the next key.
LOCALITIES += [
    (
        "\tFrom the\n\tFARNHAM HERBARIUM, HALVERSON UNIVERSITY\n\t\tLichens from the Exampleford "
        "Herbarium\nLecidea exempla Garov.\n\t\tMuster Canal,\nColl. H.W.Beispiel South "
        "Carolina, 1863\nDet. E.Exampleford",
        "Muster Canal",
    ),
    (
        "THE NEW YORK BOTANICAL GARDEN\nFlora of Hispaniola\nDominican Republic\n\n"
        "Herbaceous, sprawling over bare soil; petals\nyellow; common in open pastures, near\n"
        "Vega del Ejemplo. Alt. 65 m.",
        "Herbaceous, sprawling over bare soil; petals\nyellow; common in open pastures, near\n"
        "Vega del Ejemplo. Alt. 65 m.",
    ),
    (
        "FLORA OF ONTARIO, CANADA\nKENORA DISTRICT\n\nPendant upon S.-facing lakeside "
        "cliff.\nPoplar I. at extreme NE. corner of St.\nExempla I.",
        "Poplar I. at extreme NE. corner of St.\nExempla I.",
    ),
    ("Co. Cocke\n\nGrey Ledges near Sample Cave", "Grey Ledges near Sample Cave"),
    ("Cocke Co.", "Cocke Co."),
    (
        "THE NEW YORK BOTANICAL GARDEN\nFlora of Hispaniola\nDominican Republic",
        "Dominican Republic",
    ),
    (
        "MEXICAN FLORA.\nSTATE OF COLIMA.\nColl. Dr. Edwin Muster, 1887.\nNo.482",
        "STATE OF COLIMA.",
    ),
    (
        "ARACEAE\nnookeri Bispa-det.T.Mustr,91\nAbove old stone bridge on road to Sample Lake.",
        "Above old stone bridge on road to Sample Lake.",
    ),
    (
        "HERBARIO DE LA MUESTRA\nMarianao, Habana, CUBA\nFlora de CUBA. Prov. MATANZAS\n\n"
        "Woods: Sierra del Gallo, El Mirador Estate, Las Peñitas.",
        "Woods: Sierra del Gallo, El Mirador Estate, Las Peñitas.",
    ),
    (
        "Vicinity of Villa Muestra\nlara\nRiver bank near the church",
        "River bank near the church",
    ),
    # a key word in lower case after a line left open is the sentence going on
    (
        "Vicinity of Villa Muestra, Provincia Ejemplar;\naltitude 250 to 700 meters\n"
        "No. 2864 W. L. MUSTER, Collector",
        "Vicinity of Villa Muestra, Provincia Ejemplar;\naltitude 250 to 700 meters",
    ),
    ("Vicinity of Arenalejo.\nAltitude 400 m", "Vicinity of Arenalejo."),
    # a province named after its word is higher geography too
    (
        "HERBARIO DE LA MUESTRA\nMarianao, Habana, CUBA\nFlora de CUBA. A\nProv.\nMATANZAS\n"
        "hasa\n. hey\nlara\nWoods: Sierra del Gallo, El Mirador Estate, Las Peñitas.",
        "Woods: Sierra del Gallo, El Mirador Estate, Las Peñitas.",
    ),
    ("DOMINICAN REPUBLIC\nprov. Azua", "DOMINICAN REPUBLIC\nprov. Azua"),
    (
        "FLORA of ALASKA\n\nLocation Si\nExemplar Is.; Sampler Islands, Alaska; N slope of Hill\n"
        "1436\nLatitude55012.347′ N",
        "Exemplar Is.; Sampler Islands, Alaska; N slope of Hill\n1436",
    ),
    (
        "Location:\nSample Island. Probe Bay, Muster Coast;\n60°07.5'N, 152°34.0'W\n\nHabitat:\nheath",
        "Sample Island. Probe Bay, Muster Coast;\n60°07.5'N, 152°34.0'W",
    ),
]
LOCALITIES += [
    # the keyed map sheet closes the locality, wherever the form prints it
    (
        "Location \tExemplar Is.; Sampler Islands, Alaska; E-facing\n\tupper slope of Hill 872\n"
        "Latitude 55° 08.412' N\n\nQuad. Map\tExemplar Island (D-2), Alaska \tColl. Date 11 June "
        "1995\nCollector Peter R. Holmvik & Anna K. Holmvik",
        "Exemplar Is.; Sampler Islands, Alaska; E-facing\n\tupper slope of Hill 872\n"
        "Quad. Map Exemplar Island (D-2), Alaska",
    ),
    (
        "Location: 1\nEast Arm Obrazets Cove. Primer Island.\nAleutian Islands; 52°31.5'N, "
        "173°12.0'E\nHabitat:\nMountain ridge\n\nCollector: Peter & Anna Holmvik\n# 757\n"
        "Map/Quad.: Exempla C-2 NE\nDate: 17 Jul 1989",
        "East Arm Obrazets Cove. Primer Island.\nAleutian Islands; 52°31.5'N, 173°12.0'E\n"
        "Map/Quad.: Exempla C-2 NE",
    ),
    (
        "Tundra Lakes NWR\nQuad. Map \tAmbler (C-5) Alaska\t\tColl. Date 3 August 2004",
        "Tundra Lakes NWR\nQuad. Map Ambler (C-5) Alaska",
    ),
    ("Quad. Map\n\nNear Nome, Seward Peninsula", "Near Nome, Seward Peninsula"),
    # an institution's word inside the sentence of a locality
    (
        "Republica Dominicana:Provincia\nEjemplar:Jardin Botanico Municipal:\n"
        "Plantas de semillero junto al patio\ndel Colegio y Jardin Escolar.\n9 de Marzo, 1979.\n"
        "Tomas Prueba Modelo.",
        "Republica Dominicana:Provincia\nEjemplar:Jardin Botanico Municipal:\n"
        "Plantas de semillero junto al patio\ndel Colegio y Jardin Escolar.",
    ),
    # the colour of the flowers describes the plant, and so does the sentence going on
    (
        "DOMINICAN REPUBLIC\nprov. Azua\n\nApium exemplum\n1' h erb ; fl. white; in open\n"
        "fields by the stream.\nColl. K. L. & M.N. Muster 5123",
        "DOMINICAN REPUBLIC\nprov. Azua",
    ),
    (
        "Shrub 4 m; fl. pink, faint odor; fr. 1 cm. red\nwith purple sap;\n"
        "Republica Dominicana: Prov. Monte Ejemplo de\nMuestra: edge of village at Paso del Rio",
        "Republica Dominicana: Prov. Monte Ejemplo de\nMuestra: edge of village at Paso del Rio",
    ),
]

LOCALITIES += [
    # as OCR reads a form's key: a rule read as a letter glued to it, the value glued to it, the
    # key below the value in the other language, a split "Collector" key under it
    (
        "LocalityI\nTrapper's beach at (\nHuard\nBay.\nEndroit\nCol lector\n"
        "C.E.Muster:17203 Dore14 Aug. 1976\nRecueilli par",
        "Trapper's beach at (\nHuard\nBay.",
    ),
    ("LocalityTrapper's cove at Huard Bay.\nEndroit", "Trapper's cove at Huard Bay."),
    # a stray letter glued before the value's first word
    ("Locality\nyTrapper's cove at Huard Bay.", "Trapper's cove at Huard Bay."),
    # a space read as "_", an "l" read as "1" between lower-case letters; figures stay
    (
        "WEST_INDIES, Dominica, St.Paul. Above old\nstone bridge on road to Sample Lake.",
        "WEST INDIES, Dominica, St.Paul. Above old\nstone bridge on road to Sample Lake.",
    ),
    (
        "USA, Puerto Rico, Mun Cia1es. 18°17'N, 66°31'W.",
        "USA, Puerto Rico, Mun Ciales. 18°17'N, 66°31'W.",
    ),
    ("Locality: Km 1 1 road to Lake_2", "Km 1 1 road to Lake_2"),
    # the collector's line closing the block, with a date the date parser cannot read
    (
        "CAL:Exampla Natl.\nWildl.Pres.(MX).\nSan Mateo Co .\nJ.Hessel1Vll-Z9-83",
        "CAL:Exampla Natl.\nWildl.Pres.(MX).\nSan Mateo Co.",  # spaced stops closed up
    ),
    # the place after the collector's key and name
    ("COLL. C. MUSTERLEY, in Cuba Occidentali, prope", "in Cuba Occidentali, prope"),
    ("Cott. C. MUSTERLEY, in Cuba Occidentali, prope", "in Cuba Occidentali, prope"),
    (
        "Linociera exempla Sw.\nColl. C. MUSTERLEY 1861-2, in Cuba Occidentali.",
        "in Cuba Occidentali.",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "JARDIN BOTANICO DR. RAMON M. MOSQUERA\nSANTO DOMINGO.\nREPUBLICA DOMINICANA\n\nNo.22351",
        "JARDIN BOTANICO NACIONAL “DR. RAMON M.\nSANTO dominGo, REPUBLICA DominiCana",
        "HERBARIUM OF C. E. MUSTER\nPORT EXAMPLE, ONTARIO",
        "HERBARIO DE LA MUESTRA\nMarianao, Habana, CUBA\nFlora de CUBA.",
        "NEW YORK\nBOTANICAL\nGAI\nRDE",
        # the sheet's caption read between the two halves of the garden's name
        "8\n9\n10\nThe New York —\ncopyright reserved\nBotanical Garden",
        "8\n91\n10\nTHE New York —\ncopyright reserved\nBotanical Garden\n\nNEW\nVOR\nBOTANICAL",
    ],
)
def test_no_locality_from_an_institution_address(text: str) -> None:
    assert "verbatimLocality" not in values(text)


# A keyed locality whose line stops on a preposition runs on to the next line.
LOCALITIES += [
    (
        "PLANTS OF OHIO\nColl. Ann B. Smith\nViola pedata L.\n"
        "Locality Knox County; Upper end of road up\nExample Creek\n\nHabitat Dry roadside bank",
        "Knox County; Upper end of road up\nExample Creek",
    ),
]


# An institution's name of five words broken over two lines ("SAINT ANNE OF THE LAKE /
# UNIVERSITY") is no place, though it names a lake.
LOCALITIES += [
    (
        "SALU\nSAINT ANNE OF THE LAKE\nUNIVERSITY\n\ncopyright reserved\n\n"
        "Saint Anne of the Lake University (SAL)\n\n00001234\n\nPLANTS OF KNOX COUNTY, OHIO\n\n"
        "Viola pedata L.\n\nUpper banks of the Example River,\nMt. St. Ansgar, Aug. 12, 1933.",
        "Upper banks of the Example River,\nMt. St. Ansgar",
    ),
]


@pytest.mark.parametrize(("text", "locality"), LOCALITIES)
def test_localities(text: str, locality: str) -> None:
    assert values(text)["verbatimLocality"] == locality


@pytest.mark.parametrize(
    "text",
    [
        # a form's keys, the split "Collector" among them, under a key whose value is elsewhere
        "Endroit\nCol lector\nC.E.Muster:17203 Dore14 Aug. 1976\nRecueilli par",
        # a collector's line without a place phrase after the name
        "COLL. C. MUSTERLEY, Cuba Occidentali",
    ],
)
def test_no_locality(text: str) -> None:
    assert "verbatimLocality" not in values(text)


def test_locality_stops_before_the_habitat() -> None:
    text = (
        "Hocking County: Muster Hollow State Forest, along Muster Lick \n Run S of Forest Road 7, 0.65 mi NE"
        " of SR 73, \n 36°21'40\"N, 83°47'15'W, ca. 190 m; shale \n ledges above brook and"
        " nearby hickory woods.\n\n14 June 2008"
    )
    got = values(text)
    assert got["verbatimLocality"].endswith("ca. 190 m")
    assert got["habitat"] == "shale \n ledges above brook and nearby hickory woods."


COORDINATES = [
    ("36°21'40\"N, 83°47'15'W, ca. 190 m;", "36°21'40\"N, 83°47'15'W", "36.36111", "-83.78750"),
    ("36 27'14\"N,\n93 18'37\"W.", "36 27'14\"N, 93 18'37\"W", "36.45389", "-93.31028"),
    ("N48° 41' W 87° 35'", "N48° 41' W 87° 35'", "48.68333", "-87.58333"),
    ("N. 49° 26' W. 88° 55'", "N. 49° 26' W. 88° 55'", "49.43333", "-88.91667"),
    (
        "37 deg 52' 26\" N\n122 deg 14' 32\" W",
        "37 deg 52' 26\" N 122 deg 14' 32\" W",
        "37.87389",
        "-122.24222",
    ),
    (
        "Latitude \t61° 17.284'N Longitude 171° 42.615'W",
        "61° 17.284'N 171° 42.615'W",
        "61.28807",
        "-171.71025",
    ),
    ("19°07'N, 71°32'Oeste; elev. 85 m.", "19°07'N, 71°32'Oeste", "19.11667", "-71.53333"),
    ("63° 12' N, 107° W", "63° 12' N, 107° W", "63.20000", "-107.00000"),
    ("52°31.5'N, 173°12.0'E", "52°31.5'N, 173°12.0'E", "52.52500", "173.20000"),
    ("Lat. 52° 17'N. Long. 67° 44'W.", "52° 17'N. 67° 44'W", "52.28333", "-67.73333"),
    ("15º17'N, 61º22'W.  765m.", "15º17'N, 61º22'W", "15.28333", "-61.36667"),
    (
        "67°12'23.4\" N Longitude 157°48'37.2\" W",
        "67°12'23.4\" N 157°48'37.2\" W",
        "67.20650",
        "-157.81033",
    ),
    # OCR slips in the marks: the degree sign read as "0" or "*", the minute mark as "*", "!",
    # ":" or "°" or lost before the hemisphere, a hemisphere in lower case, halves run together
    (
        "of Sample Creek, 31047'N, 83015*W, ca. 120 m;",
        "31°47'N, 83°15'W",
        "31.78333",
        "-83.25000",
    ),
    (
        "14 at Exampla, 30042'N, 84°27'W; cypress swamp.",
        "30°42'N, 84°27'W",
        "30.70000",
        "-84.45000",
    ),
    ("N.48017'W.89023'", "N.48°17'W.89°23'", "48.28333", "-89.38333"),
    ("60°07.5'N, 152*34.0'W", "60°07.5'N, 152°34.0'W", "60.12500", "-152.56667"),
    ("Lat/Long:\n55°12N, 161°42W", "55°12N, 161°42W", "55.20000", "-161.70000"),
    (
        "N. 49° 26° w. 88° 55!\nof Turkey Point Bay.",
        "N. 49° 26' W. 88° 55'",
        "49.43333",
        "-88.91667",
    ),
    ("Lat. 52° 41'N. Long. 67° 13:W.", "52° 41'N. 67° 13'W", "52.68333", "-67.21667"),
    (
        "Latitude55012.347' N\nLongitude 161° 42.618' W",
        "55°12.347' N 161° 42.618' W",
        "55.20578",
        "-161.71030",
    ),
    # the degree sign read as a "0" before a space or alone, the minute mark lost before the
    # longitude's leading hemisphere or at the pair's end, "W." read as "w,"
    ("N480 13W 880 27.", "N48° 13W 88° 27", "48.21667", "-88.45000"),
    ("N48 0 13W 880 27!", "N48 ° 13W 88° 27'", "48.21667", "-88.45000"),
    (
        "61° 17.284' N Longitude 1710 42.615'W",
        "61° 17.284' N 171° 42.615'W",
        "61.28807",
        "-171.71025",
    ),
    ("N.48° 53' w, 88° 44'", "N.48° 53' W. 88° 44'", "48.88333", "-88.73333"),
    # ... but not where the number with the "0" can be degrees
    ("N 48° 30' W 120 30'", "N 48° 30' W 120 30'", "48.50000", "-120.50000"),
    # a speck read after the keyword at its line's end
    (
        "Latitude\n600 41.217'N Longitude 1\n172° 47.309'W",
        "60° 41.217'N 172° 47.309'W",
        "60.68695",
        "-172.78848",
    ),
    # the latitude and the longitude read as two labels
    (
        "Latitude\n, 55° 12.347'N\n\nLongitude 161° 42.618' W\nElevation 410 m",
        "55° 12.347'N 161° 42.618' W",
        "55.20578",
        "-161.71030",
    ),
    # degrees, minutes and seconds parted by spaces only, each half closed by its hemisphere
    (
        "Site: 35 12 44.1 N 82 07 09.6 W. Datum: NAD83.",
        "35 12 44.1 N 82 07 09.6 W",
        "35.21225",
        "-82.11933",
    ),
    # decimal degrees after "Lat." and "Long.", each closed by a full stop
    (
        "Lat. 36.51842. Long. -81.22017. Datum: WGS84.",
        "36.51842. -81.22017",
        "36.51842",
        "-81.22017",
    ),
    # eight decimals, as a GPS unit's export gives them
    (
        "Site 4. Lat. 41.12345678 Long. -83.87654321 Datum: WGS84",
        "41.12345678 -83.87654321",
        "41.12346",
        "-83.87654",
    ),
]


@pytest.mark.parametrize(("text", "verbatim", "lat", "lon"), COORDINATES)
def test_coordinates(text: str, verbatim: str, lat: str, lon: str) -> None:
    got = values(text)
    assert (got["verbatimCoordinates"], got["decimalLatitude"], got["decimalLongitude"]) == (
        verbatim,
        lat,
        lon,
    )


@pytest.mark.parametrize(
    "text",
    [
        "23° N. Lat. Altitude 4,000-6,000 ft.",
        "slope 3°; NE exposure",
        # (a township and range is verbatimCoordinates of its own: test_geo_historical_regions_survey.py)
        "36 27N 93 18W",
        "Height 12 ft, 3 in.",
        # a "0" before a space that is part of a number
        "Elevation 1700 25 m, N side",
        # halves in two labels that do not meet
        "36°21'40\"N\n\nElev. 35 m\n83°47'15'W",
    ],
)
def test_no_coordinates(text: str) -> None:
    assert "verbatimCoordinates" not in values(text)


ELEVATIONS = [
    ("36°21'40\"N, 83°47'15'W, ca. 190 m; shale", "ca. 190 m"),
    ("Sandwash\nNavajo Co. Ariz\n7200' VI-26-65", "7200'"),
    ("Cyn 1200-2400' Sierra", "1200-2400'"),
    ("1.5mi,NE,Paradise,\n8-9 59ARIZ 5200'\nE.G Dunmore", "5200'"),
    ("Musterton, 540 ft.", "540 ft."),
    ("alt. 1,720 m, foothills of Muster Range", "1,720 m"),
    ("Portal 4800' el.", "4800'"),
    ("Elevation 37 m", "37 m"),
    ("Elevation:\t2470 ft", "2470 ft"),
    ("Elevation: 1300 - 1500 Feet", "1300 - 1500 Feet"),
    ("Det.:\t\t\t\t\tAlt.: About 3400 ft.", "About 3400 ft."),
    ("Altitude ca. 1,700 feet\t\tAugust 11, 1937", "ca. 1,700 feet"),
    ("19°07'N, 71°32'Oeste; elev. 85 m.", "85 m."),
    ("ARROYO EJEMPLO, RIO MUESTRA, 430 METERS ALTITUDE", "430 METERS"),
    ("Habitat C.1900 Ft. Alt. Among wet sedges", "C.1900 Ft."),
    ("Vega del Ejemplo. Alt. 65 m.", "65 m."),
    ("Coos Bay, 0-20 m; sea coast", "0-20 m"),
    # OCR slips in the keyword: "Alt.:" read as "Alte:" or "Altes", "Ft." as "Ft,"
    ("Det.:\nAlte: About 3400 ft.\nJune 22, 1938", "About 3400 ft."),
    ("Coll: H. & V. Baines\nAltes About 3400 ft.", "About 3400 ft."),
    ("Habitat\nC,1750 Ft, Alt.\nAmong low sedges and", "1750 Ft"),
    ("Altitude 5,000-7,000 ft.", "5,000-7,000 ft."),
    ("Coos Bay, 2,000 ft; sea shore", "2,000 ft"),
]


@pytest.mark.parametrize(("text", "elevation"), ELEVATIONS)
def test_elevations(text: str, elevation: str) -> None:
    assert values(text)["verbatimElevation"] == elevation


@pytest.mark.parametrize(
    "text",
    [
        "Twining; stems 2.5m; flowers pale yellow.",
        "Tree 14m.,petals pink",
        "36°21'40\"N",
        "13 km SW of",
        "Alter 300 m",
        # minutes of a coordinate whose degree sign was read as "0"
        "14 at Exampla, 30042'N, 84°27'W; cypress swamp.",
        "17036N, 7622'W; S of the pier, near end of road;",
        # the tail of a number whose range dash the OCR lost is no elevation of its own
        "17° N. Lat. Altitude 3,0005,000 ft.",
    ],
)
def test_no_elevation(text: str) -> None:
    assert "verbatimElevation" not in values(text)


HABITATS = [
    ("Habitat \tCarex fictiva-moss peatland", "Carex fictiva-moss peatland"),
    (
        "Habitat \tOn lichens in rocky scree slope mixed with Dryas \n\t\texempla-Betula "
        "nana heath\nQuad. Map",
        "On lichens in rocky scree slope mixed with Dryas \n exempla-Betula nana heath",
    ),
    ("HABITAT: Fallow field.", "Fallow field."),
    ("Substratum stone\nLoc.\t\tGrey Ledges", "stone"),
    ("Site:\t\t\tLow herb snowpatch\nColl:", "Low herb snowpatch"),
    (
        "Tlalmuestra\nNay.,Mex.\nVII-16-20-52\n\nOn fls. of\nArracacia\nExemplii M&R",
        "On fls. of\nArracacia\nExemplii M&R",
    ),
    ("16 mi.W.Santa Prueba\nChih., Mexico\n12 Aug. 1952\nOn Larrea", "On Larrea"),
    # the key alone on its line, as OCR reads a form's columns: the value runs below it to the
    # next key
    (
        "Location: 1\nEast Arm Obrazets Cove. Primer Island.\nHabitat:\nMountain ridge",
        "Mountain ridge",
    ),
    (
        "Elevation 260 m\nHabitat\nDryas exempla-Betula nana heath of mid-mountain\nslope\n"
        "Quad.Map Exemplar Island (D-2), Alaska\nCollector Peter R. Holmvik",
        "Dryas exempla-Betula nana heath of mid-mountain slope",
    ),
    (
        "Jamaica, W.I.\nHabitat\nC,1750 Ft, Alt.\nAmong low sedges and\nshrubs\nDate\nMar.14, 1973",
        "C,1750 Ft, Alt. Among low sedges and shrubs",
    ),
    # unkeyed, a slope, a bluff or a bank opening the locality's sentence
    (
        "Plants of Ohio\nKnox Co.   10 August 1949\nViola pedata L.\n\n"
        "Ravine bank; along Example Parkway,\nW of Exampleton.\n\nWalter Brennan 3550",
        "Ravine bank",
    ),
    (
        "Plants of Ohio\nKnox Co.\nViola pedata L.\nSteep, wooded slope; lake trail, Example Park.",
        "wooded slope",
    ),
    (
        "Knox County, Ohio.\nViola pedata L.\nHemlock bluff; N-facing slope along\n"
        "Example River 2 mi. N of Exampleton.",
        "Hemlock bluff",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # a river's bank named by its side is where, not the kind of ground
        "Knox County, Ohio.\nWest bank of the Example River, 2 mi. N of Exampleton.",
        "Example Bluff, Knox County, Ohio.",
    ],
)
def test_no_habitat_in_a_place(text: str) -> None:
    assert "habitat" not in values(text)


@pytest.mark.parametrize("text", ["Habitat:\nCollector: Peter & Anna Holmvik", "Habitat\n\nbushes"])
def test_no_habitat_below_an_empty_key(text: str) -> None:
    assert "habitat" not in values(text)


@pytest.mark.parametrize(("text", "habitat"), HABITATS)
def test_habitats(text: str, habitat: str) -> None:
    assert values(text)["habitat"] == habitat


METRES = [
    ("36°21'40\"N, 83°47'15'W, ca. 190 m; shale", "190", "190"),
    ("Vega del Ejemplo, ca. 350 m; pine forest", "350", "350"),
    ("Musterton, 1100 ft", "335", "335"),
    ("alt. 1,720 m, foothills of Muster Range", "1720", "1720"),
    ("Det.:\t\t\t\t\tAlt. 3500'", "1067", "1067"),
    ("Sierra de Juarez, elev. 600-700 m.", "600", "700"),
    ("Mt. Lemmon\n5000 ft.\nVII-4-54", "1524", "1524"),
    ("Cyn 1200-2400' Sierra", "366", "732"),
    ("Elevation: 1300 - 1500 Feet", "396", "457"),
    ("ARROYO EJEMPLO, RIO MUESTRA, 430 METERS ALTITUDE", "430", "430"),
    ("Habitat C.1900 Ft. Alt. Among wet sedges", "579", "579"),
    ("Coos Bay, 0-20 m; sea coast", "0", "20"),
    ("Altitude 5,000-7,000 ft.", "1524", "2134"),
]


@pytest.mark.parametrize(("text", "low", "high"), METRES)
def test_elevation_in_metres(text: str, low: str, high: str) -> None:
    fields = parse_fields(labels_from_text(text))
    assert fields["minimumElevationInMeters"].value == low
    assert fields["maximumElevationInMeters"].value == high
    # Never surer than the verbatim elevation it was computed from, never certain.
    verbatim = fields["verbatimElevation"].confidence
    assert 0 < fields["minimumElevationInMeters"].confidence <= verbatim < 1
    assert fields["minimumElevationInMeters"].evidence.rule.startswith("elevation.")


@pytest.mark.parametrize(
    "text",
    ["Cat. No. 1200", "No. 1200", "EMEC 604,233", "Tree 14m.,petals pink", "Alt. to 3000 ft."],
)
def test_no_elevation_in_metres(text: str) -> None:
    assert "minimumElevationInMeters" not in values(text)


MUNICIPALITIES = [
    ("USA, Puerto Rico. Mun Ciales. 18°19'N. 66°28'W.", "Ciales"),
    ("Puerto Rico: Mun. Lajíta, Bosque Estatal de Lajíta", "Lajíta"),
    ("Municipio de Lajíta, Bosque Estatal", "Lajíta"),
    (
        "MEXICO: Oaxaca, Mpio. San Juan Bautista Tlacoatzintepec, 3 km N",
        "San Juan Bautista Tlacoatzintepec",
    ),
    ("Chiapas: Mpio. de La Trinitaria, Lagos de Montebello", "La Trinitaria"),
    ("Municipio Libertador, Mérida", "Libertador"),
]


@pytest.mark.parametrize(("text", "municipality"), MUNICIPALITIES)
def test_municipality(text: str, municipality: str) -> None:
    cand = parse_fields(labels_from_text(text))["municipality"]
    assert cand.value == municipality
    assert cand.evidence.rule == "municipality.keyword"
    assert 0 < cand.confidence < 1


@pytest.mark.parametrize(
    "text", ["Musci of Ohio", "Lakeshore University, Kenora", "Munich, Bavaria", "Mundo Nuevo"]
)
def test_no_municipality(text: str) -> None:
    assert "municipality" not in values(text)


# Shapes seen in other projects' label collections (strings invented here in the same shapes).
COORDINATE_SHAPES = [
    # decimal degrees: with hemisphere letters, degree signs and a sign, keywords, or bare with a
    # minus sign and four decimals
    (
        "GPS 38.51724N, 107.20316W datum WGS84",
        "38.51724N, 107.20316W",
        "38.51724",
        "-107.20316",
    ),
    ("38.51724N,\n107.20316W", "38.51724N, 107.20316W", "38.51724", "-107.20316"),
    ("Lat. 45.2071 Long.: -121.6652", "45.2071 -121.6652", "45.20710", "-121.66520"),
    ("31.72083°, -110.88712°", "31.72083°, -110.88712°", "31.72083", "-110.88712"),
    ("35.10421 -106.52238 1650 m", "35.10421 -106.52238", "35.10421", "-106.52238"),
    ("-33.86882 151.20929", "-33.86882 151.20929", "-33.86882", "151.20929"),
    # a minus sign the hemisphere repeats
    (
        "19° 22' 07.5\" N, -99° 10' 44.0\" W",
        "19° 22' 07.5\" N, -99° 10' 44.0\" W",
        "19.36875",
        "-99.17889",
    ),
    # a stray second mark after the minute mark, "Long.:" with its colon
    ("Lat.: 41° 12'\"N Long.: 105° 33'\"W", "41° 12'\"N 105° 33'\"W", "41.20000", "-105.55000"),
    # minutes without their mark before the seconds
    ('N 36° 04’ W 112° 08 15" 900 ft.', 'N 36° 04’ W 112° 08 15"', "36.06667", "-112.13750"),
]


@pytest.mark.parametrize(("text", "verbatim", "lat", "lon"), COORDINATE_SHAPES)
def test_coordinate_shapes(text: str, verbatim: str, lat: str, lon: str) -> None:
    got = values(text)
    assert (got["verbatimCoordinates"], got["decimalLatitude"], got["decimalLongitude"]) == (
        verbatim,
        lat,
        lon,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Plot 3.1250 4.5000",  # no sign, no hemisphere, no degree sign, no keyword
        "40.1234N alone",  # one half only
        "12.5 -13.75",  # too few decimals to be a place without any mark
    ],
)
def test_no_decimal_coordinates(text: str) -> None:
    assert "verbatimCoordinates" not in values(text)


ELEVATION_SHAPES = [
    # two decimals, a typeset foot mark, an item in two units
    ("Elev. 1212.5 m", "1212.5 m", "1213"),
    ("Elevación: 2015.75 m", "2015.75 m", "2016"),
    ("Alt. 640’", "640’", "195"),
    ("Ridge top, 1280m/4200ft; oak woods", "1280m", "1280"),
]


@pytest.mark.parametrize(("text", "verbatim", "metres"), ELEVATION_SHAPES)
def test_elevation_shapes(text: str, verbatim: str, metres: str) -> None:
    got = values(text)
    assert (got["verbatimElevation"], got["minimumElevationInMeters"]) == (verbatim, metres)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a postal code right after a county's keyword and its comma
        ("Garland Co., AR", "Arkansas"),
        ("Coconino County, AZ; 5 mi N of Flagstaff", "Arizona"),
        ("Lane Co., OR.", "Oregon"),
        ("Bexar Co., TX 12 mi S of town", "Texas"),
    ],
)
def test_postal_code_after_county(text: str, state: str) -> None:
    assert values(text)["stateProvince"] == state


@pytest.mark.parametrize(
    "text",
    [
        # a bearing or a word, not a state, where something follows it
        "Custer Co., NE of Broken Bow",
        "POLK CO., IN PINE FLATWOODS",
        "Jackson Co., SE of town",
    ],
)
def test_no_postal_code_after_county(text: str) -> None:
    assert "stateProvince" not in values(text)


# Shapes met on label strings outside the devset (invented strings in the same shapes).
LOCALITY_AND_HABITAT = [
    # a road named for the agency that keeps it is a place, not an institution
    (
        "Ochoco National Forest, Forest Service Road 2630.",
        "Ochoco National Forest, Forest Service Road 2630.",
        None,
    ),
    # a habitat phrase alone is no locality
    ("mixed hardwood forest", None, "mixed hardwood forest"),
    ("Dense oak woodland", None, "Dense oak woodland"),
    ("Riparian/oak woodland.", None, "Riparian/oak woodland"),
    # the habitat's key after a sentence of the locality; the associates' key ends it
    (
        "Pine Creek trailhead. Habitat: Wet sedge meadow with scattered\n"
        "willows and birch. With: Carex fictiva",
        "Pine Creek trailhead.",
        "Wet sedge meadow with scattered\nwillows and birch.",
    ),
    # a habitat word after initials is a surname; after a place's name, the place
    ("R. T. Marsh", None, None),
    ("Fulton pasture.", None, None),
    # the names after the locality's ";" are associated taxa, not the habitat
    (
        "5 mi N of Ely, on Hwy 93; Pinus monophylla, Juniperus osteosperma, Artemisia tridentata",
        "5 mi N of Ely, on Hwy 93",
        None,
    ),
    # a capitalised habitat word inside a name is the place ("National Forest")
    (
        "Malheur National Forest, 2 mi S of Seneca",
        "Malheur National Forest, 2 mi S of Seneca",
        None,
    ),
]


@pytest.mark.parametrize(("text", "locality", "habitat"), LOCALITY_AND_HABITAT)
def test_locality_and_habitat_shapes(text: str, locality: str | None, habitat: str | None) -> None:
    got = values(text)
    assert got.get("verbatimLocality") == locality
    assert got.get("habitat") == habitat


# European labels (issue 16): the locality's keys in the languages of the labels, each value
# stopping at the next key; all strings invented in the shapes of real labels.
KEYED_IN_LANGUAGES = [
    # German
    ("Fundort: Bachtal bei Oberdorf\nDatum: 3.5.1921\nleg. K. Muster", "Bachtal bei Oberdorf"),
    ("Lokalität: Steinbruch am Kahlen Berg\nSammler: K. Muster", "Steinbruch am Kahlen Berg"),
    ("Fundort: Bachtal bei Oberdorf, leg. K. Muster", "Bachtal bei Oberdorf"),
    ("Fundort: Bachtal bei Oberdorf Datum: 3.5.1921", "Bachtal bei Oberdorf"),
    ("Ort: Mühlweg am Waldrand\nHöhe: 400 m", "Mühlweg am Waldrand"),
    # French
    ("Localité: Bois de la Vieille Forge\nRécolteur: J. Exemple", "Bois de la Vieille Forge"),
    ("Localite : Plateau des Essais\nDate : 4 mai 1902", "Plateau des Essais"),
    # Spanish, Portuguese, Italian
    (
        "Localidad: Cerro Pelado, al S de Villafinta\nFecha: 12-III-1960",
        "Cerro Pelado, al S de Villafinta",
    ),
    ("Localidade: Serra do Exemplo\nColetor: A. Teste", "Serra do Exemplo"),
    ("Località: Monte Finto presso Borgo\nRaccoglitore: M. Esempio", "Monte Finto presso Borgo"),
    # Dutch: the key spaced by the OCR, the value broken over lines, the next keys in their forms
    ("Vindplaats: Duinen bij Strandwijk\nLeg. J. Voorbeeld", "Duinen bij Strandwijk"),
    ("Groeiplaats: Polderdijk bij Oosterveen\nDat.: 5.6.1950", "Polderdijk bij Oosterveen"),
    ("Plaats: Heide ten noorden van Bosrijk", "Heide ten noorden van Bosrijk"),
    (
        "Loc . : Graswijk , dijk langs de vaart\nOec . : Ruigte\nNEDERLAND\nDat . :",
        "Graswijk, dijk langs de vaart",
    ),
    (
        "Loc.: Graswijk, heg lood-\nrecht op het pad\nOec.: haag\nNEDERLAND",
        "Graswijk, heg lood-\nrecht op het pad",
    ),
    ("Vindplaats:\nBosrand bij Dorpveen\nZeehoogte :\n100 m", "Bosrand bij Dorpveen"),
    # Finnish, Swedish, Estonian, Russian
    (
        "Lokaliteetti: Esimerkkijärvi, Mäntymäki\nKerääjä: M. Meikäläinen",
        "Esimerkkijärvi, Mäntymäki",
    ),
    ("Paikka: Koivusaari, rantaniitty\nPvm: 4.7.1950", "Koivusaari, rantaniitty"),
    ("Lokal: Exempelsjön, norra stranden\nDatum: 1.6.1930", "Exempelsjön, norra stranden"),
    ("Fyndort: Björkholmen vid Sjöby\nLeg. S. Exempelsson", "Björkholmen vid Sjöby"),
    ("Leiukoht: Näidisküla, metsaserv\nKoguja: J. Näide", "Näidisküla, metsaserv"),
    ("Местонахождение: окр. с. Примерное, луг\nСобрал: И. Образцов", "окр. с. Примерное, луг"),
    # a value set on the lines below its key, up to the next key; a line left open runs on
    (
        "Loc.\nSteinbruch am Berg,\nKalkfelsen über dem Dorf\nDat. 1920",
        "Steinbruch am Berg,\nKalkfelsen über dem Dorf",
    ),
    (
        "Loc. Nordhang des Beispielbergs\nüber dem Dorf Musterau\nAlt. 900 m",
        "Nordhang des Beispielbergs\nüber dem Dorf Musterau",
    ),
    # a printed form's island key above the locality's: keyers give both, the island with its key
    ("Insula: Pulau Contoh\nLoc.: W of Tg. Misal", "Insula: Pulau Contoh W of Tg. Misal"),
    (
        "Island SUMBAWA. Contoh Utara\nLoc. Desa Misal, Bukit Tiga",
        "Island SUMBAWA. Contoh Utara Desa Misal, Bukit Tiga",
    ),
]


@pytest.mark.parametrize(("text", "locality"), KEYED_IN_LANGUAGES)
def test_keyed_locality_in_languages(text: str, locality: str) -> None:
    assert values(text)["verbatimLocality"] == locality


# Without a locality key: an old label's "Hab." that names a place, a preposition of place, an
# insect's data label (the lines left when the date, the people and the collection are set aside).
UNKEYED_EUROPEAN = [
    ("Hab. langs de dijk te Voorbeeldstad\nLeg. J. Voorbeeld", "langs de dijk te Voorbeeldstad"),
    ("Habitat in Insula Exemplaria\nLegit K. Muster", "in Insula Exemplaria"),
    ("Prope Villafinta legit K. MUSTER, 1854", "Prope Villafinta"),
    ("Hollow Heath\n12.VI.1931\nK.L. Muster", "Hollow Heath"),
    ("LONDON N.\nSEPT 1931", "LONDON N."),
    ("Thornvale\n1908", "Thornvale"),
    ("Redvale, Surrey\n21.VII.1937\nW.Exe-Smith", "Redvale, Surrey"),
    ("14-9-78\nSTOWMOOR,\nDEVON MV\nB.G.EXAMPLE", "STOWMOOR,\nDEVON MV"),
    ("I. of Exemplar\n7.03.\n\nMuster's Collection", "I. of Exemplar"),
    ("Oakham fort\n21. VI. 47\nApis\npascuorum ?", "Oakham fort"),
    (
        "* Ash\nNomanswood\nHerts 14-7-73\nK.L.M.\n\nMuster Coll.\nKMNH (E)\n2011-204",
        "* Ash\nNomanswood\nHerts",
    ),
    # the place before the curator's label of the collection ("BRITISH ISLES: / X Coll.")
    (
        "Hilltop fort\n21. VI. 47\n\nBRITISH ISLES:\nT. Muster-\nBeispiel Coll.\nK.M. 1972-318",
        "Hilltop fort",
    ),
    # a sheet's old label: the place and the year on one line
    ("K. Muster\nFort Example 1833", "Fort Example"),
]


@pytest.mark.parametrize(("text", "locality"), UNKEYED_EUROPEAN)
def test_unkeyed_european_locality(text: str, locality: str) -> None:
    assert values(text)["verbatimLocality"] == locality


@pytest.mark.parametrize(
    "text",
    [
        # a determination slip
        "Carex exempla (L.) Muster\ndet. K. Beispiel 1931",
        # the collectors' names above their key; a collector with a number and a date
        "Jonas Muster\nK. L. Beispiel\nCollectors, Aug. 1905",
        "K. L. Muster \tNo. 4461 \tSeptember 1968",
        "Brother Jonas Muster\tApril 28, 1963",
        # a collection's own label, a type label, a museum's stamp, a date
        "Muster Coll.\nK.M. 1972-318",
        "Holotype\n12.VI.1931",
        "Databased and imaged\n2011",
        "Jan. 29, 1971\nK. Muster",
        # a habitat key whose value is a kind of vegetation, not a place
        "Hab. in open woods\n12.VI.1931",
        # a herbarium's exchange note and a herbarium's name in one word
        "DUPLICATE\nDupl. sent to Herb. at: Exeter, Lyon,\nGent, Turku, Tartu.\n\n12.VI.1931",
        "(Staatsherbarium, Musterstadt, Exemplaria)\n12.VI.1931",
    ],
)
def test_no_european_locality(text: str) -> None:
    assert "verbatimLocality" not in values(text)


# The habitat's keys in other languages; a key in the middle of a locality's line ends it.
EUROPEAN_HABITATS = [
    ("Fundort: Bachtal bei Oberdorf\nStandort: Kalkfelsen am Bach", "Kalkfelsen am Bach"),
    ("Loc.: Graswijk\nOec.: ruigte langs de sloot", "ruigte langs de sloot"),
    ("Paikka: Koivusaari\nKasvupaikka: kuiva kangasmetsä", "kuiva kangasmetsä"),
    ("Lokal: Exempelsjön\nVäxtplats: fuktig äng", "fuktig äng"),
    ("Leiukoht: Näidisküla\nKasvukoht: niiske niit", "niiske niit"),
    ("Местонахождение: с. Примерное\nМестообитание: сырой луг", "сырой луг"),
]


@pytest.mark.parametrize(("text", "habitat"), EUROPEAN_HABITATS)
def test_european_habitat_keys(text: str, habitat: str) -> None:
    assert values(text)["habitat"] == habitat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place named from the larger to the smaller, no key, no kind-of-place word
        ("Aus bus L.\nExempla, Sampleby, niitty\n8.6.1965\nleg. A. Person", "Exempla, Sampleby, niitty"),
        # kinds of place in the labels' languages (data/place_words.csv)
        ("Aus bus L.\nnahe Musterdorf am Fluss\n8.6.1965\nleg. A. Person", "nahe Musterdorf am Fluss"),
        ("Aus bus L.\nNäidisküla, järv kaldal\n8.6.1965\nkogus A. Person", "Näidisküla, järv kaldal"),
    ],
)  # fmt: skip
def test_places_named_in_the_labels_languages(text: str, expected: str) -> None:
    got = parse_fields(labels_from_text(text)).get("verbatimLocality")
    assert got is not None and got.value == expected


def test_a_name_and_a_month_are_no_list_of_places() -> None:
    from pipelines.fields.places.score import names_listed

    assert names_listed("Exempla, Sampleby")
    assert not names_listed("A. Person, Nov. 1976")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a British county, then the place in it; the grid reference and the vice-county stop it
        ("Aus bus L.\nExampleshire: Sample Woods, chalk grassland\n12 May 1962\nColl. A. Person",
         "Exampleshire: Sample Woods, chalk grassland"),
        ("Aus bus L.\nExampleshire: Sample Woods, by the lake\nGR: SP 46 08\nColl. A. Person",
         "Exampleshire: Sample Woods, by the lake"),
        ("Aus bus L.\nExampleshire: Sample Woods\nv.c. 23\nColl. A. Person",
         "Exampleshire: Sample Woods"),
    ],
)  # fmt: skip
def test_a_region_then_the_place_in_it(text: str, expected: str) -> None:
    got = parse_fields(labels_from_text(text)).get("verbatimLocality")
    assert got is not None and got.value == expected
