"""Tax IDs of many countries, each read by its own rules (data/tax_ids.toml).

Valid numbers are python-stdnum's documented examples or numbers found by searching
with stdnum's checks (and, for Kazakhstan, the published check-digit algorithm, written
out again below); each invalid one is a valid one with its last character changed.
"""

from __future__ import annotations

import importlib
import random

import pandas as pd
import pytest
from stdnum.be import vat as be_vat
from stdnum.it import iva
from stdnum.pl import nip, pesel
from stdnum.ru import inn
from stdnum.ua import rntrc

from classifier.rules.base import RULES
from classifier.rules.taxids import _tax_ids, tax_evidence, tax_evidence_many
from tests.conftest import fired


def kz_check_digit(number: str) -> int | None:
    """The ИИН/БИН check digit by the published rule, digit by digit; None: not issued."""
    digits = [int(c) for c in number[:11]]
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if check != 10:
            return check
    return None


def kz_valid(number: str) -> bool:
    return kz_check_digit(number) == int(number[11])


# (cell, rule, value): one or more for every row of tax_ids.toml
VALID = [
    ("БИН 971240001315", "tax_id_organisation", "БИН (KZ) 971240001315"),
    ("971240001315", "tax_id_organisation", "БИН (KZ) 971240001315"),
    ("880320300011", "tax_id_person", "ИИН (KZ) 880320300011"),
    ("ИИН: 880320300011", "tax_id_person", "ИИН (KZ) 880320300011"),
    ("32855961", "tax_id_organisation", "ЄДРПОУ (UA) 32855961"),
    ("код ЄДРПОУ 32855961", "tax_id_organisation", "ЄДРПОУ (UA) 32855961"),
    ("3012345670", "tax_id_person", "РНОКПП (UA) 3012345670"),
    ("РНОКПП 1759013776", "tax_id_person", "РНОКПП (UA) 1759013776"),
    ("NIP 526-025-02-74", "tax_id_organisation", "NIP (PL) 5260250274"),
    ("526-025-02-74", "tax_id_organisation", "NIP (PL) 5260250274"),
    ("5260250274", "tax_id_organisation", "NIP (PL) 5260250274"),
    ("REGON 192598184", "tax_id_organisation", "REGON (PL) 192598184"),
    ("192598184", "tax_id_organisation", "REGON (PL) 192598184"),
    ("44051401359", "tax_id_person", "PESEL (PL) 44051401359"),
    ("IČO 25123891", "tax_id_organisation", "IČO (CZ) 25123891"),
    ("DIČ 7103192745", "tax_id_person", "rodné číslo (CZ) 7103192745"),
    ("SIREN 732 829 320", "tax_id_organisation", "SIREN (FR) 732829320"),
    ("73282932000074", "tax_id_organisation", "SIRET (FR) 73282932000074"),
    ("A58818501", "tax_id_organisation", "CIF (ES) A58818501"),
    ("NIF P2807900B", "tax_id_state", "CIF (ES) P2807900B"),
    ("S2846291I", "tax_id_state", "CIF (ES) S2846291I"),
    ("NIF 600037002", "tax_id_state", "NIPC (PT) 600037002"),
    ("SIREN 180 089 013", "tax_id_state", "SIREN (FR) 180089013"),
    ("SIRET 18008901300007", "tax_id_state", "SIRET (FR) 18008901300007"),
    ("12345678Z", "tax_id_person", "DNI (ES) 12345678Z"),
    ("X1234567L", "tax_id_person", "NIE (ES) X1234567L"),
    ("P.IVA 00743110157", "tax_id_organisation", "Partita IVA (IT) 00743110157"),
    ("00743110157", "tax_id_organisation", "Partita IVA (IT) 00743110157"),
    ("C.F. RSSMRA85T10A562S", "tax_id_person", "codice fiscale (IT) RSSMRA85T10A562S"),
    ("RSSMRA85T10A562S", "tax_id_person", "codice fiscale (IT) RSSMRA85T10A562S"),
    ("NIF 501 964 843", "tax_id_organisation", "NIPC (PT) 501964843"),
    ("NIF 123456789", "tax_id_person", "NIF (PT) 123456789"),
    ("NIF 999999990", "tax_id_person", "NIF consumidor final (PT) 999999990"),
    ("KvK 34138857", "tax_id_organisation", "KvK (NL) 34138857"),
    ("0403019261", "tax_id_organisation", "ondernemingsnummer (BE) 0403019261"),
    ("KBO 0428.759.497", "tax_id_organisation", "ondernemingsnummer (BE) 0428759497"),
    ("556036-0793", "tax_id_organisation", "organisationsnummer (SE) 5560360793"),
    ("Org.nr 556036-0793", "tax_id_organisation", "organisationsnummer (SE) 5560360793"),
    ("880320-0016", "tax_id_person", "personnummer (SE) 8803200016"),
    ("988077917", "tax_id_organisation", "organisasjonsnummer (NO) 988077917"),
    ("CVR 13585628", "tax_id_organisation", "CVR (DK) 13585628"),
    ("0112038-9", "tax_id_organisation", "Y-tunnus (FI) 01120389"),
    ("Y-tunnus 0112038-9", "tax_id_organisation", "Y-tunnus (FI) 01120389"),
    ("51 824 753 556", "tax_id_organisation", "ABN (AU) 51824753556"),
    ("ABN 51824753556", "tax_id_organisation", "ABN (AU) 51824753556"),
    ("123456782RT0001", "tax_id_organisation", "BN (CA) 123456782RT0001"),
    ("BN 123456782", "tax_id_organisation", "BN (CA) 123456782"),
]


