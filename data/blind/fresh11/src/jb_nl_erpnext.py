"""jb_nl_erpnext_itemwise_sales_register: ERPNext (v15, English UI) report "Item-wise Sales Register",
exported from the report view as CSV (Menu > Export > CSV, default delimiter and quoting).

One line per Sales Invoice item; the report's own "Total" row closes the file.
Seller: an invented office-supplies and facility dealer in Utrecht.
Run: python jb_nl_erpnext.py   (seeded; rebuilds layout, key and labels exactly)
"""
import csv
import io
import random
from datetime import date, timedelta

import jb_common as C

LAYOUT_ID = "jb_nl_erpnext_itemwise_sales_register"
SEED = 11_2025_04
rng = random.Random(SEED)

ABBR = "VDH"
COMPANY = "Van der Heijden Kantoor & Facilitair B.V."
START = date(2025, 3, 3)
END = date(2025, 5, 30)
T_HIGH = f"BTW hoog 21% - {ABBR}"
T_LOW = f"BTW laag 9% - {ABBR}"

# code, name, item group, stock uom, net rate, vat
ITEMS = [
    ("OFF-LEI-1080", "Leitz 180° ordner A4 80 mm zwart", "Office Supplies", "Nos", 3.95, 21),
    ("OFF-NAV-A4-80", "Navigator Universal A4 80 g (doos 5 pakken)", "Office Supplies", "Box", 27.50, 21),
    ("OFF-FEL-79CI", "Fellowes Powershred 79Ci papiervernietiger", "Office Supplies", "Nos", 329.00, 21),
    ("OFF-PIL-G2B", "Pilot G2 gelpen blauw (doos 12)", "Office Supplies", "Box", 14.40, 21),
    ("OFF-3M-654", "Post-it Notes 76x76 geel (12 blokken)", "Office Supplies", "Pack", 11.90, 21),
    ("OFF-BRO-TN2420", "Brother TN-2420 toner zwart", "Office Supplies", "Nos", 74.50, 21),
    ("OFF-HP-305XL", "HP 305XL inktcartridge zwart", "Office Supplies", "Nos", 32.90, 21),
    ("OFF-DYMO-5XL", "DYMO LabelWriter 5XL", "Office Supplies", "Nos", 219.00, 21),
    ("FUR-AHR-2020", "Ahrend 2020 Verta bureaustoel", "Furniture", "Nos", 489.00, 21),
    ("FUR-ZITSTA-160", "Zit-sta bureau 160x80 elektrisch", "Furniture", "Nos", 629.00, 21),
    ("FUR-MONARM-2", "Monitorarm dubbel gasveer", "Furniture", "Nos", 89.00, 21),
    ("FUR-LADEBLOK-3", "Ladeblok verrijdbaar 3 laden", "Furniture", "Nos", 179.00, 21),
    ("COF-DE-AROMA3", "Douwe Egberts Aroma Rood snelfiltermaling 3 kg", "Coffee & Pantry", "Pack", 39.50, 9),
    ("COF-LAV-CREMA1", "Lavazza Crema e Aroma bonen 1 kg", "Coffee & Pantry", "Pack", 19.90, 9),
    ("COF-CAMP-MELK12", "Campina halfvolle melk 1 L (tray 12)", "Coffee & Pantry", "Pack", 15.60, 9),
    ("COF-SUIKER-1000", "Suikerklontjes (doos 1000)", "Coffee & Pantry", "Box", 8.40, 9),
    ("COF-PHI-EP5447", "Philips LatteGo EP5447/90 espressomachine", "Coffee & Pantry", "Nos", 549.00, 21),
    ("COF-SENSEO-HD6553", "Philips Senseo Original HD6553", "Coffee & Pantry", "Nos", 79.00, 21),
    ("COF-BEKER-180", "Koffiebekers karton 180 ml (doos 1000)", "Coffee & Pantry", "Box", 32.00, 21),
    ("IT-LOG-MXKEYS", "Logitech MX Keys S toetsenbord US-Int", "IT Accessories", "Nos", 99.00, 21),
    ("IT-LOG-C920", "Logitech C920 HD Pro webcam", "IT Accessories", "Nos", 69.00, 21),
    ("IT-DELL-P2423D", "Dell P2423D monitor 24 inch", "IT Accessories", "Nos", 239.00, 21),
    ("IT-JABRA-E2-40", "Jabra Evolve2 40 SE USB-C headset", "IT Accessories", "Nos", 94.00, 21),
    ("IT-DELL-WD19S", "Dell WD19S dockingstation", "IT Accessories", "Nos", 199.00, 21),
    ("IT-HDMI-2M", "HDMI kabel 2 m", "IT Accessories", "Nos", 6.95, 21),
    ("CLN-TORK-H2", "Tork Xpress handdoekjes H2 (21 x 190 st)", "Cleaning", "Box", 54.90, 21),
    ("CLN-DREFT-5L", "Dreft Professional afwasmiddel 5 L", "Cleaning", "Nos", 18.50, 21),
    ("CLN-TORK-ZEEP1", "Tork handzeep mild 1 L", "Cleaning", "Nos", 11.20, 21),
    ("CLN-VUILZAK-120", "Vuilniszakken 120 L (250 st)", "Cleaning", "Box", 38.00, 21),
    ("SRV-INSTALL", "Installatie en montage (per uur)", "Services", "Hour", 68.00, 21),
    ("SRV-BEZORG", "Bezorgkosten", "Services", "Nos", 12.50, 21),
    ("SRV-ONDERHOUD-KW", "Onderhoudscontract koffiemachine (kwartaal)", "Services", "Nos", 145.00, 21),
]
IT = {i[0]: i for i in ITEMS}
HTML_DESC = {code for code in IT if rng.random() < 0.4}
GROUP = {
    "office": ["OFF-LEI-1080", "OFF-NAV-A4-80", "OFF-PIL-G2B", "OFF-3M-654", "OFF-BRO-TN2420", "OFF-HP-305XL",
               "COF-DE-AROMA3", "COF-LAV-CREMA1", "COF-CAMP-MELK12", "COF-SUIKER-1000", "COF-BEKER-180",
               "CLN-TORK-H2", "CLN-DREFT-5L", "CLN-TORK-ZEEP1", "CLN-VUILZAK-120", "IT-HDMI-2M"],
    "fitout": ["FUR-AHR-2020", "FUR-ZITSTA-160", "FUR-MONARM-2", "FUR-LADEBLOK-3", "IT-DELL-P2423D",
               "IT-LOG-MXKEYS", "IT-JABRA-E2-40", "IT-DELL-WD19S", "IT-LOG-C920", "OFF-FEL-79CI", "OFF-DYMO-5XL"],
    "coffee": ["COF-PHI-EP5447", "SRV-ONDERHOUD-KW", "COF-LAV-CREMA1", "COF-CAMP-MELK12", "COF-BEKER-180"],
    "consumer": ["FUR-AHR-2020", "FUR-ZITSTA-160", "IT-DELL-P2423D", "IT-LOG-C920", "COF-SENSEO-HD6553",
                 "COF-PHI-EP5447", "OFF-NAV-A4-80", "OFF-HP-305XL", "IT-LOG-MXKEYS", "FUR-MONARM-2"],
    "counter": ["OFF-HP-305XL", "OFF-NAV-A4-80", "OFF-PIL-G2B", "OFF-3M-654", "COF-LAV-CREMA1", "IT-HDMI-2M",
                "OFF-LEI-1080", "COF-SENSEO-HD6553"],
}

