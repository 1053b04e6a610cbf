import random, json, csv, os
import pathlib
BASE = str(pathlib.Path(__file__).resolve().parents[1])  # the set's folder
def inn10(r): return str(r.randint(10,99))+''.join(str(r.randint(0,9)) for _ in range(8))
def inn12(r): return str(r.randint(10,99))+''.join(str(r.randint(0,9)) for _ in range(10))
def rub(x):  # 1C style 1 234,56 with nbsp
    s = f"{x:,.2f}".replace(',', '\xa0').replace('.', ',')
    return s
def write_key(kid, meta, labels):
    with open(f'{BASE}/key/{kid}.json','w',encoding='utf-8') as f: json.dump(meta,f,ensure_ascii=False,indent=2)
    with open(f'{BASE}/key/{kid}.labels.csv','w',newline='',encoding='utf-8') as f:
        w=csv.writer(f); w.writerow(['row','label','ambiguous','kind','country'])
        for i,(lab,amb,kind,cc) in enumerate(labels): w.writerow([i,lab,'true' if amb else 'false',kind,cc])
RU_LAST=['Иванов','Смирнов','Кузнецов','Попов','Васильев','Петров','Соколов','Михайлов','Новиков','Фёдоров','Морозов','Волков','Алексеев','Лебедев','Семёнов','Егоров','Павлов','Козлов','Степанов','Николаев','Орлов','Андреев','Макаров','Никитин','Захаров']
RU_FIRST_M=['Александр','Дмитрий','Максим','Сергей','Андрей','Алексей','Артём','Илья','Кирилл','Михаил','Игорь','Олег']
RU_FIRST_F=['Анна','Мария','Елена','Ольга','Наталья','Татьяна','Ирина','Екатерина','Светлана','Юлия']
RU_PAT_M=['Александрович','Дмитриевич','Сергеевич','Андреевич','Викторович','Игоревич','Олегович','Петрович']
RU_PAT_F=['Александровна','Дмитриевна','Сергеевна','Андреевна','Викторовна','Игоревна','Олеговна','Петровна']
def ru_fio(r, short=False):
    if r.random()<0.5:
        l=r.choice(RU_LAST); f=r.choice(RU_FIRST_M); p=r.choice(RU_PAT_M)
    else:
        l=r.choice(RU_LAST)+'а'; f=r.choice(RU_FIRST_F); p=r.choice(RU_PAT_F)
    if short: return f"{f} {l[0]}."
    return f"{l} {f} {p}"
