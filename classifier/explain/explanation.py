"""Explanation: everything ``b2x explain`` shows about one record, as one object.

:meth:`Explanation.build` takes one row's evidence, decision, model probabilities and
each feature's contribution (:meth:`classifier.model.saved.Model.contributions`) and
keeps the evidence table, the reasons (:func:`classifier.explain.reasons.reason_items`)
and the model's strongest text features. ``repr`` gives it as text, Jupyter as a card.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from classifier.config import LABELS, PROBA_COLUMNS
from classifier.explain.reasons import phrases, reason_items, why_ambiguous
from classifier.rules.base import RULES, Rule

__all__ = ["Explanation"]


def _plain(value: object) -> object:
    """A numpy scalar as the Python value it holds (``np.float64(0.87)`` → ``0.87``)."""
    return value.item() if isinstance(value, np.generic) else value


@dataclass(repr=False)
class Explanation:
    """Everything ``b2x explain`` shows about one record.

    In Jupyter it shows as a card (``_repr_html_``,
    :func:`classifier.explain.card.explanation_html`):
    the label, confidence, ambiguity and why, the reasons, the record, the evidence
    with its contributions and the probabilities; ``repr`` gives the same as text.
    """

    record: dict[str, object]
    table: pd.DataFrame  # evidence rows: rule, family, value, points_to, strength, B2B, B2C, B2G
    model_proba: dict[str, float]
    decision: dict[str, object]  # label, confidence, ambiguous, settled_by, p_b2b, p_b2c, p_b2g
    reasons: list[str]
    text_contributions: pd.DataFrame  # top text features: feature, B2B, B2C, B2G
    ambiguity: str = ""  # why the record is ambiguous, when it is

    def _repr_html_(self) -> str:
        from classifier.explain.card import explanation_html

        return explanation_html(self)

    def __repr__(self) -> str:
        d = self.decision
        flag = (self.ambiguity or "ambiguous") if d["ambiguous"] else "not ambiguous"
        how = f"settled by {d['settled_by']}" if d["settled_by"] else "decided by the model"
        lines = [f"{d['label']} (confidence {float(d['confidence']):.2f}, {how}; {flag})"]
        lines += [f"  - {r}" for r in self.reasons]
        lines.append(
            "evidence: "
            + (
                ", ".join(
                    f"{r.rule}={r.value!s} → {r.points_to}"
                    for r in self.table.itertuples(index=False)
                )
                or "none"
            )
        )
        probs = " ".join(f"{lab} {float(d[f'p_{lab.lower()}']):.3f}" for lab in LABELS)
        return "\n".join([*lines, f"probabilities: {probs}"])

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
            rows.append(
                {
                    "rule": rid,
                    "family": rule.family,
                    "value": str(value),
                    "points_to": rule.points_to,
                    "strength": rule.strength,
                    **{lab: float(contrib[lab]) if contrib is not None else 0.0 for lab in LABELS},
                }
            )
        table = pd.DataFrame(
            rows, columns=["rule", "family", "value", "points_to", "strength", *LABELS]
        )
        text = contributions[~contributions.index.str.startswith(("evidence__", "size__"))]
        spread = (text.max(axis=1) - text.min(axis=1)).sort_values(ascending=False)
        return cls(
            record=record,
            table=table,
            model_proba={lab: float(model_proba[f"p_{lab.lower()}"]) for lab in LABELS},
            decision={
                k: _plain(decision[k])
                for k in ("label", "confidence", "ambiguous", "settled_by", *PROBA_COLUMNS)
            },
            reasons=reason_items(evidence, decision, note, lang, table_of),
            text_contributions=text.loc[spread.index[:8]],
            ambiguity=(
                why_ambiguous(decision, phrases(lang), lang, table_of)
                if decision["ambiguous"]
                else ""
            ),
        )
