"""inFakt (PL) – invoice list export, one row per invoice line. Seeded, rebuilds exactly."""
import csv, json, random, unicodedata, datetime as dt
from p_common import OUT, pl_nip, make_docs, fmt_dec

ID = "p_pl_infakt_faktury"
rng = random.Random(5101)


def ascii_(s):
    s = s.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


FIRST_F = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Monika", "Joanna", "Magdalena", "Ewa", "Aleksandra", "Natalia"]
FIRST_M = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub", "Grzegorz", "Adam"]
LAST = ["Nowak", "Kowalczyk", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
        "Woźniak", "Dąbrowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Pawlak", "Michalski"]

C = dict(
    iso="PL", ascii=ascii_,
    first_names=FIRST_F + FIRST_M, female=set(FIRST_F), last_names=LAST,
    companies=[("Comarch S.A.", "comarch.pl"), ("Budimex S.A.", "budimex.pl"), ("LPP S.A.", "lpp.com"),
               ("Asseco Poland S.A.", "asseco.pl"), ("Dino Polska S.A.", "marketdino.pl"),
               ("Żabka Polska sp. z o.o.", "zabka.pl"), ("FAKRO sp. z o.o.", "fakro.pl"),
               ("Mokate sp. z o.o.", "mokate.com.pl"), ("Wielton S.A.", "wielton.com.pl"),
               ("Selena FM S.A.", "selena.com"), ("Biuro Rachunkowe \"ABAKUS\" sp. z o.o.", "abakus-biuro.pl"),
               ("Kancelaria Radcy Prawnego Jacek Malinowski", "kancelaria-malinowski.pl"),
               ("\"TRANS-POL\" sp. z o.o. sp.k.", "transpol.com.pl"), ("Hotel Arłamów S.A.", "arlamow.pl"),
               ("Inter Cars S.A.", "intercars.com.pl"), ("Amica S.A.", "amica.com.pl")],
    state_owned=[("ORLEN S.A.", "orlen.pl", "Postępowanie wg Regulaminu zamówień ORLEN, nr ZZ/{n}/{y}"),
                 ("PKP Intercity S.A.", "intercity.pl", "Zamówienie sektorowe PZP nr BZ{n}/{y}"),
                 ("PGE Polska Grupa Energetyczna S.A.", "gkpge.pl", "Umowa ramowa po przetargu nr PGE/{n}/{y}"),
                 ("Poczta Polska S.A.", "poczta-polska.pl", "Zamówienie nr ZP/{n}/{y} (ustawa Pzp)")],
    nonprofits=[("Fundacja Wielka Orkiestra Świątecznej Pomocy", "wosp.org.pl", "foundation"),
                ("Polski Czerwony Krzyż Oddział Okręgowy w Krakowie", "pck.pl", "red_cross_society"),
                ("Stowarzyszenie Wiosna", "wiosna.org.pl", "association"),
                ("Parafia Rzymskokatolicka pw. św. Anny w Wilanowie", "parafia-wilanow.pl", "religious_org"),
                ("Spółdzielnia Mieszkaniowa \"Ursynów\"", "smursynow.pl", "housing_cooperative")],
    intl=[("Frontex – Europejska Agencja Straży Granicznej i Przybrzeżnej", "frontex.europa.eu"),
          ("OBWE Biuro Instytucji Demokratycznych i Praw Człowieka (ODIHR)", "odihr.pl")],
    gov=[("Gmina Miasta Gdańska", "municipality", "gdansk.gda.pl", "5830002293"),
         ("Gmina Wieliczka", "municipality", "wieliczka.eu", "6831586341"),
         ("Urząd Miasta Krakowa", "municipality", "um.krakow.pl", "6761013717"),
         ("Starostwo Powiatowe w Piasecznie", "county_office", "piaseczno.pl", "1231029372"),
         ("Starostwo Powiatowe w Wieliczce", "county_office", "powiat.wieliczka.pl", "6832042305"),
         ("Szkoła Podstawowa nr 12 im. Jana Pawła II w Lublinie", "public_school", "sp12.lublin.eu", "9462575811"),
         ("Zespół Szkół Ogólnokształcących nr 1 w Gdyni", "public_school", "zso1.gdynia.pl", "5862274718"),
         ("SP ZOZ w Łęcznej", "public_hospital", "szpital.leczna.pl", "7131017419"),
         ("Samodzielny Publiczny Zakład Opieki Zdrowotnej w Przeworsku", "public_hospital", "szpital-przeworsk.pl", "7941727290"),
         ("Komenda Wojewódzka Policji w Krakowie", "police", "malopolska.policja.gov.pl", "6760100412"),
         ("Uniwersytet Warszawski", "public_university", "uw.edu.pl", "5250011266"),
         ("Politechnika Wrocławska", "public_university", "pwr.edu.pl", "8960005851"),
         ("Urząd Marszałkowski Województwa Małopolskiego", "regional_government", "umwm.malopolska.pl", "6762156903")],
    gov_mailboxes=["sekretariat", "zamowienia", "ksiegowosc", "kancelaria", "faktury"],
    sole_patterns=["{fn} {ln} Usługi Remontowe", "F.H.U. {LN} {fn}", "{ln} {fn} - Projektowanie Wnętrz",
                   "Gabinet Stomatologiczny lek. dent. {fn} {ln}", "{fn} {ln}", "PHU \"{LN}\" {fn} {ln}"],
    biz_products=[("Laptop Lenovo ThinkPad E14 Gen 5", 3899.00, "szt.", (1, 5)),
                  ("Monitor Dell P2422H 24\"", 749.00, "szt.", (1, 6)),
                  ("Drukarka laserowa Brother HL-L2350DW", 599.00, "szt.", (1, 2)),
                  ("Toner Brother TN-2421", 189.00, "szt.", (2, 10)),
                  ("Papier ksero A4 Pollux 80 g/m2 (karton 5 ryz)", 109.00, "kart.", (1, 12)),
                  ("Usługa serwisowa – 1 roboczogodzina", 160.00, "godz.", (1, 16)),
                  ("Licencja Microsoft 365 Business Standard (12 mies.)", 590.00, "szt.", (1, 20)),
                  ("Router TP-Link Archer AX55", 329.00, "szt.", (1, 3)),
                  ("Niszczarka Fellowes 62MC", 899.00, "szt.", (1, 2)),
                  ("Krzesło biurowe Nowy Styl Xilium", 1149.00, "szt.", (1, 8))],
    b2b_only=[("Szafa rack 19\" 42U 800x1000", 2890.00, "szt.", (1, 2)),
              ("Switch Cisco CBS250-24T-4G", 1390.00, "szt.", (1, 4)),
              ("Licencja Comarch ERP Optima – moduł Księga Handlowa", 1890.00, "szt.", (1, 3)),
              ("Paleta papieru A4 Pollux (40 kartonów)", 3980.00, "pal.", (1, 2))],
    household=[("Czajnik elektryczny Philips HD9350/90", 199.00, "szt.", (1, 1)),
               ("Ekspres do kawy De'Longhi Magnifica S ECAM22.110.B", 1499.00, "szt.", (1, 1)),
               ("Telewizor Samsung 55\" UE55CU7172", 2199.00, "szt.", (1, 1)),
               ("Klimatyzator Rotenso Imperia 3,5 kW z montażem", 4290.00, "kpl.", (1, 1)),
               ("Odkurzacz Dyson V11", 2199.00, "szt.", (1, 1)),
               ("Robot kuchenny Bosch MUM5", 899.00, "szt.", (1, 1)),
               ("Mikrofalówka Amica AMGF20E1", 449.00, "szt.", (1, 1))],
    phones=[("Smartfon Samsung Galaxy A15 128 GB", 699.00, "szt.", (1, 1))],
    biz_comments=["Dostawa do biura, ul. Puławska 145, Warszawa", "Zamówienie nr PO/2026/0412", "Płatność w terminie 14 dni",
                  "Proszę o fakturę na adres e-mail działu księgowości", "Wg oferty nr 118/2026"],
    gov_comments=["Umowa nr {n}/{y} zawarta w trybie ustawy Pzp", "Zlecenie nr ZP.271.{n}.{y}", "Zamówienie {n}/{y}/AD"],
    home_comments=["Dostawa do domu", "Prezent – proszę zapakować", "Odbiór osobisty", "Do mieszkania, domofon 12"],
    resale_comments=["Towar do dalszej odsprzedaży", "Na potrzeby prowadzonego sklepu", "Zakup do sklepu internetowego"],
    pay=dict(transfer="przelew", card="karta", cash="gotówka", online="PayU"),
    anon_name="Sprzedaż detaliczna",
    company_id=lambda r: pl_nip(r),
    sole_id=lambda r, f=False: pl_nip(r),
    person_id=lambda r, fn, ln, f: "",
    role_mail=lambda r: r.choice(["biuro", "faktury", "ksiegowosc", "zakupy", "kontakt"]),
    person_mail=lambda r, fn, ln: f"{ascii_(fn).lower()}.{ascii_(ln).lower()}{r.choice(['', '', '83', '77', '1'])}@{r.choice(['gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'])}",
    sole_mail=lambda fn, ln: f"kontakt@{ascii_(ln).lower()}-uslugi.pl",
)

