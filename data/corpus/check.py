#!/usr/bin/env python3
"""Check the generated corpus: row counts, label/case/ambiguity shares, and that
the names, products and phrasings of the test part never occur in the train
file (and the other way round).

    python data/corpus/check.py [--data-dir data] [--markdown]

Exit status 1 when a check fails.
"""

import argparse
import csv
import os
import re
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as g  # noqa: E402


def load(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def pools(v):
    """Split vocabulary pools: name -> (entries as (split key, [written forms]), columns to search, match mode).

    mode "word": the form occurs as whole words anywhere in the cell; "cell": the cell is the phrasing itself
    (placeholders match anything, case and end punctuation ignored); "street": the street name with a street type."""
    names = ("buyer", "contact")
    one = lambda xs: [(x, [x]) for x in xs]  # noqa: E731
    return {
        "company stems (ru)": (one(v.stems["ru"]), names, "word"),
        "company stems (en)": (one(v.stems["en"]), names, "word"),
        "surnames (ru)": ([(r["male"], [r["male"], r["female"]]) for r in v.surnames_ru], names, "word"),
        "first names (ru)": (one(r["name"] for r in v.first_ru), names, "word"),
        "patronymics (ru)": ([(r["male"], [r["male"], r["female"]]) for r in v.patronymics], names, "word"),
        "first names (en)": (one(r["name"] for r in v.first_en), names, "word"),
        "surnames (en)": (one(v.last_en), names, "word"),
        "products (ru)": (one(r["name"] for r in v.products["ru"]), ("product",), "word"),
        "products (en)": (one(r["name"] for r in v.products["en"]), ("product",), "word"),
        "brands": (one(r["brand"] for r in v.brands), ("product",), "word"),
        "state-owned companies": ([(g.jsc_key(x), [x]) for x in v.state_jsc], ("buyer",), "word"),
        "kindergarten names": (one(v.kids), ("buyer",), "word"),
        "comments (ru)": (one(r["text"] for r in v.comments["ru"]), ("comment",), "cell"),
        "comments (en)": (one(r["text"] for r in v.comments["en"]), ("comment",), "cell"),
        "streets (ru)": (one(r["name"] for r in v.streets_ru), ("address",), "street"),
        "streets (en)": (one(v.streets_en), ("address",), "word"),
        "cities (ru)": (one(r["city"] for r in v.cities_ru), ("address",), "word"),
        "cities (en)": (one(r["city"] for r in v.cities_en), ("address",), "word"),
        "given names (intl)": (one(r["name"] for r in v.intl.given), names, "word"),
        "surnames (intl)": ([(r["male"], [r["male"]] + ([r["female"]] if r["female"] else []))
                             for r in v.intl.surnames], names, "word"),
        "patronymics (intl)": ([(r["male"], [r["male"], r["female"]]) for r in v.intl.patronymics], names, "word"),
        "places (intl)": (one(r["city"] for r in v.intl.places), ("address",), "word"),
        "streets (intl)": (one(r["name"] for r in v.intl.streets), ("address",), "word"),
        "companies (intl)": (one(r["name"] for r in v.intl.companies), ("buyer",), "word"),
        "named buyers (intl)": ([(r["name"], [r["name"]]) for r in v.intl.special if "{" not in r["name"]],
                                ("buyer", "payment", "comment"), "word"),
    }


def pattern_for(forms, mode):
    alts = []
    for form in forms:
        parts = re.split(r"\{\w+\}", form)
        alts.append(r".+?".join(re.escape(p) for p in parts))
    alts.sort(key=len, reverse=True)
    alt = "|".join(alts)
    if mode == "cell":
        return re.compile(r"^\s*(?:%s)\s*[.!]*\s*$" % alt, re.IGNORECASE)
    if mode == "street":
        return re.compile(r"(?:(?:ул\.|улица|пр-т|проспект|пер\.|б-р)\s*(?:%s)(?!\w)|(?<!\w)(?:%s)\s+(?:ул\.|улица))"
                          % (alt, alt), re.IGNORECASE)
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % alt, re.IGNORECASE)


def leak_check(v, train, test):
    problems = []
    report = []
    for name, (entries, cols, mode) in pools(v).items():
        sides = defaultdict(list)
        for key, forms in entries:
            if key.startswith("*"):
                continue
            sides[g.side_of(key)].extend(forms)
        for own, other_rows, other_name in (("test", train, "train.csv"), ("train", test, "test.csv")):
            if not sides[own]:
                continue
            rx = pattern_for(sides[own], mode)
            hits = Counter()
            for row in other_rows:
                for c in cols:
                    for m in rx.finditer(row[c]):
                        hits[m.group(0).lower().strip()] += 1
            n_hit = sum(hits.values())
            report.append((name, own, len(sides[own]), other_name, n_hit, hits.most_common(5)))
            if n_hit:
                problems.append((name, own, other_name, hits.most_common(10)))
    return report, problems


def summary(rows):
    n = len(rows)
    labels = Counter(r["label"] for r in rows)
    cases = Counter((r["case"], r["label"], r["ambiguous"]) for r in rows)
    amb = sum(r["ambiguous"] == "true" for r in rows)
    ru = sum(1 for r in rows if re.search("[А-Яа-яЁё]", r["product"]))
    orders = len(set(r["order_id"] for r in rows))
    return n, orders, labels, cases, amb, ru


