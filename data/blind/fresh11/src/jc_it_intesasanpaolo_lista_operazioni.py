"""Generator: jc_it_intesasanpaolo_lista_operazioni

Imitates the 'Scarica Excel' download of the movement list of an Intesa
Sanpaolo current account (newer layout, sheet 'Lista Operazione'), held by a
Bergamo office-furniture / IT supplier (BONFANTI UFFICIO SRL), filtered to
incoming movements.  A block of account metadata fills rows 1-18, the header
is on row 19 (Data | Operazione | Dettagli | Conto o carta |
Contabilizzazione | Categoria | Valuta | Importo) and movements start on row
20, newest first; Data is an Excel date, Importo a signed number.

Seeded: rebuilds the workbook and key files identically.
"""
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
import jc_common as C  # noqa: E402

LAYOUT_ID = "jc_it_intesasanpaolo_lista_operazioni"
SEED = 11_2025_04
rng = random.Random(SEED)
ACCOUNT = "Conto 1000/00071832"
BENEF = "BONFANTI UFFICIO SRL"

P = []


def add(payer, label, amb, kind, n=1, amt=(100, 3000), infos=("SALDO FATT. N. {f} DEL {d}",),
        bic=None, mode="beu", country="IT"):
    P.append(dict(payer=payer, label=label, amb=amb, kind=kind, n=n, amt=amt, infos=list(infos),
                  bic=bic, mode=mode, country=country))


PA_INFO = ["CIG Z{cig} FATT. {f}/PA DEL {d} - SCISSIONE PAGAMENTI",
           "MANDATO N. {m} DEL {d} PAGAMENTO FATTURA {f}/PA CIG Z{cig}",
           "/PUR/LGPE-RIVERSAMENTO FT {f}/PA CIG Z{cig} IMPONIBILE"]
CO_INFO = ["SALDO FATT. N. {f} DEL {d}", "RIF. FT {f}/2025 ORDINE 4500{m}", "PAGAMENTO FATTURA {f}",
           "FATTURA {f} SCAD. {d}"]
TESO = ["BCITITMM", "BPMOIT22", "BAPPIT22", "CRPPIT2P"]

# ---- B2G ----
add("COMUNE DI BERGAMO", "B2G", False, "municipality", 7, (300, 9000), PA_INFO, "BCITITMM")
add("COMUNE DI SERIATE", "B2G", False, "municipality", 3, (200, 4000), PA_INFO)
add("COMUNE DI DALMINE", "B2G", False, "municipality", 3, (200, 4000), PA_INFO)
add("COMUNE DI TREVIGLIO", "B2G", False, "municipality", 2, (200, 3500), PA_INFO)
add("COMUNE DI STEZZANO", "B2G", False, "municipality", 2, (150, 3000), PA_INFO)
add("PROVINCIA DI BERGAMO", "B2G", False, "province", 3, (400, 7000), PA_INFO)
add("REGIONE LOMBARDIA", "B2G", False, "region", 2, (800, 12000), PA_INFO, "BCITITMM")
add("ASST PAPA GIOVANNI XXIII", "B2G", False, "public_hospital", 5, (500, 15000), PA_INFO)
add("ASST BERGAMO EST", "B2G", False, "public_hospital", 3, (300, 6000), PA_INFO)
add("ATS DI BERGAMO", "B2G", False, "public_health_agency", 2, (300, 4000), PA_INFO)
add("ISTITUTO COMPRENSIVO DONADONI", "B2G", False, "public_school", 3, (150, 3000), PA_INFO, "BITAITRR")
add("LICEO SCIENTIFICO STATALE F. LUSSANA", "B2G", False, "public_school", 2, (150, 4000), PA_INFO,
    "BITAITRR")
add("ISTITUTO TECNICO INDUSTRIALE P. PALEOCAPA", "B2G", False, "public_school", 2, (200, 5000),
    PA_INFO, "BITAITRR")
add("UNIVERSITA' DEGLI STUDI DI BERGAMO", "B2G", False, "public_university", 5, (300, 12000),
    PA_INFO)
add("MINISTERO DELLA GIUSTIZIA", "B2G", False, "court", 2, (300, 4000),
    ["TRIBUNALE DI BERGAMO FATT. {f}/PA CIG Z{cig}"], "BITAITRR")
add("COMANDO PROVINCIALE CARABINIERI BERGAMO", "B2G", False, "armed_forces", 2, (300, 5000),
    PA_INFO, "BITAITRR")
add("MINISTERO DELL'INTERNO - COMANDO PROV. VIGILI DEL FUOCO BG", "B2G", False, "fire_service", 2,
    (200, 4000), PA_INFO, "BITAITRR")
