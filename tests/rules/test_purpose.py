"""Purpose: stated purposes, documents, payment, delivery and product classes."""

from __future__ import annotations

import pytest

from tests.conftest import fired


@pytest.mark.parametrize(
    ("comment", "rule"),
    [
        ("Для перепродажи", "purpose_business"),
        ("берём на перепродажу", "purpose_business"),
        ("для офиса на 3 этаже", "purpose_business"),
        ("for resale in our store", "purpose_business"),
        ("for the practice, invoice to firm", "purpose_business"),
        ("для дачи", "purpose_personal"),
        ("подарок маме", "purpose_personal"),
        ("birthday gift for my daughter", "purpose_personal"),
    ],
)
def test_stated_purposes(evidence_of, comment, rule):
    assert rule in fired(evidence_of({"buyer": "x", "comment": comment}))


@pytest.mark.parametrize(
    ("field", "text", "rule"),
    [
        ("documents", "Счёт-фактура № 115 от 03.04.2024", "business_document"),
        ("documents", "УПД № 77", "business_document"),
        ("comment", "PO 45-1199, net 30", "business_document"),
        ("payment", "Безналичный расчёт", "payment_transfer"),
        ("payment", "bank transfer", "payment_transfer"),
        ("payment", "Оплата картой", "payment_personal"),
        ("payment", "Cash on delivery", "payment_personal"),
        ("address", "г. Казань, ул. Мира, д. 5, кв. 12", "delivery_home"),
        ("address", "12 Elm St, Apt 4B, Boston", "delivery_home"),
        ("address", "Москва, Складская ул., 4, склад № 2", "delivery_business"),
    ],
)
def test_documents_payment_delivery(evidence_of, field, text, rule):
    assert rule in fired(evidence_of({"buyer": "x", field: text}))


@pytest.mark.parametrize(
    ("product", "rule"),
    [
        ("Чайник электрический Bosch 1,7 л", "product_household"),
        ("Электрочайники Vitek", "product_household"),  # inflected
        ('Телевизор LED 55" Samsung', "product_household"),
        ("Electric kettle, stainless", "product_household"),
        ("Стойка серверная 42U 600x1000", "product_business"),
        ("1С:Бухгалтерия 8 ПРОФ, лицензия", "product_business"),
        ("Network switch 48-port managed", "product_business"),
    ],
)
def test_product_classes(evidence_of, product, rule):
    assert rule in fired(evidence_of({"buyer": "x", "product": product, "quantity": "1"}))


@pytest.mark.parametrize(
    ("product", "rule"),
    [
        # several goods in one cell: a household item among them says nothing of the buyer
        ("Системный блок iRU — 3 шт.; МФУ лазерное — 2 шт.; Кофемашина De'Longhi — 1 шт.", None),
        ("Kettle, Toaster", "product_household"),  # household goods alone still are
        ("Fajita Catering (per person), Chips & Salsa Catering Tray", "product_business"),
    ],
)
def test_a_cell_naming_several_goods_is_read_as_an_order(evidence_of, product, rule):
    found = fired(evidence_of({"buyer": "x", "product": product, "quantity": "1"}))
    assert {"product_household", "product_business"} & set(found) == ({rule} if rule else set())


def test_household_product_in_bulk_is_volume_not_household(evidence_of):
    found = fired(evidence_of({"buyer": "x", "product": "Чайник электрический", "quantity": "30"}))
    assert "product_household" not in found
    assert "quantity_bulk" in found


def test_neutral_text_fires_nothing(evidence_of):
    found = fired(evidence_of({"buyer": "x", "comment": "позвонить перед доставкой"}))
    assert not {"purpose_business", "purpose_personal", "business_document"} & set(found)


def test_a_word_that_stems_like_a_product_is_not_that_product():
    # English stems "generation" and "generator" alike: "2nd Generation" is no generator
    from classifier.rules.base import SHIPPED
    from classifier.rules.purpose import classify_product

    assert classify_product("Apple AirPods (2nd Generation)", SHIPPED) == ("audio", "AirPods")
    assert classify_product("Laptop sleeve, 3rd Generation", SHIPPED)[0] != "generator"
    assert classify_product("Honda generator EU22i", SHIPPED)[0] == "generator"
    assert classify_product("Generators, 5 kW", SHIPPED)[0] == "generator"
