"""What the two PP-OCRv6 engines share: their models' home and a single-threaded ONNX session.

The models ship inside the pinned `rapidocr` wheel (Apache-2.0), so nothing is downloaded at run
time; only its model files are used.
"""

from __future__ import annotations

from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from models.errors import MissingDependencyError

PACKAGE = "rapidocr"
INSTALL_HINT = f"install it with: pip install '{PACKAGE}==3.10.0'"


def model_path(relative: str) -> Path | None:
    """A model file inside the wheel, or None when the wheel is not installed."""
    try:
        path = Path(str(resources.files("rapidocr").joinpath(relative)))
    except ModuleNotFoundError:
        return None
    return path if path.is_file() else None


def available(relative: str) -> bool:
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return model_path(relative) is not None


def version(name: str) -> str:
    return f"{name} ({PACKAGE} {metadata.version(PACKAGE)})"


def check(what: str, relative: str) -> None:
    if not available(relative):
        raise MissingDependencyError(f"the {what} model is not installed: {INSTALL_HINT}")


@cache
def session(relative: str) -> Any:
    """One inference session per process and model, single-threaded: we parallelise across images."""
    import onnxruntime as ort

    path = model_path(relative)
    if path is None:
        raise MissingDependencyError(f"the model {relative} is not installed: {INSTALL_HINT}")
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
