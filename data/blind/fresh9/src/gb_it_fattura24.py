"""Fattura24, elenco documenti di vendita esportato in Excel (one row per document)."""
import random
from datetime import date, datetime, timedelta
from openpyxl import Workbook
from gb_common import LAYOUTS, KEYS, save_xlsx, it_piva, it_cf, slug, write_labels

rng = random.Random(3906)
ID = "gb_it_fattura24_documenti"
COLS = ["Tipo documento", "Numero", "Data", "Cliente", "Partita IVA", "Codice fiscale", "Email/PEC",
        "Codice destinatario", "Oggetto", "Imponibile", "IVA", "Totale", "Pagamento", "Stato", "Note"]
P = [("Sedia ergonomica Vitra ID Trim", 690.0, "o"), ("Scrivania operativa 160x80 bianca", 420.0, "o"),
     ("Notebook Lenovo ThinkPad E14 Gen 5", 829.0, "o"), ("Monitor Dell P2723D 27\"", 279.0, "o"),
     ("Stampante multifunzione Brother MFC-L2750DW", 299.0, "o"), ("Toner Brother TN-2420", 62.0, "o"),
     ("Risma carta A4 Navigator 80 g (box 5 risme)", 29.5, "o"), ("Armadio metallico ante battenti 180 cm", 340.0, "o"),
     ("Assistenza sistemistica on-site (ore)", 55.0, "b"), ("Firewall Fortinet FortiGate 40F", 610.0, "b"),
     ("Licenza Microsoft 365 Business Standard annuale", 140.0, "b"), ("Armadio rack 19\" 42U", 890.0, "b"),
     ("Macchina caffè De'Longhi Dedica EC685", 179.0, "h"), ("Bollitore elettrico Bialetti", 34.9, "h"),
     ("Frigorifero Smeg FAB10 anni '50", 899.0, "h"), ("Aspirapolvere Dyson V8", 349.0, "h"), ("Forno microonde Whirlpool", 149.0, "h")]
PO = [p for p in P if p[2] in "ob"]
PH = [p for p in P if p[2] == "h"]
NM = ["Marco", "Giulia", "Luca", "Francesca", "Andrea", "Chiara", "Alessandro", "Sara", "Matteo", "Elena", "Davide",
      "Valentina", "Simone", "Federica", "Paolo", "Laura", "Stefano", "Silvia", "Giorgio", "Martina"]
FEM = {"Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina", "Federica", "Laura", "Silvia", "Martina"}
SN = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
      "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"]
FREE = ["gmail.com", "libero.it", "virgilio.it", "alice.it", "hotmail.it", "tiscali.it", "yahoo.it"]
COMP = [("Esselunga S.p.A.", "esselunga.it", "company"), ("Pirelli & C. S.p.A.", "pirelli.com", "company"),
        ("Barilla G. e R. Fratelli S.p.A.", "barilla.com", "company"), ("Luigi Lavazza S.p.A.", "lavazza.com", "company"),
        ("Brembo S.p.A.", "brembo.com", "company"), ("Studio Legale Conti & Associati", "studiolegaleconti.it", "professional_practice"),
        ("Farmacia Centrale Dr. Moretti", "farmaciamoretti.it", "sole_trader"), ("Condominio Via Vittor Pisani 12", "amministrazionigreco.it", "homeowners_association"),
        ("Fondazione Cariplo", "fondazionecariplo.it", "non_profit"), ("Caritas Ambrosiana", "caritasambrosiana.it", "religious_org"),
        ("Poste Italiane S.p.A.", "posteitaliane.it", "company"), ("Trattoria Da Gino S.n.c. di Gallo Luigi & C.", "trattoriadagino.it", "company"),
        ("Istituto Clinico Humanitas S.p.A.", "humanitas.it", "private_hospital")]
