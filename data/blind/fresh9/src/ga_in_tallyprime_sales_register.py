"""TallyPrime 'Sales Register' (columnar, one line per voucher) exported to Excel.
Seller: a Hyderabad (Telangana, state code 36) computer / electronics dealer."""
import random, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font
from ga_common import LAYOUTS, gstin_check, write_labels, write_key

PID = "ga_in_tallyprime_sales_register"
rng = random.Random(90901)
L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def pan(kind_char, first):
    return "".join(rng.choice(L) for _ in range(3)) + kind_char + first + f"{rng.randint(1, 9999):04d}" + rng.choice(L)


def gstin(state, kind_char, first):
    b = f"{state:02d}" + pan(kind_char, first) + str(rng.choice([1, 1, 1, 2])) + "Z"
    return b + gstin_check(b)


def gstin_tds(state):
    tan = "HYD" + rng.choice("CDGKMNPS") + f"{rng.randint(1, 99999):05d}" + rng.choice(L)
    b = f"{state:02d}" + tan + "1D"
    return b + gstin_check(b)


def uin(state, code):
    b = f"{state:02d}" + rng.choice(["17", "18", "19"]) + code + f"{rng.randint(1, 999):05d}" + "UN"
    return b + gstin_check(b)

# (name, state, pan-type, label, kind, amb, country)
COMPANIES = [
    ("Cyient Limited", 36, "C"), ("Dr. Reddy's Laboratories Ltd", 36, "C"), ("Hetero Drugs Limited", 36, "C"),
    ("Aurobindo Pharma Limited", 36, "C"), ("Sify Technologies Limited", 33, "C"), ("Greenko Energies Pvt Ltd", 36, "C"),
    ("Megha Engineering & Infrastructures Ltd", 36, "C"), ("Krishna Institute of Medical Sciences Ltd", 36, "C"),
    ("Apollo Hospitals Enterprise Ltd", 36, "C"), ("Amara Raja Energy & Mobility Ltd", 37, "C"),
    ("Kirby Building Systems & Structures India Pvt Ltd", 36, "C"), ("L&T Metro Rail (Hyderabad) Ltd", 36, "C"),
    ("Divi's Laboratories Limited", 36, "C"), ("Suven Pharmaceuticals Ltd", 36, "C"), ("Natco Pharma Limited", 36, "C"),
    ("Rain Industries Limited", 36, "C"), ("Sagar Cements Limited", 36, "C"), ("Keerthi Industries Ltd", 36, "C"),
    ("Value Labs LLP", 36, "F"), ("Ramky Infrastructure Ltd", 36, "C"),
]
SMALL = [  # proprietorships / firms
    ("SRI LAKSHMI VENKATESWARA TRADERS", 36, "P"), ("Srinivasa Rao Enterprises", 36, "P"),
    ("M/s Ravi Kumar & Associates, Chartered Accountants", 36, "F"), ("Balaji Xerox & Stationery", 36, "P"),
    ("SAI KRUPA COMPUTERS", 36, "P"), ("Dr. Padmaja's Dental Clinic", 36, "P"), ("Vijaya Medical & General Stores", 36, "P"),
    ("Kakatiya Tutorials", 36, "P"), ("Harsha Tours & Travels", 36, "P"), ("Mahalakshmi Cloth Emporium", 36, "P"),
]
NONPROFIT = [
    ("Delhi Public School Society (Nacharam)", 36, "T", "private_school"),
    ("Sri Chaitanya Educational Society", 36, "A", "private_school"),
    ("Rotary Club of Hyderabad Deccan", 36, "A", "nonprofit"),
    ("Akshaya Patra Foundation", 29, "T", "nonprofit"),
]
GOV = [
    ("Commissioner, Greater Hyderabad Municipal Corporation", "municipality"),
    ("Commissioner of Police, Cyberabad", "police"),
    ("Zilla Parishad High School, Medchal", "public_school"),
    ("Osmania University", "public_university"),
    ("Jawaharlal Nehru Technological University Hyderabad", "public_university"),
    ("Gandhi Hospital, Secunderabad", "public_hospital"),
    ("Office of the District Collector, Rangareddy", "government_office"),
    ("Kendriya Vidyalaya No.1, Uppal", "public_school"),
    ("CSIR-Indian Institute of Chemical Technology", "government_research_institute"),
    ("Telangana State Road Transport Corporation", "state_transport_corporation"),
    ("Hyderabad Metropolitan Water Supply & Sewerage Board", "municipal_utility_board"),
    ("Directorate of School Education, Telangana", "government_agency"),
]
PSU = ["NMDC Limited", "Bharat Dynamics Limited", "The Singareni Collieries Company Ltd", "Bharat Heavy Electricals Limited",
       "Electronics Corporation of India Limited"]
