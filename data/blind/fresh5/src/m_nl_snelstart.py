"""SnelStart (Netherlands/Belgium) - rapportage 'Alle facturen per periode' with order lines, exported to Excel (xlsx)."""
import random
from datetime import date, timedelta
from openpyxl import Workbook
from m_common import OUT, nl_btw, be_btw, write_key

rng = random.Random(5104)
KID = "m_nl_snelstart_verkoopfacturen"
FIRST = ["Jan", "Pieter", "Kees", "Mark", "Sander", "Thijs", "Daan", "Sanne", "Lotte", "Anouk", "Femke", "Inge", "Marieke", "Bram", "Koen", "Els", "Wim", "An"]
LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Peeters", "Janssens", "Maes", "Claes", "Willems"]
FREE = ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "telenet.be", "skynet.be"]
BIZ = [("Kopieerpapier A4 80 grams, doos 5 x 500 vel", 27.95), ("Handzeep navulling 5 liter", 18.50), ("Toiletpapier 3-laags, pak 48 rollen", 32.40),
       ("Afvalzakken 120 liter, rol 25 stuks", 9.95), ("Bureaustoel ergonomisch NEN-EN 1335", 289.00), ("Koffiebonen Douwe Egberts Aroma Rood 1 kg", 17.95),
       ("Schoonmaakmiddel Ecover allesreiniger 5 liter", 24.50), ("Nitril handschoenen maat L, doos 100 st.", 8.95), ("Papieren handdoekjes Z-vouw, doos 3200 st.", 36.00)]
HOME = [("Koffiezetapparaat Philips HD7459", 69.00), ("Stofzuiger Dyson V8", 349.00), ("Waterkoker Bosch TWK3A011", 34.95), ("Airfryer Philips XL HD9270", 179.00)]
COMP = [("Bakkerij de Boer B.V.", "bakkerijdeboer.nl", "NL"), ("Van Dijk Installatietechniek BV", "vandijkinstallatie.nl", "NL"), ("Tandartspraktijk Smit", "tandartssmit.nl", "NL"),
        ("Albert Heijn B.V.", "ah.nl", "NL"), ("Hotel Het Wapen van Utrecht B.V.", "wapenvanutrecht.nl", "NL"), ("Schoonmaakbedrijf Visser VOF", "visserschoonmaak.nl", "NL"),
        ("Kinderopvang De Kleine Reus B.V.", "kleinereus.nl", "NL"), ("Colruyt Group NV", "colruytgroup.com", "BE"), ("Brouwerij Maes NV", "maes.be", "BE"),
        ("Kapsalon Lotte", "gmail.com", "NL"), ("VvE Oudegracht 112", "vve-oudegracht.nl", "NL"), ("Sint-Jozefscollege vzw", "sjc.be", "BE"), ("Stichting Vluchtelingenwerk Midden-Nederland", "vluchtelingenwerk.nl", "NL")]
GOV = [("Gemeente Utrecht", "utrecht.nl", "municipality", "NL"), ("Gemeente Amersfoort", "amersfoort.nl", "municipality", "NL"), ("Gemeente Zeist", "zeist.nl", "municipality", "NL"),
       ("Provincie Utrecht", "provincie-utrecht.nl", "province", "NL"), ("Rijkswaterstaat", "rws.nl", "state_agency", "NL"), ("Belastingdienst", "belastingdienst.nl", "state_agency", "NL"),
       ("OBS De Regenboog", "obsderegenboog.nl", "public_school", "NL"), ("OCMW Gent", "ocmwgent.be", "public_social_welfare_centre", "BE"), ("CPAS de Liège", "cpasdeliege.be", "public_social_welfare_centre", "BE"),
       ("Stad Antwerpen", "antwerpen.be", "municipality", "BE"), ("GO! atheneum Mechelen", "go-atheneummechelen.be", "public_school", "BE"), ("Universiteit Utrecht", "uu.nl", "public_university", "NL")]
_T = {}
def btw(n, cc): return _T.setdefault(n.strip().lower(), nl_btw(rng) if cc == "NL" else be_btw(rng))
buyers = []
def add(**kw):
    for k, v in dict(btw="", email="", pay="Betaling binnen 30 dagen", opm="", cc="NL", amb=False).items(): kw.setdefault(k, v)
    buyers.append(kw)
def person(): return rng.choice(FIRST), rng.choice(LAST)
def pm(f, l, d=None): return f"{f.lower()}.{l.lower().replace(' ', '')}@{d or rng.choice(FREE)}"

