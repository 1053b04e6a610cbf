import json, pandas as pd, sys
import pathlib
S = str(pathlib.Path(__file__).resolve().parents[1])  # the set's folder
df = pd.read_csv(f'{S}/layouts/k_names.csv', encoding='utf-8', dtype=str, keep_default_na=False)
key = json.load(open(f'{S}/key/k_names.json', encoding='utf-8'))
lab = pd.read_csv(f'{S}/key/k_names.labels.csv', dtype=str, keep_default_na=False)
ok = True
for f, h in key['fields'].items():
    if h is not None and h not in df.columns: print('missing header', f, h); ok = False
assert set(key['fields']) == {'buyer','product','quantity','amount','tax_id','email','payment','comment'}
assert list(lab.columns) == ['row','label','ambiguous','kind','country','source'], lab.columns
if len(lab) != len(df): print('row count', len(lab), len(df)); ok = False
if list(lab['row'].astype(int)) != list(range(len(df))): print('rows not 0..n-1'); ok = False
assert set(lab['label']) <= {'B2B','B2C','B2G'}
assert set(lab['ambiguous']) <= {'true','false'}
assert (lab['source'].str.len() > 0).all() and (lab['kind'].str.len() > 0).all()
assert (df['Customer'].str.strip().str.len() > 0).all() and (df['Item'].str.len() > 0).all()
if df['Customer'].duplicated().any(): print('dup names', df[df['Customer'].duplicated()]['Customer'].tolist()); ok = False
print(len(df), 'records;', lab['label'].value_counts().to_dict(), 'ambiguous', (lab['ambiguous']=='true').sum())
print(lab.groupby('country').size().to_dict())
print('OK' if ok else 'FAIL')
