import pandas as pd, json, os
from a_common import LAY, KEY
def load(lid):
    p = [f for f in os.listdir(LAY) if f.startswith(lid + ".")][0]
    fp = os.path.join(LAY, p)
    if lid.startswith("a_ch") or lid.startswith("a_be"):
        df = pd.read_excel(fp, dtype=str)
    elif lid == "a_gb_qbo_sales_by_customer_detail":
        df = pd.read_csv(fp, skiprows=4, dtype=str, keep_default_na=False)
        df = df[df["Date"].str.match(r"\d\d/\d\d/\d{4}")]
    elif lid == "a_us_ebay_orders_report":
        df = pd.read_csv(fp, dtype=str, keep_default_na=False)
        df = df[df["Order Number"] != ""]
    elif lid in ("a_pt_moloni_extrato_vendas", "a_no_tripletex_fakturaer"):
        df = pd.read_csv(fp, sep=";", dtype=str, encoding="utf-8-sig", keep_default_na=False)
    else:
        df = pd.read_csv(fp, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    return df.reset_index(drop=True)
ORD = {"a_ch_sapb1_ar_rechnungen": "Belegnummer", "a_be_odoo_factures": "Numéro", "a_us_netsuite_salesorders": "Document Number",
       "a_au_xero_sales_invoices": "*InvoiceNumber", "a_pt_moloni_extrato_vendas": "Documento", "a_gb_qbo_sales_by_customer_detail": "No.",
       "a_no_tripletex_fakturaer": "INVOICE NO", "a_us_ebay_orders_report": "Order Number"}
tot = {"B2B": 0, "B2C": 0, "B2G": 0, "amb": 0, "rows": 0}
for lid, oc in ORD.items():
    df = load(lid); k = json.load(open(f"{KEY}/{lid}.json")); lab = pd.read_csv(f"{KEY}/{lid}.labels.csv")
    for f, h in k["fields"].items():
        assert h is None or h in df.columns, (lid, f, h)
    for f, hs in k.get("also_ok", {}).items():
        for h in hs: assert h in df.columns, (lid, h)
    assert len(df) == len(lab), (lid, len(df), len(lab))
    assert list(lab.row) == list(range(len(lab)))
    o = df[oc].replace("", None)
    if lid == "a_be_odoo_factures": o = o.ffill()
    if lid == "a_gb_qbo_sales_by_customer_detail": o = df["Transaction type"] + df["No."]
    g = pd.DataFrame({"o": o, "l": lab.label, "a": lab.ambiguous}).groupby("o").nunique()
    assert (g.l == 1).all() and (g.a == 1).all(), lid
    vc = lab.label.value_counts().to_dict(); na = int(lab.ambiguous.sum())
    print(f"{lid:40s} rows={len(df):4d} orders={o.nunique():4d} {vc} amb={na} ({100*na/len(df):.0f}%)")
    for x in ("B2B", "B2C", "B2G"): tot[x] += vc.get(x, 0)
    tot["amb"] += na; tot["rows"] += len(df)
print(tot)