PERSONS_F = ["Ramesh", "Suresh", "Lakshmi", "Prasanna", "Venkat", "Srinivas", "Anitha", "Kavitha", "Mahesh", "Naveen",
             "Swathi", "Rajesh", "Priya", "Sai Kiran", "Harika", "Ravi Teja", "Madhavi", "Kiran"]
PERSONS_L = ["Reddy", "Rao", "Goud", "Naidu", "Kumar", "Sharma", "Chowdary", "Varma", "Yadav", "Patel", "Prasad", "Rao", "Murthy"]

BIZ_ITEMS = [("Dell Latitude 3440 Laptop", 52500, 18), ("HP LaserJet Pro M126nw MFP", 17800, 18),
             ("Lenovo ThinkCentre Neo 50s Desktop", 44900, 18), ("Canon imageCLASS MF3010", 13650, 18),
             ("HP 88A Toner Cartridge", 3950, 18), ("JK Copier A4 75 GSM Ream", 265, 12), ("APC Back-UPS 1100VA", 6200, 18),
             ("D-Link 24 Port Gigabit Switch", 9800, 18), ("Epson EcoTank L3250", 14200, 18), ("Logitech MK215 Combo", 1150, 18),
             ("Samsung 24\" LED Monitor", 10400, 18), ("Godrej Steel Almirah", 18500, 18)]
HOME_ITEMS = [("LG 1.5 Ton 5 Star Split AC", 46500, 28), ("Samsung 253L Double Door Refrigerator", 27900, 18),
              ("IFB 25L Convection Microwave", 14800, 18), ("Sony Bravia 43\" LED TV", 44500, 28),
              ("Prestige Electric Kettle 1.5L", 1350, 18), ("Bajaj Majesty Water Heater 15L", 8200, 18),
              ("HP Pavilion x360 Laptop", 68900, 18), ("Apple iPhone 15 128GB", 69900, 18)]


def pick(lst):
    return lst[rng.randrange(len(lst))]


def person():
    f, l = pick(PERSONS_F), pick(PERSONS_L)
    return rng.choice([f"{f} {l}", f"{l.upper()} {f.upper()}", f"{f[0]}. {f} {l}" if False else f"{l[0]}. {f}"])


recs = []  # dict: particulars, gstin, narration, items(list of (name, rate, gst, qty)), vtype, ref, label...


def add(name, gst, narr, items, label, kind, amb, country="IN", vtype="Sales", ref=""):
    recs.append(dict(name=name, gst=gst, narr=narr, items=items, label=label, kind=kind, amb=amb, country=country,
                     vtype=vtype, ref=ref))


def biz_items(n_lines=None, big=False):
    n = n_lines or rng.choice([1, 1, 2, 2, 3])
    out = []
    for _ in range(n):
        it = pick(BIZ_ITEMS)
        q = rng.choice([2, 3, 5, 10, 4, 6]) if not it[0].endswith("Ream") else rng.choice([20, 50, 100])
        if big:
            q *= 2
        out.append((it[0], it[1], it[2], q))
    return out


gst_cache = {}


def gst_of(name, state, t):
    if name not in gst_cache:
        gst_cache[name] = gstin(state, t, name.replace("M/s ", "").replace("Dr. ", "")[0].upper())
    return gst_cache[name]


