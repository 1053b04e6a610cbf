"""Canada: Square Item Sales (items-YYYY-MM-DD.csv) for an Ottawa bakery-cafe with catering (seeded)."""
import csv, os, random, datetime as dt, string
from q_common import *

LID = "q_ca_square_item_sales"
rng = random.Random(4202)
HEAD = ["Date","Time","Time Zone","Category","Item","Qty","Price Point Name","SKU","Modifiers Applied","Gross Sales","Discounts","Net Sales","Tax","Transaction ID","Payment ID","Device Name","Notes","Details","Event Type","Location","Dining Option","Customer ID","Customer Name","Customer Reference ID","Unit","Count","GTIN","Itemization Type","Fulfillment Note","Channel","Token"]

# category, item, [(price point, price)], sku, taxable(hst), kind
MENU = [
 ("Coffee & Espresso","Latte",[("Small",4.25),("Large",5.25)],"BEV-LAT",True,"cafe"),
 ("Coffee & Espresso","Drip Coffee",[("Small",2.65),("Large",3.15)],"BEV-DRP",True,"cafe"),
 ("Coffee & Espresso","Cappuccino",[("Regular",4.50)],"BEV-CAP",True,"cafe"),
 ("Coffee & Espresso","Cold Brew",[("Regular",4.75)],"BEV-CLD",True,"cafe"),
 ("Coffee & Espresso","London Fog",[("Regular",4.95)],"BEV-LFG",True,"cafe"),
 ("Pastry","Butter Croissant",[("Regular",3.75)],"PST-CRS",True,"cafe"),
 ("Pastry","Almond Croissant",[("Regular",4.50)],"PST-ALM",True,"cafe"),
 ("Pastry","Cinnamon Bun",[("Regular",4.25)],"PST-CIN",True,"cafe"),
 ("Pastry","Butter Tart",[("Regular",3.25)],"PST-BTT",True,"cafe"),
 ("Pastry","Nanaimo Bar",[("Regular",3.95)],"PST-NAN",True,"cafe"),
 ("Bread","Country Sourdough Loaf",[("Regular",8.50)],"BRD-SRD",False,"retail"),
 ("Bread","Baguette",[("Regular",4.00)],"BRD-BAG",False,"retail"),
 ("Bread","Montreal-Style Sesame Bagels",[("Half Dozen",7.50),("Dozen",14.00)],"BRD-BGL",False,"retail"),
 ("Retail","Whole Bean Coffee - House Blend 340 g",[("Regular",18.00)],"RTL-BEAN",False,"retail"),
]
CATER = [
 ("Catering","Assorted Pastry Tray",[("Small (12 pc)",42.00),("Large (24 pc)",78.00)],"CAT-PST",True),
 ("Catering","Sandwich Platter",[("Half (10 pc)",65.00),("Full (20 pc)",120.00)],"CAT-SND",True),
 ("Catering","Seasonal Fruit Platter",[("Regular",55.00)],"CAT-FRT",True),
 ("Catering","Boxed Lunch",[("Regular",16.50)],"CAT-BOX",True),
 ("Catering","Coffee Traveler (96 oz)",[("Regular",24.00)],"CAT-TRV",True),
 ("Catering","Delivery Fee",[("Regular",15.00)],"CAT-DLV",True),
]
MODS = ["", "", "", "Oat Milk", "Extra Shot", "Oat Milk, Extra Shot", "Almond Milk", "Decaf"]

def tid(n=22):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))

txns = []
def T(label, amb, kind, cc, name="", ref="", note="", lines=None, dining=None, fnote="", chan="Square Point of Sale"):
    txns.append(dict(label=label, amb=amb, kind=kind, cc=cc, name=name, ref=ref, note=note, lines=lines, dining=dining, fnote=fnote, chan=chan))

def cafe_lines(nmax=3):
    out = []
    for m in rng.sample([m for m in MENU if m[5]=="cafe"], rng.randint(1, nmax)):
        pp = rng.choice(m[2]); out.append((m, pp, rng.choice([1,1,1,2]), rng.choice(MODS) if m[0].startswith("Coffee") else ""))
    if rng.random() < 0.25:
        m = rng.choice([m for m in MENU if m[5]=="retail"]); out.append((m, rng.choice(m[2]), 1, ""))
    return out

