"""kc_pt_cgd_caixadirecta_extrato: Caixa Geral de Depósitos, Caixadirecta Empresas
"Consultar extrato" CSV export, filtered to credit movements (incoming payments).

Layout as CGD writes it: Windows-1252, ';' separated, CRLF, a title line
"Consultar extrato - <dd-mm-aaaa> : <conta>", key/value lines with a space before ';'
(Nome empresa, NIF, Conta, Intervalo de, Tipos de movimento, Saldo contabilístico Inicial/final),
a blank line, then the header "Data mov. ;Data valor ;Origem ;Descrição ;Movimento ;Estorno ;
Saldo contabilístico após movimento ;" and one line per movement, newest first, text cells with a
trailing space, Origem either "SIBS " or the branch code written as a quoted Excel text formula,
Portuguese number format (1.234,56), empty Estorno cell of two spaces, trailing ';'. The description
is the bank's short text (about 21 characters), so payer names are cut.

Seller: a Braga IT equipment and services company (Lda) selling to municipalities, schools, the
university, hospitals, companies and private customers (transfers, MB WAY, card terminal, cash).
"""
from datetime import date, timedelta

from kc_common import LAYOUTS, KEY, rng, pt_nif, write_labels, write_key, money

ID = "kc_pt_cgd_caixadirecta_extrato"
R = rng(120503)
DESC_MAX = 21
ACCOUNT = "0350001487230"
SELLER = "MINHOTEC - SISTEMAS INFORMATICOS, LDA"
SELLER_NIF = pt_nif(51483920)
START = date(2025, 1, 2)
END = date(2025, 3, 31)

