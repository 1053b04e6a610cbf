"""HubSpot CRM deals export (Deals index view > Export, CSV, with associated records), US B2B IT reseller."""
import csv
import datetime as dt
import random

from c_common import FREEMAIL_US, LAYOUTS, US_FIRST, US_LAST, write_key, write_labels

ID = "c_us_hubspot_deals"
rng = random.Random(6202)

HEADER = ["Record ID", "Deal Name", "Deal Stage", "Pipeline", "Close Date", "Create Date", "Deal owner", "Amount",
          "Deal Type", "Deal Description", "Payment Method", "Associated Company IDs", "Associated Company",
          "Associated Contact IDs", "Associated Contact"]

OWNERS = ["Megan Foster", "Derek Olsen", "Priya Raman", "Carlos Mendez", "Lauren Whitfield"]
STAGES = [("Closed won", 6), ("Contract sent", 1), ("Decision maker bought-in", 1), ("Closed lost", 1), ("Presentation scheduled", 1)]

GOODS = [
    ("Dell Latitude 5540 laptops", 1289.00, (5, 60)),
    ("Microsoft 365 Business Premium licenses (annual)", 264.00, (10, 250)),
    ("Cisco Meraki MS120-24P switches", 1450.00, (2, 12)),
    ("Meraki MR46 access points", 990.00, (4, 30)),
    ("HP LaserJet Enterprise M611dn printers", 899.00, (2, 10)),
    ("Managed IT services - monthly retainer", 3200.00, (1, 12)),
    ("Lenovo ThinkCentre M70q desktops", 819.00, (5, 40)),
    ("APC Smart-UPS 1500VA", 749.00, (2, 10)),
    ("Fortinet FortiGate 60F firewall + 3yr UTP", 1895.00, (1, 4)),
    ("Dell PowerEdge R760 server", 11850.00, (1, 3)),
    ("Logitech Rally Bar conference kits", 3999.00, (1, 6)),
    ("Chromebook Dell 3120 + management license", 329.00, (30, 400)),
    ("Network cabling - Cat6 drops (install)", 185.00, (20, 150)),
    ("Veeam Backup & Replication - 3yr subscription", 2150.00, (1, 5)),
]
HOUSEHOLD = [("Keurig K-Elite coffee maker", 169.99), ("Samsung 65\" Crystal UHD TV", 549.00),
             ("iPad 10th gen 64GB", 349.00), ("Dyson V8 cordless vacuum", 399.99), ("Apple MacBook Air 13 M2", 999.00)]

COMPANIES = [  # (name, domain, label, kind)
    ("Brightline Logistics LLC", "brightlinelogistics.com", "company"), ("Cascade Dental Partners", "cascadedentalpartners.com", "company"),
    ("Hartwell & Pierce LLP", "hartwellpierce.com", "law_firm"), ("Summit Ridge Construction Inc.", "summitridgeconstruction.com", "company"),
    ("Northgate Credit Union", "northgatecu.org", "credit_union"), ("Bluewater Marine Supply Co.", "bluewatermarine.com", "company"),
    ("Redwood Analytics, Inc.", "redwoodanalytics.io", "company"), ("Pioneer Valley Eye Associates, P.C.", "pvea.com", "company"),
    ("MERIDIAN TITLE GROUP", "meridiantitlegroup.com", "company"), ("Keystone Manufacturing Corp", "keystonemfg.com", "company"),
    ("Greenleaf Organic Foods", "greenleaforganic.com", "company"), ("Atlas Property Management LLC", "atlaspm.com", "company"),
    ("St. Luke's Lutheran Church", "stlukesoakpark.org", "church"), ("Habitat for Humanity of Greater Denver", "habitatdenver.org", "non_profit"),
    ("Lakeside Orthopedic Clinic", "lakesideortho.com", "company"), ("Ironwood Brewing Company", "ironwoodbrewing.com", "company"),
    ("Copperleaf Hotels Group", "copperleafhotels.com", "company"), ("Vantage Point Insurance Agency", "vantagepointins.com", "company"),
    ("Stanford University", "stanford.edu", "private_university"), ("Northeastern University", "northeastern.edu", "private_university"),
    ("Sunrise Senior Living - Evanston", "sunriseseniorliving.com", "company"), ("Kaiser Permanente", "kp.org", "non_profit_health_system"),
    ("Whitman & Cole CPAs", "whitmancole.com", "company"), ("Harbor Freight Tools", "harborfreight.com", "company"),
    ("Blue Ridge Veterinary Hospital", "blueridgevet.com", "company"), ("Oakmont Country Club", "oakmontcc.org", "club"),
]
GOV = [
    ("Texas Department of Transportation", "txdot.gov", "state_agency"), ("California Department of Water Resources", "water.ca.gov", "state_agency"),
    ("King County", "kingcounty.gov", "county"), ("Maricopa County", "maricopa.gov", "county"),
    ("City of Austin", "austintexas.gov", "municipality"), ("City of Boulder", "bouldercolorado.gov", "municipality"),
    ("University of Michigan", "umich.edu", "public_university"), ("The Ohio State University", "osu.edu", "public_university"),
    ("Fairfax County Public Schools", "fcps.edu", "school_district"), ("Denver Public Schools", "dpsk12.org", "school_district"),
    ("Ohio Department of Health", "odh.ohio.gov", "state_agency"), ("Port of Seattle", "portseattle.org", "port_authority"),
    ("Navajo Nation Division of Community Development", "navajo-nsn.gov", "tribal_government"),
    ("VA Puget Sound Health Care System", "va.gov", "veterans_medical_center"), ("Hennepin County Library", "hclib.org", "public_library"),
    ("Town of Chapel Hill", "townofchapelhill.org", "municipality"), ("Massachusetts Department of Revenue", "dor.state.ma.us", "state_agency"),
]

