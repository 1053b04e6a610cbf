import json, os, pandas as pd
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = {
 "q_us_shopify_orders": (lambda p: pd.read_csv(p, dtype=str), ".csv", "Name"),
 "q_ca_square_item_sales": (lambda p: pd.read_csv(p, dtype=str), ".csv", "Transaction ID"),
 "q_uk_sage50_invoice_list": (lambda p: pd.read_csv(p, dtype=str, encoding="cp1252"), ".csv", "INVOICE_NUMBER"),
 "q_au_myob_item_sales": (lambda p: pd.read_csv(p, sep="\t", dtype=str, encoding="cp1252"), ".txt", "Invoice No."),
}
ok = True
for lid, (rd, ext, okey) in L.items():
    df = rd(os.path.join(SET, "layouts", lid + ext))
    key = json.load(open(os.path.join(SET, "key", lid + ".json")))
    lab = pd.read_csv(os.path.join(SET, "key", lid + ".labels.csv"))
    errs = []
    for f, h in key["fields"].items():
        if h is not None and h not in df.columns: errs.append(f"missing {f}:{h}")
    for f, hs in key.get("also_ok", {}).items():
        for h in hs:
            if h not in df.columns: errs.append(f"missing also_ok {f}:{h}")
    if len(df) != len(lab): errs.append(f"rows {len(df)} != labels {len(lab)}")
    if list(lab.row) != list(range(len(lab))): errs.append("row index")
    m = df[[okey]].copy(); m["label"] = lab.label.values; m["amb"] = lab.ambiguous.values
    g = m.groupby(okey).agg(n=("label", "nunique"), a=("amb", "nunique"))
    if (g.n > 1).any() or (g.a > 1).any(): errs.append("order with mixed labels")
    for bad in ["segment", "customer type", "b2b", "b2c", "b2g"]:
        if any(bad == c.lower() for c in df.columns): errs.append("answer column " + bad)
    print(lid, len(df), "rows", df[okey].nunique(), "orders", dict(lab.label.value_counts()), "amb", int(lab.ambiguous.sum()), "ERR" if errs else "OK", errs)
    ok &= not errs
print("ALL OK" if ok else "FAIL")
