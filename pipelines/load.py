"""Stage 1: load an image file into an upright 8-bit RGB array, refusing what cannot be read."""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageOps, UnidentifiedImageError

from models.errors import InputFileError
from models.specimen import ImageInfo

log = logging.getLogger(__name__)

SUPPORTED = {"JPEG", "PNG", "TIFF", "MPO"}

# PIL's own bomb guard fires inside Image.open with a message about "DOS attacks"; load_image checks
# the header's size against the configured limit before any pixel is decoded, and says what to do.
Image.MAX_IMAGE_PIXELS = None


@dataclass(frozen=True)
class LoadedImage:
    """An image ready for the stages: upright, 8 bits, plus what was learnt loading it.

    Every stage reads `gray`; `rgb` is only for the crops saved for review. A whole JPEG's grey is
    decoded straight from its luma (`luma`, with `jpeg` its file's bytes), which spares decoding
    and converting the colour: on a 21-megapixel herbarium sheet about 0.2 s of 0.25. Its colour
    is decoded only if asked for. Other images are decoded to RGB (`decoded`) and the grey made
    from it.
    """

    info: ImageInfo
    decoded: NDArray[np.uint8] | None = None
    luma: NDArray[np.uint8] | None = None
    jpeg: bytes | None = None

    @cached_property
    def rgb(self) -> NDArray[np.uint8]:
        if self.decoded is not None:
            return self.decoded
        assert self.jpeg is not None, "a LoadedImage holds its RGB pixels or its JPEG"
        bgr = cv2.imdecode(np.frombuffer(self.jpeg, np.uint8), _WHOLE_COLOUR)
        if bgr is None:  # its grey decoded; libjpeg refusing its colour would be a bug
            raise InputFileError(f"the colour of {self.info.path} cannot be decoded")
        return np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), np.uint8)

    @cached_property
    def gray(self) -> NDArray[np.uint8]:
        if self.luma is not None:
            return self.luma
        return np.asarray(cv2.cvtColor(self.rgb, cv2.COLOR_RGB2GRAY), dtype=np.uint8)


def _human(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


_MAGIC = {
    b"\xff\xd8\xff": "JPEG",
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
}


def _claimed_format(data: bytes) -> str | None:
    return next((name for magic, name in _MAGIC.items() if data.startswith(magic)), None)


def _to_8bit(frame: Image.Image) -> Image.Image:
    """Map 16-bit and 32-bit greyscale to 8 bits, stretching what the scanner actually used."""
    arr = np.asarray(frame, dtype=np.float64)
    lo, hi = float(arr.min()), float(arr.max())
    if hi <= lo:
        return Image.fromarray(np.zeros(arr.shape, dtype=np.uint8))
    scaled = (arr - lo) * (255.0 / (hi - lo))
    return Image.fromarray(np.clip(scaled + 0.5, 0, 255).astype(np.uint8))


def _to_rgb(frame: Image.Image) -> Image.Image:
    mode = frame.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return _to_8bit(frame).convert("RGB")
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in frame.info):
        # transparent pixels become white paper, not black
        rgba = frame.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if mode == "1":
        return frame.convert("L").convert("RGB")
    return frame.convert("RGB")


_WHOLE_COLOUR = cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION


def _jpeg_luma(data: bytes, im: Image.Image) -> NDArray[np.uint8] | None:
    """A whole, upright, 8-bit RGB or grey JPEG's grey pixels decoded by OpenCV straight from
    its luma, or None to decode with Pillow.

    libjpeg-turbo gives the grey of a colour JPEG without upsampling and converting its colour
    (devset herbarium sheets: 0.25 -> 0.04 s); it is the luma the file stores, which differs from
    the grey of its decoded RGB by a rounding on a few pixels. A file cut short (no end-of-image
    marker) is left to Pillow, which refuses it with the reason; so are EXIF-turned files, which
    Pillow turns upright.
    """
    whole = data.rstrip(b"\0").endswith(b"\xff\xd9")
    if im.format != "JPEG" or im.mode not in ("RGB", "L") or not whole:
        return None
    flags = cv2.IMREAD_GRAYSCALE | cv2.IMREAD_IGNORE_ORIENTATION
    gray = cv2.imdecode(np.frombuffer(data, np.uint8), flags)
    if gray is None or gray.shape[:2] != (im.size[1], im.size[0]):
        return None
    return np.ascontiguousarray(gray, np.uint8)