for _ in range(70):  # companies: repeat buyers
    n, st, t = pick(COMPANIES)
    po = f"PO No. {rng.choice(['4500', 'PO/24-25/', 'HYD/IT/'])}{rng.randint(100, 99999)}"
    add(n, gst_of(n, st, t), rng.choice([po, po + " dt. " + f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-2024", "", "Being goods sold on credit"]),
        biz_items(), "B2B", "company" if t == "C" else "llp", False)
for _ in range(18):
    n, st, t = pick(SMALL)
    kind = "professional_firm" if "Chartered" in n else ("doctor_practice" if "Dental" in n else "sole_trader")
    add(n, gst_of(n, st, t), rng.choice(["", "Being goods sold", "For resale" if "COMPUTERS" in n or "Xerox" in n else ""]),
        biz_items(), "B2B", kind, False)
for _ in range(6):
    n, st, t, k = pick(NONPROFIT)
    add(n, gst_of(n, st, t) if rng.random() < 0.6 else "", "Computer lab upgrade" if "School" in n or "Educational" in n else "",
        biz_items(), "B2B", k, False)
for _ in range(26):
    n, k = pick(GOV)
    g = gstin_tds(36) if rng.random() < 0.7 else ""
    gem = rng.random() < 0.5
    narr = f"GeM Contract No. GEMC-5116877{rng.randint(10000000, 99999999)}" if gem else rng.choice(
        ["Supply as per Supply Order No. " + f"{rng.randint(100, 999)}/Stores/2024", "", "As per work order"])
    items = biz_items()
    amb = False
    if k == "public_school" and rng.random() < 0.4:
        items = [("Prestige Electric Kettle 1.5L", 1350, 18, 1)]
        narr = "For staff room"
        amb = True
    add(n, g, narr, items, "B2G", k, amb, ref=("GEM" if gem else ""))
# embassy / consulate with UIN
for _ in range(3):
    add("Consulate General of the United States of America, Hyderabad", uin(36, "USA"), "Diplomatic supply - UIN",
        biz_items(), "B2G", "consulate", False)
# international organisation (UN UIN)
for _ in range(3):
    add("UNICEF India Field Office, Hyderabad", uin(36, "UNO"), "UIN holder - refund of GST claimable",
        biz_items(), "B2B", "international_org", True)
# state-owned companies
for _ in range(8):
    n = pick(PSU)
    gem = rng.random() < 0.5
    narr = f"GeM Contract No. GEMC-5116877{rng.randint(10000000, 99999999)}" if gem else f"PO No. {rng.randint(4500000000, 4509999999)}"
    add(n, gst_of(n, 36, "C"), narr, biz_items(), "B2B", "state_owned_company", gem)
# company buying one household item
for _ in range(5):
    n, st, t = pick(COMPANIES)
    it = pick(HOME_ITEMS[:5])
    add(n, gst_of(n, st, t), rng.choice(["", "For guest house"]), [(it[0], it[1], it[2], 1)], "B2B", "company", True)
# proprietor paying personal UPI for a household item
for _ in range(4):
    n, st, t = pick(SMALL)
    it = pick(HOME_ITEMS)
    add(n, gst_of(n, st, t), "Paid via PhonePe UPI", [(it[0], it[1], it[2], 1)], "B2B", "sole_trader", True)
# person paying a company's invoice
for _ in range(2):
    n, st, t = pick(COMPANIES)
    add(n, gst_of(n, st, t), f"Amount recd from Mr. {pick(PERSONS_F)} {pick(PERSONS_L)} on behalf of company",
        biz_items(), "B2B", "person_pays_company_invoice", True)
# named private persons
for _ in range(16):
    it = pick(HOME_ITEMS)
    add(person(), "", rng.choice(["", "Paid by card", "Cash sale", "EMI - Bajaj Finserv"]), [(it[0], it[1], it[2], 1)],
        "B2C", "private_person", False)
# person with large volume, no business sign
for _ in range(2):
    add(person(), "", "Paid by card", [("Apple iPhone 15 128GB", 69900, 18, 12)], "B2C", "private_person_bulk", True)
# person stating business purpose
for _ in range(2):
    add(person(), "", "Customer states laptops are for his coaching centre", [("Dell Latitude 3440 Laptop", 52500, 18, 3)],
        "B2B", "person_business_purpose", True)
# cash sales (anonymous)
for _ in range(28):
    it = pick(HOME_ITEMS + BIZ_ITEMS[4:6] + BIZ_ITEMS[9:10])
    add(rng.choice(["Cash", "Cash", "CASH SALES"]), "", "", [(it[0], it[1], it[2], rng.choice([1, 1, 2]))],
        "B2C", "anonymous_retail", False)
# thin: cash with business-only goods
for _ in range(3):
    add("Cash", "", "", [("D-Link 24 Port Gigabit Switch", 9800, 18, 4), ("APC Back-UPS 1100VA", 6200, 18, 4)],
        "B2B", "thin_business_goods", True)

rng.shuffle(recs)
# sort by date
start = dt.date(2024, 4, 1)
dates = sorted(start + dt.timedelta(days=rng.randrange(0, 365)) for _ in recs)

wb = Workbook()
ws = wb.active
ws.title = "Sales Register"
title = ["Sai Sharadha Electronics & Computers Pvt Ltd", "3-6-145/2, Himayatnagar, Hyderabad - 500029",
         "GSTIN/UIN: 36AAKCS4417M1Z" + gstin_check("36AAKCS4417M1Z"), "Sales Register", "1-Apr-2024 to 31-Mar-2025"]
# fix seller gstin properly (15 chars)
title[2] = "GSTIN/UIN: " + "36AAKCS4417M1Z" + gstin_check("36AAKCS4417M1Z")
for t in title:
    ws.append([t])
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
hdr = ["Date", "Particulars", "Voucher Type", "Voucher No.", "Voucher Ref. No.", "GSTIN/UIN", "Narration", "Quantity",
       "Value", "Gross Total", "Sales - GST 12%", "Sales - GST 18%", "Sales - GST 28%", "Output CGST", "Output SGST",
       "Output IGST", "Round Off"]
ws.append(hdr)
for c in ws[ws.max_row]:
    c.font = Font(bold=True)
tot = [0.0] * 10
for i, (r, d) in enumerate(zip(recs, dates), start=1):
    s12 = sum(p * q for n, p, g, q in r["items"] if g == 12)
    s18 = sum(p * q for n, p, g, q in r["items"] if g == 18)
    s28 = sum(p * q for n, p, g, q in r["items"] if g == 28)
    tax = s12 * .12 + s18 * .18 + s28 * .28
    intra = (not r["gst"]) or r["gst"].startswith("36")
    cg = sg = round(tax / 2, 2) if intra else None
    ig = None if intra else round(tax, 2)
    val = s12 + s18 + s28
    gross_raw = val + tax
    gross = round(gross_raw)
    ro = round(gross - gross_raw, 2)
    qty = sum(q for *_, q in r["items"])
    narr = r["narr"]
    if narr == "" and len(r["items"]) and rng.random() < 0.35:
        narr = "; ".join(f"{n} x {q}" for n, p, g, q in r["items"])
    ref = f"GEM/{rng.randint(2024, 2025)}/B/{rng.randint(4000000, 5999999)}" if r["ref"] == "GEM" else ""
    row = [d, r["name"], r["vtype"], f"SSE/{i:04d}/24-25", ref or None, r["gst"] or None, narr or None,
           f"{qty} Nos", val, gross, s12 or None, s18 or None, s28 or None, cg, sg, ig, ro or None]
    ws.append(row)
    ws.cell(ws.max_row, 1).number_format = "d-mmm-yy"
    for j, v in enumerate([val, gross, s12, s18, s28, cg or 0, sg or 0, ig or 0, ro]):
        tot[j] += v
ws.append([None, "Grand Total", None, None, None, None, None, None, round(tot[0], 2), round(tot[1], 2), tot[2], tot[3],
           tot[4], round(tot[5], 2), round(tot[6], 2), round(tot[7], 2), round(tot[8], 2)])
ws.cell(ws.max_row, 2).font = Font(bold=True)
LAYOUTS.mkdir(exist_ok=True)
wb.properties.created = wb.properties.modified = dt.datetime(2025, 4, 2, 10, 15, 0)
wb.properties.creator = "TallyPrime"
wb.save(LAYOUTS / f"{PID}.xlsx")
# make the file byte-reproducible: fixed core-properties times and fixed zip entry dates
import re, zipfile, io
_p = LAYOUTS / f"{PID}.xlsx"
_src = zipfile.ZipFile(io.BytesIO(_p.read_bytes()))
_buf = io.BytesIO()
with zipfile.ZipFile(_buf, "w", zipfile.ZIP_DEFLATED) as _z:
    for _n in _src.namelist():
        _d = _src.read(_n)
        if _n == "docProps/core.xml":
            _d = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-04-02T10:15:00Z", _d)
        _z.writestr(zipfile.ZipInfo(_n, (2025, 4, 2, 10, 15, 0)), _d, zipfile.ZIP_DEFLATED)
_p.write_bytes(_buf.getvalue())
write_labels(PID, recs)
write_key(PID, {
    "id": PID,
    "system": "TallyPrime - Display More Reports > Account Books > Sales Register (columnar, Alt+F5 detailed off), exported with Export > Excel",
    "country": "IN", "language": "en",
    "docs": [
        "help.tallysolutions.com (Download Excel Files with Sample Data for Import; XML request/response case study): Tally names customers by their party ledger ('Particulars'), vouchers by Voucher Type / Voucher No., and reports can be exported to Excel",
        "excel2tally.freshdesk.com column explanations for sales vouchers: Date, Voucher Number, Voucher Type (e.g. 'Sales'), party name, Tally's invoice-number conventions such as INV/DEL/112/1819 and DD-MM-YYYY dates",
        "Not found in public documentation: an exact Sales Register Excel column list; the columnar register (title block with company name, address, report name and period, then Date/Particulars/Voucher Type/Voucher No./GSTIN/UIN/Quantity/Value/Gross Total and one column per sales and tax ledger, closing 'Grand Total') is reconstructed from how Tally's columnar registers look"],
    "fields": {"buyer": "Particulars", "product": None, "quantity": "Quantity", "amount": "Gross Total",
               "tax_id": "GSTIN/UIN", "email": None, "payment": None, "comment": "Narration"},
    "also_ok": {"amount": ["Value"], "comment": ["Voucher Ref. No."]},
    "notes": "Five title lines (company, address, seller GSTIN, 'Sales Register', period) and a blank line above the header; one line per sales voucher; last line 'Grand Total' is not a record. 'Cash'/'CASH SALES' is the cash-sale ledger (anonymous retail). Government buyers often carry a TDS-registration GSTIN (TAN-based, 'D' in 14th place); UN bodies and consulates carry a UIN. Narration sometimes lists the items; there is no item column. GeM = Government e-Marketplace contract."})
print(PID, len(recs))
