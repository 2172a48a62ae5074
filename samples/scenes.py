"""One function per kind of image, each composing a whole frame from its spec: a herbarium sheet on
the copy stand, a pinned insect with its labels beside it, a lichen packet. Each returns the image
with the text blocks a person would key from it, in reading order."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from PIL import Image, ImageDraw

from samples.draw import (
    RGB,
    PlantKind,
    colour_chart,
    draw_insect,
    draw_plant,
    draw_tape,
    finish,
    mottled,
    paper_texture,
    paste,
    ruler,
    ruler_text,
)
from samples.labels import Label, Style, line, render_label


@dataclass
class Sample:
    id: str
    source: str
    image: Image.Image
    # The text blocks a person would key, in reading order (top to bottom): every label, plus the
    # printed scale bar and tag on the copy stand, as the devset's transcribers did.
    blocks: list[str]
    fields: dict[str, str]
    barcodes: list[str] = field(default_factory=list)  # values zxing-cpp must read back
    # the determinations a person would key, oldest first (only where a sample shows several)
    identifications: list[dict[str, str]] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        return "\n\n".join(self.blocks)


SHEET_BG: RGB = (18, 18, 20)
PX_PER_MM = 8.0  # a 2400 px wide frame holds a ~29 cm sheet


@dataclass(frozen=True)
class HerbSpec:
    id: str
    seed: int
    plant: PlantKind
    main: Label
    barcode: Label
    catalog: str
    det: Label | None
    label_angle: float
    rotate90: bool
    grey: bool
    barcode_at: Literal["bottom-left", "top-right"]
    fields: dict[str, str]
    # later determination slips, each glued above the one before (the oldest lowest)
    more_dets: tuple[Label, ...] = ()
    # the expected identification history, oldest first (records.jsonl's "identifications")
    identifications: tuple[dict[str, str], ...] = ()


def herbarium_sheet(spec: HerbSpec) -> Sample:
    rng = np.random.default_rng(spec.seed)
    w, h = 2400, 3600
    canvas = Image.new("RGB", (w, h), SHEET_BG)
    sx0, sy0, sx1, sy1 = 70, 300, w - 70, h - 50
    sheet = paper_texture(sx1 - sx0, sy1 - sy0, (238, 233, 216), rng, grain=2.0, blotch=2.0)
    canvas.paste(sheet, (sx0, sy0))
    # Scale bar and colour chart lie on the copy stand above the sheet, as in many imaging set-ups.
    paste(canvas, colour_chart(52), (90, 70), shadow=0)
    paste(canvas, ruler(13, PX_PER_MM, height=90, number_size=40), (840, 95), shadow=0)
    tag_label = Label(items=(line("LABELSCRIBE SAMPLES", Style("sans-bold", 30)),), pad=14)
    tag = render_label(tag_label, rng)
    paste(canvas, tag, (w - tag.width - 40, 110), shadow=0)

    draw_plant(canvas, rng, (int(w * 0.42), int(h * 0.80)), int(h * 0.15), spec.plant)
    for frac in (0.62, 0.42):
        draw_tape(canvas, rng, int(w * 0.42 + rng.normal(0, 40)), int(h * frac))

    main = render_label(spec.main, rng)
    if spec.rotate90:
        main = main.rotate(90, expand=True)
        mx, my = sx1 - main.width - 70, sy1 - main.height - 90
    else:
        mx, my = sx1 - main.width - 80, sy1 - main.height - 80
    paste(canvas, main, (mx, my), angle=spec.label_angle)
    bc = render_label(spec.barcode, rng)
    bx = sx0 + 140 if spec.barcode_at == "bottom-left" else sx1 - bc.width - 160
    by = sy1 - bc.height - 160 if spec.barcode_at == "bottom-left" else sy0 + 140
    paste(canvas, bc, (bx, by), angle=float(rng.uniform(-0.6, 0.6)))
    if spec.det is not None:
        det = render_label(spec.det, rng)
        paste(canvas, det, (mx + 40, my - det.height - 60), angle=float(rng.uniform(-1.5, 1.5)))
        top = my - det.height - 60
        for later in spec.more_dets:
            slip = render_label(later, rng)
            top -= slip.height + 50
            paste(canvas, slip, (mx + 60, top), angle=float(rng.uniform(-1.2, 1.2)))

    img = finish(canvas, rng, light=0.05, vignette=0.06, noise=3.0, blur=0.7)
    if spec.grey:
        img = img.convert("L")  # stored as greyscale, like the devset's sheet scans
    stand = [ruler_text(13, first=0), tag_label.text]
    # top to bottom: the latest slip, glued highest, first
    dets = [d.text for d in reversed(spec.more_dets)] + ([spec.det.text] if spec.det else [])
    if spec.barcode_at == "top-right":
        blocks = [*stand, spec.barcode.text, *dets, spec.main.text]
    else:
        blocks = [*stand, *dets, spec.main.text, spec.barcode.text]
    return Sample(
        spec.id,
        "sample-herb",
        img,
        blocks,
        spec.fields,
        [spec.catalog],
        [dict(i) for i in spec.identifications],
    )


@dataclass(frozen=True)
class EntSpec:
    id: str
    seed: int
    background: tuple[RGB, RGB]
    labels: tuple[Label, ...]
    barcodes: tuple[str, ...]
    with_ruler: bool
    insect: Literal["bee", "beetle"]
    colour: RGB
    fields: dict[str, str]


def pinned_insect(spec: EntSpec) -> Sample:
    rng = np.random.default_rng(spec.seed)
    w, h = 1600, 1200
    canvas = mottled(w, h, *spec.background, rng, cell=160)
    if spec.with_ruler:
        paste(canvas, ruler(2, 28.0, height=130, number_size=56), (-60, 30), shadow=8)
    draw_insect(
        canvas,
        rng,
        360,
        int(rng.uniform(560, 700)),
        scale=float(rng.uniform(1.1, 1.4)),
        kind=spec.insect,
        band=spec.colour,
    )
    # Labels lie in a column to the right of the specimen, top label first, as they were photographed
    # after being slid off the pin.
    y = int(rng.uniform(170, 230))
    for lb in spec.labels:
        img = render_label(lb, rng)
        x = int(790 + rng.normal(0, 20))
        paste(canvas, img, (x, y), angle=float(rng.uniform(-2.0, 2.0)), shadow=7)
        y += img.height + int(rng.uniform(45, 80))
    img = finish(canvas, rng, light=0.12, vignette=0.25, noise=5.0, blur=1.1)
    # The ruler's 0 lies outside the frame.
    blocks = ([ruler_text(2, first=1)] if spec.with_ruler else []) + [lb.text for lb in spec.labels]
    return Sample(spec.id, "sample-ent", img, blocks, spec.fields, list(spec.barcodes))


@dataclass(frozen=True)
class LichenSpec:
    id: str
    seed: int
    packet: Label
    barcode: Label
    catalog: str
    fields: dict[str, str]


def lichen_packet(spec: LichenSpec) -> Sample:
    rng = np.random.default_rng(spec.seed)
    w, h = 1600, 1150
    canvas = mottled(w, h, (40, 40, 42), (70, 70, 72), rng, cell=300)
    # The packet: a folded sheet; the flap's edge runs across the top.
    px0, py0, px1, py1 = 70, 20, w - 60, h - 40
    packet = paper_texture(px1 - px0, py1 - py0, (243, 241, 234), rng, grain=2.0, blotch=4.0)
    canvas.paste(packet, (px0, py0))
    d = ImageDraw.Draw(canvas)
    d.rectangle((px0, py0, px1, py0 + 70), fill=(228, 226, 218))
    d.line([(px0, py0 + 70), (px1, py0 + 70)], fill=(150, 148, 140), width=3)
    body = render_label(spec.packet, rng)
    # A label printed on the packet casts no shadow; one glued onto it does.
    glued = spec.packet.paper is not None
    angle = float(rng.uniform(-0.8, 0.8))
    paste(canvas, body, (px0 + 60, py0 + 100), angle=angle, shadow=3 if glued else 0)
    bc = render_label(spec.barcode, rng)
    paste(canvas, bc, (px1 - bc.width - 70, py1 - bc.height - 60), angle=float(rng.uniform(-1, 1)))
    img = finish(canvas, rng, light=0.08, vignette=0.15, noise=3.0, blur=0.8)
    return Sample(
        spec.id,
        "sample-lichen",
        img,
        [spec.packet.text, spec.barcode.text],
        spec.fields,
        [spec.catalog],
    )
