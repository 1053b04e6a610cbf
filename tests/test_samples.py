"""The bundled samples: every row labelled, every order as data/samples/expected.csv says."""

from __future__ import annotations

import csv

import pytest

from classifier import classify, read_orders
from classifier.columns import canonical
from classifier.fields import map_columns
from tests.conftest import SAMPLES


def _expected() -> dict[str, dict[str, tuple[str, bool]]]:
    out: dict[str, dict[str, tuple[str, bool]]] = {}
    with (SAMPLES / "expected.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["file"], {})[row["order_id"]] = (
                row["label"],
                row["ambiguous"].strip().lower() == "true",
            )
    return out


EXPECTED = _expected()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_orders_are_labelled_as_the_policy_says(name, model):
    frame = read_orders(SAMPLES / name)
    labelled = classify(frame, model)
    assert len(labelled) == len(frame)
    order = canonical(frame, map_columns(frame))["order_id"]
    got = labelled.assign(_order=order.to_numpy()).groupby("_order")
    wrong = []
    for order_id, (label, _) in EXPECTED[name].items():
        lines = got.get_group(order_id)
        assert lines["label"].nunique() == 1, f"order {order_id} has mixed labels"
        if lines["label"].iloc[0] != label:
            wrong.append((order_id, label, lines["label"].iloc[0], lines["reasons"].iloc[0]))
    assert not wrong, wrong


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_ambiguous_flags(name, model):
    frame = read_orders(SAMPLES / name)
    labelled = classify(frame, model)
    order = canonical(frame, map_columns(frame))["order_id"]
    flags = labelled.assign(_order=order.to_numpy()).groupby("_order")["ambiguous"].first()
    expected = {o: amb for o, (_, amb) in EXPECTED[name].items()}
    missed = [o for o, amb in expected.items() if amb and not flags[o]]
    assert not missed, f"orders the policy calls ambiguous but b2x does not flag: {missed}"
