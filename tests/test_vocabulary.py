"""Phrase matching through inflection, look-alike letters and exact short forms."""

from __future__ import annotations

import pytest

from classifier.vocabulary import PhraseMatcher, read_table

MATCHER = PhraseMatcher(
    [
        ("gov_body", "администрация", "word"),
        ("state_contract", "муниципальный контракт", "word"),
        ("company_form", "ООО", "word"),
        ("company_form", "AS", "exact"),
        ("kettle", "electric kettle", "word"),
    ]
)


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Администрации города", ("gov_body", "Администрации")),
        ("по муниципальному контракту № 5", ("state_contract", "муниципальному контракту")),
        ('OOO "Vector"', ("company_form", "OOO")),
        ("ооо вектор", ("company_form", "ооо")),
        ("Nordic Tools AS", ("company_form", "AS")),
        ("Two electric kettles", ("kettle", "electric kettles")),
    ],
)
def test_hits(text, hit):
    assert hit in MATCHER.find(text)


@pytest.mark.parametrize("text", ["as soon as possible", "контракт", "kettle", "", None])
def test_misses(text):
    assert MATCHER.find(text) == []


def test_data_tables_have_a_source_line_and_known_rules():
    from classifier.rules import RULES

    phrase_rules = {r.id for r in RULES.values() if r.fields}
    rows = read_table("phrases.csv")
    assert {row["rule"] for row in rows} <= phrase_rules
    assert phrase_rules <= {row["rule"] for row in rows}
    classes = {row["class"] for row in read_table("product_classes.csv")}
    assert {row["class"] for row in read_table("products.csv")} <= classes
    assert {row["use"] for row in read_table("product_classes.csv")} <= {
        "household",
        "business",
        "dual",
    }
