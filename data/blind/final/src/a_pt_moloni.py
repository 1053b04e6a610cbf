"""a_pt_moloni_extrato_vendas: Moloni 'Extrato de Vendas' CSV export with article detail (one row per document line)."""
import random, csv, datetime as dt
from a_common import *

LID = "a_pt_moloni_extrato_vendas"
rng = random.Random(4505)
C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("PAP-A4", "Resma papel A4 80g Navigator (500 folhas)", 5.20, "n", 200),
    C("PAP-PAL", "Palete papel A4 80g Navigator (240 resmas)", 1150.00, "b", 2),
    C("TON-26A", "Toner HP 26A CF226A preto", 118.00, "n", 20),
    C("PC-450", "Portátil HP ProBook 450 G10 i5 16GB 512GB", 949.00, "n", 20),
    C("MON-24", "Monitor Philips 24\" 243V7QDAB", 119.00, "n", 20),
    C("IMP-2750", "Impressora multifunções Brother MFC-L2750DW", 329.00, "n", 4),
    C("CAD-ERG", "Cadeira de escritório ergonómica com apoio lombar", 189.00, "n", 12),
    C("M365-BS", "Licença Microsoft 365 Empresas Standard (anual)", 138.00, "b", 50),
    C("ARQ-80", "Arquivador de alavanca A4 lombada 80 mm", 2.35, "n", 200),
    C("CAL-991", "Calculadora científica Casio fx-991SPX II", 24.90, "n", 40),
    C("QDR-12090", "Quadro branco magnético 120x90 cm", 74.00, "b", 10),
    C("DES-8CD", "Destruidora de papel Fellowes 8Cd", 99.00, "n", 4),
    C("MOC-ESC", "Mochila escolar ergonómica", 39.90, "h"),
    C("CAF-DQ", "Máquina de café Delta Q Qool", 69.99, "h"),
    C("CHL-17", "Chaleira elétrica 1,7 L", 24.99, "h"),
    C("ASP-XF", "Aspirador sem fio Rowenta X-Force Flex", 299.00, "h"),
]
cat = {c["code"]: c for c in CAT}
G, Bz, Cz = "B2G", "B2B", "B2C"
def org(name, kind, label, email, nif=None, first="5", w=1.0, **kw):
    return B(name, label, kind, "PT", False, "org", w, email=email, tax=nif or pt_nif(rng, first), **kw)
