"""Zucchetti (IT) registro IVA vendite / fatture emesse export, CSV ; UTF-8, title line, one row per document, totals line."""
import datetime as dt
import numpy as np
from l_common import LAYOUTS, it_piva, it_cf_ente, it_cf_person, de_num, write_key, write_labels

ID = "l_it_zucchetti_fatture_attive"
rng = np.random.default_rng(70303)

HEAD = ["Protocollo", "Data registrazione", "Numero documento", "Data documento", "Tipo documento", "Codice cliente",
        "Ragione sociale", "Partita IVA", "Codice fiscale", "Codice destinatario", "PEC", "E-mail", "Descrizione",
        "Imponibile", "Aliquota IVA", "Imposta", "Totale documento", "Scissione pagamenti", "Esigibilità IVA",
        "Modalità di pagamento", "Note"]

PRO = [("Notebook Lenovo ThinkPad L14 Gen 4", 899.0), ("Monitor Samsung S24C450 24\"", 149.0),
       ("Multifunzione Kyocera ECOSYS M2540dn", 389.0), ("Toner Kyocera TK-1170", 79.0),
       ("Carta A4 80 g Navigator (scatola 5 risme)", 27.5), ("Licenza Microsoft Office 2021 Professional", 349.0),
       ("Server HPE ProLiant ML30 Gen11", 1690.0), ("Gruppo di continuità APC Smart-UPS 1500", 689.0),
       ("Assistenza tecnica on-site (ora)", 55.0), ("Canone assistenza sistemistica trimestrale", 420.0),
       ("Videoproiettore Epson EB-982W", 649.0), ("Monitor interattivo Promethean ActivPanel 65\"", 2490.0),
       ("Switch Netgear GS324T 24 porte", 239.0), ("Cavo di rete Cat6 3 m", 4.2)]
HOME = [("Frigorifero Samsung RB34C600EWW", 579.0), ("Robot da cucina Bimby TM6", 1529.0), ("TV LG 55UR78 55\" 4K", 479.0),
        ("Bollitore elettrico De'Longhi KBOV2001", 39.9), ("Macchina caffè Nespresso Vertuo Pop", 99.0),
        ("Smartphone Samsung Galaxy A15 128 GB", 179.0), ("Aspirapolvere Dyson V8", 299.0)]

NOMI_M = ["Marco", "Luca", "Andrea", "Giuseppe", "Francesco", "Alessandro", "Matteo", "Stefano", "Paolo", "Davide"]
NOMI_F = ["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Laura", "Federica", "Silvia", "Martina"]
COGNOMI = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
           "Bruno", "Gallo", "Conti", "Mancini", "Lombardi", "Moretti", "Barbieri", "Fontana", "Rota", "Pesenti"]
COMUNI = ["A794", "B157", "F205", "I628", "L400"]
FREEMAIL = ["gmail.com", "libero.it", "virgilio.it", "hotmail.it", "alice.it", "tiscali.it"]

COMPANIES = [("ROTA IMPIANTI S.R.L.", "rotaimpianti.it"), ("Pesenti Logistica S.r.l.", "pesentilogistica.it"),
             ("Studio Associato Fontana & Moretti", "studiofontanamoretti.it"), ("Officina Meccanica Gallo S.n.c.", "officinagallo.it"),
             ("Orobica Serramenti S.r.l.", "orobicaserramenti.it"), ("Brembo S.p.A.", "brembo.it"),
             ("Edilizia Lombardi S.r.l.", "edilizialombardi.it"), ("Hotel Excelsior San Marco S.p.A.", "hotelsanmarco.com"),
             ("Caseificio Val Taleggio Soc. Coop. Agr.", "caseificiovaltaleggio.it"), ("Italtrans S.p.A.", "italtrans.it"),
             ("Tipografia Greco S.a.s. di Greco Paolo & C.", "tipografiagreco.it"), ("Ristorante Da Mario S.r.l.s.", "")]
SOLE = [("Farmacia Dr. Ferrari Giovanni", "M", "Ferrari", "Giovanni"), ("Studio Legale Avv. Giulia Conti", "F", "Conti", "Giulia"),
        ("BARBIERI MATTEO", "M", "Barbieri", "Matteo"), ("Elettricista Ricci Stefano", "M", "Ricci", "Stefano"),
        ("Geom. Sara Colombo", "F", "Colombo", "Sara")]
