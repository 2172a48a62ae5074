"""Collectors, field numbers and determiners from real label strings."""

from __future__ import annotations

import pytest

from models.dwc import Term
from pipelines.fields import labels_from_text, parse_fields
from pipelines.fields.geo import fold, given_names
from pipelines.fields.people import given_name_only, split_people
from tests.pipelines.fields.ocr_labels import placed_label


def values(text: str) -> dict[str, str]:
    return {k: c.value for k, c in parse_fields(labels_from_text(text)).items()}


COLLECTORS = [
    ("P.D. Hurd\nCollector", "P.D. Hurd", None),
    ("E. E. Gilbert\nC. D. MacNeil\nCollectors", "E. E. Gilbert | C. D. MacNeil", None),
    ("15 kmS San Juan del\nRio, Qro.,Mex.\nV-16-1979\nJ.R.Powers,Collr.", "J.R.Powers", None),
    ("Krombein Coll", "Krombein", None),
    (
        "CA:Ah-Pah Cr.confl\nwith Klamath River\nHumboldt Co. Sept 14\n16,1992 flight trap\n"
        "W.Middlekauff,coll.",
        "W.Middlekauff",
        None,
    ),
    ("Malaise Trap\nH. V. Daly\nMay 10, 1991", "H. V. Daly", None),
    (
        "CAL:Antioch Natl.\nWildl. Pres. (LC),\nContra Costa Co.\nJ.Powell VIII-26-81",
        "J.Powell",
        None,
    ),
    ("CAL:Antioch Natl.\nWildl. Pres. (LC),\nContra Costa Co.\nVIII-21-81 Powell", "Powell", None),
    (
        "CALIF:Monterey Co.\n5 air mi SW Green-\nfield,Arroyo Seco\nR. Wharton V-8-75",
        "R. Wharton",
        None,
    ),
    ("Richard C. Harris 52766", "Richard C. Harris", "52766"),
    ("R. C. Harris 25487", "R. C. Harris", "25487"),
    ("Coll. R.T. Wilce\nDet. M.E.B.B.", "R.T. Wilce", None),
    ("William R. Buck 35573", "William R. Buck", "35573"),
    ("C. M. Wetmore 84151 (ex MIN)", "C. M. Wetmore", "84151"),
    ("Collected by A. B. Langlois 935\t\t19.VI.1894", "A. B. Langlois", "935"),
    ("Collector G. T. Johnson\tNo. 1071\n\tJanuary 2, 1953", "G. T. Johnson", "1071"),
    ("G. T. Johnson s.n.", "G. T. Johnson", "s.n."),
    ("COLLECTED BY Edward M. Wheeler", "Edward M. Wheeler", None),
    ("Coll. A. J. Sharp\t\tAlt.\nDet. \t\tH. A. Sierk\t\tDate Nov. 12, 1939", "A. J. Sharp", None),
    (
        "Oct. 30, 1965 \tColl. Dr. & Mrs. A. J. \nSharp, Z. Iwatsuki & I. Yoshimura",
        "Dr. & Mrs. A. J. Sharp | Z. Iwatsuki | I. Yoshimura",
        None,
    ),
    ("\tColl. Mason E. Hale & Isao Yoshimura", "Mason E. Hale | Isao Yoshimura", None),
    ("Coll: H. & V. Bailey\t\tJune 20, 1939", "H. & V. Bailey", None),
    ("\tA. C. Skorepa \tNo. 4461 \tSeptember 1969", "A. C. Skorepa", "4461"),
    ("No. 6703\t\t\t4 Aug. 1959\n\t\t\t\tColl. C.E.Garton", "C.E.Garton", "6703"),
    ("coll. L.P. Lord\t\t22 June 1955", "L.P. Lord", None),
    ("Collector \tStephen & Sandra Talbot\t\t# SM97-158", "Stephen & Sandra Talbot", "SM97-158"),
    ("Collector:\tStephen & Sandra Talbot \t# 88004-26", "Stephen & Sandra Talbot", "88004-26"),
    # a year and a serial: no day and month begin it
    ("A. Beltran & S. Whitcombe 88-214\n2 Feb. 1988", "A. Beltran | S. Whitcombe", "88-214"),
    ("J. A. Steyermark 75-1062\nMay 3, 1975", "J. A. Steyermark", "75-1062"),
    (
        "Coll:\t\tStephen Talbot & Sandra Looman\n\t\t#850 \t\t3 September 1987",
        "Stephen Talbot | Sandra Looman",
        "850",
    ),
    (
        "Collector \tStephen S. Talbot & Sandra L. Talbot \t\t#271 ",
        "Stephen S. Talbot | Sandra L. Talbot",
        "271",
    ),
    (
        "Date 28 Sept. 1972\t\tCollector & No. C.E.Garton\n\t\t\t\t\t\t\t\t15315",
        "C.E.Garton",
        "15315",
    ),
    ("Collector  C.E. Garton:16199\tDate 16 Aug. 1974", "C.E. Garton", "16199"),
    # the companions on the line below join the collector (recordedBy lists everyone)
    (
        "Daniel Atha 711\tNovember 4, 1994\nwith Thomas A. Zanoni, José Cedeño",
        "Daniel Atha | Thomas A. Zanoni | José Cedeño",
        "711",
    ),
    ("J. Higgins 109, with Prosper Paris\t18-Jan-94", "J. Higgins", "109"),
    ("Coll. George R. Proctor, No. 48285\nDate: Aug. 8, 1992", "George R. Proctor", "48285"),
    (
        "N.L. BRITTON\nE.G. BRITTON }COLLECTORS\nC.S. GAGER\tSEPT. 5-12, 1910",
        "N.L. BRITTON | E.G. BRITTON | C.S. GAGER",
        None,
    ),
    (
        "STEWARDSON BROWN\n}COLLECTORS AUG. 31-SEPT. 20, 1905\nN.L. BRITTON",
        "STEWARDSON BROWN | N.L. BRITTON",
        None,
    ),
    (
        "COLL: Thomas R. Söderström\tDATE: 10 February 1983\nNO: 2647",
        "Thomas R. Söderström",
        "2647",
    ),
    ("D. S. Correll & R. K. Godfrey 41293", "D. S. Correll | R. K. Godfrey", "41293"),
    ("Col. Bro. León\tFecha 0ct., 1934", "Bro. León", None),
    ("N. L. BRITTON, COLLECTOR\tSEPTEMBER 25, 1906", "N. L. BRITTON", None),
    ("Collected by A. H. CURTISS, MARCH, APRIL AND MAY, 1903", "A. H. CURTISS", None),
    ("Walter H. Lewis, no. 7241\t2 Jan. 1969", "Walter H. Lewis", "7241"),
    ("Siri von Reis, no. 249\tSeptember 3 - 5, 1952", "Siri von Reis", "249"),
    ("Ruben & Diane Sauleda 3746\n(with R. & J. Lassiter)", "Ruben & Diane Sauleda", "3746"),
    ("Collector:Elbert L. Little, Jr.", "Elbert L. Little, Jr.", None),
    ("PERCY WILSON, COLLECTOR.\tDEC. 14-16, 1907.", "PERCY WILSON", None),
    ("G.J. Breckon 6097\t16 May 2000", "G.J. Breckon", "6097"),
    ("Coll. R. A. & E. S. Howard 8726 Sept. 2, 1946", "R. A. & E. S. Howard", "8726"),
    ("J. A. SHAFER, COLLECTOR\t\tJANUARY 10, 1910", "J. A. SHAFER", None),
    # the keyword leads the name: the line above is the place (see test_locality)
    ("\t\tSantee Canal,\nColl. H.W.Ravenel South Carolina, 1857", "H.W.Ravenel", None),
]


