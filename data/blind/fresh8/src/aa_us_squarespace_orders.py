"""Seeded generator: US Squarespace Commerce orders CSV (Orders panel > Download CSV).

One line per line item; the first line of an order carries the order fields,
further lines of the same order repeat only Order ID and Email plus the line-item
fields. Merchant: a small-batch coffee roaster in Asheville, NC (web shop +
tasting-room point of sale).
"""
import csv
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 8101
ID = "aa_us_squarespace_orders"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

HEADER = ["Order ID", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at",
          "Currency", "Subtotal", "Shipping", "Discount Code", "Discount Amount", "Shipping Method",
          "Taxes", "Amount Refunded", "Total", "Created at", "Lineitem quantity", "Lineitem name",
          "Lineitem price", "Lineitem sku", "Lineitem variant", "Lineitem requires shipping",
          "Lineitem taxable", "Lineitem fulfillment status", "Billing Name", "Billing Address1",
          "Billing Address2", "Billing City", "Billing Zip", "Billing Province", "Billing Country",
          "Billing Phone", "Shipping Name", "Shipping Address1", "Shipping Address2", "Shipping City",
          "Shipping Zip", "Shipping Province", "Shipping Country", "Shipping Phone", "Cancelled at",
          "Private Notes", "Channel Type", "Channel Name", "Channel Order Number", "Payment Method",
          "Payment Reference", "Checkout Form: Company Name", "Checkout Form: PO Number"]

# product: (name, sku, price, variant, requires_shipping, taxable)
COFFEE = [
    ("Blue Ridge Breakfast Blend", "SQ1042871", 16.00, "12 oz / Whole Bean"),
    ("Blue Ridge Breakfast Blend", "SQ1042872", 16.00, "12 oz / Ground"),
    ("Ethiopia Yirgacheffe Kochere", "SQ2210934", 19.50, "12 oz / Whole Bean"),
    ("Colombia Huila Decaf", "SQ3380217", 17.00, "12 oz / Whole Bean"),
    ("Guatemala Huehuetenango", "SQ4418825", 18.00, "12 oz / Whole Bean"),
    ("French Broad Espresso", "SQ5520413", 17.50, "12 oz / Whole Bean"),
    ("Sumatra Gayo Dark Roast", "SQ6631507", 17.00, "12 oz / Ground"),
]
WHOLESALE = [
    ("Blue Ridge Breakfast Blend - Wholesale", "SQ9104228", 62.00, "5 lb / Whole Bean"),
    ("French Broad Espresso - Wholesale", "SQ9104231", 68.00, "5 lb / Whole Bean"),
    ("Colombia Huila Decaf - Wholesale", "SQ9104236", 66.00, "5 lb / Whole Bean"),
    ("Office Drip Frac Packs (42 x 2.5 oz)", "SQ9105012", 74.00, "Case"),
]
GEAR = [
    ("Chemex Classic 8-Cup Pour-Over", "SQ7710021", 49.95, ""),
    ("Hario V60 Ceramic Dripper 02", "SQ7710134", 27.00, "White"),
    ("Baratza Encore Conical Burr Grinder", "SQ7712250", 149.00, "Black"),
    ("Fellow Stagg EKG Electric Kettle", "SQ7713318", 165.00, "Matte Black"),
    ("Chemex Bonded Filters (100 ct)", "SQ7710402", 12.95, "Square"),
    ("Roastery Logo Mug 12 oz", "SQ7719004", 18.00, "Cream"),
    ("AeroPress Coffee Maker", "SQ7711520", 39.95, ""),
]
SUBS = [("Coffee Subscription - Roaster's Choice", "SQ8800110", 32.00, "2 x 12 oz / Every 2 weeks")]
GIFT = [("Digital Gift Card", "SQ0000451", 50.00, "$50.00")]

FIRST = ["Emily", "Jacob", "Madison", "Michael", "Hannah", "Joshua", "Ashley", "Matthew", "Sarah",
         "Tyler", "Jessica", "Andrew", "Lauren", "Brandon", "Megan", "Justin", "Rachel", "Kyle",
         "Amanda", "Ryan", "Brittany", "Daniel", "Kayla", "Austin", "Olivia", "Ethan", "Abigail",
         "Caleb", "Grace", "Logan", "Mary", "James", "Linda", "Robert", "Patricia", "William"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
        "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
        "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green",
        "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell",
        "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Reed", "Cook", "Bailey"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "icloud.com", "outlook.com",
            "hotmail.com", "aol.com", "charter.net"]
