"""Analyst rules: an analyst's own patterns, product classes, known buyers and overrides.

An analyst writes a TOML file (``b2x classify --rules my_rules.toml``, or the
default location :func:`default_rules_path`) and :func:`load_rules` returns the
shipped :class:`~classifier.rules.base.RuleSet` with it added. Every entry is
checked on load, and a mistake is reported with the file and line::

    [[pattern]]                       # a phrase for a shipped rule
    rule = "purpose_business"
    phrase = "для автопарка"

    [[pattern]]                       # an analyst rule of one's own
    name = "Сеть клиник Альфа"
    phrase = "Альфа-Клиник"
    label = "B2B"                     # B2B, B2C or B2G
    family = "buyer"                  # buyer, government, purpose or volume
    strength = 0.9                    # 0..1; deciding rules settle the label
    decides = true

    [[product]]
    phrase = "гидромолот"
    class = "construction_equipment"  # a known class, or a new one with `use`
    use = "business"                  # household, business or dual
    household_norm = 1

    [[buyer]]                         # one of tax_id, email, name
    tax_id = "7707083893"
    label = "B2G"
    note = "бюджетное учреждение"

    [rule.free_email]                 # change a shipped rule
    strength = 0.1                    # or: disabled = true

Analyst rules show in reasons by name: "analyst rule 'Сеть клиник Альфа': «Альфа-Клиник» → B2B".

The label store's decisions join a run's rule set the same way: its buyers as known
buyers (:func:`with_buyer_labels`), its records as known records
(:func:`with_record_labels`). A record is known by its canonical fields
(:func:`record_fields`, :func:`record_key`) — what b2x read of it, whatever the file's
layout or format — so that it is found in the batch workers, which see only the columns
b2x reads; the lines of one order share the label of any of them an analyst decided.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from classifier.columns import FIELDS
from classifier.config import LABELS, default_rules_path
from classifier.exceptions import InputError
from classifier.identity import buyer_key_of, order_codes
from classifier.rules.base import SHIPPED, RuleSet, make_rule

__all__ = [
    "load_rules",
    "resolve_rules",
    "with_buyer_labels",
    "with_record_labels",
    "known_records",
    "record_fields",
    "record_key",
    "RECORD_RULES",
]

# A record an analyst labelled: the analyst saw this very record, so their word outranks
# every other rule, a known buyer's included (rank 4 over 3: the record is more specific)
RECORD_RULES = {
    f"known_record_{label.lower()}": make_rule(
        f"known_record_{label.lower()}",
        {
            "family": "buyer",
            "label": label,
            "strength": 0.99,
            "decides": True,
            "rank": 4,
            "text": {
                "en": "analyst's label of this record: {value}",
                "ru": "метка аналитика для этой записи: {value}",
            },
            "policy": {
                "en": f"an analyst labelled this record {label}",
                "ru": f"аналитик отнёс эту запись к {label}",
            },
        },
    )
    for label in LABELS
}
_RECORD = "record"  # the kind of a known record's key in RuleSet.buyers


def record_fields(canon: pd.DataFrame, position: int) -> dict[str, str]:
    """The record's canonical fields as text, parsed (numbers with a decimal point, ISO dates).

    Parsed values read back the same whatever file they came from, so records of
    many exports can be trained on together, and a record is found again
    (:func:`record_key`) in any layout or format of its file.
    """
    out = {}
    row = canon.iloc[position]
    for name in FIELDS:
        value = row[name]
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            continue
        if isinstance(value, pd.Timestamp):
            if pd.isna(value):
                continue
            text = value.date().isoformat()
        elif isinstance(value, float | np.floating):
            text = repr(float(value))
        else:
            text = str(value).strip()
        if text:
            out[name] = text
    return out


def record_key(fields: Mapping[str, object]) -> str:
    """A record's key: 16 hex digits of a hash of its canonical fields (:func:`record_fields`).

    >>> record_key({"product": "Чайник", "buyer": "Иванов"}) == record_key(
    ...     {"buyer": "Иванов", "product": "Чайник"})
    True
    """
    text = json.dumps(
        {str(k): str(v) for k, v in fields.items() if str(v) != ""},
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def with_record_labels(
    ruleset: RuleSet, records: Mapping[str, tuple[str, str]], source: str = "labels"
) -> RuleSet:
    """The rule set with records analysts labelled (:meth:`LabelStore.record_labels`:
    ``{record key: (label, reason, product)}``) added as known records."""
    if not records:
        return ruleset
    known = {(_RECORD, key): hit for key, hit in records.items()}
    return dataclasses.replace(
        ruleset,
        rules={**ruleset.rules, **RECORD_RULES},
        buyers={**ruleset.buyers, **known},
        source=f"{ruleset.source} + {source}",
    )


def known_records(
    canon: pd.DataFrame, evidence: pd.DataFrame, fired: np.ndarray, ruleset: RuleSet
) -> tuple[pd.DataFrame, np.ndarray]:
    """The evidence with the known-record rules filled where a row is a record an analyst
    labelled (and on the other lines of its order), and where rules fired."""
    if not any(rid in evidence.columns for rid in RECORD_RULES):
        return evidence, fired
    labelled = {key: hit for (kind, key), hit in ruleset.buyers.items() if kind == _RECORD}
    # a cheap filter first: only rows whose product (or its absence) a labelled record has
    products = {hit[2] if len(hit) > 2 else "" for hit in labelled.values()}
    product = canon["product"].astype("string").str.strip().fillna("")
    candidates = np.flatnonzero(product.isin(products).to_numpy(dtype=bool))
    hits: dict[int, tuple[str, str]] = {}
    for position in candidates:
        hit = labelled.get(record_key(record_fields(canon, position)))
        if hit is not None:
            hits[int(position)] = hit
    if not hits:
        return evidence, fired
    rows = np.array(sorted(hits))
    if canon["order_id"].notna().any():
        # LABELING.md: one order, one label — the order's other lines share the record's
        codes = order_codes(canon)
        first = {}
        for position in rows:
            first.setdefault(codes[position], hits[position])
        rows = np.flatnonzero(np.isin(codes, list(first)))
        hits = {**{int(p): first[codes[p]] for p in rows}, **hits}
    evidence = evidence.copy()
    fired = fired.copy()
    for position in rows:
        label, reason = hits[int(position)][:2]
        column = f"known_record_{label.lower()}"
        evidence.iat[position, evidence.columns.get_loc(column)] = reason
        fired[position, evidence.columns.get_loc(column)] = True
    return evidence, fired


FAMILIES = ("buyer", "government", "purpose", "volume")
# the fields an analyst pattern searches when it names none, by family
DEFAULT_FIELDS = {
    "buyer": ["buyer", "contact"],
    "government": ["buyer", "contract", "comment", "documents"],
    "purpose": ["comment", "documents", "product"],
    "volume": ["comment"],
}
_KEYS = {
    "pattern": {
        "rule",
        "name",
        "phrase",
        "phrases",
        "label",
        "family",
        "fields",
        "strength",
        "decides",
        "match",
        "rank",
    },
    "product": {"phrase", "phrases", "class", "use", "household_norm", "match"},
    "buyer": {"tax_id", "email", "name", "label", "note"},
    "rule": {"strength", "decides", "disabled"},
}


def resolve_rules(path: str | Path | None) -> RuleSet:
    """The rule set of a run: ``path`` if given, else the default file if it exists."""
    if path is not None:
        return load_rules(path)
    default = default_rules_path()
    return load_rules(default) if default.is_file() else SHIPPED


def with_buyer_labels(
    ruleset: RuleSet, buyers: dict[tuple[str, str], tuple[str, str]], source: str = "labels"
) -> RuleSet:
    """The rule set with buyers analysts labelled (:meth:`LabelStore.buyer_labels`) added.

    A buyer in the rules file itself keeps that entry: the file is deliberate policy.
    """
    if not buyers:
        return ruleset
    return dataclasses.replace(
        ruleset, buyers={**buyers, **ruleset.buyers}, source=f"{ruleset.source} + {source}"
    )


class _Where:
    """Line numbers of a TOML file's tables, for messages that name the line."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def line_of(self, header: str, occurrence: int = 0) -> int:
        pattern = re.compile(rf"^\s*{re.escape(header)}\s*(#.*)?$")
        seen = -1
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                seen += 1
                if seen == occurrence:
                    return number
        return 0

    def error(self, line: int, message: str) -> InputError:
        where = f"'{self.path}' line {line}" if line else f"'{self.path}'"
        return InputError(f"{where}: {message}")


