"""Shared functions for the gb_ generators (tax-ID check digits, names, e-mail slugs)."""
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LAYOUTS = OUT / "layouts"
KEYS = OUT / "key"


def slug(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "ae").replace("Ö", "oe").replace("Ü", "ue")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(c for c in s.lower() if c.isalnum() or c in ".-")


# ---------- Germany: USt-IdNr, ISO 7064 MOD 11,10 ----------
def de_vat(rng):
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    p = 10
    for x in d:
        s = (x + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + "".join(map(str, d)) + str(c)


def leitweg(grob, fein):
    """Leitweg-ID with its MOD 97-10 check digits."""
    s = (grob + fein).upper()
    num = "".join(str(int(ch, 36)) if ch.isalpha() else ch for ch in s)
    chk = 98 - (int(num + "00") % 97)
    return f"{grob}-{fein}-{chk:02d}"


# ---------- France: SIREN (Luhn), TVA key, SIRET ----------
def luhn_complete(digits):
    """Return digits + one Luhn check digit."""
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return digits + str((10 - tot % 10) % 10)


def fr_siren(rng):
    return luhn_complete(str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7)))


def fr_tva(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def fr_siret(siren, rng):
    return luhn_complete(siren + "".join(str(rng.randint(0, 9)) for _ in range(4)))


# ---------- Italy: Partita IVA, codice fiscale ----------
def it_piva(rng, first=None):
    d = [int(first)] if first is not None else [rng.randint(0, 9)]
    d += [rng.randint(0, 9) for _ in range(10 - len(d))]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0:
            s += x
        else:
            y = 2 * x
            s += y - 9 if y > 9 else y
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def _letters(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    s = "".join(c for c in s if c.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    return cons, vow


def it_cf(surname, name, female, rng):
    c, v = _letters(surname)
    sc = "".join((c + v + ["X"] * 3)[:3])
    c, v = _letters(name)
    nc = c[0] + c[2] + c[3] if len(c) >= 4 else "".join((c + v + ["X"] * 3)[:3])
    yy = f"{rng.randint(45, 99) if rng.random() < 0.8 else rng.randint(0, 5):02d}"
    mm = "ABCDEHLMPRST"[rng.randint(0, 11)]
    dd = rng.randint(1, 28) + (40 if female else 0)
    town = rng.choice(["F205", "H501", "F839", "L219", "A794", "D612", "G273", "L736", "F704", "B157"])
    cf = f"{sc}{nc}{yy}{mm}{dd:02d}{town}"
    tot = sum(_ODD[ch] if i % 2 == 0 else _even(ch) for i, ch in enumerate(cf))
    return cf + chr(65 + tot % 26)


def write_labels(path, rows, with_source=False):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("row,label,ambiguous,kind,country\n")
        for i, r in enumerate(rows):
            f.write(f"{i},{r['label']},{'true' if r['amb'] else 'false'},{r['kind']},{r['country']}\n")


def save_xlsx(wb, path):
    """Save an openpyxl workbook byte-for-byte reproducibly (fixed zip times and core.xml dates)."""
    import io
    import re
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-10-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
