"""Briox (Sweden) - customer invoice rows exported as CSV (semicolon, UTF-8 BOM)."""
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ee_common as C  # noqa: E402

ID = "ee_se_briox_kundfakturor"
rnd = random.Random(7101)

HEAD = ["Fakturanr", "Fakturadatum", "Förfallodatum", "Kundnr", "Kundnamn", "Organisationsnr",
        "Momsreg.nr", "E-post", "Er referens", "Ert ordernr", "Betalningsvillkor", "Artikelnr",
        "Benämning", "Antal", "Enhet", "À-pris", "Rabatt %", "Belopp", "Moms %", "Valuta",
        "Status", "Fakturatext"]

P = {  # artnr: (benämning, enhet, pris exkl. moms, kategori)
    "LEN-21JK": ("Lenovo ThinkPad E14 Gen 5 i5/16GB/512GB", "st", 10990, "biz"),
    "DEL-5440": ("Dell Latitude 5440 i7/16GB/512GB", "st", 14490, "biz"),
    "HP-E24G5": ('HP E24 G5 24" FHD-skärm', "st", 2190, "biz"),
    "LOG-MXK": ("Logitech MX Keys S tangentbord", "st", 1290, "biz"),
    "LOG-MXM3": ("Logitech MX Master 3S mus", "st", 1090, "biz"),
    "MS365-BS": ("Microsoft 365 Business Standard, licens 12 mån", "st", 1490, "biz"),
    "MS365-BP": ("Microsoft 365 Business Premium, licens 12 mån", "st", 2640, "biz"),
    "BRO-L2350": ("Brother HL-L2350DW laserskrivare", "st", 1490, "biz"),
    "PAP-A4-5": ("Kopieringspapper A4 80 g, kartong 5x500 ark", "krt", 349, "biz"),
    "TON-CF259": ("Toner HP 59A CF259A svart", "st", 1290, "biz"),
    "UBQ-U6P": ("Ubiquiti UniFi U6 Pro accesspunkt", "st", 1890, "biz"),
    "CIS-CBS250": ("Cisco CBS250-24P-4G switch", "st", 5490, "biz"),
    "APC-1500": ("APC Smart-UPS 1500VA", "st", 7890, "biz"),
    "RACK-42U": ("Serverrack 42U 600x1000, monterat", "st", 9900, "rack"),
    "DOCK-TB4": ("Lenovo ThinkPad Universal Thunderbolt 4 Dock", "st", 3290, "biz"),
    "JAB-E275": ("Jabra Evolve2 75 headset", "st", 3190, "biz"),
    "TIM-SUP": ("Konsulttimme IT-support", "tim", 950, "svc"),
    "TIM-INST": ("Installation och konfiguration", "tim", 1050, "svc"),
    "RESA": ("Framkörningsavgift", "st", 450, "svc"),
    "RUT-IT": ("IT-tjänster i hemmet (RUT)", "tim", 620, "rut"),
    "NES-VER": ("Nespresso Vertuo Next kaffemaskin", "st", 1432, "hh"),
    "SAM-55": ('Samsung 55" QLED Q60D TV', "st", 6392, "hh"),
    "DYS-V15": ("Dyson V15 Detect dammsugare", "st", 5992, "hh"),
    "ELX-VK": ("Electrolux vattenkokare 1,7 l", "st", 319, "hh"),
    "IPH-15": ("Apple iPhone 15 128 GB", "st", 7996, "hh"),
    "IPAD-10": ('Apple iPad 10,9" 64 GB Wi-Fi', "st", 3996, "hh"),
    "SON-ERA": ("Sonos Era 100 högtalare", "st", 2392, "hh"),
    "PS5": ("Sony PlayStation 5 Slim", "st", 4792, "hh"),
    "AIRP": ("Apple AirPods Pro (2:a gen)", "st", 2232, "hh"),
}
BIZ = [k for k, v in P.items() if v[3] == "biz"]
HH = [k for k, v in P.items() if v[3] == "hh"]

