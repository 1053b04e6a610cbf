"""LABELING.md, "Readings for buyers the lists above do not name": its cases, as exports hold them.

Each record goes through :func:`classifier.classify` with the shipped model, as a user's
would; the label and the ambiguity flag must be the policy's.
"""

from __future__ import annotations

import pandas as pd
import pytest

from classifier import classify
from classifier.decide import UNDECIDED_CAP, decide
from classifier.rules.base import RULES

READINGS = [
    # the state, not ambiguous by that fact alone
    (
        {"buyer": "Embassy of the Republic of Poland", "product": "Office chair", "quantity": "4"},
        "B2G",
        False,
    ),
    (
        {
            "buyer": "Botschaft der Bundesrepublik Deutschland",
            "product": "Aktenvernichter",  # a shredder: one household item would be the kettle case
            "quantity": "1",
            "documents": "Rechnung 2024-118",
        },
        "B2G",
        False,
    ),
    (
        {
            "buyer": "Maricopa County Board of Supervisors",
            "product": "Toner cartridge, black",
            "quantity": "12",
        },
        "B2G",
        False,
    ),
    ({"buyer": "Landeshauptstadt München", "product": "Bürostuhl", "quantity": "20"}, "B2G", False),
    (
        {"buyer": "Independent School District No. 709", "product": "Projector", "quantity": "6"},
        "B2G",
        False,
    ),
    ({"buyer": "Navajo Nation", "product": 'Laptop 15.6"', "quantity": "10"}, "B2G", False),
    ({"buyer": "Акимат города Алматы", "product": "Бумага А4", "quantity": "50"}, "B2G", False),
    # organisations other than the state
    # a practice named with its doctor's or lawyer's name is a trade name, as a trade's is
    (
        {"buyer": "Ordination Dr. Elisabeth Moser", "product": "Toner HP 59A", "quantity": "4"},
        "B2B",
        False,
    ),
    ({"buyer": "Kanzlei Dr. Weber", "product": "Kopierpapier A4", "quantity": "10"}, "B2B", False),
    (
        {
            "buyer": "Thomas White Bookkeeping",
            "product": "Printer paper A4, 500 sheets",
            "quantity": "10",
        },
        "B2B",
        False,
    ),
    (
        {
            "buyer": "Hilltop Plumbing",
            "email": "hilltopplumbing@btinternet.com",
            "product": 'Pipe wrench 14"',
            "quantity": "3",
        },
        "B2B",
        False,
    ),
    (
        {"buyer": "St. Mary's Catholic Church", "product": "Folding chairs", "quantity": "40"},
        "B2B",
        False,
    ),
    ({"buyer": "Citigroup", "product": "Webcam 1080p", "quantity": "25"}, "B2B", False),
    # ambiguous by nature
    ({"buyer": "UNICEF", "product": 'Laptop 15.6"', "quantity": "5"}, "B2B", True),
    (
        {"buyer": "Фонд развития промышленности", "product": 'Монитор 27"', "quantity": "3"},
        "B2B",
        True,
    ),
    (
        {
            "buyer": "Возмещение по операциям эквайринга ПАО Сбербанк",
            "product": "Чайник",
            "quantity": "1",
        },
        "B2C",
        True,
    ),
    (
        {"buyer": "Amazon Marketplace disbursement", "product": "Yoga mat", "quantity": "1"},
        "B2C",
        True,
    ),
    # a statement's credit from a payment gateway: the gateway is the counterparty, no buyer
    (
        {"buyer": "Stichting Mollie Payments", "comment": "Mollie uitbetaling st_Vmr9dLyNpA"},
        "B2C",
        True,
    ),
    ({"buyer": "Comgate, a.s.", "comment": "Comgate výplata 250457"}, "B2C", True),
    (
        {
            "buyer": 'АТ КБ "ПРИВАТБАНК"',
            "comment": "Зарахування коштів LiqPay за 16.03.2025, 2 тр., сума 1509.00",
        },
        "B2C",
        True,
    ),
    # a company buying one coffee machine is the policy's company buying one household appliance
    (
        {"buyer": "Bakkerij De Boer B.V.", "product": "Koffiezetapparaat Philips", "quantity": "1"},
        "B2B",
        True,
    ),
    # a receipt with no buyer is an anonymous retail sale, not thin
    (
        {
            "documents": "Кассовый чек № 1842",
            "product": "Чайник электрический",
            "quantity": "1",
            "payment": "наличные",
        },
        "B2C",
        False,
    ),
    ({"receipt": "ФД 52214", "product": "Сковорода 28 см", "quantity": "1"}, "B2C", False),
    # ... whatever it holds: three heaters on one receipt are no business's order; a cashier's
    # column says the export is a till's
    ({"Kassier": "Kassa 1", "Artikel": "Ölradiator 2000 W", "Menge": "3"}, "B2C", False),
    # ... and so is a sale paid at a counter (cash, a card terminal) that names no buyer,
    # while one paid on delivery or by bank transfer holds too little to decide
    ({"product": "Cykelhjelm Abus Urban-I", "payment": "SumUp kortbetaling"}, "B2C", False),
    ({"product": "Taza personalizada", "quantity": "3", "payment": "Efectivo"}, "B2C", False),
    ({"product": "KeepCup Brew 12oz", "payment": "card_present"}, "B2C", False),
    ({"product": "Wasserkocher", "payment": "Nachnahme"}, "B2C", True),
    ({"product": "Toaster", "payment": "Cash on delivery"}, "B2C", True),
    ({"product": "Wasserkocher", "payment": "Überweisung"}, "B2C", True),
    # public bodies as they sign: a Land's government, an embassy, a national institute, a
    # central bank, a state school's abbreviation, a city-owned hospital group
    ({"buyer": "Land Steiermark", "product": "Bürostuhl"}, "B2G", False),
    ({"buyer": "Österreichische Botschaft Bern", "product": "Laserdrucker"}, "B2G", False),
    ({"buyer": "Instituto Nacional de Estadística", "product": "Portátil"}, "B2G", False),
    ({"buyer": "Narodowy Bank Polski", "product": "Monitor"}, "B2G", False),
    ({"buyer": "IES Ramiro de Maeztu", "product": "Estantería"}, "B2G", False),
    ({"buyer": "Vivantes Netzwerk für Gesundheit", "product": "Schreibtischstuhl"}, "B2G", False),
    ({"buyer": "Bon Vivant Café", "product": "Coffee beans 1 kg", "quantity": "10"}, "B2B", False),
    # an international organisation, named in Russian or by an EU agency's acronym: B2B, ambiguous
    ({"buyer": "Представительство ВОЗ в Российской Федерации", "product": "Принтер"}, "B2B", True),
    ({"buyer": "ECHA", "product": 'Näyttö 24"'}, "B2B", True),
    # a public library, a regional transport authority, a statutory insurer
    ({"buyer": "Biblioteka Publiczna w Dzielnicy Mokotów", "product": "Regał"}, "B2G", False),
    ({"buyer": "Société de transport de Laval", "product": "Moniteur"}, "B2G", False),
    ({"buyer": "Pensionsversicherungsanstalt", "product": "Gutachten"}, "B2G", False),
    # armed forces' units named by their kind of unit, in the forces' own languages
    ({"buyer": "82nd Airborne Division", "product": "Laser printer"}, "B2G", False),
    ({"buyer": "Panzerbrigade 12", "product": "Laserdrucker"}, "B2G", False),
    ({"buyer": "Norrbottens regemente", "product": "Laserskrivare"}, "B2G", False),
    ({"buyer": "33 Baza Lotnictwa Transportowego", "product": "Tablet"}, "B2G", False),
    # a household product named by its brand and model line: a company buying one is the
    # air-conditioner case
    ({"buyer": "Garage Schneeberger AG", "product": "Sonos Era 100", "quantity": "1"}, "B2B", True),
    ({"buyer": "Treuhand Käser GmbH", "product": "Nespresso Vertuo Next"}, "B2B", True),
    # a sole trader's trade word written into one word with the trade, beside a person's name
    ({"buyer": "Peter Zbinden Malergeschäft", "product": "Visitenkarten"}, "B2B", False),
    ({"buyer": "Instalatérství Jan Novák", "product": "Mobilní telefon"}, "B2B", False),
    ({"buyer": "Schildersbedrijf P. de Vries", "product": "Laptop"}, "B2B", False),
    # the state's words written in capitals without their accents
    ({"buyer": "LYCEE POLYVALENT JEAN JAURES", "product": "Ramette papier A4"}, "B2G", False),
    ({"buyer": "DEPARTEMENT DE LA GIRONDE", "product": "Panneau de signalisation"}, "B2G", False),
    # a business word that is a common surname, after a given name or an initial alone
    ({"buyer": "Eugene Mills", "product": "Laptop"}, "B2C", False),
    ({"buyer": "N. Power", "product": "Keyboard"}, "B2C", False),
    ({"buyer": "Power Tools Direct", "product": "Laptop"}, "B2B", False),
    # last name first, with a middle initial; a partnership and an insurer named without a form
    ({"buyer": "Thompson, Tyler K.", "product": "Laser printer"}, "B2C", False),
    ({"buyer": "JOHN LEWIS PARTNERSHIP", "product": "Keyboard"}, "B2B", False),
    ({"buyer": "Kooperativa pojišťovna", "product": "Klávesnice"}, "B2B", False),
    # degrees and forms of address before a name
    ({"buyer": "Mgr. Tereza Horáková", "product": "Klávesnice"}, "B2C", False),
    ({"buyer": "Dña. Marta Romero Jiménez", "product": "Impresora láser"}, "B2C", False),
    ({"buyer": "Commune d'Ixelles", "product": "Imprimante laser"}, "B2G", False),
    # a customer code before a person's name, and a form of address
    ({"buyer": "CUST-10356 Latoya Jackson", "product": "Vocal microphone"}, "B2C", False),
    ({"buyer": "M. Yann Tanguy", "product": "Table basse"}, "B2C", False),
    # a state-owned company abroad under a tender, a non-profit under a cooperative contract,
    # a person paying a company's invoice: B2B, ambiguous
    (
        {
            "buyer": "Network Rail Infrastructure Ltd",
            "product": "Stainless steel prep table",
            "comment": "Tender ref NR/CP7/FM/0231 - call-off 14",
        },
        "B2B",
        True,
    ),
    (
        {"buyer": "Tampa Bay Youth Foundation", "product": "Copier paper", "comment": "Sourcewell"},
        "B2B",
        True,
    ),
    (
        {
            "buyer": "Jay Patel",
            "product": "Commercial microwave 1100W",
            "comment": "paid on behalf of Patel's Kitchen Ltd",
        },
        "B2B",
        True,
    ),
    # a state-owned company buying by a procedure of public procurement: B2B, ambiguous
    (
        {
            "buyer": "АО «НК «Қазақстан темір жолы»",
            "product": "Ноутбук Lenovo ThinkPad E14",
            "contract": "Запрос ценовых предложений",
        },
        "B2B",
        True,
    ),
    (
        {"buyer": "АО «Казпочта»", "product": "Бумага А4", "contract": "Из одного источника"},
        "B2B",
        True,
    ),
    (
        {
            "buyer": "АО «Эйр Астана»",
            "product": "Бумага А4 SvetoCopy, 500 л.",
            "contract": "Договор о закупках № 408652 (Правила закупок АО «Самрук-Казына»)",
        },
        "B2B",
        True,
    ),
    # a company role mailbox on an otherwise anonymous record is an organisation's
    ({"email": "zakupki@vector-group.ru", "product": "Бумага А4", "quantity": "10"}, "B2B", False),
    (
        {"email": "ap.invoices@kimley-horn.com", "product": "Microwave", "quantity": "1"},
        "B2B",
        True,
    ),
    # a private person stating a business use is B2B, ambiguous; a home use is B2C
    (
        {
            "buyer": "Angela Brown",
            "product": "HP LaserJet Pro 4001n",
            "comment": "for my home-based tax prep business",
        },
        "B2B",
        True,
    ),
    ({"buyer": "Angela Brown", "product": "HP LaserJet", "comment": "for my home"}, "B2C", False),
    # consumables offices buy as routinely as homes (toilet paper, soap, coffee) are no
    # household item in an organisation's order: plain B2B; an appliance is the policy's case
    (
        {"buyer": "ООО «Альфа Консалтинг»", "product": "Бумага туалетная 48 рул.", "quantity": "2"},
        "B2B",
        False,
    ),
    ({"buyer": "Van den Berg Advies B.V.", "product": "Handzeep navulling 5 liter"}, "B2B", False),
    ({"buyer": "Van den Berg Advies B.V.", "product": "Waterkoker", "quantity": "1"}, "B2B", True),
    # Hungarian and Slovak public bodies
    ({"buyer": "Dél-pesti Centrumkórház", "product": "Laptop", "quantity": "3"}, "B2G", False),
    ({"buyer": "Budapest Főváros VIII. kerület Önkormányzata", "product": "Toner"}, "B2G", False),
    ({"buyer": "Mesto Žilina", "product": "Kancelárska stolička", "quantity": "6"}, "B2G", False),
    # EU agencies and the UN family in the languages of their seats
    ({"buyer": "Agência Europeia da Segurança Marítima (EMSA)", "product": "Cadeira"}, "B2B", True),
    ({"buyer": "Mezinárodní organizace pro migraci (IOM)", "product": "Židle"}, "B2B", True),
    # an international organisation named in the language of its seat: ambiguous by nature
    ({"buyer": "Organisation mondiale de la santé", "product": "Chaise de bureau"}, "B2B", True),
    # packs count as packs
    (
        {
            "buyer": "Петрова Анна Сергеевна",
            "product": "Маски медицинские, упаковка 50 шт",
            "quantity": "1",
            "email": "anna.petrova@mail.ru",
        },
        "B2C",
        False,
    ),
    # a trade word before or after the name makes a sole trader's trade name, in any language
    ({"buyer": "Physiotherapie Anna Schmidt", "product": "Headset", "quantity": "2"}, "B2B", False),
    ({"buyer": "Julie Lambert – Traductions", "product": "Ordinateur portable"}, "B2B", False),
    # an internet provider's mailbox is a person's, as free mail is
    (
        {"buyer": "Ivana Berger", "email": "ivana.berger60@a1.net", "product": "Wasserkocher"},
        "B2C",
        False,
    ),
    # a word naming an organisation is in no person's name, whatever given name it holds
    (
        {"buyer": "St. Agnes Academy", "product": "Graphing calculator", "quantity": "6"},
        "B2B",
        False,
    ),
]


