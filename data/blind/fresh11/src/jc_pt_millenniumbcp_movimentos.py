"""Generator: jc_pt_millenniumbcp_movimentos

Imitates the Excel download of account movements from Millennium bcp online
banking (business account of a Braga IT / office-equipment supplier),
filtered to credits.  A few metadata rows (bank, 'Conta', period, filter)
with blank rows in between stand above the header
'Data Lançamento | Data Valor | Descrição | Montante | Saldo Contabilistico |
Moeda | Notas | Tratado'; dates are dd/mm/yyyy text, amounts numbers,
newest movement first.  Incoming transfers read 'TRF. P/O  <ordenante>'
truncated by the bank; 'Notas' is the user's own annotation.

Seeded: rebuilds the workbook and key files identically.
"""
import random
import sys
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
import jc_common as C  # noqa: E402

LAYOUT_ID = "jc_pt_millenniumbcp_movimentos"
SEED = 11_2025_03
rng = random.Random(SEED)

# (descr_payer, label, amb, kind, country, n, amount range, notes options)
P = []


def add(payer, label, amb, kind, n=1, amt=(80, 3000), notes=(), prefix="TRF. P/O  ", country="PT"):
    P.append(dict(payer=payer, label=label, amb=amb, kind=kind, n=n, amt=amt, notes=list(notes),
                  prefix=prefix, country=country))


FT = ["FT 2025/{n}", "Fatura FT A/{n}", "FT{n}", "", "", ""]

# ---- B2G ----
add("MUNICIPIO DE BRAGA", "B2G", False, "municipality", 8, (300, 9000), FT)
add("MUNICIPIO DE GUIMARAES", "B2G", False, "municipality", 4, (200, 6000), FT)
add("CAMARA MUNICIPAL DE BARCELOS", "B2G", False, "municipality", 3, (150, 4000), FT)
add("MUNICIPIO VILA NOVA DE FAMALICAO", "B2G", False, "municipality", 3, (200, 5000), FT)
add("MUNICIPIO DE ESPOSENDE", "B2G", False, "municipality", 2, (150, 3000), FT)
add("MUNICIPIO DE AMARES", "B2G", False, "municipality", 1, (150, 2000), FT)
add("JUNTA FREGUESIA SAO VICTOR", "B2G", False, "parish_council", 2, (80, 900), FT)
add("UNIVERSIDADE DO MINHO", "B2G", False, "public_university", 7, (300, 12000), FT)
add("INSTITUTO POLITECNICO CAVADO E AVE", "B2G", False, "public_polytechnic", 2, (200, 4000), FT)
add("ULS DE BRAGA EPE", "B2G", False, "public_hospital", 4, (400, 15000), FT)
add("ULS DO ALTO MINHO EPE", "B2G", False, "public_hospital", 2, (300, 6000), FT)
add("AGRUP ESCOLAS CARLOS AMARANTE", "B2G", False, "public_school", 3, (100, 2500), FT)
add("ESCOLA SECUNDARIA SA DE MIRANDA", "B2G", False, "public_school", 2, (100, 2000), FT)
add("AGRUPAMENTO ESCOLAS ALBERTO SAMPAIO", "B2G", False, "public_school", 2, (100, 1800), FT)
add("EXERCITO PORTUGUES RC6", "B2G", False, "armed_forces", 2, (300, 5000), FT)
add("GNR COMANDO TERRITORIAL DE BRAGA", "B2G", False, "police", 2, (200, 3000), FT)
add("IGFEJ IP", "B2G", False, "courts_agency", 2, (200, 4000), ["Tribunal Judicial Comarca Braga", ""])
add("AUTORIDADE TRIBUTARIA E ADUANEIRA", "B2G", False, "tax_authority", 1, (300, 2500), FT)
add("IEFP IP", "B2G", False, "public_agency", 2, (200, 3500), FT)
add("CCDR NORTE IP", "B2G", False, "public_agency", 1, (300, 3000), FT)
add("INSTITUTO DA SEGURANCA SOCIAL IP", "B2G", False, "public_agency", 2, (300, 4000), FT)
add("CP COMBOIOS DE PORTUGAL EPE", "B2G", False, "state_enterprise_epe", 1, (500, 6000), FT)
add("CONSULADO GERAL DE ESPANHA NO PORTO", "B2G", False, "consulate", 1, (150, 900), FT, country="ES")
add("AGRUP ESCOLAS DE MAXIMINOS", "B2G", True, "public_school_household_item", 1, (25, 40),
    ["1 chaleira eletrica sala professores"])
