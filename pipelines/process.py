"""The recipe for one image: load -> barcodes -> segment -> OCR -> fields -> record.

Each stage's failure becomes an error record with a reason; a failure after loading keeps what the
earlier stages found, so one bad label never costs the rest of the specimen.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray

from models.config import PipelineSettings
from models.dwc import Term
from models.errors import EngineError, LabelscribeError, OutputFolderError
from models.fields import FieldCandidate, Identification
from models.record import ErrorRecord, SpecimenRecord
from models.specimen import Barcode, ImageInfo, LabelRegion, LabelText
from pipelines.barcodes import find_barcodes
from pipelines.fields import parse_labels
from pipelines.fields.checklist import checklist_for
from pipelines.load import LoadedImage, load_image
from pipelines.ocr import OcrOptions, is_text, may_be_text, read_label, text_pixels, turn
from pipelines.outputs.folder import describe_os_error
from pipelines.printed_numbers import PrintedNumbers
from pipelines.record import check_printed, occurrence_id, same_number, specimen_id
from pipelines.segment import segment_labels

log = logging.getLogger(__name__)

# Images are read in parallel, one process per core, and every engine runs single-threaded in its
# process (onnx.session, tesseract's OMP_THREAD_LIMIT); OpenCV's own pool of one thread per core
# made the two worker processes of a 2-core machine run four threads (load average 3.7 during a
# devset run, 2.0 without; the same results).
cv2.setNumThreads(1)


def _error(stage: str, e: Exception) -> ErrorRecord:
    if isinstance(e, LabelscribeError):
        return ErrorRecord(stage=stage, kind=e.kind, message=e.message, transient=e.transient)
    return ErrorRecord(stage=stage, kind="internal", message=f"{type(e).__name__}: {e}")


def _save_crop(image: LoadedImage, text: LabelText, region: LabelRegion, folder: Path) -> str:
    """Save the label upright for review; return its path relative to the output folder.

    Encoded in memory and written by Python: OpenCV's imwrite takes a path it cannot always encode
    (a file name that is not UTF-8 crashed it) and reports a full disk only by returning False.
    A folder that cannot be written raises OutputFolderError, which stops the batch: every other
    image would fail the same way.
    """
    b = region.box
    crop = turn(image.rgb[b.y : b.y2, b.x : b.x2], text.rotation)
    path = folder / f"label-{region.index:02d}.jpg"
    ok, jpeg = cv2.imencode(
        ".jpg", cv2.cvtColor(crop, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 90]
    )
    if not ok:
        raise EngineError(f"cannot encode the crop of label {region.index} as JPEG")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(jpeg.tobytes())
    except OSError as e:
        raise OutputFolderError(f"cannot save label crops: {describe_os_error(e, folder)}") from e
    return str(Path("crops") / folder.name / path.name)


def build_record(
    path: Path,
    settings: PipelineSettings,
    *,
    image_id: str,
    image: ImageInfo | None = None,
    barcodes: list[Barcode] | None = None,
    labels: list[LabelRegion] | None = None,
    texts: list[LabelText] | None = None,
    fields: dict[str, FieldCandidate] | None = None,
    identifications: list[Identification] | None = None,
    errors: list[ErrorRecord] | None = None,
    seconds: float = 0.0,
    cpu_seconds: float = 0.0,
) -> SpecimenRecord:
    """Key the record by barcode, file name pattern or stem, and attach everything found."""
    barcodes = barcodes or []
    fields = dict(fields or {})
    printed = fields.get(Term.catalogNumber.value)
    catalog, id_source, candidate = specimen_id(path, barcodes, settings.catalog_number_pattern)
    if id_source == "barcode_text" and printed is not None and candidate is not None:
        if same_number(printed.value, candidate.value):  # read on the label too: surer
            sure = max(printed.confidence, candidate.confidence)
            candidate = candidate.model_copy(update={"confidence": sure})
        elif printed.confidence >= candidate.confidence:
            # a number OCR'd beside the bars does not displace a surer one read on the labels
            catalog, id_source, candidate = None, "file_stem", None
    if candidate is not None:
        barcode = id_source == "barcode"
        fields[Term.catalogNumber.value] = (
            check_printed(candidate, printed) if barcode else candidate
        )
    dataset = settings.dataset
    return SpecimenRecord(
        source_image=str(path),
        image_id=image_id,
        occurrence_id=occurrence_id(
            catalog,
            image_id,
            institution=dataset.institution_code,
            collection=dataset.collection_code,
        ),
        catalog_number=catalog or (printed.value if printed else None),
        id_source=id_source,
        image=image,
        barcodes=barcodes,
        labels=labels or [],
        label_texts=texts or [],
        fields=fields,
        identifications=identifications or [],
        errors=errors or [],
        seconds=round(seconds, 3),
        cpu_seconds=round(cpu_seconds, 3),
    )


def _read_labels(
    image: LoadedImage,
    gray: NDArray[np.uint8],
    regions: list[LabelRegion],
    settings: PipelineSettings,
    *,
    crops: Path | None,
    errors: list[ErrorRecord],
) -> tuple[list[LabelRegion], list[LabelText]]:
    """OCR each region; keep the ones that read as text, renumbered in reading order."""
    options = OcrOptions(
        langs=settings.ocr.languages,
        timeout=settings.ocr.timeout_seconds,
        backend=settings.ocr.backend,
        second_recogniser=settings.ocr.second_recogniser,
    )
    kept: list[LabelRegion] = []
    texts: list[LabelText] = []
    for region in regions:
        if not may_be_text(region):
            log.debug("%s: region %d is a lone glyph, not read", image.info.path, region.index)
            continue
        try:
            text = read_label(gray, region, options)
        except Exception as e:
            errors.append(_error(f"ocr label {region.index}", e))
            continue
        if not is_text(text):
            log.debug("%s: region %d is not text (%s)", image.info.path, region.index, text.flags)
            continue
        region = region.model_copy(update={"index": len(kept)})
        text = text.model_copy(update={"label": region.index})
        if crops is not None:
            region = region.model_copy(update={"crop": _save_crop(image, text, region, crops)})
        kept.append(region)
        texts.append(text)
    return kept, texts


def process_image(
    path: Path,
    settings: PipelineSettings,
    *,
    image_id: str | None = None,
    out_dir: Path | None = None,
) -> SpecimenRecord:
    """Turn one specimen image into one record; bad input gives a record with errors.

    Raises only OutputFolderError, when the label crops cannot be written (a full or read-only
    output folder): that is the batch's problem, not the image's.
    """
    started, cpu_started = time.perf_counter(), time.process_time()
    image_id = image_id or path.stem
    errors: list[ErrorRecord] = []
    try:
        image = load_image(path, max_pixels=settings.max_image_pixels)
    except Exception as e:
        errors.append(_error("load", e))
        return build_record(
            path,
            settings,
            image_id=image_id,
            errors=errors,
            seconds=time.perf_counter() - started,
            cpu_seconds=time.process_time() - cpu_started,
        )

    barcodes: list[Barcode] = []
    try:
        barcodes = find_barcodes(
            image,
            settings.barcode_formats,
            light_on_dark=settings.barcodes_light_on_dark,
            printed=PrintedNumbers(
                # digits and capitals: the first language's model reads them
                langs=settings.ocr.languages.split("+")[0],
                timeout=settings.ocr.timeout_seconds,
                backend=settings.ocr.backend,
                second_recogniser=settings.ocr.second_recogniser,
            ),
        )
    except Exception as e:
        errors.append(_error("barcodes", e))

    gray = text_pixels(image, barcodes)
    regions: list[LabelRegion] = []
    try:
        regions = segment_labels(
            gray,
            max_labels=settings.ocr.max_labels,
            max_side=settings.ocr.detector_max_side,
            codes=[code.box for code in barcodes],
        )
    except Exception as e:
        errors.append(_error("segment", e))

    crops = out_dir / "crops" / image_id if out_dir is not None and settings.save_crops else None
    labels, texts = _read_labels(image, gray, regions, settings, crops=crops, errors=errors)

    fields: dict[str, FieldCandidate] = {}
    identifications: list[Identification] = []
    try:
        parsed = parse_labels(texts, checklist=checklist_for(settings.checklist_path))
        fields, identifications = parsed.fields, parsed.identifications
    except Exception as e:
        errors.append(_error("fields", e))

    return build_record(
        path,
        settings,
        image_id=image_id,
        image=image.info,
        barcodes=barcodes,
        labels=labels,
        texts=texts,
        fields=fields,
        identifications=identifications,
        errors=errors,
        seconds=time.perf_counter() - started,
        cpu_seconds=time.process_time() - cpu_started,
    )
