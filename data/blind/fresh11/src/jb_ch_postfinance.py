"""jb_ch_postfinance_bewegungen: PostFinance E-Finance, Konto > Bewegungen > Export CSV.

Incoming payments (credits) on the PostFinance business account of an invented office and
school furniture dealer in Thun (BE). The payer is only visible inside "Avisierungstext".
Run: python jb_ch_postfinance.py   (seeded; rebuilds layout, key and labels exactly)
"""
import random
from datetime import date, timedelta

import jb_common as C

LAYOUT_ID = "jb_ch_postfinance_bewegungen"
SEED = 11_2025_03
rng = random.Random(SEED)

START = date(2025, 1, 6)
END = date(2025, 6, 30)
OWN_IBAN = C.iban("CH", "09000" + "000" + "305218846")

B = []


def add(name, addr, label, kind, country, n, amt, msgs, style="gs", amb=False, fx=None):
    B.append(dict(name=name, addr=addr, label=label, kind=kind, country=country, n=n, amt=amt, msgs=msgs,
                  style=style, amb=amb, fx=fx))


# --------------------------------------------------------------- B2G
add("KANTON BERN FINANZVERWALTUNG", "MUENSTERPLATZ 12 3011 BERN", "B2G", "regional_government", "CH", 5,
    (1800, 24800), ["AGG AMT FUER GRUNDSTUECKE UND GEBAEUDE RG {re}", "BKD BILDUNGS- UND KULTURDIREKTION RG {re}",
                    "KANTON BERN BESTELLUNG {po} RECHNUNG {re}"])
add("KANTON BERN FINANZVERWALTUNG", "MUENSTERPLATZ 12 3011 BERN", "B2G", "police", "CH", 3, (2400, 9800),
    ["KANTONSPOLIZEI BERN LOGISTIK RG {re}", "KAPO BERN REGION OBERLAND RG {re}"])
add("KANTON BERN FINANZVERWALTUNG", "MUENSTERPLATZ 12 3011 BERN", "B2G", "court", "CH", 2, (1600, 7200),
    ["OBERGERICHT DES KANTONS BERN RG {re}", "REGIONALGERICHT OBERLAND THUN RG {re}"])
add("KANTON BERN FINANZVERWALTUNG", "MUENSTERPLATZ 12 3011 BERN", "B2G", "public_school", "CH", 4,
    (3100, 18600), ["GYMNASIUM THUN SCHADAU SCHULMOEBEL RG {re}", "BWZ BERUFSSCHULE THUN RG {re}"])
add("EINWOHNERGEMEINDE KOENIZ", "LANDORFSTRASSE 1 3098 KOENIZ", "B2G", "municipality", "CH", 3, (900, 12400),
    ["GEMEINDEVERWALTUNG KOENIZ RG {re}", "SCHULE SPIEGEL RG {re}"])
add("STADT THUN FINANZVERWALTUNG", "HOFSTETTENSTRASSE 14 3602 THUN", "B2G", "public_school", "CH", 5,
    (1400, 21800), ["SCHULE STRAETTLIGEN SCHULMOEBEL RG {re}", "SCHULE LERCHENFELD RG {re}",
                    "VOLKSSCHULE THUN WANDTAFELN RG {re}"])
add("STADT THUN FINANZVERWALTUNG", "HOFSTETTENSTRASSE 14 3602 THUN", "B2G", "municipality", "CH", 3,
    (600, 5400), ["STADTVERWALTUNG THUN RATHAUS RG {re}", "STADT THUN AMT FUER STADTLIEGENSCHAFTEN RG {re}"])
add("EINWOHNERGEMEINDE STEFFISBURG", "HOECHHUSWEG 5 3612 STEFFISBURG", "B2G", "municipality", "CH", 3,
    (700, 8800), ["GEMEINDE STEFFISBURG RG {re}"])
add("GEMEINDE SPIEZ", "OBERLANDSTRASSE 4 3700 SPIEZ", "B2G", "municipality", "CH", 1, (900, 4300),
    ["GEMEINDEVERWALTUNG SPIEZ RG {re}"])
