"""Run the field parsers on gold transcriptions and write predictions for the devset scorer.

usage: python -m pipelines.fields.evaluate_text TRUTH.jsonl OUT.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipelines.fields import labels_from_text, parse_fields


def predict(row: dict[str, object]) -> dict[str, object]:
    text = str(row.get("full_text") or "")
    fields = parse_fields(labels_from_text(text))
    return {
        "id": row["id"],
        "text": text,
        "fields": {k: {"value": c.value, "confidence": c.confidence} for k, c in fields.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("truth", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    rows = [json.loads(x) for x in args.truth.read_text("utf-8").splitlines() if x.strip()]
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(predict(row), ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} predictions to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
