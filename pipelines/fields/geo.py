"""Gazetteer-like tables: countries (from pycountry plus the names labels use) and the first-level
divisions that labels abbreviate (US states, Canadian provinces, Mexican states).

The abbreviations are the ones printed on labels for a century ("Calif.", "N. Mex.", "Chih."), not
postal codes only: postal codes are two capitals that collide with words and are trusted only
before a colon ("CA: Contra Costa Co.").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import pycountry

from pipelines.fields.lexicon import data_rows


@dataclass(frozen=True)
class Place:
    name: str  # canonical name
    code: str  # ISO 3166-1 alpha-2 of the country
    kind: str  # "country" | "state"


def fold(text: str) -> str:
    """Lower case without accents or punctuation spacing: "México" -> "mexico", "U. S. A." -> "u.s.a."."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", re.sub(r"\.\s+", ".", text)).strip()


# Names labels use that pycountry does not list (languages of the labels, historical names).
_COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US",
    "u.s.a": "US",
    "u.s.a.": "US",
    "u.s.": "US",
    "united states": "US",
    "united states of america": "US",
    "estados unidos": "US",
    "mexico": "MX",
    "mex.": "MX",
    "mexique": "MX",
    "republica dominicana": "DO",
    "rep.dominicana": "DO",
    "rep. dominicana": "DO",
    "dominican republic": "DO",
    "porto rico": "PR",
    "bahama islands": "BS",
    "bahamas": "BS",
    "turks islands": "TC",
    "caicos islands": "TC",
    "turks and caicos": "TC",
    "navassa island": "UM",
    "cayman islands": "KY",
    "brasil": "BR",
    "peru": "PE",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "great britain": "GB",
    "russia": "RU",
    "korea": "KR",
    "south korea": "KR",
    "vietnam": "VN",
    "iran": "IR",
    "syria": "SY",
    "taiwan": "TW",
    "tanzania": "TZ",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "czech republic": "CZ",
    "holland": "NL",
    "deutschland": "DE",
    "espana": "ES",
    "italia": "IT",
    "suisse": "CH",
    "schweiz": "CH",
    "nueva zelanda": "NZ",
    "colombie": "CO",
    "perou": "PE",
    "bresil": "BR",
    "guyane francaise": "GF",
    "costa rica": "CR",
    "canada": "CA",
    "cuba": "CU",
    "haiti": "HT",
    "jamaica": "JM",
    "puerto rico": "PR",
}
# The Latin names European insect labels print ("GALLIA mer., Var", "HISPANIA: Granada"); the
# field takes the country's own name, which a reader of the record knows.
LATIN_COUNTRIES: dict[str, str] = {
    "gallia": "FR",
    "hispania": "ES",
    "germania": "DE",
    "helvetia": "CH",
    "graecia": "GR",
    "lusitania": "PT",
    "hungaria": "HU",
    "polonia": "PL",
    "britannia": "GB",
    "hibernia": "IE",
    "suecia": "SE",
    "norvegia": "NO",
    "dania": "DK",
    "fennia": "FI",
    "rossia": "RU",
    "turcia": "TR",
    "japonia": "JP",
}
_COUNTRY_NAMES: dict[str, str] = {
    "US": "United States",
    "MX": "Mexico",
    "DO": "Dominican Republic",
    "PR": "Puerto Rico",
    "BS": "Bahamas",
    "TC": "Turks and Caicos Islands",
    "UM": "United States Minor Outlying Islands",
    "GB": "United Kingdom",
    "RU": "Russia",
    "KR": "South Korea",
    "VN": "Vietnam",
    "IR": "Iran",
    "SY": "Syria",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "LA": "Laos",
    "BO": "Bolivia",
    "VE": "Venezuela",
}
# Nouns that end a place's name ("Mud Lake", "Mexico Beach"), as regex alternatives; a country's
# or a person's name before one is part of the place's (regions.py and people.py each add the
# nouns their cases needed: "Hill", "Brook" and "Marsh" are surnames too).
PLACE_NOUNS = (
    r"Island|River|Lake|Mountains?|Bay|Creek|Road|Harbou?r|Beach|Pond|Valley|Canyon|Springs?|"
    r"Falls|Park|Gap|Ridge|Swamp"
)
# Short forms accepted only in their exact printed shape, case-sensitively.
_COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "USA": "US",
    "U.S.A.": "US",
    "U.S.A": "US",
    "U. S. A.": "US",
    "U. S. A": "US",
    "Mex.": "MX",
    "Mex": "MX",  # its full stop lost, as "Calif" and "Ariz" lose theirs ("Mich.Mex")
    "MEX": "MX",
    "MEX.": "MX",
    "Méx.": "MX",
    "Rep. Dominicana": "DO",
    "Rep. Dom.": "DO",
}
# US territories that labels often print after "USA,": the territory is the better country.
US_TERRITORIES = {"PR", "GU", "VI", "AS", "MP", "UM"}


@cache
def countries() -> dict[str, str]:
    """Folded country name -> alpha-2 code."""
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and not re.search(r"[,(]", name):
                table[fold(name)] = c.alpha_2
    table.update({fold(k): v for k, v in _COUNTRY_ALIASES.items()})
    table.update(LATIN_COUNTRIES)
    return table


def country_name(code: str) -> str:
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return str(getattr(c, "common_name", None) or c.name)


