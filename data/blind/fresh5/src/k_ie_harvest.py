"""Harvest (agency, US/IE clients): Invoices report export to CSV - one row per invoice."""
import csv, random, datetime as dt
from k_common import B, LAYOUTS, write_labels, write_key

LID = "k_ie_harvest_invoices"
rnd = random.Random(9091)

HEADER = ["Issue Date", "ID", "Client", "Subject", "Purchase Order", "Amount", "Paid Amount", "Balance", "Currency",
          "Status", "Due Date", "Paid Date", "Tax", "Tax Amount", "Discount", "Notes"]

SUBJ_BIZ = ["Website redesign - {m}", "Monthly retainer - {m}", "SEO & content strategy - {m}", "Brand identity refresh",
            "Mobile app UX audit", "Analytics dashboard build - phase {n}", "Paid social campaign management - {m}",
            "Shopify storefront development - milestone {n}", "Accessibility (WCAG 2.1) remediation - {m}"]
SUBJ_GOV = ["Digital services support - {m}", "Public website accessibility audit", "Content migration - phase {n}",
            "User research for online services - {m}", "Drupal hosting & maintenance - {m}"]
SUBJ_HOME = ["Wedding website", "Personal portfolio site", "Family photo book design", "Genealogy blog setup", ""]

buyers = [
    B("Patagonia, Inc.", "B2B", "company", "US", extra={"cur": "USD"}), B("Warby Parker", "B2B", "company", "US", extra={"cur": "USD"}),
    B("Etsy, Inc.", "B2B", "company", "US", extra={"cur": "USD"}), B("Blue Bottle Coffee, LLC", "B2B", "company", "US", extra={"cur": "USD"}),
    B("HubSpot, Inc.", "B2B", "company", "US", extra={"cur": "USD"}), B("Stripe Payments Europe Limited", "B2B", "company", "IE", extra={"cur": "EUR"}),
    B("Kerry Group plc", "B2B", "company", "IE", extra={"cur": "EUR"}), B("Glanbia plc", "B2B", "company", "IE", extra={"cur": "EUR"}),
    B("Ryanair DAC", "B2B", "company", "IE", extra={"cur": "EUR"}), B("Stanford University", "B2B", "private_university", "US", extra={"cur": "USD"}),
    B("Northeastern University", "B2B", "private_university", "US", extra={"cur": "USD"}),
    B("Wikimedia Foundation, Inc.", "B2B", "non_profit", "US", extra={"cur": "USD"}), B("The Nature Conservancy", "B2B", "non_profit", "US", extra={"cur": "USD"}),
    B("Barnardos Ireland", "B2B", "non_profit", "IE", extra={"cur": "EUR"}), B("Irish Red Cross Society", "B2B", "non_profit", "IE", extra={"cur": "EUR"}),
    B("Amtrak", "B2B", "state_owned_company", "US", extra={"cur": "USD"}),
    # B2G
    B("California Department of Public Health", "B2G", "state_agency", "US", extra={"cur": "USD"}),
    B("New York State Department of Labor", "B2G", "state_agency", "US", extra={"cur": "USD"}),
    B("Massachusetts Department of Transportation", "B2G", "state_agency", "US", extra={"cur": "USD"}),
    B("Oregon Health Authority", "B2G", "state_agency", "US", extra={"cur": "USD"}),
    B("University of California, Berkeley", "B2G", "public_university", "US", extra={"cur": "USD"}),
    B("University of Michigan", "B2G", "public_university", "US", extra={"cur": "USD"}),
    B("City of Boston", "B2G", "city", "US", extra={"cur": "USD"}),
    B("Health Service Executive", "B2G", "state_agency", "IE", extra={"cur": "EUR"}),
    B("Dublin City Council", "B2G", "council", "IE", extra={"cur": "EUR"}),
    B("Enterprise Ireland", "B2G", "state_agency", "IE", extra={"cur": "EUR"}),
    B("Trinity College Dublin", "B2G", "public_university", "IE", extra={"cur": "EUR"}),
    B("University College Dublin", "B2G", "public_university", "IE", extra={"cur": "EUR"}),
    # B2C
    B("Megan O'Sullivan", "B2C", "private_person", "IE", pool="home", extra={"cur": "EUR"}),
    B("David Kim", "B2C", "private_person", "US", pool="home", extra={"cur": "USD"}),
    B("Ciarán Murphy", "B2C", "private_person", "IE", pool="home", extra={"cur": "EUR"}),
    B("ROBINSON, LAURA", "B2C", "private_person", "US", pool="home", extra={"cur": "USD"}),
    # ambiguous
    B("World Health Organization", "B2B", "international_org", "US", amb=True, extra={"cur": "USD"}),
    B("ESB Networks DAC", "B2B", "state_owned_company_tender", "IE", amb=True,
      note="Awarded under tender ESB-NW-2024-113 (eTenders)", extra={"cur": "EUR"}),
    B("Amtrak", "B2B", "state_owned_company_tender", "US", amb=True, note="RFP No. 2025-0098-DS, Amtrak procurement", extra={"cur": "USD"}),
    B("Goodwill Industries of Central Texas", "B2B", "non_profit_coop_contract", "US", amb=True,
      note="Priced per Sourcewell cooperative contract #012424", extra={"cur": "USD"}),
    B("Aoife Byrne", "B2B", "person_states_business_use", "IE", amb=True, pool="home",
      note="Site is for my consultancy practice", extra={"cur": "EUR"}),
    B("Sam", "B2C", "thin_first_name_only", "US", amb=True, pool="thin", extra={"cur": "USD"}),
]
weights = [(1.1 if b["amb"] else {"B2C": 2.5, "B2B": 1.0, "B2G": 0.9}[b["label"]]) for b in buyers]
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

