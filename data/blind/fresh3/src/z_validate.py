import pandas as pd, json
import pathlib
B = str(pathlib.Path(__file__).resolve().parents[1])  # the set's folder
L={'z_ru_unf_orders':lambda p:pd.read_csv(p+'.csv',sep=';',encoding='cp1251',dtype=str),
   'z_ru_yandex_market_orders':lambda p:pd.read_excel(p+'.xlsx',dtype=str),
   'z_by_1c_realizaciya_esf':lambda p:pd.read_excel(p+'.xlsx',header=3,dtype=str).iloc[:-1],
   'z_eu_magento2_order_grid':lambda p:pd.read_csv(p+'.csv',dtype=str)}
ORD={'z_ru_unf_orders':'Номер','z_ru_yandex_market_orders':'Номер заказа','z_by_1c_realizaciya_esf':'Номер','z_eu_magento2_order_grid':'ID'}
for k,f in L.items():
    df=f(f'{B}/layouts/{k}'); key=json.load(open(f'{B}/key/{k}.json')); lab=pd.read_csv(f'{B}/key/{k}.labels.csv')
    for fld,h in key['fields'].items():
        assert h is None or h in df.columns,(k,fld,h)
    for fld,hs in key.get('also_ok',{}).items():
        for h in hs: assert h in df.columns,(k,h)
    assert len(df)==len(lab) and list(lab.row)==list(range(len(df))),(k,len(df),len(lab))
    df['_l']=lab.label.values; df['_a']=lab.ambiguous.values
    g=df.groupby(ORD[k])[['_l','_a']].nunique(); assert (g.max()<=1).all(),k
    if k=='z_by_1c_realizaciya_esf': assert not df['Дата'].astype(str).str.startswith('Итого').any()
    print(k,len(df),'orders',df[ORD[k]].nunique(),dict(lab.label.value_counts()),'amb',int(lab.ambiguous.sum()),f"{lab.ambiguous.mean():.0%}")
