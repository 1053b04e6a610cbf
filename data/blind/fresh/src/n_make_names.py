"""Build the name probe n_names: one real buyer name and one neutral item per record.

In:  n_companies.txt, n_public.txt (curated names with label, kind, source) and
     n_persons.py (name statistics per country).
Out: layouts/n_names.csv, key/n_names.json, key/n_names.labels.csv.
Seeded: rebuilding gives the same files.
"""
import csv
import json
import random
import re
from pathlib import Path

from n_persons import JP, KR, KZ, P, RU

SEED = 20261206
HERE = Path(__file__).resolve().parent
SET = HERE.parent
rng = random.Random(SEED)

# Goods a home and an office buy alike; deliberately no kettles, TVs, fridges or
# air conditioners (LABELING.md's household-goods case would make an organisation's
# one-item order ambiguous).
ITEMS = {
 "en": ["Laptop", "24\" Monitor", "Laser Printer", "Desk Chair", "Desk Lamp", "Wireless Keyboard", "Wireless Mouse", "Headphones", "Tablet", "Wi-Fi Router", "External Hard Drive 2TB", "Bookcase", "Webcam", "Smartphone"],
 "de": ["Laptop", "Monitor 24 Zoll", "Laserdrucker", "Schreibtischstuhl", "Schreibtischlampe", "Funktastatur", "Kabellose Maus", "Kopfhörer", "Tablet", "WLAN-Router", "Externe Festplatte 2 TB", "Bücherregal", "Webcam", "Smartphone"],
 "fr": ["Ordinateur portable", "Écran 24 pouces", "Imprimante laser", "Chaise de bureau", "Lampe de bureau", "Clavier sans fil", "Souris sans fil", "Casque audio", "Tablette", "Routeur Wi-Fi", "Disque dur externe 2 To", "Bibliothèque", "Webcam", "Smartphone"],
 "es": ["Ordenador portátil", "Monitor de 24 pulgadas", "Impresora láser", "Silla de escritorio", "Lámpara de escritorio", "Teclado inalámbrico", "Ratón inalámbrico", "Auriculares", "Tableta", "Router wifi", "Disco duro externo 2 TB", "Estantería", "Webcam", "Smartphone"],
 "es-MX": ["Laptop", "Monitor de 24 pulgadas", "Impresora láser", "Silla de escritorio", "Lámpara de escritorio", "Teclado inalámbrico", "Mouse inalámbrico", "Audífonos", "Tableta", "Router wifi", "Disco duro externo 2 TB", "Librero", "Cámara web", "Celular"],
 "it": ["Computer portatile", "Monitor 24 pollici", "Stampante laser", "Sedia da scrivania", "Lampada da scrivania", "Tastiera wireless", "Mouse wireless", "Cuffie", "Tablet", "Router Wi-Fi", "Hard disk esterno 2 TB", "Libreria", "Webcam", "Smartphone"],
 "nl": ["Laptop", "Monitor 24 inch", "Laserprinter", "Bureaustoel", "Bureaulamp", "Draadloos toetsenbord", "Draadloze muis", "Koptelefoon", "Tablet", "Wifi-router", "Externe harde schijf 2 TB", "Boekenkast", "Webcam", "Smartphone"],
 "sv": ["Bärbar dator", "Bildskärm 24 tum", "Laserskrivare", "Skrivbordsstol", "Skrivbordslampa", "Trådlöst tangentbord", "Trådlös mus", "Hörlurar", "Surfplatta", "Wifi-router", "Extern hårddisk 2 TB", "Bokhylla", "Webbkamera", "Mobiltelefon"],
 "no": ["Bærbar PC", "Skjerm 24 tommer", "Laserskriver", "Skrivebordsstol", "Skrivebordslampe", "Trådløst tastatur", "Trådløs mus", "Hodetelefoner", "Nettbrett", "Trådløs ruter", "Ekstern harddisk 2 TB", "Bokhylle", "Webkamera", "Mobiltelefon"],
 "da": ["Bærbar computer", "Skærm 24 tommer", "Laserprinter", "Skrivebordsstol", "Skrivebordslampe", "Trådløst tastatur", "Trådløs mus", "Hovedtelefoner", "Tablet", "Wi-fi-router", "Ekstern harddisk 2 TB", "Reol", "Webcam", "Mobiltelefon"],
 "fi": ["Kannettava tietokone", "Näyttö 24\"", "Lasertulostin", "Työtuoli", "Pöytävalaisin", "Langaton näppäimistö", "Langaton hiiri", "Kuulokkeet", "Tabletti", "WLAN-reititin", "Ulkoinen kiintolevy 2 Tt", "Kirjahylly", "Verkkokamera", "Älypuhelin"],
 "pl": ["Laptop", "Monitor 24 cale", "Drukarka laserowa", "Krzesło do biurka", "Lampka biurkowa", "Klawiatura bezprzewodowa", "Mysz bezprzewodowa", "Słuchawki", "Tablet", "Router Wi-Fi", "Dysk zewnętrzny 2 TB", "Regał na książki", "Kamera internetowa", "Smartfon"],
 "cs": ["Notebook", "Monitor 24\"", "Laserová tiskárna", "Kancelářská židle", "Stolní lampa", "Bezdrátová klávesnice", "Bezdrátová myš", "Sluchátka", "Tablet", "Wi-Fi router", "Externí disk 2 TB", "Knihovna", "Webkamera", "Mobilní telefon"],
 "ru": ["Ноутбук", "Монитор 24\"", "Лазерный принтер", "Компьютерное кресло", "Настольная лампа", "Беспроводная клавиатура", "Беспроводная мышь", "Наушники", "Планшет", "Wi-Fi роутер", "Внешний жёсткий диск 2 ТБ", "Книжный стеллаж", "Веб-камера", "Смартфон"],
 "ja": ["ノートパソコン", "24インチモニター", "レーザープリンター", "デスクチェア", "デスクライト", "ワイヤレスキーボード", "ワイヤレスマウス", "ヘッドホン", "タブレット", "無線LANルーター", "外付けハードディスク 2TB", "本棚", "ウェブカメラ", "スマートフォン"],
 "ko": ["노트북", "24인치 모니터", "레이저 프린터", "책상 의자", "책상 스탠드", "무선 키보드", "무선 마우스", "헤드폰", "태블릿", "와이파이 공유기", "외장 하드디스크 2TB", "책장", "웹캠", "스마트폰"],
 "pt": ["Computador portátil", "Monitor 24 polegadas", "Impressora laser", "Cadeira de secretária", "Candeeiro de secretária", "Teclado sem fios", "Rato sem fios", "Auscultadores", "Tablet", "Router Wi-Fi", "Disco externo 2 TB", "Estante", "Webcam", "Telemóvel"],
 "pt-BR": ["Notebook", "Monitor 24 polegadas", "Impressora a laser", "Cadeira giratória", "Luminária de mesa", "Teclado sem fio", "Mouse sem fio", "Fone de ouvido", "Tablet", "Roteador Wi-Fi", "HD externo 2 TB", "Estante", "Webcam", "Celular"],
 "tr": ["Dizüstü bilgisayar", "24 inç monitör", "Lazer yazıcı", "Çalışma sandalyesi", "Masa lambası", "Kablosuz klavye", "Kablosuz mouse", "Kulaklık", "Tablet", "Wi-Fi modem", "Harici disk 2 TB", "Kitaplık", "Web kamerası", "Cep telefonu"],
}
LANG = {"US": "en", "GB": "en", "CA": "en", "AU": "en", "IE": "en", "DE": "de", "AT": "de", "CH": "de",
        "FR": "fr", "BE": "nl", "ES": "es", "MX": "es-MX", "IT": "it", "NL": "nl", "SE": "sv", "NO": "no",
        "DK": "da", "FI": "fi", "PL": "pl", "CZ": "cs", "RU": "ru", "KZ": "ru", "JP": "ja", "KR": "ko",
        "PT": "pt", "BR": "pt-BR", "TR": "tr"}