# A typed name with its number far to the right on its line; the number after a "Number:" key;
# a number with a comma between its thousands.
COLLECTORS += [
    (
        "Flora of Ohio\nViola pedata L.\nDry bluffs.\nApr. 27, 1975\n\nWalter E. Brennan\nDet.\n"
        "No. 10,193\n& A. Harvey",
        "Walter E. Brennan",
        "10,193",
    ),
    (
        "Knox Co.          24 July 1950\nViola pedata L.\n\nWalter Brennan                  6381",
        "Walter Brennan",
        "6381",
    ),
    (
        "Location: 5 miles east of Exampleton.\nWalter Brennan Number: 152\nDate: June 10, 1956",
        "Walter Brennan",
        "152",
    ),
]


@pytest.mark.parametrize(("text", "collector", "number"), COLLECTORS)
def test_collectors(text: str, collector: str, number: str | None) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("recordNumber")) == (collector, number)


# The same kinds of label as OCR reads them: slips in the keyword and the initials, the keyword
# under the name, stray marks around it, a name with only its number on the next line.
OCR_COLLECTORS = [
    ("U.C.Berkeley\nEMEC 609.614\nP. D.Hurd\nCollector\nAhuacatlan,\nNay..Mex.", "P. D.Hurd", None),
    ("E.S.Ross\nCollector\nCerceris\nre\nconvergens", "E.S.Ross", None),
    ("Hopkins Wel!\nRiverside Co.\nCalif IV-29-52\nG.A,Marsh\nCollector", "G.A.Marsh", None),
    ("Arroyo Mocho,20\nD.D,Linsdale\nCollector", "D.D.Linsdale", None),
    ("Topaz Lake,\nDotglas Co.\nNEV.VII-II-67\nW.J.Turner\nCollestor", "W.J.Turner", None),
    ("V-16-1979\nj.R.Powers,Collr.", "J.R.Powers", None),
    # the comma before the keyword read as a full stop, a stray space before an initial's stop
    ("Rio, Qro.,Mex.\nV-16-1979\nJ.R.Powers.Collr.", "J.R.Powers", None),
    (
        "with Klamath River\nHumboldt Co.Sept 14\n16,1992 flight trap\nW .Middlekauff, coll.",
        "W. Middlekauff",
        None,
    ),
    (
        "CALIF:Humboldt Co.\n3mi.N Garberville\nV-23-76 R.Dietz,\nJ.Hafernik colls.",
        "R.Dietz | J.Hafernik",
        None,
    ),
    ("Oceano VII-12-73.\nR. Coville\non Baccharis pilularis", "R. Coville", None),
    ("Contra Costa Co.\nVIII-21-81 Powe1l\nEriogonum nudum", "Powell", None),
    ("Wildl.Pres.(LC).\nContra Costa Co.\nJ.Powe11VIII-26-81", "J.Powell", None),
    ("Pt., Plymouth area, Massachusetts\n5 November 1976\nColl, R.T. Wilce", "R.T. Wilce", None),
    ("CoLlecTed By A. B. Langlois 935", "A. B. Langlois", "935"),
    ("COLL C. WRIGHT, in Cuba Orientali, prope", "C. WRIGHT", None),
    ("Coll E. Hall\nDet. Edward Tuckerman", "E. Hall", None),
    ("Coil of rope on the beach C. Island", None, None),
    (
        "Across bay from Port Moller, Alaska,\nCoil. A. J, Sharp and Z. Iwatsuki",
        "A. J. Sharp | Z. Iwatsuki",
        None,
    ),
    (
        "Ne of Andersite Quarry, Amchitka, Alaska.\n28 June 1967\nColl. A. J» Sharp",
        "A. J. Sharp",
        None,
    ),
    ("Ccil. A. J. Sharp and Z. Iwatsuki\n24 Ju1y 1967", "A. J. Sharp | Z. Iwatsuki", None),
    ("PLANTS OF CUBA\nCoLL. C. WRIGHT.", "C. WRIGHT", None),
    (
        "Site:\nStephen Talbot & Sandra Looman\n#850\n3 September 1987",
        "Stephen Talbot | Sandra Looman",
        "850",
    ),
    ("September 8 - 5, 1952\nSiri von Reis, no.\n249", "Siri von Reis", "249"),
    ("Walter H. Lewis, no..\n7469\n27 Dec. 1969", "Walter H. Lewis", "7469"),
    ("A. C. Skorepa\nNo.461\n\nSeptember 196%", "A. C. Skorepa", "461"),
    ("Date\nFeb.13, 1970\n=L. M. ANDREWS :", "L. M. ANDREWS", None),
    ("13 agost. 1992\nT. Zanoni, F.", "T. Zanoni", None),
    ("NORMAN TAYLOR i\nGEORGE Vv. NASH i\n; COLLECTORS.", "NORMAN TAYLOR | GEORGE Vv. NASH", None),
    (
        "STEWARDSON BROWN\nN. L. BRITTON\n( Collectors, AUG. 31-SEPT. 20, 1905",
        "STEWARDSON BROWN | N. L. BRITTON",
        None,
    ),
    ("No.217\n7 W.L. ABBOTT, Collector\nApril 5-17, 1922", "W.L. ABBOTT", "217"),
    (
        "Malaise Trap\nH. V. Daly\nMay 10, 1991\nCA:Contra Costa Co.\nKensington, 690 f.",
        "H. V. Daly",
        None,
    ),
    ("William R. Buck", "William R. Buck", None),
    ("Lat. 51° 52'N. Long. 68° 09W.\n\nG.Gardner, P.Desroches", "G.Gardner | P.Desroches", None),
    # not a collector: a catalogue number, a place, a keyword, a determiner's name
    ("U.C. Berkeley\nEMEC 609543\nOaxaca, Mex.", None, None),
    # (the number before the family is the field number, see `test_record_number_alone`)
    ("SANTO DOMINGO, REPUBLICA DOMINICANA\n46950\nFabaceae", None, "46950"),
    ("ARROYO TRINITARIO, RIO NEGRO, 550 M ETERS ALTITUDE", None, None),
    ("Endroit\nCollector\nRecueilli par\nIdentifie par", None, None),
    ("Form 48-R.8\nTROPICAL FOREST HERBARIUM", None, None),
    ("Cerceris\nconvergens\nDet. by\nV.&,\nH.A.Scullen6", None, None),
    ("New Providence\nThe New York\nBotanical Garden", None, None),
    # a collector keyword is never the name, whichever way the reading order puts it
    ("Collected\n\\. H. CURTISS, MARCH, April and May, 1803", "H. CURTISS", None),
    ("\\. H. CURTISS, MARCH, April and May, 1803\n\nCollected", "H. CURTISS", None),
    ("COLLECTED\nJuly 4, 1950", None, None),
    ("Identified\nJuly 4, 1950", None, None),
    # an institution's line by the date names nobody
    ("del Museo y Pabellon Docente.\n4 de Agosto, 1981.", None, None),
]

