"""A small logistic model per term family (dates, names, people, places, ...) that turns features
into a calibrated probability.

The parameters are fitted offline (`scripts/bench_fields.py --fit`) and shipped as
`data/calibration.json`; nothing is fitted at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
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
    rules: dict[str, float] = Field(
        default_factory=dict,
        description="'term:rule' (and 'family:*') -> the log-odds that its values were right, "
        "smoothed toward the family's rate: the rule_rate feature",
    )
    note: str = ""

    def probability(self, family: str, x: Sequence[float]) -> float:
        model = self.models.get(family)
        if model is None:
            return 0.5
        z = sum(w * v for w, v in zip(model.weights, x, strict=True))
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return self.bounded(p)

    def bounded(self, p: float) -> float:
        """`p` with its top decile [0.9, 1] pressed into [0.9, ceiling]: no field is called surer
        than the ceiling, and the order of the surest fields is kept (a clamp would tie them all
        at the ceiling, and a curator's threshold could then only take or leave them together)."""
        if p <= 0.9:
            return p
        return 0.9 + (p - 0.9) * (self.ceiling - 0.9) / 0.1


@cache
def default_model() -> CalibrationModel:
    text = resources.files("pipelines.confidence").joinpath(DATA).read_text("utf-8")
    model = CalibrationModel.model_validate(json.loads(text))
    if tuple(model.features) != FEATURES:
        raise RuntimeError(f"{DATA} was fitted on other features: refit it")
    return model


# how many judged values a rule needs before its own rate outweighs its family's
SMOOTHING = 5.0


def _logit(p: float) -> float:
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1 - p))


def rule_rates(outcomes: Iterable[tuple[str, str, bool]]) -> dict[str, float]:
    """(rule key 'term:rule', family, right?) for judged values -> the rule_rate feature's table:
    each rule's log-odds of being right, smoothed toward its family's rate, and each family's rate
    under 'family:*' for rules the table has not seen."""
    by_rule: dict[str, list[int]] = {}
    by_family: dict[str, list[int]] = {}
    family_of: dict[str, str] = {}
    for key, family, ok in outcomes:
        for table, k in ((by_rule, key), (by_family, family)):
            counts = table.setdefault(k, [0, 0])
            counts[0] += ok
            counts[1] += 1
        family_of[key] = family
    prior = {f: (right + 1) / (n + 2) for f, (right, n) in by_family.items()}
    out = {f"{f}:*": round(_logit(p), 4) for f, p in prior.items()}
    for key, (right, n) in by_rule.items():
        p = prior[family_of[key]]
        out[key] = round(_logit((right + SMOOTHING * p) / (n + SMOOTHING)), 4)
    return out


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
