"""Explain: reasons in plain language, most important first.

Reasons are assembled from the evidence texts in ``data/rules.toml`` and the
joining sentences in ``data/reasons.toml``: each fired rule says what it saw
and where it points, the deciding rule comes first and the others follow by
strength, then why the record is ambiguous, if it is, and last the rule of the
policy that settled the label. A reason string is built once per distinct
combination of evidence and decision, then joined back to the rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from classifier.distinct import map_combinations, map_distinct
from classifier.model import PROBA_COLUMNS
from classifier.rules import LABELS, RULES, Rule
from classifier.vocabulary import read_toml

__all__ = ["reasons", "reason_items", "Explanation"]


def _phrases(lang: str) -> dict[str, str]:
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
    say = _phrases(lang)
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
        probs = {lab: decision[f"p_{lab.lower()}"] for lab in LABELS}
        other = max((lab for lab in LABELS if lab != label), key=probs.get)
        if decision["conflict"]:
            rule = table[decision["conflict"]]
            family = read_toml("reasons.toml")["families"][lang][rule.family]
            items.append(say["ambiguous_conflict"].format(family=family, other=rule.label))
        elif decision.get("doubt"):
            items.append(say["ambiguous_doubt"])
        elif decision["disagree"]:
            items.append(say["ambiguous_disagree"].format(other=decision["model_label"]))
        elif decision["thin"]:
            items.append(say["ambiguous_thin"])
        else:
            items.append(say["ambiguous_close"].format(label=label, other=other))
    if settled:
        rule = table[settled]
        items.append(say["settled"].format(policy=rule.policy.get(lang, rule.policy["en"])))
    else:
        p = f"{decision['confidence']:.2f}"
        policy = next((table[rid].policy for rid, _ in fired
                       if label in table[rid].allows and table[rid].policy), None)  # fmt: skip
        if policy:
            items.append(
                say["model_policy"].format(label=label, p=p, policy=policy.get(lang, policy["en"]))
            )
        else:
            items.append(say["model"].format(label=label, p=p))
    if note:
        items.append(say["unreadable"].format(evidence=note))
    return items


def reasons(
    evidence: pd.DataFrame,
    decision: pd.DataFrame,
    notes: pd.Series | None = None,
    lang: str = "en",
    rules: Mapping[str, Rule] | None = None,
    fired: np.ndarray | None = None,
) -> pd.Series:
    """One reasons string per row: :func:`reason_items` "; "-joined, built column by column.

    Each sentence is formatted once per distinct value of what it says (a rule's
    matched value; a label, probability and policy), then laid out in the order of
    :func:`reason_items` — the deciding rule, the other fired rules by strength, why
    the row is ambiguous, what settled it, an unreadable cell — and joined by pyarrow.
    ``fired`` is ``evidence.notna().to_numpy()`` when the caller has it already.
    """
    say = _phrases(lang)
    table = rules if rules is not None else RULES
    if notes is None:
        notes = pd.Series("", index=evidence.index)
    ids = list(evidence.columns)
    order = sorted(range(len(ids)), key=lambda k: -table[ids[k]].strength)  # stable, as there
    fired = fired if fired is not None else evidence.notna().to_numpy()
    settled = decision["settled_by"].to_numpy(dtype=object)
    first = np.full(len(evidence), None, dtype=object)  # the deciding rule's sentence leads
    sentences = [first]
    for k in order:
        if not fired[:, k].any():
            continue
        rule = table[ids[k]]
        present = fired[:, k]
        found, values = pd.factorize(evidence.iloc[:, k].to_numpy()[present])
        codes = np.full(len(evidence), -1)  # factorized only where the rule fired
        codes[present] = found
        said = np.array([say["points"].format(evidence=rule.describe(v, lang), label=rule.points_to)
                         for v in values], dtype=object)  # fmt: skip
        deciding = settled == ids[k]
        first[deciding] = said[codes[deciding]]
        sentences.append(np.where(deciding | (codes < 0), None, said[codes]))
    sentences.append(np.where(fired.any(axis=1), None, say["no_evidence"]).astype(object))
    sentences.append(_ambiguity(decision, say, lang, table))
    sentences.append(_settlement(decision, fired[:, order], [ids[k] for k in order], say, lang,
                                 table))  # fmt: skip
    remark = notes.astype(object).where(notes.notna() & notes.ne(""), None)
    unreadable = map_distinct(remark, lambda v: say["unreadable"].format(evidence=v))
    sentences.append(unreadable.to_numpy())
    return pd.Series(_join_present(sentences, "; "), index=evidence.index, dtype="str")


def _join_present(columns: list[np.ndarray], separator: str) -> Any:
    """Each row's non-missing values of the columns, in column order, joined (pyarrow)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    present = np.stack([pd.notna(c) for c in columns], axis=1)
    offsets = np.concatenate([[0], np.cumsum(present.sum(axis=1))])
    slot = offsets[:-1, None] + np.cumsum(present, axis=1) - 1
    flat = np.empty(offsets[-1], dtype=object)
    for j, column in enumerate(columns):
        flat[slot[present[:, j], j]] = column[present[:, j]]
    rows = pa.LargeListArray.from_arrays(pa.array(offsets, type=pa.int64()),
                                         pa.array(flat, type=pa.large_string()))  # fmt: skip
    return pc.binary_join(rows, pa.scalar(separator, pa.large_string()))