PUBLIC = [("Comune di Bergamo", "cert.comune.bergamo.it", "municipality"), ("Comune di Brescia", "pec.comune.brescia.it", "municipality"),
          ("Comune di Seriate", "pec.comune.seriate.bg.it", "municipality"), ("Comune di Treviglio", "pec.comune.treviglio.bg.it", "municipality"),
          ("ASST Papa Giovanni XXIII", "pec.asst-pg23.it", "public_hospital"), ("ATS di Bergamo", "pec.ats-bg.it", "public_health_agency"),
          ("ASL Roma 1", "pec.aslroma1.it", "public_health_agency"),
          ("Istituto Comprensivo Statale di Seriate", "pec.istruzione.it", "public_school"),
          ("Liceo Scientifico Statale \"Lorenzo Mascheroni\"", "pec.istruzione.it", "public_school"),
          ("I.I.S. \"Pietro Paleocapa\"", "pec.istruzione.it", "public_school"),
          ("Università degli Studi di Bergamo", "unibg.legalmail.it", "public_university"),
          ("Regione Lombardia", "pec.regione.lombardia.it", "regional_government"),
          ("Prefettura - Ufficio Territoriale del Governo di Bergamo", "pec.interno.it", "state_agency"),
          ("Provincia di Bergamo", "pec.provincia.bergamo.it", "province")]

docs = []
_ids = {}


def alnum(n):
    return "".join(str(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))) for _ in range(n))


def ids_company(name):
    if name not in _ids:
        p = it_piva(rng)
        _ids[name] = (p, p, alnum(7), name.split()[0].lower().strip('"').replace(".", "") + "@" + str(rng.choice(["pec.it", "legalmail.it", "arubapec.it"])))
    return _ids[name]


def ids_pa(name):
    if name not in _ids:
        _ids[name] = ("" if rng.random() < 0.6 else it_piva(rng), it_cf_ente(rng), alnum(6), None)
    return _ids[name]


def cf_person(sur, nom, female):
    return it_cf_person(sur, nom, int(rng.integers(1950, 2003)), int(rng.integers(1, 13)), int(rng.integers(1, 29)), female,
                        str(rng.choice(COMUNI)))


def items(pool, nmax=3, qmax=3):
    n = int(rng.integers(1, nmax + 1))
    idx = rng.choice(len(pool), size=n, replace=False)
    return [(pool[i], int(rng.integers(1, qmax + 1))) for i in idx]


def add(rs, piva, cf, cd, pec, email, its, pay, note, lab, split=False, esente=None):
    docs.append(dict(rs=rs, piva=piva, cf=cf, cd=cd, pec=pec or "", email=email or "", its=its, pay=pay, note=note,
                     lab=lab, split=split, esente=esente))


PAY_B = ["Bonifico bancario 30 gg d.f.", "Ri.Ba. 60 gg f.m.", "Bonifico bancario 60 gg d.f.f.m.", "Rimessa diretta"]
for _ in range(62):
    rs, dom = COMPANIES[int(rng.integers(0, len(COMPANIES)))]
    piva, cf, cd, pec = ids_company(rs)
    email = str(rng.choice([f"amministrazione@{dom}", f"info@{dom}", ""])) if dom else f"ristorantedamario@{rng.choice(FREEMAIL)}"
    add(rs if rng.random() > 0.1 else rs.upper(), piva, cf, cd, pec, email, items(PRO, 3, 4), str(rng.choice(PAY_B)),
        str(rng.choice(["", "", f"Rif. vs. ordine n. {int(rng.integers(100, 999))}/2024", "Consegna presso magazzino"])),
        ("B2B", False, "company", "IT"))
for _ in range(4):  # company order with one household item among business goods
    rs, dom = COMPANIES[int(rng.integers(0, len(COMPANIES)))]
    piva, cf, cd, pec = ids_company(rs)
    add(rs, piva, cf, cd, pec, f"info@{dom}" if dom else "", items(PRO, 2, 2) + [(HOME[4], 1)], "Bonifico bancario 30 gg d.f.", "",
        ("B2B", False, "company", "IT"))
for _ in range(14):
    rs, g, sur, nom = SOLE[int(rng.integers(0, len(SOLE)))]
    if rs not in _ids:
        _ids[rs] = (it_piva(rng), cf_person(sur, nom, g == "F"), alnum(7), None)
    piva, cf, cd, _ = _ids[rs]
    add(rs, piva, cf, cd, f"{sur.lower()}.{nom.lower()}@pec.it", f"{nom.lower()}.{sur.lower()}@{rng.choice(FREEMAIL)}",
        items(PRO, 2, 2), str(rng.choice(PAY_B)), "", ("B2B", False, "sole_trader", "IT"))
