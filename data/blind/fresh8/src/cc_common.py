"""Shared functions for the cc_ generators: ID check digits and a simple order builder.
Each generator passes its own country pools; all randomness comes from the rng it passes."""
import random

# ---------- tax identifiers ----------
def hu_adoszam(rng, first=None, vat=None, county=None):
    base = [int(c) for c in (first or "")] + [rng.randint(0, 9) for _ in range(7 - len(first or ""))]
    s = sum(d * w for d, w in zip(base, [9, 7, 3, 1, 9, 7, 3]))
    chk = (10 - s % 10) % 10
    vat = vat or rng.choice("2222223")
    county = county or rng.choice(["41", "42", "43", "44", "13", "08", "09", "02", "06", "19"])
    return "".join(map(str, base)) + str(chk) + "-" + vat + "-" + county


def sk_ico(rng, prefix=""):
    while True:
        d = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(7 - len(prefix))]
        s = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2]))
        c = (11 - s % 11) % 10
        return "".join(map(str, d)) + str(c)


def sk_dic(rng, prefix="20"):
    while True:
        n = int(prefix + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(prefix))))
        n -= n % 11
        if len(str(n)) == 10 and str(n).startswith(prefix):
            return str(n)


def fi_ytunnus(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(7)]
        if d[0] == 0:
            continue
        r = sum(x * w for x, w in zip(d, [7, 9, 10, 5, 8, 4, 2])) % 11
        if r == 1:
            continue
        c = 0 if r == 0 else 11 - r
        return "".join(map(str, d)) + "-" + str(c)