# Kinds of the mixed "police_fire_army" blocks, name by name.
KIND_FIX = {
 "court": ["Арбитражный суд Московской области", "Пресненский районный суд г. Москвы", "最高裁判所", "東京地方裁判所",
           "대법원", "Supreme Court of Canada", "Federal Court of Australia", "Courts Service of Ireland", "Hof van Cassatie",
           "Supremo Tribunal de Justiça", "Tribunal de Justiça do Estado do Rio de Janeiro", "Suprema Corte de Justicia de la Nación", "Yargıtay"],
 "armed_forces": ["Войсковая часть 55443", "陸上自衛隊", "海上自衛隊 横須賀地方総監部", "航空自衛隊 入間基地", "육군 제1군단",
           "Canadian Forces Base Petawawa", "Royal Australian Air Force", "RAAF Base Amberley", "Defence Forces Ireland",
           "Composante Terre de la Défense", "Exército Português", "Exército Brasileiro", "Comando da Aeronáutica", "Kara Kuvvetleri Komutanlığı"],
 "public_school": ["КГУ «Школа-гимназия № 56»"],
 "police_fire": ["РГУ «Департамент полиции города Алматы»"],
}
KIND_FIX = {name: k for k, names in KIND_FIX.items() for name in names}


def read_curated(path):
    """Parse a curated list: '@key value' lines set state, other lines are names."""
    st, out = {}, []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, val = line[1:].partition(" ")
            st[key] = val.strip()
            continue
        kind = st["kind"]
        if kind == "police_fire_army":
            kind = KIND_FIX.get(line, "police_fire")
        kind = KIND_FIX.get(line, kind)
        out.append(dict(name=line, label=st["label"], ambiguous=st["amb"] == "1", kind=kind,
                        country=st["cc"], lang=st["lang"], source=st["src"]))
    return out


