import json, os, pandas as pd
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = {"t_us_zoho_books_invoices": ("csv", dict(), "Invoice Number"),
     "t_ca_lightspeed_rseries_sales_lines": ("csv", dict(), "Sale ID"),
     "t_gb_freeagent_invoices": ("csv", dict(), "Reference"),
     "t_ie_sage_accounting_sales_invoices": ("csv", dict(encoding="utf-8-sig"), "Invoice Number")}
for lid, (ext, kw, okey) in L.items():
    df = pd.read_csv(os.path.join(SET, "layouts", f"{lid}.{ext}"), dtype=str, keep_default_na=False, **kw)
    key = json.load(open(os.path.join(SET, "key", f"{lid}.json")))
    lab = pd.read_csv(os.path.join(SET, "key", f"{lid}.labels.csv"))
    for f, h in key["fields"].items():
        assert h is None or h in df.columns, (lid, f, h)
    for f, hs in key.get("also_ok", {}).items():
        for h in hs: assert h in df.columns, (lid, f, h)
    assert set(key["fields"]) == {"buyer","product","quantity","amount","tax_id","email","payment","comment"}
    assert len(lab) == len(df) and list(lab.row) == list(range(len(df))), lid
    assert lab.label.isin(["B2B","B2C","B2G"]).all()
    m = df[okey].reset_index(drop=True)
    g = lab.groupby(m)[["label","ambiguous"]].nunique()
    assert (g.max() == 1).all(), (lid, g[g.max(axis=1) > 1])
    print(lid, len(df), "rows", m.nunique(), "orders", dict(lab.label.value_counts()), "amb", int(lab.ambiguous.sum()), f"{lab.ambiguous.mean():.0%}")
    print("   kinds:", dict(lab.kind.value_counts()))
