"""Rule report: per-rule counts, shares, pairs and accuracy, on hand-made and real evidence."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from rich.console import Console

from classifier import load_model, read_orders
from classifier.pipeline import analyse
from classifier.reports.rules import RuleReport, render_rule_report, rule_report
from classifier.rules.base import RULES

REPO = Path(__file__).resolve().parents[1]

# Eight rows over seven real rules. Strong rules (strength ≥ 0.5): company_form (B2B),
# kpp (B2B/B2G), person_name (B2C), state_form (B2G), product_household (B2C);
# free_email (B2C) is weak; ogrn never fires.
RULE_IDS = [
    "company_form",
    "kpp",
    "person_name",
    "state_form",
    "product_household",
    "free_email",
    "ogrn",
]
# (fired rules with their matched text, b2x label, settled_by, true label)
ROWS = [
    (
        {"company_form": "ООО", "kpp": "770101001", "free_email": "ivan@mail.ru"},
        "B2B",
        "company_form",
        "B2B",
    ),
    (
        {"company_form": "АО", "kpp": "770201001", "product_household": "чайник"},
        "B2B",
        "company_form",
        "B2B",
    ),
    ({"kpp": "771001001", "state_form": "ГБУ"}, "B2G", "state_form", "B2G"),
    ({"person_name": "Иванов", "product_household": "чайник"}, "B2C", "", "B2C"),
    ({"person_name": "Петров", "product_household": "чайник"}, "B2C", "", "B2B"),
    ({"company_form": "ООО", "person_name": "Сидоров"}, "B2B", "company_form", "B2C"),
    (
        {"kpp": "772001001", "state_form": "МБУ", "product_household": "чайник"},
        "B2G",
        "state_form",
        "B2G",
    ),
    ({"person_name": "Орлова", "product_household": "чайник"}, "B2C", "", "B2C"),
]


def frames(copies: int = 1) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series]:
    """Evidence, decision and truth of the eight rows, repeated ``copies`` times."""
    rows = ROWS * copies
    evidence = pd.DataFrame([fired for fired, *_ in rows], columns=RULE_IDS, dtype=object)
    evidence = evidence.where(evidence.notna(), None)
    decision = pd.DataFrame(
        {
            "label": [label for _, label, _, _ in rows],
            "confidence": 0.9,
            "ambiguous": False,
            "settled_by": [settled for _, _, settled, _ in rows],
            "model_label": [label for _, label, _, _ in rows],
            "conflict": "",
        }
    )
    return evidence, decision, pd.Series([truth for *_, truth in rows])


@pytest.fixture
def report() -> RuleReport:
    evidence, decision, truth = frames()
    return rule_report(evidence, decision, truth)


def column(report: RuleReport, name: str) -> dict[str, object]:
    return report.rules[name].to_dict()


def test_fired_coverage_and_deciding(report):
    assert report.rows == 8
    assert list(report.rules.index) == RULE_IDS
    assert column(report, "fired") == {
        "company_form": 3,
        "kpp": 4,
        "person_name": 4,
        "state_form": 2,
        "product_household": 5,
        "free_email": 1,
        "ogrn": 0,
    }
    assert column(report, "coverage") == {
        "company_form": 3 / 8,
        "kpp": 4 / 8,
        "person_name": 4 / 8,
        "state_form": 2 / 8,
        "product_household": 5 / 8,
        "free_email": 1 / 8,
        "ogrn": 0.0,
    }
    assert column(report, "deciding") == {
        "company_form": 3,
        "kpp": 0,
        "person_name": 0,
        "state_form": 2,
        "product_household": 0,
        "free_email": 0,
        "ogrn": 0,
    }


def test_rule_attributes_come_from_the_rule_table(report):
    row = report.rules.loc["kpp"]
    assert row["family"] == "buyer"
    assert row["points_to"] == "B2B/B2G"
    assert row["strength"] == RULES["kpp"].strength
    assert bool(row["decides"]) is True
    assert report.rules.loc["state_form", "points_to"] == "B2G"


def test_agrees_with_label(report):
    agrees = column(report, "agrees_with_label")
    assert agrees["company_form"] == 1.0
    assert agrees["kpp"] == 1.0  # B2B and B2G rows both agree with organisation evidence
    assert agrees["person_name"] == 3 / 4
    assert agrees["state_form"] == 1.0
    assert agrees["product_household"] == 3 / 5
    assert agrees["free_email"] == 0.0
    assert math.isnan(agrees["ogrn"])


def test_conflicts_need_a_strong_contrary_rule(report):
    assert column(report, "conflicts") == {
        "company_form": 2,  # rows 1 and 5; the weak free_email of row 0 does not count
        "kpp": 2,  # rows 1 and 6 (household product); state_form is no contrary evidence
        "person_name": 1,  # row 5
        "state_form": 1,  # row 6
        "product_household": 2,  # rows 1 and 6
        "free_email": 1,  # row 0: company_form is strong and points elsewhere
        "ogrn": 0,
    }


def test_accuracy_against_truth(report):
    accuracy = column(report, "accuracy")
    assert accuracy["company_form"] == pytest.approx(2 / 3)
    assert accuracy["kpp"] == 1.0
    assert accuracy["person_name"] == 3 / 4
    assert accuracy["state_form"] == 1.0
    assert accuracy["product_household"] == 2 / 5
    assert accuracy["free_email"] == 0.0
    assert math.isnan(accuracy["ogrn"])
    deciding = column(report, "deciding_accuracy")
    assert deciding["company_form"] == pytest.approx(2 / 3)
    assert deciding["state_form"] == 1.0
    assert all(math.isnan(deciding[r]) for r in ("kpp", "person_name", "ogrn"))


def test_truth_is_read_like_a_label_column():
    evidence, decision, truth = frames()
    loose = rule_report(evidence, decision, " " + truth.str.lower())
    assert loose.rules["accuracy"].equals(rule_report(evidence, decision, truth).rules["accuracy"])
    with pytest.raises(ValueError, match="B2B, B2C, B2G"):
        rule_report(evidence, decision, truth.replace("B2G", "gov"))
    with pytest.raises(ValueError, match="index"):
        rule_report(evidence, decision, truth.set_axis(range(10, 18)))


def test_without_truth_there_are_no_accuracy_columns():
    evidence, decision, _truth = frames()
    plain = rule_report(evidence, decision)
    assert not plain.has_truth
    assert list(plain.rules.columns) == [
        "family",
        "points_to",
        "strength",
        "decides",
        "fired",
        "coverage",
        "deciding",
        "agrees_with_label",
        "conflicts",
    ]


def test_overlaps_count_rows_where_both_fired(report):
    pairs = list(report.overlaps.itertuples(index=False, name=None))
    assert pairs == [
        ("person_name", "product_household", 3),
        ("company_form", "kpp", 2),
        ("kpp", "state_form", 2),
        ("kpp", "product_household", 2),
        ("company_form", "person_name", 1),
        ("company_form", "product_household", 1),
        ("company_form", "free_email", 1),
        ("kpp", "free_email", 1),
        ("state_form", "product_household", 1),
    ]
    assert list(report.overlaps.columns) == ["rule_a", "rule_b", "both"]


def test_disagreements_are_pairs_with_no_label_in_common(report):
    pairs = list(report.disagreements.itertuples(index=False, name=None))
    assert pairs == [
        ("kpp", "product_household", 2),
        ("company_form", "person_name", 1),
        ("company_form", "product_household", 1),
        ("company_form", "free_email", 1),
        ("kpp", "free_email", 1),
        ("state_form", "product_household", 1),
    ]
    assert list(report.disagreements.columns) == ["rule_a", "rule_b", "rows"]


def test_pair_tables_keep_the_top_twenty():
    evidence = pd.DataFrame({rule: ["x"] for rule in RULES}, dtype=object)
    decision = pd.DataFrame({"label": ["B2B"], "settled_by": ["company_form"]})
    wide = rule_report(evidence, decision)
    assert len(wide.overlaps) == 20
    assert len(wide.disagreements) == 20
    assert (wide.overlaps["both"] == 1).all()
    assert wide.never_fired == []


def test_never_fired(report):
    assert report.never_fired == ["ogrn"]


def test_weakest_orders_by_accuracy_among_rules_fired_five_times():
    evidence, decision, truth = frames(copies=2)
    doubled = rule_report(evidence, decision, truth)
    # fired: product_household 10, kpp 8, person_name 8, company_form 6, state_form 4,
    # free_email 2 — the last two are too rare to judge
    assert list(doubled.weakest(3).index) == ["product_household", "company_form", "person_name"]
    assert list(doubled.weakest().index) == [
        "product_household",
        "company_form",
        "person_name",
        "kpp",
    ]
    assert doubled.weakest(1)["accuracy"].tolist() == [2 / 5]


def test_weakest_needs_truth():
    evidence, decision, _truth = frames()
    with pytest.raises(ValueError, match="truth"):
        rule_report(evidence, decision).weakest()


def test_to_csv_writes_one_line_per_rule(report, tmp_path):
    target = tmp_path / "rules.csv"
    assert report.to_csv(target) == target
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("rule,")
    assert len(lines) == 1 + len(RULE_IDS)
    assert [line.split(",")[0] for line in lines[1:]] == RULE_IDS
    back = pd.read_csv(target)
    assert back.set_index("rule")["fired"].to_dict()["product_household"] == 5
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_unknown_rule_column_is_an_error():
    evidence, decision, _truth = frames()
    with pytest.raises(ValueError, match="not_a_rule"):
        rule_report(evidence.assign(not_a_rule=None), decision)


def test_empty_frame_reports_every_rule_silent():
    evidence = pd.DataFrame({rule: [] for rule in ("company_form", "kpp")}, dtype=object)
    decision = pd.DataFrame({"label": [], "settled_by": []}, dtype=object)
    empty = rule_report(evidence, decision)
    assert empty.rows == 0
    assert empty.never_fired == ["company_form", "kpp"]
    assert np.isnan(empty.rules["coverage"]).all()
    assert empty.overlaps.empty and empty.disagreements.empty


def test_render_fits_eighty_columns(report):
    console = Console(width=80, record=True, color_system=None)
    console.print(render_rule_report(report))
    text = console.export_text()
    assert max(len(line.rstrip()) for line in text.splitlines()) <= 80
    assert "product_household" in text and "acc." in text
    assert "never fired: ogrn" in text
    # families in rule-table order, each with its rules by how often they fired
    order = [text.index(word) for word in ("buyer", "kpp", "company_form", "government")]
    assert order == sorted(order)


@pytest.fixture(scope="module")
def english() -> tuple[RuleReport, pd.DataFrame]:
    frame = read_orders(REPO / "data" / "independent" / "orders_en.csv")
    inputs = frame.drop(columns=["label", "ambiguous"])
    inputs.attrs = frame.attrs
    result = analyse(inputs, load_model())
    return rule_report(result.evidence, result.decision, frame["label"]), result.evidence


def test_report_on_the_independent_english_set(english):
    report, evidence = english
    assert report.rows == len(evidence) == 260
    assert set(RULES) <= set(report.rules.index)
    assert report.rules.loc["company_form", "accuracy"] >= 0.9
    fired = set(report.rules.index[report.rules["fired"] > 0])
    assert not fired & set(report.never_fired)
    assert set(report.never_fired) == set(evidence.columns[evidence.notna().sum() == 0])
    assert report.rules["fired"].sum() == int(evidence.notna().to_numpy().sum())
    assert report.rules["deciding"].sum() <= report.rows
    assert set(report.rules["points_to"]) == {r.points_to for r in RULES.values()}
