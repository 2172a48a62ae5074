"""The PP-OCRv6 line recogniser, run for real on rendered lines."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipelines.engines import onnx as onnx_engine
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


def test_the_latin_head_reads_as_the_whole_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The output layer cut to the allowed classes picks the same characters; it is built once
    into the cache folder and loaded from there after."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    full = onnx_engine.session(pprec.MODEL)
    characters = full.get_modelmeta().custom_metadata_map["character"].splitlines()
    alphabet = pprec._alphabet(characters)
    allowed = pprec._allowed(alphabet)
    built = onnx_engine.derived(pprec.MODEL, "test", pprec._latin_head)
    assert isinstance(built, Path) and built.parent == tmp_path / "labelscribe"
    assert onnx_engine.derived(pprec.MODEL, "test", _never) == built  # cached
    latin = onnx_engine.session_of(built)
    kept = latin.get_modelmeta().custom_metadata_map["character"].splitlines()
    assert pprec._alphabet(kept) == [alphabet[i] for i in allowed]
    x = pprec._prepare(_line("Leg. K. Muster 12.VI.1987"))
    whole = full.run(None, {"x": x})[0][0][:, allowed]
    cut = latin.run(None, {"x": x})[0][0]
    assert cut.shape == whole.shape
    assert np.array_equal(cut.argmax(axis=1), whole.argmax(axis=1))
    assert np.all(cut.max(axis=1) >= whole.max(axis=1) - 1e-5)  # normalised over fewer classes


def _never(data: bytes) -> bytes:
    raise AssertionError("a cached model is not built again")


def test_a_cache_that_cannot_be_written_gives_the_model_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    built = onnx_engine.derived(pprec.MODEL, "test", lambda data: b"model")
    assert built == b"model"
