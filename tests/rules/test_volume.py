"""Volume: household norms, large amounts, order size and repeat orders over a whole file."""

from __future__ import annotations

from tests.conftest import fired


def test_quantity_against_the_household_norm(evidence_of):
    ev = evidence_of(
        {"buyer": "Петров", "product": "Смартфон Galaxy A15", "quantity": "40"},
        {"buyer": "Петров", "product": "Смартфон Galaxy A15", "quantity": "1"},
    )
    assert "quantity_bulk" in fired(ev, 0)
    assert "quantity_bulk" not in fired(ev, 1)


def test_large_amount_per_currency(evidence_of):
    ev = evidence_of(
        {"buyer": "x", "product": "y", "amount": "450 000,00 ₽"},
        {"buyer": "x", "product": "y", "amount": "$450.00"},
        {"buyer": "x", "product": "y", "amount": "$12,500.00"},
    )
    assert "amount_large" in fired(ev, 0)
    assert "amount_large" not in fired(ev, 1)
    assert "amount_large" in fired(ev, 2)


def test_many_lines_in_one_order(evidence_of):
    rows = [{"order_id": "A-1", "buyer": "Вектор", "product": f"товар {i}"} for i in range(9)]
    rows.append({"order_id": "A-2", "buyer": "Вектор", "product": "товар"})
    ev = evidence_of(*rows)
    assert fired(ev, 0)["many_lines"] == "9"
    assert "many_lines" not in fired(ev, 9)


def test_repeat_orders_by_the_same_buyer_across_the_file(evidence_of):
    rows = [
        {"order_id": f"N{i}", "buyer": "ООО «Вектор»", "tax_id": "7707083893", "product": "p"}
        for i in range(3)
    ]
    rows.append({"order_id": "N9", "buyer": "Петров П.П.", "product": "p"})
    ev = evidence_of(*rows)
    assert fired(ev, 0)["repeat_buyer"] == "3"
    assert "repeat_buyer" not in fired(ev, 3)


def test_anonymous_buyers_are_not_repeat_buyers(evidence_of):
    rows = [
        {"order_id": f"R{i}", "buyer": "Розничный покупатель", "product": "p"} for i in range(5)
    ]
    assert "repeat_buyer" not in fired(evidence_of(*rows), 0)


def test_lines_of_one_order_share_evidence(evidence_of):
    ev = evidence_of(
        {"order_id": "7", "buyer": "ООО «Вектор»", "product": "Бумага", "comment": "44-ФЗ"},
        {"order_id": "7", "buyer": "ООО «Вектор»", "product": "Ручки", "comment": ""},
    )
    assert "procurement_law" in fired(ev, 1)


def test_packs_count_as_packs_against_the_household_norm(evidence_of):
    # LABELING.md: one box of 50 masks is one box
    ev = evidence_of(
        {"buyer": "x", "product": "Маски медицинские, упаковка 50 шт", "quantity": "1"},
        {"buyer": "x", "product": "Nitrile gloves, box of 100", "quantity": "2"},
        {"buyer": "x", "product": "Nitrile gloves, box of 100", "quantity": "400"},
    )
    assert "quantity_bulk" not in fired(ev, 0)
    assert "quantity_bulk" not in fired(ev, 1)
    assert fired(ev, 2)["quantity_bulk"].startswith("400 ")
