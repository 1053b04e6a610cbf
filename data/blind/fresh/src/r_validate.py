"""Load every r_ layout the way a user would and check it against its key."""
import json
import os
import sys

import pandas as pd

from r_common import KEY, LAYOUTS

FIELDS = ["buyer", "product", "quantity", "amount", "tax_id", "email", "payment", "comment"]


def load(lid):
    if lid == "r_ru_amocrm_leads":
        return pd.read_excel(f"{LAYOUTS}/{lid}.xlsx", dtype=str), "ID"
    if lid == "r_kz_kaspi_orders":
        return pd.read_excel(f"{LAYOUTS}/{lid}.xlsx", dtype=str), "№ заказа"
    if lid == "r_ru_1c_kniga_prodazh":
        df = pd.read_csv(f"{LAYOUTS}/{lid}.csv", sep=";", encoding="cp1251", skiprows=5, dtype=str)
        assert df.iloc[0]["№ п/п"] == "1" and df.iloc[0]["Код вида операции"] == "2", "graph-number row expected"
        assert df.iloc[-1]["Наименование покупателя"] == "Всего", "totals row expected"
        return df.iloc[1:-1].reset_index(drop=True), "Номер и дата счета-фактуры продавца"
    if lid == "r_ua_privat24_statement":
        return pd.read_csv(f"{LAYOUTS}/{lid}.csv", sep=";", encoding="cp1251", dtype=str), None
    raise KeyError(lid)


ok = True
for lid in ["r_ru_amocrm_leads", "r_ru_1c_kniga_prodazh", "r_kz_kaspi_orders", "r_ua_privat24_statement"]:
    key = json.load(open(f"{KEY}/{lid}.json", encoding="utf-8"))
    lab = pd.read_csv(f"{KEY}/{lid}.labels.csv", dtype={"ambiguous": str})
    df, order_col = load(lid)
    errs = []
    assert set(key["fields"]) == set(FIELDS), lid
    for f, h in key["fields"].items():
        if h is not None and h not in df.columns:
            errs.append(f"field {f}: header {h!r} missing")
    for f, hs in key.get("also_ok", {}).items():
        for h in hs:
            if h not in df.columns:
                errs.append(f"also_ok {f}: header {h!r} missing")
    if len(lab) != len(df):
        errs.append(f"labels {len(lab)} != records {len(df)}")
    if list(lab["row"]) != list(range(len(lab))):
        errs.append("row index not 0..n-1")
    if not set(lab["label"]) <= {"B2B", "B2C", "B2G"}:
        errs.append("bad label")
    if not set(lab["ambiguous"]) <= {"true", "false"}:
        errs.append("bad ambiguous")
    if order_col:
        g = pd.concat([df[order_col].reset_index(drop=True), lab], axis=1).groupby(order_col)
        bad = g["label"].nunique()
        if (bad > 1).any():
            errs.append(f"orders with >1 label: {list(bad[bad > 1].index)[:5]}")
        badk = g["ambiguous"].nunique()
        if (badk > 1).any():
            errs.append("orders with >1 ambiguous flag")
    # no empty buyer on non-product-only / non-payout rows unless company column is empty by design
    print(f"{lid}: {len(df)} records, cols={df.shape[1]}, labels={lab['label'].value_counts().to_dict()}, "
          f"ambiguous={int((lab['ambiguous'] == 'true').sum())} ({(lab['ambiguous'] == 'true').mean():.0%}), "
          f"orders={df[order_col].nunique() if order_col else len(df)}")
    for e in errs:
        print("   ERROR", e)
        ok = False
sys.exit(0 if ok else 1)
