"""us_qbo_sales_by_customer_detail: QuickBooks Online 'Sales by Customer Detail' report exported to Excel,
with Customer, Payment Method and Billing Address columns added via Customize > Change columns. Seeded."""
import os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *
import openpyxl

LID = "us_qbo_sales_by_customer_detail"
R = random.Random(5550)
CAT = {
 "biz": [("Hardware:Dell OptiPlex 7010 SFF", "Dell OptiPlex 7010 SFF i5 16GB 512GB SSD", 899.00),
         ("Hardware:Dell 24 Monitor P2423D", "Dell 24 inch monitor P2423D", 229.00),
         ("Hardware:HP LaserJet Pro 4001n", "HP LaserJet Pro 4001n printer", 279.00),
         ("Networking:Ubiquiti UniFi Switch 24 PoE", "UniFi USW-24-POE", 399.00),
         ("Networking:Cisco Meraki MR36 Access Point", "Meraki MR36 AP incl. 1yr license", 745.00),
         ("Software:Microsoft 365 Business Premium (annual)", "M365 Business Premium per user/yr", 264.00),
         ("Supplies:HP 58A Toner", "HP 58A black toner", 129.00),
         ("Supplies:Copy Paper 8.5x11 case", "Hammermill copy paper, 10 reams/case", 54.99),
         ("Hardware:APC Back-UPS Pro 1500VA", "APC BR1500MS2 UPS", 249.00)],
 "bizonly": [("Hardware:42U Server Rack Enclosure", "42U 4-post server rack, 1000mm depth", 1349.00),
             ("Hardware:Brother FAX-2840", "Brother FAX-2840 laser fax", 179.00),
             ("Networking:Fortinet FortiGate 60F", "FortiGate 60F firewall + 1yr UTP", 1095.00)],
 "house": [("Consumer:Samsung 65in Crystal UHD TV", "Samsung 65\" Crystal UHD TV", 529.00),
           ("Consumer:Keurig K-Classic Coffee Maker", "Keurig K-Classic single serve coffee maker", 119.00),
           ("Consumer:Hamilton Beach Electric Kettle", "Hamilton Beach 1.7L electric kettle", 29.99),
           ("Consumer:Ring Video Doorbell", "Ring Video Doorbell (2nd gen)", 99.99),
           ("Consumer:Apple iPhone 15 128GB", "iPhone 15 128GB unlocked", 799.00),
           ("Consumer:Dyson V8 Cordless Vacuum", "Dyson V8 cordless stick vacuum", 349.99),
           ("Consumer:LG 5,000 BTU Window Air Conditioner", "LG LW5016 window AC", 189.00)],
 "payout": [("Sales:Card Sales (Square)", "Square daily payout - card sales", 1843.20)],
 "service": [("Services:On-site Support (hourly)", "On-site technician, per hour", 125.00),
             ("Services:Managed IT Services - Monthly", "Managed services plan, monthly", 650.00)],
}
G, BB, C = "B2G", "B2B", "B2C"
BUY = [
 B("Fairfax County Government", "us_county", G, False, "US", 3, "biz+service", addr="12000 Government Center Pkwy, Fairfax, VA 22035", pm="Visa", inv=True),
 B("Loudoun County Public Schools", "school_district", G, False, "US", 2, "biz", addr="21000 Education Ct, Ashburn, VA 20148", inv=True),
 B("City of Alexandria", "us_city", G, False, "US", 2, "biz+service", addr="301 King St, Alexandria, VA 22314", inv=True),
 B("Town of Leesburg", "us_town", G, False, "US", 1, "biz", addr="25 W Market St, Leesburg, VA 20176", pm="Visa"),
 B("Cranberry Township", "us_township", G, False, "US", 1, "biz", addr="2525 Rochester Rd, Cranberry Township, PA 16066", inv=True),
 B("Arlington County Police Department", "police", G, False, "US", 1, "biz", addr="1425 N Courthouse Rd, Arlington, VA 22201", inv=True),
 B("George Mason University", "public_university", G, False, "US", 2, "biz+bizonly", addr="4400 University Dr, Fairfax, VA 22030", inv=True),
 B("University of Maryland, College Park", "public_university", G, False, "US", 1, "biz", addr="7809 Regents Dr, College Park, MD 20742", inv=True),
 B("Washington DC VA Medical Center", "veterans_medical_center", G, False, "US", 1, "biz", addr="50 Irving St NW, Washington, DC 20422", pm="Visa"),
 B("USDA APHIS", "federal_agency", G, False, "US", 1, "biz+service", addr="4700 River Rd, Riverdale, MD 20737", inv=True),
 B("3d U.S. Infantry Regiment (The Old Guard)", "armed_forces_unit", G, False, "US", 1, "biz", addr="Bldg 405, Joint Base Myer-Henderson Hall, VA 22211", pm="Visa"),
 B("HHC 1st Armored Division", "armed_forces_unit", G, False, "US", 1, "biz", addr="Unit 29351, APO AE 09096", inv=True),
 B("Pamunkey Indian Tribe", "tribal_government", G, False, "US", 1, "biz+service", addr="1054 Pocahontas Trl, King William, VA 23086", inv=True),
 B("Embassy of Japan", "embassy", G, False, "JP", 1, "biz", addr="2520 Massachusetts Ave NW, Washington, DC 20008", inv=True),
 B("Washington Metropolitan Area Transit Authority", "transit_authority", G, False, "US", 1, "bizonly+biz", addr="300 7th St SW, Washington, DC 20024", inv=True),
 B("Lake Braddock Secondary School", "public_school_household_item", G, True, "US", 1, "house", items=[("Consumer:Hamilton Beach Electric Kettle", 1)], addr="9200 Burke Lake Rd, Burke, VA 22015", pm="Visa"),
 # business
 B("Capitol Dental Group LLC", "company_with_legal_form", BB, False, "US", 3, "biz+service", addr="1200 19th St NW, Washington, DC 20036", inv=True),
 B("Potomac Title Co., Inc.", "company_with_legal_form", BB, False, "US", 2, "biz", addr="8280 Greensboro Dr, McLean, VA 22102", inv=True),
 B("Blue Ridge Brewing", "company_no_legal_form", BB, False, "US", 2, "biz+service", addr="17 Main St, Purcellville, VA 20132", pm="MasterCard"),
 B("Old Town Framing", "company_no_legal_form", BB, False, "US", 1, "biz", addr="1009 King St, Alexandria, VA 22314", pm="Check"),
 B("Thomas White Bookkeeping", "sole_trader_trade_name", BB, False, "US", 2, "biz", addr="44 Oak Ln, Herndon, VA 20170", inv=True),
 B("Grace Community Church", "church", BB, False, "US", 1, "biz", addr="5 Church St, Vienna, VA 22180", pm="Check"),
 B("Belmont Country Club Homeowners Association", "homeowners_association", BB, False, "US", 1, "biz", addr="19661 Belmont Manor Ln, Ashburn, VA 20147", inv=True),
 B("Georgetown University", "private_university", BB, False, "US", 1, "biz", addr="3700 O St NW, Washington, DC 20057", inv=True),
 B("American Red Cross - National Capital Region", "non_profit_red_cross", BB, False, "US", 1, "biz", addr="8550 Arlington Blvd, Fairfax, VA 22031", inv=True),
 B("World Bank Group", "international_org", BB, True, "US", 1, "biz", addr="1818 H St NW, Washington, DC 20433", inv=True),
 B("Habitat for Humanity of Northern Virginia", "non_profit_coop_contract", BB, True, "US", 1, "biz", addr="6295 Edsall Rd, Alexandria, VA 22312", inv=True, memo="Purchased under Sourcewell contract #121923"),
 B("National Railroad Passenger Corporation (Amtrak)", "state_owned_company_procurement", BB, True, "US", 1, "biz+bizonly", addr="1 Massachusetts Ave NW, Washington, DC 20001", inv=True, memo="Per RFP No. 2024-IT-0417"),
 B("Law Office of Jennifer Park", "lawyer_professional_purchase", BB, True, "US", 1, "bizonly", items=[("Hardware:Brother FAX-2840", 1)], addr="2111 Wilson Blvd, Arlington, VA 22201", inv=True),
 B("Reston Family Dentistry PLLC", "company_household_purchase", BB, True, "US", 1, "house", items=[("Consumer:LG 5,000 BTU Window Air Conditioner", 1)], addr="11180 Sunrise Valley Dr, Reston, VA 20191", inv=True),
 B("Martinez Landscaping", "sole_trader_personal_purchase", BB, True, "US", 1, "house", items=[("Consumer:Samsung 65in Crystal UHD TV", 1)], pm="Visa"),
 B("Square Deposits", "acquiring_payout", C, True, "US", 2, "payout", pm="", lines=1, qty=1),
 # consumers
 B("Jessica Miller", "private_person", C, False, "US", 1, "house", addr="412 Maple Ave, Vienna, VA 22180", pm="Visa"),
 B("David Thompson", "private_person", C, False, "US", 1, "house+service", addr="88 Elm St, Falls Church, VA 22046", pm="American Express"),
 B("Maria Gonzalez", "private_person", C, False, "US", 1, "house", pm="Cash"),
 B("Brian O'Connor", "private_person_sparse", C, False, "US", 1, "biz", lines=1, qty=1),
 B("Not Specified", "anonymous_retail", C, False, "US", 2, "house+biz", pm="Cash", lines=1, qty=1),
 B("Kevin Nguyen", "person_states_resale", BB, True, "US", 1, "house", items=[("Consumer:Ring Video Doorbell", 12)], pm="Visa", memo="for resale - eBay store"),
 B("Tyler Brooks", "private_person_bulk_phones", C, True, "US", 1, "house", items=[("Consumer:Apple iPhone 15 128GB", 40)], addr="2300 Wilson Blvd Apt 512, Arlington, VA 22201", pm="Visa"),
 B("SGT Michael Brooks", "person_with_apo_address", C, True, "US", 1, "house", items=[("Consumer:Keurig K-Classic Coffee Maker", 1)], addr="Unit 2050 Box 4190, APO AP 96278", pm="Visa"),
 B("Robert Kim", "person_pays_company_invoice", BB, True, "US", 1, "biz", addr="10 Park Pl, Manassas, VA 20110", inv=True, memo="Paid personally for Kim Auto Body LLC"),
 B("Angela Brown", "person_states_business_use", BB, True, "US", 1, "biz", items=[("Hardware:HP LaserJet Pro 4001n", 1)], pm="Visa", memo="for my home-based tax prep business"),
]

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 1, 2), 360, (2, 4), boost=2)
    byc = {}
    for o in orders:
        byc.setdefault(o["b"]["name"], []).append(o)
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sales by Customer Detail"
    ws.append(["Potomac Tech Solutions LLC"]); ws.append(["Sales by Customer Detail"]); ws.append(["January - December, 2024"]); ws.append([])
    ws.append(["", "Date", "Transaction Type", "Num", "Customer", "Product/Service", "Memo/Description", "Qty",
               "Sales Price", "Amount", "Balance", "Payment Method", "Billing Address"])
    labels = []; num = 1001; grand = 0.0; nrec = 0
    for name in sorted(byc, key=lambda s: s.lower()):
        ws.append([name]); bal = 0.0
        for o in byc[name]:
            b = o["b"]
            inv = b.get("inv")
            for ln in o["lines"]:
                item, desc, price = ln["p"]
                amt = round(price * ln["qty"], 2); bal = round(bal + amt, 2)
                memo = b.get("memo") or desc
                ws.append(["", o["date"].strftime("%m/%d/%Y"), "Invoice" if inv else "Sales Receipt", str(num), name,
                           item, memo, ln["qty"], price, amt, bal, "" if inv else b.get("pm", ""), b.get("addr", "")])
                labels.append((b["label"], b["amb"], b["kind"], b["country"])); nrec += 1
            num += 1
        ws.append([f"Total for {name}", "", "", "", "", "", "", "", "", bal, ""]); grand += bal
    ws.append(["TOTAL", "", "", "", "", "", "", "", "", round(grand, 2), ""])
    ws.append([]); ws.append([]); ws.append(["Accrual basis Monday, January 6, 2025 09:14 AM GMT-05:00"])
    for row in ws.iter_rows(min_row=6):
        for c in row[8:11]:
            if isinstance(c.value, float): c.number_format = "#,##0.00"
    wb.save(os.path.join(LAY, LID + ".xlsx"))
    meta = {
        "id": LID, "system": "QuickBooks Online - Reports > Sales by Customer Detail, Export to Excel", "country": "US", "language": "en",
        "docs": ["QuickBooks Online report 'Sales by Customer Detail' (Reports API CustomerSales/ItemSales family; report columns Date, Transaction Type, Num, Product/Service, Memo/Description, Qty, Sales Price, Amount, Balance); Customer, Payment Method and Billing Address are optional columns added with Customize > Rows/Columns > Change columns. The Excel export puts company name, report title and period in the first rows, groups transactions under a customer heading row, closes each group with a 'Total for <customer>' row, ends with TOTAL and a basis/timestamp footer. The report has no e-mail or tax-ID column.",
                 "Column set and order reconstructed from QuickBooks help and API descriptions; the optional-column selection is this writer's choice."],
        "fields": {"buyer": "Customer", "product": "Product/Service", "quantity": "Qty", "amount": "Amount",
                   "tax_id": None, "email": None, "payment": "Payment Method", "comment": None},
        "also_ok": {"product": ["Memo/Description"]},
        "notes": "Sheet lines 1-4 are title lines and a blank, line 5 is the header (first header cell empty). Records are only the transaction lines (first cell empty, Date filled). Not records: the customer heading rows (customer name alone in column A), 'Total for ...' rows, the final TOTAL row, the two blank lines and the 'Accrual basis ...' footer. Read with pandas header=4 and keep rows whose 'Date' is not null. 'Not Specified' is QuickBooks' group for sales receipts without a customer. 'Square Deposits' lines are card-acquirer payouts booked as sales without a buyer."
    }
    write_key(LID, meta, labels)
    print(LID, nrec, len(orders))

if __name__ == "__main__":
    main()
