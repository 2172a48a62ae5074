"""The PP-OCRv6 line recogniser, run for real on rendered lines."""

from __future__ import annotations

import numpy as np

from pipelines.engines import pprec
from tests.conftest import render_label


def _line(text: str) -> np.ndarray:
    return np.asarray(render_label([text], size=36, pad=12).convert("L"))


def test_reads_a_printed_line() -> None:
    reading = pprec.recognise(_line("Quercus emoryi 1951"))
    assert reading.text.replace(" ", "") == "Quercusemoryi1951"
    assert reading.confidence > 0.9
    assert len(reading.scores) == len(reading.positions) == len(reading.text)
    assert list(reading.positions) == sorted(reading.positions)


def test_only_latin_script_is_emitted() -> None:
    rng = np.random.default_rng(3)
    noise = rng.integers(0, 255, (48, 400), dtype=np.uint8)
    reading = pprec.recognise(noise)
    assert all(ord(ch) < 0x250 or ch in "°′″’‘“”♀♂±×½¼¾" for ch in reading.text)


def test_model_ships_in_the_wheel() -> None:
    assert pprec.available()
    assert pprec.check().startswith("pp-ocrv6-rec (rapidocr 3.10.0)")
