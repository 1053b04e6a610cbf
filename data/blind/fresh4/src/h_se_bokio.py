"""Bokio (Sweden) - customer invoices (kundfakturor) exported to Excel, one row per invoice line.

The seller is a small electrical contractor (aktiebolag) that invoices private persons with
ROT deduction, housing co-operatives, companies and public bodies. Seed fixed.
"""
import random
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font
from h_common import LAYOUTS, write_labels, write_key, se_orgnr, se_orgnr_valid

SEED = 7301
rng = random.Random(SEED)
LAYOUT_ID = "h_se_bokio_kundfakturor"

HEADER = ["Fakturanummer", "Fakturadatum", "Förfallodatum", "Status", "Kundnummer", "Kund",
          "Organisationsnummer", "Momsregistreringsnummer", "E-post", "Er referens", "Artikel",
          "Beskrivelse", "Antal", "Enhet", "À-pris", "Moms %", "Belopp exkl. moms", "Moms",
          "Belopp inkl. moms", "Valuta", "Betalningsvillkor", "ROT/RUT", "Meddelande"]

# article: (Artikel, Beskrivelse, Enhet, à-pris exkl. moms, is_labour)
ART = {
    "ARB": ("Arbete elektriker", "Elinstallation, arbetstid", "tim", 695.0, True),
    "FEL": ("Felsökning", "Felsökning el, per timme", "tim", 795.0, True),
    "FRAM": ("Framkörning", "Framkörningsavgift", "st", 395.0, False),
    "MAT": ("Material", "Installationsmaterial enligt underlag", "st", 1.0, False),
    "LADD": ("Laddbox Easee", "Easee Charge Lite laddbox 22 kW", "st", 7990.0, False),
    "LADDINST": ("Installation laddbox", "Installation laddbox inkl. lastbalansering", "st", 6500.0, True),
    "JFB": ("Jordfelsbrytare", "Jordfelsbrytare 4-pol 40A 30mA", "st", 1290.0, False),
    "LED": ("LED-panel", "LED-panel 600x600 36W 4000K", "st", 649.0, False),
    "SPIS": ("Spisvakt", "Spisvakt Innohome SGK-500", "st", 2490.0, False),
    "CENTRAL": ("Elcentral", "Byte av elcentral, komplett med montage", "st", 14900.0, True),
    "UTE": ("Utebelysning", "Vägglampa utomhus med rörelsevakt", "st", 899.0, False),
    "UTTAG": ("Eluttag", "Vägguttag jordat 2-vägs, infällt", "st", 189.0, False),
    "CAT6": ("Nätverksuttag", "Dragning nätverkskabel Cat6, per uttag", "st", 1150.0, True),
    "NODLJUS": ("Nödbelysning", "Nödbelysningsarmatur med batteri och skylt", "st", 1890.0, False),
    "BESIKT": ("Elbesiktning", "Elbesiktning och egenkontroll", "st", 2900.0, True),
    "FLAKT": ("Montering köksfläkt", "Montering och inkoppling köksfläkt", "st", 1450.0, True),
    "DISK": ("Inkoppling diskmaskin", "Inkoppling diskmaskin/kaffemaskin", "st", 950.0, True),
    "SOL": ("Solcellsinstallation", "Installation växelriktare solceller, el-del", "st", 12500.0, True),
    "BELYS": ("Trappbelysning", "Trapphusbelysning LED med närvarostyrning", "st", 1690.0, False),
    "SERV": ("Serviceavtal", "Serviceavtal el, helår", "st", 9600.0, False),
}

SELLER_REF = ["Jonas Ek", "Sara Holm"]


def norm_email(first, last):
    tr = str.maketrans("åäöéü", "aaoeu")
    return f"{first.lower().translate(tr)}.{last.lower().translate(tr)}"


customers = []


def add(name, label, kind, orgnr="", vat="", email="", ref="", pool=None, n_docs=None, amb=False, docs=None,
        rot=False, terms="30 dagar", country="SE"):
    if n_docs is None:
        n_docs = 0 if docs else 1
    customers.append(dict(name=name, label=label, kind=kind, orgnr=orgnr, vat=vat, email=email, ref=ref,
                          pool=pool or [], n_docs=n_docs, amb=amb, docs=docs or [], rot=rot, terms=terms,
                          country=country))


def vatno(orgnr):
    return "SE" + orgnr.replace("-", "") + "01" if orgnr else ""


