"""a_no_tripletex_fakturaer: Tripletex invoice file in Tripletex's documented invoice import/export column format (CSV)."""
import random, csv, datetime as dt
from a_common import *

LID = "a_no_tripletex_fakturaer"
rng = random.Random(4707)
C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("VS-1628", "Vernesko S3 Jalas 1628 Flex", 1490.00, "n", 30),
    C("RV-K2", "Refleksvest klasse 2, gul", 89.00, "n", 200),
    C("HJ-G3000", "Vernehjelm 3M Peltor G3000", 349.00, "n", 50),
    C("AB-6241", "Arbeidsbukse Snickers 6241 AllroundWork", 1299.00, "n", 30),
    C("HV-OPT3", "Hørselvern 3M Peltor Optime III", 429.00, "n", 50),
    C("FH-SKAP", "Førstehjelpsskap Cederroth, komplett", 2190.00, "b", 10),
    C("BS-6KG", "Brannslukker pulver 6 kg", 649.00, "n", 20),
    C("FS-SELE", "Fallsikringssele Honeywell Miller H-Design", 1890.00, "b", 20),
    C("LT-TRYKK", "Logotrykk per plagg (rygg)", 79.00, "b", 300),
    C("GS-NITR", "Vernehansker nitril, eske 100 stk", 149.00, "n", 60),
    C("UL-DEV", "Ullundertøy Devold Expedition, sett", 1199.00, "h"),
    C("RG-SETT", "Regnsett voksen Helly Hansen", 899.00, "h"),
    C("HL-PETZL", "Hodelykt Petzl Actik Core", 749.00, "h"),
    C("TK-05", "Termokopp Stanley 0,5 L", 349.00, "h"),
]
cat = {c["code"]: c for c in CAT}
G, Bz, Cz = "B2G", "B2B", "B2C"
def org(name, kind, label, email, w=1.0, ref=False, cc="NO", first=9, **kw):
    return B(name, label, kind, cc, False, "org", w, email=email, tax=no_orgnr(rng, first), ref=ref, **kw)
