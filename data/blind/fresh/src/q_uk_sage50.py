"""UK: Sage 50 Accounts sales invoice list (INVOICE + INVOICE_ITEM + SALES_LEDGER fields via Sage ODBC, saved from Excel as CSV, cp1252). Seeded."""
import csv, os, random, datetime as dt
from q_common import *

LID = "q_uk_sage50_invoice_list"
rng = random.Random(4303)
HEAD = ["INVOICE_NUMBER","INVOICE_DATE","ACCOUNT_REF","NAME","ADDRESS_1","ADDRESS_2","ADDRESS_3","ADDRESS_4","ADDRESS_5","CONTACT_NAME","E_MAIL","VAT_REG_NUMBER","CUST_ORDER_NUMBER","NOTES_1","PAYMENT_REF","ITEM_NUMBER","STOCK_CODE","DESCRIPTION","QTY_ORDER","UNIT_PRICE","NET_AMOUNT","TAX_CODE","TAX_AMOUNT","GROSS_AMOUNT","NOMINAL_CODE","DEPT_NUMBER","TAKEN_BY"]

# stock code, description, unit price, kind (B business, G general, H household), vat code
P = [
 ("NUM-HVR200","Numatic Henry HVR200 Vacuum Cleaner 620W",139.00,"G","T1"),
 ("NUM-TT1840","Numatic TT1840 Twin Tank Scrubber Dryer",2195.00,"B","T1"),
 ("KC-6669","Scott Hand Towels 1-ply White (15 x 240)",31.40,"B","T1"),
 ("JAN-WC5","Jangro Washroom Cleaner Sanitiser 5 Litre",9.85,"B","T1"),
 ("EVS-H2O5","Evans Vanodine H2O Neutral Cleaner 5L",11.20,"B","T1"),
 ("BLU-CF6","Blue Centrefeed Rolls 2-ply (Pack of 6)",17.60,"B","T1"),
 ("SAC-BLK200","Heavy Duty Black Refuse Sacks (Box of 200)",19.95,"B","T1"),
 ("GLV-NIT100","Blue Nitrile Gloves Powder-Free Medium (Box of 100)",5.40,"G","T1"),
 ("VIL-MOP","Vileda UltraMax Flat Mop Complete Set",34.99,"G","T1"),
 ("RUB-2950","Rubbermaid Slim Jim 87L Waste Container",64.50,"B","T1"),
 ("WET-SIGN","Wet Floor A-Frame Warning Sign",12.30,"B","T1"),
 ("BUR-20L","Burco 20 Litre Manual Fill Water Boiler",189.00,"B","T1"),
 ("RH-KET17","Russell Hobbs 1.7L Cordless Kettle",29.99,"H","T1"),
 ("DEL-TOAST","Dualit 4-Slice Classic Toaster",164.00,"H","T1"),
 ("DYS-V8","Dyson V8 Cordless Vacuum",279.99,"H","T1"),
 ("TEA-YK1040","Yorkshire Tea Bags (Catering Pack 1040)",24.50,"G","T0"),
 ("MLK-UHT120","Portion UHT Milk Pots (Box of 120)",8.95,"G","T0"),
 ("DISH-10L","Catering Washing Up Liquid 10L",14.75,"B","T1"),
 ("COL-FOIL","Catering Foil 450mm x 75m",18.40,"B","T1"),
 ("MFC-10","Microfibre Cloths Colour Coded (Pack of 10)",6.80,"G","T1"),
]
PH = [p for p in P if p[3]=="H"]; PG = [p for p in P if p[3] in "GH"]; PB = [p for p in P if p[3] in "BG"]

def vat():
    return "GB" + "".join(str(rng.randint(0,9)) for _ in range(9))

FN = ["David","Sarah","James","Emma","Gareth","Rebecca","Ian","Claire","Paul","Joanne","Mohammed","Hannah","Stuart","Aisha","Neil","Laura","Craig","Kirsty","Tom","Bethan"]
LN = ["Hughes","Patel","Smith","Jones","Williams","Taylor","Brown","Evans","Thomas","Roberts","Walker","Wright","Khan","Clarke","Hall","Wood","Ahmed","Morgan","Cooper","Shaw"]
TOWNS = [("Leeds","West Yorkshire","LS1 3AD"),("Bradford","West Yorkshire","BD1 1HY"),("Sheffield","South Yorkshire","S1 2HH"),("York","North Yorkshire","YO1 7HH"),("Manchester","Greater Manchester","M1 5GD"),("Huddersfield","West Yorkshire","HD1 2TA"),("Harrogate","North Yorkshire","HG1 2RL"),("London","","SE15 5DQ"),("Truro","Cornwall","TR1 3AY"),("Trowbridge","Wiltshire","BA14 8JN")]
ROADS = ["Wellington Street","Station Road","High Street","Kirkgate","Park Lane","Mill Road","Church Street","Albion Way","Victoria Road","Market Place"]