add("AGENZIA DELLE ENTRATE", "B2G", False, "tax_authority", 1, (300, 3000), PA_INFO, "BITAITRR")
add("INPS", "B2G", False, "public_agency", 2, (300, 5000),
    ["DIREZIONE PROVINCIALE BERGAMO FT {f}/PA CIG Z{cig}"], "BITAITRR")
add("CONSOLATO GENERALE DI SVIZZERA MILANO", "B2G", False, "consulate", 1, (200, 1500),
    ["INVOICE {f} - OFFICE CHAIRS"], "UBSWCHZH", country="CH")
add("ISTITUTO COMPRENSIVO DI SERIATE", "B2G", True, "public_school_household_item", 1, (30, 45),
    ["FATT. {f}/PA BOLLITORE ELETTRICO SCUOLA INFANZIA CIG Z{cig}"], "BITAITRR")
add("COMUNE DI ORIO AL SERIO", "B2G", True, "municipality_household_item", 1, (110, 150),
    ["FT {f}/PA FORNO MICROONDE SALA GIUNTA"])

# ---- B2B ----
add("BREMBO S.P.A.", "B2B", False, "company", 6, (500, 15000), CO_INFO, "UNCRITMM")
add("TENARIS DALMINE S.P.A.", "B2B", False, "company", 4, (500, 12000), CO_INFO)
add("GEWISS S.P.A.", "B2B", False, "company", 3, (300, 8000), CO_INFO)
add("ABB S.P.A.", "B2B", False, "company", 2, (300, 6000), CO_INFO)
add("HEIDELBERG MATERIALS ITALIA CEMENTI S.P.A.", "B2B", False, "company", 2, (300, 6000), CO_INFO)
add("ESSELUNGA S.P.A.", "B2B", False, "company", 2, (300, 5000), CO_INFO)
add("COOP LOMBARDIA SOC. COOP.", "B2B", False, "cooperative", 2, (200, 4000), CO_INFO)
add("SIAD S.P.A.", "B2B", False, "company", 2, (300, 6000), CO_INFO)
add("HUMANITAS GAVAZZENI S.P.A.", "B2B", False, "private_hospital", 2, (300, 6000), CO_INFO)
add("UNIVERSITA' CATTOLICA DEL SACRO CUORE", "B2B", False, "private_university", 1, (400, 5000), CO_INFO)
add("FONDAZIONE ANGELO CUSTODE ONLUS", "B2B", False, "nonprofit", 1, (200, 2500), CO_INFO)
add("CROCE ROSSA ITALIANA - COMITATO DI BERGAMO ODV", "B2B", False, "nonprofit", 1, (200, 2000), CO_INFO)
add("PARROCCHIA DI SANT'ALESSANDRO IN COLONNA", "B2B", False, "religious_org", 1, (100, 900), CO_INFO)
add("CONDOMINIO RESIDENZA I GLICINI", "B2B", False, "homeowners_association", 1, (80, 600),
    ["SALDO FT {f} ARMADIETTO CONTATORI"])
add("FERRAMENTA ROTA DI ROTA GIOVANNI", "B2B", False, "sole_trader", 2, (80, 1500), CO_INFO)
add("STUDIO LEGALE AVV. PAOLA COLOMBO", "B2B", False, "lawyer", 2, (150, 2500), CO_INFO)
add("STUDIO DENTISTICO DR. LUCA PESENTI", "B2B", False, "medical_practice", 1, (200, 3000), CO_INFO)
add("LOCATELLI IMPIANTI SRL", "B2B", False, "company", 2, (100, 2000), CO_INFO)
add("CORTINOVIS & GHISLENI S.N.C.", "B2B", False, "company", 2, (100, 2000), CO_INFO)
add("ITALTRANS S.P.A.", "B2B", False, "company", 2, (200, 4000), CO_INFO)
add("SACBO S.P.A.", "B2B", False, "company", 2, (300, 5000), CO_INFO)
add("PIGNA S.P.A.", "B2B", False, "company", 2, (200, 3000), CO_INFO)
add("STUDIO COMMERCIALISTA DOTT. GIANNI MORONI", "B2B", False, "accountant", 2, (100, 1800), CO_INFO)
# ambiguous B2B
add("POSTE ITALIANE S.P.A.", "B2B", True, "state_owned_company_procurement", 2, (500, 8000),
    ["FT {f} CIG 9{cig} ACCORDO QUADRO"], "BPPIITRR")
add("RFI - RETE FERROVIARIA ITALIANA S.P.A.", "B2B", True, "state_owned_company_procurement", 1,
    (500, 7000), ["PAGAMENTO FT {f} CIG 8{cig} - CONTRATTO APPLICATIVO"])
