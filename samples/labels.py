"""Labels: lines of styled text (typewriter, serif, handwriting) and graphics such as barcodes, set on
a piece of paper; and the barcodes themselves, written by zxing-cpp."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

from samples.draw import RGB, paper_texture
from samples.fonts import font

INK: RGB = (28, 26, 30)


@dataclass(frozen=True)
class Style:
    font: str
    size: int
    # Typewriter: characters struck one by one, each a little off the line and unevenly inked.
    jitter: float = 0.0


@dataclass(frozen=True)
class Span:
    text: str
    style: Style


@dataclass(frozen=True)
class Line:
    spans: tuple[Span, ...]
    align: Literal["left", "center"] = "left"
    # Text set flush right on the same line (e.g. the date opposite the collector).
    right: tuple[Span, ...] = ()
    gap_before: float = 0.0  # extra space above, in line heights

    @property
    def text(self) -> str:
        left = "".join(s.text for s in self.spans)
        right = "".join(s.text for s in self.right)
        return f"{left} {right}" if right else left


@dataclass(frozen=True)
class Graphic:
    image: Image.Image
    align: Literal["left", "center"] = "center"


Item = Line | Graphic


@dataclass(frozen=True)
class Label:
    items: tuple[Item, ...]
    width: int | None = None  # None: as wide as the content
    pad: int = 24
    border: Literal["none", "single", "double"] = "none"
    paper: RGB | None = (246, 243, 234)  # None: printed straight onto what it is pasted on
    leading: float = 1.22
    side: Image.Image | None = None  # graphic to the right of the text (a DataMatrix, a QR)

    @property
    def text(self) -> str:
        return "\n".join(i.text for i in self.items if isinstance(i, Line))


def line(
    text: str,
    style: Style,
    *,
    align: Literal["left", "center"] = "left",
    gap_before: float = 0.0,
) -> Line:
    return Line(spans=(Span(text, style),), align=align, gap_before=gap_before)


def spans(*parts: tuple[str, Style]) -> tuple[Span, ...]:
    return tuple(Span(t, s) for t, s in parts)


def _span_width(sp: Sequence[Span]) -> float:
    return sum(font(s.style.font, s.style.size).getlength(s.text) for s in sp)


def _line_metrics(ln: Line) -> tuple[int, int]:
    """Visual ascent and descent of the line's fonts (from the glyphs, not the font's metrics:
    handwriting fonts declare very tall line boxes)."""
    asc = desc = 0
    for s in (*ln.spans, *ln.right):
        _, top, _, bottom = font(s.style.font, s.style.size).getbbox("Hgjy", anchor="ls")
        asc, desc = max(asc, -int(top)), max(desc, int(bottom))
    return asc, desc


def _draw_spans(
    draw: ImageDraw.ImageDraw,
    sp: Sequence[Span],
    x: float,
    baseline: float,
    rng: np.random.Generator,
) -> None:
    for s in sp:
        f = font(s.style.font, s.style.size)
        if s.style.jitter <= 0:
            draw.text((x, baseline), s.text, font=f, fill=int(rng.uniform(225, 255)), anchor="ls")
            x += f.getlength(s.text)
            continue
        for ch in s.text:
            dy = rng.normal(0.0, s.style.jitter)
            ink = int(np.clip(rng.normal(215, 30), 120, 255))
            draw.text((x, baseline + dy), ch, font=f, fill=ink, anchor="ls")
            x += f.getlength(ch)


def render_label(label: Label, rng: np.random.Generator) -> Image.Image:
    """The label as an RGBA image: paper, ink and any graphics (barcodes), not yet rotated."""
    lines = [i for i in label.items if isinstance(i, Line)]
    text_w = 0.0
    for ln in lines:
        gap = 30 if ln.right else 0
        text_w = max(text_w, _span_width(ln.spans) + gap + _span_width(ln.right))
    for item in label.items:
        if isinstance(item, Graphic):
            text_w = max(text_w, item.image.width)
    side_w = label.side.width + label.pad if label.side is not None else 0
    width = label.width or math.ceil(text_w) + 2 * label.pad + side_w
    inner_w = width - 2 * label.pad - side_w

    # Lay out top to bottom.
    placements: list[tuple[Item, int, int]] = []  # item, top y, height
    y = label.pad
    for item in label.items:
        if isinstance(item, Line):
            asc, desc = _line_metrics(item)
            size = max(s.style.size for s in (*item.spans, *item.right))
            h = int(max(asc + desc, size * label.leading))
            y += int(item.gap_before * h)
            placements.append((item, y, h))
            y += h
        else:
            placements.append((item, y + 6, item.image.height))
            y += item.image.height + 24
    height = max(y + label.pad, (label.side.height + 2 * label.pad) if label.side else 0)

    ink = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(ink)
    graphics: list[tuple[Image.Image, int, int]] = []
    for item, top, h in placements:
        if isinstance(item, Line):
            asc, desc = _line_metrics(item)
            baseline = top + (h - asc - desc) / 2 + asc
            w = _span_width(item.spans)
            x = label.pad + (inner_w - w) / 2 if item.align == "center" else label.pad
            _draw_spans(draw, item.spans, x, baseline, rng)
            if item.right:
                rx = label.pad + inner_w - _span_width(item.right)
                _draw_spans(draw, item.right, rx, baseline, rng)
        else:
            gx = (
                label.pad + (inner_w - item.image.width) // 2
                if item.align == "center"
                else label.pad
            )
            graphics.append((item.image, gx, top))
    if label.side is not None:
        graphics.append(
            (label.side, width - label.pad - label.side.width, (height - label.side.height) // 2)
        )
    if label.border != "none":
        m = max(6, label.pad // 3)
        draw.rectangle((m, m, width - 1 - m, height - 1 - m), outline=235, width=2)
        if label.border == "double":
            draw.rectangle((m + 7, m + 7, width - 1 - m - 7, height - 1 - m - 7), outline=235)
    for g, gx, gy in graphics:
        # Barcode modules are printed ink: dark pixels of the graphic become ink.
        ink.paste(Image.eval(g.convert("L"), lambda v: 255 - v), (gx, gy))
    # Ink spreads a little into the paper fibres.
    ink = ink.filter(ImageFilter.GaussianBlur(0.6))

    if label.paper is None:
        out = Image.new("RGBA", (width, height), (*INK, 0))
        out.putalpha(ink)
        return out
    paper = paper_texture(width, height, label.paper, rng, grain=3.0, blotch=3.0)
    return Image.composite(Image.new("RGB", (width, height), INK), paper, ink).convert("RGBA")


# --------------------------------------------------------------------------------------------
# Barcodes
# --------------------------------------------------------------------------------------------


def barcode(value: str, fmt: str, *, module: int, height: int | None = None) -> Image.Image:
    """A barcode written by zxing-cpp, `module` pixels per narrow bar / cell, black on white."""
    bfmt = {
        "Code128": zxingcpp.BarcodeFormat.Code128,
        "Code39": zxingcpp.BarcodeFormat.Code39,
        "DataMatrix": zxingcpp.BarcodeFormat.DataMatrix,
        "QRCode": zxingcpp.BarcodeFormat.QRCode,
    }[fmt]
    code = zxingcpp.create_barcode(value, bfmt)
    arr = np.asarray(code.to_image(scale=1, add_quiet_zones=True), dtype=np.uint8)
    if arr.ndim == 2 and arr.shape[0] > 1 and fmt in ("Code128", "Code39"):
        arr = arr[:1]  # linear: one row of modules, stretched to `height` below
    img = Image.fromarray(arr, mode="L")
    w = img.width * module
    h = height if height is not None and fmt in ("Code128", "Code39") else img.height * module
    return img.resize((w, h), Image.Resampling.NEAREST)


def barcode_label(
    header: str, value: str, fmt: str, *, module: int, bar_h: int, size: int
) -> Label:
    hdr = Style("sans", int(size * 0.8))
    num = Style("sans", size)
    return Label(
        items=(
            line(header, hdr, align="center"),
            Graphic(barcode(value, fmt, module=module, height=bar_h)),
            line(value, num, align="center"),
        ),
        pad=18,
        paper=(252, 252, 250),
        leading=1.15,
    )
