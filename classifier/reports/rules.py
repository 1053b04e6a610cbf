"""Rule report: how often each rule fires on a file, what it settles and how often it is right.

:func:`rule_report` takes the evidence frame (:func:`classifier.rules.evidence.find_evidence`)
and the decision (:func:`classifier.decide.decide`) of one file, and optionally
the file's true labels, and returns a :class:`RuleReport`: one row per rule
(how often it fired, decided, agreed with b2x's label, met contrary evidence and,
with truth, how often the true label was among those it allows), the rule pairs
that fire together most, the pairs that fire together but point apart, and the
rules that never fired. :func:`render_rule_report` draws it for a terminal
(``b2x rules FILE [--truth COLUMN]``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from classifier.config import LABELS
from classifier.decide import CONTRARY
from classifier.files.write import atomic_path
from classifier.rules.base import RULES, Rule

if TYPE_CHECKING:
    from classifier.model.saved import Model
    from classifier.rules.base import RuleSet

__all__ = [
    "RuleReport",
    "rule_report",
    "report_rules",
    "render_rule_report",
    "MIN_FIRED",
    "TOP_PAIRS",
]

MIN_FIRED = 5  # a rule must fire at least this often to be judged by :meth:`RuleReport.weakest`
TOP_PAIRS = 20  # rule pairs kept in ``overlaps`` and ``disagreements``


@dataclass
class RuleReport:
    """How each rule performed on one file.

    Attributes
    ----------
    rules : DataFrame
        Indexed by rule id (index name ``rule``), in the evidence frame's column
        order: ``family, points_to, strength, decides, fired, coverage, deciding,
        agrees_with_label, conflicts`` and, with truth, ``accuracy,
        deciding_accuracy``. Shares are NaN where their base is empty.
    overlaps : DataFrame
        ``rule_a, rule_b, both``: the pairs that fire on the same rows most often.
    disagreements : DataFrame
        ``rule_a, rule_b, rows``: pairs that fire on the same rows although they
        allow no label in common, most frequent first.
    never_fired : list of str
        Rules that fired on no row.
    rows : int
        Number of rows of the file.
    """

    rules: pd.DataFrame
    overlaps: pd.DataFrame
    disagreements: pd.DataFrame
    never_fired: list[str]
    rows: int

    @property
    def has_truth(self) -> bool:
        """Whether the report was built with true labels (and has accuracy columns)."""
        return "accuracy" in self.rules.columns

    def weakest(self, n: int = 5) -> pd.DataFrame:
        """The ``n`` least accurate rules among those that fired at least :data:`MIN_FIRED` times.

        Of equally accurate rules, the one that fired more often comes first.

        Raises
        ------
        ValueError
            The report was built without true labels.
        """
        if not self.has_truth:
            raise ValueError(
                "weakest() needs true labels: build the report with "
                "rule_report(evidence, decision, truth=...)."
            )
        judged = self.rules[self.rules["fired"] >= MIN_FIRED]
        ranked = judged.sort_values(["accuracy", "fired"], ascending=[True, False], kind="stable")
        return ranked.head(n)

    def to_csv(self, path: str | Path) -> Path:
        """Write the per-rule table as UTF-8 CSV, rule id first, atomically; returns the path."""
        target = Path(path)
        with atomic_path(target) as tmp:
            self.rules.reset_index().to_csv(tmp, index=False, encoding="utf-8")
        return target


def _truth_labels(truth: pd.Series, index: pd.Index) -> np.ndarray:
    """True labels as upper-case text aligned with ``index``, each one of :data:`LABELS`."""
    if not truth.index.equals(index):
        raise ValueError("truth must have the same index as the evidence frame.")
    labels = truth.astype("string").str.strip().str.upper()
    bad = ~labels.isin(LABELS).to_numpy(dtype=bool)
    if bad.any():
        first = truth.iloc[int(np.flatnonzero(bad)[0])]
        raise ValueError(f"true labels must be one of {', '.join(LABELS)}; got {first!r}.")
    return labels.to_numpy(dtype=object)


def _share(part: np.ndarray, whole: np.ndarray) -> np.ndarray:
    """``part / whole`` as floats, NaN where ``whole`` is 0."""
    part = np.asarray(part, dtype=float)
    whole = np.asarray(whole, dtype=float)
    return np.divide(part, whole, out=np.full(part.shape, np.nan), where=whole > 0)


def _pairs(counts: np.ndarray, keep: np.ndarray, ids: np.ndarray, name: str) -> pd.DataFrame:
    """Rule pairs (upper triangle) with ``keep`` and a positive count, most frequent first."""
    a, b = np.triu_indices(len(ids), k=1)
    chosen = keep[a, b] & (counts[a, b] > 0)
    pairs = pd.DataFrame(
        {"rule_a": ids[a[chosen]], "rule_b": ids[b[chosen]], name: counts[a, b][chosen]}
    )
    pairs = pairs.sort_values(name, ascending=False, kind="stable").head(TOP_PAIRS)
    return pairs.reset_index(drop=True)


def rule_report(
    evidence: pd.DataFrame,
    decision: pd.DataFrame,
    truth: pd.Series | None = None,
    rules: Mapping[str, Rule] | None = None,
) -> RuleReport:
    """Report how each rule of an evidence frame performed.

    Parameters
    ----------
    evidence : DataFrame
        The evidence frame (:func:`classifier.rules.evidence.find_evidence`): one column
        per rule id, the matched text where the rule fired, missing where not.
    decision : DataFrame
        :func:`classifier.decide.decide` of the same rows; its ``label`` and
        ``settled_by`` columns are read.
    truth : Series, optional
        True labels (B2B, B2C or B2G), with the evidence frame's index.
    rules : mapping, optional
        The rules of the evidence's columns; the shipped ones by default.

    Returns
    -------
    RuleReport

    Raises
    ------
    ValueError
        A column is not a rule id, the frames are not row-aligned, or a true
        label is not one of B2B, B2C, B2G.

    Examples
    --------
    >>> evidence = pd.DataFrame({
    ...     "company_form": ["LLC", None, "Inc"],
    ...     "person_name": [None, "Rachel Kim", "Daniel Ortega"],
    ... })
    >>> decision = pd.DataFrame({
    ...     "label": ["B2B", "B2C", "B2B"],
    ...     "settled_by": ["company_form", "", "company_form"],
    ... })
    >>> report = rule_report(evidence, decision, truth=pd.Series(["B2B", "B2C", "B2C"]))
    >>> columns = ["fired", "deciding", "agrees_with_label", "conflicts", "accuracy"]
    >>> report.rules[columns]  # doctest: +NORMALIZE_WHITESPACE
                  fired  deciding  agrees_with_label  conflicts  accuracy
    rule
    company_form      2         2                1.0          1       0.5
    person_name       2         0                0.5          1       1.0
    >>> report.disagreements
             rule_a       rule_b  rows
    0  company_form  person_name     1
    """
    table = rules if rules is not None else RULES
    unknown = [str(c) for c in evidence.columns if c not in table]
    if unknown:
        raise ValueError(f"evidence columns are not rule ids: {', '.join(unknown)}.")
    if not decision.index.equals(evidence.index):
        raise ValueError("decision must have the same index as the evidence frame.")
    ids = np.array([str(c) for c in evidence.columns], dtype=object)
    rules = [table[c] for c in ids]
    n = len(evidence)

    fired = evidence.notna().to_numpy(dtype=bool)  # rows × rules
    allows = np.array([[lab in r.allows for lab in LABELS] for r in rules], dtype=bool)
    allows = allows.reshape(len(rules), len(LABELS))  # rules × labels
    strong = np.array([r.strength >= CONTRARY for r in rules], dtype=bool)
    # rules × rules: True where two rules allow no label in common
    disjoint = (allows.astype(np.int64) @ allows.T.astype(np.int64)) == 0

    def consistent(labels: np.ndarray) -> np.ndarray:
        """Rows × rules: the row's label is among those the rule allows."""
        onehot = labels[:, None] == np.array(LABELS, dtype=object)[None, :]
        return (onehot.astype(np.int64) @ allows.T.astype(np.int64)) > 0

    label = decision["label"].to_numpy(dtype=object)
    settled_by = decision["settled_by"].astype(object).fillna("")
    fired_count = fired.sum(axis=0)
    # a fired rule meets contrary evidence: another strong fired rule allowing none of its labels
    contrary = (fired & strong).astype(np.int64) @ disjoint.T.astype(np.int64)
    table = pd.DataFrame(
        {
            "family": [r.family for r in rules],
            "points_to": ["/".join(r.allows) for r in rules],
            "strength": [r.strength for r in rules],
            "decides": [r.decides for r in rules],
            "fired": fired_count,
            "coverage": _share(fired_count, np.full(len(rules), n)),
            "deciding": settled_by.value_counts().reindex(ids, fill_value=0).to_numpy(),
            "agrees_with_label": _share((fired & consistent(label)).sum(axis=0), fired_count),
            "conflicts": (fired & (contrary > 0)).sum(axis=0),
        },
        index=pd.Index(ids, name="rule"),
    )
    if truth is not None:
        true = _truth_labels(truth, evidence.index)
        table["accuracy"] = _share((fired & consistent(true)).sum(axis=0), fired_count)
        right = pd.Series(label == true, dtype=float)
        table["deciding_accuracy"] = (
            right.groupby(settled_by.to_numpy()).mean().reindex(ids).to_numpy()
        )

    together = fired.T.astype(np.int64) @ fired.astype(np.int64)  # rules × rules co-firing
    return RuleReport(
        rules=table,
        overlaps=_pairs(together, np.ones_like(disjoint), ids, "both"),
        disagreements=_pairs(together, disjoint, ids, "rows"),
        never_fired=[str(i) for i in ids[fired_count == 0]],
        rows=n,
    )


