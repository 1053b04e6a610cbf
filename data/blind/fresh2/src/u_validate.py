"""Load each u_ layout as a user would and check the key against it."""
import json, os, pandas as pd
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOAD = {
 "u_de_billomat_rechnungen": lambda p: pd.read_csv(p + ".csv", sep=";", encoding="utf-8", dtype=str),
 "u_at_bmd_op_liste": lambda p: pd.read_csv(p + ".csv", sep=";", encoding="cp1252", skiprows=2, skipfooter=1, engine="python", dtype=str),
 "u_be_teamleader_facturen": lambda p: pd.read_excel(p + ".xlsx", dtype=str),
 "u_fr_sellsy_factures": lambda p: pd.read_csv(p + ".csv", sep=";", encoding="utf-8-sig", dtype=str),
}
ORDER = {"u_de_billomat_rechnungen": "Rechnungsnummer", "u_at_bmd_op_liste": "Belegnummer", "u_be_teamleader_facturen": "Factuurnummer", "u_fr_sellsy_factures": "Numéro"}
ok = True
for i, f in LOAD.items():
    df = f(os.path.join(ROOT, "layouts", i))
    k = json.load(open(os.path.join(ROOT, "key", i + ".json"), encoding="utf-8"))
    lab = pd.read_csv(os.path.join(ROOT, "key", i + ".labels.csv"))
    errs = []
    assert set(k["fields"]) == {"buyer", "product", "quantity", "amount", "tax_id", "email", "payment", "comment"}
    for fld, h in k["fields"].items():
        if h is not None and h not in df.columns: errs.append(f"missing {fld}:{h}")
    for fld, hs in k.get("also_ok", {}).items():
        for h in hs:
            if h not in df.columns: errs.append(f"missing also_ok {h}")
    if len(lab) != len(df) or list(lab.row) != list(range(len(df))): errs.append(f"rows {len(lab)} vs {len(df)}")
    if not set(lab.label) <= {"B2B", "B2C", "B2G"}: errs.append("bad label")
    m = pd.concat([df[ORDER[i]], lab[["label", "ambiguous"]]], axis=1)
    bad = m.groupby(ORDER[i])[["label", "ambiguous"]].nunique().max()
    if bad.max() > 1: errs.append("order with several labels")
    if df[ORDER[i]].isna().any(): errs.append("record without order id")
    if any(c.lower() in ("segment", "customer type", "kundentyp", "b2b") for c in df.columns): errs.append("answer column")
    print(i, len(df), "rows", df.shape[1], "cols", dict(lab.label.value_counts()), "amb", int(lab.ambiguous.sum()), f"{lab.ambiguous.mean():.0%}", "OK" if not errs else errs)
    ok &= not errs
print("ALL OK" if ok else "ERRORS")
