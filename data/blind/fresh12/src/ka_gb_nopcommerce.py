"""nopCommerce admin  Sales > Orders > Export to Excel (orders.xlsx, 'export orders with products' on)
for a Leeds school / lab / office supplies web shop.  Layout follows ExportManager.ExportOrdersToXlsxAsync
and ExportOrderToXlsxWithProductsAsync: sheet 'Order', one header row, each order row followed by an
order-item caption row and item rows that start in column B, grouped (outline level 1, collapsed), plus
a very-hidden sheet 'DataForProductsFilters'.  Seeded; rebuilds the same bytes every run."""
import random
import uuid
from datetime import datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from ka_common import LAYOUTS, ensure_dirs, gb_vat, normalise_xlsx, write_key, write_labels

LID = "ka_gb_nopcommerce_orders_xlsx"
SEED = 55120

ORDER_COLS = [
    "OrderId", "StoreId", "OrderGuid", "CustomerId", "CustomerGuid", "OrderStatus", "PaymentStatus",
    "ShippingStatus", "OrderSubtotalInclTax", "OrderSubtotalExclTax", "OrderSubTotalDiscountInclTax",
    "OrderSubTotalDiscountExclTax", "OrderShippingInclTax", "OrderShippingExclTax",
    "PaymentMethodAdditionalFeeInclTax", "PaymentMethodAdditionalFeeExclTax", "TaxRates", "OrderTax",
    "OrderTotal", "RefundedAmount", "OrderDiscount", "CurrencyRate", "CustomerCurrencyCode", "AffiliateId",
    "PaymentMethodSystemName", "ShippingPickupInStore", "ShippingMethod",
    "ShippingRateComputationMethodSystemName", "CustomValuesXml", "VatNumber", "CreatedOnUtc",
    "BillingFirstName", "BillingLastName", "BillingEmail", "BillingCompany", "BillingCountry",
    "BillingCountryCode", "BillingStateProvince", "BillingStateProvinceAbbreviation", "BillingCounty",
    "BillingCity", "BillingAddress1", "BillingAddress2", "BillingZipPostalCode", "BillingPhoneNumber",
    "BillingFaxNumber", "ShippingFirstName", "ShippingLastName", "ShippingEmail", "ShippingCompany",
    "ShippingCountry", "ShippingCountryCode", "ShippingStateProvince", "ShippingStateProvinceAbbreviation",
    "ShippingCounty", "ShippingCity", "ShippingAddress1", "ShippingAddress2", "ShippingZipPostalCode",
    "ShippingPhoneNumber", "ShippingFaxNumber",
]
ITEM_COLS = ["OrderItemGuid", "Name", "Sku", "PriceExclTax", "PriceInclTax", "Quantity", "DiscountExclTax",
             "DiscountInclTax", "TotalExclTax", "TotalInclTax"]

P = {  # key: (name, sku, unit price excl VAT, category)
    "calc": ("Casio fx-83GTCW Scientific Calculator", "CAS-FX83GTCW", 11.25, "school"),
    "mathset": ("Helix Oxford Maths Set", "HLX-OXF-MS", 2.70, "school"),
    "pritt": ("Pritt Stick 43g (pack of 10)", "PRT-43-10", 14.90, "school"),
    "bic": ("BIC Cristal Medium Ballpoint Pen, Blue (box of 50)", "BIC-CRS-B50", 7.30, "office"),
    "berol": ("Berol Colour Broad Pens, Class Pack of 288", "BER-CB-288", 45.80, "school"),
    "exbook": ("A4 Exercise Book 8mm Ruled 80pp (pack of 50)", "EXB-A4-8MM-50", 16.25, "school"),
    "wbm": ("Expo Whiteboard Marker, Assorted (pack of 12)", "EXP-WBM-12", 9.50, "school"),
    "paper": ("Navigator Universal A4 Copier Paper 80gsm (box of 5 reams)", "NAV-A4-80-5R", 22.90, "office"),
    "lever": ("Leitz 180 Lever Arch File A4 (pack of 10)", "LTZ-180-10", 24.90, "office"),
    "ink": ("HP 305XL Black Ink Cartridge", "HP-305XL-BK", 20.80, "office"),
    "shred": ("Fellowes Powershred 79Ci Cross-Cut Shredder", "FEL-79CI", 157.50, "office"),
    "aa": ("Duracell Plus AA Batteries (pack of 24)", "DUR-AA-24", 12.45, "office"),
    "bunsen": ("Eco Bunsen Burner, Natural Gas", "LAB-BUN-NG", 12.35, "lab"),
    "beaker": ("Borosilicate Beaker 250ml (pack of 12)", "LAB-BKR-250-12", 18.00, "lab"),
    "goggles": ("Safety Goggles EN166 (pack of 10)", "PPE-GOG-10", 20.40, "lab"),
    "gloves": ("Nitrile Gloves Powder Free, Medium (box of 100)", "PPE-NIT-M-100", 5.80, "lab"),
    "thermo": ("Digital Pocket Thermometer -50 to +300C", "LAB-THM-DIG", 6.50, "lab"),
    "micro": ("Monocular LED Microscope 40x-400x", "LAB-MIC-400", 74.15, "lab"),
    "labcoat": ("Lab Coat, White Polycotton, Size M", "PPE-LC-M", 10.35, "lab"),
    "ph": ("pH Indicator Paper 1-14 (pack of 100)", "LAB-PH-100", 3.25, "lab"),
    "firstaid": ("Reliance Medical BS 8599-1 Workplace First Aid Kit, Medium", "RM-8599-M", 31.60, "office"),
    "kettle": ("Russell Hobbs 24361 Textures Kettle 1.7L", "RH-24361", 24.99, "household"),
    "toaster": ("Breville VTT888 2-Slice Toaster", "BRV-VTT888", 29.16, "household"),
    "dyson": ("Dyson V8 Cordless Vacuum Cleaner", "DYS-V8", 207.50, "household"),
    "microwave": ("Morphy Richards 20L Solo Microwave", "MR-511510", 62.49, "household"),
    "coffee": ("De'Longhi Dedica EC685 Espresso Machine", "DLG-EC685", 124.99, "household"),
    "fan": ("Igenix DF1210 12in Desk Fan", "IGX-DF1210", 16.66, "household"),
}