def _percent(x: float, digits: int = 0) -> str:
    return "—" if pd.isna(x) else f"{x:.{digits}%}"


def render_rule_report(report: RuleReport, pairs: int = 10) -> RenderableType:
    """Per-rule table by family, the top ``pairs`` disagreeing pairs, and the silent rules."""
    headers = ["rule", "→", "fired", "cover.", "decides", "agrees", "conflicts"]
    if report.has_truth:
        headers.append("acc.")
    table = Table(
        title=f"Rules on {report.rows} rows",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 0),
    )
    for i, header in enumerate(headers):
        table.add_column(header, justify="left" if i < 2 else "right", no_wrap=i < 2)
    families = {f: k for k, f in enumerate(dict.fromkeys(report.rules["family"]))}
    ordered = report.rules.assign(_family=report.rules["family"].map(families)).sort_values(
        ["_family", "fired"], ascending=[True, False], kind="stable"
    )
    for position, group in ordered.groupby("_family", sort=True):
        table.add_row(Text(str(group["family"].iloc[0]), style="bold"))
        for rule, row in group.iterrows():
            cells = [
                str(rule),
                row["points_to"],
                str(int(row["fired"])),
                _percent(row["coverage"], 1),
                str(int(row["deciding"])),
                _percent(row["agrees_with_label"]),
                str(int(row["conflicts"])),
            ]
            if report.has_truth:
                cells.append(_percent(row["accuracy"]))
            table.add_row(*cells, style="dim" if row["fired"] == 0 else None)
        if position != len(families) - 1:
            table.add_section()

    parts: list[RenderableType] = [table]
    apart = Table(
        title="Fire together, point apart",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        padding=(0, 0),
    )
    for header in ("rule", "rule", "rows"):
        apart.add_column(header, justify="right" if header == "rows" else "left")
    for row in report.disagreements.head(pairs).itertuples(index=False):
        apart.add_row(str(row.rule_a), str(row.rule_b), str(int(row.rows)))
    if report.disagreements.empty:
        apart.add_row("(none)", "", "")
    parts += [Text(), apart, Text()]
    parts.append(Text("never fired: " + (", ".join(report.never_fired) or "—")))
    return Group(*parts)


def report_rules(
    frame: pd.DataFrame,
    model: Model | None = None,
    truth: str | None = None,
    *,
    columns: dict[str, str] | None = None,
    rules: RuleSet | None = None,
) -> RuleReport:
    """Classify an export frame and report how each rule performed on it.

    With ``truth`` (a column of true labels), rules are also scored against it;
    that column, and an ``ambiguous`` truth column, are not read as input.
    """
    from classifier.model.saved import load_model
    from classifier.model.train import split_truth
    from classifier.pipeline import analyse

    model = model if model is not None else load_model()
    inputs, labels = split_truth(frame, truth) if truth is not None else (frame, None)
    result = analyse(inputs, model, columns, rules)
    return rule_report(result.evidence, result.decision, labels, result.ruleset.rules)
