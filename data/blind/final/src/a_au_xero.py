"""a_au_xero_sales_invoices: Xero (AU) Sales > Invoices export CSV (invoice template columns, one row per line)."""
import random, csv, datetime as dt
from a_common import *

LID = "a_au_xero_sales_invoices"
rng = random.Random(4404)
C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("TNK-5000", "Poly rainwater tank 5,000 L round, slimline", 1290.00, "n", 6),
    C("TNK-22K", "Poly water tank 22,500 L, delivered and placed", 3950.00, "b", 4),
    C("PMP-DAB", "DAB E.Sybox pressure pump 1.1 kW", 1199.00, "n", 8),
    C("IRR-DRP", "Drip irrigation kit 100 m, commercial grade", 389.00, "n", 20),
    C("PIPE-50", "Poly pipe 50 mm x 100 m roll PN12.5", 465.00, "b", 30),
    C("VLV-GATE", "Brass gate valve 50 mm", 86.00, "n", 40),
    C("FLT-BB", "Big Blue 20in sediment filter housing", 219.00, "n", 10),
    C("BUB-ADA", "Drinking fountain, stainless, wheelchair accessible", 2480.00, "b", 6),
    C("SVC-PLM", "Licensed plumber, labour per hour", 125.00, "b", 40),
    C("SVC-DEL", "Crane truck delivery", 280.00, "b", 3),
    C("HOS-30", "Garden hose 30 m with fittings", 79.00, "h"),
    C("SPR-OSC", "Oscillating lawn sprinkler", 39.95, "h"),
    C("FLT-JUG", "Benchtop water filter jug", 49.00, "h"),
    C("TNK-200", "Slimline garden water tank 200 L", 349.00, "h"),
]
cat = {c["code"]: c for c in CAT}
G, Bz, Cz = "B2G", "B2B", "B2C"
def org(name, kind, label, email, addr, w=1.0, ref=False, **kw):
    return B(name, label, kind, "AU", False, "org", w, email=email, addr=addr, ref=ref, **kw)
buyers = [
    org("City of Sydney", "au_council", G, "accountspayable@cityofsydney.nsw.gov.au", ("GPO Box 1591", "Sydney", "NSW", "2001"), 1.5, True),
    org("Brisbane City Council", "au_council", G, "accounts.payable@brisbane.qld.gov.au", ("GPO Box 1434", "Brisbane", "QLD", "4001"), 1.5, True),
    org("Wagga Wagga City Council", "au_council", G, "council@wagga.nsw.gov.au", ("PO Box 20", "Wagga Wagga", "NSW", "2650"), 1, True),
    org("Shire of Broome", "au_shire", G, "shire@broome.wa.gov.au", ("PO Box 44", "Broome", "WA", "6725"), 1.5, True),
    org("Shire of Esperance", "au_shire", G, "shire@esperance.wa.gov.au", ("PO Box 507", "Esperance", "WA", "6450"), 1),
    org("Moira Shire Council", "au_shire", G, "info@moira.vic.gov.au", ("PO Box 578", "Cobram", "VIC", "3644"), 1),
    org("Tamworth Regional Council", "au_council", G, "trc@tamworth.nsw.gov.au", ("PO Box 555", "Tamworth", "NSW", "2340"), 1, True),
    org("NSW Department of Education - Assets Unit", "state_department", G, "ap.invoices@det.nsw.edu.au", ("Locked Bag 53", "Darlinghurst", "NSW", "1300"), 1, True),
    org("Parramatta Public School", "public_school", G, "parramatta-p.school@det.nsw.edu.au", ("Macquarie St", "Parramatta", "NSW", "2150"), 1),
    org("Broome Senior High School", "public_school", G, "broome.shs@education.wa.edu.au", ("Frederick St", "Broome", "WA", "6725"), 1),
    org("Queensland Health - Metro North Hospital and Health Service", "public_health_service", G, "mnhhs-accountspayable@health.qld.gov.au", ("Locked Bag 3001", "Herston", "QLD", "4029"), 1, True),
    org("WA Country Health Service", "public_health_service", G, "wachs.ap@health.wa.gov.au", ("PO Box 6680", "East Perth", "WA", "6892"), 1, True),
    org("Department of Defence - RAAF Base Amberley", "armed_forces", G, "amberley.estate@defence.gov.au", ("Amberley", "Ipswich", "QLD", "4306"), 1, True),
    org("Water Corporation", "state_water_utility", G, "accounts.payable@watercorporation.com.au", ("PO Box 100", "Leederville", "WA", "6902"), 1, True),
    org("TAFE NSW", "public_college", G, "accountspayable@tafensw.edu.au", ("GPO Box 7040", "Sydney", "NSW", "2001"), 1, True),
    org("The University of Queensland", "public_university", G, "accounts@uq.edu.au", ("St Lucia", "Brisbane", "QLD", "4072"), 1, True),
    org("Hutchinson Builders Pty Ltd", "company_with_legal_form", Bz, "accounts@hutchinsonbuilders.com.au", ("PO Box 327", "Brisbane", "QLD", "4001"), 1.5, True),
    org("Green Valley Landscapes Pty Ltd", "company_with_legal_form", Bz, "admin@greenvalleylandscapes.com.au", ("14 Foundry Rd", "Seven Hills", "NSW", "2147"), 1.5),
    org("Costa Group Holdings Ltd", "company_with_legal_form", Bz, "ap@costagroup.com.au", ("275 Robinsons Rd", "Ravenhall", "VIC", "3023"), 1, True),
    org("Norco Co-operative Ltd", "cooperative", Bz, "accounts@norco.com.au", ("PO Box 1030", "Lismore", "NSW", "2480"), 1),
    org("CBH Group", "cooperative", Bz, "accountspayable@cbh.com.au", ("GPO Box L886", "Perth", "WA", "6842"), 1, True),
    org("Bunnings Trade", "company_no_legal_form", Bz, "tradeaccounts@bunnings.com.au", ("Locked Bag 1", "Hawthorn", "VIC", "3122"), 1),
    org("Dave's Plumbing & Gas", "sole_trader_trade_name", Bz, "davesplumbinggas@bigpond.com", ("7 Hakea Cres", "Bomaderry", "NSW", "2541"), 1),
    org("Cable Beach Caravan Park", "company_no_legal_form", Bz, "stay@cablebeachcaravanpark.com.au", ("Millington Rd", "Broome", "WA", "6725"), 1),
    org("Surf Life Saving NSW", "non_profit", Bz, "finance@surflifesaving.com.au", ("PO Box 307", "Belrose", "NSW", "2085"), 1),
    org("Australian Red Cross Society", "national_red_cross", Bz, "accountspayable@redcross.org.au", ("GPO Box 2957", "Melbourne", "VIC", "3001"), 1),
    org("Uniting Church in Australia - Synod of Queensland", "church", Bz, "accounts@ucaqld.com.au", ("GPO Box 674", "Brisbane", "QLD", "4001"), 1),
    org("St Joseph's College Hunters Hill", "private_school", Bz, "accounts@joeys.org", ("Mark St", "Hunters Hill", "NSW", "2110"), 1),
    org("Ramsay Health Care Australia Pty Ltd", "private_hospital", Bz, "accountspayable@ramsayhealth.com.au", ("Level 18, 126 Phillip St", "Sydney", "NSW", "2000"), 1, True),
]
def person(name, email, addr):
    return B(name, Cz, "private_person", "AU", False, "person", 1.0, email=email, addr=addr)
