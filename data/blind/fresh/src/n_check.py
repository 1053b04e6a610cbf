"""Check the n_ probe: the layout loads as a user would load it, the key matches it."""
import json
from pathlib import Path

import pandas as pd

SET = Path(__file__).resolve().parent.parent
df = pd.read_csv(SET / "layouts/n_names.csv", encoding="utf-8", dtype=str, keep_default_na=False)
key = json.loads((SET / "key/n_names.json").read_text(encoding="utf-8"))
lab = pd.read_csv(SET / "key/n_names.labels.csv", dtype={"ambiguous": str})

assert list(df.columns) == ["Customer", "Item"], df.columns
for f, h in key["fields"].items():
    assert h is None or h in df.columns, (f, h)
assert set(key["fields"]) == {"buyer", "product", "quantity", "amount", "tax_id", "email", "payment", "comment"}
assert list(lab.columns) == ["row", "label", "ambiguous", "kind", "country", "source"]
assert len(lab) == len(df) and (lab.row.tolist() == list(range(len(df))))
assert lab.label.isin(["B2B", "B2C", "B2G"]).all()
assert lab.ambiguous.isin(["true", "false"]).all()
assert lab.country.str.fullmatch(r"[A-Z]{2}").all()
assert lab.kind.str.fullmatch(r"[a-z0-9_]+").all()
assert lab.source.str.len().gt(0).all()
assert (df.Customer.str.strip() != "").all() and (df.Item.str.strip() != "").all()
assert df.Customer.is_unique
assert len(df) >= 1800
print(len(df), "records;", lab.label.value_counts().to_dict(), "ambiguous:", (lab.ambiguous == "true").sum(),
      "countries:", lab.country.nunique())
