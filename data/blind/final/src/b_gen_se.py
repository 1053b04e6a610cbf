"""b_se_fortnox_fakturor.xlsx — Fortnox Fakturering, invoices with rows exported to Excel with Fortnox API field names (Invoices resource)."""
import datetime as dt, os, random
import pandas as pd
from b_common import LAY, Lab, write_key, se_orgnr, se_pnr
from b_orders import B, pick, lines

BIZ = [("Bärbar dator Lenovo ThinkPad T14 Gen 4", "LT14G4", 14990.0), ("Skärm Dell P2723D 27\"", "P2723D", 3890.0), ("Dockningsstation Lenovo USB-C Dock Gen 2", "40AS0090", 2690.0),
       ("Kopieringspapper A4 80 g (500 ark)", "PAP-A4", 59.0), ("Skrivare HP Color LaserJet Pro MFP 4302fdw", "5HH64F", 7490.0), ("Kontorsstol Kinnarps 6000", "K6000", 8900.0),
       ("Installation och konfiguration, timpris", "TIM", 950.0), ("Nätverksswitch Ubiquiti UniFi USW-24-POE", "USW24P", 6290.0), ("Headset Jabra Evolve2 65", "J265", 2490.0),
       ("Serverskåp 19\" 42U", "RACK42", 11900.0)]
HOME = [("Vattenkokare Bosch TWK3A011", "TWK3A011", 399.0), ("Luftvärmepump Mitsubishi Electric MSZ-LN25", "MSZLN25", 21990.0),
        ("Mobiltelefon Samsung Galaxy A55 5G 128 GB", "SM-A556", 4490.0), ("TV LG 55\" OLED55B4", "OLED55B4", 12990.0), ("Dammsugare Dyson V15 Detect", "V15", 7990.0),
        ("Kaffemaskin Jura E8", "JURAE8", 13990.0), ("Robotdammsugare Roborock Q7 Max", "Q7MAX", 3990.0), ("Mikrovågsugn Electrolux LMS2173EMX", "LMS2173", 1690.0)]
SPECIAL = {"bulk": HOME[2], "kettle": HOME[0], "biz_only": BIZ[9]}
FN = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Elin", "Anders", "Sara", "Mikael", "Emma", "Per"]
LN = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindqvist", "Berg"]
LAT = str.maketrans("åäöé", "aaoe")


def person(rng):
    f, l = rng.choice(FN), rng.choice(LN)
    return f"{f} {l}", f"{f.lower()}.{l.lower().translate(LAT)}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com', 'live.se'])}"


