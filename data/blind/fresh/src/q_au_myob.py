"""Australia: MYOB AccountRight Item Sales export (tab-delimited TXT, blank line between sales). Seeded."""
import os, random, datetime as dt
from q_common import *

LID = "q_au_myob_item_sales"
rng = random.Random(4404)
S = "           "
HEAD = ["Co./Last Name","First Name","Addr 1 - Line 1",S+"- Line 2",S+"- Line 3",S+"- Line 4","Inclusive","Invoice No.","Date","Customer PO","Ship Via","Delivery Status","Item Number","Quantity","Description","Ex-Tax Price","Inc-Tax Price","Discount","Ex-Tax Total","Inc-Tax Total","Job","Comment","Journal Memo","Salesperson Last Name","Salesperson First Name","Shipping Date","Referral Source","Tax Code","Non-GST Amount","GST Amount","LCT Amount","Freight Ex-Tax Amount","Freight Inc-Tax Amount","Freight Tax Code","Freight Non-GST Amount","Freight GST Amount","Freight LCT Amount","Sale Status","Currency Code","Exchange Rate","Terms - Payment is Due",S+"- Discount Days",S+"- Balance Due Days",S+"- % Discount",S+"- % Monthly Charge","Amount Paid","Payment Method","Payment Notes","Name on Card","Card Number","Expiry Date","Authorisation Code","BSB","Account Number","Drawer/Account Name","Cheque Number","Category","Location ID","Card ID","Record ID"]

P = [
 ("RB-5004","Rain Bird 5004 Plus Rotor Sprinkler",32.50,"G"),
 ("POLY-25-100","Rural Poly Pipe 25mm x 100m Roll",149.00,"B"),
 ("HON-WB20","Honda WB20 2in Water Transfer Pump",899.00,"B"),
 ("STI-MS250","Stihl MS 250 Chainsaw 18in Bar",749.00,"G"),
 ("OZ-18VDRL","Ozito PXC 18V Drill Driver Kit",99.00,"H"),
 ("WEB-Q2200","Weber Q2200 Family Q Gas BBQ",499.00,"H"),
 ("SUN-KE1.7","Sunbeam Maestro Kettle 1.7L",59.95,"H"),
 ("ESKY-45","Coleman 45L Xtreme Cooler",119.00,"H"),
 ("SB-312-10","Steel Blue Argyle Safety Boots Size 10",229.00,"G"),
 ("HV-DRILL-L","Hi-Vis Cotton Drill Shirt L/S Orange/Navy L",39.95,"B"),
 ("RUP-5L","Roundup Biactive Herbicide 5L",129.00,"B"),
 ("STAR-1650","Star Pickets 1650mm (Bundle of 10)",89.00,"B"),
 ("BARB-500","Barbed Wire 500m Roll",139.00,"B"),
 ("CEM-GP20","Cement GP 20kg",11.95,"G"),
 ("HOSE-1830","Garden Hose 18mm x 30m with Fittings",69.00,"H"),
 ("SIL-KS15","Silvan 15L Knapsack Sprayer",149.00,"G"),
 ("JCAN-20","Jerry Can 20L Metal",89.00,"G"),
 ("WB-100","Wheelbarrow 100L Steel Tray",169.00,"G"),
 ("GAL-S17","Gallagher S17 Solar Fence Energiser",649.00,"B"),
 ("TANK-50","Tank Outlet Fitting Kit 50mm",45.00,"B"),
]
PH = [p for p in P if p[3]=="H"]; PG = [p for p in P if p[3] in "GH"]; PB = [p for p in P if p[3] in "BG"]
TOWNS = [("DUBBO","NSW","2830"),("NARROMINE","NSW","2821"),("WELLINGTON","NSW","2820"),("GILGANDRA","NSW","2827"),("COONABARABRAN","NSW","2357"),("ORANGE","NSW","2800"),("BATHURST","NSW","2795"),("WAGGA WAGGA","NSW","2650"),("PARKES","NSW","2870"),("WILLIAMTOWN","NSW","2318")]
ROADS = ["Macquarie St","Talbragar St","Bultje St","Cobra St","Erskine St","Wheelers Lane","Mitchell Hwy","Newell Hwy","Fitzroy St","Darling St"]
FN = ["Jack","Chloe","Liam","Olivia","Thanh","Mia","Brendan","Kylie","Shane","Tegan","Ravi","Emily","Darren","Jess","Matt","Leanne","Cooper","Sienna","Wayne","Ngaire"]
LN = ["Smith","Nguyen","Williams","Brown","Wilson","Taylor","Murray","Kelly","Ryan","O'Neill","Campbell","Singh","Clarke","Walsh","Thompson","McGregor","Tran","Harris","Fraser","Cooper"]