FIRST = ["Jack", "Oliver", "Harry", "George", "Charlie", "Thomas", "James", "William", "Daniel", "Joshua",
         "Emily", "Olivia", "Sophie", "Jessica", "Chloe", "Lucy", "Hannah", "Amy", "Megan", "Rebecca", "Sarah",
         "Laura", "Gemma", "Claire", "Joanne", "Karen", "Imran", "Aisha", "Rajinder", "Mohammed", "Samina",
         "Gareth", "Dean", "Nicola", "Lisa", "Paul", "Andrew", "Helen", "Stuart", "Rachel"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wood", "Robinson", "Thompson", "Wright",
        "Hall", "Green", "Lee", "Clarke", "Shaw", "Holmes", "Sutcliffe", "Ackroyd", "Hirst", "Crowther",
        "Haigh", "Firth", "Barker", "Hardcastle", "Booth", "Priestley", "Kaur", "Hussain", "Begum", "Khan",
        "Patel", "O'Connor", "Stead", "Metcalfe", "Greenwood", "Lister", "Dawson", "Pickles", "Bottomley"]
FREEMAIL = ["gmail.com", "gmail.com", "hotmail.co.uk", "btinternet.com", "sky.com", "outlook.com",
            "yahoo.co.uk", "icloud.com", "talktalk.net", "live.co.uk"]
HOMES = [("Leeds", "LS6 3HN", "Cardigan Road"), ("Leeds", "LS8 2JU", "Street Lane"),
         ("Horsforth", "LS18 4DF", "Town Street"), ("Pudsey", "LS28 7BD", "Owlcotes Road"),
         ("Bradford", "BD9 4QF", "Toller Lane"), ("Huddersfield", "HD1 5PN", "Trinity Street"),
         ("Halifax", "HX3 0AR", "Skircoat Road"), ("Wakefield", "WF1 3RX", "Northgate"),
         ("Harrogate", "HG1 2JS", "Valley Drive"), ("York", "YO24 4AB", "Tadcaster Road"),
         ("Ilkley", "LS29 8EX", "Bolling Road"), ("Otley", "LS21 3AP", "Bradford Road"),
         ("Keighley", "BD21 5JE", "Skipton Road"), ("Sheffield", "S11 8YA", "Ecclesall Road")]


def prof(label, kind, company, dom, addr1, city, pc, n, items, *, amb=False, vat=None, pay="check",
         po=None, addr2="", contact=None, ref=None, upper=False, phone="0113 ", ship=None, lines=(1, 3),
         qty="bulk"):
    return dict(label=label, kind=kind, company=company, dom=dom, addr1=addr1, city=city, pc=pc, n=n,
                items=items, amb=amb, vat=vat, pay=pay, po=po, addr2=addr2, contact=contact, ref=ref,
                upper=upper, phone=phone, ship=ship, lines=lines, qty=qty)