add("FAO - FOOD AND AGRICULTURE ORGANIZATION OF THE UN", "B2B", True, "international_org", 1,
    (800, 6000), ["PO 3{m} INV {f} VAT EXEMPT"], "BCITITMM")
add("FONDAZIONE TEATRO DONIZETTI", "B2B", True, "state_founded_foundation", 1, (300, 3000), CO_INFO)
add("GHILARDI MARCO", "B2B", True, "person_paying_company_invoice", 1, (200, 1500),
    ["SALDO FATT. {f} GHILARDI IMPIANTI SRL"], mode="inst")
add("BELOTTI SARA", "B2B", True, "private_person_resale", 1, (600, 2000),
    ["ACCONTO 12 SEDIE PER IL MIO NEGOZIO"], mode="inst")
add("SIAD S.P.A.", "B2B", True, "company_household_item", 1, (110, 160),
    ["FT {f} 1 MACCHINA CAFFE LAVAZZA"])

# ---- B2C ----
PERS = ["ROSSI MARIA", "BIANCHI LUCA", "Colombo Giulia", "PESENTI ANDREA", "ROTA FRANCESCA",
        "LOCATELLI MATTEO", "GAMBA CHIARA", "CARMINATI PAOLO", "GHISLENI ELENA", "MANZONI DAVIDE",
        "Cortinovis Alessia", "MAZZOLENI STEFANO", "FERRARI GIORGIA", "RICCI FEDERICO",
        "MARCHESI SILVIA", "BRIGNOLI ROBERTO", "TESTA VALENTINA", "Previtali Simone", "SALVI ANNA",
        "BONACINA GIANLUCA"]
P_INFO = ["ACQUISTO SEDIA ERGONOMICA", "SALDO PREVENTIVO PC", "ACCONTO SCRIVANIA", "STAMPANTE",
          "PAGAMENTO FATTURA {f}", "MONITOR", "", "SCRIVANIA CAMERETTA", "NOTEBOOK LENOVO"]
for nm in PERS:
    add(nm, "B2C", False, "private_person", rng.choice([1, 2, 2]), (40, 1400), P_INFO,
        mode=rng.choice(["inst", "inst", "beu"]))
# ambiguous B2C
add("", "B2C", True, "card_acquiring_payout", 8, (150, 1800), [""], mode="pos")
add("SATISPAY EUROPE S.A.", "B2C", True, "payment_app_payout", 3, (60, 600),
    ["SATISPAY SETTLEMENT {d}"], "SATYLUL1")
add("", "B2C", True, "cash_deposit_takings", 3, (150, 1200), [""], mode="cash")
add("G. B.", "B2C", True, "thin_record", 1, (50, 300), ["SALDO"], mode="inst")
add("MAFFEIS LORENZO", "B2C", True, "private_person_bulk", 1, (1500, 2200),
    ["25 CHIAVETTE USB + 25 MOUSE"], mode="inst")


