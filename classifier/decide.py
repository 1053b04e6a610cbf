"""Decide: probabilities and evidence → label, confidence, ambiguous.

The policy's order and the ambiguity test live here and nowhere else
(LABELING.md, "What decides" and "Ambiguous records"):

1. Evidence of who buys and why (rules with ``decides = true``) settles the
   label; a rule that knows only the kind of buyer (an organisation named
   without a form: B2B or B2G) leaves the model to choose among the labels it
   allows. A higher ``rank`` outranks a lower one whatever the strength: the
   state as buyer (2) outranks businesses and persons (1). Within a rank the
   strongest rule wins, so a private person's stated business purpose (0.8)
   outranks an anonymous buyer (0.7), and a company's legal form (0.9) a
   procurement reference (0.88).
2. With no such evidence the model's probabilities decide: what is bought, how
   much and how it is paid say the rest.
3. A record is ambiguous when contrary evidence of at least
   :data:`CONTRARY` strength points elsewhere (families disagree), when the
   evidence is thin (nothing decides, no buyer or government evidence of
   :data:`CONTRARY` strength says who the buyer is, and the record names no buyer at
   all: LABELING.md's "only a product name, nothing about the buyer"), when nothing
   decides and the model's top two labels are close, or when evidence ambiguous by nature fired (a
   professional: a person acting as a business). A weak
   contrary signal (a company paying by card) does not make a record ambiguous, and
   neither does the model alone: it is no evidence of its own (the review queue,
   :mod:`classifier.review.queue`, brings a label the model doubts to an analyst).

The final probabilities move the model's toward the policy's label by the
deciding rule's strength, less the strongest contrary evidence, so
``confidence`` is the probability of the label given and falls when signals
disagree. Where nothing decides, no probability exceeds :data:`UNDECIDED_CAP`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from classifier.config import LABELS, PROBA_COLUMNS
from classifier.rules.base import RULES, Rule

__all__ = ["decide", "rules_proba", "CONTRARY", "MARGIN", "UNDECIDED_CAP"]

CONTRARY = 0.5  # contrary evidence at least this strong makes a record ambiguous
# with nothing deciding, the model is no surer than this: what the record holds did not
# settle who buys (issue of records with one weak field, where a model trained on complete
# records answers 0.99 and is often wrong)
UNDECIDED_CAP = 0.85
MARGIN = 0.2  # with nothing deciding, top two model probabilities closer than this


def _rule_arrays(columns: pd.Index, table: Mapping[str, Rule]) -> tuple[np.ndarray, ...]:
    rules = [table[c] for c in columns]
    strength = np.array([r.strength for r in rules])
    label = np.array([LABELS.index(r.label) for r in rules])
    decides = np.array([r.decides for r in rules])
    rank = np.array([r.rank for r in rules])
    allows = np.array([[lab in r.allows for lab in LABELS] for r in rules]).reshape(-1, len(LABELS))
    doubtful = np.array([r.ambiguous for r in rules], dtype=bool)
    return strength, label, decides, rank, allows, doubtful


def decide(
    proba: pd.DataFrame,
    evidence: pd.DataFrame,
    rules: Mapping[str, Rule] | None = None,
    fired: np.ndarray | None = None,
    identified: np.ndarray | None = None,
    worded: np.ndarray | None = None,
) -> pd.DataFrame:
    """Label each row by the policy.

    Parameters
    ----------
    proba : DataFrame
        The model's ``p_b2b, p_b2c, p_b2g``.
    evidence : DataFrame
        The evidence frame (:func:`classifier.rules.evidence.find_evidence`).
    rules : mapping, optional
        The rules of the evidence's columns; the shipped ones by default.
    fired : ndarray, optional
        ``evidence.notna().to_numpy()``, when the caller has it already.
    identified : ndarray, optional
        Rows that name the buyer (a name, tax ID or e-mail); such a row is not thin
        even when no rule reads its name. By default no row is taken as named.
    worded : ndarray, optional
        Rows with free text (a comment, documents, a contract) that the model reads word
        by word: there the model may know of a purpose no rule does. By default every row.

    Returns
    -------
    DataFrame
        ``label, confidence, ambiguous, p_b2b, p_b2c, p_b2g`` and, for explain:
        ``settled_by`` (deciding rule id, '' when the model decided),
        ``model_label``, ``thin``, ``conflict`` (id of the strongest contrary
        rule of at least :data:`CONTRARY` strength, or '').
    """
    rules = rules if rules is not None else RULES
    columns = list(evidence.columns)
    strength, _, decides, rank, allows, doubtful = _rule_arrays(evidence.columns, rules)
    who = np.isin([rules[c].family for c in columns], ["buyer", "government"])
    fired = fired if fired is not None else evidence.notna().to_numpy()
    fired, doubt_fired = _conditioned(fired, columns, rules)
    p_model = proba[list(PROBA_COLUMNS)].to_numpy(dtype=float)
    n = len(evidence)
    rows = np.arange(n)

    # the strongest deciding rule of the highest rank, looked for among deciding rules only
    deciding, has_decision = _strongest(fired, decides, rank * 10.0 + strength)
    model_label = p_model.argmax(axis=1)
    # the deciding rule's label, or the model's choice among the labels it allows
    rule_choice = np.where(allows[deciding], p_model, -1.0).argmax(axis=1)
    label = np.where(has_decision, rule_choice, model_label)
    # with nothing deciding, who buys outranks how much is bought (LABELING.md, "What
    # decides"): a model label that only volume evidence supports yields to the buyer
    # evidence (a private person buying 40 identical phones is B2C), unless the record
    # has words of its own the model may have read a purpose in
    buyer_family = np.array([rules[c].family == "buyer" for c in columns], dtype=bool)
    who_id, has_who = _strongest(fired, buyer_family & (strength >= CONTRARY), strength)
    if worded is not None:
        has_who &= ~np.asarray(worded, dtype=bool)
    else:
        has_who[:] = False
    volume = np.array([rules[c].family == "volume" for c in columns], dtype=bool)
    # ... weak signals alone (an invoice, a bank transfer: persons get them too) do not
    # outweigh who buys
    strong = ~volume & (strength >= CONTRARY)
    supported = (fired[:, strong].astype(float) @ allows[strong].astype(float)) > 0
    yields = ~has_decision & has_who & ~allows[who_id, label] & ~supported[rows, label]
    label = np.where(yields, np.where(allows[who_id], p_model, -1.0).argmax(axis=1), label)

    # evidence against the label: rules none of whose allowed labels is the label,
    # looked for among the rules that fired somewhere only
    live = np.flatnonzero(fired.any(axis=0))
    on = fired[:, live]
    # LABELING.md: ambiguous when signals of different kinds point apart. Evidence of the
    # family that settled the label is read with it (a company's contact person is no
    # private buyer beside the company's legal form); where nothing decides, all counts
    family = pd.factorize(np.array([rules[c].family for c in columns]))[0]  # codes compare fast
    same = has_decision[:, None] & (family[live][None, :] == family[deciding][:, None])
    contrary_strength = np.where(on & ~allows[live].T[label] & ~same, strength[live], 0.0)
    contrary = live[contrary_strength.argmax(axis=1)] if len(live) else np.zeros(n, dtype=int)
    contrary_max = contrary_strength.max(axis=1) if len(live) else np.zeros(n)
    if len(live) < len(columns):  # a rule that never fired counts as strength 0
        contrary_max = np.maximum(contrary_max, 0.0)

    close = ~has_decision & (_top_two_gap(p_model) < MARGIN)
    # thin: nothing decides and nothing of note says who the buyer is
    known_buyer = on[:, (who & (strength >= CONTRARY))[live]].any(axis=1)
    thin = ~has_decision & ~known_buyer
    if identified is not None:
        thin &= ~np.asarray(identified, dtype=bool)
    conflict = contrary_max >= CONTRARY
    # evidence that is ambiguous by nature (rules.toml ``ambiguous = true``)
    # ... when that evidence settles the label: a firm's legal form outranks a profession
    doubt, has_doubt = _strongest(doubt_fired, doubtful, np.zeros(len(columns)))
    has_doubt &= ~has_decision | doubtful[deciding]
    doubt = np.where(has_doubt & has_decision, deciding, doubt)
    ambiguous = thin | conflict | close | has_doubt

    weight = np.where(has_decision, strength[deciding] * (1.0 - contrary_max), 0.0)
    onehot = np.eye(len(LABELS))[label]
    p_final = weight[:, None] * onehot + (1.0 - weight[:, None]) * p_model
    # nothing decides: the model's probabilities drawn toward even, so that none exceeds
    # the cap, their order and sum kept
    top = p_final.max(axis=1)
    over = ~has_decision & (top > UNDECIDED_CAP)
    if over.any():
        k = len(LABELS)
        shrink = ((UNDECIDED_CAP - 1.0 / k) / (top[over] - 1.0 / k))[:, None]
        p_final[over] = 1.0 / k + shrink * (p_final[over] - 1.0 / k)
    ids = [*columns, ""]  # "": none
    return pd.DataFrame(
        {
            "label": _text(LABELS, label),
            "confidence": p_final[rows, label],
            "ambiguous": ambiguous,
            **{column: p_final[:, i] for i, column in enumerate(PROBA_COLUMNS)},
            "settled_by": _text(ids, np.where(has_decision, deciding, len(columns))),
            "model_label": _text(LABELS, model_label),
            "thin": thin,
            "conflict": _text(ids, np.where(conflict, contrary, len(columns))),
            "doubt": _text(ids, np.where(has_doubt, doubt, len(columns))),
        },
        index=evidence.index,
    )


def _conditioned(
    fired: np.ndarray, columns: Sequence[str], rules: Mapping[str, Rule]
) -> tuple[np.ndarray, np.ndarray]:
    """``fired`` without the rules that yield to another rule that fired on the row
    (``yields_to``), and the same read for doubt: a rule ambiguous only beside others
    (``ambiguous_with``) does not make the rows without them ambiguous.
    """
    where = {c: i for i, c in enumerate(columns)}

    def any_of(ids: Sequence[str]) -> np.ndarray:
        cols = [where[r] for r in ids if r in where]
        return fired[:, cols].any(axis=1) if cols else np.zeros(len(fired), dtype=bool)

    out = fired.copy()
    for i, c in enumerate(columns):
        if rules[c].yields_to:
            out[:, i] &= ~any_of(rules[c].yields_to)
    doubt = out.copy()
    for i, c in enumerate(columns):
        if rules[c].ambiguous_with:
            doubt[:, i] &= any_of(rules[c].ambiguous_with)
    return out, doubt


def _strongest(
    fired: np.ndarray, among: np.ndarray, score: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's fired rule of the highest ``score`` of the rules ``among`` (the first on
    ties), and whether there is one; where there is none the rule is column 0.
    """
    candidates = np.flatnonzero(among)
    on = fired[:, candidates]
    found = on.any(axis=1)
    if not len(candidates):
        return np.zeros(len(fired), dtype=int), found
    best = np.where(on, score[candidates], -np.inf).argmax(axis=1)
    return np.where(found, candidates[best], 0), found