for rs, kind in [("Parrocchia di Sant'Alessandro in Colonna", "religious_org"), ("Croce Rossa Italiana - Comitato di Bergamo ODV", "nonprofit"),
                 ("Condominio Residenza Le Mura", "homeowners_association"), ("Istituto Sacra Famiglia - Scuola paritaria", "private_school")]:
    for _ in range(2):
        if rs not in _ids:
            _ids[rs] = ("" if "Condominio" in rs else it_piva(rng), it_cf_ente(rng), "0000000", None)
        piva, cf, cd, _ = _ids[rs]
        add(rs, piva, cf, cd, "", "", items(PRO, 2, 3), "Bonifico bancario 30 gg d.f.", "", ("B2B", False, kind, "IT"))
add("Kessler Elektrotechnik GmbH", "", "", "XXXXXXX", "", "buchhaltung@kessler-elektro.de", items(PRO, 2, 5),
    "Bonifico bancario 30 gg d.f.", "Operazione non imponibile art. 41 D.L. 331/93", ("B2B", False, "company", "DE"), esente="N3.2")
# public administration
for _ in range(34):
    rs, pecdom, kind = PUBLIC[int(rng.integers(0, len(PUBLIC)))]
    piva, cf, cuu, _ = ids_pa(rs)
    pec = (f"bgic8{int(rng.integers(10000, 99999))}@{pecdom}" if pecdom == "pec.istruzione.it"
           else f"protocollo@{pecdom}")
    cig = "Z" + alnum(9)
    note = str(rng.choice([f"CIG {cig}", f"CIG {cig} - Determina n. {int(rng.integers(10, 900))}/2024", f"CIG {cig} - ordine MePA n. {int(rng.integers(7000000, 7999999))}"]))
    add(rs, piva, cf, cuu, pec, "", items(PRO, 3, 10), "Bonifico bancario 30 gg d.f.", note + " - Scissione dei pagamenti art. 17-ter DPR 633/72",
        ("B2G", False, kind, "IT"), split=True)
add("Consolato Generale della Confederazione Svizzera a Milano", "", "", "XXXXXXX", "", "milano@eda.admin.ch", items(PRO, 2, 3),
    "Bonifico bancario 30 gg d.f.", "Non imponibile art. 72 DPR 633/72", ("B2G", False, "consulate", "CH"), esente="N3.6")
# private persons
for _ in range(22):
    f = rng.random() < 0.5
    nom, sur = str(rng.choice(NOMI_F if f else NOMI_M)), str(rng.choice(COGNOMI))
    rs = rng.choice([f"{sur} {nom}", f"{sur.upper()} {nom.upper()}", f"{nom} {sur}"])
    add(rs, "", cf_person(sur, nom, f), "0000000", "", f"{nom.lower()}.{sur.lower()}@{rng.choice(FREEMAIL)}" if rng.random() < 0.8 else "",
        items(HOME + PRO[:1], 2, 1), str(rng.choice(["Carta di credito", "Carta di credito", "Contanti", "Bonifico bancario"])),
        str(rng.choice(["", "", "Consegna a domicilio"])), ("B2C", False, "private_person", "IT"))
# ---- ambiguous
add("Pesenti Logistica S.r.l.", *ids_company("Pesenti Logistica S.r.l."), "info@pesentilogistica.it", [(HOME[0], 1)],
    "Bonifico bancario 30 gg d.f.", "", ("B2B", True, "company", "IT"))
add("Studio Associato Fontana & Moretti", *ids_company("Studio Associato Fontana & Moretti"), "", [(HOME[1], 1)],
    "Carta di credito", "", ("B2B", True, "company", "IT"))
for nom, sur, dom, f in [("Paolo", "Mancini", "enel.com", False), ("Chiara", "Romano", "mef.gov.it", True), ("Davide", "Bruno", "esercito.difesa.it", False)]:
    add(f"{sur} {nom}", "", cf_person(sur, nom, f), "0000000", "", f"{nom.lower()}.{sur.lower()}@{dom}", [(HOME[int(rng.integers(0, 3))], 1)],
        "Carta di credito", "Consegna a domicilio", ("B2C", True, "private_person", "IT"))
