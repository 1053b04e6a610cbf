"""Government: government mail domains, of an organisation or of a person.

State institutions, government bodies, procurement laws and state contracts are
phrase rules (``data/phrases.csv``), procurement and treasury identifiers are
patterns (``data/identifiers.toml``); this module holds the evidence that needs
code.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import pandas as pd

from classifier.rules.base import RuleSet, fired_any, map_distinct
from classifier.utils.distinct import memo_of
from classifier.vocabulary import read_list

__all__ = ["evidence", "mail_domain", "is_government_domain"]

# evidence that the buyer is an organisation (so its mail domain is the organisation's)
_ORGANISATION_EVIDENCE = (
    "company_form",
    "nonprofit_form",
    "state_form",
    "gov_body",
    "inn_organisation",
    "inn_organisation_invalid",
    "kpp",
    "ogrn",
    "quoted_name",
    "named_company",
    "gov_office_word",
    "public_institution_word",
    "business_word",
    "tax_id_organisation",
)
_EMAIL = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")


def mail_domain(address: str) -> str | None:
    """The case-folded domain of the first e-mail address in a cell.

    >>> mail_domain("Ivanova <I.Ivanova@Mail.RU>; other@x.org")
    'mail.ru'
    """
    m = _EMAIL.search(address)
    return m.group(1).casefold().rstrip(".") if m else None


@cache
def _government_suffixes() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """Plain suffixes, and one pattern for entries with ``*`` labels (``k12.*.us``).

    The pattern is searched for in a whole domain: it matches a suffix that starts
    the domain or follows a dot and runs to the end.
    """
    entries = read_list("government_domains.txt")
    plain = frozenset(e for e in entries if "*" not in e)
    wild = [re.escape(e).replace(r"\*", r"[^.]+") for e in entries if "*" in e]
    return plain, re.compile(rf"(?:\A|(?<=\.))(?:{'|'.join(wild)})\Z") if wild else None


@lru_cache(maxsize=1 << 16)
def is_government_domain(domain: str) -> bool:
    """True for a domain under a government or military suffix (``gov``, ``gov.uk``...).

    >>> is_government_domain("edu.gov.ru"), is_government_domain("gov-supplies.com")
    (True, False)
    """
    plain, wild = _government_suffixes()
    parts = domain.split(".")
    suffixes = [".".join(parts[i:]) for i in range(len(parts))]
    return not plain.isdisjoint(suffixes) or (wild is not None and bool(wild.search(domain)))


def evidence(
    canon: pd.DataFrame, found: dict[str, pd.Series], ruleset: RuleSet
) -> dict[str, pd.Series]:
    """Government evidence of a canonical frame (code rules only)."""
    out = _under_procurement(canon, found, ruleset)
    domains = canon["mail_domain"]  # of the e-mail address, found with the evidence
    by_suffix = map_distinct(domains, is_government_domain, memo_of(is_government_domain))
    by_suffix = by_suffix.fillna(False).astype(bool)
    if not by_suffix.any():
        return out  # rules that found nothing get no column
    government = domains.where(by_suffix, None)
    # LABELING.md: a government domain "used by the buyer organisation" is B2G; used by
    # a person, or by a buyer nothing shows to be an organisation, it is a hint only
    organisation = (
        fired_any(found, _ORGANISATION_EVIDENCE, canon.index) & found["person_name"].isna()
    )
    return {
        **out,
        "gov_email_organisation": government.where(organisation, None),
        "gov_email": government.where(~organisation, None),
    }


# LABELING.md: a state-owned company whose record shows procurement rules, and a non-profit
# buying through a public (cooperative) purchasing contract, are B2B and ambiguous
_PROCURING_ORGANISATIONS = ("soe_company", "nonprofit_form")
_PROCUREMENT = ("procurement_law", "procurement_223", "state_contract", "procurement_notice",
                "ikz", "procurement_method")  # fmt: skip


def _under_procurement(
    canon: pd.DataFrame, found: dict[str, pd.Series], ruleset: RuleSet
) -> dict[str, pd.Series]:
    """``organisation_under_procurement``: the procurement reference of a state-owned company's
    or a non-profit's record that nothing shows to be the state itself."""
    organisation = fired_any(found, _PROCURING_ORGANISATIONS, canon.index)
    if not organisation.any():
        return {}
    state = [r for r, rule in ruleset.rules.items() if rule.decides and rule.label == "B2G"]
    where = organisation & ~fired_any(found, state, canon.index)
    reference = pd.Series(None, index=canon.index, dtype=object)
    for rule_id in _PROCUREMENT:
        if rule_id in found:
            reference = reference.where(reference.notna(), found[rule_id])
    reference = reference.where(where, None)
    return {"organisation_under_procurement": reference} if reference.notna().any() else {}
