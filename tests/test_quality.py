"""Model quality on data the model was not trained on: the corpus's held-out part and the
independently written test set. Figures are macro-F1 over B2B, B2C and B2G."""

from __future__ import annotations

import pytest

from classifier import evaluate, read_orders
from tests.conftest import REPO

HELD_OUT = [
    REPO / "data" / "test.csv",
    REPO / "data" / "independent" / "orders_ru.csv",
    REPO / "data" / "independent" / "orders_en.csv",
]


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_macro_f1_and_b2x_ahead_of_each_baseline(path, model):
    report = evaluate(read_orders(path), "label", model)
    b2x = report.systems["b2x"].macro_f1
    assert b2x >= 0.95
    assert b2x >= report.systems["rules alone"].macro_f1
    assert b2x >= report.systems["model alone"].macro_f1
