"""Government: state institutions, bodies, procurement law, ИКЗ, state-owned companies."""

from __future__ import annotations

import pytest

from tests.conftest import fired


@pytest.mark.parametrize(
    "buyer",
    [
        "МБОУ СОШ № 12",
        "ГБУЗ «Городская клиническая больница № 4»",
        "ФГБУ «Национальный парк»",
        "МАДОУ детский сад № 7 «Солнышко»",
        "ФГБОУ ВО «Уральский государственный университет»",
        "МУП «Водоканал»",
        "Муниципальное бюджетное общеобразовательное учреждение «Лицей № 2»",
        "Northshore NHS Foundation Trust",
        "Springfield Independent School District",
    ],
)
def test_state_institutions(evidence_of, buyer):
    assert "state_form" in fired(evidence_of({"buyer": buyer}))


@pytest.mark.parametrize(
    "buyer",
    [
        "Администрация Ленинского района",
        "Управление образования Администрации г. Тулы",  # inflected
        "Министерство здравоохранения Самарской области",
        "Войсковая часть 12345",
        "Арбитражный суд Свердловской области",
        "Department of Public Works",
        "City of Springfield",
        "Ministry of Defence",
    ],
)
def test_government_bodies(evidence_of, buyer):
    assert "gov_body" in fired(evidence_of({"buyer": buyer}))


@pytest.mark.parametrize(
    ("field", "text", "rule"),
    [
        ("comment", "Поставка по 44-ФЗ, контракт № 15", "procurement_law"),
        ("contract", "в рамках 44 ФЗ", "procurement_law"),
        ("contract", "Муниципальный контракт № 0123300001224000001", "state_contract"),
        ("comment", "государственного контракта от 01.02.2024", "state_contract"),
        ("comment", "закупка по 223-ФЗ", "procurement_223"),
        ("contract", "ИКЗ 243770708389377070100100010010000244", "ikz"),
    ],
)
def test_procurement_references(evidence_of, field, text, rule):
    assert rule in fired(evidence_of({"buyer": "Покупатель", field: text}))


def test_a_44_fz_reference_is_not_a_223_one(evidence_of):
    found = fired(evidence_of({"buyer": "x", "comment": "по 44-ФЗ"}))
    assert "procurement_223" not in found


def test_state_owned_companies_are_named(evidence_of):
    found = fired(evidence_of({"buyer": "ПАО «Газпром»", "comment": "закупка по 223-ФЗ"}))
    assert {"soe_company", "company_form", "procurement_223"} <= set(found)


def test_ordinary_company_is_not_government(evidence_of):
    found = fired(evidence_of({"buyer": "ООО «Управляющая компания Дом»", "comment": "счёт 15"}))
    assert not {"state_form", "gov_body", "procurement_law", "state_contract"} & set(found)
