"""Processor time of plain whole-image Tesseract on the same images: the yardstick of speed.

usage: .venv/bin/python scripts/bench_reference.py RECORDS.jsonl [-j 2]

Machines here differ about threefold in speed from one day to the next, so labelscribe's time is
reported as a ratio to `tesseract IMAGE - --psm 3` with one thread (OMP_THREAD_LIMIT=1), run on
the images of RECORDS.jsonl in the same session. Each reference run's processor time is read from
the kernel's accounting of the finished child (user + system), so running several at once does not
stretch it. Prints one JSON object: images, the reference's and labelscribe's processor seconds
per image, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


def tesseract_cpu_seconds(image: str) -> float:
    """Processor seconds of one plain whole-image Tesseract run (user + system of the child)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    proc = subprocess.Popen(
        ["tesseract", image, "-", "--psm", "3"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    _, _, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("records", type=Path, help="records.jsonl of the labelscribe run to compare")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    records = [json.loads(line) for line in args.records.open(encoding="utf-8") if line.strip()]
    timed = [r for r in records if r.get("cpu_seconds") and Path(r["source_image"]).exists()]
    if not timed:
        print("no timed records with readable images", file=sys.stderr)
        return 1
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        reference = list(pool.map(tesseract_cpu_seconds, [r["source_image"] for r in timed]))
    ours = sum(r["cpu_seconds"] for r in timed) / len(timed)
    theirs = sum(reference) / len(reference)
    print(
        json.dumps(
            {
                "images": len(timed),
                "tesseract_cpu_per_image": round(theirs, 3),
                "labelscribe_cpu_per_image": round(ours, 3),
                "ratio": round(ours / theirs, 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
