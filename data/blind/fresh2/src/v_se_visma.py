"""Sweden: Visma eEkonomi - kundfakturor, export (CSV, ';', UTF-8 BOM), one row per invoice line."""
import random, os, sys, datetime, csv, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from v_common import *

rng = random.Random(4303)
KID = 'v_se_visma_eekonomi_kundfakturor'

BIZ = [("Kopieringspapper A4 80g (5x500 ark)", 289.00), ("Toner HP 59A svart CF259A", 1190.00), ("Bärbar dator Lenovo ThinkPad T14 Gen 4", 13990.00),
       ("Skärm Dell P2723D 27\"", 3290.00), ("Kontorsstol Kinnarps 6000", 6450.00), ("Microsoft 365 Business Standard, årslicens", 1620.00),
       ("Switch HPE Aruba Instant On 1930 24G", 3490.00), ("Serverrack 42U 800x1000", 8900.00), ("Multifunktionsskrivare Kyocera ECOSYS M3655idn", 9450.00),
       ("Dokumentförstörare Rexel Optimum AutoFeed+ 150X", 4390.00), ("SSD Samsung 990 PRO 1TB", 1390.00), ("UPS APC Smart-UPS 1500VA", 8790.00),
       ("IT-konsult, timarvode", 950.00), ("Projektor Epson EB-L210W", 11900.00), ("Whiteboard magnetisk 120x90", 1290.00),
       ("Installation och konfiguration, fast pris", 4500.00), ("Pärmar A4 bred rygg (10-pack)", 349.00), ("Brandvägg Fortinet FortiGate 60F", 7900.00)]
HOUSE = [("TV Samsung 55\" QLED Q60D", 7990.00), ("Kaffebryggare Moccamaster KBG Select", 2990.00), ("Vattenkokare Wilfa 1,7 l", 399.00),
         ("Luftvärmepump Mitsubishi Hero 2.0 MSZ-LN25", 24900.00), ("Mikrovågsugn Electrolux EMZ725MMTI", 2690.00), ("Robotdammsugare Roborock Q7 Max", 3990.00),
         ("Surfplatta Apple iPad 10.9\" 64 GB", 5490.00), ("Airfryer Philips XXL", 2290.00), ("Hörlurar Bose QuietComfort Ultra", 4290.00)]
PHONE = ("Mobiltelefon Samsung Galaxy A35 128 GB", 3990.00)

FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Emma", "Mikael", "Lena", "Fredrik", "Elin", "Oskar", "Ingrid", "Magnus", "Sofia", "Nils"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Berg", "Holm", "Sandberg", "Ekström", "Lundgren", "Björk"]
FREEMAIL = ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "yahoo.se", "live.se", "icloud.com"]
CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås", "Örebro", "Linköping", "Umeå", "Jönköping", "Luleå", "Sundsvall", "Växjö"]

