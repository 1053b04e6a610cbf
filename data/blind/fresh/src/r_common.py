"""Shared helpers for the r_ layouts (RU / KZ / UA). Seeded; no external data."""
import csv
import json
import os
import random
from datetime import date, datetime, timedelta

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYOUTS = os.path.join(SET, "layouts")
KEY = os.path.join(SET, "key")


# ---------------------------------------------------------------- tax ids
def inn10(rng, region="66"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(7)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def inn12(rng, region="66"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def kpp(inn, code="01001"):
    return inn[:4] + code


def kz_check(d11):
    w1 = list(range(1, 12))
    s = sum(a * b for a, b in zip(d11, w1)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(a * b for a, b in zip(d11, w2)) % 11
        if s == 10:
            return None
    return s


def kz_bin(rng):
    while True:
        yy = rng.randint(0, 24)
        mm = rng.randint(1, 12)
        d = [int(c) for c in f"{yy:02d}{mm:02d}"] + [rng.choice([4, 4, 4, 5, 6])] + [rng.randint(0, 9) for _ in range(6)]
        c = kz_check(d)
        if c is not None:
            return "".join(map(str, d + [c]))


def kz_iin(rng):
    while True:
        y = rng.randint(1955, 2004)
        b = date(y, 1, 1) + timedelta(days=rng.randint(0, 364))
        g = rng.choice([0, 1])
        cent = (3 if y < 2000 else 5) + g
        d = [int(c) for c in b.strftime("%y%m%d")] + [cent] + [rng.randint(0, 9) for _ in range(4)]
        c = kz_check(d)
        if c is not None:
            return "".join(map(str, d + [c]))


def ua_edrpou(rng):
    while True:
        n = rng.randint(20000000, 44999999)
        d = [int(c) for c in f"{n:08d}"][:7]
        if n < 30000000 or n > 60000000:
            w1, w2 = [1, 2, 3, 4, 5, 6, 7], [3, 4, 5, 6, 7, 8, 9]
        else:
            w1, w2 = [7, 1, 2, 3, 4, 5, 6], [9, 3, 4, 5, 6, 7, 8]
        s = sum(a * b for a, b in zip(d, w1)) % 11
        if s == 10:
            s = sum(a * b for a, b in zip(d, w2)) % 11
            if s == 10:
                s = 0
        return "".join(map(str, d + [s]))


def ua_rnokpp(rng):
    d = [rng.choice([2, 3])] + [rng.randint(0, 9) for _ in range(8)]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = sum(a * b for a, b in zip(d, w)) % 11 % 10
    return "".join(map(str, d + [c]))


def ua_iban(rng, mfo):
    acc = "".join(str(rng.randint(0, 9)) for _ in range(19))
    bban = f"{mfo}{acc}"
    num = int(bban + "3010" + "00")  # U=30 A=10
    chk = 98 - num % 97
    return f"UA{chk:02d}{bban}"


# ---------------------------------------------------------------- formats
def ru_money(x, sep="\u00a0"):
    """1 234,56 with a given thousands separator."""
    s = f"{x:,.2f}"
    return s.replace(",", "#").replace(".", ",").replace("#", sep)


def plain_comma(x):
    return f"{x:.2f}".replace(".", ",")


def rand_dt(rng, start, end):
    span = int((end - start).total_seconds())
    return start + timedelta(seconds=rng.randint(0, span))


# ---------------------------------------------------------------- names
RU_M_LAST = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
             "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
             "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
             "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кудрявцев", "Баранов",
             "Шарипов", "Хабибуллин", "Гарипов", "Ахметов", "Мельников", "Белоусов", "Тарасов", "Ершов"]
RU_M_FIRST = ["Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл",
              "Михаил", "Никита", "Евгений", "Иван", "Роман", "Олег", "Павел", "Владимир", "Денис", "Игорь", "Руслан"]
RU_F_FIRST = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Екатерина", "Светлана",
              "Юлия", "Анастасия", "Марина", "Людмила", "Ксения", "Дарья", "Виктория", "Алина", "Оксана"]
RU_M_PAT = ["Александрович", "Сергеевич", "Владимирович", "Андреевич", "Николаевич", "Игоревич", "Викторович",
            "Петрович", "Олегович", "Михайлович", "Юрьевич", "Евгеньевич", "Рашидович"]
RU_F_PAT = ["Александровна", "Сергеевна", "Владимировна", "Андреевна", "Николаевна", "Игоревна",
            "Викторовна", "Петровна", "Олеговна", "Михайловна", "Юрьевна", "Евгеньевна"]


def ru_person(rng):
    last = rng.choice(RU_M_LAST)
    if rng.random() < 0.5:
        return last, rng.choice(RU_M_FIRST), rng.choice(RU_M_PAT), "m"
    lf = last + "а" if last.endswith(("ов", "ёв", "ев", "ин", "ын")) else last
    return lf, rng.choice(RU_F_FIRST), rng.choice(RU_F_PAT), "f"


TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"]))
TRANSLIT.update({"і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o",
                 "ұ": "u", "ү": "u", "һ": "h"})


def translit(s):
    return "".join(TRANSLIT.get(c, c) for c in s.lower() if c.isalnum() or c in "._-")


def free_email(rng, first, last, domains=("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "inbox.ru")):
    f, l = translit(first), translit(last)
    pat = rng.choice(["{f}.{l}", "{l}.{f}", "{f}{l}{n}", "{l}{n}", "{f1}{l}"])
    return pat.format(f=f, l=l, f1=f[:1], n=rng.randint(1, 99)) + "@" + rng.choice(domains)


# ---------------------------------------------------------------- key writers
def write_labels(layout_id, rows):
    """rows: list of (label, ambiguous, kind, country) in record order."""
    path = os.path.join(KEY, f"{layout_id}.labels.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country"])
        for i, (lab, amb, kind, cc) in enumerate(rows):
            w.writerow([i, lab, "true" if amb else "false", kind, cc])
    return path


def write_key(layout_id, obj):
    with open(os.path.join(KEY, f"{layout_id}.json"), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
