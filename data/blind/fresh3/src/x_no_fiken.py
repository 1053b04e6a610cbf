"""Norway: Fiken salgsoversikt / fakturaer export (Excel), one row per fakturalinje, Norwegian headers."""
import os
import datetime as dt
import pandas as pd
from x_common import rng, write_key, no_orgnr, LAYOUTS

LID = "x_no_fiken_salg"
R = rng(4303)

HEAD = ["Fakturanr", "Fakturadato", "Forfallsdato", "Kundenr", "Kunde", "Orgnr", "Kontaktperson", "E-post",
        "Adresse", "Postnr", "Poststed", "Deres referanse", "Produktnr", "Beskrivelse", "Antall", "Enhetspris",
        "Mva-sats", "Beløp eks. mva", "Mva", "Beløp inkl. mva", "Betalingsmåte", "Betalt dato", "Status",
        "Prosjekt", "Kommentar"]

# seller: arbeidsklær og verneutstyr (workwear / PPE) shop in Trondheim
PPE = [("Arbeidsbukse Snickers 6241 AllroundWork", 1299.0), ("Vernesko Jalas 3318 Zenit S3", 1549.0),
       ("Vernehjelm 3M Peltor G3000", 489.0), ("Refleksvest Blåkläder klasse 2", 189.0),
       ("Hørselvern 3M Peltor Optime III", 429.0), ("Arbeidshansker Tegera 517, 12 par", 720.0),
       ("Softshelljakke Helly Hansen Workwear Oxford", 1199.0), ("Førstehjelpsskap Cederroth stor", 1890.0),
       ("Brannslukker pulver 6 kg", 690.0), ("Regnsett Helly Hansen Mandal", 899.0), ("Vernebriller Uvex i-3", 159.0),
       ("Fallsikringssele Protecta 2-punkt", 2490.0), ("Varselsjakke Mascot Hi-Vis klasse 3", 1390.0),
       ("Ullundertøy Devold Expedition, herre", 1199.0), ("Kneputer Snickers 9191", 399.0)]
HOUSE = [("Kaffetrakter Moccamaster KBG Select", 2899.0), ("Vannkoker Wilfa Classic", 499.0),
         ("Turjakke Bergans Skarstind", 3499.0), ("Ryggsekk Fjällräven Kånken", 1099.0),
         ("Ullgenser Dale of Norway, dame", 2299.0), ("Sovepose Bergans Rondane", 1899.0), ("Støvler Viking Tind GTX, barn", 899.0)]
OUT = HOUSE[2:] + [PPE[13], PPE[9], PPE[6]]

FIRST = ["Ola", "Kari", "Per", "Ingrid", "Lars", "Silje", "Jonas", "Nora", "Anders", "Hanne", "Magnus", "Ida", "Sindre",
         "Marit", "Eirik", "Thea", "Håkon", "Solveig", "Mohammed", "Aisha", "Bjørn", "Åse", "Øystein"]
LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Berg", "Haugen", "Hagen", "Johnsen", "Bakken", "Strand", "Solberg", "Lie", "Dahl", "Eriksen", "Sæther", "Ali"]
FREEMAIL = ["gmail.com", "hotmail.com", "online.no", "outlook.com", "live.no", "icloud.com", "yahoo.no"]
PLACES = [("7010", "Trondheim"), ("7031", "Trondheim"), ("0150", "Oslo"), ("0560", "Oslo"), ("5003", "Bergen"), ("9008", "Tromsø"),
          ("8006", "Bodø"), ("2000", "Lillestrøm"), ("4006", "Stavanger"), ("7500", "Stjørdal"), ("7300", "Orkanger"), ("6002", "Ålesund")]
GATER = ["Kongens gate", "Munkegata", "Innherredsveien", "Storgata", "Fjordgata", "Prinsens gate", "Elgeseter gate", "Industriveien", "Sluppenveien"]


def person():
    return R.choice(FIRST), R.choice(LAST)


def asc(s):
    return s.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")


def pmail(f, l, dom=None):
    dom = dom or R.choice(FREEMAIL)
    return R.choice([f"{asc(f)}.{asc(l)}", f"{asc(f)}{asc(l)}{R.randint(1, 99)}", f"{asc(f)[0]}{asc(l)}"]) + "@" + dom


def adr(place=None):
    pl = place or R.choice(PLACES)
    return (f"{R.choice(GATER)} {R.randint(1, 120)}", pl[0], pl[1])


