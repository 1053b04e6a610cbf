"""kc_it_invoicex_export_vendite: Invoicex (TNX, Italian open-source invoicing) "Esporta acquisti/vendite",
tipo "Vendita (Fatture di Vendita)", format CSV, "mostra riferimento" ticked, not grouped.

As Invoicex writes it (JDialogExportAcquistiVendite + PrintSimpleTable.printCsv): one line per document
row (fatture and scontrini), header = the SQL column labels (codice_articolo, categoria, sotto_categoria,
descrizione, numero_doc, riga, data, ragione_sociale, spese_trasporto, spese_incasso, riferimento, um,
quantita, 'prezzo unitario', importo, 'sconto riga 1', 'sconto riga 2', 'sconto testata 1/2/3',
'importo imponibile', 'importo iva', 'importo totale riga'), values printed with String.valueOf
(MySQL DECIMALs keep their scale, dates yyyy-mm-dd, NULL -> empty) through the Ostermiller-style
CSVPrinter: ',' separator, quotes only when needed (empty or non-alphanumeric first field, leading or
trailing blanks, '"' ',' CR LF inside), quotes escaped with a backslash, Windows default charset
(cp1252) and CRLF line ends, no title line. Credit notes carry negative prices.

Shop: a hardware store (ferramenta) in Pesaro selling over the counter (scontrini, no customer) and on
invoice to builders, firms, condomini, parishes, the Comune, state schools, the army and private people.
"""
from datetime import date, timedelta

from kc_common import LAYOUTS, KEY, rng, write_labels, write_key

ID = "kc_it_invoicex_export_vendite"
R = rng(120504)

HEADER = ["codice_articolo", "categoria", "sotto_categoria", "descrizione", "numero_doc", "riga", "data",
          "ragione_sociale", "spese_trasporto", "spese_incasso", "riferimento", "um", "quantita",
          "prezzo unitario", "importo", "sconto riga 1", "sconto riga 2", "sconto testata 1", "sconto testata 2",
          "sconto testata 3", "importo imponibile", "importo iva", "importo totale riga"]