@pytest.mark.parametrize(("cell", "rule", "value"), VALID)
def test_each_countrys_number_is_read_by_its_rules(cell, rule, value):
    assert tax_evidence(cell) == {rule: value}


def test_the_final_consumers_number_alone_is_no_organisations():
    # PT 999999990 is the number of an invoice to an unnamed consumer; the same nine digits
    # pass another country's check, and readings that disagree are no evidence
    assert tax_evidence("999999990") == {}


def test_every_kind_in_the_table_is_tested():
    named = {value.rsplit(" ", 1)[0] for _, _, value in VALID}
    titles = {part for name in named for part in name.split(" / ")}
    assert {e.title for e in _tax_ids() if e.meaning != "inn"} <= titles


@pytest.mark.parametrize(
    "cell",
    [
        "БИН 971240001316",
        "NIP 526-025-02-75",
        "ЄДРПОУ 32855962",
        "CVR 13585629",
        "IČO 25123892",
        "SIREN 732829321",
        "SIRET 73282932000075",
        "P.IVA 00743110158",
        "A58818502",
        "12345678A",
        "RSSMRA85T10A562T",
        "NIF 501964844",
        "KBO 0403019262",
        "ABN 51824753557",
        "Orgnr 988077918",
        "Y-tunnus 0112038-8",
        "KvK 3413885",  # seven digits
    ],
)
def test_a_labelled_number_that_fails_its_check_is_no_evidence(cell):
    assert tax_evidence(cell) == {}


def test_the_table_is_well_formed():
    for entry in _tax_ids():
        assert entry.meaning in {"organisation", "state", "person", "inn"}
        for label in entry.labels:
            assert label == "".join(filter(str.isalpha, label.casefold()))
        if entry.check and entry.check != "kz":
            assert hasattr(importlib.import_module(f"stdnum.{entry.check}"), "is_valid")
        if not entry.check:
            assert not entry.bare, "a number with no check digit is read only under its label"


def test_the_new_rules_name_the_kind_in_both_languages():
    org, person = RULES["tax_id_organisation"], RULES["tax_id_person"]
    assert org.decides and org.allows == ("B2B", "B2G") and org.strength >= 0.5
    assert not person.decides and person.strength < 0.5 and person.allows == ("B2B", "B2C")
    for rule in (org, person):
        assert "{value}" in rule.text["en"] and "{value}" in rule.text["ru"]
    assert "NIP (PL)" in org.describe("NIP (PL) 5260250274", "ru")


# --- Kazakhstan ------------------------------------------------------------------


def test_the_kazakh_check_digit_is_the_published_two_pass_rule():
    from classifier.rules.taxids import _kz_valid

    rng = random.Random(5)
    numbers = ["".join(rng.choice("0123456789") for _ in range(12)) for _ in range(3000)]
    assert [_kz_valid(n) for n in numbers] == [kz_valid(n) for n in numbers]
    assert kz_valid("971240001315") and kz_valid("880320300011")
    # a number whose first pass gives 10 is checked by the second weights
    first_pass = [
        sum(int(c) * w for c, w in zip(n[:11], range(1, 12), strict=True)) % 11 for n in numbers
    ]
    second = next(
        n
        for n, f in zip(numbers, first_pass, strict=True)
        if f == 10 and kz_check_digit(n) is not None
    )
    fixed = second[:11] + str(kz_check_digit(second))
    assert _kz_valid(fixed)


def test_the_fifth_digit_tells_an_organisation_from_a_person():
    # 97 12 4 0…: registered December 1997, a resident legal entity, head office
    assert "tax_id_organisation" in tax_evidence("971240001315")
    # 88 03 20 3…: born 20 March 1988, a man of the 20th century
    assert "tax_id_person" in tax_evidence("880320300011")


