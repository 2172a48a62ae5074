#!/usr/bin/env bash
# Accuracy and speed on a truth set in the devset format (default ../shared/devset).
# Usage: scripts/bench_devset.sh [DEVSET_DIR] [OUT_DIR] [extra `labelscribe run` options]
# PYTHON names the interpreter (default .venv/bin/python; a git worktree without its own .venv
# can use the main checkout's: PYTHON=/path/to/main/.venv/bin/python). The code run is this
# checkout's, whichever interpreter runs it.
# Prints the machine, wall time, images/hour, processor time as a ratio to plain whole-image
# Tesseract on the same images (scripts/bench_reference.py), then the scores per source.
set -euo pipefail
cd "$(dirname "$0")/.."
devset=${1:-../shared/devset}
out=${2:-bench/devset}
py=${PYTHON:-.venv/bin/python}
labelscribe() { "$py" -c 'import sys; from worker.cli import main; sys.argv[0] = "labelscribe"; main()' "$@"; }
shift $(( $# > 2 ? 2 : $# )) || true
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(lscpu | sed -n 's/^Model name: *//p')"
echo "date: $(date -u +%F), commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo '+dirty')"
rm -rf "$out"
start=$(date +%s.%N)
labelscribe run "$devset/images" -o "$out" --no-progress --no-crops "$@"
end=$(date +%s.%N)
n=$(wc -l < "$out/records.jsonl")
python3 - "$start" "$end" "$n" "$out/records.jsonl" <<'PY'
import json, sys
start, end, n = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
records = [json.loads(line) for line in open(sys.argv[4], encoding="utf-8")]
took = sum(r.get("seconds", 0.0) for r in records) / max(1, len(records))
cpu = sum(r.get("cpu_seconds", 0.0) for r in records) / max(1, len(records))
wall = end - start
print(
    f"images: {n}, wall: {wall:.0f} s, {n / wall * 3600:.0f} images/hour, {took:.2f} s per image "
    f"in its worker, {cpu:.2f} s of one core (processor time)"
)
PY
# speed as a ratio to plain whole-image Tesseract (one thread) on the same images, this session
echo "reference, plain tesseract IMAGE - --psm 3 (one thread) on the same images:"
"$py" scripts/bench_reference.py "$out/records.jsonl" -j "$(nproc)" | tee "$out/reference.json"
labelscribe evaluate "$devset/truth.jsonl" "$out" --by-source --json > "$out/scores.json"
labelscribe evaluate "$devset/truth.jsonl" "$out" --by-source