OCR_COLLECTORS += [
    # a space before an initial's comma, a keyword split by a space, a title in lower case, the
    # keyword's "ll" read as "tt" before initials
    ("Collector & No. C ,E,Garton\n11810", "C. E.Garton", "11810"),
    ("Endroit\nCol lector\nC.E.Garton:16199 Dore16 Aug. 1974", "C.E.Garton", "16199"),
    ("Famili.\nCol. bro. León\nFecha Oct., 1934", "Bro. León", None),
    ("Cott. C. WRIGHT, in Cuba Orientali, prope", "C. WRIGHT", None),
    ("Cott. of the river", None, None),
    # a surname read in lower case, on the line above the keyword only
    ("10 km.W.of\nZitacuaro\n\nP. d.hurd\nCollector", "P. D.Hurd", None),
    ("IV-24-1955\np. D, hurd\nCollector", "P. D. Hurd", None),
    ("10 km. W. of town\nP. d.hurd", None, None),
    # a plural keyword after one name: the name line below is the second collector
    ("N. L. Britton\nCOLLECTORS\nL. J. K. BRACE", "N. L. Britton | L. J. K. BRACE", None),
    (
        "Grand Turk, August 27-September 1.\nGEORGE V NASH COLLECTORS.\nNorman TAYLOR",
        "GEORGE V NASH | Norman TAYLOR",
        None,
    ),
    ("L. J. K. BRACE (\nCollectors", "L. J. K. BRACE", None),
    # ... not after a singular keyword, nor a line that is no full name
    ("N. L. Britton\nCOLLECTOR\nL. J. K. BRACE", "N. L. Britton", None),
    ("E. E. Gilbert\nCollectors\nCerceris", "E. E. Gilbert", None),
    ("GEORGE V NASH COLLECTOR.\nApril 5, 1905", "GEORGE V NASH", None),
    ("Collected by John Q Public", "John Q Public", None),
    # a name line with a title; a name glued to a date the date parser cannot read
    ("Trailing; flowers violet.\n\nBrother Alain Liogier", "Brother Alain Liogier", None),
    ("Det.\nBrother Alain Liogier", None, None),
    ("Contra Costa Co.\nJ.Powel1Vll-Z6-81", "J.Powell", None),
    ("Contra Costa Co.\nJ.Powe11VILL-Z6-81", "J.Powell", None),
    ("Contra Costa Co.\nJ.Powell Ranch, 4 mi N", None, None),
    # a form's caption read a letter or two wrong is no part of the name before it
    ("Coll. E. G. Britton Colectrs", "E. G. Britton", None),
    ("Coll. N. L. Britton Herbariun", "N. L. Britton", None),
    ("Rarie\nE.G.BRTON OLLETORS\n\nMarch 7,1910", None, None),
    # ... but a surname a letter from a short caption or a keyword is a name
    ("Coll. R. Forrest\nJune 2, 1950", "R. Forrest", None),
    ("Coll. H. Collett", "H. Collett", None),
]


