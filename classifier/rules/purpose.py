"""Purpose: what is bought — product classes from ``data/products.csv``.

Stated purposes, documents, payment and delivery are phrase rules
(``data/phrases.csv``). The product class is matched on the product name (and
category), through inflection; its ``use`` in ``data/product_classes.csv`` says
whether households, businesses or both buy it.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from classifier.rules import map_distinct
from classifier.vocabulary import PhraseMatcher, read_table, read_toml

__all__ = ["evidence", "product_class", "product_classes", "household_norm"]


@cache
def product_classes() -> dict[str, dict[str, str]]:
    """Product classes by name: ``use`` (household/business/dual) and ``household_norm``."""
    return {row["class"]: row for row in read_table("product_classes.csv")}


@cache
def _matcher() -> PhraseMatcher:
    return PhraseMatcher(
        ((row["class"], row["phrase"], row.get("match") or "word")
         for row in read_table("products.csv")),
        any_order=True,
    )  # fmt: skip


_PRIORITY = {"business": 0, "household": 1, "dual": 2}


def _classify(text: str) -> tuple[str, str] | None:
    """The product class of a name: business-only before household before dual use.

    A qualifier decides: «Плита электрическая промышленная» is commercial kitchen
    equipment though «плита электрическая» is a cooker, and a "gaming laptop" is a
    household purchase though a laptop is bought by both.
    """
    hits = _matcher().find(text)
    if not hits:
        return None
    classes = product_classes()
    return min(hits, key=lambda hit: _PRIORITY[classes[hit[0]]["use"]])


def product_class(canon: pd.DataFrame) -> pd.Series:
    """``(class, matched words)`` of each row's product, or None."""
    text = canon["product"].fillna(canon["category"])
    found = map_distinct(text, _classify)
    missing = found.isna() & canon["category"].notna()
    if missing.any():
        found[missing] = map_distinct(canon.loc[missing, "category"], _classify)
    return found


def household_norm(canon: pd.DataFrame) -> pd.Series:
    """Most units of each row's product a household buys in one order.

    The product class's ``household_norm``, else ``default_household_norm`` of
    ``data/volume.toml``.
    """
    default = float(read_toml("volume.toml")["default_household_norm"])
    norms = {name: float(row["household_norm"] or default)
             for name, row in product_classes().items()}  # fmt: skip
    norm = canon["product_class"].map(lambda hit: norms.get(hit[0]) if hit else None,
                                      na_action="ignore")  # fmt: skip
    return norm.astype(float).fillna(default)


def evidence(canon: pd.DataFrame, found: dict[str, pd.Series]) -> dict[str, pd.Series]:
    """Product-class evidence: goods only businesses buy, or household goods.

    Household goods point to a private buyer only in household quantities
    (LABELING.md: "product and quantity look personal"); more than that is
    volume evidence (:mod:`.volume`).
    """
    classes = product_classes()
    household_quantity = ~canon["quantity"].gt(household_norm(canon))
    use = canon["product_class"].map(
        lambda hit: classes[hit[0]]["use"] if hit else None, na_action="ignore"
    )
    matched = canon["product_class"].map(lambda hit: hit[1] if hit else None, na_action="ignore")
    return {
        "product_business": matched.where(use.eq("business"), None),
        "product_household": matched.where(use.eq("household") & household_quantity, None),
    }