GOV = [("no_municipality", "Trondheim kommune", "trondheim.kommune.no", PLACES[0]), ("no_municipality", "Oslo kommune, Bymiljøetaten", "bym.oslo.kommune.no", PLACES[2]),
       ("no_municipality", "Bergen kommune", "bergen.kommune.no", PLACES[4]), ("no_municipality", "Tromsø kommune", "tromso.kommune.no", PLACES[5]),
       ("no_municipality", "Bodø kommune", "bodo.kommune.no", PLACES[6]), ("no_municipality", "Lillestrøm kommune, Teknisk drift", "lillestrom.kommune.no", PLACES[7]),
       ("no_municipality", "Stjørdal kommune", "stjordal.kommune.no", PLACES[9]), ("no_municipality", "Orkland kommune", "orkland.kommune.no", PLACES[10]),
       ("no_county_municipality", "Trøndelag fylkeskommune", "trondelagfylke.no", PLACES[1]), ("no_county_municipality", "Vestland fylkeskommune", "vlfk.no", PLACES[4]),
       ("public_school", "Byåsen videregående skole", "trondelagfylke.no", PLACES[0]),
       ("state_agency", "Statens vegvesen", "vegvesen.no", PLACES[1]), ("state_agency", "Skatteetaten", "skatteetaten.no", PLACES[2]),
       ("state_agency", "NAV Trondheim", "nav.no", PLACES[0]), ("state_agency", "Kartverket", "kartverket.no", PLACES[10]),
       ("state_agency", "Statsbygg", "statsbygg.no", PLACES[2]), ("state_agency", "Kriminalomsorgen region nord", "kriminalomsorg.no", PLACES[6]),
       ("police", "Politiet - Trøndelag politidistrikt", "politiet.no", PLACES[0]), ("armed_forces", "Forsvaret - Ørland flystasjon", "mil.no", PLACES[10]),
       ("armed_forces", "Forsvarsbygg", "forsvarsbygg.no", PLACES[2]), ("health_trust", "St. Olavs hospital HF", "stolav.no", PLACES[1]),
       ("health_trust", "Helse Bergen HF", "helse-bergen.no", PLACES[4]), ("health_trust", "Oslo universitetssykehus HF", "ous-hf.no", PLACES[3]),
       ("health_trust", "Sykehuset Innlandet HF", "sykehuset-innlandet.no", PLACES[7]),
       ("public_university", "NTNU - Institutt for bygg- og miljøteknikk", "ntnu.no", PLACES[1]), ("public_university", "Universitetet i Bergen", "uib.no", PLACES[4]),
       ("public_university", "UiT Norges arktiske universitet", "uit.no", PLACES[5]), ("public_university", "OsloMet - storbyuniversitetet", "oslomet.no", PLACES[3]),
       ("fire_service", "Trøndelag brann- og redningstjeneste IKS", "tbrt.no", PLACES[0])]
BIZ = [("company_with_legal_form", "Veidekke Entreprenør AS", "veidekke.no"), ("company_with_legal_form", "Skanska Norge AS", "skanska.no"),
       ("company_with_legal_form", "Nordic Bygg og Anlegg AS", "nordicbygg.no"), ("company_with_legal_form", "Hansen & Dahl Elektro AS", "hdelektro.no"),
       ("company_with_legal_form", "Orkla ASA", "orkla.no"), ("company_with_legal_form", "Trønder Rør AS", "tronderror.no"),
       ("company_with_legal_form", "Kystlaks Havbruk AS", "kystlaks.no"), ("cooperative", "TINE SA", "tine.no"),
       ("cooperative", "Felleskjøpet Agri SA", "felleskjopet.no"), ("company_no_legal_form", "Mesterbakeren Trondheim", "mesterbakeren.no"),
       ("company_no_legal_form", "Byåsen Bilverksted", "byasenbil.no"), ("company_no_legal_form", "Fjellheim Gårdsbruk", "gmail.com"),
       ("sole_trader_enk", "Tømrer Jonas Berg ENK", "gmail.com"), ("sole_trader_trade_name", "Rørlegger Ola Nilsen", "online.no"),
       ("sole_trader_trade_name", "Malermester Kristoffersen", "malermester-k.no"), ("sole_trader_enk", "Strand Graving og Transport ENK", "strandgraving.no"),
       ("hoa", "Borettslaget Sagene Terrasse", "sagene-terrasse.no"), ("hoa", "Sameiet Solsiden Brygge", "gmail.com"),
       ("sports_club", "Ranheim Idrettslag", "ranheimil.no"), ("non_profit", "Norsk Folkehjelp Trondheim", "folkehjelp.no"),
       ("national_red_cross", "Norges Røde Kors", "redcross.no"), ("church", "Den norske kirke - Bakke menighet", "kirken.no"),
       ("private_school", "Trondheim Montessoriskole", "tms.no"), ("private_university", "Handelshøyskolen BI", "bi.no"),
       ("private_hospital", "Lovisenberg Diakonale Sykehus", "lds.no"), ("state_owned_company", "Avinor AS", "avinor.no"),
       ("municipal_owned_company", "Trondheim Parkering AS", "trondheimparkering.no")]