def _classify(record: dict[str, str], model) -> pd.Series:
    return classify(pd.DataFrame([record]), model).iloc[0]


@pytest.mark.parametrize(
    ("record", "label", "ambiguous"),
    READINGS,
    ids=[next(iter(r[0].values()))[:40] for r in READINGS],
)
def test_readings_for_buyers_the_lists_do_not_name(record, label, ambiguous, model):
    row = _classify(record, model)
    assert (row["label"], bool(row["ambiguous"])) == (label, ambiguous), row["reasons"]


def test_an_organisations_order_with_one_household_item_among_business_goods_is_plain_b2b(model):
    lines = pd.DataFrame(
        [
            {"order_id": "A-7", "buyer": "Becker Bau GmbH", "product": p, "quantity": q}
            for p, q in (
                ("Перфоратор SDS-plus", "2"),
                ("Стремянка алюминиевая", "1"),
                ("Чайник электрический", "1"),
            )
        ]
    )
    labelled = classify(lines, model)
    assert labelled["label"].eq("B2B").all() and not labelled["ambiguous"].any()


def test_a_person_with_a_company_email_buying_household_goods_is_b2c_ambiguous(model):
    row = _classify(
        {
            "buyer": "Jonas Weber",
            "email": "jonas.weber@siemens.com",
            "product": "Toaster",
            "quantity": "1",
        },
        model,
    )
    assert (row["label"], bool(row["ambiguous"])) == ("B2C", True)