@pytest.mark.parametrize(("text", "collector", "number"), OCR_COLLECTORS)
def test_collectors_in_ocr_text(text: str, collector: str | None, number: str | None) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("recordNumber")) == (collector, number)


DETERMINERS = [
    ("Det.by '58\nH.A.Scullen", "H.A.Scullen"),
    ("Det. JM Davidson", "JM Davidson"),
    ("Det.Menke 1981", "Menke"),
    ("Det. by V.& C.\nH.A.Scullen '61", "H.A.Scullen"),
    ("det. T. Zanoni, 1994", "T. Zanoni"),
    ("Det. Richard C. Harris 1986", "Richard C. Harris"),
    ("Det. vidi ISAO YOSHIMURA\tDate 23 July 1955", "ISAO YOSHIMURA"),
    ("Det. Mason E. Hale \tFeb. 1960", "Mason E. Hale"),
    ("det. C. W. Dodge 1943", "C. W. Dodge"),
    ("Det. By P.Y.Wong Nov. 1975", "P.Y.Wong"),
    ("Det. : John W.Thomson", "John W.Thomson"),
    ("Det.: D.S.Correll", "D.S.Correll"),
    ("Det: J. Williams & B.L. Turner, 30 Jul 1996", "J. Williams | B.L. Turner"),
    (
        "Det. vel confirm.:F.J. FERNÁNDEZ CASAS (ex MA, sed nunc in MO), 30-V-2001",
        "F.J. FERNÁNDEZ CASAS",
    ),
    ("DET. E. L. Little, Jr.", "E. L. Little, Jr."),
    ("-det. T. Croat, 93", "T. Croat"),
    ("det: M. Nee, 1998", "M. Nee"),
    ("Det. S.R.Hill 9/93", "S.R.Hill"),
    ("Det. ? R. Lowden, 1975.-", "R. Lowden"),
    ("Det. D. A. Qualls\t15 June 1984", "D. A. Qualls"),
    ("Determined by H.L. Dickson\t\tDate Oct. 1974", "H.L. Dickson"),
    ("Det:", None),
    ("Det.:\t\t\t\t\tAlt.: About 3500 ft.", None),
    # as the OCR reads them: an initial read as a sign, the keyword's line cut from the name's,
    # the label's edge read as a letter before the keyword, a year's fragments between the two
    ("Det.: John ¥. Thomson", "John Thomson"),
    ("Map/Quad.: Kenai (A-7) Quad.\nDate: 14 Sep 1988\nDet.: John ¥. Thomson", "John Thomson"),
    ("Det. .\nBarbara\nMoore", "Barbara Moore"),
    ("completa\nBks.\nIDET. by\nH.A.Scullen", "H.A.Scullen"),
    ("Cerceris\nconvergens\nlDet.by\nV.&C\nH.A.Scullen'", "H.A.Scullen"),
    ("Cerceris\nconvergens\nDet. by\nV.&,\nH.A.Scullen6", "H.A.Scullen"),
    ("albinota\nScul.\nDet.by\n69\nH.A.Scullen", "H.A.Scullen"),
    ("Cerceris\nconvergens\nDet.by\nV.&\n&C.\nH.A.Scullen", "H.A.Scullen"),
    ("Endroit\nDetermined by.\n, H.L.Dickson\nDate.", "H.L.Dickson"),
    # no further than three lines of fragments
    ("Cerceris\nconvergens\nDet.by\nV.&\n&C.\n69\nH.A.Scullen", None),
    # initials alone on the keyword's line, a year after them
    ("Coll. R.T. Wilce\nDet.M.E.B.B.", "M.E.B.B."),
    ("Det. M. E. B. B. 1976", "M. E. B. B."),
    ("Det. A.", None),
    ("Det. by V. & C.", None),
    ("Det. M.E.B.B. in herb.", None),
    # a line of words between the keyword and a name: the name is not the determiner's
    ("Det.\nHERBARIUM OF THE UNIVERSITY OF TENNESSEE\nH. A. Sierk", None),
    # a surname below a given name only when it stands alone on its line
    ("Det. Barbara\nMoore Sevier Co.", "Barbara"),
    # a short word cut by a stop or a comma over a name in initials: the name's abbreviated
    # author (Cameron), as "V.& C." is
    ("Cerceris\naureofacialis\nDet.by/\nCam,\nH.A.Scullen'", "H.A.Scullen"),
    ("Det.by/ Cam. '61\nH.A.Scullen", "H.A.Scullen"),
    ("Det. Hale, 1975", "Hale"),
    # the key shared with a verifier's; the key in lower case after a date
    ("Det/Verif.: R. T. Lowe 08Jul2009", "R. T. Lowe"),
    ("Det./Conf. J. Q. Public 1999", "J. Q. Public"),
    ("Viola pedata L.\ndate March 1990 determined by R. T. Lowe", "R. T. Lowe"),
    ("Det. Hale\nJ. W. Thomson", "Hale"),
    ("Det. Hale,\nJune 1975", "Hale"),
    # the latest dated determination, as for the name
    (
        "Verrucaria lactea Garov.\nDet.E.Tuckerman\n\nThe New York Botanical Garden\n"
        "Arthopyrenia cinchonae (Ach.) Mull. Arg.\n\nDet. Richard C. Harris 1986",
        "Richard C. Harris",
    ),
    (
        "Lindernia diffusa (L.) Wettst.\nDet. D. A. Qualls\n15 June 1984\n\n"
        "Lindernia diffusa (L.) Wettst.\n\ndet. A. H. Liogier. 1971",
        "D. A. Qualls",
    ),
]


