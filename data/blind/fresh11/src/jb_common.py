"""Shared helpers for the jb_* generators (check digits, IBANs, key writing).

Every generator imports this module from its own folder; all paths are
relative to this file.
"""
import csv
import io
import json
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEYS = ROOT / "key"


# ---------------------------------------------------------------- IBAN
def _iban_num(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return int("".join(out))


def iban(country, bban):
    """Build an IBAN with valid ISO 13616 check digits."""
    chk = 98 - (_iban_num(bban + country + "00") % 97)
    return f"{country}{chk:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def fmt_iban(s, group=4):
    s = s.replace(" ", "")
    return " ".join(s[i:i + group] for i in range(0, len(s), group))


def be_bban(bank3, acct7):
    base = f"{bank3}{acct7}"
    chk = int(base) % 97 or 97
    return f"{base}{chk:02d}"


# ---------------------------------------------------------------- VAT IDs
def de_ustid(eight):
    """German USt-IdNr: DE + 8 digits + ISO 7064 MOD 11,10 check digit."""
    product = 10
    for d in eight:
        s = (int(d) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    chk = 11 - product
    if chk == 10:
        chk = 0
    return f"DE{eight}{chk}"


def at_uid(seven):
    """Austrian UID: ATU + 7 digits + check digit."""
    ds = [int(c) for c in seven]
    total = 0
    for i, d in enumerate(ds):
        if i % 2 == 1:
            p = 2 * d
            total += p // 10 + p % 10
        else:
            total += d
    chk = (10 - (total + 4) % 10) % 10
    return f"ATU{seven}{chk}"


def ch_uid(eight):
    """Swiss UID CHE-xxx.xxx.xxx (mod 11, weights 5 4 3 2 7 6 5 4); None if 10."""
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    s = sum(int(d) * w[i] for i, d in enumerate(eight))
    chk = 11 - (s % 11)
    if chk == 11:
        chk = 0
    if chk == 10:
        return None
    n = f"{eight}{chk}"
    return f"CHE-{n[0:3]}.{n[3:6]}.{n[6:9]}"


def nl_btw(eight, suffix="01"):
    """Dutch VAT number for a legal entity: 9-digit fiscal number (11-proof) + B + suffix."""
    w = [9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * w[i] for i, d in enumerate(eight))
    chk = s % 11
    if chk == 10:
        return None
    return f"NL{eight}{chk}B{suffix}"


# ---------------------------------------------------------------- output
def write_labels(layout_id, rows):
    """rows: list of dicts with label, ambiguous, kind, country (row index = position)."""
    p = KEYS / f"{layout_id}.labels.csv"
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])
    return p


def write_key(layout_id, key):
    p = KEYS / f"{layout_id}.json"
    with open(p, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return p


def freeze_xlsx(data, stamp="2025-07-01T08:00:00Z", zip_time=(2025, 7, 1, 8, 0, 0)):
    """Re-pack an xlsx so that it is byte-identical between runs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=zip_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def qr_reference(digits26):
    """Swiss QR reference (QRR): 26 digits + recursive mod-10 check digit."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for d in digits26:
        carry = table[(carry + int(d)) % 10]
    return digits26 + str((10 - carry) % 10)
