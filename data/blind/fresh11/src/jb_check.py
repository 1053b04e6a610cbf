"""Checks for the jb_* layouts: they open with pandas the way a user would, the key headers exist
verbatim, and the labels file has one line per record."""
import json
import re

import pandas as pd

import jb_common as C


def load(layout_id):
    if layout_id == "jb_de_sparkasse_csvcamt_umsaetze":
        df = pd.read_csv(C.LAYOUTS / f"{layout_id}.csv", sep=";", encoding="cp1252", decimal=",", dtype=str)
        return df, df
    if layout_id == "jb_at_akaunting_invoices":
        df = pd.read_excel(C.LAYOUTS / f"{layout_id}.xlsx")
        return df, df
    if layout_id == "jb_ch_postfinance_bewegungen":
        df = pd.read_csv(C.LAYOUTS / f"{layout_id}.csv", sep=";", skiprows=6, encoding="utf-8-sig")
        rec = df[df["Datum"].astype(str).str.match(r"^\d\d\.\d\d\.\d{4}$")]
        return df, rec
    if layout_id == "jb_nl_erpnext_itemwise_sales_register":
        df = pd.read_csv(C.LAYOUTS / f"{layout_id}.csv")
        rec = df[df["Item Code"] != "Total"]
        return df, rec
    raise KeyError(layout_id)


def main():
    ok = True
    for lid in ["jb_de_sparkasse_csvcamt_umsaetze", "jb_at_akaunting_invoices", "jb_ch_postfinance_bewegungen",
                "jb_nl_erpnext_itemwise_sales_register"]:
        df, rec = load(lid)
        key = json.loads((C.KEYS / f"{lid}.json").read_text(encoding="utf-8"))
        lab = pd.read_csv(C.KEYS / f"{lid}.labels.csv", dtype=str)
        problems = []
        for f, h in key["fields"].items():
            if h is not None and h not in df.columns:
                problems.append(f"field {f}: header {h!r} missing")
        for f, hs in key.get("also_ok", {}).items():
            for h in hs:
                if h not in df.columns:
                    problems.append(f"also_ok {f}: header {h!r} missing")
        if len(lab) != len(rec):
            problems.append(f"labels {len(lab)} != records {len(rec)}")
        if list(lab["row"].astype(int)) != list(range(len(lab))):
            problems.append("row index not 0..n-1")
        if not set(lab["label"]) <= {"B2B", "B2C", "B2G"}:
            problems.append("bad label")
        if not set(lab["ambiguous"]) <= {"true", "false"}:
            problems.append("bad ambiguous")
        if not all(re.match(r"^[a-z0-9_]+$", k) for k in lab["kind"]):
            problems.append("kind not snake_case")
        if lid == "jb_nl_erpnext_itemwise_sales_register":
            j = rec.reset_index(drop=True).join(lab)
            per = j.groupby("Invoice")["label"].nunique()
            if (per > 1).any():
                problems.append("invoice with mixed labels")
            print("  invoices:", j["Invoice"].nunique())
        if lid == "jb_de_sparkasse_csvcamt_umsaetze":
            bad = [x for x in rec["Kontonummer/IBAN"].dropna() if not C.iban_ok(x)]
            if bad:
                problems.append(f"bad IBANs {bad[:3]}")
        amb = (lab["ambiguous"] == "true").mean()
        print(lid, "records", len(rec), dict(lab["label"].value_counts()), "ambiguous",
              int((lab["ambiguous"] == "true").sum()), f"{amb:.0%}")
        for p in problems:
            ok = False
            print("  PROBLEM:", p)
    print("OK" if ok else "FAILED")


if __name__ == "__main__":
    main()
