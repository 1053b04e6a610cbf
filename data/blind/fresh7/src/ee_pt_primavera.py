"""PRIMAVERA (Portugal) - lista de documentos de venda (linhas) exportada para Excel."""
import datetime as dt
import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ee_common as C  # noqa: E402

ID = "ee_pt_primavera_documentos_venda"
rnd = random.Random(7404)

HEAD = ["Tipo Doc.", "Série", "N.º Doc.", "Data", "Entidade", "Nome", "N.º Contribuinte", "Email", "Artigo",
        "Descrição", "Quantidade", "Unidade", "Preço Unit.", "Desc. (%)", "Taxa IVA", "Total Líquido",
        "Total Documento", "Modo Pag.", "Cond. Pag.", "Observações"]

P = {
    "PAP": ("Resma papel A4 80g Navigator Universal", "RM", 4.90, "biz"),
    "TON": ("Toner HP 26A CF226A preto", "UN", 89.00, "biz"),
    "PORT": ("Portátil Lenovo ThinkPad E14 Gen 5 i5 16GB 512GB", "UN", 849.00, "biz"),
    "MON": ('Monitor Dell P2423D 24"', "UN", 239.00, "biz"),
    "IMP": ("Impressora multifunções Brother MFC-L2800DW", "UN", 279.00, "biz"),
    "CAD": ("Cadeira de escritório ergonómica Ofiprix Tempo", "UN", 189.00, "biz"),
    "LUV": ("Luvas nitrilo s/ pó, caixa 100 un.", "CX", 5.20, "biz"),
    "GEL": ("Gel desinfetante de mãos 5 L", "UN", 14.90, "biz"),
    "PAPH": ("Papel higiénico industrial, fardo 12 rolos", "FD", 17.50, "biz"),
    "PAST": ("Pasta de arquivo A-Z lombada larga", "UN", 2.35, "biz"),
    "M365": ("Microsoft 365 Business Standard - licença anual", "UN", 140.40, "biz"),
    "BAST": ('Bastidor 19" 42U 600x1000 com montagem', "UN", 1190.00, "rack"),
    "AT": ("Assistência técnica (hora)", "H", 45.00, "svc"),
    "TRP": ("Portes de envio", "UN", 12.50, "svc"),
    "CAFE": ("Máquina de café Delta Q Qool Evolution", "UN", 64.23, "hh"),
    "CHAL": ("Chaleira elétrica Flama 1,7 L", "UN", 20.33, "hh"),
    "FRIG": ("Frigorífico combinado Samsung RB34T600ESA", "UN", 486.99, "hh"),
    "TV": ('Televisor LG 55" 4K UHD 55UR78006LK', "UN", 430.08, "hh"),
    "TLM": ("Smartphone Samsung Galaxy A55 5G 128GB", "UN", 365.04, "hh"),
    "ASP": ("Aspirador robot Roborock Q7 Max", "UN", 324.39, "hh"),
    "MICRO": ("Micro-ondas Teka MWE 225 FI", "UN", 129.27, "hh"),
}
BIZ = [k for k, v in P.items() if v[3] == "biz"]
HH = [k for k, v in P.items() if v[3] == "hh"]

MEN = ["João", "José", "António", "Manuel", "Rui", "Pedro", "Miguel", "Nuno", "Tiago", "Ricardo", "Paulo", "Luís"]
WOMEN = ["Maria", "Ana", "Sofia", "Inês", "Catarina", "Joana", "Marta", "Rita", "Sandra", "Carla", "Beatriz", "Teresa"]
SUR = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
       "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira"]
FREEMAIL = ["gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt", "live.com.pt"]
TR = str.maketrans("áâãàçéêíóôõú", "aaaaceeiooou")


def person():
    g = rnd.choice(MEN + WOMEN)
    s1, s2 = rnd.sample(SUR, 2)
    return g, s1, s2


def pmail(g, s):
    return f"{g.lower().translate(TR)}{rnd.choice(['.', '', '_'])}{s.lower().translate(TR)}{rnd.choice(['', '', str(rnd.randint(70, 99))])}@{rnd.choice(FREEMAIL)}"