buyers = [
    org("Oslo kommune Bymiljøetaten", "no_municipality", G, "postmottak@bym.oslo.kommune.no", 2, True),
    org("Bergen kommune", "no_municipality", G, "fakturamottak@bergen.kommune.no", 1.5, True),
    org("Trondheim kommune", "no_municipality", G, "postmottak@trondheim.kommune.no", 1.5, True),
    org("Stavanger kommune", "no_municipality", G, "postmottak@stavanger.kommune.no", 1, True),
    org("Tromsø kommune", "no_municipality", G, "postmottak@tromso.kommune.no", 1, True),
    org("Vestland fylkeskommune", "no_county_municipality", G, "post@vlfk.no", 1, True),
    org("Helse Bergen HF", "public_hospital", G, "innkjop@helse-bergen.no", 1.5, True),
    org("Oslo universitetssykehus HF", "public_hospital", G, "innkjop@ous-hf.no", 1, True),
    org("Statens vegvesen", "state_agency", G, "firmapost@vegvesen.no", 1.5, True),
    org("Statsbygg", "state_agency", G, "post@statsbygg.no", 1, True),
    org("Forsvarsbygg", "state_agency", G, "postmottak@forsvarsbygg.no", 1, True),
    org("Forsvaret - Brigade Nord", "armed_forces", G, "brigade.nord@mil.no", 1, True),
    org("Politiet - Vest politidistrikt", "police", G, "post.vest@politiet.no", 1, True),
    org("Norges teknisk-naturvitenskapelige universitet NTNU", "public_university", G, "innkjop@ntnu.no", 1, True),
    org("Universitetet i Oslo", "public_university", G, "innkjop@uio.no", 1, True),
    org("Bergen brannvesen", "fire_service", G, "brannvesen@bergen.kommune.no", 1),
    org("Embassy of the United States of America, Oslo", "embassy", G, "osloGSO@state.gov", 0.6, cc="NO"),
    org("Tysklands ambassade i Oslo", "embassy", G, "verwaltung@oslo.diplo.de", 0.6),
    org("Veidekke Entreprenør AS", "company_with_legal_form", Bz, "faktura@veidekke.no", 2, True),
    org("AF Gruppen Norge AS", "company_with_legal_form", Bz, "faktura@afgruppen.no", 1.5, True),
    org("Equinor ASA", "state_owned_company", Bz, "invoice@equinor.com", 1, True),
    org("Mesta AS", "state_owned_company", Bz, "faktura@mesta.no", 1, True),
    org("Posten Norge AS", "state_owned_company", Bz, "innkjop@posten.no", 0.8, True),
    org("Norsk Hydro ASA", "company_with_legal_form", Bz, "invoice.norway@hydro.com", 1, True),
    org("Hansen Rør Ole Hansen", "sole_trader_trade_name", Bz, "ole@hansenror.no", 1),
    org("Elektrikeren Bjørn Olsen ENK", "sole_trader_trade_name", Bz, "bjorn.olsen.el@gmail.com", 1),
    org("Bakeriet i Lom", "company_no_legal_form", Bz, "post@bakerietilom.no", 1),
    org("Peppes Pizza", "company_no_legal_form", Bz, "innkjop@peppes.no", 1),
    org("TINE SA", "cooperative", Bz, "faktura@tine.no", 1, True),
    org("Felleskjøpet Agri SA", "cooperative", Bz, "faktura@felleskjopet.no", 1),
    org("Lillestrøm Sportsklubb", "association", Bz, "post@lsk.no", 1),
    org("Norsk Folkehjelp", "non_profit", Bz, "faktura@npaid.org", 1),
    org("Norges Røde Kors", "national_red_cross", Bz, "innkjop@redcross.no", 0.8),
    org("Borettslaget Tåsen Terrasse", "homeowners_association", Bz, "styret@tasenterrasse.no", 1),
    org("Kirkelig fellesråd i Oslo", "church", Bz, "post@kfo.no", 0.8),
]
def person(name, email, w=1.0): return B(name, Cz, "private_person", "NO", False, "person", w, email=email, tax="")
buyers += [person("Ingrid Haugen", "ingrid.haugen@online.no"), person("Ola Bakke", "olabakke@gmail.com"), person("Sindre Lie", "sindre.lie@hotmail.no"),
           person("Marte Solberg", "marte.solberg@icloud.com"), person("Knut Johansen", ""), person("Silje Nilsen", "silje.n@live.no")]
def L(code, q): return (cat[code], q)
S = [
    (B("Bakeriet i Lom", Bz, "company_household_goods_only", "NO", True, "org", email="post@bakerietilom.no", tax=no_orgnr(rng)), [L("TK-05", 1), L("HL-PETZL", 1)]),
    (B("Tromsø kommune - Kvaløya skole", G, "public_school_household_item", "NO", True, "org", email="kvaloya.skole@tromso.kommune.no", tax=no_orgnr(rng)), [L("HL-PETZL", 1)]),
    (B("Sindre Lie", Cz, "private_person_bulk_quantity", "NO", True, "person", email="sindre.lie@hotmail.no", tax=""), [L("UL-DEV", 40)]),
    (B("Thea Kristiansen", Bz, "person_states_resale", "NO", True, "person", email="thea.kristiansen@gmail.com", tax="", com="Til videresalg i nettbutikken min"), [L("RG-SETT", 15), L("UL-DEV", 10)]),
    (B("Erik Dahl", Cz, "person_with_mil_email", "NO", True, "person", email="erik.dahl@mil.no", tax="", com="Privat kjøp, lever hjem til Storgata 5, 9008 Tromsø"), [L("UL-DEV", 1), L("RG-SETT", 1)]),
    (B("NATO Joint Warfare Centre", Bz, "international_org", "NO", True, "org", email="jwc.procurement@jwc.nato.int", tax=""), [L("RV-K2", 100), L("HV-OPT3", 20)]),
    (B("Nye Veier AS", Bz, "state_owned_company_procurement", "NO", True, "org", email="faktura@nyeveier.no", tax=no_orgnr(rng), com="Rammeavtale iht. Doffin-kunngjøring 2025-104371"), [L("RV-K2", 150), L("HJ-G3000", 40), L("VS-1628", 20)]),
    (B("Per Olsen", Bz, "person_pays_company_invoice", "NO", True, "person", email="per.olsen@gmail.com", tax="", com="Betalt privat av Per Olsen for Olsen Bygg AS"), [L("AB-6241", 4), L("VS-1628", 4)]),
    (B("", Bz, "product_only_business_goods", "NO", True, "none", email="", tax=""), [L("LT-TRYKK", 150)]),
]
S += [(b, l) for b, l in S if b["amb"] and (len(l) > 1 or b["kind"] in ("international_org", "company_household_goods_only"))]  # repeat orders
orders = gen_orders(rng, buyers, CAT, S, 205, maxlines=4)
def nok(x): return ("%.2f" % x).replace(".", ",")
def kid(n):
    s = str(n); tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return s + str((10 - tot % 10) % 10)
