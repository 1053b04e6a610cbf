"""Shared helpers for the a_* blind layouts (writer A). Seeded, deterministic."""
import csv, json, random, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAY = os.path.join(BASE, "layouts")
KEY = os.path.join(BASE, "key")


def B(name, label, kind, country, amb=False, ptype="org", w=1.0, **kw):
    """A buyer template. ptype: org | person | anon | none."""
    d = dict(name=name, label=label, kind=kind, country=country, amb=amb, ptype=ptype, w=w)
    d.update(kw)
    return d


def pick_lines(rng, buyer, catalog, maxlines=4):
    """catalog items: dict(code,name,price,t) t in h (household), n (neutral), b (business-only)."""
    if buyer["ptype"] in ("person", "anon"):
        pool = [c for c in catalog if c["t"] in ("h", "n")]
        k = rng.choice([1, 1, 1, 2, 2, 3])
        items = rng.sample(pool, min(k, len(pool)))
        return [(c, rng.choice([1, 1, 1, 1, 2])) for c in items]
    pool = [c for c in catalog if c["t"] in ("b", "n")]
    k = rng.choice([1, 2, 2, 3, 3, 4][: max(1, maxlines + 2)])
    k = min(k, maxlines)
    items = rng.sample(pool, min(k, len(pool)))
    lines = []
    for c in items:
        hi = c.get("maxq", 20)
        lines.append((c, rng.choice([1, 2, 3, 5, 10, hi]) if hi > 1 else 1))
    # sometimes an org adds one household item among business goods (plain B2B)
    hh = [c for c in catalog if c["t"] == "h"]
    if hh and rng.random() < 0.15:
        lines.append((rng.choice(hh), 1))
    # make sure an org order is not household-only in household quantity
    return lines


def gen_orders(rng, buyers, catalog, specials, target_rows, maxlines=4, line_rows=None):
    """Returns list of orders: dict(buyer, lines). specials: list of (buyer, lines) placed at random positions.
    line_rows(order) -> number of file rows the order produces (default len(lines))."""
    line_rows = line_rows or (lambda o: len(o["lines"]))
    orders = [dict(buyer=b, lines=l) for b, l in specials]
    n = sum(line_rows(o) for o in orders)
    weights = [b["w"] for b in buyers]
    while n < target_rows:
        b = rng.choices(buyers, weights)[0]
        o = dict(buyer=b, lines=pick_lines(rng, b, catalog, maxlines))
        orders.append(o)
        n += line_rows(o)
    rng.shuffle(orders)
    return orders


def write_labels(lid, metas):
    p = os.path.join(KEY, lid + ".labels.csv")
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, m in enumerate(metas):
            w.writerow([i, m["label"], "true" if m["amb"] else "false", m["kind"], m["country"]])


def meta(b):
    return dict(label=b["label"], amb=b["amb"], kind=b["kind"], country=b["country"])


def write_key(lid, d):
    with open(os.path.join(KEY, lid + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)


# ---- identifiers -------------------------------------------------------
def be_vat(rng):
    base = rng.randint(2000000, 9999999) * 10 + rng.randint(0, 9)  # 8 digits, first 0 prefix below
    base = int("0" + str(base)[:8]) if False else base
    b8 = base % 100000000
    chk = 97 - (b8 % 97)
    return "BE0%08d%02d" % (b8, chk) if b8 < 10**8 else None


def be_vat_fmt(rng):
    b8 = rng.randint(20000000, 99999999)
    chk = 97 - (b8 % 97)
    return "BE0%08d%02d" % (b8, chk)


def no_orgnr(rng, first=9):
    while True:
        d = [first] + [rng.randint(0, 9) for _ in range(7)]
        w = [3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(a * b for a, b in zip(d, w)) % 11
        if r == 11:
            r = 0
        if r == 10:
            continue
        return "".join(map(str, d)) + str(r)


def pt_nif(rng, first="5"):
    while True:
        d = [int(x) for x in first] + [rng.randint(0, 9) for _ in range(8 - len(first))]
        s = sum(x * (9 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c >= 10:
            c = 0
        return "".join(map(str, d)) + str(c)


def ch_uid(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        w = [5, 4, 3, 2, 7, 6, 5, 4]
        c = 11 - sum(a * b for a, b in zip(d, w)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return "CHE-%s.%s.%s" % (s[:3], s[3:6], s[6:])


def atu(rng):
    return "ATU%08d" % rng.randint(10000000, 79999999)


def us_ein(rng):
    return "%02d-%07d" % (rng.choice([13, 20, 26, 27, 36, 45, 46, 47, 52, 74, 75, 81, 84, 94]), rng.randint(1000000, 9999999))
