import pandas as pd, json, os, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def load(sid):
    if sid.startswith('y_de'):
        return pd.read_csv(f'{BASE}/layouts/{sid}.csv', sep=';', encoding='cp1252', skiprows=1, decimal=',', dtype=str, keep_default_na=False)
    if sid.startswith('y_pl'):
        return pd.read_csv(f'{BASE}/layouts/{sid}.csv', sep=';', encoding='utf-8-sig', dtype=str, keep_default_na=False)
    return pd.read_excel(f'{BASE}/layouts/{sid}.xlsx', dtype=str).fillna('')
ORDER = {'y_de': 'Belegfeld 1', 'y_it': 'Numero', 'y_pl': 'Numer', 'y_cz': 'Číslo dokladu'}
ok = True
for sid in ['y_de_datev_buchungsstapel', 'y_it_easyfatt_documenti', 'y_pl_fakturownia_faktury', 'y_cz_idoklad_vydane_faktury']:
    df = load(sid); key = json.load(open(f'{BASE}/key/{sid}.json')); lab = pd.read_csv(f'{BASE}/key/{sid}.labels.csv')
    hdr = set(df.columns)
    for f, h in key['fields'].items():
        if h is not None and h not in hdr: print(sid, 'MISSING', f, h); ok = False
    for f, hs in key.get('also_ok', {}).items():
        for h in hs:
            if h not in hdr: print(sid, 'MISSING also_ok', h); ok = False
    assert len(lab) == len(df), (sid, len(lab), len(df))
    assert list(lab.row) == list(range(len(df)))
    df['_l'] = lab.label.values
    df['_a'] = lab.ambiguous.values
    oc = ORDER[sid[:4]]
    g = df.groupby(oc)['_l'].nunique()
    if (g > 1).any(): print(sid, 'orders with >1 label', list(g[g > 1].index)); ok = False
    ga = df.groupby(oc)['_a'].nunique()
    if (ga > 1).any(): print(sid, 'orders with >1 amb', list(ga[ga > 1].index)); ok = False
    bad = set(lab.label) - {'B2B', 'B2C', 'B2G'}
    if bad: print('bad labels', bad); ok = False
    print(sid, len(df), 'cols', len(df.columns) - 2, dict(lab.label.value_counts()), 'amb', int(lab.ambiguous.sum()),
          f"{lab.ambiguous.mean():.1%}", 'orders', df[oc].nunique())
print('OK' if ok else 'PROBLEMS')
