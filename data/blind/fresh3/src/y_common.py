"""Shared helpers for the y_ layouts (seeded)."""
import random, datetime, csv, json, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def B(name, kind, label, amb=False, **o):
    d = dict(name=name, kind=kind, label=label, amb=amb)
    d.update(o)
    return d

def plan_orders(rng, pool, target_rows, max_lines=3, fixed_lines=None):
    """Return list of (buyer, nlines). Every pool entry used at least once, then random repeats
    of non-special buyers (repeat customers)."""
    orders = []
    rows = 0
    seq = list(pool)
    rng.shuffle(seq)
    repeatable = [b for b in pool if b.get('repeat', True) and not b['amb']]
    i = 0
    while rows < target_rows:
        if i < len(seq):
            b = seq[i]
        else:
            b = rng.choice(repeatable)
        i += 1
        if 'prods' in b:
            n = len(b['prods'])
        elif b.get('single') or b['amb'] and b.get('single', True):
            n = 1
        else:
            n = rng.choice([1, 1, 1, 2, 2, 3][:max(1, max_lines * 2)]) if max_lines > 1 else 1
            n = min(n, max_lines)
        if fixed_lines: n = fixed_lines
        orders.append((b, n))
        rows += n
    rng.shuffle(orders)
    return orders

def write_labels(setid, labels):
    p = os.path.join(BASE, 'key', setid + '.labels.csv')
    with open(p, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['row', 'label', 'ambiguous', 'kind', 'country'])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, 'true' if amb else 'false', kind, cc])

def write_key(setid, d):
    with open(os.path.join(BASE, 'key', setid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2)

def rdate(rng, start=datetime.date(2026, 1, 5), days=320):
    return start + datetime.timedelta(days=rng.randrange(days))

def de_num(x):
    return f"{x:.2f}".replace('.', ',')