@pytest.mark.parametrize(("text", "determiner"), DETERMINERS)
def test_determiners(text: str, determiner: str | None) -> None:
    assert values(text).get("identifiedBy") == determiner


# Printed forms: "Det." at the left of its row, the typed name further right read as a line
# of its own, often in another label (boxes as the OCR placed them on two lichen packets).
_QUAD = ("Quad. Map St. Matthew, Alaska Quad.", (120, 901, 952, 52))
_TALBOT = ("Collector Stephen & Sandra Talbot", (123, 989, 883, 56))
_DET_KEY = ("Det.", (99, 1086, 76, 33))
FORM_DETERMINERS = [
    (
        [[_QUAD, _TALBOT, ("John W. Thomson 1998", (330, 1073, 643, 48))], [_DET_KEY]],
        "John W. Thomson",
    ),
    (
        [
            [("Coll. -A.J. Sharp", (114, 640, 346, 57))],
            [("Det.", (102, 741, 81, 31))],
            [("vidi ISAO YOSHIMURA", (230, 742, 267, 40))],
        ],
        "ISAO YOSHIMURA",
    ),
    (
        [[("Det. By", (215, 1055, 121, 32))], [("P.Y.Wong Nov. 1975", (423, 1039, 548, 45))]],
        "P.Y.Wong",
    ),
    # a row below, or a line far to the right, is not the key's row
    ([[_QUAD, _TALBOT, ("John W. Thomson 1998", (330, 1140, 643, 48))], [_DET_KEY]], None),
    ([[_QUAD, _TALBOT, ("John W. Thomson 1998", (600, 1073, 643, 48))], [_DET_KEY]], None),
    # a key with a name after it on its line is not alone
    (
        [
            [_QUAD, _TALBOT, ("John W. Thomson 1998", (330, 1073, 643, 48))],
            [("Det. 1998", (99, 1086, 76, 33))],
        ],
        None,
    ),
]


@pytest.mark.parametrize(("labels", "determiner"), FORM_DETERMINERS)
def test_determiner_beside_the_key(
    labels: list[list[tuple[str, tuple[int, int, int, int]]]], determiner: str | None
) -> None:
    got = parse_fields([placed_label(i, lines) for i, lines in enumerate(labels)])
    assert (got["identifiedBy"].value if "identifiedBy" in got else None) == determiner


def test_determiner_is_not_the_collector() -> None:
    got = values("Coll. Barbara Moore\t\tAlt.\nDet. H. A. Sierk\t\tDate 17 May 1963")
    assert (got["recordedBy"], got["identifiedBy"]) == ("Barbara Moore", "H. A. Sierk")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("NO. 7240\nGerardia hispidula Mart", "7240"),
        ("Núm. 16235\tFamilia", "16235"),
        ("No._5168\nMayepea domingensis (Lam) Krug &", "5168"),
        ("NO15254\nCynoctonum mitreola (L.) Britton", "15254"),
        ("No. 764 Family Scrophulariaceae", "764"),
        ("In draw, along U.S. Highway\n#82. Eight mi. east", None),
        # a place's own number
        ("Exampleton: Agriculture Inspection Station #16B, I-75 Northbound.", None),
        ("No. of Replicates 9", None),
        # a number running into letters is misread: no number rather than part of one
        ("NO.3K98\nmayepea", None),
        ("altitude 400 to 1000 meters\nNo. 2LI7 W. L. ABOTT, Colletor", None),
        ("No. 835a", "835a"),
        # the keyword's full stop read as a comma
        ("Collector G. T. Johnson\nJanuary 2, 1953\nNo, 1071\nDEPOSITED NY 1982", "1071"),
        ("NO, 7240\nGerardia hispidula Mart", "7240"),
        ("no, 2 seen on the trunk", None),
        # read a figure short, and whole alone on a line elsewhere on the sheet (a form's
        # accession box): the whole number
        ("Form 48-R. 8\n13188\n\nCollector's No.1318", "13188"),
        ("No. 1318\n13188", "13188"),
        # not two figures more, a year, a number with a unit, a number of two figures
        ("No. 1318\n131888", "1318"),
        ("No. 195\n1957", "195"),
        ("No. 1318\n13188 m", "1318"),
        ("No. 12\n123", "12"),
    ],
)
def test_record_number_keyword(text: str, number: str | None) -> None:
    assert values(text).get("recordNumber") == number


