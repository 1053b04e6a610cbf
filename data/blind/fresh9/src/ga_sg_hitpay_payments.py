"""HitPay dashboard > Payments > Export CSV (one line per charge) for a Singapore office-supplies & printing shop."""
import random, csv, datetime as dt
from ga_common import LAYOUTS, write_labels, write_key

PID = "ga_sg_hitpay_payments"
rng = random.Random(90904)

BIZ_GOODS = [("Double A A4 80gsm Paper (5 reams/carton)", 32.90, (5, 40)), ("HP 206A Toner Cartridge Black", 118.00, (2, 8)),
             ("Name Card Printing 2-sided (box of 200)", 45.00, (5, 30)), ("Roll-up Banner 85x200cm with stand", 89.00, (1, 6)),
             ("Brother TZe Label Tape 12mm", 24.50, (5, 20)), ("Fellowes Powershred 79Ci Shredder", 389.00, (1, 2)),
             ("Company Rubber Stamp (self-inking)", 38.00, (1, 3)), ("Lever Arch File A4 (pack of 10)", 29.90, (3, 20)),
             ("Printed Letterhead A4 (500 sheets)", 120.00, (1, 5)), ("Event Lanyards with Card Holder (100)", 165.00, (1, 5))]
HOME_GOODS = [("Faber-Castell Colour Pencils 48", 21.90, (1, 2)), ("Moleskine Classic Notebook Large", 32.00, (1, 2)),
              ("Photo Printing 4R (set of 20)", 9.00, (1, 3)), ("Wedding Invitation Cards (set of 50)", 135.00, (1, 2)),
              ("Casio fx-96SG Plus Calculator", 32.50, (1, 1)), ("Pilot FriXion Pen Set 10", 24.90, (1, 2)),
              ("Children's School Bag", 49.90, (1, 1)), ("Thesis Binding (hard cover)", 28.00, (1, 3))]
COMPANIES = [("Sembcorp Industries Ltd", "sembcorp.com"), ("Keppel Ltd", "keppel.com"), ("Wilmar International Limited", "wilmar-intl.com"),
             ("Venture Corporation Limited", "venture.com.sg"), ("Yeo Hiap Seng Limited", "yeos.com.sg"),
             ("Ya Kun International Pte Ltd", "yakun.com"), ("Koufu Pte Ltd", "koufu.com.sg"), ("Secretlab SG Pte. Ltd.", "secretlab.co"),
             ("Carousell Pte Ltd", "carousell.com"), ("PropertyGuru Pte Ltd", "propertyguru.com.sg"),
             ("Lim & Tan Securities Pte Ltd", "limtan.com.sg"), ("Rajah & Tann Singapore LLP", "rajahtann.com"),
             ("Tan Tock Seng Dental Surgery", "ttsdental.com.sg"), ("Kim Huat Engineering & Trading", "kimhuateng.com.sg")]
GOV = [("National Library Board", "nlb.gov.sg", "statutory_board"), ("Housing & Development Board", "hdb.gov.sg", "statutory_board"),
       ("Land Transport Authority", "lta.gov.sg", "statutory_board"), ("Ministry of Manpower", "mom.gov.sg", "ministry"),
       ("Bukit Panjang Primary School", "moe.edu.sg", "public_school"), ("Nanyang Polytechnic", "nyp.edu.sg", "public_polytechnic"),
       ("Tampines Town Council", "tampinestc.org.sg", "town_council"), ("Singapore Police Force - Tanglin Division", "spf.gov.sg", "police"),
       ("Embassy of Japan in Singapore", "sn.mofa.go.jp", "embassy"), ("Changi General Hospital", "cgh.com.sg", "public_hospital")]
NONPROFIT = [("Methodist Girls' School Parents Support Group", "mgsparents.org.sg", "parents_association"),
             ("Singapore Red Cross", "redcross.sg", "national_red_cross"), ("Cathedral of the Good Shepherd", "cathedral.catholic.sg", "church"),
             ("Singapore Institute of Management", "sim.edu.sg", "private_institute")]
SOE = [("Singapore Airlines Limited", "singaporeair.com.sg"), ("SP Group", "spgroup.com.sg"), ("SMRT Trains Ltd", "smrt.com.sg")]
FN = ["Wei Ling", "Jun Jie", "Hui Min", "Siti", "Muhammad", "Priya", "Rajesh", "Mei Ling", "Kelvin", "Jasmine", "Darren",
      "Nurul", "Shawn", "Rachel", "Jia Hui", "Aravind", "Farhan", "Grace"]
LN = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Teo", "Koh", "Rahman", "Kumar", "Abdullah", "Nair", "Yeo", "Chan"]
FREE = ["gmail.com", "hotmail.com", "yahoo.com.sg", "outlook.com", "singnet.com.sg"]


def pick(l):
    return l[rng.randrange(len(l))]


