"""hc_it_openstamanager_fatture_vendita: OpenSTAManager, module 'Fatture di vendita', list exported with 'Esporta' (CSV).

Export facts taken from the OpenSTAManager source (devcode-it/openstamanager):
- assets/src/js/functions/datatables.js: DataTables Buttons 'csv' with fieldSeparator ';',
  footer: true, body formatter that strips HTML and removes the first '.' of a number
  ('1.234,56' -> '1234,56'); Buttons defaults: every field wrapped in '"', no BOM,
  CRLF on Windows browsers.
- include/manager.php: first <th> is the empty row-selector column; 'icon_' columns are
  titled without the prefix (icon_Stato -> 'Stato'); the table has a <tfoot> row that
  carries the sums of summable columns, exported as the last CSV line.
- ajax_dataload.php: dates to locale (dd/mm/YYYY), numbers to locale ('1.234,56'),
  icon columns render the icon_title text ('Emessa', 'Pagato').
- update/*.sql (zz_views of 'Fatture di vendita'): Numero, Data, Ragione sociale, Tipo,
  Imponibile, IVA, Totale ivato, Netto a pagare (imponibile + IVA unless split payment),
  Pagamento ('codice_modalita_pagamento_fe - descrizione'), icon_Stato, Note interne.
"""
import random
from datetime import date, timedelta

from hc_common import LAYOUTS, it_num, write_key, write_labels

LAYOUT_ID = "hc_it_openstamanager_fatture_vendita"
rng = random.Random(20241011)

HEADER = ["", "Numero", "Data", "Ragione sociale", "Tipo", "Imponibile", "IVA", "Totale ivato",
          "Netto a pagare", "Pagamento", "Stato", "Note interne"]
G, B, C = "B2G", "B2B", "B2C"

PAY_PA = ["MP05 - Bonifico bancario", "MP05 - Bonifico 30gg d.f.", "MP05 - Bonifico 60gg d.f."]
PAY_B = ["MP12 - Ri.Ba. 30gg d.f.", "MP12 - Ri.Ba. 60gg d.f.", "MP05 - Bonifico bancario", "MP05 - Rimessa diretta a 30gg", "MP12 - Ri.Ba. 30/60gg d.f."]
PAY_P = ["MP01 - Contanti", "MP08 - Bancomat", "MP08 - Carta di credito", "MP05 - Bonifico bancario", "MP05 - Rimessa diretta"]

WORK = [  # (text, low, high)
    ("Manutenzione programmata impianto termico - {per}", 350, 2400),
    ("Conduzione e terzo responsabile centrale termica - {per}", 900, 5200),
    ("Fornitura e posa climatizzatore Daikin Perfera 12000 BTU", 1100, 2900),
    ("Verifica biennale impianto di messa a terra DPR 462/01", 250, 900),
    ("Riparazione UTA e sostituzione filtri a tasche", 480, 3600),
    ("Sostituzione circolatore Grundfos Magna3 centrale termica", 1400, 3900),
    ("Intervento urgente guasto caldaia del {d}", 180, 900),
    ("Pulizia e sanificazione split (n. {n})", 300, 2100),
    ("Adeguamento quadro elettrico e illuminazione LED", 1800, 14500),
    ("Controllo fumi e libretto d'impianto", 90, 260),
]
HOME = [("n. 1 climatizzatore portatile De'Longhi Pinguino", 420, 620), ("n. 1 caldaia murale Vaillant ecoTEC plus", 1900, 2600),
        ("n. 1 scaldabagno elettrico Ariston 80 l", 260, 420), ("n. 1 deumidificatore De'Longhi", 230, 330)]