rid = 14500210000
cid = 8800120000
pid = 501000
rows, labels = [], []
company_ids = {}


def dates():
    c = dt.datetime(2024, 1, 8, 9, 0) + dt.timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 540))
    cl = c + dt.timedelta(days=rng.randint(7, 90), hours=rng.randint(0, 8))
    return c.strftime("%Y-%m-%d %H:%M"), cl.strftime("%Y-%m-%d %H:%M")


def contact(domain=None, free=False):
    global pid
    f, l = rng.choice(US_FIRST), rng.choice(US_LAST)
    pid += rng.randint(1, 999)
    if free or not domain:
        em = f"{f.lower()}{rng.choice(['.', '', '_'])}{l.lower()}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL_US)}"
    else:
        em = f"{f[0].lower()}{l.lower()}@{domain}" if rng.random() < 0.6 else f"{f.lower()}.{l.lower()}@{domain}"
    return pid, f"{f} {l} ({em})", f, l


def comp_id(name):
    global cid
    if name not in company_ids:
        cid += rng.randint(100, 9999)
        company_ids[name] = cid
    return company_ids[name]


def add(name, amount, label, amb, kind, company=None, contacts=(), desc="", pay="", stage=None, dtype="New Business", country="US"):
    global rid
    rid += rng.randint(1000, 99999)
    c, cl = dates()
    st = stage or rng.choices([s for s, _ in STAGES], [w for _, w in STAGES])[0]
    rows.append([rid, name, st, "Sales Pipeline", cl, c, rng.choice(OWNERS), f"{amount:.2f}".rstrip("0").rstrip(".") if amount else "",
                 dtype, desc, pay, comp_id(company) if company else "", company or "",
                 ";".join(str(x[0]) for x in contacts), ";".join(x[1] for x in contacts)])
    labels.append((label, amb, kind, country))


def goods_deal(prefix):
    g, price, (lo, hi) = rng.choice(GOODS)
    q = rng.randint(lo, hi)
    return f"{prefix} - {q} x {g}" if q > 1 else f"{prefix} - {g}", round(q * price, 2)


# companies: several deals each
for name, dom, kind in COMPANIES:
    for _ in range(rng.choice([2, 3, 3, 4])):
        dn, amt = goods_deal(name.split(",")[0].split(" - ")[0].replace(" LLC", "").replace(" Inc.", ""))
        n = rng.choice([1, 1, 2])
        cts = [contact(dom) for _ in range(n)]
        pay = rng.choice(["ACH", "Net 30", "Net 30", "Check", "Credit Card", ""])
        desc = rng.choice(["", "", "Refresh of front office equipment", "PO to follow", "Renewal - same config as last year",
                           "Quote Q-" + str(rng.randint(10000, 99999)), "Includes onsite install"])
        add(dn, amt, "B2B", False, kind if kind != "company" else "company", name, cts, desc, pay,
            dtype=rng.choice(["New Business", "Existing Business"]))