COMP = [  # nome, nif, dominio, kind
    ("Sonae MC - Modelo Continente Hipermercados, S.A.", C.pt_nif(rnd, "502"), "sonae.pt", "company"),
    ("NOS Comunicações, S.A.", C.pt_nif(rnd, "502"), "nos.pt", "company"),
    ("Mota-Engil, Engenharia e Construção, S.A.", C.pt_nif(rnd, "509"), "mota-engil.pt", "company"),
    ("Construções Ferreira & Filhos, Lda.", C.pt_nif(rnd, "507"), "construcoesferreira.pt", "company"),
    ("Contabilidade Rodrigues & Associados, Lda.", C.pt_nif(rnd, "508"), "crodrigues.pt", "company"),
    ("Clínica Dentária Sorriso Atlântico, Lda.", C.pt_nif(rnd, "514"), "sorrisoatlantico.pt", "company"),
    ("Restaurante O Marinheiro, Lda.", C.pt_nif(rnd, "510"), "omarinheiro.pt", "company"),
    ("Farmácia Central de Braga, Lda.", C.pt_nif(rnd, "503"), "farmaciacentralbraga.pt", "company"),
    ("Transportes Rápidos do Minho, Lda.", C.pt_nif(rnd, "504"), "trminho.pt", "company"),
    ("Hospital da Luz, S.A.", C.pt_nif(rnd, "504"), "hospitaldaluz.pt", "private_hospital"),
    ("Colégio Moderno, S.A.", C.pt_nif(rnd, "500"), "colegiomoderno.pt", "private_school"),
    ("Universidade Católica Portuguesa", C.pt_nif(rnd, "501"), "ucp.pt", "private_university"),
    ("Caixa Geral de Depósitos, S.A.", "500960046", "cgd.pt", "state_owned_company"),
    ("Santa Casa da Misericórdia do Porto", C.pt_nif(rnd, "500"), "scmp.pt", "charity_ipss"),
    ("Condomínio do Edifício Atlântico", C.pt_nif(rnd, "901"), "gmail.com", "homeowners_association"),
    ("Paróquia de Santa Maria de Belém", C.pt_nif(rnd, "501"), "paroquiabelem.pt", "church"),
    ("Associação Humanitária dos Bombeiros Voluntários de Setúbal", C.pt_nif(rnd, "501"), "bvsetubal.pt", "association"),
]
GOV = [
    ("Município de Lisboa", "500051070", "cm-lisboa.pt", "municipality"),
    ("Município do Porto", "501306099", "cm-porto.pt", "municipality"),
    ("Município de Braga", "506901173", "cm-braga.pt", "municipality"),
    ("Município de Coimbra", "506415082", "cm-coimbra.pt", "municipality"),
    ("Município de Sintra", C.pt_nif(rnd, "5069"), "cm-sintra.pt", "municipality"),
    ("Junta de Freguesia de Arroios", C.pt_nif(rnd, "510"), "jf-arroios.pt", "parish"),
    ("Agrupamento de Escolas de Carcavelos", C.pt_nif(rnd, "600"), "aecarcavelos.pt", "public_school"),
    ("Agrupamento de Escolas D. Maria II, Braga", C.pt_nif(rnd, "600"), "aedmaria2.pt", "public_school"),
    ("Agrupamento de Escolas Garcia de Orta, Porto", C.pt_nif(rnd, "600"), "aegarciadeorta.pt", "public_school"),
    ("Unidade Local de Saúde de Santa Maria, E.P.E.", "508481287", "ulssm.min-saude.pt", "public_hospital"),
    ("Unidade Local de Saúde de São João, E.P.E.", C.pt_nif(rnd, "509"), "ulssjoao.min-saude.pt", "public_hospital"),
    ("Instituto Português de Oncologia do Porto Francisco Gentil, E.P.E.", C.pt_nif(rnd, "506"), "ipoporto.min-saude.pt", "public_hospital"),
    ("Universidade do Porto", "501413197", "up.pt", "public_university"),
    ("Autoridade Tributária e Aduaneira", C.pt_nif(rnd, "600"), "at.gov.pt", "state_agency"),
    ("Polícia de Segurança Pública", C.pt_nif(rnd, "600"), "psp.pt", "police"),
    ("Instituto do Emprego e Formação Profissional, I.P.", C.pt_nif(rnd, "501"), "iefp.pt", "state_agency"),
]
for x in COMP + GOV:
    assert C.pt_nif_valid(x[1]), x
