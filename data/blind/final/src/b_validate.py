"""Check the b_ layouts against their keys."""
import csv, io, json, os, collections
import pandas as pd
from b_common import LAY, KEY

def load(lid, ext):
    p = os.path.join(LAY, f"{lid}.{ext}")
    if ext == "xlsx":
        return pd.read_excel(p, dtype=str)
    if lid == "b_ru_1c_scheta_journal":
        df = pd.read_csv(p, sep=";", encoding="cp1251", skiprows=4, dtype=str)
        return df[df["Дата"] != "Итого"]
    if lid == "b_it_prestashop_ordini":
        return pd.read_csv(p, sep=";", encoding="utf-8", dtype=str)
    return pd.read_csv(p, sep=";", encoding="utf-8-sig", dtype=str)

ORDER = {"b_ru_moysklad_otgruzki": "№", "b_ru_1c_scheta_journal": "Номер", "b_ru_eis_reestr_kontraktov": "Реестровый номер контракта (договора)",
         "b_kz_bitrix24_sdelki": "ID", "b_ua_prom_zamovlennia": "Номер замовлення", "b_pl_wfirma_faktury": "Numer",
         "b_it_prestashop_ordini": "id_order", "b_se_fortnox_fakturor": "DocumentNumber"}
tot = collections.Counter(); amb = collections.Counter(); n_all = 0
for f in sorted(os.listdir(LAY)):
    if not f.startswith("b_"):
        continue
    lid, ext = f.rsplit(".", 1)
    df = load(lid, ext)
    key = json.load(open(os.path.join(KEY, lid + ".json"), encoding="utf-8"))
    lab = pd.read_csv(os.path.join(KEY, lid + ".labels.csv"), dtype=str)
    assert len(df) == len(lab), (lid, len(df), len(lab))
    assert list(lab["row"].astype(int)) == list(range(len(df)))
    for k, h in key["fields"].items():
        assert h is None or h in df.columns, (lid, k, h)
    for k, hs in key.get("also_ok", {}).items():
        for h in hs:
            assert h in df.columns, (lid, k, h)
    g = pd.DataFrame({"o": df[ORDER[lid]].values, "l": lab["label"].values, "a": lab["ambiguous"].values})
    bad = g.groupby("o").agg(lambda s: s.nunique())
    assert (bad["l"] == 1).all() and (bad["a"] == 1).all(), lid
    c = collections.Counter(lab["label"]); a = (lab["ambiguous"] == "true").sum()
    n_all += len(lab); tot.update(c); amb[lid] = a
    print(f"{lid:30s} {ext:5s} rows={len(df):4d} orders={g['o'].nunique():4d} {dict(c)} ambiguous={a} ({a/len(lab):.0%})")
print("ALL", n_all, dict(tot), "ambiguous", sum(amb.values()), f"({sum(amb.values())/n_all:.0%})")