SCHOOL = ["calc", "mathset", "pritt", "berol", "exbook", "wbm", "bic", "paper"]
LAB = ["bunsen", "beaker", "goggles", "gloves", "thermo", "micro", "labcoat", "ph"]
OFFICE = ["paper", "lever", "ink", "shred", "aa", "bic", "firstaid", "wbm"]

PROFILES = [
    # ---- B2G
    prof("B2G", "council", "Leeds City Council", "leeds.gov.uk", "Merrion House, 110 Merrion Centre", "Leeds",
         "LS2 8BB", 3, OFFICE, vat=True, po="LCC-{n:07d}"),
    prof("B2G", "council", "City of Bradford Metropolitan District Council", "bradford.gov.uk",
         "City Hall, Centenary Square", "Bradford", "BD1 1HY", 2, OFFICE, po="BMDC{n:06d}", phone="01274 "),
    prof("B2G", "council", "North Yorkshire Council", "northyorks.gov.uk", "County Hall, Racecourse Lane",
         "Northallerton", "DL7 8AD", 1, OFFICE + ["firstaid"], po="NYC{n:07d}", phone="01609 "),
    prof("B2G", "town_council", "Otley Town Council", "otleytowncouncil.gov.uk", "The Civic Centre, Cross Green",
         "Otley", "LS21 1HD", 1, ["paper", "ink", "lever"], pay="card", phone="01943 ", lines=(1, 2)),
    prof("B2G", "nhs_trust", "Leeds Teaching Hospitals NHS Trust", "nhs.net", "St James's University Hospital, Beckett Street",
         "Leeds", "LS9 7TF", 3, ["gloves", "thermo", "firstaid", "paper", "labcoat"], vat=True, po="RR8-{n:07d}"),
    prof("B2G", "nhs_trust", "Bradford Teaching Hospitals NHS Foundation Trust", "bthft.nhs.uk",
         "Bradford Royal Infirmary, Duckworth Lane", "Bradford", "BD9 6RJ", 2, ["gloves", "labcoat", "paper", "aa"],
         po="RAE{n:07d}", phone="01274 "),
    prof("B2G", "public_school", "Horsforth School", "horsforthschool.org", "Lee Lane East", "Horsforth", "LS18 5RF",
         2, SCHOOL + LAB, po="HS{n:05d}", upper=True),
    prof("B2G", "public_school", "Delta Academies Trust", "deltatrust.org.uk", "Education House, Spawd Bone Lane",
         "Knottingley", "WF11 0EP", 2, SCHOOL + LAB, vat=True, po="DAT-{n:06d}", phone="01977 "),
    prof("B2G", "public_school", "Harris Federation", "harrisfederation.org.uk", "4th Floor, Norfolk House, Wellesley Road",
         "Croydon", "CR0 1LH", 1, LAB, po="HF{n:07d}", phone="020 8"),
    prof("B2G", "public_school", "Prince Henry's Grammar School", "princehenrys.org.uk", "Farnley Lane", "Otley",
         "LS21 2BB", 1, SCHOOL, po="PHGS{n:04d}", phone="01943 "),
    prof("B2G", "public_university", "University of Leeds", "leeds.ac.uk", "Faculty of Biological Sciences, Woodhouse",
         "Leeds", "LS2 9JT", 2, LAB, vat=True, po="UOL{n:08d}"),
    prof("B2G", "public_university", "Leeds Beckett University", "leedsbeckett.ac.uk", "City Campus", "Leeds",
         "LS1 3HE", 1, LAB + OFFICE, po="LBU-{n:06d}"),
    prof("B2G", "public_college", "Leeds City College", "leedscitycollege.ac.uk", "Park Lane Campus, Park Lane",
         "Leeds", "LS3 1AA", 1, SCHOOL + LAB, po="LCC/PO/{n:05d}"),
    prof("B2G", "armed_forces", "Army Foundation College Harrogate", "mod.gov.uk", "Uniacke Barracks, Penny Pot Lane",
         "Harrogate", "HG3 2SE", 1, SCHOOL + ["firstaid"], po="MOD-{n:08d}", phone="01423 "),
    prof("B2G", "armed_forces", "INFANTRY TRAINING CENTRE CATTERICK", "mod.gov.uk", "Vimy Barracks",
         "Catterick Garrison", "DL9 3PS", 1, ["firstaid", "aa", "paper"], po="ITC{n:06d}", phone="01748 ",
         upper=True),
    prof("B2G", "police", "West Yorkshire Police", "westyorkshire.police.uk", "Laburnum Road", "Wakefield",
         "WF1 3QP", 1, ["gloves", "aa", "firstaid", "lever"], po="WYP{n:07d}", phone="01924 "),
    prof("B2G", "government_agency", "Environment Agency", "environment-agency.gov.uk", "Lateral, 8 City Walk",
         "Leeds", "LS11 9AT", 1, ["ph", "thermo", "gloves", "goggles"], po="EA-{n:07d}"),
    prof("B2G", "embassy", "Embassy of the Republic of Korea", "mofa.go.kr", "60 Buckingham Gate", "London",
         "SW1E 6AJ", 1, ["paper", "ink", "shred"], pay="card", phone="020 7", lines=(2, 3)),
    prof("B2G", "prison", "HMP Leeds", "justice.gov.uk", "2 Gloucester Terrace, Armley", "Leeds", "LS12 2TJ", 1,
         ["exbook", "bic", "paper"], po="MOJ{n:08d}"),
    # B2G ambiguous: household item, household quantity
    prof("B2G", "council", "Wakefield Council", "wakefield.gov.uk", "Wakefield One, Burton Street", "Wakefield",
         "WF1 2EB", 1, ["kettle"], amb=True, po="WMDC{n:06d}", phone="01924 ", lines=(1, 1), qty="one"),
    prof("B2G", "council", "Calderdale Council", "calderdale.gov.uk", "Town Hall, Crossley Street", "Halifax",
         "HX1 1UJ", 1, ["toaster"], amb=True, pay="card", phone="01422 ", lines=(1, 1), qty="one"),
    prof("B2G", "public_school", "Prince Henry's Grammar School", "princehenrys.org.uk", "Farnley Lane", "Otley",
         "LS21 2BB", 1, ["coffee"], amb=True, pay="card", phone="01943 ", lines=(1, 1), qty="one"),
    # ---- B2B
    prof("B2B", "company", "Asda Stores Ltd", "asda.co.uk", "Asda House, Southbank, Great Wilson Street", "Leeds",
         "LS11 5AD", 2, OFFICE, vat=True, po="4500{n:06d}"),
    prof("B2B", "company", "Wm Morrison Supermarkets Limited", "morrisonsplc.co.uk", "Hilmore House, Gain Lane",
         "Bradford", "BD3 7DL", 1, OFFICE, vat=True, po="MOR{n:07d}", phone="0345 "),
    prof("B2B", "company", "YORKSHIRE WATER SERVICES LTD", "yorkshirewater.co.uk", "Western House, Halifax Road",
         "Bradford", "BD6 2SZ", 2, LAB + ["firstaid"], vat=True, po="YW{n:08d}", upper=True, phone="01274 "),
    prof("B2B", "company", "Jet2.com Ltd", "jet2.com", "Low Fare Finder House, Leeds Bradford Airport", "Leeds",
         "LS19 7TU", 1, OFFICE, vat=True, pay="card"),
    prof("B2B", "company", "Ove Arup & Partners Ltd", "arup.com", "Admiral House, Rose Wharf, 78 East Street",
         "Leeds", "LS9 8EE", 2, OFFICE, vat=True, po="ARP-{n:06d}"),
    prof("B2B", "company", "Sky UK Limited", "sky.uk", "2 Whitehall Quay", "Leeds", "LS1 4HR", 1, OFFICE,
         vat=True, pay="card"),
    prof("B2B", "company", "BAM Construction Ltd", "bam.co.uk", "Breary Court, Leeds Road, Bramhope", "Leeds",
         "LS16 9JA", 1, ["firstaid", "goggles", "gloves", "aa"], vat=True, po="BAM/{n:06d}"),
    prof("B2B", "private_hospital", "Spire Leeds Hospital", "spirehealthcare.com", "Jackson Avenue, Roundhay", "Leeds",
         "LS8 1NT", 1, ["gloves", "thermo", "paper"], vat=True, po="SPL{n:06d}"),
    prof("B2B", "private_school", "The Grammar School at Leeds", "gsal.org.uk", "Alwoodley Gates, Harrogate Road",
         "Leeds", "LS17 8GS", 2, SCHOOL + LAB, vat=True, po="GSAL{n:05d}"),
    prof("B2B", "charity", "St Gemma's Hospice", "st-gemma.co.uk", "329 Harrogate Road", "Leeds", "LS17 6QD", 1,
         ["paper", "firstaid", "gloves"], pay="card"),
    prof("B2B", "charity", "British Red Cross Society", "redcross.org.uk", "Unit 5, Ring Road, Seacroft", "Leeds",
         "LS14 1NH", 1, ["firstaid", "gloves", "aa"], vat=True, po="BRC{n:07d}"),
    prof("B2B", "sole_trader", "Thomas White Bookkeeping", "gmail.com", "14 Richardshaw Lane", "Pudsey", "LS28 7EL",
         1, ["paper", "lever", "ink"], pay="card", contact=("Thomas", "White"), lines=(1, 2), qty="few"),
    prof("B2B", "sole_trader", "Kirsty Hall Tutoring", "kirstyhalltutoring.co.uk", "3 Grove Promenade", "Ilkley",
         "LS29 8AF", 2, ["calc", "mathset", "exbook", "wbm"], pay="paypal", contact=("Kirsty", "Hall"),
         phone="01943 ", lines=(1, 2), qty="few"),
    prof("B2B", "private_practice", "Headingley Dental Practice", "headingleydental.co.uk", "21 Otley Road", "Leeds",
         "LS6 3AA", 1, ["gloves", "paper", "firstaid"], vat=True, pay="card"),
    # B2B ambiguous
    prof("B2B", "international_org", "International Maritime Organization", "imo.org", "4 Albert Embankment",
         "London", "SE1 7SR", 1, ["paper", "ink", "lever", "shred"], po="IMO/PO/{n:05d}", phone="020 7"),
    prof("B2B", "state_owned_company", "Network Rail Infrastructure Ltd", "networkrail.co.uk",
         "The Quadrant, Elder Gate", "Milton Keynes", "MK9 1EN", 1, ["firstaid", "goggles", "aa"], vat=True,
         po="4510{n:06d} (Bravo contract ref CP7-NR-0418)", phone="01908 "),
    prof("B2B", "company", "Sky UK Limited", "sky.uk", "2 Whitehall Quay", "Leeds", "LS1 4HR", 1, ["dyson"],
         amb=True, vat=True, pay="card", lines=(1, 1), qty="one"),
]


