"""Collectors, field numbers and determiners, on invented strings of the shapes real labels print."""

from __future__ import annotations

import pytest

from models.dwc import Term
from pipelines.confidence import DOUBT_SCALE
from pipelines.fields import extract_fields, labels_from_text, parse_fields
from pipelines.fields.geo import fold, given_names
from pipelines.fields.people import find_people, given_name_only, split_people
from pipelines.fields.text import make_labels
from tests.pipelines.fields.ocr_labels import placed_label
from tests.pipelines.fields.parsed import values

COLLECTORS = [
    ("K.L. Varga\nCollector", "K.L. Varga", None),
    ("A. B. Norquist\nC. D. MacAllister\nCollectors", "A. B. Norquist | C. D. MacAllister", None),
    ("12 kmN Villa Alta del\nRio, Oax.,Mex.\nV-18-1977\nJ.R.Tovar,Collr.", "J.R.Tovar", None),
    ("Quillfeather Coll", "Quillfeather", None),
    (
        "CA:Fox Cr.confl\nwith Sample River\nTrinity Co. Sept 9\n15,1992 light trap\n"
        "W.Haldenby,coll.",
        "W.Haldenby",
        None,
    ),
    ("Light Trap\nH. V. Orme\nMay 12, 1993", "H. V. Orme", None),
    (
        "CAL:Exampleton Natl.\nWildl. Refuge (LC),\nMarin Co.\nJ.Farrell VIII-24-83",
        "J.Farrell",
        None,
    ),
    ("CAL:Exampleton Natl.\nWildl. Refuge (LC),\nMarin Co.\nVIII-22-83 Farrell", "Farrell", None),
    (
        "CALIF:Inyo Co.\n4 air mi NE Lone-\npine,Arroyo Verde\nR. Quimby V-9-74",
        "R. Quimby",
        None,
    ),
    ("Gregor T. Alvey 52318", "Gregor T. Alvey", "52318"),
    ("R. C. Alvey 25419", "R. C. Alvey", "25419"),
    ("Coll. R.T. Muster\nDet. K.L.M.P.", "R.T. Muster", None),
    ("Harold P. Quist 35521", "Harold P. Quist", "35521"),
    ("C. M. Ostrow 84127 (ex MIN)", "C. M. Ostrow", "84127"),
    ("Collected by A. B. Delorme 917\t\t21.VI.1896", "A. B. Delorme", "917"),
    ("Collector G. T. Hartley\tNo. 1083\n\tJanuary 5, 1957", "G. T. Hartley", "1083"),
    ("G. T. Hartley s.n.", "G. T. Hartley", "s.n."),
    ("COLLECTED BY Edwin M. Larkspur", "Edwin M. Larkspur", None),
    (
        "Coll. A. J. Brandt\t\tAlt.\nDet. \t\tH. A. Moller\t\tDate Nov. 14, 1938",
        "A. J. Brandt",
        None,
    ),
    (
        "Nov. 17, 1968 \tColl. Dr. & Mrs. K. P. \nBrandt, Z. Exampla & I. Tanabe",
        "Dr. & Mrs. K. P. Brandt | Z. Exampla | I. Tanabe",
        None,
    ),
    ("\tColl. Morton E. Vale & Kenji Tanabe", "Morton E. Vale | Kenji Tanabe", None),
    ("Coll: H. & V. Trask\t\tJune 22, 1937", "H. & V. Trask", None),
    ("\tA. C. Pokorny \tNo. 4437 \tSeptember 1967", "A. C. Pokorny", "4437"),
    ("No. 6719\t\t\t6 Aug. 1958\n\t\t\t\tColl. C.E.Marlow", "C.E.Marlow", "6719"),
    ("coll. L.P. Lund\t\t24 June 1956", "L.P. Lund", None),
    ("Collector \tMartin & Greta Holloway\t\t# MG96-147", "Martin & Greta Holloway", "MG96-147"),
    ("Collector:\tMartin & Greta Holloway \t# 87013-22", "Martin & Greta Holloway", "87013-22"),
    # a year and a serial: no day and month begin it
    ("A. Becerra & S. Whitlow 87-216\n4 Feb. 1987", "A. Becerra | S. Whitlow", "87-216"),
    ("J. A. Oberholt 74-1053\nMay 5, 1974", "J. A. Oberholt", "74-1053"),
    (
        "Coll:\t\tMartin Holloway & Greta Lindqvist\n\t\t#947 \t\t19 August 1988",
        "Martin Holloway | Greta Lindqvist",
        "947",
    ),
    (
        "Collector \tMartin S. Holloway & Greta L. Holloway \t\t#283 ",
        "Martin S. Holloway | Greta L. Holloway",
        "283",
    ),
    (
        "Date 14 Oct. 1972\t\tCollector & No. C.E.Beispiel\n\t\t\t\t\t\t\t\t16408",
        "C.E.Beispiel",
        "16408",
    ),
    ("Collector  C.E. Beispiel:17342\tDate 23 Jul. 1975", "C.E. Beispiel", "17342"),
    # the companions on the line below join the collector (recordedBy lists everyone)
    (
        "Dennis Arkwright 723\tNovember 6, 1995\nwith Tobias A. Zeller, José Cerdán",
        "Dennis Arkwright | Tobias A. Zeller | José Cerdán",
        "723",
    ),
    ("J. Hollins 117, with Prosper Lavalle\t16-Jan-95", "J. Hollins", "117"),
    ("Coll. George R. Pendle, No. 48261\nDate: Aug. 9, 1991", "George R. Pendle", "48261"),
    (
        "N.L. FAIRWEATHER\nE.G. FAIRWEATHER }COLLECTORS\nC.S. HOLLER\tSEPT. 4-11, 1911",
        "N.L. FAIRWEATHER | E.G. FAIRWEATHER | C.S. HOLLER",
        None,
    ),
    (
        "PEMBERTON GRAY\n}COLLECTORS JUL. 21-AUG. 14, 1909\nN.L. FAIRWEATHER",
        "PEMBERTON GRAY | N.L. FAIRWEATHER",
        None,
    ),
    (
        "COLL: Thomas R. Exempelström\tDATE: 27 March 1987\nNO: 3172",
        "Thomas R. Exempelström",
        "3172",
    ),
    ("D. S. Carrow & R. K. Godwin 41277", "D. S. Carrow | R. K. Godwin", "41277"),
    ("Col. Bro. Anselmo\tFecha 0ct., 1939", "Bro. Anselmo", None),
    ("N. L. FAIRWEATHER, COLLECTOR\tSEPTEMBER 23, 1907", "N. L. FAIRWEATHER", None),
    ("Collected by A. H. MUSTERMAN, JUNE, JULY AND AUGUST, 1907", "A. H. MUSTERMAN", None),
    ("Walter H. Linden, no. 7253\t4 Jan. 1968", "Walter H. Linden", "7253"),
    ("Ilse von Rath, no. 261\tSeptember 4 - 6, 1953", "Ilse von Rath", "261"),
    ("Ruben & Diane Sorola 3758\n(with R. & J. Beispiel)", "Ruben & Diane Sorola", "3758"),
    ("Collector:Elmer L. Lytton, Jr.", "Elmer L. Lytton, Jr.", None),
    ("PERCY SAMPLETON, COLLECTOR.\tNOV. 3-9, 1912.", "PERCY SAMPLETON", None),
    ("G.J. Brennick 6083\t18 May 2001", "G.J. Brennick", "6083"),
    ("Coll. R. A. & E. S. Exampla 9236 Oct. 7, 1949", "R. A. & E. S. Exampla", "9236"),
    ("J. A. MUSTERTON, COLLECTOR\t\tFEBRUARY 23, 1913", "J. A. MUSTERTON", None),
    # the keyword leads the name: the line above is the place (see test_locality)
    ("\t\tMuster Canal,\nColl. H.W.Sampleworth South Carolina, 1863", "H.W.Sampleworth", None),
]