rows, labels = [], []
d = dt.date(2024, 1, 5)
num = 3100
while len(rows) < 170:
    b = rnd.choices(buyers, weights)[0]
    d += dt.timedelta(days=rnd.randint(1, 5))
    num += 1
    m = f"{months[d.month - 1]} {d.year}"
    if b["pool"] == "home":
        subj = rnd.choice(SUBJ_HOME[:4]); amt = rnd.choice([450.0, 600.0, 850.0, 1200.0])
        if b["kind"] == "person_states_business_use":
            subj = "Personal portfolio site"
    elif b["pool"] == "thin":
        subj = ""; amt = rnd.choice([150.0, 300.0])
    else:
        subj = rnd.choice(SUBJ_GOV if b["label"] == "B2G" else SUBJ_BIZ).format(m=m, n=rnd.randint(1, 4))
        amt = round(rnd.choice([37.5, 75, 112.5, 150]) * rnd.randint(8, 120), 2)
    po = ""
    if b["label"] == "B2G":
        po = rnd.choice([f"PO {rnd.randint(2400000, 2499999)}", f"4500{rnd.randint(100000, 999999)}", ""])
    elif b["label"] == "B2B" and b["pool"] != "home" and rnd.random() < 0.4:
        po = f"PO-{rnd.randint(10000, 99999)}"
    taxp = 23.0 if b["country"] == "IE" else ""  # Dublin agency: Irish VAT on IE clients, none on US clients
    taxa = round(amt * taxp / 100, 2) if taxp != "" else ""
    total = round(amt + (taxa or 0), 2)
    due = d + dt.timedelta(days=30)
    st = rnd.choice(["paid", "paid", "paid", "open", "open", "draft"]) if d < dt.date(2025, 10, 1) else rnd.choice(["open", "draft"])
    paid_d = (d + dt.timedelta(days=rnd.randint(3, 45))).isoformat() if st == "paid" else ""
    paid = total if st == "paid" else 0.0
    note = b["note"] or rnd.choice(["", "", "Net 30. Please reference the invoice number with payment.",
                                    "Payment by ACH / wire to account on file."])
    rows.append([d.isoformat(), str(num), b["name"], subj, po, f"{total:.2f}", f"{paid:.2f}", f"{total - paid:.2f}",
                 b["cur"], st, due.isoformat(), paid_d, "" if taxp == "" else f"{taxp:.1f}",
                 "" if taxa == "" else f"{taxa:.2f}", "", note])
    labels.append((b["label"], b["amb"], b["kind"], b["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(HEADER); w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
    "id": LID,
    "system": "Harvest (getharvest.com) - Invoices overview exported to CSV, account of a Dublin digital agency with Irish and US clients (one row per invoice)",
    "country": "IE", "language": "en",
    "docs": ["help.getharvest.com api-v1 invoices (create an invoice / show invoices): invoice fields issued-at (issue date), number, client, "
             "subject, purchase-order, amount, due-amount, currency, state (draft/open/paid), due-at, tax and tax-amount, discount, notes; "
             "the CSV headers here are those fields in Harvest's UI wording - the exact export header text was not found in the stored docs",
             "sr4partners.com guide 'How to Craft Invoices in Harvest': Subject as 'Project Name - Month, Year', PO Number, Notes usage"],
    "fields": {"buyer": "Client", "product": "Subject", "quantity": None, "amount": "Amount", "tax_id": None,
               "email": None, "payment": None, "comment": "Notes"},
    "also_ok": {"amount": ["Paid Amount", "Balance"]},
    "notes": "Comma CSV, UTF-8 without BOM, no title or totals lines, one row per invoice (no line items). Amount is the invoice "
             "total incl. tax; Tax is a percentage (23% Irish VAT on Irish clients; US clients are billed in USD without VAT), Tax Amount the money. Clients are US and Irish "
             "(Currency USD/EUR); country in the labels is the client's. Records carry no e-mail or tax ID; the buyer must be read "
             "from the client name, subject, PO and notes. One client is a bare first name with an empty subject (thin).",
})
print(LID, len(rows))
