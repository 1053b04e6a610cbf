"""Shared helpers for the s_ layouts (seeded, deterministic)."""
import csv, json, os, random, datetime as dt

SET = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LAY = os.path.join(SET, 'layouts'); KEY = os.path.join(SET, 'key')

# ---------- identifiers ----------
def it_piva(rng, prefix=None):
    d = [rng.randint(0, 9) for _ in range(7)]
    if prefix:
        d = [int(c) for c in prefix] + d[len(prefix):]
    d += [int(c) for c in f"{rng.choice([37, 36, 15, 58, 28, 21, 48, 35, 33, 40, 39]):03d}"]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0:
            s += x
        else:
            y = 2 * x; s += y - 9 if y > 9 else y
    return ''.join(map(str, d)) + str((10 - s % 10) % 10)

def it_cf_ente(rng):
    """codice fiscale of a public body/school: 11 digits starting with 8 or 9"""
    return it_piva(rng, prefix=rng.choice(['80', '91', '92', '90']))

_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
        **dict(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))}
def _cons(s):
    s = ''.join(c for c in s.upper() if c.isalpha())
    c = [x for x in s if x not in 'AEIOU']; v = [x for x in s if x in 'AEIOU']
    return c, v
def it_cf_person(rng, first, last, female=False):
    c, v = _cons(last); sc = (c + v + ['X'] * 3)[:3]
    c, v = _cons(first)
    nc = [c[0], c[2], c[3]] if len(c) >= 4 else (c + v + ['X'] * 3)[:3]
    y = rng.randint(1950, 2002); m = 'ABCDEHLMPRST'[rng.randint(0, 11)]; d = rng.randint(1, 28) + (40 if female else 0)
    bel = rng.choice(['A944', 'F257', 'H501', 'F205', 'L219', 'D548', 'H199', 'C573', 'G337', 'F839', 'A271'])
    body = ''.join(sc) + ''.join(nc) + f"{y % 100:02d}" + m + f"{d:02d}" + bel
    s = 0
    for i, ch in enumerate(body):
        if i % 2 == 0:
            s += _ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return body + chr(65 + s % 26)

def es_dni(rng):
    n = rng.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
def es_nie(rng):
    p = rng.choice('XYZ'); n = rng.randint(1000000, 9999999)
    num = int(str('XYZ'.index(p)) + str(n))
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23]}"
def es_cif(rng, letter, prov=None):
    digs = f"{prov if prov is not None else rng.randint(1, 50):02d}" + f"{rng.randint(0, 99999):05d}"
    s = 0
    for i, ch in enumerate(digs):
        x = int(ch)
        if i % 2 == 0:
            y = 2 * x; s += y // 10 + y % 10
        else:
            s += x
    c = (10 - s % 10) % 10
    ctrl = 'JABCDEFGHI'[c] if letter in 'PQRSNW' else str(c)
    return letter + digs + ctrl

def cz_ico(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
        r = s % 11
        c = 1 if r == 0 else (0 if r == 1 else 11 - r)
        if c == 10:
            continue
        return ''.join(map(str, d)) + str(c)
def cz_rc(rng, female=False):
    y = rng.randint(55, 99); m = rng.randint(1, 12) + (50 if female else 0); d = rng.randint(1, 28)
    base = int(f"{y:02d}{m:02d}{d:02d}{rng.randint(0, 999):03d}")
    c = base % 11
    if c == 10:
        c = 0
    return f"{base:09d}{c}"

# ---------- misc ----------
def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
def date_between(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))
def slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return ''.join(c for c in s if c.isalnum() or c in '.-')

def write_labels(lid, labels):
    """labels: list of (label, ambiguous, kind, country) in record order"""
    p = os.path.join(KEY, f"{lid}.labels.csv")
    with open(p, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['row', 'label', 'ambiguous', 'kind', 'country'])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, 'true' if amb else 'false', kind, cc])

def write_key(lid, obj):
    with open(os.path.join(KEY, f"{lid}.json"), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)

class Order:
    """One document: buyer attributes + label + lines."""
    def __init__(self, label, amb, kind, cc, buyer):
        self.label, self.amb, self.kind, self.cc = label, amb, kind, cc
        self.b = buyer
        self.lines = []  # list of (code, name, qty, unit_price, vat)
        self.payment = None; self.comment = ''; self.extra = {}