_US_STATES = """Alabama|Ala.|AL;Alaska|Alas.|AK;Arizona|Ariz.|AZ;Arkansas|Ark.|AR;California|Calif.,Cal.,
Cali.|CA;Colorado|Colo.|CO;Connecticut|Conn.|CT;Delaware|Del.|DE;Florida|Fla.,Flor.|FL;Georgia|Ga.|GA;
Hawaii|Haw.|HI;Idaho|Ida.|ID;Illinois|Ill.|IL;Indiana|Ind.|IN;Iowa|Ia.|IA;Kansas|Kans.,Kan.|KS;
Kentucky|Ky.|KY;Louisiana|La.|LA;Maine|Me.|ME;Maryland|Md.|MD;Massachusetts|Mass.|MA;
Michigan|Mich.|MI;Minnesota|Minn.|MN;Mississippi|Miss.|MS;Missouri|Mo.|MO;Montana|Mont.|MT;
Nebraska|Nebr.,Neb.|NE;Nevada|Nev.|NV;New Hampshire|N.H.|NH;New Jersey|N.J.|NJ;
New Mexico|N.Mex.,N.M.|NM;New York|N.Y.|NY;North Carolina|N.C.,N.Car.|NC;North Dakota|N.Dak.,N.D.|ND;
Ohio||OH;Oklahoma|Okla.|OK;Oregon|Ore.,Oreg.|OR;Pennsylvania|Pa.,Penn.,Penna.|PA;
Rhode Island|R.I.|RI;South Carolina|S.C.,S.Car.|SC;South Dakota|S.Dak.,S.D.|SD;Tennessee|Tenn.|TN;
Texas|Tex.|TX;Utah|Ut.|UT;Vermont|Vt.|VT;Virginia|Va.|VA;Washington|Wash.|WA;
West Virginia|W.Va.,W.Virginia|WV;Wisconsin|Wis.,Wisc.|WI;Wyoming|Wyo.|WY"""
_CA_PROVINCES = """Alberta|Alta.|AB;British Columbia|B.C.|BC;Manitoba|Man.|MB;New Brunswick|N.B.|NB;
Newfoundland|Nfld.|NL;Nova Scotia|N.S.|NS;Ontario|Ont.|ON;Prince Edward Island|P.E.I.|PE;
Quebec|Que.,Qué.,P.Q.|QC;Québec||QC;Saskatchewan|Sask.|SK;Northwest Territories|N.W.T.|NT;
Yukon|Yuk.,Y.T.|YT;Nunavut||NU"""
# Mexican states as abbreviated on labels; "Mich." and "Mex." need the country to decide.
_MX_STATES = """Aguascalientes|Ags.;Baja California Sur|B.C.S.,Baja Calif. Sur;
Baja California|B.C.,Baja Calif.;Campeche|Camp.;Chiapas|Chis.;Chihuahua|Chih.;Coahuila|Coah.;
Colima|;Distrito Federal|D.F.;Durango|Dgo.;Guanajuato|Gto.;Guerrero|Gro.;Hidalgo|Hgo.;Jalisco|Jal.;
Michoacán|Mich.,Michoacan;Morelos|Mor.;Nayarit|Nay.;Nuevo León|N.L.,Nuevo Leon;Oaxaca|Oax.;
Puebla|Pue.;Querétaro|Qro.,Queretaro;Quintana Roo|Q.R.,Q. Roo;San Luis Potosí|S.L.P.,San Luis Potosi;
Sinaloa|Sin.;Sonora|Son.;Tabasco|Tab.;Tamaulipas|Tamps.,Tamp.;Tlaxcala|Tlax.;Veracruz|Ver.;
Yucatán|Yuc.,Yucatan;Zacatecas|Zac."""


@dataclass(frozen=True)
class StateEntry:
    name: str
    code: str  # country
    abbreviation: bool


@cache
def states() -> dict[str, list[StateEntry]]:
    """Printed form (case-sensitive for abbreviations, folded for names) -> possible states."""
    table: dict[str, list[StateEntry]] = {}

    def add(key: str, entry: StateEntry) -> None:
        table.setdefault(key, []).append(entry)

    for block, code in ((_US_STATES, "US"), (_CA_PROVINCES, "CA")):
        for item in block.replace("\n", "").split(";"):
            name, abbrevs, postal = item.split("|")
            add(fold(name), StateEntry(name, code, False))
            for a in filter(None, abbrevs.split(",")):
                add(a, StateEntry(name, code, True))
            add(postal + ":", StateEntry(name, code, True))
    for item in _MX_STATES.replace("\n", "").split(";"):
        name, abbrevs = item.split("|")
        add(fold(name), StateEntry(name, "MX", False))
        for a in filter(None, abbrevs.split(",")):
            if a.endswith("."):
                add(a, StateEntry(name, "MX", True))
            else:
                add(fold(a), StateEntry(name, "MX", False))
    return table


@cache
def us_counties() -> dict[str, dict[str, str]]:
    """US state name -> {folded county name: the county's name}, from data/us_counties.csv (the
    Census Bureau's 3,143 counties, parishes and boroughs; see scripts/make_us_counties.py)."""
    table: dict[str, dict[str, str]] = {}
    for row in data_rows("us_counties.csv"):
        table.setdefault(row["state"], {})[fold(row["county"])] = row["county"]
    return table


def postal_state(code: str) -> StateEntry | None:
    """The one state or province a two-letter postal code stands for ("NC", "ON"), if any."""
    entries = states().get(code + ":", [])
    return entries[0] if len(entries) == 1 else None


@cache
def given_names() -> frozenset[str]:
    """The folded names more US residents bear as a first name than as a surname ("wayne",
    "marie"; not "powell", "lee"), from data/given_names.csv (the Census Bureau's 1990 name
    frequencies; see scripts/make_given_names.py)."""
    return frozenset(fold(row["name"]) for row in data_rows("given_names.csv"))
