import json, pandas as pd, os, sys
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = {
 "de_sevdesk_rechnungsausgang": (lambda p: pd.read_csv(p, sep=";", encoding="cp1252", dtype=str), "Rechnungsnummer"),
 "it_registro_vendite_fatturapa": (lambda p: pd.read_csv(p, sep=";", encoding="utf-8-sig", dtype=str), "Numero"),
 "fr_sage100_ventes": (lambda p: pd.read_csv(p, sep=";", encoding="cp1252", dtype=str), "N° pièce"),
 "es_holded_facturas": (lambda p: pd.read_excel(p, dtype=str), "Num factura"),
 "us_qbo_sales_by_customer_detail": (lambda p: (lambda d: d[d["Date"].notna()].reset_index(drop=True))(pd.read_excel(p, header=4, dtype=str)), "Num"),
 "gb_xero_sales_invoices": (lambda p: pd.read_csv(p, dtype=str), "InvoiceNumber"),
 "us_amazon_order_report": (lambda p: pd.read_csv(p, sep="\t", dtype=str), "order-id"),
 "pl_subiekt_gt_sprzedaz": (lambda p: pd.read_csv(p, sep=";", encoding="cp1250", dtype=str), "Numer"),
}
tot = {"B2B": 0, "B2C": 0, "B2G": 0, "amb": 0, "n": 0}
for lid, (rd, oc) in L.items():
    f = [x for x in os.listdir(os.path.join(B, "layouts")) if x.startswith(lid + ".")][0]
    df = rd(os.path.join(B, "layouts", f))
    meta = json.load(open(os.path.join(B, "key", lid + ".json")))
    lab = pd.read_csv(os.path.join(B, "key", lid + ".labels.csv"))
    assert len(df) == len(lab), (lid, len(df), len(lab))
    assert list(lab.row) == list(range(len(df)))
    for k, h in meta["fields"].items():
        assert h is None or h in df.columns, (lid, k, h)
    for k, hs in meta.get("also_ok", {}).items():
        for h in hs: assert h in df.columns, (lid, k, h)
    g = pd.concat([df[oc], lab[["label", "ambiguous"]]], axis=1).groupby(oc).nunique()
    assert (g.max() <= 1).all(), (lid, g[g.label > 1])
    vc = lab.label.value_counts().to_dict(); na = int(lab.ambiguous.sum())
    print(f"{lid:35s} {f:40s} rows={len(df):4d} {vc} amb={na} ({na/len(df):.0%})")
    for k in ("B2B", "B2C", "B2G"): tot[k] += vc.get(k, 0)
    tot["amb"] += na; tot["n"] += len(df)
print(tot)
