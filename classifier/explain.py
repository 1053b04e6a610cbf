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

import numpy as np
import pandas as pd

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
) -> pd.Series:
    """One reasons string per row ("; "-joined), built once per distinct combination."""
    _phrases(lang)
    if notes is None:
        notes = pd.Series("", index=evidence.index)
    key_frame = evidence.copy()
    for column in ("label", "settled_by", "ambiguous", "conflict", "disagree", "thin",
                   "model_label", "doubt"):  # fmt: skip
        key_frame[f"_{column}"] = decision[column].astype("string")
    model_decided = decision["settled_by"].eq("")
    key_frame["_p"] = decision["confidence"].round(2).where(model_decided, -1).astype("string")
    key_frame["_notes"] = notes.astype("string")
    keys = pd.util.hash_pandas_object(key_frame, index=False).to_numpy()
    uniques, first_rows, inverse = np.unique(keys, return_index=True, return_inverse=True)
    rule_ids = list(evidence.columns)
    values = evidence.to_numpy(dtype=object)[first_rows]
    decided = decision.iloc[first_rows].to_dict("records")
    remarks = notes.iloc[first_rows].fillna("").tolist()
    texts = np.empty(len(uniques), dtype=object)
    for k in range(len(first_rows)):
        row = dict(zip(rule_ids, values[k], strict=True))
        texts[k] = "; ".join(reason_items(row, decided[k], remarks[k], lang, rules))
    return pd.Series(texts[inverse.ravel()], index=evidence.index, dtype=object)


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
