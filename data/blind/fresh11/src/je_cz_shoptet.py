"""je_cz_shoptet_objednavky_polozky: Shoptet 'Objednávky -> Export', own CSV template with
'Exportovat jednotlivé položky objednávky' switched on (one row per order item, order
columns repeated). Invented Brno e-shop for cleaning, hygiene and office consumables.
Windows-1250, ';', every field quoted, trailing ';', CRLF. Seeded.
"""
from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from je_common import LAYOUTS, cz_ico, cz_ico_valid, fmt_comma, write_key, write_labels  # noqa: E402

ID = "je_cz_shoptet_objednavky_polozky"
rng = random.Random(20241011)

HEADER = ["code", "date", "statusName", "currencyCode", "email", "phone", "billFullName", "billCompany",
          "billStreet", "billHouseNumber", "billCity", "billZip", "billCountryName", "billCompanyId",
          "billVatId", "remark", "shopRemark", "totalPriceWithVat", "itemType", "itemCode", "itemName",
          "itemAmount", "itemUnitPriceWithVat"]

P = {  # code: (name, price incl. VAT)
    "HY-1001": ("Toaletní papír Tork Advanced T4 2vrstvý, 42 rolí", 459.0),
    "HY-1002": ("Papírové ručníky ZZ Katrin Classic 2vrstvé, 20 × 150 ks", 529.0),
    "HY-1003": ("Tekuté mýdlo Tork Premium Mild S1, 1 l", 179.0),
    "HY-1004": ("Savo Original dezinfekce 1,2 l", 69.0),
    "HY-1005": ("Jar Professional na nádobí 5 l", 299.0),
    "HY-1006": ("Pytle na odpad 120 l, 25 ks, černé", 89.0),
    "HY-1007": ("Nitrilové rukavice Ampri Solid Safe vel. M, 100 ks", 149.0),
    "KA-2001": ("Kancelářský papír Xerox Business A4 80 g, 500 listů", 139.0),
    "HY-1008": ("Mop Vileda Ultramax Turbo sada", 749.0),
    "HY-1009": ("Ajax Floral Fiesta univerzální čistič 5 l", 259.0),
    "HY-1010": ("Dezinfekční gel na ruce Sterillium 500 ml", 229.0),
    "HY-1011": ("Houbičky na nádobí Spontex, 10 ks", 39.0),
    "HY-1012": ("Osvěžovač vzduchu Glade Automatic + náplň", 189.0),
    "HY-1013": ("Utěrky z mikrovlákna Vileda, 8 ks", 169.0),
    "KA-2002": ("Obálky C5 samolepicí, 50 ks", 59.0),
    "SP-3001": ("Rychlovarná konvice Sencor SWK 1701SS", 599.0),
    "SP-3002": ("Kávovar Philips Series 1200 EP1220/00", 6490.0),
    "SP-3003": ("Vysavač Concept VP8290", 2990.0),
}
HOUSEHOLD = ["SP-3001", "SP-3002", "SP-3003"]
CONSUMABLES = [k for k in P if k not in HOUSEHOLD]
SHIP = [("PPL – doručení na adresu", 129.0), ("Zásilkovna – výdejní místo", 79.0),
        ("Osobní odběr – sklad Brno-Slatina", 0.0), ("Česká pošta – Balík Do ruky", 149.0),
        ("PPL – doručení na adresu (zdarma nad 3 000 Kč)", 0.0)]
PAY_PERSON = [("Platba kartou online", 0.0), ("Bankovní převod", 0.0), ("Dobírka", 39.0)]
PAY_ORG = ("Převodem na fakturu (splatnost 14 dní)", 0.0)


def ico(valid: str | None = None, prefix: str = "2") -> str:
    """A real IČO (checked) or an invented one with a valid mod-11 check digit.
    prefix: '2' companies founded after 2000, '0' municipalities, '7' public institutions."""
    if valid:
        assert cz_ico_valid(valid), valid
        return valid
    while True:
        body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(6 - (len(prefix) - 1)))
        cand = cz_ico(body[:7])
        if cand[-1] != "0" or rng.random() < 0.3:
            return cand