def pick(seq):
    return seq[rng.randrange(len(seq))]


CZ_F = {"Němec": "Němcová", "Vaněk": "Vaňková"}


def cz_female(s):
    if s in CZ_F:
        return CZ_F[s]
    if s.endswith("ý"):
        return s[:-1] + "á"
    if s.endswith("a"):
        return s[:-1] + "ová"
    if s.endswith("ek"):
        return s[:-2] + "ková"
    return s + "ová"


def pl_female(s):
    for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(m):
            return s[: -len(m)] + f
    return s


RU_PATR = {"Александр": "Александров", "Сергей": "Сергеев", "Владимир": "Владимиров", "Николай": "Николаев",
           "Иван": "Иванов", "Михаил": "Михайлов", "Петр": "Петров", "Алексей": "Алексеев", "Виктор": "Викторов",
           "Юрий": "Юрьев", "Андрей": "Андреев", "Анатолий": "Анатольев", "Геннадий": "Геннадьев", "Валерий": "Валерьев",
           "Болат": "Болатов", "Серик": "Сериков", "Нурлан": "Нурланов", "Ерлан": "Ерланов", "Марат": "Маратов",
           "Кайрат": "Кайратов", "Бахыт": "Бахытов", "Жумабек": "Жумабеков", "Талгат": "Талгатов", "Серикбай": "Серикбаев",
           "Амангельды": "Амангельдиев", "Есен": "Есенов"}


