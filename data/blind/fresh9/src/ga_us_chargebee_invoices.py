"""Chargebee 'Export Data > Invoices' CSV (one line per invoice) for a US field-service SaaS."""
import random, csv, datetime as dt
from ga_common import LAYOUTS, gb_vat, luhn_digit, write_labels, write_key

PID = "ga_us_chargebee_invoices"
rng = random.Random(90902)

PLANS = [("Crewlane Starter (Monthly)", 49), ("Crewlane Team (Monthly)", 199), ("Crewlane Team (Annual)", 2148),
         ("Crewlane Business (Annual)", 5988), ("Crewlane Enterprise (Annual)", 14400)]
PERSONAL = [("Crewlane Solo (Monthly)", 19), ("Crewlane Solo (Annual)", 190)]
ADDONS = ["Extra Seats x5", "SMS Credits 1,000", "QuickBooks Sync Add-on", "GPS Tracking Add-on", "Onboarding Package"]

COMPANIES = [  # name, domain, state
    ("Roto-Rooter Plumbing & Water Cleanup", "rotorooter.com", "OH"), ("ABM Industries Inc", "abm.com", "NY"),
    ("Terminix Global Holdings", "terminix.com", "TN"), ("ServiceMaster Clean", "servicemaster.com", "TN"),
    ("Mister Sparky Electric", "mistersparky.com", "TX"), ("Brightview Landscapes LLC", "brightview.com", "PA"),
    ("Comfort Systems USA, Inc.", "comfortsystemsusa.com", "TX"), ("Rollins, Inc.", "rollins.com", "GA"),
    ("Aire Serv of Austin", "aireserv.com", "TX"), ("Mr. Rooter LLC", "mrrooter.com", "TX"),
    ("Davey Tree Expert Company", "davey.com", "OH"), ("Rentokil North America", "rentokil.com", "PA"),
    ("Blue Ridge Mechanical Inc", "blueridgemech.com", "VA"), ("Pacific Coast Roofing Co.", "pacificcoastroofing.com", "CA"),
    ("Hometown HVAC Services LLC", "hometownhvac.net", "MN"), ("Precision Garage Door Service", "precisiondoor.net", "AZ"),
    ("Cascade Window Cleaning Inc", "cascadewindow.com", "WA"), ("Lone Star Pest Solutions", "lonestarpest.com", "TX")]
SOLE = [("Jenna Morales Photography", "Jenna", "Morales", "CA"), ("Mike Hanlon Handyman Services", "Mike", "Hanlon", "OH"),
        ("Tyler Brooks Lawn Care", "Tyler", "Brooks", "GA"), ("Rachel Kim, CPA", "Rachel", "Kim", "WA")]
GOV = [("City of Boulder", "bouldercolorado.gov", "CO", "municipality"), ("Travis County", "traviscountytx.gov", "TX", "county"),
       ("Fairfax County Public Schools", "fcps.edu", "VA", "school_district"),
       ("University of Michigan Facilities & Operations", "umich.edu", "MI", "public_university"),
       ("Oregon Department of Transportation", "odot.oregon.gov", "OR", "state_agency"),
       ("City of Tacoma Public Works", "cityoftacoma.org", "WA", "municipality"),
       ("Port of Seattle", "portseattle.org", "WA", "port_authority"),
       ("Maricopa County Facilities Management", "maricopa.gov", "AZ", "county"),
       ("Navajo Nation Division of General Services", "navajo-nsn.gov", "AZ", "tribal_government")]
FOREIGN = [("Mitie Group plc", "mitie.com", "GB", "company"), ("Leeds City Council", "leeds.gov.uk", "GB", "municipality"),
           ("FirstService Residential Ontario", "fsresidential.com", "CA", "company")]
FN = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
      "Barbara", "Chris", "Ashley", "Kevin", "Megan", "Brian", "Nicole", "Jason", "Amanda", "Carlos", "Maria"]
LN = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wilson",
      "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Lee", "Thompson", "White", "Harris", "Nguyen", "Clark"]
FREE = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com"]


def pick(l):
    return l[rng.randrange(len(l))]


cust_ids = {}


def cid(key):
    if key not in cust_ids:
        cust_ids[key] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    return cust_ids[key]


recs = []


def add(**k):
    d = dict(first="", last="", email="", company="", vat="", po="", notes="", country="US", state="", method="card",
             plan=None, amb=False)
    d.update(k)
    recs.append(d)


for _ in range(72):
    n, dom, st = pick(COMPANIES)
    f, l = pick(FN), pick(LN)
    plan = pick(PLANS[1:])
    add(first=f, last=l, email=f"{f[0].lower()}{l.lower()}@{dom}", company=n, state=st, plan=plan,
        method=rng.choice(["card", "card", "ach", "bank_transfer"]), po=rng.choice(["", "", f"PO-{rng.randint(10000, 99999)}"]),
        label="B2B", kind="company", cnt="US", key=n)
