"""Checks the le_* layouts against their keys (headers present, one label per record)."""
import json

import pandas as pd

from le_common import KEYS, LAYOUTS

READ = {
    "le_pl_pkobp_historia_uznania": lambda p: pd.read_csv(p, encoding="cp1250", dtype=str),
    "le_cz_raynet_faktury": lambda p: pd.read_excel(p, dtype=str),
    "le_se_vendre_orderexport": lambda p: pd.read_csv(p, sep=";", dtype=str),
    "le_dk_saldi_ordreliste_fakturaer": lambda p: pd.read_csv(p, dtype=str).iloc[:-1],  # last line = grid footer
}
for lid, reader in READ.items():
    path = next(LAYOUTS.glob(lid + ".*"))
    df = reader(path)
    key = json.loads((KEYS / f"{lid}.json").read_text(encoding="utf-8"))
    lab = pd.read_csv(KEYS / f"{lid}.labels.csv")
    assert len(lab) == len(df), (lid, len(lab), len(df))
    assert list(lab.row) == list(range(len(df)))
    for f, h in key["fields"].items():
        assert h is None or h in df.columns, (lid, f, h)
    for f, hs in key["also_ok"].items():
        for h in hs:
            assert h in df.columns, (lid, f, h)
    print(f"{lid}: {len(df)} records, {lab.label.value_counts().to_dict()}, ambiguous {int(lab.ambiguous.sum())} "
          f"({lab.ambiguous.mean():.0%})")
