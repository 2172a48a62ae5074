"""The installed package (`pip install .`, as the Docker image is built) holds every data file the
code reads: the calibration model, the gazetteers, the review app's templates."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("models", "pipelines", "worker")


def _data_files() -> list[Path]:
    return [
        p
        for top in PACKAGES
        for p in (ROOT / top).rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]


def test_every_data_file_is_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]
    files = _data_files()
    assert any(p.name == "calibration.json" for p in files)  # the walk sees data files at all
    missing = []
    for path in files:
        parts = path.relative_to(ROOT).parts
        covered = any(
            parts[: len(package.split("."))] == tuple(package.split("."))
            and any(
                fnmatch("/".join(parts[len(package.split(".")) :]), pattern) for pattern in globs
            )
            for package, globs in patterns.items()
        )
        if not covered:
            missing.append("/".join(parts))
    assert missing == [], "add these to [tool.setuptools.package-data] in pyproject.toml"