GIVEN = ["Erik", "Anna", "Lars", "Maria", "Karin", "Johan", "Elin", "Oskar", "Sara", "Mikael",
         "Emma", "Fredrik", "Linnea", "Nils", "Ida", "Per", "Ulf", "Helena", "Magnus", "Sofia"]
SUR = ["Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Andersson", "Persson",
       "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Olsson", "Lindberg", "Lindström",
       "Axelsson", "Berg", "Holm", "Sandberg", "Forsberg", "Lundqvist"]
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com", "yahoo.se"]


def person():
    g, s = rnd.choice(GIVEN), rnd.choice(SUR)
    return g, s


def pmail(g, s, dom=None):
    dom = dom or rnd.choice(FREEMAIL)
    sep = rnd.choice([".", "", "_"])
    tail = rnd.choice(["", "", str(rnd.randint(60, 99))])
    return f"{g.lower()}{sep}{s.lower()}{tail}@{dom}".replace("å", "a").replace("ä", "a").replace("ö", "o")


def moms(orgnr):
    return "SE" + orgnr.replace("-", "") + "01" if orgnr else ""


# organisations: name, orgnr, e-mail domain, label, kind, country
COMPANIES = [
    ("Skanska Sverige AB", "556033-4285", "skanska.se"),
    ("NCC Sverige AB", C.se_orgnr("556613", rnd), "ncc.se"),
    ("Peab Sverige AB", C.se_orgnr("556162", rnd), "peab.se"),
    ("Telefonaktiebolaget LM Ericsson", "556016-0680", "ericsson.com"),
    ("ICA Sverige AB", C.se_orgnr("556582", rnd), "ica.se"),
    ("Axfood Sverige AB", C.se_orgnr("556006", rnd), "axfood.se"),
    ("Securitas Sverige AB", C.se_orgnr("556655", rnd), "securitas.se"),
    ("Bonnier News AB", C.se_orgnr("556468", rnd), "bonniernews.se"),
    ("Fastighets AB Balder", C.se_orgnr("556525", rnd), "balder.se"),
    ("Wallenstam AB", C.se_orgnr("556072", rnd), "wallenstam.se"),
    ("Bygg-Fast i Mälardalen AB", C.se_orgnr("559104", rnd), "byggfast.se"),
    ("Redovisningsbyrån Norrtull AB", C.se_orgnr("556789", rnd), "norrtullredovisning.se"),
    ("Tandläkarna på Kungsgatan AB", C.se_orgnr("556921", rnd), "tandkungsgatan.se"),
    ("Advokatfirman Lindahl KB", C.se_orgnr("916543", rnd), "lindahl.se"),
    ("Nordic Logistik & Lager AB", C.se_orgnr("559233", rnd), "nordiclogistik.se"),
    ("Café Stortorget i Uppsala AB", C.se_orgnr("559011", rnd), "cafestortorget.se"),
    ("Systembolaget AB", "556059-9473", "systembolaget.se"),
    ("Internationella Engelska Skolan i Sverige AB", C.se_orgnr("556554", rnd), "engelska.se"),
    ("Capio S:t Görans Sjukhus AB", C.se_orgnr("556579", rnd), "capio.se"),
]
for n in COMPANIES:
    assert C.se_valid(n[1]), n
