"""What each sample says: the labels' text and fonts, the fields a person would parse from them,
and each image's fixed seed and layout choices. Real places and taxa with their authorities;
invented collectors, determiners, institution and numbers (see README.md)."""

from __future__ import annotations

from samples.draw import PlantKind
from samples.labels import Label, Line, Style, barcode, barcode_label, line, spans
from samples.scenes import EntSpec, HerbSpec, LichenSpec


def herb_specs() -> list[HerbSpec]:
    title = Style("serif-bold", 46)
    sub = Style("serif", 32)
    it = Style("serif-italic", 40)
    au = Style("serif", 40)
    body = Style("serif", 33)
    small = Style("sans", 26)
    hand = Style("hand", 40)
    # a typed determination slip
    slip = Style("serif", 36)
    slip_it = Style("serif-italic", 36)
    return [
        HerbSpec(
            id="sample-herb-001",
            seed=101,
            plant=PlantKind((60, 110), 0.22, 0, 3, 0.25, (178, 52, 60), 55),
            main=Label(
                items=(
                    line("PLANTS OF ARIZONA", title, align="center"),
                    line("Labelscribe Sample Herbarium (LSH)", sub, align="center"),
                    Line(
                        spans(("Penstemon parryi ", it), ("(A. Gray) A. Gray", au)), gap_before=0.5
                    ),
                    line("Plantaginaceae", body),
                    line("Pima County: Santa Catalina Mountains, Sabino", body, gap_before=0.4),
                    line("Canyon, 1.5 mi N of the visitor center.", body),
                    line("Rocky slopes with Parkinsonia and Carnegiea;", body, gap_before=0.4),
                    line("gravelly wash margin. Flowers pink-red.", body),
                    line("Coll. Maria E. Delgado   No. 1187", body, gap_before=0.4),
                    line("14 March 1998", body),
                ),
                width=1000,
                pad=40,
                border="single",
            ),
            barcode=barcode_label(
                "LABELSCRIBE SAMPLE HERBARIUM",
                "LSH 00012345",
                "Code128",
                module=4,
                bar_h=120,
                size=34,
            ),
            catalog="LSH 00012345",
            det=None,
            label_angle=1.2,
            rotate90=False,
            grey=False,
            barcode_at="bottom-left",
            fields={
                "catalogNumber": "LSH 00012345",
                "scientificName": "Penstemon parryi (A. Gray) A. Gray",
                "scientificNameAuthorship": "(A. Gray) A. Gray",
                "verbatimLocality": "Santa Catalina Mountains, Sabino Canyon, 1.5 mi N of the visitor center.",
                "country": "United States",
                "countryCode": "US",
                "stateProvince": "Arizona",
                "county": "Pima",
                "habitat": "Rocky slopes with Parkinsonia and Carnegiea; gravelly wash margin.",
                "recordedBy": "Maria E. Delgado",
                "recordNumber": "1187",
                "eventDate": "1998-03-14",
                "verbatimEventDate": "14 March 1998",
            },
        ),
        HerbSpec(
            id="sample-herb-002",
            seed=202,
            plant=PlantKind((90, 150), 0.55, 4, 2, 0.5, None, 70, stem_colour=(80, 64, 44)),
            main=Label(
                items=(
                    line("HERBARIUM OF LABELSCRIBE (LSH)", title, align="center"),
                    line("Plants of New Mexico", sub, align="center"),
                    Line(spans(("Quercus gambelii ", it), ("Nutt.", au)), gap_before=0.5),
                    line("Sandoval Co.: Jemez Mountains, along NM 4,", body, gap_before=0.4),
                    line("2 km E of Jemez Springs.", body),
                    line("Open ponderosa pine forest on volcanic tuff.", body, gap_before=0.4),
                    line("Shrub 2 m tall, forming thickets.", body),
                    Line(
                        spans(("J. R. Okonkwo 342", body)),
                        right=spans(("27 Aug 2003", body)),
                        gap_before=0.4,
                    ),
                ),
                width=1000,
                pad=40,
                border="double",
            ),
            barcode=barcode_label(
                "LABELSCRIBE SAMPLE HERBARIUM",
                "LSH-00004821",
                "Code39",
                module=3,
                bar_h=120,
                size=34,
            ),
            catalog="LSH-00004821",
            det=Label(
                items=(
                    line("ANNOTATION LABEL  LSH", small, align="center"),
                    line("Quercus gambelii Nutt.", hand, gap_before=0.2),
                    line("det. L. Farrokh 2011", hand),
                ),
                width=720,
                pad=22,
                border="single",
                paper=(250, 250, 246),
            ),
            label_angle=-0.7,
            rotate90=False,
            grey=False,
            barcode_at="top-right",
            fields={
                "catalogNumber": "LSH-00004821",
                "scientificName": "Quercus gambelii Nutt.",
                "scientificNameAuthorship": "Nutt.",
                "verbatimLocality": "Jemez Mountains, along NM 4, 2 km E of Jemez Springs.",
                "country": "United States",
                "countryCode": "US",
                "stateProvince": "New Mexico",
                "county": "Sandoval",
                "habitat": "Open ponderosa pine forest on volcanic tuff.",
                "recordedBy": "J. R. Okonkwo",
                "recordNumber": "342",
                "eventDate": "2003-08-27",
                "verbatimEventDate": "27 Aug 2003",
                "identifiedBy": "L. Farrokh",
                "dateIdentified": "2011",
            },
        ),
        HerbSpec(
            id="sample-herb-003",
            seed=303,
            plant=PlantKind(
                (25, 45), 0.5, 0, 5, 0.02, (200, 60, 40), 45, stem_colour=(110, 92, 70)
            ),
            main=Label(
                items=(
                    line("PLANTS OF MEXICO", title, align="center"),
                    line("State of Sonora", sub, align="center"),
                    Line(spans(("Fouquieria splendens ", it), ("Engelm.", au)), gap_before=0.5),
                    line("Mpio. Alamos: Sierra de Alamos, arroyo 4 km", body, gap_before=0.4),
                    line("S of Alamos on the road to El Chinal.", body),
                    line("Tropical deciduous forest; rocky hillside", body, gap_before=0.4),
                    line("with Bursera and Lysiloma.", body),
                    line("A. Beltran & S. Whitcombe 88-214", body, gap_before=0.4),
                    line("2 Feb. 1988", body),
                ),
                width=980,
                pad=40,
                border="single",
            ),
            barcode=barcode_label(
                "LABELSCRIBE SAMPLE HERBARIUM",
                "LSH 00031877",
                "Code128",
                module=4,
                bar_h=120,
                size=34,
            ),
            catalog="LSH 00031877",
            det=None,
            label_angle=0.8,
            rotate90=True,
            grey=True,
            barcode_at="bottom-left",
            fields={
                "catalogNumber": "LSH 00031877",
                "scientificName": "Fouquieria splendens Engelm.",
                "scientificNameAuthorship": "Engelm.",
                "verbatimLocality": "Sierra de Alamos, arroyo 4 km S of Alamos on the road to El Chinal.",
                "country": "Mexico",
                "countryCode": "MX",
                "stateProvince": "Sonora",
                "county": "Alamos",
                "habitat": "Tropical deciduous forest; rocky hillside with Bursera and Lysiloma.",
                "recordedBy": "A. Beltran & S. Whitcombe",
                "recordNumber": "88-214",
                "eventDate": "1988-02-02",
                "verbatimEventDate": "2 Feb. 1988",
            },
        ),
        HerbSpec(
            id="sample-herb-004",
            seed=404,
            plant=PlantKind((70, 120), 0.5, 3, 2, 0.4, None, 65, stem_colour=(86, 70, 50)),
            main=Label(
                items=(
                    line("PLANTS OF UTAH", title, align="center"),
                    line("Labelscribe Sample Herbarium (LSH)", sub, align="center"),
                    Line(spans(("Quercus undulata ", it), ("Torr.", au)), gap_before=0.5),
                    line("Fagaceae", body),
                    line("San Juan County: Abajo Mountains, Johns", body, gap_before=0.4),
                    line("Canyon, 3 mi W of the trailhead.", body),
                    line("Dry oak scrub on sandstone ledges.", body, gap_before=0.4),
                    line("Coll. Tomasz Wierzba   No. 2290", body, gap_before=0.4),
                    line("21 June 1974", body),
                ),
                width=1000,
                pad=40,
                border="single",
            ),
            barcode=barcode_label(
                "LABELSCRIBE SAMPLE HERBARIUM",
                "LSH 00052906",
                "Code128",
                module=4,
                bar_h=120,
                size=34,
            ),
            catalog="LSH 00052906",
            det=Label(
                items=(
                    Line(spans(("Quercus gambelii ", slip_it), ("Nutt.", slip))),
                    line("det. P. Halvorsen 1979", slip),
                ),
                width=760,
                pad=22,
                border="single",
                paper=(250, 250, 246),
            ),
            more_dets=(
                Label(
                    items=(
                        line("ANNOTATION LABEL  LSH", small, align="center"),
                        line("conf. R. Ibarra-Lind 2008", slip, gap_before=0.2),
                    ),
                    width=720,
                    pad=22,
                    border="double",
                    paper=(246, 248, 250),
                ),
            ),
            label_angle=0.6,
            rotate90=False,
            grey=False,
            barcode_at="bottom-left",
            fields={
                "catalogNumber": "LSH 00052906",
                "scientificName": "Quercus gambelii Nutt.",
                "scientificNameAuthorship": "Nutt.",
                "verbatimLocality": "Abajo Mountains, Johns Canyon, 3 mi W of the trailhead.",
                "country": "United States",
                "countryCode": "US",
                "stateProvince": "Utah",
                "county": "San Juan",
                "habitat": "Dry oak scrub on sandstone ledges.",
                "recordedBy": "Tomasz Wierzba",
                "recordNumber": "2290",
                "eventDate": "1974-06-21",
                "verbatimEventDate": "21 June 1974",
                "identifiedBy": "P. Halvorsen",
                "dateIdentified": "1979",
            },
            identifications=(
                {
                    "scientificName": "Quercus undulata",
                    "scientificNameAuthorship": "Torr.",
                    "identificationVerificationStatus": "superseded",
                },
                {
                    "scientificName": "Quercus gambelii",
                    "scientificNameAuthorship": "Nutt.",
                    "identifiedBy": "P. Halvorsen",
                    "dateIdentified": "1979",
                    "identificationVerificationStatus": "current",
                },
                {
                    "scientificName": "Quercus gambelii",
                    "scientificNameAuthorship": "Nutt.",
                    "identifiedBy": "R. Ibarra-Lind",
                    "dateIdentified": "2008",
                    "identificationRemarks": "conf.",
                    "identificationVerificationStatus": "confirmation",
                },
            ),
        ),
    ]


