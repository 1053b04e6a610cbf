"""Shared helpers for the t_ layouts (seeded)."""
import json, csv, os, random, re

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def slug(s):
    return re.sub(r'[^a-z0-9]+', '', s.lower())[:18] or 'mail'

def person_email(rng, first, last, free=("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com")):
    sep = rng.choice([".", "", "_"])
    return f"{first.lower()}{sep}{last.lower()}{rng.choice(['', str(rng.randint(1,99))])}@{rng.choice(free)}"

def build_orders(rng, specs, min_rows, max_rows):
    """specs: list of dicts with weight and make(rng)->order dict (label, amb, kind, country, lines[...] + header fields).
    Returns list of orders whose total line count is within [min_rows, max_rows]."""
    weights = [s["weight"] for s in specs]
    orders, rows = [], 0
    target = rng.randint(min_rows + 10, max_rows - 10)
    while rows < target:
        s = rng.choices(specs, weights)[0]
        o = s["make"](rng)
        o.setdefault("kind", s["kind"]); o.setdefault("label", s["label"])
        o.setdefault("amb", s["amb"]); o.setdefault("country", s.get("country"))
        if rows + len(o["lines"]) > max_rows:
            continue
        orders.append(o); rows += len(o["lines"])
    return orders

def write_labels(layout_id, per_row):
    path = os.path.join(SET, "key", f"{layout_id}.labels.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(per_row):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])

def write_key(layout_id, obj):
    with open(os.path.join(SET, "key", f"{layout_id}.json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)

def money(x):
    return f"{x:.2f}"
