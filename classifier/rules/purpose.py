"""Purpose: what is bought — product classes from ``data/products.csv``.

Stated purposes, documents, payment and delivery are phrase rules
(``data/phrases.csv``). The product class is matched on the product name (and
category), through inflection; its ``use`` in ``data/product_classes.csv`` says
whether households, businesses or both buy it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from classifier.identity import order_codes
from classifier.rules.base import RuleSet
from classifier.utils.distinct import map_distinct_keys
from classifier.vocabulary import read_toml

__all__ = ["evidence", "product_class", "classify_product"]

_PRIORITY = {"business": 0, "household": 1, "dual": 2}
# among several products named in one cell: household only where all of them are
_ACROSS = {"business": 0, "dual": 1, "household": 2}


def classify_product(text: str, ruleset: RuleSet) -> tuple[str, str] | None:
    """The product class of a name, with the words that matched, or None.

    Business-only classes come before household ones, and those before dual use:
    a qualifier decides. «Плита электрическая промышленная» is commercial kitchen
    equipment though «плита электрическая» is a cooker, and a "gaming laptop" is a
    household purchase though a laptop is bought by both.

    >>> from classifier.rules.base import SHIPPED
    >>> classify_product("Стойка серверная напольная 42U", SHIPPED)
    ('server', 'Стойка серверная')
    """
    hits = ruleset.product_matcher().find(text)
    if not hits:
        return None

    def use(hit: tuple[str, str]) -> str:
        return ruleset.classes[hit[0]]["use"]

    # hits whose words overlap name one product; hits apart name several ("Системный блок
    # — 3 шт.; МФУ — 2 шт.; Кофемашина — 1 шт."), and a household product among other goods
    # says nothing of the buyer (LABELING.md, "Orders, not lines")
    products: list[list[tuple[str, str]]] = []
    for hit in hits:
        words = hit[1].casefold()
        for group in products:
            if any(words in w[1].casefold() or w[1].casefold() in words for w in group):
                group.append(hit)
                break
        else:
            products.append([hit])
    chosen = [
        min(_named(group, ruleset), key=lambda hit: _PRIORITY[use(hit)]) for group in products
    ]
    return min(chosen, key=lambda hit: _ACROSS[use(hit)])


def _named(group: list[tuple[str, str]], ruleset: RuleSet) -> list[tuple[str, str]]:
    """The hits of one product that name it: of two names one holds, the longer
    («Кондиціонер для білизни» is no «Кондиціонер»); a qualifier («промышленный»,
    gaming) always counts, as it makes any product its kind."""

    def qualifier(hit: tuple[str, str]) -> bool:
        return bool(ruleset.classes[hit[0]].get("qualifier"))

    def within(hit: tuple[str, str]) -> bool:
        words = hit[1].casefold()
        return any(
            len(other[1]) > len(words) and words in other[1].casefold() and not qualifier(other)
            for other in group
        )

    return [hit for hit in group if qualifier(hit) or not within(hit)]


def product_class(canon: pd.DataFrame, ruleset: RuleSet) -> dict[str, pd.Series]:
    """Each row's product class, the words that matched (from the product, else its
    category, else the comment of a row naming no product), who buys such goods and
    how many units a household does: ``product_class``, ``product_words``,
    ``product_use`` (household, business, dual; None where the class is unknown) and
    ``household_norm`` (the class's, else ``default_household_norm`` of
    ``data/volume.toml``).
    """
    default = float(read_toml("volume.toml")["default_household_norm"])

    def classify(text: str) -> dict[str, object]:
        hit = classify_product(text, ruleset)
        if not hit:
            return {}
        row = ruleset.classes[hit[0]]
        return {
            "product_class": hit[0],
            "product_words": hit[1],
            "product_use": row["use"],
            "household_norm": float(row.get("household_norm") or default),
        }

    keys = ("product_class", "product_words", "product_use", "household_norm")
    memo = ruleset.memo("product class")
    found = map_distinct_keys(canon["product"].fillna(canon["category"]), classify, keys, memo)
    # the category where the product names no class; the comment where the row names
    # no product at all (an invoice's "Observaciones: 1 ud. lavavajillas", a payment's
    # purpose "оплата за холодильник")
    unnamed = canon["product"].isna() & canon["category"].isna()
    for column, missing in (
        ("category", found["product_class"].isna() & canon["category"].notna()),
        ("comment", unnamed & canon["comment"].notna()),
    ):
        if missing.any():
            again = map_distinct_keys(canon.loc[missing, column], classify, keys, memo)
            for key in keys:
                found[key][missing] = again[key]
    found["household_norm"] = found["household_norm"].astype(float).fillna(default)
    return found


def evidence(
    canon: pd.DataFrame, found: dict[str, pd.Series], ruleset: RuleSet
) -> dict[str, pd.Series]:
    """Product-class evidence: goods only businesses buy, or household goods.

    Household goods point to a private buyer only in household quantities
    (LABELING.md: "product and quantity look personal"); more than that is
    volume evidence (:mod:`.volume`).
    """
    household_quantity = ~canon["units"].gt(canon["household_norm"])
    use = canon["product_use"]
    matched = canon["product_words"]
    household = (
        (use.eq("household") & household_quantity).fillna(False).to_numpy(dtype=bool, copy=True)
    )
    # LABELING.md, "Orders, not lines": a household item among other goods of one order
    # says nothing of the buyer; only an order of household goods alone does
    other = (canon["product"].notna() & ~use.eq("household")).to_numpy(dtype=bool)
    if other.any() and canon["order_id"].notna().any():
        orders = order_codes(canon)
        household &= ~np.bincount(orders, weights=other, minlength=orders.max() + 1)[orders].astype(
            bool
        )
    return {
        "product_business": matched.where(use.eq("business"), None),
        "product_household": matched.where(household, None),
    }