def person(cc):
    """Return (name, kind, source) of one private person of country cc."""
    r = rng.random()
    if cc in ("RU", "KZ"):
        src, gm, gf, sur, fathers = RU if cc == "RU" else KZ
        fem = rng.random() < 0.5
        g = pick(gf if fem else gm)
        s = pick(sur) + ("а" if fem else "")
        p = RU_PATR[pick(fathers)] + ("на" if fem else "ич")  # Петров+на -> Петровна
        if cc == "KZ" and r < 0.2:
            return f"{s} {g}", "private_person_surname_first", src
        if r < 0.5:
            return f"{s} {g} {p}", "private_person_patronymic", src
        if r < 0.7:
            return f"{s} {g[0]}.{p[0]}.", "private_person_initials", src
        if r < 0.9:
            return f"{g} {s}", "private_person", src
        return f"{g} {p} {s}", "private_person_patronymic", src
    if cc == "JP":
        src, gm, gf, sur, rsur, rgiv = JP
        if r < 0.15:
            return f"{pick(rgiv)} {pick(rsur)}", "private_person_romanized", src
        if r < 0.22:
            return f"{pick(rsur).upper()} {pick(rgiv)}", "private_person_surname_first", src
        g = pick(gf if rng.random() < 0.5 else gm)
        s = pick(sur)
        return (f"{s} {g}" if r < 0.6 else f"{s}{g}"), "private_person_surname_first", src
    if cc == "KR":
        src, sur, giv, rsur, rgiv = KR
        if r < 0.15:
            return f"{pick(rsur)} {pick(rgiv)}", "private_person_romanized", src
        s, g = pick(sur), pick(giv)
        return (f"{s} {g}" if r < 0.3 else f"{s}{g}"), "private_person_surname_first", src
    src, gm, gf, sur = P[cc]
    fem = rng.random() < 0.5
    g = pick(gf if fem else gm)
    s = pick([x for x in sur if x != g])
    if cc == "CZ" and fem:
        s = cz_female(s)
    if cc == "PL" and fem:
        s = pl_female(s)
    if cc in ("ES", "MX"):
        s2 = pick(sur)
        if r < 0.15:
            g = pick(["María José", "José Luis", "Juan Carlos", "Ana Belén", "María del Carmen", "Luis Miguel", "María Fernanda"])
        if r < 0.6:
            return f"{g} {s} {s2}", "private_person_two_surnames", src
        if r < 0.85:
            return f"{s} {s2}, {g}", "private_person_last_first", src
        return f"{g} {s}", "private_person", src
    if cc in ("PT", "BR"):
        mid = pick(gf if fem else gm)
        part = {"Silva": "da ", "Costa": "da ", "Rocha": "da ", "Santos": "dos ", "Reis": "dos ",
                "Oliveira": "de ", "Souza": "de ", "Sousa": "de ", "Almeida": "de ", "Carvalho": "de ",
                "Jesus": "de ", "Andrade": "de "}.get(s, "") if rng.random() < 0.5 else ""
        s2 = pick(sur)
        if r < 0.4:
            return f"{g} {mid} {part}{s}", "private_person", src
        if r < 0.8:
            return f"{g} {part}{s} {s2}", "private_person", src
        return f"{g} {s}", "private_person", src
    if cc == "NL" or (cc == "BE" and " " in s):
        if r < 0.45:
            return f"{g} {s}", "private_person" if " " not in s else "private_person_particle", src
        if r < 0.6:
            return f"{g[0]}.{pick(gm)[0]}. {s}", "private_person_initials", src
        if r < 0.8 and " " in s and cc == "NL":
            parts = s.split(" ")
            return f"{parts[-1][0].upper()}{parts[-1][1:]}, {g} {' '.join(parts[:-1])}", "private_person_last_first_particle", src
        return f"{s[0].upper()}{s[1:]}, {g}", "private_person_last_first", src
    if cc in ("DE", "AT", "CH") and r < 0.06:
        s = pick(["von Bergen", "von der Heide", "von Arnim", "von Brandenstein", "zu Hohenlohe", "von Stetten", "von Oppen"])
        return f"{g} {s}", "private_person_particle", src
    if cc == "FR" and r < 0.06:
        s = pick(["de La Fontaine", "Le Gall", "Le Goff", "de Lattre", "d'Aubigny", "du Plessis", "de Saint-Just"])
        return f"{g} {s}", "private_person_particle", src
    if cc in ("IT", "FR", "BE") and r < 0.3:
        return f"{s.upper()} {g}", "private_person_surname_first", src
    if cc == "IT" and r < 0.4:
        return f"{s} {g}", "private_person_surname_first", src
    if cc in ("FI", "PL", "TR") and r < 0.25:
        if cc == "TR":
            return f"{g} {s.replace('i', 'İ').upper()}", "private_person", src
        return f"{s} {g}", "private_person_surname_first", src
    if cc == "TR" and r < 0.4:
        g2 = pick(["Nur", "Can", "Naz", "Ali", "Emre", "Gül"])
        return f"{g} {g2} {s}", "private_person", src
    if cc in ("US", "CA", "AU") and r < 0.15:
        return f"{g} {chr(65 + rng.randrange(26))}. {s}", "private_person_middle_initial", src
    if cc in ("GB", "IE", "AU") and r < 0.12:
        t = "Mrs" if fem and rng.random() < 0.6 else ("Ms" if fem else "Mr")
        return f"{t} {g} {s}", "private_person_title", src
    if r < 0.55:
        return f"{g} {s}", "private_person", src
    if r < 0.8:
        return f"{s}, {g}", "private_person_last_first", src
    if r < 0.9:
        return f"{g[0]}. {s}", "private_person_initials", src
    if cc in ("DE", "AT", "CH", "GB", "SE", "NO", "DK"):
        return f"{g} {s}-{pick([x for x in sur if x != s])}", "private_person_double_surname", src
    return f"{g} {s}", "private_person", src


