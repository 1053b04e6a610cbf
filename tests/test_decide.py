"""Decide: the policy's order and the ambiguity test, on LABELING.md's own cases."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from classifier import classify
from classifier.decide import decide
from classifier.rules.base import RULES

# LABELING.md, "Ambiguous records": every row of its table, as an export would hold it.
AMBIGUOUS_TABLE = [
    pytest.param(
        {
            "buyer": "ООО «Ромашка»",
            "tax_id": "7707083893",
            "product": "Кондиционер настенный Haier 12000 BTU",
            "quantity": "1",
        },
        "B2B",
        "company_form",
        id="company-buys-one-household-air-conditioner",
    ),
    pytest.param(
        {
            "buyer": "Адвокат Морозов Игорь Сергеевич",
            "tax_id": "500100732259",
            "product": "Факс Panasonic KX-FT982",
            "quantity": "1",
            "documents": "Счёт № 44",
            "comment": "для адвокатского кабинета, счёт на кабинет",
        },
        "B2B",
        None,
        id="lawyer-buys-a-fax-for-the-practice",
    ),
    pytest.param(
        {
            "buyer": "ИП Сидоров Алексей Петрович",
            "product": 'Телевизор Samsung 55"',
            "quantity": "1",
            "payment": "оплата картой",
        },
        "B2B",
        "sole_proprietor",
        id="sole-proprietor-buys-a-tv-by-card",
    ),
    pytest.param(
        {
            "buyer": "Кузнецов Дмитрий Олегович",
            "product": "Смартфон Xiaomi Redmi 13",
            "quantity": "40",
            "payment": "карта",
        },
        "B2C",
        "person_name",
        id="private-person-buys-40-phones",
    ),
    pytest.param(
        {
            "buyer": "Орлова Марина Викторовна",
            "product": "Наушники беспроводные",
            "quantity": "15",
            "comment": "для перепродажи на маркетплейсе",
        },
        "B2B",
        "purpose_business",
        id="private-person-buys-for-resale",
    ),
    pytest.param(
        {
            "buyer": "ПАО «Газпром нефть»",
            "product": "Насос центробежный",
            "quantity": "2",
            "contract": "закупка по 223-ФЗ",
        },
        "B2B",
        "organisation_under_procurement",
        id="state-owned-company-under-223-fz",
    ),
    pytest.param(
        {
            "contact": "John Miller",
            "email": "john.miller@state.gov",
            "product": "Electric kettle",
            "quantity": "1",
            "payment": "Visa credit card",
            "address": "12 Elm St, Apt 4B",
        },
        "B2C",
        "person_name",
        id="person-with-gov-email-pays-by-card",
    ),
    pytest.param(
        {
            "buyer": "МБОУ СОШ № 5 г. Курска",
            "product": "Чайник электрический Scarlett",
            "quantity": "1",
        },
        "B2G",
        "state_form",
        id="municipal-school-buys-one-kettle",
    ),
    pytest.param(
        {"product": "Стойка серверная напольная 42U"},
        "B2B",
        "",
        id="only-a-business-product",
    ),
    pytest.param(
        {"product": "Плед флисовый 150x200"},
        "B2C",
        "",
        id="only-a-household-product",
    ),
]


def _one(record: dict[str, str], model) -> pd.Series:
    return classify(pd.DataFrame([record]), model).iloc[0]


@pytest.mark.parametrize(("record", "label", "settled_by"), AMBIGUOUS_TABLE)
def test_labeling_ambiguous_table(record, label, settled_by, model):
    row = _one(record, model)
    assert row["label"] == label
    assert bool(row["ambiguous"]) is True
    reasons = row["reasons"]
    assert "ambiguous:" in reasons
    assert reasons.rsplit("; ", 1)[-1].startswith(("settled by policy:", "settled by the model"))
    if settled_by:
        assert RULES[settled_by].policy["en"] in reasons
    elif settled_by == "":
        assert "settled by the model: nothing says who buys or why" in reasons
    assert 0 < row["confidence"] <= 1
    assert row["confidence"] == pytest.approx(row[f"p_{label.lower()}"])


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(
            {
                "buyer": "ООО «Вектор»",
                "product": "Бумага офисная А4, 5 пачек",
                "quantity": "5",
                "payment": "оплата картой",
            },
            id="company-paying-by-card",
        ),
        pytest.param(
            {
                "buyer": "ООО «Вектор»",
                "email": "vektor.snab@mail.ru",
                "product": "Картридж HP 85A",
                "quantity": "4",
            },
            id="organisation-on-free-mail",
        ),
        pytest.param(
            {
                "buyer": "АО «Гамма»",
                "tax_id": "7707083894",
                "product": "Стеллаж складской",
                "quantity": "6",
            },
            id="inn-checksum-typo",
        ),
        pytest.param(
            {
                "buyer": "OOO «Гамма»",
                "product": "Стеллаж складской",
                "quantity": "6",
                "documents": "УПД",
            },
            id="legal-form-in-latin-letters",
        ),
    ],
)
def test_a_weak_contrary_signal_alone_is_not_ambiguous(record, model):
    row = _one(record, model)
    assert row["label"] == "B2B"
    assert not row["ambiguous"]


def _evidence(**values: str) -> pd.DataFrame:
    row = dict.fromkeys(RULES)
    row.update(values)
    return pd.DataFrame([row], dtype=object)


def _proba(b2b: float, b2c: float, b2g: float) -> pd.DataFrame:
    return pd.DataFrame([{"p_b2b": b2b, "p_b2c": b2c, "p_b2g": b2g}])


def test_the_state_as_buyer_outranks_business_whatever_the_model_says():
    d = decide(_proba(0.9, 0.05, 0.05), _evidence(kpp="770101001", gov_body="Администрация"))
    assert d.loc[0, "label"] == "B2G"
    assert d.loc[0, "settled_by"] == "gov_body"
    # the model's doubt is no evidence: not ambiguous (the review queue shows such a record)
    assert not d.loc[0, "ambiguous"]


def test_a_procurement_reference_outranks_tax_ids_but_not_a_company_form():
    proba = _proba(0.5, 0.1, 0.4)
    by_inn = decide(proba, _evidence(inn_organisation="7707083893", procurement_law="44-ФЗ"))
    assert by_inn.loc[0, "label"] == "B2G"
    by_form = decide(proba, _evidence(company_form="SA", state_contract="public procurement"))
    assert by_form.loc[0, "label"] == "B2B"
    assert by_form.loc[0, "ambiguous"]


def test_a_named_state_owned_company_outranks_government_evidence():
    d = decide(_proba(0.3, 0.1, 0.6), _evidence(soe_company="РЖД", procurement_223="223-ФЗ"))
    assert d.loc[0, "label"] == "B2B"


def test_stated_business_purpose_outranks_a_private_person():
    d = decide(
        _proba(0.3, 0.6, 0.1),
        _evidence(person_name="Иванов И.И.", purpose_business="для перепродажи"),
    )
    assert d.loc[0, "label"] == "B2B"
    assert d.loc[0, "conflict"] == "person_name"


def test_without_deciding_evidence_the_model_decides():
    d = decide(_proba(0.2, 0.7, 0.1), _evidence(payment_personal="card", free_email="gmail.com"))
    assert d.loc[0, "label"] == "B2C"
    assert d.loc[0, "settled_by"] == ""
    assert d.loc[0, "confidence"] == pytest.approx(0.7)


def test_confidence_falls_when_signals_disagree():
    clear = decide(_proba(0.6, 0.3, 0.1), _evidence(company_form="ООО"))
    disputed = decide(
        _proba(0.6, 0.3, 0.1), _evidence(company_form="ООО", product_household="Чайник")
    )
    assert disputed.loc[0, "confidence"] < clear.loc[0, "confidence"]
    assert np.isclose(clear[["p_b2b", "p_b2c", "p_b2g"]].sum(axis=1), 1).all()


def test_empty_input():
    d = decide(_proba(0.3, 0.3, 0.4).iloc[:0], _evidence().iloc[:0])
    assert len(d) == 0
