"""Reasons: in plain language, most important first, for every row of a run.

Reasons are assembled from the evidence texts in ``data/rules.toml`` and the
joining sentences in ``data/reasons.toml``: each fired rule says what it saw
and where it points, the deciding rule comes first and the others follow by
strength, then why the record is ambiguous, if it is, and last the rule of the
policy that settled the label. A reason string is built once per distinct
combination of evidence and decision, then joined back to the rows.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from classifier.config import LABELS
from classifier.rules.base import RULES, Rule
from classifier.utils.distinct import combination_codes
from classifier.vocabulary import read_toml

__all__ = ["reason_codes", "join_reasons", "reason_items", "why_ambiguous", "phrases"]


def phrases(lang: str) -> dict[str, str]:
    table = {k: v for k, v in read_toml("reasons.toml").items() if k != "families"}
    if lang not in table:
        raise ValueError(f"lang must be one of {sorted(table)}. Got {lang!r} instead.")
    return table[lang]


def reason_items(
    evidence: Mapping[str, object],
    decision: Mapping[str, object],
    note: str = "",
    lang: str = "en",
    rules: Mapping[str, Rule] | None = None,
) -> list[str]:
    """The reasons of one row, most important first, as a list of sentences.

    ``evidence`` maps rule ids to matched values (None where a rule did not
    fire); ``decision`` is one row of :func:`classifier.decide.decide`.
    """
    say = phrases(lang)
    table = rules if rules is not None else RULES
    label, settled = decision["label"], decision["settled_by"]
    fired = [
        (rid, value) for rid, value in evidence.items() if value is not None and value == value
    ]
    fired.sort(key=lambda rv: (rv[0] != settled, -table[rv[0]].strength))
    items = [
        say["points"].format(evidence=table[rid].describe(value, lang), label=table[rid].points_to)
        for rid, value in fired
    ]
    if not items:
        items.append(say["no_evidence"])
    if decision["ambiguous"]:
        items.append(why_ambiguous(decision, say, lang, table))
    if settled:
        rule = table[settled]
        items.append(say["settled"].format(policy=rule.policy.get(lang, rule.policy["en"])))
    else:
        p = f"{decision['confidence']:.2f}"
        policy = next(
            (
                table[rid].policy
                for rid, _ in fired
                if label in table[rid].allows and table[rid].policy
            ),
            None,
        )
        if policy:
            items.append(
                say["model_policy"].format(label=label, p=p, policy=policy.get(lang, policy["en"]))
            )
        else:
            items.append(say["model"].format(label=label, p=p))
    if note:
        items.append(say["unreadable"].format(evidence=note))
    return items


def why_ambiguous(
    decision: Mapping[str, object], say: Mapping[str, str], lang: str, table: Mapping[str, Rule]
) -> str:
    """Why an ambiguous row is ambiguous, in one sentence (:func:`reason_items`)."""
    label = decision["label"]
    probs = {lab: decision[f"p_{lab.lower()}"] for lab in LABELS}
    other = max((lab for lab in LABELS if lab != label), key=probs.get)
    if decision["conflict"]:
        rule = table[str(decision["conflict"])]
        family = read_toml("reasons.toml")["families"][lang][rule.family]
        return say["ambiguous_conflict"].format(family=family, other=rule.label)
    if decision.get("doubt"):
        return say["ambiguous_doubt"]
    if decision["thin"]:
        return say["ambiguous_thin"]
    return say["ambiguous_close"].format(label=label, other=other)


def join_reasons(codes: np.ndarray, sentences: list[pa.Array], index: pd.Index) -> pd.Series:
    """The reasons of :func:`reason_codes`, joined: one string per row."""
    return pd.Series(_join_present(codes, sentences, "; "), index=index, dtype="str")


def reason_codes(
    evidence: pd.DataFrame,
    decision: pd.DataFrame,
    notes: pd.Series | None = None,
    lang: str = "en",
    rules: Mapping[str, Rule] | None = None,
    fired: np.ndarray | None = None,
) -> tuple[np.ndarray, list[pa.Array]]:
    """Each row's reasons — :func:`reason_items`, built column by column — as codes
    into their distinct sentences; :func:`join_reasons` "; "-joins them.

    Each sentence is formatted once per distinct value of what it says (a rule's
    matched value; a label, probability and policy), then laid out in the order of
    :func:`reason_items` — the deciding rule, the other fired rules by strength, why
    the row is ambiguous, what settled it, an unreadable cell. The codes have one
    column per place in the reasons (-1 where the row says nothing there) and point
    into the distinct sentences of all places one after the other: a few MB for a
    chunk whose joined reasons would be tens of MB, what a worker process sends back.
    ``fired`` is ``evidence.notna().to_numpy()`` when the caller has it already.
    """
    say = phrases(lang)
    table = rules if rules is not None else RULES
    if notes is None:
        notes = pd.Series("", index=evidence.index)
    ids = list(evidence.columns)
    order = sorted(range(len(ids)), key=lambda k: -table[ids[k]].strength)  # stable, as there
    fired = fired if fired is not None else evidence.notna().to_numpy()
    n = len(evidence)
    settled, settled_values = _codes(decision["settled_by"])
    vocabulary: list[pa.Array] = []  # the distinct sentences of each place, in turn
    size = 0
    first = np.full(n, -1)  # the deciding rule's sentence leads
    slots = [first]
    live = [k for k in order if fired[:, k].any()]  # the rules that fired somewhere
    for k in live:
        present = fired[:, k]
        found, values = pd.factorize(evidence.iloc[:, k].to_numpy()[present])
        codes = np.full(n, -1)  # factorized only where the rule fired
        codes[present] = found
        said = _rule_sentences(table[ids[k]], values, say, lang)
        base, size = size, size + len(said)
        vocabulary.append(said)
        deciding = (settled_values == ids[k])[settled]
        # a deciding rule with no value of its own on the row says the last value, as indexing did
        first[deciding] = base + np.where(codes[deciding] < 0, len(said) - 1, codes[deciding])
        slots.append(np.where(deciding | (codes < 0), -1, base + codes))
    for codes, said in (
        (np.where(fired.any(axis=1), -1, 0), [say["no_evidence"]]),
        _ambiguity(decision, say, lang, table),
        _settlement(decision, fired[:, live], [ids[k] for k in live], say, lang, table),
        _unreadable(notes, say),
    ):
        slots.append(np.where(codes < 0, -1, size + codes))
        vocabulary.append(pa.array(said, type=pa.large_string()))
        size += len(said)
    codes = np.stack(slots, axis=1)
    return codes.astype(np.int32) if size < 2**31 else codes, vocabulary


def _rule_sentences(rule: Rule, values: Any, say: Mapping[str, str], lang: str) -> pa.Array:
    """What ``rule`` says of each of its distinct matched ``values``, as :func:`reason_items`.

    Text values are put between the fixed parts of the sentence by pyarrow; other
    values, or sentences that do not simply take the value in their middle, are
    formatted one by one.
    """
    points_to = rule.points_to
    outer = _around(say["points"], "evidence", label=points_to)
    inner = _around(rule.text.get(lang, rule.text["en"]), "value")
    if outer and inner and pd.api.types.infer_dtype(values, skipna=False) == "string":
        text = pa.large_string()
        return pc.binary_join_element_wise(
            pa.scalar(outer[0] + inner[0], text),
            pa.array(values, type=text),
            pa.scalar(inner[1] + outer[1], text),
            pa.scalar("", text),
        )
    said = [say["points"].format(evidence=rule.describe(v, lang), label=points_to) for v in values]
    return pa.array(said, type=pa.large_string())


def _around(template: str, field: str, **others: str) -> tuple[str, str] | None:
    """The text of ``template`` before and after ``field``, the other fields filled in.

    None unless ``template.format(field=x, **others)`` is that text around ``x`` for any
    text ``x``: ``field`` comes once, with no conversion or format spec.
    """
    try:
        fields = [
            (name, spec, conversion)
            for _, name, spec, conversion in string.Formatter().parse(template)
            if name is not None
        ]
        one = template.format(**others, **{field: "\0one"})
        two = template.format(**others, **{field: "\0two"})
    except (ValueError, KeyError, IndexError):
        return None
    if [name for name, _, _ in fields].count(field) != 1 or (field, "", None) not in fields:
        return None
    if one.count("\0one") != 1 or one.replace("\0one", "\0two") != two:
        return None
    before, after = one.split("\0one")
    return before, after


def _join_present(codes: np.ndarray, vocabulary: list[pa.Array], separator: str) -> Any:
    """Each row's sentences joined (pyarrow).

    ``codes`` has one row per output row and one column per place in the reasons: an
    index into the sentences of ``vocabulary`` one after the other, or -1 where the row
    has no sentence there.
    """
    present = codes >= 0
    offsets = np.concatenate([[0], np.cumsum(present.sum(axis=1))])
    items = pa.concat_arrays(vocabulary).take(pa.array(codes[present]))
    rows = pa.LargeListArray.from_arrays(pa.array(offsets, type=pa.int64()), items)
    return pc.binary_join(rows, pa.scalar(separator, pa.large_string()))


def _codes(values: Any) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of ``values`` (-1 where missing) and their distinct values.

    The distinct values come as an object array with None appended, so that
    ``distinct[codes]`` gives each row's value and None where it is missing.
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    return codes, np.append(np.asarray(uniques, dtype=object), None)


def _truthy(values: pd.Series) -> np.ndarray:
    """``values.to_numpy(dtype=object).astype(bool)``, tested once per distinct value."""
    codes, distinct = _codes(values)
    truth = np.array([bool(v) for v in distinct[:-1]] + [False], dtype=bool)[codes]
    missing = codes < 0
    if missing.any():  # NaN is true, None false
        truth[missing] = values.to_numpy(dtype=object)[missing].astype(bool)
    return truth


def _recode(values: list[str], codes: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The distinct of ``values`` and ``codes`` into them (-1 stays -1)."""
    merged, distinct = pd.factorize(np.asarray(values, dtype=object))
    return list(distinct), np.append(merged, -1)[codes]