PUB = [("Comune di Bergamo", "comune.bergamo.it", "municipality"), ("Comune di Monza", "comune.monza.it", "municipality"),
       ("Regione Lombardia", "regione.lombardia.it", "regional_government"), ("Università degli Studi di Milano", "unimi.it", "public_university"),
       ("Politecnico di Milano", "polimi.it", "public_university"), ("ASST Grande Ospedale Metropolitano Niguarda", "ospedaleniguarda.it", "public_hospital"),
       ("Istituto Comprensivo Statale \"Giacomo Leopardi\" - Milano", "istruzione.it", "public_school"),
       ("Agenzia delle Entrate - Direzione Regionale Lombardia", "agenziaentrate.it", "government_agency"),
       ("Prefettura - UTG di Milano", "interno.it", "government_agency"), ("Comando Provinciale Carabinieri di Milano", "carabinieri.it", "police"),
       ("Consolato Generale di Svizzera a Milano", "eda.admin.ch", "embassy")]
docs = []


def ipa():
    return "UF" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(4))


def sdi():
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))


def add(**kw):
    d = dict(tipo="Fattura elettronica", cliente="", piva="", cf="", mail="", cod="", items=[], pag="Bonifico bancario",
             note="", split=False)
    d.update(kw)
    docs.append(d)


def pick(pool, n, qmax):
    return [(p, rng.randint(1, qmax)) for p in rng.sample(pool, n)]


def person(fem=None):
    n = rng.choice(NM)
    s = rng.choice(SN)
    return n, s, it_cf(s, n, n in FEM, rng)


for i in range(45):
    n, s, cf = person()
    add(tipo=rng.choice(["Fattura elettronica", "Fattura elettronica", "Ricevuta"]),
        cliente=rng.choice([f"{s} {n}", f"{n} {s}", f"{s.upper()} {n.upper()}"]), cf=cf,
        mail=rng.choice([f"{slug(n)}.{slug(s)}@{rng.choice(FREE)}", "", f"{slug(n)}{rng.randint(70, 99)}@{rng.choice(FREE)}"]),
        cod="0000000", items=pick(PH + PO[:4], rng.choice([1, 1, 2]), 1),
        pag=rng.choice(["Carta di credito", "Contanti", "Bancomat", "PayPal", "Bonifico bancario"]),
        lab=dict(label="B2C", amb=False, kind="private_person", country="IT"))
for i in range(12):
    add(tipo="Corrispettivo", cliente="", items=pick(PH + PO[:2], 1, 1), pag=rng.choice(["Contanti", "Carta di credito", "Bancomat"]),
        lab=dict(label="B2C", amb=False, kind="anonymous_retail", country="IT"))
for i in range(53):
    c, dom, kind = rng.choice(COMP)
    r = random.Random(c)
    piva = it_piva(r)
    cf = piva if kind != "homeowners_association" else it_piva(r, first=9)
    if kind == "homeowners_association":
        piva = ""
    add(cliente=c + (" " if rng.random() < 0.08 else ""), piva=piva, cf=cf,
        mail=rng.choice([f"amministrazione@{dom}", f"acquisti@{dom}", f"{slug(c.split()[0])}@pec.{dom}"]),
        cod=random.Random(c + "sdi").choice(["M5UXCR1", "SUBM70N", "KRRH6B9", "T04ZHR3", "USAL8PV", "0000000"]),
        items=pick(PO, rng.choice([1, 2, 3]), 6), pag=rng.choice(["Bonifico bancario", "Bonifico 30 gg d.f.f.m.", "RiBa 60 gg", "Bonifico bancario"]),
        note=rng.choice(["", f"Vs. ordine n. {rng.randint(1000, 9999)}", "", f"Rif. DDT n. {rng.randint(100, 999)}"]),
        lab=dict(label="B2B", amb=False, kind=kind, country="IT"))