# A typed name with its number far to the right on its line; the number after a "Number:" key;
# a number with a comma between its thousands.
COLLECTORS += [
    (
        "Flora of Ohio\nViola pedata L.\nDry bluffs.\nApr. 27, 1975\n\nWalter E. Brennan\nDet.\n"
        "No. 10,193\n& A. Harvey",
        "Walter E. Brennan",
        "10193",
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
    ("U.C.Davis\nEMEC 612.507\nP. D.Varga\nCollector\nTepatitlan,\nJal..Mex.", "P. D.Varga", None),
    ("E.S.Rook\nCollector\nPhilanthus\nre\nflavida", "E.S.Rook", None),
    ("Dawkins Wel!\nKern Co.\nCalif IV-27-53\nG.A,Pellow\nCollector", "G.A.Pellow", None),
    ("Arroyo Hondo,20\nD.D,Lindahl\nCollector", "D.D.Lindahl", None),
    ("Opal Lake,\nLyom Co.\nNEV.VII-II-68\nW.J.Tanner\nCollestor", "W.J.Tanner", None),
    ("V-18-1977\nj.R.Tovar,Collr.", "J.R.Tovar", None),
    # the comma before the keyword read as a full stop, a stray space before an initial's stop
    ("Rio, Oax.,Mex.\nV-18-1977\nJ.R.Tovar.Collr.", "J.R.Tovar", None),
    (
        "with Sample River\nTrinity Co.Sept 9\n15,1992 light trap\nW .Haldenby, coll.",
        "W. Haldenby",
        None,
    ),
    (
        "CALIF:Trinity Co.\n4mi.S Exampleville\nV-17-79 R.Dorn,\nJ.Halvorsen colls.",
        "R.Dorn | J.Halvorsen",
        None,
    ),
    ("Pismo VII-14-72.\nR. Covell\non Baccharis salicina", "R. Covell", None),
    ("Marin Co.\nVIII-22-83 Farre1l\nEriogonum latifolium", "Farrell", None),
    ("Wildl.Refuge.(LC).\nMarin Co.\nJ.Farre11VIII-24-83", "J.Farrell", None),
    (
        "Pt., Exampleton area, Massachusetts\n7 November 1975\nColl, R.T. Muster",
        "R.T. Muster",
        None,
    ),
    ("CoLlecTed By A. B. Delorme 917", "A. B. Delorme", "917"),
    ("COLL C. BEISPIELL, in Cuba Occidentali, prope", "C. BEISPIELL", None),
    ("Coll E. Hale\nDet. Edmund Tuckwell", "E. Hale", None),
    ("Coil of rope on the beach C. Island", None, None),
    (
        "Across inlet from Port Exempla, Alaska,\nCoil. A. J, Brandt and Z. Okamura",
        "A. J. Brandt | Z. Okamura",
        None,
    ),
    (
        "Ne of Basalt Quarry, Adak, Alaska.\n26 June 1966\nColl. A. J» Brandt",
        "A. J. Brandt",
        None,
    ),
    ("Ccil. A. J. Brandt and Z. Okamura\n22 Ju1y 1966", "A. J. Brandt | Z. Okamura", None),
    ("PLANTS OF HISPANIOLA\nCoLL. C. BEISPIELL.", "C. BEISPIELL", None),
    (
        "Site:\nMartin Holloway & Greta Lindqvist\n#947\n19 August 1988",
        "Martin Holloway | Greta Lindqvist",
        "947",
    ),
    ("September 9 - 6, 1953\nIlse von Rath, no.\n261", "Ilse von Rath", "261"),
    ("Walter H. Linden, no..\n7481\n25 Dec. 1968", "Walter H. Linden", "7481"),
    ("A. C. Pokorny\nNo.473\n\nSeptember 196%", "A. C. Pokorny", "473"),
    ("Date\nFeb.15, 1971\n=L. M. ANDERSEN :", "L. M. ANDERSEN", None),
    ("15 agost. 1993\nT. Zeller, F.", "T. Zeller", None),
    ("HOLLIS TAPPER i\nGEORGE Vv. NEFF i\n; COLLECTORS.", "HOLLIS TAPPER | GEORGE Vv. NEFF", None),
    (
        "PEMBERTON GRAY\nN. L. FAIRWEATHER\n( Collectors, JUL. 21-AUG. 14, 1909",
        "PEMBERTON GRAY | N. L. FAIRWEATHER",
        None,
    ),
    ("No.229\n7 W.L. ABERNATHY, Collector\nApril 6-18, 1923", "W.L. ABERNATHY", "229"),
    (
        "Light Trap\nH. V. Orme\nMay 12, 1993\nCA:Marin Co.\nKentfield, 640 f.",
        "H. V. Orme",
        None,
    ),
    ("Harold P. Quist", "Harold P. Quist", None),
    ("Lat. 52° 14'N. Long. 67° 31W.\n\nG.Gagnon, P.Desjardins", "G.Gagnon | P.Desjardins", None),
    # not a collector: a catalogue number, a place, a keyword, a determiner's name
    ("U.C. Davis\nEMEC 612507\nPuebla, Mex.", None, None),
    # (the number before the family is the field number, see `test_record_number_alone`)
    ("SANTIAGO, REPUBLICA DOMINICANA\n57318\nFabaceae", None, "57318"),
    ("ARROYO SALADO, RIO BLANCO, 540 M ETERS ALTITUDE", None, None),
    ("Endroit\nCollector\nRecueilli par\nIdentifie par", None, None),
    ("Form 52-R.3\nTROPICAL PLANT HERBARIUM", None, None),
    ("Philanthus\nflavida\nDet. by\nR.&,\nH.A.Scovell6", None, None),
    ("New Exampleton\nThe Exampleton\nBotanical Garden", None, None),
    # a collector keyword is never the name, whichever way the reading order puts it
    ("Collected\n\\. H. MUSTERMAN, JUNE, July and August, 1807", "H. MUSTERMAN", None),
    ("\\. H. MUSTERMAN, JUNE, July and August, 1807\n\nCollected", "H. MUSTERMAN", None),
    ("COLLECTED\nJuly 4, 1950", None, None),
    ("Identified\nJuly 4, 1950", None, None),
    # an institution's line by the date names nobody
    ("del Museo y Jardin Escolar.\n6 de Agosto, 1982.", None, None),
]

OCR_COLLECTORS += [
    # a space before an initial's comma, a keyword split by a space, a title in lower case, the
    # keyword's "ll" read as "tt" before initials
    ("Collector & No. C ,E,Marlow\n11822", "C. E.Marlow", "11822"),
    ("Endroit\nCol lector\nC.E.Marlow:16211 Dore18 Aug. 1973", "C.E.Marlow", "16211"),
    ("Famili.\nCol. bro. Ramón\nFecha Oct., 1936", "Bro. Ramón", None),
    ("Cott. C. BEISPIELL, in Cuba Occidentali, prope", "C. BEISPIELL", None),
    ("Cott. of the river", None, None),
    # a surname read in lower case, on the line above the keyword only
    ("12 km.E.of\nTuxpan\n\nP. d.varga\nCollector", "P. D.Varga", None),
    ("IV-26-1956\np. D, varga\nCollector", "P. D. Varga", None),
    ("12 km. E. of town\nP. d.varga", None, None),
    # a plural keyword after one name: the name line below is the second collector
    ("N. L. Fairweather\nCOLLECTORS\nL. J. K. BRAND", "N. L. Fairweather | L. J. K. BRAND", None),
    (
        "Sample Cay, July 14-August 2.\nGEORGE V NEFF COLLECTORS.\nHollis TAPPER",
        "GEORGE V NEFF | Hollis TAPPER",
        None,
    ),
    ("L. J. K. BRAND (\nCollectors", "L. J. K. BRAND", None),
    # ... not after a singular keyword, nor a line that is no full name
    ("N. L. Fairweather\nCOLLECTOR\nL. J. K. BRAND", "N. L. Fairweather", None),
    ("A. B. Norquist\nCollectors\nPhilanthus", "A. B. Norquist", None),
    ("GEORGE V NEFF COLLECTOR.\nApril 7, 1906", "GEORGE V NEFF", None),
    ("Collected by John Q Public", "John Q Public", None),
    # a name line with a title; a name glued to a date the date parser cannot read
    ("Creeping; flowers mauve.\n\nBrother Anselm Lefort", "Brother Anselm Lefort", None),
    ("Det.\nBrother Anselm Lefort", None, None),
    ("Marin Co.\nJ.Farrel1Vll-Z4-83", "J.Farrell", None),
    ("Marin Co.\nJ.Farre11VILL-Z4-83", "J.Farrell", None),
    ("Marin Co.\nJ.Farrell Ranch, 4 mi N", None, None),
    # a form's caption read a letter or two wrong is no part of the name before it
    ("Coll. E. G. Fairweather Colectrs", "E. G. Fairweather", None),
    ("Coll. N. L. Fairweather Herbariun", "N. L. Fairweather", None),
    ("Rarie\nE.G.FARWTHR OLLETORS\n\nMarch 9,1911", None, None),
    # ... but a surname a letter from a short caption or a keyword is a name
    ("Coll. R. Forrest\nJune 4, 1951", "R. Forrest", None),
    ("Coll. H. Collett", "H. Collett", None),
]


@pytest.mark.parametrize(("text", "collector", "number"), OCR_COLLECTORS)
def test_collectors_in_ocr_text(text: str, collector: str | None, number: str | None) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("recordNumber")) == (collector, number)