def cater_lines(big=True):
    out = []
    for c in rng.sample(CATER[:5], rng.randint(2, 3) if big else 1):
        pp = rng.choice(c[2]); q = rng.randint(8, 30) if c[1]=="Boxed Lunch" else rng.randint(1, 3)
        out.append((c, pp, q, ""))
    if big and rng.random() < 0.4: out.append((CATER[5], CATER[5][2][0], 1, ""))
    return out

# anonymous counter sales
for _ in range(40):
    T("B2C", False, "anonymous_retail", "CA", lines=cafe_lines(), dining=rng.choice(["For Here","To Go","To Go"]))
# custom amount sales, no item and no customer (receipt)
for _ in range(4):
    T("B2C", False, "anonymous_retail_custom_amount", "CA", lines=[(("Uncategorized","Custom Amount",[("",rng.choice([6.0,12.5,20.0]))],"",True,"x"), None, 1, "")], dining="To Go")

PERS = ["Sophie Tremblay","Liam MacDonald","Priya Raman","Jean-François Côté","Olivia Chen","Noah Gagnon","Emma Wilson","Mohamed Abdi","Chloé Bélanger","Ethan Kowalczyk","Ava Singh","Lucas Roy","Hannah O'Connor","Mike","Isabelle Lavoie","Daniel Park","Fatima Haddad","Ryan Fraser"]
for nm in PERS:
    big = rng.random() < 0.25
    T("B2C", False, "private_person", "CA", name=nm, lines=(cater_lines(False) if big else cafe_lines()), dining="Pickup" if big else rng.choice(["For Here","To Go"]),
      note=rng.choice(["Birthday party Saturday","Please write 'Happy 40th Dave' on card",""]) if big else "")

ORG = [
 ("B2G",False,"ca_municipality","City of Ottawa - By-law & Regulatory Services","Vendor 104377"),
 ("B2G",False,"ca_municipality","City of Ottawa - Councillor's Office Ward 15",""),
 ("B2G",False,"ca_municipality","Ville de Gatineau - Service des loisirs","BC 24-01187"),
 ("B2G",False,"school_board","Ottawa-Carleton District School Board - Broadview PS",""),
 ("B2G",False,"school_board","Ottawa Catholic School Board","PO 2024-003318"),
 ("B2G",False,"school_board","CEPEO - École secondaire publique De La Salle",""),
 ("B2G",False,"federal_department","Global Affairs Canada - Protocol Division","PO 21C45-240118"),
 ("B2G",False,"federal_department","Public Services and Procurement Canada","PO 3000-118844"),
 ("B2G",False,"federal_agency","Library and Archives Canada",""),
 ("B2G",False,"embassy","Embassy of Japan in Canada",""),
 ("B2G",False,"public_university","Carleton University - Dept. of Biology","PO 4500219073"),
 ("B2G",False,"public_university","University of Ottawa - Faculty of Law",""),
 ("B2G",False,"public_hospital","The Ottawa Hospital - Civic Campus ICU",""),
 ("B2G",False,"municipal_library","Ottawa Public Library - Main Branch",""),
 ("B2G",False,"police","Ottawa Police Service - Central Division",""),
 ("B2G",False,"armed_forces","DND - 8 Wing Trenton Wing Operations",""),
 ("B2B",False,"company_with_legal_form","Kinaxis Inc.",""),
 ("B2B",False,"company_with_legal_form","Mitel Networks Corp.","AP-77812"),
 ("B2B",False,"company_with_legal_form","Nelson Law Professional Corporation",""),
 ("B2B",False,"company_with_legal_form","Bytown Realty Ltd.",""),
 ("B2B",False,"company_no_legal_form","Shopify - Elgin St Office",""),
 ("B2B",False,"company_no_legal_form","Hintonburg Dental Centre",""),
 ("B2B",False,"company_no_legal_form","Westboro Yoga Studio",""),
 ("B2B",False,"company_no_legal_form","Little Italy Barbershop",""),
 ("B2B",False,"sole_trader_trade_name","Marie Tremblay CPA",""),
 ("B2B",False,"sole_trader_trade_name","Dave's Moving & Hauling",""),
 ("B2B",False,"crown_corporation","Canada Post - Ottawa Mail Processing Plant",""),
 ("B2B",False,"crown_corporation","CBC/Radio-Canada Ottawa",""),
 ("B2B",False,"nonprofit","Ottawa Food Bank",""),
 ("B2B",False,"nonprofit","Canadian Red Cross - Ottawa Branch",""),
 ("B2B",False,"church","St. Patrick's Basilica Parish",""),
 ("B2B",False,"community_association","Glebe Community Association",""),
]
for (lab, amb, kind, nm, ref) in ORG:
    for k in range(2 if rng.random() < 0.25 else 1):
        big = rng.random() < 0.8
        T(lab, amb, kind, "JP" if kind=="embassy" else "CA", name=nm, ref=ref, lines=cater_lines(True) if big else cater_lines(False)+cafe_lines(2),
          dining="Delivery" if big else "Pickup",
          fnote=rng.choice(["Deliver to front desk by 11:30","Room 204, ask for reception","Meeting at 9am - set up in boardroom","Loading dock entrance",""]) if big else "",
          note=rng.choice(["Invoice emailed","Staff meeting","Paid by corporate card","",""]), chan=rng.choice(["Square Point of Sale","Square Invoices"]))