# ---- public bodies (B2G) - real organisationsnummer, Luhn-valid
PUBLIC_POOL = ["ARB", "LED", "NODLJUS", "CAT6", "UTTAG", "BESIKT", "JFB", "FRAM", "MAT"]
for name, orgnr, kind, email, ref, nd in [
    ("Uppsala kommun", "212000-3005", "municipality", "fakturor@uppsala.se", "Ref 4410 Fastighetsförvaltningen", 3),
    ("Enköpings kommun", "212000-0308", "municipality", "leverantorsfakturor@enkoping.se", "Ref KS-2024-118", 1),
    ("Västerås stad", "212000-2080", "municipality", "", "Ref 72135", 1),
    ("Region Uppsala", "232100-0024", "region", "", "Ref 30411 Akademiska sjukhuset", 2),
    ("Trafikverket", "202100-6297", "government_agency", "", "Ref TRV 2024/41177", 1),
    ("Uppsala universitet", "202100-2932", "public_university", "", "Ref UU-31250", 2),
    ("Sveriges lantbruksuniversitet", "202100-2817", "public_university", "", "Ref SLU 4412", 1),
    ("Polismyndigheten", "202100-0076", "police", "", "Ref 1870 Region Mitt", 1),
    ("Lantmäteriet", "202100-4888", "government_agency", "", "Ref LM-2024-9911", 1),
    ("Kriminalvården", "202100-3831", "government_agency", "", "Ref Anstalten Salberga", 1),
    ("Skatteverket", "202100-5448", "government_agency", "", "Ref 6530", 1),
]:
    assert se_orgnr_valid(orgnr), name
    add(name, "B2G", kind, orgnr, vatno(orgnr), email, ref, PUBLIC_POOL, nd, terms="30 dagar")

# municipal school written as the school's name plus the municipality
add("Katedralskolan (Uppsala kommun)", "B2G", "public_school", "212000-3005", "", "", "Ref 4410-KAT",
    ["CAT6", "LED", "ARB", "MAT"], 1)

# ---- companies, co-operatives, associations (B2B)
BIZ_POOL = ["ARB", "MAT", "LED", "UTTAG", "CAT6", "JFB", "NODLJUS", "FRAM", "BESIKT", "SERV", "CENTRAL"]
BRF_POOL = ["BELYS", "LADD", "LADDINST", "ARB", "MAT", "BESIKT", "UTE", "SERV"]
companies = [
    ("Akademiska Hus AB", "556459-9156", "state_owned_company", "fakturor@akademiskahus.se"),
    ("Systembolaget AB", "556059-9473", "state_owned_company", ""),
    ("Fyrisvall Bygg AB", se_orgnr("559214318"), "company", "info@fyrisvallbygg.se"),
    ("Norrlandsgatans Tandvård AB", se_orgnr("556873402"), "professional_practice", "reception@norrlandstandvard.se"),
    ("GRÄNBY BILSERVICE AB", se_orgnr("556690127"), "company", "verkstad@granbybilservice.se"),
    ("Kvarngärdets Pizzeria HB", se_orgnr("969771305"), "partnership", "kvarngardetspizza@gmail.com"),
    ("Bergströms Måleri & Tapet HB", se_orgnr("916851442"), "partnership", "bergstromsmaleri@telia.com"),
    ("Uppsala Café & Bageri AB", se_orgnr("559301226"), "company", "hej@uppsalacafe.se"),
    ("Fastighets AB Svartbäcken", se_orgnr("556788190"), "company", "ekonomi@fabsvartbacken.se"),
    ("Svenska kyrkan Uppsala pastorat", se_orgnr("252002690"), "church", "uppsala.pastorat@svenskakyrkan.se"),
    ("IFK Uppsala Fotboll", se_orgnr("817600712"), "association", "kansli@ifkuppsala.se"),
    ("Hyresgästföreningen Region Mitt", se_orgnr("802001436"), "association", ""),
    ("ICA Supermarket Luthagen (Luthagens Livs AB)", se_orgnr("556604881"), "company", "butik@luthagenslivs.se"),
    ("Almtuna Redovisning AB", se_orgnr("559087115"), "company", "info@almtunaredovisning.se"),
    ("Sävja Hunddagis", se_orgnr("559412053"), "company", "savjahunddagis@outlook.com"),
    ("Stiftelsen Uppsala Studentbostäder", se_orgnr("817601298"), "foundation", ""),
]
for name, orgnr, kind, email in companies:
    assert se_orgnr_valid(orgnr), name
    add(name, "B2B", kind, orgnr, vatno(orgnr) if kind not in ("association", "church") else "", email,
        rng.choice(["", "Ref " + rng.choice(["Lars", "Karin", "Per", "Emma", "Anders"])]),
        BIZ_POOL, rng.choice([1, 1, 2, 2, 3]))

