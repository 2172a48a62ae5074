# labelscribe worker image: Debian's Tesseract + the package. Build: docker compose build
FROM python:3.11-slim-bookworm

RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
       tesseract-ocr tesseract-ocr-eng libtesseract-dev libleptonica-dev g++ pkg-config \
       libgl1 libglib2.0-0 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY models ./models
COPY pipelines ./pipelines
COPY worker ./worker
# tesserocr is compiled against Debian's libtesseract, the same engine as the tesseract program
RUN PIP_NO_BINARY=tesserocr pip install --no-cache-dir .

# One Tesseract thread per process; parallelism comes from worker processes.
ENV OMP_THREAD_LIMIT=1 PYTHONUNBUFFERED=1
RUN useradd --create-home --uid 1000 labelscribe
USER labelscribe
ENTRYPOINT ["labelscribe"]
CMD ["worker"]
