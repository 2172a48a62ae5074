"""Typed data models shared by every stage: geometry, OCR text, field candidates, records, errors."""