for name, first6 in [("Brf Kungsängen 12", "769608"), ("Brf Eriksberg Norra", "716417"),
                     ("HSB Brf Gottsunda Centrum", "717600"), ("Brf Rosendal Park", "769636")]:
    orgnr = se_orgnr(first6 + str(rng.randint(100, 999)))
    slug = name.lower().replace("hsb ", "").replace(" ", "").translate(str.maketrans("åäö", "aao"))
    add(name, "B2B", "housing_cooperative", orgnr, "", f"styrelsen@{slug}.se", "Ref styrelsen", BRF_POOL,
        rng.choice([1, 2]))

# sole traders (enskild firma) - no number shown (it would be the owner's personnummer)
for name, email in [("Johan Eks Snickeri", "johan.ek.snickeri@gmail.com"),
                    ("Lindqvists Trädgårdstjänst", "lindqvist.tradgard@hotmail.com"),
                    ("Frisör Sunnersta", "frisorsunnersta@gmail.com"),
                    ("Ahlgren Konsult", "peter@ahlgrenkonsult.se")]:
    add(name, "B2B", "sole_trader", "", "", email, "", ["ARB", "UTTAG", "LED", "FRAM", "MAT", "JFB"], 1,
        terms="20 dagar")

# ---- private persons (B2C), ROT on labour, personnummer-free
FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Mikael", "Sofia", "Anders", "Emma",
         "Per", "Elin", "Fredrik", "Linnea", "Oskar", "Ingrid", "Mattias", "Sara", "Björn", "Helena", "Niklas"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Lindberg", "Lundqvist", "Berg", "Holmberg", "Sandström",
        "Åberg", "Öberg", "Ekström", "Wallin"]
HOME_POOL = ["ARB", "FEL", "LADD", "LADDINST", "JFB", "SPIS", "UTE", "UTTAG", "FLAKT", "CENTRAL", "SOL", "FRAM", "MAT"]
MAILS = ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "icloud.com", "live.se", "yahoo.se"]
used = set()
for i in range(30):
    while True:
        f, l = rng.choice(FIRST), rng.choice(LAST)
        if (f, l) not in used:
            used.add((f, l)); break
    email = f"{norm_email(f, l)}{rng.choice(['', '', str(rng.randint(60, 99))])}@{rng.choice(MAILS)}" if rng.random() < 0.8 else ""
    shown = f"{f} {l}" if rng.random() < 0.85 else f"{l.upper()} {f.upper()}"
    add(shown, "B2C", "private_person", "", "", email, "", HOME_POOL, rng.choice([1, 1, 1, 2]), rot=True,
        terms=rng.choice(["10 dagar", "15 dagar", "30 dagar"]))

# ---- anonymous counter customer (B2C, not ambiguous)
add("Kontantkund", "B2C", "anonymous_retail", pool=["UTTAG", "JFB", "UTE", "LED"], n_docs=0,
    docs=[[("UTTAG", 2, None, ""), ("JFB", 1, None, "")], [("UTE", 1, None, "")], [("LED", 2, None, "")]],
    terms="Kontant")

# ---- ambiguous cases (explicit invoices: list of lines (art, qty, price, note))
add("Anna Berg", "B2C", "person_gov_email", email="anna.berg@uppsala.se", rot=True, amb=True,
    docs=[[("LADD", 1, None, ""), ("LADDINST", 1, None, "Laddbox i garaget, villa Sunnersta")]])
add("Gustav Lind", "B2C", "person_company_email", email="gustav.lind@ericsson.com", rot=True, amb=True,
    docs=[[("FLAKT", 1, None, ""), ("FRAM", 1, None, "")]])
add("Fyrisvall Bygg AB", "B2B", "company_household_item", se_orgnr("559214318"), vatno(se_orgnr("559214318")),
    "info@fyrisvallbygg.se", amb=True, docs=[[("DISK", 1, None, "Inkoppling diskmaskin i personalköket")]])
add("Lindqvists Trädgårdstjänst", "B2B", "sole_trader_private_payment", email="lindqvist.tradgard@hotmail.com",
    amb=True, terms="Kontant", docs=[[("UTE", 2, None, "Betalt med Swish från privat konto")]])
add("Oskar Nilsson", "B2B", "private_person_business_use", email="oskar.nilsson88@gmail.com", amb=True,
    docs=[[("UTTAG", 6, None, ""), ("ARB", 5, None, ""), ("MAT", 850, None, "Till min nya frisörsalong på Dragarbrunnsgatan")]])