add("JUNTA FREGUESIA DE TADIM", "B2G", True, "parish_council_household_item", 1, (90, 130),
    ["micro-ondas Teka p/ sede junta"])

# ---- B2B ----
add("BOSCH CAR MULTIMEDIA PORTUGAL S A", "B2B", False, "company", 7, (500, 15000), FT)
add("PRIMAVERA BUSINESS SOFTWARE SOLUT", "B2B", False, "company", 4, (300, 6000), FT)
add("DST SA", "B2B", False, "company", 4, (300, 8000), FT)
add("CASAIS ENGENHARIA E CONSTRUCAO S", "B2B", False, "company", 3, (300, 7000), FT)
add("CONTINENTE HIPERMERCADOS SA", "B2B", False, "company", 2, (200, 4000), FT)
add("FARMACIA CENTRAL DE BRAGA LDA", "B2B", False, "company", 2, (80, 1200), FT)
add("TROFA SAUDE HOSPITAL SA", "B2B", False, "private_hospital", 2, (300, 5000), FT)
add("UNIVERSIDADE CATOLICA PORTUGUES", "B2B", False, "private_university", 2, (300, 5000), FT)
add("SANTA CASA DA MISERICORDIA DE B", "B2B", False, "nonprofit", 2, (150, 2500), FT)
add("CRUZ VERMELHA PORTUGUESA", "B2B", False, "nonprofit", 1, (150, 1500), FT)
add("FABRICA DA IGREJA PAROQUIAL DA", "B2B", False, "religious_org", 1, (80, 700), FT)
add("CONDOMINIO EDIFICIO AVENIDA CEN", "B2B", False, "homeowners_association", 1, (80, 600), FT)
add("JOSE MANUEL FARIA UNIPESSOAL L", "B2B", False, "company", 2, (80, 1500), FT)
add("GABINETE CONTABILIDADE SOUSA", "B2B", False, "company", 2, (80, 1800), FT)
add("CLINICA DENTARIA SORRISO LDA", "B2B", False, "company", 1, (200, 2000), FT)
add("NOVO BANCO SA", "B2B", False, "company", 1, (500, 6000), FT)
add("LACTOGAL PRODUTOS ALIMENTARES SA", "B2B", False, "company", 2, (300, 5000), FT)
add("SONAE MC SERVICOS PARTILHADOS", "B2B", False, "company", 2, (300, 4000), FT)
add("IKEA INDUSTRY PORTUGAL SA", "B2B", False, "company", 2, (400, 6000), FT)
add("AUTO SUECO LDA", "B2B", False, "company", 2, (200, 3000), FT)
add("ACCENTURE TECHNOLOGY SOLUTIONS", "B2B", False, "company", 2, (500, 8000), FT)
add("CTT CORREIOS DE PORTUGAL SA", "B2B", False, "company", 1, (200, 3000), FT)
add("PAULO ALEXANDRE LIMA ADVOGADO", "B2B", False, "lawyer", 1, (100, 1500), ["FT 2025/{n} - escritorio"])
# ambiguous B2B
add("AGUAS DO NORTE SA", "B2B", True, "state_owned_company_procurement", 2, (600, 9000),
    ["Proc. 37/2025 CCP - FT 2025/{n}", "Concurso publico 37/2025"])
add("METRO DO PORTO SA", "B2B", True, "state_owned_company_procurement", 1, (800, 7000),
    ["Consulta previa CP-112/2025"])