orgnrs = {}
knr = {}


def orgnr(name, first="9"):
    if name not in orgnrs:
        orgnrs[name] = no_orgnr(R, first)
    return orgnrs[name]


def kundenr(name):
    if name not in knr:
        knr[name] = 10001 + len(knr)
    return knr[name]


orders = []


def add(label, amb, kind, cc, kunde, org, kontakt, email, adresse, lines, pay, ref="", kom="", prosjekt=""):
    orders.append(dict(label=label, amb=amb, kind=kind, cc=cc, kunde=kunde, org=org, kontakt=kontakt, email=email,
                       adresse=adresse, lines=lines, pay=pay, ref=ref, kom=kom, prosjekt=prosjekt))


def lines(pool, n, q):
    return [(p, R.randint(*q)) for p in R.sample(pool, min(n, len(pool)))]


def gov():
    kind, name, dom, pl = R.choice(GOV)
    f, l = person()
    ref = R.choice([f"{f} {l}", f"Bestillingsnr {R.randint(4500000000, 4509999999)}", f"Ressursnr {R.randint(10000, 99999)}", f"{R.randint(100000, 999999)}"])
    add("B2G", False, kind, "NO", name, orgnr(name), f"{f} {l}", pmail(f, l, dom) if R.random() < 0.8 else "postmottak@" + dom, adr(pl),
        lines(PPE, R.randint(1, 4), (1, 20)), R.choice(["EHF-faktura", "EHF-faktura", "Faktura"]), ref=ref,
        kom=R.choice(["", "", "Levering til varemottak", "Rammeavtale verneutstyr", "Merk faktura med ressursnummer"]))


def biz():
    kind, name, dom = R.choice(BIZ)
    f, l = person()
    if name.startswith("Tømrer Jonas"):
        f, l = "Jonas", "Berg"
    if name.startswith("Rørlegger Ola"):
        f, l = "Ola", "Nilsen"
    email = pmail(f, l, dom) if R.random() < 0.75 else R.choice(["post", "faktura", "innkjop"]) + "@" + dom
    if dom in FREEMAIL:
        email = pmail(f, l, dom)
    org = orgnr(name) if R.random() < 0.85 else ""
    add("B2B", False, kind, "NO", name, org, f"{f} {l}" if R.random() < 0.7 else "", email, adr(),
        lines(PPE, R.randint(1, 4), (1, 12)), R.choice(["Faktura", "Faktura", "EHF-faktura", "Kort", "Vipps"]),
        ref=R.choice(["", "", f"{f} {l}", f"Prosjekt {R.randint(1000, 9999)}", f"PO {R.randint(10000, 99999)}"]),
        kom=R.choice(["", "", "", "Hentes i butikk", "Leveres byggeplass"]), prosjekt=R.choice(["", "", "Byggeplass Nyhavna", "Service"]))


def pers():
    f, l = person()
    add("B2C", False, "private_person", "NO", f"{f} {l}", "", "", pmail(f, l) if R.random() < 0.85 else "", adr() if R.random() < 0.8 else ("", "", ""),
        lines(OUT, R.randint(1, 2), (1, 2)), R.choice(["Vipps", "Vipps", "Kort", "Faktura", "Kontant"]),
        kom=R.choice(["", "", "", "Gave", "Send til hjemmeadresse"]))


def anon():
    add("B2C", False, "anonymous_retail", "", "Kontantsalg", "", "", "", ("", "", ""), lines(OUT + PPE[3:5], 1, (1, 2)),
        R.choice(["Kort", "Kontant", "Vipps"]), kom="Butikksalg")