add("Sjöbergs Hundtrim AB", "B2B", "person_pays_company_invoice", se_orgnr("559366140"), vatno(se_orgnr("559366140")),
    "", amb=True, docs=[[("JFB", 1, None, ""), ("ARB", 2, None, "Fakturan betald av Maria Sjöberg privat")]])
add("International IDEA", "B2B", "international_org", se_orgnr("802017077"), "", "procurement@idea.int", amb=True,
    docs=[[("CAT6", 8, None, ""), ("ARB", 6, None, "")]])
add("Vattenfall AB", "B2B", "state_owned_company", "556036-2138", vatno("556036-2138"), "", "Ref PO 4500812271",
    amb=True, docs=[[("ARB", 24, None, "Avrop enligt ramavtal (LUF) nr VF-2023-0457"), ("MAT", 5400, None, "")]])
add("Uppsalahem AB", "B2B", "municipal_owned_company", "556137-5139", vatno("556137-5139"), "fakturor@uppsalahem.se",
    "Ref 7712", amb=True, docs=[[("BELYS", 14, None, "Avrop ramavtal enligt LOU, upphandling UH-2022-31"),
                                 ("ARB", 18, None, "")]])
add("Stiftelsen för strategisk forskning", "B2B", "state_founded_fund", se_orgnr("817602071"), "", "", amb=True,
    docs=[[("CAT6", 4, None, ""), ("LED", 6, None, "")]])
add("Region Uppsala", "B2G", "region_household_item", "232100-0024", vatno("232100-0024"), "", "Ref 30411",
    amb=True, docs=[[("DISK", 1, None, "Inkoppling kaffemaskin, personalrum avd 30E")]])
add("Uppsala kommun", "B2G", "municipality_household_item", "212000-3005", vatno("212000-3005"),
    "fakturor@uppsala.se", "Ref 4410 Fritidsgården Gottsunda", amb=True,
    docs=[[("FLAKT", 1, None, "Ny köksfläkt i fritidsgårdens pentry")]])
add("Mattias", "B2C", "thin_first_name_only", amb=True, docs=[[("FEL", 1, None, "")]], terms="10 dagar")
add("", "B2B", "thin_business_goods", amb=True, docs=[[("NODLJUS", 12, None, ""), ("ARB", 8, None, "")]])
add("Kristina Holm", "B2C", "private_person_bulk", email="kristina.holm@gmail.com", amb=True,
    docs=[[("LADD", 6, 7490.0, "6 laddboxar, leverans till privatadress")]])

# ---------------------------------------------------------------- build invoices
cust_no = {}
invoices = []
for c in customers:
    key = (c["name"], c["orgnr"])
    if key not in cust_no:
        cust_no[key] = 1001 + len(cust_no)
    plans = list(c["docs"])
    for _ in range(c["n_docs"]):
        k = rng.randint(1, 3)
        arts = rng.sample(c["pool"], k)
        lines = []
        for a in arts:
            unit = ART[a][2]
            if a == "MAT":
                q = rng.randint(150, 6000)
            elif unit == "tim":
                q = rng.choice([1, 2, 2.5, 3, 4, 6, 8, 12, 16]) if c["label"] != "B2C" else rng.choice([1, 1.5, 2, 3, 4])
            elif c["label"] == "B2C":
                q = 1 if a in ("CENTRAL", "LADD", "LADDINST", "SOL", "SPIS", "FLAKT", "FRAM", "JFB") else rng.randint(1, 4)
            else:
                q = rng.randint(1, 2) if a in ("CENTRAL", "SERV", "BESIKT", "FRAM", "LADDINST") else rng.randint(1, 20)
            lines.append((a, q, None, ""))
        if c["label"] == "B2C" and not any(ART[a][4] for a, *_ in lines):
            lines.append(("ARB", rng.choice([1, 2, 3]), None, ""))
        plans.append(lines)
    for lines in plans:
        d = dt.date(2024, 1, 3) + dt.timedelta(days=rng.randint(0, 355))
        invoices.append(dict(c=c, date=d, lines=lines, cno=cust_no[key]))

