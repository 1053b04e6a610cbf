"""Shared helpers for the lb_* generators (check digits, writers)."""
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


def ensure_dirs():
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    KEY.mkdir(parents=True, exist_ok=True)


# ---------------------------------------------------------------- check digits
def de_vat(eight: str) -> str:
    """German USt-IdNr: ISO 7064 MOD 11,10 check digit on 8 digits."""
    product = 10
    for ch in eight:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return "DE" + eight + str(check)


def at_uid(seven: str) -> str:
    """Austrian UID ATU + 7 digits + check digit."""
    d = [int(c) for c in seven]
    s = 0
    for i, v in enumerate(d):
        if i % 2 == 1:
            v2 = v * 2
            s += v2 // 10 + v2 % 10
        else:
            s += v
    check = (10 - (s + 4) % 10) % 10
    return "ATU" + seven + str(check)


def nl_btw(nine: str, suffix: str = "01") -> str:
    """Dutch VAT number (old RSIN-based scheme, 11-proof on 9 digits)."""
    return "NL" + nine + "B" + suffix


def nl_elfproef_ok(digits: str) -> bool:
    n = len(digits)
    return sum(int(c) * (n - i) for i, c in enumerate(digits)) % 11 == 0


def _alnum_to_num(s: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return "".join(out)


def iban(country: str, bban: str) -> str:
    num = _alnum_to_num(bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def leitweg_id(grob: str, fein: str = "") -> str:
    """Leitweg-ID with MOD 97-10 check digits (XRechnung routing id)."""
    body = grob + fein
    num = _alnum_to_num(body + "00")
    check = 98 - int(num) % 97
    parts = [grob] + ([fein] if fein else []) + [f"{check:02d}"]
    return "-".join(parts)


def ch_uid(eight: str) -> str:
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    s = sum(int(c) * w[i] for i, c in enumerate(eight))
    check = 11 - s % 11
    if check == 11:
        check = 0
    if check == 10:
        return ""
    d = eight + str(check)
    return f"CHE-{d[0:3]}.{d[3:6]}.{d[6:9]}"


def mod10_recursive(digits: str) -> int:
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in digits:
        carry = table[(carry + int(ch)) % 10]
    return (10 - carry) % 10


# ---------------------------------------------------------------- key writers
def write_labels(path: Path, rows):
    """rows: list of dicts with row,label,ambiguous,kind,country"""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for r in rows:
            w.writerow([r["row"], r["label"], "true" if r["ambiguous"] else "false",
                        r["kind"], r["country"]])


def write_key(path: Path, obj: dict):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def de_money(x: float) -> str:
    """1234.5 -> '1.234,50'"""
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def normalize_xlsx(path: Path, stamp: str = "2025-01-07T08:14:31Z"):
    """Make an openpyxl-written xlsx byte-reproducible: fixed core.xml times and zip entry dates."""
    import re
    import zipfile
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + stamp.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 7, 8, 14, 30))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.writestr(zi, data)