NONPROFIT = [  # name, orgnr, dom, kind
    ("Brf Vasastaden 12", C.se_orgnr("769612", rnd), "gmail.com", "housing_cooperative"),
    ("Svenska kyrkan Uppsala pastorat", C.se_orgnr("252005", rnd), "svenskakyrkan.se", "church"),
    ("Svenska Röda Korset", C.se_orgnr("802002", rnd), "redcross.se", "nonprofit"),
    ("Hyresgästföreningen Region Stockholm", C.se_orgnr("802004", rnd), "hyresgastforeningen.se", "association"),
]
GOV = [  # name, orgnr, dom, kind
    ("Stockholms stad", "212000-0142", "stockholm.se", "municipality"),
    ("Göteborgs Stad", "212000-1355", "goteborg.se", "municipality"),
    ("Malmö stad", "212000-1124", "malmo.se", "municipality"),
    ("Uppsala kommun", "212000-3005", "uppsala.se", "municipality"),
    ("Lunds kommun", "212000-1173", "lund.se", "municipality"),
    ("Region Stockholm", "232100-0016", "regionstockholm.se", "region"),
    ("Västra Götalandsregionen", "232100-0131", "vgregion.se", "region"),
    ("Region Skåne", "232100-0255", "skane.se", "region"),
    ("Skatteverket", "202100-5448", "skatteverket.se", "state_agency"),
    ("Polismyndigheten", "202100-0076", "polisen.se", "police"),
    ("Trafikverket", "202100-6297", "trafikverket.se", "state_agency"),
    ("Försäkringskassan", "202100-5521", "forsakringskassan.se", "state_agency"),
    ("Lunds universitet", "202100-3211", "lu.se", "public_university"),
    ("Kungliga Tekniska högskolan", "202100-3054", "kth.se", "public_university"),
    ("Försvarsmakten", "202100-4615", "mil.se", "armed_forces"),
    ("Arbetsförmedlingen", "202100-2114", "arbetsformedlingen.se", "state_agency"),
    ("Kriminalvården", "202100-0225", "kriminalvarden.se", "state_agency"),
    ("Affärsverket svenska kraftnät", "202100-4284", "svk.se", "state_agency"),
]

kundnr = {}


def knr(name):
    if name not in kundnr:
        kundnr[name] = str(1001 + len(kundnr))
    return kundnr[name]


def biz_lines(n=None):
    n = n or rnd.choice([1, 1, 2, 2, 3, 4])
    arts = rnd.sample(BIZ + ["TIM-SUP", "TIM-INST"], n)
    out = []
    for a in arts:
        if P[a][1] == "tim":
            q = rnd.choice([1, 2, 3, 4, 6, 8, 12])
        elif a in ("PAP-A4-5",):
            q = rnd.choice([5, 10, 20, 40])
        elif a.startswith("MS365"):
            q = rnd.choice([5, 8, 12, 25, 40])
        else:
            q = rnd.choice([1, 2, 3, 5, 10, 15])
        out.append((a, q))
    if rnd.random() < 0.2:
        out.append(("RESA", 1))
    return out


def org_order(name, orgnr, dom, label, kind, cc="SE", amb=False, lines=None, pay="30 dagar netto",
              text="", ref=True, po=None, mail_local=None, email=None, vat=True):
    g, s = person()
    if email is None:
        email = f"{mail_local or rnd.choice(['faktura', 'ekonomi', 'inkop', g.lower() + '.' + s.lower()])}@{dom}"
    return dict(name=name, orgnr=orgnr, vat=moms(orgnr) if vat else "", email=email,
                ref=f"{g} {s}" if ref else "", po=po or "", pay=pay, text=text,
                lines=lines or biz_lines(), meta=(label, amb, kind, cc))


orders = []
# clear B2B companies, some repeat
for _ in range(38):
    n, o, d = rnd.choice(COMPANIES)
    o_name = n
    r = rnd.random()
    if r < 0.12:
        o_name = n.upper()
    elif r < 0.2:
        o_name = n + " "
    kind = "company"
    if "Skolan" in n:
        kind = "private_school"
    elif "Sjukhus" in n:
        kind = "private_hospital"
    elif n == "Systembolaget AB":
        kind = "state_owned_company"
    elif "KB" in n:
        kind = "law_firm"
    po = rnd.choice(["", "", f"PO-{rnd.randint(10000, 99999)}", f"{rnd.randint(4500000000, 4509999999)}"])
    orders.append(org_order(o_name, o, d, "B2B", kind, po=po,
                            pay=rnd.choice(["30 dagar netto", "30 dagar netto", "20 dagar netto", "E-faktura 30 dagar"]),
                            email=f"faktura@{d}" if rnd.random() < 0.3 else None))
    orders[-1]["key"] = n
for n, o, d, kind in NONPROFIT:
    for _ in range(2):
        email = f"styrelsen.vasastaden12@{d}" if d == "gmail.com" else None
        orders.append(org_order(n, o, d, "B2B", kind, email=email, pay="30 dagar netto",
                                lines=biz_lines(rnd.choice([1, 2]))))
        orders[-1]["key"] = n
