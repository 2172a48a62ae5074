"""The stages of the label pipeline: load, barcodes, segment, OCR, fields, record, outputs."""
