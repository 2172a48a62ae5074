"""Render the sample specimen images in this folder and their ground truth (truth.jsonl).

Run from the repository root:  python -m samples.generate [--out DIR]

Everything is drawn from scratch (no photographs): paper, plants, insects, rulers, colour charts,
labels set in openly licensed Debian fonts, and real barcodes written by zxing-cpp. The output is
deterministic for a given set of fonts and library versions (fixed seeds per image). After writing
each JPEG the barcodes are read back with zxing-cpp and the run fails if one does not decode.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import zxingcpp
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFilter, ImageFont

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
JPEG_QUALITY = 85

URW = Path("/usr/share/fonts/opentype/urw-base35")
FONT_FILES: dict[str, tuple[Path, str]] = {
    # key: (file, Debian package that ships it)
    "serif": (URW / "NimbusRoman-Regular.otf", "fonts-urw-base35"),
    "serif-bold": (URW / "NimbusRoman-Bold.otf", "fonts-urw-base35"),
    "serif-italic": (URW / "NimbusRoman-Italic.otf", "fonts-urw-base35"),
    "sans": (URW / "NimbusSans-Regular.otf", "fonts-urw-base35"),
    "sans-bold": (URW / "NimbusSans-Bold.otf", "fonts-urw-base35"),
    "sans-narrow": (URW / "NimbusSansNarrow-Regular.otf", "fonts-urw-base35"),
    "mono": (URW / "NimbusMonoPS-Regular.otf", "fonts-urw-base35"),
    "mono-bold": (URW / "NimbusMonoPS-Bold.otf", "fonts-urw-base35"),
    "chancery": (URW / "Z003-MediumItalic.otf", "fonts-urw-base35"),
    "typewriter": (
        Path("/usr/share/fonts/truetype/gnutypewriter/GNUTypewriter.ttf"),
        "fonts-gnutypewriter",
    ),
    "hand": (Path("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"), "fonts-dkg-handwriting"),
    # The label fonts above have no sex symbols; DejaVu Sans does.
    "symbol": (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), "fonts-dejavu-core"),
}

RGB = tuple[int, int, int]
FloatImage = NDArray[np.float32]
INK: RGB = (28, 26, 30)


class MissingFontError(RuntimeError):
    """A font file the samples need is not installed."""


_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(key: str, size: int) -> ImageFont.FreeTypeFont:
    """The font `key` (see FONT_FILES) at `size` pixels."""
    if (key, size) not in _font_cache:
        path, package = FONT_FILES[key]
        if not path.is_file():
            raise MissingFontError(f"font {path} is missing: apt-get install -y {package}")
        _font_cache[key, size] = ImageFont.truetype(str(path), size)
    return _font_cache[key, size]


def check_fonts() -> None:
    missing = sorted({pkg for path, pkg in FONT_FILES.values() if not path.is_file()})
    if missing:
        raise MissingFontError("fonts are missing: apt-get install -y " + " ".join(missing))


# --------------------------------------------------------------------------------------------
# Labels: lines of styled text (and graphics such as barcodes) on a piece of paper
# --------------------------------------------------------------------------------------------


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
# Textures and finishing
# --------------------------------------------------------------------------------------------


def smooth_noise(w: int, h: int, cell: int, rng: np.random.Generator) -> FloatImage:
    """Low-frequency noise in [-1, 1], `cell` pixels per random value."""
    small = rng.uniform(-1, 1, (max(2, h // cell + 2), max(2, w // cell + 2))).astype(np.float32)
    img = Image.fromarray(small, mode="F").resize((w, h), Image.Resampling.BICUBIC)
    return np.clip(np.asarray(img, dtype=np.float32), -1, 1)


def paper_texture(
    w: int, h: int, colour: RGB, rng: np.random.Generator, *, grain: float, blotch: float
) -> Image.Image:
    base = np.array(colour, dtype=np.float32)[None, None, :]
    shade = blotch * smooth_noise(w, h, 60, rng)[..., None]
    fine = rng.normal(0, grain, (h, w, 1)).astype(np.float32)
    arr = np.clip(base + shade + fine, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, mode="RGB")


def mottled(w: int, h: int, a: RGB, b: RGB, rng: np.random.Generator, cell: int) -> Image.Image:
    """Two-tone mottling, e.g. cork or foam in a unit tray."""
    t = (smooth_noise(w, h, cell, rng) + 0.6 * smooth_noise(w, h, cell // 4, rng)) / 1.6
    t = np.clip(0.5 + 0.9 * t, 0, 1)[..., None]
    arr = np.array(a, np.float32) * (1 - t) + np.array(b, np.float32) * t
    arr += rng.normal(0, 5, (h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="RGB")


def paste(
    canvas: Image.Image,
    item: Image.Image,
    xy: tuple[int, int],
    *,
    angle: float = 0.0,
    shadow: int = 6,
) -> None:
    """Paste an RGBA item with its top-left corner (before rotation) near xy, with a soft shadow."""
    rot = item.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    x = xy[0] - (rot.width - item.width) // 2
    y = xy[1] - (rot.height - item.height) // 2
    if shadow:
        alpha = rot.getchannel("A").filter(ImageFilter.GaussianBlur(shadow))
        dark = Image.new("RGB", rot.size, (0, 0, 0))
        canvas.paste(dark, (x + shadow // 2, y + shadow), Image.eval(alpha, lambda v: v * 2 // 5))
    canvas.paste(rot, (x, y), rot)


def finish(
    img: Image.Image,
    rng: np.random.Generator,
    *,
    light: float = 0.08,
    vignette: float = 0.10,
    noise: float = 3.0,
    blur: float = 0.7,
) -> Image.Image:
    """Uneven lighting, sensor noise and a little defocus, as a camera or scanner adds."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * rng.uniform(0.35, 0.65), h * rng.uniform(0.35, 0.65)
    r2 = ((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2
    gain = 1.0 + light * smooth_noise(w, h, max(w, h) // 3, rng) - vignette * r2
    # A light gradient across the frame, as from a lamp on one side.
    gain += light * 0.5 * ((xx / w) - 0.5) * rng.choice([-1.0, 1.0])
    arr = np.asarray(img, dtype=np.float32) * gain[..., None]
    arr += rng.normal(0, noise, arr.shape).astype(np.float32)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="RGB")
    return out.filter(ImageFilter.GaussianBlur(blur)) if blur > 0 else out


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


# --------------------------------------------------------------------------------------------
# Drawn objects: plants, insects, rulers, colour charts
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlantKind:
    leaf_len: tuple[float, float]
    leaf_ratio: float  # width / length
    lobes: int
    stems: int
    branchiness: float
    flower: RGB | None
    leaf_every: float  # pixels of stem per leaf
    stem_colour: RGB = (92, 78, 52)


def _leaf_polygon(
    x: float, y: float, ang: float, length: float, ratio: float, lobes: int
) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    n = 24
    for side in (1, -1):
        ts = np.linspace(0, 1, n) if side == 1 else np.linspace(1, 0, n)
        for t in ts:
            wdt = ratio * length * math.sin(math.pi * t) ** 0.9 * (1 - 0.35 * t)
            if lobes:
                wdt *= 0.75 + 0.25 * abs(math.sin(math.pi * lobes * t))
            px, py = t * length, side * wdt / 2
            pts.append(
                (
                    x + px * math.cos(ang) - py * math.sin(ang),
                    y + px * math.sin(ang) + py * math.cos(ang),
                )
            )
    return pts


def draw_plant(
    canvas: Image.Image, rng: np.random.Generator, base: tuple[int, int], top: int, kind: PlantKind
) -> None:
    """A pressed plant: wavy stems, alternate leaves in olive greens and browns, flowers at tips."""
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    tips: list[tuple[float, float]] = []
    leaves: list[tuple[float, float, float, float]] = []

    def stem(x: float, y: float, ang: float, length: float, width: float, depth: int) -> None:
        step, travelled, side = 14.0, 0.0, 1
        next_leaf = rng.uniform(0.2, 1.0) * kind.leaf_every
        pts = [(x, y)]
        while travelled < length:
            ang += rng.normal(0, 0.05)
            ang += 0.02 * ((-math.pi / 2) - ang)  # stems were pressed roughly upright
            x, y = x + step * math.cos(ang), y + step * math.sin(ang)
            pts.append((x, y))
            travelled += step
            if travelled >= next_leaf and travelled < length * 0.97:
                side = -side
                ll = rng.uniform(*kind.leaf_len) * (1 - 0.4 * travelled / length)
                leaves.append((x, y, ang + side * rng.uniform(0.5, 1.1), ll))
                next_leaf += kind.leaf_every * rng.uniform(0.7, 1.3)
            if depth < 2 and rng.random() < kind.branchiness * step / 100:
                b_ang = ang + rng.choice([-1, 1]) * rng.uniform(0.4, 0.8)
                stem(
                    x,
                    y,
                    b_ang,
                    (length - travelled) * rng.uniform(0.4, 0.7),
                    width * 0.6,
                    depth + 1,
                )
        w = max(2, int(width))
        d.line(pts, fill=(*kind.stem_colour, 255), width=w, joint="curve")
        tips.append((x, y))

    for _ in range(kind.stems):
        bx = base[0] + rng.normal(0, 30)
        length = (base[1] - top) * rng.uniform(0.75, 1.0)
        stem(bx, base[1], -math.pi / 2 + rng.normal(0, 0.15), length, 9, 0)

    for x, y, ang, ll in leaves:
        g = rng.uniform(0, 1)
        col = (int(70 + 60 * g), int(92 + 30 * g), int(38 + 20 * g))  # olive to brown
        poly = _leaf_polygon(x, y, ang, ll, kind.leaf_ratio, kind.lobes)
        d.polygon(poly, fill=(*col, 255), outline=(45, 55, 28, 255))
        ex, ey = x + ll * 0.9 * math.cos(ang), y + ll * 0.9 * math.sin(ang)
        d.line([(x, y), (ex, ey)], fill=(60, 70, 35, 255), width=2)
    if kind.flower is not None:
        fr, fg, fb = kind.flower
        for tx, ty in tips:
            for _ in range(int(rng.integers(3, 7))):
                fx, fy = tx + rng.normal(0, 22), ty + rng.normal(-10, 22)
                r = rng.uniform(9, 16)
                d.ellipse((fx - r, fy - r * 1.6, fx + r, fy + r * 1.6), fill=(fr, fg, fb, 255))
    # A pressed specimen casts a faint shadow and has soft edges.
    shadow = layer.getchannel("A").filter(ImageFilter.GaussianBlur(5))
    canvas.paste((60, 55, 45), (4, 6), Image.eval(shadow, lambda v: v // 4))
    canvas.paste(layer.filter(ImageFilter.GaussianBlur(0.8)), (0, 0), layer)


def draw_tape(canvas: Image.Image, rng: np.random.Generator, cx: int, cy: int) -> None:
    """A strip of linen mounting tape across a stem."""
    w, h = int(rng.uniform(110, 150)), 34
    strip = Image.new("RGBA", (w, h), (236, 232, 218, 235))
    paste(canvas, strip, (cx - w // 2, cy - h // 2), angle=float(rng.uniform(-30, 30)), shadow=3)


def ruler(length_cm: int, px_per_mm: float, *, height: int, number_size: int) -> Image.Image:
    w = int(length_cm * 10 * px_per_mm) + 40 + number_size
    img = Image.new("RGBA", (w, height), (250, 250, 246, 255))
    d = ImageDraw.Draw(img)
    f = font("sans-bold", number_size)
    for mm in range(length_cm * 10 + 1):
        x = 20 + mm * px_per_mm
        tick = height * (0.45 if mm % 10 == 0 else 0.3 if mm % 5 == 0 else 0.18)
        d.line([(x, 0), (x, tick)], fill=(20, 20, 20, 255), width=3 if mm % 10 == 0 else 2)
        if mm % 10 == 0:
            d.text((x, height - 8), str(mm // 10), font=f, fill=(20, 20, 20, 255), anchor="mb")
    d.text(
        (w - 10, height - 8),
        "cm",
        font=font("sans", number_size // 2),
        fill=(20, 20, 20, 255),
        anchor="rb",
    )
    d.rectangle((0, 0, w - 1, height - 1), outline=(120, 120, 120, 255), width=2)
    return img


def ruler_text(length_cm: int, *, first: int) -> str:
    """What a person keys from a ruler drawn by `ruler`: the visible numbers and the unit."""
    return " ".join([*(str(n) for n in range(first, length_cm + 1)), "cm"])


COLOUR_PATCHES: list[RGB] = [
    (115, 82, 68), (194, 150, 130), (98, 122, 157), (87, 108, 67), (133, 128, 177),
    (103, 189, 170), (214, 126, 44), (80, 91, 166), (193, 90, 99), (94, 60, 108),
    (157, 188, 64), (224, 163, 46), (56, 61, 150), (70, 148, 73), (175, 54, 60),
    (231, 199, 31), (187, 86, 149), (8, 133, 161), (243, 243, 242), (200, 200, 200),
    (160, 160, 160), (122, 122, 121), (85, 85, 85), (52, 52, 52),
]  # fmt: skip


def colour_chart(cell: int) -> Image.Image:
    cols = 12
    rows = math.ceil(len(COLOUR_PATCHES) / cols)
    img = Image.new("RGBA", (cols * cell + 16, rows * cell + 16), (30, 30, 30, 255))
    d = ImageDraw.Draw(img)
    for i, c in enumerate(COLOUR_PATCHES):
        x, y = 8 + (i % cols) * cell, 8 + (i // cols) * cell
        d.rectangle((x + 2, y + 2, x + cell - 3, y + cell - 3), fill=(*c, 255))
    return img


def draw_insect(
    canvas: Image.Image,
    rng: np.random.Generator,
    cx: int,
    cy: int,
    *,
    scale: float,
    kind: Literal["bee", "beetle"],
    band: RGB,
) -> None:
    """A stylised bee or beetle seen from above, with the pin through its thorax."""
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    s = scale
    body = (25, 22, 18, 255)
    # legs
    for i, side in ((i, side) for i in range(3) for side in (-1, 1)):
        x0, y0 = cx + (i - 1) * 22 * s, cy
        x1 = x0 + (i - 1) * 30 * s
        y1 = y0 + side * 55 * s
        x2, y2 = x1 + (i - 1) * 25 * s + rng.normal(0, 5), y1 + side * 30 * s
        d.line([(x0, y0), (x1, y1), (x2, y2)], fill=(70, 50, 25, 255), width=max(2, int(4 * s)))
    ax0, ax1 = cx + 40 * s, cx + 190 * s
    if kind == "beetle":
        # elytra: one shiny oval split down the middle
        d.ellipse((cx - 10 * s, cy - 62 * s, ax1, cy + 62 * s), fill=(*band, 255))
        d.line([(cx + 30 * s, cy), (ax1 - 4, cy)], fill=body, width=max(2, int(3 * s)))
        d.ellipse((cx + 40 * s, cy - 40 * s, cx + 90 * s, cy - 25 * s), fill=(220, 230, 200, 160))
    else:
        # abdomen with bands
        d.ellipse((ax0, cy - 40 * s, ax1, cy + 40 * s), fill=body)
        for k in range(4):
            bx = ax0 + (30 + 30 * k) * s
            d.rectangle((bx, cy - 36 * s, bx + 12 * s, cy + 36 * s), fill=(*band, 255))
        d.ellipse((ax0 - 3, cy - 42 * s, ax1 + 3, cy + 42 * s), outline=body, width=int(8 * s))
    # thorax and head
    d.ellipse((cx - 45 * s, cy - 38 * s, cx + 50 * s, cy + 38 * s), fill=(40, 32, 22, 255))
    d.ellipse((cx - 95 * s, cy - 32 * s, cx - 38 * s, cy + 32 * s), fill=body)
    for side in (-1, 1):
        d.line(
            [
                (cx - 90 * s, cy + side * 10 * s),
                (cx - 135 * s, cy + side * 45 * s),
                (cx - 150 * s, cy + side * 40 * s),
            ],
            fill=(60, 40, 20, 255),
            width=max(2, int(3 * s)),
        )
    # wings: translucent smoky amber
    wings = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    wd = ImageDraw.Draw(wings)
    for side in (-1, 1) if kind == "bee" else ():
        wd.ellipse(
            (cx - 10 * s, cy + side * 20 * s - 28 * s, cx + 200 * s, cy + side * 20 * s + 28 * s),
            fill=(150, 100, 45, 110),
            outline=(90, 60, 25, 200),
            width=2,
        )
    shadow = (
        Image.alpha_composite(layer, wings).getchannel("A").filter(ImageFilter.GaussianBlur(10))
    )
    canvas.paste((0, 0, 0), (12, 18), Image.eval(shadow, lambda v: v // 3))
    canvas.paste(layer, (0, 0), layer)
    canvas.paste(wings, (0, 0), wings)
    # pin: shaft leaning towards the camera, then the head
    d2 = ImageDraw.Draw(canvas)
    tx, ty = cx + 5 * s, cy - 2 * s
    hx, hy = tx - 38 * s, ty - 60 * s
    d2.line([(tx + 14, ty + 22), (hx + 14, hy + 22)], fill=(0, 0, 0), width=int(4 * s))  # shadow
    d2.line([(tx, ty), (hx, hy)], fill=(170, 170, 175), width=max(2, int(4 * s)))
    r = 11 * s
    d2.ellipse((hx - r, hy - r, hx + r, hy + r), fill=(35, 35, 40))
    d2.ellipse((hx - r * 0.5, hy - r * 0.6, hx - r * 0.05, hy - r * 0.15), fill=(200, 200, 205))


# --------------------------------------------------------------------------------------------
# Samples
# --------------------------------------------------------------------------------------------


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
    tag = label_image(tag_label, rng)
    paste(canvas, tag, (w - tag.width - 40, 110), shadow=0)

    draw_plant(canvas, rng, (int(w * 0.42), int(h * 0.80)), int(h * 0.15), spec.plant)
    for frac in (0.62, 0.42):
        draw_tape(canvas, rng, int(w * 0.42 + rng.normal(0, 40)), int(h * frac))

    main = label_image(spec.main, rng)
    if spec.rotate90:
        main = main.rotate(90, expand=True)
        mx, my = sx1 - main.width - 70, sy1 - main.height - 90
    else:
        mx, my = sx1 - main.width - 80, sy1 - main.height - 80
    paste(canvas, main, (mx, my), angle=spec.label_angle)
    bc = label_image(spec.barcode, rng)
    bx = sx0 + 140 if spec.barcode_at == "bottom-left" else sx1 - bc.width - 160
    by = sy1 - bc.height - 160 if spec.barcode_at == "bottom-left" else sy0 + 140
    paste(canvas, bc, (bx, by), angle=float(rng.uniform(-0.6, 0.6)))
    if spec.det is not None:
        det = label_image(spec.det, rng)
        paste(canvas, det, (mx + 40, my - det.height - 60), angle=float(rng.uniform(-1.5, 1.5)))

    img = finish(canvas, rng, light=0.05, vignette=0.06, noise=3.0, blur=0.7)
    if spec.grey:
        img = img.convert("L")  # stored as greyscale, like the devset's sheet scans
    stand = [ruler_text(13, first=0), tag_label.text]
    dets = [spec.det.text] if spec.det else []
    if spec.barcode_at == "top-right":
        blocks = [*stand, spec.barcode.text, *dets, spec.main.text]
    else:
        blocks = [*stand, *dets, spec.main.text, spec.barcode.text]
    return Sample(spec.id, "sample-herb", img, blocks, spec.fields, [spec.catalog])


def label_image(label: Label, rng: np.random.Generator) -> Image.Image:
    return render_label(label, rng)


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


def insect(spec: EntSpec) -> Sample:
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
        img = label_image(lb, rng)
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
    body = label_image(spec.packet, rng)
    # A label printed on the packet casts no shadow; one glued onto it does.
    glued = spec.packet.paper is not None
    angle = float(rng.uniform(-0.8, 0.8))
    paste(canvas, body, (px0 + 60, py0 + 100), angle=angle, shadow=3 if glued else 0)
    bc = label_image(spec.barcode, rng)
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


# ---- the data: real places and taxa, invented collectors, institution and numbers -------------


def herb_specs() -> list[HerbSpec]:
    title = Style("serif-bold", 46)
    sub = Style("serif", 32)
    it = Style("serif-italic", 40)
    au = Style("serif", 40)
    body = Style("serif", 33)
    small = Style("sans", 26)
    hand = Style("hand", 40)
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


def build_all() -> list[Sample]:
    return (
        [herbarium_sheet(s) for s in herb_specs()]
        + [insect(s) for s in ent_specs()]
        + [lichen_packet(s) for s in lichen_specs()]
    )


# --------------------------------------------------------------------------------------------
# Output and self-check
# --------------------------------------------------------------------------------------------


def encode_jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return buf.getvalue()


def decoded_barcodes(data: bytes) -> list[str]:
    with Image.open(io.BytesIO(data)) as im:
        arr = np.asarray(im.convert("L"))
    return [str(r.text) for r in zxingcpp.read_barcodes(arr)]


def truth_record(sample: Sample, image_name: str) -> dict[str, object]:
    return {
        "id": sample.id,
        "image": image_name,
        "source": sample.source,
        "full_text": sample.full_text,
        "fields": sample.fields,
    }


def write_samples(out: Path) -> list[Path]:
    check_fonts()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    records: list[str] = []
    for sample in build_all():
        data = encode_jpeg(sample.image)
        found = decoded_barcodes(data)
        missing = [v for v in sample.barcodes if v not in found]
        if missing:
            raise RuntimeError(f"{sample.id}: barcode(s) {missing} do not decode (read {found})")
        name = f"{sample.id}.jpg"
        (out / name).write_bytes(data)
        written.append(out / name)
        records.append(json.dumps(truth_record(sample, name), ensure_ascii=False))
        log.info("%s: %d kB, barcodes %s", name, len(data) // 1024, found)
    truth = out / "truth.jsonl"
    truth.write_text("\n".join(records) + "\n", encoding="utf-8")
    written.append(truth)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        write_samples(args.out)
    except MissingFontError as e:
        log.error("%s", e)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
