"""Tax and registry IDs: a buyer's tax-ID cell read by each country's own rules.

Russian INNs, EU/UK VAT numbers, US EINs, Kazakh БИН/ИИН and the other countries' numbers
of ``data/tax_ids.toml``, each checked by its checksum (python-stdnum, and vectorised
twins of the common checks held equal to it by ``tests/rules/test_tax_ids.py``): an
organisation's, a public body's or a person's number (LABELING.md, "Tax IDs"). Also the
Russian OGRN/OGRNIP of a registry column. The buyer family (:mod:`.buyer`) gives the
evidence of a frame's cells.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import import_module

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat
from stdnum.ru import inn, ogrn
from stdnum.us import ein

from classifier.vocabulary import read_toml

__all__ = ["tax_evidence", "tax_evidence_many", "registry_evidence", "ukrainian_reading"]

_SEPARATORS = re.compile(r"[\s.\-]")
_NOT_DIGIT = re.compile(r"\D")


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


def ukrainian_reading(number: str) -> dict[str, str]:
    """Ten bare digits read by Ukraine's rules alone: where the record is written in
    Ukrainian, a number that is both a valid INN and a valid РНОКПП is the person's
    РНОКПП, not a Russian organisation's INN (one ten-digit number in eleven passes both).

    >>> ukrainian_reading("2627349725")
    {'tax_id_person': 'РНОКПП (UA) 2627349725'}
    """
    number = _ascii_digits(number.strip())
    if len(number) != 10 or not number.isdigit():
        return {}
    return _resolve([e for e in _bare_readings(number) if e.country == "UA"], number)


def _inn_evidence(number: str) -> dict[str, str]:
    """A number labelled as an INN: read as Russian only."""
    if len(number) == 10:
        return {"inn_organisation" if _inn_valid(number) else "inn_organisation_invalid": number}
    return {"inn_person": number} if _inn_valid(number) else {}


def _resolve(readings: list[_TaxId], number: str) -> dict[str, str]:
    """One piece of evidence from the readings that pass: their common meaning, naming
    them all; none when they disagree (an organisation in one country, a person in another)."""
    meanings = {e.meaning for e in readings}
    if meanings == {"organisation", "state"}:
        meanings = {"organisation"}  # a public body is an organisation too
    if len(meanings) != 1:
        return {}
    rule = {"person": "tax_id_person", "state": "tax_id_state"}.get(
        meanings.pop(), "tax_id_organisation"
    )
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


def registry_evidence(value: str) -> dict[str, str]:
    digits = re.sub(r"\D", "", value)
    if len(digits) in (13, 15) and ogrn.is_valid(digits):
        return {"ogrn" if len(digits) == 13 else "ogrnip": digits}
    return {}