@pytest.mark.parametrize(
    "record",
    [
        {
            "buyer": "Bufete Albiñana Abogados, S.L.P.",
            "tax_id": "B98830177",
            "comment": "1 ud. microondas Cecotec",
        },
        {
            "buyer": "ООО «Кафе Вкусно»",
            "comment": "Оплата по счёту № 612 за холодильник Atlant ХМ-4619. В т.ч. НДС 20%",
        },
    ],
    ids=["invoice remark", "payment purpose"],
)
def test_a_household_item_named_only_in_the_comment_is_the_air_conditioner_case(record, model):
    # LABELING.md: a company buys one household air conditioner — B2B, ambiguous. An export
    # with no product column names the goods in its remarks or a payment's purpose.
    row = _classify(record, model)
    assert (row["label"], bool(row["ambiguous"])) == ("B2B", True), row["reasons"]
    assert "household product" in row["reasons"]
    # the same remark beside a product column that names the goods is not read twice
    named = _classify({**record, "product": "Office chair"}, model)
    assert (named["label"], bool(named["ambiguous"])) == ("B2B", False), named["reasons"]


def _frame(**fired: str) -> pd.DataFrame:
    return pd.DataFrame({rid: [fired.get(rid)] for rid in RULES}, dtype=object)


def _proba(b2b: float, b2c: float, b2g: float) -> pd.DataFrame:
    return pd.DataFrame({"p_b2b": [b2b], "p_b2c": [b2c], "p_b2g": [b2g]})