ent = {}


def entidade(key):
    if key not in ent:
        ent[key] = f"C{len(ent) + 1:04d}"
    return ent[key]


def lines_biz(n=None):
    n = n or rnd.choice([1, 2, 2, 3, 3, 4])
    out = []
    for a in rnd.sample(BIZ, n):
        if a in ("PAP", "LUV", "GEL", "PAPH", "PAST"):
            q = rnd.choice([5, 10, 20, 25, 50, 100])
        elif a == "M365":
            q = rnd.choice([3, 5, 10, 15])
        else:
            q = rnd.choice([1, 1, 2, 3, 4, 6])
        out.append((a, q))
    if rnd.random() < 0.3:
        out.append(("TRP", 1))
    return out


orders = []


def add(tipo, entk, nome, nif, email, lines, modo, cond, obs, meta):
    orders.append(dict(tipo=tipo, entk=entk, nome=nome, nif=nif, email=email, lines=lines, modo=modo, cond=cond,
                       obs=obs, meta=meta))


for _ in range(36):
    n, nif, d, kind = rnd.choice(COMP)
    g, s1, _ = person()
    email = f"condominio.edatlantico@{d}" if d == "gmail.com" else rnd.choice(
        [f"contabilidade@{d}", f"compras@{d}", f"geral@{d}", f"{g.lower().translate(TR)}.{s1.lower().translate(TR)}@{d}"])
    r = rnd.random()
    nome = n.upper() if r < 0.1 else (n.replace(", Lda.", " Lda") if r < 0.2 else (n + " " if r < 0.26 else n))
    add(rnd.choice(["FA", "FA", "FA", "FR"]), n, nome, nif, email, lines_biz(),
        rnd.choice(["Transferência bancária", "Transferência bancária", "Cheque", "Multibanco"]),
        rnd.choice(["30 dias", "30 dias", "60 dias", "Pronto pagamento"]),
        rnd.choice(["", "", f"V/ Encomenda n.º {rnd.randint(100, 9999)}", "Entrega no armazém"]),
        ("B2B", False, kind, "PT"))
for _ in range(6):
    g, s1, s2 = person()
    trade = rnd.choice([f"{g} {s1} {s2}", f"{g} {s1} - Arquitetura", f"{g} {s2}, Contabilista Certificado",
                        f"Oficina {s1} - {g} {s1}"])
    add("FA", trade, trade, C.pt_nif(rnd, rnd.choice("123")), pmail(g, s2), lines_biz(rnd.choice([1, 2])),
        "Transferência bancária", "30 dias", "Empresário em nome individual", ("B2B", False, "sole_trader", "PT"))
for _ in range(24):
    n, nif, d, kind = rnd.choice(GOV)
    g, s1, _ = person()
    obs = rnd.choice([f"Compromisso n.º {rnd.randint(1000, 9999)}/2024", f"Requisição n.º {rnd.randint(100, 999)} - Compromisso n.º {rnd.randint(10000, 99999)}",
                      f"Procedimento por ajuste direto n.º AD-{rnd.randint(10, 99)}/2024 - Compromisso n.º {rnd.randint(1000, 9999)}",
                      f"Contrato n.º {rnd.randint(10, 200)}/2024 (CCP)"])
    add("FA", n, n, nif, rnd.choice([f"expediente@{d}", f"aprovisionamento@{d}", f"{g.lower().translate(TR)}.{s1.lower().translate(TR)}@{d}"]),
        lines_biz(), "Transferência bancária", rnd.choice(["60 dias", "90 dias", "30 dias"]), obs, ("B2G", False, kind, "PT"))
add("FA", "Embaixada de Espanha em Lisboa", "Embaixada de Espanha em Lisboa", "", "emb.lisboa@maec.es",
    [("PORT", 2), ("MON", 2)], "Transferência bancária", "30 dias", "Isento de IVA - missão diplomática",
    ("B2G", False, "embassy", "ES"))