DETERMINERS = [
    ("Det.by '57\nH.A.Scovell", "H.A.Scovell"),
    ("Det. JM Davenport", "JM Davenport"),
    ("Det.Mencke 1981", "Mencke"),
    ("Det. by R.& K.\nH.A.Scovell '62", "H.A.Scovell"),
    ("det. T. Zeller, 1995", "T. Zeller"),
    ("Det. Gregor T. Alvey 1987", "Gregor T. Alvey"),
    ("Det. vidi KENJI TANABE\tDate 25 July 1956", "KENJI TANABE"),
    ("Det. Morton E. Muster \tMar. 1964", "Morton E. Muster"),
    ("det. C. W. Exampla 1948", "C. W. Exampla"),
    ("Det. By P.Y.Wang Nov. 1976", "P.Y.Wang"),
    ("Det. : John W.Sampleton", "John W.Sampleton"),
    ("Det.: D.S.Carrow", "D.S.Carrow"),
    ("Det: J. Beispiel & B.L. Tanner, 14 Jun 1999", "J. Beispiel | B.L. Tanner"),
    (
        "Det. vel confirm.:F.J. MUESTRA PRADO (ex MA, sed nunc in MO), 17-VI-2004",
        "F.J. MUESTRA PRADO",
    ),
    ("DET. E. L. Lytton, Jr.", "E. L. Lytton, Jr."),
    ("-det. T. Crane, 94", "T. Crane"),
    ("det: M. Noe, 1999", "M. Noe"),
    ("Det. S.R.Muster 7/96", "S.R.Muster"),
    ("Det. ? R. Exempel, 1979.-", "R. Exempel"),
    ("Det. D. A. Sampleton\t22 July 1987", "D. A. Sampleton"),
    ("Determined by H.L. Beispiel\t\tDate Nov. 1977", "H.L. Beispiel"),
    ("Det:", None),
    ("Det.:\t\t\t\t\tAlt.: About 3400 ft.", None),
    # as the OCR reads them: an initial read as a sign, the keyword's line cut from the name's,
    # the label's edge read as a letter before the keyword, a year's fragments between the two
    ("Det.: John ¥. Sampleton", "John Sampleton"),
    (
        "Map/Quad.: Exampleton (B-3) Quad.\nDate: 23 Aug 1989\nDet.: John ¥. Sampleton",
        "John Sampleton",
    ),
    ("Det. .\nBarbara\nMoorfield", "Barbara Moorfield"),
    ("completa\nBks.\nIDET. by\nH.A.Scovell", "H.A.Scovell"),
    ("Philanthus\nflavida\nlDet.by\nR.&K\nH.A.Scovell'", "H.A.Scovell"),
    ("Philanthus\nflavida\nDet. by\nR.&,\nH.A.Scovell6", "H.A.Scovell"),
    ("albinota\nScul.\nDet.by\n71\nH.A.Exampla", "H.A.Exampla"),
    ("Philanthus\nflavida\nDet.by\nR.&\n&K.\nH.A.Scovell", "H.A.Scovell"),
    ("Endroit\nDetermined by.\n, H.L.Beispiel\nDate.", "H.L.Beispiel"),
    # no further than three lines of fragments
    ("Philanthus\nflavida\nDet.by\nR.&\n&K.\n69\nH.A.Scovell", None),
    # initials alone on the keyword's line, a year after them
    ("Coll. R.T. Muster\nDet.K.L.M.P.", "K.L.M.P."),
    ("Det. K. L. M. P. 1977", "K. L. M. P."),
    ("Det. A.", None),
    ("Det. by R. & K.", None),
    ("Det. K.L.M.P. in herb.", None),
    # a line of words between the keyword and a name: the name is not the determiner's
    ("Det.\nHERBARIUM OF THE UNIVERSITY OF EXAMPLETON\nH. A. Moller", None),
    # a surname below a given name only when it stands alone on its line
    ("Det. Beatrice\nMoorfield Knox Co.", "Beatrice"),
    # a short word cut by a stop or a comma over a name in initials: the name's abbreviated
    # author (Cameron), as "R.& K." is
    ("Philanthus\nflavida\nDet.by/\nCam,\nH.A.Scovell'", "H.A.Scovell"),
    ("Det.by/ Mus. '64\nH.A.Exampla", "H.A.Exampla"),
    ("Det. Hale, 1975", "Hale"),
    # the key shared with a verifier's; the key in lower case after a date
    ("Det/Verif.: R. T. Lowe 08Jul2009", "R. T. Lowe"),
    ("Det./Conf. J. Q. Public 1999", "J. Q. Public"),
    ("Viola pedata L.\ndate March 1990 determined by R. T. Lowe", "R. T. Lowe"),
    ("Det. Hale\nJ. W. Tillson", "Hale"),
    ("Det. Hale,\nJune 1975", "Hale"),
    # the latest dated determination, as for the name
    (
        "Verrucaria nigrescens Pers.\nDet.E.Tuckwell\n\nThe Exampleton Botanical Garden\n"
        "Arthopyrenia punctiformis (Ach.) Mass.\n\nDet. Gregor T. Alvey 1987",
        "Gregor T. Alvey",
    ),
    (
        "Lindernia procumbens (Krock.) Philcox\nDet. D. A. Quarles\n17 June 1985\n\n"
        "Lindernia procumbens (Krock.) Philcox\n\ndet. A. H. Lefort. 1972",
        "D. A. Quarles",
    ),
]


