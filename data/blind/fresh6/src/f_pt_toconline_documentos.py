"""TOConline (PT) - Vendas > Documentos de venda, listing exported to Excel (XLSX), one row per document line."""
import random
from datetime import date, timedelta

from openpyxl import Workbook

from f_common import OUT, save_xlsx, nif_pt, write_key, write_labels

LID = "f_pt_toconline_documentos"
rng = random.Random(6303)

COLS = ["Tipo", "Documento", "Data", "Vencimento", "Cliente", "NIF", "País", "Email", "Código", "Descrição",
        "Quantidade", "Preço unitário", "Desconto (%)", "Taxa IVA (%)", "Total líquido", "Total IVA", "Total documento",
        "Meio de pagamento", "Observações", "Estado"]

FM = ["João", "José", "António", "Pedro", "Rui", "Miguel", "Tiago", "Bruno", "Nuno", "Luís"]
FF = ["Maria", "Ana", "Sofia", "Inês", "Catarina", "Mariana", "Joana", "Rita", "Teresa", "Beatriz"]
SN = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
      "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro", "Carvalho", "Pinto"]
FREE = ["gmail.com", "hotmail.com", "sapo.pt", "outlook.pt", "live.com.pt", "iol.pt"]
TR = str.maketrans("áàâãçéêíóôõúÁÀÂÃÇÉÊÍÓÔÕÚ", "aaaaceeiooouAAAACEEIOOOU")

P = {
    "cafe": ("DLT-QMINI", "Máquina de café Delta Q Mini Qool", 59.90),
    "chaleira": ("TF-EXPRESS", "Chaleira elétrica Tefal Express 1,7 L", 24.30),
    "tv": ("SMS-UE55CU7105", "Televisor Samsung 55\" Crystal UHD UE55CU7105", 449.00),
    "portatil": ("LNV-IPS3-15", "Portátil Lenovo IdeaPad Slim 3 15\" i5 16GB 512GB", 549.00),
    "monitor": ("LG-24MP400", "Monitor LG 24MP400-B 24\"", 99.00),
    "impressora": ("HP-OJP9010E", "Impressora multifunções HP OfficeJet Pro 9010e", 189.00),
    "tinteiro": ("HP-963XL-BK", "Tinteiro HP 963XL preto", 39.90),
    "papel": ("NAV-A4-5R", "Papel fotocópia Navigator A4 80 g (caixa 5 resmas)", 24.50),
    "rato": ("LOG-M185", "Rato sem fios Logitech M185", 12.90),
    "router": ("TPL-AX23", "Router TP-Link Archer AX23", 54.90),
    "projetor": ("EPS-COW01", "Projetor Epson CO-W01", 339.00),
    "cadeira": ("CAD-ERG-01", "Cadeira de escritório ergonómica com apoio lombar", 129.00),
    "aspirador": ("RWT-XFF860", "Aspirador Rowenta X-Force Flex 8.60", 229.00),
    "telemovel": ("XIA-RN13-128", "Smartphone Xiaomi Redmi Note 13 128GB", 189.00),
    "capa": ("CAPA-RN13", "Capa de silicone para smartphone", 9.90),
    "servidor": ("DELL-T150", "Servidor Dell PowerEdge T150 Xeon E-2314", 1390.00),
    "portapal": ("PP-2500", "Porta-paletes manual 2500 kg", 289.00),
    "instal": ("SRV-INST", "Serviço de instalação e configuração (hora)", 45.00),
}
HOME = ["cafe", "chaleira", "tv", "aspirador", "telemovel", "capa", "portatil", "rato"]
BIZ = ["portatil", "monitor", "impressora", "tinteiro", "papel", "rato", "router", "cadeira", "instal", "projetor"]

COMP = [("Sumol+Compal Marcas, S.A.", "sumolcompal.pt", "company"), ("Vista Alegre Atlantis, S.A.", "vistaalegre.com", "company"),
        ("Construções Ribeiro & Filhos, Lda", "construcoesribeiro.pt", "company"), ("Farmácia Central de Viseu, Lda", "farmaciacentralviseu.pt", "company"),
        ("PADARIA FLOR DO MINHO, LDA", None, "company"), ("Clínica Dentária Sorriso, Lda", "clinicasorriso.pt", "company"),
        ("Contabilidade Rigor - Unipessoal, Lda", "contabilidaderigor.pt", "company"), ("Tipografia Beira Alta, Lda", "tipbeiraalta.pt", "company"),
        ("Hotel \"Mar Azul\" - Turismo, S.A.", "hotelmarazul.pt", "company"), ("Auto Reparadora do Vale, Lda", None, "company"),
        ("Rui Sousa - Reparações Elétricas", None, "sole_trader"), ("Ana Marques - Arquitetura", "anamarques-arq.pt", "sole_trader"),
        ("Dr. Nuno Pinto, Advogado", None, "sole_trader"),
        ("Cruz Vermelha Portuguesa - Delegação de Viseu", "cruzvermelha.org.pt", "non_profit"),
        ("Associação de Pais da EB 2,3 de Telheiras", None, "parents_association"),
        ("Fábrica da Igreja Paroquial de Santa Maria de Belém", None, "religious_organisation"),
        ("Condomínio do Edifício Atlântico", None, "homeowners_association"),
        ("Santa Casa da Misericórdia de Viseu", "scmviseu.pt", "non_profit"),
        ("CP - Comboios de Portugal, E.P.E.", "cp.pt", "state_owned_company")]
