"""FreshBooks (US): invoice line-item export (Invoice Details), one row per invoice line."""
import csv, random, datetime as dt
from k_common import B, LAYOUTS, write_labels, write_key

LID = "k_us_freshbooks_invoice_details"
rnd = random.Random(424242)

HEADER = ["Client Name", "Invoice #", "Date Issued", "Invoice Status", "Date Paid", "Item Name", "Item Description",
          "Rate", "Quantity", "Discount Percentage", "Line Subtotal", "Tax 1 Type", "Tax 1 Amount", "Tax 2 Type",
          "Tax 2 Amount", "Line Total", "Currency"]

BIZ = [("Business Cards", "500 cards, 16pt matte, double-sided", 49.00, (1, 6)),
       ("Vinyl Banner", "3 x 6 ft, 13oz vinyl, grommets", 95.00, (1, 8)),
       ("Yard Signs", "18 x 24 coroplast, H-stakes, pack of 10", 120.00, (1, 10)),
       ("Tri-fold Brochures", "1,000 brochures, 100lb gloss text", 289.00, (1, 4)),
       ("Logo Design", "Logo concept + 2 revisions", 650.00, (1, 1)),
       ("Graphic Design", "Design time (hourly)", 85.00, (1, 20)),
       ("Vehicle Door Magnets", "12 x 24, pair", 110.00, (1, 6)),
       ("Large Format Poster", "24 x 36, satin photo paper", 42.00, (2, 30)),
       ("Website Maintenance", "Monthly maintenance plan", 150.00, (1, 1)),
       ("Letterhead", "500 sheets, 24lb linen", 135.00, (1, 3)),
       ("Retractable Banner Stand", "33 x 81 in, printed graphic + case", 229.00, (1, 4))]
HOME = [("Wedding Invitations", "100 invitations with envelopes", 215.00, (1, 1)),
        ("Canvas Photo Print", "16 x 20 gallery wrap", 79.00, (1, 2)),
        ("Holiday Cards", "50 flat cards, family photo", 65.00, (1, 1)),
        ("Custom T-Shirts", "Gildan 5000, 1-color front print", 14.50, (1, 6)),
        ("Birthday Party Banner", "2 x 6 ft vinyl", 48.00, (1, 1))]

buyers = [
    B("Whole Foods Market", "B2B", "company", "US"), B("H-E-B Grocery Company, LP", "B2B", "company", "US"),
    B("Austin Coffee Roasters LLC", "B2B", "company", "US"), B("KELLER WILLIAMS REALTY - AUSTIN SOUTHWEST", "B2B", "company", "US"),
    B("Baker Botts L.L.P.", "B2B", "law_firm", "US"), B("Law Office of Maria Gonzalez, PLLC", "B2B", "sole_practitioner", "US"),
    B("John Miller, CPA", "B2B", "sole_practitioner", "US"), B("Rebecca Hale, DDS", "B2B", "sole_practitioner", "US"),
    B("Torchy's Tacos", "B2B", "company", "US"), B("Austin Pets Alive!", "B2B", "non_profit", "US"),
    B("Habitat for Humanity Austin", "B2B", "non_profit", "US"), B("St. Mary Cathedral", "B2B", "religious_org", "US"),
    B("Mueller Property Owners Association", "B2B", "hoa", "US"), B("St. Edward's University", "B2B", "private_university", "US"),
    B("Thomas White Bookkeeping", "B2B", "sole_trader", "US"), B("Lone Star Roofing & Remodeling Inc", "B2B", "company", "US"),
    # B2G
    B("City of Austin", "B2G", "city", "US"), B("City of Round Rock", "B2G", "city", "US"), B("Travis County", "B2G", "county", "US"),
    B("Williamson County", "B2G", "county", "US"), B("Hays County Clerk's Office", "B2G", "county", "US"),
    B("The University of Texas at Austin", "B2G", "public_university", "US"), B("Texas State University", "B2G", "public_university", "US"),
    B("Austin Independent School District", "B2G", "school_district", "US"), B("Texas Department of Transportation", "B2G", "state_agency", "US"),
    B("Capital Metropolitan Transportation Authority", "B2G", "transit_authority", "US"), B("Austin Community College District", "B2G", "public_college", "US"),
    # B2C
    B("Emily Johnson", "B2C", "private_person", "US", pool="home"), B("Michael Brown", "B2C", "private_person", "US", pool="home"),
    B("GARCIA, ANA", "B2C", "private_person", "US", pool="home"), B("Chris Davis ", "B2C", "private_person", "US", pool="home"),
    B("Ashley Martinez", "B2C", "private_person", "US", pool="home"), B("Nguyen, Kevin", "B2C", "private_person", "US", pool="home"),
    B("Jessica & Ryan Thompson", "B2C", "private_person", "US", pool="home"), B("Sarah Wilson", "B2C", "private_person", "US", pool="home"),
    # ambiguous
    B("Pan American Health Organization", "B2B", "international_org", "US", amb=True),
    B("Oracle Corporation", "B2B", "company_household_item", "US", amb=True, pool="wedding"),
    B("Law Office of Maria Gonzalez, PLLC", "B2B", "sole_practitioner_personal_item", "US", amb=True, pool="canvas"),
    B("Round Rock ISD", "B2G", "school_district_household_item", "US", amb=True, pool="party"),
    B("Jessica Taylor", "B2C", "private_person_bulk", "US", amb=True, pool="bulk"),
    B("Derek Lewis (resale - market booth)", "B2B", "person_states_resale", "US", amb=True, pool="tshirts"),
    B("", "B2B", "thin_product_only", "US", amb=True, pool="biz1"),
    B("", "B2C", "thin_product_only", "US", amb=True, pool="home1"),
]
weights = [(1.4 if b["amb"] else {"B2C": 2.0, "B2B": 1.2, "B2G": 0.8}[b["label"]]) for b in buyers]

