"""Shared functions for the dd_ generators: tax IDs with valid check digits, names."""
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def inn10(rng, region="77"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(7)]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    return "".join(map(str, d))


def inn12(rng, region="50"):
    d = [int(c) for c in region] + [rng.randint(0, 9) for _ in range(8)]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def kpp(inn):
    return inn[:4] + "01001"


def unp(rng, first="1"):
    """Belarus UNP, 9 digits, weights 29 23 19 17 13 7 5 3 mod 11 (10 -> retry)."""
    w = (29, 23, 19, 17, 13, 7, 5, 3)
    while True:
        d = [int(c) for c in first] + [rng.randint(0, 9) for _ in range(8 - len(first))]
        c = sum(a * b for a, b in zip(w, d)) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def edrpou(rng, first="4"):
    while True:
        d = [int(first)] + [rng.randint(0, 9) for _ in range(6)]
        w = [7, 1, 2, 3, 4, 5, 6] if d[0] in (3, 4, 5) else [1, 2, 3, 4, 5, 6, 7]
        t = sum(a * b for a, b in zip(w, d))
        if t % 11 < 10:
            c = t % 11
        else:
            t = sum((a + 2) * b for a, b in zip(w, d))
            c = t % 11 % 10
        return "".join(map(str, d)) + str(c)


def rnokpp(rng):
    d = [rng.randint(1, 3)] + [rng.randint(0, 9) for _ in range(8)]
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
    return "".join(map(str, d))


RU_M = [("Иванов", "Алексей", "Сергеевич"), ("Смирнов", "Дмитрий", "Александрович"), ("Кузнецов", "Андрей", "Викторович"),
        ("Попов", "Михаил", "Юрьевич"), ("Соколов", "Игорь", "Николаевич"), ("Лебедев", "Павел", "Олегович"),
        ("Козлов", "Сергей", "Петрович"), ("Новиков", "Евгений", "Владимирович"), ("Морозов", "Артём", "Игоревич"),
        ("Волков", "Роман", "Андреевич"), ("Фёдоров", "Максим", "Геннадьевич"), ("Михайлов", "Константин", "Ильич"),
        ("Егоров", "Виталий", "Борисович"), ("Павлов", "Денис", "Анатольевич"), ("Семёнов", "Олег", "Васильевич")]
RU_F = [("Иванова", "Елена", "Викторовна"), ("Смирнова", "Ольга", "Сергеевна"), ("Кузнецова", "Татьяна", "Андреевна"),
        ("Попова", "Наталья", "Игоревна"), ("Соколова", "Анна", "Дмитриевна"), ("Лебедева", "Мария", "Александровна"),
        ("Козлова", "Ирина", "Павловна"), ("Новикова", "Светлана", "Юрьевна"), ("Морозова", "Екатерина", "Олеговна"),
        ("Волкова", "Юлия", "Николаевна"), ("Орлова", "Дарья", "Максимовна"), ("Никитина", "Ксения", "Романовна")]


def ru_person(rng):
    return rng.choice(RU_M + RU_F)


UA_M = [("Коваленко", "Олександр", "Петрович"), ("Шевченко", "Андрій", "Іванович"), ("Бондаренко", "Сергій", "Миколайович"),
        ("Ткаченко", "Дмитро", "Васильович"), ("Кравченко", "Максим", "Олегович"), ("Мельник", "Віталій", "Юрійович"),
        ("Олійник", "Тарас", "Богданович"), ("Лисенко", "Ігор", "Степанович"), ("Савчук", "Роман", "Володимирович"),
        ("Поліщук", "Євген", "Анатолійович"), ("Бойко", "Володимир", "Григорович")]
UA_F = [("Коваленко", "Ірина", "Петрівна"), ("Шевченко", "Оксана", "Іванівна"), ("Бондаренко", "Наталія", "Миколаївна"),
        ("Ткаченко", "Юлія", "Василівна"), ("Кравчук", "Олена", "Олегівна"), ("Мельник", "Марія", "Юріївна"),
        ("Гончаренко", "Анастасія", "Сергіївна"), ("Руденко", "Тетяна", "Віталіївна"), ("Марченко", "Світлана", "Андріївна"),
        ("Литвиненко", "Катерина", "Романівна")]


def ua_person(rng):
    return rng.choice(UA_M + UA_F)


BY_M = [("Ковалёв", "Андрей", "Николаевич"), ("Новик", "Сергей", "Иванович"), ("Жук", "Дмитрий", "Александрович"),
        ("Козловский", "Павел", "Викторович"), ("Сидорович", "Виктор", "Петрович"), ("Мельников", "Александр", "Геннадьевич"),
        ("Шевчук", "Игорь", "Михайлович")]
BY_F = [("Ковалёва", "Наталья", "Сергеевна"), ("Новик", "Ольга", "Владимировна"), ("Жук", "Елена", "Ивановна"),
        ("Климович", "Татьяна", "Николаевна")]


def normalize_xlsx(path):
    """Make an xlsx byte-reproducible: fixed zip timestamps and fixed core.xml dates."""
    import re, zipfile, io
    path = Path(path)
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T09:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)
    path.write_bytes(buf.getvalue())