PA = [
    ("Comune di Padova", "municipality"), ("COMUNE DI VICENZA", "municipality"), ("Comune di Abano Terme", "municipality"),
    ("Comune di Selvazzano Dentro", "municipality"), ("Comune di Cittadella", "municipality"), ("Comune di Rubano", "municipality"),
    ("Comune di Piove di Sacco", "municipality"), ("Comune di Monselice", "municipality"), ("Comune di Este", "municipality"),
    ("Provincia di Padova", "province"), ("Regione del Veneto - Direzione Acquisti e AA.GG.", "region"),
    ("Azienda ULSS n. 6 Euganea", "public_health_authority"), ("Azienda Ospedale - Università Padova", "public_hospital"),
    ("Università degli Studi di Padova", "public_university"), ("Università degli Studi di Padova - Dipartimento di Ingegneria Industriale", "public_university"),
    ("Istituto Comprensivo di Selvazzano Dentro", "public_school"), ("Istituto Comprensivo Statale Padova 4", "public_school"),
    ("I.I.S. \"Pietro Scalcerle\"", "public_school"), ("Liceo Scientifico Statale \"Enrico Fermi\"", "public_school"),
    ("I.T.I.S. \"Francesco Severi\"", "public_school"), ("Conservatorio di Musica \"Cesare Pollini\"", "public_conservatory"),
    ("Prefettura - Ufficio Territoriale del Governo di Padova", "state_administration"), ("Questura di Padova", "police"),
    ("Comando Provinciale Vigili del Fuoco di Padova", "fire_service"), ("Arma dei Carabinieri - Comando Provinciale di Padova", "armed_forces"),
    ("Agenzia delle Entrate - Direzione Provinciale di Padova", "state_agency"), ("INPS - Direzione Provinciale di Padova", "state_social_fund"),
    ("Camera di Commercio Industria Artigianato e Agricoltura di Padova", "chamber_of_commerce"), ("ATER della Provincia di Padova", "public_housing_agency"),
    ("Consorzio di Bonifica Bacchiglione", "land_reclamation_consortium"), ("Tribunale di Padova", "court"),
    ("ARPAV - Agenzia Regionale per la Prevenzione e Protezione Ambientale del Veneto", "regional_agency"),
    ("Ente Parco Regionale dei Colli Euganei", "regional_agency"),
]
COMPANIES = ["Carel Industries S.p.A.", "Grafica Veneta S.p.A.", "Alì S.p.A.", "Hotel Terme Metropole S.p.A.",
             "Studio Commercialista Bortolami & Associati", "Farmacia Al Santo di Pavan dr. Luca & C. S.n.c.",
             "Ristorante Da Giovanni S.a.s. di Trevisan Giovanni & C.", "Edilnord Costruzioni S.r.l.", "Pasticceria Biasetto S.r.l.",
             "Autofficina Rossato Luigi & C. S.n.c.", "SCARPA TRASPORTI SRL", "Meccanica Euganea S.r.l.", "Lattebusche Sc.a.",
             "Studio Legale Associato Carraro Zanetti", "Palestra Fitness Planet S.S.D. a r.l.", "Poliambulatorio San Gaetano S.r.l.",
             "Officine Baldan S.r.l.", "Supermercati Tosano Cerea S.r.l.", "Gruppo Pam S.p.A.", "Immobiliare Prato della Valle S.r.l."]
OTHER_B = [("Condominio Residenza Le Betulle", "condominium"), ("Condominio Via Tiziano Aspetti 45", "condominium"),
           ("CONDOMINIO SAN MARCO - ABANO TERME", "condominium"),
           ("Parrocchia di Santa Sofia", "church"), ("Diocesi di Padova - Opera della Provvidenza Sant'Antonio", "religious_org"),
           ("Cooperativa Sociale Il Sestante Onlus", "social_cooperative"), ("Cantina Colli Euganei Soc. Coop. Agr.", "cooperative"),
           ("Collegio Vescovile Barbarigo", "private_school"), ("Casa di Cura Abano Terme Polispecialistica S.p.A.", "private_hospital"),
           ("Associazione Sportiva Dilettantistica Petrarca Rugby", "sports_club"), ("Fondazione Cassa di Risparmio di Padova e Rovigo", "private_foundation"),
           ("Croce Rossa Italiana - Comitato di Padova ODV", "national_red_cross")]
TRADES = [("Idraulica Zanon di Zanon Marco", "sole_trader"), ("Bar Sport di Bertin Elisa", "sole_trader"),
          ("Parrucchiera Lisa di Favaro Lisa", "sole_trader"), ("Geom. Schiavon Paolo", "sole_trader"),
          ("Studio Medico Dott. Cecchinato Giorgio", "sole_trader"), ("Panificio Marcato di Marcato Stefano", "sole_trader"),
          ("Arch. Callegaro Roberta", "sole_trader"), ("Elettrauto Sartori Andrea", "sole_trader")]
