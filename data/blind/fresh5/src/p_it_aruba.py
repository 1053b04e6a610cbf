"""Aruba Fatturazione Elettronica (IT) – report Excel delle fatture inviate (emesse), one row per invoice. Seeded."""
import csv, json, random, string, unicodedata, datetime as dt
from openpyxl import Workbook
from p_common import OUT, it_piva, it_codice_fiscale, make_docs, save_xlsx_fixed

ID = "p_it_aruba_fatture_emesse"
rng = random.Random(5404)


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


FIRST_F = ["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Federica", "Alessandra"]
FIRST_M = ["Marco", "Luca", "Andrea", "Giuseppe", "Francesco", "Alessandro", "Matteo", "Lorenzo", "Davide"]
LAST = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa"]

C = dict(
    iso="IT", ascii=ascii_,
    first_names=FIRST_F + FIRST_M, female=set(FIRST_F), last_names=LAST,
    companies=[("Barilla G. e R. Fratelli S.p.A.", "barilla.com"), ("Luxottica Group S.p.A.", "luxottica.com"),
               ("Lavazza S.p.A.", "lavazza.com"), ("Brembo S.p.A.", "brembo.com"), ("Esselunga S.p.A.", "esselunga.it"),
               ("Officine Meccaniche Bernardi S.r.l.", "ombernardi.it"), ("Studio Associato Commercialisti Neri & Fabbri", "studioneri.it"),
               ("Trattoria Da Gino S.n.c. di Gino Bassi & C.", "trattoriadagino.it"), ("Edilizia Moretti S.r.l.", "ediliziamoretti.it"),
               ("Farmacia Centrale Dott. Sala S.r.l.", "farmaciasala.it"), ("Hotel Bellavista S.r.l.", "hotelbellavista.it"),
               ("Autotrasporti F.lli Galli S.r.l.", "galliautotrasporti.it")],
    state_owned=[("Poste Italiane S.p.A.", "posteitaliane.it", "CIG {n}8A{y} – procedura ai sensi del D.Lgs. 36/2023"),
                 ("Ferrovie dello Stato Italiane S.p.A.", "fsitaliane.it", "Ordine su gara n. {n}/{y}, CIG Z3{n}F{y}"),
                 ("Enel S.p.A.", "enel.com", "Contratto quadro da gara n. {n}/{y}"),
                 ("ANAS S.p.A.", "stradeanas.it", "CIG {n}B7{y} – affidamento diretto D.Lgs. 36/2023")],
    nonprofits=[("Fondazione Telethon ETS", "telethon.it", "foundation"),
                ("Croce Rossa Italiana – Comitato di Bologna ODV", "cribologna.it", "red_cross_society"),
                ("Associazione Sportiva Dilettantistica Virtus Lucca", "virtuslucca.it", "association"),
                ("Parrocchia di San Lorenzo Martire", "parrocchiasanlorenzo.it", "religious_org"),
                ("Condominio Via Roma 24", "amministrazionepiras.it", "homeowners_association")],
    intl=[("FAO – Organizzazione delle Nazioni Unite per l'Alimentazione e l'Agricoltura", "fao.org"),
          ("Centro Comune di Ricerca della Commissione Europea – JRC Ispra", "ec.europa.eu")],
    gov=[("Comune di Bologna", "municipality", "comune.bologna.it", ""), ("Comune di Bergamo", "municipality", "comune.bergamo.it", ""),
         ("Comune di Lecce", "municipality", "comune.lecce.it", ""), ("Regione Toscana", "regional_government", "regione.toscana.it", ""),
         ("Provincia di Modena", "provincial_government", "provincia.modena.it", ""),
         ("ASL Roma 1", "public_health_authority", "aslroma1.it", ""), ("ATS della Città Metropolitana di Milano", "public_health_authority", "ats-milano.it", ""),
         ("Azienda Ospedaliero-Universitaria di Parma", "public_hospital", "ao.pr.it", ""),
         ("Istituto Comprensivo Statale \"Leonardo da Vinci\" – Milano", "public_school", "istruzione.it", ""),
         ("Liceo Scientifico Statale \"A. Righi\" – Roma", "public_school", "istruzione.it", ""),
         ("Università degli Studi di Padova", "public_university", "unipd.it", ""),
         ("Comando Provinciale Carabinieri di Torino", "armed_forces", "carabinieri.it", ""),
         ("Agenzia delle Entrate – Direzione Regionale Lazio", "state_agency", "agenziaentrate.it", "")],
    gov_mailboxes=["protocollo", "economato", "ufficio.acquisti", "ragioneria", "segreteria"],
    sole_patterns=["{fn} {ln}", "{ln} {fn} – Impianti Elettrici", "Studio Tecnico Geom. {fn} {ln}", "Dott. {fn} {ln}",
                   "{LN} {fn}", "Idraulica {ln} di {fn} {ln}"],
    biz_products=[("Notebook Lenovo ThinkPad E14 Gen 5", 819.00, "pz", (1, 5)),
                  ("Monitor Dell P2422H 24\"", 185.00, "pz", (1, 6)),
                  ("Stampante HP LaserJet Pro M404dn", 269.00, "pz", (1, 2)),
                  ("Toner HP 59A CF259A", 92.00, "pz", (2, 8)),
                  ("Carta A4 Navigator 80 g (scatola 5 risme)", 26.90, "sc", (1, 20)),
                  ("Assistenza tecnica – ora", 48.00, "h", (1, 20)),
                  ("Microsoft 365 Business Standard – licenza annuale", 150.00, "pz", (1, 15)),
                  ("Consulenza fiscale mensile", 250.00, "pz", (1, 1)),
                  ("Sedia ergonomica da ufficio", 289.00, "pz", (1, 8))],
    b2b_only=[("Armadio rack 19\" 42U 800x1000", 720.00, "pz", (1, 2)),
              ("Switch Cisco CBS250-24T-4G", 335.00, "pz", (1, 3)),
              ("Licenza TeamSystem Studio – modulo contabilità", 1150.00, "pz", (1, 2)),
              ("Bancale carta A4 (40 scatole)", 1020.00, "banc", (1, 2))],
    household=[("Bollitore elettrico Bosch TWK3A011", 29.90, "pz", (1, 1)),
               ("Macchina da caffè De'Longhi Magnifica S ECAM22.110.B", 349.00, "pz", (1, 1)),
               ("TV Samsung 55\" UE55CU7172", 469.00, "pz", (1, 1)),
               ("Climatizzatore Daikin Sensira 12000 BTU con installazione", 1190.00, "pz", (1, 1)),
               ("Aspirapolvere Dyson V11", 499.00, "pz", (1, 1)),
               ("Forno a microonde Whirlpool MWP 203", 119.00, "pz", (1, 1)),
               ("Friggitrice ad aria Philips HD9252", 109.00, "pz", (1, 1))],
    phones=[("Smartphone Samsung Galaxy A15 128 GB", 179.00, "pz", (1, 1))],
    biz_comments=["Consegna presso magazzino, Via dell'Industria 14, Brescia", "Rif. vostro ordine n. 2026/0412",
                  "Pagamento a 30 gg d.f.f.m.", "Come da preventivo n. 57/2026"],
    gov_comments=["CIG Z{n}3C{y}A – Determina n. {n}/{y}", "CUP E11B{y}000{n}0007 – CIG Z{n}A{y}", "Buono d'ordine MePA n. {n}/{y}"],
    home_comments=["Consegna a domicilio", "Regalo – confezionare", "Ritiro in negozio", "Consegna al piano, citofono Rossi"],
    resale_comments=["Merce destinata alla rivendita", "Acquisto per il mio negozio", "Per rivendita sul mio e-commerce"],
    pay=dict(transfer="MP05 - Bonifico", card="MP08 - Carta di pagamento", cash="MP01 - Contanti", online="MP08 - Carta di pagamento"),
    anon_name="Cliente privato",
    company_id=lambda r: it_piva(r),
    sole_id=lambda r, f=False: it_piva(r),
    person_id=lambda r, fn, ln, f: it_codice_fiscale(r, fn, ln, f),
    role_mail=lambda r: r.choice(["amministrazione", "fatture", "acquisti", "info", "contabilita"]),
    person_mail=lambda r, fn, ln: f"{ascii_(fn).lower()}.{ascii_(ln).lower().replace(' ', '')}{r.choice(['', '', '80', '7'])}@{r.choice(['gmail.com', 'libero.it', 'hotmail.it', 'alice.it', 'virgilio.it'])}",
    sole_mail=lambda fn, ln: f"info@{ascii_(ln).lower().replace(' ', '')}impianti.it",
)
# public bodies have a numeric codice fiscale (check digit like P.IVA) and a 6-char Codice IPA (Codice Univoco Ufficio)
C["gov"] = [(n, k, dm, it_piva(rng, prefix="8" if k in ("public_school",) else "0")) for n, k, dm, _ in C["gov"]]
IPA = {n: "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6)) for n, *_ in C["gov"]}
docs = make_docs(C, rng, 200, max_lines=3, amb_mult=1.0)


def sdi_code():
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(7))