add("STADT BERN FINANZVERWALTUNG", "BUNDESGASSE 33 3011 BERN", "B2G", "public_school", "CH", 4, (2200, 16400),
    ["SCHULAMT VOLKSSCHULE KIRCHENFELD RG {re}", "SCHULAMT STADT BERN BESTELLUNG {po}"])
add("UNIVERSITAET BERN", "HOCHSCHULSTRASSE 6 3012 BERN", "B2G", "public_university", "CH", 5, (800, 14800),
    ["INSTITUT FUER INFORMATIK RG {re} BESTELLNR {po}", "UNI BERN BESCHAFFUNG {po}", "RG {re}"], style="gs")
add("BERNER FACHHOCHSCHULE", "FALKENPLATZ 24 3012 BERN", "B2G", "public_university", "CH", 3, (1200, 9700),
    ["BFH DEPARTEMENT TECHNIK BURGDORF RG {re}", "BFH BESTELLUNG {po}"])
add("ETH ZUERICH", "RAEMISTRASSE 101 8092 ZUERICH", "B2G", "public_university", "CH", 1, (2600, 7900),
    ["ETH BESTELLUNG {po} INVOICE {re}"])
add("EIDGENOESSISCHE FINANZVERWALTUNG", "BUNDESGASSE 3 3003 BERN", "B2G", "federal_agency", "CH", 4,
    (1900, 26500), ["BBL BUNDESAMT FUER BAUTEN UND LOGISTIK BESTELLUNG {po} RG {re}",
                    "BBL FACHBEREICH BUEROMOEBEL {po}"])
add("EIDGENOESSISCHE FINANZVERWALTUNG", "BUNDESGASSE 3 3003 BERN", "B2G", "armed_forces", "CH", 3,
    (1300, 11200), ["LOGISTIKBASIS DER ARMEE LBA THUN BESTELLUNG {po}", "VBS ARMASUISSE RG {re} {po}"])
add("OFFICE FEDERAL DE LA STATISTIQUE", "ESPACE DE L'EUROPE 10 2010 NEUCHATEL", "B2G", "federal_agency", "CH",
    1, (1400, 3900), ["FACTURE {re} COMMANDE {po}"])
add("ETAT DE FRIBOURG SERVICE DES BATIMENTS", "RUE DES CHANOINES 17 1700 FRIBOURG", "B2G", "regional_government",
    "CH", 1, (2300, 6200), ["FACTURE {re} MOBILIER SALLE DE CLASSE"])
add("SUVA", "FLUHMATTSTRASSE 1 6004 LUZERN", "B2G", "social_insurance", "CH", 1, (1700, 5200),
    ["SUVA AGENTUR BERN RG {re}"])
add("AUSGLEICHSKASSE DES KANTONS BERN", "CHUTZENSTRASSE 10 3007 BERN", "B2G", "social_insurance", "CH", 1,
    (900, 3100), ["AKB RG {re}"])
add("BOTSCHAFT DER BUNDESREPUBLIK DEUTSCHLAND", "WILLADINGWEG 83 3006 BERN", "B2G", "embassy", "DE", 1,
    (800, 4100), ["RECHNUNG {re} KANZLEI"])
add("AMBASSADE DE FRANCE EN SUISSE", "SULGENECKSTRASSE 44 3007 BERN", "B2G", "embassy", "FR", 1, (600, 2900),
    ["FACTURE {re}"])
add("EINWOHNERGEMEINDE HEIMBERG", "DORFSTRASSE 22 3627 HEIMBERG", "B2G", "municipality", "CH", 1, (500, 3800),
    ["GEMEINDE HEIMBERG RG {re}"])

# --------------------------------------------------------------- B2B
add("DIE SCHWEIZERISCHE POST AG", "WANKDORFALLEE 4 3030 BERN", "B2B", "state_owned_company", "CH", 2,
    (2100, 8800), ["POST CH AG BESTELLUNG 45{po} RG {re}"])
