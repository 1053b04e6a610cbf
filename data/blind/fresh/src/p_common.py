"""Shared helpers for the p_ layouts (seeded, rebuildable)."""
import csv
import json
import os
import random

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYOUTS = os.path.join(BASE, "layouts")
KEY = os.path.join(BASE, "key")


class Cat:
    """Product catalogue: entries (name, sku, unit, net_price, vat, kind) kind in biz/both/home."""

    def __init__(self, entries):
        self.entries = entries
        self.biz = [e for e in entries if e[5] in ("biz", "both")]
        self.bizonly = [e for e in entries if e[5] == "biz"]
        self.home = [e for e in entries if e[5] in ("home", "both")]
        self.homeonly = [e for e in entries if e[5] == "home"]


def lines_for(rng, cat, mode):
    """Return list of (entry, qty)."""
    if mode.startswith("sku:"):
        return [(next(e for e in cat.entries if e[1] == mode[4:]), 1)]
    if mode == "biz":
        n = rng.choice([1, 1, 2, 2, 3, 3, 4, 5])
        picks = rng.sample(cat.biz, min(n, len(cat.biz)))
        # make sure an order of a business has at least one business-only or 'both' item
        out = []
        for e in picks:
            q = rng.choice([1, 1, 2, 3, 4, 5, 6, 10, 12, 20]) if e[3] < 300 else rng.choice([1, 1, 2, 3, 4, 5, 8])
            out.append((e, q))
        if rng.random() < 0.12 and n >= 2:
            out.append((rng.choice(cat.homeonly), 1))  # household item among business goods: plain B2B
        return out
    if mode == "home":
        n = rng.choice([1, 1, 1, 2, 2, 3])
        picks = rng.sample(cat.home, n)
        return [(e, rng.choice([1, 1, 1, 2])) for e in picks]
    if mode == "single_home":
        return [(rng.choice(cat.homeonly), 1)]
    if mode == "bulk_same":
        e = rng.choice([x for x in cat.home if x[3] >= 80])
        return [(e, rng.choice([20, 25, 30, 40, 50]))]
    if mode == "bizonly_single":
        return [(rng.choice(cat.bizonly), rng.choice([1, 1, 2]))]
    if mode == "homeonly_single":
        return [(rng.choice(cat.homeonly), 1)]
    raise ValueError(mode)


def write_labels(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["amb"] else "false", r["kind"], r["country"]])


def write_key(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def fmt_num(x, dec=",", thou=".", nd=2):
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)
    return ("-" if x < 0 else "") + s


def pick_unique(rng, pool, used):
    cands = [p for p in pool if p not in used]
    if not cands:
        cands = pool
    p = rng.choice(cands)
    used.add(p)
    return p