for _ in range(34):
    n, d, cc = rng.choice(COMP)
    kind = {"vzw": "private_school_nonprofit", "VvE": "homeowners_association", "Stichting": "foundation"}
    kd = next((v for k2, v in kind.items() if k2 in n), "sole_trader" if ("Kapsalon" in n or "Tandarts" in n) else "company")
    nm = n.replace("B.V.", rng.choice(["B.V.", "BV", "B.V. "])) if rng.random() < 0.3 else n
    add(name=nm, kind=kd, label="B2B", btw=btw(n, cc) if kd in ("company", "sole_trader") else "", email=("administratie@" + d) if d != "gmail.com" else "kapsalonlotte@gmail.com",
        goods="biz", cc=cc, pay=rng.choice(["Betaling binnen 14 dagen", "Betaling binnen 30 dagen", "Automatische incasso"]), opm=rng.choice(["", "", "Inkoopordernr. " + str(rng.randint(10000, 99999)), "Levering achterom"]))
for _ in range(26):
    n, d, k, cc = rng.choice(GOV)
    add(name=n, kind=k, label="B2G", email=("crediteuren@" + d) if rng.random() < 0.5 else pm(*person(), d), goods="biz", cc=cc,
        opm=rng.choice(["", "OIN 00000001" + str(rng.randint(10**9, 10**10 - 1)), "Bestelnummer " + str(rng.randint(4500000, 4599999)), "Raamovereenkomst schoonmaakmiddelen 2024"]))
for _ in range(16):
    f, l = person(); cc = rng.choice(["NL", "NL", "BE"])
    add(name=rng.choice([f"{f} {l}", f"{l}, {f}", f"{l.upper()} {f}", f"Dhr. {f[0]}. {l}"]), kind="private_person", label="B2C", email=pm(f, l) if rng.random() < 0.7 else "",
        goods="home", cc=cc, pay=rng.choice(["iDEAL", "Vooruitbetaling", "Contant", "Bancontact" if cc == "BE" else "iDEAL"]))
for nm, kd in [("Van Dijk Installatietechniek BV", "company_household_item")]:
    add(name=nm, kind=kd, label="B2B", amb=True, btw=btw(nm, "NL"), goods="home1")
add(name="Kapsalon Lotte", kind="sole_trader_personal_purchase", label="B2B", amb=True, btw=btw("Kapsalon Lotte", "NL"), goods="home1", pay="iDEAL")
f, l = person(); add(name=f"{f} {l}", kind="person_gov_email_household", label="B2C", amb=True, email=pm(f, l, "minbzk.nl"), goods="home1", pay="iDEAL", opm="Bezorgen thuisadres")
f, l = person(); add(name=f"{f} {l}", kind="person_company_email_household", label="B2C", amb=True, email=pm(f, l, "philips.com"), goods="home1", pay="iDEAL")
add(name="NS Reizigers B.V.", kind="state_owned_company_procurement", label="B2B", amb=True, btw=btw("NS Reizigers B.V.", "NL"), email="facturen@ns.nl", goods="biz", opm="Aanbesteding TenderNed 2024-" + str(rng.randint(100000, 999999)))
add(name="ProRail B.V.", kind="state_owned_company", label="B2B", amb=False, btw=btw("ProRail B.V.", "NL"), goods="biz")
add(name="OPCW", kind="international_org", label="B2B", amb=True, email="procurement@opcw.org", goods="biz", opm="Johan de Wittlaan 32, Den Haag - vrijgesteld van btw")
add(name="International Criminal Court", kind="international_org", label="B2B", amb=True, email="procurement@icc-cpi.int", goods="biz")
f, l = person(); add(name=f"{f} {l}", kind="private_person_for_resale", label="B2B", amb=True, email=pm(f, l), goods="home1", opm="voor doorverkoop in mijn webshop")
f, l = person(); add(name=f"{l}, {f}", kind="private_person_bulk", label="B2C", amb=True, email=pm(f, l), goods="bulk", pay="iDEAL")
add(name="OBS De Regenboog", kind="municipal_school_household_item", label="B2G", amb=True, email="directie@obsderegenboog.nl", goods="kettle")
add(name="OCMW Gent", kind="public_welfare_centre_household_item", label="B2G", amb=True, cc="BE", goods="home1")
add(name="Bakkerij de Boer B.V.", kind="company_household_item", label="B2B", amb=True, btw=btw("Bakkerij de Boer B.V.", "NL"), email="administratie@bakkerijdeboer.nl", goods="home1")
for _ in range(2): add(name="", kind="product_only_household", label="B2C", amb=True, goods="home1", pay="")
for _ in range(3): add(name="", kind="product_only_business_goods", label="B2B", amb=True, goods="thin_biz", pay="")
rng.shuffle(buyers)

HEAD = ["Factuurnummer", "Factuurdatum", "Klantcode", "Klant", "Btw-nummer", "E-mailadres", "Artikelcode", "Omschrijving", "Aantal", "Prijs per eenheid",
        "Bedrag excl. btw", "Btw", "Bedrag incl. btw", "Betalingsconditie", "Opmerking"]
