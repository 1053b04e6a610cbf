"""Header mapping and cell parsing: synonyms of real exports, --map, numbers, dates, details."""

from __future__ import annotations

import csv
import math

import pandas as pd
import pytest

from classifier import ColumnError, classify, read_orders
from classifier.columns import canonical
from classifier.fields import map_columns
from tests.conftest import LAYOUTS


def _expected_layouts() -> dict[str, list[dict[str, str]]]:
    by_file: dict[str, list[dict[str, str]]] = {}
    with (LAYOUTS / "expected.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_file.setdefault(row["file"], []).append(row)
    return by_file


EXPECTED = _expected_layouts()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_export_headers_map_to_their_fields(name):
    frame = read_orders(LAYOUTS / name)
    mapping = map_columns(frame, name=name).fields
    for row in EXPECTED[name]:
        assert mapping.get(row["field"]) == row["header"], (name, row["field"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_layout_is_classified_on_every_row(name, model):
    from classifier import classify

    frame = read_orders(LAYOUTS / name)
    labelled = classify(frame, model)
    assert len(labelled) == len(frame)
    assert labelled["label"].isin(["B2B", "B2C", "B2G"]).all()
    assert labelled.loc[0, "label"] == EXPECTED[name][0]["first_label"]


def test_map_overrides_a_header_and_unknown_names_are_refused():
    frame = pd.DataFrame({"Наименование покупателя": ["ООО «Ромашка»"], "Что": ["Бумага"]})
    mapping = map_columns(frame, {"product": "Что"})
    assert mapping.fields["product"] == "Что"
    assert mapping.how["product"] == "--map"
    assert mapping.fields["buyer"] == "Наименование покупателя"
    with pytest.raises(ColumnError, match="'byer' is not a field"):
        map_columns(frame, {"byer": "Что"})
    with pytest.raises(
        ColumnError, match="has no header 'Клиент'. Found: Наименование покупателя, Что"
    ):
        map_columns(frame, {"buyer": "Клиент"})


def test_no_buyer_or_product_column_is_reported_with_candidates_not_raised():
    frame = pd.DataFrame({"id": ["1", "2"], "sku": ["A-1", "A-2"], "warehouse": ["Lager Nord"] * 2})
    mapping = map_columns(frame, name="orders.csv")
    assert "buyer" not in mapping.fields and "product" not in mapping.fields
    (warning,) = mapping.warnings
    assert warning.startswith("'orders.csv': no buyer and no product column found")
    assert "Candidates: 'warehouse'" in warning and "--map buyer=<header>" in warning


def test_normalised_header_matching():
    frame = pd.DataFrame(
        columns=["  КОНТРАГЕНТ ", "Кол-во", "№ заказа", "E-mail", "billing_company"]
    )
    fields = map_columns(frame).fields
    assert fields["buyer"] in ("  КОНТРАГЕНТ ", "billing_company")
    assert fields["quantity"] == "Кол-во"
    assert fields["order_id"] == "№ заказа"
    assert fields["email"] == "E-mail"


def test_unreadable_cell_becomes_missing_with_a_note_and_the_row_stays():
    frame = pd.DataFrame({"Покупатель": ["ООО «Ромашка»", "Иванов И.И."], "Кол-во": ["5", "пять"]})
    canon = canonical(frame, map_columns(frame))
    assert canon["quantity"].iloc[0] == 5
    assert math.isnan(canon["quantity"].iloc[1])
    assert "'Кол-во' = 'пять'" in canon["notes"].iloc[1]
    assert canon["unreadable"].tolist() == [0, 1]


def test_buyer_details_crammed_in_one_cell_are_taken_apart():
    frame = pd.DataFrame(
        {
            "Контрагент": ["ООО «Вектор» (ИНН 7707083893, КПП 770701001)", "Петров П.П."],
            "ИНН/КПП": [None, "500100732259"],
        }
    )
    canon = canonical(frame, map_columns(frame))
    assert canon.loc[0, "buyer"] == "ООО «Вектор»"
    assert canon.loc[0, "tax_id"] == "7707083893"
    assert canon.loc[0, "kpp"] == "770701001"
    assert canon.loc[1, "tax_id"] == "500100732259"


def test_details_in_buyer_cells_however_written_and_numbers_that_are_not_details():
    """Only cells naming a detail are searched for one; the words are found as Python's
    case-insensitive matching finds them (a dotless ı reads as i)."""
    cells = [
        "ООО «Х» (ıNN 7707083893)",
        "000 «Рога» (ИНН 7707083893, КПП 770701001)",
        "ЗАО Бета, ОГРН 1027700132195",
        "ГБОУ Школа № 57",
        "000 «Рога»",
        "ИП Ли inn 500100732259",
    ]
    frame = pd.DataFrame({"Покупатель": cells})
    canon = canonical(frame, map_columns(frame)).astype(object).where(lambda c: c.notna(), None)
    assert canon["buyer"].tolist() == [
        "ООО «Х»",
        "ООО «Рога»",
        "ЗАО Бета",
        "ГБОУ Школа № 57",
        "ООО «Рога»",
        "ИП Ли",
    ]
    assert canon["tax_id"].tolist() == [
        "7707083893",
        "7707083893",
        None,
        None,
        None,
        "500100732259",
    ]
    assert canon["kpp"].tolist() == [None, "770701001", None, None, None, None]
    assert canon["ogrn"].tolist() == [None, None, "1027700132195", None, None, None]


def test_inn_kpp_in_one_column_is_split():
    frame = pd.DataFrame({"Покупатель": ["АО «Гамма»"], "ИНН/КПП": ["7707083893/770701001"]})
    canon = canonical(frame, map_columns(frame))
    assert (canon.loc[0, "tax_id"], canon.loc[0, "kpp"]) == ("7707083893", "770701001")


@pytest.mark.parametrize(
    ("cell", "tax_id", "kpp"),
    [
        ("7707083893", "7707083893", None),
        ("  500100732259 ", "500100732259", None),
        ("7707083893/770701001", "7707083893", "770701001"),
        ("ИНН 7707083893 КПП 770701001", "7707083893", "770701001"),
        ("inn: 7707083893", "7707083893", None),
        ("77070838931", "77070838931", None),  # bare digits stand as written, checked later
        ("７７０７０８３８９３", "７７０７０８３８９３", None),  # full-width digits are not bare
    ],
)
def test_tax_id_cells_give_the_tax_id_and_kpp_written_in_them(cell, tax_id, kpp):
    frame = pd.DataFrame({"Покупатель": ["АО «Гамма»", "ИП Ли"], "ИНН": [cell, "7707083893"]})
    canon = canonical(frame, map_columns(frame))
    assert canon.loc[0, "tax_id"] == tax_id
    assert (None if pd.isna(canon.loc[0, "kpp"]) else canon.loc[0, "kpp"]) == kpp
    assert (canon.loc[1, "tax_id"], pd.isna(canon.loc[1, "kpp"])) == ("7707083893", True)


def test_order_fields_of_the_first_line_reach_every_line():
    # Shopify writes the customer only on an order's first line
    frame = pd.DataFrame(
        {
            "Name": ["#1001", "#1001", "#1002"],
            "Email": ["buyer@acme.com", "", "jane@gmail.com"],
            "Billing Company": ["Acme Inc", "", ""],
            "Lineitem name": ["Desk", "Chair", "Kettle"],
        }
    )
    canon = canonical(frame, map_columns(frame))
    assert canon["buyer"].tolist()[:2] == ["Acme Inc", "Acme Inc"]
    assert canon["email"].tolist() == ["buyer@acme.com", "buyer@acme.com", "jane@gmail.com"]
    assert pd.isna(canon.loc[2, "buyer"])


def test_an_order_number_column_left_blank_fills_nothing():
    frame = pd.DataFrame(
        {
            "Номер заказа": ["", ""],
            "Покупатель": ["ООО Ромашка", "Иванов"],
            "E-mail": ["a@x.ru", ""],
        }
    )
    canon = canonical(frame, map_columns(frame))
    assert canon["order_id"].isna().all()
    assert canon["email"].tolist()[0] == "a@x.ru" and pd.isna(canon.loc[1, "email"])


# --- columns found by content, and exports nobody wrote down ----------------------------


def _frame(**columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(columns, dtype="string")


def test_an_account_code_column_under_a_buyer_header_yields_to_a_column_of_names():
    frame = _frame(
        Kunde=["D10023", "D10024", "D10025", "D10026", "D10027", "D10028"],
        Name=[
            "Müller Haustechnik GmbH",
            "Stadtverwaltung Usingen",
            "Becker Bau GmbH",
            "Anna Schmidt",
            "Jonas Weber",
            "Landratsamt Hochtaunuskreis",
        ],
        Artikelbezeichnung=["Bohrhammer", "Bürostuhl", "Leiter", "Toaster", "Föhn", "Drucker"],
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Name" and "Kunde" not in mapping.fields.values()
    # with no header naming it, the column of names is still found by what it holds
    mapping = map_columns(frame.rename(columns={"Name": "Bezeichnung 2"}))
    assert mapping.fields["buyer"] == "Bezeichnung 2" and mapping.how["buyer"].startswith(
        "content:"
    )


def test_a_column_of_valid_tax_ids_is_the_tax_id_whatever_it_is_called():
    frame = _frame(
        Ref=["7707083893", "7736050003", "5260250274", "7707083893", "7728168971"],
        Client=["ООО Ромашка", "ПАО Сбербанк", "Orlen", "ООО Ромашка", "АО Альфа"],
    )
    assert map_columns(frame).fields["tax_id"] == "Ref"


def test_random_order_numbers_are_not_taken_for_tax_ids():
    numbers = [str(1_000_000_007 + 7919 * i) for i in range(40)]
    frame = _frame(**{"Номер сборочного задания": numbers, "Товар": ["Чайник"] * 40})
    assert "tax_id" not in map_columns(frame).fields


def test_quantity_price_and_amount_are_found_by_their_product():
    frame = _frame(
        A=["2", "1", "10", "3", "4", "1"],
        B=["9.99", "120.00", "1.50", "5.00", "2.25", "7.00"],
        C=["19.98", "120.00", "15.00", "15.00", "9.00", "7.00"],
        Item=["Mug", "Chair", "Pen", "Cup", "Pad", "Lamp"],
    )
    fields = map_columns(frame).fields
    assert (fields["quantity"], fields["unit_price"], fields["amount"]) == ("A", "B", "C")


def test_first_and_last_name_columns_make_the_contact_together():
    frame = _frame(
        billing_first_name=["Anna", "Jonas"],
        billing_last_name=["Schmidt", "Weber"],
        line_item=["Toaster", "Föhn"],
    )
    mapping = map_columns(frame)
    assert mapping.joined["contact"] == ("billing_first_name", "billing_last_name")
    assert canonical(frame, mapping)["contact"].tolist() == ["Anna Schmidt", "Jonas Weber"]


def test_a_packed_line_items_cell_is_taken_apart():
    frame = _frame(
        order_id=["1", "2"],
        line_items=[
            "id:1|name:Espresso machine|quantity:1|total:354.55",
            "id:2|name:Paper filters|quantity:2|total:24.63;id:3|name:Water filter|quantity:3",
        ],
    )
    mapping = map_columns(frame)
    assert mapping.how["product"] == "packed in 'line_items'"
    canon = canonical(frame, mapping)
    assert canon["product"].tolist() == ["Espresso machine", "Paper filters; Water filter"]
    assert canon["quantity"].tolist() == [1.0, 3.0]


def test_a_column_of_phones_and_e_mails_feeds_both_fields():
    contact = [
        "+79168092555",
        "ivan@mail.ru",
        "+79031234567",
        "olga@yandex.ru",
        "+79265554433",
        "petr@rambler.ru",
    ]
    frame = _frame(
        **{
            "Телефон или электронный адрес покупателя": contact,
            "Наименование предмета расчета": ["Чайник"] * 6,
        }
    )
    fields = map_columns(frame).fields
    assert fields["phone"] == fields["email"] == "Телефон или электронный адрес покупателя"


def test_a_receipt_is_one_order_and_a_shift_number_is_no_field():
    frame = _frame(
        **{
            "Номер смены": ["801", "801", "801"],
            "ФД": ["40213", "40213", "40214"],
            "Наименование предмета расчета": ["Чайник", "Кружка", "Сковорода"],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["order_id"] == mapping.fields["receipt"] == "ФД"
    assert "Номер смены" not in mapping.fields.values()


def test_a_marketplace_report_is_known_by_its_headers_signature():
    frame = _frame(
        **{
            "Srid": ["a1", "a2"],
            "Баркод": ["1", "2"],
            "Обоснование для оплаты": ["Продажа", "Продажа"],
            "Партнер": ['ООО "ПВЗ-КАЗАНЬ"', "ИП Петров"],
            "Название": ["Набор полотенец", "Наматрасник"],
            "Кол-во": ["1", "1"],
        }
    )
    mapping = map_columns(frame)
    assert "buyer" not in mapping.fields and mapping.anonymous_sale
    assert mapping.fields["product"] == "Название"
    assert canonical(frame, mapping)["receipt"].notna().all()


def test_a_point_of_sale_report_is_of_anonymous_sales_unless_a_row_names_its_customer(model):
    """Square's item sales: a walk-in sale is an anonymous retail sale (B2C, not ambiguous);
    a customer the seller recorded is read as any buyer is."""
    frame = _frame(
        **{
            "Item": ["Latte", "Sandwich Platter"],
            "Qty": ["2", "1"],
            "Price Point Name": ["Small", "Half (10 pc)"],
            "Transaction ID": ["t1", "t2"],
            "Payment ID": ["p1", "p2"],
            "Customer Name": ["", "Bytown Realty Ltd."],
        }
    )
    assert map_columns(frame).anonymous_sale
    labelled = classify(frame, model)
    assert labelled["label"].tolist() == ["B2C", "B2B"] and not labelled["ambiguous"].any()


def test_the_sellers_side_is_never_the_buyer():
    """A salesperson's column of a few names repeated is no buyer beside the customers'
    names; a header naming the seller's side is read as no field at all."""
    customers = ["Gemeente Houten", "Fietskoeriers Utrecht B.V.", "Kapsalon Sandra", "Jan de Vries"]
    frame = _frame(
        Factuurnummer=[str(24700001 + i) for i in range(24)],
        Verkoper=["Sanne Bakker", "Daan Visser"] * 12,
        **{"Klant van order": customers * 6},
        **{"Naam sales rep": ["Eva Smit"] * 24},
        Artikelomschrijving=["Bureaustoel", "Fietsverlichting", "Koffiezetapparaat", "Laptop"] * 6,
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Klant van order"
    assert "Verkoper" not in mapping.fields.values()
    assert "Naam sales rep" not in mapping.fields.values()


def test_a_company_or_last_name_column_beside_a_first_name_column_makes_the_buyer():
    """MYOB writes a company in "Co./Last Name", or a person's surname with the given name
    in "First Name": the buyer is the company, or the person's full name."""
    frame = _frame(
        **{"Co./Last Name": ["Narromine Shire Council", "Cooper", "Macquarie Earthmoving Pty Ltd"]},
        **{"First Name": ["", "Leanne", ""]},
        Description=["Water tank 5000L", "Esky 45L", "Star pickets"],
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Co./Last Name"
    buyers = canonical(frame, mapping)["buyer"].tolist()
    assert buyers == ["Narromine Shire Council", "Leanne Cooper", "Macquarie Earthmoving Pty Ltd"]


def test_a_document_kind_on_nearly_every_row_is_the_exports_own_not_evidence():
    """Fatture in Cloud writes «Fattura» on every invoice, to persons and companies alike: the
    column is read as the documents' and its cells as no evidence."""
    kinds = ["Fattura"] * 38 + ["Ricevuta"] * 2
    frame = _frame(
        Cliente=["Simone Lelli", "Comune di Ferrara", "Rossi S.r.l.", "Anna Bianchi"] * 10,
        **{"Tipo documento": kinds},
        Descrizione=["Sedia da ufficio"] * 40,
    )
    mapping = map_columns(frame)
    assert mapping.fields["documents"] == "Tipo documento" and mapping.defaults == ("documents",)
    assert canonical(frame, mapping)["documents"].isna().all()
    assert "the export's default" in mapping.why("documents")
    varied = frame.assign(**{"Tipo documento": ["Fattura", "Ricevuta"] * 20})
    mapping = map_columns(varied)
    assert mapping.defaults == () and canonical(varied, mapping)["documents"].notna().all()


def test_lines_under_an_invoice_with_nothing_of_the_buyer_continue_that_invoice():
    """Odoo writes an invoice's number and partner on its first line only."""
    frame = _frame(
        Numéro=["INV/2025/00112", "", "", "INV/2025/00113"],
        Partenaire=["Commune d'Ixelles", "", "", "Jan Peeters"],
        **{"Lignes de facture/Produit": ["Panneau C3", "Poteau 3 m", "Collier", "Détecteur"]},
    )
    canon = canonical(frame, map_columns(frame))
    assert canon["order_id"].tolist() == ["INV/2025/00112"] * 3 + ["INV/2025/00113"]
    assert canon["buyer"].tolist() == ["Commune d'Ixelles"] * 3 + ["Jan Peeters"]


def test_a_line_dated_on_its_own_with_no_invoice_number_is_its_own_record():
    """SumUp writes card sales at the till among its invoices, with a date and no number."""
    frame = _frame(
        Fakturanr=["2201", "", "2202"],
        Fakturadato=["02-02-2024", "02-02-2024", "03-02-2024"],
        Kunde=["Københavns Kommune", "", "Jens Hansen"],
        Produkt=["Ladcykel", "Cykellygte", "Cykelhjelm"],
        Betalingsmetode=["Faktura", "SumUp kortbetaling", "MobilePay"],
    )
    canon = canonical(frame, map_columns(frame))
    assert canon["order_id"].isna().tolist() == [False, True, False]
    assert canon["buyer"].isna().tolist() == [False, True, False]


def test_a_datev_posting_text_that_names_the_buyers_is_the_buyer_and_an_empty_column_no_field():
    """DATEV's Buchungsstapel names the debtor in Buchungstext; a column left empty in the
    sampled rows ("Bezeichnung SoBil-Sachverhalt") is no product however it is called."""
    names = ["Stadt Usingen", "Müller Haustechnik GmbH", "Anna Schmidt", "Landratsamt Kassel"]
    frame = _frame(
        **{"Umsatz (ohne Soll/Haben-Kz)": ["119,00", "59,50", "23,80", "476,00"] * 3},
        Buchungstext=names * 3,
        **{"Bezeichnung SoBil-Sachverhalt": [""] * 12},
        **{"Beleginfo - Inhalt 2": ["Bürostuhl", "Toner", "Wasserkocher", "Drucker"] * 3},
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Buchungstext"
    assert mapping.fields["product"] == "Beleginfo - Inhalt 2"
    # an empty column named for a field yields to one whose cells hold it, else it stays
    payments = frame.assign(
        Zahlweise=[""] * 12, **{"Beleginfo - Inhalt 3": ["Überweisung", "Lastschrift"] * 6}
    )
    assert map_columns(payments).fields["payment"] == "Beleginfo - Inhalt 3"
    assert map_columns(frame.assign(Zahlweise=[""] * 12)).fields["payment"] == "Zahlweise"


def test_a_given_name_column_beside_a_name_column_makes_the_person_with_it():
    # Abacus writes a person's surname in "Name" and the given name in "Vorname"; a
    # company's name in "Name" with "Vorname" empty
    frame = pd.DataFrame(
        {
            "Kunden-Nr.": ["10602", "10017", "10290", "10412", "10033", "10505"],
            "Name": ["Baumann", "Kanton Bern", "Steiner", "Müller AG", "Gemeinde Köniz", "Keller"],
            "Vorname": ["Daniel", "", "Andreas", "", "", "Ursula"],
            "Ort": ["Bern", "Bern", "Belp", "Thun", "Köniz", "Biel"],
            "Buchungstext": [
                "Nespresso Vertuo",
                "Bürostuhl",
                "Dyson V15",
                "Toner",
                "Beamer",
                "Kettle",
            ],
            "Betrag": ["249.00", "1'290.00", "699.00", "380.50", "1'150.00", "89.90"],
        }
    )
    colmap = map_columns(frame, None, name="debitoren.csv")
    assert colmap.fields["buyer"] == "Name" and colmap.fields["contact"] == "Vorname"
    assert colmap.joined["buyer"] == ("Vorname", "Name")


def test_receipt_numbers_that_start_again_each_shift_are_told_apart_by_their_time():
    # Dreamkas numbers receipts from 1 in every shift: receipt 1 of two days is two sales
    frame = _frame(
        **{
            "Дата и время": ["03.03.2025 10:23:00"] * 2 + ["04.03.2025 09:02:00"] * 2,
            "Номер смены": ["211", "211", "212", "212"],
            "Номер чека": ["1", "1", "1", "1"],
            "Покупатель": ["", "", "МБОУ «Гимназия № 7»", "МБОУ «Гимназия № 7»"],
            "Наименование": ["Изолента", "Скотч", "Бумага А4", "Маркер"],
        }
    )
    mapping = map_columns(frame)
    assert mapping.header_text("order_id") == "Дата и время + Номер чека"
    orders = canonical(frame, mapping)["order_id"]
    assert orders[0] == orders[1] != orders[2] == orders[3]


def test_a_ledger_account_column_yields_the_buyer_to_the_customer_column():
    """Wave's account transactions: "Account Name" (a synonym of the buyer in CRM exports)
    holds the ledger's few accounts down every row; "Customer" holds the buyers."""
    customers = [
        "Emily Chen", "Queen's University", "Toronto Transit Commission", "Raj Patel",
        "Halifax Regional Municipality", "Marc Bouchard", "Olivia Wilson", "Service Alberta",
        "Kingston Health Sciences Centre", "Brown, Michael", "Jean-François Gagnon",
        "Limestone District School Board",
    ]  # fmt: skip
    frame = _frame(
        **{
            "Account Name": ["Services", "HST Payable", "Accounts Receivable"] * 8,
            "Customer": [c for c in customers for _ in range(2)],
            "Transaction Line Description": ["Home Wi-Fi setup", "HST"] * 12,
        }
    )
    assert map_columns(frame).fields["buyer"] == "Customer"


def test_a_tax_amount_and_a_suppliers_columns_are_no_field():
    frame = _frame(
        **{
            "ИИН/БИН поставщика": ["041040082717"] * 3,
            "Наименование поставщика": ["ТОО «IT Office»"] * 3,
            "Наименование получателя": ["КГУ «Школа-гимназия № 12»", "ТОО «Ромашка»", "ИП Ахметов"],
            "Наименование товаров, работ, услуг": ["Ноутбук", "Принтер", "Бумага"],
            "Сума ПДВ": ["17,50", "20,00", "3,10"],
            "Загальна сума з ПДВ": ["105,00", "120,00", "18,60"],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Наименование получателя"
    assert mapping.fields["product"] == "Наименование товаров, работ, услуг"
    assert mapping.fields["amount"] == "Загальна сума з ПДВ"
    assert "Сума ПДВ" not in mapping.fields.values()
    assert not {"ИИН/БИН поставщика", "Наименование поставщика"} & set(mapping.fields.values())


def test_a_buyer_column_of_logins_yields_to_the_names_of_the_recipients():
    # Etsy's Sold Order Items: "Buyer" holds usernames, "Ship Name" the buyers' names
    frame = _frame(
        **{
            "Item Name": ["Book Stamp", "Cardstock", "Wedding Sign", "Planner", "Tote", "Mug"],
            "Buyer": [
                "denverpublicli3",
                "crafty_mom84",
                "jsmith.designs",
                "oakridgeelem",
                "lindaw1962",
                "bluebirdbakery",
            ],
            "Ship Name": [
                "Denver Public Library",
                "Karen Miller",
                "John Smith",
                "Oak Ridge Elementary School",
                "Linda Walker",
                "Bluebird Bakery LLC",
            ],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Ship Name"
    assert "Buyer" not in mapping.fields.values()


def test_a_contact_column_of_names_with_e_mails_feeds_the_e_mail_too():
    frame = _frame(
        **{
            "Deal Name": ["4 x HP LaserJet M611dn", "Meraki MS120 switches", "Surface Pro 9"],
            "Associated Company": ["Redwood Analytics, Inc.", "City of Austin", ""],
            "Associated Contact": [
                "Robert Jackson (rjackson@redwoodanalytics.io)",
                "Maria Lopez (maria.lopez@austintexas.gov)",
                "Tom Reed (tom.reed@gmail.com)",
            ],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Associated Company"
    assert mapping.fields["contact"] == mapping.fields["email"] == "Associated Contact"
    assert mapping.fields["product"] == "Deal Name"


def test_a_till_column_marks_receipts_and_a_company_column_is_the_buyer_beside_the_customer():
    # ready2order's Belege: most receipts name nobody; some a company and its contact person
    frame = _frame(
        **{
            "Beleg-Nr.": ["RE2024/004815", "RE2024/004816", "RE2024/004822"],
            "Kassa": ["Kassa 2", "Kassa 1", "Kassa 1"],
            "Mitarbeiter": ["Chef", "Claudia", "Patrick"],
            "Kunde": ["", "", "Lukas Fuchs"],
            "Firma": ["", "", "Marktgemeinde Gratwein-Straßengel"],
            "Produkt": ["Bleistift HB", "Füller Pelikano", "Briefumschläge C4"],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Firma" and mapping.fields["contact"] == "Kunde"
    assert mapping.fields["receipt"] == "Kassa"
    assert "Mitarbeiter" not in mapping.fields.values()


def test_of_two_columns_named_alike_the_one_that_is_filled_names_the_buyer():
    # BaseLinker: the delivery's company is mostly empty, the invoice's names the buyer
    firms = ["", "", "", "URZĄD SKARBOWY W OPOLU", "", "", "Starostwo Powiatowe w Kielcach", ""]
    invoiced = ["Firma Handlowa Nowak sp. z o.o.", "PKP Intercity S.A.", "Gmina Wieliczka"] * 2
    frame = _frame(
        **{
            "Login kupującego": ["zielin131", "kowalc816", "", "", "anna_k", "", "", "piotr77"],
            "Dostawa - firma": firms,
            "Faktura - firma": [*invoiced, "URZĄD SKARBOWY W OPOLU", "Starostwo Powiatowe"],
            "Nazwa produktu": ["Toner HP 59A", "Papier A4", "Długopis BIC"] * 2
            + ["Segregator"] * 2,
        }
    )
    assert map_columns(frame).fields["buyer"] == "Faktura - firma"


def test_a_legal_entity_column_is_the_buyer_and_the_customer_beside_it_the_contact():
    # ROZETKA's orders: the customer is always named, the legal entity when an invoice was asked
    frame = _frame(
        **{
            "№ замовлення": ["861220035", "861234671", "861243174", "861290794"],
            "Покупець": ["Олійник Катерина", "Мельник Ігор", "Коваленко Віталій", "Гнатюк Олена"],
            "Юридична особа": [
                "КЗ «Дошкільний навчальний заклад № 12» Вінницької міської ради",
                "ФОП Мельник Ігор Петрович",
                "",
                "Виконавчий комітет Білоцерківської міської ради",
            ],
            "Товар": ["Ноутбук Lenovo IdeaPad 3", "Папір офісний A4", "Роутер TP-Link", "ДБЖ"],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Юридична особа"
    assert mapping.fields["contact"] == "Покупець"


def test_a_restaurants_checks_are_receipts_and_a_line_number_is_no_order(model):
    # Toast's checks: a server and a table, no buyer; a line number restarts in every document
    frame = _frame(
        **{
            "Opened Date": ["05/06/24", "05/06/24", "05/06/24", "05/07/24"],
            "Item Description": ["Breakfast Taco, Coffee", "Queso", "Horchata", "Guacamole"],
            "Server": ["Destiny Ramos", "Carlos Mendez", "Carlos Mendez", "Luis Garza"],
            "Table Size": ["2", "1", "4", "2"],
            "Line no.": ["1", "1", "2", "1"],
            "Total": ["11.10", "8.50", "4.25", "9.75"],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["receipt"] in ("Server", "Table Size")
    assert "Line no." not in mapping.fields.values()
    # LABELING.md: a receipt with no buyer is an anonymous retail sale, not too little evidence
    labelled = classify(frame, model)
    assert labelled["label"].eq("B2C").all() and not labelled["ambiguous"].any()


def test_a_line_memo_naming_the_goods_is_the_product_beside_a_documents_description():
    # Sage Intacct's AR invoices: Description says what the invoice was for, Memo the goods
    frame = _frame(
        **{
            "Customer name": ["Kimley-Horn and Associates, Inc.", "Lone Star Title Co LLC"] * 3,
            "Description": ["Q2 office refresh", "Break room", "Project Harbor Phase 2"] * 2,
            "Memo": [
                "Panasonic countertop microwave",
                "Keurig coffee maker",
                "Dell Latitude 5440 laptop",
                "HP LaserJet Pro printer",
                "Office chair",
                "USB-C docking station",
            ],
        }
    )
    mapping = map_columns(frame)
    assert (mapping.fields["product"], mapping.fields["comment"]) == ("Memo", "Description")


def test_a_company_column_filled_on_companies_orders_is_the_buyer_beside_fuller_person_names():
    # Squarespace with a checkout form: the company is asked on business orders only; Billing
    # and Shipping Name hold persons on every order
    persons = ["Sharon Pless", "Carlos Reyes", "Hannah Greene", "Amy Ortiz", "Li Wei", "Jo Park"]
    frame = _frame(
        **{
            "Order ID": [str(10418 + i) for i in range(12)],
            "Billing Name": persons * 2,
            "Shipping Name": persons * 2,
            "Lineitem name": ["Whole Bean Coffee 5 lb", "Drip Packs (42)", "Espresso Blend"] * 4,
            "Checkout Form: Company Name": [
                "Charles George VA Medical Center",
                "The Omni Grove Park Inn",
            ]
            + [""] * 10,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Checkout Form: Company Name"
    assert mapping.fields["contact"] == "Billing Name"


def test_a_person_column_the_buyer_outranked_is_the_contact_where_it_holds_more_names():
    # Stripe: company_name in the metadata on a few payments, the card holder's name on most
    frame = _frame(
        **{
            "id": [f"ch_{i}" for i in range(12)],
            "Card Name": ["Aoife Byrne", "Sean Murphy", "Ciara Kelly", "Liam Walsh"] * 3,
            "Shipping Name": ["Aoife Byrne", "", "", "Liam Walsh", "", ""] * 2,
            "company_name (metadata)": ["Kerry Group plc", "", "", "", "", ""] * 2,
            "Description": ["Market stall fee", "Coffee beans", "Tea", "Mug"] * 3,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "company_name (metadata)"
    assert mapping.fields["contact"] == "Card Name"


def test_rows_naming_no_buyer_are_anonymous_sales_where_most_rows_name_none(model):
    # a card terminal's payments (Clover): a customer's name on a few; an invoice journal
    # names its buyers, and its one row without a buyer, paid on account, holds too little
    # to decide (one paid in cash would be a sale at the counter)
    products = ["Resume printing", "Business cards 250", "Poster A2", "Laminating", "Copies"]
    till = _frame(
        **{
            "Payment ID": [f"P{i:03d}" for i in range(30)],
            "Tender": ["Cash", "Credit Card", "Debit Card"] * 10,
            "Note": products * 6,
            "Customer Name": ["Maple Leaf Realty Inc."] + [""] * 29,
            "Amount": ["37.97", "203.40", "12.50"] * 10,
        }
    )
    assert map_columns(till).anonymous_sale
    sales = classify(till, model).iloc[1:]
    assert sales["label"].eq("B2C").all() and not sales["ambiguous"].any()
    buyers = ["Maple Leaf Realty Inc.", "Sarah Thompson", "City of Kingston", "Jean Tremblay"]
    journal = till.assign(
        **{"Customer Name": [""] + buyers * 7 + buyers[:1], "Tender": ["On account"] * 30}
    )
    assert not map_columns(journal).anonymous_sale
    assert bool(classify(journal, model).iloc[0]["ambiguous"])


def test_the_longest_synonym_first_does_not_take_a_taxs_or_a_payments_amount():
    # MYOB's item sales: the line's total with tax beside the luxury car tax and the amount paid
    frame = _frame(
        **{
            "Co./Last Name": ["Harbour Cafe Pty Ltd", "Nguyen", "City of Sydney"] * 2,
            "Description": ["Espresso machine", "Kettle", "Office chair"] * 2,
            "Inc-Tax Total": ["1,980.00", "79.00", "459.00"] * 2,
            "LCT Amount": ["0.00"] * 6,
            "Amount Paid": ["1,980.00", "0.00", "459.00"] * 2,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["amount"] == "Inc-Tax Total"
    assert "LCT Amount" not in mapping.fields.values()


def test_of_columns_holding_the_same_buyer_word_the_one_of_names_is_the_buyer():
    # a practice's invoice list (CGM MAXX): the recipient over numbered address lines, the
    # salutation first, the name second; the contact's columns keep their order
    frame = _frame(
        **{
            "Rechnungsnummer": [f"2024/04{i:02d}" for i in range(8)],
            "Rechnungsempfänger Zeile 0": ["Frau", "An das", "Herrn", "Frau"] * 2,
            "Rechnungsempfänger Zeile 1": [
                "Mag. Julia Moser",
                "Landesgericht für Zivilrechtssachen Wien",
                "Prof. Herbert Reiter",
                "Julia Fuchs",
                "DI Jovana Steiner",
                "Allgemeine Unfallversicherungsanstalt",
                "Peter Gruber",
                "Anna Huber",
            ],
            "Rechnungsempfänger Zeile 2": ["Gentzgasse 74/10", "Schmerlingplatz 11"] * 4,
            "Rechnungsbetrag Brutto": ["405,80", "1158,00", "130,50", "470,00"] * 2,
        }
    )
    assert map_columns(frame).fields["buyer"] == "Rechnungsempfänger Zeile 1"


def test_the_number_of_a_product_is_no_orders():
    # an order-lines export (Spree): the product's number holds the word an order number's
    # header holds, and the lines of one order name their buyer on the first line only
    frame = _frame(
        **{
            "Number": ["R428927825", "R428927825", "R686243103", "R686243103"] * 2,
            "Product ID": ["134", "119", "118", "133"] * 2,
            "Item Name": [
                "StarTech 42U 4-Post Server Rack",
                "Cable Matters HDMI Cable 10 ft",
                "Samsung T7 1TB Portable SSD",
                "Cisco Catalyst 1000-24T Switch",
            ]
            * 2,
            "Item Quantity": ["1", "4", "2", "3"] * 2,
            "Billing Company": ["Navajo Nation", "", "Oregon State University", ""] * 2,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["product"] == "Item Name"
    assert mapping.fields.get("order_id") != "Product ID"


def test_a_statements_headers_marked_with_a_hash_are_read_by_their_words():
    # mBank writes "#Tytuł", "#Nadawca/Odbiorca": the mark is no number
    frame = _frame(
        **{
            "#Data księgowania": ["2024-09-01", "2024-09-02", "2024-09-03"] * 2,
            "#Opis operacji": ["PRZELEW ZEWNĘTRZNY PRZYCHODZĄCY"] * 6,
            "#Tytuł": [
                "ZAM. NR 10263 PLECAK SZKOLNY",
                "ZAMÓWIENIE 10302",
                "FAKTURA FV/2024/09/118",
            ]
            * 2,
            "#Nadawca/Odbiorca": ["Magdalena Grabowska", "SZKOŁA PODSTAWOWA NR 12", "Anna Majewska"]
            * 2,
            "#Kwota": ["138,35", "35,72", "1 260,00"] * 2,
        }
    )
    mapping = map_columns(frame)
    assert (mapping.fields["comment"], mapping.how["comment"]) == ("#Tytuł", "synonym")
    assert mapping.fields.get("order_id") != "#Opis operacji"


def test_a_count_named_with_a_currency_is_the_amount():
    # OP's account export: "Määrä EUROA" (the amount in euros) beside no other amount
    frame = _frame(
        **{
            "Kirjauspäivä": ["02.09.2024", "03.09.2024", "04.09.2024"] * 2,
            "Määrä EUROA": ["+138,35", "+1 260,00", "+35,72"] * 2,
            "Saaja/Maksaja": ["Tampereen kaupunki", "Matti Virtanen", "Kesko Oyj"] * 2,
            "Viesti": ["Lasku 2024-118", "Tilaus 10302", "Lasku 2024-121"] * 2,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["amount"] == "Määrä EUROA"
    assert "quantity" not in mapping.fields


def test_a_counterpartys_code_of_tax_numbers_is_the_tax_id_and_its_name_column_the_buyer():
    # a Kazakh or Ukrainian statement: "Наименование" is the counterparty, not an item, and
    # "Код контрагента" holds ЄДРПОУ numbers
    frame = _frame(
        **{
            "Дата": ["02.09.2024", "03.09.2024", "04.09.2024"] * 2,
            "Наименование": [
                "ТОВ «Епіцентр К»",
                "Київський національний університет імені Тараса Шевченка",
                "ФОП Мороз Ірина Миколаївна",
            ]
            * 2,
            "Код контрагента": ["32490244", "02070944", "32855961"] * 2,
            "Назначение платежа": [
                "Оплата за папір офісний А4 згідно рахунку 118",
                "Оплата за ноутбук Lenovo згідно договору 12/24",
                "Оплата за картридж HP 59A",
            ]
            * 2,
            "Сумма": ["12 600,00", "48 300,00", "3 120,00"] * 2,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Наименование"
    assert mapping.fields["tax_id"] == "Код контрагента"


def test_a_receipts_number_within_its_shift_yields_to_the_fiscal_documents():
    # a cash register's receipts (Orange Data): "№" counts receipts within a shift and starts
    # again with the next, "ФД" numbers every fiscal document once
    frame = _frame(
        **{
            "№": ["1", "2", "3", "1", "2", "3", "1", "2"],
            "Смена": ["214", "214", "214", "215", "215", "215", "216", "216"],
            "ФД": [str(18350 + i) for i in range(8)],
            "Список предметов расчета": ["[Фен Philips BHD300]", "[Бумага А4 Svetocopy]"] * 4,
            "Сумма": ["2490,00", "389,00"] * 4,
            "Дата": [f"0{d}.03.2024 1{i}:05" for d, i in zip("33344455", "12312312", strict=True)],
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["order_id"] == "ФД"


def test_a_statement_naming_its_payer_after_a_marker_reads_the_payer_as_the_buyer():
    # PostFinance's one text column: the payer after "AUFTRAGGEBER:" or "ABSENDER:", up to
    # a street, a number or the next marker; the purpose stays the comment
    frame = _frame(
        Datum=["30.06.2025", "27.06.2025", "26.06.2025"] * 2,
        Avisierungstext=[
            "GUTSCHRIFT AUFTRAGGEBER: SBB AG INFRASTRUKTUR EINKAUF HILFIKERSTRASSE 1 3000 "
            "BERN 65 MITTEILUNGEN: ABRUF RAHMENVERTRAG BESCHAFFUNG NACH BOEB RG 25-0368",
            "GIRO AUS KONTO 87-497652-3 ABSENDER: MARKUS WYSS ALPENSTRASSE 23 3800 "
            "INTERLAKEN MITTEILUNGEN: RECHNUNG 25-0366",
            "GUTSCHRIFT AUFTRAGGEBER: KANTON BERN FINANZVERWALTUNG MUENSTERPLATZ 12 3011 BERN "
            "MITTEILUNGEN: GYMNASIUM THUN SCHULMOEBEL RG 25-0348",
        ]
        * 2,
        **{"Gutschrift in CHF": ["1260.00", "389.00", "4810.50"] * 2},
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Avisierungstext" and mapping.payer_text
    canon = canonical(frame, mapping)
    assert canon["buyer"].tolist()[:3] == [
        "SBB AG INFRASTRUKTUR EINKAUF",
        "MARKUS WYSS",
        "KANTON BERN FINANZVERWALTUNG",
    ]
    assert canon["comment"].str.contains("RAHMENVERTRAG").iloc[0]


def test_a_statements_only_text_naming_payers_is_the_buyers_column():
    # Millennium bcp: "TRF. P/O <payer>" in the description, the goods in the notes
    frame = _frame(
        **{
            "Data Lançamento": ["25/06/2025", "20/06/2025", "17/06/2025"] * 2,
            "Descrição": [
                "TRF. P/O  MUNICIPIO DE AMARES",
                "TRF. P/O  CATARINA ISABEL FERNANDES",
                "TRF. P/O  HOTEL MINHO SA",
            ]
            * 2,
            "Montante": ["606.54", "887.70", "1260.00"] * 2,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Descrição" and mapping.payer_text
    assert canonical(frame, mapping)["buyer"].iloc[0] == "MUNICIPIO DE AMARES"


def test_a_column_of_one_value_yields_the_buyer_to_a_column_of_names():
    # an RBC download: "Account Type" is "Chequing" on every row, the payers stand in
    # "Description 2"; "CAD$" alone heads the amounts
    frame = _frame(
        **{
            "Account Type": ["Chequing"] * 24,
            "Transaction Date": ["1/8/2024", "1/9/2024", "1/10/2024", "1/11/2024"] * 6,
            "Description 1": ["Misc Payment", "e-Transfer", "Misc Payment", "Deposit"] * 6,
            "Description 2": [
                "TWP OF RUSSELL",
                "JANE MACDONALD",
                "THE OTTAWA HOSPITAL",
                "J.L. RICHARDS & ASSOC",
                "CITY OF KINGSTON",
                "MARK TREMBLAY",
            ]
            * 4,
            "CAD$": ["582.22", "2813.70", "3506.39", "120.00"] * 6,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Description 2"
    assert mapping.fields["amount"] == "CAD$"


def test_a_portuguese_statement_names_its_payer_after_its_transfer_code():
    frame = _frame(
        **{
            "Data mov. ": ["31-03-2025", "30-03-2025", "29-03-2025"] * 2,
            "Descrição ": ["MBWAY LUIS AZEVEDO ", "TFI MUNICIPIO DE BRAGA ", "DEP NUMERARIO "] * 2,
            "Movimento ": ["301,55", "1.185,43", "85,75"] * 2,
        }
    )
    mapping = map_columns(frame)
    assert mapping.fields["buyer"] == "Descrição " and mapping.payer_text
    assert mapping.fields["amount"] == "Movimento "
    assert canonical(frame, mapping)["buyer"].tolist()[:3] == [
        "LUIS AZEVEDO",
        "MUNICIPIO DE BRAGA",
        "DEP NUMERARIO",
    ]
