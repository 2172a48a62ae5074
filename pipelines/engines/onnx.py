"""What the two PP-OCRv6 engines share: their models' home and a single-threaded ONNX session.

The models ship inside the pinned `rapidocr` wheel (Apache-2.0), so nothing is downloaded at run
time; only its model files are used. A model derived from one of them (`derived`: the recogniser
with its output layer cut to the characters labelscribe decodes) is built from the wheel's file on
first use and kept in the user's cache folder, so later processes load it without rebuilding.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from models.errors import MissingDependencyError

log = logging.getLogger(__name__)

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


def cache_dir() -> Path:
    """Where derived models are kept: $XDG_CACHE_HOME/labelscribe, else ~/.cache/labelscribe."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "labelscribe"


def derived(relative: str, tag: str, derive: Callable[[bytes], bytes]) -> Path | bytes:
    """The model `derive` makes from the wheel's model `relative`: the cached file when there is
    one, else built now and cached (named by `tag` and the source's hash, so a new wheel gets a new
    file); the built bytes themselves when the cache folder cannot be written."""
    path = model_path(relative)
    if path is None:
        raise MissingDependencyError(f"the model {relative} is not installed: {INSTALL_HINT}")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
    target = cache_dir() / f"{path.stem}.{tag}.{digest}.onnx"
    if target.is_file():
        return target
    built = derive(data)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.write_bytes(built)
        partial.replace(target)  # atomic: workers starting together never read half a file
    except OSError as e:
        log.warning("cannot keep the derived model in %s (%s); it is rebuilt each run", target, e)
        return built
    log.info("derived model %s written to %s", tag, target)
    return target


@cache
def session(relative: str) -> Any:
    """One inference session per process and model, single-threaded: we parallelise across images."""
    path = model_path(relative)
    if path is None:
        raise MissingDependencyError(f"the model {relative} is not installed: {INSTALL_HINT}")
    return session_of(path)


def session_of(model: Path | bytes) -> Any:
    """A single-threaded inference session of a model file or a model's bytes."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    source = model if isinstance(model, bytes) else str(model)
    return ort.InferenceSession(source, sess_options=options, providers=["CPUExecutionProvider"])