C["gov"] = [(n, k, dm, pl_nip(rng)) for n, k, dm, _ in C["gov"]]
docs = make_docs(C, rng, 105, max_lines=3)

HEAD = ["Numer", "Data wystawienia", "Data sprzedaży", "Termin płatności", "Rodzaj klienta", "Nazwa firmy",
        "Imię", "Nazwisko", "NIP", "Ulica", "Kod pocztowy", "Miejscowość", "Kraj", "E-mail",
        "Nazwa usługi/towaru", "Ilość", "Jednostka", "Cena netto", "Stawka VAT", "Wartość netto",
        "Wartość VAT", "Wartość brutto", "Sposób płatności", "Status", "Uwagi"]
KINDMAP = {"company": "firma", "sole": "jednoosobowa działalność", "gov": "firma", "intl": "firma",
           "person": "osoba prywatna", "anon": "osoba prywatna", "none": ""}
CITIES = [("ul. Marszałkowska 84", "00-514", "Warszawa"), ("ul. Długa 12/4", "80-827", "Gdańsk"),
          ("ul. Zwierzyniecka 30", "31-105", "Kraków"), ("al. Racławickie 8", "20-037", "Lublin"),
          ("ul. Piotrkowska 150", "90-063", "Łódź"), ("ul. Jagiellońska 5", "40-032", "Katowice")]