def rc_dic(female: bool) -> str:
    """DIČ of a sole trader = CZ + birth number (10 digits divisible by 11)."""
    while True:
        yy, mm, dd = rng.randint(60, 95), rng.randint(1, 12), rng.randint(1, 28)
        base = f"{yy:02d}{mm + (50 if female else 0):02d}{dd:02d}{rng.randint(0, 999):03d}"
        for c in range(10):
            if int(base + str(c)) % 11 == 0:
                return "CZ" + base + str(c)


def phone() -> str:
    return f"+420 {rng.choice(['603', '605', '607', '724', '731', '736', '774', '777', '602', '739'])} " \
           f"{rng.randint(100, 999)} {rng.randint(100, 999)}"


G, B, C = "B2G", "B2B", "B2C"
orders: list[dict] = []


def order(company, fullname, email, street, house, city, zip_, ico_, dic, label, kind, amb,
          country="CZ", items=None, remark="", shop_remark="", org_payment=None, n_items=(1, 3),
          qty=(1, 3), phone_=True, ship=None, pay=None, status=None):
    if items is None:
        items = [(k, rng.randint(*qty)) for k in rng.sample(CONSUMABLES, rng.randint(*n_items))]
    is_org = label in (G, B) and company
    if pay is None:
        pay = PAY_ORG if (is_org and (org_payment if org_payment is not None else True)) else rng.choice(PAY_PERSON)
    if ship is None:
        ship = rng.choice(SHIP)
    orders.append(dict(company=company, fullname=fullname, email=email, street=street, house=house,
                       city=city, zip=zip_, ico=ico_, dic=dic, label=label, kind=kind, amb=amb,
                       country=country, items=items, remark=remark, shop_remark=shop_remark,
                       ship=ship, pay=pay, phone=phone() if phone_ else "", status=status))


# ---------------------------------------------------------------- public buyers (B2G)
def big(n=(1, 3), q=(2, 10)):
    return [(k, rng.randint(*q)) for k in rng.sample(CONSUMABLES, rng.randint(*n))]


i1 = ico(prefix="7")
order("Základní škola a Mateřská škola Dolní Břežany, příspěvková organizace", "Mgr. Lenka Procházková",
      "hospodarka@zsdolnibrezany.cz", "Školní", "396", "Dolní Břežany", "252 41", i1, "", G, "public_school", False,
      items=big(), remark="Objednávka č. 118/2024, fakturujte na školu.", shop_remark="škola – splatnost 14 dní")
i2 = ico(prefix="6")
for r in ["Dodat do kuchyně školní jídelny, vchod ze dvora."]:
    order("Základní škola Brno, Holzova 1, příspěvková organizace", "Ing. Pavla Šťastná",
          "ekonomka@zsholzova.cz", "Holzova", "1", "Brno", "628 00", i2, "CZ" + i2, G, "public_school", False,
          items=big(), remark=r)
i3 = ico(prefix="7")
order("Mateřská škola Blansko, Dvorská 96, příspěvková organizace", "Bc. Hana Veselá", "reditelka@msdvorska.cz",
      "Dvorská", "96", "Blansko", "678 01", i3, "", G, "public_kindergarten", False, items=big((2, 3), (3, 8)))
order("Mateřská škola Blansko, Dvorská 96, příspěvková organizace", "Bc. Hana Veselá", "reditelka@msdvorska.cz",
      "Dvorská", "96", "Blansko", "678 01", i3, "", G, "public_kindergarten_household_item", True,
      items=[("SP-3001", 1)], remark="Konvice do třídy Berušky")
order("Město Kuřim", "Jaroslava Dvořáková", "podatelna@kurim.cz", "Jungmannova", "968/75", "Kuřim", "664 34",
      ico("00281859"), "CZ00281859", G, "municipality", False, items=big(), remark="Městský úřad – odbor správní")