CUST = []


def cust(name, group, label, kind, country, n, profile, amb=False, mop=None, territory="Netherlands",
         tax="nl", items=None, cid=None, project=None, remark_items=None, so_share=0.6):
    CUST.append(dict(name=name, group=group, label=label, kind=kind, country=country, n=n, profile=profile,
                     amb=amb, mop=mop, territory=territory, tax=tax, items=items, cid=cid or name,
                     project=project, so_share=so_share))


COM, IND, GOV, NPO = "Commercial", "Individual", "Government", "Non Profit"
# ---------------------------------------------------------------- B2B
cust("ASML Netherlands B.V.", COM, "B2B", "company", "NL", 2, "fitout")
cust("Coöperatieve Rabobank U.A.", COM, "B2B", "cooperative", "NL", 2, "office")
cust("Jaarbeurs Utrecht B.V.", COM, "B2B", "company", "NL", 2, "coffee")
cust("bol.com B.V.", COM, "B2B", "company", "NL", 2, "office")
cust("Arcadis Nederland B.V.", COM, "B2B", "company", "NL", 2, "fitout")
cust("BAM Bouw en Techniek B.V.", COM, "B2B", "company", "NL", 2, "office")
cust("Heijmans Utiliteit B.V.", COM, "B2B", "company", "NL", 1, "office")
cust("Stedin Netbeheer B.V.", COM, "B2B", "state_owned_company", "NL", 2, "office")
cust("Eneco Services B.V.", COM, "B2B", "company", "NL", 1, "fitout")
cust("Albert Heijn B.V.", COM, "B2B", "company", "NL", 1, "office")
cust("ProRail B.V.", COM, "B2B", "state_owned_company", "NL", 2, "office")
cust("Tandartspraktijk De Vries", COM, "B2B", "professional_practice", "NL", 2, "office")
cust("Advocatenkantoor Van Dijk & Partners", COM, "B2B", "professional_practice", "NL", 2, "fitout")
cust("Fysiotherapie Utrecht Oost", COM, "B2B", "professional_practice", "NL", 1, "office")
cust("Bakkerij Jansen", COM, "B2B", "company", "NL", 2, "coffee")
cust("Fotografie Lisa Mulder", COM, "B2B", "sole_trader", "NL", 1, "office")
cust("Hoveniersbedrijf Bakker", COM, "B2B", "sole_trader", "NL", 1, "office")
cust("Notariskantoor Smit & Kok", COM, "B2B", "professional_practice", "NL", 2, "office")
cust("Stichting VluchtelingenWerk Midden-Nederland", NPO, "B2B", "non_profit", "NL", 2, "office")
cust("Protestantse Gemeente Utrecht", NPO, "B2B", "church", "NL", 1, "coffee")
cust("VvE Oudegracht 112", COM, "B2B", "hoa", "NL", 1, "office")
cust("Voetbalvereniging Hercules", NPO, "B2B", "association", "NL", 1, "coffee")
cust("Nyenrode Business Universiteit", COM, "B2B", "private_university", "NL", 2, "fitout")
cust("Koninklijke HaskoningDHV Groep B.V.", COM, "B2B", "company", "NL", 2, "fitout")
cust("Colruyt Group Services NV", COM, "B2B", "company", "BE", 1, "office", territory="Belgium", tax="rc")
cust("Vitens N.V.", COM, "B2B", "state_owned_company", "NL", 1, "office")
cust("Studio Noorderlicht V.O.F.", COM, "B2B", "company", "NL", 1, "fitout")
# ---------------------------------------------------------------- B2G
cust("Gemeente Utrecht", GOV, "B2G", "municipality", "NL", 4, "fitout", project="Inrichting Stadskantoor 2025")
cust("Gemeente Amersfoort", GOV, "B2G", "municipality", "NL", 2, "office")
cust("Gemeente Zeist", COM, "B2G", "municipality", "NL", 2, "office")
cust("Gemeente Nieuwegein", GOV, "B2G", "municipality", "NL", 2, "fitout")
cust("Provincie Utrecht", GOV, "B2G", "regional_government", "NL", 2, "fitout")
cust("Rijkswaterstaat Midden-Nederland", GOV, "B2G", "government_agency", "NL", 2, "office")
cust("Belastingdienst", GOV, "B2G", "tax_authority", "NL", 2, "office")
cust("Dienst Justitiële Inrichtingen", GOV, "B2G", "government_agency", "NL", 1, "office")
cust("Politie Eenheid Midden-Nederland", GOV, "B2G", "police", "NL", 2, "fitout")
cust("Ministerie van Defensie - Kromhout Kazerne", COM, "B2G", "armed_forces", "NL", 2, "office")
cust("Koninklijke Marechaussee Brigade Schiphol", GOV, "B2G", "armed_forces", "NL", 1, "coffee")
cust("Universiteit Utrecht", GOV, "B2G", "public_university", "NL", 3, "fitout")
cust("Rechtbank Midden-Nederland", GOV, "B2G", "court", "NL", 1, "office")
cust("Hoogheemraadschap De Stichtse Rijnlanden", GOV, "B2G", "water_authority", "NL", 1, "office")
cust("RIVM", GOV, "B2G", "government_agency", "NL", 2, "fitout")
cust("UWV", GOV, "B2G", "social_insurance", "NL", 1, "office")
cust("Embassy of Canada to the Netherlands", GOV, "B2G", "embassy", "CA", 1, "coffee", tax="zero")
cust("Veiligheidsregio Utrecht", GOV, "B2G", "public_body", "NL", 1, "office")
# ---------------------------------------------------------------- B2C
PERS = ["J. de Vries", "Sanne Bakker", "Bram van Dijk", "Fleur Jansen", "Daan Visser", "Lotte Smit",
        "Thijs Meijer", "Emma de Boer", "Ruben Mulder", "Anouk de Groot", "Jeroen Bos", "Iris Vos",
        "Sven Peters", "Noor Hendriks", "Mohammed El Amrani", "Kevin van Leeuwen", "Sophie Dekker",
        "Lars Brouwer", "Vries, Marieke de", "Yasmina Bouzid"]
