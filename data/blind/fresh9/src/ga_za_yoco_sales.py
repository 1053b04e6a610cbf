"""Yoco Business Portal sales export (one line per item sold) for a Cape Town hardware store."""
import random, csv, datetime as dt
from ga_common import LAYOUTS, luhn_digit, write_labels, write_key

PID = "ga_za_yoco_sales"
rng = random.Random(90903)

HOUSE = [("Plascon Double Velvet 5L", "Pure White", 989.00), ("Dulux Weatherguard 5L", "Sandstone", 869.00),
         ("Weber Compact Kettle Braai 57cm", "", 2799.00), ("Eureka Firelighters 24s", "", 34.99),
         ("Philips LED Bulb 9W E27", "Warm White", 39.99), ("Cobra Kitchen Mixer Tap", "Chrome", 899.00),
         ("Defy Kettle 1.7L", "", 349.00), ("Garden Hose 20m", "", 299.00), ("Braai Tongs Stainless", "", 89.99),
         ("Union Garden Spade", "", 279.00), ("Sellotape Masking Tape 48mm", "", 42.50), ("Alcolin Cold Glue 500ml", "", 74.99)]
TRADE = [("PPC Surebuild Cement 50kg", "", 109.95), ("Makita Cordless Drill DF333D", "", 2299.00),
         ("Bosch GWS 750 Angle Grinder", "", 1349.00), ("Rawl Plugs 8mm (100)", "", 59.99), ("Cabtire Cable 2.5mm x 10m", "", 289.00),
         ("Hulamin Aluminium Ladder 6 Step", "", 1199.00), ("Gypsum Board 6.4mm 3m", "", 189.00),
         ("Den Braven Silicone Clear 280ml", "", 69.99), ("Galvanised Screws 5x50 (200)", "", 149.00),
         ("Plascon Wall & All 20L", "Brilliant White", 2199.00), ("PVC Pipe 110mm x 6m", "", 389.00), ("Sika Waterproofing 5L", "", 899.00)]
FN = ["Thabo", "Sipho", "Lerato", "Nomvula", "Johan", "Pieter", "Annelie", "Fatima", "Yusuf", "Michelle", "Bongani",
      "Zanele", "Riaan", "Charlene", "Ayanda", "Craig", "Lindiwe", "Mandla", "Tasneem", "Werner"]
LN = ["Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Naidoo", "Pillay", "Jacobs", "Adams", "Petersen",
      "Khumalo", "Ndlovu", "Smith", "du Plessis", "Abrahams", "Williams", "Mthembu", "Hendricks"]
FREE = ["gmail.com", "yahoo.com", "outlook.com", "webmail.co.za", "mweb.co.za", "icloud.com"]
STAFF = ["Ridwaan", "Candice", "Lwazi", "Marlene"]

BIZ = [("Mthembu Building Contractors (Pty) Ltd", "mthembubuild.co.za", "company"),
       ("Cape Renovations CC", "caperenovations.co.za", "company"),
       ("Atlantic Seaboard Maintenance (Pty) Ltd", "asmaintenance.co.za", "company"),
       ("Protea Hotel Sea Point", "marriott.com", "company"),
       ("Body Corporate Bantry Bay Towers", "bbtowers.co.za", "body_corporate_hoa"),
       ("St Mary's Anglican Church Green Point", "stmarysgp.org.za", "church"),
       ("Hendricks Plumbing", None, "sole_trader"),
       ("SA Harvest NPC", "saharvest.org", "nonprofit")]
GOV = [("City of Cape Town - Water & Sanitation Depot Sea Point", "capetown.gov.za", "municipality"),
       ("Sea Point High School", "seapointhigh.co.za", "public_school"),
       ("SANParks - Table Mountain National Park", "sanparks.org", "state_entity"),
       ("Western Cape Government Health - Somerset Hospital", "westerncape.gov.za", "public_hospital"),
       ("SAPS Sea Point", "saps.gov.za", "police")]
SOE = [("Transnet National Ports Authority", "transnet.net"), ("Eskom Holdings SOC Ltd", "eskom.co.za")]