docs = []
def D(label, amb, kind, cc, name, acc, contact="", email="", vatno="", po="", note="", pay="", lines=None, addr=None):
    docs.append(dict(label=label, amb=amb, kind=kind, cc=cc, name=name, acc=acc, contact=contact, email=email, vat=vatno, po=po, note=note, pay=pay, lines=lines, addr=addr))

def blines(pool=PB, nmax=4, qmax=20):
    return [(p, rng.randint(1, qmax) if p[2] < 100 else rng.randint(1, 3)) for p in rng.sample(pool, rng.randint(1, nmax))]

def acc_of(name):
    w = [x for x in name.upper().replace("-", " ").replace("&"," ").split() if x not in ("THE","OF","LTD","PLC","LLP")]
    r = ("".join(x[:4] for x in w[:2]) + "01")[:8]
    return "".join(c for c in r if c.isascii() and c.isalnum())

ORGS = [
 ("B2G","uk_council","Leeds City Council","leeds.gov.uk",0,"PO"),
 ("B2G","uk_council","Bradford Metropolitan District Council","bradford.gov.uk",0,"PO"),
 ("B2G","uk_council","Cornwall Council","cornwall.gov.uk",8,"PO"),
 ("B2G","uk_council","London Borough of Southwark","southwark.gov.uk",7,"PO"),
 ("B2G","uk_council","Wiltshire Council","wiltshire.gov.uk",9,"PO"),
 ("B2G","uk_council","North Yorkshire Council","northyorks.gov.uk",3,"PO"),
 ("B2G","uk_town_council","Harrogate Town Council","harrogatetowncouncil.gov.uk",6,""),
 ("B2G","nhs_trust","Leeds Teaching Hospitals NHS Trust","nhs.net",0,"PO"),
 ("B2G","nhs_trust","Sheffield Children's NHS Foundation Trust","nhs.net",2,"PO"),
 ("B2G","nhs_trust","Bradford District Care NHS Foundation Trust","nhs.net",1,"PO"),
 ("B2G","academy","Harris Academy Peckham","harrispeckham.org.uk",7,""),
 ("B2G","academy","Dixons Trinity Academy","dixonsta.com",1,""),
 ("B2G","academy_trust","Delta Academies Trust","deltatrust.org.uk",2,"PO"),
 ("B2G","public_school","Allerton Grange School","allertongrange.com",0,""),
 ("B2G","public_school","St Mary's CE Primary School, Truro","stmarys-truro.cornwall.sch.uk",8,""),
 ("B2G","police","West Yorkshire Police","westyorkshire.police.uk",0,"PO"),
 ("B2G","fire_service","South Yorkshire Fire & Rescue","syfire.gov.uk",2,"PO"),
 ("B2G","armed_forces","Ministry of Defence - Catterick Garrison","mod.gov.uk",3,"PO"),
 ("B2G","central_government","HM Revenue & Customs - Leeds Estates","hmrc.gov.uk",0,"PO"),
 ("B2G","government_agency","Environment Agency - Yorkshire Area","environment-agency.gov.uk",3,"PO"),
 ("B2G","public_university","The University of Sheffield","sheffield.ac.uk",2,"PO"),
 ("B2G","public_university","Leeds Beckett University","leedsbeckett.ac.uk",0,"PO"),
 ("B2G","transport_authority","Transport for London","tfl.gov.uk",7,"PO"),
 ("B2G","embassy","Embassy of the Republic of Poland, London","msz.gov.pl",7,""),
 ("B2B","company_with_legal_form","Mitie Facilities Services Ltd","mitie.com",0,"PO"),
 ("B2B","company_with_legal_form","Compass Contract Services (UK) Ltd","compass-group.co.uk",4,"PO"),
 ("B2B","company_with_legal_form","Greggs plc","greggs.co.uk",4,"PO"),
 ("B2B","company_with_legal_form","Pinsent Masons LLP","pinsentmasons.com",0,""),
 ("B2B","company_with_legal_form","Yorkshire Cleaning Solutions Ltd","ycsolutions.co.uk",5,""),
 ("B2B","company_with_legal_form","Harrogate Spa Hotel Ltd","harrogatespahotel.co.uk",6,""),
 ("B2B","company_with_legal_form","Kirkstall Brewery Co Ltd","kirkstallbrewery.com",0,""),
 ("B2B","company_no_legal_form","The Crown & Anchor","crownandanchoryork.co.uk",3,""),
 ("B2B","company_no_legal_form","Bramble Café","bramblecafe.co.uk",5,""),
 ("B2B","company_no_legal_form","Sunnybank Care Home","sunnybankcare.co.uk",1,""),
 ("B2B","company_no_legal_form","Northern Lights Gym","northernlightsgym.co.uk",4,""),
 ("B2B","private_school","Queen Ethelburga's Collegiate","qe.org",6,""),
 ("B2B","housing_association","Clarion Housing Group","clarionhg.com",7,"PO"),
 ("B2B","charity","British Red Cross - Yorkshire","redcross.org.uk",0,""),
 ("B2B","charity","St Gemma's Hospice","st-gemma.co.uk",0,""),
 ("B2B","church","St Peter's Church PCC, Harrogate","stpetersharrogate.org.uk",6,""),
]
for lab, kind, nm, dom, ti, po in ORGS:
    acc = acc_of(nm)
    for k in range(rng.choice([1,1,2,2,3]) if kind in ("uk_council","nhs_trust","company_with_legal_form") else rng.choice([1,1,2])):
        f, l = rng.choice(FN), rng.choice(LN)
        email = rng.choice([f"{slug(f)}.{slug(l)}@{dom}", f"accounts.payable@{dom}", f"purchasing@{dom}", f"{slug(f)}.{slug(l)}@{dom}"])
        if kind.startswith("company") and rng.random() < 0.15: email = f"{slug(f)}{slug(l)}@btinternet.com"
        vn = vat() if (lab == "B2B" and kind not in ("charity","church") and rng.random() < 0.85) or (lab == "B2G" and kind in ("uk_council","academy_trust","public_university") and rng.random() < 0.5) else ""
        ponum = ({"nhs_trust":"NHS-PO-","uk_council":"PO","police":"WYP/"}.get(kind, rng.choice(["PO","PO-",""])) + str(rng.randint(100000, 999999))) if po and rng.random() < 0.8 else ""
        D(lab, False, kind, "PL" if kind=="embassy" else "GB", nm, acc, f"{f} {l}", email, vn, ponum, rng.choice(["", "", "Deliver to goods in", "Delivery between 8am and 2pm only", "Per standing order"]),
          rng.choice(["", "", "", "BACS"]) , blines(), TOWNS[ti])

