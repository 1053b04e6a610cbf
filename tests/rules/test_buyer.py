"""Buyer identity: legal forms, tax and registry IDs, mail domains, personal names."""

from __future__ import annotations

import pytest

from tests.conftest import fired


@pytest.mark.parametrize(
    "buyer",
    [
        "ООО «Вектор»",
        "Вектор ООО",
        'OOO "Vector"',  # Latin O's
        "000 «Вектор»",  # zeros
        "Общество с ограниченной ответственностью «Вектор»",
        'ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ "ВЕКТОР"',
        "ПАО «Северный металл»",
        "Acme Inc.",
        "Bluewater Analytics LLC",
        "Northgate Supplies Ltd",
        "Müller Maschinenbau GmbH",
        "Van Dijk Logistics B.V.",
    ],
)
def test_company_forms(evidence_of, buyer):
    assert "company_form" in fired(evidence_of({"buyer": buyer}))


@pytest.mark.parametrize(
    ("buyer", "rule"),
    [
        ("ИП Сидоров Алексей Петрович", "sole_proprietor"),
        ("Индивидуальный предприниматель Кузнецова Е.В.", "sole_proprietor"),
        ("АНО «Центр развития»", "nonprofit_form"),
        ("Благотворительный фонд «Вера»", "nonprofit_form"),
        ("ТСЖ «Берёзка»", "nonprofit_form"),
        ("Адвокат Морозов Игорь Сергеевич", "professional"),
        ("Law Offices of Jane Carter", "business_word"),  # a practice's name is a trade name
        ("Розничный покупатель", "anonymous_buyer"),
        ("Walk-in customer", "anonymous_buyer"),
    ],
)
def test_other_buyer_kinds(evidence_of, buyer, rule):
    assert rule in fired(evidence_of({"buyer": buyer}))


@pytest.mark.parametrize(
    ("tax_id", "rule"),
    [
        ("7707083893", "inn_organisation"),
        ("7707083894", "inn_organisation_invalid"),  # a typo: still weak evidence
        ("500100732259", "inn_person"),
        ("DE136695976", "vat_number"),
        ("GB 980 7806 84", "vat_number"),
        ("12-3456789", "ein"),
    ],
)
def test_tax_ids_are_checked(evidence_of, tax_id, rule):
    found = fired(evidence_of({"buyer": "Клиент", "tax_id": tax_id}))
    assert rule in found


def test_kpp_and_ogrn(evidence_of):
    found = fired(evidence_of({"buyer": "Вектор", "kpp": "770101001", "ogrn": "1027700132195"}))
    assert found["kpp"] == "770101001"
    assert found["ogrn"] == "1027700132195"
    assert "ogrnip" in fired(evidence_of({"buyer": "Петров", "ogrn": "304500116000157"}))


def test_invalid_numbers_are_not_evidence(evidence_of):
    found = fired(
        evidence_of({"buyer": "x", "tax_id": "12345", "kpp": "12", "ogrn": "1027700132194"})
    )
    assert not {"inn_organisation", "kpp", "ogrn", "vat_number", "ein"} & set(found)


@pytest.mark.parametrize(
    ("email", "rule", "domain"),
    [
        ("petrova.anna@mail.ru", "free_email", "mail.ru"),
        ("J.Smith@GMAIL.com", "free_email", "gmail.com"),
        ("zakaz@vector-group.ru", "company_email", "vector-group.ru"),
        ("buyer@acme.co.uk", "company_email", "acme.co.uk"),
        ("school5@edu.gov.ru", "gov_email", "edu.gov.ru"),
        ("procurement@dot.ca.gov", "gov_email", "dot.ca.gov"),
    ],
)
def test_mail_domains(evidence_of, email, rule, domain):
    found = fired(evidence_of({"buyer": "x", "email": email}))
    assert found[rule] == domain
    assert not {"free_email", "company_email", "gov_email"} - {rule} & set(found)


@pytest.mark.parametrize(
    "name",
    [
        "Иванов Иван Иванович",
        "ПЕТРОВА АННА СЕРГЕЕВНА",
        "Сидоров А.П.",
        "А. П. Сидоров",
        "Алиев Рашид Ахмед оглы",
        "Анна Петрова",
        "John Smith",
        "Smith, John",
        "Mrs Jane Doe",
        "Fleur van den Berg",
        "Petrov Ivan Sergeyevich",  # a patronymic in Latin letters
        "Shevchenko Taras Hryhorovych",
        "D'Angelo Ross",
        "Kovács Anna Mária",
    ],
)
def test_personal_names(evidence_of, name):
    assert "person_name" in fired(evidence_of({"buyer": name}))