for _ in range(16):
    g, s1, s2 = person()
    st = rnd.random()
    nome = f"{g} {s1} {s2}" if st < 0.6 else (f"{s2}, {g}" if st < 0.75 else f"{g} {s1} {s2}".upper())
    add(rnd.choice(["FR", "FS", "FR"]), nome, nome, C.pt_nif(rnd, rnd.choice("12")) if rnd.random() < 0.7 else "",
        pmail(g, s2) if rnd.random() < 0.6 else "", [(rnd.choice(HH), 1)] + ([(rnd.choice(["CHAL", "MICRO"]), 1)] if rnd.random() < 0.2 else []),
        rnd.choice(["Numerário", "Multibanco", "MB WAY", "Cartão de crédito"]), "Pronto pagamento", "",
        ("B2C", False, "private_person", "PT"))
for _ in range(9):
    add("FS", "Consumidor final", "Consumidor final", "999999990", "",
        [(rnd.choice(HH + ["PAP", "GEL", "PAST"]), rnd.choice([1, 1, 2]))],
        rnd.choice(["Numerário", "Multibanco", "MB WAY"]), "Pronto pagamento", "", ("B2C", False, "anonymous_retail", "PT"))

# ambiguous
c = COMP[6]
add("FA", c[0], c[0], c[1], "geral@omarinheiro.pt", [("FRIG", 1)], "Multibanco", "Pronto pagamento", "",
    ("B2B", True, "company_household_item", "PT"))
c = COMP[8]
add("FA", c[0], c[0], c[1], "geral@trminho.pt", [("TV", 1)], "Transferência bancária", "30 dias", "",
    ("B2B", True, "company_household_item", "PT"))
add("FR", "Sandra Pinto Moreira", "Sandra Pinto Moreira", C.pt_nif(rnd, "2"), "sandra.moreira@at.gov.pt",
    [("CAFE", 1), ("MICRO", 1)], "MB WAY", "Pronto pagamento", "Entrega na morada: Rua de Cedofeita 410, 2.º Esq., Porto",
    ("B2C", True, "person_gov_email", "PT"))
add("FR", "Tiago Costa Lopes", "Tiago Costa Lopes", C.pt_nif(rnd, "2"), "tiago.lopes@nos.pt", [("ASP", 1)],
    "Cartão de crédito", "Pronto pagamento", "", ("B2C", True, "person_company_email", "PT"))
t = "Rui Almeida - Canalizações"
add("FS", t, t, C.pt_nif(rnd, "1"), "ruialmeida.canalizacoes@sapo.pt", [("TV", 1)], "Cartão de crédito",
    "Pronto pagamento", "Pago com cartão pessoal", ("B2B", True, "sole_trader_personal_card", "PT"))
add("FA", "Águas do Norte, S.A.", "Águas do Norte, S.A.", C.pt_nif(rnd, "513"), "aprovisionamento@adnorte.pt",
    [("PORT", 15), ("MON", 15), ("M365", 15)], "Transferência bancária", "60 dias",
    "Contrato n.º 2024/AdN/117 celebrado ao abrigo do Código dos Contratos Públicos (setores especiais)",
    ("B2B", True, "state_owned_company_procurement", "PT"))
add("FA", "EMSA", "Agência Europeia da Segurança Marítima (EMSA)", "", "procurement@emsa.europa.eu",
    [("CAD", 10), ("MON", 10)], "Transferência bancária", "30 dias", "Isento de IVA - organismo da União Europeia",
    ("B2B", True, "international_org", "PT"))
add("FA", "EUDA", "Agência da União Europeia sobre Drogas (EUDA)", "", "finance@euda.europa.eu",
    [("IMP", 2), ("TON", 6)], "Transferência bancária", "30 dias", "Isento de IVA - organismo da União Europeia",
    ("B2B", True, "international_org", "PT"))
add("FA", "Fundação de Serralves", "Fundação de Serralves", C.pt_nif(rnd, "502"), "compras@serralves.pt",
    [("PORT", 3), ("AT", 4)], "Transferência bancária", "30 dias", "", ("B2B", True, "state_founded_foundation", "PT"))