SOLE = [("Sparkle Cleaning Services","Jaspreet Patel",5),("J Walker t/a Walker Window Cleaning","John Walker",0),("Kirsty Shaw Hair Design","Kirsty Shaw",6),("Hughes Property Maintenance","Gareth Hughes",1),("Taylor's Mobile Valeting","Neil Taylor",2)]
for nm, who, ti in SOLE:
    f, l = who.split()
    D("B2B", False, "sole_trader_trade_name", "GB", nm, acc_of(nm), who, person_email(rng, f, l, ["gmail.com","hotmail.co.uk","btinternet.com"]), vat() if rng.random()<0.4 else "", "", "", rng.choice(["Card","Cheque "+str(rng.randint(100000,199999)),"BACS"]), blines(PB,3,6), TOWNS[ti])

for _ in range(24):
    f, l = rng.choice(FN), rng.choice(LN)
    fem = f in ("Sarah","Emma","Rebecca","Claire","Joanne","Hannah","Aisha","Laura","Kirsty","Bethan")
    ttl = (rng.choice(["Mrs","Ms","Miss","Dr"]) if fem else rng.choice(["Mr","Mr","Dr"])) if rng.random()<0.7 else ""
    nm = (f"{ttl} {f} {l}" if ttl else f"{f} {l}")
    D("B2C", False, "private_person", "GB", nm, (l[:5]+f[:1]).upper()+"01", "", person_email(rng, f, l, ["gmail.com","hotmail.co.uk","btinternet.com","yahoo.co.uk","sky.com"]) if rng.random()<0.8 else "",
      "", "", rng.choice(["","","","Leave with neighbour if out","Please ring before delivery","Birthday present - no prices in box"]), rng.choice(["Card","Card","PayPal","Cheque "+str(rng.randint(100000,199999))]),
      [(p, rng.randint(1,2)) for p in rng.sample(PG, rng.randint(1,3))], rng.choice(TOWNS))
for _ in range(6):
    D("B2C", False, "anonymous_retail", "GB", "Cash Sales", "CASH", pay=rng.choice(["Cash","Card"]), lines=[(p, rng.randint(1,3)) for p in rng.sample(PG, rng.randint(1,2))])