wb = Workbook(); ws = wb.active; ws.title = "Facturen"
ws.append(["Alle facturen per periode"]); ws.append(["Periode: 01-01-2024 t/m 31-03-2024"]); ws.append([]); ws.append(HEAD)
labels = []; d0 = date(2024, 1, 3); num = 20240001; codes = {}; tot_ex = tot_in = 0.0
for b in buyers:
    g = b["goods"]
    if g == "biz": lines = [rng.choice(BIZ) for _ in range(rng.randint(1, 4))]
    elif g == "home": lines = [rng.choice(HOME)] + ([BIZ[1]] if rng.random() < 0.2 else [])
    elif g in ("home1", "kettle"): lines = [HOME[2] if g == "kettle" else rng.choice(HOME)]
    elif g == "bulk": lines = [HOME[3]]
    else: lines = [BIZ[rng.choice([2, 8])]]
    d0 += timedelta(days=rng.randint(0, 1)); num += 1
    key = b["name"].strip().lower(); kc = codes.setdefault(key, 1000 + len(codes)) if key else None
    seen = set()
    for prod, price in lines:
        if prod in seen: continue
        seen.add(prod)
        q = rng.randint(2, 24) if g in ("biz", "thin_biz") else 1
        if g == "bulk": q = 35
        if g == "thin_biz": q = rng.choice([40, 60, 80])
        rate = 0.21 if not ("Koffiebonen" in prod) else 0.09
        ex = round(q * price, 2); vat = round(ex * rate, 2); inc = round(ex + vat, 2); tot_ex += ex; tot_in += inc
        ws.append([num, d0, kc, b["name"], b["btw"], b["email"], f"ART{(BIZ + HOME).index((prod, price)) + 101}", prod, q, price, ex, vat, inc, b["pay"], b["opm"] or None])
        labels.append((b["label"], b["amb"], b["kind"], b["cc"]))
ws.append(["Totaal", None, None, None, None, None, None, None, None, None, round(tot_ex, 2), None, round(tot_in, 2)])
for row in ws.iter_rows(min_row=5):
    row[1].number_format = "DD-MM-YYYY"
    for c in row[9:13]: c.number_format = "#,##0.00"
wb.properties.creator = "SnelStart"; import datetime as _dt; wb.properties.created = _dt.datetime(2024, 4, 2, 9, 0); wb.properties.modified = _dt.datetime(2024, 4, 2, 9, 0)
import io as _io, zipfile as _zf, re as _re
def _fix(name, data):
    if name == "docProps/core.xml":
        data = _re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-04-02T09:00:00Z", data)
    return data
_b = _io.BytesIO(); wb.save(_b); _b.seek(0)
_out = _io.BytesIO()
with _zf.ZipFile(_b) as zi, _zf.ZipFile(_out, "w", _zf.ZIP_DEFLATED) as zo:
    for it in zi.infolist():
        zo.writestr(_zf.ZipInfo(it.filename, date_time=(2024, 4, 2, 9, 0, 0)), _fix(it.filename, zi.read(it.filename)), compress_type=_zf.ZIP_DEFLATED)
(OUT / "layouts" / f"{KID}.xlsx").write_bytes(_out.getvalue())
write_key(KID, {
    "system": "SnelStart 12 (Netherlands/Belgium) - Rapportage Verkopen/Klanten 'Alle facturen per periode' with invoice lines, exported to Excel",
    "country": "NL", "language": "nl",
    "docs": ["kennisplein.snelstart.nl 'Rapportages in SnelStart 12' and 'Rapportages Verkopen': report 'Alle facturen per periode' (Klanten), 'Orderregels per klant, per artikel' - gave the report and its per-line content",
             "kennisplein.snelstart.nl 'Artikelen importeren' and 'Boekingen importeren': field vocabulary Artikelcode, Omschrijving, Verkoopprijs, Relatiecode, Factuurnummer; comma decimal in SnelStart - gave column names",
             "Easyflex handboek SnelStart debiteuren fields (Relatiecode, Naam, Emailadres, BTW nummer, Krediettermijn) - gave buyer columns",
             "kennispleinweb.snelstart.nl 'Een e-factuur versturen': government buyers are invoiced by OIN via PEPPOL - gave the OIN note on public bodies",
             "Title lines, period line and a Totaal line are assumptions for an exported report; no public page shows the exact sheet"],
    "fields": {"buyer": "Klant", "product": "Omschrijving", "quantity": "Aantal", "amount": "Bedrag incl. btw", "tax_id": "Btw-nummer", "email": "E-mailadres", "payment": "Betalingsconditie", "comment": "Opmerking"},
    "also_ok": {"amount": ["Bedrag excl. btw"], "buyer": ["Klantcode"]},
    "notes": "XLSX, sheet 'Facturen'. Rows 1-2 are title lines (report name, period), row 3 blank, row 4 the header; the last row 'Totaal' is a totals line (not a record). Read with header=3 (0-based). One row per invoice line; rows with the same Factuurnummer are one invoice. NL btw-nummers pass the elfproef, BE numbers the mod-97 check. Belgian buyers (OCMW/CPAS, Stad Antwerpen, GO! school, vzw, NV) have country BE."}, labels)
print(KID, len(labels))
