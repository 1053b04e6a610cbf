"""Shared functions for the m_ layouts (seeded, no external data)."""
import json, random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
(OUT / "layouts").mkdir(exist_ok=True)
(OUT / "key").mkdir(exist_ok=True)


def fi_ytunnus(rng):
    while True:
        base = [rng.randint(0, 9) for _ in range(7)]
        base[0] = rng.choice([0, 1, 2, 3])
        s = sum(d * w for d, w in zip(base, [7, 9, 10, 5, 8, 4, 2])) % 11
        if s == 1:
            continue
        c = 0 if s == 0 else 11 - s
        return "".join(map(str, base)) + "-" + str(c)


def dk_cvr(rng):
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        s = sum(x * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 11
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


def de_ustid(rng):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    p = 10
    for x in d:
        s = (x + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + "".join(map(str, d)) + str(c)


def nl_btw(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 8)
        s = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2]))
        c = s % 11
        if c == 10:
            continue
        return "NL" + "".join(map(str, d)) + str(c) + "B01"


def be_btw(rng):
    first8 = rng.randint(2000000, 9999999)  # leading 0 + 7 digits
    chk = 97 - (first8 % 97)
    return "BE0" + f"{first8:07d}" + f"{chk:02d}"


def fmt_num(x, dec=","):
    s = f"{x:.2f}"
    return s.replace(".", dec)


def write_key(kid, meta, labels):
    meta = dict(meta)
    meta["id"] = kid
    (OUT / "key" / f"{kid}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    lines = ["row,label,ambiguous,kind,country"]
    for i, (lab, amb, kind, cc) in enumerate(labels):
        lines.append(f"{i},{lab},{'true' if amb else 'false'},{kind},{cc}")
    (OUT / "key" / f"{kid}.labels.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def expand(invoices, rng, make_lines):
    """invoices: list of buyer dicts; make_lines(buyer) -> list of (product, qty, unit_price, vat)."""
    rows, labels = [], []
    for b in invoices:
        for ln in make_lines(b):
            rows.append((b, ln))
            labels.append((b["label"], b["amb"], b["kind"], b["cc"]))
    return rows, labels
