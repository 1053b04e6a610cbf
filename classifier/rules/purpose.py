"""Purpose: what is bought — product classes from ``data/products.csv``.

Stated purposes, documents, payment and delivery are phrase rules
(``data/phrases.csv``). The product class is matched on the product name (and
category), through inflection; its ``use`` in ``data/product_classes.csv`` says
whether households, businesses or both buy it.
"""

from __future__ import annotations

import pandas as pd

from classifier.rules import RuleSet, map_distinct
from classifier.vocabulary import read_toml

__all__ = ["evidence", "product_class", "household_norm", "classify_product"]

_PRIORITY = {"business": 0, "household": 1, "dual": 2}


def classify_product(text: str, ruleset: RuleSet) -> tuple[str, str] | None:
    """The product class of a name, with the words that matched, or None.

    Business-only classes come before household ones, and those before dual use:
    a qualifier decides. «Плита электрическая промышленная» is commercial kitchen
    equipment though «плита электрическая» is a cooker, and a "gaming laptop" is a
    household purchase though a laptop is bought by both.

    >>> from classifier.rules import SHIPPED
    >>> classify_product("Стойка серверная напольная 42U", SHIPPED)
    ('server', 'Стойка серверная')
    """
    hits = ruleset.product_matcher().find(text)
    if not hits:
        return None
    return min(hits, key=lambda hit: _PRIORITY[ruleset.classes[hit[0]]["use"]])


def product_class(canon: pd.DataFrame, ruleset: RuleSet) -> pd.Series:
    """``(class, matched words)`` of each row's product (else its category), or None."""
    text = canon["product"].fillna(canon["category"])
    found = map_distinct(text, lambda t: classify_product(t, ruleset))
    missing = found.isna() & canon["category"].notna()
    if missing.any():
        found[missing] = map_distinct(
            canon.loc[missing, "category"], lambda t: classify_product(t, ruleset)
        )
    return found


def household_norm(canon: pd.DataFrame, ruleset: RuleSet) -> pd.Series:
    """Most units of each row's product a household buys in one order.

    The product class's ``household_norm``, else ``default_household_norm`` of
    ``data/volume.toml``.
    """
    default = float(read_toml("volume.toml")["default_household_norm"])
    norms = {name: float(row.get("household_norm") or default)
             for name, row in ruleset.classes.items()}  # fmt: skip
    norm = canon["product_class"].map(
        lambda hit: norms.get(hit[0]) if hit else None, na_action="ignore"
    )
    return norm.astype(float).fillna(default)


def evidence(
    canon: pd.DataFrame, found: dict[str, pd.Series], ruleset: RuleSet
) -> dict[str, pd.Series]:
    """Product-class evidence: goods only businesses buy, or household goods.

    Household goods point to a private buyer only in household quantities
    (LABELING.md: "product and quantity look personal"); more than that is
    volume evidence (:mod:`.volume`).
    """
    classes = ruleset.classes
    household_quantity = ~canon["units"].gt(household_norm(canon, ruleset))
    use = canon["product_class"].map(
        lambda hit: classes[hit[0]]["use"] if hit else None, na_action="ignore"
    )
    matched = canon["product_class"].map(lambda hit: hit[1] if hit else None, na_action="ignore")
    return {
        "product_business": matched.where(use.eq("business"), None),
        "product_household": matched.where(use.eq("household") & household_quantity, None),
    }