sales = []
def SALE(label, amb, kind, cc, last, first="", po="", comment="", pay=None, lines=None, town=None, terms=True, memo=None):
    sales.append(dict(label=label, amb=amb, kind=kind, cc=cc, last=last, first=first, po=po, comment=comment, pay=pay, lines=lines, town=town or rng.choice(TOWNS), terms=terms, memo=memo))

def blines(pool=PB, nmax=4, qmax=12):
    return [(p, rng.randint(1, qmax) if p[2] < 200 else rng.randint(1, 2)) for p in rng.sample(pool, rng.randint(1, nmax))]

ORGS = [
 ("B2G","au_local_council","Dubbo Regional Council",0,True),
 ("B2G","au_local_council","Narromine Shire Council",1,True),
 ("B2G","au_local_council","Warrumbungle Shire Council",4,True),
 ("B2G","au_local_council","Bathurst Regional Council",6,True),
 ("B2G","au_local_council","City of Wagga Wagga",7,True),
 ("B2G","au_local_council","Shire of Gilgandra",3,False),
 ("B2G","public_school","Dubbo South Public School",0,False),
 ("B2G","public_school","Orange High School",5,False),
 ("B2G","public_school","Narromine High School",1,False),
 ("B2G","state_department","NSW Department of Education - Asset Management",0,True),
 ("B2G","state_department","Department of Planning and Environment - Crown Lands",0,True),
 ("B2G","state_agency","Transport for NSW - Dubbo Works Depot",0,True),
 ("B2G","state_agency","NSW National Parks and Wildlife Service",4,True),
 ("B2G","state_agency","Local Land Services - Central West",0,True),
 ("B2G","state_agency","NSW Rural Fire Service - Orana Team",0,False),
 ("B2G","police","NSW Police Force - Orana Mid-Western PD",0,True),
 ("B2G","armed_forces","Department of Defence - RAAF Base Williamtown",9,True),
 ("B2G","public_college","TAFE NSW Dubbo Campus",0,True),
 ("B2G","public_university","Charles Sturt University - Orange Campus",5,True),
 ("B2G","public_health_service","Western NSW Local Health District",0,True),
 ("B2B","company_with_legal_form","Macquarie Earthmoving Pty Ltd",0,True),
 ("B2B","company_with_legal_form","Riverina Grain Handling Pty Ltd",7,True),
 ("B2B","company_with_legal_form","Boral Resources (NSW) Pty Ltd",0,True),
 ("B2B","company_with_legal_form","Orana Irrigation Pty Ltd",1,True),
 ("B2B","company_with_legal_form","Elders Rural Services Australia Ltd",8,True),
 ("B2B","trust","The Trustee for Wilson Family Trust",2,True),
 ("B2B","trust","Tran Family Trust T/A Tran Market Gardens",0,True),
 ("B2B","trust","The Trustee for McGregor Pastoral Trust",4,True),
 ("B2B","company_no_legal_form","Henderson Plumbing",0,True),
 ("B2B","company_no_legal_form","Dubbo Turf Supplies",0,True),
 ("B2B","company_no_legal_form","Bellevue Pastoral Co",3,True),
 ("B2B","company_no_legal_form","Gilgandra Motor Inn",3,False),
 ("B2B","partnership","J & M Nguyen Partnership",2,True),
 ("B2B","state_owned_company","Australia Post - Dubbo Delivery Centre",0,True),
 ("B2B","nonprofit","Rotary Club of Dubbo Inc.",0,False),
 ("B2B","nonprofit","St Vincent de Paul Society NSW",0,True),
 ("B2B","sports_club","Dubbo Kangaroos Rugby League Football Club Inc.",0,False),
 ("B2B","church","St Brigid's Catholic Parish Dubbo",0,False),
 ("B2B","private_school","St John's College Dubbo",0,True),
]
for lab, kind, nm, ti, po in ORGS:
    n = rng.choice([1,2,2,3]) if kind in ("au_local_council","company_with_legal_form","trust","company_no_legal_form") else rng.choice([1,1,2])
    for _ in range(n):
        pay = None if rng.random() < 0.75 else rng.choice(["Visa","MasterCard","EFTPOS","Cheque"])
        pon = (rng.choice(["PO","PO ","LPO"]) + str(rng.randint(10000, 999999))) if po and rng.random() < 0.8 else ""
        SALE(lab, False, kind, "AU", nm, po=pon, comment=rng.choice(["","","Thank you for your business.","Deliver to depot","Pick up from yard - " + rng.choice(FN)]),
             pay=pay, lines=blines(), town=TOWNS[ti], terms=True)