PUB = [("Município de Lisboa", "aprovisionamento@cm-lisboa.pt", "municipality", "50"),
       ("Câmara Municipal do Porto", "compras@cm-porto.pt", "municipality", "50"),
       ("Município de Braga", "municipio@cm-braga.pt", "municipality", "50"),
       ("Junta de Freguesia de Arroios", "geral@jf-arroios.pt", "municipality", "50"),
       ("Agrupamento de Escolas de Benfica", "direcao@aebenfica.pt", "public_school", "600"),
       ("Escola Secundária de Camões", "secretaria@escamoes.pt", "public_school", "600"),
       ("Universidade de Coimbra", "compras@uc.pt", "public_university", "50"),
       ("Unidade Local de Saúde de São João, E.P.E.", "aprovisionamento@ulssjoao.min-saude.pt", "public_hospital", "50"),
       ("Guarda Nacional Republicana - Comando Territorial de Viseu", "ct.vis@gnr.pt", "police", "600"),
       ("Autoridade Tributária e Aduaneira - Direção de Finanças de Viseu", "df-viseu@at.gov.pt", "state_agency", "600"),
       ("Instituto do Emprego e Formação Profissional, I.P.", "compras@iefp.pt", "state_agency", "50")]

docs = []


def person():
    f = rng.random() < 0.5
    fn = rng.choice(FF if f else FM)
    a, b = rng.sample(SN, 2)
    return f"{fn} {a} {b}", fn


def fmail(name):
    parts = name.lower().translate(TR).split()
    return rng.choice([f"{parts[0]}.{parts[-1]}", f"{parts[0]}{parts[-1]}{rng.randint(1, 99)}", f"{parts[0][0]}{parts[-2]}"]) + "@" + rng.choice(FREE)


def items(keys, nmax, qmax):
    return [(k, rng.randint(1, qmax)) for k in rng.sample(keys, rng.randint(1, nmax))]


def add(d, label, kind, amb, country="PT"):
    d.update(label=label, kind=kind, amb=amb, country=country)
    docs.append(d)


for _ in range(28):  # consumidor final (no NIF), shop counter
    add({"tipo": rng.choice(["FS", "FS", "FR"]), "name": "Consumidor final", "nif": "999999990", "items": items(HOME, 2, 1),
         "pay": rng.choice(["Numerário", "Multibanco", "MB WAY", "Multibanco"])}, "B2C", "anonymous_retail", False)
for _ in range(22):  # named private persons with personal NIF
    nm, fn = person()
    add({"tipo": rng.choice(["FR", "FT", "FS"]), "name": nm, "nif": nif_pt(rng, rng.choice(["1", "2", "2"])),
         "email": fmail(nm) if rng.random() < 0.7 else "", "items": items(HOME, 2, 1),
         "pay": rng.choice(["MB WAY", "Multibanco", "Cartão de crédito", "Numerário"]),
         "obs": rng.choice(["", "", "Entrega ao domicílio", "Garantia 3 anos", "Encomenda online"])}, "B2C", "private_person", False)
for _ in range(36):
    name, dom, kind = rng.choice(COMP)
    nif = nif_pt(rng, rng.choice(["1", "2"])) if kind == "sole_trader" else nif_pt(rng, rng.choice(["50", "51", "51", "513", "515"]))
    add({"tipo": "FT", "name": name, "nif": nif,
         "email": (rng.choice(["geral", "compras", "contabilidade", "faturas"]) + "@" + dom) if dom else "",
         "items": items(BIZ, 3, 5), "pay": rng.choice(["Transferência bancária", "Transferência bancária", "Multibanco", "Cheque"]),
         "obs": rng.choice(["", "", "V/ Encomenda n.º %d" % rng.randint(100, 9999), "Pronto pagamento", "Pagamento a 30 dias"])}, "B2B", kind, False)