def asc(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower().replace(' ', '')
def person(rng):
    f = rng.choice(FIRST); l = rng.choice(LAST); return f"{f} {l}", f, l
def pmail(rng, f, l): return f"{asc(f)}.{asc(l)}{rng.choice(['', str(rng.randint(1,99))])}@{rng.choice(FREEMAIL)}"
def lines_from(rng, pool, n=(1, 3), q=(1, 10)): return [(d, rng.randint(*q), p) for d, p in rng.sample(pool, rng.randint(*n))]
B = lambda **k: k
def vat(orgnr): return "SE" + orgnr.replace('-', '') + "01"

PUBLIC = [("{c} kommun", "2120", "se_municipality", "{cl}.se"), ("{c}s kommun, Utbildningsförvaltningen", "2120", "se_municipality", "{cl}.se"),
          ("Stockholms stad, Stadsledningskontoret", "2120", "se_municipality", "stockholm.se"), ("Region Stockholm", "2321", "se_region", "regionstockholm.se"),
          ("Västra Götalandsregionen", "2321", "se_region", "vgregion.se"), ("Region Skåne", "2321", "se_region", "skane.se"),
          ("Trafikverket", "2021", "state_agency", "trafikverket.se"), ("Skatteverket", "2021", "state_agency", "skatteverket.se"),
          ("Naturvårdsverket", "2021", "state_agency", "naturvardsverket.se"), ("Socialstyrelsen", "2021", "state_agency", "socialstyrelsen.se"),
          ("Transportstyrelsen", "2021", "state_agency", "transportstyrelsen.se"), ("Försäkringskassan", "2021", "state_agency", "forsakringskassan.se"),
          ("Polismyndigheten", "2021", "police", "polisen.se"), ("Försvarsmakten, Livgardet", "2021", "armed_forces", "mil.se"),
          ("Uppsala universitet", "2021", "public_university", "uu.se"), ("Lunds universitet", "2021", "public_university", "lu.se"),
          ("Kungliga Tekniska högskolan", "2021", "public_university", "kth.se"), ("Högskolan i Gävle", "2021", "public_university", "hig.se"),
          ("Karolinska Universitetssjukhuset", "2321", "public_hospital", "regionstockholm.se"), ("Sahlgrenska Universitetssjukhuset", "2321", "public_hospital", "vgregion.se"),
          ("Rinkebyskolan, Stockholms stad", "2120", "public_school", "edu.stockholm.se"), ("Göteborgs tingsrätt, Sveriges Domstolar", "2021", "court", "dom.se"),
          ("Regeringskansliet, Finansdepartementet", "2021", "se_ministry", "regeringskansliet.se"), ("Norges ambassad i Stockholm", "9020", "embassy", "mfa.no"),
          ("Kammarkollegiet, Statens inköpscentral", "2021", "state_agency", "kammarkollegiet.se")]

def public_case(rng):
    nm, pre, kind, dom = rng.choice(PUBLIC); c = rng.choice(CITIES)
    nm = nm.format(c=c); dom = dom.format(cl=asc(c))
    org = se_orgnr(rng, pre)
    return B(name=nm, org=org, vat=vat(org) if rng.random() < .5 else "", email=f"{rng.choice(['fakturor','inkop','registrator','upphandling','ekonomi'])}@{dom}",
             kind=kind, label='B2G', amb=False, cc='NO' if kind == 'embassy' else 'SE', lines=lines_from(rng, BIZ, (1, 4), (1, 15)),
             terms=rng.choice(["30 dagar netto", "30 dagar netto", "60 dagar"]), ref=rng.choice([f"{rng.choice(['KS','UF','TRV','REF'])}{rng.randint(1000,99999)}", f"Ansvar {rng.randint(1000,9999)}"]),
             po=f"{rng.randint(4500000000, 4599999999)}" if rng.random() < .5 else "", com=rng.choice(["", "", "Avrop på ramavtal", "E-faktura via Peppol"]))

def school_kettle(rng):
    c = rng.choice(CITIES); it = rng.choice(HOUSE[1:3] + HOUSE[4:5])
    org = se_orgnr(rng, "2120")
    return B(name=f"{rng.choice(['Björkskolan', 'Ekbackeskolan', 'Förskolan Solrosen'])}, {c} kommun", org=org, vat="", email=f"rektor.bjorkskolan@{asc(c)}.se",
             kind='public_school_household_item', label='B2G', amb=True, cc='SE', lines=[(it[0], 1, it[1])], terms="30 dagar netto", ref=f"KS{rng.randint(1000,9999)}", po="", com="Till personalrummet")

COMP = ["Byggmästarna i Norr", "Svensson Elektriska", "Nordic Logistik", "Tandläkarna Centrum", "Fastighets Sörmland", "Redovisningsbyrån Ekonomen",
        "Restaurang Sjöboden", "Mekaniska Verkstaden i Hallsberg", "Datakonsult Öst", "Apoteket Kronan", "Snickeri Lindgren", "Skogsbruk Jämtland", "Arkitektkontoret Form", "Frisör Salong Klipp"]
def company_case(rng, form=True):
    if form:
        r = rng.random()
        if r < .12: nm = rng.choice(["Volvo Personvagnar AB", "ICA Fastigheter AB", "Telia Sverige AB", "Skanska Sverige AB"]); pre = "556"
        elif r < .3: nm = f"{rng.choice(COMP)} HB"; pre = "9696"
        elif r < .38: nm = f"{rng.choice(COMP)} Kommanditbolag"; pre = "9169"
        else: nm = f"{rng.choice(COMP)} {rng.choice(['AB', 'AB', 'Aktiebolag', 'i Sverige AB'])}"; pre = rng.choice(["556", "559"])
        kind = 'company_with_legal_form'
    else:
        nm = rng.choice(COMP); pre = "559"; kind = 'company_no_legal_form'
    org = se_orgnr(rng, pre)
    dom = asc(nm.split()[0]) + ".se"
    return B(name=nm, org=org, vat=vat(org) if rng.random() < .4 else "", email=f"{rng.choice(['faktura','info','ekonomi','inkop'])}@{dom}" if rng.random() < .8 else "",
             kind=kind, label='B2B', amb=False, cc='SE', lines=lines_from(rng, BIZ, (1, 4), (1, 10)), terms=rng.choice(["30 dagar netto", "20 dagar netto", "10 dagar netto", "Kortbetalning"]),
             ref=person(rng)[0] if rng.random() < .5 else "", po=f"{rng.randint(1000,99999)}" if rng.random() < .3 else "", com=rng.choice(["", "", "Leverans till lagret, port 4", "Levereras till kontoret"]))
def company_nf(rng): return company_case(rng, False)
def foreign_company(rng):
    nm, cc, v = rng.choice([("Kontorikeskus Oy", "FI", "FI" + str(rng.randint(10**7, 10**8 - 1))), ("Nordisk Kontorservice ApS", "DK", "DK" + str(rng.randint(10**7, 10**8 - 1))), ("Bürobedarf Hansen GmbH", "DE", "DE" + str(rng.randint(10**8, 10**9 - 1)))])
    return B(name=nm, org="", vat=v, email="", kind='foreign_company', label='B2B', amb=False, cc=cc, lines=lines_from(rng, BIZ, (1, 3), (5, 20)), terms="30 dagar netto", ref="", po="", com="Omvänd betalningsskyldighet")

def nonprofit(rng):
    opts = [("Bostadsrättsföreningen Gjutaren {n}", "7696", "homeowners_association"), ("Brf Solgläntan", "7164", "homeowners_association"), ("IFK {c} Fotbollsförening", "8020", "sports_club"),
            ("Svenska kyrkan, {c} församling", "2522", "religious_organisation"), ("Röda Korset, {c} krets", "8020", "national_red_cross"), ("Föreningen Hem och Skola {c}", "8020", "parents_association"),
            ("Hyresgästföreningen Region {c}", "8020", "association"), ("Stiftelsen Chalmers tekniska högskola", "5564", "private_university"), ("Handelshögskolan i Stockholm", "8020", "private_university"),
            ("Internationella Engelska Skolan i {c} AB", "5565", "private_school"), ("Capio S:t Görans Sjukhus AB", "5565", "private_hospital"), ("HSB Bostadsrättsförening {c}hus", "7696", "homeowners_association"),
            ("Konsumentföreningen Stockholm ek. för.", "7020", "cooperative")]
    nm, pre, kind = rng.choice(opts); c = rng.choice(CITIES)
    return B(name=nm.format(c=c, n=rng.randint(1, 40)), org=se_orgnr(rng, pre), vat="", email=rng.choice(["", f"styrelsen@{kind[:5]}{asc(c)}.se", f"kassor{rng.randint(1,99)}@gmail.com"]),
             kind=kind, label='B2B', amb=False, cc='SE', lines=lines_from(rng, BIZ, (1, 3), (1, 6)), terms=rng.choice(["30 dagar netto", "Swish"]), ref="", po="", com="")

PROF = ["Advokatbyrå", "Arkitekt", "Fysioterapi", "Redovisning", "VVS", "El", "Hårsalong", "Konsult"]
def ef(rng):
    full, f, l = person(rng); act = rng.choice(PROF)
    nm = rng.choice([f"{l}s {act}", f"{full} {act}", f"{full} (enskild firma)", f"{act} {full}"])
    pnr = se_pnr(rng)
    return B(name=nm, org=pnr, vat=vat(pnr) if rng.random() < .5 else "", email=pmail(rng, f, l) if rng.random() < .6 else "", kind='sole_trader', label='B2B', amb=False, cc='SE',
             lines=lines_from(rng, BIZ, (1, 3), (1, 4)), terms=rng.choice(["30 dagar netto", "Swish", "Kortbetalning"]), ref=full, po="", com=rng.choice(["", "Till kontoret", "Enskild firma, F-skatt"]))
def private(rng):
    full, f, l = person(rng)
    return B(name=full, org=se_pnr(rng) if rng.random() < .6 else "", vat="", email=pmail(rng, f, l) if rng.random() < .8 else "", kind='private_person', label='B2C', amb=False, cc='SE',
             lines=lines_from(rng, HOUSE + BIZ[2:4], (1, 2), (1, 2)), terms=rng.choice(["Kortbetalning", "Swish", "Klarna", "10 dagar netto"]), ref="", po="",
             com=rng.choice(["", "", "Hemleverans", "Present"]))
def anon(rng):
    return B(name=rng.choice(["Kontantkund", "Privatkund"]), org="", vat="", email="", kind='anonymous_retail', label='B2C', amb=False, cc='SE',
             lines=lines_from(rng, HOUSE, (1, 2), (1, 1)), terms=rng.choice(["Kontant", "Kortbetalning"]), ref="", po="", com="")
def company_aircon(rng):
    o = company_case(rng); it = rng.choice(HOUSE); o.update(kind='company_household_item', amb=True, lines=[(it[0], 1, it[1])], com=""); return o
def person_bulk(rng):
    o = private(rng); o.update(kind='private_person_bulk_quantity', amb=True, lines=[(PHONE[0], rng.choice([25, 30, 40]), PHONE[1])]); return o
def person_resale(rng):
    o = private(rng); o.update(kind='person_states_business_use', label='B2B', amb=True, lines=lines_from(rng, BIZ, (1, 2), (2, 6)),
                               com=rng.choice(["För vidareförsäljning i min butik", "Till jobbet, används i min verksamhet", "Köps in för min firma"])); return o
def ef_tv(rng):
    o = ef(rng); it = rng.choice(HOUSE[:1] + HOUSE[6:]); full, f, l = person(rng)
    o.update(name=f"{l}s {rng.choice(PROF)}", kind='sole_trader_personal_purchase', amb=True, lines=[(it[0], 1, it[1])], terms="Kortbetalning", com=""); return o
def gov_mail_person(rng):
    full, f, l = person(rng); it = rng.choice(HOUSE)
    return B(name=full, org=se_pnr(rng), vat="", email=f"{asc(f)}.{asc(l)}@{rng.choice(['polisen.se', 'mil.se', 'skatteverket.se', 'regionstockholm.se'])}", kind='person_with_gov_email',
             label='B2C', amb=True, cc='SE', lines=[(it[0], 1, it[1])], terms="Kortbetalning", ref="", po="", com="Leverans till hemadress")
def intl_org(rng):
    return B(name=rng.choice(["UNOPS Copenhagen", "International IDEA (Institutet för demokrati och fria val), Stockholm", "Internationella rödakorskommittén (ICRC) Stockholm"]), org="", vat="",
             email="procurement@" + rng.choice(["unops.org", "idea.int", "icrc.org"]), kind='international_org', label='B2B', amb=True, cc='SE', lines=lines_from(rng, BIZ, (1, 3), (1, 8)),
             terms="30 dagar netto", ref="", po=f"PO{rng.randint(100000,999999)}", com="")
def soe_tender(rng):
    nm = rng.choice(["Systembolaget AB", "Vattenfall AB", "PostNord Sverige AB", "SJ AB", "Stockholmshem AB"])
    org = se_orgnr(rng, "556")
    return B(name=nm, org=org, vat=vat(org), email="inkop@" + asc(nm.split()[0]) + ".se", kind='state_owned_company_procurement', label='B2B', amb=True, cc='SE',
             lines=lines_from(rng, BIZ, (1, 3), (5, 30)), terms="30 dagar netto", ref=f"Upphandling dnr {rng.randint(2023,2024)}/{rng.randint(100,999)}", po=f"{rng.randint(4500000000,4599999999)}",
             com="Avrop enligt upphandlat ramavtal (LUF)")
def person_pays_company(rng):
    full, f, l = person(rng)
    return B(name=full, org=se_pnr(rng), vat="", email=pmail(rng, f, l), kind='person_pays_company_invoice', label='B2B', amb=True, cc='SE', lines=lines_from(rng, BIZ, (1, 3), (1, 5)),
             terms="30 dagar netto", ref="", po="", com=f"Betalar för {rng.choice(COMP)} AB:s räkning, utlägg")
def product_only(rng):
    it = rng.choice([("Serverrack 42U 800x1000", 8900.00, 'B2B'), ("Switch HPE Aruba Instant On 1930 24G", 3490.00, 'B2B'), ("Airfryer Philips XXL", 2290.00, 'B2C'), ("Hörlurar Bose QuietComfort Ultra", 4290.00, 'B2C')])
    return B(name="", org="", vat="", email="", kind='product_only', label=it[2], amb=True, cc='SE', lines=[(it[0], 1, it[1])], terms="", ref="", po="", com="")
def role_mailbox(rng):
    return B(name="", org="", vat="", email=f"inkop@{rng.choice(['nordbygg', 'kylteknik-syd', 'varmlandsfrakt'])}.se", kind='company_role_mailbox_only', label='B2B', amb=False, cc='SE',
             lines=lines_from(rng, BIZ, (1, 2), (2, 6)), terms="30 dagar netto", ref="", po="", com="")

CASES = [(14, public_case), (2, school_kettle), (15, company_case), (5, company_nf), (2, foreign_company), (7, nonprofit), (7, ef),
         (17, private), (3, anon), (2, company_aircon), (1.5, person_bulk), (1.5, person_resale), (1.5, ef_tv), (1.5, gov_mail_person), (1, intl_org),
         (1.5, soe_tender), (1, person_pays_company), (1.5, product_only), (1, role_mailbox)]
orders = pick_cases(rng, CASES, 200, 250, None)

def sek(x): return eu_num(x, thousands='\u00a0', dec=',')
HDR = ["Fakturanummer", "Fakturadatum", "Förfallodatum", "Kundnummer", "Kundnamn", "Organisationsnummer", "Momsregistreringsnummer", "E-post", "Er referens", "Vår referens",
       "Ert ordernummer", "Artikelnummer", "Benämning", "Antal", "Enhet", "À-pris", "Rabatt %", "Belopp exkl. moms", "Momssats", "Belopp inkl. moms", "Valuta", "Betalningsvillkor", "Status", "Meddelande"]
rows, labels = [], []; codes = {}
d0 = datetime.date(2024, 3, 4)
for i, o in enumerate(orders):
    d = d0 + datetime.timedelta(days=int(i * 1.2)); num = 1001 + i
    days = 30 if '30' in o['terms'] else 60 if '60' in o['terms'] else 20 if '20' in o['terms'] else 10 if '10' in o['terms'] else 0
    code = codes.setdefault(o['name'] or o['email'] or f"anon{i}", str(len(codes) + 1))
    our = rng.choice(["Karin Holm", "Per Sandberg", "Elin Björk"])
    st = rng.choice(["Betald", "Obetald", "Betald", "Förfallen"])
    for desc, q, p in o['lines']:
        mr = 0 if o['kind'] == 'foreign_company' else 25
        net = round(q * p, 2)
        unit = "tim" if "timarvode" in desc else ("förp" if ("pack" in desc or "ark" in desc) else "st")
        rows.append([str(num), d.isoformat(), (d + datetime.timedelta(days=days)).isoformat(), code, o['name'], o['org'], o['vat'], o['email'], o['ref'], our, o['po'],
                     f"{rng.randint(1000,9999)}", desc, str(q), unit, sek(p), "", sek(net), f"{mr}%", sek(net * (1 + mr / 100)), "SEK", o['terms'],
                     st, o['com']])
        labels.append((o['label'], o['amb'], o['kind'], o['cc']))

path = os.path.join(SET, 'layouts', KID + '.csv')
with open(path, 'w', newline='', encoding='utf-8-sig') as f:
    w = csv.writer(f, delimiter=';', lineterminator='\r\n'); w.writerow(HDR); w.writerows(rows)
write_key(KID, {
    "id": KID, "system": "Visma eEkonomi (Visma eAccounting Sverige) - Kundfakturor, export till CSV (Excel)", "country": "SE", "language": "sv",
    "docs": ["Visma eEkonomi help (help.visma.net/se_sv/eaccounting, 'Importera eller exportera kundregister'; support.vismaspcs.se): register exports are CSV files meant for Excel; the customer fields are Kundnummer, Namn, Organisationsnummer/personnummer, Momsregistreringsnummer, E-post, Betalningsvillkor, Er referens/Vår referens.",
             "Invoice-line headers (Fakturanummer, Fakturadatum, Förfallodatum, Artikelnummer, Benämning, Antal, Enhet, À-pris, Rabatt %, Belopp, Moms, Meddelande, Ert ordernummer, Status) follow the field labels of the eEkonomi invoice form; no public column list of the kundfakturor export was found, so the order is the writer's. Swedish number format 1 234,56 (no-break space), ISO dates, ';' separator, UTF-8 with BOM."],
    "fields": {"buyer": "Kundnamn", "product": "Benämning", "quantity": "Antal", "amount": "Belopp exkl. moms", "tax_id": "Organisationsnummer", "email": "E-post", "payment": "Betalningsvillkor", "comment": "Meddelande"},
    "also_ok": {"amount": ["Belopp inkl. moms"], "tax_id": ["Momsregistreringsnummer"]},
    "notes": "One row per invoice line; one header row, no totals. An order is one Fakturanummer. 'Organisationsnummer' holds the organisation number or, for private persons and enskild firma, the personnummer (Visma's field is organisationsnummer/personnummer). 'Betalningsvillkor' carries the payment terms (30 dagar netto = invoice; Kortbetalning, Swish, Kontant, Klarna = paid at once). 'Er referens' is the buyer's reference person/code. Product-only rows have empty customer name."
}, labels)
print(KID, len(rows), 'rows', len(orders), 'orders')
