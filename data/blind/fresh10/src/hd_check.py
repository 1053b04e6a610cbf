"""Checks for the hd_* layouts: files open with pandas as users would, key headers exist, one label per record."""
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
OPEN = {
    "hd_ru_diadoc_reestr_iskhodyashchikh": lambda p: pd.read_csv(p, sep=";", encoding="cp1251", dtype=str),
    "hd_kz_bcc_business_vypiska": lambda p: pd.read_excel(p, header=8, dtype=str).iloc[:-2],
    "hd_ua_ibank2ua_vypyska_nadkhodzhennia": lambda p: pd.read_csv(p, sep=";", encoding="cp1251", dtype=str),
    "hd_cz_fio_api_pohyby_prijmy": lambda p: pd.read_csv(p, sep=";", skiprows=12, dtype=str),
}
bad = 0
for lid, opener in OPEN.items():
    key = json.loads((ROOT / "key" / f"{lid}.json").read_text(encoding="utf-8"))
    layout = next((ROOT / "layouts").glob(f"{lid}.*"))
    df = opener(layout)
    labels = pd.read_csv(ROOT / "key" / f"{lid}.labels.csv")
    cols = set(df.columns)
    for f, h in key["fields"].items():
        if h is not None and h not in cols:
            print(lid, "missing field header", f, h)
            bad += 1
    for f, hs in key.get("also_ok", {}).items():
        for h in hs:
            if h not in cols:
                print(lid, "missing also_ok header", f, h)
                bad += 1
    if len(df) != len(labels):
        print(lid, "records", len(df), "labels", len(labels))
        bad += 1
    if not (150 <= len(labels) <= 250):
        print(lid, "record count out of range", len(labels))
        bad += 1
    amb = labels["ambiguous"].astype(str).str.lower().eq("true").sum()
    print(f"{lid}: {len(df)} records, {labels['label'].value_counts().to_dict()}, ambiguous {amb} "
          f"({amb / len(labels):.0%})")
sys.exit(1 if bad else 0)
