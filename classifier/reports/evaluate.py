"""Evaluate: b2x against a truth column, beside the rules alone and the model alone.

For each system: accuracy, per-class precision/recall/F1, macro-F1, the
confusion matrix, and accuracy on the rows b2x flags ambiguous. With a truth
``ambiguous`` column (true/false), also the precision/recall/F1 of b2x's flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from classifier.cells import truthy
from classifier.config import LABELS
from classifier.decide import decide, rules_proba
from classifier.model.saved import Model, load_model
from classifier.model.train import split_truth
from classifier.pipeline import analyse, identified, worded
from classifier.rules.base import RuleSet

__all__ = ["Evaluation", "SystemScore", "evaluate", "score"]

SYSTEMS = ("b2x", "rules alone", "model alone")


@dataclass
class SystemScore:
    """Scores of one system's labels against the truth."""

    name: str
    accuracy: float
    macro_f1: float
    per_class: pd.DataFrame  # index labels; precision, recall, f1, support
    confusion: pd.DataFrame  # truth rows × predicted columns
    ambiguous_accuracy: float | None


def score(
    name: str, truth: pd.Series, predicted: pd.Series, flagged: pd.Series | None = None
) -> SystemScore:
    """Score predicted labels against truth labels."""
    # imported here: ``import classifier`` (and a run that only classifies) stays light
    from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

    y, p = truth.to_numpy(), predicted.to_numpy()
    precision, recall, f1, support = precision_recall_fscore_support(
        y, p, labels=list(LABELS), zero_division=0
    )
    per_class = pd.DataFrame(
        {"precision": precision, "recall": recall, "f1": f1, "support": support}, index=list(LABELS)
    )
    confusion = pd.DataFrame(
        confusion_matrix(y, p, labels=list(LABELS)), index=list(LABELS), columns=list(LABELS)
    )
    ambiguous_accuracy = None
    if flagged is not None and flagged.any():
        mask = flagged.to_numpy(dtype=bool)
        ambiguous_accuracy = float((y[mask] == p[mask]).mean())
    present = [lab for lab in LABELS if (y == lab).any()]
    return SystemScore(
        name=name,
        accuracy=float((y == p).mean()),
        macro_f1=float(f1_score(y, p, labels=present, average="macro", zero_division=0)),
        per_class=per_class,
        confusion=confusion,
        ambiguous_accuracy=ambiguous_accuracy,
    )


@dataclass
class Evaluation:
    """Scores of b2x, the rules alone and the model alone on one labelled file."""

    rows: int
    systems: dict[str, SystemScore]
    flagged: int
    predictions: pd.DataFrame  # truth, then each system's label, and b2x's ambiguous flag
    flag_scores: dict[str, float] = field(default_factory=dict)
    truth_ambiguous_accuracy: float | None = None

    def summary(self) -> dict[str, object]:
        """Headline figures, for a manifest or a JSON report."""
        out: dict[str, object] = {"rows": self.rows, "flagged_ambiguous": self.flagged}
        for name, s in self.systems.items():
            out[name] = {
                "accuracy": round(s.accuracy, 4),
                "macro_f1": round(s.macro_f1, 4),
                "f1": {lab: round(float(s.per_class.at[lab, "f1"]), 4) for lab in LABELS},
            }
        if self.flag_scores:
            out["ambiguous_flag"] = {k: round(v, 4) for k, v in self.flag_scores.items()}
        if self.truth_ambiguous_accuracy is not None:
            out["accuracy_on_truly_ambiguous"] = round(self.truth_ambiguous_accuracy, 4)
        return out


def evaluate(
    frame: pd.DataFrame,
    truth: str = "label",
    model: Model | None = None,
    *,
    columns: dict[str, str] | None = None,
    truth_ambiguous: str = "ambiguous",
    rules: RuleSet | None = None,
) -> Evaluation:
    """Classify ``frame`` (without its truth column) and score the three systems."""
    model = model if model is not None else load_model()
    inputs, labels = split_truth(frame, truth, also=(truth_ambiguous,))
    result = analyse(inputs, model, columns, rules)
    decision = result.decision
    table = result.ruleset.rules
    rules_only = decide(
        rules_proba(result.evidence, table),
        result.evidence,
        table,
        identified=identified(result.canon),
        worded=worded(result.canon),
    )
    flagged = decision["ambiguous"]
    predictions = {
        "b2x": decision["label"],
        "rules alone": rules_only["label"],
        "model alone": decision["model_label"],
    }
    systems = {name: score(name, labels, predictions[name], flagged) for name in SYSTEMS}
    table = pd.DataFrame({"truth": labels, **predictions, "ambiguous": flagged})
    evaluation = Evaluation(
        rows=len(frame), systems=systems, flagged=int(flagged.sum()), predictions=table
    )
    if truth_ambiguous in frame.columns:
        from sklearn.metrics import precision_recall_fscore_support

        true_flag = truthy(frame[truth_ambiguous])
        precision, recall, f1, _ = precision_recall_fscore_support(
            true_flag, flagged.to_numpy(dtype=bool), average="binary", zero_division=0
        )
        evaluation.flag_scores = {
            "precision": float(precision),
            "recall": float(recall),
            "f1": float(f1),
        }
        if true_flag.any():
            hit = labels.to_numpy()[true_flag] == decision["label"].to_numpy()[true_flag]
            evaluation.truth_ambiguous_accuracy = float(np.mean(hit))
    return evaluation