def consistency(rows):
    """One order, one label; order-level fields equal on every line."""
    errs = []
    by = defaultdict(list)
    for r in rows:
        by[r["order_id"]].append(r)
    for oid, lines in by.items():
        first = lines[0]
        for r in lines[1:]:
            for f in g.ORDER_FIELDS + ["label", "ambiguous", "case"]:
                if r[f] != first[f]:
                    errs.append((oid, f))
    for r in rows:
        if r["label"] not in ("B2B", "B2C", "B2G") or r["ambiguous"] not in ("true", "false"):
            errs.append((r["order_id"], "label/ambiguous value"))
        try:
            q = int(r["quantity"])
            if abs(q * float(r["unit_price"]) - float(r["amount"])) > 0.011:
                errs.append((r["order_id"], "amount"))
        except ValueError:
            errs.append((r["order_id"], "number format"))
    return errs


LEGACY_CASES = set(name for name, _, _, _ in g.SCENARIOS) | {"product_only_business", "product_only_consumer"}


def inn_stats(rows):
    ok = bad = 0
    for r in rows:
        if not re.search("[А-Яа-яЁё]", r["product"]) or r["case"] not in LEGACY_CASES:
            continue  # Russian records only (foreign VAT numbers, БИН, РНОКПП can have 10 or 12 digits too)
        for m in re.finditer(r"(?<!\d)(\d{10}|\d{12})(?!\d)", r["tax_id"] + " " + r["buyer"]):
            d = m.group(1)
            if len(d) == 10:
                good = g._check(d[:9], g.INN10_W) == int(d[9])
            else:
                good = (g._check(d[:10], g.INN12_W1) == int(d[10]) and g._check(d[:11], g.INN12_W2) == int(d[11]))
            ok += good
            bad += not good
    return ok, bad


def id_stats(rows):
    """Check digits of the tax numbers of the countries added later, where their label or prefix says which
    number it is. About 3% are broken on purpose."""
    ok = bad = 0
    for r in rows:
        text = r["tax_id"] + " " + r["buyer"]
        for rx, kind in g.ID_PATTERNS:
            for m in rx.finditer(text):
                good = g.id_is_valid(kind, m.group(1))
                ok += good
                bad += not good
    return ok, bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", default="data")
    ap.add_argument("--markdown", action="store_true", help="print the count tables as Markdown")
    args = ap.parse_args()
    train = load(os.path.join(args.data_dir, "train.csv"))
    test = load(os.path.join(args.data_dir, "test.csv"))
    failed = False

    for name, rows in (("train.csv", train), ("test.csv", test)):
        with open(os.path.join(args.data_dir, name), encoding="utf-8") as fh:
            header = fh.readline().rstrip("\n").split(",")
        if header != g.COLUMNS:
            print("FAIL %s: columns %s" % (name, header))
            failed = True
        errs = consistency(rows)
        if errs:
            print("FAIL %s: %d consistency errors, e.g. %s" % (name, len(errs), errs[:5]))
            failed = True
        ok, bad = inn_stats(rows)
        print("%s: INN-like numbers with a valid checksum %d, broken %d (%.1f%%)"
              % (name, ok, bad, 100.0 * bad / max(1, ok + bad)))
        ok, bad = id_stats(rows)
        print("%s: other tax numbers (БИН/ИИН, УНП, ЄДРПОУ, РНОКПП, EU VAT, GB VAT, ABN ...) valid %d, broken %d (%.1f%%)"
              % (name, ok, bad, 100.0 * bad / max(1, ok + bad)))
        if ok < 100 or bad > 0.08 * (ok + bad):
            print("FAIL %s: too few tax numbers or too many broken ones" % name)
            failed = True
    ids_train = set(r["order_id"] for r in train)
    if ids_train & set(r["order_id"] for r in test):
        print("FAIL: order ids shared by train and test")
        failed = True

    stats = {name: summary(rows) for name, rows in (("train", train), ("test", test))}
    for name, (n, orders, labels, cases, amb, ru) in stats.items():
        print("%s: %d rows, %d orders; %s; ambiguous %.1f%%; Russian %.1f%%" % (
            name, n, orders, ", ".join("%s %d (%.1f%%)" % (k, labels[k], 100.0 * labels[k] / n)
                                       for k in ("B2B", "B2C", "B2G")), 100.0 * amb / n, 100.0 * ru / n))
    if args.markdown:
        print()
        print("| case | label | ambiguous | train rows | train % | test rows | test % |")
        print("|---|---|---|---:|---:|---:|---:|")
        keys = sorted(set(stats["train"][3]) | set(stats["test"][3]), key=lambda k: (k[1], k[2], k[0]))
        for k in keys:
            a, b = stats["train"][3].get(k, 0), stats["test"][3].get(k, 0)
            print("| %s | %s | %s | %d | %.1f | %d | %.1f |" % (k[0], k[1], k[2], a, 100.0 * a / stats["train"][0],
                                                               b, 100.0 * b / stats["test"][0]))
        print()

    v = g.Vocab()
    report, problems = leak_check(v, train, test)
    print()
    print("vocabulary split: entries of one part found in the other file (whole words, any case)")
    for name, own, n_entries, other, n_hit, top in report:
        print("  %-24s %-5s part (%3d entries) in %-9s: %d%s" % (name, own, n_entries, other, n_hit,
                                                                  (" " + str(top)) if n_hit else ""))
    if problems:
        print("FAIL: %d pools leak" % len(problems))
        failed = True
    else:
        print("no leaks")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