def _ambiguity(decision: pd.DataFrame, say: Mapping[str, str], lang: str,
               table: Mapping[str, Rule]) -> np.ndarray:  # fmt: skip
    """Why each ambiguous row is ambiguous, as :func:`reason_items` says it; None elsewhere."""
    label = decision["label"].to_numpy(dtype=object)
    probs = decision[[f"p_{lab.lower()}" for lab in LABELS]].to_numpy(dtype=float)
    own = pd.Index(LABELS).get_indexer(label)
    probs[(own >= 0).nonzero()[0], own[own >= 0]] = -np.inf  # the most probable other label
    other = np.array(LABELS, dtype=object)[probs.argmax(axis=1)] if len(label) else label
    families = read_toml("reasons.toml")["families"][lang]
    ambiguous = decision["ambiguous"].to_numpy(dtype=bool)
    doubt = decision["doubt"] if "doubt" in decision else pd.Series("", index=decision.index)
    kind = np.select(
        [decision["conflict"].to_numpy(dtype=object).astype(bool),
         doubt.to_numpy(dtype=object).astype(bool),
         decision["disagree"].to_numpy(dtype=bool), decision["thin"].to_numpy(dtype=bool)],
        ["conflict", "doubt", "disagree", "thin"], "close",
    ).astype(object)  # fmt: skip

    def sentence(kind: str | None, conflict: str, model_label: str, label: str, other: str
                 ) -> str | None:  # fmt: skip
        if kind is None:
            return None
        if kind == "conflict":
            rule = table[conflict]
            return say["ambiguous_conflict"].format(family=families[rule.family], other=rule.label)
        if kind == "disagree":
            return say["ambiguous_disagree"].format(other=model_label)
        if kind == "close":
            return say["ambiguous_close"].format(label=label, other=other)
        return say[f"ambiguous_{kind}"]

    return map_combinations(
        sentence,
        np.where(ambiguous, kind, None),
        np.where(ambiguous & (kind == "conflict"), decision["conflict"].to_numpy(dtype=object),
                 None),
        np.where(ambiguous & (kind == "disagree"), decision["model_label"].to_numpy(dtype=object),
                 None),
        np.where(ambiguous & (kind == "close"), label, None),
        np.where(ambiguous & (kind == "close"), other, None),
    )  # fmt: skip


def _settlement(
    decision: pd.DataFrame,
    fired: np.ndarray,
    ids: list[str],
    say: Mapping[str, str],
    lang: str,
    table: Mapping[str, Rule],
) -> np.ndarray:
    """What settled each row's label: the deciding rule's policy, or the model.

    ``fired`` and ``ids`` are the evidence columns by strength, the strongest first.
    """
    settled = decision["settled_by"].to_numpy(dtype=object)
    label = decision["label"].to_numpy(dtype=object)
    model = settled == ""
    # the model decided: in line with the policy of the strongest fired rule allowing the label
    policy = np.full(len(label), None, dtype=object)
    for lab in LABELS:
        eligible = np.array([lab in table[r].allows and bool(table[r].policy) for r in ids],
                            dtype=bool)  # fmt: skip
        hits = fired & eligible
        rows = model & (label == lab) & hits.any(axis=1)
        policy[rows] = np.array(ids, dtype=object)[hits[rows].argmax(axis=1)]
    confidence = decision["confidence"].where(model)
    p = map_distinct(confidence, lambda c: f"{c:.2f}").to_numpy()

    def sentence(settled: str, label: str, p: str | None, policy: str | None) -> str:
        if settled:
            rule = table[settled]
            return say["settled"].format(policy=rule.policy.get(lang, rule.policy["en"]))
        if policy:
            text = table[policy].policy
            return say["model_policy"].format(label=label, p=p,
                                              policy=text.get(lang, text["en"]))  # fmt: skip
        return say["model"].format(label=label, p=p)

    return map_combinations(sentence, settled, np.where(model, label, None), p, policy)


@dataclass
class Explanation:
    """Everything ``b2x explain`` shows about one record."""

    record: dict[str, object]
    table: pd.DataFrame  # evidence rows: rule, family, value, points_to, strength, B2B, B2C, B2G
    model_proba: dict[str, float]
    decision: dict[str, object]
    reasons: list[str]
    text_contributions: pd.DataFrame  # top text features: feature, B2B, B2C, B2G

    @classmethod
    def build(
        cls,
        record: dict[str, object],
        evidence: pd.Series,
        decision: pd.Series,
        model_proba: pd.Series,
        contributions: pd.DataFrame,
        note: str = "",
        lang: str = "en",
        rules: Mapping[str, Rule] | None = None,
    ) -> Explanation:
        table_of = rules if rules is not None else RULES
        rows = []
        for rid, value in evidence.items():
            if value is None or value != value:
                continue
            rule = table_of[rid]
            name = f"evidence__ev_{rid}"
            contrib = contributions.loc[name] if name in contributions.index else None
            rows.append({
                "rule": rid, "family": rule.family, "value": str(value),
                "points_to": rule.points_to, "strength": rule.strength,
                **{lab: float(contrib[lab]) if contrib is not None else 0.0 for lab in LABELS},
            })  # fmt: skip
        table = pd.DataFrame(rows, columns=["rule", "family", "value", "points_to", "strength",
                                            *LABELS])  # fmt: skip
        text = contributions[~contributions.index.str.startswith(("evidence__", "size__"))]
        spread = (text.max(axis=1) - text.min(axis=1)).sort_values(ascending=False)
        return cls(
            record=record,
            table=table,
            model_proba={lab: float(model_proba[f"p_{lab.lower()}"]) for lab in LABELS},
            decision={
                k: decision[k]
                for k in ("label", "confidence", "ambiguous", "settled_by", *PROBA_COLUMNS)
            },  # fmt: skip
            reasons=reason_items(evidence, decision, note, lang, table_of),
            text_contributions=text.loc[spread.index[:8]],
        )