rows, labels = [], []
d0 = dt.date(2026, 1, 2)
for i, d in enumerate(docs):
    date = d0 + dt.timedelta(days=int(i * 2.6))
    num = f"{i + 1}/{date.month:02d}/{date.year}"
    addr = rng.choice(CITIES) if d["entity"] not in ("none", "anon", "gov") and rng.random() < 0.85 else ("", "", "")
    status = rng.choice(["opłacona", "opłacona", "wysłana", "przeterminowana"])
    for (p, q, u, pr) in d["lines"]:
        net = round(q * pr, 2); vat = round(net * 0.23, 2)
        if d["entity"] == "person":
            comp, fn, ln = "", d["first"], d["last"]
            if "," in d["name"] or d["name"].isupper():
                fn, ln = "", d["name"]  # typed into one field by hand
        elif d["entity"] == "sole":
            comp, fn, ln = d["name"], d["first"], d["last"]
        else:
            comp, fn, ln = d["name"], "", ""
        rows.append([num, date.isoformat(), date.isoformat(), (date + dt.timedelta(days=14)).isoformat(),
                     KINDMAP[d["entity"]], comp, fn, ln, d["taxid"], *addr, "PL" if d["entity"] != "none" else "",
                     d["email"], p, fmt_dec(q, True, 0) if float(q).is_integer() else fmt_dec(q), u, fmt_dec(pr), "23%",
                     fmt_dec(net), fmt_dec(vat), fmt_dec(net + vat), d["pay"],
                     status, d["comment"]])
        labels.append([d["label"], str(d["ambiguous"]).lower(), d["kind"], d["country"]])

(OUT / "layouts").mkdir(exist_ok=True); (OUT / "key").mkdir(exist_ok=True)
with open(OUT / "layouts" / f"{ID}.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(HEAD); w.writerows(rows)
with open(OUT / "key" / f"{ID}.labels.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["row", "label", "ambiguous", "kind", "country"])
    for i, l in enumerate(labels):
        w.writerow([i] + l)

key = {
    "id": ID, "system": "inFakt (infakt.pl) – lista faktur sprzedaży, eksport do CSV (one row per invoice position)",
    "country": "PL", "language": "pl",
    "docs": ["inFakt public API documentation as quoted in the npm package 'infakt' README: invoice fields client_company_name, "
             "client_first_name, client_last_name, client_business_activity_kind (private_person / self_employed / other_business), "
             "client_tax_code (NIP), client_street, client_post_code, client_city, client_country, payment_method (cash, transfer, card...), "
             "services[] with name, pkwiu, unit_net_price, net_price, tax_symbol (23). Column names below are the Polish labels of those "
             "fields; the exact header text of the CSV export was not found in the searchable docs, so Polish UI wording, ';' delimiter, "
             "UTF-8 with BOM, decimal comma and ISO dates are my reconstruction of a Polish Excel-oriented CSV."],
    "fields": {"buyer": "Nazwa firmy", "product": "Nazwa usługi/towaru", "quantity": "Ilość", "amount": "Wartość brutto",
               "tax_id": "NIP", "email": "E-mail", "payment": "Sposób płatności", "comment": "Uwagi"},
    "also_ok": {"buyer": ["Nazwisko", "Imię"], "amount": ["Wartość netto"]},
    "notes": "One row per invoice position; invoice-level columns repeat on each position; 'Numer' groups the rows of one invoice "
             "(all share the label). Private persons have an empty 'Nazwa firmy' and their name in Imię/Nazwisko (some typed whole "
             "into Nazwisko as 'Nowak, Anna' or upper case). Sole traders (JDG) have trade name + Imię/Nazwisko + NIP. "
             "'Sprzedaż detaliczna' is a catch-all for sales without a named buyer. Some rows have only a product (draft with no client).",
}
json.dump(key, open(OUT / "key" / f"{ID}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(ID, len(rows), "rows", len(docs), "docs")