# government
for name, dom, kind in GOV:
    for _ in range(rng.choice([2, 2, 3])):
        short = name.replace("Department of", "Dept of")
        dn, amt = goods_deal(short)
        cts = [contact(dom)]
        desc = rng.choice(["PO " + str(rng.randint(4500000000, 4599999999)), "Quote for purchasing; tax exempt cert on file",
                           "Bid #" + str(rng.randint(2024000, 2024999)), "", "Purchased on state contract (NASPO ValuePoint)"])
        pay = rng.choice(["Purchase Order", "Net 30", "P-Card", "ACH"])
        add(dn, amt, "B2G", False, kind, name, cts, desc, pay)

# school district buys one coffee maker for staff room -> B2G ambiguous
add("Denver Public Schools - Keurig K-Elite coffee maker", 169.99, "B2G", True, "school_district_one_household_item",
    "Denver Public Schools", [contact("dpsk12.org")], "For the staff lounge at Bryant Webster", "P-Card")
add("City of Boulder - Samsung 65in TV", 549.00, "B2G", True, "municipality_one_household_item",
    "City of Boulder", [contact("bouldercolorado.gov")], "", "P-Card")

# companies buying one household item only -> B2B ambiguous
for comp, dom in [("Atlas Property Management LLC", "atlaspm.com"), ("Ironwood Brewing Company", "ironwoodbrewing.com"),
                  ("Hartwell & Pierce LLP", "hartwellpierce.com")]:
    h, p = rng.choice(HOUSEHOLD)
    add(f"{comp.split(' LLC')[0]} - {h}", p, "B2B", True, "company_one_household_item", comp, [contact(dom)], "", "Credit Card")

# state-owned / federally chartered company with RFP -> B2B ambiguous; without -> plain B2B
add("Amtrak - 40 x Meraki MR46 access points (RFP 2024-IT-118)", 39600, "B2B", True, "state_owned_company_procurement",
    "National Railroad Passenger Corporation (Amtrak)", [contact("amtrak.com")], "Response to RFP 2024-IT-118, federal procurement terms apply", "Net 45")
add("Amtrak - Logitech Rally Bar kits", 7998, "B2B", False, "state_owned_company",
    "National Railroad Passenger Corporation (Amtrak)", [contact("amtrak.com")], "", "Net 45")
# international organisations
add("UNDP New York - 25 x Dell Latitude 5540 laptops", 32225, "B2B", True, "international_org",
    "United Nations Development Programme", [contact("undp.org")], "Duty/tax exempt - UN", "Wire Transfer")
add("World Bank Group - Meeting room AV refresh", 23994, "B2B", True, "international_org",
    "The World Bank", [contact("worldbank.org")], "", "Wire Transfer")
# non-profit via cooperative purchasing contract
add("YMCA of Greater Seattle - 60 x Chromebooks (Sourcewell)", 19740, "B2B", True, "non_profit_coop_contract",
    "YMCA of Greater Seattle", [contact("seattleymca.org")], "Priced under Sourcewell contract #121923-DEL", "Net 30")
add("Goodwill of Central Texas - switches via OMNIA Partners", 11600, "B2B", True, "non_profit_coop_contract",
    "Goodwill Central Texas", [contact("goodwillcentraltexas.org")], "OMNIA Partners cooperative contract pricing", "ACH")
# national Red Cross = plain non-profit
add("American Red Cross - Cascades Region - UPS units", 4494, "B2B", False, "national_red_cross",
    "American Red Cross", [contact("redcross.org")], "", "Net 30")

# persons (B2C) - contact only, free mail
for _ in range(16):
    h, p = rng.choice(HOUSEHOLD + [("Home office setup - Dell monitor + dock", 489.0), ("Home Wi-Fi mesh install", 350.0)])
    ct = contact(free=True)
    add(f"{ct[2]} {ct[3]} - {h}", p, "B2C", False, "private_person", None, [ct], rng.choice(["", "Residential install", "Home delivery"]),
        rng.choice(["Credit Card", "Credit Card", "PayPal"]), dtype="New Business")
# person with .gov / .mil / company e-mail buying household goods -> B2C ambiguous
for dom in ["txdot.gov", "va.gov", "us.af.mil", "kp.org"]:
    h, p = rng.choice(HOUSEHOLD)
    ct = contact(dom)
    add(f"{ct[2]} {ct[3]} - {h}", p, "B2C", True, "person_with_work_email_household", None, [ct], "Ship to home address",
        "Credit Card")