for _ in range(20):
    name, mail, kind, pre = rng.choice(PUB)
    add({"tipo": "FT", "name": name, "nif": nif_pt(rng, pre), "email": mail, "items": items(BIZ, 3, 8),
         "pay": "Transferência bancária",
         "obs": rng.choice(["Compromisso n.º %d/2024" % rng.randint(100, 3000), "Requisição externa n.º %d" % rng.randint(1000, 9999),
                            "Ajuste direto simplificado - art. 128.º CCP", "N.º de compromisso: CO%07d" % rng.randint(1, 9999999)])},
        "B2G", kind, False)

# ---- ambiguous
for dom, kind in [("galp.com", "person_company_email"), ("edp.pt", "person_company_email"),
                  ("sg.mai.gov.pt", "person_government_email"), ("defesa.gov.pt", "person_government_email")]:
    nm, fn = person()
    parts = nm.lower().translate(TR).split()
    add({"tipo": "FR", "name": nm, "nif": nif_pt(rng, "2"), "email": f"{parts[0]}.{parts[-1]}@{dom}",
         "items": [(rng.choice(["cafe", "tv", "aspirador"]), 1)], "pay": "MB WAY", "obs": "Entrega ao domicílio"}, "B2C", kind, True)
for name, dom in [("Contabilidade Rigor - Unipessoal, Lda", "contabilidaderigor.pt"), ("Tipografia Beira Alta, Lda", "tipbeiraalta.pt")]:
    add({"tipo": "FT", "name": name, "nif": nif_pt(rng, "51"), "email": "geral@" + dom, "items": [("cafe", 1)],
         "pay": "Transferência bancária"}, "B2B", "company_household_item", True)
add({"tipo": "FR", "name": "Tiago Ferreira - Canalizações", "nif": nif_pt(rng, "2"), "email": fmail("Tiago Ferreira"),
     "items": [("tv", 1)], "pay": "MB WAY"}, "B2B", "sole_trader_personal_purchase", True)
nm, fn = person()
add({"tipo": "FR", "name": nm, "nif": nif_pt(rng, "1"), "items": [("capa", 50), ("telemovel", 4)], "pay": "Numerário"},
    "B2C", "private_bulk_volume", True)
nm, fn = person()
add({"tipo": "FT", "name": nm, "nif": nif_pt(rng, "2"), "email": fmail(nm), "items": [("chaleira", 6), ("cafe", 2)],
     "pay": "Transferência bancária", "obs": "Para revenda na minha loja de artigos para o lar"}, "B2B", "private_stated_business_use", True)
for name, mail in [("Escola Básica n.º 1 de Viseu", "eb1viseu@aeviseu.pt"), ("Jardim de Infância de Telheiras", "ji.telheiras@aetelheiras.pt")]:
    add({"tipo": "FT", "name": name, "nif": nif_pt(rng, "600"), "email": mail, "items": [("chaleira", 1)],
         "pay": "Transferência bancária"}, "B2G", "public_school_household_item", True)
add({"tipo": "FT", "name": "Águas do Norte, S.A.", "nif": nif_pt(rng, "51"), "email": "aprovisionamento@adnorte.pt",
     "items": [("portatil", 6), ("monitor", 6)], "pay": "Transferência bancária",
     "obs": "Contrato n.º 2024/AdN/117 - consulta prévia ao abrigo do Código dos Contratos Públicos"}, "B2B", "state_owned_company_procurement", True)
add({"tipo": "FT", "name": "Agência Europeia da Segurança Marítima (EMSA)", "nif": nif_pt(rng, "980"), "email": "procurement@emsa.europa.eu",
     "items": [("projetor", 2), ("instal", 4)], "pay": "Transferência bancária", "obs": "PO EMSA-2024-0338 - isento de IVA"},
    "B2B", "international_org", True)
add({"tipo": "FT", "name": "Fundação INATEL", "nif": nif_pt(rng, "50"), "email": "compras@inatel.pt",
     "items": [("portatil", 2), ("impressora", 1)], "pay": "Transferência bancária"}, "B2B", "state_founded_foundation", True)
for k, lab in [("servidor", "B2B"), ("portapal", "B2B"), ("tv", "B2C"), ("aspirador", "B2C")]:
    add({"tipo": "FT", "name": "Diversos", "nif": "", "items": [(k, 1)], "pay": ""}, lab, "thin_catch_all_account", True)

