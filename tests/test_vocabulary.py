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
    from classifier.rules.base import RULES

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


def test_many_texts_at_once_are_matched_as_one_by_one():
    """find_many (words cut by pyarrow, phrases followed as a trie) equals find, text by text.

    On the samples' and test set's cells and on texts strung from the vocabulary's own
    phrases — overlapping, nested, in capitals, with Latin look-alikes, exact short
    forms and characters pyarrow is not trusted with — for every field's matcher.
    """
    import random

    from classifier import read_orders
    from classifier.rules.base import SHIPPED
    from tests.conftest import REPO

    texts = []
    for name in (
        "data/test.csv",
        "data/samples/orders_1c.csv",
        "data/samples/orders_shop.csv",
        "data/independent/orders_ru.csv",
        "data/independent/orders_en.csv",
    ):
        frame = read_orders(REPO / name).astype(object)
        texts += [v for column in frame for v in frame[column].dropna().unique()]
    rng = random.Random(5)
    phrases = [phrase for _, phrase, _ in SHIPPED.phrases]
    odd = ["ООО", "OOO", "AO", "ИП", "AS", "sa", "Иванов", "ул.", "№5", "İzmir", "東京", "_", "ё"]
    for _ in range(3000):
        parts = [
            rng.choice(phrases) if rng.random() < 0.7 else rng.choice(odd)
            for _ in range(rng.randint(1, 6))
        ]
        parts = [p.upper() if rng.random() < 0.2 else p for p in parts]
        texts.append(rng.choice([" ", ", ", " — ", "/", "_", "  "]).join(parts))
    texts += ["", " ", "—", "a"]
    fields = {f for rule in SHIPPED.rules.values() for f in rule.fields}
    for field in sorted(fields):
        matcher = SHIPPED.matcher(field)
        one_by_one = [dict(matcher.find(text)) for text in texts]
        at_once = matcher.find_many(texts)
        assert sum(map(bool, one_by_one)) > 500  # many texts with hits
        assert [list(d.items()) for d in at_once] == [list(d.items()) for d in one_by_one]