# code: (categoria, sotto_categoria, descrizione, um, net price)
ART = {
    "BSH06019G8002": ("Elettroutensili", "Trapani", "Trapano avvitatore Bosch GSR 12V-15 + 2 batterie", "pz", 119.00),
    "MKT-GA5030": ("Elettroutensili", "Smerigliatrici", "Smerigliatrice angolare Makita GA5030 720W", "pz", 69.90),
    "USG-324-SET6": ("Utensileria", "Cacciaviti", "Set 6 cacciaviti Usag 324", "cf", 34.50),
    "BETA-111-250": ("Utensileria", "Chiavi", "Chiave a rullino Beta 111 250 mm", "pz", 18.90),
    "VT-4X40-200": ("Ferramenta", "Viteria", "Viti legno testa svasata 4x40 conf. 200 pz", "cf", 6.90),
    "FSC-SX8": ("Ferramenta", "Tasselli", "Tasselli Fischer SX 8x40 conf. 100 pz", "cf", 11.50),
    "ABUS-65-45": ("Ferramenta", "Lucchetti", "Lucchetto ottone Abus 65/45", "pz", 12.80),
    "CAT-ZN-6": ("Ferramenta", "Catene", "Catena zincata 6 mm", "mt", 4.20),
    "SML-BIA-075": ("Vernici", "Smalti", "Smalto all'acqua bianco lucido 0,75 lt", "pz", 14.90),
    "IDR-BIA-14": ("Vernici", "Pitture", "Idropittura lavabile bianca 14 lt", "pz", 49.00),
    "PNL-50": ("Vernici", "Accessori", "Pennello piatto 50 mm", "pz", 3.20),
    "LED-E27-10W": ("Elettricità", "Lampadine", "Lampadina LED E27 10W luce calda Philips", "pz", 3.90),
    "PRL-10M": ("Elettricità", "Prolunghe", "Prolunga elettrica 10 mt 3x1,5", "pz", 16.50),
    "SIL-ACE-280": ("Idraulica", "Sigillanti", "Silicone acetico trasparente 280 ml", "pz", 5.40),
    "RBT-SF-12": ("Idraulica", "Raccordi", "Rubinetto a sfera 1/2 pollice MF", "pz", 8.60),
    "PALA-NEVE": ("Giardinaggio", "Attrezzi", "Pala da neve in polipropilene", "pz", 19.90),
    "SALE-25KG": ("Giardinaggio", "Antighiaccio", "Sale antighiaccio sacco 25 kg", "nr", 9.50),
    "TUBO-15M": ("Giardinaggio", "Tubi", "Tubo irrigazione 15 mt 1/2 pollice", "pz", 22.00),
    "STD-18M": ("Casalinghi", "Stendini", "Stendibiancheria in acciaio 18 mt", "pz", 29.90),
    "BOLL-17L": ("Casalinghi", "Piccoli elettrodomestici", "Bollitore elettrico 1,7 lt acciaio", "pz", 24.90),
    "VENT-COL45": ("Casalinghi", "Ventilatori", "Ventilatore a colonna 45W con telecomando", "pz", 39.90),
    "SCOPA-IND60": ("Casalinghi", "Pulizia", "Scopa industriale 60 cm", "pz", 12.50),
    "SECCHIO-STR": ("Casalinghi", "Pulizia", "Secchio con strizzatore", "pz", 9.90),
    "GNT-NIT-9": ("Antinfortunistica", "Guanti", "Guanti da lavoro nitrile tg. 9 (12 paia)", "cf", 18.00),
    "NST-BR-200": ("Antinfortunistica", "Segnaletica", "Nastro segnaletico bianco/rosso 200 mt", "pz", 6.50),
    "CASCO-EN397": ("Antinfortunistica", "DPI", "Elmetto di protezione EN 397", "pz", 8.90),
    "CART-PERIC": ("Antinfortunistica", "Segnaletica", "Cartello Pericolo - lavori in corso 60x90", "pz", 21.00),
}
FREE = [("Duplicazione chiavi", "nr", 3.50), ("Taglio vetro su misura", "nr", 18.00),
        ("Trasporto e consegna", "nr", 15.00), ("Affilatura catena motosega", "nr", 9.00)]
COUNTER = ["VT-4X40-200", "FSC-SX8", "ABUS-65-45", "SML-BIA-075", "PNL-50", "LED-E27-10W", "SIL-ACE-280",
           "RBT-SF-12", "PALA-NEVE", "SALE-25KG", "TUBO-15M", "STD-18M", "BOLL-17L", "SCOPA-IND60", "SECCHIO-STR",
           "PRL-10M", "CAT-ZN-6", "BETA-111-250"]
TRADE = ["BSH06019G8002", "MKT-GA5030", "USG-324-SET6", "VT-4X40-200", "FSC-SX8", "SIL-ACE-280", "RBT-SF-12",
         "GNT-NIT-9", "NST-BR-200", "CASCO-EN397", "IDR-BIA-14", "PNL-50", "PRL-10M", "CAT-ZN-6", "CART-PERIC"]
PUBLIC_GOODS = ["SALE-25KG", "PALA-NEVE", "NST-BR-200", "CART-PERIC", "IDR-BIA-14", "PNL-50", "LED-E27-10W",
                "SCOPA-IND60", "SECCHIO-STR", "GNT-NIT-9", "SIL-ACE-280", "FSC-SX8", "ABUS-65-45", "PRL-10M"]