order("MĚSTO KUŘIM", "Jaroslava Dvořáková", "podatelna@kurim.cz", "Jungmannova", "968/75", "Kuřim", "664 34",
      "00281859", "CZ00281859", G, "municipality_household_item", True,
      items=[("SP-3002", 1)], remark="kávovar do zasedací místnosti starosty")
iob = ico(prefix="00")
order("Obec Moravany ", "Petr Horák", "obec@moravany.cz", "Hlavní", "43", "Moravany", "664 48", iob, "", G,
      "municipality", False, items=big((2, 3), (2, 6)))
order("Město Tišnov", "Ing. Radek Sedláček", "podatelna@tisnov.cz", "nám. Míru", "111", "Tišnov", "666 01",
      ico("00282707"), "CZ00282707", G, "municipality", False, items=big())
order("Statutární město Brno, Městská část Brno-střed", "Alena Fialová", "zasobovani@brno-stred.cz",
      "Dominikánská", "264/2", "Brno", "601 69", ico("44992785"), "CZ44992785", G, "municipal_district", False,
      items=big((3, 4), (4, 15)), remark="Dle rámcové smlouvy č. 2024/0412/OŠ")
ids = ico(prefix="7")
order("Domov pro seniory Holzova, příspěvková organizace", "Lucie Marková", "provoz@dsholzova.cz", "Holzova",
      "1006/8", "Brno", "628 00", ids, "CZ" + ids, G, "public_care_home", False, items=big((3, 4), (6, 20)))
order("Fakultní nemocnice Brno", "Oddělení nákupu – Ing. Michal Vlček", "nakup@fnbrno.cz", "Jihlavská", "20",
      "Brno", "625 00", ico("65269705"), "CZ65269705", G, "public_hospital", False, items=big((2, 4), (10, 30)),
      remark="Obj. č. FNB/OBJ/2024/10/3311")
order("Masarykova univerzita", "Katedra sociologie FSS – Jana Konečná", "konecna@fss.muni.cz", "Žerotínovo nám.",
      "617/9", "Brno", "601 77", ico("00216224"), "CZ00216224", G, "public_university", False, items=big((2, 3), (2, 8)))
order("Krajské ředitelství policie Jihomoravského kraje", "npor. Tomáš Zeman", "krpb.nakup@pcr.cz", "Kounicova",
      "687/24", "Brno", "611 32", ico("72052767"), "CZ72052767", G, "police", False, items=big((2, 4), (5, 20)))
order("Hasičský záchranný sbor Jihomoravského kraje", "Ivana Kubíčková", "ivana.kubickova@jmk.izscr.cz",
      "Zubatého", "685/1", "Brno", "614 00", ico("70884099"), "CZ70884099", G, "fire_rescue_service", False,
      items=big((2, 3), (4, 12)))
order("Okresní soud Brno-venkov", "Správa soudu – Věra Benešová", "podatelna@osoud.bnv.justice.cz",
      "Polní", "994/39", "Brno", "608 01", ico(prefix="00"), "", G, "court", False, items=big((1, 3), (3, 10)))
order("Česká pošta, s.p.", "Depo Brno 70 – Zdeněk Kopecký", "zdenek.kopecky@cpost.cz", "Politických vězňů",
      "909/4", "Praha 1", "110 00", ico("47114983"), "CZ47114983", G, "state_enterprise", False, items=big())
order("Velvyslanectví Spolkové republiky Německo", "Verwaltung – Anna Schneider", "vw-1@prag.diplo.de",
      "Vlašská", "19", "Praha 1 - Malá Strana", "118 01", "", "", G, "embassy", False, country="DE",
      items=big((2, 3), (2, 6)), remark="Bitte Rechnung an die Verwaltung / fakturu na správu velvyslanectví")