rs = "Elettricista Ricci Stefano"
if rs not in _ids:
    _ids[rs] = (it_piva(rng), cf_person("Ricci", "Stefano", False), alnum(7), None)
add(rs, _ids[rs][0], _ids[rs][1], _ids[rs][2], "", "stefano.ricci@libero.it", [(HOME[2], 1)], "Carta di credito", "",
    ("B2B", True, "sole_trader", "IT"))
add("Esposito Francesco", "", cf_person("Esposito", "Francesco", False), "0000000", "", "f.esposito@gmail.com", [(HOME[5], 35)],
    "Bonifico bancario", "", ("B2C", True, "private_person", "IT"))
add("Greco Valentina", "", cf_person("Greco", "Valentina", True), "0000000", "", "vale.greco@libero.it", [(HOME[5], 8)],
    "Bonifico bancario", "merce acquistata per rivendita nel mio negozio", ("B2B", True, "private_reseller", "IT"))
add("Scuola Primaria Statale \"G. Rodari\" - I.C. Seriate", "", it_cf_ente(rng), alnum(6), "bgic81500x@pec.istruzione.it", "",
    [(HOME[3], 1)], "Bonifico bancario 30 gg d.f.", "CIG Z" + alnum(9) + " - Scissione dei pagamenti art. 17-ter DPR 633/72",
    ("B2G", True, "public_school", "IT"), split=True)
for rs in ["Poste Italiane S.p.A.", "RFI - Rete Ferroviaria Italiana S.p.A."]:
    piva, cf, cd, pec = ids_company(rs)
    add(rs, piva, cf, cd, pec, "", items(PRO, 3, 25), "Bonifico bancario 60 gg d.f.f.m.",
        "CIG " + alnum(10) + " - Scissione dei pagamenti art. 17-ter DPR 633/72", ("B2B", True, "state_owned_company", "IT"), split=True)
add("FAO - Organizzazione delle Nazioni Unite per l'Alimentazione e l'Agricoltura", "", "80224030587", "XXXXXXX", "",
    "procurement@fao.org", items(PRO, 2, 12), "Bonifico bancario 30 gg d.f.", "Non imponibile art. 72 DPR 633/72",
    ("B2B", True, "international_org", "IT"), esente="N3.6")
piva, cf, cd, pec = ids_company("Fondazione Istituto Italiano di Tecnologia")
add("Fondazione Istituto Italiano di Tecnologia", piva, cf, cd, pec, "acquisti@iit.it", items(PRO, 3, 6), "Bonifico bancario 30 gg d.f.",
    "", ("B2B", True, "state_founded_foundation", "IT"))
add("Moretti Federica", "", cf_person("Moretti", "Federica", True), "0000000", "", "fede.moretti@gmail.com", [(PRO[9], 1)],
    "Bonifico bancario", "Pagamento effettuato per conto della Orobica Serramenti S.r.l.", ("B2B", True, "company", "IT"))
add("CLIENTE OCCASIONALE", "", "", "0000000", "", "", [(PRO[6], 1)], "", "", ("B2B", True, "unknown", "IT"))
add("CLIENTE OCCASIONALE", "", "", "0000000", "", "", [(HOME[6], 1)], "", "", ("B2C", True, "unknown", "IT"))
add("Colombo", "", "", "", "", "", [(PRO[4], 30)], "", "", ("B2B", True, "unknown", "IT"))

# fix: FAO CF should carry a valid check digit
from l_common import it_piva_check
for d in docs:
    if d["rs"].startswith("FAO"):
        d["cf"] = it_piva_check("8022403058")