PA = [  # (ragione_sociale, kind, ref template)
    ("COMUNE DI PESARO", "municipality", "CIG {cig} - Det. {n}/{y} Servizio Manutenzioni"),
    ("COMUNE DI FANO", "municipality", "CIG {cig} - Buono d'ordine n. {n}/{y}"),
    ("Comune di Gabicce Mare", "municipality", "CIG {cig}"),
    ("COMUNE DI URBINO", "municipality", "CIG {cig} - Det. n. {n} del {d}"),
    ("PROVINCIA DI PESARO E URBINO", "provincial_government", "CIG {cig} - Viabilità"),
    ("ISTITUTO COMPRENSIVO STATALE G. LEOPARDI", "public_school", "CIG {cig} - Prot. {n}/{y}"),
    ("LICEO SCIENTIFICO STATALE G. MARCONI", "public_school", "CIG {cig} - Ordine n. {n}"),
    ("UNIVERSITA' DEGLI STUDI DI URBINO CARLO BO", "public_university", "CIG {cig} - Ordine {y}/{n}"),
    ("AZIENDA SANITARIA TERRITORIALE PESARO URBINO", "public_hospital", "CIG {cig} - Ordine AST n. {n}"),
    ("COMANDO PROVINCIALE VIGILI DEL FUOCO PESARO URBINO", "public_agency", "CIG {cig}"),
    ("28° REGGIMENTO PAVIA", "armed_forces", "CIG {cig} - Atto dispositivo n. {n}"),
    ("PREFETTURA - UTG DI PESARO E URBINO", "state_agency", "CIG {cig} - Ordine {n}/{y}"),
    ("TRIBUNALE DI PESARO", "court", "CIG {cig} - Ordinativo n. {n}"),
]
FIRMS = [  # (ragione_sociale, kind, riba)
    ("EDILIZIA ROSSINI S.R.L.", "company", True),
    ("IDRAULICA BERTUCCIOLI SNC", "company", True),
    ("F.LLI MARCHETTI S.N.C.", "company", True),
    ("SCAVOLINI S.P.A.", "company", False),
    ("BIESSE S.P.A.", "company", False),
    ("HOTEL VITTORIA S.R.L.", "company", True),
    ("CONDOMINIO LE TERRAZZE - VIALE TRIESTE 112", "homeowners_association", False),
    ("PARROCCHIA DI SANT'AGOSTINO", "religious_organisation", False),
    ("CROCE ROSSA ITALIANA - COMITATO DI PESARO", "red_cross_society", False),
    ("A.S.D. VIS PESARO 1898", "sports_association", False),
    ("Falegnameria Bianchi di Bianchi Marco", "sole_trader", True),
    ("Pagnoni Luca - Impianti Elettrici", "sole_trader", True),
    ("GIARDINI & VERDE SOC. COOP.", "cooperative", True),
]
NOMI = ["Marco", "Giulia", "Luca", "Francesca", "Andrea", "Chiara", "Matteo", "Sara", "Alessandro", "Elena",
        "Paolo", "Federica", "Simone", "Valentina", "Giovanni", "Laura", "Stefano", "Martina", "Roberto", "Silvia"]
COGNOMI = ["Rossi", "Bianchi", "Ricci", "Marchetti", "Pierini", "Bartolucci", "Gennari", "Cecchini", "Ferri",
           "Magi", "Pandolfi", "Santini", "Mancini", "Giorgini", "Rossini", "Morelli", "Vitali", "Tonelli"]

START = date(2025, 1, 7)
END = date(2025, 4, 30)
docs = []


def rday():
    while True:
        d = START + timedelta(days=R.randint(0, (END - START).days))
        if d.weekday() < 6:
            return d


def cig():
    return "Z" + "".join(R.choice("0123456789ABCDEF") for _ in range(9))


def doc(d, client, lines, label, kind, amb, ref="", riba=False, trasporto=None, scontrino=False, nc=False,
        testata=None):
    docs.append(dict(d=d, client=client, lines=lines, label=label, kind=kind, amb=amb, ref=ref, riba=riba,
                     trasporto=trasporto, scontrino=scontrino, nc=nc, testata=testata))


def art_lines(pool, nmin, nmax, qmin, qmax, disc=None):
    out = []
    for code in R.sample(pool, R.randint(nmin, nmax)):
        um = ART[code][3]
        q = R.randint(qmin, qmax)
        if um == "mt":
            q = R.choice([2.5, 5, 7.5, 10, 12])
        out.append((code, q, disc))
    return out