def test_with_nothing_deciding_no_probability_exceeds_the_cap():
    out = decide(_proba(0.98, 0.01, 0.01), _frame(free_email="gmail.com"))
    assert out["label"].iloc[0] == "B2B" and out["settled_by"].iloc[0] == ""
    assert out["confidence"].iloc[0] == pytest.approx(UNDECIDED_CAP)
    assert out[["p_b2b", "p_b2c", "p_b2g"]].sum(axis=1).iloc[0] == pytest.approx(1.0)


def test_volume_alone_does_not_turn_a_named_person_into_a_business():
    evidence = _frame(person_name="Захаров Олег Вячеславович", quantity_bulk="45")
    silent = decide(_proba(0.7, 0.25, 0.05), evidence, worded=[False])
    assert silent["label"].iloc[0] == "B2C"
    # words of its own (a comment) may hold a purpose no rule knows: the model decides
    worded = decide(_proba(0.7, 0.25, 0.05), evidence, worded=[True])
    assert worded["label"].iloc[0] == "B2B"


def test_a_record_that_names_its_buyer_is_not_thin():
    evidence = _frame()
    assert decide(_proba(0.5, 0.45, 0.05), evidence)["thin"].iloc[0]
    assert not decide(_proba(0.5, 0.45, 0.05), evidence, identified=[True])["thin"].iloc[0]