add("SWISSCOM (SCHWEIZ) AG", "ALTE TIEFENAUSTRASSE 6 3048 WORBLAUFEN", "B2B", "state_owned_company", "CH", 2,
    (1900, 7400), ["PO 47{po} INVOICE {re}"])
add("BKW ENERGIE AG", "VIKTORIAPLATZ 2 3013 BERN", "B2B", "state_owned_company", "CH", 2, (1200, 6600),
    ["BKW BESTELLUNG {po} RG {re}"])
add("ENERGIE THUN AG", "INDUSTRIESTRASSE 6 3607 THUN", "B2B", "state_owned_company", "CH", 1, (800, 3400),
    ["RG {re}"])
add("BERNER KANTONALBANK AG", "BUNDESPLATZ 8 3011 BERN", "B2B", "state_owned_company", "CH", 1, (2500, 9400),
    ["BEKB FILIALE THUN RG {re}"])
add("MIGROS-GENOSSENSCHAFT AARE", "INDUSTRIESTRASSE 20 3321 SCHOENBUEHL", "B2B", "cooperative", "CH", 3,
    (1100, 7300), ["MGB AARE BESTELLUNG {po}", "RG {re} KLUBSCHULE THUN"])
add("COOP GENOSSENSCHAFT", "THIERSTEINERALLEE 12 4053 BASEL", "B2B", "cooperative", "CH", 2, (900, 4200),
    ["COOP REGION BERN RG {re}"])
add("RAIFFEISENBANK THUNERSEE GENOSSENSCHAFT", "BAHNHOFSTRASSE 15 3700 SPIEZ", "B2B", "cooperative", "CH", 2,
    (1400, 5200), ["RG {re}"])
add("EMMI SCHWEIZ AG", "LANDENBERGSTRASSE 1 6005 LUZERN", "B2B", "company", "CH", 2, (2100, 6900),
    ["EMMI BESTELLUNG {po} RG {re}"])
add("SCHREINEREI ZAUGG AG", "GEWERBESTRASSE 12 3613 STEFFISBURG", "B2B", "company", "CH", 3, (300, 2600),
    ["RG {re}", "RECHNUNG {re} BUEROSTUEHLE"])
add("TREUHAND MUELLER & PARTNER AG", "BAELLIZ 64 3600 THUN", "B2B", "company", "CH", 3, (600, 4900),
    ["RG {re} USM HALLER SIDEBOARD", "RG {re}"])
add("ARCHITEKTURBUERO ROTH GMBH", "FRUTIGENSTRASSE 8 3600 THUN", "B2B", "company", "CH", 2, (1200, 5800),
    ["RG {re} VITRA ID CHAIR 6 STK"])
add("ZAHNARZTPRAXIS DR. MED. DENT. LUKAS KELLER", "BAHNHOFSTRASSE 3 3600 THUN", "B2B", "professional_practice",
    "CH", 1, (700, 2900), ["RG {re} WARTEZIMMER"])
add("ANWALTSKANZLEI BRUNNER BIERI AG", "SPITALGASSE 4 3011 BERN", "B2B", "professional_practice", "CH", 2,
    (1900, 8100), ["RG {re} SITZUNGSZIMMER"])
add("KINDERTAGESSTAETTE SONNENSCHEIN GMBH", "ALLMENDSTRASSE 22 3600 THUN", "B2B", "company", "CH", 1,
    (400, 2200), ["RG {re} KINDERTISCHE"])
add("FREIES GYMNASIUM BERN", "BEAULIEUSTRASSE 55 3012 BERN", "B2B", "private_school", "CH", 2, (2800, 11800),
    ["RG {re} SCHULZIMMER 2.04"])
add("STIFTUNG ALTERSWOHNEN THUN", "LERCHENFELDSTRASSE 40 3603 THUN", "B2B", "non_profit", "CH", 1,
    (900, 3600), ["RG {re}"])