PLACES = [  # city, zip, state
    ("Asheville", "28801", "NC"), ("Asheville", "28803", "NC"), ("Asheville", "28806", "NC"),
    ("Weaverville", "28787", "NC"), ("Black Mountain", "28711", "NC"), ("Hendersonville", "28792", "NC"),
    ("Charlotte", "28203", "NC"), ("Raleigh", "27608", "NC"), ("Durham", "27705", "NC"),
    ("Greenville", "29601", "SC"), ("Knoxville", "37919", "TN"), ("Atlanta", "30306", "GA"),
    ("Richmond", "23220", "VA"), ("Brooklyn", "11215", "NY"), ("Chicago", "60614", "IL"),
    ("Austin", "78704", "TX"), ("Denver", "80206", "CO"), ("Portland", "97214", "OR"),
    ("Columbus", "43214", "OH"), ("Nashville", "37206", "TN")]
STREETS = ["Merrimon Ave", "Haywood Rd", "Charlotte St", "Kimberly Ave", "Montford Ave", "Oak St",
           "Maple Dr", "Chestnut St", "Elm St", "Park Ave", "Ridgeview Dr", "Laurel Ln", "Main St",
           "Hillside St", "Cedar Ct", "Sunset Dr", "Lakeview Rd", "Pine St"]

# organisations: (company, email, contact, address1, city, zip, state, kind, label)
ORGS_B2B = [
    ("Highland Brewing Company", "taproom@highlandbrewing.com", "Leah Wright", "12 Old Charlotte Hwy", "Asheville", "28803", "NC", "company"),
    ("The Omni Grove Park Inn", "fbpurchasing@omnihotels.com", "Carlos Reyes", "290 Macon Ave", "Asheville", "28804", "NC", "company"),
    ("Sierra Nevada Brewing Co.", "mcevents@sierranevada.com", "Dana Whitfield", "100 Sierra Nevada Way", "Mills River", "28759", "NC", "company"),
    ("The Biltmore Company", "guestservices.purchasing@biltmore.com", "Nathan Price", "1 Lodge St", "Asheville", "28803", "NC", "company"),
    ("Mountain BizWorks", "office@mountainbizworks.org", "Karen Oakley", "153 S Lexington Ave", "Asheville", "28801", "NC", "non_profit"),
    ("Warren Wilson College", "dining@warren-wilson.edu", "Maggie Lyons", "701 Warren Wilson Rd", "Swannanoa", "28778", "NC", "private_college"),
    ("Mars Hill University", "campuscafe@mhu.edu", "Josh Banner", "100 Athletic St", "Mars Hill", "28754", "NC", "private_university"),
    ("Wicked Weed Brewing", "pubops@wickedweedbrewing.com", "Tessa Grant", "91 Biltmore Ave", "Asheville", "28801", "NC", "company"),
    ("Eliada Homes", "foodservice@eliada.org", "Rob Ingle", "2 Compton Dr", "Asheville", "28806", "NC", "non_profit"),
    ("First Baptist Church of Asheville", "office@fbca.net", "Ruth Hensley", "5 Oak St", "Asheville", "28801", "NC", "church"),
    ("Bear's Smokehouse BBQ", "orders@bearsbbq.com", "Cody Bear", "1 Craven St", "Asheville", "28806", "NC", "company"),
    ("Mojo Coworking LLC", "hello@mojocoworking.com", "Priya Raman", "60 N Market St", "Asheville", "28801", "NC", "company"),
]
ORGS_B2G = [
    ("City of Asheville", "facilities@ashevillenc.gov", "Denise Jarrett", "70 Court Plaza", "Asheville", "28801", "NC", "municipality"),
    ("Buncombe County Government", "purchasing@buncombecounty.org", "Alan Shuford", "200 College St", "Asheville", "28801", "NC", "county"),
    ("UNC Asheville", "dining.services@unca.edu", "Beth Capps", "1 University Heights", "Asheville", "28804", "NC", "public_university"),
    ("Charles George VA Medical Center", "vhaash.voluntary@va.gov", "Sharon Pless", "1100 Tunnel Rd", "Asheville", "28805", "NC", "veterans_medical_center"),
    ("Asheville-Buncombe Technical Community College", "culinary@abtech.edu", "Mark Ledford", "340 Victoria Rd", "Asheville", "28801", "NC", "public_college"),
    ("NOAA National Centers for Environmental Information", "ncei.admin@noaa.gov", "Paul Metcalf", "151 Patton Ave", "Asheville", "28801", "NC", "federal_agency"),
    ("Buncombe County Schools", "nutrition@bcsemail.org", "Wendy Roberts", "175 Bingham Rd", "Asheville", "28806", "NC", "school_district"),
]