def test_twelve_digits_valid_in_russia_and_kazakhstan_say_so():
    assert inn.is_valid("770100000142") and kz_valid("770100000142")
    assert inn.is_valid("770140001505") and kz_valid("770140001505")
    # the Russian reading is preferred, and the reason names the Kazakh one
    assert tax_evidence("770100000142") == {"inn_person": "770100000142 / ИИН (KZ)"}
    assert tax_evidence("770140001505") == {"inn_person": "770140001505 / БИН (KZ)"}
    # unless the cell names the Kazakh number
    assert tax_evidence("ИИН 770100000142") == {"tax_id_person": "ИИН (KZ) 770100000142"}
    assert tax_evidence("БИН 770140001505") == {"tax_id_organisation": "БИН (KZ) 770140001505"}
    assert tax_evidence("KZ 770140001505") == {"tax_id_organisation": "БИН (KZ) 770140001505"}
    # and a valid Russian INN that is no Kazakh number is as before
    assert tax_evidence("500100732259") == {"inn_person": "500100732259"}
    assert tax_evidence("ИНН 500100732259") == {"inn_person": "500100732259"}


def test_twelve_digits_valid_only_in_kazakhstan_are_kazakh():
    assert not inn.is_valid("971240001315") and not inn.is_valid("880320300011")
    assert tax_evidence("971240001315") == {"tax_id_organisation": "БИН (KZ) 971240001315"}


# --- bare digits shared by several countries ---------------------------------------


def test_ten_digits_a_valid_inn_stays_russian():
    assert inn.is_valid("7728168989") and nip.is_valid("7728168989")
    assert tax_evidence("7728168989") == {"inn_organisation": "7728168989"}
    # the Ukrainian example is also a valid INN: without its label it reads as Russian
    assert inn.is_valid("1759013776") and rntrc.is_valid("1759013776")
    assert tax_evidence("1759013776") == {"inn_organisation": "1759013776"}
    assert tax_evidence("ИНН 1759013776") == {"inn_organisation": "1759013776"}


def test_ten_digits_not_an_inn_are_read_by_the_checks_they_pass():
    assert not inn.is_valid("7728168972") and nip.is_valid("7728168972")
    assert tax_evidence("7728168972") == {"tax_id_organisation": "NIP (PL) 7728168972"}
    # two organisations' readings agree: one piece of evidence naming both
    assert nip.is_valid("1012345745") and be_vat.is_valid("1012345745")
    assert tax_evidence("1012345745") == {
        "tax_id_organisation": "NIP (PL) / ondernemingsnummer (BE) 1012345745"
    }
    # a person's number only
    assert rntrc.is_valid("3012345670") and not nip.is_valid("3012345670")
    assert tax_evidence("3012345670") == {"tax_id_person": "РНОКПП (UA) 3012345670"}


def test_ten_digits_an_organisation_and_a_person_are_the_weak_inn_reading():
    assert nip.is_valid("3012345700") and rntrc.is_valid("3012345700")
    assert not inn.is_valid("3012345700")
    assert tax_evidence("3012345700") == {"inn_organisation_invalid": "3012345700"}
    # a label settles it
    assert tax_evidence("NIP 3012345700") == {"tax_id_organisation": "NIP (PL) 3012345700"}
    assert tax_evidence("ІПН 3012345700") == {"tax_id_person": "РНОКПП (UA) 3012345700"}


def test_eleven_digits_that_disagree_are_no_evidence():
    assert iva.is_valid("44051410023") and pesel.is_valid("44051410023")
    assert tax_evidence("44051410023") == {}
    assert tax_evidence("PESEL 44051410023") == {"tax_id_person": "PESEL (PL) 44051410023"}
    assert tax_evidence("P.IVA 44051410023") == {
        "tax_id_organisation": "Partita IVA (IT) 44051410023"
    }
    assert tax_evidence("51824760733") == {
        "tax_id_organisation": "Partita IVA (IT) / ABN (AU) 51824760733"
    }


def test_nine_digits():
    # a French SIREN is also a valid Canadian BN (both Luhn): both organisations
    assert tax_evidence("732829320") == {"tax_id_organisation": "SIREN (FR) / BN (CA) 732829320"}
    # a Portuguese person's NIF that is also a valid SIREN: the readings disagree, and
    # no US EIN is made of it
    assert tax_evidence("123457319") == {}
    # nine digits no check reads are an EIN, as before
    assert tax_evidence("123456780") == {"ein": "12-3456780"}
    assert tax_evidence("12-3456789") == {"ein": "12-3456789"}


def test_eight_digits_of_several_countries_are_one_organisation():
    assert tax_evidence("13585628") == {"tax_id_organisation": "ЄДРПОУ (UA) / CVR (DK) 13585628"}
    assert tax_evidence("25123891") == {"tax_id_organisation": "IČO (CZ) / CVR (DK) 25123891"}
    assert tax_evidence("34138857") == {}  # a KvK number has no check: read only as labelled


