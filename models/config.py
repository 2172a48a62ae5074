"""Typed settings the stages receive; read from the environment only at the edge (worker.settings)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator

BasisOfRecord = Literal[
    "PreservedSpecimen", "FossilSpecimen", "LivingSpecimen", "MaterialSample", "MaterialCitation"
]
License = Literal["CC0-1.0", "CC-BY-4.0", "CC-BY-NC-4.0"]


class DatasetMetadata(BaseModel):
    """What goes into the archive's eml.xml and the constant columns of occurrence.csv."""

    title: str = "Specimen labels transcribed by labelscribe"
    description: str = "Darwin Core records extracted from specimen label images by OCR."
    publisher: str = "Unknown publisher"
    contact_name: str = "Collections data manager"
    contact_email: str = ""
    license: License = "CC-BY-4.0"
    institution_code: str = ""
    collection_code: str = ""
    basis_of_record: BasisOfRecord = "PreservedSpecimen"
    language: str = "en"


class OcrSettings(BaseModel):
    """How labels are read."""

    languages: str = Field("eng", description="Tesseract language codes joined by '+'")
    timeout_seconds: float = Field(60.0, gt=0, le=3600)
    # regions are ranked by how many letters they hold, so noise comes last (devset: 12 -> 16
    # gave word F1 0.8288 -> 0.8296 at 0.91 -> 0.92 s per image)
    max_labels: int = Field(16, ge=1, le=100, description="label regions read per image")
    backend: Literal["auto", "tesserocr", "pytesseract"] = Field(
        "auto", description="how Tesseract is called: in-process (tesserocr) or as a program"
    )
    second_recogniser: bool = Field(
        True, description="read lines Tesseract is unsure of with the PP-OCRv6 recogniser too"
    )
    detector_max_side: int = Field(
        2000, ge=320, le=4096, description="largest copy (long side) the text detector reads"
    )


class PipelineSettings(BaseModel):
    """Everything a stage may need, as one typed, picklable value."""

    ocr: OcrSettings = Field(default_factory=OcrSettings)
    dataset: DatasetMetadata = Field(default_factory=DatasetMetadata)
    max_image_pixels: int = Field(
        120_000_000, ge=1_000_000, description="refuse larger images (decompression bombs)"
    )
    catalog_number_pattern: str | None = Field(
        None,
        description="regular expression applied to the file name when no barcode is decoded; "
        "its first group (or the whole match) becomes the catalogue number",
    )
    barcode_formats: str = Field(
        "AllLinear,QRCode,DataMatrix",
        description="the barcode symbologies looked for, as zxing-cpp names them, comma separated "
        "(add PDF417, Aztec, MicroQRCode, ... if a collection uses them; each costs time)",
    )
    barcodes_light_on_dark: bool = Field(
        False,
        description="also look for codes printed light on a dark ground (a quarter more barcode "
        "time; specimen labels print their codes dark on light)",
    )
    save_crops: bool = True
    checklist_path: Path | None = Field(
        None,
        description="CSV of the collection's accepted scientific names (a scientificName column, "
        "or the first column): confirms parsed names and corrects near misses",
    )

    @field_validator("barcode_formats")
    @classmethod
    def _known_formats(cls, value: str) -> str:
        import zxingcpp

        try:
            zxingcpp.barcode_formats_from_str(value)
        except ValueError as e:
            raise ValueError(f"not barcode formats zxing-cpp knows: {e}") from e
        return value

    @field_validator("catalog_number_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as e:
                raise ValueError(f"not a valid regular expression: {e}") from e
        return value


class QueueSettings(BaseModel):
    """Where the job queue lives and how its jobs are run (queue mode only)."""

    redis_url: str = Field(
        "redis://localhost:6379/0",
        description="redis://[:password@]host:port/db, rediss:// for TLS, or unix:///path.sock",
    )
    name: str = Field("labelscribe", description="the rq queue that submit fills and workers read")
    job_timeout: int = Field(600, ge=10, le=86_400, description="seconds one image may take")
    retries: int = Field(2, ge=0, le=20, description="extra attempts after a transient failure")
    result_ttl: int = Field(600, ge=0, description="seconds rq keeps a finished job in Redis")
    failure_ttl: int = Field(30 * 86_400, ge=60, description="seconds a failed job stays listed")
    heartbeat_seconds: int = Field(10, ge=1, le=600, description="how often a busy worker reports")
    abandoned_after: int = Field(
        60, ge=1, le=3600, description="seconds without a heartbeat before a job counts as lost"
    )
    maintenance_seconds: int = Field(
        60, ge=1, le=3600, description="how often workers look for lost jobs"
    )
    fork_per_job: bool = Field(
        False, description="run each job in a forked child (rq's default) instead of in-process"
    )
    connect_timeout: float = Field(5.0, gt=0, le=120)
    reconnect_seconds: float = Field(
        60.0, ge=0, le=3600, description="how long a command waits for Redis to come back"
    )
    ssl_ca_certs: str | None = Field(None, description="CA bundle for rediss:// with a private CA")

    @field_validator("redis_url")
    @classmethod
    def _scheme(cls, value: str) -> str:
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// (TLS) or unix://")
        return value

    @field_validator("name")
    @classmethod
    def _queue_name(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", value):
            raise ValueError("use letters, digits and _ . : - (at most 64)")
        return value