# enskild firma, business use
for _ in range(5):
    g, s = person()
    trade = rnd.choice([f"{g} {s} Snickeri", f"{s}s Måleri", f"{g} {s} Konsult", f"{s} El & Data", f"Fotograf {g} {s}"])
    pn = C.se_personnr(rnd)
    orders.append(dict(name=trade, orgnr=pn, vat=moms(pn), email=pmail(g, s), ref=f"{g} {s}", po="",
                       pay=rnd.choice(["30 dagar netto", "20 dagar netto"]), text="",
                       lines=biz_lines(rnd.choice([1, 2, 3])), meta=("B2B", False, "sole_trader", "SE"), key=trade))
# clear B2G
for _ in range(17):
    n, o, d, kind = rnd.choice(GOV)
    unit = ""
    if kind == "municipality":
        unit = rnd.choice(["Stadsbyggnadskontoret", "Utbildningsförvaltningen", "Socialförvaltningen",
                           "Kultur- och fritidsförvaltningen", "Stadsledningskontoret"])
    po = rnd.choice([f"{rnd.randint(10000000, 99999999)}", f"Avtal {rnd.randint(100, 999)}-{rnd.randint(2021, 2024)}", ""])
    lines = biz_lines()
    text = f"Fakturan ska märkas med referenskod {rnd.randint(100000, 999999)}. Skickas som e-faktura via Peppol." if rnd.random() < 0.5 else ""
    o_ = org_order(n, o, d, "B2G", kind, po=po, text=text, pay="30 dagar netto", lines=lines)
    if unit:
        o_["ref"] = unit + " / " + o_["ref"]
    orders.append(o_)
# embassy
orders.append(org_order("Norges ambassade i Stockholm", "", "mfa.no", "B2G", "embassy", cc="NO",
                        vat=False, email="emb.stockholm@mfa.no", lines=[("LEN-21JK", 2), ("DOCK-TB4", 2)]))
# clear B2C private persons
for _ in range(14):
    g, s = person()
    style = rnd.random()
    name = f"{g} {s}" if style < 0.6 else (f"{s}, {g}" if style < 0.8 else f"{g} {s}".upper())
    rut = rnd.random() < 0.45
    if rut:
        lines = [("RUT-IT", rnd.choice([1, 2, 3]))] + ([(rnd.choice(["UBQ-U6P", "LOG-MXK"]), 1)] if rnd.random() < 0.4 else [])
        pn = C.se_personnr(rnd)
        text = "Skattereduktion för husarbete (RUT) har begärts för arbetskostnaden."
    else:
        lines = [(rnd.choice(HH), 1)] + ([(rnd.choice(HH), 1)] if rnd.random() < 0.3 else [])
        pn = ""
        text = rnd.choice(["", "", "Hämtas i butik"])
    orders.append(dict(name=name, orgnr=pn, vat="", email=pmail(g, s) if rnd.random() < 0.85 else "",
                       ref="", po="", pay=rnd.choice(["Kort", "Swish", "10 dagar netto"]), text=text,
                       lines=lines, meta=("B2C", False, "private_person", "SE")))
for _ in range(3):
    orders.append(dict(name="Kontantkund", orgnr="", vat="", email="", ref="", po="", pay="Kontant",
                       text="Kontantfaktura", lines=[(rnd.choice(HH + ["LOG-MXM3", "PAP-A4-5"]), 1)],
                       meta=("B2C", False, "anonymous_retail", "SE")))

# ambiguous cases
amb = []
n, o, d = COMPANIES[10]
amb.append(org_order(n, o, d, "B2B", "company_household_item", amb=True, lines=[("NES-VER", 1)],
                     pay="Kort", ref=True))
n, o, d = COMPANIES[15]
amb.append(org_order(n, o, d, "B2B", "company_household_item", amb=True, lines=[("SAM-55", 1)]))
g, s = "Karin", "Holm"
amb.append(dict(name="Karin Holm", orgnr="", vat="", email="karin.holm@skatteverket.se", ref="", po="",
                pay="Kort", text="Leverans till hemadress", lines=[("DYS-V15", 1)],
                meta=("B2C", True, "person_gov_email", "SE")))