SOLE = [("Kelly Fencing","Dave",3),("Sharon Lee Landscaping","",0),("Ryan's Mowing & Garden Care","",1),("Fraser Electrical","",5),("Campbell Concreting","",2)]
for nm, fst, ti in SOLE:
    for _ in range(rng.choice([1,2])):
        SALE("B2B", False, "sole_trader_trade_name", "AU", nm if not fst else "Dave Kelly Fencing", "", pay=rng.choice([None,"EFTPOS","Visa"]), lines=blines(PB,3,8), town=TOWNS[ti])

for _ in range(30):
    f, l = rng.choice(FN), rng.choice(LN)
    SALE("B2C", False, "private_person", "AU", l, f, pay=rng.choice(["EFTPOS","EFTPOS","Cash","Visa","MasterCard"]), lines=[(p, rng.randint(1, 2)) for p in rng.sample(PG, rng.randint(1, 3))], terms=False)
for _ in range(10):
    SALE("B2C", False, "anonymous_retail", "AU", "Cash Sales", "", pay=rng.choice(["Cash","EFTPOS"]), lines=[(p, rng.randint(1, 2)) for p in rng.sample(PG, rng.randint(1, 2))], terms=False)

# ambiguous
SALE("B2B", True, "company_household_purchase", "AU", "Macquarie Earthmoving Pty Ltd", pay="Visa", lines=[(P[5], 1)], town=TOWNS[0])
SALE("B2B", True, "company_household_purchase", "AU", "The Trustee for Wilson Family Trust", pay="EFTPOS", lines=[(P[7], 1), (P[6], 1)], town=TOWNS[2])
SALE("B2G", True, "council_household_item", "AU", "Narromine Shire Council", po="PO 24117", lines=[(P[6], 1)], town=TOWNS[1])
SALE("B2G", True, "public_school_household_item", "AU", "Dubbo South Public School", comment="Staffroom", pay="Visa", lines=[(P[5], 1)], town=TOWNS[0])
SALE("B2C", True, "private_person_bulk", "AU", "Walsh", "Darren", pay="EFTPOS", lines=[(P[0], 30)], terms=False)
SALE("B2C", True, "private_person_bulk", "AU", "Singh", "Ravi", pay="Cash", lines=[(P[14], 15)], terms=False)
SALE("B2B", True, "person_states_business_use", "AU", "Harris", "Leanne", comment="Stock for resale at Dubbo Showground markets", pay="EFTPOS", lines=[(P[14], 8), (P[0], 12)], terms=False)
SALE("B2B", True, "person_states_business_use", "AU", "Cooper", "Matt", comment="For the farm - need tax invoice for the BAS", pay="MasterCard", lines=blines(PB, 3, 6), terms=False)
SALE("B2B", True, "person_pays_company_invoice", "AU", "Murray", "Kylie", comment="Paying for Murray Ag Services Pty Ltd account", pay="Visa", lines=blines(PB, 3, 6), terms=False)
SALE("B2B", True, "state_owned_company_procurement", "AU", "Essential Energy", po="Tender EE-2024-0318", comment="Supplied under Essential Energy contract EE-2024-0318", lines=blines(), town=TOWNS[0])
SALE("B2B", True, "sole_trader_personal_purchase", "AU", "Fraser Electrical", pay="EFTPOS", lines=[(P[5], 1)], town=TOWNS[5])
SALE("B2B", True, "nonprofit_public_contract", "AU", "Lifeline Central West", comment="Pricing per NSW Government contract 1001 (eligible non-profit)", lines=blines(), town=TOWNS[6])
SALE("B2B", True, "international_org", "AU", "UNHCR Regional Representation Canberra", po="UNHCR-CBR-0412", lines=blines(), town=TOWNS[0])