# ambiguous
for nm in ["Kinaxis Inc.","Bytown Realty Ltd."]:
    T("B2B", True, "company_household_purchase", "CA", name=nm, lines=[(MENU[0], MENU[0][2][1], 1, "Oat Milk"), (MENU[5], MENU[5][2][0], 1, "")], dining="To Go")
for nm in ["City of Ottawa - Councillor's Office Ward 15","Ottawa-Carleton District School Board - Broadview PS"]:
    T("B2G", True, "municipal_body_household_item" if "City" in nm else "school_board_household_item", "CA", name=nm, lines=[(MENU[1], MENU[1][2][0], 1, "")], dining="To Go")
for nm, note in [("Ryan Fraser","For our team meeting at the office - need receipt for work expenses"),("Chloé Bélanger","pour le bureau - reçu au nom de l'entreprise svp"),("Tom Beaulieu","Buying bagels to resell at my café in Chelsea")]:
    T("B2B", True, "person_states_business_use", "CA", name=nm, note=note, lines=cater_lines(True) if "resell" not in note else [(MENU[12], MENU[12][2][1], 10, "")], dining="Pickup")
for nm, co in [("Sandra Li","Bytown Realty Ltd."),("Paul Ouellet","Dave's Moving & Hauling")]:
    T("B2B", True, "person_pays_company_invoice", "CA", name=nm, note=f"Paying catering invoice for {co}", lines=cater_lines(True), dining="Delivery", chan="Square Invoices")
for nm in ["Noah Gagnon","Isabelle Lavoie"]:
    T("B2C", True, "private_person_bulk", "CA", name=nm, lines=[(MENU[5], MENU[5][2][0], rng.choice([48,60]), "")], dining="Pickup")
T("B2B", True, "international_org", "CA", name="UNHCR Canada Office", ref="PO UNHCR-OTT-2024-07", lines=cater_lines(True), dining="Delivery", chan="Square Invoices")
T("B2B", True, "crown_corporation_procurement", "CA", name="VIA Rail Canada - Ottawa Station", ref="Standing Offer SO-2024-118", note="Call-up against standing offer SO-2024-118", lines=cater_lines(True), dining="Delivery", chan="Square Invoices")
T("B2B", True, "nonprofit_public_contract", "CA", name="Centretown Community Health Centre", note="Ordered under City of Ottawa community catering agreement", lines=cater_lines(True), dining="Delivery")
# product-only catering lines with no customer (staff rang a catering order without attaching a customer)
for _ in range(2):
    T("B2C", True, "product_only_no_buyer", "CA", lines=[(CATER[0], CATER[0][2][1], 1, ""), (CATER[4], CATER[4][2][0], 2, "")], dining="Pickup")

