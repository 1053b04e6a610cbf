"""Identity: columns that say who buys by themselves, and names that are not a person's.

- a business-order or customer-type column (Amazon's ``is-business-order``, 1C's
  «Тип контрагента»): ``business_customer`` or ``private_customer``;
- a tax exemption or its certificate: ``tax_exempt`` (an organisation, not the state
  by that fact alone: LABELING.md, "Not evidence by themselves");
- a reseller's certificate: ``reseller_certificate``;
- a cash-register receipt, or a payment made at a counter (cash, a card terminal), with
  no buyer at all: ``anonymous_sale`` (LABELING.md: an anonymous retail sale, B2C, not
  ambiguous);
- a buyer word that ends as trade words do (Malergeschäft, Instalatérství): the
  ``business_word`` of a sole trader's trade name;
- a buyer name that reads as no personal name and no other rule placed:
  ``organisation_name`` (LABELING.md: who the buyer really is decides; "Kraft Heinz" and
  "Stadt Usingen" are not private persons).

The cell values these columns hold are listed in ``data/identity.toml``. Runs after
the buyer family, whose evidence (legal forms, personal names) it reads in ``found``.
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from classifier.columns import IDENTITY_FIELDS
from classifier.rules.base import RuleSet, fired_any
from classifier.rules.buyer import ORGANISATION_RULES, given_names, honorifics, person_name
from classifier.utils.distinct import map_distinct
from classifier.vocabulary import normalise, read_toml, word_list

__all__ = ["evidence"]

# evidence that already says who the buyer is: the name's organisation evidence (a legal form,
# a government word, a business word, an anonymous or payout line), and the rest that reads
# it otherwise: a person's name, a profession, a company column, a known buyer
_PLACED = (
    *ORGANISATION_RULES,
    "gov_office_word",
    "professional",
    "person_name",
    "named_company",
    "known_buyer_b2b",
    "known_buyer_b2c",
    "known_buyer_b2g",
)


@cache
def _values() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = read_toml("identity.toml")
    return tuple(frozenset(v.casefold() for v in table[k]) for k in ("business", "private", "no"))


@cache
def _roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_toml("identity.toml")["roles"])


def _kind(cell: str) -> str | None:
    """``"business"``, ``"private"`` or None for a customer-type cell."""
    business, private, _ = _values()
    text = " ".join(cell.casefold().split())
    return "business" if text in business else "private" if text in private else None


def _said(cell: str) -> str | None:
    """The cell, unless it says no or nothing (``false``, ``0``, ``нет``, ``-``)."""
    text = " ".join(cell.split())
    return text if text and text.casefold() not in _values()[2] else None


def _receipt(cell: str) -> str | None:
    """The cell, when it names a cash-register receipt («Кассовый чек № 12», "Kassenbon")."""
    return _naming(cell, _listed("receipts"))


def _surname_not_trade(both: str) -> str | None:
    """The buyer's name, when its business word is a surname listed in
    ``data/identity.toml`` (``trade_surnames``) and its other words are given names,
    initials or honorifics alone: a person's name."""
    name, word = both.split("\x1f", 1)
    surname = normalise(word)
    if surname not in _listed("trade_surnames") or person_name(name) is None:
        return None
    known = given_names() | honorifics()
    rest = [w for w in map(normalise, word_list(name)) if w != surname]
    return name if rest and all(len(w) == 1 or w in known for w in rest) else None


def _counter_payment(cell: str) -> str | None:
    """The cell, when it names a payment made at a counter ("Efectivo", "card_present"),
    not on delivery ("Cash on delivery")."""
    if _naming(cell, _listed("on_delivery")):
        return None
    return _naming(cell, _listed("counter_payments"))


def _naming(cell: str, words: frozenset[str]) -> str | None:
    """The cell, when a run of one to three of its words is one of ``words``."""
    found = _WORDS.findall(cell.casefold())
    for size in (3, 2, 1):
        for i in range(len(found) - size + 1):
            if " ".join(found[i : i + size]) in words:
                return cell.strip()
    return None


_WORDS = re.compile(r"[^\W\d_]+(?:[-_][^\W\d_]+)*")


@cache
def _listed(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in read_toml("identity.toml")[name])


def _not_a_person(name: str) -> str | None:
    """The name, read where no personal name was (no given name, patronymic or initials of
    the countries b2x knows: :func:`~.buyer.person_name` did not fire) and no other rule
    placed it: an organisation's ("Kraft Heinz", "Army Corps of Engineers"). Not a role
    ("POS customer"), and a single word only when it ends as no surname does.

    >>> _not_a_person("Army Corps of Engineers"), _not_a_person("POS customer")
    ('Army Corps of Engineers', None)
    >>> _not_a_person("Dubois, Pierrre"), _not_a_person("Rasmussen, Lone")
    (None, None)
    """
    text = name.strip()
    if sum(ch.isalpha() for ch in text) < 3 or "@" in text:
        return None
    if not _READ_SCRIPT.search(text):
        # a script whose personal names b2x cannot read: a name of two to four signs may be
        # a person's (박민서, 佐藤花子), a longer one is an organisation's (ソニーグループ)
        return text if sum(ch.isalpha() for ch in text) > 4 else None
    if _LAST_FIRST.match(text):
        return None  # "Rasmussen, Lone": a person's name written last name first
    tokens = text.replace(",", " ").split()
    if any(t.casefold().strip(".,;:") in _roles() for t in tokens):
        return None  # "POS customer": a role, not a name
    return _one_word(tokens[0]) if len(tokens) == 1 else text