for p in PERS:
    cust(p, IND, "B2C", "private_person", "NL", 1, "consumer", mop=rng.choice(["iDEAL", "iDEAL", None]),
         so_share=0.2)
cust("Walk-in klant", IND, "B2C", "anonymous_retail", "NL", 7, "counter", mop="PIN", territory="All Territories",
     so_share=0.0)
# ---------------------------------------------------------------- ambiguous
cust("Europol", GOV, "B2B", "international_org", "INT", 3, "fitout", amb=True, tax="zero")
cust("European Space Agency ESTEC", COM, "B2B", "international_org", "INT", 1, "office", amb=True, tax="zero")
cust("N.V. Nederlandse Spoorwegen", COM, "B2B", "state_owned_company", "NL", 2, "office", amb=True,
     project="Raamovereenkomst kantoorartikelen (aanbesteding NS 2024-017)")
cust("Stichting St. Antonius Ziekenhuis", NPO, "B2B", "private_hospital", "NL", 2, "office", amb=True)
cust("Bakkerij Jansen", COM, "B2B", "company", "NL", 1, "fixed", amb=True, items=[("COF-SENSEO-HD6553", 1)],
     cid="Bakkerij Jansen")
cust("Rijkswaterstaat Midden-Nederland", GOV, "B2G", "government_agency", "NL", 1, "fixed", amb=True,
     items=[("COF-SENSEO-HD6553", 1)])
