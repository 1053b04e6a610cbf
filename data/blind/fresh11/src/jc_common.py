"""Shared helpers for the jc_* generators (check digits, key writers).

Every jc_* generator imports this module from its own folder; paths are
resolved relative to this file, never absolute.
"""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


def es_dni(num: int) -> str:
    """Spanish DNI: 8 digits + control letter (number mod 23)."""
    return f"{num:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23]


def es_nie(prefix: str, num: int) -> str:
    """Spanish NIE: X/Y/Z + 7 digits + letter; X=0, Y=1, Z=2 for the check."""
    n = int("XYZ".index(prefix).__str__() + f"{num:07d}")
    return f"{prefix}{num:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def es_cif(letter: str, body7: str) -> str:
    """Spanish CIF: letter + 7 digits + control (digit or letter).

    Odd positions (1st, 3rd, 5th, 7th) are doubled and their digits summed,
    even positions are summed; control = (10 - total % 10) % 10.  Public and
    non-profit bodies (P, Q, R, S, W, N) carry the control as a letter,
    A/B/E/H as a digit, the rest as a digit here.
    """
    assert len(body7) == 7 and body7.isdigit()
    even = sum(int(body7[i]) for i in (1, 3, 5))
    odd = 0
    for i in (0, 2, 4, 6):
        d = int(body7[i]) * 2
        odd += d // 10 + d % 10
    c = (10 - (even + odd) % 10) % 10
    if letter in "PQRSWNK":
        return f"{letter}{body7}" + "JABCDEFGHI"[c]
    return f"{letter}{body7}{c}"


def pt_nif(first8: str) -> str:
    """Portuguese NIF/NIPC: 8 digits + mod-11 check digit."""
    assert len(first8) == 8 and first8.isdigit()
    s = sum(int(d) * (9 - i) for i, d in enumerate(first8))
    c = 11 - s % 11
    if c >= 10:
        c = 0
    return first8 + str(c)


def it_piva(first10: str) -> str:
    """Italian partita IVA: 10 digits + Luhn-style check digit."""
    assert len(first10) == 10 and first10.isdigit()
    s = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def fr_siren(first8: str) -> str:
    """French SIREN: 8 digits + Luhn check digit."""
    digits = [int(c) for c in first8]
    # Luhn over the 9-digit number: double every second digit from the right
    for c in range(10):
        full = digits + [c]
        tot = 0
        for i, d in enumerate(reversed(full)):
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        if tot % 10 == 0:
            return first8 + str(c)
    raise ValueError


def write_labels(layout_id: str, rows):
    """rows: list of (label, ambiguous, kind, country) in record order."""
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (label, amb, kind, country) in enumerate(rows):
            w.writerow([i, label, "true" if amb else "false", kind, country])


def write_key(layout_id: str, key: dict):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")


def save_xlsx_fixed(wb, path, stamp="2025-07-01T09:00:00Z"):
    """Save an openpyxl workbook so that reruns give identical bytes.

    openpyxl stamps docProps/core.xml with the current time and the zip
    entries with the current date; both are fixed here.
    """
    import io
    import re
    import zipfile
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             lambda m: m.group(1) + stamp + m.group(2), txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())