@pytest.mark.parametrize(("text", "determiner"), DETERMINERS)
def test_determiners(text: str, determiner: str | None) -> None:
    assert values(text).get("identifiedBy") == determiner


# Printed forms: "Det." at the left of its row, the typed name further right read as a line
# of its own, often in another label (boxes as the OCR placed them on two lichen packets).
_QUAD = ("Quad. Map St. Example, Alaska Quad.", (120, 901, 952, 52))
_TALBOT = ("Collector Martin & Greta Holloway", (123, 989, 883, 56))
_DET_KEY = ("Det.", (99, 1086, 76, 33))
FORM_DETERMINERS = [
    (
        [[_QUAD, _TALBOT, ("John W. Tillson 1998", (330, 1073, 643, 48))], [_DET_KEY]],
        "John W. Tillson",
    ),
    (
        [
            [("Coll. -A.J. Brandt", (114, 640, 346, 57))],
            [("Det.", (102, 741, 81, 31))],
            [("vidi KENJI TANABE", (230, 742, 267, 40))],
        ],
        "KENJI TANABE",
    ),
    (
        [[("Det. By", (215, 1055, 121, 32))], [("P.Y.Wang Nov. 1976", (423, 1039, 548, 45))]],
        "P.Y.Wang",
    ),
    # a row below, or a line far to the right, is not the key's row
    ([[_QUAD, _TALBOT, ("John W. Tillson 1998", (330, 1140, 643, 48))], [_DET_KEY]], None),
    ([[_QUAD, _TALBOT, ("John W. Tillson 1998", (600, 1073, 643, 48))], [_DET_KEY]], None),
    # a key with a name after it on its line is not alone
    (
        [
            [_QUAD, _TALBOT, ("John W. Tillson 1998", (330, 1073, 643, 48))],
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
    got = values("Coll. Barbara Moorfield\t\tAlt.\nDet. H. A. Moller\t\tDate 19 May 1964")
    assert (got["recordedBy"], got["identifiedBy"]) == ("Barbara Moorfield", "H. A. Moller")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("NO. 7252\nGerardia linifolia Nutt", "7252"),
        ("Núm. 17358\tFamilia", "17358"),
        ("No._5172\nMayepea caribaea (Lam) Urb. &", "5172"),
        ("NO15266\nCynoctonum sessilifolium (Walt.) Gmel.", "15266"),
        ("No. 853 Family Lamiaceae", "853"),
        ("In gully, beside State Route\n#94. Four mi. west", None),
        # a place's own number
        ("Exampleton: Agriculture Inspection Station #16B, I-75 Northbound.", None),
        ("No. of sheets 7", None),
        # a number running into letters is misread: no number rather than part of one
        ("NO.3K98\nmayepea", None),
        ("altitude 250 to 700 meters\nNo. 2LI7 W. L. MUSTERHY, Colletor", None),
        ("No. 835a", "835a"),
        # the keyword's full stop read as a comma
        ("Collector G. T. Hartley\nJanuary 5, 1957\nNo, 1083\nDEPOSITED NY 1985", "1083"),
        ("NO, 7252\nGerardia linifolia Nutt", "7252"),
        ("no, 2 seen on the trunk", None),
        # read a figure short, and whole alone on a line elsewhere on the sheet (a form's
        # accession box): the whole number
        ("Form 52-R. 3\n14277\n\nCollector's No.1427", "14277"),
        ("No. 1427\n14277", "14277"),
        # not two figures more, a year, a number with a unit, a number of two figures
        ("No. 1427\n142777", "1427"),
        ("No. 195\n1957", "195"),
        ("No. 1427\n14277 m", "1427"),
        ("No. 12\n123", "12"),
    ],
)
def test_record_number_keyword(text: str, number: str | None) -> None:
    assert values(text).get("recordNumber") == number


_TENN = "\n\nUniversity of Exampleton (EXU)\nEXU-L-0000047"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # marked as a number: a stop or a comma after it, a letter before or after it
        ("A389.", "A389"),
        ("A389,\nBryoria", "A389"),
        ("4076.\t\tBryoria", "4076"),
        ("3798a \tBryoria", "3798a"),
        # the "No." key read as its first letter
        ("N5168", "5168"),
        # a family beside it: on its line, the next, or further down as the OCR placed it
        ("205\tAPIACEAE\nNO.\tFAMILIA", "205"),
        ("361\nLamiaceae", "361"),
        ("SANTIAGO\n361\n\nLamiaceae\nSalvia occidentalis", "361"),
        ("JARDIN DE PLANTAS\n46962\nSANTIAGO\nFabaceae", "46962"),
        # five or six figures opening a label
        ("650173\n\t\tLICHENS OF THE NORTHWEST" + _TENN, "650173"),
        # a keyword's number comes first
        ("No. 7252\n1315.", "7252"),
        # not a field number: a bare stamp or chart number, a year, a measure, five figures inside a
        # label (the OCR's reading of a form's coordinates), a place after it
        ("273", None),
        ("WI\n288", None),
        ("1860.", None),
        ("1977", None),
        ("Plantae\n550 Meters", None),
        ("LICHENS OF THE NORTHWEST\n650173" + _TENN, None),
        ("1315. Texas", None),
        ("SANTIAGO\n361\nPlantae\nherbs\nLamiaceae", None),
    ],
)
def test_record_number_alone(text: str, number: str | None) -> None:
    assert values(text).get("recordNumber") == number


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("D. S. Carrow & R. K. Godwin", ["D. S. Carrow", "R. K. Godwin"]),
        ("Martin & Greta Holloway", ["Martin & Greta Holloway"]),
        ("R. A. & E. S. Exampla", ["R. A. & E. S. Exampla"]),
        ("H. & V. Trask", ["H. & V. Trask"]),
        ("M.Medina, T. Zeller", ["M.Medina", "T. Zeller"]),
        ("Donald Richter and Francis Dubois", ["Donald Richter", "Francis Dubois"]),
        ("Elmer L. Lytton, Jr.", ["Elmer L. Lytton, Jr."]),
        ("Dr. & Mrs. K. P. Brandt", ["Dr. & Mrs. K. P. Brandt"]),
    ],
)
def test_split_people(text: str, people: list[str]) -> None:
    assert split_people(text) == people


