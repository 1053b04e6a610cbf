"""Government: procurement IDs and government mail domains.

State institutions, government bodies, procurement laws and state contracts are
phrase rules (``data/phrases.csv``); this module holds the evidence that needs
code.
"""

from __future__ import annotations

import re

import pandas as pd

from classifier.rules import map_distinct
from classifier.vocabulary import read_list

__all__ = ["evidence", "find_ikz", "mail_domain", "is_government_domain"]

# ИКЗ, the 36-digit identification code of a purchase under 44-ФЗ: it starts with
# the two last digits of the year the purchase was announced.
_IKZ = re.compile(r"(?<!\d)([0-3]\d\d{34})(?!\d)")
_EMAIL = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")


def find_ikz(text: str) -> str | None:
    """The first 36-digit procurement ID (ИКЗ) in text.

    >>> find_ikz("ИКЗ 243770708389377070100100010010000244 от 01.02.2024")
    '243770708389377070100100010010000244'
    >>> find_ikz("счёт 12345") is None
    True
    """
    m = _IKZ.search(re.sub(r"(?<=\d)[ -](?=\d)", "", text))
    return m.group(1) if m else None


def mail_domain(address: str) -> str | None:
    """The case-folded domain of the first e-mail address in a cell.

    >>> mail_domain("Ivanova <I.Ivanova@Mail.RU>; other@x.org")
    'mail.ru'
    """
    m = _EMAIL.search(address)
    return m.group(1).casefold().rstrip(".") if m else None


def is_government_domain(domain: str) -> bool:
    """True for a domain under a government or military suffix (``gov``, ``gov.uk``...).

    >>> is_government_domain("edu.gov.ru"), is_government_domain("gov-supplies.com")
    (True, False)
    """
    suffixes = read_list("government_domains.txt")
    parts = domain.split(".")
    return any(".".join(parts[i:]) in suffixes for i in range(len(parts)))


def evidence(canon: pd.DataFrame, found: dict[str, pd.Series]) -> dict[str, pd.Series]:
    """Government evidence of a canonical frame (code rules only)."""
    text = (
        canon["contract"].fillna("")
        + " "
        + canon["comment"].fillna("")
        + " "
        + (canon["documents"].fillna(""))
    )
    domains = map_distinct(canon["email"], mail_domain)
    return {
        "ikz": map_distinct(text.where(text.str.contains(r"\d{10}", regex=True)), find_ikz),
        "gov_email": domains.where(
            map_distinct(domains, is_government_domain).fillna(False).astype(bool), None
        ),
    }
