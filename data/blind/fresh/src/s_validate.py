import json, os, sys, pandas as pd
SET = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LOAD = {
 's_it_fattureincloud_documenti': lambda p: pd.read_excel(p + '.xlsx', dtype=str),
 's_es_contasol_facturas_emitidas': lambda p: pd.read_excel(p + '.xlsx', header=3, dtype=str),
 's_cz_pohoda_vydane_faktury': lambda p: pd.read_csv(p + '.csv', sep=';', encoding='cp1250', dtype=str),
 's_ch_bexio_rechnungen': lambda p: pd.read_csv(p + '.csv', sep=';', encoding='utf-8-sig', dtype=str),
}
GROUP = {'s_it_fattureincloud_documenti': ['Tipo documento', 'Numero'], 's_es_contasol_facturas_emitidas': ['Nº factura'],
         's_cz_pohoda_vydane_faktury': ['Číslo'], 's_ch_bexio_rechnungen': ['Nr.']}
ok = True
for lid, fn in LOAD.items():
    df = fn(os.path.join(SET, 'layouts', lid))
    if lid.startswith('s_es'):
        # drop trailing blank + total line (not records)
        df = df[df['Serie'].notna() & (df['Serie'].str.strip() != '')]
    key = json.load(open(os.path.join(SET, 'key', lid + '.json')))
    lab = pd.read_csv(os.path.join(SET, 'key', lid + '.labels.csv'))
    errs = []
    for f, h in key['fields'].items():
        if h is not None and h not in df.columns:
            errs.append(f'missing header {f}={h}')
    for f, hs in key.get('also_ok', {}).items():
        for h in hs:
            if h not in df.columns:
                errs.append(f'missing also_ok {h}')
    if len(lab) != len(df):
        errs.append(f'labels {len(lab)} != records {len(df)}')
    if list(lab['row']) != list(range(len(lab))):
        errs.append('row index not 0..n-1')
    if not set(lab['label']) <= {'B2B', 'B2C', 'B2G'}:
        errs.append('bad label')
    d = df.reset_index(drop=True).copy(); d['_lab'] = lab['label'].values; d['_amb'] = lab['ambiguous'].values
    g = d.groupby(GROUP[lid])[['_lab', '_amb']].nunique()
    if (g > 1).any().any():
        errs.append('order with mixed labels')
    amb = lab['ambiguous'].astype(str).str.lower() == 'true'
    print(f"{lid}: {len(df)} records, {d.groupby(GROUP[lid]).ngroups} orders, labels {lab['label'].value_counts().to_dict()}, "
          f"ambiguous {amb.sum()} ({amb.mean():.0%}), by label {lab[amb]['label'].value_counts().to_dict()}")
    for e in errs:
        ok = False; print('   ERROR', e)
print('OK' if ok else 'FAILED')