cust("Marloes Verhoeven", IND, "B2B", "private_person_business_use", "NL", 1, "fixed", amb=True,
     items=[("FUR-AHR-2020", 2), ("COF-PHI-EP5447", 1)], mop="iDEAL")
cust("Wouter Koster", IND, "B2C", "private_person", "NL", 1, "fixed", amb=True,
     items=[("COF-LAV-CREMA1", 40)], mop="iDEAL")
cust("Fotografie Lisa Mulder", COM, "B2B", "sole_trader", "NL", 1, "fixed", amb=True,
     items=[("COF-PHI-EP5447", 1)], mop="PIN")
cust("Diverse debiteuren", COM, "B2C", "thin_record", "NL", 1, "fixed", amb=True, items=[("OFF-FEL-79CI", 1)],
     territory="All Territories")
cust("Diverse debiteuren", COM, "B2B", "thin_record", "NL", 1, "fixed", amb=True,
     items=[("CLN-TORK-H2", 4), ("CLN-VUILZAK-120", 3)], territory="All Territories")
cust("Stichting Hogeschool Utrecht", NPO, "B2B", "publicly_funded_foundation", "NL", 2, "fitout", amb=True,
     project="Europese aanbesteding meubilair HU 2024")
cust("Ing. P. Hermans", IND, "B2B", "person_paying_company_invoice", "NL", 1, "office", amb=True,
     project="Hermans Installatietechniek B.V.")

REMARK_DESC = {
    "Marloes Verhoeven": "voor mijn kapsalon (KvK volgt)",
}


def pick(c):
    if c["items"]:
        return [(IT[code], q) for code, q in c["items"]]
    prof = c["profile"]
    out = []
    if prof == "office":
        for code in rng.sample(GROUP["office"], rng.choice([1, 2, 2, 3])):
            it = IT[code]
            q = rng.choice([2, 4, 5, 6, 10, 12, 20]) if it[4] < 30 else rng.choice([1, 2, 3, 4])
            out.append((it, q))
    elif prof == "fitout":
        for code in rng.sample(GROUP["fitout"], rng.choice([1, 2, 2, 3])):
            it = IT[code]
            q = rng.choice([2, 4, 6, 8, 12, 16, 24]) if it[4] < 700 else rng.choice([1, 2])
            out.append((it, q))
        if rng.random() < 0.5:
            out.append((IT["SRV-INSTALL"], rng.choice([2, 3, 4, 6, 8])))
    elif prof == "coffee":
        for code in rng.sample(GROUP["coffee"], rng.choice([1, 2, 3])):
            it = IT[code]
            q = 1 if it[4] > 100 else rng.choice([2, 3, 4, 6])
            out.append((it, q))
    elif prof == "consumer":
        for code in rng.sample(GROUP["consumer"], rng.choice([1, 1, 2])):
            out.append((IT[code], 1))
        if rng.random() < 0.5:
            out.append((IT["SRV-BEZORG"], 1))
    elif prof == "counter":
        for code in rng.sample(GROUP["counter"], rng.choice([1, 1, 2])):
            out.append((IT[code], rng.choice([1, 1, 2])))
    return out