order("Ministerstvo obrany – Agentura logistiky", "kpt. Ondřej Bartoš", "bartoso@army.cz", "Tychonova", "1",
      "Praha 6", "160 01", ico("60162694"), "CZ60162694", G, "armed_forces", False, items=big((2, 3), (10, 25)),
      remark="Objednávka MO 2024/AL/1187")
order("Úřad práce České republiky – krajská pobočka v Brně", "Renata Holubová", "renata.holubova@uradprace.cz",
      "Polní", "1011/37", "Brno", "659 89", ico("72496991"), "CZ72496991", G, "state_agency", False,
      items=big((1, 3), (3, 9)))
order("Základní umělecká škola Blansko, příspěvková organizace", "Eva Pokorná", "zus@zusblansko.cz", "Komenského",
      "4", "Blansko", "678 01", ico(prefix="6"), "", G, "public_school", False, items=big((1, 2), (2, 4)))

# ---------------------------------------------------------------- businesses and other organisations (B2B)
def firm(name, person, email, street, house, city, zip_, kind="company", vat=True, n=1, ni=(1, 4), nq=(1, 8),
         **kw):
    i = ico()
    for _ in range(n):
        order(name, person, email, street, house, city, zip_, i, ("CZ" + i) if vat else "", B, kind, False,
              items=big(ni, nq), **kw)


firm("ÚKLID PLUS BRNO s.r.o.", "Roman Dušek", "objednavky@uklidplus-brno.cz", "Cejl", "62", "Brno", "602 00")
firm("Pekárna „U Mlýna“ s.r.o.", "Jitka Malá", "jitka.mala@pekarnaumlyna.cz", "Mlýnská", "12", "Blansko", "678 01")
firm("AUTO MORAVIA s.r.o.", "Libor Kříž", "servis@automoravia.cz", "Vídeňská", "97", "Brno", "639 00")
firm("Stavební firma Dvořák a syn s.r.o.", "Martin Dvořák", "dvorak@stavby-dvorak.cz", "Palackého", "18",
     "Kuřim", "664 34")
firm("Zubní ordinace MUDr. Petra Veselá s.r.o.", "MUDr. Petra Veselá", "ordinace@zubni-vesela.cz", "Lidická",
     "40", "Brno", "602 00", kind="medical_practice")
firm('Restaurace "U Tří kohoutů" s.r.o.', "Karel Beneš", "provoz@utrikohoutu.cz", "Pekařská", "8", "Brno",
     "602 00")
firm("Alza.cz a.s.", "Nákup kancelář Brno – Michaela Urbanová", "michaela.urbanova@alza.cz", "Jankovcova",
     "1522/53", "Praha 7", "170 00")
firm("MEDIKA Brno spol. s r.o.", "Ivana Šimková", "simkova@medikabrno.cz", "Křenová", "19", "Brno", "602 00")
firm("Hotel Slavia Brno a.s.", "Housekeeping – Dana Pospíšilová", "housekeeping@hotelslavia.cz", "Solniční", "15/17",
     "Brno", "602 00", ni=(2, 3), nq=(5, 20))
firm("Společenství vlastníků jednotek Kotlářská 12, Brno", "Vladimír Navrátil", "svj.kotlarska12@seznam.cz",
     "Kotlářská", "12", "Brno", "602 00", kind="homeowners_association", vat=False)
firm("Římskokatolická farnost Brno-Líšeň", "P. Josef Hájek", "farnost.lisen@biskupstvi.cz", "Kostelní", "1",
     "Brno", "628 00", kind="religious_organisation", vat=False)
firm("Soukromá střední odborná škola Brno, s.r.o.", "Ing. Jiří Kučera", "kucera@ssosbrno.cz", "Vídeňská", "55",
     "Brno", "639 00", kind="private_school")
i_osvc = ico()
order("Jana Horáková – Kadeřnictví Bella", "Jana Horáková", "kadernictvi.bella@seznam.cz", "Bystrcká", "22",
      "Brno", "624 00", i_osvc, rc_dic(True), B, "sole_trader", False, items=big((1, 3), (1, 4)))
