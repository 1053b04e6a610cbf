"""p_nl_exact_verkoopfactuurregels: Exact Online sales invoice lines export (XLSX, Dutch headers)."""
import datetime as dt
import os
import random

from openpyxl import Workbook

from p_common import Cat, lines_for, write_labels, write_key, LAYOUTS, KEY

ID = "p_nl_exact_verkoopfactuurregels"
rng = random.Random(2024_31)

CAT = Cat([
    ("Fietsenrek Falco Bikesafe, 10 plaatsen", "FAL-BS10", "stuk", 1240.00, 21, "biz"),
    ("Fietsenstalling overkapping FalcoLite 5 m", "FAL-LITE5", "stuk", 4890.00, 21, "biz"),
    ("Onderhoudscontract bedrijfsfietsen, per fiets per jaar", "SRV-CONTR", "jaar", 145.00, 21, "biz"),
    ("Urban Arrow Cargo L Flatbed (bedrijfsbakfiets)", "UA-CARGO-L", "stuk", 5790.00, 21, "biz"),
    ("Logo-belettering frame, per fiets", "SRV-BELET", "stuk", 35.00, 21, "biz"),
    ("Dienstfiets Gazelle Chamonix Pure, wagenparkuitvoering", "GAZ-CHAM-W", "stuk", 749.00, 21, "biz"),
    ("Babboe Pro Trike (kinderopvang, 6 zitplaatsen)", "BAB-PROTR", "stuk", 3390.00, 21, "biz"),
    ("Inspectie en keuring wagenpark (per fiets)", "SRV-KEUR", "stuk", 29.50, 21, "biz"),
    ("Gazelle Ultimate C380 HMB e-bike", "GAZ-ULT-C380", "stuk", 3399.00, 21, "both"),
    ("Sparta M8b e-bike 28\"", "SPA-M8B", "stuk", 2899.00, 21, "both"),
    ("Batavus Finez E-go Power", "BAT-FINEZ", "stuk", 3199.00, 21, "both"),
    ("Onderhoudsbeurt groot", "SRV-GROOT", "stuk", 119.00, 21, "both"),
    ("Onderhoudsbeurt klein", "SRV-KLEIN", "stuk", 59.00, 21, "both"),
    ("AXA Defender ringslot ART-2", "AXA-DEF", "stuk", 54.95, 21, "both"),
    ("ABUS Bordo 6000 vouwslot", "ABU-BORDO", "stuk", 89.95, 21, "both"),
    ("Bosch PowerTube 500 Wh accu", "BOS-PT500", "stuk", 749.00, 21, "both"),
    ("Arbeidsloon per kwartier", "ARB-KW", "kwartier", 16.50, 21, "both"),
    ("Schwalbe Marathon Plus buitenband 28\"", "SCH-MP28", "stuk", 42.95, 21, "both"),
    ("Spanninga verlichtingsset Kendo+/Axendo", "SPA-LICHT", "set", 34.95, 21, "both"),
    ("Kinderfiets Alpina Yabber 16\"", "ALP-YAB16", "stuk", 289.00, 21, "home"),
    ("Kinderzitje Thule Yepp Nexxt Maxi", "THU-YEPP", "stuk", 129.95, 21, "home"),
    ("Fietstas Basil Mara XL dubbel", "BAS-MARA", "stuk", 64.95, 21, "home"),
    ("Cortina U4 Transport damesfiets", "COR-U4", "stuk", 699.00, 21, "home"),
    ("Loopfiets Puky LR 1L", "PUK-LR1L", "stuk", 89.95, 21, "home"),
    ("Babboe Curve-E bakfiets (gezin)", "BAB-CURVE", "stuk", 3499.00, 21, "home"),
    ("Fietsendrager Thule EasyFold XT 2", "THU-EF2", "stuk", 649.00, 21, "home"),
    ("Fietshelm ABUS Pedelec 2.0", "ABU-PED2", "stuk", 99.95, 21, "home"),
])