SURN = ["Zanon", "Schiavon", "Bertin", "Favaro", "Cecchinato", "Trevisan", "Baldan", "Zanetti", "Scarpa", "Rizzo", "Bettio", "Carraro",
        "Ferrara", "Marcato", "Pavan", "Callegaro", "Boscolo", "Gallo", "Sartori", "Rossi", "Bianchi", "Fabris", "Tonello", "Garbin"]
GIVEN = ["Marco", "Luca", "Andrea", "Giulia", "Francesca", "Elena", "Paolo", "Giovanni", "Chiara", "Sara", "Matteo", "Alessandro",
         "Federica", "Anna", "Stefano", "Roberta", "Davide", "Silvia", "Michela", "Enrico"]


def cig(smart=True):
    al = "0123456789ABCDEF"
    return ("Z" if smart else rng.choice("0123456789ABCDEF")) + "".join(rng.choice(al) for _ in range(9))


def cuu():
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "UF" + "".join(rng.choice(al) for _ in range(4))


def work(d=None):
    t, lo, hi = rng.choice(WORK)
    t = t.format(per=rng.choice(["I trimestre 2024", "II trimestre 2024", "stagione termica 2023/24", "canone semestrale"]),
                 d=(d or date(2024, 5, 3)).strftime("%d/%m/%Y"), n=rng.randint(4, 30))
    return t, rng.uniform(lo, hi)


recs = []


def add(name, net, vat, split, note, pay, label, amb, kind, country="IT", tipo="Fattura immediata di vendita", withhold=0.0):
    recs.append(dict(name=name, net=round(net, 2), vat=vat, split=split, note=note, pay=pay, label=label, amb=amb,
                     kind=kind, country=country, tipo=tipo, withhold=withhold))


# ---------------- B2G (split payment, CIG, codice univoco ufficio)
for name, kind in PA:
    n = 3 if kind in ("municipality", "public_school", "public_university") else rng.choice([1, 2, 2])
    for _ in range(n):
        t, amt = work()
        note = rng.choice([f"CIG {cig()} - {t} - Cod. univoco {cuu()}", f"{t}. CIG {cig()} - Det. n. {rng.randint(12, 980)}/2024",
                           f"Ordine NSO n. {rng.randint(100000, 999999)} - {t}", f"{t} - scissione dei pagamenti art. 17-ter", ""])
        add(name, amt, 0.22, True, note, rng.choice(PAY_PA), G, False, kind)
add("U.S. Army Garrison Italy - Caserma Ederle", rng.uniform(2400, 9000), 0.0, False,
    "Non imponibile art. 72 DPR 633/72 - contratto manutenzione HVAC palazzina 21", "MP05 - Bonifico bancario", G, False, "armed_forces", "US")
# public body buying one household item (ambiguous)
for name, kind in [PA[15], PA[18], PA[3], PA[16], PA[7], PA[26]]:
    t, lo, hi = rng.choice(HOME)
    add(name, rng.uniform(lo, hi) / 1.22, 0.22, True, f"{t} per ufficio segreteria. CIG {cig()}", "MP05 - Bonifico bancario", G, True, kind)

# ---------------- B2B
for name in COMPANIES:
    for _ in range(rng.choice([1, 2, 2, 3])):
        t, amt = work()
        note = rng.choice([t, t, f"Contratto di manutenzione n. {rng.randint(10, 250)}/2024 - {t}", f"Vs. ordine {rng.randint(4500, 9900)} - {t}", ""])
        add(name, amt, 0.22, False, note, rng.choice(PAY_B), B, False, "company")
for name, kind in OTHER_B:
    for _ in range(rng.choice([1, 2])):
        t, amt = work()
        vat = 0.10 if kind == "condominium" else 0.22
        wh = 0.04 if kind == "condominium" else 0.0
        note = t + (" - ritenuta 4% art. 25-ter" if kind == "condominium" else "")
        add(name, amt, vat, False, note, rng.choice(PAY_B[2:]), B, False, kind, withhold=wh)