def pl_nip(rng, prefix=None):
    while True:
        p = prefix or str(rng.randint(100, 999))
        d = [int(c) for c in p] + [rng.randint(0, 9) for _ in range(9 - len(p))]
        c = sum(x * w for x, w in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
        if c == 10:
            continue
        return "".join(map(str, d)) + str(c)


# ---------- order builder ----------
class Order(dict):
    pass


def pick_lines(rng, products, cls, nmin=1, nmax=3, qmax=5):
    pool = [p for p in products if p["cls"] in cls]
    n = rng.randint(nmin, nmax)
    chosen = rng.sample(pool, min(n, len(pool)))
    lines = []
    for p in chosen:
        q = rng.randint(1, p.get("qmax", qmax)) if p["cls"] != "home" else 1
        lines.append({"product": p["name"], "qty": q, "unit": p["unit"], "price": p["price"]})
    return lines


SCEN = [
    ("company", 26), ("sole_trader", 8), ("nonprofit", 5), ("soe", 3), ("public", 18),
    ("person", 22), ("anon", 5),
    ("company_home", 4), ("public_home", 4), ("soe_proc", 2), ("intl", 2), ("fund", 1),
    ("person_gov", 3), ("person_resale", 2), ("person_bulk", 1), ("sole_card", 2), ("thin", 4),
]


def messy(rng, s):
    r = rng.random()
    if r < 0.08:
        return s.upper()
    if r < 0.13:
        return s + " "
    return s


def make_order(rng, cfg, scen):
    P = cfg["products"]
    o = Order(name="", taxid="", email="", street="", zip="", city="", country=cfg["cc"],
              payment="", comment="", lines=[], label="", amb=False, kind="", bcountry=cfg["cc"])
    zp, city, streets = rng.choice(cfg["cities"])
    addr = lambda: (rng.choice(streets) + " " + str(rng.randint(1, 120)), zp, city)
    first, last = rng.choice(cfg["first"]), rng.choice(cfg["last"])
    person = cfg["person_name"](rng, first, last)
    local = cfg["mail_local"](first, last)
    pay = cfg["pay"]
    if scen in ("company", "company_home"):
        name, dom = rng.choice(cfg["companies"])
        o.update(name=messy(rng, name), taxid=cfg["co_tax"](rng), email=rng.choice(["info", "szamla" if cfg["cc"] == "HU" else "info", "office", local]) + "@" + dom)
        if rng.random() < 0.15:
            o["email"] = ""
        o["street"], o["zip"], o["city"] = addr()
        if scen == "company":
            o.update(lines=pick_lines(rng, P, ("biz", "both"), 1, 4), payment=pay["transfer"] if rng.random() < 0.85 else pay["card"],
                     label="B2B", kind="private_company")
            if rng.random() < 0.35:
                o["comment"] = rng.choice(cfg["c_biz"])
        else:
            o.update(lines=pick_lines(rng, P, ("home",), 1, 1), payment=rng.choice([pay["transfer"], pay["card"]]),
                     label="B2B", amb=True, kind="private_company")
    elif scen in ("sole_trader", "sole_card"):
        trade = cfg["sole_name"](rng, first, last)
        o.update(name=messy(rng, trade), taxid=cfg["sole_tax"](rng), email=local + "@" + rng.choice(cfg["free_mail"] + cfg.get("sole_domains", [])))
        o["street"], o["zip"], o["city"] = addr()
        if scen == "sole_trader":
            o.update(lines=pick_lines(rng, P, ("biz", "both"), 1, 3), payment=pay["transfer"], label="B2B", kind="sole_trader")
        else:
            o.update(lines=pick_lines(rng, P, ("home",), 1, 1), payment=pay["card"], label="B2B", amb=True, kind="sole_trader")
    elif scen == "nonprofit":
        name, dom, kind = rng.choice(cfg["nonprofits"])
        o.update(name=name, taxid=cfg["np_tax"](rng), email=(rng.choice(["info", "iroda", "office"]) if cfg["cc"] == "HU" else "info") + "@" + dom if dom else "",
                 lines=pick_lines(rng, P, ("biz", "both"), 1, 3), payment=pay["transfer"], label="B2B", kind=kind)
        o["street"], o["zip"], o["city"] = addr()
    elif scen in ("soe", "soe_proc"):
        name, dom = rng.choice(cfg["soe"])
        o.update(name=name, taxid=cfg["co_tax"](rng), email=rng.choice(cfg["soe_mailbox"]) + "@" + dom,
                 lines=pick_lines(rng, P, ("biz", "both"), 1, 3, qmax=12), payment=pay["transfer"], label="B2B", kind="state_owned_company")
        o["street"], o["zip"], o["city"] = addr()
        if scen == "soe_proc":
            o.update(amb=True, comment=cfg["c_proc"](rng))
    elif scen in ("public", "public_home"):
        pool = cfg["public"] if scen == "public" else cfg["public_small"]
        name, dom, kind = rng.choice(pool)
        o.update(name=messy(rng, name), taxid=cfg["pub_tax"](rng), email=rng.choice(cfg["pub_mailbox"]) + "@" + dom if dom else "",
                 payment=pay["transfer"], label="B2G", kind=kind)
        o["street"], o["zip"], o["city"] = addr()
        if kind == "embassy":
            o["taxid"] = ""
        if scen == "public":
            o["lines"] = pick_lines(rng, P, ("biz", "both"), 1, 4, qmax=10)
            if rng.random() < 0.5:
                o["comment"] = cfg["c_pub"](rng)
        else:
            o.update(lines=pick_lines(rng, P, ("home",), 1, 1), amb=True)
    elif scen == "intl":
        name, dom, c = rng.choice(cfg["intl"])
        o.update(name=name, taxid="", email=rng.choice(["procurement", "admin"]) + "@" + dom, payment=pay["transfer"],
                 lines=pick_lines(rng, P, ("biz", "both"), 1, 3), label="B2B", amb=True, kind="international_org", bcountry=c)
        o["street"], o["zip"], o["city"] = addr()
    elif scen == "fund":
        if not cfg.get("funds"):
            return make_order(rng, cfg, "intl")
        name, dom = rng.choice(cfg["funds"])
        o.update(name=name, taxid=cfg["np_tax"](rng), email="info@" + dom, payment=pay["transfer"],
                 lines=pick_lines(rng, P, ("biz", "both"), 1, 2), label="B2B", amb=True, kind="state_founded_nonprofit")
        o["street"], o["zip"], o["city"] = addr()
    elif scen in ("person", "person_gov", "person_resale", "person_bulk"):
        o.update(name=messy(rng, person), email=local + "@" + rng.choice(cfg["free_mail"]) if rng.random() < 0.8 else "",
                 payment=rng.choice([pay["card"], pay["card"], pay["cod"], pay["transfer"], pay["cash"]]), label="B2C", kind="private_person")
        o["street"], o["zip"], o["city"] = addr()
        if scen == "person":
            o["lines"] = pick_lines(rng, P, ("home", "both"), 1, 2, qmax=2)
            if rng.random() < 0.25:
                o["comment"] = rng.choice(cfg["c_home"])
        elif scen == "person_gov":
            o.update(email=local + "@" + rng.choice(cfg["gov_domains"]), payment=pay["card"], amb=True,
                     lines=pick_lines(rng, P, ("home",), 1, 1))
        elif scen == "person_resale":
            o.update(label="B2B", amb=True, kind="private_person_resale", comment=rng.choice(cfg["c_resale"]),
                     lines=pick_lines(rng, P, ("home", "both"), 1, 2, qmax=6))
        else:
            p = rng.choice([x for x in P if x.get("bulk")])
            o.update(amb=True, lines=[{"product": p["name"], "qty": rng.choice([20, 25, 30, 40]), "unit": p["unit"], "price": p["price"]}])
    elif scen == "anon":
        o.update(name=rng.choice(cfg["anon"]), payment=rng.choice([pay["cash"], pay["card"]]), label="B2C", kind="anonymous_retail",
                 lines=pick_lines(rng, P, ("home", "both"), 1, 2, qmax=2))
    elif scen == "thin":
        p = rng.choice(P)
        o.update(lines=[{"product": p["name"], "qty": 1, "unit": p["unit"], "price": p["price"]}], amb=True, kind="unknown",
                 label="B2B" if p["cls"] == "biz" else "B2C")
    return o


AMB_SCEN = {"company_home", "public_home", "soe_proc", "intl", "fund", "person_gov", "person_resale", "person_bulk", "sole_card", "thin"}


def build(rng, cfg, target_records, line_level=True, amb_scale=1.0):
    names = [n for n, _ in SCEN]
    weights = [w * (amb_scale if n in AMB_SCEN else 1.0) for n, w in SCEN]
    orders, n = [], 0
    while n < target_records:
        o = make_order(rng, cfg, rng.choices(names, weights)[0])
        k = len(o["lines"]) if line_level else 1
        if n + k > target_records + 2:
            continue
        orders.append(o)
        n += k
    return orders


def write_labels(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("row,label,ambiguous,kind,country\n")
        for i, (lab, amb, kind, c) in enumerate(rows):
            f.write(f"{i},{lab},{'true' if amb else 'false'},{kind},{c}\n")


import unicodedata


def ascii_lower(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def P(name, price, unit, cls, qmax=5, bulk=False):
    return {"name": name, "price": price, "unit": unit, "cls": cls, "qmax": qmax, "bulk": bulk}


def save_xlsx(df, path, sheet):
    """Write an xlsx whose bytes do not depend on the time of the run (fixed zip dates and document dates)."""
    import io, re, zipfile
    import pandas as pd
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xw:
        df.to_excel(xw, sheet_name=sheet, index=False)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-06-30T08:00:00Z", data)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 30, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