def pool(rng):
    P = []
    def add(name, kind, label, amb=False, mode="biz", org=None, email="", terms="30", cc="SE", w=1.0, **kw):
        P.append(B(name, kind, label, amb, cc, mode, w=w, org=org or "", email=email, terms=terms, **kw))
    for nm, dom in [("Skanska Sverige AB", "skanska.se"), ("Byggmästarna i Väst AB", "byggmastarnavast.se"), ("Systembolaget AB", "systembolaget.se"),
                    ("Nordic Logistik & Lager AB", "nordiclogistik.se"), ("Tandläkarhuset i Umeå AB", "tandlakarhuset.se"), ("Vasakronan AB", "vasakronan.se")]:
        org = se_orgnr(rng, "55")
        add(nm, "company_with_legal_form" if "Systembolaget" not in nm and "Vasakronan" not in nm else "state_owned_company_plain", "B2B", org=org, email=f"{rng.choice(['faktura', 'ekonomi', 'inkop'])}@{dom}",
            vat="SE" + org.replace("-", "") + "01", w=2.0)
    add("Hansson & Berg HB", "partnership", "B2B", org=se_orgnr(rng, "96"), email="info@hanssonberg.se", w=1.0)
    for nm in ["Espresso House Kungsgatan", "Café Pascal", "Bilverkstan Norr"]:
        add(nm, "company_no_legal_form", "B2B", org=se_orgnr(rng, "55"), email="", w=1.0)
    for _ in range(3):
        n, e = person(rng)
        add(f"{n.split()[1]}s {rng.choice(['Måleri', 'Snickeri', 'El & Data', 'Bokföring'])}", "sole_trader_trade_name", "B2B", org=se_pnr(rng), email=e, w=1.1,
            remarks="Enskild firma, F-skatt")
    for nm, kind, pre in [("Brf Solrosen 3", "homeowners_association", "76"), ("Svenska kyrkan, Uppsala domkyrkoförsamling", "religious_org", "25"),
                          ("Stiftelsen Handelshögskolan i Stockholm", "private_university", "80"), ("Svenska Röda Korset", "national_red_cross", "80"),
                          ("Friskis&Svettis Stockholm", "non_profit_association", "80")]:
        add(nm, kind, "B2B", org=se_orgnr(rng, pre), email="", w=0.9)
    # B2G
    for nm, kind, pre, dom in [("Stockholms kommun", "municipality", "21", "stockholm.se"), ("Göteborgs Stad, Stadsledningskontoret", "municipality", "21", "goteborg.se"),
                               ("Malmö stad, Grundskoleförvaltningen", "public_school_authority", "21", "malmo.se"), ("Region Stockholm", "regional_government", "23", "regionstockholm.se"),
                               ("Karolinska Universitetssjukhuset", "public_hospital", "23", "regionstockholm.se"), ("Region Skåne", "regional_government", "23", "skane.se"),
                               ("Uppsala universitet", "public_university", "20", "uu.se"), ("Trafikverket", "state_agency", "20", "trafikverket.se"),
                               ("Skatteverket", "state_agency", "20", "skatteverket.se"), ("Polismyndigheten", "police", "20", "polisen.se"),
                               ("Försvarsmakten", "armed_forces", "20", "mil.se"), ("Kriminalvården", "state_agency", "20", "kriminalvarden.se")]:
        org = se_orgnr(rng, pre)
        add(nm, kind, "B2G", org=org, email=f"{rng.choice(['fakturor', 'ekonomi', 'inkop'])}@{dom}", vat="SE" + org.replace("-", "") + "01", w=1.6,
            ref=rng.choice(["", f"Avtalsnummer {rng.randint(10, 99)}-{rng.randint(1000, 9999)}", f"Referenskod {rng.choice(['ABC', 'KTH', 'X'])}{rng.randint(100, 999)}"]))
    add("Kanadas ambassad i Stockholm", "embassy", "B2G", cc="CA", w=0.5)
    add("Förbundsrepubliken Tysklands ambassad", "embassy", "B2G", cc="DE", w=0.4)
    for _ in range(12):
        n, e = person(rng)
        add(n, "private_person", "B2C", mode="home", org=se_pnr(rng), email=e, terms=rng.choice(["K", "10", "KORT", "SWISH"]), w=1.5,
            remarks=rng.choice(["", "", "Hemleverans"]))
    add("Kontantförsäljning", "anonymous_retail", "B2C", mode="home", terms="K", w=1.0)
    # ambiguous
    add("Revisionsbyrån Lind & Co AB", "company_household_item", "B2B", True, "hh1", org=se_orgnr(rng, "55"), email="ekonomi@lindco.se", w=1.2)
    n, e = person(rng)
    add(f"{n.split()[1]}s Trädgårdsservice", "sole_proprietor_personal_purchase", "B2B", True, "hh1", org=se_pnr(rng), email=e, terms="KORT", remarks="Betalt med privat kort", w=1.0)
    n, e = person(rng)
    add(n, "person_bulk_identical", "B2C", True, "bulk", org=se_pnr(rng), email=e, terms="KORT", w=1.0)
    n, e = person(rng)
    add(n, "person_states_resale", "B2B", True, "bulk", org=se_pnr(rng), email=e, terms="10", remarks="Köps för vidareförsäljning i egen butik", w=0.9)
    n, e = person(rng)
    add(n, "person_with_gov_email", "B2C", True, "home", org=se_pnr(rng), email=n.lower().translate(LAT).replace(" ", ".") + "@polisen.se", terms="KORT", remarks="Hemleverans, privat köp", w=0.8)
    add("Lunds kommun, Förskolan Tegelbruket", "public_school_household_item", "B2G", True, "kettle", org=se_orgnr(rng, "21"), email="", ref="Referenskod LU417", w=0.8)
    add("Vattenfall AB", "state_owned_company_procurement", "B2B", True, "biz", org=se_orgnr(rng, "55"), email="", ref=f"Upphandling enl. LUF, dnr {rng.randint(2024, 2025)}-{rng.randint(100, 999)}", w=0.8)
    add("International IDEA", "international_org", "B2B", True, "biz", org=se_orgnr(rng, "80"), email="", w=0.6)
    add("Stiftelsen Stockholms internationella fredsforskningsinstitut (SIPRI)", "state_founded_non_profit", "B2B", True, "biz", org=se_orgnr(rng, "80"), email="", w=0.6)
    n, e = person(rng)
    add(n, "person_pays_company_invoice", "B2B", True, "biz", org=se_pnr(rng), email=e, terms="KORT", remarks="Betalar privat för Holmbergs Bygg AB, faktura ska avse bolaget", w=0.6)
    return P