def ent_specs() -> list[EntSpec]:
    tw = Style("typewriter", 34, jitter=0.9)
    mono = Style("mono-bold", 32, jitter=0.6)
    serif = Style("serif", 32)
    sans = Style("sans", 30)
    hand = Style("hand", 38)
    sym = Style("symbol", 34)
    return [
        EntSpec(
            id="sample-ent-001",
            seed=401,
            background=((224, 220, 210), (246, 244, 238)),
            labels=(
                Label(
                    items=(line("LSH Sample Coll.", sans), line("LSH ENT 000123", sans)),
                    pad=14,
                    side=barcode("LSH ENT 000123", "DataMatrix", module=5),
                    paper=(250, 250, 247),
                ),
                Label(
                    items=(
                        line("ARIZ.: Cochise Co.", tw),
                        line("Chiricahua Mts.", tw),
                        line("Cave Creek Cyn.", tw),
                        line("VII-4-54", tw),
                    ),
                    pad=14,
                ),
                Label(items=(line("R. T. Albright", mono), line("Collector", mono)), pad=14),
                Label(
                    items=(
                        Line(spans(("Bombus ", hand), ("♀", sym))),
                        line("sonorus Say", hand),
                        line("Det. K. Moreau '61", hand),
                    ),
                    pad=22,
                    border="double",
                    paper=(244, 240, 226),
                ),
            ),
            barcodes=("LSH ENT 000123",),
            with_ruler=True,
            insect="bee",
            colour=(214, 168, 40),
            fields={
                "catalogNumber": "LSH ENT 000123",
                "verbatimLocality": "ARIZ.: Cochise Co. Chiricahua Mts. Cave Creek Cyn.",
                "country": "United States",
                "countryCode": "US",
                "stateProvince": "Arizona",
                "county": "Cochise",
                "verbatimEventDate": "VII-4-54",
                "eventDate": "1954-07-04",
                "recordedBy": "R. T. Albright",
                "scientificName": "Bombus sonorus Say",
                "scientificNameAuthorship": "Say",
                "sex": "female",
                "identifiedBy": "K. Moreau",
                "dateIdentified": "1961",
            },
        ),
        EntSpec(
            id="sample-ent-002",
            seed=402,
            background=((92, 62, 40), (140, 100, 66)),
            labels=(
                Label(
                    items=(
                        line("GALLIA mer., Var", serif),
                        line("Ste-Baume, 650 m", serif),
                        line("12.vi.1987", serif),
                        line("leg. P. Arnoux", serif),
                    ),
                    pad=14,
                ),
                Label(
                    items=(
                        line("Cetonia aurata", hand),
                        Line(spans(("(Linnaeus) ", hand), ("♂", sym))),
                        line("det. H. Brandt 1990", hand),
                    ),
                    pad=20,
                    paper=(240, 238, 228),
                ),
                Label(
                    items=(line("LSH ENT", sans), line("000457", sans)),
                    pad=14,
                    side=barcode("LSH ENT 000457", "QRCode", module=5),
                    paper=(250, 250, 247),
                ),
            ),
            barcodes=("LSH ENT 000457",),
            with_ruler=False,
            insect="beetle",
            colour=(62, 120, 58),
            fields={
                "verbatimLocality": "GALLIA mer., Var Ste-Baume, 650 m",
                "country": "France",
                "countryCode": "FR",
                "county": "Var",
                "verbatimEventDate": "12.vi.1987",
                "eventDate": "1987-06-12",
                "recordedBy": "P. Arnoux",
                "scientificName": "Cetonia aurata (Linnaeus)",
                "scientificNameAuthorship": "(Linnaeus)",
                "sex": "male",
                "identifiedBy": "H. Brandt",
                "dateIdentified": "1990",
                "catalogNumber": "LSH ENT 000457",
            },
        ),
        EntSpec(
            id="sample-ent-003",
            seed=403,
            background=((150, 150, 146), (196, 194, 188)),
            labels=(
                Label(items=(line("LSH Sample Coll.", sans), line("LSH ENT 001982", sans)), pad=14),
                Label(
                    items=(
                        line("COSTA RICA: Guanacaste", tw),
                        line("Pque. Nac. Santa Rosa", tw),
                        line("14-III-1993", tw),
                    ),
                    pad=14,
                ),
                Label(items=(line("A. Villalobos leg.", mono),), pad=14),
                Label(
                    items=(
                        Line(spans(("Xylocopa ", hand), ("♀", sym))),
                        line("tabaniformis Smith", hand),
                        line("Det. J. O. Reyes 1995", hand),
                    ),
                    pad=20,
                    border="single",
                    paper=(246, 244, 236),
                ),
            ),
            barcodes=(),
            with_ruler=False,
            insect="bee",
            colour=(40, 36, 60),
            fields={
                "catalogNumber": "LSH ENT 001982",
                "verbatimLocality": "COSTA RICA: Guanacaste Pque. Nac. Santa Rosa",
                "country": "Costa Rica",
                "countryCode": "CR",
                "stateProvince": "Guanacaste",
                "verbatimEventDate": "14-III-1993",
                "eventDate": "1993-03-14",
                "recordedBy": "A. Villalobos",
                "scientificName": "Xylocopa tabaniformis Smith",
                "scientificNameAuthorship": "Smith",
                "sex": "female",
                "identifiedBy": "J. O. Reyes",
                "dateIdentified": "1995",
            },
        ),
    ]