def goods(pool, n=None, mult=1):
    n = n or rng.choice([1, 1, 2])
    return [(g, p, rng.randint(lo, hi) * mult) for g, p, (lo, hi) in rng.sample(pool, n)]


GROUPS = [(["Wei Ling", "Jun Jie", "Hui Min", "Mei Ling", "Kelvin", "Jasmine", "Darren", "Shawn", "Rachel", "Jia Hui", "Grace"],
           ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Teo", "Koh", "Yeo", "Chan"]),
          (["Siti", "Muhammad", "Nurul", "Farhan"], ["Rahman", "Abdullah", "Ismail", "Hassan"]),
          (["Priya", "Rajesh", "Aravind", "Kavitha"], ["Kumar", "Nair", "Pillai", "Raj"])]


def pname():
    g = rng.choices(GROUPS, [70, 15, 15])[0]
    f, l = pick(g[0]), pick(g[1])
    return rng.choice([f"{l} {f}", f"{f} {l}", f"{l.upper()} {f.upper()}"]), f, l


recs = []


def add(**k):
    d = dict(name="", email="", phone="", remark="", method=None, ref="", amb=False, country="SG", channel="Online Checkout")
    d.update(k)
    recs.append(d)


def ph():
    return f"+65 {rng.choice('689')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"


for _ in range(55):
    n, dom = pick(COMPANIES)
    f, l = pick(FN), pick(LN)
    add(name=n, email=f"{rng.choice(['admin', 'accounts', 'purchasing', f.lower().replace(' ', '') + '.' + l.lower()])}@{dom}",
        phone=rng.choice(["", ph()]), items=goods(BIZ_GOODS), remark=rng.choice(["", f"PO {rng.randint(4500, 9999)}", "Deliver to office reception", "Invoice to accounts"]),
        method=rng.choice(["PayNow", "PayNow", "Card", "Corporate Card"]), label="B2B",
        kind="law_firm_llp" if "LLP" in n else ("dental_practice" if "Dental" in n else "company"))
for _ in range(24):
    n, dom, k = pick(GOV)
    f, l = pick(FN), pick(LN)
    add(name=n, email=f"{f.lower().replace(' ', '_')}_{l.lower()}@{dom}", items=goods(BIZ_GOODS),
        remark=rng.choice(["", f"GeBIZ PO {rng.choice(['NLB', 'HDB', 'LTA', 'MOM', 'MOE'])}000ETQ24{rng.randint(100000, 999999)}", "Invoice via Vendors@Gov"]),
        method=rng.choice(["PayNow", "Card", "Bank Transfer"]), label="B2G", kind=k, country="SG")
for _ in range(3):  # public school buys one household-type item
    add(name="Bukit Panjang Primary School", email="bppsgeneral@moe.edu.sg", items=[("Children's School Bag", 49.90, 1)],
        remark="Prize for student", method="PayNow", label="B2G", kind="public_school", amb=True)
for _ in range(8):
    n, dom, k = pick(NONPROFIT)
    add(name=n, email=f"{pick(['admin', 'office', 'events'])}@{dom}", items=goods(BIZ_GOODS), method=rng.choice(["PayNow", "Card"]),
        label="B2B", kind=k)
for _ in range(5):
    n, dom = pick(SOE)
    tender = rng.random() < 0.5
    add(name=n, email=f"procurement@{dom}", items=goods(BIZ_GOODS, mult=2),
        remark=f"Tender ref {rng.randint(2024000, 2024999)}/RFQ" if tender else "", method="Bank Transfer",
        label="B2B", kind="state_owned_company", amb=tender)
for _ in range(3):
    add(name="World Bank Group Singapore Office", email="sgoffice@worldbank.org", items=goods(BIZ_GOODS), method="Card",
        label="B2B", kind="international_org", amb=True)
for _ in range(3):  # company buys one personal-type item
    n, dom = pick(COMPANIES)
    add(name=n, email=f"admin@{dom}", items=[("Moleskine Classic Notebook Large", 32.00, 1)],
        method="Card", label="B2B", kind="company", amb=True)
for _ in range(38):  # private persons online
    n, f, l = pname()
    add(name=n, email=f"{f.lower().replace(' ', '')}{l.lower()}{rng.choice(['', str(rng.randint(70, 99))])}@{pick(FREE)}",
        phone=rng.choice(["", ph()]), items=goods(HOME_GOODS), method=rng.choice(["PayNow", "Card", "GrabPay", "ShopeePay", "Apple Pay"]),
        label="B2C", kind="private_person")
for _ in range(30):  # walk-in POS, no customer
    add(items=goods(HOME_GOODS + BIZ_GOODS[7:8]), method=rng.choice(["Card", "PayNow", "Cash", "NETS"]), channel="Point of Sale",
        label="B2C", kind="anonymous_retail")
for _ in range(5):  # person with gov/company email buying personal items
    n, f, l = pname()
    dom = pick(["mom.gov.sg", "hdb.gov.sg", "dbs.com", "mindef.gov.sg"])
    add(name=n, email=f"{f.lower().replace(' ', '_')}_{l.lower()}@{dom}", items=[("Wedding Invitation Cards (set of 50)", 135.00, 2)],
        method="Card", label="B2C", kind="person_with_gov_or_work_email", amb=True)
for _ in range(3):  # person: business purpose
    n, f, l = pname()
    add(name=n, email=f"{f.lower().replace(' ', '')}.{l.lower()}@{pick(FREE)}", items=[("Name Card Printing 2-sided (box of 200)", 45.00, 2)],
        remark="For my property agent business", method="PayNow", label="B2B", kind="person_business_purpose", amb=True)
for _ in range(3):  # person ordering at trade volume
    n, f, l = pname()
    add(name=n, email=f"{f.lower().replace(' ', '')}{l.lower()}@{pick(FREE)}", items=[("Casio fx-96SG Plus Calculator", 32.50, 30)],
        method="PayNow", label="B2C", kind="private_person_bulk", amb=True)
for _ in range(3):  # thin: no buyer, business-only goods
    add(items=[("Company Rubber Stamp (self-inking)", 38.00, 1)], method="PayNow", channel="Point of Sale",
        label="B2B", kind="thin_business_goods", amb=True)
for _ in range(2):  # thin: payment link without purpose, only phone
    add(phone=ph(), items=[("", 60.00, 1)], method="PayNow", channel="Payment Link", label="B2C", kind="thin_no_buyer", amb=True)

rng.shuffle(recs)
start = dt.datetime(2024, 10, 1, 9, 0)
stamps = sorted(start + dt.timedelta(days=rng.randrange(0, 61), minutes=rng.randrange(0, 11 * 60)) for _ in recs)
hdr = ["Payment ID", "Date", "Channel", "Customer Name", "Customer Email", "Customer Phone", "Purpose", "Reference Number",
       "Amount", "Currency", "Fees", "Payment Method", "Status", "Remarks"]
rows = []
fee_rate = {"PayNow": 0.0065, "Card": 0.034, "Corporate Card": 0.034, "GrabPay": 0.025, "ShopeePay": 0.025,
            "Apple Pay": 0.034, "NETS": 0.01, "Cash": 0.0, "Bank Transfer": 0.0}
for i, (r, t) in enumerate(zip(recs, stamps)):
    amt = round(sum(p * q for _, p, q in r["items"]), 2)
    purpose = ", ".join(f"{g} x {q}" if q > 1 else g for g, _, q in r["items"] if g)
    pid = "".join(rng.choice("0123456789abcdef") for _ in range(8)) + "-" + "".join(rng.choice("0123456789abcdef") for _ in range(4)) \
        + "-" + "".join(rng.choice("0123456789abcdef") for _ in range(4)) + "-" + "".join(rng.choice("0123456789abcdef") for _ in range(4)) \
        + "-" + "".join(rng.choice("0123456789abcdef") for _ in range(12))
    fee = round(amt * fee_rate[r["method"]] + (0.50 if "Card" in r["method"] or r["method"] == "Apple Pay" else 0), 2)
    rows.append([pid, t.strftime("%d/%m/%Y %H:%M"), r["channel"], r["name"], r["email"], r["phone"], purpose,
                 f"INK{24000 + i}" if r["channel"] == "Online Checkout" else "", f"{amt:.2f}", "SGD", f"{fee:.2f}",
                 r["method"], "Succeeded", r["remark"]])
with open(LAYOUTS / f"{PID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(hdr)
    w.writerows(rows)
write_labels(PID, recs)
write_key(PID, {
    "id": PID, "system": "HitPay merchant dashboard - Payments > Export (CSV), online checkout, payment links and HitPay POS",
    "country": "SG", "language": "en",
    "docs": ["HitPay payment-request API fields (name, email, phone, amount, currency, purpose, reference_number, payment_methods such as paynow_online/card/grabpay/shopee_pay, status) used for the customer, purpose and reference columns",
             "Public documentation did not give HitPay's export documentation; header captions, dd/mm/yyyy HH:MM dates, UTF-8 comma CSV without title or totals lines are my reconstruction"],
    "fields": {"buyer": "Customer Name", "product": "Purpose", "quantity": None, "amount": "Amount", "tax_id": None,
               "email": "Customer Email", "payment": "Payment Method", "comment": "Remarks"},
    "also_ok": {"comment": ["Reference Number"]},
    "notes": "One line per successful payment (order). POS payments usually have no customer. Quantities appear only inside Purpose ('... x 5'). Fees are HitPay's charge, not the buyer's. Government buyers use gov.sg / moe.edu.sg mail domains and sometimes quote GeBIZ purchase orders; MOE schools are public schools."})
print(PID, len(recs))