buyers = [
    org("Câmara Municipal de Lisboa", "pt_municipality", G, "aprovisionamento@cm-lisboa.pt", "500051070", w=2),
    org("Câmara Municipal do Porto", "pt_municipality", G, "compras@cm-porto.pt", "501306099", w=1.5),
    org("Câmara Municipal de Braga", "pt_municipality", G, "aprovisionamento@cm-braga.pt", w=1),
    org("Junta de Freguesia de Arroios", "pt_parish_council", G, "geral@jf-arroios.pt", first="5", w=1.5),
    org("Junta de Freguesia de Campanhã", "pt_parish_council", G, "geral@jf-campanha.pt", w=1),
    org("Agrupamento de Escolas D. Dinis, Leiria", "public_school", G, "direcao@aedd.pt", first="6", w=1.5),
    org("Escola Secundária de Camões", "public_school", G, "secretaria@escamoes.pt", first="6", w=1),
    org("Unidade Local de Saúde de Santa Maria, E.P.E.", "public_hospital", G, "aprovisionamento@ulssm.min-saude.pt", first="5", w=1.5),
    org("Unidade Local de Saúde de Braga, E.P.E.", "public_hospital", G, "compras@ulsb.min-saude.pt", w=1),
    org("Universidade de Coimbra", "public_university", G, "compras@uc.pt", first="5", w=1),
    org("Instituto Politécnico de Leiria", "public_university", G, "aprovisionamento@ipleiria.pt", first="5", w=1),
    org("Guarda Nacional Republicana - Comando Territorial de Setúbal", "police", G, "ct.stb@gnr.pt", first="6", w=1),
    org("Exército Português - Regimento de Infantaria n.º 14", "armed_forces", G, "ri14.logistica@exercito.pt", first="6", w=1),
    org("Autoridade Tributária e Aduaneira - Direção de Finanças do Porto", "national_agency", G, "df-porto@at.gov.pt", first="6", w=1),
    org("Embaixada de Espanha em Lisboa", "embassy", G, "emb.lisboa@maec.es", first="9", w=0.7),
    org("Embaixada do Brasil em Lisboa", "embassy", G, "admin.lisboa@itamaraty.gov.br", first="9", w=0.7),
    org("Construções Gabriel A.S. Couto, S.A.", "company_with_legal_form", Bz, "compras@gabrielcouto.pt", w=1.5),
    org("Oficina Auto Silva, Lda", "company_with_legal_form", Bz, "autosilva.oficina@gmail.com", w=1),
    org("TechPorto Unipessoal Lda", "company_with_legal_form", Bz, "geral@techporto.pt", w=1),
    org("Modelo Continente Hipermercados, S.A.", "company_with_legal_form", Bz, "faturas.fornecedores@sonae.pt", w=1),
    org("Farmácia Estácio", "company_no_legal_form", Bz, "farmacia.estacio@gmail.com", w=1),
    org("Padaria Portuguesa", "company_no_legal_form", Bz, "compras@apadariaportuguesa.pt", w=1),
    org("Ana Rita Ferreira - Contabilidade e Consultoria", "sole_trader_trade_name", Bz, "anarita.contabilidade@sapo.pt", first="2", w=1),
    org("Associação Humanitária dos Bombeiros Voluntários de Cascais", "non_profit", Bz, "secretaria@bvcascais.pt", w=1),
    org("Cruz Vermelha Portuguesa", "national_red_cross", Bz, "compras@cruzvermelha.org.pt", w=0.8),
    org("Santa Casa da Misericórdia de Braga", "non_profit", Bz, "geral@scmbraga.pt", w=1),
    org("Paróquia de Nossa Senhora de Fátima", "church", Bz, "paroquia.nsfatima@gmail.com", w=0.8),
    org("Colégio Moderno", "private_school", Bz, "secretaria@colegiomoderno.pt", w=1),
    org("Universidade Católica Portuguesa", "private_university", Bz, "compras@ucp.pt", w=1),
    org("CTT - Correios de Portugal, S.A.", "company_with_legal_form", Bz, "compras@ctt.pt", w=0.8),
]
def person(name, email, w=1.0):
    return B(name, Cz, "private_person", "PT", False, "person", w, email=email, tax=pt_nif(rng, rng.choice("123")))
buyers += [person("Maria João Santos", "mjsantos@sapo.pt"), person("Pedro Miguel Costa", "pedro.m.costa@gmail.com"),
           person("Inês Rodrigues", "ines.rodrigues@hotmail.com"), person("António Almeida", ""), person("Beatriz Lopes", "bia.lopes@outlook.pt"),
           person("Rui Fernandes", "ruifernandes71@gmail.com")]
buyers.append(B("Consumidor Final", Cz, "anonymous_retail", "PT", False, "anon", 3.0, email="", tax="999999990"))
def L(code, q): return (cat[code], q)
S = [
    (B("Oficina Auto Silva, Lda", Bz, "company_household_goods_only", "PT", True, "org", email="autosilva.oficina@gmail.com", tax=pt_nif(rng, "5")), [L("CAF-DQ", 1)]),
    (B("Escola Básica n.º 1 de Vila Nova de Gaia", G, "public_school_household_item", "PT", True, "org", email="eb1.gaia@aevng.pt", tax=pt_nif(rng, "6")), [L("CHL-17", 1)]),
    (B("Pedro Miguel Costa", Cz, "private_person_bulk_quantity", "PT", True, "person", email="pedro.m.costa@gmail.com", tax=pt_nif(rng, "2")), [L("CAL-991", 40)]),
    (B("Sofia Marques", Bz, "person_states_resale", "PT", True, "person", email="sofia.marques.pap@gmail.com", tax=pt_nif(rng, "2"), obs="Para revenda na minha papelaria em Ovar"), [L("MOC-ESC", 20), L("CAL-991", 15)]),
    (B("Rui Matos", Cz, "person_with_gov_email", "PT", True, "person", email="rui.matos@at.gov.pt", tax=pt_nif(rng, "1"), obs="Entrega em casa, Rua das Flores 33, Porto"), [L("ASP-XF", 1)]),
    (B("Organização Internacional para as Migrações - Missão em Portugal", Bz, "international_org", "PT", True, "org", email="iomlisbon@iom.int", tax=pt_nif(rng, "9")), [L("PC-450", 6), L("MON-24", 6)]),
    (B("Agência Europeia da Segurança Marítima (EMSA)", Bz, "international_org", "PT", True, "org", email="procurement@emsa.europa.eu", tax=pt_nif(rng, "9")), [L("PAP-A4", 120), L("TON-26A", 10)]),
    (B("Caixa Geral de Depósitos, S.A.", Bz, "state_owned_company_procurement", "PT", True, "org", email="compras@cgd.pt", tax="500960046", obs="Concurso público n.º 41/2025 - Acordo-quadro consumíveis"), [L("PAP-A4", 200), L("ARQ-80", 200), L("TON-26A", 20)]),
    (B("Luís Carvalho", Bz, "person_pays_company_invoice", "PT", True, "person", email="luis.carvalho@gmail.com", tax=pt_nif(rng, "1"), obs="Pago por Luís Carvalho em nome da Carvalho & Filhos, Lda"), [L("IMP-2750", 1), L("TON-26A", 2)]),
    (B("", Bz, "product_only_business_goods", "PT", True, "none", email="", tax=""), [L("PAP-PAL", 1)]),
]
S += [(b, l) for b, l in S if b["amb"] and (len(l) > 1 or b["kind"] in ("international_org", "company_household_goods_only"))]  # repeat orders
orders = gen_orders(rng, buyers, CAT, S, 210, maxlines=4)
def eu(x): return ("%.2f" % x).replace(".", ",")
hdr = ["Data", "Documento", "Nº Cliente", "Cliente", "Contribuinte", "Email", "Referência", "Artigo", "Qtd.", "Preço Unit.",
       "Total Líquido", "IVA", "Total", "Método de Pagamento", "Observações", "Estado"]