def rnd(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def rndx(n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


events = [p for p in P for _ in range(p["n"])]
start = date(2025, 3, 3)
end = date(2025, 6, 30)
span = (end - start).days
dated = []
for p in events:
    d = start + timedelta(days=rng.randint(0, span))
    if d.weekday() >= 5:
        d -= timedelta(days=d.weekday() - 4)
    dated.append((d, p))
dated.sort(key=lambda x: (x[0], x[1]["payer"]))

rows = []
for d, p in dated:
    lo, hi = p["amt"]
    amt = round(rng.uniform(lo, hi), 2)
    dd = (d - timedelta(days=rng.randint(20, 70))).strftime("%d/%m/%Y")
    info = rng.choice(p["infos"]).format(f=rng.randint(40, 420), d=dd, m=rnd(6), cig=rndx(9))
    bic = p["bic"] or rng.choice(TESO + ["UNCRITMM", "BCITITMM", "ICRAITRR"])
    if p["mode"] == "pos":
        op = "Accredito transato POS"
        det = (f"ACCREDITO TRANSATO POS DEL {(d - timedelta(days=1)).strftime('%d/%m/%Y')} "
               f"ESERCENTE 0{rnd(9)} PAGOBANCOMAT/VISA/MASTERCARD")
        cat = "Altre entrate"
    elif p["mode"] == "cash":
        op = "Versamento contanti su sportello automatico"
        det = f"VERSAMENTO CONTANTI SU ATM {rnd(4)} FIL. BERGAMO VIA CAMOZZI"
        cat = "Altre entrate"
    elif p["mode"] == "inst":
        op = "Accredito bonifico istantaneo"
        det = (f"COD. DISP.: {rnd(16)} Bonifico istantaneo a vostro favore disposto da: MITT.: "
               f"{p['payer']} BENEF.: {BENEF} BIC. ORD.: {bic}" + (f" INFO: {info}" if info else ""))
        cat = "Bonifici ricevuti"
    else:
        op = "Accredito beu con contabile"
        det = (f"COD. DISP.: {rnd(16)} CASH Bonifico a vostro favore disposto da: MITT.: "
               f"{p['payer']} BENEF.: {BENEF} BIC. ORD.: {bic}" + (f" INFO: {info}" if info else ""))
        cat = "Bonifici ricevuti"
    rows.append([datetime(d.year, d.month, d.day), op, det, ACCOUNT, "CONTABILIZZATO", cat, "EUR", amt,
                 (p["label"], p["amb"], p["kind"], p["country"])])

rows.reverse()  # newest first
for r in rows[:3]:
    r[4] = "NON CONTABILIZZATO"
labels = [r[-1] for r in rows]

wb = Workbook()
ws = wb.active
ws.title = "Lista Operazione"
meta = {1: ["Lista operazioni"], 3: ["Intestatario", None, BENEF], 7: ["Rapporto", None, ACCOUNT],
        9: ["Saldo contabile", None, None], 12: ["Tipo operazioni", None, "Entrate"],
        16: ["Periodo", "Dal", "03/03/2025"], 17: [None, "Al", "30/06/2025"]}
for i in range(1, 19):
    ws.append(meta.get(i, []))
ws.append(["Data", "Operazione", "Dettagli", "Conto o carta", "Contabilizzazione", "Categoria", "Valuta",
           "Importo"])
for r in rows:
    ws.append(r[:-1])
for row in ws.iter_rows(min_row=20, min_col=1, max_col=1):
    for cell in row:
        cell.number_format = "dd/mm/yyyy"
C.LAYOUTS.mkdir(parents=True, exist_ok=True)
out = C.LAYOUTS / f"{LAYOUT_ID}.xlsx"
C.save_xlsx_fixed(wb, out)

C.write_labels(LAYOUT_ID, labels)
C.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Intesa Sanpaolo internet banking - Lista operazioni del conto, 'Scarica Excel' "
              "(newer layout, sheet 'Lista Operazione'), filtered to incoming movements",
    "country": "IT",
    "language": "it",
    "docs": [
        "Jacotsu/ofxstatement-intesasp (src/ofxstatement/plugins/intesaSP.py): the newer Intesa "
        "export has a sheet 'Lista Operazione'; account number in C7 as '<word> 1000/000xxxxx', "
        "optional period dates in C16/C17 as dd/mm/yyyy, movements from row 20 in columns A-H "
        "(data, operazione, dettagli, conto_carta, contabilizzazione, categoria, valuta, importo) "
        "with Data as a date, newest first, 'NON CONTABILIZZATO' rows for not yet booked "
        "movements; category names such as 'Bonifici ricevuti'; older layout 'Lista Movimenti' had "
        "operation names like 'Accredito beu con contabile', 'Accredito bonifico istantaneo', "
        "'Versamento contanti su sportello automatico'",
        "silvio-dacol/matapan crates/data/bank_statement_parsers/intesa_sanpaolo (README, "
        "transactions.rs): 'Scarica Excel' from the Conto page; header texts 'Data', 'Operazione', "
        "'Dettagli', a column containing 'conto'/'carta', 'Valuta', 'Importo' (signed amount)",
    ],
    "fields": {"buyer": "Dettagli", "product": None, "quantity": None, "amount": "Importo",
               "tax_id": None, "email": None, "payment": "Operazione", "comment": None},
    "also_ok": {"comment": ["Dettagli"], "payment": ["Categoria"]},
    "notes": "XLSX, sheet 'Lista Operazione': rows 1-18 hold account metadata (holder, 'Rapporto' "
             "with the account in C7, operation type 'Entrate', period in C16/C17), header on Excel "
             "row 19 -> pd.read_excel(path, sheet_name='Lista Operazione', header=18). One row per "
             "incoming movement, newest first, no totals row. The payer is inside 'Dettagli' after "
             "'MITT.:' (ordering party) and before 'BENEF.:' (the account holder itself, not a "
             "buyer); the free remittance text follows 'INFO:' (invoice number, CIG code, "
             "'SCISSIONE PAGAMENTI' for public administrations paying net of VAT, or what was "
             "bought). Rows with 'Accredito transato POS' are card-acquiring settlements, "
             "'Versamento contanti' deposits of cash takings, SATISPAY EUROPE S.A. transfers are "
             "payment-app payouts: none names a buyer. The first three rows are 'NON "
             "CONTABILIZZATO' (not yet booked). The wording of Dettagli and of the metadata rows is "
             "modelled on Italian bank remittance text; the column layout follows the documented "
             "export.",
})
print(out, len(rows), "rows")