def ambig():
    for name, dom, it in [("Hansen & Dahl Elektro AS", "hdelektro.no", HOUSE[0]), ("Kystlaks Havbruk AS", "kystlaks.no", HOUSE[2]),
                          ("Mesterbakeren Trondheim", "mesterbakeren.no", HOUSE[1])]:
        f, l = person()
        add("B2B", True, "company_household_item", "NO", name, orgnr(name), f"{f} {l}", pmail(f, l, dom), adr(), [(it, 1)], "Faktura")
    add("B2B", True, "sole_trader_personal_purchase", "NO", "Tømrer Jonas Berg ENK", orgnr("Tømrer Jonas Berg ENK"), "Jonas Berg", "jonasberg88@gmail.com", adr(),
        [(HOUSE[2], 1)], "Vipps")
    add("B2B", True, "sole_trader_personal_purchase", "NO", "Strand Graving og Transport ENK", orgnr("Strand Graving og Transport ENK"), "Geir Strand", "geir@strandgraving.no", adr(),
        [(HOUSE[5], 1), (HOUSE[6], 1)], "Kort")
    add("B2G", True, "public_kindergarten_household_item", "NO", "Trondheim kommune, Lian barnehage", orgnr("Trondheim kommune"), "Marit Haugen", "marit.haugen@trondheim.kommune.no", adr(PLACES[0]),
        [(HOUSE[1], 1)], "EHF-faktura", ref="Ressursnr 40233")
    for dom, kind in [("politiet.no", "person_with_gov_email"), ("mil.no", "person_with_mil_email"), ("nav.no", "person_with_gov_email")]:
        f, l = person()
        add("B2C", True, kind, "NO", f"{f} {l}", "", "", pmail(f, l, dom), adr(), [(R.choice(HOUSE[2:]), 1)], "Vipps", kom="Send til hjemmeadresse")
    f, l = person()
    add("B2C", True, "person_bulk_quantity", "NO", f"{f} {l}", "", "", pmail(f, l), adr(), [(PPE[5], 40)], "Vipps")
    f, l = person()
    add("B2C", True, "person_bulk_quantity", "NO", f"{f} {l}", "", "", pmail(f, l), adr(), [(HOUSE[3], 30)], "Kort")
    for kom in ["Til firmaet mitt, trenger faktura", "For videresalg i nettbutikken min", "Skal brukes på jobb (selvstendig)"]:
        f, l = person()
        add("B2B", True, "person_states_business_use", "NO", f"{f} {l}", "", "", pmail(f, l), adr(), lines(PPE, R.randint(1, 2), (2, 6)), "Vipps", kom=kom)
    f, l = person()
    add("B2B", True, "person_pays_company_invoice", "NO", f"{f} {l}", "", "", pmail(f, l), adr(), lines(PPE, 2, (2, 5)), "Kort",
        kom="Betaler fakturaen for Nordic Bygg og Anlegg AS med privat kort")
    add("B2B", True, "municipal_owned_company_procurement", "NO", "Ruter AS", orgnr("Ruter AS"), "Thea Solberg", "thea.solberg@ruter.no", adr(PLACES[2]),
        [(PPE[12], 60), (PPE[3], 120)], "EHF-faktura", ref="Doffin 2026-104233", kom="Avrop på rammeavtale etter anbudskonkurranse")
    add("B2B", True, "state_owned_company_procurement", "NO", "Avinor AS", orgnr("Avinor AS"), "Per Lie", "per.lie@avinor.no", adr(PLACES[1]),
        [(PPE[4], 50), (PPE[12], 30)], "EHF-faktura", ref="Doffin-ref 2026-100871", kom="Anskaffelse etter anbud")
    add("B2B", True, "international_org", "NO", "UNDP Oslo Governance Centre", orgnr("UNDP Oslo Governance Centre"), "Lars Jensen", "lars.jensen@undp.org", adr(PLACES[2]),
        [(PPE[6], 8), (PPE[9], 8)], "Faktura")
    add("B2B", True, "nonprofit_coop_contract", "NO", "Norsk Folkehjelp Trondheim", orgnr("Norsk Folkehjelp Trondheim"), "Ida Lie", "ida.lie@folkehjelp.no", adr(PLACES[0]),
        [(PPE[12], 15)], "Faktura", kom="Pris iht. innkjøpsavtale via Trondheim kommunes innkjøpssamarbeid")
    add("B2B", True, "product_only_business_goods", "", "", "", "", "", ("", "", ""), [(PPE[11], 6), (PPE[8], 10)], "Faktura")
    add("B2C", True, "product_only", "", "", "", "", "", ("", "", ""), [(HOUSE[4], 1)], "Vipps")
    add("B2G", False, "embassy", "SE", "Sveriges ambassad i Oslo", "", "Elin Lindqvist", "ambassaden.oslo@gov.se", adr(PLACES[2]), [(PPE[8], 4), (PPE[7], 2)], "Faktura")
    add("B2G", False, "embassy", "US", "U.S. Embassy Oslo", "", "Mark Reed", "oslogso@state.gov", adr(PLACES[2]), [(PPE[3], 25)], "Faktura", ref="PO 19NO2026M0044")


