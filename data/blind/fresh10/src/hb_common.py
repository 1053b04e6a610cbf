"""Shared helpers for the hb_* generators: check digits, number formats, key writing."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
LAYOUTS = ROOT / "layouts"
KEYS = ROOT / "key"


def de_ustid(body8: str) -> str:
    """German USt-IdNr.: DE + 8 digits + ISO 7064 MOD 11,10 check digit."""
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
    s = 0
    for i, ch in enumerate(body7):
        d = int(ch)
        if i % 2 == 1:
            d2 = 2 * d
            d = d2 // 10 + d2 % 10
        s += d
    check = (10 - (s + 4) % 10) % 10
    return "ATU" + body7 + str(check)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def siren_from(body8: str) -> str:
    for c in range(10):
        if luhn_ok(body8 + str(c)):
            return body8 + str(c)
    raise ValueError


def fr_tva(siren: str) -> str:
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def ch_uid(body8: str) -> str:
    weights = [5, 4, 3, 2, 7, 6, 5, 4]
    s = sum(int(c) * w for c, w in zip(body8, weights))
    check = 11 - (s % 11)
    if check == 11:
        check = 0
    if check == 10:
        return None
    d = body8 + str(check)
    return f"CHE-{d[0:3]}.{d[3:6]}.{d[6:9]}"


def _alnum_to_digits(s: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - 55))
    return "".join(out)


def iban(country: str, bban: str) -> str:
    num = _alnum_to_digits(bban + country + "00")
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int(_alnum_to_digits(r)) % 97 == 1


def fr_rib_key(bank: str, branch: str, account: str) -> str:
    acc = "".join(_fr_letter(c) for c in account)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)
    return f"{key:02d}"


def _fr_letter(c):
    if c.isdigit():
        return c
    table = {**{k: "1" for k in "AJ"}, **{k: "2" for k in "BKS"}, **{k: "3" for k in "CLT"},
             **{k: "4" for k in "DMU"}, **{k: "5" for k in "ENV"}, **{k: "6" for k in "FOW"},
             **{k: "7" for k in "GPX"}, **{k: "8" for k in "HQY"}, **{k: "9" for k in "IRZ"}}
    return table[c.upper()]


def fr_iban(bank: str, branch: str, account: str) -> str:
    key = fr_rib_key(bank, branch, account)
    return iban("FR", bank + branch + account + key)


def leitweg_id(grob: str, fein: str) -> str:
    """Leitweg-ID with ISO 7064 MOD 97-10 check digits over Grob+Fein addressing."""
    base = (grob + fein).replace("-", "")
    num = _alnum_to_digits(base) + "00"
    check = 98 - int(num) % 97
    return f"{grob}-{fein}-{check:02d}"


def fmt_de(x: float, dec: int = 2, thousands: str = "") -> str:
    s = f"{abs(x):,.{dec}f}"
    ip, fp = s.split(".")
    ip = ip.replace(",", thousands)
    return ("-" if x < 0 else "") + ip + "," + fp


def write_labels(layout_id, rows):
    """rows: list of dict(label, ambiguous, kind, country)."""
    p = KEYS / f"{layout_id}.labels.csv"
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write("row,label,ambiguous,kind,country\n")
        for i, r in enumerate(rows):
            f.write(f"{i},{r['label']},{'true' if r['ambiguous'] else 'false'},{r['kind']},{r['country']}\n")


def write_key(layout_id, key):
    p = KEYS / f"{layout_id}.json"
    with open(p, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")
