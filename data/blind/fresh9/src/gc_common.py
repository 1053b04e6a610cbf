"""Shared functions for the gc_ generators: check digits, order building, key writing."""
import csv
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
LAYOUTS = OUT / "layouts"
KEY = OUT / "key"
LAYOUTS.mkdir(exist_ok=True)
KEY.mkdir(exist_ok=True)


# ---------------------------------------------------------------- check digits
def ro_cif(rng, ndig=8):
    """Romanian CIF/CUI: body of ndig-1 digits + check digit (key 753217532)."""
    body = str(rng.randint(10 ** (ndig - 2), 10 ** (ndig - 1) - 1))
    key = "753217532"
    padded = body.rjust(9, "0")
    s = sum(int(a) * int(b) for a, b in zip(padded, key))
    c = (s * 10) % 11
    if c == 10:
        c = 0
    return body + str(c)


def bg_eik(rng):
    """Bulgarian 9-digit EIK (BULSTAT) with check digit."""
    body = [rng.randint(1, 2)] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(d * w for d, w in zip(body, range(1, 9))) % 11
    if s == 10:
        s = sum(d * w for d, w in zip(body, range(3, 11))) % 11
        if s == 10:
            s = 0
    return "".join(map(str, body)) + str(s)


def bg_egn(rng, female=False):
    """Bulgarian EGN (10 digits): YYMMDD + region + sex + check."""
    yy = rng.randint(55, 99)
    mm = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    reg = rng.randint(0, 99)
    sex = rng.choice([1, 3, 5, 7, 9]) if female else rng.choice([0, 2, 4, 6, 8])
    d = f"{yy:02d}{mm:02d}{dd:02d}{reg:02d}{sex}"
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    s = sum(int(a) * b for a, b in zip(d, w)) % 11
    if s == 10:
        s = 0
    return d + str(s)


def _ee_check(digits):
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    s = sum(d * w for d, w in zip(digits, w1)) % 11
    if s == 10:
        s = sum(d * w for d, w in zip(digits, w2)) % 11
        if s == 10:
            s = 0
    return s


def ee_regcode(rng, first):
    """Estonian 8-digit registry code; first digit 1 company, 7 state/local gov, 8 NGO, 9 foundation."""
    body = [first] + [rng.randint(0, 9) for _ in range(6)]
    return "".join(map(str, body)) + str(_ee_check(body))


def ee_isikukood(rng, female=False):
    g = 4 if female else 3
    yy, mm, dd = rng.randint(55, 99), rng.randint(1, 12), rng.randint(1, 28)
    body = [int(c) for c in f"{g}{yy:02d}{mm:02d}{dd:02d}{rng.randint(0, 999):03d}"]
    return "".join(map(str, body)) + str(_ee_check(body))


def ee_kmkr(rng):
    body = [1, 0, 0] + [rng.randint(0, 9) for _ in range(5)]
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(d * x for d, x in zip(body, w))
    c = (10 - s % 10) % 10
    return "EE" + "".join(map(str, body)) + str(c)


def si_ddv(rng):
    """Slovenian 8-digit tax number (davčna številka) with mod-11 check digit."""
    while True:
        body = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(6)]
        s = sum(d * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2])) % 11
        c = 11 - s
        if c == 11:
            continue
        if c == 10:
            c = 0
        return "".join(map(str, body)) + str(c)


# ---------------------------------------------------------------- key writing
def write_key(key, labels):
    """key: dict for <id>.json; labels: list of (label, ambiguous, kind, country) per record."""
    pid = key["id"]
    (KEY / f"{pid}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with open(KEY / f"{pid}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def summary(pid, labels):
    from collections import Counter
    c = Counter(l[0] for l in labels)
    a = sum(1 for l in labels if l[1])
    print(f"{pid}: {len(labels)} records, {dict(c)}, ambiguous {a} ({a / len(labels):.0%})")


def save_xlsx(wb, path, stamp="2025-07-01T10:30:00Z"):
    """Save an openpyxl workbook byte-identically on every run (fixed zip times and core.xml dates)."""
    import io
    import re
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 1, 10, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
