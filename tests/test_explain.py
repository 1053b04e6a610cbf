"""Explain: reasons most important first, the policy rule last, in English or Russian."""

from __future__ import annotations

import pandas as pd

from classifier import classify, explain


def test_reasons_start_with_the_deciding_evidence_and_end_with_the_policy(model):
    row = classify(
        pd.DataFrame(
            [
                {
                    "buyer": "ООО «Вектор»",
                    "tax_id": "7707083893",
                    "product": "Кондиционер настенный",
                    "quantity": "1",
                }
            ]
        ),
        model,
    ).iloc[0]
    parts = row["reasons"].split("; ")
    assert parts[0] == "legal form ООО: the buyer is a company → B2B"
    assert (
        parts[-1]
        == "settled by policy: an organisation other than the state is B2B, whatever it buys"
    )
    assert any("household product → B2C" in p for p in parts)


def test_russian_reasons(model):
    row = classify(
        pd.DataFrame([{"buyer": "МБОУ СОШ № 2", "product": "Чайник", "quantity": "1"}]),
        model,
        lang="ru",
    ).iloc[0]
    assert row["label"] == "B2G"
    assert "государственное или муниципальное учреждение" in row["reasons"]
    assert "решено по правилу" in row["reasons"]


def test_explain_record_gives_table_probabilities_and_reasons(model):
    e = explain({"buyer": "Иванов Иван Иванович", "product": "Смартфон", "quantity": "40"}, model)
    assert e.decision["label"] == "B2C"
    assert set(e.table["rule"]) >= {"person_name", "quantity_bulk"}
    assert e.table.set_index("rule").loc["person_name", "B2C"] > 0
    assert abs(sum(e.model_proba.values()) - 1) < 1e-6
    assert e.reasons[-1].endswith("a private person with no evidence of business use is B2C")


def test_identical_records_share_one_reason_string(model):
    frame = pd.DataFrame([{"buyer": "Розничный покупатель", "product": "Чайник"}] * 5)
    labelled = classify(frame, model)
    assert labelled["reasons"].nunique() == 1
