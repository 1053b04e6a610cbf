"""Shared helpers for the x_ layouts (seeded, deterministic)."""
import csv
import json
import os
import random

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYOUTS = os.path.join(BASE, "layouts")
KEY = os.path.join(BASE, "key")


def rng(seed):
    return random.Random(seed)


def no_orgnr(r, first="9"):
    """Norwegian organisasjonsnummer, 9 digits, MOD11 weights 3,2,7,6,5,4,3,2."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        d = [int(first)] + [r.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, w))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


def fi_ytunnus(r, first=None):
    """Finnish Y-tunnus NNNNNNN-C, weights 7,9,10,5,8,4,2."""
    w = [7, 9, 10, 5, 8, 4, 2]
    while True:
        d = [int(first) if first else r.randint(0, 3)] + [r.randint(0, 9) for _ in range(6)]
        s = sum(a * b for a, b in zip(d, w)) % 11
        if s == 1:
            continue
        c = 0 if s == 0 else 11 - s
        return "".join(map(str, d)) + "-" + str(c)


def us_ein(r):
    return f"{r.choice([13,20,27,36,46,47,52,54,61,74,81,84,86,88,94,95])}-{r.randint(1000000, 9999999)}"


def gb_vat(r):
    """GB VAT number with valid mod-97 style check (old scheme)."""
    while True:
        d = [r.randint(0, 9) for _ in range(7)]
        s = sum(a * b for a, b in zip(d, [8, 7, 6, 5, 4, 3, 2]))
        c = (-s) % 97
        if c > 96:
            continue
        return "GB" + "".join(map(str, d)) + f"{c:02d}"


def write_key(lid, meta, labels):
    with open(os.path.join(KEY, lid + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    with open(os.path.join(KEY, lid + ".labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def fmt_usd(x):
    return f"${x:,.2f}"


def fmt_comma(x, thousands=" "):
    s = f"{x:,.2f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", thousands)
