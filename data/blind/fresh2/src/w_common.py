"""Shared helpers for the w_ layouts (seeded)."""
import random, json, csv, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def inn10(r):
    d = [r.randint(0, 9) for _ in range(9)]
    d[0] = r.randint(1, 9)
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    c = sum(a * b for a, b in zip(d, w)) % 11 % 10
    return ''.join(map(str, d + [c]))

def inn12(r, region=None):
    d = [r.randint(0, 9) for _ in range(10)]
    if region:
        d[0], d[1] = int(region[0]), int(region[1])
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(a * b for a, b in zip(d, w1)) % 11 % 10
    d.append(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(a * b for a, b in zip(d, w2)) % 11 % 10
    d.append(c2)
    return ''.join(map(str, d))

def inn10_region(r, region):
    while True:
        x = inn10(r)
        x = region + x[2:9]
        d = list(map(int, x))
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        c = sum(a * b for a, b in zip(d, w)) % 11 % 10
        return x + str(c)

def kpp(inn, r):
    return inn[:4] + r.choice(['01001', '01001', '01001', '43001', '45001'])

def kz_check(d):
    w1 = list(range(1, 12)); w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
    c = sum(a * b for a, b in zip(d, w1)) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(d, w2)) % 11
    return c

def kz_bin(r):
    while True:
        yy = r.randint(1, 24); mm = r.randint(1, 12)
        d = [int(x) for x in f"{yy:02d}{mm:02d}"] + [r.choice([4, 4, 4, 5]), r.choice([0, 0, 1, 2, 4])] + [r.randint(0, 9) for _ in range(5)]
        c = kz_check(d)
        if c < 10:
            return ''.join(map(str, d + [c]))

def kz_iin(r, male=None):
    while True:
        yy = r.randint(55, 99) if r.random() < 0.8 else r.randint(0, 4)
        cent = (3 if yy > 10 else 5) + (0 if (male if male is not None else r.random() < .5) else 1)
        d = [int(x) for x in f"{yy:02d}{r.randint(1,12):02d}{r.randint(1,28):02d}"] + [cent] + [r.randint(0, 9) for _ in range(4)]
        c = kz_check(d)
        if c < 10:
            return ''.join(map(str, d + [c]))

def edrpou(r):
    while True:
        d = [r.randint(0, 9) for _ in range(7)]
        d[0] = r.choice([0, 1, 2, 3, 4, 3, 4])
        n = int(''.join(map(str, d)))
        w = [1, 2, 3, 4, 5, 6, 7] if (n < 3000000 or n > 6000000) else [7, 1, 2, 3, 4, 5, 6]
        c = sum(a * b for a, b in zip(d, w)) % 11
        if c == 10:
            w = [x + 2 for x in w]
            c = sum(a * b for a, b in zip(d, w)) % 11
        if c < 10:
            return ''.join(map(str, d + [c]))

def rnokpp(r):
    d = [r.randint(0, 9) for _ in range(9)]
    d[0] = r.choice([2, 3, 3])
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = sum(a * b for a, b in zip(d, w)) % 11 % 10
    return ''.join(map(str, d + [c]))

def money_ru(x, nbsp=False):
    s = f"{x:,.2f}".replace(',', ' ').replace('.', ',')
    return s.replace(' ', '\u00a0') if nbsp else s

def write_key(setdir, kid, meta, labels):
    with open(os.path.join(setdir, 'key', kid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
    with open(os.path.join(setdir, 'key', kid + '.labels.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['row', 'label', 'ambiguous', 'kind', 'country'])
        for i, (lab, amb, kind, cc) in enumerate(labels):
            w.writerow([i, lab, 'true' if amb else 'false', kind, cc])

RU_M = [("Иванов","Иван","Сергеевич"),("Смирнов","Алексей","Викторович"),("Кузнецов","Дмитрий","Андреевич"),("Попов","Сергей","Николаевич"),("Соколов","Павел","Игоревич"),("Лебедев","Артём","Олегович"),("Козлов","Михаил","Юрьевич"),("Новиков","Андрей","Петрович"),("Морозов","Евгений","Александрович"),("Волков","Никита","Дмитриевич"),("Зайцев","Роман","Владимирович"),("Павлов","Кирилл","Евгеньевич"),("Семёнов","Олег","Геннадьевич"),("Голубев","Виталий","Сергеевич"),("Виноградов","Илья","Максимович"),("Богданов","Григорий","Анатольевич"),("Фёдоров","Денис","Романович"),("Михайлов","Станислав","Иванович"),("Беляев","Тимур","Рашидович"),("Тарасов","Владислав","Ильич"),("Гарипов","Рустам","Ильдарович"),("Ахмедов","Руслан","Магомедович")]
RU_F = [("Иванова","Мария","Алексеевна"),("Смирнова","Екатерина","Игоревна"),("Кузнецова","Анна","Сергеевна"),("Попова","Ольга","Викторовна"),("Соколова","Наталья","Павловна"),("Лебедева","Дарья","Андреевна"),("Козлова","Светлана","Николаевна"),("Новикова","Юлия","Олеговна"),("Морозова","Елена","Владимировна"),("Волкова","Ирина","Юрьевна"),("Зайцева","Татьяна","Михайловна"),("Павлова","Алина","Романовна"),("Орлова","Ксения","Дмитриевна"),("Фролова","Вера","Степановна"),("Хабибуллина","Гульнара","Ринатовна"),("Никитина","Полина","Евгеньевна")]

def ru_person(r):
    return r.choice(RU_M if r.random() < .5 else RU_F)

_MEMO = {}
def memo_id(name, fn):
    """Same organisation name -> same identifier within a run."""
    if name not in _MEMO:
        _MEMO[name] = fn()
    return _MEMO[name]
