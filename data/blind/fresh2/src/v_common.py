"""Shared helpers for v_ layouts (seeded)."""
import random, json, csv, os

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dni(rng):
    n = rng.randint(10000000, 79999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

def nie(rng):
    p = rng.choice('XYZ'); n = rng.randint(1000000, 9999999)
    v = int(str('XYZ'.index(p)) + str(n))
    return f"{p}{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[v % 23]}"

def cif(rng, letter, prov=None):
    digits = f"{prov if prov else rng.randint(1,50):02d}{rng.randint(0,99999):05d}"
    a = sum(int(digits[i]) for i in (1, 3, 5))
    b = 0
    for i in (0, 2, 4, 6):
        d = int(digits[i]) * 2
        b += d // 10 + d % 10
    c = (10 - (a + b) % 10) % 10
    ctrl = 'JABCDEFGHI'[c] if letter in 'PQRSNW' else str(c)
    return f"{letter}{digits}{ctrl}"

def pt_nif(rng, first):
    base = str(first) + ''.join(str(rng.randint(0, 9)) for _ in range(8 - len(str(first))))
    s = sum(int(base[i]) * (9 - i) for i in range(8))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return base + str(c)

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d // 10 + d % 10
    return str((10 - tot % 10) % 10)

def se_orgnr(rng, prefix):
    body = prefix + ''.join(str(rng.randint(0, 9)) for _ in range(9 - len(prefix)))
    n = body + luhn_digit(body)
    return f"{n[:6]}-{n[6:]}"

def se_pnr(rng):
    y = rng.randint(45, 99); m = rng.randint(1, 12); d = rng.randint(1, 28)
    body = f"{y:02d}{m:02d}{d:02d}{rng.randint(0,999):03d}"
    n = body + luhn_digit(body)
    return f"{n[:6]}-{n[6:]}"

def pl_nip(rng, fmt=False):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c < 10:
            s = ''.join(map(str, d)) + str(c)
            if fmt:
                return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"
            return s

def eu_num(x, thousands='.', dec=','):
    s = f"{x:,.2f}"
    return s.replace(',', '§').replace('.', dec).replace('§', thousands)

def write_key(kid, meta, labels):
    kdir = os.path.join(SET, 'key')
    with open(os.path.join(kdir, kid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    with open(os.path.join(kdir, kid + '.labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['row', 'label', 'ambiguous', 'kind', 'country'])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, 'true' if amb else 'false', kind, cc])

def pick_cases(rng, cases, target_lo, target_hi, lines_fn):
    """cases: list of (weight, fn). fn(rng) -> order dict with 'lines' list.
    Builds orders until row count within range."""
    orders = []
    rows = 0
    target = rng.randint(target_lo + 10, target_hi - 10)
    weights = [c[0] for c in cases]
    fns = [c[1] for c in cases]
    # guarantee each case at least once
    seq = list(range(len(fns)))
    rng.shuffle(seq)
    while rows < target:
        idx = seq.pop() if seq else rng.choices(range(len(fns)), weights)[0]
        o = fns[idx](rng)
        orders.append(o)
        rows += len(o.get('lines', [1]))
    return orders