SALE("B2B", True, "state_owned_company_procurement", "AU", "WaterNSW - Burrendong Dam", po="RFQ WNSW-24-1187", comment="Per WaterNSW RFQ 24-1187", lines=blines(), town=TOWNS[2])
SALE("B2B", True, "company_household_purchase", "AU", "Orana Irrigation Pty Ltd", pay="Visa", lines=[(P[7], 2), (P[4], 1)], town=TOWNS[1])
SALE("B2G", True, "council_household_item", "AU", "Warrumbungle Shire Council", po="LPO 55812", comment="Coonabarabran depot lunch room", lines=[(P[5], 1)], town=TOWNS[4])
SALE("B2C", True, "private_person_bulk", "AU", "Tran", "Thanh", pay="EFTPOS", lines=[(P[16], 20), (P[17], 6)], terms=False)
SALE("B2B", True, "person_states_business_use", "AU", "McGregor", "Ngaire", comment="for the shop - resale", pay="Cash", lines=[(P[14], 10), (P[4], 4), (P[6], 6)], terms=False)
SALE("B2B", True, "international_org", "AU", "International Committee of the Red Cross", comment="Delegation training kit", lines=blines(), town=TOWNS[0])
SALE("B2B", True, "person_pays_company_invoice", "AU", "O'Neill", "Shane", comment="Paying Henderson Plumbing invoice 23801", pay="EFTPOS", lines=blines(PB, 3, 6), terms=False)

rng.shuffle(sales)
card_ids = {}
d = dt.date(2024, 7, 1); inv = 23771
lines_out, labels = [], []
for i, s in enumerate(sales):
    d += dt.timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    if d.weekday() == 6: d += dt.timedelta(days=1)
    inv += 1
    key = (s["last"], s["first"])
    if key not in card_ids: card_ids[key] = ("CUS" + str(len(card_ids) + 1).zfill(5), str(100 + len(card_ids)))
    cid, rid = card_ids[key]
    if s["last"] == "Cash Sales": cid = "CASH"
    t = s["town"]
    a1 = f"{rng.randint(1, 310)} {rng.choice(ROADS)}" if s["last"] != "Cash Sales" else ""
    a2 = f"{t[0]}  {t[1]}  {t[2]}" if a1 else ""
    if s["label"] == "B2G" and a1 and rng.random() < 0.5:
        a1, a2 = rng.choice(["PO Box 81", "Locked Bag 4", "Attn: Accounts Payable"]), f"{t[0]}  {t[1]}  {t[2]}"
    sub = sum(p[2] * q for p, q in s["lines"])
    freight = 0.0 if not s["terms"] or rng.random() < 0.6 else rng.choice([45.0, 65.0, 90.0])
    total_inc = round(sub * 1.1 + freight * 1.1, 2)
    paid = s["pay"] is not None
    sp = rng.choice([("Brennan", "Luke"), ("Tait", "Rhonda"), ("", "")])
    memo = s["memo"] or f"Sale; {s['last']}" + (f", {s['first']}" if s["first"] else "")
    for (p, q) in s["lines"]:
        ex = round(p[2] * q, 2); gst = round(ex * 0.1, 2)
        rec = {h: "" for h in HEAD}
        rec.update({"Co./Last Name": s["last"], "First Name": s["first"], "Addr 1 - Line 1": a1, S + "- Line 2": a2,
                    "Inclusive": "", "Invoice No.": str(inv).zfill(8), "Date": d.strftime("%d/%m/%Y"), "Customer PO": s["po"],
                    "Ship Via": "" if not s["terms"] else rng.choice(["Pick Up", "Best Way", "Own Truck"]), "Delivery Status": "A",
                    "Item Number": p[0], "Quantity": str(q), "Description": p[1],
                    "Ex-Tax Price": f"${p[2]:,.2f}", "Inc-Tax Price": f"${p[2]*1.1:,.2f}", "Discount": "0%",
                    "Ex-Tax Total": f"${ex:,.2f}", "Inc-Tax Total": f"${ex+gst:,.2f}", "Job": "", "Comment": s["comment"],
                    "Journal Memo": memo, "Salesperson Last Name": sp[0], "Salesperson First Name": sp[1],
                    "Shipping Date": "", "Referral Source": "", "Tax Code": "GST", "Non-GST Amount": "$0.00", "GST Amount": f"${gst:,.2f}",
                    "LCT Amount": "$0.00", "Freight Ex-Tax Amount": f"${freight:,.2f}", "Freight Inc-Tax Amount": f"${freight*1.1:,.2f}",
                    "Freight Tax Code": "GST", "Freight Non-GST Amount": "$0.00", "Freight GST Amount": f"${freight*0.1:,.2f}", "Freight LCT Amount": "$0.00",
                    "Sale Status": "I", "Currency Code": "AUD", "Exchange Rate": "1",
                    "Terms - Payment is Due": "2" if s["terms"] else "0", S + "- Discount Days": "0",
                    S + "- Balance Due Days": "30" if s["terms"] else "0", S + "- % Discount": "0", S + "- % Monthly Charge": "0",
                    "Amount Paid": f"${total_inc:,.2f}" if paid else "$0.00", "Payment Method": s["pay"] or "",
                    "Payment Notes": "", "Name on Card": "", "Card Number": "", "Expiry Date": "", "Authorisation Code": "",
                    "BSB": "", "Account Number": "", "Drawer/Account Name": "", "Cheque Number": str(rng.randint(100000, 999999)) if s["pay"] == "Cheque" else "",
                    "Category": "", "Location ID": "", "Card ID": cid, "Record ID": rid})
        lines_out.append("\t".join(rec[h] for h in HEAD)); labels.append((s["label"], s["amb"], s["kind"], s["cc"]))
    lines_out.append("")  # blank line ends the sale