for name, kind in TRADES:
    for _ in range(rng.choice([1, 2])):
        t, amt = work()
        add(name, amt * 0.6, 0.22, False, t, rng.choice(PAY_B + PAY_P[:2]), B, False, kind)
add("Chauffage Services SARL", rng.uniform(1500, 4000), 0.0, False, "Non imponibile art. 7-ter DPR 633/72 - reverse charge", "MP05 - Bonifico bancario", B, False, "foreign_company", "FR")
# state-owned companies
add("Poste Italiane S.p.A.", rng.uniform(600, 2500), 0.22, False, "Manutenzione climatizzatori ufficio postale Padova Centro", "MP05 - Bonifico 60gg d.f.", B, False, "state_owned_company")
add("AcegasApsAmga S.p.A.", rng.uniform(600, 2500), 0.22, False, "Vs. ordine 4500981234 - verifica impianti di terra", "MP05 - Bonifico 60gg d.f.", B, False, "state_owned_company")
add("Busitalia Veneto S.p.A.", rng.uniform(3000, 12000), 0.22, False, f"CIG {cig(False)} - procedura negoziata D.Lgs. 36/2023 - manutenzione HVAC deposito", "MP05 - Bonifico 60gg d.f.", B, True, "state_owned_company_procurement")
add("APS Holding S.p.A.", rng.uniform(1500, 6000), 0.22, True, f"CIG {cig()} - affidamento diretto - scissione pagamenti", "MP05 - Bonifico 30gg d.f.", B, True, "state_owned_company_procurement")
add("acquevenete S.p.A.", rng.uniform(1500, 6000), 0.22, True, f"CIG {cig()} - manutenzione quadri elettrici impianto di depurazione", "MP05 - Bonifico 60gg d.f.", B, True, "state_owned_company_procurement")
# international organisation, state-founded foundation
add("UNESCO - Ufficio Regionale per la Scienza e la Cultura in Europa", rng.uniform(700, 3000), 0.0, False,
    "Operazione non imponibile art. 72 DPR 633/72 - manutenzione climatizzazione Palazzo Zorzi", "MP05 - Bonifico bancario", B, True, "international_org")
add("Fondazione Teatro Stabile del Veneto Carlo Goldoni", rng.uniform(900, 4000), 0.22, False,
    "Manutenzione impianto di climatizzazione Teatro Verdi", "MP05 - Bonifico 30gg d.f.", B, True, "state_founded_foundation")
# company / sole trader with household-only purchase (ambiguous)
for name in ["Studio Commercialista Bortolami & Associati", "Immobiliare Prato della Valle S.r.l.", "Studio Legale Associato Carraro Zanetti"]:
    t, lo, hi = rng.choice(HOME)
    add(name, rng.uniform(lo, hi) / 1.22, 0.22, False, t, "MP08 - Carta di credito", B, True, "company_household_item")
for name in ["Idraulica Zanon di Zanon Marco", "Parrucchiera Lisa di Favaro Lisa"]:
    add(name, rng.uniform(1900, 2600) / 1.10, 0.10, False, "n. 1 caldaia murale Vaillant ecoTEC plus - abitazione del titolare", "MP08 - Bancomat", B, True, "sole_trader_personal_purchase")
add("Fondazione Università degli Studi di Padova", rng.uniform(600, 2500), 0.22, False,
    "Manutenzione impianto di climatizzazione sede di Palazzo Bo - ala uffici", "MP05 - Bonifico 30gg d.f.", B, True, "state_founded_foundation")
add("Condominio Via Tiziano Aspetti 45", rng.uniform(260, 420) / 1.10, 0.10, False, "n. 1 scaldabagno elettrico Ariston 80 l per alloggio portiere",
    "MP05 - Bonifico bancario", B, True, "condominium_household_item")
add("Panificio Marcato di Marcato Stefano", rng.uniform(420, 620) / 1.22, 0.22, False, "n. 1 climatizzatore portatile De'Longhi Pinguino - pagato con carta personale",
    "MP08 - Carta di credito", B, True, "sole_trader_personal_purchase")
