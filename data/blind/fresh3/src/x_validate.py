"""Validate the x_ layouts: load like a user, check key headers, label rows, one label per order."""
import json, os
import pandas as pd
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = os.path.join(BASE, "layouts"); K = os.path.join(BASE, "key")
SETS = {
    "x_us_bigcommerce_orders": (lambda p: pd.read_csv(p + ".csv", dtype=str), "Order ID"),
    "x_gb_kashflow_invoices": (lambda p: pd.read_csv(p + ".csv", dtype=str, encoding="utf-8-sig"), "Invoice Number"),
    "x_no_fiken_salg": (lambda p: pd.read_excel(p + ".xlsx", dtype=str), "Fakturanr"),
    "x_fi_netvisor_myyntilaskut": (lambda p: pd.read_csv(p + ".csv", sep=";", encoding="cp1252", dtype=str), "Laskunumero"),
}
ok = True
for lid, (load, oid) in SETS.items():
    df = load(os.path.join(L, lid))
    key = json.load(open(os.path.join(K, lid + ".json"), encoding="utf-8"))
    lab = pd.read_csv(os.path.join(K, lid + ".labels.csv"), dtype={"ambiguous": str})
    errs = []
    for f, h in key["fields"].items():
        if h is not None and h not in df.columns: errs.append(f"missing {f}:{h}")
    for f, hs in key.get("also_ok", {}).items():
        for h in hs:
            if h not in df.columns: errs.append(f"missing also_ok {h}")
    if len(lab) != len(df): errs.append(f"labels {len(lab)} != rows {len(df)}")
    if list(lab["row"]) != list(range(len(df))): errs.append("row index mismatch")
    if not set(lab["label"]) <= {"B2B", "B2C", "B2G"}: errs.append("bad label")
    if not set(lab["ambiguous"]) <= {"true", "false"}: errs.append("bad ambiguous")
    m = pd.concat([df[oid].reset_index(drop=True), lab[["label", "ambiguous"]]], axis=1)
    g = m.groupby(oid).nunique()
    if (g > 1).any().any(): errs.append("order with several labels/flags")
    if not 150 <= len(df) <= 400: errs.append("row count")
    amb = (lab["ambiguous"] == "true").mean()
    print(lid, len(df), "rows,", df[oid].nunique(), "orders,", dict(lab["label"].value_counts()), f"amb={amb:.1%}", errs or "OK")
    ok &= not errs
print("ALL OK" if ok else "ERRORS")