add("SCHWEIZERISCHES ROTES KREUZ KANTON BERN", "BERNSTRASSE 162 3052 ZOLLIKOFEN", "B2B", "non_profit", "CH", 1,
    (500, 2400), ["RG {re} REGION OBERLAND"])
add("STWEG SEESTRASSE 12 THUN", "C/O IMMO OBERLAND AG SEESTRASSE 12 3600 THUN", "B2B", "hoa", "CH", 1,
    (200, 1400), ["RG {re} GEMEINSCHAFTSRAUM"])
add("HOTEL BELLEVUE AU LAC THUN AG", "STAATSSTRASSE 108 3652 HILTERFINGEN", "B2B", "company", "CH", 2,
    (2400, 8800), ["RG {re} SEMINARRAUM"])
add("BURGER PROJEKT + BAU AG", "BERNSTRASSE 21 3122 KEHRSATZ", "B2B", "company", "CH", 2, (800, 3900),
    ["RG {re}"])
add("HAUSER BUEROEINRICHTUNGEN GMBH", "REICHENAUSTRASSE 19 78467 KONSTANZ DE", "B2B", "company", "DE", 1,
    (1100, 3900), ["RECHNUNG {re}"], fx="EUR")
add("PHYSIOTHERAPIE AM SEE GMBH", "HOFSTETTENSTRASSE 7 3600 THUN", "B2B", "professional_practice", "CH", 1,
    (500, 2200), ["RG {re} BEHANDLUNGSRAUM"], style="giro")

add("GARAGE SCHMID THUN AG", "GWATTSTRASSE 40 3645 GWATT", "B2B", "company", "CH", 2, (600, 3800),
    ["RG {re} KUNDENEMPFANG", "RG {re}"])
add("BAECKEREI-KONDITOREI STEINER AG", "OBERE HAUPTGASSE 27 3600 THUN", "B2B", "company", "CH", 1, (300, 1900),
    ["RG {re} CAFE-BESTUHLUNG"])
add("IT-BERATUNG HOFER GMBH", "SCHWAEBISGASSE 2 3600 THUN", "B2B", "company", "CH", 2, (400, 2900),
    ["RG {re} BUEROEINRICHTUNG", "RG {re} BUEROSTUEHLE"], style="giro")
add("WOHNBAUGENOSSENSCHAFT AARETAL", "TALACKERSTRASSE 50 3604 THUN", "B2B", "cooperative", "CH", 1, (700, 2600),
    ["RG {re} VERWALTUNG"])
add("RUAG AG", "STAUFFACHERSTRASSE 65 3014 BERN", "B2B", "state_owned_company", "CH", 1, (2400, 8100),
    ["RUAG PO 45{po} RG {re}"])
add("FENACO GENOSSENSCHAFT", "ERLACHSTRASSE 5 3012 BERN", "B2B", "cooperative", "CH", 1, (1300, 5400),
    ["FENACO BESTELLUNG {po} RG {re}"])

