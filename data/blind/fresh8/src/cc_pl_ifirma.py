"""cc_pl_ifirma_faktury: ifirma.pl sales invoices list, CSV export with invoice items (one row per invoice line)."""
import random
from pathlib import Path
import pandas as pd
from cc_common import *

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
ID = "cc_pl_ifirma_faktury"
rng = random.Random(8404)


def nip(r):
    n = pl_nip(r)
    return r.choice([n, n, n, f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}", "PL" + n])


cfg = dict(
    cc="PL", soe_mailbox=["zakupy", "info"],
    companies=[("Comarch S.A.", "comarch.pl"), ("Asseco Poland S.A.", "asseco.pl"), ("LPP S.A.", "lpp.com"), ("CD PROJEKT S.A.", "cdprojekt.com"),
               ("Budimex S.A.", "budimex.pl"), ("Wielton S.A.", "wielton.com.pl"), ("Grupa Żywiec S.A.", "grupazywiec.pl"),
               ("Biuro Rachunkowe \"BILANS\" Sp. z o.o.", "biurobilans.pl"), ("Hurtownia Elektryczna Volt Sp. z o.o.", "hurtowniavolt.pl"),
               ("Piekarnia Pod Kogutem s.c.", "podkogutem.pl"), ("DENTAL-MED Sp. z o.o.", "dentalmed.com.pl"),
               ("Agencja Reklamowa Pixel Sp. z o.o.", "pixel-reklama.pl"), ("Kancelaria Radców Prawnych Wiśniewski i Wspólnicy sp.k.", "wisniewski-kancelaria.pl"),
               ("TRANS-POL Spedycja Sp. z o.o.", "transpol-spedycja.pl"), ("Hotel Wawel Residence Sp. z o.o.", "wawelresidence.pl")],
    co_tax=nip, sole_tax=nip, np_tax=nip, pub_tax=nip,
    nonprofits=[("Polski Czerwony Krzyż Oddział Okręgowy w Krakowie", "pck.pl", "nonprofit"),
                ("Parafia Rzymskokatolicka pw. św. Anny w Krakowie", "", "church"),
                ("Wspólnota Mieszkaniowa ul. Długa 5 w Krakowie", "", "homeowners_association"),
                ("Fundacja Wielkiej Orkiestry Świątecznej Pomocy", "wosp.org.pl", "foundation"),
                ("Stowarzyszenie Rodziców przy SP nr 12", "", "parents_association"),
                ("Akademia Leona Koźmińskiego", "kozminski.edu.pl", "private_university")],
    soe=[("PKP Intercity S.A.", "intercity.pl"), ("Poczta Polska S.A.", "poczta-polska.pl"), ("ORLEN S.A.", "orlen.pl"),
         ("Tauron Polska Energia S.A.", "tauron.pl"), ("Miejskie Przedsiębiorstwo Wodociągów i Kanalizacji S.A. w Krakowie", "wodociagi.krakow.pl")],
    public=[("Gmina Miejska Kraków - Urząd Miasta Krakowa", "um.krakow.pl", "municipality"), ("Gmina Wrocław", "um.wroc.pl", "municipality"),
            ("Gmina Wieliczka", "wieliczka.eu", "municipality"), ("Powiat Poznański - Starostwo Powiatowe w Poznaniu", "powiat.poznan.pl", "county"),
            ("Ministerstwo Cyfryzacji", "cyfra.gov.pl", "ministry"), ("Izba Administracji Skarbowej w Krakowie", "mf.gov.pl", "government_agency"),
            ("Komenda Wojewódzka Policji w Łodzi", "ld.policja.gov.pl", "police"), ("Jednostka Wojskowa 4220", "ron.mil.pl", "armed_forces"),
            ("Uniwersytet Jagielloński", "uj.edu.pl", "public_university"), ("Politechnika Warszawska", "pw.edu.pl", "public_university"),
            ("Szpital Uniwersytecki w Krakowie", "su.krakow.pl", "public_hospital"),
            ("Zakład Ubezpieczeń Społecznych Oddział w Krakowie", "zus.pl", "state_social_fund"),
            ("Sąd Okręgowy w Krakowie", "krakow.so.gov.pl", "court"),
            ("Ambasada Republiki Czeskiej w Warszawie", "mzv.gov.cz", "embassy")],
    public_small=[("Szkoła Podstawowa nr 12 im. Jana Pawła II w Krakowie", "sp12.krakow.pl", "public_school"),
                  ("Przedszkole Samorządowe nr 5 w Wieliczce", "wieliczka.eu", "public_kindergarten"),
                  ("Urząd Gminy Wieliczka", "wieliczka.eu", "municipality"),
                  ("Komisariat Policji Kraków-Podgórze", "malopolska.policja.gov.pl", "police")],
    pub_mailbox=["sekretariat", "zamowienia", "kancelaria", "ksiegowosc"],
    intl=[("Frontex - Europejska Agencja Straży Granicznej i Przybrzeżnej", "frontex.europa.eu", "PL"),
          ("UNICEF - Biuro w Polsce", "unicef.org", "PL")],
    funds=[("Fundacja PGE", "fundacjapge.pl"), ("Fundacja Orlen", "fundacja.orlen.pl")],
    first=["Jan", "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Marcin", "Andrzej", "Łukasz", "Grzegorz",
           "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Ewa", "Monika", "Barbara", "Aleksandra"],
    last=["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak",
          "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Piotrowski"],
    person_name=lambda r, f, l: (lambda L: r.choice([f"{f} {L}"] * 5 + [f"{L} {f}", f"{L.upper()} {f.upper()}"]))(
        l[:-1] + "a" if f.endswith("a") and l.endswith("ski") else l),
    mail_local=lambda f, l: ascii_lower(f) + "." + ascii_lower(l),
    sole_name=lambda r, f, l: r.choice([f"Usługi Remontowe {f} {l}", f"F.H.U. \"{l.upper()}\" {f} {l}", f"Kancelaria Adwokacka adw. {f} {l}",
                                        f"{f} {l} Projektowanie Wnętrz"]),
    free_mail=["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl"],
    gov_domains=["mf.gov.pl", "policja.gov.pl", "ron.mil.pl", "zus.pl", "orlen.pl"],
    anon=["Klient detaliczny", "Osoba prywatna"],
    cities=[("31-007", "Kraków", ["ul. Floriańska", "ul. Grodzka", "ul. Długa"]), ("30-552", "Kraków", ["ul. Wielicka", "ul. Kalwaryjska"]),
            ("50-141", "Wrocław", ["ul. Świdnicka", "ul. Oławska"]), ("00-950", "Warszawa", ["ul. Marszałkowska", "al. Jerozolimskie"]),
            ("32-020", "Wieliczka", ["ul. Słowackiego", "Rynek Górny"]), ("90-001", "Łódź", ["ul. Piotrkowska"])],
    products=[P("Laptop Lenovo ThinkPad E14 Gen 5 i5/16GB/512GB", 3899.0, "szt.", "biz", 8), P("Drukarka Brother HL-L2350DW", 549.0, "szt.", "biz", 4),
              P("Toner HP 59A CF259A", 389.0, "szt.", "biz", 10), P("Papier ksero Pollux A4 80g (karton 5 ryz)", 104.99, "karton", "biz", 20),
              P("Monitor Dell P2422H 24\"", 749.0, "szt.", "biz", 10), P("Microsoft 365 Business Standard - licencja roczna", 549.0, "szt.", "biz", 20),
              P("Szafa rack 19\" 42U 600x1000", 2390.0, "szt.", "biz", 2), P("Switch TP-Link TL-SG1024D", 319.0, "szt.", "biz", 3),
              P("Niszczarka Fellowes 60Cs", 449.0, "szt.", "biz", 3), P("Usługa konfiguracji sieci", 180.0, "godz.", "biz", 12),
              P("Router TP-Link Archer AX55", 329.0, "szt.", "both", 4), P("Smartfon Samsung Galaxy A55 5G 128GB", 1599.0, "szt.", "both", 4, True),
              P("Tablet Apple iPad 10.9 64GB Wi-Fi", 1799.0, "szt.", "both", 3, True), P("Mysz Logitech MX Master 3S", 449.0, "szt.", "both", 10),
              P("Czajnik elektryczny Bosch TWK3P420", 169.0, "szt.", "home"), P("Ekspres DeLonghi Magnifica S ECAM 22.110.B", 1299.0, "szt.", "home"),
              P("Telewizor Samsung 55\" UE55CU7172", 1899.0, "szt.", "home"), P("Odkurzacz Philips XC8049/01", 1499.0, "szt.", "home"),
              P("Frytkownica beztłuszczowa Philips HD9252/90", 399.0, "szt.", "home"), P("Lodówka Samsung RB34T600ESA", 2299.0, "szt.", "home")],
    pay=dict(transfer="przelew", card="karta płatnicza", cash="gotówka", cod="za pobraniem"),
    c_biz=["Zamówienie nr ZAM/2025/0412", "Dostawa do biura, II piętro", "Zgodnie z ofertą OF/118/2025", "Mechanizm podzielonej płatności"],
    c_home=["Prezent - proszę o zapakowanie", "Dostawa do domu po 16:00", "Kontakt telefoniczny przed dostawą"],
    c_resale=["Kupuję do dalszej odsprzedaży w moim sklepie", "Towar na sprzedaż na Allegro"],
    c_pub=lambda r: r.choice([f"Zamówienie nr {r.randint(10, 500)}/2025", f"Umowa nr DZP/{r.randint(100, 999)}/2025 (art. 2 ust. 1 pkt 1 Pzp - wyłączenie)"]),
    c_proc=lambda r: f"Postępowanie o udzielenie zamówienia publicznego nr {r.choice(['ZP', 'PZP'])}/{r.randint(10, 99)}/2025 wg ustawy Pzp",
)

orders = build(rng, cfg, 200, line_level=True)
rows, labels = [], []
day = pd.Timestamp("2025-05-05")
fmt = lambda x: f"{x:.2f}".replace(".", ",")
for i, o in enumerate(orders, 1):
    day += pd.Timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    num = f"{i}/05/2025" if day.month == 5 else f"{i}/{day.month:02d}/2025"
    brutto_doc = sum(round(l["qty"] * l["price"] * 1.23, 2) for l in o["lines"])
    for ln in o["lines"]:
        net = round(ln["qty"] * ln["price"], 2)
        rows.append({"Numer faktury": num, "Data wystawienia": day.strftime("%Y-%m-%d"), "Data sprzedaży": day.strftime("%Y-%m-%d"),
                     "Termin płatności": (day + pd.Timedelta(days=14 if o["payment"] == "przelew" else 0)).strftime("%Y-%m-%d"),
                     "Sposób zapłaty": o["payment"], "Nabywca": o["name"], "NIP nabywcy": o["taxid"],
                     "Ulica": o["street"] if o["name"] else "", "Kod pocztowy": o["zip"] if o["name"] else "",
                     "Miejscowość": o["city"] if o["name"] else "", "Kraj": "Polska" if o["name"] else "", "E-mail": o["email"],
                     "Nazwa pozycji": ln["product"], "Ilość": ln["qty"], "Jednostka": ln["unit"], "Cena jedn. netto": fmt(ln["price"]),
                     "Stawka VAT": "23%", "Wartość netto": fmt(net), "Kwota VAT": fmt(round(net * 0.23, 2)),
                     "Wartość brutto": fmt(round(net * 1.23, 2)), "Razem brutto": fmt(brutto_doc), "Waluta": "PLN", "Uwagi": o["comment"]})
        labels.append((o["label"], o["amb"], o["kind"], o["bcountry"]))

df = pd.DataFrame(rows)
df.to_csv(OUT / "layouts" / f"{ID}.csv", sep=";", index=False, encoding="utf-8-sig")
write_labels(OUT / "key" / f"{ID}.labels.csv", labels)
print(len(rows), pd.Series([l[0] for l in labels]).value_counts().to_dict(), sum(l[1] for l in labels))