# ambiguous
D("B2B", True, "company_household_purchase", "GB", "Pinsent Masons LLP", acc_of("Pinsent Masons LLP"), "Claire Wood", "claire.wood@pinsentmasons.com", vat(), "", "", "Card", [(P[12],1)], TOWNS[0])
D("B2B", True, "company_household_purchase", "GB", "Kirkstall Brewery Co Ltd", acc_of("Kirkstall Brewery Co Ltd"), "Tom Cooper", "tom@kirkstallbrewery.com", vat(), "", "", "Card", [(P[14],1)], TOWNS[0])
D("B2G", True, "uk_council_household_item", "GB", "Harrogate Town Council", acc_of("Harrogate Town Council"), "Laura Hall", "clerk@harrogatetowncouncil.gov.uk", "", "", "", "Card", [(P[12],1)], TOWNS[6])
D("B2G", True, "academy_household_item", "GB", "Dixons Trinity Academy", acc_of("Dixons Trinity Academy"), "Aisha Khan", "a.khan@dixonsta.com", "", "", "Staff room", "", [(P[13],1)], TOWNS[1])
D("B2C", True, "person_with_nhs_email", "GB", "Dr Rebecca Morgan", "MORGR01", "", "rebecca.morgan7@nhs.net", "", "", "Home delivery please", "Card", [(P[14],1)], TOWNS[5])
D("B2C", True, "person_with_gov_email", "GB", "Mr Stuart Clarke", "CLARS01", "", "stuart.clarke@justice.gov.uk", "", "", "", "Card", [(P[12],1),(P[15],1)], TOWNS[3])
D("B2C", True, "private_person_bulk", "GB", "Mr Mohammed Ahmed", "AHMEM01", "", "m.ahmed1986@gmail.com", "", "", "", "Card", [(P[0],12)], TOWNS[1])
D("B2C", True, "private_person_bulk", "GB", "Joanne Roberts", "ROBEJ01", "", "jo.roberts@sky.com", "", "", "", "PayPal", [(P[7],60)], TOWNS[2])
D("B2B", True, "person_states_business_use", "GB", "Mrs Hannah Evans", "EVANH01", "", "hannahevans@hotmail.co.uk", "", "", "For my cleaning round - starting up, please send VAT receipt", "Card", blines(PB,3,10), TOWNS[4])
D("B2B", True, "person_states_business_use", "GB", "Craig Wright", "WRIGC01", "", "craigw@gmail.com", "", "", "Stock for resale on my market stall", "Cash", [(P[8],10),(P[19],20)], TOWNS[1])
D("B2B", True, "person_pays_company_invoice", "GB", "Mr Ian Thomas", "THOMI01", "", "ianthomas62@btinternet.com", "", "", "Paying on behalf of Thomas & Son Joinery Ltd", "Card", blines(PB,3,8), TOWNS[0])
D("B2B", True, "international_org", "GB", "International Maritime Organization", "IMO01", "Facilities Unit", "facilities@imo.org", "", "IMO-PO-24-0311", "", "BACS", blines(), TOWNS[7])
D("B2B", True, "state_owned_company_procurement", "GB", "Network Rail Infrastructure Ltd", "NETWRA01", "Paul Shaw", "paul.shaw@networkrail.co.uk", vat(), "NR/TDR/2024/0415", "Call-off under tender NR/TDR/2024/0415", "BACS", blines(), TOWNS[0])
D("B2B", True, "charity_public_framework", "GB", "Age UK Leeds", "AGEUK01", "Bethan Cooper", "finance@ageukleeds.org.uk", "", "", "Priced under YPO framework 000852", "BACS", blines(), TOWNS[0])
D("B2B", True, "sole_trader_personal_purchase", "GB", "Kirsty Shaw Hair Design", acc_of("Kirsty Shaw Hair Design"), "Kirsty Shaw", "kirstyshaw@hotmail.co.uk", "", "", "", "Card", [(P[13],1)], TOWNS[6])
D("B2B", True, "product_only_business_goods", "", "", "", pay="", lines=[(P[1],1)])
D("B2C", True, "product_only_household_goods", "", "", "", pay="", lines=[(P[12],2)])