JOINED = [
    ("Coll. A. J. Brandt and Z. Okamura", "A. J. Brandt | Z. Okamura"),
    ("Coll. Donald Richter and Francis Dubois", "Donald Richter | Francis Dubois"),
    ("Coll. J. A. Oberholt with G. Wurmbach", "J. A. Oberholt | G. Wurmbach"),
    ("Coll. J.W. Tillson & J.A. Larkin", "J.W. Tillson | J.A. Larkin"),
    # A shared surname is kept as printed: splitting it would invent two names.
    ("Coll. R. A. & E. S. Exampla 9236 Oct. 7, 1949", "R. A. & E. S. Exampla"),
    ("CA:Fox Cr.confl\nwith Sample River\nW.Haldenby,coll.", "W.Haldenby"),
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
    text = "LSH Sample Coll.\nLSH ENT 000123\n\nVII-6-55\n\nR. T. Albright\nCollector"
    got = values(text)
    assert got["catalogNumber"] == "LSH ENT 000123"
    assert got["recordedBy"] == "R. T. Albright"
    assert "recordNumber" not in got


@pytest.mark.parametrize(
    ("text", "determiner", "year"),
    [
        # the annotation slip dates the current name: its author is the determiner
        ("Buchnera exempla Kunth\nKQR 1932\n\nBuchnera americana L.\nDet. J. Smith 1921", "KQR", "1932"),
        ("Linociera ligustrina (Sw.) Sw.\nK & P. 1938", "K & P", "1938"),
        ("B. pusilla Kunth\nT. Zeller 1-1990", "T. Zeller", "1990"),
        ("Anisantherina exempla (Mart.)\nKQR. 1915", "KQR", "1915"),
    ],
)  # fmt: skip
def test_determiner_of_an_annotation_slip(text: str, determiner: str, year: str) -> None:
    found = values(text)
    assert (found["identifiedBy"], found["dateIdentified"]) == (determiner, year)


def test_a_collection_date_under_the_name_is_no_annotation() -> None:
    found = values("Buchnera longifolia Kunth\nAug. 1924")
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
    text = "Dennis Arkwright 723\tNovember 6, 1995\nwith Tobias A. Zeller, José Cerdán"
    cand = parse_fields(labels_from_text(text))["recordedBy"]
    assert cand.value == "Dennis Arkwright | Tobias A. Zeller | José Cerdán"
    assert (cand.evidence.text, cand.evidence.rule.endswith("+with")) == ("Dennis Arkwright", True)


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
    ("Collected by Quillfeather", "Quillfeather"),
    ("Coll. Pettibone", "Pettibone"),
    ("Coll. Farrell", "Farrell"),
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
    if got.evidence.rule == "collector.keyword":
        # doubted: below the same key's surname, by the doubts' scale at least
        sure = parse_fields(labels_from_text("Coll. Pettibone"))[term.value]
        assert got.confidence <= DOUBT_SCALE * sure.confidence


@pytest.mark.parametrize(("text", "value"), NOT_GIVEN_NAME_ONLY)
def test_surnames_and_full_names_are_unchanged(text: str, value: str) -> None:
    got = parse_fields(labels_from_text(text))[Term.recordedBy.value]
    assert got.value == value
    assert "given_name_only" not in got.flags
    assert got.confidence >= 0.9  # called sure, where a lone given name is not


@pytest.mark.parametrize(
    ("name", "given"),
    [
        ("Wayne", True),
        ("Marie", True),
        ("Barbara", True),
        ("Gladys", True),
        ("Farrell", False),
        ("Moorfield", False),
        ("Lee", False),
        ("Quillfeather", False),
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
        ("THE FIELD MUSEUM\nEXPLORATION OF TRINIDAD\nNo. 734\nMuster River valley", "734"),
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


# The cue words of European labels (pipelines/fields/data/people_cues.csv), one per language at
# least: the name after them is the collector (invented names and numbers).
EUROPEAN_COLLECTORS = [
    ("Sammler: K. Muster", "K. Muster", None),
    ("gesammelt von K. Muster", "K. Muster", None),
    ("leg. J. Beispiel", "J. Beispiel", None),
    ("Leg.: K. Muster", "K. Muster", None),
    ("lgt. A. Exempel", "A. Exempel", None),
    ("legit K. Muster", "K. Muster", None),
    ("Récolté par H. S. Dupont", "H. S. Dupont", None),
    ("Recueilli par H. Dupont", "H. Dupont", None),
    ("Recolectado por J. Pérez", "J. Pérez", None),
    ("Colector: J. Pérez", "J. Pérez", None),
    ("Coletor: J. Silva", "J. Silva", None),
    ("Raccolto da G. Rossi", "G. Rossi", None),
    ("verz. J. de Vries", "J. de Vries", None),
    ("Verzameld door J. de Vries", "J. de Vries", None),
    ("samlare: K. Muster", "K. Muster", None),
    ("kerääjä: K. Muster", "K. Muster", None),
    ("keräsi K. Muster", "K. Muster", None),
    ("kogus K. Muster", "K. Muster", None),
    ("koguja: K. Muster", "K. Muster", None),
    ("samlet af K. Muster", "K. Muster", None),
    ("sbíral K. Musterová", "K. Musterová", None),
    ("zebrał K. Musterski", "K. Musterski", None),
    ("собрал К. Мустер", "K. Muster", None),
    ("собр. К. Мустер", "K. Muster", None),
    ("Sobr. K. Muster", "K. Muster", None),
    # the sender, keyed as the collector on old sheets; "dedit"
    ("Communic. L.v. Muster 1829", "L.v. Muster", None),
    ("Communic L. De Muster 1829", "L. De Muster", None),
    ("ded. K. Muster", "K. Muster", None),
    # a given name cut short, the stop spaced; the number on the next line with a dash
    ("Communic . Jul . Muster 1872\nN° - 318 .", "Jul. Muster", "318"),
    # the cue in capitals, the name in capitals
    ("LEG. KARL BEISPIEL", "KARL BEISPIEL", None),
    # inside a sentence, the initials spaced from their stops as some transcriptions print them
    ("Prope vicum Exempla legit A . MUSTERMANN , 1854 - 5", "A. MUSTERMANN", None),
    ("In pratis prope Exempla legit A. Mustermann, 1854", "A. Mustermann", None),
    ("Leg . W . J . MUSTERMANN", "W. J. MUSTERMANN", None),
    # "coll" without its stop before a surname in capitals or spaced initials
    ("coll MUSTERMANN", "MUSTERMANN", None),
    ("coll R . Muster ,", "R. Muster", None),
    # particles, titles, several collectors, the surname listed first
    ("Leg. Jr. A. van Muster", "Jr. A. van Muster", None),
    ("Exempla, 2.x.1930.\n(Mme N.d' Muster).", "Mme N.d' Muster", None),
    ("Leg. J . v . d . Beek", "J. v. d. Beek", None),
    ("Coll. Muster & Beispiel", "Muster | Beispiel", None),
    ("Leg.: Muster, Y. de 39", "Muster, Y. de", "39"),
    ("Leg.: Muster, A.C., Beispiel, U.W.", "Muster, A.C. | Beispiel, U.W.", None),
    # field number keys
    ("Leg. K. Muster Nr. 96", "K. Muster", "96"),
    ("Leg. K. Muster n° 254", "K. Muster", "254"),
    ("Leg. K. Muster num. 12", "K. Muster", "12"),
    ("Leg. K. Muster № 954", "K. Muster", "954"),
    ("leg. K. Muster No 42", "K. Muster", "42"),
    ("Coll . Muster n . 479", "Muster", "479"),
]


@pytest.mark.parametrize(("text", "collector", "number"), EUROPEAN_COLLECTORS)
def test_european_collector_cues(text: str, collector: str, number: str | None) -> None:
    got = values(text)
    assert (got.get("recordedBy"), got.get("recordNumber")) == (collector, number)


# Determiners' cues: the name is the determiner, never the collector.
EUROPEAN_DETERMINERS = [
    ("Det.: K. Muster", "K. Muster"),
    ("Determ. K. Muster", "K. Muster"),
    ("determinavit K. Muster 1950", "K. Muster"),
    ("Bestimmt: K. Muster", "K. Muster"),
    ("dét. H. Dupont", "H. Dupont"),
    ("rev. K. Muster 1990", "K. Muster"),
    ("conf. K. Muster", "K. Muster"),
    ("vidit K. Muster", "K. Muster"),
    ("Identified by K. Muster", "K. Muster"),
    ("bestämd av K. Muster", "K. Muster"),
    ("määras K. Muster", "K. Muster"),
    ("opr. K. Muster", "K. Muster"),
    ("опр. К. Мустер", "K. Muster"),
    ("определил К. Мустер", "K. Muster"),
]


@pytest.mark.parametrize(("text", "determiner"), EUROPEAN_DETERMINERS)
def test_european_determiner_cues(text: str, determiner: str) -> None:
    got = values(text)
    assert (got.get("identifiedBy"), got.get("recordedBy")) == (determiner, None)


# Former collections and donors are not collectors: found as donors, and the collector is the
# name the label gives elsewhere, if any.
DONORS = [
    ("Ex Muster Coll.", "Ex Muster Coll.", None),
    ("Muster Coll.\nB.M. 1961-418", "Muster Coll.", None),
    ("Muster Coll.\nXMNH (E)\n2014-77", "Muster Coll.", None),
    ("K. Muster Bequest", "K. Muster Bequest", None),
    ("H. Muster\nCollection", "H. Muster Collection", None),
    # with nothing else on the sheet, the owner is the collector's last resort (flagged, below 0.9)
    ("Herb. K. Muster", "Herb. K. Muster", "K. Muster"),
    ("Hb. Muster", "Hb. Muster", None),
    ("Ex Herb. K. Muster", "Ex Herb. K. Muster", None),
    ("Presented by K. Muster, Esq. 1899.", "Presented by K. Muster, Esq.", None),
    # the collector on the same sheet, a register line that is no name
    ("Exempla\n2.v.1901\nK. Beispiel\n\nMuster Coll.\nXMNH (E)\n2014-77", "Muster Coll.", "K. Beispiel"),
    ("Exempla\nA. Beispiel\n1 e Semestre 1902\n\nEx Muster Coll.\nBrit. Mus. 1931-12.", "Ex Muster Coll.", "A. Beispiel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "donor", "collector"), DONORS)
def test_donors_are_not_collectors(text: str, donor: str, collector: str | None) -> None:
    labels = make_labels(labels_from_text(text))
    assert [d.value for d in find_people(labels, []).donors] == [donor]
    assert values(text).get("recordedBy") == collector


@pytest.mark.parametrize(
    "text",
    [
        # a name before "Coll" without a register line may be the collector
        "Quillfeather Coll",
        # an institution's stamp names no donor; "Communic. ex Herb." names no person
        "Herb . Horti Bot . Nat . Exempl . ( EX )",
        "Communic. ex Herb. Hort. Bot. Exempl.",
    ],
)
def test_no_donor(text: str) -> None:
    assert find_people(make_labels(labels_from_text(text)), []).donors == []


def test_the_sender_is_less_sure_than_a_collector() -> None:
    # the rule's own belief (the calibrated confidence weighs how often each rule was right)
    sent = extract_fields(labels_from_text("Communic. K. Muster 1850"))["recordedBy"]
    leg = extract_fields(labels_from_text("Leg. K. Muster 1850"))["recordedBy"]
    assert sent.evidence.rule == "collector.sender"
    assert sent.confidence < leg.confidence


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Muster, Y. de", ["Muster, Y. de"]),
        ("Muster, A.C., Beispiel, U.W.", ["Muster, A.C.", "Beispiel, U.W."]),
        ("Doris, J. K. Ambler", ["Doris", "J. K. Ambler"]),
    ],
)
def test_split_surname_first(text: str, people: list[str]) -> None:
    assert split_people(text) == people


def test_a_place_before_a_name_is_no_surname_listed_first() -> None:
    assert values("Coll. Exampleton, K. Muster 12 mi N").get("recordedBy") != "Exampleton, K."


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the keyed collector, his number alone on the line below, the date under it
        ("Piedra del Ejemplo.\nColl. K. A. & J. S. Muster\n9350\nSept. 9, 1946", "9350"),
        ("Piedra del Ejemplo.\nColl, K. A. Muster\n9350\nSept. 9, 1946", "9350"),
        # a year alone below is no number
        ("Piedra del Ejemplo.\nColl. K. A. Muster\n1946", None),
    ],
)  # fmt: skip
def test_the_number_below_a_keyed_collector(text: str, number: str | None) -> None:
    got = parse_fields(labels_from_text(text))
    assert (got["recordNumber"].value if "recordNumber" in got else None) == number
