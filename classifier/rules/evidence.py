"""Evidence: every family's rules over a canonical frame, as one evidence frame.

:func:`find_evidence` takes a canonical frame (:func:`classifier.columns.canonical`)
and returns an *evidence frame*: the same index, one column per rule id in
``data/rules.toml``, holding the matched value where the rule fired and a missing
value where it did not. The phrase and identifier rules of :mod:`.base` run first,
then the families that need code: :mod:`.buyer`, :mod:`.government`, :mod:`.purpose`,
:mod:`.identity` and, last, :mod:`.volume`.

Lines of one order share their evidence (LABELING.md: one order, one label).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from classifier.context import FileContext
from classifier.identity import order_codes
from classifier.rules import buyer, government, identity, purpose, volume
from classifier.rules.base import (
    SHIPPED,
    RuleSet,
    identifier_evidence,
    merge_evidence,
    phrase_evidence,
)
from classifier.utils.distinct import map_distinct, memo_of

__all__ = ["find_evidence", "evidence_and_fired"]


def find_evidence(
    canon: pd.DataFrame, ruleset: RuleSet | None = None, context: FileContext | None = None
) -> pd.DataFrame:
    """Evidence frame of a canonical frame: one column per rule id, the matched value or None.

    ``context`` carries file-wide facts when the frame is one chunk of a file.
    """
    return evidence_and_fired(canon, ruleset, context)[0]


def evidence_and_fired(
    canon: pd.DataFrame, ruleset: RuleSet | None = None, context: FileContext | None = None
) -> tuple[pd.DataFrame, np.ndarray]:
    """:func:`find_evidence` and ``evidence.notna().to_numpy()``, found together."""
    ruleset = ruleset if ruleset is not None else SHIPPED
    canon = canon.copy()
    # an export that names the customer only in a contact column names the buyer there
    # (for the evidence of who buys; buyer keys for repeat orders stay the file's own)
    named = canon["buyer"]
    canon["buyer"] = named.fillna(canon["contact"])
    for key, column in purpose.product_class(canon, ruleset).items():
        canon[key] = column
    canon["units"] = volume.units(canon)
    # the buyer and government families both read each address's domain
    canon["mail_domain"] = map_distinct(
        canon["email"], government.mail_domain, memo_of(government.mail_domain), text=True
    )
    found = phrase_evidence(canon, ruleset)
    for rule_id, value in identifier_evidence(canon, ruleset).items():
        merge_evidence(found, rule_id, value)
    for family in (buyer, government, purpose, identity):
        found.update(family.evidence(canon, found, ruleset))
    canon["buyer"] = named
    found.update(volume.evidence(canon, found, ruleset, context))
    if canon["order_id"].notna().any():
        # LABELING.md: all lines of one order get the same label, so they share evidence
        return _first_per_order(found, list(ruleset.rules), canon.index, order_codes(canon))
    empty = pd.Series(None, index=canon.index, dtype=object)
    evidence = pd.DataFrame(
        {rid: found.get(rid, empty) for rid in ruleset.rules}, index=canon.index
    ).astype(object)
    fired = evidence.notna()
    return evidence.where(fired, None), fired.to_numpy()


def _first_per_order(
    found: dict[str, pd.Series], rule_ids: list[str], index: pd.Index, orders: np.ndarray
) -> tuple[pd.DataFrame, np.ndarray]:
    """The evidence frame of ``found`` with each rule's first value within an order on
    every line of the order; None if none. With it, where a rule fired.

    As ``groupby(orders).transform("first")``, by row numbers: for each rule that fired
    somewhere in the frame, the smallest row of each order where it has a value; the
    other rules stay None. The frame is filled as one block of objects.
    """
    n = len(index)
    group = pd.factorize(orders)[0] + 1  # 0: a missing order key, a group of its own
    rows = np.arange(n)
    block = np.full((len(rule_ids), n), None, dtype=object)
    fired = np.zeros((len(rule_ids), n), dtype=bool)
    for j, rule_id in enumerate(rule_ids):
        if rule_id not in found:
            continue
        values = found[rule_id].to_numpy(dtype=object)
        present = rows[pd.notna(values)]
        if not len(present):
            continue
        first = np.full(group.max(initial=0) + 1, n)  # n: no value in the order
        np.minimum.at(first, group[present], present)
        source = first[group]
        shared = (source < n).nonzero()[0]  # the other lines stay None
        block[j, shared] = values[source[shared]]
        fired[j, shared] = True
    frame = pd.DataFrame(block.T, index=index, columns=rule_ids, dtype=object, copy=False)
    return frame, fired.T