# payer, kind, label, amb, country, (lo, hi), count, channel
PUBLIC = [
    ("MUNICIPIO DE BRAGA", "municipality", (180, 6200), 4),
    ("MUNICIPIO DE GUIMARAES", "municipality", (150, 4800), 3),
    ("MUNICIPIO DE BARCELOS", "municipality", (120, 3500), 3),
    ("MUNICIPIO DE VILA VERDE", "municipality", (90, 2200), 2),
    ("MUNICIPIO DE ESPOSENDE", "municipality", (90, 1800), 2),
    ("MUNICIPIO DE AMARES", "municipality", (80, 1500), 2),
    ("AGRUP ESCOLAS SA DE MIRANDA", "public_school", (60, 1900), 3),
    ("AGRUPAMENTO ESCOLAS CARLOS AMARANTE", "public_school", (60, 1700), 2),
    ("AE MAXIMINOS BRAGA", "public_school", (50, 1200), 2),
    ("ESC SEC ALBERTO SAMPAIO", "public_school", (80, 2400), 2),
    ("UNIVERSIDADE DO MINHO", "public_university", (250, 7800), 4),
    ("INST POLITECNICO DO CAVADO E AVE", "public_university", (200, 4200), 2),
    ("ULS DE BRAGA EPE", "public_hospital", (300, 8900), 3),
    ("ULS ALTO AVE EPE", "public_hospital", (250, 5200), 2),
    ("UF DE BRAGA SAO JOSE DE SAO LAZARO", "parish_council", (60, 900), 2),
    ("JUNTA DE FREGUESIA DE NOGUEIRO", "parish_council", (50, 700), 1),
    ("CIM DO CAVADO", "intermunicipal_body", (300, 3600), 2),
    ("IGFEJ IP", "courts_agency", (200, 2900), 2),
    ("GNR COMANDO TERRITORIAL BRAGA", "police", (120, 1600), 1),
    ("REGIMENTO DE CAVALARIA N 6", "armed_forces", (150, 2200), 2),
    ("INSTITUTO DA SEGURANCA SOCIAL IP", "state_agency", (200, 2500), 1),
    ("TUB TRANSPORTES URBANOS DE BRAGA EM", "municipal_enterprise", (150, 1900), 2),
    ("CP COMBOIOS DE PORTUGAL EPE", "state_enterprise", (300, 2400), 1),
]
BUSINESS = [
    ("BOSCH CAR MULTIMEDIA PORTUGAL SA", "company", (400, 9500), 3),
    ("PRIMAVERA BUSINESS SOFTWARE SOLUTIONS SA", "company", (300, 5200), 2),
    ("DST SA", "company", (250, 4100), 2),
    ("CONSTRUCOES GABRIEL A S COUTO SA", "company", (200, 3900), 2),
    ("CONTABRAGA CONTABILIDADE LDA", "company", (80, 1400), 3),
    ("FARMACIA CENTRAL DE BRAGA LDA", "company", (60, 1100), 2),
    ("CLINICA DENTARIA SORRISO DO MINHO LDA", "company", (80, 1500), 2),
    ("MOURA & ASSOCIADOS SOC ADVOGADOS SP RL", "company", (90, 2200), 2),
    ("HOTELEIRA DO MINHO SA", "company", (150, 2600), 2),
    ("TEXTEIS J F ALMEIDA SA", "company", (200, 3200), 2),
    ("SANTA CASA DA MISERICORDIA DE BRAGA", "charity", (100, 2400), 2),
    ("ASSOCIACAO COMERCIAL DE BRAGA", "association", (80, 1300), 1),
    ("SPORTING CLUBE DE BRAGA FUTEBOL SAD", "company", (200, 4800), 2),
    ("COLEGIO D DIOGO DE SOUSA", "private_school", (100, 2100), 2),
    ("UNIVERSIDADE CATOLICA PORTUGUESA", "private_university", (150, 2900), 2),
    ("CTT CORREIOS DE PORTUGAL SA", "company", (120, 1400), 1),
    ("AGUAS DO NORTE SA", "state_owned_company", (150, 2200), 2),
    ("CAFE AVENIDA UNIPESSOAL LDA", "company", (40, 650), 2),
    ("OFICINA AUTO RIO ESTE LDA", "company", (50, 900), 2),
    ("ELECTRO MINHO LDA", "reseller", (300, 3800), 3),
    ("IMOBILIARIA SE DE BRAGA LDA", "company", (60, 1200), 2),
    ("TRANSPORTES ARCO DE BAIXO LDA", "company", (120, 2300), 2),
    ("ESCOLA DE CONDUCAO AVENIDA LDA", "company", (50, 900), 1),
    ("CENTRO SOCIAL PAROQUIAL DE MAXIMINOS", "charity", (80, 1100), 1),
]
NOMES_M = ["JOSE", "ANTONIO", "JOAO", "MANUEL", "RUI", "PEDRO", "NUNO", "TIAGO", "RICARDO", "PAULO", "CARLOS",
           "MIGUEL", "BRUNO", "HUGO", "DIOGO", "LUIS", "ANDRE", "FILIPE"]
NOMES_F = ["MARIA", "ANA", "SOFIA", "INES", "CATARINA", "JOANA", "PATRICIA", "RITA", "SANDRA", "CLAUDIA",
           "MARTA", "SARA", "DANIELA", "FATIMA", "HELENA", "SUSANA"]
APELIDOS = ["SILVA", "SANTOS", "FERREIRA", "PEREIRA", "OLIVEIRA", "COSTA", "RODRIGUES", "MARTINS", "JESUS",
            "SOUSA", "FERNANDES", "GONCALVES", "GOMES", "LOPES", "MARQUES", "ALVES", "ALMEIDA", "RIBEIRO",
            "PINTO", "CARVALHO", "TEIXEIRA", "MOREIRA", "CORREIA", "MENDES", "MACHADO", "BRAGA", "AZEVEDO"]