def _top_two_gap(p: np.ndarray) -> np.ndarray:
    """The highest probability of each row less the second highest."""
    top2 = np.sort(p, axis=1)[:, -2:]
    return top2[:, 1] - top2[:, 0]


def _text(choices: Sequence[str], codes: np.ndarray) -> Any:
    """``choices[code]`` for each code, as a str array, taken by pyarrow.

    With no rows, an empty object array, as a frame infers from no text at all.
    """
    if not len(codes):
        return np.array(choices, dtype=object)[codes]
    table = pa.array(list(choices), type=pa.large_string())
    return pd.array(table.take(pa.array(codes, type=pa.int64())), dtype="str")


def rules_proba(evidence: pd.DataFrame, rules: Mapping[str, Rule] | None = None) -> pd.DataFrame:
    """Probabilities from the rules alone, to stand in for the model as a baseline.

    Each label scores the summed strength of the evidence pointing to it; a
    softmax turns scores into probabilities. With no evidence at all, a private
    buyer (B2C) is the policy's default.
    """
    strength, rule_label, _, _, _, _ = _rule_arrays(evidence.columns, rules or RULES)
    fired = evidence.notna().to_numpy()
    scores = np.zeros((len(evidence), len(LABELS)))
    for k in range(len(LABELS)):
        scores[:, k] = np.where(fired & (rule_label == k), strength, 0.0).sum(axis=1)
    scores[:, LABELS.index("B2C")] += 0.05
    exp = np.exp(4.0 * (scores - scores.max(axis=1, keepdims=True)))
    proba = exp / exp.sum(axis=1, keepdims=True)
    return pd.DataFrame(proba, index=evidence.index, columns=list(PROBA_COLUMNS))