ambig()
while sum(len(o["lines"]) for o in orders) < 232:
    x = R.random()
    if x < 0.32:
        gov()
    elif x < 0.68:
        biz()
    elif x < 0.94:
        pers()
    else:
        anon()
R.shuffle(orders)

rows, labels = [], []
fnr = 2031
d = dt.date(2026, 2, 2)
for o in orders:
    fnr += 1
    d += dt.timedelta(days=R.choice([0, 1, 1, 2]))
    contado = o["pay"] in ("Vipps", "Kort", "Kontant")
    due = d if contado else d + dt.timedelta(days=R.choice([14, 30]))
    betalt = contado or R.random() < 0.65
    bdate = (d if contado else due - dt.timedelta(days=R.randint(0, 5)))
    for p, q in o["lines"]:
        net = round(p[1] * q, 2)
        mva = round(net * 0.25, 2)
        rows.append([fnr, pd.Timestamp(d), pd.Timestamp(due), kundenr(o["kunde"]) if o["kunde"] else None, o["kunde"] or None, o["org"] or None,
                     o["kontakt"] or None, o["email"] or None, o["adresse"][0] or None, o["adresse"][1] or None, o["adresse"][2] or None,
                     o["ref"] or None, f"{100 + (sum(map(ord, p[0])) % 800)}", p[0], q, p[1], "25%", net, mva, round(net + mva, 2),
                     o["pay"], pd.Timestamp(bdate) if betalt else None, "Betalt" if betalt else "Ubetalt", o["prosjekt"] or None, o["kom"] or None])
        labels.append((o["label"], o["amb"], o["kind"], o["cc"]))

df = pd.DataFrame(rows, columns=HEAD)
with pd.ExcelWriter(os.path.join(LAYOUTS, LID + ".xlsx"), engine="openpyxl", date_format="DD.MM.YYYY", datetime_format="DD.MM.YYYY") as xw:
    df.to_excel(xw, sheet_name="Salg", index=False)

write_key(LID, {
    "id": LID,
    "system": "Fiken (Salg -> Faktura-/salgsoversikt, eksport til Excel), one row per fakturalinje",
    "country": "NO",
    "language": "no",
    "docs": [
        "Fiken help centre 'Import av kunder' and 'Importere leverandører' (hjelp.fiken.no): contact columns Navn, Orgnr (blank for a private person), Adresse, Postnr, Poststed, Land, E-post, Telefon - reused here as Kunde/Orgnr/Adresse/Postnr/Poststed/E-post",
        "Norwegian invoice-list conventions seen in Tripletex and 24SevenOffice invoice export documentation and a real Norwegian invoice list (Fakturanr., Kundenr, Kundenavn, Dato, Beløp eks. mva, Mva-beløp, Sum faktura): Fakturadato, Forfallsdato, Deres referanse, Beløp eks. mva / Mva / Beløp inkl. mva, 25% mva",
        "Public bodies invoiced by EHF (mandatory e-invoice to the Norwegian public sector); private buyers pay by Vipps/kort. 'Kontantsalg' = Fiken cash sale without customer",
    ],
    "fields": {"buyer": "Kunde", "product": "Beskrivelse", "quantity": "Antall", "amount": "Beløp eks. mva",
               "tax_id": "Orgnr", "email": "E-post", "payment": "Betalingsmåte", "comment": "Kommentar"},
    "also_ok": {"amount": ["Beløp inkl. mva"]},
    "notes": "XLSX, sheet 'Salg', header on row 1, no title or totals rows. One row per invoice line; all lines of one Fakturanr share a label. Orgnr is the 9-digit organisasjonsnummer (blank for private persons and some sparse records). Rows with empty Kunde are sales registered without a customer.",
}, labels)
print(LID, len(rows), "rows", len(orders), "orders")