add("FR", "Nuno Marques Ribeiro", "Nuno Marques Ribeiro", C.pt_nif(rnd, "2"), "nunoribeiro88@gmail.com", [("TLM", 30)],
    "Transferência bancária", "Pronto pagamento", "", ("B2C", True, "private_bulk_purchase", "PT"))
add("FR", "Catarina Gomes Teixeira", "Catarina Gomes Teixeira", C.pt_nif(rnd, "2"), "catarina.teixeira@sapo.pt",
    [("CHAL", 12), ("CAFE", 6)], "Transferência bancária", "Pronto pagamento", "Artigos para revenda na minha loja online",
    ("B2B", True, "private_stated_resale", "PT"))
g = GOV[6]
add("FA", g[0], g[0], g[1], "direcao@aecarcavelos.pt", [("CHAL", 1)], "Transferência bancária", "60 dias",
    "Compromisso n.º 3312/2024 - Sala de professores", ("B2G", True, "public_school_household_item", "PT"))
add("FS", "VD", "", "", "", [("BAST", 1), ("AT", 3)], "Transferência bancária", "Pronto pagamento", "",
    ("B2B", True, "thin_record", "PT"))
add("FS", "Sr. Fernando", "Sr. Fernando", "", "", [("CAFE", 1)], "Numerário", "Pronto pagamento", "",
    ("B2C", True, "thin_record", "PT"))
add("FR", "Paulo Gonçalves Martins", "Paulo Gonçalves Martins", C.pt_nif(rnd, "1"), "paulo.martins@hotmail.com",
    [("PORT", 1), ("IMP", 1)], "Transferência bancária", "Pronto pagamento",
    "Pagamento referente à empresa Construções Ferreira & Filhos, Lda., efetuado pelo sócio",
    ("B2B", True, "person_pays_company_invoice", "PT"))

c = COMP[5]
add("FA", c[0], c[0], c[1], "geral@sorrisoatlantico.pt", [("CAFE", 1), ("CHAL", 1)], "Multibanco", "Pronto pagamento", "",
    ("B2B", True, "company_household_item", "PT"))
add("FR", "Marta Sousa Almeida", "Marta Sousa Almeida", C.pt_nif(rnd, "2"), "marta.almeida@cm-porto.pt",
    [("TV", 1), ("MICRO", 1)], "MB WAY", "Pronto pagamento", "Entrega ao domicílio", ("B2C", True, "person_gov_email", "PT"))
g = GOV[8]
add("FA", g[0], g[0], g[1], "direcao@aegarciadeorta.pt", [("MICRO", 1), ("FRIG", 1)], "Transferência bancária", "60 dias",
    "Compromisso n.º 1187/2024 - Bar dos alunos", ("B2G", True, "public_school_household_item", "PT"))
add("FS", "VD", "", "", "", [("M365", 10), ("PORT", 2)], "Multibanco", "Pronto pagamento", "",
    ("B2B", True, "thin_record", "PT"))

rnd.shuffle(orders)
wb = Workbook()
ws = wb.active
ws.title = "Documentos de Venda"
ws.append(["Documentos de Venda - Listagem de Linhas"])
ws["A1"].font = Font(bold=True, size=12)
ws.append(["Empresa: OFITEC - Equipamentos de Escritório, Lda.    Período: 01/01/2024 a 31/12/2024    Moeda: EUR"])
ws.append([])
ws.append(HEAD)
for cell in ws[4]:
    cell.font = Font(bold=True)
