"""Everything drawn that is not a label: paper and mottled backgrounds, pasting with a soft shadow,
the camera's finish (uneven light, noise, blur), and the objects in the frame: pressed plants,
mounting tape, rulers, colour charts and pinned insects."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFilter

from samples.fonts import font

RGB = tuple[int, int, int]
FloatImage = NDArray[np.float32]


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