for i in range(26):
    c, dom, kind = rng.choice(PUB)
    r = random.Random(c)
    cf = it_piva(r, first=8) if kind != "embassy" else ""
    split = kind != "embassy"
    add(tipo="Fattura elettronica PA" if split else "Fattura elettronica", cliente=c, piva=cf if kind in ("public_hospital", "public_university") else "",
        cf=cf, mail=f"protocollo@pec.{dom}" if split else f"mil.vertretung@{dom}", cod=random.Random(c + "ipa").choice(["UFA1B2", "UF7KQ9", "UFXX3M", "UF0D4T", "UFR2LP"]) if split else "XXXXXXX",
        items=pick(PO, rng.choice([1, 2, 3]), 8), pag="Bonifico bancario",
        note=(f"Scissione dei pagamenti art. 17-ter DPR 633/72 - CIG Z{rng.randint(10**8, 10**9 - 1):X}"[:70] if split else "Non imponibile art. 72 DPR 633/72"),
        split=split, lab=dict(label="B2G", amb=False, kind=kind, country="IT" if kind != "embassy" else "CH"))
# ambiguous
n, s, cf = person()
add(cliente=f"{s} {n}", cf=cf, mail=f"{slug(n)}.{slug(s)}@comune.milano.it", cod="0000000", items=[(PH[0], 1)], pag="Carta di credito",
    note="Consegna a domicilio", lab=dict(label="B2C", amb=True, kind="person_gov_email", country="IT"))
n, s, cf = person()
add(cliente=f"{n} {s}", cf=cf, mail=f"{slug(n)}.{slug(s)}@pirelli.com", cod="0000000", items=[(PH[3], 1)], pag="PayPal",
    lab=dict(label="B2C", amb=True, kind="person_work_email", country="IT"))
add(cliente="Asilo Nido Comunale \"Il Girasole\" - Comune di Monza", cf=it_piva(random.Random("Comune di Monza"), first=8),
    mail="asilonido.girasole@comune.monza.it", cod="UFK7N2", items=[(PH[1], 1)], tipo="Fattura elettronica PA", split=True,
    note="Scissione dei pagamenti art. 17-ter DPR 633/72", lab=dict(label="B2G", amb=True, kind="public_school_household_item", country="IT"))
for c in ["Brembo S.p.A.", "Studio Legale Conti & Associati"]:
    pv = it_piva(random.Random(c))
    add(cliente=c, piva=pv, cf=pv, mail="amministrazione@brembo.com" if "Brembo" in c else "segreteria@studiolegaleconti.it",
        cod="KRRH6B9", items=[(PH[2] if "Brembo" in c else PH[0], 1)], lab=dict(label="B2B", amb=True, kind="company_household_item", country="IT"))
n, s, cf = person()
pv = it_piva(rng)
add(cliente=f"{s} {n} - Consulenze grafiche", piva=pv, cf=cf, mail=f"{slug(n)}{slug(s)}@gmail.com", cod="0000000",
    items=[(PH[4], 1)], pag="Carta di credito", note="Regime forfettario", lab=dict(label="B2B", amb=True, kind="sole_trader_personal_payment", country="IT"))
n, s, cf = person()
add(cliente=f"{s} {n}", cf=cf, mail=f"{slug(n)}.{slug(s)}@libero.it", cod="0000000", items=[(PO[0], 4), (PO[1], 2)],
    pag="Bonifico bancario", note="Per arredo del mio nuovo studio professionale", lab=dict(label="B2B", amb=True, kind="private_stated_business_use", country="IT"))
n, s, cf = person()
add(cliente=f"{s} {n}", cf=cf, mail=f"{slug(s)}.{slug(n)}@alice.it", cod="0000000", items=[(PO[5], 36)], pag="Carta di credito",
    lab=dict(label="B2C", amb=True, kind="private_bulk_quantity", country="IT"))