_TENN = "\n\nUniversity of Tennessee (TENN)\nTENN-L-0000035"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # marked as a number: a stop or a comma after it, a letter before or after it
        ("A389.", "A389"),
        ("A389,\nAlectoria", "A389"),
        ("4076.\t\tAlectoria", "4076"),
        ("3798a \tAlectoria", "3798a"),
        # the "No." key read as its first letter
        ("N5168", "5168"),
        # a family beside it: on its line, the next, or further down as the OCR placed it
        ("193\tARALIACEAE\nNO.\tFAMILIA", "193"),
        ("349\nScrophulariaceae", "349"),
        ("SANTO DOMINGO\n349\n\nScrophulariaceae\nCapraria biflora", "349"),
        ("JARDIN BOTANICO\n46950\nSANTO DOMINGO\nFabaceae", "46950"),
        # five or six figures opening a label
        ("650161\n\t\tLICHENS OF NORTH AMERICA" + _TENN, "650161"),
        # a keyword's number comes first
        ("No. 7240\n1315.", "7240"),
        # not a field number: a bare stamp or chart number, a year, a measure, five figures inside a
        # label (the OCR's reading of a form's coordinates), a place after it
        ("273", None),
        ("WI\n288", None),
        ("1860.", None),
        ("1977", None),
        ("Plantae\n550 Meters", None),
        ("LICHENS OF NORTH AMERICA\n650161" + _TENN, None),
        ("1315. Texas", None),
        ("SANTO DOMINGO\n349\nPlantae\nherbs\nScrophulariaceae", None),
    ],
)
def test_record_number_alone(text: str, number: str | None) -> None:
    assert values(text).get("recordNumber") == number


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("D. S. Correll & R. K. Godfrey", ["D. S. Correll", "R. K. Godfrey"]),
        ("Stephen & Sandra Talbot", ["Stephen & Sandra Talbot"]),
        ("R. A. & E. S. Howard", ["R. A. & E. S. Howard"]),
        ("H. & V. Bailey", ["H. & V. Bailey"]),
        ("M.Mejia, T. Zanoni", ["M.Mejia", "T. Zanoni"]),
        ("Donald Richards and Francis Drouet", ["Donald Richards", "Francis Drouet"]),
        ("Elbert L. Little, Jr.", ["Elbert L. Little, Jr."]),
        ("Dr. & Mrs. A. J. Sharp", ["Dr. & Mrs. A. J. Sharp"]),
    ],
)
def test_split_people(text: str, people: list[str]) -> None:
    assert split_people(text) == people


JOINED = [
    ("Coll. A. J. Sharp and Z. Iwatsuki", "A. J. Sharp | Z. Iwatsuki"),
    ("Coll. Donald Richards and Francis Drouet", "Donald Richards | Francis Drouet"),
    ("Coll. J. A. Steyermark with G. Wurdack", "J. A. Steyermark | G. Wurdack"),
    ("Coll. J.W. Thomson & J.A. Larsen", "J.W. Thomson | J.A. Larsen"),
    # A shared surname is kept as printed: splitting it would invent two names.
    ("Coll. R. A. & E. S. Howard 8726 Sept. 2, 1946", "R. A. & E. S. Howard"),
    ("CA:Ah-Pah Cr.confl\nwith Klamath River\nW.Middlekauff,coll.", "W.Middlekauff"),
]


@pytest.mark.parametrize(("text", "collectors"), JOINED)
def test_joined_collectors(text: str, collectors: str) -> None:
    assert values(text)["recordedBy"] == collectors


def test_determiner_kept_apart_from_joined_collectors() -> None:
    got = values("leg. H. Hertel & G. Follmann\ndet. H. Hertel")
    assert got["recordedBy"] == "H. Hertel | G. Follmann"
    assert got["identifiedBy"] == "H. Hertel"


def test_a_catalogue_number_is_not_a_collector() -> None:
    """On insect labels "Coll." after an institution is its collection, and the line under it
    the catalogue number, not a collector with a field number."""
    text = "LSH Sample Coll.\nLSH ENT 000123\n\nVII-4-54\n\nR. T. Albright\nCollector"
    got = values(text)
    assert got["catalogNumber"] == "LSH ENT 000123"
    assert got["recordedBy"] == "R. T. Albright"
    assert "recordNumber" not in got


@pytest.mark.parametrize(
    ("text", "determiner", "year"),
    [
        # the annotation slip dates the current name: its author is the determiner
        ("Buchnera elongata Sw.\nFWP 1931\n\nBuchnera floridana Gand.\nDet. J. Smith 1920", "FWP", "1931"),
        ("Linociera domingensis (Lam.) Knobl.\nC & M. 1939", "C & M", "1939"),
        ("B. longifolia Kunth\nT. Zanoni 1-1989", "T. Zanoni", "1989"),
        ("Anisantherina hispidula (Mart.)\nFWP. 1914", "FWP", "1914"),
    ],
)  # fmt: skip
def test_determiner_of_an_annotation_slip(text: str, determiner: str, year: str) -> None:
    found = values(text)
    assert (found["identifiedBy"], found["dateIdentified"]) == (determiner, year)


def test_a_collection_date_under_the_name_is_no_annotation() -> None:
    found = values("Buchnera elongata Sw.\nAug. 1923")
    assert "identifiedBy" not in found