def _sentence_codes(key: np.ndarray, said: list[str | None]) -> tuple[np.ndarray, list[str]]:
    """Codes into the sentences ``said`` per combination ``key``; -1 where it is None."""
    kept = [i for i, s in enumerate(said) if s is not None]
    position = np.full(len(said) + 1, -1)
    position[kept] = np.arange(len(kept))
    return position[key], [said[i] for i in kept]


def _ambiguity(
    decision: pd.DataFrame, say: Mapping[str, str], lang: str, table: Mapping[str, Rule]
) -> tuple[np.ndarray, list[str]]:
    """Why each ambiguous row is ambiguous, as :func:`reason_items` says it.

    Returns each row's code into the sentences (-1 where the row is not ambiguous)
    and the sentences.
    """
    label, labels = _codes(decision["label"])
    probs = decision[[f"p_{lab.lower()}" for lab in LABELS]].to_numpy(dtype=float, copy=True)
    own = pd.Index(LABELS).get_indexer(labels)[label]
    probs[(own >= 0).nonzero()[0], own[own >= 0]] = -np.inf  # the most probable other label
    other = probs.argmax(axis=1) if len(label) else label
    families = read_toml("reasons.toml")["families"][lang]
    ambiguous = decision["ambiguous"].to_numpy(dtype=bool)
    doubt = decision["doubt"] if "doubt" in decision else pd.Series("", index=decision.index)
    kinds = [None, "conflict", "doubt", "thin", "close"]
    kind = np.select(
        [
            _truthy(decision["conflict"]),
            _truthy(doubt),
            decision["thin"].to_numpy(dtype=bool),
        ],
        [1, 2, 3],
        4,
    )
    kind = np.where(ambiguous, kind, 0)
    conflict, conflicts = _codes(decision["conflict"])

    def sentence(kind: str | None, conflict: str, label: str, other: str) -> str | None:
        if kind is None:
            return None
        if kind == "conflict":
            rule = table[conflict]
            return say["ambiguous_conflict"].format(family=families[rule.family], other=rule.label)
        if kind == "close":
            return say["ambiguous_close"].format(label=label, other=other)
        return say[f"ambiguous_{kind}"]

    close = kind == 4
    key, first = combination_codes(
        kind,
        np.where(kind == 1, conflict, -1),
        np.where(close, label, -1),
        np.where(close, other, -1),
    )
    said = [
        sentence(
            kinds[kind[i]],
            conflicts[conflict[i]],
            labels[label[i]],
            LABELS[other[i]],
        )
        for i in first
    ]
    return _sentence_codes(key, said)