# person stating business use / person paying a company's invoice (ambiguous)
add("Boscolo Enrico", rng.uniform(9000, 14000), 0.22, False, "n. 14 climatizzatori per appartamenti da affittare (attività di locazione turistica)",
    "MP05 - Bonifico bancario", B, True, "private_person_business_use")
add("Bianchi Giulia", rng.uniform(800, 2000), 0.22, False, "Fattura saldata da Edilnord Costruzioni S.r.l. per conto della cliente (cantiere via Belzoni)",
    "MP05 - Bonifico bancario", B, True, "person_paying_company_invoice")
# thin record with business-only goods (ambiguous)
add("Cliente da definire", rng.uniform(2000, 4500), 0.22, False, "Riparazione UTA capannone e sostituzione filtri a tasche", "", B, True, "thin_record_business_goods")

# ---------------- B2C
for _ in range(34):
    nm = f"{rng.choice(SURN)} {rng.choice(GIVEN)}"
    if rng.random() < 0.15:
        nm = nm.upper()
    t, lo, hi = rng.choice([("Manutenzione annuale caldaia e controllo fumi - abitazione", 90, 180),
                            ("Sostituzione caldaia a condensazione - abitazione privata", 1900, 3100),
                            ("Fornitura e posa climatizzatore dual split camera/soggiorno", 1300, 2600),
                            ("Intervento a domicilio perdita impianto di riscaldamento", 80, 260),
                            ("Pulizia split e ricarica gas", 90, 220), ("", 60, 400)])
    add(nm, rng.uniform(lo, hi), 0.10, False, t, rng.choice(PAY_P), C, False, "private_person")
for _ in range(4):
    add("CLIENTE PRIVATO GENERICO", rng.uniform(40, 180), 0.22, False, rng.choice(["", "Ricambio al banco", "Vendita al banco"]),
        rng.choice(PAY_P[:3]), C, False, "anonymous_retail")
add("Trevisan Michela", rng.uniform(2000, 2600), 0.22, False, "n. 30 valvole termostatiche Danfoss + teste", "MP08 - Carta di credito", C, True, "private_bulk_purchase")
add("Pavan Roberta", rng.uniform(280, 420), 0.10, False,
    "n. 1 scaldabagno elettrico - abitazione privata; recapito roberta.pavan@carel.com", "MP08 - Carta di credito", C, True, "person_with_company_email")
add("Fabris Davide", rng.uniform(2600, 3400), 0.22, False, "n. 25 radiatori in alluminio Fondital Calidor 600", "MP05 - Bonifico bancario", C, True, "private_bulk_purchase")
add("Sig. Andrea", rng.uniform(60, 140), 0.22, False, "", "MP01 - Contanti", C, True, "thin_record")
add("Gallo Silvia", rng.uniform(300, 600), 0.10, False, "n. 1 scaldabagno elettrico - referente e-mail silvia.gallo@regione.veneto.it, consegna a domicilio",
    "MP08 - Carta di credito", C, True, "person_with_gov_email")

# credit notes (Nota di credito): negative, same buyer label
for src in rng.sample([r for r in recs if not r["amb"] and r["label"] != C], 3):
    d = dict(src)
    d.update(net=-round(src["net"] * rng.uniform(0.1, 0.4), 2), tipo="Nota di credito", note="Storno parziale " + (src["note"][:40] if src["note"] else ""))
    recs.append(d)

# ---------------- render
rng.shuffle(recs)
dates = sorted(date(2024, 1, 9) + timedelta(days=rng.randint(0, 350)) for _ in recs)
for r, d in zip(recs, dates):
    r["date"] = d
recs.sort(key=lambda r: r["date"])
n = 0
for r in recs:
    n += 1
    r["num"] = f"{n:04d}/2024"
# module default order: data DESC, numero DESC
recs.sort(key=lambda r: (r["date"], r["num"]), reverse=True)


def body_num(x):
    # ajax: numberToLocale -> '1.234,56'; export formatter removes only the first '.'
    s = it_num(x)
    return s.replace(".", "", 1)


def q(s):
    return '"' + str(s).replace('"', '""') + '"'