order = rng.permutation(len(docs))
docs = [docs[i] for i in order]
rows, labels, codes = [], [], {}
T = dict(imp=0.0, iva=0.0, tot=0.0)
start = dt.date(2024, 1, 8)
ncnt = 0
credit = set(int(i) for i in rng.choice(len(docs), size=3, replace=False))
for i, d in enumerate(docs):
    kinds = [("TD01", 1)] + ([("TD04", -1)] if i in credit else [])
    for td, sign in kinds:
        ncnt += 1
        date = start + dt.timedelta(days=int(i * 0.95) + (5 if sign < 0 else 0))
        codes.setdefault(d["rs"], "C%05d" % (len(codes) + 1))
        imp = round(sum(p * q for (_, p), q in d["its"]), 2) * sign
        if td == "TD04":
            imp = round(imp * 0.25, 2)
        rate = 0.0 if d["esente"] else 22.0
        iva = round(imp * rate / 100, 2)
        (name, _), q = d["its"][0]
        desc = (f"N. {q} {name}" if q > 1 else name) if td == "TD01" else f"Nota di credito per reso parziale - {name}"
        if len(d["its"]) > 1 and td == "TD01":
            desc += " e altri"
        T["imp"] += imp; T["iva"] += iva; T["tot"] += imp + iva
        rows.append([str(ncnt), date.strftime("%d/%m/%Y"), f"{ncnt}/FE", date.strftime("%d/%m/%Y"), td,
                     codes[d["rs"]] if d["rs"] != "CLIENTE OCCASIONALE" else "C99999", d["rs"], d["piva"], d["cf"], d["cd"], d["pec"], d["email"], desc,
                     de_num(imp), (d["esente"] or "22,00") if not d["esente"] else d["esente"], de_num(iva), de_num(imp + iva),
                     "Sì" if d["split"] else "No", "S" if d["split"] else "I", d["pay"], d["note"]])
        labels.append(d["lab"])


def q(v):
    v = str(v)
    return '"' + v.replace('"', '""') + '"' if (";" in v or '"' in v) else v


LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{ID}.csv", "w", encoding="utf-8", newline="") as f:
    f.write("REGISTRO IVA VENDITE - Sezionale 1 - Periodo dal 01/01/2024 al 30/06/2024" + ";" * (len(HEAD) - 1) + "\r\n")
    f.write(";".join(HEAD) + "\r\n")
    for r in rows:
        f.write(";".join(q(x) for x in r) + "\r\n")
    tot = [""] * len(HEAD)
    tot[0] = "Totale registro"
    tot[HEAD.index("Imponibile")] = de_num(T["imp"])
    tot[HEAD.index("Imposta")] = de_num(T["iva"])
    tot[HEAD.index("Totale documento")] = de_num(T["tot"])
    f.write(";".join(tot) + "\r\n")

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "Zucchetti gestionale (Italy) – registro IVA vendite / elenco fatture emesse (fatture attive), exported to CSV",
    "country": "IT",
    "language": "it",
    "docs": [
        "No public Zucchetti column list was found by search; the layout follows the FatturaPA data the register is built from",
        "FatturaPA FAQ (Passepartout partner course, 2014, public copy): which bodies must receive electronic invoices – ministries, regions, provinces, state schools, comuni, INPS/INAIL, ASL, CCIAA – gave the public-body mix and the six-character codice univoco ufficio in 'Codice destinatario'",
        "FatturaPA schema fields as seen in public sample invoices (TipoDocumento TD01/TD04, CodiceDestinatario 0000000 for private persons, EsigibilitaIVA I/S, Natura N3.x for non-imponibile) – gave Tipo documento, Esigibilità IVA and the N3.2 / N3.6 codes in Aliquota IVA",
        "Title line, Protocollo/Data registrazione columns, 'Totale registro' line, semicolon delimiter, dd/mm/yyyy and decimal comma are my reading of an Italian IVA-register export"],
    "fields": {"buyer": "Ragione sociale", "product": "Descrizione", "quantity": None, "amount": "Imponibile",
               "tax_id": "Partita IVA", "email": "PEC", "payment": "Modalità di pagamento", "comment": "Note"},
    "also_ok": {"amount": ["Totale documento"], "tax_id": ["Codice fiscale"], "email": ["E-mail"]},
    "notes": "UTF-8 without BOM, semicolon, CRLF. Line 1 is a title line (REGISTRO IVA VENDITE ...), line 2 the header (read with skiprows=1); the last line 'Totale registro' is a totals line, not a record. One row per document; three TD04 credit notes follow the invoice they correct and share its buyer and label. Public administrations carry a 6-character codice univoco ufficio, a numeric codice fiscale (80/90/93...), CIG in Note, Scissione pagamenti = Sì and Esigibilità IVA = S (split payment); two state-controlled S.p.A. also use split payment. Private persons have only a 16-character codice fiscale and codice destinatario 0000000. 'CLIENTE OCCASIONALE' (code C99999) is the catch-all account; two such rows and one surname-only row are thin records. Aliquota IVA holds 22,00 or a Natura code (N3.2, N3.6) for non-taxable sales."})
print(ID, len(rows))
