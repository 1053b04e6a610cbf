"""Profile: what the cells of each column hold, from a bounded sample.

A person opening an export they have never seen looks at what its columns hold
before trusting their headers. :func:`profile_columns` does the same for the
first :data:`SAMPLE_ROWS` rows of a frame: for each column, the share of its
filled cells that are e-mail addresses, phone numbers, tax IDs passing their
checksums, dates, numbers, money, codes, yes/no flags, currency codes, personal
names, organisation names (legal forms, government words), product names,
payment words, purposes, addresses, and plain words. :func:`fit` and
:func:`against` weigh a profile for a canonical field with the tables of
``data/profiles.toml``; :mod:`classifier.fields` uses both to choose columns.

Each distinct cell is looked at once, and at most :data:`SAMPLE_CELLS` of them
per column, so a profile costs the same for a 5 GB file as for a small one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd

from classifier.cells import parse_numbers
from classifier.vocabulary import read_toml

__all__ = ["NOTHING", "SAMPLE_ROWS", "SAMPLE_CELLS", "Profile", "profile_columns", "fit", "against"]

SAMPLE_ROWS = 500  # rows of a file profiled: enough for a few hundred distinct cells
NOTHING = "nothing recognised"
SAMPLE_CELLS = 300  # distinct filled cells of one column looked at, the most frequent first
# rule ids whose phrases in a cell say it names an organisation (or the state)
_ORGANISATION = (
    "company_form",
    "nonprofit_form",
    "sole_proprietor",
    "professional",
    "soe_company",
    "state_form",
    "gov_body",
    "gov_office_word",
    "public_institution_word",
    "business_word",
    "international_org",
    "state_founded_fund",
)
_PAYMENT = ("payment_transfer", "payment_personal")
_PURPOSE = (
    "purpose_business",
    "purpose_personal",
    "business_document",
    "procurement_law",
    "state_contract",
    "procurement_223",
)


@dataclass(frozen=True)
class Profile:
    """What one column's sampled cells hold: shares of its filled cells by kind."""

    filled: int  # filled cells in the sample
    distinct: int  # distinct filled cells
    shares: Mapping[str, float]

    def share(self, kind: str) -> float:
        """The share of filled cells of ``kind`` (0 for a kind not seen)."""
        return self.shares.get(kind, 0.0)

    def describe(self, top: int = 3) -> str:
        """The main kinds, as ``"organisation names 80%, ..."``.

        >>> Profile(10, 10, {"organisation": 0.8, "words": 0.9}).describe()
        'organisation names 80%'
        """
        shown = [(k, v) for k, v in self.shares.items() if k in _NAMES and v >= 0.2]
        shown.sort(key=lambda kv: -kv[1])
        return ", ".join(f"{_NAMES[k]} {v:.0%}" for k, v in shown[:top]) or NOTHING


_NAMES = {
    "email": "e-mail addresses",
    "phone": "phone numbers",
    "tax_id": "valid tax IDs",
    "date": "dates",
    "money": "money amounts",
    "integer": "whole numbers",
    "code": "codes",
    "flag": "yes/no flags",
    "currency": "currency codes",
    "person": "personal names",
    "organisation": "organisation names",
    "product": "product names",
    "payment": "payment words",
    "purpose": "purposes and documents",
    "address": "addresses",
}


@cache
def _tables() -> tuple[dict[str, re.Pattern[str]], frozenset[str], frozenset[str], dict, dict]:
    spec = read_toml("profiles.toml")
    patterns = {k: re.compile(v) for k, v in spec["patterns"].items()}
    lists = spec["lists"]
    currencies = frozenset(c.casefold() for c in lists["currencies"])
    return patterns, frozenset(lists["flags"]), currencies, spec["fits"], spec["against"]


def fit(profile: Profile, field: str) -> float:
    """How well the column fits ``field`` by its content alone, 0..1."""
    weights = _tables()[3].get(field, {})
    return min(1.0, sum(w * profile.share(k) for k, w in weights.items()))


def against(profile: Profile, field: str) -> float:
    """How surely the column's content rules ``field`` out, 0..1 (0 for an empty sample)."""
    if not profile.filled:
        return 0.0
    weights = _tables()[4].get(field, {})
    return min(1.0, max((w * profile.share(k) for k, w in weights.items()), default=0.0))


def profile_columns(frame: pd.DataFrame, rules: object | None = None) -> dict[str, Profile]:
    """The :class:`Profile` of each column of ``frame``'s first :data:`SAMPLE_ROWS` rows.

    ``rules`` is the :class:`~classifier.rules.base.RuleSet` whose vocabularies tell
    organisations, products, payments and purposes (the shipped one by default).

    >>> frame = pd.DataFrame({"Kunde": ["City of Austin", "Müller GmbH"], "Nr": ["K-10", "K-11"]})
    >>> profiles = profile_columns(frame)
    >>> profiles["Kunde"].share("organisation"), profiles["Nr"].share("code")
    (1.0, 1.0)
    """
    from classifier.rules.base import SHIPPED

    ruleset = rules if rules is not None else SHIPPED
    sample = frame.head(SAMPLE_ROWS)
    return {str(h): _profile(sample.iloc[:, i], ruleset) for i, h in enumerate(sample.columns)}


