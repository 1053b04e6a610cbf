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


@pytest.mark.parametrize(
    ("field", "text", "rule", "value"),
    [
        (
            "contract",
            "ИКЗ 243770708389377070100100010010000244",
            "ikz",
            "243770708389377070100100010010000244 (2024, customer INN 7707083893)",
        ),
        (
            "comment",
            "ИГК 2123187300962452208241497 по ГОЗ",
            "defence_order_id",
            "2123187300962452208241497",
        ),
        ("comment", "извещение № 0373200041524000123", "procurement_notice", "0373200041524000123"),
        ("contract", "Закупка по 223-ФЗ, извещение № 32514478812", "procurement_223", "223-ФЗ"),
        ("comment", "извещение № 32514478812", "procurement_223", "32514478812"),
        (
            "payment",
            "с казначейского счёта 03224643450000007300",
            "treasury_account",
            "03224643450000007300",
        ),
    ],
)
def test_procurement_and_treasury_identifiers(evidence_of, field, text, rule, value):
    assert fired(evidence_of({"buyer": "Покупатель", field: text}))[rule] == value


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("comment", "счёт № 0373200041524000123"),  # 19 digits, but not a notice
        ("comment", "телефон 8 800 555 35 35"),
        ("payment", "р/с 40702810900000012345"),  # a bank account, not a treasury one
        ("contract", "договор 12-34/2024"),
    ],
)
def test_numbers_that_are_not_procurement_identifiers(evidence_of, field, text):
    found = fired(evidence_of({"buyer": "Покупатель", field: text}))
    assert not {"ikz", "procurement_notice", "treasury_account", "defence_order_id"} & set(found)


def test_a_government_domain_of_an_organisation_decides_but_of_a_person_does_not(evidence_of):
    org = fired(evidence_of({"buyer": "Управление", "kpp": "770101001", "email": "a@mos.ru"}))
    assert "gov_email_organisation" in org
    person = fired(evidence_of({"buyer": "Иванова Анна Петровна", "email": "a@mos.ru"}))
    assert "gov_email" in person and "gov_email_organisation" not in person


@pytest.mark.parametrize(
    "domain", ["edu.gov.ru", "hmrc.gov.uk", "state.ny.us", "cityofx.k12.tx.us", "army.mil"]
)
def test_government_domains(domain):
    from classifier.rules.government import is_government_domain

    assert is_government_domain(domain)


@pytest.mark.parametrize("domain", ["govtech-solutions.com", "mil-spec.ru", "gov.example.com"])
def test_not_government_domains(domain):
    from classifier.rules.government import is_government_domain

    assert not is_government_domain(domain)


def test_a_prozorro_procurement_id_is_public_procurement(model):
    import pandas as pd

    from classifier import classify

    frame = pd.DataFrame(
        {
            "Замовник": [
                "Ліцей № 100 «Поділ» Подільської районної в місті Києві ради",
                "ТОВ «Альфа»",
            ],
            "Ідентифікатор закупівлі": ["UA-2025-03-23-002825-c", ""],
            "Предмет договору": ["Папір офісний А4", "Папір офісний А4"],
        },
        dtype="string",
    )
    out = classify(frame, model)
    assert out["label"].tolist() == ["B2G", "B2B"]
    assert "UA-2025-03-23-002825-c" in out["reasons"].iloc[0]