FIRST = ["Jan", "Sanne", "Pieter", "Emma", "Daan", "Lotte", "Thijs", "Fleur", "Bram", "Anouk", "Ruben", "Iris",
         "Sem", "Femke", "Lars", "Noor", "Joost", "Marieke", "Kees", "Ingrid", "Mohamed", "Fatima", "Wouter", "Eva",
         "Rick", "Ellen", "Tom", "Sophie"]
LAST = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
        "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
        "van Leeuwen", "Kok", "Willems", "Verhoeven", "Yilmaz", "El Amrani", "Schouten", "van der Linden"]
FREEMAIL = ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "planet.nl", "xs4all.nl"]
CITY = ["Utrecht", "Houten", "Nieuwegein", "Zeist", "Amersfoort", "Woerden", "IJsselstein", "De Bilt", "Bunnik"]


def slug(s):
    return "".join(c for c in s.lower() if c.isalnum())


def btw():
    return "NL" + "".join(str(rng.randint(0, 9)) for _ in range(9)) + "B" + rng.choice(["01", "01", "02"])


def kvk():
    return "".join(str(rng.randint(0, 9)) for _ in range(8))


def C(name, kind, label, email=None, tax=None, kvk_no=None, ref=None, mode=None, comment=None, amb=False,
      country="NL", pay=None, orders=1, invoice_to=None):
    return dict(name=name, kind=kind, label=label, email=email, tax=tax, kvk=kvk_no, ref=ref, mode=mode,
                comment=comment, amb=amb, country=country, pay=pay, orders=orders, invoice_to=invoice_to)