with open(os.path.join(LAYOUTS, LID + ".txt"), "w", encoding="cp1252", newline="") as fh:
    fh.write("\t".join(HEAD) + "\r\n")
    fh.write("\r\n".join(lines_out) + "\r\n")
write_labels(LID, labels)
write_key(LID, {
  "id": LID, "system": "MYOB AccountRight (AU) File > Export Data > Sales > Item Sales, tab-delimited TXT", "country": "AU", "language": "en",
  "docs": ["MYOB import/export field reference for Item Sales (MYOB help / AccountEdge & Acclivity help pages): Co./Last Name, First Name, Addr 1 - Line 1..4, Invoice No./#, Date, Customer PO, Ship Via, Delivery Status, Item Number, Quantity, Description, Price, Discount, Total, Job, Comment, Journal Memo, Salesperson Last/First Name, Shipping Date, Referral Source, Tax Code, tax amounts, Freight fields, Sale Status, Terms fields, Amount Paid, Payment Method, payment details, Category, Card ID, Record ID.",
           "Sales are variable-length records: one line per item line with the sale header repeated, and an extra blank line after each sale (MYOB 'variable-length records'). AU file uses Ex-Tax/Inc-Tax price and total columns, GST codes, dd/mm/yyyy dates, $1,234.56 amounts, ANSI (cp1252) text with CRLF; the continuation headers are written indented ('           - Line 2')."],
  "fields": {"buyer": "Co./Last Name", "product": "Description", "quantity": "Quantity", "amount": "Inc-Tax Total", "tax_id": None, "email": None, "payment": "Payment Method", "comment": "Comment"},
  "also_ok": {"amount": ["Ex-Tax Total"], "comment": ["Journal Memo"], "buyer": ["First Name"]},
  "notes": "Line 1 is the header. Blank lines separate sales and are not records (pandas read_csv(sep='\\t') skips them by default); row numbers count only non-blank data lines. For individual cards Co./Last Name holds the surname and First Name the given name; company cards leave First Name empty. 'Cash Sales' is the counter-sale card (anonymous retail). Payment Method is filled only when the sale was paid at the counter; account customers (terms 30 days) have it empty."})
print(LID, len(labels), "rows", len(sales), "sales")
