#!/usr/bin/env bash
# The main job on the bundled samples: set up, run the pipeline on samples/ into out/, score it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/labelscribe run samples -o out --fresh "$@"
.venv/bin/labelscribe evaluate samples/truth.jsonl out
