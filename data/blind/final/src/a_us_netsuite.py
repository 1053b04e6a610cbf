"""a_us_netsuite_salesorders: NetSuite transaction saved search (Sales Orders, main line = F) exported as CSV."""
import random, csv, datetime as dt
from a_common import *

LID = "a_us_netsuite_salesorders"
rng = random.Random(4303)
C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("CB-314", "Acer Chromebook 314 C934T 14in 4GB/64GB", 279.00, "n", 240),
    C("LIC-CEU", "Google Chrome Education Upgrade (perpetual)", 38.00, "b", 240),
    C("PRJ-1781", "Epson PowerLite 1781W WXGA 3LCD Projector", 689.00, "n", 12),
    C("CAM-C920", "Logitech C920 HD Pro Webcam", 69.99, "n", 60),
    C("CRT-32", "Bretford CUBE 32-Unit Charging Cart", 1649.00, "b", 8),
    C("PRN-M404", "HP LaserJet Pro M404n Printer", 329.00, "n", 10),
    C("AP-MR36", "Cisco Meraki MR36 Wi-Fi 6 Access Point", 599.00, "b", 40),
    C("UPS-1500", "APC Smart-UPS 1500VA LCD 120V", 719.00, "b", 10),
    C("N95-20", "3M 8210 N95 Respirator, box of 20", 24.50, "n", 200),
    C("MIC-SM58", "Shure SM58 Vocal Microphone", 99.00, "n", 12),
    C("IPD-10", "Apple iPad 10.9-inch (10th gen) Wi-Fi 64GB", 329.00, "n", 60),
    C("SVC-INST", "On-site Installation Services (per hour)", 125.00, "b", 40),
    C("KEU-K55", "Keurig K-Classic Coffee Maker", 99.99, "h"),
    C("TV-55", "Samsung 55in Crystal UHD 4K Smart TV", 397.99, "h"),
    C("AIR-HP", "Dyson Purifier Cool TP07", 569.99, "h"),
    C("MW-PAN", "Panasonic 1.2 cu ft Microwave Oven", 189.99, "h"),
]
cat = {c["code"]: c for c in CAT}
G, Bz, Cz = "B2G", "B2B", "B2C"
def org(name, kind, label, email, addr, w=1.0, ref=False, pay="", resale="", **kw):
    return B(name, label, kind, "US", False, "org", w, email=email, addr=addr, ref=ref, pay=pay, resale=resale, **kw)