invoices.sort(key=lambda x: (x["date"], x["cno"]))
rows, labels = [], []
for n, inv in enumerate(invoices, start=2024101):
    c = inv["c"]
    terms = c["terms"]
    days = int(terms.split()[0]) if terms.split()[0].isdigit() else 0
    due = inv["date"] + dt.timedelta(days=days)
    if due < dt.date(2024, 12, 1):
        status = rng.choice(["Betald"] * 9 + ["Påminnelse skickad"])
    else:
        status = rng.choice(["Obetald", "Betald"])
    note_inv = next((ln[3] for ln in inv["lines"] if ln[3]), "")
    for a, q, price, note in inv["lines"]:
        art, desc, unit, lp, labour = ART[a]
        up = price if price is not None else lp
        net = round(q * up, 2)
        vat = round(net * 0.25, 2)
        rot = "ROT" if c["rot"] and labour else ""
        rows.append([n, inv["date"], due, status, inv["cno"], c["name"], c["orgnr"], c["vat"], c["email"],
                     c["ref"], art, desc, q, unit, up, 25, net, vat, round(net + vat, 2), "SEK", terms, rot,
                     note])
        labels.append(dict(label=c["label"], ambiguous=c["amb"], kind=c["kind"], country=c["country"]))

wb = Workbook()
ws = wb.active
ws.title = "Fakturor"
ws.append(HEADER)
for cell in ws[1]:
    cell.font = Font(bold=True)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "yyyy-mm-dd"
    row[2].number_format = "yyyy-mm-dd"
    for idx in (14, 16, 17, 18):
        row[idx].number_format = "#,##0.00"
# fixed workbook timestamps so the file rebuilds byte-identically
fixed = dt.datetime(2025, 1, 15, 9, 30, 0)
wb.properties.created = fixed
wb.properties.modified = fixed
wb.properties.creator = "Bokio"
out = LAYOUTS / f"{LAYOUT_ID}.xlsx"
wb.save(out)
# re-pack the zip with fixed entry timestamps so reruns are byte-identical
import io
import zipfile
buf = io.BytesIO(out.read_bytes())
with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, zin.read(info.filename))

write_labels(LAYOUT_ID, labels)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Bokio - Fakturor (customer invoices), list exported to Excel (.xlsx), one row per invoice line",
    "country": "SE",
    "language": "sv",
    "docs": [
        "bokio.se/hjalp 'Importera och exportera kunder': customers have a type (Company / Private), language SE/EN; the customer list exports as CSV ('Exportera alla')",
        "bokio.se/hjalp 'Hur fungerar fakturanummer?': invoice numbers run in an unbroken series, set from Inställningar > Fakturainställningar, optional prefix; drafts get their number on publishing",
        "bokio.se/hjalp 'Bokförs mina fakturor efter att de är betalda?' and 'Att göra': invoices are marked Betald, payments registered, reminders (påminnelse) sent for overdue invoices",
        "docs.bokio.se 'Getting Started with the Invoice API' and changelog 2025-04-11: customer has type company/private, orgNumber, vatNumber, paymentTerms; invoice lineItems carry item reference, description, quantity, unit price and unitType",
        "No public page found that lists the columns of Bokio's invoice-list Excel export; the Swedish headers follow the invoice fields above (Fakturanummer, Fakturadatum, Förfallodatum, Kund, Organisationsnummer, Momsregistreringsnummer, À-pris, Moms, ROT/RUT). Treat the exact header set as reconstructed.",
    ],
    "fields": {"buyer": "Kund", "product": "Beskrivelse", "quantity": "Antal", "amount": "Belopp inkl. moms",
               "tax_id": "Organisationsnummer", "email": "E-post", "payment": "Betalningsvillkor",
               "comment": "Meddelande"},
    "also_ok": {"amount": ["Belopp exkl. moms", "À-pris"], "product": ["Artikel"],
                "tax_id": ["Momsregistreringsnummer"], "comment": ["Er referens"]},
    "notes": ("Single sheet 'Fakturor', header on row 1, one row per invoice line; invoice-level fields (number, dates, "
              "status, customer, org.nr, e-mail, reference, terms) repeat on every line of the invoice; all lines of "
              "one Fakturanummer share a label. Dates are real Excel dates; amounts are numbers in SEK, VAT 25 %. "
              "Organisationsnummer NNNNNN-NNNN with valid Luhn check digit (kommuner 212000-, regioner 232100-, "
              "myndigheter 202100-, AB 556/559, HB 969/916, föreningar/stiftelser 8xxxxx, Svenska kyrkan 252002-). "
              "Private persons and enskilda firmor have no number (it would be a personnummer). ROT/RUT = 'ROT' on "
              "labour lines of private customers. 'Kontantkund' is the counter catch-all (anonymous retail). A few "
              "records are thin: a first name only, or no customer at all."),
})
print(out, len(rows))