SPECS = [
    # B2G
    C("Gemeente Utrecht", "nl_municipality", "B2G", "inkoop@utrecht.nl", ref="PO 4510023871", orders=3,
      invoice_to="Gemeente Utrecht, Crediteurenadministratie", comment="Factuur digitaal via e-factuur aanleveren"),
    C("Gemeente Houten", "nl_municipality", "B2G", "facturen@houten.nl", ref="2024-INK-0412", orders=2),
    C("Gemeente Súdwest-Fryslân", "nl_municipality", "B2G", None, ref="Bestelbon 88127"),
    C("Gemeente Amsterdam, Stadsdeel Zuid", "nl_municipality", "B2G", None, ref="4700998231"),
    C("Hoogheemraadschap De Stichtse Rijnlanden", "nl_water_board", "B2G", "inkoop@hdsr.nl", ref="HDSR-24-0331"),
    C("Waterschap Vallei en Veluwe", "nl_water_board", "B2G", None),
    C("Wetterskip Fryslân", "nl_water_board", "B2G", "ynkeap@wetterskipfryslan.nl"),
    C("Rijkswaterstaat Midden-Nederland", "nl_national_agency", "B2G", None, ref="31123456 / RWS",
      comment="Bestelling onder raamovereenkomst Rijksoverheid dienstfietsen"),
    C("Ministerie van Justitie en Veiligheid, DJI – PI Utrecht", "nl_ministry", "B2G", None, ref="DJI-45001177"),
    C("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "nl_ministry", "B2G", "fez-inkoop@minbzk.nl"),
    C("Rijksdienst voor Ondernemend Nederland (RVO)", "nl_national_agency", "B2G", None, ref="RVO-2024-1187"),
    C("Koninklijke Landmacht, 11 Luchtmobiele Brigade", "armed_forces", "B2G", None,
      ref="DMO bestelling 4400781", comment="Afleveren Oude Kamp, Schaarsbergen"),
    C("Koninklijke Marechaussee, Brigade Utrecht", "armed_forces", "B2G", None),
    C("Politie Eenheid Midden-Nederland", "nl_police", "B2G", "inkoop.mn@politie.nl", ref="POL-7712034", orders=2),
    C("Provincie Utrecht", "nl_province", "B2G", "inkoop@provincie-utrecht.nl", orders=2),
    C("Provincie Gelderland", "nl_province", "B2G", None),
    C("Universiteit Utrecht, Faculteit Geowetenschappen", "public_university", "B2G", "inkoop.geo@uu.nl",
      ref="UU-PO-2024-55312"),
    C("Rijksuniversiteit Groningen", "public_university", "B2G", None),
    C("Technische Universiteit Eindhoven", "public_university", "B2G", "crediteuren@tue.nl"),
    C("UMC Utrecht, Facilitair Bedrijf", "public_hospital", "B2G", "inkoop@umcutrecht.nl", ref="UMCU-PO-1190023"),
    C("OBS De Regenboog (openbaar basisonderwijs Houten)", "public_school", "B2G", "directie@obsderegenboog.nl"),
    C("Openbaar Lyceum Zeist", "public_school", "B2G", None),
    C("Ambassade van de Bondsrepubliek Duitsland", "embassy", "B2G", "verwaltung@denh.diplo.de", country="DE"),
    C("Embassy of Canada to the Netherlands", "embassy", "B2G", None, country="CA"),
    C("OBS De Klimop, gemeente Nieuwegein", "public_school_household_item", "B2G", None, mode="sku:ALP-YAB16",
      amb=True, comment="Voor verkeersles groep 3"),
    # B2B companies
    C("Coolblue B.V.", "company_with_legal_form", "B2B", "facilitair@coolblue.nl", tax=btw(), kvk_no=kvk(), orders=2),
    C("Koninklijke Philips N.V.", "company_with_legal_form", "B2B", None, tax="NL001262233B01", kvk_no="17001910",
      ref="PO 4501122934"),
    C("Heijmans Infra B.V.", "company_with_legal_form", "B2B", "inkoop@heijmans.nl", tax=btw(), kvk_no=kvk()),
    C("Fietskoeriers Utrecht B.V.", "company_with_legal_form", "B2B", "info@fietskoeriers-utrecht.nl",
      tax=btw(), kvk_no=kvk(), orders=3),
    C("Lease a Bike Nederland B.V.", "company_with_legal_form", "B2B", "dealers@lease-a-bike.nl", tax=btw(),
      kvk_no=kvk(), orders=2, comment="Leasecontract werknemer, factuur naar leasemaatschappij"),
    C("Hotel De Wereld", "company_no_legal_form", "B2B", "info@hoteldewereld.nl", tax=btw()),
    C("Bakkerij Vermeer", "company_no_legal_form", "B2B", "bakkerij.vermeer@ziggo.nl"),
    C("Fietsverhuur Zeist", "company_no_legal_form", "B2B", "verhuur@fietsverhuurzeist.nl", kvk_no=kvk(), orders=2),
    C("Van Wijk Installatietechniek V.O.F.", "company_with_legal_form", "B2B", "admin@vanwijk-installatie.nl",
      tax=btw(), kvk_no=kvk()),
    C("NS Stations B.V.", "state_owned_company", "B2B", None, tax="NL803979443B01", kvk_no="30124358"),
    # sole traders
    C("Loodgietersbedrijf Jansen", "sole_trader_trade_name", "B2B", "info@loodgieterjansen.nl", tax=btw(), kvk_no=kvk()),
    C("Schildersbedrijf P. de Vries", "sole_trader_trade_name", "B2B", "p.devries.schilder@hotmail.com", kvk_no=kvk()),
    C("Fysiotherapie Bakker", "sole_trader_trade_name", "B2B", "praktijk@fysiobakker.nl"),
    C("Bezorgservice Yilmaz", "sole_trader_trade_name", "B2B", "yilmazbezorg@gmail.com", kvk_no=kvk()),
    # non-profits etc.
    C("Stichting Vluchtelingenwerk Midden-Nederland", "non_profit", "B2B", "facturen@vwmn.nl", kvk_no=kvk()),
    C("Stichting Kinderopvang Humanitas", "non_profit", "B2B", None, kvk_no=kvk()),
    C("Leger des Heils, korps Utrecht", "religious_organisation", "B2B", None),
    C("Het Nederlandse Rode Kruis, afdeling Utrecht-Stad", "national_red_cross", "B2B", "utrecht@rodekruis.nl"),
    C("Vereniging van Eigenaars Oudegracht 112-118", "homeowners_association", "B2B", None, kvk_no=kvk()),
    C("Tennisvereniging De Kegel", "non_profit", "B2B", "penningmeester@tvdekegel.nl"),
    C("Protestantse Gemeente Houten", "religious_organisation", "B2B", "kerkrentmeesters@pghouten.nl"),
    C("Oudervereniging OBS De Regenboog", "parents_association", "B2B", "ov.regenboog@gmail.com"),
    C("International School Utrecht (Stichting)", "private_school", "B2B", None, kvk_no=kvk()),
    C("Nyenrode Business Universiteit", "private_university", "B2B", "crediteuren@nyenrode.nl", tax=btw()),
    # ambiguous B2B
    C("ProRail B.V.", "state_owned_company_procurement", "B2B", None, tax="NL8115.28.264.B01".replace(".", ""),
      ref="Aanbesteding 2024-0173, perceel 2", amb=True),
    C("Europol", "international_org", "B2B", None, ref="EDOC 1301-24", amb=True, country="NL"),
    C("OPCW – Organisation for the Prohibition of Chemical Weapons", "international_org", "B2B", "procurement@opcw.org",
      amb=True),
    C("ESA ESTEC", "international_org", "B2B", None, amb=True, comment="Site Noordwijk, gebouw Ff"),
    C("Van den Berg Advies B.V.", "company_household_item", "B2B", "info@vdbergadvies.nl", tax=btw(), kvk_no=kvk(),
      mode="single_home", amb=True),
    C("Kapsalon Sandra", "sole_trader_household_item", "B2B", "kapsalonsandra@live.nl", kvk_no=kvk(),
      mode="single_home", amb=True, pay="Pin"),
]


def priv(kind="private_person", amb=False, mode="home", label="B2C", comment=None, dom=None, pay=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    parts = l.split()
    ln = parts[-1]
    if dom:
        email = f"{f[0].lower()}.{slug(l)}@{dom}"
    else:
        email = None if rng.random() < 0.25 else f"{slug(f)}{rng.choice(['.', '', '_'])}{slug(ln)}@{rng.choice(FREEMAIL)}"
    styles = [f"{f} {l}", f"{f[0]}. {l}", f"{l[0].upper() + l[1:]}, {f}" if not l[0].isupper() else f"{l}, {f}"]
    name = rng.choice(styles[:2]) if rng.random() < 0.85 else styles[2]
    return C(name, kind, label, email, mode=mode, amb=amb, comment=comment, pay=pay)


for _ in range(24):
    SPECS.append(priv())
SPECS[-2]["orders"] = 2
SPECS.append(C("Kassaverkoop", "anonymous_retail", "B2C", None, mode="home", pay="Pin", orders=3,
               comment="Balieverkoop winkel"))
SPECS.append(priv("private_bulk", True, "bulk_same"))
SPECS.append(priv("person_with_gov_email", True, "single_home", dom="minbzk.nl", pay="Pin",
                  comment="Thuis afleveren"))
SPECS.append(priv("person_with_gov_email", True, "single_home", dom="mindef.nl", pay="iDEAL"))
SPECS.append(priv("person_states_business_use", True, "bulk_same", "B2B",
                  comment="Klant geeft aan: fietsen zijn voor doorverkoop via eigen webshop"))
SPECS.append(priv("person_states_business_use", True, "home", "B2B",
                  comment="Fiets voor bezorgwerk, zzp'er (maaltijdbezorging)"))
SPECS.append(priv("person_pays_company_invoice", True, "biz", "B2B",
                  comment="Betaald door directeur privé, factuur op naam van Meijer Hoveniers B.V."))
SPECS.append(C("", "product_only_business_goods", "B2B", None, mode="bizonly_single", amb=True, pay=""))
SPECS.append(C("", "product_only_household", "B2C", None, mode="homeonly_single", amb=True, pay=""))

HEADER = ["Dagboek", "Factuurnummer", "Factuurdatum", "Vervaldatum", "Status", "Code", "Besteld door",
          "Factuur aan", "Contactpersoon", "E-mail", "Btw-nummer", "KvK-nummer", "Plaats", "Uw ref.", "Omschrijving",
          "Regel", "Artikel", "Artikelomschrijving", "Aantal", "Eenheid", "Prijs per eenheid", "Korting %",
          "Bedrag excl. btw", "Btw-code", "Btw-bedrag", "Bedrag incl. btw", "Valuta", "Betalingsconditie",
          "Betaalmethode", "Verkoper", "Opmerkingen"]


TOK = [("Utrecht", "Utrecht"), ("Houten", "Houten"), ("Súdwest", "Sneek"), ("Amsterdam", "Amsterdam"),
       ("Stichtse Rijnlanden", "Houten"), ("Vallei en Veluwe", "Apeldoorn"), ("Wetterskip", "Leeuwarden"),
       ("Justitie", "Den Haag"), ("Binnenlandse", "Den Haag"), ("RVO", "Den Haag"), ("Luchtmobiele", "Arnhem"),
       ("Gelderland", "Arnhem"), ("Groningen", "Groningen"), ("Eindhoven", "Eindhoven"), ("Zeist", "Zeist"),
       ("Duitsland", "Den Haag"), ("Canada", "Den Haag"), ("Nieuwegein", "Nieuwegein"), ("Coolblue", "Rotterdam"),
       ("Philips", "Eindhoven"), ("Heijmans", "Rosmalen"), ("Lease a Bike", "Utrecht"), ("De Wereld", "Wageningen"),
       ("NS Stations", "Utrecht"), ("ProRail", "Utrecht"), ("Europol", "Den Haag"), ("OPCW", "Den Haag"),
       ("ESTEC", "Noordwijk"), ("Nyenrode", "Breukelen"), ("Kassaverkoop", "")]


def city_for(name):
    if not name:
        return ""
    for t, c in TOK:
        if t in name:
            return c
    return rng.choice(CITY)


def main():
    orders = []
    for s in SPECS:
        orders += [s] * s["orders"]
    rng.shuffle(orders)
    codes, nxt = {}, 100
    rows, labels = [], []
    d0 = dt.date(2024, 2, 1)
    inv = 24700000
    sellers = ["Martijn Kok", "Esther de Bruin", "Gert-Jan Post"]
    for i, s in enumerate(orders):
        if s["name"] and s["kind"] != "anonymous_retail":
            if s["name"] not in codes:
                codes[s["name"]] = nxt
                nxt += rng.randint(1, 9)
            code = str(codes[s["name"]])
        elif s["kind"] == "anonymous_retail":
            code = "1"
        else:
            code = ""
        mode = s["mode"] or ("biz" if s["label"] in ("B2B", "B2G") else "home")
        items = lines_for(rng, CAT, mode)
        date = d0 + dt.timedelta(days=int(i * 2.4) + rng.randint(0, 2))
        inv += 1
        business = s["label"] in ("B2B", "B2G") and mode == "biz"
        if s["pay"] is not None:
            pay = s["pay"]
        elif business or s["kind"].startswith("nl_") or s["label"] == "B2G":
            pay = rng.choice(["Op rekening", "Op rekening", "Op rekening", "Incasso"])
        else:
            pay = rng.choice(["Pin", "Pin", "iDEAL", "Contant", "Op rekening"])
        cond = {"Op rekening": rng.choice(["30 dagen", "14 dagen"]), "Incasso": "Incasso 14 dagen"}.get(pay, "Direct" if pay else "")
        days = {"30 dagen": 30, "14 dagen": 14, "Incasso 14 dagen": 14}.get(cond, 0)
        desc = rng.choice(["Levering", "Levering en montage", "Reparatie", "Verkoop", "Onderhoud"]) + \
            (f" {s['ref']}" if s["ref"] and rng.random() < 0.4 else "")
        cp = ""
        if s["label"] != "B2C" and s["name"] and s["kind"] not in ("sole_trader_trade_name", "person_states_business_use",
                                                                    "person_pays_company_invoice") and rng.random() < 0.55:
            cp = f"{rng.choice(['Dhr.', 'Mevr.'])} {rng.choice(FIRST)} {rng.choice(LAST)}"
        status = rng.choice(["Verwerkt", "Verwerkt", "Verwerkt", "Open"])
        for n, (e, q) in enumerate(items, 1):
            disc = rng.choice([0, 0, 0, 5, 10]) if business and e[3] > 500 else 0
            net = round(e[3] * q * (1 - disc / 100), 2)
            vat = round(net * e[4] / 100, 2)
            rows.append([
                "70 - Verkoopboek", inv, date, date + dt.timedelta(days=days), status, code, s["name"],
                s["invoice_to"] or s["name"], cp, s["email"] or "", s["tax"] or "", s["kvk"] or "",
                city_for(s["name"]), s["ref"] or "", desc, n, e[1], e[0], q, e[2], e[3], disc,
                net, "2 - BTW hoog 21%", vat, round(net + vat, 2), "EUR", cond, pay,
                rng.choice(sellers), s["comment"] or "",
            ])
            labels.append(dict(label=s["label"], amb=s["amb"], kind=s["kind"], country=s["country"]))
    wb = Workbook()
    ws = wb.active
    ws.title = "Verkoopfactuurregels"
    ws.append(HEADER)
    for r in rows:
        ws.append([None if v == "" else v for v in r])
    for row in ws.iter_rows(min_row=2):
        row[2].number_format = "DD-MM-YYYY"
        row[3].number_format = "DD-MM-YYYY"
        for c in (row[20], row[22], row[24], row[25]):
            c.number_format = "#,##0.00"
    wb.save(os.path.join(LAYOUTS, ID + ".xlsx"))
    write_labels(os.path.join(KEY, ID + ".labels.csv"), labels)
    write_key(os.path.join(KEY, ID + ".json"), {
        "id": ID,
        "system": "Exact Online – Verkoopfacturen, export factuurregels (XLSX)",
        "country": "NL",
        "language": "nl",
        "docs": [
            "Exact Online sales invoice model as exposed by its API and UI: InvoiceNumber/Factuurnummer, InvoiceDate, "
            "DueDate, OrderedBy ('Besteld door'), InvoiceTo ('Factuur aan'), YourRef ('Uw ref.'), Description "
            "('Omschrijving'), Journal ('Dagboek', e.g. 70 Verkoopboek), PaymentCondition ('Betalingsconditie'), "
            "PaymentMethod ('Betaalmethode'), Remarks ('Opmerkingen'), lines with Item, Description, Quantity, "
            "UnitPrice, Discount, AmountDC, VATCode, VATAmount. Found: webwinkelfacturen.nl FAQ on which numbers go to "
            "Exact Online SalesInvoices (Omschrijving / Uw referentie / Betalingskenmerk), Coachview mapping of "
            "Exact Online account fields (debiteurcode, address, contact), i-Reserve Exact export (journal code 70).",
            "Exact writes XLSX from its list screens; dates as real Excel dates (dd-mm-yyyy display), amounts numeric.",
            "The literal header row of an Exact Online invoice-lines export was not found in the stored sources; "
            "headers are the Dutch UI labels of the fields above.",
        ],
        "fields": {
            "buyer": "Besteld door", "product": "Artikelomschrijving", "quantity": "Aantal",
            "amount": "Bedrag excl. btw", "tax_id": "Btw-nummer", "email": "E-mail", "payment": "Betaalmethode",
            "comment": "Opmerkingen",
        },
        "also_ok": {"buyer": ["Factuur aan"], "amount": ["Bedrag incl. btw"], "tax_id": ["KvK-nummer"],
                    "payment": ["Betalingsconditie"]},
        "notes": "Sheet 'Verkoopfactuurregels', header in row 1, one row per invoice line, no totals row. All lines of "
                 "one Factuurnummer share a label. 'Kassaverkoop' (code 1) is the counter-sale relation. "
                 "Two rows groups have an empty Besteld door (product-only records).",
    })
    print(ID, len(rows), "rows", len(orders), "orders")


if __name__ == "__main__":
    main()
