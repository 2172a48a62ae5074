#!/usr/bin/env bash
# Install the system engines (Tesseract and its development files, Redis, fonts for the generated
# samples) and the Python package with its development tools into .venv. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
    tesseract-ocr tesseract-ocr-eng          # the OCR engine and its English data (the default)
    tesseract-ocr-script-latn                # the Latin-script model: accents (LABELSCRIBE_OCR__LANGUAGES=Latin)
    libtesseract-dev libleptonica-dev pkg-config g++   # to build tesserocr against that engine
    libgl1 libglib2.0-0                      # loaded by OpenCV
    redis-server                             # queue mode
    chromium                                 # the review app's browser tests (Playwright)
    fonts-dejavu-core fonts-urw-base35 fonts-gnutypewriter fonts-dkg-handwriting  # samples
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "installing system packages: ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# tesserocr is compiled against the system's libtesseract so that both ways of calling Tesseract
# (in-process and the `tesseract` program) run the same engine version
PIP_NO_BINARY=tesserocr .venv/bin/python -m pip install -q -e '.[dev]'
# hespi ships the World Flora Online's genera with their synonyms (data/genus.txt, Apache-2.0 code,
# the lists' own attribution in its references.bib); only that file is read, so none of the
# package's own dependencies (torch, ...) is installed
.venv/bin/python -m pip install -q --no-deps hespi==0.6.2
system=$(tesseract --version 2>&1 | head -n 1 | awk '{print $2}')
linked=$(.venv/bin/python -c 'import tesserocr; print(tesserocr.tesseract_version().split()[1])' 2>/dev/null || true)
if [ "$system" != "$linked" ]; then
    echo "rebuilding tesserocr against Tesseract $system (was: ${linked:-none})" >&2
    PIP_NO_BINARY=tesserocr .venv/bin/python -m pip install -q --force-reinstall --no-deps --no-cache-dir tesserocr
fi