def money(x):
    return f"{x:.2f}"


def main():
    rnd = random.Random(SEED)
    t0 = datetime(2024, 3, 1, 8, 0, 0)
    orders = []  # each: dict(order fields, lines, label...)

    def person():
        fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
        return fn, ln

    def addr():
        c, z, s = rnd.choice(PLACES)
        return f"{rnd.randint(12, 989)} {rnd.choice(STREETS)}", c, z, s

    plan = (["b2c"] * 56 + ["pos"] * 14 + ["b2b"] * 16 + ["b2g"] * 9 +
            ["amb_gov_email"] * 3 + ["amb_corp_email"] * 3 + ["amb_company_one_item"] * 3 +
            ["amb_bulk_private"] * 2 + ["amb_resale"] * 2 + ["amb_gov_one_item"] * 1 +
            ["role_mailbox"] * 1 + ["thin_gift"] * 3 + ["sole_trader_card"] * 1)
    rnd.shuffle(plan)
    b2b_cycle = ORGS_B2B[:]
    b2g_cycle = ORGS_B2G[:]
    n = 0
    for kind in plan:
        n += 1
        o = {"company": "", "po": "", "notes": "", "channel": "web", "billing": None, "ship": None,
             "email": "", "phone": "", "pay": rnd.choice(["Stripe"] * 4 + ["PayPal"]), "lines": []}
        if kind == "b2c":
            fn, ln = person()
            a = addr()
            o["billing"] = (f"{fn} {ln}",) + a
            o["email"] = f"{fn.lower()}{rnd.choice(['', '.', '_'])}{ln.lower()}{rnd.choice(['', str(rnd.randint(1, 99))])}@{rnd.choice(FREEMAIL)}"
            for _ in range(rnd.choice([1, 1, 1, 2, 2, 3])):
                p = rnd.choice(COFFEE * 3 + GEAR + SUBS)
                o["lines"].append((p, rnd.choice([1, 1, 1, 2])))
            if rnd.random() < 0.15:
                o["notes"] = rnd.choice(["Gift - include note card", "Birthday gift for my dad", "Leave at side door"])
            o.update(label="B2C", amb=False, k="private_person", cc="US")
        elif kind == "pos":
            o["channel"] = "pos"
            o["pay"] = rnd.choice(["Square", "Square", "Cash"])
            for _ in range(rnd.choice([1, 1, 2])):
                p = rnd.choice(COFFEE + GEAR[4:])
                o["lines"].append((p, 1))
            o.update(label="B2C", amb=False, k="anonymous_retail", cc="US")
        elif kind in ("b2b", "b2g"):
            pool = b2b_cycle if kind == "b2b" else b2g_cycle
            org = pool[rnd.randrange(len(pool))]
            comp, em, contact, a1, c, z, s, k = org
            o["company"] = comp if rnd.random() < 0.85 else ""
            o["email"] = em
            o["billing"] = (contact, a1, c, z, s)
            if kind == "b2g" or rnd.random() < 0.5:
                o["po"] = rnd.choice(["PO ", "P.O. ", "", "PO#"]) + str(rnd.randint(24000, 99999)) if kind == "b2b" else \
                    rnd.choice(["PO-2024-", "REQ ", "P-card "]) + str(rnd.randint(1000, 9999))
            for _ in range(rnd.choice([1, 2, 2, 3])):
                p = rnd.choice(WHOLESALE * 2 + GEAR[4:5])
                q = rnd.choice([2, 3, 4, 6, 8, 10]) if p in WHOLESALE else rnd.choice([4, 6])
                o["lines"].append((p, q))
            if rnd.random() < 0.4:
                o["notes"] = rnd.choice(["Wholesale acct - Net 30", "Deliver to loading dock", "Tax exempt cert on file",
                                         "Standing order, monthly", "Ship to receiving, attn kitchen"])
            if kind == "b2b":
                o.update(label="B2B", amb=False, k=k, cc="US")
            else:
                o.update(label="B2G", amb=False, k=k, cc="US")
                if o["company"] == "":
                    o["company"] = comp
        elif kind == "amb_gov_email":
            fn, ln = person()
            dom = rnd.choice(["va.gov", "noaa.gov", "ashevillenc.gov"])
            o["email"] = f"{fn.lower()}.{ln.lower()}@{dom}"
            o["billing"] = (f"{fn} {ln}",) + addr()
            o["lines"].append((rnd.choice(COFFEE), 1))
            o.update(label="B2C", amb=True, k="private_person_gov_email", cc="US")
        elif kind == "amb_corp_email":
            fn, ln = person()
            dom = rnd.choice(["sierranevada.com", "biltmore.com", "omnihotels.com"])
            o["email"] = f"{fn[0].lower()}{ln.lower()}@{dom}"
            o["billing"] = (f"{fn} {ln}",) + addr()
            o["lines"].append((rnd.choice(GEAR[:4]), 1))
            o["lines"].append((rnd.choice(COFFEE), 1))
            o.update(label="B2C", amb=True, k="private_person_company_email", cc="US")
        elif kind == "amb_company_one_item":
            org = rnd.choice(ORGS_B2B[:4] + ORGS_B2B[7:8] + ORGS_B2B[11:])
            comp, em, contact, a1, c, z, s, k = org
            o["company"] = comp
            o["email"] = em
            o["billing"] = (contact, a1, c, z, s)
            o["lines"].append((rnd.choice(GEAR[:4]), 1))
            o.update(label="B2B", amb=True, k="company_household_item", cc="US")
        elif kind == "amb_bulk_private":
            fn, ln = person()
            o["email"] = f"{fn.lower()}{ln.lower()}{rnd.randint(10, 99)}@{rnd.choice(FREEMAIL)}"
            o["billing"] = (f"{fn} {ln}",) + addr()
            o["lines"].append((rnd.choice(COFFEE), rnd.choice([24, 30, 36])))
            o.update(label="B2C", amb=True, k="private_person_bulk", cc="US")
        elif kind == "amb_resale":
            fn, ln = person()
            o["email"] = f"{fn.lower()}.{ln.lower()}@{rnd.choice(FREEMAIL)}"
            o["billing"] = (f"{fn} {ln}",) + addr()
            o["notes"] = rnd.choice(["Customer says: for resale at her Saturday tailgate market booth",
                                     "Per phone call - beans are for his food truck, reselling by the cup"])
            o["lines"].append((rnd.choice(WHOLESALE[:2]), rnd.choice([2, 3])))
            o.update(label="B2B", amb=True, k="private_person_business_purpose", cc="US")
        elif kind == "amb_gov_one_item":
            comp, em, contact, a1, c, z, s, k = ("Buncombe County Public Libraries - Pack Memorial", "library@buncombecounty.org",
                                                 "Jill Arrowood", "67 Haywood St", "Asheville", "28801", "NC", "public_library")
            o["company"] = comp
            o["email"] = em
            o["billing"] = (contact, a1, c, z, s)
            o["lines"].append((GEAR[3], 1))
            o.update(label="B2G", amb=True, k="public_library_household_item", cc="US")
        elif kind == "role_mailbox":
            o["email"] = "accountspayable@ingles-markets.com"
            o["lines"].append((WHOLESALE[3], 6))
            o["billing"] = ("", "", "", "", "")
            o.update(label="B2B", amb=False, k="company_role_mailbox", cc="US")
        elif kind == "thin_gift":
            fn, ln = person()
            o["email"] = f"{fn.lower()}{rnd.randint(100, 999)}@{rnd.choice(FREEMAIL)}"
            o["billing"] = ("", "", "", "", "")
            o["lines"].append((GIFT[0], 1))
            o.update(label="B2C", amb=True, k="thin_gift_card", cc="US")
        elif kind == "sole_trader_card":
            o["company"] = "Laurel Creek Massage, PLLC"
            o["email"] = "laurelcreekmassage@gmail.com"
            o["billing"] = ("Hannah Greene",) + addr()
            o["lines"].append((GEAR[3], 1))
            o.update(label="B2B", amb=True, k="sole_trader_personal_purchase", cc="US")
        orders.append(o)

    rows, labels = [], []
    oid = 10417
    t = t0
    for o in orders:
        oid += 1
        t += timedelta(minutes=rnd.randint(200, 1100))
        created = t.strftime("%Y-%m-%d %H:%M:%S -0400")
        paid = (t + timedelta(seconds=rnd.randint(2, 40))).strftime("%Y-%m-%d %H:%M:%S -0400")
        sub = sum(p[2] * q for p, q in o["lines"])
        ship_needed = o["channel"] == "web" and any(p[0] != "Digital Gift Card" for p, q in o["lines"])
        shipping = 0.0 if (not ship_needed or sub >= 75) else 8.95
        taxable_amt = sub if (o["channel"] == "pos" or (o["billing"] and o["billing"][4] == "NC")) else 0.0
        if o["label"] == "B2G":
            taxable_amt = 0.0  # tax-exempt public body
        tax = round(taxable_amt * 0.07, 2)
        disc_code, disc = "", 0.0
        if o["channel"] == "web" and rnd.random() < 0.08 and o["label"] == "B2C":
            disc_code, disc = "WELCOME10", round(sub * 0.10, 2)
        total = round(sub + shipping + tax - disc, 2)
        fulfilled = o["channel"] == "pos" or rnd.random() < 0.9
        fstat = "FULFILLED" if fulfilled else "PENDING"
        ful_at = (t + timedelta(hours=rnd.randint(3, 40))).strftime("%Y-%m-%d %H:%M:%S -0400") if fulfilled and o["channel"] == "web" else (paid if fulfilled else "")
        b = o["billing"] or ("", "", "", "", "")
        bname, ba1, bc, bz, bs = b
        if bname and rnd.random() < 0.07:
            bname = bname.upper()
        if bname and rnd.random() < 0.05:
            bname = bname + " "
        phone = f"({rnd.choice(['828', '704', '919', '864', '865'])}) {rnd.randint(200, 989)}-{rnd.randint(1000, 9999)}" if bname and rnd.random() < 0.7 else ""
        ship_to = ship_needed and o["channel"] == "web" and bname
        ref = ("ch_3" + "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(24))) if o["pay"] == "Stripe" else \
            ("".join(rnd.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17)) if o["pay"] == "PayPal" else "")
        ship_method = ("Free Shipping" if shipping == 0 else "Flat Rate - USPS Priority") if ship_to else ""
        for i, (p, q) in enumerate(o["lines"]):
            name, sku, price, variant = p
            is_gift = name == "Digital Gift Card"
            line = {h: "" for h in HEADER}
            line["Order ID"] = str(oid).zfill(5)
            line["Email"] = o["email"]
            line["Lineitem quantity"] = str(q)
            line["Lineitem name"] = name
            line["Lineitem price"] = money(price)
            line["Lineitem sku"] = sku
            line["Lineitem variant"] = variant
            line["Lineitem requires shipping"] = "false" if (is_gift or o["channel"] == "pos") else "true"
            line["Lineitem taxable"] = "false" if is_gift else "true"
            line["Lineitem fulfillment status"] = fstat.lower() if not is_gift else "fulfilled"
            if i == 0:
                line.update({
                    "Financial Status": "PAID", "Paid at": paid, "Fulfillment Status": fstat,
                    "Fulfilled at": ful_at, "Currency": "USD", "Subtotal": money(sub),
                    "Shipping": money(shipping), "Discount Code": disc_code,
                    "Discount Amount": money(disc), "Shipping Method": ship_method,
                    "Taxes": money(tax), "Amount Refunded": "0.00", "Total": money(total),
                    "Created at": created, "Billing Name": bname, "Billing Address1": ba1,
                    "Billing Address2": rnd.choice(["", "", "", "Apt 2B", "Suite 110", "Unit 4"]) if ba1 else "",
                    "Billing City": bc, "Billing Zip": bz, "Billing Province": bs,
                    "Billing Country": "US" if bname else "", "Billing Phone": phone,
                    "Shipping Name": bname.strip() if ship_to else "", "Shipping Address1": ba1 if ship_to else "",
                    "Shipping City": bc if ship_to else "", "Shipping Zip": bz if ship_to else "",
                    "Shipping Province": bs if ship_to else "", "Shipping Country": "US" if ship_to else "",
                    "Shipping Phone": phone if ship_to else "",
                    "Private Notes": o["notes"], "Channel Type": "POS" if o["channel"] == "pos" else "Web",
                    "Channel Name": "Point of Sale" if o["channel"] == "pos" else "",
                    "Payment Method": o["pay"], "Payment Reference": ref,
                    "Checkout Form: Company Name": o["company"], "Checkout Form: PO Number": o["po"],
                })
            rows.append(line)
            labels.append((o["label"], o["amb"], o["k"], o["cc"]))

    lay = OUT / "layouts" / f"{ID}.csv"
    lay.parent.mkdir(parents=True, exist_ok=True)
    with open(lay, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    key = OUT / "key"
    key.mkdir(parents=True, exist_ok=True)
    with open(key / f"{ID}.labels.csv", "w", newline="", encoding="utf-8") as f:
        f.write("row,label,ambiguous,kind,country\n")
        for i, (l, a, k, c) in enumerate(labels):
            f.write(f"{i},{l},{str(a).lower()},{k},{c}\n")
    meta = {
        "id": ID,
        "system": "Squarespace Commerce - Orders panel 'Download CSV' (orders export, one line per line item)",
        "country": "US",
        "language": "en",
        "docs": [
            "support.squarespace.com 'Exporting orders' (linked from a public gist and from infinitecatalog's guide): Selling > Orders > Download CSV, choose order status, date range and products - used for the export path",
            "A public Squarespace order-CSV parser listing columns Order ID, Email, Paid at, Created at, Currency, Subtotal, Shipping, Taxes, Total, Lineitem name/price/quantity/sku/variant, Payment Method, Payment Reference - used for the column names",
            "Squarespace Commerce API order object (createdOn, customerEmail, billingAddress, shippingAddress, fulfillmentStatus PENDING/FULFILLED/CANCELED, lineItems with productName, quantity, unitPricePaid, variantOptions, formSubmission, internalNotes, channel/channelName) - used for the value vocabulary and for the custom checkout-form columns ('Checkout Form: <label>', here Company Name and PO Number) and Private Notes",
            "Own reading (no public sample file found): remaining columns (Financial Status, Fulfilled at, Discount Code/Amount, Shipping Method, Amount Refunded, Lineitem requires shipping/taxable/fulfillment status, Billing/Shipping Name/Address1/Address2/City/Zip/Province/Country/Phone, Cancelled at, Channel Type/Name/Order Number) follow the Shopify-style order CSV Squarespace modelled its export on; UTF-8 without BOM, comma, dates 'YYYY-MM-DD HH:MM:SS -0400'"
        ],
        "fields": {"buyer": "Billing Name", "product": "Lineitem name", "quantity": "Lineitem quantity",
                   "amount": "Total", "tax_id": None, "email": "Email", "payment": "Payment Method",
                   "comment": "Private Notes"},
        "also_ok": {"buyer": ["Checkout Form: Company Name", "Shipping Name"],
                    "amount": ["Lineitem price", "Subtotal"],
                    "comment": ["Checkout Form: PO Number"]},
        "notes": ("One line per line item. The first line of an order holds all order fields (status, dates, totals, billing/shipping, "
                  "notes, payment, checkout-form answers); further lines of the same order repeat only Order ID and Email plus the "
                  "Lineitem columns, so buyer and totals must be carried down from the first line of the Order ID. Subtotal/Total are "
                  "per order. Squarespace has no company field in the address; the merchant added a checkout form with 'Company Name' "
                  "and 'PO Number', exported as 'Checkout Form: ...' columns. Channel Type 'POS' lines are tasting-room sales with no "
                  "buyer at all (anonymous retail). Digital gift cards may carry only an e-mail. Public bodies are charged no sales tax. "
                  "No title or totals lines.")
    }
    with open(key / f"{ID}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
    print(ID, len(rows))


if __name__ == "__main__":
    main()