def _check_keys(entry: dict[str, Any], kind: str, where: _Where, line: int) -> None:
    unknown = sorted(set(entry) - _KEYS[kind])
    if unknown:
        raise where.error(
            line, f"unknown key {unknown[0]!r}. Keys of {kind}: {', '.join(sorted(_KEYS[kind]))}."
        )


def _phrases(entry: dict[str, Any], where: _Where, line: int) -> list[str]:
    phrases = entry.get("phrases", [])
    if "phrase" in entry:
        phrases = [entry["phrase"], *phrases]
    if not phrases or not all(isinstance(p, str) and p.strip() for p in phrases):
        raise where.error(line, "give a non-empty 'phrase' (or a list of 'phrases').")
    return phrases


def _label(entry: dict[str, Any], where: _Where, line: int) -> str:
    label = str(entry.get("label", "")).upper()
    if label not in LABELS:
        raise where.error(
            line, f"label must be B2B, B2C or B2G. Got {entry.get('label')!r} instead."
        )
    return label


def _strength(value: Any, where: _Where, line: int) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 1:
        raise where.error(line, f"strength must be a number in (0, 1]. Got {value!r} instead.")
    return float(value)


def load_rules(path: str | Path, base: RuleSet | None = None) -> RuleSet:
    """The shipped rule set (or ``base``) with an analyst's rules file added.

    Raises
    ------
    InputError
        The file is missing or not valid TOML, or an entry is wrong; the message
        names the file and line.
    """
    path = Path(path)
    base = base if base is not None else SHIPPED
    if not path.is_file():
        raise InputError(f"Rules file '{path}' does not exist.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(
            f"Rules file '{path}' is not UTF-8 text (byte {e.start} cannot be "
            "decoded): save it as UTF-8 TOML."
        ) from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"'{path}' is not valid TOML: {e}.") from e
    where = _Where(path, text)
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise where.error(
            0, f"unknown section {unknown[0]!r}. Sections: pattern, product, buyer, rule."
        )
    rules = dict(base.rules)
    phrases = list(base.phrases)
    products = list(base.products)
    classes = dict(base.classes)
    buyers = dict(base.buyers)

    for k, entry in enumerate(table.get("pattern", [])):
        line = where.line_of("[[pattern]]", k)
        _check_keys(entry, "pattern", where, line)
        match = entry.get("match", "word")
        if match not in ("word", "exact"):
            raise where.error(line, f"match must be 'word' or 'exact'. Got {match!r} instead.")
        if "rule" in entry:
            if entry["rule"] not in rules or not rules[entry["rule"]].fields:
                searchable = sorted(r.id for r in rules.values() if r.fields)
                raise where.error(
                    line,
                    f"rule {entry['rule']!r} is not a phrase rule. Phrase rules: "
                    f"{', '.join(searchable)}.",
                )
            phrases += [(entry["rule"], p, match) for p in _phrases(entry, where, line)]
            continue
        name = str(entry.get("name", "")).strip()
        if not name:
            raise where.error(line, "a new pattern needs a 'name' (or 'rule' to extend one).")
        family = entry.get("family", "buyer")
        if family not in FAMILIES:
            raise where.error(line, f"family must be one of {', '.join(FAMILIES)}.")
        label = _label(entry, where, line)
        rule_id = f"analyst:{name}"
        rules[rule_id] = make_rule(
            rule_id,
            {
                "family": family,
                "label": label,
                "strength": _strength(entry.get("strength", 0.9), where, line),
                "decides": bool(entry.get("decides", True)),
                "rank": int(entry.get("rank", 1)),
                "fields": entry.get("fields", DEFAULT_FIELDS[family]),
                "text": {
                    "en": f"analyst rule '{name}': «{{value}}»",
                    "ru": f"правило аналитика «{name}»: «{{value}}»",
                },
                "policy": {
                    "en": f"the analyst rule '{name}' says {label}",
                    "ru": f"правило аналитика «{name}» говорит: {label}",
                },
            },
        )
        phrases += [(rule_id, p, match) for p in _phrases(entry, where, line)]

    for k, entry in enumerate(table.get("product", [])):
        line = where.line_of("[[product]]", k)
        _check_keys(entry, "product", where, line)
        name = str(entry.get("class", "")).strip()
        if not name:
            raise where.error(line, "a product needs a 'class'.")
        if name not in classes:
            use = entry.get("use")
            if use not in ("household", "business", "dual"):
                raise where.error(
                    line,
                    f"class {name!r} is new: give use = 'household', 'business' or 'dual'.",
                )
            norm = entry.get("household_norm", 1 if use == "business" else 10)
            classes[name] = {
                "class": name,
                "use": use,
                "household_norm": str(norm),
                "note": f"analyst class ({path.name})",
            }
        match = entry.get("match", "word")
        products += [(name, p, match) for p in _phrases(entry, where, line)]

    for k, entry in enumerate(table.get("buyer", [])):
        line = where.line_of("[[buyer]]", k)
        _check_keys(entry, "buyer", where, line)
        label = _label(entry, where, line)
        given = [key for key in ("tax_id", "email", "name") if entry.get(key)]
        if len(given) != 1:
            raise where.error(line, "a buyer needs exactly one of tax_id, email or name.")
        kind = given[0]
        key = buyer_key_of(kind, str(entry[kind]))
        note = str(entry.get("note", "")).strip()
        shown = f"{entry[kind]}" + (f", {note}" if note else "") + f" ({path.name})"
        buyers[(kind, key)] = (label, f"labelled {label} by an analyst rule: {shown}")

    for rule_id, change in table.get("rule", {}).items():
        line = where.line_of(f"[rule.{rule_id}]") or where.line_of(f'[rule."{rule_id}"]')
        if rule_id not in rules:
            raise where.error(line, f"there is no rule {rule_id!r} to change.")
        _check_keys(change, "rule", where, line)
        if change.get("disabled"):
            del rules[rule_id]
            continue
        updates: dict[str, Any] = {}
        if "strength" in change:
            updates["strength"] = _strength(change["strength"], where, line)
        if "decides" in change:
            updates["decides"] = bool(change["decides"])
        rules[rule_id] = dataclasses.replace(rules[rule_id], **updates)

    return RuleSet(
        rules=rules,
        phrases=tuple(phrases),
        products=tuple(products),
        classes=classes,
        buyers=buyers,
        source=str(path),
    )