# --------------------------------------------------------------- B2C persons
PERS = [("HERR PETER MUELLER", "AARESTRASSE 14 3600 THUN"), ("FRAU ANNA SCHNEIDER", "SCHULSTRASSE 3 3604 THUN"),
        ("MUELLER-KELLER ROLF UND ANNA", "BLUEMLISALPSTRASSE 9 3612 STEFFISBURG"),
        ("KELLER, URS", "GURNIGELSTRASSE 21 3600 THUN"), ("BRUNNER FRANZISKA", "KIRCHWEG 2 3700 SPIEZ"),
        ("HANS UND VRENI GERBER", "OBERDORF 11 3624 GOLDIWIL"), ("SARAH ZIMMERMANN", "LERCHENWEG 7 3098 KOENIZ"),
        ("LUCA BIANCHI", "MATTENHOFSTRASSE 33 3007 BERN"), ("NOEMI FREI", "BAHNHOFSTRASSE 40 3627 HEIMBERG"),
        ("MARCO HUBER", "FRUTIGENSTRASSE 61 3604 THUN"), ("DANIELA WEBER", "WEIHERGASSE 5 3005 BERN"),
        ("THOMAS MEYER", "RIEDSTRASSE 9 3600 THUN"), ("LEA STEINER", "SONNENWEG 3 3612 STEFFISBURG"),
        ("BEAT SCHMID", "DORFSTRASSE 88 3638 BLUMENSTEIN"), ("RUTH BAUMANN", "SEEWEG 12 3653 OBERHOFEN"),
        ("NICOLE MOSER", "BERNSTRASSE 105 3110 MUENSINGEN"), ("STEFAN FISCHER", "POSTGASSE 18 3011 BERN"),
        ("JONAS GRAF", "TALACKERSTRASSE 4 3604 THUN"), ("CHIARA ROSSI", "WANKDORFFELDSTRASSE 70 3014 BERN"),
        ("MARKUS WYSS", "ALPENSTRASSE 23 3800 INTERLAKEN"), ("ANDREA SUTER", "MARKTGASSE 6 3600 THUN"),
        ("Yvonne Kaufmann", "Panoramaweg 4 3665 Wattenwil"), ("Dr. Reto Bühler", "Hubelweg 8 3652 Hilterfingen"),
        ("FAM. AEBERSOLD", "RUETLIWEG 3 3613 STEFFISBURG"), ("SIMONE ZBINDEN", "GWATTSTRASSE 77 3645 GWATT"),
        ("PATRICK RYSER", "MITTLERE STRASSE 12 3600 THUN"), ("LAURA GASSER", "BURGERSTRASSE 5 3600 THUN"),
        ("KAUFMANN-BIERI DANIEL", "EICHENWEG 2 3612 STEFFISBURG"), ("FABIENNE HOSTETTLER", "AAREWEG 9 3110 MUENSINGEN"),
        ("MICHAEL SCHEIDEGGER", "BERNSTRASSE 20 3122 KEHRSATZ"), ("Sandra Amstutz", "Seestrasse 41 3700 Spiez"),
        ("LUKAS HAENNI", "BAHNHOFPLATZ 3 3627 HEIMBERG"), ("CLAUDIA RITTER", "KAPELLENWEG 6 3098 KOENIZ"),
        ("BRUNO KOHLER", "ALPENBLICKSTRASSE 14 3652 HILTERFINGEN")]
P_MSG = ["RG {re} BUEROSTUHL GIROFLEX 64", "RECHNUNG {re}", "SCHREIBTISCH HOEHENVERSTELLBAR RG {re}",
         "KINDERSCHREIBTISCH MOLL CHAMP RG {re}", "RG {re} REGAL", "{re}", "ANZAHLUNG RG {re}",
         "RG {re} LISTA OFFICE CONTAINER", "HOMEOFFICE STUHL RG {re}", "RESTZAHLUNG {re}"]
for nm, ad in PERS:
    add(nm, ad, "B2C", "private_person", "CH", 1, (120, 2400), P_MSG,
        style=rng.choice(["gs", "gs", "giro"]))
add("HERR ADRIAN LEUENBERGER", "BURGSTRASSE 11 3600 THUN", "B2C", "private_person", "CH", 2, (90, 780), P_MSG)

# --------------------------------------------------------------- ambiguous
add("TWINT AG", "STAUFFACHERSTRASSE 41 8004 ZUERICH", "B2C", "payment_payout", "CH", 3, (140, 2600),
    ["TWINT AUSZAHLUNG {d} HAENDLER-ID 4{po}"], amb=True)
add("WORLDLINE SCHWEIZ AG", "HARDTURMSTRASSE 201 8005 ZUERICH", "B2C", "payment_payout", "CH", 3, (260, 4900),
    ["ABRECHNUNG {d} TERMINAL 2104{po} DEBIT/KREDIT"], amb=True)
add("EINZAHLUNG", "", "B2C", "cash_deposit", "CH", 2, (300, 1800), ["POSTFILIALE 3600 THUN"], style="cash",
    amb=True)