# counter sales (scontrini, no customer)
for _ in range(27):
    ls = art_lines(COUNTER, 1, 3, 1, 3)
    if R.random() < 0.15:
        ls.append((None, R.randint(1, 4), None))
    doc(rday(), "", ls, "B2C", "anonymous_retail", False, scontrino=True)

# private persons asking for an invoice
for _ in range(11):
    nome, cogn = R.choice(NOMI), R.choice(COGNOMI)
    name = f"{cogn} {nome}" if R.random() < 0.8 else f"{cogn.upper()} {nome.upper()}"
    doc(rday(), name, art_lines(COUNTER + ["BSH06019G8002", "MKT-GA5030"], 1, 3, 1, 2), "B2C", "private_person", False)
# private person buying 40 identical bulbs (ambiguous), private person stating a business use (ambiguous)
doc(rday(), "Santini Roberto", [("LED-E27-10W", 40, None)], "B2C", "private_person_bulk", True)
doc(rday(), "Morelli Chiara", [("SCOPA-IND60", 4, None), ("SECCHIO-STR", 4, None), ("GNT-NIT-9", 3, None)],
    "B2B", "private_person_business_purpose", True, ref="per attività di pulizie - P.IVA in apertura")

# public administration (CIG in riferimento)
for name, kind, tpl in PA:
    for _ in range(R.choice([1, 2, 2, 3])):
        d = rday()
        ref = tpl.format(cig=cig(), n=R.randint(12, 640), y=d.year, d=d.strftime("%d/%m/%Y"))
        ls = art_lines(PUBLIC_GOODS, 1, 4, 2, 20)
        if name == "COMUNE DI PESARO" and d.month <= 2 and R.random() < 0.7:
            ls = [("SALE-25KG", R.randint(40, 120), None), ("PALA-NEVE", R.randint(4, 10), None)]
        doc(d, name, ls, "B2G", kind, False, ref=ref, trasporto=R.choice([None, "0.00", "15.00"]))
# state school buying one kettle; municipal nursery one drying rack (ambiguous, B2G)
doc(rday(), "ISTITUTO COMPRENSIVO STATALE G. LEOPARDI", [("BOLL-17L", 1, None)], "B2G", "public_school", True,
    ref="CIG " + cig() + " - aula docenti")
doc(rday(), "COMUNE DI PESARO", [("STD-18M", 1, None)], "B2G", "municipality", True,
    ref="Asilo nido comunale Il Girasole")

doc(rday(), "COMANDO PROVINCIALE VIGILI DEL FUOCO PESARO URBINO", [("VENT-COL45", 2, None)], "B2G",
    "public_agency", True, ref="CIG " + cig() + " - camerata")
doc(rday(), "Pierini Stefano", [("BOLL-17L", 1, None), ("LED-E27-10W", 2, None)], "B2C",
    "person_with_public_reference", True, ref="consegna c/o Comune di Pesaro - Ufficio Tecnico")

doc(rday(), "Ricci Matteo", [("SALE-25KG", 30, None)], "B2C", "private_person_bulk", True)
doc(rday(), "Magi Federica", [("STD-18M", 6, None)], "B2B", "private_person_business_purpose", True,
    ref="per B&B Villa Magi - Gabicce")

# firms and other organisations
for name, kind, riba in FIRMS:
    for _ in range(R.choice([1, 2, 2, 3]) if kind in ("company", "sole_trader") else R.choice([1, 1, 2])):
        d = rday()
        disc = R.choice([None, None, "10.00", "5.00"]) if kind == "company" else None
        ref = R.choice(["", f"Vs. ordine n. {R.randint(100, 9999)} del {d.strftime('%d/%m/%Y')}",
                        f"Cantiere via {R.choice(['Flaminia', 'Giolitti', 'Ponchielli', 'Mameli', 'Lombardia'])}",
                        f"DDT n. {R.randint(10, 300)} del {d.strftime('%d/%m/%Y')}"]) if kind != "homeowners_association" \
            else "Manutenzione parti comuni"
        pool = TRADE if kind in ("company", "sole_trader", "cooperative") else PUBLIC_GOODS + COUNTER
        doc(d, name, art_lines(pool, 1, 4, 1, 12, disc), "B2B", kind, False, ref=ref, riba=riba,
            trasporto=R.choice([None, "0.00", "0.00", "15.00"]))