rng.shuffle(txns)
start = dt.datetime(2024, 4, 2, 7, 5)
cust_ids = {}
rows, labels = [], []
t = start
for x in txns:
    t += dt.timedelta(minutes=rng.randint(8, 140))
    if t.hour >= 18: t = (t + dt.timedelta(days=1)).replace(hour=7, minute=rng.randint(0, 50))
    txid = tid(); pid = tid()
    if x["name"] and x["name"] not in cust_ids: cust_ids[x["name"]] = tid(26).upper()
    dev = "Catering Desk iPad" if x["dining"] in ("Delivery", "Pickup") else rng.choice(["Front Counter 1", "Front Counter 2"])
    disc_rate = 0.10 if x["label"] != "B2C" and x["dining"] == "Delivery" and rng.random() < 0.3 else 0.0
    for (m, pp, q, mod) in x["lines"]:
        if m[1] == "Custom Amount":
            price = m[2][0][1]; ppn = ""; sku = ""; cat = ""
        else:
            ppn, price = pp; sku = m[3] + ("-" + ppn[:1].upper() if len(m[2]) > 1 else ""); cat = m[0]
        gross = round(price * q, 2)
        disc = round(gross * disc_rate, 2)
        net = gross - disc
        taxable = m[4] and not (m[0] == "Pastry" and q >= 6)
        tax = round(net * 0.13, 2) if taxable else 0.0
        r = {h: "" for h in HEAD}
        r.update({"Date": t.strftime("%Y-%m-%d"), "Time": t.strftime("%H:%M:%S"), "Time Zone": "Eastern Time (US & Canada)",
                  "Category": cat, "Item": m[1], "Qty": q, "Price Point Name": ppn, "SKU": sku, "Modifiers Applied": mod,
                  "Gross Sales": f"${gross:,.2f}", "Discounts": f"-${disc:,.2f}" if disc else "$0.00", "Net Sales": f"${net:,.2f}",
                  "Tax": f"${tax:,.2f}", "Transaction ID": txid, "Payment ID": pid, "Device Name": dev, "Notes": x["note"],
                  "Details": f"https://squareup.com/dashboard/sales/transactions/{txid}/by-unit/L8Q2ZJ4X9T1VB",
                  "Event Type": "Payment", "Location": "Bread & Butter Bakery - Wellington W", "Dining Option": x["dining"],
                  "Customer ID": cust_ids.get(x["name"], ""), "Customer Name": x["name"], "Customer Reference ID": x["ref"],
                  "Unit": "", "Count": q, "GTIN": "", "Itemization Type": "Custom Amount" if m[1] == "Custom Amount" else "Physical Item",
                  "Fulfillment Note": x["fnote"], "Channel": x["chan"], "Token": tid(24)})
        rows.append(r); labels.append((x["label"], x["amb"], x["kind"], x["cc"]))

# Square lists newest first
order = sorted(range(len(rows)), key=lambda i: (rows[i]["Date"], rows[i]["Time"]), reverse=True)
rows = [rows[i] for i in order]; labels = [labels[i] for i in order]
with open(os.path.join(LAYOUTS, LID + ".csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=HEAD); w.writeheader(); w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
  "id": LID, "system": "Square Dashboard > Reports > Item Sales > Export (Item Detail CSV)", "country": "CA", "language": "en",
  "docs": ["Square item-detail export: one row per item line, comma-separated, header Date, Time, Time Zone, Category, Item, Qty, Price Point Name, SKU, Modifiers Applied, Gross Sales, Discounts, Net Sales, Tax, Transaction ID, Payment ID, Device Name, Notes, Details, Event Type, Location, Dining Option, Customer ID, Customer Name, Customer Reference ID, Unit, Count, GTIN, Itemization Type, Fulfillment Note, Channel, Token (column list seen in a public schema built from a Square items CSV, lunhsiangyuan/VannaAi_sql db_schema.md). Money as $1,234.56, negative discounts -$x.xx, dates YYYY-MM-DD, newest first.",
           "The item export has no e-mail, tax-ID or tender column (card brand and tenders are in the separate Transactions export), so those key fields are null."],
  "fields": {"buyer": "Customer Name", "product": "Item", "quantity": "Qty", "amount": "Net Sales", "tax_id": None, "email": None, "payment": None, "comment": "Notes"},
  "also_ok": {"amount": ["Gross Sales"], "comment": ["Fulfillment Note"], "quantity": ["Count"]},
  "notes": "Every line after the header is a record. One sale = one Transaction ID (all its item rows share the label). Most counter sales have no customer attached (anonymous retail). Ontario HST 13% on prepared food and drinks; bread, whole beans and 6+ pastries are zero-rated."})
print(LID, len(rows), "rows", len(txns), "txns")
