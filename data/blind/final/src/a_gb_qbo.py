"""a_gb_qbo_sales_by_customer_detail: QuickBooks Online UK report 'Sales by Customer Detail', exported to CSV."""
import random, csv, datetime as dt
from a_common import *

LID = "a_gb_qbo_sales_by_customer_detail"
rng = random.Random(4606)
C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("Combi Ovens:Rational iCombi Pro 6-1/1", "Rational iCombi Pro 6-1/1 electric combi oven", 11450.00, "b", 2),
    C("Water Boilers:Burco 20L", "Burco 20L autofill wall-mounted water boiler", 389.00, "n", 6),
    C("Microwaves:Buffalo 1100W", "Buffalo 1100W commercial microwave", 189.00, "n", 6),
    C("Warewashing:Hobart AM-15", "Hobart AM-15 hood-type dishwasher", 7290.00, "b", 2),
    C("Disposables:Blue roll", "Blue roll centrefeed 2-ply, case of 6", 17.95, "n", 60),
    C("Disposables:Nitrile gloves", "Nitrile gloves blue, box of 100", 5.49, "n", 200),
    C("Furniture:Prep table 1500", "Stainless steel prep table 1500 x 700 mm", 329.00, "b", 6),
    C("Chemicals:Jangro sanitiser", "Jangro food-safe sanitiser 5L", 14.80, "n", 40),
    C("Service:Annual PPM", "Annual planned maintenance - catering equipment (per site)", 640.00, "b", 4),
    C("Gastronorm:GN 1/1 65", "Vogue gastronorm pan 1/1 65 mm stainless", 11.90, "b", 60),
    C("Small appliances:Kettle", "Kenwood 1.7L kettle", 34.99, "h"),
    C("Small appliances:Toaster", "Dualit 4-slice classic toaster", 189.00, "h"),
    C("Small appliances:Nespresso", "Nespresso Vertuo Next coffee machine", 99.00, "h"),
    C("Cookware:Frying pan 24cm", "Vogue non-stick frying pan 24 cm", 18.50, "h"),
]
cat = {c["name"]: c for c in CAT}
G, Bz, Cz = "B2G", "B2B", "B2C"
def org(name, kind, label, w=1.0, cc="GB", **kw):
    return B(name, label, kind, cc, False, "org", w, **kw)