amb.append(dict(name="Magnus Forsberg", orgnr="", vat="", email="magnus.forsberg@ericsson.com", ref="", po="",
                pay="Swish", text="", lines=[("IPAD-10", 1), ("AIRP", 1)],
                meta=("B2C", True, "person_company_email", "SE")))
pn = C.se_personnr(rnd)
amb.append(dict(name="Lindqvists Måleri", orgnr=pn, vat=moms(pn), email="lindqvistsmaleri@telia.com", ref="Ulf Lindqvist",
                po="", pay="Kort", text="", lines=[("PS5", 1)], meta=("B2B", True, "sole_trader_personal_card", "SE")))
amb.append(org_order("Vattenfall AB", "556036-2138", "vattenfall.com", "B2B", "state_owned_company_procurement",
                     amb=True, po="Avrop ramavtal LUF VF-2024-0412",
                     text="Upphandlat enligt lagen om upphandling inom försörjningssektorerna (LUF).",
                     lines=[("DEL-5440", 10), ("DOCK-TB4", 10), ("TIM-INST", 8)]))
amb.append(org_order("Luossavaara-Kiirunavaara AB", "556001-5835", "lkab.com", "B2B", "state_owned_company_procurement",
                     amb=True, po="LKAB-RA-2023-118", text="Enligt ramavtal efter upphandling enligt LUF.",
                     lines=[("CIS-CBS250", 4), ("UBQ-U6P", 12), ("APC-1500", 2)]))
amb.append(org_order("International IDEA", C.se_orgnr("802017", rnd), "idea.int", "B2B", "international_org",
                     cc="SE", amb=True, vat=False, text="Mellanstatlig organisation, momsfri enligt 3 kap. 30 c § ML.",
                     lines=[("LEN-21JK", 3), ("MS365-BS", 3)]))
amb.append(org_order("Stiftelsen Stockholms internationella fredsforskningsinstitut (SIPRI)", C.se_orgnr("802007", rnd),
                     "sipri.org", "B2B", "state_founded_foundation", amb=True,
                     lines=[("HP-E24G5", 6), ("JAB-E275", 6)]))
g, s = "Oskar", "Sandberg"
amb.append(dict(name="Oskar Sandberg", orgnr="", vat="", email="oskar.sandberg94@gmail.com", ref="", po="", pay="Swish",
                text="", lines=[("IPH-15", 25)], meta=("B2C", True, "private_bulk_purchase", "SE")))
amb.append(dict(name="Linnea Axelsson", orgnr="", vat="", email="linnea.axelsson@hotmail.com", ref="", po="",
                pay="10 dagar netto", text="Köps för vidareförsäljning i min webbutik på Tradera",
                lines=[("AIRP", 8), ("SON-ERA", 4)], meta=("B2B", True, "private_stated_resale", "SE")))
o_ = org_order("Lunds kommun", "212000-1173", "lund.se", "B2G", "municipal_school_household_item", amb=True,
               lines=[("ELX-VK", 1)], po="")
o_["ref"] = "Vipeholmsskolan / Helena Berg"
amb.append(o_)
amb.append(dict(name="", orgnr="", vat="", email="", ref="", po="", pay="30 dagar netto", text="",
                lines=[("RACK-42U", 1), ("TIM-INST", 4)], meta=("B2B", True, "thin_record", "SE")))
amb.append(dict(name="", orgnr="", vat="", email="", ref="", po="", pay="Kort", text="",
                lines=[("AIRP", 1)], meta=("B2C", True, "thin_record", "SE")))
amb.append(dict(name="Johan Ek", orgnr="", vat="", email="johan.ek72@gmail.com", ref="", po="", pay="30 dagar netto",
                text="Avser Ek Bygg & Montage AB, betalas privat av ägaren",
                lines=[("LEN-21JK", 1), ("MS365-BS", 1)], meta=("B2B", True, "person_pays_company_invoice", "SE")))
orders += amb