def pt_money(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pname():
    f = R.random() < 0.5
    first = R.choice(NOMES_F if f else NOMES_M)
    mid = R.choice(APELIDOS)
    last = R.choice(APELIDOS)
    style = R.random()
    if style < 0.4:
        return f"{first} {mid[0]} {last}"
    if style < 0.7:
        return f"{first} {mid} {last}"
    return f"{first} {last}"


def rday(weekday_only=True):
    while True:
        d = START + timedelta(days=R.randint(0, (END - START).days))
        if not weekday_only or d.weekday() < 5:
            return d


credits = []


def add_credit(d, desc, origem, amt, label, kind, amb, country="PT", dval=None):
    credits.append(dict(d=d, dval=dval or d, desc=desc[:DESC_MAX], origem=origem, amt=money(amt),
                        label=label, kind=kind, amb=amb, country=country))


def channel_for_org():
    if R.random() < 0.85:
        return "TFI ", "SIBS "
    return "TRF ", '"=""0%s"""' % R.choice(["350", "351", "176", "402"])


for name, kind, (lo, hi), n in PUBLIC:
    for _ in range(n):
        pre, org = channel_for_org()
        add_credit(rday(), pre + name, org, R.uniform(lo, hi), "B2G", kind, False)
for name, kind, (lo, hi), n in BUSINESS:
    for _ in range(n + R.randint(0, 1)):
        pre, org = channel_for_org()
        add_credit(rday(), pre + name, org, R.uniform(lo, hi), "B2B", kind, False)
# international organisation (intergovernmental lab in Braga)
for _ in range(2):
    add_credit(rday(), "TFI INL INTERNATIONAL IBERIAN NANOTECHNOLOGY LAB", "SIBS ", R.uniform(400, 5200), "B2B",
               "international_org", True)
# sole traders paying from their own name (business customers known to the seller)
for nm in ["ANTONIO J S MACHADO", "FILIPE M GOMES", "SUSANA R PINTO"]:
    for _ in range(R.choice([1, 2])):
        add_credit(rday(), "TFI " + nm, "SIBS ", R.uniform(120, 1400), "B2B", "sole_trader", True)
# private customers: transfers and MB WAY
for _ in range(50):
    nm = pname()
    if R.random() < 0.55:
        add_credit(rday(False), "MBWAY " + nm, "SIBS ", R.uniform(15, 420), "B2C", "private_person", False)
    else:
        pre, org = ("TFI ", "SIBS ") if R.random() < 0.8 else ("TRF ", '"=""0350"""')
        add_credit(rday(), pre + nm, org, R.uniform(90, 1450), "B2C", "private_person", False)
# card terminal settlements (no buyer) and cash deposits of shop takings
tpa = "0" + "".join(str(R.randint(0, 9)) for _ in range(7))
for _ in range(13):
    d = rday()
    add_credit(d, f"CRED TPA {tpa}", "SIBS ", R.uniform(60, 980), "B2C", "card_acquiring_payout", True,
               dval=d + timedelta(days=1 if d.weekday() < 4 else 3))
for _ in range(4):
    add_credit(rday(), "DEP NUMERARIO", '"=""0350"""', R.uniform(80, 640), "B2C", "cash_takings_deposit", True)

# hidden debits to keep a realistic running balance (not exported: filter = credits)
debits = []
for m in (1, 2, 3):
    debits.append((date(2025, m, 24), 14850.00 + R.uniform(-300, 300)))   # salaries
    debits.append((date(2025, m, 20), 5100.00 + R.uniform(-400, 400)))    # TSU / IRS withholding
    for _ in range(R.randint(14, 20)):
        debits.append((date(2025, m, R.randint(1, 28)), R.uniform(150, 6800)))  # suppliers
debits.append((date(2025, 2, 17), 9870.40))   # IVA Q4

events = [(c["d"], 0, i, c["amt"]) for i, c in enumerate(credits)] + \
         [(d, 1, i, -money(a)) for i, (d, a) in enumerate(debits)]
events.sort(key=lambda e: (e[0], e[1], e[2]))
run = 0.0
low = 0.0
for d, kind, i, amt in events:
    run += amt
    low = min(low, run)
opening = money(9412.18 - low + R.uniform(0, 4000))
bal = opening
for d, kind, i, amt in events:
    bal = money(bal + amt)
    if kind == 0:
        credits[i]["bal"] = bal
closing = bal

order = sorted(range(len(credits)), key=lambda i: (credits[i]["d"], i), reverse=True)
lines = [
    f"Consultar extrato - 07-04-2025 : {ACCOUNT}",
    f"Nome empresa ;{SELLER}",
    f"NIF ;{SELLER_NIF}",
    f"Conta ;{ACCOUNT} - EUR - Conta Extracto",
    "Intervalo de ;01-01-2025 a 31-03-2025",
    "Tipos de movimento ;Créditos",
    f"Saldo contabilístico Inicial ;{pt_money(opening)}",
    f"Saldo contabilístico final ;{pt_money(closing)}",
    "",
    "Data mov. ;Data valor ;Origem ;Descrição ;Movimento ;Estorno ;Saldo contabilístico após movimento ;",
]
labels = []
for i in order:
    c = credits[i]
    lines.append(f"{c['d'].strftime('%d-%m-%Y')};{c['dval'].strftime('%d-%m-%Y')};{c['origem']};{c['desc']} ;"
                 f"{pt_money(c['amt'])};  ;{pt_money(c['bal'])};")
    labels.append(dict(row=len(labels), label=c["label"], ambiguous=c["amb"], kind=c["kind"], country=c["country"]))
with open(LAYOUTS / f"{ID}.csv", "w", encoding="cp1252", newline="") as f:
    f.write("\r\n".join(lines) + "\r\n")

write_labels(KEY / f"{ID}.labels.csv", labels)
write_key(KEY / f"{ID}.json", {
    "id": ID,
    "system": "Caixa Geral de Depósitos - Caixadirecta Empresas, 'Consultar extrato' exported to CSV "
              "(Excel icon), movement type filter set to credits",
    "country": "PT",
    "language": "pt",
    "docs": [
        "MrJamesThe3rd/finny internal/importer/cgd parser tests: the Caixadirecta Empresas 'Consultar extrato' "
        "file: title 'Consultar extrato - dd-mm-aaaa : <conta>', lines 'Nome empresa ;', 'NIF ;', 'Conta ;<conta> "
        "- EUR - Conta Extracto', 'Intervalo de ;dd-mm-aaaa a dd-mm-aaaa', 'Tipos de movimento ;Todos', 'Saldo "
        "contabilístico Inicial ;' / 'final ;', blank line, header 'Data mov. ;Data valor ;Origem ;Descrição "
        ";Movimento ;Estorno ;Saldo contabilístico após movimento ;', rows with signed 'Movimento', Origem 'SIBS ' "
        "or '\"=\"\"0003\"\"\"', Estorno '  ', trailing ';'; Windows-1252 encoding",
        "other public CGD parsers (Caixadirecta personal export, profitpulse test fixtures, bank.js comments): "
        "';' separator with a space before it, trailing spaces in text cells, dd-mm-aaaa dates, Portuguese "
        "number format 1.234,56, newest movement first, CRLF; descriptions cut at about 21 characters "
        "(e.g. 'INSTITUTO GESTAO FINA')",
        "the movement-type value 'Créditos' (instead of 'Todos') is this file's filter choice; the short "
        "description prefixes (TFI = incoming interbank transfer, TRF, MBWAY, CRED TPA, DEP NUMERARIO) follow "
        "the style of the samples but the exact wording is assumed",
    ],
    "fields": {"buyer": "Descrição ", "product": None, "quantity": None, "amount": "Movimento ", "tax_id": None,
               "email": None, "payment": None, "comment": None},
    "also_ok": {},
    "notes": "Bank statement of incoming movements only. 9 lines above the header (title, 7 key/value lines, "
             "blank). Header cells end with a space ('Descrição ', 'Movimento ', ...) and every line ends with ';' "
             "(pandas shows an extra unnamed last column). Read with sep=';', encoding='cp1252', skiprows=9, "
             "decimal=',', thousands='.'. The payer is only in 'Descrição ': a channel prefix (TFI/TRF/MBWAY) and "
             "the payer name cut at 21 characters; 'CRED TPA <terminal>' lines are card-terminal settlements and "
             "'DEP NUMERARIO' cash deposits, both without a buyer. 'Saldo contabilístico após movimento ' is the "
             "account balance after the movement including debits that the credit filter hides, so it does not "
             "add up from the listed lines. The NIF line is the seller's own tax number, not a buyer's.",
})
print(ID, len(credits), "records")