def _profile(column: pd.Series, ruleset) -> Profile:  # noqa: ANN001
    from classifier.rules.buyer import person_name
    from classifier.rules.taxids import tax_evidence

    text = column.astype("string").str.strip()
    counts = text[text.fillna("").str.len() > 0].value_counts()
    filled = int(counts.sum())
    if not filled:
        return Profile(0, 0, {})
    counts = counts.iloc[:SAMPLE_CELLS]
    cells = [str(c) for c in counts.index]
    weight = counts.to_numpy(dtype=float) / counts.sum()
    patterns, flags, currencies, _, _ = _tables()
    values = pd.Series(cells)

    def share(mask: np.ndarray) -> float:
        return float(weight[np.asarray(mask, dtype=bool)].sum())

    def matches(name: str, full: bool = False) -> np.ndarray:
        pattern = patterns[name]
        find = pattern.fullmatch if full else pattern.search
        return np.fromiter((bool(find(c)) for c in cells), dtype=bool, count=len(cells))

    def hits(matcher, keys: tuple[str, ...]) -> np.ndarray:  # noqa: ANN001
        found = matcher.find_many(cells)
        return np.fromiter((any(k in f for k in keys) for f in found), dtype=bool, count=len(cells))

    email = matches("email")
    date = matches("date")
    letters = np.fromiter(
        (sum(ch.isalpha() for ch in c) for c in cells), dtype=int, count=len(cells)
    )
    digits = np.fromiter(
        (sum(ch.isdigit() for ch in c) for c in cells), dtype=int, count=len(cells)
    )
    money_sign = matches("money_sign")
    # only cells with a digit and no word but a currency's can be numbers: parse those alone
    number = (digits > 0) & ~date & ((letters == 0) | money_sign)
    written = number & ~np.fromiter(
        (len(c) <= 20 and _PLAIN_NUMBER.fullmatch(c) is not None for c in cells),
        dtype=bool,
        count=len(cells),
    )  # "12", "-3.5", "7,25" are numbers as they stand; the others are read as exports write
    if written.any():
        numeric = parse_numbers(values[written], "," if _comma_decimal(cells) else ".")
        number[written] = numeric.notna().to_numpy()
    integer = number & np.fromiter(
        (c.lstrip("-").isdigit() for c in cells), dtype=bool, count=len(cells)
    )
    tax = np.fromiter(
        (_valid_tax_id(tax_evidence(c), c) if 8 <= len(c) <= 20 else False for c in cells),
        dtype=bool,
        count=len(cells),
    )
    phone = (
        matches("phone")
        & (digits >= 7)
        & ~date
        & ~tax
        & np.fromiter(
            (c.startswith(("+", "00", "(", "8 ", "8(")) or " " in c or "-" in c for c in cells),
            dtype=bool,
            count=len(cells),
        )
    )
    code = matches("code") & ~number & ~date & ~email & ~phone & ~tax
    words = (letters >= 2) & (digits == 0) & ~email
    # a login ("denverpublicli3", "crafty_mom"): one token, no capital letter
    handle = (
        (letters >= 3)
        & ~email
        & np.fromiter(
            (_HANDLE.fullmatch(c) is not None and c.lower() == c for c in cells),
            dtype=bool,
            count=len(cells),
        )
    )
    n_words = np.fromiter((len(c.split()) for c in cells), dtype=int, count=len(cells))
    shares = {
        "commonest": float(weight[0]),  # the most frequent cell's share
        "email": share(email),
        "not_email": 1.0 - share(email),
        "date": share(date),
        "not_date": 1.0 - share(date),
        "number": share(number),
        "not_number": 1.0 - share(number | integer),
        "integer": share(integer),
        "money": share(number & (matches("decimals") | money_sign)),
        "tax_id": share(tax),
        "phone": share(phone),
        "code": share(code),
        "flag": share(np.isin([c.casefold() for c in cells], list(flags)))
        if len(counts) <= 3
        else 0.0,
        "currency": share(np.isin([c.casefold() for c in cells], list(currencies))),
        "words": share(words),
        "handle": share(handle),
        "long": share((n_words >= 3) & (letters >= 10)),
        "address": share(matches("address") & (digits > 0)),
        "contact_point": share(email | phone),
        "packed": share(
            np.fromiter(
                (len(_PACKED_KEY.findall(c)) >= 2 for c in cells), dtype=bool, count=len(cells)
            )
        ),
    }
    texty = letters >= 2
    if texty.any():
        organisation = hits(ruleset.matcher("buyer"), _ORGANISATION) & texty
        person = (
            np.fromiter((bool(person_name(c)) for c in cells), dtype=bool, count=len(cells))
            & ~organisation
        )
        shares["organisation"] = share(organisation)
        shares["person"] = share(person)
        shares["named"] = share(organisation | person)
        shares["product"] = share(
            np.fromiter(
                (bool(f) for f in ruleset.product_matcher().find_many(cells)),
                dtype=bool,
                count=len(cells),
            )
            & texty
            & ~person
        )
        shares["payment"] = share(hits(ruleset.matcher("payment"), _PAYMENT) & texty)
        shares["purpose"] = share(hits(ruleset.matcher("comment"), _PURPOSE) & texty)
    return Profile(filled, len(counts), {k: round(v, 4) for k, v in shares.items() if v > 0})


_HANDLE = re.compile(r"[^\W_][\w.\-]*")
_PLAIN_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")
_PACKED_KEY = re.compile(read_toml("profiles.toml")["packed"]["pattern"])


def _valid_tax_id(readings: dict[str, str], cell: str) -> bool:
    """Whether a cell reads as a tax ID that passed its checksum: not a failed INN, and not a
    bare nine digits that only the EIN's format takes (most nine-digit numbers pass it)."""
    valid = [k for k in readings if not k.endswith("_invalid")]
    return bool(valid) and not (valid == ["ein"] and cell.isdigit())


def _comma_decimal(cells: list[str]) -> bool:
    """Whether the cells write decimals with a comma (``1 234,56``) more than with a point."""
    comma = sum(bool(re.search(r"\d,\d{1,2}$", c)) for c in cells)
    point = sum(bool(re.search(r"\d\.\d{1,2}$", c)) for c in cells)
    return comma > point