def main():
    recs = read_curated(HERE / "n_companies.txt") + read_curated(HERE / "n_public.txt")
    seen = {r["name"] for r in recs}
    assert len(seen) == len(recs), [r["name"] for r in recs if sum(x["name"] == r["name"] for x in recs) > 1]
    countries = sorted(LANG)
    per = {cc: 40 for cc in countries}
    for cc in ("US", "DE", "RU", "GB", "FR"):
        per[cc] += 6
    for cc in countries:
        n = 0
        while n < per[cc]:
            name, kind, src = person(cc)
            if name in seen:
                continue
            seen.add(name)
            recs.append(dict(name=name, label="B2C", ambiguous=False, kind=kind, country=cc,
                             lang=LANG[cc], source=src))
            n += 1
    rng.shuffle(recs)
    for r in recs:
        r["item"] = pick(ITEMS[r["lang"]])
    (SET / "layouts").mkdir(exist_ok=True)
    with open(SET / "layouts/n_names.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Customer", "Item"])
        for r in recs:
            w.writerow([r["name"], r["item"]])
    with open(SET / "key/n_names.labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
        for i, r in enumerate(recs):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"], r["source"]])
    key = {
        "id": "n_names",
        "system": "name probe: a two-column customer list (Customer, Item), UTF-8 CSV without BOM",
        "country": "multi (27 countries plus embassies of SK)",
        "language": "multi (en, de, fr, es, it, nl, sv, no, da, fi, pl, cs, ru, ja, ko, pt, tr)",
        "docs": [
            "Not a real system's export: a probe of the buyer-name evidence alone. Every record is one real buyer name and one neutral item in the buyer's language.",
            "Company names follow public index constituent lists (S&P 500 from datasets/s-and-p-500-companies data/constituents.csv; FTSE 100/250, DAX/MDAX, CAC 40/SBF 120, IBEX 35, FTSE MIB, AEX/AMX, OMXS30, OBX, OMXC25, OMXH25, WIG20/mWIG40, PX, ATX, SMI/SMIM, IMOEX, KASE, Nikkei 225/TOPIX, KOSPI 200, S&P/TSX 60, S&P/ASX 50, ISEQ 20, BEL 20, PSI, Ibovespa, S&P/BMV IPC, BIST 30), written as commonly written, most without a legal form.",
            "Public bodies follow official registers and directories (USA.gov A-Z, NCES, BIA tribal list, GOV.UK departments, NHS ODS, Destatis GV-ISys, INSEE COG, DIR3, IPA, Overheid.nl, SCB, TERYT, ОКТМО/ЕГРЮЛ, КАТО, 総務省 団体コード, 행정표준코드, ...); private persons are built from national name statistics (SSA/Census, ONS, GfdS, INSEE, INE, ISTAT, Meertens, SCB, SSB, DST, DVV, PESEL, MV ČR, Statistik Austria, BFS, Журавлёв, КАТО/ЦОН, 明治安田, KOSIS, ISQ, NSW BDM, CSO, Statbel, IRN, IBGE, RENAPO, TÜİK). The per-record `source` column of the labels file names the list."
        ],
        "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None,
                   "tax_id": None, "email": None, "payment": None, "comment": None},
        "notes": "Header on line 1, every following line is a record (no title or totals lines). One record = one order of one item; the item is deliberately neutral (laptop, monitor, chair, lamp, router...), so the label rests on the buyer name. labels.csv has an extra `source` column naming the public list each name comes from. `country` of an embassy is the sending state; of an international organisation, its seat. See key/readings_n_.md.",
    }
    (SET / "key/n_names.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return recs


if __name__ == "__main__":
    recs = main()
    from collections import Counter
    print(len(recs), Counter(r["label"] for r in recs), Counter(r["ambiguous"] for r in recs))