for c, note in [("Rete Ferroviaria Italiana S.p.A.", "CIG 9A1B2C3D4E - procedura negoziata D.Lgs. 36/2023"),
                ("ATM S.p.A. - Azienda Trasporti Milanesi", "Ordine su Albo Fornitori, CIG Z3F0A1B2C3")]:
    pv = it_piva(random.Random(c))
    add(cliente=c, piva=pv, cf=pv, mail="acquisti@pec." + ("rfi.it" if "Rete" in c else "atm.it"), cod="SUBM70N",
        items=pick(PO, 3, 10), note=note + " - Scissione dei pagamenti", split=True,
        lab=dict(label="B2B", amb=True, kind="state_owned_company", country="IT"))
for c, dom in [("FAO - Organizzazione delle Nazioni Unite per l'Alimentazione e l'Agricoltura", "fao.org"),
               ("Commissione europea - Centro Comune di Ricerca (JRC) Ispra", "ec.europa.eu"),
               ("IFAD - Fondo Internazionale per lo Sviluppo Agricolo", "ifad.org")]:
    add(cliente=c, mail=f"procurement@{dom}", cod="XXXXXXX", items=pick(PO, 2, 6), note="Operazione non imponibile art. 72 DPR 633/72",
        lab=dict(label="B2B", amb=True, kind="international_org", country="IT"))
add(cliente="Fondazione Politecnico di Milano", piva=it_piva(random.Random("FPM")), cf=it_piva(random.Random("FPMcf"), first=9),
    mail="amministrazione@fondazionepolitecnico.it", cod="M5UXCR1", items=pick(PO, 2, 5),
    lab=dict(label="B2B", amb=True, kind="state_founded_foundation", country="IT"))
for p in [PH[4], PO[11], PH[1]]:
    add(tipo="Ricevuta", cliente="", items=[(p, 1)], pag="", lab=dict(label="B2B" if p[2] == "b" else "B2C", amb=True, kind="thin_record", country="IT"))

rng.shuffle(docs)
wb = Workbook()
ws = wb.active
ws.title = "Documenti"
ws.append(COLS)
labels = []
d = date(2024, 1, 8)
cnt = {}
for doc in docs:
    d += timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    t = doc["tipo"]
    cnt[t] = cnt.get(t, 0) + 1
    num = {"Fattura elettronica": f"{cnt[t]}/FE", "Fattura elettronica PA": f"{cnt[t]}/PA", "Ricevuta": f"R{cnt[t]}",
           "Corrispettivo": f"{cnt[t]}"}[t]
    imp = round(sum(p[1] * q for p, q in doc["items"]), 2)
    iva = round(imp * 0.22, 2)
    ogg = "; ".join(p[0] if q == 1 else f"{p[0]} x{q}" for p, q in doc["items"])
    if doc["note"].startswith(("Operazione non imponibile", "Non imponibile")):
        iva = 0.0
    tot = imp + iva
    stato = rng.choice(["Pagata", "Pagata", "Consegnata", "Da pagare"]) if t != "Corrispettivo" else "Pagata"
    if t.startswith("Fattura elettronica") and stato == "Consegnata":
        stato = "Consegnata SdI"
    ws.append([t, num, d, doc["cliente"], doc["piva"], doc["cf"], doc["mail"], doc["cod"], ogg, imp, iva,
               round(tot, 2), doc["pag"], stato, doc["note"]])
    labels.append(doc["lab"])
for c in ws["C"][1:]:
    c.number_format = "DD/MM/YYYY"
for col in "JKL":
    for c in ws[col][1:]:
        c.number_format = "#,##0.00"
for col in "EF":
    for c in ws[col][1:]:
        c.number_format = "@"
wb.properties.creator = 'Banana Accounting' if 'banana' in ID else 'Fattura24'
wb.properties.created = wb.properties.modified = datetime(2024, 10, 1, 9, 0)
save_xlsx(wb, LAYOUTS / f"{ID}.xlsx")
write_labels(KEYS / f"{ID}.labels.csv", labels)
print(ID, len(labels))
