import pandas as pd, json
import pathlib
B = pathlib.Path(__file__).resolve().parents[1]  # the set's folder
d=pd.read_csv(f'{B}/layouts/m_names.csv', encoding='utf-8', dtype=str, keep_default_na=False)
k=pd.read_csv(f'{B}/key/m_names.labels.csv', dtype=str, keep_default_na=False)
j=json.load(open(f'{B}/key/m_names.json', encoding='utf-8'))
assert list(d.columns)==['Customer','Item']
for f,h in j['fields'].items():
    assert h is None or h in d.columns, (f,h)
assert set(j['fields'])=={'buyer','product','quantity','amount','tax_id','email','payment','comment'}
assert list(k.columns)==['row','label','ambiguous','kind','country','source']
assert len(k)==len(d) and list(k.row.astype(int))==list(range(len(d)))
assert set(k.label)<= {'B2B','B2C','B2G'} and set(k.ambiguous)<={'true','false'}
assert (d.Customer.str.strip()!='').all() and (d.Item.str.strip()!='').all()
assert d.Customer.is_unique
assert not d.Customer.str.contains(r'\?').any()
assert (k.source!='').all() and k.country.str.fullmatch('[A-Z]{2}').all()
assert not d.Item.str.contains('ettle|Wasserkocher|чайник|ouilloire', regex=True).any()
print('OK', len(d)); print(k.label.value_counts().to_dict(), k.ambiguous.value_counts().to_dict(), k.country.nunique(), 'countries')
print(k[k.label=='B2G'].kind.nunique(),'B2G kinds')