PC = "pcard"  # government purchase card
buyers = [
    org("Fairfax County Public Schools", "school_district", G, "procurement@fcps.edu", "8115 Gatehouse Rd\nFalls Church VA 22042", 2, True),
    org("Los Angeles Unified School District", "school_district", G, "purchasing@lausd.net", "333 S Beaudry Ave\nLos Angeles CA 90017", 2, True),
    org("Houston Independent School District", "school_district", G, "procurement@houstonisd.org", "4400 W 18th St\nHouston TX 77092", 1.5, True),
    org("Maricopa County Community College District", "community_college", G, "purchasing@domail.maricopa.edu", "2411 W 14th St\nTempe AZ 85281", 1, True),
    org("Houston Community College", "community_college", G, "procurement@hccs.edu", "3100 Main St\nHouston TX 77002", 1, True),
    org("Cook County Government - Bureau of Technology", "us_county", G, "bot.procurement@cookcountyil.gov", "69 W Washington St\nChicago IL 60602", 1, True),
    org("County of San Diego - Sheriff's Department", "us_county", G, "sdsd.purchasing@sdsheriff.org", "9621 Ridgehaven Ct\nSan Diego CA 92123", 1, True),
    org("City of Phoenix - Information Technology Services", "us_city", G, "its.procurement@phoenix.gov", "251 W Washington St\nPhoenix AZ 85003", 1.5, True),
    org("Township of Cherry Hill", "us_township", G, "purchasing@chtownship.com", "820 Mercer St\nCherry Hill NJ 08002", 1),
    org("Texas Department of Transportation", "us_state_agency", G, "purchasing@txdot.gov", "125 E 11th St\nAustin TX 78701", 1.5, True),
    org("Virginia Department of Health", "us_state_agency", G, "vdh.procurement@vdh.virginia.gov", "109 Governor St\nRichmond VA 23219", 1, True),
    org("NYC Health + Hospitals", "public_health_system", G, "supplychain@nychhc.org", "50 Water St\nNew York NY 10004", 1.5, True),
    org("Parkland Health (Dallas County Hospital District)", "public_hospital", G, "purchasing@phhs.org", "5200 Harry Hines Blvd\nDallas TX 75235", 1, True),
    org("VA Palo Alto Health Care System", "federal_agency_purchase_card", G, "palo.alto.logistics@va.gov", "3801 Miranda Ave\nPalo Alto CA 94304", 1, pay=PC),
    org("U.S. Fish and Wildlife Service - Region 2", "federal_agency_purchase_card", G, "r2_procurement@fws.gov", "500 Gold Ave SW\nAlbuquerque NM 87102", 1, pay=PC),
    org("1st Cavalry Division, G-6 - Fort Cavazos", "armed_forces", G, "usarmy.cavazos.1-cd.list.g6@army.mil", "Bldg 28000 Support Ave\nFort Cavazos TX 76544", 1, pay=PC),
    org("Navajo Nation - Division of Community Development", "tribal_government", G, "dcd.procurement@navajo-nsn.gov", "PO Box 1904\nWindow Rock AZ 86515", 1, True),
    org("Port Authority of New York and New Jersey", "port_authority", G, "procurement@panynj.gov", "4 World Trade Center\nNew York NY 10007", 1, True),
    org("The University of Texas at Austin", "public_university", G, "purchasing@austin.utexas.edu", "110 Inner Campus Dr\nAustin TX 78712", 1, True),
    org("Consulate General of Japan in New York", "embassy", G, "admin@ny.mofa.go.jp", "299 Park Ave 18th Fl\nNew York NY 10171", 0.7),
    org("Northrop Grumman Corporation", "company_with_legal_form", Bz, "ap.invoices@ngc.com", "2980 Fairview Park Dr\nFalls Church VA 22042", 1.5, True),
    org("Sunrise Property Management LLC", "company_with_legal_form", Bz, "office@sunrisepm.com", "1200 Peachtree St NE\nAtlanta GA 30309", 1, pay="American Express"),
    org("Blue Ridge Dental Group PLLC", "company_with_legal_form", Bz, "frontdesk@blueridgedental.com", "45 Patton Ave\nAsheville NC 28801", 1),
    org("Trader Joe's", "company_no_legal_form", Bz, "storeops@traderjoes.com", "800 S Shamrock Ave\nMonrovia CA 91016", 1, True),
    org("Mike's Auto Repair", "sole_trader_trade_name", Bz, "mikesautorepair@yahoo.com", "318 Main St\nLubbock TX 79401", 1, pay="Visa"),
    org("Hendricks & Sons Plumbing", "company_no_legal_form", Bz, "hendricksplumbing@gmail.com", "77 Elm St\nDayton OH 45402", 1),
    org("Kaiser Permanente", "private_health_system", Bz, "nationalprocurement@kp.org", "1 Kaiser Plaza\nOakland CA 94612", 1.5, True),
    org("Stanford University", "private_university", Bz, "purchasing@stanford.edu", "3145 Porter Dr\nPalo Alto CA 94304", 1.5, True),
    org("Navy Federal Credit Union", "credit_union", Bz, "facilities@navyfederal.org", "820 Follin Ln SE\nVienna VA 22180", 1, True),
    org("Lakewood Church", "church", Bz, "facilities@lakewoodchurch.com", "3700 Southwest Fwy\nHouston TX 77027", 1),
    org("St. Mary's Catholic School", "private_school", Bz, "office@stmarysschool.org", "1019 S Maple Ave\nOak Park IL 60304", 1),
    org("Habitat for Humanity of Greater Memphis", "non_profit", Bz, "info@memphishabitat.com", "3750 Tchulahoma Rd\nMemphis TN 38118", 1),
    org("American Red Cross", "national_red_cross", Bz, "supplychain@redcross.org", "431 18th St NW\nWashington DC 20006", 1, True),
    org("Brightview Resellers Inc", "reseller_tax_exempt", Bz, "orders@brightviewresellers.com", "900 Commerce Dr\nReno NV 89502", 1, True, resale="NV-1094-3345-RES"),
]
def person(name, email, addr, pay):
    return B(name, Cz, "private_person", "US", False, "person", 1.0, email=email, addr=addr, pay=pay)