def load_image(path: Path, *, max_pixels: int) -> LoadedImage:
    """Read `path` and return it upright (EXIF orientation applied) as 8-bit RGB.

    Raises InputFileError with a message a curator can act on for anything unusable.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError as e:
        raise InputFileError(f"file not found: {path}") from e
    except IsADirectoryError as e:
        raise InputFileError(f"is a folder, not an image: {path}") from e
    except PermissionError as e:
        raise InputFileError(f"permission denied reading {path}") from e
    if not data:
        raise InputFileError("file is empty (0 bytes): re-export or re-copy the image")

    notes: list[str] = []
    try:
        im = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError) as e:
        claimed = _claimed_format(data)
        if claimed:
            raise InputFileError(
                f"image is truncated or corrupt: the file starts as a {claimed} but cannot be "
                f"decoded ({_human(len(data))}); re-export or re-copy it"
            ) from e
        head = data[:16]
        kind = "text" if all(32 <= b < 127 or b in (9, 10, 13) for b in head) else "data"
        raise InputFileError(
            f"not an image: the file's {len(data)} bytes look like {kind}, not JPEG/PNG/TIFF"
        ) from e

    fmt = im.format or "unknown"
    if fmt not in SUPPORTED:
        raise InputFileError(f"unsupported image format {fmt}: use JPEG, PNG or TIFF")
    width, height = im.size
    if width * height > max_pixels:
        raise InputFileError(
            f"image is {width}x{height} = {width * height / 1e6:.0f} megapixels, over the "
            f"limit of {max_pixels / 1e6:.0f} (a decompression bomb or a wrong file); "
            "raise LABELSCRIBE_MAX_IMAGE_PIXELS if it is genuine"
        )
    if width < 16 or height < 16:
        raise InputFileError(f"image is only {width}x{height} pixels: too small to hold a label")
    pages = getattr(im, "n_frames", 1)
    if pages > 1:
        notes.append(f"multi-page file: read page 1 of {pages}")
    mode = im.mode
    orientation = im.getexif().get(0x0112, 1)
    turned = orientation not in (1, None)
    if turned:
        notes.append(f"EXIF orientation {orientation} applied")
    if mode == "CMYK":
        notes.append("CMYK converted to RGB")
    elif mode.startswith("I") or mode == "F":
        notes.append(f"{mode} image scaled to 8 bits")
    luma = None if turned else _jpeg_luma(data, im)
    rgb = None
    if luma is None:
        try:
            im.load()
        except OSError as e:
            raise InputFileError(
                f"image is truncated or corrupt ({e}); the file has {_human(len(data))}: "
                "re-export or re-copy it"
            ) from e
        upright = ImageOps.exif_transpose(im) if turned else im
        rgb = np.ascontiguousarray(_to_rgb(upright), dtype=np.uint8)
    pixels = luma if luma is not None else rgb
    assert pixels is not None

    info = ImageInfo(
        path=str(path),
        width=int(pixels.shape[1]),
        height=int(pixels.shape[0]),
        mode=mode,
        format=fmt,
        pages=pages,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        notes=notes,
    )
    log.debug("loaded %s: %dx%d %s %s", path, info.width, info.height, mode, fmt)
    if luma is not None:
        return LoadedImage(info=info, luma=luma, jpeg=data)
    return LoadedImage(info=info, decoded=rgb)