buyers += [
    person("Chloe Anderson", "chloe.anderson@bigpond.com", ("22 Banksia St", "Dubbo", "NSW", "2830")),
    person("Liam O'Sullivan", "liamos@gmail.com", ("5 Coral Ct", "Broome", "WA", "6725")),
    person("Priya Sharma", "priya.sharma@outlook.com", ("41 Wattle Ave", "Toowoomba", "QLD", "4350")),
    person("Mick Harrison", "", ("Lot 12 Kennedy Rd", "Moama", "NSW", "2731")),
    person("Sarah Nguyen", "sarahnguyen88@hotmail.com", ("9/14 Beach Rd", "Cronulla", "NSW", "2230")),
    person("Jack & Emma Wilson", "wilsonfamily@iinet.net.au", ("160 Tanks Rd", "Esperance", "WA", "6450")),
]
def L(code, q): return (cat[code], q)
S = [
    (B("Green Valley Landscapes Pty Ltd", Bz, "company_household_goods_only", "AU", True, "org", email="admin@greenvalleylandscapes.com.au", addr=("14 Foundry Rd", "Seven Hills", "NSW", "2147")), [L("HOS-30", 1), L("SPR-OSC", 1)]),
    (B("Parramatta Public School", G, "public_school_household_item", "AU", True, "org", email="parramatta-p.school@det.nsw.edu.au", addr=("Macquarie St", "Parramatta", "NSW", "2150")), [L("FLT-JUG", 1)]),
    (B("Liam O'Sullivan", Cz, "private_person_bulk_quantity", "AU", True, "person", email="liamos@gmail.com", addr=("5 Coral Ct", "Broome", "WA", "6725")), [L("TNK-200", 30)]),
    (B("Ben Carter", Bz, "person_states_resale", "AU", True, "person", email="bencarter.farm@gmail.com", addr=("RMB 4410", "Mudgee", "NSW", "2850"), refx="for resale at Mudgee field days stall"), [L("PMP-DAB", 4), L("FLT-BB", 6)]),
    (B("Tom Fraser", Cz, "person_with_gov_email", "AU", True, "person", email="tom.fraser@defence.gov.au", addr=("18 Lowan St", "Ipswich", "QLD", "4305"), refx="home garden"), [L("HOS-30", 1), L("SPR-OSC", 2)]),
    (B("UNHCR Regional Representation Canberra", Bz, "international_org", "AU", True, "org", email="auscaadm@unhcr.org", addr=("Level 5, 15 Moore St", "Canberra", "ACT", "2601")), [L("FLT-BB", 10), L("IRR-DRP", 4)]),
    (B("Kate Morrison", Bz, "person_pays_company_invoice", "AU", True, "person", email="kate.morrison@gmail.com", addr=("3 Jarrah Way", "Margaret River", "WA", "6285"), refx="paid for Morrison Vineyards Pty Ltd"), [L("IRR-DRP", 10), L("PIPE-50", 4)]),
    (B("Snowy Hydro Limited", Bz, "state_owned_company_procurement", "AU", True, "org", email="accounts.payable@snowyhydro.com.au", addr=("PO Box 332", "Cooma", "NSW", "2630"), refx="RFT SH-2025-0142"), [L("TNK-22K", 2), L("PMP-DAB", 2), L("SVC-PLM", 16)]),
    (B("Cash Sale", Cz, "anonymous_retail", "AU", False, "anon", email="", addr=("", "", "", "")), [L("HOS-30", 1)]),
    (B("Cash Sale", Cz, "anonymous_retail", "AU", False, "anon", email="", addr=("", "", "", "")), [L("FLT-JUG", 2)]),
    (B("Cash Sale", Cz, "anonymous_retail", "AU", False, "anon", email="", addr=("", "", "", "")), [L("SPR-OSC", 1), L("VLV-GATE", 1)]),
]
S += [(b, l) for b, l in S if b["amb"] and (len(l) > 1 or b["kind"] in ("international_org", "company_household_goods_only"))]  # repeat orders
orders = gen_orders(rng, buyers, CAT, S, 200, maxlines=4)
hdr = ["*ContactName", "EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3", "POAddressLine4", "POCity", "PORegion",
       "POPostalCode", "POCountry", "*InvoiceNumber", "Reference", "*InvoiceDate", "*DueDate", "Total", "InventoryItemCode",
       "*Description", "*Quantity", "*UnitAmount", "Discount", "*AccountCode", "*TaxType", "TaxAmount", "TrackingName1",
       "TrackingOption1", "TrackingName2", "TrackingOption2", "Currency", "BrandingTheme"]