# Shapes met on labels from other herbaria than the devset's (invented names and numbers).
GENERAL_SHAPES = [
    # the form's "Collector(s):" key, and its number under "Collector Number:"
    ("Collector(s): MAVIS ORTEGA No. 2214", "MAVIS ORTEGA", "2214"),
    (
        "Collector(s): Hollis B. Fenn\nCollector Number: 4471 Date: 3 May 2009",
        "Hollis B. Fenn",
        "4471",
    ),
    # the keyword's full stop lost before a title, or the keyword run into it
    ("Col Mrs. Edna Pike No. 512", "Mrs. Edna Pike", "512"),
    ("ColDr. Edna Pike No. 512", "Dr. Edna Pike", "512"),
    # a letter after a hyphen, a code after "#"
    ("Rosa Quintero 412-c", "Rosa Quintero", "412-c"),
    ("Ines Marlow-Petit 77-b", "Ines Marlow-Petit", "77-b"),
    ("Coll. T. Brandt #K12BRX40-C", "T. Brandt", "K12BRX40-C"),
    # initials, a year and a serial alone on a line
    ("KT2003-17\nK. Tolliver", "K. Tolliver", "KT2003-17"),
    # an initial with two commas the OCR read for its full stop
    ("R,, Quintana 318", "R. Quintana", "318"),
    # a capital inside the surname
    ("Orla VanderMeer 6120", "Orla VanderMeer", "6120"),
    ("Paula LaPointe 902", "Paula LaPointe", "902"),
    # the companions: after "With:", after "w/" on the collector's line, on the line below
    (
        "Ezra M. Pell 4410\nWith: Nora Quist, Abel Ruiz",
        "Ezra M. Pell | Nora Quist | Abel Ruiz",
        "4410",
    ),
    ("Ezra M. Pell 4410 w/ N. Quist", "Ezra M. Pell | N. Quist", "4410"),
    # companions alone are the collectors; a list may run on to the next line
    ("w/ Nora B. Quist, Abel Ruiz", "Nora B. Quist | Abel Ruiz", None),
    (
        "With: Nora Quist, Abel Ruiz,\nGreta Sorensen",
        "Nora Quist | Abel Ruiz | Greta Sorensen",
        None,
    ),
    # an institution's article ends the name
    ("collected by Nora Quist\nThe State College of Elmira", "Nora Quist", None),
    # a figure and letters glued together are a code, not a number
    ("Lab Code 7QRT0551-K", None, None),
]


@pytest.mark.parametrize(("text", "collector", "number"), GENERAL_SHAPES)
def test_general_shapes(text: str, collector: str | None, number: str | None) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("recordNumber")) == (collector, number)


# "with" and a lone word or a plant: nobody's name
@pytest.mark.parametrize(
    "text",
    [
        "Rosa Quintero 412\nwith Tamarack Creek",
        "Rosa Quintero 412\nwith Pinus Banksiana forest",
        "Rosa Quintero 412\nwith mixed hardwoods",
    ],
)
def test_with_a_place_or_plant_adds_nobody(text: str) -> None:
    assert values(text).get("recordedBy") == "Rosa Quintero"


GENERAL_DETERMINERS = [
    # the key in capitals; initials without their full stops, a suffix after the surname
    ("DETERMINED BY: R. Halvorsen", "R. Halvorsen"),
    ("Det.: B K Lowery, Jr.", "B K Lowery, Jr."),
    # the OCR's comma or semicolons for the keyword's full stop
    ("Det, Hollis B. Fenn", "Hollis B. Fenn"),
    ("Det;; R. T Oakes 77", "R. T Oakes"),
    # two particles, several determiners
    ("det. J. van der Hoek & P. McArdle", "J. van der Hoek | P. McArdle"),
    ("Det. Lena Fisk & Omar Wade", "Lena Fisk | Omar Wade"),
]


@pytest.mark.parametrize(("text", "determiner"), GENERAL_DETERMINERS)
def test_general_determiners(text: str, determiner: str) -> None:
    got = values(text)
    assert got.get("identifiedBy") == determiner
    assert got.get("recordedBy") is None


def test_companions_are_cited_by_the_rule() -> None:
    text = "Daniel Atha 711\tNovember 4, 1994\nwith Thomas A. Zanoni, José Cedeño"
    cand = parse_fields(labels_from_text(text))["recordedBy"]
    assert cand.value == "Daniel Atha | Thomas A. Zanoni | José Cedeño"
    assert (cand.evidence.text, cand.evidence.rule.endswith("+with")) == ("Daniel Atha", True)


# A lone word the Census counts more often as a first name than as a surname: the surname was
# lost (to the OCR, or the label's edge), so the value is kept, flagged and not called sure.
GIVEN_NAME_ONLY = [
    ("Collected by Gladys", Term.recordedBy, "Gladys"),
    ("Coll. _Wayne.. Pettibone.", Term.recordedBy, "Wayne"),
    ("Collected by ..... Marie. DELACROIX.....", Term.recordedBy, "Marie"),
    ("Coll. HAROLD\n12 June 1961", Term.recordedBy, "HAROLD"),
    ("Coll. Doris, J. K. Ambler", Term.recordedBy, "Doris | J. K. Ambler"),
    ("Det. Beatrice", Term.identifiedBy, "Beatrice"),
]
# Lone surnames, initials with a surname, full names and several collectors headed by one: as sure
# as before.
NOT_GIVEN_NAME_ONLY = [
    ("Collected by Krombein", "Krombein"),
    ("Coll. Pettibone", "Pettibone"),
    ("Coll. Powell", "Powell"),
    ("Coll. Gordon", "Gordon"),
    ("Coll. W. Pettibone", "W. Pettibone"),
    ("Collected by Gladys Ferncliff", "Gladys Ferncliff"),
    ("Coll. J. K. Ambler, Doris", "J. K. Ambler | Doris"),
    ("Coll. Harold Wynne & Doris Ambler", "Harold Wynne | Doris Ambler"),
]