buyers += [
    person("Jennifer Morales", "jen.morales84@gmail.com", "2213 Cedar Ln\nAustin TX 78704", "Visa"),
    person("Robert Chen", "rchen@yahoo.com", "15 Orchard St\nQuincy MA 02169", "MasterCard"),
    person("Ashley Thompson", "ashleyt@icloud.com", "908 Birch Ave\nBoise ID 83702", "Visa"),
    person("David Nguyen", "", "4471 Kelso Way\nSan Jose CA 95111", "Discover"),
    person("Latoya Jackson", "latoya.jackson@outlook.com", "61 Rosewood Dr\nMacon GA 31204", "American Express"),
    person("Brian O'Connell", "brianoc@comcast.net", "7 Harbor View Rd\nPortland ME 04101", "Visa"),
]
def L(code, q): return (cat[code], q)
S = [
    (B("Blue Ridge Dental Group PLLC", Bz, "company_household_goods_only", "US", True, "org", email="frontdesk@blueridgedental.com", addr="45 Patton Ave\nAsheville NC 28801"), [L("KEU-K55", 1)]),
    (B("Hendricks & Sons Plumbing", Bz, "company_household_goods_only", "US", True, "org", email="hendricksplumbing@gmail.com", addr="77 Elm St\nDayton OH 45402", pay="Visa"), [L("TV-55", 1)]),
    (B("Lincoln Elementary School - Springfield Public Schools District 186", G, "public_school_household_item", "US", True, "org", email="lincoln.office@sps186.org", addr="300 S Eleventh St\nSpringfield IL 62703"), [L("KEU-K55", 1)]),
    (B("Kevin Walsh", Cz, "private_person_bulk_quantity", "US", True, "person", email="kwalsh1979@gmail.com", addr="88 Summit Ave\nNewark NJ 07104", pay="Visa"), [L("CB-314", 40)]),
    (B("Marcus Bell", Bz, "person_states_resale", "US", True, "person", email="marcusbell.deals@gmail.com", addr="1502 Oak St\nMemphis TN 38104", pay="Visa", memo="For resale on my Amazon store"), [L("CAM-C920", 30), L("MIC-SM58", 10)]),
    (B("SSG Tyler Brooks", Cz, "person_with_mil_email", "US", True, "person", email="tyler.j.brooks.mil@army.mil", addr="4417 Ridgeview Dr\nKilleen TX 76542", pay="Visa", memo="Personal purchase, ship to home"), [L("TV-55", 1)]),
    (B("Amanda Reyes", Cz, "person_apo_address", "US", True, "person", email="amandareyes22@gmail.com", addr="Unit 4520 Box 112\nAPO AE 09142", pay="MasterCard"), [L("AIR-HP", 1)]),
    (B("Laura Kim", Cz, "person_with_gov_email", "US", True, "person", email="laura.kim@txdot.gov", addr="512 Pecan St\nRound Rock TX 78664", pay="Visa", memo="ship to residence"), [L("MW-PAN", 1)]),
    (B("United Nations Development Programme", Bz, "international_org", "US", True, "org", email="procurement.unit@undp.org", addr="1 United Nations Plaza\nNew York NY 10017", ref=True), [L("CB-314", 50), L("LIC-CEU", 50)]),
    (B("The World Bank Group - General Services Department", Bz, "international_org", "US", True, "org", email="gsdprocurement@worldbank.org", addr="1818 H St NW\nWashington DC 20433", ref=True), [L("PRJ-1781", 8), L("CAM-C920", 20), L("SVC-INST", 16)]),
    (B("Goodwill Industries of Central Texas", Bz, "non_profit_via_public_cooperative_contract", "US", True, "org", email="purchasing@goodwillcentraltexas.org", addr="1015 Norwood Park Blvd\nAustin TX 78753", memo="Purchased under Sourcewell contract #121923-ACR"), [L("CB-314", 25), L("CRT-32", 1)]),
    (B("National Railroad Passenger Corporation (Amtrak)", Bz, "state_owned_company_procurement", "US", True, "org", email="procurement@amtrak.com", addr="1 Massachusetts Ave NW\nWashington DC 20001", memo="Per RFP No. 2025-IT-0417 award"), [L("AP-MR36", 30), L("UPS-1500", 6)]),
    (B("Daniel Ortiz", Bz, "person_pays_company_invoice", "US", True, "person", email="dortiz.home@gmail.com", addr="2908 Lamar Blvd\nAustin TX 78705", pay="Visa", memo="Paid by owner's personal card for Ortiz Landscaping LLC invoice"), [L("IPD-10", 3)]),
    (B("", Bz, "product_only_business_goods", "US", True, "none", email="", addr=""), [L("AP-MR36", 12)]),
]
S += [(b, l) for b, l in S if b["amb"] and (len(l) > 1 or b["kind"] in ("international_org", "company_household_goods_only"))]  # repeat orders
orders = gen_orders(rng, buyers, CAT, S, 230, maxlines=4)
hdr = ["Internal ID", "Date", "Document Number", "Name", "Status", "PO/Check Number", "Memo", "Item", "Description", "Quantity",
       "Amount", "Email", "Ship To", "Terms", "Payment Method", "Resale Number", "Sales Rep"]
