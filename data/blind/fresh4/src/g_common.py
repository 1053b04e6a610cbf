"""Shared functions for the g_* generators (check digits, key/label writers)."""
import json, csv, random
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
LAYOUTS = BASE / "layouts"
KEY = BASE / "key"


def atu_uid(rng):
    """Austrian UID ATU + 8 digits, last digit is the check digit."""
    d = [rng.randint(0, 9) for _ in range(7)]
    s = d[0] + d[2] + d[4] + d[6]
    for i in (1, 3, 5):
        x = d[i] * 2
        s += x // 10 + x % 10
    c = (10 - (s + 4) % 10) % 10
    return "ATU" + "".join(map(str, d)) + str(c)


def nl_vat(rng):
    """Dutch VAT NLxxxxxxxxxB0n, first 9 digits pass the mod-11 test."""
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        c = s % 11
        if c < 10 and d[0] != 0:
            return "NL" + "".join(map(str, d)) + str(c) + "B0" + str(rng.choice([1, 1, 1, 2]))


def kvk(rng):
    return str(rng.randint(10000000, 99999999))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def siren(rng):
    while True:
        s = str(rng.randint(100000000, 999999999))
        if luhn_ok(s):
            return s


def fr_vat(sirn):
    key = (12 + 3 * (int(sirn) % 97)) % 97
    return "FR%02d%s" % (key, sirn)


def che_uid(rng):
    w = [5, 4, 3, 2, 7, 6, 5, 4]
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        c = 11 - sum(a * b for a, b in zip(w, d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return "CHE-%s.%s.%s" % (s[0:3], s[3:6], s[6:9])


def write_labels(lid, rows):
    """rows: list of (label, ambiguous, kind, country)."""
    with open(KEY / f"{lid}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def write_key(obj):
    with open(KEY / f"{obj['id']}.json", "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def save_xlsx_fixed(wb, path, stamp="2025-01-15T08:00:00Z"):
    """Save an openpyxl workbook byte-reproducibly (fixed doc timestamps and zip entry dates)."""
    import io, re, zipfile, datetime as _dt
    wb.properties.creator = "Moneybird" if "moneybird" in str(path) else "Axonaut"
    fixed = _dt.datetime(2025, 1, 15, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + stamp + r"\g<2>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