@pytest.mark.parametrize(("text", "term", "value"), GIVEN_NAME_ONLY)
def test_a_lone_given_name_is_flagged_and_not_sure(text: str, term: Term, value: str) -> None:
    got = parse_fields(labels_from_text(text))[term.value]
    assert got.value == value  # kept for a curator to see
    assert "given_name_only" in got.flags
    assert got.confidence < 0.9
    assert got.confidence <= 0.8 or got.evidence.rule != "collector.keyword"


@pytest.mark.parametrize(("text", "value"), NOT_GIVEN_NAME_ONLY)
def test_surnames_and_full_names_are_unchanged(text: str, value: str) -> None:
    got = parse_fields(labels_from_text(text))[Term.recordedBy.value]
    assert got.value == value
    assert "given_name_only" not in got.flags
    assert got.confidence >= 0.95


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("Wayne", True),
        ("Marie", True),
        ("Barbara", True),
        ("Gladys", True),
        ("Powell", False),
        ("Moore", False),
        ("Lee", False),
        ("Krombein", False),
    ],
)
def test_given_names_table(name: str, given: bool) -> None:
    table = given_names()
    assert 2000 < len(table) < 6000
    assert (fold(name) in table) is given
    assert given_name_only(name.upper() + ".") is given


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a herbarium's accession stamp is no collector's number
        (
            "Dry oak ridge above Laurel Fork\nOct. 3, 1978\n\n"
            "HERBARIUM\nBlue Ridge State\nUniversity\nMarion, Va.\nNo. 31207",
            None,
        ),
        ("ORCHARD COLLEGE\nHERBARIUM\nNo. 5521\nWEST HAVEN, OHIO", None),
        # the collector's number on the institution's label, beside the family or a locality
        ("JARDIN BOTANICO DE LA SIERRA\nSAN MIGUEL, CUBA\n30518\nRosaceae", "30518"),
        ("THE FIELD MUSEUM\nEXPLORATION OF JAMAICA\nNo. 612\nHope River valley", "612"),
    ],
)
def test_accession_stamps(text: str, number: str | None) -> None:
    assert values(text).get("recordNumber") == number


def test_a_companion_joins_the_collector_named_without_a_keyword() -> None:
    text = "Creek bank, 2 mi N of Ellis\nwith Ann Bellamy\nHenry T. Colburn 3307 14 May 1974"
    got = values(text)
    assert (got["recordedBy"], got["recordNumber"]) == ("Henry T. Colburn | Ann Bellamy", "3307")
    assert got["verbatimLocality"] == "Creek bank, 2 mi N of Ellis"  # the "with" line is no place


# A collector's line without a keyword, with a number and the date (invented names and numbers).
NAME_NUMBER_DATE = [
    # a year and a serial ("11-347" starts like a day and a month, but no month has 347 days)
    ("Marlon T. Quade  11-347 4 May 2011", "Marlon T. Quade", "11-347"),
    ("Marlon T. Quade 07-208          19 July 2007", "Marlon T. Quade", "07-208"),
    # a month and its year is a date still, not a number (nor, here, a sign of a collector)
    ("Ada M. Quill 3-1987", None, None),
    # a code of a capital and figures, the date on the next line
    ("Hester Lane Oakley B12\nAugust, 2014", "Hester Lane Oakley", "B12"),
    # a small number: the month on the next line has its own day and year
    ("Gordon Pike 3\nOct. 4, 2003", "Gordon Pike", "3"),
    # the columns of a typed label, the companion above in a label of its own
    (
        "Rocky bank, Fern Hollow\nwith Ottilie Brand\n\nWarren P. Fisk     33418     2 May 1981",
        "Warren P. Fisk | Ottilie Brand",
        "33418",
    ),
    # the number keyed before the name
    ("No. 4417  R. T. Mabry June 3, 19 58", "R. T. Mabry", "4417"),
    # eight figures after "#"; the second collector below, with or without "with", by the date
    (
        "J.T. Ashby #98061203\nwith L.M. Corder          12 June 1998",
        "J.T. Ashby | L.M. Corder",
        "98061203",
    ),
    (
        "C.D. Whitlock #04110207\nE.F. Sorrell          2 Nov. 2004",
        "C.D. Whitlock | E.F. Sorrell",
        "04110207",
    ),
    # a form's key with the possessive; the printer's line under it is nobody's name
    (
        "Collector's No. 52 Date of collection 5-3-31\nCollector's name T. R. Winslow\n"
        "GOVERNMENT PRINTING OFFICE 4-2207",
        "T. R. Winslow",
        "52",
    ),
    # Latin "legit" in lower case, the surname in capitals, the month after it
    ("In silvis montanis\nlegit MORAVEC, Aug. 1852.", "MORAVEC", None),
    # a surname ending in "rd" is no road: the number on the next line is the collector's
    ("Collected by: Howard T. Bernard\nNo. 2291", "Howard T. Bernard", "2291"),
]


@pytest.mark.parametrize(("text", "collector", "number"), NAME_NUMBER_DATE)
def test_name_number_and_date(text: str, collector: str | None, number: str | None) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("recordNumber")) == (collector, number)


def test_bare_initials_are_read_after_the_det_key_only() -> None:
    """ "N W Ashby" outside a "Det." line may be a bearing before a place: no name is read."""
    got = values("5 mi N W Ashby Mill")
    assert got.get("recordedBy") is None