def desc(it):
    if it[0] in HTML_DESC:
        return f'<div class="ql-editor read-mode"><p>{it[1]}</p></div>'
    return it[1]


def main():
    days = (END - START).days
    invs = []
    for c in CUST:
        for _ in range(c["n"]):
            d = START + timedelta(days=rng.randint(0, days))
            while d.weekday() >= 5:
                d -= timedelta(days=1)
            invs.append(dict(c=c, d=d, lines=pick(c)))
    invs.sort(key=lambda x: (x["d"], rng.random()))
    n_si, n_so, n_dn = 311, 188, 160
    for inv in invs:
        n_si += 1
        inv["name"] = f"ACC-SINV-2025-{n_si:05d}"
        c = inv["c"]
        inv["so"] = inv["dn"] = None
        if rng.random() < c["so_share"]:
            n_so += rng.randint(1, 2)
            inv["so"] = f"SAL-ORD-2025-{n_so:05d}"
            if rng.random() < 0.7:
                n_dn += rng.randint(1, 2)
                inv["dn"] = f"MAT-DN-2025-{n_dn:05d}"
    header = ["Item Code", "Item Name", "Item Group", "Description", "Invoice", "Posting Date", "Customer Group",
              "Customer", "Customer Name", "Receivable Account", "Mode Of Payment", "Territory", "Project",
              "Company", "Sales Order", "Delivery Note", "Income Account", "Cost Center", "Stock Qty",
              "Stock UOM", "Rate", "Amount", f"{T_HIGH} Rate", f"{T_HIGH} Amount", f"{T_LOW} Rate",
              f"{T_LOW} Amount", "Total Tax", "Total Other Charges", "Total"]
    rows = []
    for inv in invs:
        c = inv["c"]
        for (code, name, group, uom, rate, vat), q in inv["lines"]:
            amount = round(rate * q, 2)
            zero = c["tax"] in ("rc", "zero")
            hi_rate = 21.0 if vat == 21 and not zero else 0
            lo_rate = 9.0 if vat == 9 and not zero else 0
            hi_amt = round(amount * hi_rate / 100, 2) if hi_rate else 0
            lo_amt = round(amount * lo_rate / 100, 2) if lo_rate else 0
            d_txt = desc(IT[code])
            if c["name"] in REMARK_DESC and code == "FUR-AHR-2020":
                d_txt = f"{name} - {REMARK_DESC[c['name']]}"
            project = c["project"] if c["project"] and (c["kind"] != "municipality" or rng.random() < 0.6) else None
            rows.append(dict(
                vals=[code, name, group, d_txt, inv["name"], inv["d"], c["group"], c["cid"], c["name"],
                      f"Debtors - {ABBR}", c["mop"] or "", c["territory"], project, COMPANY, inv["so"],
                      inv["dn"] if inv["dn"] else None, f"Sales - {ABBR}", f"Main - {ABBR}", float(q), uom,
                      rate, amount, hi_rate, hi_amt, lo_rate, lo_amt, round(hi_amt + lo_amt, 2), 0.0,
                      round(amount + hi_amt + lo_amt, 2)],
                d=inv["d"], group=group, inv=inv["name"], label=c["label"], ambiguous=c["amb"], kind=c["kind"],
                country=c["country"]))
    # report order: posting date desc, item group desc (ties keep invoice order)
    rows.sort(key=lambda r: (r["d"], r["group"], r["inv"]), reverse=True)
    # the report's total row ("Total" in the first column; Float/Currency columns summed, Rate included)
    num_cols = list(range(18, len(header)))
    total = [""] * len(header)
    total[0] = "Total"
    for i in num_cols:
        if header[i] == "Stock UOM":
            continue
        s = 0.0
        for r in rows:
            v = r["vals"][i]
            if isinstance(v, (int, float)) and v:
                s = float(s) + float(v)
        total[i] = s
    total[19] = ""
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC)
    w.writerow(header)
    for r in rows:
        w.writerow([v for v in r["vals"]])
    w.writerow(total)
    (C.LAYOUTS / f"{LAYOUT_ID}.csv").write_bytes(buf.getvalue().encode("utf-8"))
    C.write_labels(LAYOUT_ID, rows)
    key = {
        "id": LAYOUT_ID,
        "system": "ERPNext v15 (Frappe), report 'Item-wise Sales Register' (Accounts), exported from the report "
                  "view as CSV with the default export options (English user language)",
        "country": "NL",
        "language": "en",
        "docs": [
            "frappe/erpnext erpnext/accounts/report/item_wise_sales_register/item_wise_sales_register.py: column "
            "labels and order without group-by (Item Code, Item Name, Item Group, Description, Invoice, Posting "
            "Date, Customer Group, Customer, Customer Name, Receivable Account, Mode Of Payment, Territory, "
            "Project, Company, Sales Order, Delivery Note, Income Account, Cost Center, Stock Qty, Stock UOM, "
            "Rate, Amount), one '<tax description> Rate' and '<tax description> Amount' pair per tax row, then "
            "Total Tax, Total Other Charges, Total and a hidden Currency column; rows ordered by posting date "
            "desc, item group desc; Mode Of Payment filled from get_mode_of_payments() of the invoice (read here "
            "as the invoice's POS payment rows, so empty for ordinary credit invoices)",
            "frappe/erpnext item_wise_sales_register.json: add_total_row = 1 (the report appends a total row)",
            "frappe/frappe frappe/desk/query_report.py add_total_row() (older version read): 'Total' in the first "
            "column when it is not numeric, and every Currency/Int/Float/Percent column summed with flt() - so the "
            "Float 'Rate' and tax 'Rate' columns are summed too. Assumed, not verified: the CSV export keeps this "
            "total row as the report view shows it",
            "frappe/desk/utils.py pop_csv_params()/get_csv_bytes() (read in Frappe forks with identical code): "
            "CSV export uses Python csv.writer with delimiter ',' and quoting QUOTE_NONNUMERIC by default, "
            "encoded UTF-8 without BOM (csv.writer default line end CRLF)",
            "Not re-checked in a source here, from general ERPNext knowledge: default customer groups Commercial, "
            "Individual, Non Profit, Government; default UOM 'Nos'; account and cost-center names carry the "
            "company abbreviation ('Debtors - VDH', 'Main - VDH')",
        ],
        "fields": {
            "buyer": "Customer Name",
            "product": "Item Name",
            "quantity": "Stock Qty",
            "amount": "Amount",
            "tax_id": None,
            "email": None,
            "payment": "Mode Of Payment",
            "comment": None,
        },
        "also_ok": {
            "buyer": ["Customer"],
            "product": ["Description", "Item Code"],
            "amount": ["Total"],
        },
        "notes": "One row per invoice item (several rows per Sales Invoice, linked by 'Invoice'); all rows of an "
                 "invoice carry the same label. The last line is the report's own total row ('Total' in 'Item "
                 "Code', sums in the numeric columns, including the meaningless summed 'Rate') - not a record. "
                 "Numbers are unquoted floats with a decimal point (Python repr, so sums can look like "
                 "12345.670000000002), text and dates (YYYY-MM-DD) are quoted. 'Customer Group' is the seller's "
                 "own classification (Commercial/Individual/Government/Non Profit) and is not always right "
                 "(e.g. Gemeente Zeist and the Defensie barracks sit in Commercial, Europol in Government). "
                 "'Mode Of Payment' is filled only for counter/webshop invoices paid at once (PIN, iDEAL); "
                 "'Walk-in klant' is the POS catch-all customer and 'Diverse debiteuren' a sundry-debtors "
                 "catch-all. Some Description cells keep ERPNext's editor HTML (<div class=\"ql-editor "
                 "read-mode\"><p>...</p></div>). 'Project' sometimes carries a tender/contract or the company a "
                 "person is buying for. 'Amount' is net; 'Total' includes Dutch VAT (21 %/9 %, 0 % for EU reverse "
                 "charge, embassy and international organisations).",
    }
    C.write_key(LAYOUT_ID, key)
    return rows


if __name__ == "__main__":
    rows = main()
    from collections import Counter
    invs = {}
    for r in rows:
        invs[r["inv"]] = r
    print(len(rows), "lines", len(invs), "invoices", Counter(r["label"] for r in rows),
          sum(r["ambiguous"] for r in rows))