tot_imp = tot_tot = tot_net = 0.0
lines = [";".join(q(h) for h in HEADER)]
for r in recs:
    iva = round(r["net"] * r["vat"], 2)
    tot = round(r["net"] + iva, 2)
    netto = round(r["net"] + (0 if r["split"] else iva) - r["net"] * r["withhold"], 2)
    tot_imp += r["net"]; tot_tot += tot; tot_net += netto
    age = (date(2024, 12, 31) - r["date"]).days
    stato = "Emessa"
    if r["tipo"] == "Nota di credito":
        stato = "Emessa"
    elif age > 70 or (r["label"] == C and rng.random() < 0.7):
        stato = rng.choice(["Pagato", "Pagato", "Pagato", "Parzialmente pagato"])
    tipo = r["tipo"] if r["tipo"] == "Nota di credito" else rng.choice(["Fattura immediata di vendita"] * 5 + ["Fattura differita di vendita"])
    cells = ["", r["num"], r["date"].strftime("%d/%m/%Y"), r["name"], tipo, body_num(r["net"]), body_num(iva), body_num(tot),
             body_num(netto), r["pay"], stato, r["note"]]
    lines.append(";".join(q(c) for c in cells))
footer = ["", "", "", "", "", it_num(tot_imp), "", it_num(tot_tot), it_num(tot_net), "", "", ""]
lines.append(";".join(q(c) for c in footer))

out = LAYOUTS / f"{LAYOUT_ID}.csv"
with open(out, "wb") as fh:
    fh.write("\r\n".join(lines).encode("utf-8"))

write_labels(LAYOUT_ID, recs)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "OpenSTAManager (open-source Italian management software for technical-assistance firms), module Fatture di vendita, list 'Esporta' to CSV",
    "country": "IT",
    "language": "it",
    "docs": [
        "devcode-it/openstamanager assets/src/js/functions/datatables.js: DataTables Buttons csv with fieldSeparator ';', footer: true, body formatter removing the first '.' of numbers",
        "include/manager.php: empty selector <th> first, icon_ columns titled without prefix, <tfoot> row exported as the last line (sums of summable columns); export limited to selected rows",
        "ajax_dataload.php: Translator::dateToLocale / numberToLocale (dd/mm/YYYY, 1.234,56); icon cells carry the status title text",
        "update/2_3.sql, 2_4_1.sql, 2_4_13.sql, 2_4_14.sql, 2_4_37.sql, 2_6.sql, 2_7.sql, 2_11.sql: views Numero, Data, Ragione sociale, Tipo, Imponibile, IVA, Totale ivato, Netto a pagare (IVA left out under split payment, ritenuta subtracted), Pagamento = codice_modalita_pagamento_fe + ' - ' + descrizione, icon_Stato, Note interne; document types 'Fattura immediata/differita di vendita', numbering mask ####/YYYY",
        "DataTables Buttons defaults (fieldBoundary '\"', no BOM, CRLF on Windows) and Italian FatturaPA practice (split payment art. 17-ter for public bodies, CIG, codice univoco ufficio, MP05/MP08/MP12 payment codes)",
        "Not verified: the user's own column layout; IVA and Note interne are hidden by default and were switched on here",
    ],
    "fields": {"buyer": "Ragione sociale", "product": None, "quantity": None, "amount": "Totale ivato", "tax_id": None,
               "email": None, "payment": "Pagamento", "comment": "Note interne"},
    "also_ok": {"amount": ["Imponibile", "Netto a pagare"], "product": ["Note interne"]},
    "notes": "One row per sales document. Column 1 has an empty header and empty cells (row selector). The LAST line is the DataTables footer with column sums (Imponibile, Totale ivato, Netto a pagare) - not a record. Numbers are Italian style with the first thousands dot removed by the export (1234,56; the footer keeps dots: 123.456,78). Public-body invoices are under split payment: 'Netto a pagare' equals 'Imponibile'. Condominium invoices subtract the 4% withholding. 'Nota di credito' rows are negative and take the label of their buyer. 'CLIENTE PRIVATO GENERICO' is the catch-all counter customer.",
})
print(out, len(recs))