add("SPITAL STS AG", "KRANKENHAUSSTRASSE 12 3600 THUN", "B2G", "public_hospital_company", "CH", 2, (1900, 9800),
    ["SPITAL THUN BESTELLUNG {po} RG {re}"], amb=True)
add("INSEL GRUPPE AG", "FREIBURGSTRASSE 18 3010 BERN", "B2G", "public_hospital_company", "CH", 1, (2200, 7600),
    ["INSELSPITAL EINKAUF {po}"], amb=True)
add("SBB AG INFRASTRUKTUR EINKAUF", "HILFIKERSTRASSE 1 3000 BERN 65", "B2B", "state_owned_company", "CH", 2,
    (2800, 12400), ["ABRUF RAHMENVERTRAG BESCHAFFUNG NACH BOEB {po} RG {re}"], amb=True)
add("UNIVERSAL POSTAL UNION", "WELTPOSTSTRASSE 4 3015 BERN", "B2B", "international_org", "INT", 2,
    (1600, 9200), ["UPU INTERNATIONAL BUREAU PO {po} INVOICE {re}"], amb=True)
add("COMITE INTERNATIONAL DE LA CROIX-ROUGE", "19 AVENUE DE LA PAIX 1202 GENEVE", "B2B", "international_org",
    "INT", 1, (2100, 6400), ["CICR PO {po} FACTURE {re}"], amb=True)
add("REFORMIERTE KIRCHGEMEINDE THUN-STRAETTLIGEN", "KIRCHGASSE 2 3645 GWATT", "B2B", "church", "CH", 1,
    (600, 3100), ["KIRCHGEMEINDEHAUS RG {re}"])
add("ROEMISCH-KATHOLISCHE GESAMTKIRCHGEMEINDE BERN", "MITTELSTRASSE 6A 3012 BERN", "B2B", "church", "CH", 1,
    (900, 4400), ["PFARREI DREIFALTIGKEIT RG {re}"])
add("HERR HANS ZAUGG", "GEWERBESTRASSE 12 3613 STEFFISBURG", "B2B", "person_paying_company_invoice", "CH", 1,
    (400, 1900), ["RECHNUNG {re} SCHREINEREI ZAUGG AG"], amb=True)
add("FRAU CORINNE LEHMANN", "ZELGWEG 9 3612 STEFFISBURG", "B2B", "private_person_business_use", "CH", 1,
    (800, 2600), ["RG {re} PRAXISMOEBEL FUER MEINE ERGOTHERAPIE-PRAXIS"], amb=True)
add("TREUHAND MUELLER & PARTNER AG", "BAELLIZ 64 3600 THUN", "B2B", "company", "CH", 1, (420, 420),
    ["RG {re} 1 KINDERSCHREIBTISCH MOLL CHAMP"], amb=True)
add("EINWOHNERGEMEINDE HEIMBERG", "DORFSTRASSE 22 3627 HEIMBERG", "B2G", "municipality", "CH", 1, (95, 95),
    ["RG {re} 1 SITZSACK KITA"], amb=True)
add("FRAU NADJA ROTH", "SCHOENAUSTRASSE 2 3600 THUN", "B2C", "private_person", "CH", 1, (1560, 1560),
    ["RG {re} 24 STAPELSTUEHLE"], amb=True)
add("M. R.", "", "B2C", "thin_record", "CH", 1, (60, 250), ["DANKE"], style="von", amb=True)
add("KELLER", "", "B2C", "thin_record", "CH", 1, (80, 300), [""], style="giro", amb=True)


