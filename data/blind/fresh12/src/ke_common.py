"""Shared helpers for the ke_* generators (check digits, writers). No external data."""
import csv
import io
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------------------------------------------------------------- check digits
def no_orgnr_ok(s):
    d = [int(c) for c in str(s)]
    if len(d) != 9:
        return False
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(a * b for a, b in zip(d[:8], w)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == d[8]


def no_orgnr_make(prefix8):
    d = [int(c) for c in str(prefix8)]
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(a * b for a, b in zip(d, w)) % 11
    r = 0 if r == 11 else r
    if r == 10:
        return None
    return str(prefix8) + str(r)


def dk_cvr_ok(s):
    d = [int(c) for c in str(s)]
    if len(d) != 8:
        return False
    w = [2, 7, 6, 5, 4, 3, 2, 1]
    return sum(a * b for a, b in zip(d, w)) % 11 == 0


def dk_cvr_make(prefix7):
    for last in range(10):
        cand = str(prefix7) + str(last)
        if dk_cvr_ok(cand):
            return cand
    return None


def cz_ico_ok(s):
    d = [int(c) for c in str(s)]
    if len(d) != 8:
        return False
    sm = sum(d[i] * (8 - i) for i in range(7))
    r = (11 - sm % 11) % 10
    return r == d[7]


def cz_ico_make(prefix7):
    d = [int(c) for c in str(prefix7)]
    sm = sum(d[i] * (8 - i) for i in range(7))
    r = (11 - sm % 11) % 10
    return str(prefix7) + str(r)


def pl_nip_ok(s):
    d = [int(c) for c in str(s)]
    if len(d) != 10:
        return False
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    r = sum(a * b for a, b in zip(d[:9], w)) % 11
    return r != 10 and r == d[9]


def gs1_check(body12):
    d = [int(c) for c in str(body12)]
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return str(body12) + str((10 - s % 10) % 10)


def kid_mod10(body):
    """Luhn (MOD10) KID as used on Norwegian invoices."""
    d = [int(c) for c in str(body)][::-1]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return str(body) + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- formatting
def dec_comma(x, nd=2, thousands=""):
    s = f"{x:,.{nd}f}"  # 1,234.50
    s = s.replace(",", "#").replace(".", ",").replace("#", thousands)
    return s


def write_key(key_id, meta, labels):
    """labels: list of dicts row,label,ambiguous,kind,country"""
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{key_id}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(KEY / f"{key_id}.labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(labels):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])


def csv_text(rows, delimiter=";", quote_all=False, lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator,
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()