order("Účetní kancelář Ing. Marie Kratochvílová", "Ing. Marie Kratochvílová", "kratochvilova.ucetni@email.cz",
      "Husova", "5", "Tišnov", "666 01", ico(), "", B, "sole_trader", False, items=big((1, 2), (2, 5)))
order("Autoservis Pospíšil", "Luboš Pospíšil", "autoservis.pospisil@centrum.cz", "Brněnská", "210", "Kuřim",
      "664 34", ico(), rc_dic(False), B, "sole_trader", False, items=big((2, 3), (2, 6)), org_payment=False)
# ambiguous B2B
order("ČEZ, a. s.", "Provozní správa Dukovany – Ing. Aleš Kadlec", "ales.kadlec@cez.cz", "Duhová", "1444/2",
      "Praha 4", "140 53", ico("45274649"), "CZ45274649", B, "state_owned_company_public_procurement", True,
      items=big((1, 2), (10, 30)), remark="Dodávka na základě VZ malého rozsahu č. VZ/2024/0317")
order("Krajská nemocnice Tomáše Bati, a. s.", "Nákupní oddělení", "nakup@bnzlin.cz", "Havlíčkovo nábřeží",
      "600", "Zlín", "760 01", ico("27661989"), "CZ27661989", B, "regional_owned_hospital_company", True,
      items=big((1, 2), (10, 25)))
order("OSCE – Kancelář sekretariátu OBSE v Praze", "Administration – Petra Růžičková", "prague-office@osce.org",
      "Národní", "3", "Praha 1", "110 00", "", "", B, "international_org", True, items=big((1, 3), (2, 6)))
i_ak = ico(prefix="6")
order("Advokátní kancelář Mgr. Tomáš Beneš", "Mgr. Tomáš Beneš", "benes@ak-benes.cz", "Joštova", "4", "Brno",
      "602 00", i_ak, "CZ" + i_ak, B, "law_practice_household_item", True, items=[("SP-3003", 1)])
order("", "Filip Černý", "filip.cerny88@gmail.com", "Kounicova", "45", "Brno", "602 00", "", "", B,
      "person_stated_business_use", True, items=[("HY-1005", 4), ("HY-1006", 6), ("HY-1011", 10)],
      remark="Kupuji pro naši kavárnu Café Kounicova, účtenku stačí.")
order("", "Monika Šebestová", "monika.sebestova@seznam.cz", "Palackého", "203", "Kuřim", "664 34", "", "", B,
      "person_ordering_for_company", True, items=[("KA-2001", 10), ("KA-2002", 4)],
      remark="Prosím fakturu na firmu Stavby Černý s.r.o., IČ 27744507, platím já.")
order("Jan Novotný – Malířství a natěračství", "Jan Novotný", "jan.novotny.malir@seznam.cz", "Okružní", "9",
      "Brno", "638 00", ico(), rc_dic(False), B, "sole_trader_household_card", True, items=[("SP-3002", 1)],
      pay=("Platba kartou online", 0.0), ship=("Zásilkovna – výdejní místo", 79.0))

# ---------------------------------------------------------------- private persons (B2C)
FIRST = [("Jan", "m"), ("Petr", "m"), ("Tomáš", "m"), ("Lukáš", "m"), ("Jakub", "m"), ("Martin", "m"),
         ("Ondřej", "m"), ("David", "m"), ("Eva", "f"), ("Jana", "f"), ("Petra", "f"), ("Lucie", "f"),
         ("Kateřina", "f"), ("Veronika", "f"), ("Tereza", "f"), ("Markéta", "f")]