def chf(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def r05(x):
    return round(round(x * 20) / 20, 2)


def build():
    pending = []
    days = (END - START).days
    giro_accts = {}
    for b in B:
        base = rng.randint(0, days)
        for i in range(b["n"]):
            d = START + timedelta(days=(base + i * rng.randint(15, 60)) % (days + 1))
            while d.weekday() >= 5:
                d += timedelta(days=1)
            if d > END:
                d = END
                while d.weekday() >= 5:
                    d -= timedelta(days=1)
            lo, hi = b["amt"]
            amt = r05(rng.uniform(lo, hi)) if lo != hi else float(lo)
            if rng.random() < 0.25 and b["label"] != "B2C":
                amt = float(round(amt / 10) * 10)
            msg = b["msgs"][i % len(b["msgs"])] if len(b["msgs"]) <= b["n"] else rng.choice(b["msgs"])
            pending.append(dict(b=b, d=d, amt=amt, msg=msg, inv_d=d - timedelta(days=rng.randint(10, 40))))
    pending.sort(key=lambda p: p["inv_d"])
    inv = 40
    recs = []
    for p in pending:
        b = p["b"]
        inv += rng.randint(1, 3)
        re_ = f"25-{inv:04d}"
        po = f"{rng.randint(100000, 999999)}"
        msg = p["msg"].format(re=re_, po=po, d=(p["d"] - timedelta(days=rng.randint(1, 3))).strftime("%d.%m.%Y"))
        qrr = C.qr_reference(f"{rng.randint(100000, 999999):06d}" + "0" * 12 + re_.replace("-", "") + "00")
        style = b["style"]
        who = f"{b['name']} {b['addr']}".strip()
        if style == "cash":
            text = f"EINZAHLUNG AM SCHALTER VOM {p['d'].strftime('%d.%m.%Y')} {msg}"
        elif style == "von":
            text = f"GUTSCHRIFT VON {b['name']} {msg}".strip()
        elif style == "giro":
            if b["name"] not in giro_accts:
                giro_accts[b["name"]] = f"{rng.choice([30, 31, 60, 85, 87])}-{rng.randint(10000, 999999)}-{rng.randint(0, 9)}"
            text = f"GIRO AUS KONTO {giro_accts[b['name']]} ABSENDER: {who}"
            if msg:
                text += f" MITTEILUNGEN: {msg}"
        else:
            text = f"GUTSCHRIFT AUFTRAGGEBER: {who} MITTEILUNGEN: {msg}"
            if b["fx"]:
                eur = round(p["amt"] / 0.9412, 2)
                text += f" EUR {eur:,.2f} ZUM KURS VON 0.9412".replace(",", "'")
            if b["label"] != "B2C" or rng.random() < 0.7:
                if b["kind"] not in ("payment_payout",):
                    text += f" REFERENZEN: {qrr}"
            if b["kind"] in ("payment_payout",):
                text += f" SENDER REFERENZ: {po}{rng.randint(1000, 9999)}"
        recs.append(dict(d=p["d"], text=text, amt=p["amt"], label=b["label"], ambiguous=b["amb"], kind=b["kind"],
                         country=b["country"]))
    rng.shuffle(recs)
    recs.sort(key=lambda r: r["d"], reverse=True)
    return recs


def q(s):
    return '"' + s.replace('"', '""') + '"'


def main():
    recs = build()
    lines = [
        'Datum von:;="06.01.2025"',
        'Datum bis:;="30.06.2025"',
        'Kategorie:;="Alle"',
        f'Konto:;="{C.fmt_iban(OWN_IBAN)}"',
        'Währung:;="CHF"',
        "",
        "Datum;Bewegungstyp;Avisierungstext;Gutschrift in CHF;Lastschrift in CHF;Label;Kategorie",
        "",
    ]
    for r in recs:
        cat = ""
        if r["kind"] == "payment_payout":
            cat = "Einkommen"
        elif rng.random() < 0.08:
            cat = "Einkommen"
        lines.append(";".join([r["d"].strftime("%d.%m.%Y"), "Buchung", q(r["text"]), chf(r["amt"]), "", "", cat]))
    lines += ["", "Disclaimer:",
              q("Der Dokumentinhalt wurde durch Filtereinstellungen der Kund:innen generiert. PostFinance ist für "
                "den Inhalt und die Vollständigkeit nicht verantwortlich.")]
    data = "\ufeff" + "\r\n".join(lines) + "\r\n"
    (C.LAYOUTS / f"{LAYOUT_ID}.csv").write_bytes(data.encode("utf-8"))
    C.write_labels(LAYOUT_ID, recs)
    key = {
        "id": LAYOUT_ID,
        "system": "PostFinance E-Finance (Swiss PostFinance AG online banking), Konto > Bewegungen > Export CSV "
                  "(format since 2023: 7 columns with 'Gutschrift in CHF'/'Lastschrift in CHF'), only credits shown",
        "country": "CH",
        "language": "de",
        "docs": [
            "public bank-import analysis notes ('PF-1/PF-2: PostFinance account movements', observed files): UTF-8 "
            "with BOM, CRLF, ';'; six preamble lines with Excel =\"...\" values (Datum von:, Datum bis:, "
            "Kategorie: =\"Alle\", Konto: =\"<IBAN>\", Währung: =\"CHF\", empty); header, then one empty record, "
            "then data; 7 columns Datum;Bewegungstyp;Avisierungstext;Gutschrift in CHF;Lastschrift in CHF;Label;"
            "Kategorie; dates dd.MM.yyyy; decimal point, no thousands separator, trailing zeros dropped; trailer "
            "'Disclaimer:' plus one line of text",
            "open-source PostFinance CSV adapters (TypeScript parser with payee patterns 'AUFTRAGGEBER: ...', "
            "'ABSENDER: ...', 'SAMMELGUTSCHRIFT', '... MITTEILUNGEN:', '... REFERENZEN:', 'ZUM KURS VON'): the "
            "payer, message and reference are packed into the quoted Avisierungstext",
            "Python PostFinance extractor: read with pd.read_csv(sep=';', skiprows=5) and drop the "
            "'Disclaimer' rows",
            "Not re-checked in a source here: the 'GIRO AUS KONTO <30-...> ABSENDER:' and 'EINZAHLUNG AM "
            "SCHALTER' wordings and the QR reference (27 digits, recursive mod-10 check digit) in REFERENZEN",
        ],
        "fields": {
            "buyer": "Avisierungstext",
            "product": None,
            "quantity": None,
            "amount": "Gutschrift in CHF",
            "tax_id": None,
            "email": None,
            "payment": None,
            "comment": "Avisierungstext",
        },
        "also_ok": {},
        "notes": "Six preamble lines (account, period, currency, written as =\"...\"), then the header line, then an "
                 "empty line, then one line per credit booking (newest first), then an empty line, 'Disclaimer:' "
                 "and a quoted disclaimer sentence. Preamble, blank lines and the two disclaimer lines are not "
                 "records. Read with pandas.read_csv(sep=';', skiprows=6, encoding='utf-8-sig') - the two "
                 "trailer lines then appear as the last two DataFrame rows. There is no payer column: the payer "
                 "name and address, the message (MITTEILUNGEN: invoice number, sometimes goods) and the QR "
                 "reference are all inside Avisierungstext, so buyer and comment are the same column. Public "
                 "payers often pay through their finance office (KANTON BERN FINANZVERWALTUNG, EIDGENOESSISCHE "
                 "FINANZVERWALTUNG, STADT THUN FINANZVERWALTUNG); the ordering office (school, police, court, "
                 "army logistics) is named only in MITTEILUNGEN. TWINT AG and WORLDLINE SCHWEIZ AG lines are "
                 "acquirer payouts with no buyer; 'EINZAHLUNG AM SCHALTER' lines are the shop's own cash paid in. "
                 "Only credits are exported, so 'Lastschrift in CHF' is empty; 'Bewegungstyp' is always 'Buchung'.",
    }
    C.write_key(LAYOUT_ID, key)
    return recs


if __name__ == "__main__":
    recs = main()
    from collections import Counter
    print(len(recs), Counter(r["label"] for r in recs), sum(r["ambiguous"] for r in recs))