add("OIM ORGANIZACAO INTERNACIONAL", "B2B", True, "international_org", 1, (500, 4000), FT)
add("FUNDACAO BRACARA AUGUSTA", "B2B", True, "state_founded_foundation", 1, (200, 2500), FT)
add("RUI MIGUEL ANTUNES ALVES", "B2B", True, "person_paying_company_invoice", 1, (200, 1500),
    ["paga FT 2025/{n} da Alves & Filhos Lda"])
add("CARLA SOFIA MOTA RIBEIRO", "B2B", True, "private_person_resale", 1, (900, 2500),
    ["10 tablets - revenda na loja dela"])
add("HOTEL MINHO SA", "B2B", True, "company_household_item", 1, (300, 500),
    ["1 televisor LG 50\""])

# ---- B2C ----
PERSONS = ["ANA RITA SOUSA FERREIRA", "JOAO CARLOS PEREIRA MARTINS", "MARIA JOSE OLIVEIRA COSTA",
           "PEDRO MIGUEL RODRIGUES SILVA", "SOFIA ALEXANDRA GOMES LOPES", "RICARDO JORGE MARQUES",
           "CATARINA ISABEL FERNANDES", "TIAGO FILIPE CARVALHO", "INES MARGARIDA TEIXEIRA ALV",
           "MANUEL ANTONIO MOREIRA", "Beatriz Correia Nunes", "LUIS FILIPE AZEVEDO PINTO",
           "MARTA CRISTINA BARBOSA CUNH", "FRANCISCO JOSE MENDES", "HELENA MARIA CASTRO",
           "NUNO MIGUEL SARAIVA", "DIOGO ANDRE FARIA DIAS", "PATRICIA ANDREIA LEITE",
           "VITOR HUGO ARAUJO SAMPAIO", "CLAUDIA PATRICIA MACHADO", "Jorge Manuel Vieira"]
for nm in PERSONS:
    add(nm, "B2C", False, "private_person", rng.choice([1, 1, 2, 2]), (30, 1200),
        ["", "", "", "portatil", "impressora", "FT 2025/{n}"])
# ambiguous B2C
add("", "B2C", True, "card_acquiring_payout", 6, (150, 1400), [""], prefix="LIQ TPA 2083515 ")
add("", "B2C", True, "cash_deposit_takings", 4, (100, 900), [""], prefix="DEPOSITO NUMERARIO")
add("M J S", "B2C", True, "thin_record", 1, (40, 200), [""])
add("", "B2C", True, "thin_record", 1, (60, 400), [""], prefix="DEPOSITO CHEQUE 0412")
add("ALBERTO PINHO CAMPOS", "B2C", True, "private_person_bulk", 1, (2800, 3200),
    ["20 pens USB + 20 ratos ??"])


def short(s, n=40):
    return s[:n]


events = []
for p in P:
    for _ in range(p["n"]):
        events.append(p)
rng.shuffle(events)

start = date(2025, 3, 3)
end = date(2025, 6, 30)
span = (end - start).days
dated = []
for p in events:
    d = start + timedelta(days=rng.randint(0, span))
    if d.weekday() >= 5:
        d -= timedelta(days=d.weekday() - 4)
    dated.append((d, p))
dated.sort(key=lambda x: x[0])

balance = 18432.17
rows = []
for d, p in dated:
    lo, hi = p["amt"]
    amt = round(rng.uniform(lo, hi), 2)
    # hidden debits between credits keep the running balance realistic
    balance -= round(amt * rng.uniform(0.75, 1.2), 2)
    if balance < 4000:
        balance += 6000.0
    balance = round(balance + amt, 2)
    if p["prefix"].startswith("LIQ TPA"):
        desc = f"{p['prefix']}{(d - timedelta(days=1)).strftime('%d/%m')}"
    elif p["prefix"].startswith("DEPOSITO"):
        desc = p["prefix"]
    else:
        desc = short(p["prefix"] + p["payer"])
    note = rng.choice(p["notes"]).format(n=rng.randint(60, 480)) if p["notes"] else ""
    vd = d if rng.random() < 0.9 else d - timedelta(days=1)
    rows.append([d.strftime("%d/%m/%Y"), vd.strftime("%d/%m/%Y"), desc, amt, balance, "EUR",
                 note or None, "Sim" if note else "Não", (p["label"], p["amb"], p["kind"], p["country"])])

