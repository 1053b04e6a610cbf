"""Shared helpers for the d_* generators (check digits, writers). Seeded by callers."""
import csv
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent


def de_ustid(rng):
    """German USt-IdNr.: DE + 8 digits + ISO 7064 MOD 11,10 check digit."""
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    p = 10
    for d in digits:
        s = (d + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return "DE" + "".join(map(str, digits)) + str(c)


def at_uid(rng):
    """Austrian UID: ATU + 7 digits + check digit."""
    d = [rng.randint(0, 9) for _ in range(7)]
    d[0] = rng.randint(1, 9)
    qs = lambda n: n // 10 + n % 10
    s = d[0] + qs(2 * d[1]) + d[2] + qs(2 * d[3]) + d[4] + qs(2 * d[5]) + d[6]
    c = (10 - (s + 4) % 10) % 10
    return "ATU" + "".join(map(str, d)) + str(c)


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def fr_siren(rng):
    while True:
        base = str(rng.randint(30000000, 99999999)).zfill(8)
        for c in range(10):
            if luhn_ok(base + str(c)):
                return base + str(c)


def fr_tva(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return "FR%02d%s" % (key, siren)


def nl_btw(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 9)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "NL" + "".join(map(str, d)) + str(c) + "B01"


def dec(x, places=2, sep=","):
    s = f"{x:.{places}f}"
    return s.replace(".", sep)


def write_key(meta, labels):
    (OUT / "key").mkdir(exist_ok=True)
    with open(OUT / "key" / f"{meta['id']}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(OUT / "key" / f"{meta['id']}.labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])
