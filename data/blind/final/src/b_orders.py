"""Generic order building for the non-Russian b_ layouts."""


def B(name, kind, label, amb=False, cc="", mode="biz", w=1.0, **kw):
    d = dict(name=name, kind=kind, label=label, amb=amb, cc=cc, mode=mode, w=w)
    d.update(kw)
    return d


NOT_HH = ("Смартфон", "Smartfon", "Smartphone", "Mobiltelefon", "EcoFlow", "Павербанк")


def pick(pool, rng):
    b = rng.choices(pool, weights=[b["w"] for b in pool])[0]
    if b["kind"] == "person_bulk_identical":
        b["w"] = 0  # a private bulk buyer appears once (repeat bulk orders would read as a reseller)
    return b


def lines(b, rng, BIZ, HOME, special=None):
    """BIZ/HOME: lists of tuples whose element [2] is the unit price. special: dict mode->product"""
    m = b["mode"]
    special = special or {}
    if m == "biz":
        out = []
        for p in rng.sample(BIZ, rng.randint(1, min(4, len(BIZ)))):
            q = rng.choice([5, 10, 20, 25, 50]) if p[2] < 60 else rng.choice([1, 2, 2, 3, 4, 5, 6, 8, 10])
            out.append((p, q))
        return out
    if m == "home":
        return [(p, rng.choice([1, 1, 1, 2])) for p in rng.sample(HOME, rng.choice([1, 1, 1, 2]))]
    if m in ("hh1", "home1"):
        return [(rng.choice([p for p in HOME[1:] if not any(k in p[0] for k in NOT_HH)]), 1)]
    if m == "bulk":
        return [(special.get("bulk") or HOME[2], rng.choice([30, 40, 40, 50]))]
    if m == "biz1":
        return [(rng.choice(BIZ[:4]), 1)]
    if m == "kettle":
        return [(special["kettle"], 1)]
    if m == "biz_only":
        return [(special["biz_only"], rng.choice([1, 2]))]
    raise ValueError(m)
