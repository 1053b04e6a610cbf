"""Load every p_ layout as a user would and check it against its key."""
import json
import os
import sys

import pandas as pd

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = os.path.join(BASE, "layouts")
K = os.path.join(BASE, "key")

LOADERS = {
    "p_de_lexoffice_belege": (lambda p: pd.read_csv(p, sep=";", decimal=",", thousands=".", encoding="utf-8-sig",
                                                    dtype={"Belegdatum": str, "Fälligkeitsdatum": str}), "csv",
                              "Belegnummer"),
    "p_nl_exact_verkoopfactuurregels": (lambda p: pd.read_excel(p), "xlsx", "Factuurnummer"),
    "p_fr_pennylane_factures": (lambda p: pd.read_csv(p, sep=";", decimal=",", thousands=" ", encoding="utf-8"),
                                "csv", "Numéro de facture"),
    "p_dk_economic_fakturaer": (lambda p: pd.read_csv(p, sep=";", decimal=",", thousands=".", encoding="cp1252",
                                                      dtype={"Dato": str, "Forfaldsdato": str}), "csv", "Fakturanr."),
}

ok = True
for lid, (load, ext, order_col) in LOADERS.items():
    df = load(os.path.join(L, f"{lid}.{ext}"))
    key = json.load(open(os.path.join(K, f"{lid}.json"), encoding="utf-8"))
    lab = pd.read_csv(os.path.join(K, f"{lid}.labels.csv"))
    errs = []
    for f, h in key["fields"].items():
        if h is not None and h not in df.columns:
            errs.append(f"field {f}: header {h!r} missing")
    for f, hs in key.get("also_ok", {}).items():
        for h in hs:
            if h not in df.columns:
                errs.append(f"also_ok {f}: header {h!r} missing")
    if len(lab) != len(df):
        errs.append(f"labels {len(lab)} != records {len(df)}")
    if list(lab["row"]) != list(range(len(df))):
        errs.append("label rows not 0..n-1")
    if not set(lab["label"]) <= {"B2B", "B2C", "B2G"}:
        errs.append("bad label values")
    if lab["ambiguous"].dtype != bool:
        errs.append("ambiguous not boolean")
    m = df[[order_col]].assign(label=lab["label"].values, amb=lab["ambiguous"].values, kind=lab["kind"].values)
    bad = m.groupby(order_col).agg(lambda s: s.nunique()).max()
    if (bad > 1).any():
        errs.append(f"order with mixed labels/flags: {bad.to_dict()}")
    num_amount = pd.api.types.is_numeric_dtype(df[key["fields"]["amount"]])
    num_qty = pd.api.types.is_numeric_dtype(df[key["fields"]["quantity"]])
    if not (num_amount and num_qty):
        errs.append("amount/quantity not numeric after load")
    print(f"{lid}: {len(df)} rows x {len(df.columns)} cols, orders {df[order_col].nunique()}, "
          f"labels {lab['label'].value_counts().to_dict()}, ambiguous {int(lab['ambiguous'].sum())} "
          f"({lab['ambiguous'].mean():.0%}) {'OK' if not errs else errs}")
    ok &= not errs
sys.exit(0 if ok else 1)