# company buying one household item; state-owned companies under procurement rules (ambiguous, B2B)
doc(rday(), "STUDIO LEGALE AVV. PAOLO GENNARI", [("VENT-COL45", 1, None)], "B2B", "law_firm", True)
doc(rday(), "Falegnameria Bianchi di Bianchi Marco", [("STD-18M", 1, None), ("BOLL-17L", 1, None)], "B2B",
    "sole_trader", True)
doc(rday(), "HOTEL VITTORIA S.R.L.", [("BOLL-17L", 1, None), ("STD-18M", 1, None)], "B2B", "company", True,
    riba=True)
for name, tpl in [("POSTE ITALIANE S.P.A.", "CIG {cig} - Ordine di acquisto {n} - Ufficio Pesaro Centro"),
                  ("MARCHE MULTISERVIZI S.P.A.", "CIG {cig} - Contratto applicativo n. {n}/{y}")]:
    for _ in range(2):
        d = rday()
        doc(d, name, art_lines(TRADE, 2, 3, 2, 10), "B2B", "state_owned_company", True,
            ref=tpl.format(cig=cig(), n=R.randint(1000, 99999), y=d.year), riba=False)

# one credit note (return) for a firm
src = next(x for x in docs if x["client"] == "EDILIZIA ROSSINI S.R.L.")
code, q, disc = src["lines"][0]
doc(src["d"] + timedelta(days=6), src["client"], [(code, 1, disc)], "B2B", "company", False,
    ref="Reso merce - rif. fattura", riba=False, nc=True)

docs.sort(key=lambda x: (x["d"], x["scontrino"]))
n_fatt = 0
n_scon = 0
records = []
labels = []


def dec(x, scale):
    return f"{x:.{scale}f}"


for dcm in docs:
    if dcm["scontrino"]:
        n_scon += 1
        num = f"S{n_scon}"
    else:
        n_fatt += 1
        num = str(n_fatt)
    sign = -1 if dcm["nc"] else 1
    for i, (code, q, disc) in enumerate(dcm["lines"], start=1):
        if code is None:
            desc, um, price = R.choice(FREE)
            cat = sub = ""
            acode = ""
        else:
            cat, sub, desc, um, price = ART[code]
            acode = code
        qd = float(q)
        s1 = float(disc) if disc else 0.0
        imponibile = round(price * qd * (1 - s1 / 100), 2)
        ivato = round(imponibile * 1.22, 2)
        rec = {
            "codice_articolo": acode, "categoria": cat, "sotto_categoria": sub, "descrizione": desc,
            "numero_doc": num, "riga": str(i), "data": dcm["d"].isoformat(), "ragione_sociale": dcm["client"],
            "spese_trasporto": "" if dcm["trasporto"] is None else dcm["trasporto"],
            "spese_incasso": "2.50000" if dcm["riba"] else ("0.00000" if not dcm["scontrino"] else ""),
            "riferimento": dcm["ref"], "um": um, "quantita": dec(qd, 5),
            "prezzo unitario": dec(sign * price, 5), "importo": dec(sign * price * qd, 10),
            "sconto riga 1": dec(s1, 2) if disc else ("0.00" if not dcm["scontrino"] and R.random() < 0.5 else ""),
            "sconto riga 2": "", "sconto testata 1": "0.00" if not dcm["scontrino"] else "",
            "sconto testata 2": "0.00" if not dcm["scontrino"] else "", "sconto testata 3": "",
            "importo imponibile": dec(sign * imponibile, 5), "importo iva": dec(sign * (ivato - imponibile), 5),
            "importo totale riga": dec(sign * ivato, 5),
        }
        records.append(rec)
        labels.append(dict(row=len(labels), label=dcm["label"], ambiguous=dcm["amb"], kind=dcm["kind"], country="IT"))


