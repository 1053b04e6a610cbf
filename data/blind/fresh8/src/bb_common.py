"""Shared functions for the bb_ generators: tax-ID check digits, IBANs, writers."""
import random, string, json, csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
LAYOUTS = OUT / "layouts"
KEY = OUT / "key"


def de_vat(rng):
    """German USt-IdNr: DE + 8 digits + ISO 7064 MOD 11,10 check digit."""
    d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    p = 10
    for x in d:
        s = (x + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return "DE" + "".join(map(str, d)) + str(c)


def nl_vat(rng):
    """NL omzetbelastingnummer: 8 digits + elfproef check digit, then B01."""
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if s < 10:
            return "NL" + "".join(map(str, d)) + str(s) + "B01"


def be_vat(rng, dotted=False):
    """BE ondernemingsnummer: 0 + 7 digits + 97-mod check (2 digits)."""
    first = rng.choice("01")
    base = int(first + "".join(str(rng.randint(0, 9)) for _ in range(7)))
    chk = 97 - base % 97
    num = f"{base:08d}{chk:02d}"
    if dotted:
        return f"BE {num[:4]}.{num[4:7]}.{num[7:]}"
    return "BE" + num


def siren(rng):
    """9-digit SIREN with Luhn check."""
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
        for c in range(10):
            digits = d + [c]
            tot = 0
            for i, x in enumerate(reversed(digits)):
                if i % 2 == 1:
                    x *= 2
                    if x > 9:
                        x -= 9
                tot += x
            if tot % 10 == 0:
                return "".join(map(str, digits))


def siret(rng, sir=None):
    sir = sir or siren(rng)
    for _ in range(1000):
        nic = f"{rng.randint(1, 9999):04d}"
        for c in range(10):
            s = sir + nic + str(c)
            tot = 0
            for i, ch in enumerate(reversed(s)):
                x = int(ch)
                if i % 2 == 1:
                    x *= 2
                    if x > 9:
                        x -= 9
                tot += x
            if tot % 10 == 0:
                return s
    raise RuntimeError


def fr_vat(sir):
    key = (12 + 3 * (int(sir) % 97)) % 97
    return f"FR{key:02d}{sir}"


def iban(rng, country, bank):
    if country == "NL":
        bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif country == "BE":
        b = "".join(str(rng.randint(0, 9)) for _ in range(10))
        bban = bank + b[:7]
        chk = int(bban) % 97 or 97
        bban = bban + f"{chk:02d}"
    else:
        bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(10))
    conv = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    chk = 98 - int(conv) % 97
    return f"{country}{chk:02d}{bban}"


def write_key(kid, meta, labels, source=False):
    KEY.mkdir(parents=True, exist_ok=True)
    (KEY / f"{kid}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    with open(KEY / f"{kid}.labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])


def uuid_hex(rng):
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))