def gen():
    rng = random.Random(8808)
    P = pool(rng)
    for b in P:
        if b["amb"]:
            b["w"] *= 1.6
    rows, lab = [], Lab()
    d = dt.date(2025, 2, 3)
    doc = 2201
    custno = {}
    while len(rows) < 190:
        b = pick(P, rng)
        ls = lines(b, rng, BIZ, HOME, SPECIAL)
        d += dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        doc += 1
        cn = custno.setdefault(b["name"] + b["kind"], str(1000 + len(custno)))
        net = round(sum(p[2] * q for p, q in ls), 2)
        vat = round(net * 0.25, 2)
        terms = b["terms"]
        due = d + dt.timedelta(days=int(terms) if terms.isdigit() else 0)
        for p, q in ls:
            rows.append({
                "DocumentNumber": doc, "InvoiceDate": d.isoformat(), "DueDate": due.isoformat(), "CustomerNumber": cn, "CustomerName": b["name"],
                "OrganisationNumber": b["org"], "VATNumber": b.get("vat", ""), "YourReference": b.get("ref", ""), "YourOrderNumber": "",
                "EmailInformation.EmailAddressTo": b["email"], "TermsOfPayment": terms, "Currency": "SEK",
                "InvoiceRows.ArticleNumber": p[1], "InvoiceRows.Description": p[0], "InvoiceRows.DeliveredQuantity": float(q), "InvoiceRows.Price": p[2],
                "InvoiceRows.VAT": 25, "InvoiceRows.Total": round(p[2] * q, 2), "Net": net, "TotalVAT": vat, "Total": round(net + vat),
                "Remarks": b.get("remarks", ""), "Booked": True, "Cancelled": False,
            })
            lab.add(b)
    df = pd.DataFrame(rows)
    df.to_excel(os.path.join(LAY, "b_se_fortnox_fakturor.xlsx"), index=False, sheet_name="Invoices")
    write_key("b_se_fortnox_fakturor", {
        "id": "b_se_fortnox_fakturor", "system": "Fortnox Fakturering — kundfakturor (Invoices) med fakturarader, exporterade till Excel med Fortnox datamodellens kolumnnamn",
        "country": "SE", "language": "sv",
        "docs": ["Fortnox API Invoice resource (api.fortnox.se/apidocs, tag Invoices): DocumentNumber, InvoiceDate, DueDate, CustomerNumber, CustomerName, OrganisationNumber, VATNumber, YourReference, YourOrderNumber, EmailInformation.EmailAddressTo, TermsOfPayment, Currency, "
                 "InvoiceRows (ArticleNumber, Description, DeliveredQuantity, Price, VAT, Total), Net, TotalVAT, Total, Remarks, Booked, Cancelled. Excel export tools for Fortnox (e.g. Sheety «Get accounting data» › Fakturor) name columns by this schema with dotted sub-fields, one row per invoice row."],
        "fields": {"buyer": "CustomerName", "product": "InvoiceRows.Description", "quantity": "InvoiceRows.DeliveredQuantity", "amount": "InvoiceRows.Total",
                   "tax_id": "OrganisationNumber", "email": "EmailInformation.EmailAddressTo", "payment": "TermsOfPayment", "comment": "Remarks"},
        "also_ok": {"amount": ["Total", "Net"], "tax_id": ["VATNumber"], "comment": ["YourReference"]},
        "notes": "XLSX, sheet Invoices, header row 1, every following row is a record: one row per invoice row; rows with the same DocumentNumber are one invoice and share a label. "
                 "OrganisationNumber holds the organisationsnummer (first digits 2 = state/municipal/region body, 5 = aktiebolag, 7/8 = associations/foundations, 9 = HB) or, for private customers and enskild firma, the personnummer (YYMMDD-NNNN). "
                 "TermsOfPayment codes: days (10, 30), K = kontant, KORT = card, SWISH. Numbers synthetic, Luhn-valid.",
    }, lab.rows)
    return len(rows), lab.rows


if __name__ == "__main__":
    print(gen()[0])
