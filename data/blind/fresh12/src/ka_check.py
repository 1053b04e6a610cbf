"""Checks the ka_ files: layouts open with pandas, key headers exist verbatim, one label line per record."""
import json
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent


def load(lid):
    key = json.loads((ROOT / "key" / f"{lid}.json").read_text())
    lab = pd.read_csv(ROOT / "key" / f"{lid}.labels.csv")
    return key, lab


def check(lid, df, records, extra_headers=()):
    key, lab = load(lid)
    cols = set(df.columns) | set(extra_headers)
    for f, h in key["fields"].items():
        assert h is None or h in cols, (lid, f, h)
    for f, hs in key.get("also_ok", {}).items():
        for h in hs:
            assert h in cols, (lid, "also_ok", f, h)
    assert len(lab) == records, (lid, len(lab), records)
    assert list(lab["row"]) == list(range(records))
    assert 150 <= records <= 250, (lid, records)
    amb = lab["ambiguous"].sum()
    print(f"{lid}: {records} records, {dict(Counter(lab['label']))}, ambiguous {amb} ({amb / records:.0%})")


def main():
    lid = "ka_us_authorizenet_transaction_download"
    df = pd.read_csv(ROOT / "layouts" / f"{lid}.txt", sep="\t", encoding="utf-8-sig", dtype=str)
    check(lid, df, len(df))

    lid = "ka_ca_rbc_business_chequing_deposits"
    df = pd.read_csv(ROOT / "layouts" / f"{lid}.csv")
    check(lid, df, len(df))

    lid = "ka_gb_nopcommerce_orders_xlsx"
    df = pd.read_excel(ROOT / "layouts" / f"{lid}.xlsx", sheet_name="Order", header=None)
    header = list(df.iloc[0])
    body = df.iloc[1:]
    caption = body[1] == "OrderItemGuid"
    captions = set(body[caption].iloc[0, 1:11])
    check(lid, pd.DataFrame(columns=header), int((~caption).sum()), extra_headers=captions)

    lid = "ka_au_edd_payment_history_export"
    df = pd.read_csv(ROOT / "layouts" / f"{lid}.csv", dtype=str)
    check(lid, df, len(df))


if __name__ == "__main__":
    main()
