from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from models.errors import InputFileError
from pipelines.load import load_image

LIMIT = 120_000_000


def _png_claiming(path: Path, width: int, height: int) -> None:
    """A tiny valid PNG whose header claims another size (how decompression bombs look)."""
    Image.new("L", (16, 16)).save(path)
    data = bytearray(path.read_bytes())
    ihdr = 8 + 8  # signature, then length + type of the IHDR chunk
    data[ihdr : ihdr + 8] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr - 4 : ihdr + 13]))
    data[ihdr + 13 : ihdr + 17] = struct.pack(">I", crc)
    path.write_bytes(bytes(data))


def test_zero_bytes(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    with pytest.raises(InputFileError, match=r"file is empty \(0 bytes\)"):
        load_image(path, max_pixels=LIMIT)


def test_text_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("collector: J. Smith\n")
    with pytest.raises(InputFileError, match="not an image: the file's 20 bytes look like text"):
        load_image(path, max_pixels=LIMIT)


def test_truncated_jpeg(tmp_path: Path) -> None:
    full = tmp_path / "full.jpg"
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (400, 600, 3), dtype=np.uint8)).save(full, quality=90)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(full.read_bytes()[: full.stat().st_size // 3])
    with pytest.raises(InputFileError, match="image is truncated or corrupt"):
        load_image(cut, max_pixels=LIMIT)


def test_decompression_bomb_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    _png_claiming(path, 30000, 30000)
    with pytest.raises(InputFileError, match="image is 30000x30000 = 900 megapixels"):
        load_image(path, max_pixels=LIMIT)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="file not found"):
        load_image(tmp_path / "nope.jpg", max_pixels=LIMIT)


def test_cmyk_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (64, 48), (0, 255, 255, 0)).save(path)  # pure red in CMYK
    loaded = load_image(path, max_pixels=LIMIT)
    assert loaded.rgb.shape == (48, 64, 3)
    r, g, b = loaded.rgb[24, 32].tolist()
    assert r > 200 and g < 60 and b < 60
    assert loaded.info.mode == "CMYK"
    assert "CMYK converted to RGB" in loaded.info.notes


def test_16bit_tiff_is_stretched_to_8_bits(tmp_path: Path) -> None:
    path = tmp_path / "scan16.tif"
    arr = np.zeros((40, 50), dtype=np.uint16)
    arr[:, 25:] = 4000  # a 12-bit scanner's white
    Image.fromarray(arr).save(path)
    loaded = load_image(path, max_pixels=LIMIT)
    assert loaded.info.mode.startswith("I;16")
    assert loaded.rgb[0, 0].tolist() == [0, 0, 0]
    assert loaded.rgb[0, 30].tolist() == [255, 255, 255]


def test_multipage_tiff_reads_first_page(tmp_path: Path) -> None:
    path = tmp_path / "pages.tif"
    pages = [Image.new("L", (30, 30), v) for v in (10, 200, 90)]
    pages[0].save(path, save_all=True, append_images=pages[1:])
    loaded = load_image(path, max_pixels=LIMIT)
    assert loaded.info.pages == 3
    assert loaded.info.notes == ["multi-page file: read page 1 of 3"]
    assert loaded.rgb[5, 5].tolist() == [10, 10, 10]


def test_rgba_png_composited_on_white(tmp_path: Path) -> None:
    path = tmp_path / "alpha.png"
    Image.new("RGBA", (20, 20), (0, 0, 0, 0)).save(path)
    assert load_image(path, max_pixels=LIMIT).rgb[10, 10].tolist() == [255, 255, 255]


def test_exif_orientation_applied(tmp_path: Path) -> None:
    path = tmp_path / "rotated.jpg"
    im = Image.new("RGB", (80, 40), (255, 255, 255))
    im.paste((0, 0, 0), (0, 0, 10, 40))  # dark band on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned: display rotated 90 degrees clockwise
    im.save(path, exif=exif.tobytes(), quality=95)
    loaded = load_image(path, max_pixels=LIMIT)
    assert (loaded.info.width, loaded.info.height) == (40, 80)
    assert loaded.rgb[2, 20].mean() < 60  # the band is now along the top
    assert loaded.rgb[78, 20].mean() > 200
    assert loaded.info.notes == ["EXIF orientation 6 applied"]


@pytest.mark.parametrize("mode", ["RGB", "L"])
def test_jpeg_pixels_as_pillow_decodes_them(tmp_path: Path, mode: str) -> None:
    """Whole JPEGs are decoded by OpenCV, the rest by Pillow: the pixels are the same."""
    rng = np.random.default_rng(7)
    noise = rng.integers(0, 256, (60, 90, 3 if mode == "RGB" else 1), dtype=np.uint8).squeeze()
    path = tmp_path / f"{mode}.jpg"
    Image.fromarray(noise).save(path, quality=80)
    expected = np.asarray(Image.open(path).convert("RGB"))
    assert np.array_equal(load_image(path, max_pixels=LIMIT).rgb, expected)
    padded = tmp_path / f"{mode}-padded.jpg"  # some scanners pad files with zeros
    padded.write_bytes(path.read_bytes() + bytes(64))
    assert np.array_equal(load_image(padded, max_pixels=LIMIT).rgb, expected)


def test_sha256_and_size_recorded(sheet_path: Path) -> None:
    import hashlib

    loaded = load_image(sheet_path, max_pixels=LIMIT)
    assert loaded.info.sha256 == hashlib.sha256(sheet_path.read_bytes()).hexdigest()
    assert loaded.info.bytes == sheet_path.stat().st_size
    assert (loaded.info.width, loaded.info.height) == (1800, 2600)


def test_a_colour_jpeg_is_read_grey_and_its_colour_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "label.jpg"
    pixels = np.zeros((60, 80, 3), np.uint8)
    pixels[:] = np.linspace(120, 250, 80, dtype=np.uint8)[None, :, None]  # uneven light
    pixels[20:40, 10:70] = (200, 30, 40)  # a red stamp
    Image.fromarray(pixels).save(path, quality=95)
    loaded = load_image(path, max_pixels=LIMIT)
    assert loaded.decoded is None and loaded.luma is not None  # no colour decoded yet
    assert loaded.gray.shape == (60, 80)
    with Image.open(path) as im:
        expected_rgb = np.asarray(im.convert("RGB"))
        expected_luma = np.asarray(im.convert("L"))
    assert np.array_equal(loaded.rgb, expected_rgb)  # the same pixels as Pillow's decode
    # the file's luma: the grey of its decoded colour but for roundings (and the colour's clipping
    # at sharp edges, which chroma subsampling blurs)
    difference = np.abs(loaded.gray.astype(int) - expected_luma.astype(int))
    assert difference.mean() < 0.5
    assert (loaded.info.width, loaded.info.height) == (80, 60)


def test_a_png_is_decoded_in_colour_and_made_grey(tmp_path: Path) -> None:
    path = tmp_path / "label.png"
    Image.new("RGB", (30, 20), (255, 0, 0)).save(path)
    loaded = load_image(path, max_pixels=LIMIT)
    assert loaded.luma is None and loaded.decoded is not None
    assert loaded.rgb[5, 5].tolist() == [255, 0, 0]
    assert loaded.gray[5, 5] == 76  # 0.299 * 255