def test_a_profession_is_ambiguous_where_a_person_buys_and_it_settles_the_label():
    # LABELING.md: the lawyer buying for the practice — "the buyer is a person, purpose is
    # professional"
    person = decide(
        _proba(0.6, 0.3, 0.1), _frame(professional="Attorney at Law", person_name="Michael Kim")
    )
    assert person["label"].iloc[0] == "B2B"
    assert person["ambiguous"].iloc[0] and person["doubt"].iloc[0] == "professional"
    # a practice named as a firm is an organisation: B2B, nothing disagrees
    practice = decide(_proba(0.6, 0.3, 0.1), _frame(professional="Dental Practice"))
    assert practice["label"].iloc[0] == "B2B" and not practice["ambiguous"].iloc[0]
    firm = decide(
        _proba(0.6, 0.3, 0.1),
        _frame(professional="Law", company_form="LLP", person_name="Michael Kim"),
    )
    assert firm["settled_by"].iloc[0] == "company_form" and not firm["ambiguous"].iloc[0]


def test_a_public_schools_word_yields_to_a_private_schools_legal_form():
    out = decide(
        _proba(0.5, 0.1, 0.4),
        _frame(public_institution_word="základní škola", company_form="s.r.o"),
    )
    assert out["label"].iloc[0] == "B2B" and not out["ambiguous"].iloc[0]
    alone = decide(_proba(0.5, 0.1, 0.4), _frame(public_institution_word="základní škola"))
    assert alone["label"].iloc[0] == "B2G"


