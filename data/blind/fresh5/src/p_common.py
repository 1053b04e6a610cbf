"""Shared functions for the p_* generators: check digits and the buyer/scenario mix."""
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


# ---------------------------------------------------------------- check digits
def pl_nip(rng):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)


def cz_ico(rng):
    d = [rng.randint(0, 9) for _ in range(7)]
    d[0] = rng.randint(0, 8)
    s = sum(x * w for x, w in zip(d, range(8, 1, -1)))
    c = (11 - s % 11) % 10
    return "".join(map(str, d)) + str(c)


def cz_rodne_cislo(rng, female=False):
    while True:
        yy = rng.randint(60, 99)
        mm = rng.randint(1, 12) + (50 if female else 0)
        dd = rng.randint(1, 28)
        base = int(f"{yy:02d}{mm:02d}{dd:02d}{rng.randint(0, 999):03d}")
        c = (base % 11)
        if c == 10:
            continue
        return f"{base:09d}{c}"


def es_dni(rng):
    n = rng.randint(10000000, 79999999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def es_cif(rng, letter):
    d = [rng.randint(0, 9) for _ in range(7)]
    if letter in "PQS":
        d[0], d[1] = rng.choice([(2, 8), (4, 6), (0, 8), (4, 1), (1, 8)])
    even = d[1] + d[3] + d[5]
    odd = 0
    for x in (d[0], d[2], d[4], d[6]):
        y = 2 * x
        odd += y // 10 + y % 10
    c = (10 - (even + odd) % 10) % 10
    ctrl = "JABCDEFGHI"[c] if letter in "PQRSNW" else str(c)
    return letter + "".join(map(str, d)) + ctrl


def it_piva(rng, prefix=None):
    d = [rng.randint(0, 9) for _ in range(7)] + [rng.randint(0, 1), rng.randint(0, 9), rng.randint(0, 9)]
    if prefix:
        d[:len(prefix)] = [int(x) for x in prefix]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0:
            s += x
        else:
            y = 2 * x
            s += y - 9 if y > 9 else y
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _even(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 65


def _cf_part(s, is_name):
    s = "".join(c for c in s.upper() if c.isalpha())
    s = s.replace("À", "A").replace("È", "E").replace("É", "E").replace("Ì", "I").replace("Ò", "O").replace("Ù", "U")
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def it_codice_fiscale(rng, first, last, female=False):
    months = "ABCDEHLMPRST"
    yy = rng.randint(50, 99)
    day = rng.randint(1, 28) + (40 if female else 0)
    town = rng.choice(["F205", "H501", "F839", "L219", "A944", "G273", "D612", "L736", "A662", "C351"])
    cf = _cf_part(last, False) + _cf_part(first, True) + f"{yy:02d}" + rng.choice(months) + f"{day:02d}" + town
    s = sum(_ODD[c] if i % 2 == 0 else _even(c) for i, c in enumerate(cf))
    return cf + chr(65 + s % 26)


# ---------------------------------------------------------------- scenario mix
# (kind-group, label, ambiguous, weight)
SCENARIOS = [
    ("company", "B2B", False, 30),
    ("state_owned_plain", "B2B", False, 2),
    ("nonprofit", "B2B", False, 3),
    ("sole_trader", "B2B", False, 8),
    ("gov", "B2G", False, 21),
    ("person", "B2C", False, 13),
    ("person_sparse", "B2C", False, 3),
    ("anonymous", "B2C", False, 3),
    # ambiguous cases from LABELING.md
    ("company_household", "B2B", True, 2.5),
    ("sole_trader_card_household", "B2B", True, 2),
    ("gov_household", "B2G", True, 2),
    ("person_gov_email", "B2C", True, 2),
    ("state_owned_procurement", "B2B", True, 2),
    ("intl_org", "B2B", True, 1.5),
    ("person_resale", "B2B", True, 1.5),
    ("person_bulk", "B2C", True, 1),
    ("thin_b2b_product", "B2B", True, 1),
    ("thin_household", "B2C", True, 1),
]


def pick_scenarios(rng, n, amb_mult=1.0):
    names = [s for s in SCENARIOS]
    weights = [s[3] * (amb_mult if s[2] else 1.0) for s in SCENARIOS]
    out = [rng.choices(names, weights)[0] for _ in range(n)]
    # make sure every scenario appears at least once
    for i, s in enumerate(SCENARIOS):
        if s not in out:
            out[rng.randrange(n)] = s
    return out


def mess_case(rng, name, p=0.12):
    r = rng.random()
    if r < p:
        return name.upper()
    if r < p + 0.06:
        return name + " "
    return name


def make_docs(C, rng, n_docs, max_lines=4, amb_mult=1.0):
    """Build documents (invoices) with a buyer, lines and the key. C is a country dict."""
    docs = []
    for sc, label, amb, _ in pick_scenarios(rng, n_docs, amb_mult):
        d = dict(label=label, ambiguous=amb, country=C["iso"], comment="", email="", taxid="",
                 first="", last="", name="", entity="", kind="", lines=[], pay="")
        fn, ln = rng.choice(C["first_names"]), rng.choice(C["last_names"])
        female = fn in C.get("female", set())

        def lines_from(pool, kmax=max_lines, qmul=1):
            k = rng.randint(1, kmax)
            items = rng.sample(pool, min(k, len(pool)))
            return [(p, max(1, rng.randint(q[0], q[1]) * qmul), u, pr) for p, pr, u, q in items]

        if sc in ("company", "company_household"):
            name, dom = rng.choice(C["companies"])
            d.update(entity="company", name=mess_case(rng, name), taxid=C["company_id"](rng),
                     email=rng.choice(["biuro", "office", "faktury", "accounting", "info"]) and C["role_mail"](rng) + "@" + dom,
                     kind="company", pay=C["pay"]["transfer"])
            if sc == "company":
                d["lines"] = lines_from(C["biz_products"] + C["b2b_only"])
                if rng.random() < 0.35:
                    d["comment"] = rng.choice(C["biz_comments"])
                if rng.random() < 0.1:
                    d["pay"] = C["pay"]["card"]
            else:
                p, pr, u, q = rng.choice(C["household"])
                d["lines"] = [(p, 1, u, pr)]
                d["kind"] = "company_household_item"
        elif sc in ("state_owned_plain", "state_owned_procurement"):
            name, dom, proc = rng.choice(C["state_owned"])
            d.update(entity="company", name=name, taxid=C["company_id"](rng), email=C["role_mail"](rng) + "@" + dom,
                     kind="state_owned_company", pay=C["pay"]["transfer"],
                     lines=lines_from(C["biz_products"] + C["b2b_only"]))
            if sc == "state_owned_procurement":
                d["comment"] = proc.format(n=rng.randint(10, 999), y=rng.choice([2025, 2026]))
                d["kind"] = "state_owned_company_procurement"
        elif sc == "nonprofit":
            name, dom, kind = rng.choice(C["nonprofits"])
            d.update(entity="company", name=name, taxid=C["company_id"](rng), email=C["role_mail"](rng) + "@" + dom,
                     kind=kind, pay=C["pay"]["transfer"], lines=lines_from(C["biz_products"]))
        elif sc in ("sole_trader", "sole_trader_card_household"):
            trade = rng.choice(C["sole_patterns"]).format(fn=fn, ln=ln, LN=ln.upper())
            d.update(entity="sole", name=mess_case(rng, trade), first=fn, last=ln, taxid=C["sole_id"](rng, female),
                     kind="sole_trader")
            if sc == "sole_trader":
                d["lines"] = lines_from(C["biz_products"], 3)
                d["pay"] = C["pay"]["transfer"]
                d["email"] = rng.choice([C["person_mail"](rng, fn, ln), C["sole_mail"](fn, ln)])
                if rng.random() < 0.3:
                    d["comment"] = rng.choice(C["biz_comments"])
            else:
                p, pr, u, q = rng.choice(C["household"])
                d["lines"] = [(p, 1, u, pr)]
                d["pay"] = C["pay"]["card"]
                d["email"] = C["person_mail"](rng, fn, ln)
                d["kind"] = "sole_trader_personal_card"
        elif sc in ("gov", "gov_household"):
            name, kind, dom, gid = rng.choice(C["gov"])
            d.update(entity="gov", name=mess_case(rng, name, 0.08), taxid=gid, kind=kind,
                     email=rng.choice(C["gov_mailboxes"]) + "@" + dom, pay=C["pay"]["transfer"])
            if sc == "gov":
                d["lines"] = lines_from(C["biz_products"] + C["b2b_only"])
                if rng.random() < 0.5:
                    d["comment"] = rng.choice(C["gov_comments"]).format(n=rng.randint(1, 250), y=rng.choice([2025, 2026]))
            else:
                p, pr, u, q = rng.choice(C["household"])
                d["lines"] = [(p, 1, u, pr)]
        elif sc == "intl_org":
            name, dom = rng.choice(C["intl"])
            d.update(entity="intl", name=name, email=C["role_mail"](rng) + "@" + dom, kind="international_org",
                     pay=C["pay"]["transfer"], lines=lines_from(C["biz_products"]))
        elif sc in ("person", "person_sparse", "person_gov_email", "person_resale", "person_bulk"):
            d.update(entity="person", first=fn, last=ln, kind="private_person")
            style = rng.random()
            if style < 0.6:
                d["name"] = f"{fn} {ln}"
            elif style < 0.8:
                d["name"] = f"{ln}, {fn}"
            else:
                d["name"] = f"{ln.upper()} {fn}"
            if sc == "person":
                d["lines"] = lines_from(C["household"], 2)
                d["email"] = C["person_mail"](rng, fn, ln) if rng.random() < 0.85 else ""
                d["pay"] = rng.choice([C["pay"]["card"], C["pay"]["cash"], C["pay"]["online"], C["pay"]["transfer"]])
                d["taxid"] = C["person_id"](rng, fn, ln, female) if rng.random() < 0.3 else ""
                if rng.random() < 0.25:
                    d["comment"] = rng.choice(C["home_comments"])
            elif sc == "person_sparse":
                p, pr, u, q = rng.choice(C["household"])
                d["lines"] = [(p, 1, u, pr)]
                d["kind"] = "private_person_sparse"
            elif sc == "person_gov_email":
                p, pr, u, q = rng.choice(C["household"])
                d["lines"] = [(p, 1, u, pr)]
                gname, gk, gdom, _ = rng.choice(C["gov"])
                d["email"] = f"{C['ascii'](fn).lower()}.{C['ascii'](ln).lower()}@{gdom}"
                d["pay"] = C["pay"]["card"]
                d["comment"] = rng.choice(C["home_comments"])
                d["kind"] = "private_person_gov_email"
            elif sc == "person_resale":
                d["lines"] = lines_from(C["household"], 2, qmul=rng.randint(5, 12))
                d["email"] = C["person_mail"](rng, fn, ln)
                d["pay"] = C["pay"]["transfer"]
                d["comment"] = rng.choice(C["resale_comments"])
                d["kind"] = "private_person_resale"
            else:
                p, pr, u, q = rng.choice(C["phones"])
                d["lines"] = [(p, rng.choice([30, 40, 50]), u, pr)]
                d["email"] = C["person_mail"](rng, fn, ln)
                d["pay"] = C["pay"]["transfer"]
                d["kind"] = "private_person_bulk"
        elif sc == "anonymous":
            d.update(entity="anon", name=C["anon_name"], kind="anonymous_retail", pay=rng.choice([C["pay"]["cash"], C["pay"]["card"]]),
                     lines=lines_from(C["household"], 2))
        elif sc == "thin_b2b_product":
            p, pr, u, q = rng.choice(C["b2b_only"])
            d.update(entity="none", kind="product_only", lines=[(p, rng.randint(q[0], q[1]), u, pr)])
        elif sc == "thin_household":
            p, pr, u, q = rng.choice(C["household"])
            d.update(entity="none", kind="product_only", lines=[(p, 1, u, pr)])
        docs.append(d)
    return docs


def fmt_dec(x, comma=True, nd=2):
    s = f"{x:.{nd}f}"
    return s.replace(".", ",") if comma else s


def save_xlsx_fixed(wb, path):
    """Save an openpyxl workbook so that reruns give byte-identical files (fixed document dates and zip times)."""
    import io, re, zipfile, datetime as _dt
    fixed = _dt.datetime(2026, 6, 1, 9, 0, 0)
    wb.properties.creator = "openpyxl"
    wb.properties.created = fixed
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-06-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