_seen = {}
for _x in docs:  # one tax ID per customer name
    if _x.get('name') and any(_x.get(k) for k in ['nif']):
        if _x['name'] in _seen:
            _x.update(_seen[_x['name']])
        else:
            _seen[_x['name']] = {k: _x.get(k, '') for k in ['nif']}
rng.shuffle(docs)
wb = Workbook()
ws = wb.active
ws.title = "Documentos de venda"
ws.append(COLS)
lab = []
d = date(2024, 5, 6)
seq = {"FT": 214, "FS": 1380, "FR": 512}
tot_l = tot_i = tot_t = 0.0
for doc in docs:
    d += timedelta(days=rng.choice([0, 0, 1]))
    t = doc["tipo"]
    seq[t] += 1
    num = f"{t} 2024/{seq[t]}"
    due = d + timedelta(days=30) if t == "FT" else d
    name = doc["name"]
    if name not in ("Consumidor final", "Diversos"):
        if rng.random() < 0.08:
            name = name.upper()
        elif rng.random() < 0.05:
            name += " "
    lines = []
    for k, q in doc["items"]:
        code, desc, price = P[k]
        disc = rng.choice([0, 0, 0, 5, 10]) if doc["label"] != "B2C" else 0
        liq = round(price * q * (1 - disc / 100), 2)
        iva = 0.0 if doc["kind"] == "international_org" else round(liq * 0.23, 2)
        lines.append((code, desc, q, price, disc, 0 if doc["kind"] == "international_org" else 23, liq, iva))
    total = round(sum(x[6] + x[7] for x in lines), 2)
    estado = "Pago" if t in ("FS", "FR") else rng.choice(["Pago", "Pendente", "Pendente"])
    for code, desc, q, price, disc, rate, liq, iva in lines:
        ws.append([t, num, d, due, name, doc.get("nif", ""), "PT", doc.get("email", ""), code, desc, q, price, disc, rate,
                   liq, iva, total, doc.get("pay", ""), doc.get("obs", ""), estado])
        lab.append(doc)
        tot_l += liq
        tot_i += iva
    tot_t += total
ws.append(["Total", None, None, None, None, None, None, None, None, None, None, None, None, None,
           round(tot_l, 2), round(tot_i, 2), round(tot_t, 2), None, None, None])
for row in ws.iter_rows(min_row=2):
    if isinstance(row[2].value, date):
        row[2].number_format = "DD-MM-YYYY"
        row[3].number_format = "DD-MM-YYYY"
    for c in (row[11], row[14], row[15], row[16]):
        c.number_format = "#,##0.00"
save_xlsx(wb, OUT / "layouts" / f"{LID}.xlsx")
write_labels(LID, lab)
write_key(LID, {
    "id": LID,
    "system": "TOConline - Vendas > Documentos de venda (FT/FS/FR), listing exported to Excel with document lines",
    "country": "PT",
    "language": "pt",
    "docs": [
        "TOConline API (commercial_sales_documents, filters tax_registration_number and document_no like 'FT 2026/1', via the usefulapi TOConline connector description): document numbers are '<type> <year>/<n>', customers keyed by NIF",
        "manual.toconline.pt 'Criação de orçamentos ou faturas pró-forma' and 'Modelos de impressão': document types OR, FP, FT, FS, FR, ND; customer entered by NIF; IBAN printed on FT/FS/ND",
        "Portuguese practice (SAF-T PT): a sale without customer NIF is issued to 'Consumidor final' with NIF 999999990 - used for counter sales",
        "No public page gave the exact header text of TOConline's Excel export of the sales-document list; column names chosen in the Portuguese UI wording (Cliente, NIF, Descrição, Quantidade, Preço unitário, Taxa IVA, Total documento, Meio de pagamento, Observações)"
    ],
    "fields": {"buyer": "Cliente", "product": "Descrição", "quantity": "Quantidade", "amount": "Total documento",
               "tax_id": "NIF", "email": "Email", "payment": "Meio de pagamento", "comment": "Observações"},
    "also_ok": {"amount": ["Total líquido", "Preço unitário"], "product": ["Código"]},
    "notes": "One row per document line; document columns (Tipo, Documento, Data, Cliente, NIF, Email, Total documento, Meio de pagamento, Observações, Estado) repeat on each line; 'Total documento' is the document total with IVA. The last sheet row is a totals line ('Total' in column Tipo) - not a record. 'Consumidor final' / NIF 999999990 = anonymous counter sale. 'Diversos' with empty NIF is a catch-all customer account (thin records). Personal NIFs start with 1/2 (also used by empresários em nome individual), companies 5, public administration 6; EU agency has a 98x NIF."
})
print(ws.max_row - 2, "lines", len(docs), "docs")
