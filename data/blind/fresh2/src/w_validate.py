"""Load each w_ layout the way a user would and check key headers, label rows, one label per order."""
import json, os, pandas as pd
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = lambda *p: os.path.join(ROOT, *p)
loads = {
  'w_ru_ozon_fbs_postings': (lambda: pd.read_csv(L('layouts','w_ru_ozon_fbs_postings.csv'), sep=';', encoding='utf-8-sig', dtype=str), 'Номер заказа'),
  'w_ru_tbank_business_statement': (lambda: pd.read_excel(L('layouts','w_ru_tbank_business_statement.xlsx'), header=5, dtype=str).iloc[:-3], 'Номер документа'),
  'w_kz_1c_sf_register': (lambda: pd.read_csv(L('layouts','w_kz_1c_sf_register.csv'), sep=';', encoding='cp1251', skiprows=4, dtype=str).iloc[:-1], 'Номер'),
  'w_ua_horoshop_orders': (lambda: pd.read_excel(L('layouts','w_ua_horoshop_orders.xlsx'), dtype=str), '№ замовлення'),
}
ok = True
for kid, (load, okey) in loads.items():
    df = load(); key = json.load(open(L('key', kid + '.json'), encoding='utf-8'))
    lab = pd.read_csv(L('key', kid + '.labels.csv'), dtype={'ambiguous': str})
    errs = []
    for f, h in key['fields'].items():
        if h is not None and h not in df.columns: errs.append(f'missing {f}:{h}')
    for f, hs in key.get('also_ok', {}).items():
        for h in hs:
            if h not in df.columns: errs.append(f'missing also_ok {h}')
    if len(lab) != len(df) or list(lab.row) != list(range(len(df))): errs.append(f'rows {len(lab)} vs {len(df)}')
    if df.iloc[-1].isna().all() or str(df.iloc[-1, 0]).startswith('Итого'): errs.append('tail not a record')
    if set(lab.ambiguous) - {'true', 'false'}: errs.append('bad ambiguous')
    m = df[[okey]].assign(label=lab.label.values, amb=lab.ambiguous.values)
    bad = m.groupby(okey).agg(lambda s: s.nunique())
    if (bad > 1).any().any(): errs.append('order with several labels')
    amb = (lab.ambiguous == 'true').mean()
    print(kid, df.shape, dict(lab.label.value_counts()), f'amb={amb:.1%}', 'OK' if not errs else errs)
    ok &= not errs
print('ALL OK' if ok else 'FAIL')