rows, labels = [], []
d = dt.date(2025, 2, 3)
inv = 1287
while len(rows) < 200:
    b = rnd.choices(buyers, weights)[0]
    p = b["pool"]
    if p == "biz":
        items = rnd.sample(BIZ, rnd.randint(1, 3))
    elif p == "home":
        items = rnd.sample(HOME, 1)
    elif p == "wedding":
        items = [HOME[0]]
    elif p == "canvas":
        items = [HOME[1]]
    elif p == "party":
        items = [HOME[4]]
    elif p == "bulk":
        items = [("Yard Signs", "18 x 24 coroplast, H-stakes, pack of 10", 120.00, (30, 30))]
    elif p == "tshirts":
        items = [("Custom T-Shirts", "Gildan 5000, 1-color front print", 14.50, (48, 48))]
    elif p == "biz1":
        items = [rnd.choice(BIZ[:3])]
    else:
        items = [rnd.choice(HOME[:3])]
    d += dt.timedelta(days=rnd.randint(0, 3))
    inv += 1
    num = f"{inv:07d}"
    status = rnd.choice(["paid", "paid", "sent", "viewed", "partial"])
    paid = (d + dt.timedelta(days=rnd.randint(1, 25))).isoformat() if status == "paid" else ""
    exempt = b["label"] == "B2G" or b["kind"] in ("non_profit", "religious_org", "international_org")
    for (name, descr, rate, (qa, qb)) in items:
        q = rnd.randint(qa, qb)
        if b["label"] == "B2C" and p == "home":
            q = min(q, 2)
        disc = 10.0 if (b["label"] == "B2G" and rnd.random() < 0.3) else 0.0
        sub = round(rate * q * (1 - disc / 100), 2)
        tax = 0.0 if exempt else round(sub * 0.0825, 2)
        rows.append([b["name"], num, d.isoformat(), status, paid, name, descr, f"{rate:.2f}", f"{q:.8f}",
                     f"{disc:.4f}", f"{sub:.2f}", "" if exempt else "Sales Tax", f"{tax:.2f}", "", "0.00",
                     f"{sub + tax:.2f}", "USD"])
        labels.append((b["label"], b["amb"], b["kind"], b["country"]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(HEADER); w.writerows(rows)
write_labels(LID, labels)
write_key(LID, {
    "id": LID,
    "system": "FreshBooks (US) - invoice details / line-item CSV export (one row per invoice line)",
    "country": "US", "language": "en",
    "docs": ["invoiceninja/invoiceninja tests/Feature/Import/freshbooks_invoices.csv and app/Import/Transformer/Freshbooks/InvoiceTransformer.php "
             "(importer of FreshBooks' export): header text and order (Client Name, Invoice #, Date Issued, Invoice Status, Date Paid, Item Name, "
             "Item Description, Rate, Quantity, Discount Percentage, Line Subtotal, Tax 1/2 Type and Amount, Line Total, Currency), ISO dates, "
             "invoice numbers zero-padded to 7 digits, quantities with 8 decimals, discount with 4 decimals, one row per line item"],
    "fields": {"buyer": "Client Name", "product": "Item Name", "quantity": "Quantity", "amount": "Line Total",
               "tax_id": None, "email": None, "payment": None, "comment": None},
    "also_ok": {"amount": ["Line Subtotal"], "product": ["Item Description"]},
    "notes": "Comma CSV, UTF-8 without BOM, no title or totals lines; one row per invoice line, invoice fields repeated on each line. "
             "Tax 1 Type 'Sales Tax' 8.25% (Texas seller), blank for tax-exempt public bodies and non-profits (tax exemption is not evidence "
             "by itself). Two invoices have an empty Client Name (thin). Persons as 'First Last', 'LAST, FIRST', with trailing spaces. "
             "The seller is a print & design shop in Austin, TX.",
})
print(LID, len(rows))