HEAD = ["Numero", "Data documento", "Tipo documento", "Cliente", "Partita IVA", "Codice Fiscale", "Codice Destinatario",
        "PEC destinatario", "Email", "Descrizione", "Imponibile", "IVA", "Totale documento", "Esigibilità IVA",
        "Modalità pagamento", "Stato", "Causale"]
wb = Workbook(); ws = wb.active; ws.title = "Fatture inviate"
ws.append(HEAD)
labels = []
d0 = dt.date(2026, 1, 7)
gov_names = [g[0] for g in C["gov"]]
for i, d in enumerate(docs):
    date = d0 + dt.timedelta(days=int(i * 1.5))
    imp = round(sum(q * pr for p, q, u, pr in d["lines"]), 2); iva = round(imp * 0.22, 2)
    descr = " | ".join((f"{q} x {p}" if q > 1 else p) for p, q, u, pr in d["lines"])
    piva = cf = pec = ""; code = "0000000"; esig = "I"
    e = d["entity"]
    if e == "company" or e == "sole":
        piva = d["taxid"]; cf = piva if e == "company" else it_codice_fiscale(rng, d["first"], d["last"], d["first"] in C["female"])
        if rng.random() < 0.75:
            code = sdi_code()
        else:
            pec = ascii_(d["name"]).lower().split()[0].strip("\"'.,") + "@pec.it"
        if d["kind"] == "state_owned_company_procurement" or (d["kind"] == "state_owned_company" and rng.random() < 0.5):
            esig = "S"  # listed / state-controlled companies are subject to split payment
    elif e == "gov":
        cf = d["taxid"]; code = IPA[d["name"].strip()] if d["name"].strip() in IPA else IPA[[g for g in gov_names if g.upper() == d["name"].strip().upper()][0]]
        esig = "S"
        if d["name"].startswith("Regione") or d["name"].startswith("Comune"):
            piva = cf
    elif e == "intl":
        code = "XXXXXXX"
    elif e == "person":
        cf = d["taxid"] or it_codice_fiscale(rng, d["first"], d["last"], d["first"] in C["female"])
    elif e == "anon":
        cf = ""
    else:
        code = ""
    ws.append([f"{i + 1}/2026", dt.datetime(date.year, date.month, date.day), "TD01", d["name"] or None, piva or None, cf or None,
               code or None, pec or None, d["email"] or None, descr, imp, iva, round(imp + iva, 2), esig,
               d["pay"] or None, rng.choice(["Consegnata", "Consegnata", "Accettata", "Decorrenza termini", "Non consegnata"]),
               d["comment"] or None])
    labels.append([d["label"], str(d["ambiguous"]).lower(), d["kind"], d["country"]])
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "DD/MM/YYYY"
    for c in row[10:13]:
        c.number_format = "#,##0.00"
