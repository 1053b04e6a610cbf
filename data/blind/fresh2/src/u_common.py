"""Shared helpers for the u_ layouts (seeded)."""
import random, re, unicodedata

def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(gmbh|ag|kg|co|e\.?k|gbr|ug|og|e\.?u|bv|nv|srl|sa|sas|sarl|eurl|vzw|asbl|bvba|sprl|haftungsbeschrankt|mbh)\b", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    t = [w for w in s.split("-") if len(w) > 2]
    return "-".join(t[:2]) or "firma"

def money(x, dec=",", th="."):
    s = f"{x:,.2f}"
    return s.replace(",", "#").replace(".", dec).replace("#", th)

def pick(rng, seq):
    return seq[rng.randrange(len(seq))]

# kinds: (kind, label, ambiguous, weight, pool-key, product-mode)
# product-mode: biz = business goods, hh = household goods, mix
KINDS = [
    ("municipality", "B2G", False, 7, "muni", "biz"),
    ("county_or_district", "B2G", False, 3, "county", "biz"),
    ("state_regional_authority", "B2G", False, 4, "state", "biz"),
    ("federal_agency_or_ministry", "B2G", False, 4, "federal", "biz"),
    ("public_university", "B2G", False, 4, "univ", "biz"),
    ("public_hospital", "B2G", False, 3, "hosp", "biz"),
    ("police", "B2G", False, 2, "police", "biz"),
    ("armed_forces_unit", "B2G", False, 2, "army", "biz"),
    ("public_school", "B2G", False, 2, "school", "biz"),
    ("embassy", "B2G", False, 1, "embassy", "biz"),
    ("company_with_legal_form", "B2B", False, 14, "co_form", "biz"),
    ("company_no_legal_form", "B2B", False, 7, "co_noform", "biz"),
    ("sole_trader_trade_name", "B2B", False, 5, "sole", "biz"),
    ("non_profit_association", "B2B", False, 4, "npo", "biz"),
    ("church_parish", "B2B", False, 2, "church", "biz"),
    ("private_university_or_hospital", "B2B", False, 2, "privinst", "biz"),
    ("state_owned_company", "B2B", False, 2, "soe", "biz"),
    ("company_freemail", "B2B", False, 2, "co_noform", "biz"),
    ("private_person", "B2C", False, 24, "person", "hh"),
    ("anonymous_retail", "B2C", False, 2, "anon", "hh"),
    # ambiguous
    ("company_household_item", "B2B", True, 3, "co_form", "hh1"),
    ("private_person_bulk_identical", "B2C", True, 2, "person", "bulk"),
    ("person_states_business_use", "B2B", True, 2, "person", "biz"),
    ("person_with_gov_email", "B2C", True, 2, "person", "hh"),
    ("sole_trader_personal_purchase", "B2B", True, 2, "sole", "hh1"),
    ("international_org", "B2B", True, 2, "intl", "biz"),
    ("state_owned_company_procurement", "B2B", True, 2, "soe", "biz"),
    ("person_pays_company_invoice", "B2B", True, 1, "person", "biz"),
    ("public_school_household_item", "B2G", True, 1, "school", "hh1"),
    ("product_only_no_buyer", "B2B", True, 1, "none", "biz"),
]

def choose_kind(rng):
    tot = sum(k[3] for k in KINDS)
    r = rng.uniform(0, tot)
    for k in KINDS:
        r -= k[3]
        if r <= 0:
            return k
    return KINDS[-1]

def make_lines(rng, mode, P):
    """P: dict with 'biz' and 'hh' lists of (name, sku, price)."""
    if mode == "hh1":
        p = pick(rng, P["hh"]); return [(p, 1)]
    if mode == "bulk":
        p = pick(rng, P["hh"]); return [(p, rng.choice([20, 25, 30, 40, 50]))]
    if mode == "hh":
        n = rng.choice([1, 1, 1, 2])
        return [(p, rng.choice([1, 1, 1, 2])) for p in rng.sample(P["hh"], n)]
    n = rng.choice([1, 1, 2, 2, 3, 4])
    return [(p, rng.choice([1, 1, 2, 3, 5, 10, 12, 20]) if p[2] < 400 else rng.choice([1, 1, 2, 3, 4])) for p in rng.sample(P["biz"], n)]