# person buying 40 identical iPads -> B2C ambiguous
ct = contact(free=True)
add(f"{ct[2]} {ct[3]} - 40 x iPad 10th gen 64GB", 13960, "B2C", True, "private_person_bulk_quantity", None, [ct], "", "Credit Card")
# private person states business purpose -> B2B ambiguous
ct = contact(free=True)
add(f"{ct[2]} {ct[3]} - 12 x Lenovo ThinkCentre M70q", 9828, "B2B", True, "person_states_resale", None, [ct],
    "Buying for resale - refurb shop on eBay", "Credit Card")
# sole trader / professional practice
for trade in ["Thomas Reed Photography", "Law Office of Maria Gonzalez, PLLC", "Kevin O'Brien Plumbing"]:
    ct = contact(free=True)
    add(f"{trade} - Apple MacBook Air 13 M2", 999, "B2B", True, "sole_trader_personal_card", trade, [ct], "Paid with personal Visa", "Credit Card")
for trade, dom in [("Rebecca Hale, DDS", "drhaledental.com"), ("John Miller, CPA", "millercpa.net")]:
    dn, amt = goods_deal(trade)
    add(dn, amt, "B2B", False, "sole_practitioner", trade, [contact(dom)], "", "Net 30")
# person paying a company's invoice -> B2B ambiguous
ct = contact(free=True)
add(f"Invoice 20418 - Brightline Logistics (paid by {ct[2]} {ct[3]})", 5156, "B2B", True, "person_pays_company_invoice",
    None, [ct], "Owner paid company invoice 20418 from personal account", "Credit Card")
# thin records: only a deal name
for nm, amt, lab, kind in [("Q3 renewal", 4800, "B2B", "thin_renewal_only"),
                           ("12 x Cisco Meraki MS120-24P switches", 17400, "B2B", "thin_business_goods_only"),
                           ("Dell PowerEdge R760 server", 11850, "B2B", "thin_business_goods_only"),
                           ("iPad 10th gen 64GB", 349, "B2C", "thin_consumer_goods_only"),
                           ("New deal", None, "B2B", "thin_no_information")]:
    add(nm, amt, lab, True, kind, None, [], "", "", stage=rng.choice(["Appointment scheduled", "Qualified to buy", "Closed won"]))

order = list(range(len(rows)))
rng.shuffle(order)
rows = [rows[i] for i in order]
labels = [labels[i] for i in order]

with open(LAYOUTS / f"{ID}.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_ALL)
    w.writerow(HEADER)
    w.writerows(rows)

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "HubSpot CRM - Deals index (view) > Export, file format CSV, 'Include associated records' (first 1,000 associations), language English",
    "country": "US",
    "language": "en",
    "docs": [
        "developers.hubspot.com CRM Exports API guide: view exports from an object index page, formats XLSX/CSV/XLS, language option, associatedObjectType to include associations; one row per record",
        "HubSpot knowledge base (associate records): deals are associated to contacts and companies; a deal can have several",
        "HubSpot deal properties seen in public connectors (DEALNAME, AMOUNT, CLOSEDATE, CREATEDATE, DEALSTAGE, pipeline, hubspot_owner_id, dealtype, description) and their UI labels Deal Name, Amount, Close Date, Create Date, Deal Stage, Pipeline, Deal owner, Deal Type, Deal Description; Record ID is the first column of exports"
    ],
    "fields": {"buyer": "Associated Company", "product": "Deal Name", "quantity": None, "amount": "Amount",
               "tax_id": None, "email": "Associated Contact", "payment": "Payment Method", "comment": "Deal Description"},
    "also_ok": {"buyer": ["Associated Contact"]},
    "notes": "CSV, UTF-8, every field quoted, header on line 1, one row per deal. Dates 'YYYY-MM-DD HH:MM'. Amount is the deal amount in USD without a currency sign (empty when not set). Multiple associations are joined with ';'; Associated Contact values are written 'First Last (email)' so the contact e-mail sits inside that column. Deals with only a contact and no company are persons; deals with no association at all are thin records (only the deal name). 'Payment Method' is a custom deal property of this portal. Products are named only in the Deal Name (no line-item columns in a deal view export), so there is no quantity column."
})
print(len(rows), "rows")