def pick(l):
    return l[rng.randrange(len(l))]


def vat():
    b = "4" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return b + luhn_digit(b)


vat_cache = {}
receipts = []  # each: dict(cust, email, phone, note, lines, method, label, kind, amb, country)


def rc(**k):
    d = dict(cust="", email="", phone="", note="", method="Card", amb=False, country="ZA")
    d.update(k)
    receipts.append(d)


def lines(pool, n=None, qmax=3):
    n = n or rng.choice([1, 1, 1, 2, 2, 3])
    return [(p, v, pr, rng.randint(1, qmax)) for p, v, pr in rng.sample(pool, n)]


def phone():
    return f"0{rng.choice(['82', '83', '72', '71', '61', '84'])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


for _ in range(62):  # walk-in
    rc(lines=lines(HOUSE + TRADE[3:5] + TRADE[7:8]), method=rng.choice(["Card", "Card", "Cash", "Tap to Pay"]),
       label="B2C", kind="anonymous_retail")
for _ in range(20):  # named private persons
    f, l = pick(FN), pick(LN)
    rc(cust=rng.choice([f"{f} {l}", f"{l}, {f}", f"{f.upper()} {l.upper()}"]),
       email=rng.choice(["", f"{f.lower()}.{l.lower().replace(' ', '')}@{pick(FREE)}"]), phone=rng.choice(["", phone()]),
       lines=lines(HOUSE), label="B2C", kind="private_person")
for _ in range(24):
    n, dom, k = pick(BIZ)
    if n not in vat_cache:
        vat_cache[n] = vat() if k in ("company",) or rng.random() < 0.3 else ""
    note = rng.choice(["", f"Tax invoice pls - VAT {vat_cache[n]}" if vat_cache[n] else "", f"Order no {rng.randint(1000, 9999)}",
                       "Account customer - EFT on statement"])
    rc(cust=n, email=(f"accounts@{dom}" if dom else f"hendricksplumbing@{pick(FREE)}") if rng.random() < 0.7 else "",
       phone=rng.choice(["", phone()]), note=note, lines=lines(TRADE, qmax=12),
       method=rng.choice(["Card", "EFT", "Card"]), label="B2B", kind=k)
for _ in range(12):
    n, dom, k = pick(GOV)
    rc(cust=n, email=f"{pick(['procurement', 'admin', pick(FN).lower()])}@{dom}", note=rng.choice(
        ["", f"Official order {rng.choice(['PO', 'Order No.'])} {rng.randint(4500000, 4599999)}", "RFQ quote accepted"]),
       lines=lines(TRADE, qmax=10), method=rng.choice(["EFT", "Card"]), label="B2G", kind=k)
for _ in range(3):  # public school buys one kettle
    rc(cust="Sea Point High School", email="admin@seapointhigh.co.za", note="Staff room",
       lines=[("Defy Kettle 1.7L", "", 349.00, 1)], label="B2G", kind="public_school", amb=True)
for _ in range(4):  # SOEs
    n, dom = pick(SOE)
    tender = rng.random() < 0.5
    rc(cust=n, email=f"{pick(FN).lower()}.{pick(LN).lower().replace(' ', '')}@{dom}",
       note=f"Tender ref {'TNPA' if 'Transnet' in n else 'MWP'}{rng.randint(1000, 9999)} - PFMA" if tender else f"PO {rng.randint(4500000000, 4509999999)}",
       lines=lines(TRADE, qmax=8), method="EFT", label="B2B", kind="state_owned_company", amb=tender)
for _ in range(4):  # company buys one household item
    n, dom, k = pick(BIZ[:4])
    rc(cust=n, email=f"accounts@{dom}", lines=[tuple(list(pick([HOUSE[2], HOUSE[6], HOUSE[5]])) + [1])],
       label="B2B", kind="company", amb=True)
