"""Shared helpers for the b_ layouts (writer B). Seeded, rebuildable."""
import csv, json, os, random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAY = os.path.join(ROOT, "layouts")
KEY = os.path.join(ROOT, "key")


# ---------------------------------------------------------------- identifiers
def inn10(rng, region="77"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(7)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def inn12(rng, region="77"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def kpp(inn, rng):
    return inn[:4] + rng.choice(["01", "01", "01", "43"]) + "001"


def _kz_check(d):
    w1 = list(range(1, 12))
    c = sum(a * b for a, b in zip(d, w1)) % 11
    if c == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        c = sum(a * b for a, b in zip(d, w2)) % 11
    return c


def kz_bin(rng, kind="4"):
    while True:
        yy = rng.randint(2, 23)
        mm = rng.randint(1, 12)
        d = [int(c) for c in f"{yy:02d}{mm:02d}"] + [int(kind), rng.choice([0, 1, 2, 4])] + [rng.randint(0, 9) for _ in range(5)]
        c = _kz_check(d)
        if c < 10:
            return "".join(map(str, d + [c]))


def kz_iin(rng):
    while True:
        yy = rng.randint(60, 99); mm = rng.randint(1, 12); dd = rng.randint(1, 28)
        d = [int(c) for c in f"{yy:02d}{mm:02d}{dd:02d}"] + [rng.choice([3, 4])] + [rng.randint(0, 9) for _ in range(4)]
        c = _kz_check(d)
        if c < 10:
            return "".join(map(str, d + [c]))


def nip(rng, prefix=None):
    while True:
        d = [int(c) for c in (prefix or "")] + [rng.randint(0, 9) for _ in range(9 - len(prefix or ""))]
        if d[0] == 0:
            continue
        c = sum(a * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c < 10:
            return "".join(map(str, d + [c]))


def nip_fmt(n):
    return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"


def piva(rng):
    d = [rng.randint(0, 9) for _ in range(7)] + [0, 0, rng.randint(1, 9)]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(s):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def se_orgnr(rng, first2):
    body = first2 + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return body[:6] + "-" + body[6:] + luhn_digit(body)


def se_pnr(rng):
    body = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + "".join(str(rng.randint(0, 9)) for _ in range(3))
    return body[:6] + "-" + body[6:] + luhn_digit(body)


def edrpou(rng):
    return str(rng.randint(20000000, 45999999))


# ---------------------------------------------------------------- output
def write_key(lid, meta, labels):
    with open(os.path.join(KEY, f"{lid}.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    with open(os.path.join(KEY, f"{lid}.labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def fmt_ru(x, nd=2):
    """1 234,56 with a non-breaking-free plain space"""
    s = f"{x:,.{nd}f}"
    return s.replace(",", " ").replace(".", ",")


def fmt_pl(x):
    return f"{x:.2f}".replace(".", ",")


class Lab:
    """collect one label per record"""
    def __init__(self):
        self.rows = []

    def add(self, b, n=1):
        for _ in range(n):
            self.rows.append((b["label"], b["amb"], b["kind"], b["cc"]))