def test_household_goods_in_more_than_a_household_buys_are_no_sign_against_an_organisation():
    bulk = decide(
        _proba(0.8, 0.15, 0.05),
        _frame(company_form="ТОО", product_household="Бумага туалетная", quantity_bulk="25"),
    )
    assert bulk["label"].iloc[0] == "B2B" and not bulk["ambiguous"].iloc[0]
    one = decide(
        _proba(0.8, 0.15, 0.05), _frame(company_form="ТОО", product_household="Кондиционер")
    )
    assert one["ambiguous"].iloc[0] and one["conflict"].iloc[0] == "product_household"


def test_evidence_of_an_organisation_is_not_held_against_the_state():
    out = decide(_proba(0.1, 0.1, 0.8), _frame(gov_body="Ministry of", kpp="770101001"))
    assert out["label"].iloc[0] == "B2G" and not out["ambiguous"].iloc[0]


def test_a_companys_contact_person_does_not_make_its_order_ambiguous():
    # the family that settled the label is read with it: a business-order flag and the name
    # of the employee who placed the order are one kind of signal, not a disagreement
    out = decide(
        _proba(0.7, 0.25, 0.05), _frame(business_customer="true", person_name="Greg Foster")
    )
    assert out["label"].iloc[0] == "B2B" and not out["ambiguous"].iloc[0]
    # a stated business purpose of a private person is a disagreement of two kinds
    out = decide(
        _proba(0.3, 0.6, 0.1),
        _frame(purpose_business="для перепродажи", person_name="Иванов Иван Иванович"),
    )
    assert out["label"].iloc[0] == "B2B" and out["ambiguous"].iloc[0]


def test_a_marketplace_relay_address_says_nothing_of_the_buyer():
    from classifier.rules.buyer import domain_kind

    assert domain_kind("marketplace.amazon.com") == {}
    assert domain_kind("members.ebay.de") == {}
    assert domain_kind("siemens.com") == {"company_email": "siemens.com"}


def test_a_name_in_a_script_b2x_cannot_read_is_no_evidence_of_an_organisation(evidence_of):
    """박민서 or 佐藤花子 may be a person: b2x reads the given names of Latin and Cyrillic
    scripts only, so a short name in another is not taken for an organisation's; a longer
    one (ソニーグループ) and an unplaced Latin one ("Kraft Heinz") are."""
    found = evidence_of(
        {"buyer": "박민서", "product": "스마트폰"},
        {"buyer": "ソニーグループ", "product": "ノートパソコン"},
        {"buyer": "Kraft Heinz", "product": "Laptop"},
    )
    assert found["organisation_name"].notna().tolist() == [False, True, True]