labels = []
date = dt.date(2024, 1, 2)
nums = {"FA": 1, "FR": 1, "FS": 1}
tot_liq = tot_doc = 0.0
for o in orders:
    date += dt.timedelta(days=rnd.choice([0, 1, 1, 2, 3]))
    exempt = o["meta"][2] in ("embassy", "international_org")
    rate = 0 if exempt else 23
    liqs = []
    for a, q in o["lines"]:
        desc = 5 if (o["meta"][0] != "B2C" and P[a][3] == "biz" and q >= 10 and rnd.random() < 0.4) else 0
        liqs.append(round(q * P[a][2] * (1 - desc / 100), 2))
    doc_total = round(sum(liqs) * (1 + rate / 100), 2)
    ent_code = "VD" if o["entk"] in ("Consumidor final", "VD", "Sr. Fernando") else entidade(o["entk"])
    for (a, q), liq in zip(o["lines"], liqs):
        desc = round((1 - liq / (q * P[a][2])) * 100) if q * P[a][2] else 0
        ws.append([o["tipo"], "2024", nums[o["tipo"]], date, ent_code, o["nome"] or None, o["nif"] or None,
                   o["email"] or None, a, P[a][0], q, P[a][1], P[a][2], desc, rate, liq, doc_total, o["modo"],
                   o["cond"], o["obs"] or None])
        r = ws.max_row
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        for col in (13, 16, 17):
            ws.cell(r, col).number_format = "#,##0.00"
        labels.append(o["meta"])
        tot_liq += liq
    tot_doc += doc_total
    nums[o["tipo"]] += 1
ws.append([])
ws.append(["Total"] + [None] * 14 + [round(tot_liq, 2), round(tot_doc, 2)])
ws.cell(ws.max_row, 1).font = Font(bold=True)
for col, w in zip("ABCDEFGHIJKLMNOPQRST", [9, 7, 8, 11, 9, 45, 15, 32, 8, 45, 10, 8, 11, 9, 8, 12, 14, 22, 17, 60]):
    ws.column_dimensions[col].width = w
C.save_xlsx(wb, C.ROOT / "layouts" / f"{ID}.xlsx")

key = {
    "id": ID,
    "system": "PRIMAVERA ERP (V10), Vendas - Explorador/Listas de documentos de venda, listagem de linhas exportada para Excel",
    "country": "PT",
    "language": "pt",
    "docs": [
        "Public PRIMAVERA integration code (Lib_Primavera CabecDoc/LinhaDocVenda models): sales document header has TipoDoc, Serie, NumDoc, Data, Entidade, Nome, NumContribuinte, TotalMerc, TotalIva; lines have Artigo, Descricao, Quantidade, PrecUnit, Desconto, TaxaIva, TotalLiquido - used for the column set and order",
        "UWS PRIMAVERA CSV document integration page: document fields DocumentType, Serie, Number, DocumentDate, EntityType, Entity, EntityName, VATNumber, PaymentMethod, PaymentCondition, Item, ItemDescription, Quantity, UnitPrice, DiscountValue - used for Modo Pag. / Cond. Pag. and line fields",
        "PRIMAVERA Express functionality sheet and series article: document types Fatura, Venda a Dinheiro/Fatura-Recibo, Nota de Crédito; payment modes numerário, cheque, cartão, multibanco; series per year - used for FA/FR/FS types, series '2024' and payment values",
        "Portuguese rules reflected in the data: consumidor final with NIF 999999990 on faturas simplificadas; public bodies' invoices carry a 'número de compromisso'"
    ],
    "fields": {"buyer": "Nome", "product": "Descrição", "quantity": "Quantidade", "amount": "Total Líquido",
               "tax_id": "N.º Contribuinte", "email": "Email", "payment": "Modo Pag.", "comment": "Observações"},
    "also_ok": {"amount": ["Total Documento"], "payment": ["Cond. Pag."], "product": ["Artigo"], "buyer": ["Entidade"]},
    "notes": "XLSX sheet 'Documentos de Venda': two title lines (report name; company, period, currency), a blank row, the header in row 4, one row per document line, then a blank row and a 'Total' row summing Total Líquido and Total Documento (not a record). Document fields repeat on each line; Total Documento is the document gross total (23% IVA; 0 for embassy and EU bodies), Total Líquido the line net. Entidade is the customer code (C0001...) or 'VD' for cash sales (Consumidor final, NIF 999999990; one VD line set has no name at all). Dates are real date cells (dd/mm/yyyy). Public bodies' invoices carry a 'Compromisso n.º' in Observações."
}
C.write_key(ID, key, labels)
print(ID, len(labels), "rows")