buyers = [
    org("Kent County Council", "uk_county_council", G, 2), org("Hampshire County Council", "uk_county_council", G, 1.5),
    org("Birmingham City Council", "uk_city_council", G, 1.5), org("Manchester City Council", "uk_city_council", G, 1.5),
    org("Leeds City Council - Catering Leeds", "uk_city_council", G, 1), org("London Borough of Camden", "uk_borough_council", G, 1),
    org("Cardiff Council", "uk_city_council", G, 1), org("Transport for London", "uk_transport_authority", G, 1),
    org("Guy's and St Thomas' NHS Foundation Trust", "nhs_foundation_trust", G, 1.5), org("Leeds Teaching Hospitals NHS Trust", "nhs_trust", G, 1),
    org("Health Service Executive (HSE)", "ie_health_service", G, 1, cc="IE"), org("Dublin City Council", "ie_city_council", G, 1, cc="IE"),
    org("Metropolitan Police Service", "police", G, 1), org("West Yorkshire Police", "police", G, 1), org("Police Scotland", "police", G, 0.8),
    org("Ministry of Defence - RAF Brize Norton", "armed_forces", G, 1), org("HM Prison and Probation Service - HMP Wandsworth", "prison_service", G, 1),
    org("The University of Manchester", "public_university", G, 1), org("Harris Federation", "academy_trust", G, 1.5),
    org("Ark Schools", "academy_trust", G, 1), org("Oakfield Primary School", "public_school", G, 1),
    org("Embassy of the United States of America, London", "embassy", G, 0.7), org("High Commission of Canada in the United Kingdom", "embassy", G, 0.7),
    org("Compass Group UK & Ireland Ltd", "company_with_legal_form", Bz, 2), org("Greggs plc", "company_with_legal_form", Bz, 1),
    org("J D Wetherspoon plc", "company_with_legal_form", Bz, 1), org("Pret A Manger", "company_no_legal_form", Bz, 1),
    org("Dishoom", "company_no_legal_form", Bz, 1), org("The Crown Inn", "company_no_legal_form", Bz, 1),
    org("Dave Thompson Catering", "sole_trader_trade_name", Bz, 1), org("Harrow Accountancy Ltd", "company_with_legal_form", Bz, 1),
    org("The Real Junk Food Project CIC", "community_interest_company", Bz, 1), org("British Heart Foundation", "charity", Bz, 1),
    org("The Salvation Army", "church", Bz, 1), org("The Trussell Trust", "charity", Bz, 1), org("British Red Cross", "national_red_cross", Bz, 0.8),
    org("Eton College", "private_school", Bz, 1), org("Cromwell Hospital (Bupa)", "private_hospital", Bz, 1),
    org("Nationwide Building Society", "mutual_society", Bz, 0.8), org("Network Rail Infrastructure Ltd", "state_owned_company", Bz, 0.8),
]
def person(name, w=1.0): return B(name, Cz, "private_person", "GB", False, "person", w)
buyers += [person("Sarah Whitaker"), person("James O'Neill"), person("Priya Patel"), person("Tom Hughes"), person("Mrs E. Robertson"), person("Gareth Llewellyn")]
buyers.append(B("Cash Sales", Cz, "anonymous_retail", "GB", False, "anon", 2.0))
def L(name, q): return (cat[name], q)
S = [
    (B("Harrow Accountancy Ltd", Bz, "company_household_goods_only", "GB", True, "org"), [L("Dualit 4-slice classic toaster", 1), L("Kenwood 1.7L kettle", 1)]),
    (B("Oakfield Primary School", G, "public_school_household_item", "GB", True, "org"), [L("Kenwood 1.7L kettle", 1)]),
    (B("Tom Hughes", Cz, "private_person_bulk_quantity", "GB", True, "person"), [L("Kenwood 1.7L kettle", 40)]),
    (B("Kelly Morgan", Bz, "person_states_resale", "GB", True, "person", memo="for resale at my market stall"), [L("Vogue non-stick frying pan 24 cm", 24), L("Kenwood 1.7L kettle", 12)]),
    (B("Dr Samira Khan", Cz, "person_with_public_sector_email", "GB", True, "person", memo="personal order, deliver to home address - s.khan@nhs.net"), [L("Nespresso Vertuo Next coffee machine", 1)]),
    (B("International Maritime Organization", Bz, "international_org", "GB", True, "org"), [L("Burco 20L autofill wall-mounted water boiler", 3), L("Buffalo 1100W commercial microwave", 4)]),
    (B("European Bank for Reconstruction and Development", Bz, "international_org", "GB", True, "org"), [L("Hobart AM-15 hood-type dishwasher", 1), L("Annual planned maintenance - catering equipment (per site)", 1)]),
    (B("Network Rail Infrastructure Ltd", Bz, "state_owned_company_procurement", "GB", True, "org", memo="Tender ref NR/CP7/FM/0231 - call-off 14"), [L("Stainless steel prep table 1500 x 700 mm", 4), L("Burco 20L autofill wall-mounted water boiler", 4)]),
    (B("Jay Patel", Bz, "person_pays_company_invoice", "GB", True, "person", memo="paid by J. Patel on behalf of Patel's Kitchen Ltd"), [L("Buffalo 1100W commercial microwave", 2), L("Vogue gastronorm pan 1/1 65 mm stainless", 12)]),
    (B("", Bz, "product_only_business_goods", "GB", True, "none"), [L("Rational iCombi Pro 6-1/1 electric combi oven", 1)]),
]
S += [(b, l) for b, l in S if b["amb"] and (len(l) > 1 or b["kind"] in ("international_org", "company_household_goods_only"))]  # repeat orders
orders = gen_orders(rng, buyers, CAT, S, 195, maxlines=4)
def m(x): return "{:,.2f}".format(x)
rows = []; metas = []; total = 0.0; bal = {}
d0 = dt.date(2025, 4, 2); invno = 1841; srno = 702
for i, o in enumerate(sorted(orders, key=lambda o: rng.random())):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 3.1))
    if b["ptype"] == "anon" or (b["ptype"] == "person" and b["kind"] != "person_pays_company_invoice"):
        tt, no = "Sales Receipt", str(srno); srno += 1
    else:
        tt, no = "Invoice", str(invno); invno += 1
    for c, q in o["lines"]:
        amt = c["price"] * q
        total += amt
        if tt == "Invoice":
            bal[b["name"]] = bal.get(b["name"], 0) + amt
        memo = c["name"] + ((" - " + b["memo"]) if b.get("memo") else "")
        rows.append([date.strftime("%d/%m/%Y"), tt, no, b["name"], c["code"], memo, str(q), m(c["price"]), m(amt),
                     m(bal.get(b["name"], 0)) if tt == "Invoice" else m(0)])
        metas.append(meta(b))
hdr = ["Date", "Transaction type", "No.", "Customer", "Product/Service", "Memo/Description", "Qty", "Sales price", "Amount", "Balance"]
with open(f"{LAY}/{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Harbour Catering Supplies Ltd"]); w.writerow(["Sales by Customer Detail"]); w.writerow(["April 2025 - March 2026"]); w.writerow([])
    w.writerow(hdr); w.writerows(rows)
    w.writerow([]); w.writerow(["TOTAL", "", "", "", "", "", "", "", m(total), ""]); w.writerow([]); w.writerow([]);
    w.writerow(["Accrual basis Monday, 6 April 2026 09:14 AM GMTZ"])
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "QuickBooks Online (UK) - Reports > Sales by Customer Detail, exported to CSV (Group by: none, Customer column added)",
    "country": "GB", "language": "en",
    "docs": ["QuickBooks Online report export layout: company-name / report-title / period title lines, a blank line, column headers (Date, Transaction type, No., Product/Service, Memo/Description, Qty, Sales price, Amount, Balance), a TOTAL line and an 'Accrual basis <timestamp>' footer; Customer report columns per QuickBooks' Sales by Customer Detail / CustomerSales report documentation",
             "UK conventions: dd/mm/yyyy, GBP amounts with thousands separators, QBO Product/Service names with 'Category:Item' prefixes. The default report groups rows under customer header lines; this export has grouping switched off and the Customer column shown, the closest flat form of the documented report."],
    "fields": {"buyer": "Customer", "product": "Memo/Description", "quantity": "Qty", "amount": "Amount", "tax_id": None,
               "email": None, "payment": None, "comment": None},
    "also_ok": {"product": ["Product/Service"], "comment": ["Memo/Description"]},
    "notes": "File lines 1-4 are title lines (company, report name, period, blank) and line 5 is the header; record 0 is file line 6. After the records: a blank line, a 'TOTAL' line, two blank lines and the 'Accrual basis ...' footer - none of these are records (read with skiprows=4 and drop rows whose Date is empty or not a date). One order = one Transaction type + No. 'Cash Sales' is the till customer (anonymous retail). Free text a user typed on a line is appended to Memo/Description after ' - '. Two buyers are Irish (HSE, Dublin City Council)."})
print(LID, len(metas))
