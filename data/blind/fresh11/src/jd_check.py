"""Checks for the jd_* layouts: open each as its users would (pandas), confirm the key's
headers exist verbatim, that the labels file has one line per record, and report
tax-ID check-digit validity.  Run after the generators."""
from __future__ import annotations

import json

import pandas as pd

from jd_common import KEYS, LAYOUTS, iban_valid, kz_id_valid, ru_inn_valid

try:
    from stdnum.by import unp as by_unp
    from stdnum.ua import edrpou, rntrc
except ImportError:  # pragma: no cover
    by_unp = edrpou = rntrc = None

READERS = {
    "jd_ru_orangedata_cheki": lambda p: pd.read_csv(p, sep=";", encoding="cp1251", dtype=str),
    "jd_ua_sensebank_business_vypyska": lambda p: pd.read_csv(p, sep=";", encoding="cp1251", dtype=str),
    "jd_kz_eurasianbank_vypiska": lambda p: pd.read_excel(p, header=14, dtype=str).iloc[:-2],
    "jd_by_belarusbank_klientbank_vypiska": lambda p: pd.read_csv(p, sep=";", encoding="cp1251", skiprows=12,
                                                                  skipfooter=4, engine="python", dtype=str),
}
EXT = {"jd_kz_eurasianbank_vypiska": "xlsx"}

ok = True
for lid, reader in READERS.items():
    path = LAYOUTS / f"{lid}.{EXT.get(lid, 'csv')}"
    df = reader(path)
    key = json.loads((KEYS / f"{lid}.json").read_text(encoding="utf-8"))
    lab = pd.read_csv(KEYS / f"{lid}.labels.csv", dtype={"ambiguous": str})
    cols = set(df.columns)
    missing = [v for v in key["fields"].values() if v and v not in cols]
    missing += [h for hs in key.get("also_ok", {}).values() for h in hs if h not in cols]
    if missing:
        ok = False
    if len(lab) != len(df) or list(lab["row"]) != list(range(len(df))):
        ok = False
    tid = key["fields"]["tax_id"]
    ids = df[tid].dropna().str.strip()
    ids = ids[ids != ""]
    if lid.startswith("jd_ru"):
        bad = [x for x in ids if not ru_inn_valid(x)]
    elif lid.startswith("jd_kz"):
        bad = [x for x in ids if not kz_id_valid(x)]
    elif lid.startswith("jd_ua") and edrpou:
        bad = [x for x in ids if not (edrpou.is_valid(x) if len(x) == 8 else rntrc.is_valid(x))]
    elif lid.startswith("jd_by") and by_unp:
        bad = [x for x in ids if not by_unp.is_valid(x)]
    else:
        bad = []
    amb = (lab["ambiguous"] == "true").sum()
    print(f"{lid}: records={len(df)} labels={len(lab)} missing_headers={missing} "
          f"labels={lab['label'].value_counts().to_dict()} ambiguous={amb} ({amb / len(lab):.0%}) "
          f"tax_ids={len(ids)} invalid={bad}")
    for col in df.columns:
        if "IBAN" in col or col in ("ИИК", "Номер счета корреспондента"):
            vals = df[col].dropna()
            badib = [v for v in vals if not iban_valid(v)]
            print(f"   {col}: {len(vals)} IBANs, invalid {len(badib)}")
print("OK" if ok else "PROBLEMS")