hdr = ["INVOICE NO", "INVOICE DATE", "DUE DATE", "KID", "ORDER NO", "CUSTOMER NO", "CUSTOMER NAME", "CUSTOMER EMAIL", "ORGANIZATION NO",
       "REFERENCE NO", "COMMENTS", "CURRENCY", "ORDER LINE - DESCRIPTION", "ORDER LINE - UNIT PRICE", "ORDER LINE - COUNT", "ORDER LINE - VAT CODE"]
rows = []; metas = []; custs = {}
d0 = dt.date(2025, 1, 10); inv = 10451; ordno = 20880
refs = ["Kari Moen", "Anders Berg", "Innkjøp", "Prosjekt 4410", "Lars Eide", "Avd. drift"]
for i, o in enumerate(orders):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 1.7))
    due = date + dt.timedelta(days=10 if b["ptype"] == "person" else (30 if b["ptype"] == "org" else 14))
    cno = "" if b["ptype"] == "none" else custs.setdefault(b["name"], str(10001 + len(custs)))
    ref = ""
    if b.get("ref") and rng.random() < 0.85:
        ref = rng.choice(["Bestilling ", "PO ", "Innkjøpsordre "]) + str(rng.randint(4500000, 4599999)) + " / " + rng.choice(refs)
    for c, q in o["lines"]:
        rows.append([str(inv), date.isoformat(), due.isoformat(), kid(inv * 10 + 7), str(ordno), cno, b["name"], b.get("email", ""), b.get("tax", ""),
                     ref, b.get("com", ""), "NOK", c["name"], nok(c["price"]), str(q), "3"])
        metas.append(meta(b))
    inv += 1; ordno += 1
with open(f"{LAY}/{LID}.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, delimiter=";"); w.writerow(hdr); w.writerows(rows)
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "Tripletex (NO) - invoices in Tripletex's invoice import/export CSV column format (Faktura > Import format)",
    "country": "NO", "language": "en",
    "docs": ["Tripletex help 'Fakturaimport - beskrivelse av filformat' and 'Ordreimport - beskrivelse av kolonner': headers INVOICE NO, INVOICE DATE, DUE DATE (YYYY-MM-DD), KID, ORDER NO, CUSTOMER NO, CUSTOMER NAME, CUSTOMER EMAIL, ORGANIZATION NO, REFERENCE NO, COMMENTS, CURRENCY, ORDER LINE - DESCRIPTION, ORDER LINE - UNIT PRICE, ORDER LINE - COUNT, ORDER LINE - VAT CODE (Tripletex uses English capitalised headers in this format)",
             "Closest documented Tripletex layout: the documented file is the import format, which Tripletex users also produce from their invoice lists; Norwegian conventions: 9-digit org.nr with mod-11 check, KID with mod-10, NOK with decimal comma, ';' delimiter, VAT code 3 = 25 % output VAT"],
    "fields": {"buyer": "CUSTOMER NAME", "product": "ORDER LINE - DESCRIPTION", "quantity": "ORDER LINE - COUNT",
               "amount": "ORDER LINE - UNIT PRICE", "tax_id": "ORGANIZATION NO", "email": "CUSTOMER EMAIL", "payment": None, "comment": "COMMENTS"},
    "also_ok": {},
    "notes": "One row per invoice line, invoice fields repeated; one invoice = one INVOICE NO. The format has no line-amount or total column: ORDER LINE - UNIT PRICE is the only money column (line amount = unit price x count). REFERENCE NO holds the buyer's order reference / contact. Private persons have no ORGANIZATION NO. One record has no customer at all (product only)."})
print(LID, len(metas))