def lichen_specs() -> list[LichenSpec]:
    head = Style("serif", 44)
    it = Style("serif-italic", 46)
    body = Style("serif", 44)
    # GNU Typewriter draws parentheses like slashes, so the packet with an authority uses Nimbus Mono.
    tw = Style("mono", 40, jitter=0.8)
    twc = Style("mono-bold", 44, jitter=0.8)
    return [
        LichenSpec(
            id="sample-lichen-001",
            seed=501,
            packet=Label(
                items=(
                    line("Labelscribe Sample Herbarium", head, align="center"),
                    line("LICHENS OF NEW MEXICO, U.S.A.", head, align="center"),
                    Line(
                        spans(("Xanthoparmelia cumberlandia ", it), ("(Gyeln.) Hale", body)),
                        gap_before=0.6,
                    ),
                    line("on sandstone boulders in pinyon-juniper woodland", body, gap_before=0.3),
                    line("Sandoval County: Cabezon Peak Wilderness Study", body, gap_before=0.3),
                    line("Area, NE slopes below Cabezon Peak, ca. 2050 m.", body),
                    line("12 Aug 1998", body, gap_before=0.4),
                    line("K. L. Whitfield 4417", body, gap_before=0.4),
                ),
                width=1340,
                pad=10,
                paper=None,
            ),
            barcode=barcode_label(
                "LABELSCRIBE SAMPLE HERBARIUM",
                "LSH-L-0000317",
                "Code128",
                module=3,
                bar_h=90,
                size=30,
            ),
            catalog="LSH-L-0000317",
            fields={
                "catalogNumber": "LSH-L-0000317",
                "scientificName": "Xanthoparmelia cumberlandia (Gyeln.) Hale",
                "scientificNameAuthorship": "(Gyeln.) Hale",
                "habitat": "on sandstone boulders in pinyon-juniper woodland",
                "verbatimLocality": "Cabezon Peak Wilderness Study Area, NE slopes below Cabezon Peak, ca. 2050 m.",
                "country": "United States",
                "countryCode": "US",
                "stateProvince": "New Mexico",
                "county": "Sandoval",
                "eventDate": "1998-08-12",
                "verbatimEventDate": "12 Aug 1998",
                "recordedBy": "K. L. Whitfield",
                "recordNumber": "4417",
            },
        ),
        LichenSpec(
            id="sample-lichen-002",
            seed=502,
            packet=Label(
                items=(
                    line("LICHENS OF MAINE", twc, align="center"),
                    line("Labelscribe Sample Herbarium", tw, align="center"),
                    line("Usnea strigosa (Ach.) Eaton", tw, gap_before=0.6),
                    line("On bark of Acer rubrum, mixed hardwood swamp.", tw, gap_before=0.3),
                    line("Hancock Co.: Mount Desert Island, Acadia", tw, gap_before=0.3),
                    line("National Park, Jordan Pond trail.", tw),
                    line("Coll. D. Hartigan 1204", tw, gap_before=0.4),
                    line("Sept. 9, 1976", tw),
                ),
                width=1300,
                pad=30,
                paper=(250, 249, 244),
                border="single",
            ),
            barcode=barcode_label(
                "LABELSCRIBE SAMPLE HERBARIUM",
                "LSH-L-0000318",
                "Code39",
                module=3,
                bar_h=90,
                size=30,
            ),
            catalog="LSH-L-0000318",
            fields={
                "catalogNumber": "LSH-L-0000318",
                "scientificName": "Usnea strigosa (Ach.) Eaton",
                "scientificNameAuthorship": "(Ach.) Eaton",
                "habitat": "On bark of Acer rubrum, mixed hardwood swamp.",
                "verbatimLocality": "Mount Desert Island, Acadia National Park, Jordan Pond trail.",
                "country": "United States",
                "countryCode": "US",
                "stateProvince": "Maine",
                "county": "Hancock",
                "recordedBy": "D. Hartigan",
                "recordNumber": "1204",
                "eventDate": "1976-09-09",
                "verbatimEventDate": "Sept. 9, 1976",
            },
        ),
    ]