rng.shuffle(docs)
rows, labels = [], []
d0 = dt.date(2024, 1, 8); inv = 10412
for i, x in enumerate(docs):
    inv += 1
    date = d0 + dt.timedelta(days=int(i * 1.9))
    if date.weekday() >= 5: date += dt.timedelta(days=7 - date.weekday())
    a = x["addr"]
    addr = [f"{rng.randint(1,240)} {rng.choice(ROADS)}", "", a[0], a[1], a[2]] if a else ["", "", "", "", ""]
    if a and x["label"] != "B2C" and rng.random() < 0.5: addr[1] = rng.choice(["Civic Centre", "Estates Dept", "Unit 4", "Goods Inward", "Ground Floor"])
    taken = rng.choice(["MANAGER", "SARAH", "DAVE"])
    for j, (p, q) in enumerate(x["lines"]):
        net = round(p[2] * q, 2)
        tx = round(net * 0.2, 2) if p[4] == "T1" else 0.0
        r = {h: "" for h in HEAD}
        r.update({"INVOICE_NUMBER": inv, "INVOICE_DATE": date.strftime("%d/%m/%Y"), "ACCOUNT_REF": x["acc"], "NAME": x["name"],
                  "ADDRESS_1": addr[0], "ADDRESS_2": addr[1], "ADDRESS_3": addr[2], "ADDRESS_4": addr[3], "ADDRESS_5": addr[4],
                  "CONTACT_NAME": x["contact"], "E_MAIL": x["email"], "VAT_REG_NUMBER": x["vat"], "CUST_ORDER_NUMBER": x["po"],
                  "NOTES_1": x["note"], "PAYMENT_REF": x["pay"], "ITEM_NUMBER": j + 1, "STOCK_CODE": p[0], "DESCRIPTION": p[1],
                  "QTY_ORDER": q, "UNIT_PRICE": p[2], "NET_AMOUNT": net, "TAX_CODE": p[4], "TAX_AMOUNT": tx, "GROSS_AMOUNT": round(net + tx, 2),
                  "NOMINAL_CODE": 4000 if p[3] != "B" else 4010, "DEPT_NUMBER": 0, "TAKEN_BY": taken})
        rows.append(r); labels.append((x["label"], x["amb"], x["kind"], x["cc"]))

def fmt(v):
    if isinstance(v, float): return ("%.2f" % v).rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return v
with open(os.path.join(LAYOUTS, LID + ".csv"), "w", newline="", encoding="cp1252") as fh:
    w = csv.writer(fh); w.writerow(HEAD)
    for r in rows: w.writerow([fmt(r[h]) for h in HEAD])
write_labels(LID, labels)
write_key(LID, {
  "id": LID, "system": "Sage 50 Accounts (UK) sales invoice list: INVOICE, INVOICE_ITEM and SALES_LEDGER fields pulled with the Sage 50 ODBC driver into Excel and saved as CSV (comma delimited, Windows-1252)", "country": "GB", "language": "en",
  "docs": ["Sage 50 data dictionary field names as published by Sage integrators: INVOICE (ACCOUNT_REF, NAME, ADDRESS_1..5, CONTACT_NAME, CUST_ORDER_NUMBER, NOTES_1, PAYMENT_REF, TAKEN_BY), INVOICE_ITEM (ITEM_NUMBER, STOCK_CODE, DESCRIPTION, QTY_ORDER, UNIT_PRICE, NET_AMOUNT, TAX_CODE, TAX_AMOUNT, GROSS_AMOUNT, NOMINAL_CODE, DEPT_NUMBER) and SALES_LEDGER (E_MAIL, VAT_REG_NUMBER) - makingithappen.co.uk Sage table pages, webxel-software.co.uk exporter field lists, the Line 50 invoice import field list.",
           "The Sage day book report itself (No, Type, Date, A/C, N/C, Inv Ref, Dept, Details, Net, Tax, T/C, Gross) carries only the account code, so the user-built ODBC invoice list is the realistic file to classify. UK dates dd/mm/yyyy; Excel writes numbers without trailing zeros (12.3, 140)."],
  "fields": {"buyer": "NAME", "product": "DESCRIPTION", "quantity": "QTY_ORDER", "amount": "NET_AMOUNT", "tax_id": "VAT_REG_NUMBER", "email": "E_MAIL", "payment": "PAYMENT_REF", "comment": "NOTES_1"},
  "also_ok": {"amount": ["GROSS_AMOUNT"], "buyer": ["ACCOUNT_REF"]},
  "notes": "Every line after the header is a record (one invoice line); an invoice is INVOICE_NUMBER. Header fields repeat on each line. PAYMENT_REF is filled only where the invoice was paid at sale (Card, Cash, PayPal, Cheque no., BACS); account customers have it empty. ACCOUNT_REF CASH / NAME 'Cash Sales' are counter sales. Two invoices have no account and no name (product only). Encoding cp1252."})
print(LID, len(rows), "rows", len(docs), "docs")
