"""Shared functions for the l_* generators: check digits and key writing."""
import csv
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEY = ROOT / "key"


# ---------- Germany: USt-IdNr (ISO 7064 MOD 11,10) ----------
def de_vat(body8):
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


def de_vat_random(rng):
    body = str(rng.integers(1, 10)) + "".join(str(d) for d in rng.integers(0, 10, 7))
    return de_vat(body)


# ---------- France: SIREN / SIRET (Luhn), TVA intracom ----------
def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for d in range(10):
        if luhn_ok(prefix + str(d)):
            return prefix + str(d)
    raise ValueError


def fr_siren(rng, first=None):
    p = (first or str(rng.integers(3, 9))) + "".join(str(d) for d in rng.integers(0, 10, 7))
    return luhn_complete(p)


def fr_siret(siren, rng):
    nic = "000" + "".join(str(d) for d in rng.integers(0, 10, 1))
    return luhn_complete(siren + nic)


def fr_tva(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return "FR%02d%s" % (key, siren)


# ---------- Italy: Partita IVA / codice fiscale numerico, codice fiscale persona ----------
def it_piva_check(first10):
    s = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return first10 + str((10 - s % 10) % 10)


def it_piva(rng, prov_office="016"):
    body = "0" + "".join(str(d) for d in rng.integers(0, 10, 6)) + prov_office
    return it_piva_check(body)


def it_cf_ente(rng, prov_office="016"):
    body = rng.choice(["80", "90", "93"]) + "".join(str(d) for d in rng.integers(0, 10, 5)) + prov_office
    return it_piva_check(body)


_VOW = "AEIOU"
_ODD = {'0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
        'A': 1, 'B': 0, 'C': 5, 'D': 7, 'E': 9, 'F': 13, 'G': 15, 'H': 17, 'I': 19, 'J': 21,
        'K': 2, 'L': 4, 'M': 18, 'N': 20, 'O': 11, 'P': 3, 'Q': 6, 'R': 8, 'S': 12, 'T': 14,
        'U': 16, 'V': 10, 'W': 22, 'X': 25, 'Y': 24, 'Z': 23}


def _letters(s):
    return [c for c in s.upper() if c.isalpha()]


def _cf_part(s, is_name):
    L = _letters(s)
    cons = [c for c in L if c not in _VOW]
    vows = [c for c in L if c in _VOW]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def it_cf_person(surname, name, year, month, day, female, comune):
    code = _cf_part(surname, False) + _cf_part(name, True)
    code += "%02d" % (year % 100) + "ABCDEHLMPRST"[month - 1] + "%02d" % (day + (40 if female else 0)) + comune
    s = 0
    for i, ch in enumerate(code):
        if i % 2 == 0:
            s += _ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return code + chr(65 + s % 26)


# ---------- Spain: NIF (DNI) and CIF ----------
def es_dni(rng):
    n = int(rng.integers(10000000, 80000000))
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def es_cif(letter, digits7):
    total = 0
    for i, ch in enumerate(digits7):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            total += d // 10 + d % 10
        else:
            total += d
    c = (10 - total % 10) % 10
    if letter in "PQRSNWK":
        return letter + digits7 + "JABCDEFGHI"[c]
    return letter + digits7 + str(c)


def es_cif_random(rng, letter, prov=None):
    p = prov or "%02d" % rng.choice([28, 46, 8, 41, 50, 3, 29, 48, 30, 15])
    return es_cif(letter, p + "".join(str(d) for d in rng.integers(0, 10, 5)))


# ---------- key writing ----------
def write_labels(layout_id, labels):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def write_key(layout_id, key):
    KEY.mkdir(parents=True, exist_ok=True)
    with open(KEY / f"{layout_id}.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")


def de_num(x):
    """1234.5 -> '1234,50' (German/French/Italian decimal comma, no thousands sep)."""
    return ("%.2f" % x).replace(".", ",")


def at_uid(d7):
    s = 0
    for i, ch in enumerate(d7):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d // 10 + d % 10
        s += d
    return "ATU" + d7 + str((10 - (s + 4) % 10) % 10)


def nl_vat(d8):
    s = sum(int(c) * w for c, w in zip(d8, range(9, 1, -1))) % 11
    assert s < 10
    return "NL" + d8 + str(s) + "B01"


def pl_nip(d9):
    s = sum(int(c) * w for c, w in zip(d9, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    assert s < 10
    return "PL" + d9 + str(s)