def test_vat_numbers_with_a_prefix_are_still_vat_numbers():
    assert tax_evidence("PL5260250274") == {"vat_number": "PL5260250274"}
    assert tax_evidence("ATU13585627") == {"vat_number": "ATU13585627"}
    assert tax_evidence("BE0403019261") == {"vat_number": "BE0403019261"}


# --- the vectorised path -------------------------------------------------------------


def test_plain_digits_checked_together_as_one_by_one():
    rng = random.Random(23)
    values = [
        "".join(rng.choice("0123456789") for _ in range(rng.choice([10, 12]))) for _ in range(20000)
    ]
    values += [
        "7728168972",
        "3012345670",
        "3012345700",
        "1012345745",
        "7728168989",
        "770100000142",
        "770140001505",
        "971240001315",
        "880320300011",
        "0000000000",
        "０４０３０１９２６１",
        "９７１２４０００１３１５",  # full-width digits
        "526-025-02-74",
        "NIP 5260250274",
    ]
    found = tax_evidence_many(values)
    assert found == [tax_evidence(v) for v in values]
    kinds = {k for hit in found for k in hit}
    assert {
        "inn_organisation",
        "inn_organisation_invalid",
        "inn_person",
        "tax_id_organisation",
        "tax_id_person",
    } <= kinds


# --- in the evidence frame and the decision ----------------------------------------


def test_the_evidence_frame_holds_the_new_rules(evidence_of):
    found = fired(evidence_of({"buyer": "Klient", "tax_id": "NIP 526-025-02-74"}))
    assert found["tax_id_organisation"] == "NIP (PL) 5260250274"
    found = fired(evidence_of({"buyer": "Клиент", "tax_id": "ИИН 880320300011"}))
    assert found["tax_id_person"] == "ИИН (KZ) 880320300011"


def test_an_organisations_number_decides_between_business_and_state():
    import pandas as pd

    from classifier.decide import decide

    row = dict.fromkeys(RULES)
    row["tax_id_organisation"] = "БИН (KZ) 971240001315"
    evidence = pd.DataFrame([row, row], dtype=object)
    proba = pd.DataFrame({"p_b2b": [0.2, 0.2], "p_b2c": [0.7, 0.1], "p_b2g": [0.1, 0.7]})
    d = decide(proba, evidence)
    assert d["label"].tolist() == ["B2B", "B2G"]
    assert d["settled_by"].tolist() == ["tax_id_organisation"] * 2


def test_the_vectorised_checks_agree_with_python_stdnum():
    """Exact checks equal stdnum's; sieves let through every number stdnum accepts."""
    import numpy as np

    from classifier.rules.taxids import _SIEVES, _VECTOR_CHECKS, _bare_by_length, _checker

    rng = random.Random(31)
    for size, entries in _bare_by_length().items():
        numbers = ["".join(rng.choice("0123456789") for _ in range(size)) for _ in range(20000)]
        digits = np.array([[int(c) for c in n] for n in numbers])
        for entry in entries:
            valid = np.array(
                [bool(entry.pattern.fullmatch(n)) and _checker(entry.check)(n) for n in numbers]
            )
            if entry.check in _VECTOR_CHECKS:
                vector = _VECTOR_CHECKS[entry.check](digits)
                assert (vector | ~valid).all() and (
                    valid | ~vector | ~np.array([bool(entry.pattern.fullmatch(n)) for n in numbers])
                ).all(), entry.title
            elif entry.check in _SIEVES:
                assert (_SIEVES[entry.check](digits) | ~valid).all(), entry.title


def test_other_lengths_checked_together_as_one_by_one():
    rng = random.Random(29)
    values = [
        "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 16))) for _ in range(30000)
    ]
    assert tax_evidence_many(values) == [tax_evidence(v) for v in values]


def test_ten_digits_in_a_record_written_in_ukrainian_are_read_by_ukraines_rules():
    # 2627349725 is a valid РНОКПП and, by chance, a valid Russian INN: a person in Ukraine,
    # an organisation in Russia; the buyer's name says which country's rules apply
    from classifier import classify

    rows = pd.DataFrame(
        {
            "buyer": ["Мороз Ірина Миколаївна", "Мороз Ирина Николаевна"],
            "tax_id": ["2627349725", "2627349725"],
            "product": ["Чайник", "Чайник"],
        }
    )
    labelled = classify(rows)
    assert labelled["label"].tolist() == ["B2C", "B2B"]
    assert "РНОКПП (UA) 2627349725" in labelled["reasons"].iloc[0]
