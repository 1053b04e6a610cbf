import pandas as pd, json, os
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
L = {'v_es_factusol_facturas_emitidas': (lambda p: pd.read_csv(p, sep=';', encoding='cp1252', dtype=str, keep_default_na=False), 'Código'),
     'v_pt_invoicexpress_documentos': (lambda p: pd.read_excel(p, dtype=str).fillna(''), 'Número'),
     'v_se_visma_eekonomi_kundfakturor': (lambda p: pd.read_csv(p, sep=';', encoding='utf-8-sig', dtype=str, keep_default_na=False), 'Fakturanummer'),
     'v_pl_optima_rejestr_sprzedazy_vat': (lambda p: pd.read_excel(p, dtype=str).fillna(''), 'Numer dokumentu')}
for kid, (load, okey) in L.items():
    f = [x for x in os.listdir(os.path.join(SET, 'layouts')) if x.startswith(kid + '.')][0]
    df = load(os.path.join(SET, 'layouts', f))
    key = json.load(open(os.path.join(SET, 'key', kid + '.json'), encoding='utf-8'))
    lab = pd.read_csv(os.path.join(SET, 'key', kid + '.labels.csv'))
    for k, h in key['fields'].items():
        assert h is None or h in df.columns, (kid, k, h)
    for k, hs in key.get('also_ok', {}).items():
        for h in hs: assert h in df.columns, (kid, k, h)
    assert len(lab) == len(df) and list(lab.row) == list(range(len(df))), kid
    assert set(lab.label) <= {'B2B', 'B2C', 'B2G'}
    g = pd.concat([df[okey].reset_index(drop=True), lab], axis=1).groupby(okey)
    assert (g.label.nunique() == 1).all() and (g.ambiguous.nunique() == 1).all(), kid
    print(f"{kid}: {len(df)} rows, {df[okey].nunique()} orders, cols={len(df.columns)}; labels {lab.label.value_counts().to_dict()}; ambiguous {lab.ambiguous.sum()} ({lab.ambiguous.mean():.0%}); kinds {lab.kind.nunique()}")