def _one_word(word: str) -> str | None:
    """A buyer written as one word: an acronym ("PNC", «ПИК») or a word that is no given name
    and ends as no surname does ("Citigroup", "Sulpak") names an organisation."""
    from classifier.rules.buyer import given_names

    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2 or word.lower() == word:
        return None  # no capital letter: a login ("denverpublicli3"), not how a name is written
    if word.isupper() and len(letters) <= 6:
        return word
    folded = word.casefold().replace("ё", "е")
    if folded in given_names() or folded.endswith(_surname_endings()):
        return None
    return word


# two single words around a comma, the second maybe hyphenated or an initial: "Last, First"
_LAST_FIRST = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)?,\s*[^\W\d_]+(?:-[^\W\d_]+)?\.?$")
_READ_SCRIPT = re.compile(r"[A-Za-zÀ-ɏА-яЁёЄєІіЇїҐґҚқҢңҮүҰұӘәӨөҺһ]")


def _trade_word(name: str) -> str | None:
    """The word of a buyer name that ends as a trade word does ("Malergeschäft",
    "Instalatérství"): a sole trader's trade name, whatever personal name stands beside it.

    >>> _trade_word("Peter Zbinden Malergeschäft"), _trade_word("Peter Zbinden")
    ('Malergeschäft', None)
    """
    least, suffixes = _trade_table()
    for word in name.replace("-", " ").split():
        folded = word.strip(".,;:()«»\"'").casefold()
        if len(folded) >= least and folded.endswith(suffixes) and folded.isalpha():
            return word.strip(".,;:()«»\"'")
    return None


@cache
def _trade_table() -> tuple[int, tuple[str, ...]]:
    table = read_toml("identity.toml")
    return int(table["trade_min_letters"]), tuple(table["trade_suffixes"])


@cache
def _surname_endings() -> tuple[str, ...]:
    endings = read_toml("identity.toml")["surname_endings"]
    return tuple(sorted({e.casefold().replace("ё", "е") for e in endings}, key=len, reverse=True))


def evidence(
    canon: pd.DataFrame, found: dict[str, pd.Series], ruleset: RuleSet
) -> dict[str, pd.Series]:
    """Identity evidence of a canonical frame (see the module docstring)."""
    out: dict[str, pd.Series] = {}
    flag = canon["business_flag"]
    if flag.notna().any():
        kind = map_distinct(flag, _kind)
        out["business_customer"] = flag.astype(object).where(kind.eq("business"), None)
        out["private_customer"] = flag.astype(object).where(kind.eq("private"), None)
    for field, rule in (("tax_exempt", "tax_exempt"), ("reseller", "reseller_certificate")):
        if canon[field].notna().any():
            out[rule] = map_distinct(canon[field], _said)
    identity = canon[list(IDENTITY_FIELDS)].notna().any(axis=1)
    # a receipt: a receipt number, or documents that are a cash-register receipt
    said = canon["receipt"].astype(object)
    for field, named in (("documents", _receipt), ("payment", _counter_payment)):
        slip = map_distinct(canon[field], named, where=(said.isna() & ~identity).to_numpy())
        said = said.where(said.notna(), slip)
    receipt = said.notna() & ~identity
    if receipt.any():
        out["anonymous_sale"] = said.where(receipt, None)
    buyer = canon["buyer"]  # the contact's name where the export names no buyer apart
    # a business word that is a common surname, after given names or initials alone ("Eugene
    # Mills", "Mills, Edward", "N. Power"), is the person's surname, not a trade
    known = found.get("business_word")
    if known is not None and known.notna().any():
        both = buyer.where(known.notna()).str.cat(known.astype("string"), sep="\x1f")
        surname = map_distinct(both, _surname_not_trade, where=both.notna().to_numpy())
        if surname.notna().any():
            out["business_word"] = known.where(surname.isna(), None)
            people = found.get("person_name")
            out["person_name"] = (
                surname if people is None else people.where(people.notna(), surname)
            )
            found = {
                **found,
                "business_word": out["business_word"],
                "person_name": out["person_name"],
            }
    # a trade word in the buyer's name is the business word of a sole trader's trade name
    named = buyer.notna().to_numpy() & ~fired_any(found, ORGANISATION_RULES, canon.index).to_numpy()
    if named.any():
        trade = map_distinct(buyer, _trade_word, where=named)
        if trade.notna().any():
            known = found.get("business_word")
            out["business_word"] = trade if known is None else known.where(known.notna(), trade)
            found = {**found, "business_word": out["business_word"]}
    placed = fired_any(found, _PLACED, canon.index)
    open_names = buyer.notna() & ~placed
    if open_names.any():
        out["organisation_name"] = map_distinct(buyer, _not_a_person, where=open_names.to_numpy())
    return out