rows.reverse()  # newest first, as the bank lists them
labels = [r[-1] for r in rows]

wb = Workbook()
ws = wb.active
ws.title = "Movimentos"
ws.append(["Millennium bcp"])
ws.append([])
ws.append(["Conta", None, "0000045781203114 - EUR"])
ws.append([])
ws.append(["Período", None, "03/03/2025 a 30/06/2025"])
ws.append(["Tipo de movimento", None, "Créditos"])
ws.append([])
ws.append(["Data Lançamento", "Data Valor", "Descrição", "Montante", "Saldo Contabilistico", "Moeda",
           "Notas", "Tratado"])
for r in rows:
    ws.append(r[:-1])
C.LAYOUTS.mkdir(parents=True, exist_ok=True)
out = C.LAYOUTS / f"{LAYOUT_ID}.xlsx"
C.save_xlsx_fixed(wb, out)

C.write_labels(LAYOUT_ID, labels)
C.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Millennium bcp online banking (empresas) - consulta de movimentos da conta à ordem, "
              "download Excel, filtered to credits",
    "country": "PT",
    "language": "pt",
    "docs": [
        "Public parser test fixtures for Portuguese bank downloads (code search: parseBCP / parseBPI / "
        "parseBankinter vitest suite): Millennium bcp sheet = metadata rows ('Millennium bcp', "
        "'Conta' with '<account> - EUR') and blank rows above the header 'Data Lançamento, Data Valor, "
        "Descrição, Montante, Saldo Contabilistico, Moeda, Notas, Tratado' (the real file puts the "
        "header at row index 7); dates dd/mm/yyyy as text, Montante and Saldo as numbers, newest "
        "movement first, 'Tratado' = Não/Sim; incoming transfers written 'TRF. P/O  <ordenante>' "
        "(e.g. 'TRF. P/O  MUNICIPIA EMPRESA CARTOGRAF', i.e. truncated by the bank)",
        "The same fixtures for BPI ('TRF SEPA+ INST ... DE CLECE, S.A.', 'TRF CR SEPA+ ... DE <person>') "
        "confirmed that Portuguese business statements carry only the ordering party's name, cut "
        "to the field width, in the description",
    ],
    "fields": {"buyer": "Descrição", "product": None, "quantity": None, "amount": "Montante",
               "tax_id": None, "email": None, "payment": None, "comment": "Notas"},
    "also_ok": {"payment": ["Descrição"]},
    "notes": "XLSX, sheet 'Movimentos': 7 metadata/blank rows (bank name, 'Conta', 'Período', "
             "'Tipo de movimento: Créditos'), header on Excel row 8 -> pd.read_excel(path, "
             "header=7). One row per credit movement, no totals row. Only credits are listed (the "
             "user filtered 'Créditos'), so 'Saldo Contabilistico' still moves with unseen debits. "
             "The payer is only in 'Descrição' after 'TRF. P/O  ' and is truncated to ~40 chars "
             "(e.g. 'SANTA CASA DA MISERICORDIA DE B'). 'LIQ TPA <terminal> <dd/mm>' lines are card "
             "acquiring settlements (no buyer), 'DEPOSITO NUMERARIO' is the deposit of cash "
             "takings, 'DEPOSITO CHEQUE' a cheque of unknown drawer. 'Notas' is the account holder's "
             "own free text (invoice number, what was sold), empty on most rows; 'Tratado' = Sim when "
             "the user annotated/reconciled the movement. The text values of the metadata rows are "
             "approximated; the header and data columns follow the documented layout.",
})
print(out, len(rows), "rows")