def guid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def main():
    rng = random.Random(SEED)
    ensure_dirs()
    orders = []  # dict: created, buyer fields, lines, label

    start = datetime(2024, 1, 8, 7, 0)

    def when():
        return start + timedelta(days=rng.randint(0, 170), hours=rng.randint(0, 12), minutes=rng.randint(0, 59),
                                 seconds=rng.randint(0, 59))

    def pick_lines(items, lo_hi, qty):
        k = rng.randint(*lo_hi)
        keys = rng.sample(items, min(k, len(items)))
        out = []
        for key in keys:
            price = P[key][2]
            if qty == "one":
                q = 1
            elif qty == "few":
                q = rng.choice([1, 1, 2, 3])
            elif price > 60:
                q = rng.choice([1, 2, 4])
            else:
                q = rng.choice([2, 5, 10, 10, 12, 15, 20, 30])
            out.append((key, q))
        return out

    po_n = [31]
    cust_ids = {}

    def vat_no():
        v = gb_vat(f"{rng.randint(1000000, 9999999)}")
        style = rng.random()
        if style < 0.7:
            return "GB" + v
        if style < 0.85:
            return f"GB {v[:3]} {v[3:7]} {v[7:]}"
        return v

    for pr in PROFILES:
        cid = cust_ids.setdefault(pr["company"], rng.randint(1200, 9800))
        contact = pr["contact"] or (rng.choice(FIRST), rng.choice(LAST))
        vat = vat_no() if pr["vat"] else ""
        for i in range(pr["n"]):
            f, l = contact if (pr["contact"] or rng.random() < 0.75) else (rng.choice(FIRST), rng.choice(LAST))
            if pr["dom"] == "gmail.com":
                email = "thomaswhitebookkeeping@gmail.com"
            elif pr["dom"] == "nhs.net":
                email = f"{f.lower()}.{l.lower().replace(chr(39), '')}{rng.choice(['', '', '2', '1'])}@nhs.net"
            else:
                email = f"{f.lower()}.{l.lower().replace(chr(39), '')}@{pr['dom']}"
                if rng.random() < 0.15:
                    email = rng.choice(["purchasing", "finance", "accounts.payable", "procurement"]) + "@" + pr["dom"]
            company = pr["company"]
            if rng.random() < 0.1:
                company += " "
            custom = ""
            if pr["po"]:
                po_n[0] += rng.randint(3, 70)
                custom = ("Purchase order number", pr["po"].format(n=po_n[0]))
            pay = {"check": "Payments.CheckMoneyOrder", "card": "Payments.Manual",
                   "paypal": "Payments.PayPalCommerce"}[pr["pay"]]
            if pr["pay"] == "check" and rng.random() < 0.15:
                pay = "Payments.Manual"  # purchasing card
            orders.append(dict(created=when(), cid=cid, f=f, l=l, email=email, company=company, vat=vat,
                               addr1=pr["addr1"], addr2=pr["addr2"], city=pr["city"], pc=pr["pc"],
                               phone=pr["phone"] + f"{rng.randint(200, 999)} {rng.randint(1000, 9999)}",
                               custom=custom, pay=pay, lines=pick_lines(pr["items"], pr["lines"], pr["qty"]),
                               pickup=False,
                               lab=dict(label=pr["label"], ambiguous=pr["amb"] or pr["kind"] in ("international_org", "state_owned_company"),
                                        kind=pr["kind"], country="KR" if pr["kind"] == "embassy" else "GB")))

    def person(label, amb, kind, lines, *, f=None, l=None, email=None, home=None, pay=None, custom="",
               company="", pickup=False, addr1=None, pc=None, city=None):
        f = f or rng.choice(FIRST)
        l = l or rng.choice(LAST)
        if email is None:
            email = f"{f.lower()}{rng.choice(['.', '', '_'])}{l.lower().replace(chr(39), '')}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}"
        city_, pc_, street = home or rng.choice(HOMES)
        disp_f, disp_l = f, l
        if rng.random() < 0.12:
            disp_f, disp_l = f.upper(), l.upper()
        elif rng.random() < 0.1:
            disp_l = l + " "
        orders.append(dict(created=when(), cid=rng.randint(9801, 14999), f=disp_f, l=disp_l, email=email,
                           company=company, vat="", addr1=addr1 or f"{rng.randint(1, 220)} {street}", addr2="",
                           city=city or city_, pc=pc or pc_, phone=f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}",
                           custom=custom, pay=pay or rng.choice(["Payments.Manual", "Payments.PayPalCommerce", "Payments.Manual"]),
                           lines=lines, pickup=pickup,
                           lab=dict(label=label, ambiguous=amb, kind=kind, country="GB")))

    consumer = ["calc", "mathset", "pritt", "ink", "paper", "aa", "kettle", "toaster", "fan", "microwave",
                "exbook", "firstaid", "micro"]
    for i in range(16):
        keys = rng.sample(consumer, rng.randint(1, 3))
        lines = [(k, 1 if P[k][2] > 20 else rng.choice([1, 1, 2, 3])) for k in keys]
        person("B2C", False, "private_person", lines, pickup=(i % 7 == 3))
    # B2C ambiguous
    person("B2C", True, "gov_email_person", [("dyson", 1)], f="Helen", l="Firth", email="helen.firth2@nhs.net",
           home=("Horsforth", "LS18 5NX", "Brownberrie Lane"))
    person("B2C", True, "gov_email_person", [("toaster", 1), ("kettle", 1)], f="Mark", l="Haigh",
           email="mark.haigh@leeds.gov.uk", home=("Leeds", "LS13 2DR", "Bramley Road"))
    person("B2C", True, "forces_address_person", [("kettle", 1), ("coffee", 1)], f="Sam", l="Crowther",
           email="sam.crowther@hotmail.co.uk", addr1="Block 4, Room 12, Episkopi Garrison", city="BFPO 53",
           pc="BF1 2AT")
    person("B2C", True, "private_person_bulk", [("calc", 30)], f="Priya", l="Patel",
           email="priya.patel86@gmail.com", home=("Bradford", "BD8 7QS", "Legrams Lane"))
    # B2B ambiguous: private person states resale, person paying for a company
    person("B2B", True, "private_person_resale", [("pritt", 12), ("bic", 10), ("exbook", 6)], f="Gary",
           l="Sutcliffe", email="gazsutcliffe@btinternet.com", home=("Leeds", "LS9 6NF", "Kirkgate"),
           custom=("Purchase order number", "stock for resale on my Kirkgate Market stall"),
           pay="Payments.Manual")
    person("B2B", True, "person_paying_company_invoice", [("firstaid", 2), ("aa", 4)], f="Julie", l="Ackroyd",
           email="julie.ackroyd@hotmail.co.uk", home=("Otley", "LS21 3BD", "Westgate"),
           custom=("Purchase order number", "on behalf of Wharfedale Plumbing & Heating Ltd - inv 3391"),
           pay="Payments.Manual")

    orders.sort(key=lambda o: o["created"])

    wb = Workbook()
    ws = wb.active
    ws.title = "Order"
    hidden = wb.create_sheet("DataForProductsFilters")
    hidden.sheet_state = "veryHidden"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFB4C6E7")
    for j, c in enumerate(ORDER_COLS, start=1):
        cell = ws.cell(row=1, column=j, value=c)
        cell.font = bold
        cell.fill = fill

    labels = []
    r = 2
    oid = 2204
    store_addr = ("Unit 4, Sandbeck Way", "Wetherby", "LS22 7DN")
    for o in orders:
        oid += rng.randint(1, 5)
        sub_ex = round(sum(P[k][2] * q for k, q in o["lines"]), 2)
        if o["pickup"]:
            ship_ex = 0.0
            ship_method = "Click & Collect (Wetherby)"
        elif sub_ex >= 100:
            ship_ex = 0.0
            ship_method = "DPD Next Day"
        else:
            ship_ex = 4.95
            ship_method = rng.choice(["Royal Mail Tracked 48", "Royal Mail Tracked 48", "DPD Next Day"])
            if ship_method == "DPD Next Day":
                ship_ex = 7.50
        tax = round((sub_ex + ship_ex) * 0.2, 2)
        sub_in = round(sub_ex * 1.2, 2)
        ship_in = round(ship_ex * 1.2, 2)
        total = round(sub_in + ship_in, 2)
        is_invoice = o["pay"] == "Payments.CheckMoneyOrder"
        age = (datetime(2024, 6, 28) - o["created"]).days
        if age < 4:
            st, ps, ss = "Processing", ("Pending" if is_invoice else "Paid"), "Not Yet Shipped"
        elif is_invoice and age < 35:
            st, ps, ss = "Processing", "Pending", "Delivered"
        else:
            st, ps, ss = "Complete", "Paid", "Delivered"
        custom_xml = ""
        if o["custom"]:
            k, v = o["custom"]
            custom_xml = ('<?xml version="1.0" encoding="utf-16"?><DictionarySerializer><item><key>' + k +
                          "</key><value>" + v.replace("&", "&amp;") + "</value></item></DictionarySerializer>")
        if o["pickup"]:
            s_first, s_last, s_email, s_comp = "", "", "", ""
            s_city, s_a1, s_pc, s_phone = store_addr[1], store_addr[0], store_addr[2], "01937 582 440"
        else:
            s_first, s_last, s_email, s_comp = o["f"], o["l"], o["email"], o["company"]
            s_city, s_a1, s_pc, s_phone = o["city"], o["addr1"], o["pc"], o["phone"]
        vals = {
            "OrderId": oid, "StoreId": 1, "OrderGuid": guid(rng), "CustomerId": o["cid"], "CustomerGuid": guid(rng),
            "OrderStatus": st, "PaymentStatus": ps, "ShippingStatus": ss,
            "OrderSubtotalInclTax": sub_in, "OrderSubtotalExclTax": sub_ex, "OrderSubTotalDiscountInclTax": 0,
            "OrderSubTotalDiscountExclTax": 0, "OrderShippingInclTax": ship_in, "OrderShippingExclTax": ship_ex,
            "PaymentMethodAdditionalFeeInclTax": 0, "PaymentMethodAdditionalFeeExclTax": 0,
            "TaxRates": f"20:{tax:.4f};   ", "OrderTax": tax, "OrderTotal": total, "RefundedAmount": 0,
            "OrderDiscount": 0, "CurrencyRate": 1, "CustomerCurrencyCode": "GBP", "AffiliateId": 0,
            "PaymentMethodSystemName": o["pay"], "ShippingPickupInStore": bool(o["pickup"]),
            "ShippingMethod": ship_method,
            "ShippingRateComputationMethodSystemName": "Pickup.PickupInStore" if o["pickup"] else "Shipping.FixedByWeightByTotal",
            "CustomValuesXml": custom_xml, "VatNumber": o["vat"], "CreatedOnUtc": o["created"],
            "BillingFirstName": o["f"], "BillingLastName": o["l"], "BillingEmail": o["email"],
            "BillingCompany": o["company"], "BillingCountry": "United Kingdom", "BillingCountryCode": "GB",
            "BillingStateProvince": "", "BillingStateProvinceAbbreviation": "", "BillingCounty": "",
            "BillingCity": o["city"], "BillingAddress1": o["addr1"], "BillingAddress2": o["addr2"],
            "BillingZipPostalCode": o["pc"], "BillingPhoneNumber": o["phone"], "BillingFaxNumber": "",
            "ShippingFirstName": s_first, "ShippingLastName": s_last, "ShippingEmail": s_email,
            "ShippingCompany": s_comp, "ShippingCountry": "United Kingdom", "ShippingCountryCode": "GB",
            "ShippingStateProvince": "", "ShippingStateProvinceAbbreviation": "", "ShippingCounty": "",
            "ShippingCity": s_city, "ShippingAddress1": s_a1, "ShippingAddress2": "",
            "ShippingZipPostalCode": s_pc, "ShippingPhoneNumber": s_phone, "ShippingFaxNumber": "",
        }
        for j, c in enumerate(ORDER_COLS, start=1):
            v = vals[c]
            if v == "":
                continue
            cell = ws.cell(row=r, column=j, value=v)
            if c == "CreatedOnUtc":
                cell.number_format = "dd/mm/yyyy hh:mm:ss"
        labels.append(o["lab"])
        r += 1
        # item caption row (not a record) + item rows, starting in column B
        for j, c in enumerate(ITEM_COLS, start=2):
            cell = ws.cell(row=r, column=j, value=c)
            cell.font = bold
            cell.fill = fill
        ws.row_dimensions[r].outlineLevel = 1
        ws.row_dimensions[r].hidden = True
        for k, q in o["lines"]:
            r += 1
            name, sku, price, _ = P[k]
            vals_i = [guid(rng), name, sku, price, round(price * 1.2, 2), q, 0, 0, round(price * q, 2),
                      round(price * q * 1.2, 2)]
            for j, v in enumerate(vals_i, start=2):
                ws.cell(row=r, column=j, value=v)
            ws.row_dimensions[r].outlineLevel = 1
            ws.row_dimensions[r].hidden = True
            labels.append(o["lab"])
        r += 1

    ws.sheet_properties.outlinePr.summaryBelow = False
    path = LAYOUTS / f"{LID}.xlsx"
    wb.save(path)
    normalise_xlsx(path)
    write_labels(LID, labels)

    key = {
        "id": LID,
        "system": "nopCommerce (4.x) admin Sales > Orders > 'Export to Excel (all)' -> orders.xlsx, with OrderSettings.ExportWithProducts on",
        "country": "GB",
        "language": "en",
        "docs": [
            "nopCommerce source, src/Libraries/Nop.Services/ExportImport/ExportManager.cs, ExportOrdersToXlsxAsync: the exact order column names and order (OrderId, StoreId, OrderGuid, CustomerId, CustomerGuid, OrderStatus ... VatNumber, CreatedOnUtc, Billing*/Shipping* address columns)",
            "same file, ExportOrderToXlsxWithProductsAsync: sheet named 'Order' plus a very-hidden 'DataForProductsFilters' sheet; after each order row a caption row of the item properties (OrderItemGuid, Name, Sku, PriceExclTax, PriceInclTax, Quantity, DiscountExclTax, DiscountInclTax, TotalExclTax, TotalInclTax) starting in column 2, then one row per order item, rows grouped at outline level 1 and collapsed",
            "nopCommerce CommonHelper.ConvertEnum (public source): enum drop-down values are written as spaced words (e.g. 'Not Yet Shipped'), used for OrderStatus/PaymentStatus/ShippingStatus",
            "nopCommerce order model (public source): CustomValuesXml is the serialized payment custom-values dictionary (<DictionarySerializer><item><key>..), TaxRates is 'rate:amount;   '",
        ],
        "fields": {"buyer": "BillingCompany", "product": "Name", "quantity": "Quantity", "amount": "OrderTotal",
                   "tax_id": "VatNumber", "email": "BillingEmail", "payment": "PaymentMethodSystemName",
                   "comment": "CustomValuesXml"},
        "also_ok": {"buyer": ["BillingLastName", "ShippingCompany"],
                    "amount": ["OrderSubtotalExclTax", "OrderSubtotalInclTax", "TotalInclTax", "TotalExclTax"],
                    "email": ["ShippingEmail"]},
        "notes": "Hierarchical sheet 'Order'. Row 1 is the order header. Each order is one row (columns A..BI), followed by a caption row that repeats the item headers in columns B..K (OrderItemGuid, Name, Sku, PriceExclTax, PriceInclTax, Quantity, DiscountExclTax, DiscountInclTax, TotalExclTax, TotalInclTax) and then one row per order item in columns B..K (column A empty); caption and item rows are grouped and collapsed (hidden) as nopCommerce writes them. Records = order rows and item rows; the repeated item caption rows are headers, not records, and are not numbered. Item rows belong to the order row above them and share its label. The 'product'/'quantity' fields refer to the item caption headers Name/Quantity (read naively with pandas they fall under the order columns OrderGuid/CustomerGuid). PO numbers and buyer references sit in CustomValuesXml. Payments.CheckMoneyOrder is used by this shop as 'pay on invoice / BACS', Payments.Manual = card.",
    }
    write_key(LID, key)
    return orders, labels


if __name__ == "__main__":
    orders, labels = main()
    from collections import Counter
    print(len(orders), "orders", len(labels), "records", Counter(l["label"] for l in labels),
          sum(l["ambiguous"] for l in labels),
          Counter(o["lab"]["label"] for o in orders), sum(o["lab"]["ambiguous"] for o in orders))