rnd.shuffle(orders)
rows, labels = [], []
date = dt.date(2024, 1, 8)
fnr = 24001
TERMS = {"30 dagar netto": 30, "20 dagar netto": 20, "10 dagar netto": 10, "E-faktura 30 dagar": 30,
         "Kort": 0, "Swish": 0, "Kontant": 0}
for o in orders:
    date += dt.timedelta(days=rnd.choice([0, 1, 1, 2, 3, 4]))
    due = date + dt.timedelta(days=TERMS[o["pay"]])
    status = "Betald" if (TERMS[o["pay"]] == 0 or due < dt.date(2024, 11, 15) and rnd.random() < 0.9) else rnd.choice(["Obetald", "Förfallen"])
    key = o.get("key", o["name"]) or f"anon{fnr}"
    kn = "" if not o["name"] else knr(key)
    if o["name"] == "":
        kn = "1000"
    for art, q in o["lines"]:
        ben, unit, price, cat = P[art]
        disc = 0
        if o["meta"][0] != "B2C" and cat == "biz" and q >= 10 and rnd.random() < 0.5:
            disc = 5
        belopp = round(q * price * (1 - disc / 100), 2)
        vatp = 0 if o["meta"][2] in ("international_org",) or o["meta"][2] == "embassy" else 25
        rows.append([str(fnr), date.isoformat(), due.isoformat(), kn, o["name"], o["orgnr"], o["vat"], o["email"],
                     o["ref"], o["po"], o["pay"], art, ben, str(q), unit, C.dec(price), str(disc) if disc else "",
                     C.dec(belopp), str(vatp), "SEK", status, o["text"]])
        labels.append(o["meta"])
    fnr += 1

out = C.ROOT / "layouts" / f"{ID}.csv"
out.parent.mkdir(parents=True, exist_ok=True)
with open(out, "w", encoding="utf-8-sig", newline="") as fh:
    def q(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if (";" in v or '"' in v) else v
    fh.write(";".join(HEAD) + "\r\n")
    for r in rows:
        fh.write(";".join(q(v) for v in r) + "\r\n")

key = {
    "id": ID,
    "system": "Briox (Sweden), Fakturering - Kundfakturor, list exported with invoice rows (one line per invoice row)",
    "country": "SE",
    "language": "sv",
    "docs": [
        "help.briox.fi 'Import a Customer Invoice': Briox invoice data has header fields (Invoice No., Customer No., Project No., Cost Centre Code, Payment Terms Code, Your Order No, Invoice Date, Due Date, Delivery Date) and item rows listed directly after the invoice header row; item rows carry item number/description and quantity - used for the row-per-invoice-row structure and the field set",
        "help.briox.fi 'Create a new Cash Invoice': cash/card payers get a cash invoice - used for the 'Kontantkund' and card/Swish invoices",
        "help.briox.fi 'Import a Bank Statement' / 'Import Customers': Briox reads and writes delimited text files with a header row, UTF-8 for special characters - Swedish column names, semicolon, decimal comma and ISO dates follow Swedish Excel conventions (own choice, no public sample of the export found)"
    ],
    "fields": {"buyer": "Kundnamn", "product": "Benämning", "quantity": "Antal", "amount": "Belopp",
               "tax_id": "Organisationsnr", "email": "E-post", "payment": "Betalningsvillkor",
               "comment": "Fakturatext"},
    "also_ok": {"tax_id": ["Momsreg.nr"], "amount": ["À-pris"], "product": ["Artikelnr"]},
    "notes": "Semicolon CSV, UTF-8 with BOM, CRLF, decimal comma, ISO dates. One line per invoice row; invoice header fields (Fakturanr, dates, customer, terms, status, Fakturatext) repeat on every row of the invoice. No title or totals lines. Belopp is the row amount excluding VAT. 'Er referens' is the buyer's contact person (for municipalities 'unit / person'), not the buyer. 'Kontantkund' is the catch-all cash customer. Private persons have Organisationsnr empty except on RUT invoices, where the personnummer is entered; enskild firma customers carry the owner's personnummer as organisation number. Two invoices have an empty Kundnamn (customer 1000, deleted from the register)."
}
C.write_key(ID, key, labels)
print(ID, len(rows), "rows", len(orders), "invoices")