@pytest.mark.parametrize(
    "buyer",
    [
        "ООО «Иван Петров и партнёры»",
        "ИП Иванов Иван Иванович",
        "Вектор Плюс",
        "Кондиционер Haier",
        "МБОУ СОШ № 5",
        "Oracle Austin Waterfront",  # a given name second of three words, after a brand
        "ATS di Bergamo",  # an acronym before a particle: Bergamo's health agency
    ],
)
def test_organisations_and_things_are_not_persons(evidence_of, buyer):
    assert "person_name" not in fired(evidence_of({"buyer": buyer}))


def test_a_name_is_a_person_on_its_own_rows_only(evidence_of):
    # the same cell on a sole proprietor's row and on a private person's
    evidence = evidence_of(
        {"buyer": "Петрова Анна Сергеевна", "contact": "ИП Петрова А. С."},
        {"buyer": "Петрова Анна Сергеевна"},
        {"buyer": "ООО «Вектор»"},
    )
    assert "person_name" not in fired(evidence, 0)
    assert fired(evidence, 1)["person_name"] == "Петрова Анна Сергеевна"
    assert "person_name" not in fired(evidence, 2)


def test_person_from_contact_when_no_company(evidence_of):
    assert "person_name" in fired(evidence_of({"buyer": "", "contact": "Jane Doe"}))
    assert "person_name" not in fired(evidence_of({"buyer": "Acme Inc", "contact": "Jane Doe"}))


def test_registrable_domain_and_the_maintained_free_mail_list(evidence_of):
    found = fired(evidence_of({"buyer": "x", "email": "zakaz@msk.vector-group.co.uk"}))
    assert found["company_email"] == "vector-group.co.uk"
    found = fired(evidence_of({"buyer": "x", "email": "someone@comcast.net"}))
    assert found["free_email"] == "comcast.net"


@pytest.mark.parametrize(
    ("field", "text", "rule"),
    [
        ("tax_id", "УНП 200988541", "unp"),
        ("comment", "Company No. 01234567, registered in England", "uk_company_number"),
    ],
)
def test_neighbour_and_uk_registry_numbers(evidence_of, field, text, rule):
    assert rule in fired(evidence_of({"buyer": "Buyer", field: text}))


def test_an_invalid_unp_is_not_evidence(evidence_of):
    assert "unp" not in fired(evidence_of({"buyer": "Buyer", "tax_id": "200988542"}))


def test_tax_ids_checked_together_as_one_by_one():
    import random

    from classifier.rules.taxids import tax_evidence, tax_evidence_many

    rng = random.Random(11)
    values = [
        "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 11, 12, 13])))
        for _ in range(5000)
    ]
    values += [
        "7707083893",
        "7707083894",
        "500100732259",
        "500100732258",
        "７７０７０８３８９３",
        "77 0708 3893",
        " 7707083893",
        "DE 136 695 976",
        "12-3456789",
        "",
        "ИНН",
    ]
    found = tax_evidence_many(values)
    assert found == [tax_evidence(v) for v in values]
    kinds = {k for hit in found for k in hit}
    assert {"inn_organisation", "inn_organisation_invalid", "inn_person", "vat_number"} <= kinds


def test_a_two_label_domain_is_its_own_registrable_domain():
    """Taken as it is, without the Public Suffix List: what the list would give."""
    from classifier.rules.buyer import _free_mail, _suffixes, domain_kind
    from classifier.rules.government import is_government_domain

    psl = _suffixes()
    domains = [
        "msk.ru",
        "spb.ru",
        "com.ru",
        "co.uk",
        "a.ck",
        "www.ck",
        "vector.ru",
        "mail.ru",
        "пример.рф",
        "x-y.com",
        "1.2",
        "gmail.com",
        "k12.us",
        "gov.uk",
    ]
    kinds = []
    for domain in domains:
        registrable = psl.privatesuffix(domain) or domain
        free = domain in _free_mail() or registrable in _free_mail()
        kind = "free_email" if free else "company_email"
        expected = {} if is_government_domain(domain) else {kind: registrable}
        assert domain_kind(domain) == expected, domain
        kinds.append(next(iter(expected), "government"))
    assert {"free_email", "company_email", "government"} <= set(kinds)