for _ in range(12):
    n, f, l, st = pick(SOLE)
    add(first=f, last=l, email=f"{f.lower()}.{l.lower()}@{pick(FREE)}", company=n, state=st, plan=pick(PLANS[:2]),
        label="B2B", kind="sole_trader", cnt="US", key=n)
for _ in range(34):
    n, dom, st, k = pick(GOV)
    f, l = pick(FN), pick(LN)
    po = rng.choice([f"PO {rng.randint(2400000, 2499999)}", f"Contract No. {rng.randint(24, 25)}-{rng.randint(1000, 9999)}", ""])
    add(first=f, last=l, email=f"{f.lower()}.{l.lower()}@{dom}", company=n, state=st, plan=pick(PLANS[2:]), po=po,
        method=rng.choice(["check", "ach", "bank_transfer", "card"]), label="B2G", kind=k, cnt="US", key=n,
        notes=rng.choice(["", "Tax exempt - certificate on file", "P-card payment"]))
for _ in range(6):
    n, dom, c, k = pick(FOREIGN)
    f, l = pick(FN), pick(LN)
    vat = gb_vat(rng) if c == "GB" else (lambda b: b + luhn_digit(b))(str(rng.randint(10000000, 99999999)))
    if c == "CA":
        vat = vat + "RT0001"
    add(first=f, last=l, email=f"{f.lower()}.{l.lower()}@{dom}", company=n, plan=pick(PLANS[2:]), vat=vat, country=c,
        method="bank_transfer", label="B2G" if k == "municipality" else "B2B", kind=k, cnt=c, key=n,
        currency="GBP" if c == "GB" else "CAD")
# state-owned / international / fund ambiguous
for _ in range(3):
    f, l = pick(FN), pick(LN)
    add(first=f, last=l, email=f"{f.lower()}.{l.lower()}@amtrak.com", company="National Railroad Passenger Corporation (Amtrak)",
        state="DC", plan=PLANS[4], po=f"Contract No. AMT-{rng.randint(10000, 99999)} (RFP award)", method="ach",
        label="B2B", kind="state_owned_company", cnt="US", key="amtrak", amb=True)
for _ in range(3):
    f, l = pick(FN), pick(LN)
    add(first=f, last=l, email=f"{f[0].lower()}{l.lower()}@worldbank.org", company="The World Bank Group - GSD Facilities",
        state="DC", plan=PLANS[3], method="bank_transfer", label="B2B", kind="international_org", cnt="US", key="wb", amb=True)
# company on personal plan / household style
for _ in range(4):
    n, dom, st = pick(COMPANIES)
    f, l = pick(FN), pick(LN)
    add(first=f, last=l, email=f"{f.lower()}@{dom}", company=n, state=st, plan=pick(PERSONAL), label="B2B",
        kind="company_personal_plan", cnt="US", key=n, amb=True)
# private persons
for _ in range(28):
    f, l = pick(FN), pick(LN)
    add(first=f, last=l, email=f"{f.lower()}{rng.choice(['', '.', '_'])}{l.lower()}{rng.choice(['', str(rng.randint(1, 99))])}@{pick(FREE)}",
        state=pick(["TX", "FL", "CA", "NY", "OH", "NC"]), plan=pick(PERSONAL), label="B2C", kind="private_person", cnt="US",
        key=f + l + str(rng.random()))
# persons with gov / company email on personal plan
for _ in range(5):
    f, l = pick(FN), pick(LN)
    dom = pick(["va.gov", "usps.gov", "nasa.gov", "army.mil", "deloitte.com"])
    add(first=f, last=l, email=f"{f.lower()}.{l.lower()}@{dom}", state=pick(["VA", "MD", "TX"]), plan=PERSONAL[0],
        label="B2C", kind="person_with_gov_or_work_email", cnt="US", key=f + l, amb=True,
        notes=rng.choice(["", "personal account"]))
# person stating business use
for _ in range(3):
    f, l = pick(FN), pick(LN)
    add(first=f, last=l, email=f"{f.lower()}{l.lower()}@{pick(FREE)}", state="FL", plan=PLANS[0],
        notes="Using this to schedule jobs for my cleaning business", label="B2B", kind="person_business_purpose",
        cnt="US", key=f + l, amb=True)
# thin: no name, no company, only email on starter plan
for _ in range(4):
    add(email=f"{pick(['info', 'office', 'dispatch'])}@{rng.choice(['a1plumbingco.com', 'greenleaflawn.net', 'tristateelectric.com'])}",
        plan=PLANS[0], label="B2B", kind="role_mailbox_company", cnt="US", key=str(rng.random()), amb=False)