reps = ["Karen Whitfield", "Jason Ruiz", "Megan O'Brien", "Tom Alvarez"]
ids = {}
metas = []; rows = []
d0 = dt.date(2025, 7, 1); so = 48210; iid = 1772040
for i, o in enumerate(orders):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 1.1))
    nm = b["name"]
    if nm:
        ent = ids.setdefault(nm, "CUST-%d" % (10200 + 13 * len(ids)))
        nm = f"{ent} {nm}"
    pay = b.get("pay", "")
    if pay == PC:
        pay = rng.choice(["Visa", "MasterCard"])
        po = "GPC " + rng.choice(["SmartPay2", "PCard"]) + " " + str(rng.randint(1000, 9999))
    else:
        po = ("PO" + str(rng.randint(2500000, 2599999))) if (b.get("ref") and rng.random() < 0.85) else ""
    terms = "" if b["ptype"] in ("person", "none") or pay else rng.choice(["Net 30", "Net 30", "Net 45", "Net 60"])
    status = rng.choice(["Billed", "Billed", "Pending Fulfillment", "Pending Billing", "Partially Fulfilled"])
    for c, q in o["lines"]:
        rows.append([iid, date.strftime("%-m/%-d/%Y"), "SO%d" % so, nm, status, po, b.get("memo", ""), c["code"], c["name"], q,
                     "%.2f" % (c["price"] * q), b.get("email", ""), b.get("addr", ""), terms, pay, b.get("resale", ""), rng.choice(reps)])
        metas.append(meta(b))
    so += 1; iid += rng.randint(3, 40)
with open(f"{LAY}/{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(hdr); w.writerows(rows)
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "Oracle NetSuite - Transaction saved search (Type = Sales Order, Main Line = false), results exported to CSV",
    "country": "US", "language": "en",
    "docs": ["NetSuite saved search CSV export uses the saved search column labels as headers (public NetSuite saved-search export scripts/readmes); standard transaction fields tranid 'Document Number', entity 'Name', status, otherrefnum 'PO/Check Number', memo, item, quantity, amount, email, shipaddress 'Ship To', terms, paymentmethod 'Payment Method', salesrep; customer field 'Resale Number'",
             "Name shows entity ID + name as NetSuite does with auto-generated customer numbers; Ship To is a multi-line address in one quoted cell; dates M/D/YYYY; amounts plain decimals. Exact column set is a plausible saved search, not a fixed system layout."],
    "fields": {"buyer": "Name", "product": "Description", "quantity": "Quantity", "amount": "Amount", "tax_id": "Resale Number",
               "email": "Email", "payment": "Payment Method", "comment": "Memo"},
    "also_ok": {"product": ["Item"], "payment": ["Terms"]},
    "notes": "One row per sales-order item line; header fields repeated on every line of the order (Document Number). No title or total rows. Federal/army buyers paying by government purchase card show Visa/MasterCard with a GPC reference in PO/Check Number. 'Resale Number' is the customer's state resale certificate number (the only buyer tax identifier in the layout)."})
print(LID, len(metas))
