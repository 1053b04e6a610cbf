"""Checks for the h_* layouts: keys' headers exist, one label line per record."""
import json
import pandas as pd
from h_common import LAYOUTS, KEY

def load(lid):
    k = json.load(open(KEY / f"{lid}.json", encoding="utf-8"))
    lab = pd.read_csv(KEY / f"{lid}.labels.csv")
    return k, lab

checks = {}
# Salesforce
lid = "h_us_salesforce_opportunities"
df = pd.read_csv(LAYOUTS / f"{lid}.csv", dtype=str, keep_default_na=False)
rec = df[df["Opportunity Name"] != ""]
checks[lid] = (df.columns, len(rec))
# QuickBooks
lid = "h_ca_quickbooks_sales_by_customer_detail"
df = pd.read_csv(LAYOUTS / f"{lid}.csv", encoding="cp1252", dtype=str, keep_default_na=False)
rec = df[(df["Unnamed: 0"] == "") & (df["Type"] != "")]
checks[lid] = (list(df.columns), len(rec))
# Bokio
lid = "h_se_bokio_kundfakturor"
df = pd.read_excel(LAYOUTS / f"{lid}.xlsx")
checks[lid] = (df.columns, len(df))
# Dinero
lid = "h_dk_dinero_fakturaer"
df = pd.read_csv(LAYOUTS / f"{lid}.csv", sep=";", decimal=",", thousands=".", dtype=str)
checks[lid] = (df.columns, len(df))

for lid, (cols, n) in checks.items():
    k, lab = load(lid)
    cols = set(cols)
    for f, h in k["fields"].items():
        assert h is None or h in cols, (lid, f, h)
    for f, hs in k["also_ok"].items():
        for h in hs:
            assert h in cols, (lid, f, h)
    assert len(lab) == n and list(lab["row"]) == list(range(n)), (lid, len(lab), n)
    amb = lab["ambiguous"].sum()
    print(f"{lid}: records={n} labels={dict(lab['label'].value_counts())} ambiguous={amb} ({amb/n:.1%})")