for _ in range(3):
    add(plan=PERSONAL[0], label="B2C", kind="thin_no_buyer", cnt="US", key=str(rng.random()), amb=True)

rng.shuffle(recs)
start = dt.datetime(2024, 7, 1, 0, 0)
times = sorted(start + dt.timedelta(minutes=rng.randrange(0, 183 * 1440)) for _ in recs)
rows = []
hdr = ["Invoice Number", "Invoice Date", "Customer Id", "Customer First Name", "Customer Last Name", "Customer Email",
       "Customer Company", "Customer Vat Number", "Subscription Id", "Line Item Description", "Status", "Price Type",
       "Currency", "Sub Total", "Tax", "Amount", "Amount Paid", "Amount Due", "Paid On", "Payment Method", "PO Number",
       "Billing Country", "Billing State", "Notes"]
for i, (r, t) in enumerate(zip(recs, times)):
    plan, price = r["plan"]
    desc = plan
    sub = float(price)
    if r["label"] != "B2C" and rng.random() < 0.25:
        a = pick(ADDONS)
        desc += "; " + a
        sub += rng.choice([25, 50, 99, 500])
    tax = round(sub * 0.0825, 2) if r["country"] == "US" and r["kind"] not in ("municipality", "county", "school_district",
                                                                                "public_university", "state_agency",
                                                                                "port_authority", "tribal_government") and r["state"] == "TX" else 0.0
    if r["country"] == "GB":
        tax = round(sub * 0.2, 2) if r["label"] == "B2G" else 0.0
    amt = round(sub + tax, 2)
    status = rng.choices(["paid", "payment_due", "not_paid"], [85, 10, 5])[0]
    paid = amt if status == "paid" else 0.0
    paid_on = (t + dt.timedelta(days=rng.randint(0, 20))).strftime("%Y-%m-%d %H:%M:%S") if status == "paid" else ""
    rows.append([str(10000 + i + 1), t.strftime("%Y-%m-%d %H:%M:%S"), cid(r["key"]), r["first"], r["last"], r["email"],
                 r["company"], r["vat"], "sub_" + cid(r["key"])[:10] if r["first"] or r["email"] else "", desc, status,
                 "tax_exclusive", r.get("currency", "USD"), f"{sub:.2f}", f"{tax:.2f}", f"{amt:.2f}", f"{paid:.2f}",
                 f"{amt - paid:.2f}", paid_on, r["method"] if status == "paid" else "", r["po"], r["country"], r["state"],
                 r["notes"]])
    r["label"], r["kind"], r["country"] = r["label"], r["kind"], r["cnt"]
LAYOUTS.mkdir(exist_ok=True)
with open(LAYOUTS / f"{PID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\r\n")
    w.writerow(hdr)
    w.writerows(rows)
write_labels(PID, recs)
write_key(PID, {
    "id": PID, "system": "Chargebee (Billing) - Settings > Import & Export Data > Export Data > Invoices (Invoices.csv from the export ZIP)",
    "country": "US", "language": "en",
    "docs": ["apidocs.chargebee.com 'Exports' resource and POST /exports/invoices (mirrored on simworkflow.com / withone.ai): invoice exports are asynchronous and deliver a ZIP holding CSV files of invoice data, filterable by invoice[updated_at]",
             "Chargebee API field names used for the columns: invoice id/number, customer first_name/last_name/email/company, vat_number, subscription_id, status (paid/payment_due/not_paid), price_type (tax_exclusive), currency_code, sub_total, tax, total, amount_paid, amount_due, paid_at, po_number, billing_address country/state, notes",
             "Not found in public documentation: the exact header captions of the UI export; Title Case captions, comma delimiter, UTF-8 without BOM, ISO date-times are my reconstruction"],
    "fields": {"buyer": "Customer Company", "product": "Line Item Description", "quantity": None, "amount": "Amount",
               "tax_id": "Customer Vat Number", "email": "Customer Email", "payment": "Payment Method", "comment": "Notes"},
    "also_ok": {"buyer": ["Customer Last Name", "Customer First Name"], "amount": ["Sub Total", "Amount Paid"],
                "comment": ["PO Number"]},
    "notes": "One line per invoice, no title or totals lines. Company column empty for individual subscribers: then the buyer is First/Last Name. Payment Method is blank for unpaid invoices. Seller is a US field-service-scheduling SaaS; plans named 'Solo' are single-user consumer-priced plans. A few GB/CA customers carry VAT / GST-HST numbers; their currency is GBP/CAD."})
print(PID, len(recs))