def csv_field(value, first):
    """Ostermiller-style CSVPrinter.print quoting and backslash escaping."""
    quote = False
    if len(value) > 0:
        c = value[0]
        if first and (c < "0" or ("9" < c < "A") or ("Z" < c < "a") or c > "z"):
            quote = True
        if c in (" ", "\f", "\t"):
            quote = True
        for ch in value:
            if ch in ('"', ",", "\n", "\r"):
                quote = True
        if value[-1] in (" ", "\f", "\t"):
            quote = True
    elif first:
        quote = True
    if not quote:
        return value
    esc = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"' + esc + '"'


def csv_line(values):
    return ",".join(csv_field(v, i == 0) for i, v in enumerate(values))


out = [csv_line(HEADER)] + [csv_line([r[h] for h in HEADER]) for r in records]
with open(LAYOUTS / f"{ID}.csv", "w", encoding="cp1252", newline="") as f:
    f.write("\r\n".join(out) + "\r\n")

write_labels(KEY / f"{ID}.labels.csv", labels)
write_key(KEY / f"{ID}.json", {
    "id": ID,
    "system": "Invoicex (TNX srl, open-source Italian invoicing) - Utilità > Esporta acquisti/vendite, tipo "
              "'Vendita (Fatture di Vendita)', formato CSV, 'mostra riferimento' ticked, not grouped",
    "country": "IT",
    "language": "it",
    "docs": [
        "ginopc/invoicex Invoicex_main/src/it/tnx/invoicex/gui/JDialogExportAcquistiVendite.java: the SQL of the "
        "sales export and its column labels/order (codice_articolo ... importo totale riga; t.riferimento only "
        "when 'mostra riferimento' is ticked), scontrini included (tipo_fattura 7) in 'Vendita (Fatture di "
        "Vendita)', credit notes multiplied by -1, order by data, anno, serie, numero, riga",
        "ginopc/invoicex Invoicex_main/src/it/tnx/dbeans/pdfPrint/PrintSimpleTable.java printCsv(): header from "
        "ResultSetMetaData column labels, values via CastUtils.toString (String.valueOf) or '' for NULL, written "
        "with com.Ostermiller.util.CSVPrinter to ~/.invoicex/Export/export_<time>.csv; no title line in CSV "
        "(the XLS variant adds a title row)",
        "commons-csv sandbox CSVPrinter (the Ostermiller-derived printer): quote only when needed (empty or "
        "non-alphanumeric first token of a line, leading/trailing blanks, '\"', delimiter, CR, LF), escape '\"' "
        "as \\\" and '\\' as \\\\, PrintWriter.println line ends",
        "ginopc/invoicex DbChanges/DbChanges2: DECIMAL(15,5) for quantita, prezzo, totale_imponibile and "
        "totale_ivato, DECIMAL(5,2) discounts, spese_incasso DECIMAL(10,5), so values keep those scales",
    ],
    "fields": {"buyer": "ragione_sociale", "product": "descrizione", "quantity": "quantita",
               "amount": "importo totale riga", "tax_id": None, "email": None, "payment": None,
               "comment": "riferimento"},
    "also_ok": {"amount": ["importo imponibile", "importo"]},
    "notes": "One line per document row, documents in date order; lines of one document share numero_doc "
             "(fatture numbered 1, 2, ...; scontrini S1, S2, ... in their own series). Scontrini have an empty "
             "ragione_sociale (counter sale, no customer). Amounts are line amounts: importo = prezzo unitario x "
             "quantita before discount (scale 10), importo imponibile / importo iva / importo totale riga after "
             "discount (scale 5); credit notes are negative. spese_trasporto and spese_incasso are document-level "
             "values repeated on each line (spese_incasso 2.50000 = RIBA collection fee). riferimento holds the "
             "customer's order/CIG reference; public bodies quote a CIG. Windows-1252, ',' separated, decimal "
             "point, CRLF, values quoted only when needed (e.g. descriptions containing a comma); the printer "
             "would escape a '\"' inside a value with a backslash, but no value here contains one.",
})
print(ID, len(records), "records")
