"""Shared helpers for the kb_* generators (check digits, key/label writers).

Paths are resolved relative to this file: ../layouts and ../key.
"""
import csv
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
LAYOUTS = HERE.parent / "layouts"
KEYS = HERE.parent / "key"


# ---------------------------------------------------------------- check digits
def de_ustid(body8: str) -> str:
    """German USt-IdNr: 8 digits + check digit (ISO 7064 MOD 11,10 as used by the BZSt)."""
    product = 10
    for ch in body8:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (2 * s) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return "DE" + body8 + str(check)


def at_uid(body7: str) -> str:
    """Austrian UID: ATU + 7 digits + check digit."""
    d = [int(c) for c in body7]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            y = 2 * x
            s += y // 10 + y % 10
        else:
            s += x
    check = (10 - (s + 4) % 10) % 10
    return "ATU" + body7 + str(check)


def nl_btw(body8: str, suffix: str = "01") -> str:
    """Dutch BTW-id (legal entities): 9 digits (mod-11 'elfproef' on the RSIN) + B + 2 digits."""
    for last in range(10):
        digits = [int(c) for c in body8] + [last]
        total = sum(w * x for w, x in zip(range(9, 1, -1), digits[:8])) - digits[8]
        if total % 11 == 0:
            return "NL" + body8 + str(last) + "B" + suffix
    raise ValueError("no check digit for " + body8)


def iban(country: str, bban: str) -> str:
    """IBAN with computed check digits (mod 97)."""
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_spaced(i: str) -> str:
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def qrr_reference(body26: str) -> str:
    """Swiss QR reference: 26 digits + mod-10 recursive check digit."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in body26:
        carry = table[(carry + int(ch)) % 10]
    return body26 + str((10 - carry) % 10)


def qrr_spaced(ref: str) -> str:
    # printed form: 2 + groups of 5
    return ref[:2] + " " + " ".join(ref[k:k + 5] for k in range(2, 27, 5))


def ch_uid(body8: str) -> str:
    """Swiss UID CHE-xxx.xxx.xxx with mod-11 check digit (weights 5,4,3,2,7,6,5,4)."""
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    s = sum(int(c) * k for c, k in zip(body8, w))
    check = 11 - s % 11
    if check == 11:
        check = 0
    if check == 10:
        raise ValueError("invalid UID body")
    n = body8 + str(check)
    return f"CHE-{n[0:3]}.{n[3:6]}.{n[6:9]}"


# ---------------------------------------------------------------- key writers
def write_key(key: dict):
    KEYS.mkdir(parents=True, exist_ok=True)
    path = KEYS / f"{key['id']}.json"
    path.write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_labels(layout_id: str, rows):
    """rows: list of dicts with label, ambiguous, kind, country (row index is assigned here)."""
    KEYS.mkdir(parents=True, exist_ok=True)
    path = KEYS / f"{layout_id}.labels.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, r in enumerate(rows):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"]])


def normalize_xlsx(path, stamp="2024-11-04T09:12:00Z", date_time=(2024, 11, 4, 9, 12, 0)):
    """Make an openpyxl-written .xlsx byte-reproducible: fixed core.xml timestamps and zip entry times."""
    import re
    import zipfile
    path = pathlib.Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = []
    for name, data in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
            data = txt.encode("utf-8")
        out.append((name, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in out:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
