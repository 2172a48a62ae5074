"""The fonts the labels are set in: openly licensed Debian fonts, each with the package that ships it.

`check_fonts` fails up front with the `apt-get install` line to run if any is missing.
"""

from __future__ import annotations

from pathlib import Path

from PIL import ImageFont

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


def covers(key: str, text: str) -> bool:
    """Whether the font `key` draws every character of `text` (GNU Typewriter has no "&" and no
    degree sign: it draws its empty box for them, which no OCR reads as the character)."""
    face = font(key, 30)
    box = bytes(face.getmask("\U000f0000"))  # a private-use character: no font draws it
    return all(ch.isspace() or bytes(face.getmask(ch)) != box for ch in set(text))


def check_fonts() -> None:
    missing = sorted({pkg for path, pkg in FONT_FILES.values() if not path.is_file()})
    if missing:
        raise MissingFontError("fonts are missing: apt-get install -y " + " ".join(missing))