for _ in range(4):  # person with work/gov email buys household goods
    f, l = pick(FN), pick(LN)
    rc(cust=f"{f} {l}", email=f"{f.lower()}.{l.lower().replace(' ', '')}@{pick(['westerncape.gov.za', 'capetown.gov.za', 'discovery.co.za', 'uct.ac.za'])}",
       lines=lines(HOUSE[:6]), label="B2C", kind="person_with_gov_or_work_email", amb=True)
for _ in range(3):  # person says it's for the business
    f, l = pick(FN), pick(LN)
    rc(cust=f"{f} {l}", phone=phone(), note=rng.choice(["For the tuck shop", "for my painting jobs", "Stock for spaza shop"]),
       lines=lines(HOUSE[:2] + TRADE[:4], qmax=6), label="B2B", kind="person_business_purpose", amb=True)
for _ in range(2):  # sole trader personal card household buy
    rc(cust="Hendricks Plumbing", phone=phone(), lines=[tuple(list(HOUSE[2]) + [1])], label="B2B", kind="sole_trader", amb=True)
for _ in range(3):  # anonymous bulk trade goods
    rc(lines=[("PPC Surebuild Cement 50kg", "", 109.95, rng.choice([40, 60, 80]))], method="Card", label="B2B",
       kind="thin_trade_volume", amb=True)
for _ in range(2):  # thin: only email of role mailbox
    rc(email="info@capecoastalbuilders.co.za", lines=lines(TRADE, qmax=10), label="B2B", kind="role_mailbox_company")

rng.shuffle(receipts)
start = dt.datetime(2024, 9, 2, 8, 0)
stamps = sorted(start + dt.timedelta(days=rng.randrange(0, 60), minutes=rng.randrange(0, 9 * 60)) for _ in receipts)
hdr = ["Date", "Time", "Receipt No.", "Staff Member", "Customer Name", "Customer Email", "Customer Phone", "Product", "Variant",
       "Quantity", "Unit Price", "Discount", "Line Total", "Payment Method", "Note"]
rows, recs = [], []
for i, (r, t) in enumerate(zip(receipts, stamps)):
    staff = pick(STAFF)
    for (p, v, pr, q) in r["lines"]:
        disc = round(pr * q * 0.1, 2) if r["label"] == "B2B" and q >= 5 else 0.0
        rows.append([t.strftime("%Y-%m-%d"), t.strftime("%H:%M"), f"#{1200 + i}", staff, r["cust"], r["email"], r["phone"],
                     p, v, q, f"{pr:.2f}", f"{disc:.2f}", f"{pr * q - disc:.2f}", r["method"], r["note"]])
        recs.append(dict(label=r["label"], amb=r["amb"], kind=r["kind"], country=r["country"]))
with open(LAYOUTS / f"{PID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(hdr)
    w.writerows(rows)
write_labels(PID, recs)
write_key(PID, {
    "id": PID, "system": "Yoco Business Portal - Sales > Sales history > Export (item-level CSV)", "country": "ZA", "language": "en",
    "docs": ["posthog.com and docs.unified.to Yoco connector pages: Yoco's data covers payments, orders, refunds, payouts, catalogue items with categories and variants, staff and card machines - the objects the sales export is built from (staff member, item/variant, payment)",
             "developer.yoco.com (referenced from docs.unified.to): REST API for orders/payments",
             "Not found in public documentation: the sales-history CSV header list; the item-per-line layout with receipt number, staff, customer fields, variant, discount and payment method is my reconstruction of a Yoco POS export"],
    "fields": {"buyer": "Customer Name", "product": "Product", "quantity": "Quantity", "amount": "Line Total",
               "tax_id": None, "email": "Customer Email", "payment": "Payment Method", "comment": "Note"},
    "also_ok": {"amount": ["Unit Price"], "product": ["Variant"]},
    "notes": "One line per item sold; lines of one receipt share Receipt No., date/time, customer and payment, and share the label. Most receipts have no customer (walk-in card/cash sales). Account customers sometimes put their VAT number in the Note. Amounts in ZAR with '.' decimal, VAT-inclusive."})
print(PID, len(recs), len(receipts))