SUR = [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
       ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
       ("Horák", "Horáková"), ("Němec", "Němcová"), ("Pokorný", "Pokorná"), ("Marek", "Marková"),
       ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Král", "Králová"), ("Jelínek", "Jelínková")]
MAIL = ["seznam.cz", "gmail.com", "email.cz", "centrum.cz", "post.cz", "volny.cz", "outlook.com"]
STREETS = [("Bayerova", "Brno", "602 00"), ("Lesnická", "Brno", "613 00"), ("Kotlanova", "Brno", "628 00"),
           ("Vránova", "Brno", "621 00"), ("Sadová", "Blansko", "678 01"), ("Komenského", "Kuřim", "664 34"),
           ("Riegrova", "Tišnov", "666 01"), ("Masarykova", "Šlapanice", "664 51"),
           ("Brněnská", "Modřice", "664 42")]


def strip_acc(s):
    tr = str.maketrans("áčďéěíňóřšťúůýžÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ", "acdeeinorstuuyzACDEEINORSTUUYZ")
    return s.translate(tr).lower()


def person():
    f, g = rng.choice(FIRST)
    s = rng.choice(SUR)[0 if g == "m" else 1]
    return f, s


for _ in range(11):
    f, s = person()
    st, city, z = rng.choice(STREETS)
    email = rng.choice([f"{strip_acc(f)}.{strip_acc(s)}@{rng.choice(MAIL)}",
                        f"{strip_acc(s)}{rng.randint(1, 99)}@{rng.choice(MAIL)}",
                        f"{strip_acc(f)[0]}{strip_acc(s)}@{rng.choice(MAIL)}"])
    full = f"{f} {s}"
    if rng.random() < 0.12:
        full = full.upper()
    elif rng.random() < 0.1:
        full = full + " "
    order("", full, email, st, str(rng.randint(1, 120)), city, z, "", "", C, "private_person", False,
          items=[(k, rng.randint(1, 2)) for k in rng.sample(CONSUMABLES + HOUSEHOLD[:1], rng.randint(1, 3))],
          remark=rng.choice(["", "", "", "Prosím zavolat před doručením.", "Nechte u sousedů v přízemí."]))
order("", "Lenka Pokorná", "lenka.pokorna@zsholzova.cz", "Kotlanova", "7", "Brno", "628 00", "", "", C,
      "person_with_school_email", True, items=[("HY-1001", 1), ("HY-1005", 1)],
      pay=("Platba kartou online", 0.0))
order("", "Jiří Marek", "jiri.marek@mvcr.cz", "Lesnická", "31", "Brno", "613 00", "", "", C,
      "person_with_gov_email", True, items=[("SP-3003", 1), ("HY-1013", 1)], pay=("Dobírka", 39.0))
order("", "Radek Jelínek", "radek.jelinek@gmail.com", "Sadová", "14", "Blansko", "678 01", "", "", C,
      "private_person_bulk_quantity", True, items=[("HY-1007", 40)], pay=("Bankovní převod", 0.0))
order("", "Svobodová", "", "", "", "", "", "", "", C, "private_person_name_only", False, items=[("HY-1008", 1)],
      shop_remark="tel. objednávka, osobní odběr", phone_=False, ship=("Osobní odběr – sklad Brno-Slatina", 0.0),
      pay=("Hotově při převzetí", 0.0))
order("", "", "", "", "", "", "", "", "", C, "thin_record_product_only", True, items=[("HY-1006", 2)],
      shop_remark="prodej ze skladu", phone_=False, ship=("Osobní odběr – sklad Brno-Slatina", 0.0),
      pay=("Hotově při převzetí", 0.0))

# ---------------------------------------------------------------- rows
rng.shuffle(orders)
start = datetime(2024, 10, 1, 7, 40)
t = start
rows, labels = [], []
code = 1004512
for o in orders:
    t += timedelta(minutes=rng.randint(120, 1100), seconds=rng.randint(0, 59))
    code += rng.randint(1, 4)
    lines = [("product", k, P[k][0], q, P[k][1]) for k, q in o["items"]]
    lines.append(("shipping", "", o["ship"][0], 1, o["ship"][1]))
    lines.append(("billing", "", o["pay"][0], 1, o["pay"][1]))
    total = sum(q * p for _, _, _, q, p in lines)
    status = o["status"] or rng.choices(["Vyřízena", "Vyřizuje se", "Nevyřízena", "Stornována"],
                                        [70, 15, 10, 5])[0]
    country = "" if not o["street"] else "Česká republika"
    for typ, k, name, q, p in lines:
        rows.append([str(code), t.strftime("%Y-%m-%d %H:%M:%S"), status, "CZK", o["email"], o["phone"],
                     o["fullname"], o["company"], o["street"], o["house"], o["city"], o["zip"], country,
                     o["ico"], o["dic"], o["remark"], o["shop_remark"], fmt_comma(total), typ, k, name,
                     str(q), fmt_comma(p)])
        labels.append(dict(label=o["label"], amb=o["amb"], kind=o["kind"], country=o["country"]))


def q(v: str) -> str:
    return '"' + v.replace('"', '""') + '"'


text = "\r\n".join(";".join(q(v) for v in r) + ";" for r in [HEADER] + rows) + "\r\n"
LAYOUTS.mkdir(parents=True, exist_ok=True)
(LAYOUTS / f"{ID}.csv").write_bytes(text.encode("cp1250"))
write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Shoptet (Czech e-commerce platform) - Objednávky → Export, own CSV export type with 'export individual order items' (one row per order item)",
    "country": "CZ",
    "language": "cs",
    "docs": [
        "podpora.shoptet.cz 'Export objednávek' and developers.shoptet.cz 'Exporty dat': orders are exported under Objednávky → Export as CSV or XLSX, system or own export types, CSV recommended for large volumes",
        "napoveda/dativery pages with a Shoptet export template: placeholders #code#, #date#, #statusName#, #currencyCode#, #email#, #phone#, #billFullName#, #billCompany#, #billStreet#, #billHouseNumber#, #billCity#, #billZip#, #billCountryName#, #billCompanyId#, #billVatId#, #remark#, #shopRemark#, #totalPriceWithVat#; option 'Exportovat jednotlivé položky objednávky' adds item rows",
        "Public code reading Shoptet order CSVs (found with the search tool): header row of placeholder names such as code;date;statusName;shopRemark;email;phone;billFullName;itemName;itemAmount;totalPriceWithVat, item columns itemCode/itemName/itemAmount/itemType, dates 'YYYY-MM-DD HH:MM:SS', decimal comma, Windows-1250, ';', every field in double quotes with a trailing ';', CRLF",
        "Shoptet API order item types (product, shipping, billing): shipping and payment method appear as their own item rows"
    ],
    "fields": {"buyer": "billCompany", "product": "itemName", "quantity": "itemAmount",
               "amount": "totalPriceWithVat", "tax_id": "billVatId", "email": "email",
               "payment": None, "comment": "remark"},
    "also_ok": {"buyer": ["billFullName"], "amount": ["itemUnitPriceWithVat"], "tax_id": ["billCompanyId"],
                "comment": ["shopRemark"], "payment": ["itemName"]},
    "notes": ("One row per order item; the order columns (code ... totalPriceWithVat) repeat on every item row of the order. "
              "Every order ends with an itemType='shipping' row (delivery method) and an itemType='billing' row whose itemName is the "
              "payment method (Bankovní převod, Dobírka, Platba kartou online, Převodem na fakturu, Hotově při převzetí). "
              "totalPriceWithVat is the order total incl. VAT, itemUnitPriceWithVat the unit price. billCompany is empty for private persons; "
              "billFullName is then the buyer (for organisations it holds the contact person). billCompanyId = IČO (8 digits, mod-11 check), "
              "billVatId = DIČ (CZ+IČO, or CZ+birth number for sole traders). All lines of one order (same code) share one label.")
})
print(ID, len(rows), "rows,", len(orders), "orders")