metas = []; rows = []; nums = {}
d0 = dt.date(2025, 1, 8); seq = {"FT": 410, "FR": 1220, "FS": 3305}
for i, o in enumerate(orders):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 1.7))
    if b["ptype"] in ("anon", "none"):
        dtp = "FS"
    elif b["ptype"] == "person":
        dtp = rng.choice(["FR", "FR", "FS"])
    else:
        dtp = "FT"
    doc = "%s 2025/%d" % (dtp, seq[dtp]); seq[dtp] += 1
    if dtp == "FT":
        pay = rng.choice(["Transferência bancária", "Transferência bancária", "Cheque", ""])
    else:
        pay = rng.choice(["Numerário", "Multibanco", "MB WAY", "Cartão de crédito"])
    if b["kind"] in ("person_pays_company_invoice",):
        pay = "MB WAY"
    no = "" if b["ptype"] == "none" else nums.setdefault(b["name"], str(len(nums) + 1))
    if b["ptype"] == "anon": no = "1"
    for c, q in o["lines"]:
        net = c["price"] * q
        rows.append([date.strftime("%d-%m-%Y"), doc, no, b["name"], b.get("tax", ""), b.get("email", ""), c["code"], c["name"],
                     eu(q).replace(",00", ""), eu(c["price"]), eu(net), eu(net * 0.23), eu(net * 1.23), pay, b.get("obs", ""), "Fechado"])
        metas.append(meta(b))
with open(f"{LAY}/{LID}.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, delimiter=";"); w.writerow(hdr); w.writerows(rows)
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "Moloni (PT) - Consultas > Extrato de Vendas, Exportar CSV (columns chosen in Configurações, with article detail)",
    "country": "PT", "language": "pt",
    "docs": ["Moloni help 'Como consultar e gerar um extrato de vendas' (listing of sales documents FT/FR/FS/NC with filters by client, vendedor, método de pagamento, documentos e séries; Exportar CSV; Configurações chooses columns) and 'Como pesquisar um documento' (document fields: série/número, entidade, contribuinte, email, observações, referência/descrição do artigo)",
             "Exact CSV captions are not published; headers are the Portuguese field names Moloni uses on documents (closest documented). Portuguese conventions: NIF with mod-11 check, 999999990 = Consumidor final, FT/FR/FS document types, IVA 23 %, decimal comma, semicolon delimiter, dd-mm-yyyy"],
    "fields": {"buyer": "Cliente", "product": "Artigo", "quantity": "Qtd.", "amount": "Total", "tax_id": "Contribuinte",
               "email": "Email", "payment": "Método de Pagamento", "comment": "Observações"},
    "also_ok": {"amount": ["Total Líquido"]},
    "notes": "One row per document line; document fields repeated on each line; one sale = one Documento. 'Referência' is the article code. 'Consumidor Final' with NIF 999999990 is the anonymous final consumer (simplified invoices). One record has no client at all (product only). UTF-8 with BOM, ';' delimiter, decimal comma."})
print(LID, len(metas))