save_xlsx_fixed(wb, OUT / "layouts" / f"{ID}.xlsx")
with open(OUT / "key" / f"{ID}.labels.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["row", "label", "ambiguous", "kind", "country"])
    for i, l in enumerate(labels):
        w.writerow([i] + l)
key = {
    "id": ID, "system": "Aruba Fatturazione Elettronica – Fatture inviate, report Excel (one row per invoice)",
    "country": "IT", "language": "it",
    "docs": ["guide.pec.it (Aruba) 'Fatture inviate – come importarle': panel fatturazioneelettronica.aruba.it, menu Fatture inviate / "
             "Fatture ricevute, SdI notifications. Aruba FAQ (servizi-fatturazione-elettronica.it): the service issues invoices to "
             "privati (B2B), Pubbliche Amministrazioni (B2G) and persone fisiche (B2C); guide.aruba.it: persone giuridiche and PA must "
             "give an 'Identificativo per l'invio della fattura elettronica' (Codice Destinatario / Codice IPA). A third-party page "
             "mentions extracting an Excel report of invoices from the panel. Exact report headers were not found; the columns use "
             "FatturaPA vocabulary (TipoDocumento TD01, CodiceDestinatario, PECDestinatario, EsigibilitaIVA S = split payment, "
             "ModalitaPagamento MP05/MP08/MP01, Causale) – my reconstruction."],
    "fields": {"buyer": "Cliente", "product": "Descrizione", "quantity": None, "amount": "Totale documento",
               "tax_id": "Partita IVA", "email": "Email", "payment": "Modalità pagamento", "comment": "Causale"},
    "also_ok": {"tax_id": ["Codice Fiscale"], "amount": ["Imponibile"]},
    "notes": "XLSX, sheet 'Fatture inviate', header in row 1, one row per invoice, no totals. Codice Destinatario: 6 chars = Codice "
             "Univoco Ufficio IPA of a public administration, 7 chars = SdI code of a private company, '0000000' = private person or "
             "buyer using PEC, 'XXXXXXX' = foreign/international buyer. Esigibilità IVA 'S' (scissione dei pagamenti) for PA and for "
             "some state-controlled companies. Partita IVA check digit valid; persons have a 16-char Codice Fiscale with a valid check "
             "character. 'Cliente privato' is a catch-all; some rows have only a Descrizione.",
}
json.dump(key, open(OUT / "key" / f"{ID}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(ID, len(labels), "rows")