def _settlement(
    decision: pd.DataFrame,
    fired: np.ndarray,
    ids: list[str],
    say: Mapping[str, str],
    lang: str,
    table: Mapping[str, Rule],
) -> tuple[np.ndarray, list[str]]:
    """What settled each row's label: the deciding rule's policy, or the model.

    ``fired`` and ``ids`` are the evidence columns by strength, the strongest first
    (those that never fired may be left out). Returns each row's code into the
    sentences and the sentences.
    """
    settled, settled_values = _codes(decision["settled_by"])
    label, labels = _codes(decision["label"])
    model = (settled_values == "")[settled]
    # the model decided: in line with the policy of the strongest fired rule allowing the label
    policy = np.full(len(label), -1)
    for lab in LABELS:
        eligible = np.flatnonzero([lab in table[r].allows and bool(table[r].policy) for r in ids])
        if not len(eligible):
            continue
        rows = np.flatnonzero(model & (labels == lab)[label])
        hits = fired[rows[:, None], eligible]
        some = hits.any(axis=1)
        policy[rows[some]] = eligible[hits[some].argmax(axis=1)]
    p, confidences = _codes(decision["confidence"].where(model))
    # as many probabilities as are shown, not as the model gave
    shown, p = _recode([f"{c:.2f}" for c in confidences[:-1]], p)
    shown.append(None)  # code -1: the model did not decide

    def sentence(settled: str, label: str, p: str | None, policy: str | None) -> str:
        if settled:
            rule = table[settled]
            return say["settled"].format(policy=rule.policy.get(lang, rule.policy["en"]))
        if policy:
            text = table[policy].policy
            return say["model_policy"].format(label=label, p=p, policy=text.get(lang, text["en"]))
        return say["model"].format(label=label, p=p)

    by_model = np.where(model, label, -1)
    key, first = combination_codes(settled, by_model, p, policy)
    said = [
        sentence(
            settled_values[settled[i]],
            labels[by_model[i]],
            shown[p[i]],
            ids[policy[i]] if policy[i] >= 0 else None,
        )
        for i in first
    ]
    return _sentence_codes(key, said)


def _unreadable(notes: pd.Series, say: Mapping[str, str]) -> tuple[np.ndarray, list[str]]:
    """Each row's unreadable cells, if any: codes into the sentences (-1 for none)."""
    codes, remarks = _codes(notes)
    said = [say["unreadable"].format(evidence=v) if v != "" else None for v in remarks[:-1]]
    return _sentence_codes(codes, said)