metas = []; rows = []
d0 = dt.date(2025, 3, 3); inv = 3105
for i, o in enumerate(orders):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 1.9))
    due = date + dt.timedelta(days=0 if b["ptype"] in ("person", "anon") else 30)
    ref = b.get("refx", "")
    if not ref and b.get("ref") and rng.random() < 0.8:
        ref = "PO " + str(rng.randint(4500100000, 4500999999))
    a = b.get("addr") or ("", "", "", "")
    tot = round(sum(c["price"] * q for c, q in o["lines"]) * 1.1, 2)
    region = "Kimberley" if a[2] == "WA" else ("Metro" if a[1] in ("Sydney", "Brisbane", "Parramatta", "Seven Hills") else "Regional")
    for c, q in o["lines"]:
        rows.append([b["name"], b.get("email", ""), a[0], "", "", "", a[1], a[2], a[3], "Australia" if a[1] else "",
                     "INV-%04d" % inv, ref, date.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), "%.2f" % tot, c["code"], c["name"], q,
                     "%.2f" % c["price"], "", "200" if c["code"].startswith("SVC") is False else "210", "GST on Income",
                     "%.2f" % (c["price"] * q * 0.1), "Region", region, "", "", "AUD", "Standard"])
        metas.append(meta(b))
    inv += 1
with open(f"{LAY}/{LID}.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f); w.writerow(hdr); w.writerows(rows)
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "Xero (Australia) - Business > Invoices > Export (sales invoices CSV in Xero's invoice import/export template)",
    "country": "AU", "language": "en",
    "docs": ["Xero sales invoice CSV template columns (*ContactName, EmailAddress, POAddressLine1-4, POCity, PORegion, POPostalCode, POCountry, *InvoiceNumber, Reference, *InvoiceDate, *DueDate, InventoryItemCode, *Description, *Quantity, *UnitAmount, Discount, *AccountCode, *TaxType, TaxAmount, TrackingName1/Option1, TrackingName2/Option2, Currency, BrandingTheme) as listed in Xero's 'Import a sales invoice' help and public Xero CSV exporter code; 'Total' column as present in Xero's export of existing invoices",
             "AU conventions: dd/mm/yyyy dates, AUD, tax type 'GST on Income', account codes 200/210; Xero writes one row per invoice line, repeating contact and invoice fields"],
    "fields": {"buyer": "*ContactName", "product": "*Description", "quantity": "*Quantity", "amount": "Total", "tax_id": None,
               "email": "EmailAddress", "payment": None, "comment": "Reference"},
    "also_ok": {"amount": ["*UnitAmount"]},
    "notes": "No line-amount column: Total is the invoice total (repeated on each line), *UnitAmount the unit price. One invoice = one *InvoiceNumber. 'Cash Sale' is the shop's counter-sale contact (anonymous retail). Reference holds either a customer PO number or a short free-text note, so it is keyed as comment. No ABN column in this export. UTF-8 with BOM."})
print(LID, len(metas))
