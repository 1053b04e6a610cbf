"""Rules, the mechanism: a rule, a rule set, and the evidence found by phrases and identifiers.

Each :class:`Rule` of ``data/rules.toml`` has an id, a family, the label it points to and
a strength; :data:`RULES` holds them, :data:`SHIPPED` is the package's rule set.

Phrase rules (legal forms, government bodies, purposes, documents...) are one
mechanism: the rule's ``fields`` are searched for its phrases in
``data/phrases.csv``. Identifiers in free text (ИКЗ, ИГК, notice numbers,
treasury accounts) are another: the patterns of ``data/identifiers.toml``.
Rules that need code (checksums, names, volumes) live in one module per family
beside this one; :func:`classifier.rules.evidence.find_evidence` runs them all. Text
is matched once per distinct value, not once per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
import pandas as pd
from stdnum.by import unp as stdnum_unp
from stdnum.ru import inn as stdnum_inn

from classifier.config import LABELS
from classifier.utils.distinct import Memo, map_distinct, map_distinct_keys
from classifier.vocabulary import PhraseMatcher, read_table, read_toml

__all__ = [
    "Rule",
    "RuleSet",
    "RULES",
    "SHIPPED",
    "LABELS",
    "fired_any",
    "merge_evidence",
    "phrase_evidence",
    "identifier_evidence",
    "map_distinct",
    "strengths",
]


@dataclass(frozen=True)
class Rule:
    """One kind of evidence: what it is about and where it points."""

    id: str
    family: str
    label: str
    strength: float
    text: dict[str, str]
    decides: bool = False
    rank: int = 1
    fields: tuple[str, ...] = ()
    policy: dict[str, str] = field(default_factory=dict)
    choose: tuple[str, ...] = ()
    ambiguous: bool = False
    # ambiguous only where one of these rules fired too (a profession beside a person's name)
    ambiguous_with: tuple[str, ...] = ()
    # evidence that does not count where one of these fired (a public school's word inside
    # the name of a private school that has a company's legal form)
    yields_to: tuple[str, ...] = ()

    @property
    def allows(self) -> tuple[str, ...]:
        """Labels this rule allows when it decides: its own, or its ``choose`` list."""
        return self.choose or (self.label,)

    @property
    def points_to(self) -> str:
        """Where the evidence points, as reasons show it: ``B2B`` or ``B2B/B2G``."""
        return "/".join(self.allows)

    def describe(self, value: object, lang: str = "en") -> str:
        """The evidence in plain language, with the matched value."""
        return self.text.get(lang, self.text["en"]).format(value=value)


def make_rule(rule_id: str, spec: dict[str, Any]) -> Rule:
    """A :class:`Rule` from its table entry (``rules.toml`` or an analyst's file)."""
    spec = dict(spec)
    spec["fields"] = tuple(spec.get("fields", ()))
    spec["choose"] = tuple(spec.get("choose", ()))
    for key in ("ambiguous_with", "yields_to"):
        spec[key] = tuple(spec.get(key, ()))
    rule = Rule(id=rule_id, **spec)
    if not {rule.label, *rule.choose} <= set(LABELS):
        raise ValueError(f"rule {rule_id!r}: label must be one of {', '.join(LABELS)}.")
    return rule


@dataclass
class RuleSet:
    """Everything the rules of one run know: rules, phrases, product classes, known buyers.

    :data:`SHIPPED` is the package's own; :func:`classifier.rules.analyst.load_rules` adds an
    analyst's file to it.
    """

    rules: dict[str, Rule]
    phrases: tuple[tuple[str, str, str], ...]  # (rule id, phrase, match)
    products: tuple[tuple[str, str, str], ...]  # (product class, phrase, match)
    classes: dict[str, dict[str, str]]  # product class → use, household_norm, note
    buyers: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    source: str = "shipped"
    _matchers: dict[str, PhraseMatcher] = field(default_factory=dict, repr=False)
    _memos: dict[str, Memo] = field(default_factory=dict, repr=False)

    @classmethod
    def shipped(cls) -> RuleSet:
        """The rules and vocabularies in ``classifier/data``."""
        rules = {rid: make_rule(rid, spec) for rid, spec in read_toml("rules.toml").items()}
        return cls(
            rules=rules,
            phrases=tuple(
                (row["rule"], row["phrase"], row.get("match") or "word")
                for row in read_table("phrases.csv")
            ),
            products=tuple(
                (row["class"], row["phrase"], row.get("match") or "word")
                for row in read_table("products.csv")
            ),
            classes={row["class"]: row for row in read_table("product_classes.csv")},
        )

    def matcher(self, field_name: str) -> PhraseMatcher:
        """The phrases of the rules that search ``field_name``, built once."""
        if field_name not in self._matchers:
            searched = {r.id for r in self.rules.values() if field_name in r.fields}
            self._matchers[field_name] = PhraseMatcher(
                (p for p in self.phrases if p[0] in searched), unaccented_too=True
            )
        return self._matchers[field_name]

    def memo(self, name: str) -> Memo:
        """What this rule set found per distinct value of a field, kept from chunk to chunk."""
        return self._memos.setdefault(name, Memo())

    def product_matcher(self) -> PhraseMatcher:
        """The product vocabulary, matched in any word order, built once."""
        if "\0products" not in self._matchers:
            self._matchers["\0products"] = PhraseMatcher(self.products, any_order=True)
        return self._matchers["\0products"]


SHIPPED = RuleSet.shipped()
RULES: dict[str, Rule] = SHIPPED.rules


def phrase_evidence(canon: pd.DataFrame, ruleset: RuleSet) -> dict[str, pd.Series]:
    """Phrase rules over their fields; a rule's first field with a hit wins."""
    found: dict[str, pd.Series] = {}
    order: dict[Hashable, None] = {}
    for rule in ruleset.rules.values():
        order.update(dict.fromkeys(rule.fields))
    for field_name in order:
        matcher = ruleset.matcher(field_name)
        searching = [r.id for r in ruleset.rules.values() if field_name in r.fields]
        columns = map_distinct_keys(
            canon[field_name],
            _longest_of(matcher),
            searching,
            ruleset.memo(f"phrases {field_name}"),
            many=True,
            hits_only=True,
        )
        for rule_id, value in columns.items():
            merge_evidence(found, rule_id, value)
    return found


def _longest_of(matcher: PhraseMatcher) -> Callable[[list[str]], list]:
    """``matcher.find_many`` without the hits that lie inside a longer hit of another rule:
    in "NHS Foundation Trust" (a state form) "Foundation" (a non-profit form) is not read
    apart, and «Физическое лицо-предприниматель» is a sole proprietor, not «Физическое лицо».
    """

    def find_many(texts: list[str]) -> list:
        return [
            _without_contained(hits) if len(hits) > 1 else hits for hits in matcher.find_many(texts)
        ]

    return find_many


_WORD = re.compile(r"[^\W_]+")


def _without_contained(hits: Mapping[str, str]) -> dict[str, str]:
    padded = {rule: f" {' '.join(_WORD.findall(str(p).casefold()))} " for rule, p in hits.items()}
    return {
        rule: phrase
        for rule, phrase in hits.items()
        if not any(
            len(other) > len(padded[rule]) and padded[rule] in other
            for key, other in padded.items()
            if key != rule
        )
    }


def _check_ikz(code: str) -> str | None:
    """An ИКЗ with its decoded year and customer INN where the customer code checks.

    >>> _check_ikz("243770708389377070100100010010000244")
    '243770708389377070100100010010000244 (2024, customer INN 7707083893)'
    """
    inn_part = code[3:13]
    if stdnum_inn.is_valid(inn_part):
        return f"{code} (20{code[:2]}, customer INN {inn_part})"
    return code


def _check_unp(code: str) -> str | None:
    return code if stdnum_unp.is_valid(code) else None


CHECKS: dict[str, Callable[[str], str | None]] = {"ikz": _check_ikz, "unp": _check_unp}


_DIGIT = re.compile(r"\d")


@cache
def _identifiers() -> tuple[tuple[str, tuple[str, ...], re.Pattern[str], str | None], ...]:
    table = read_toml("identifiers.toml")["id"]
    return tuple(
        (spec["rule"], tuple(spec["fields"]), re.compile(spec["pattern"]), spec.get("check"))
        for spec in table
    )


def identifier_evidence(canon: pd.DataFrame, ruleset: RuleSet) -> dict[str, pd.Series]:
    """Identifiers found by the patterns of ``data/identifiers.toml`` (ИКЗ, ИГК, ...)."""
    by_field: dict[str, list[tuple[str, re.Pattern[str], str | None]]] = {}
    for rule_id, fields, pattern, check in _identifiers():
        if rule_id in ruleset.rules:
            for field_name in fields:
                by_field.setdefault(field_name, []).append((rule_id, pattern, check))
    found: dict[str, pd.Series] = {}
    for field_name, patterns in by_field.items():

        def find(text: str, patterns: list = patterns) -> dict[str, str]:  # noqa: B006
            hits: dict[str, str] = {}
            if not _DIGIT.search(text):  # every identifier has digits
                return hits
            for rule_id, pattern, check in patterns:
                m = pattern.search(text) if rule_id not in hits else None
                value = m and (CHECKS[check](m.group(1)) if check else m.group(1))
                if value:
                    hits[rule_id] = value
            return hits

        rule_ids = list(dict.fromkeys(r for r, _, _ in patterns))
        memo = ruleset.memo(f"identifiers {field_name}")
        columns = map_distinct_keys(canon[field_name], find, rule_ids, memo, hits_only=True)
        for rule_id, value in columns.items():
            merge_evidence(found, rule_id, value)
    return found


def fired_any(found: dict[str, pd.Series], rule_ids: Iterable[str], index: pd.Index) -> pd.Series:
    """Rows where any of ``rule_ids`` found a value (a rule not in ``found`` found none)."""
    present = [found[r].notna().to_numpy() for r in rule_ids if r in found]
    return pd.Series(
        np.logical_or.reduce(present) if present else np.zeros(len(index), bool), index=index
    )


def merge_evidence(found: dict[str, pd.Series], rule_id: str, value: pd.Series) -> None:
    """Add a rule's values to ``found``; values found earlier win."""
    found[rule_id] = value if rule_id not in found else found[rule_id].fillna(value)


def strengths(
    evidence: pd.DataFrame, rules: dict[str, Rule] | None = None, fired: np.ndarray | None = None
) -> pd.DataFrame:
    """Each fired rule's strength, 0.0 where it did not fire (the model's evidence features).

    ``fired`` is ``evidence.notna().to_numpy()`` when the caller has it already.
    """
    rules = rules if rules is not None else RULES
    weights = np.array([rules[c].strength for c in evidence.columns])
    fired = fired if fired is not None else evidence.notna().to_numpy()
    return pd.DataFrame(fired * weights, index=evidence.index, columns=evidence.columns)
