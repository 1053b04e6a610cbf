"""us_amazon_order_report: Amazon Seller Central (amazon.com) flat-file order report, tab-delimited,
with the business-order columns is-business-order, purchase-order-number, price-designation. Seeded."""
import csv, os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *

LID = "us_amazon_order_report"
R = random.Random(9091)
CAT = {
 "biz": [("Nitrile Exam Gloves, Powder-Free, Large, Box of 100", "GLV-NIT-L", 9.49), ("Post-it Notes, 3x3 in, 24 Pads", "3M-654-24", 21.99),
         ("HP 67XL Black Ink Cartridge", "HP-67XL-BK", 32.89), ("Clorox Disinfecting Wipes, 75 Count (Pack of 3)", "CLX-75-3", 14.97),
         ("Hammermill Copy Paper 8.5x11, 20lb, 10 Reams", "HAM-10R", 56.99), ("Brother TZe-231 Label Tape, 2-Pack", "BR-TZE231-2", 24.95),
         ("Scott 1000 Toilet Paper, 36 Rolls", "SCT-1000-36", 38.49), ("Swiffer Sweeper Dry Refills, 64 ct", "SWF-64", 15.97)],
 "bizonly": [("Uline Industrial Shelving 72x24x72, 5 Shelf", "SHELF-72", 289.00), ("Pallet of Hammermill Copy Paper, 40 Cases", "HAM-PALLET", 2199.00)],
 "house": [("Keurig K-Express Single Serve Coffee Maker", "KEU-KEXP", 79.99), ("Hamilton Beach 2-Slice Toaster", "HB-22633", 24.99),
           ("Hamilton Beach Electric Kettle 1.7L", "HB-40880", 27.99), ("Ninja AF101 Air Fryer 4 Qt", "NJ-AF101", 89.99),
           ("Shark Navigator Upright Vacuum NV352", "SH-NV352", 169.99), ("Frigidaire 5,000 BTU Window Air Conditioner", "FR-5K-AC", 179.00),
           ("Apple AirPods (2nd Generation)", "APL-AP2", 99.00)],
}
G, BB, C = "B2G", "B2B", "B2C"
def P(**k): return k
BUY = [
 # business orders (is-business-order = true)
 B("Linda Carter", "us_county", G, False, "US", 3, "biz", bo=True, po="TC-PO-24-", rec="Travis County Facilities Mgmt", a1="700 Lavaca St", city="AUSTIN", st="TX", zip="78701"),
 B("Mark Ellison", "school_district", G, False, "US", 2, "biz+bizonly", bo=True, po="DPS-", rec="Denver Public Schools Receiving", a1="1860 Lincoln St", city="DENVER", st="CO", zip="80203"),
 B("Rachel Kim", "public_university", G, False, "US", 2, "biz", bo=True, po="OSU-P", rec="The Ohio State University - Dept of Chemistry", a1="100 W 18th Ave", city="COLUMBUS", st="OH", zip="43210"),
 B("PO1 Jason Reed", "armed_forces_unit", G, False, "US", 1, "biz", bo=True, po="N0020724", rec="Naval Air Station Jacksonville Supply Dept", a1="Bldg 110 Yorktown Ave", city="JACKSONVILLE", st="FL", zip="32212"),
 B("Sarah Whitekiller", "tribal_government", G, False, "US", 1, "biz", bo=True, po="CN-", rec="Cherokee Nation Purchasing", a1="17675 S Muskogee Ave", city="TAHLEQUAH", st="OK", zip="74464"),
 B("Tom Alvarez", "transit_authority", G, False, "US", 1, "biz+bizonly", bo=True, po="KCM-", rec="King County Metro Transit", a1="201 S Jackson St", city="SEATTLE", st="WA", zip="98104"),
 B("Capt. Luis Ortega", "us_city", G, False, "US", 1, "biz", bo=True, po="PHX-FD-", rec="City of Phoenix Fire Department", a1="150 S 12th St", city="PHOENIX", st="AZ", zip="85034"),
 B("Karen Liu", "veterans_medical_center", G, False, "US", 1, "biz", bo=True, po="VA640-", rec="VA Palo Alto Health Care System", a1="3801 Miranda Ave", city="PALO ALTO", st="CA", zip="94304"),
 B("Denise Howard", "public_school_household_item", G, True, "US", 1, "house", items=[("Hamilton Beach Electric Kettle 1.7L", 1)], bo=True, po="FCPS-", rec="Lincoln Elementary School - Frederick County Public Schools", a1="250 Madison St", city="FREDERICK", st="MD", zip="21701"),
 B("Paul Martin", "company_with_legal_form", BB, False, "US", 3, "biz", bo=True, po="", rec="Acme Dental Partners LLC", a1="455 Market St Ste 300", city="SAN FRANCISCO", st="CA", zip="94105"),
 B("Nicole Brooks", "company_no_legal_form", BB, False, "US", 2, "biz", bo=True, po="", rec="Elm Street Bakery", a1="22 Elm St", city="NORTHAMPTON", st="MA", zip="01060"),
 B("Greg Foster", "company_with_legal_form", BB, False, "US", 2, "biz+bizonly", bo=True, po="WH-", rec="Summit Logistics Inc", a1="9800 Airport Blvd", city="HOUSTON", st="TX", zip="77061"),
 B("Pastor Dave Wilson", "church", BB, False, "US", 1, "biz", bo=True, po="", rec="First Baptist Church of Plano", a1="3665 W Plano Pkwy", city="PLANO", st="TX", zip="75075"),
 B("Amy Chen", "company_household_purchase", BB, True, "US", 1, "house", items=[("Keurig K-Express Single Serve Coffee Maker", 1)], bo=True, po="", rec="Brightpath Marketing LLC", a1="1201 Peachtree St NE Fl 4", city="ATLANTA", st="GA", zip="30361"),
 B("Jeff Turner", "business_account_person_household", BB, True, "US", 2, "house", items=[("Ninja AF101 Air Fryer 4 Qt", 1)], bo=True, po="", rec="Jeff Turner", a1="88 Willow Ct", city="BOISE", st="ID", zip="83706"),
 B("Megan Shaw", "international_org", BB, True, "US", 2, "biz", bo=True, po="UNHQ-", rec="United Nations Headquarters - Facilities Management Service", a1="405 E 42nd St", city="NEW YORK", st="NY", zip="10017"),
 # consumer orders
 B("Jennifer Lopez", "private_person", C, False, "US", 2, "house", bo=False, rec="Jennifer Lopez", a1="1420 Oak Hollow Dr", city="CHARLOTTE", st="NC", zip="28269"),
 B("Michael Johnson", "private_person", C, False, "US", 2, "house+biz", bo=False, rec="Michael Johnson", a1="55 Ridge Rd", city="DAYTON", st="OH", zip="45402"),
 B("Ashley Davis", "private_person", C, False, "US", 2, "house", bo=False, rec="Ashley Davis", a1="7 Lakeview Ter", city="MADISON", st="WI", zip="53703"),
 B("Christopher Lee", "private_person", C, False, "US", 2, "biz", bo=False, rec="Christopher Lee", a1="301 S 4th St Apt 12", city="LAS VEGAS", st="NV", zip="89101"),
 B("Emily Walker", "private_person", C, False, "US", 2, "house", bo=False, rec="Emily Walker", a1="16 Cedar Ln", city="PORTLAND", st="ME", zip="04101"),
 B("Brandon Scott", "private_person", C, False, "US", 2, "house", bo=False, rec="Brandon Scott", a1="902 Pine St", city="TULSA", st="OK", zip="74103"),
 B("Samantha Hill", "private_person", C, False, "US", 2, "biz", bo=False, rec="Samantha Hill", a1="44 Bay St", city="SAVANNAH", st="GA", zip="31401"),
 B("Justin Young", "private_person", C, False, "US", 2, "house", bo=False, rec="Justin Young", a1="1500 Grand Ave", city="DES MOINES", st="IA", zip="50309"),
 B("Heather King", "private_person", C, False, "US", 2, "house", bo=False, rec="Heather King", a1="67 Maple Dr", city="FRESNO", st="CA", zip="93710"),
 B("Ryan Mitchell", "private_person", C, False, "US", 2, "house+biz", bo=False, rec="Ryan Mitchell", a1="12 Harbor View", city="ANCHORAGE", st="AK", zip="99501"),
 B("SPC Jordan Bailey", "person_with_apo_address", C, True, "US", 2, "house", items=[("Hamilton Beach 2-Slice Toaster", 1)], bo=False, rec="SPC Jordan Bailey", a1="Unit 8400 Box 1127", city="APO", st="AE", zip="09104"),
 B("Lt. Aaron Price", "person_with_apo_address", C, True, "US", 2, "house", items=[("Apple AirPods (2nd Generation)", 1)], bo=False, rec="Aaron Price", a1="PSC 473 Box 88", city="FPO", st="AP", zip="96349"),
 B("Marcus Green", "private_person_bulk", C, True, "US", 1, "house", items=[("Apple AirPods (2nd Generation)", 40)], bo=False, rec="Marcus Green", a1="3300 N Broad St", city="PHILADELPHIA", st="PA", zip="19140"),
 B("", "anonymous_marketplace_order", C, False, "US", 3, "house", bo=False, rec="", a1="", city="COLUMBUS", st="OH", zip="43215", lines=1),
 B("", "product_only_business_goods", BB, True, "US", 1, "bizonly", items=[("Pallet of Hammermill Copy Paper, 40 Cases", 1)], bo=False, rec="", a1="", city="", st="", zip=""),
]

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 2, 1), 300, (1, 4), boost=2)
    header = ["order-id", "order-item-id", "purchase-date", "payments-date", "buyer-email", "buyer-name", "buyer-phone-number",
              "sku", "product-name", "quantity-purchased", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
              "ship-service-level", "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3", "ship-city",
              "ship-state", "ship-postal-code", "ship-country", "ship-phone-number", "delivery-start-date", "delivery-end-date",
              "delivery-time-zone", "delivery-Instructions", "sales-channel", "is-business-order", "purchase-order-number",
              "price-designation"]
    rows, labels = [], []
    for o in orders:
        b = o["b"]
        oid = f"{R.randint(111, 114)}-{R.randint(1000000, 9999999)}-{R.randint(1000000, 9999999)}"
        ts = dt.datetime.combine(o["date"], dt.time(R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))
        email = "".join(R.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(14)) + "@marketplace.amazon.com"
        bo = b.get("bo")
        po = (b["po"] + str(R.randint(10000, 99999))) if b.get("po") else ""
        for ln in o["lines"]:
            name, sku, price = ln["p"]
            ip = round(price * ln["qty"], 2); tax = 0.0 if b["label"] == "B2G" else round(ip * 0.07, 2)
            a1 = b.get("a1", "")
            rec = b.get("rec", "")
            addr1, addr2 = (rec, a1) if (bo and rec != b["name"] and rec) else (a1, "")
            rows.append([oid, str(R.randint(10 ** 13, 10 ** 14 - 1)), ts.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                         ts.strftime("%Y-%m-%dT%H:%M:%S+00:00"), email if b["name"] or rec else "", b["name"], "",
                         sku, name, str(ln["qty"]), "USD", f"{ip:.2f}", f"{tax:.2f}", "0.00", "0.00",
                         R.choice(["Standard", "Standard", "Expedited"]), b["name"] if bo else rec, addr1, addr2, "",
                         b.get("city", ""), b.get("st", ""), b.get("zip", ""), "US" if b.get("city") else "", "", "", "", "", "",
                         "Amazon.com", "true" if bo else "false", po, "BusinessPrice" if bo and R.random() < 0.6 else ""])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    with open(os.path.join(LAY, LID + ".txt"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(header); w.writerows(rows)
    meta = {
        "id": LID, "system": "Amazon Seller Central (amazon.com) - Order Report flat file (tab-delimited .txt)", "country": "US", "language": "en",
        "docs": ["Selling Partner API 'Order reports attributes' (GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING): order-id, order-item-id, purchase-date, payments-date, ..., buyer-email, buyer-phone-number, sku, product-name, quantity-purchased, ..., recipient-name, ship-address-1..3, ship-city, ship-state, ship-postal-code, ship-country, is-business-order, purchase-order-number, price-designation, is-prime; Seller Central help 'Order report fields' for buyer-name, currency, item-price, item-tax, shipping-price, shipping-tax, ship-service-level, delivery-* and sales-channel.",
                 "buyer-email is Amazon's anonymised relay address (@marketplace.amazon.com); amounts are aggregates for the quantity, dot decimal; timestamps ISO 8601 UTC. No documented tax-exemption column was found for this report, so none is included. Amazon Business orders show the organisation in the shipping address."],
        "fields": {"buyer": "buyer-name", "product": "product-name", "quantity": "quantity-purchased", "amount": "item-price",
                   "tax_id": None, "email": "buyer-email", "payment": None, "comment": "delivery-Instructions"},
        "also_ok": {"buyer": ["recipient-name", "ship-address-1"]},
        "notes": "Tab-delimited UTF-8 text, LF line ends, header then records only, one row per order item. is-business-order/purchase-order-number/price-designation are the marketplace's own business-order fields (part of the layout). For business orders the organisation name is in ship-address-1 and the street in ship-address-2. Some orders have an empty buyer-name and address (Amazon withholds buyer data in the report)."
    }
    write_key(LID, meta, labels)
    print(LID, len(rows), len(orders))

if __name__ == "__main__":
    main()
