"""A small logistic model per term family (dates, names, people, places, ...) that turns features
into a calibrated probability.

The parameters are fitted offline (`scripts/bench_fields.py --fit`) and shipped as
`data/calibration.json`; nothing is fitted at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache
from importlib import resources

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, Field

from pipelines.confidence.features import FEATURES

DATA = "data/calibration.json"


class LogisticModel(BaseModel):
    weights: list[float]
    samples: int = Field(0, description="how many judged candidates it was fitted on")


class CalibrationModel(BaseModel):
    features: list[str]
    models: dict[str, LogisticModel] = Field(description="by term family")
    # about 160 labels cannot show an error rate below 1 in 50: claim no more certainty than that
    ceiling: float = Field(0.98, ge=0.5, le=1.0, description="no field is more certain")
    note: str = ""

    def probability(self, family: str, x: Sequence[float]) -> float:
        model = self.models.get(family)
        if model is None:
            return 0.5
        z = sum(w * v for w, v in zip(model.weights, x, strict=True))
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return min(p, self.ceiling)


@cache
def default_model() -> CalibrationModel:
    text = resources.files("pipelines.confidence").joinpath(DATA).read_text("utf-8")
    model = CalibrationModel.model_validate(json.loads(text))
    if tuple(model.features) != FEATURES:
        raise RuntimeError(f"{DATA} was fitted on other features: refit it")
    return model


def fit_logistic(
    x: NDArray[np.float64], y: NDArray[np.float64], *, l2: float = 1.0, iterations: int = 50
) -> NDArray[np.float64]:
    """Weights of an L2-regularised logistic regression (Newton's method); the bias (column 0)
    is not penalised. Small data, few features: exact and dependency-free."""
    _, k = x.shape
    w = np.zeros(k)
    penalty = np.full(k, l2)
    penalty[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(k)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return w
