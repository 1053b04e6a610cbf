"""Portugal: InvoiceXpress - exportação de documentos de faturação (XLSX, one row per item)."""
import random, os, sys, datetime, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from v_common import *
import pandas as pd

rng = random.Random(4202)
KID = 'v_pt_invoicexpress_documentos'

BIZ = [("Papel A4 Navigator 80g (caixa 5 resmas)", 23.50), ("Toner Brother TN-2420 preto", 64.90), ("Portátil HP ProBook 450 G10 i5 16GB", 879.00),
       ("Monitor Dell P2423 24\"", 209.00), ("Cadeira de escritório ergonómica Sensa", 175.00), ("Licença Microsoft 365 Business Standard (anual)", 150.00),
       ("Switch TP-Link JetStream 24 portas", 189.00), ("Bastidor rack 19\" 42U", 610.00), ("Multifuncional Canon i-SENSYS MF754Cdw", 455.00),
       ("Destruidora de papel Rexel Momentum X410", 179.00), ("Disco SSD Kingston 1TB NV2", 69.90), ("UPS Eaton 5E 1100VA", 149.00),
       ("Serviço de manutenção informática (hora)", 40.00), ("Projetor Epson CO-W01", 399.00), ("Quadro branco magnético 120x90", 69.00),
       ("Pastas de arquivo de lombada larga (caixa 10)", 24.00), ("Instalação de rede estruturada (ponto)", 55.00), ("Firewall Fortinet FortiGate 40F", 540.00)]
HOUSE = [("Televisor Samsung 55\" Crystal UHD", 479.00), ("Máquina de café Delta Q Qool", 69.00), ("Chaleira elétrica Taurus 1,7L", 22.90),
         ("Ar condicionado portátil Daikin", 429.00), ("Micro-ondas Teka MWE 207 FI", 129.00), ("Aspirador robô Xiaomi S10", 249.00),
         ("Tablet Apple iPad 10.9\" 64GB", 429.00), ("Fritadeira sem óleo Philips XL", 139.00), ("Auscultadores Sony WH-CH720N", 119.00)]
PHONE = ("Telemóvel Xiaomi Redmi Note 13 128GB", 199.00)

FIRST = ["João", "Maria", "Ana", "Pedro", "Rui", "Sofia", "Miguel", "Inês", "Tiago", "Catarina", "Nuno", "Beatriz", "Ricardo", "Marta", "Paulo", "Helena", "Luís", "Joana", "Bruno", "Carla"]
LAST = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho", "Teixeira", "Moreira"]
FREEMAIL = ["gmail.com", "hotmail.com", "sapo.pt", "outlook.pt", "iol.pt", "netcabo.pt"]
CITIES = [("Lisboa", "1000"), ("Porto", "4000"), ("Braga", "4700"), ("Coimbra", "3000"), ("Aveiro", "3800"), ("Faro", "8000"), ("Setúbal", "2900"),
          ("Viseu", "3500"), ("Leiria", "2400"), ("Évora", "7000"), ("Guimarães", "4800"), ("Funchal", "9000")]

def asc(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower().replace(' ', '')
def person(rng):
    f = rng.choice(FIRST); a, b = rng.sample(LAST, 2)
    return f"{f} {a} {b}", f, b
def pmail(rng, f, l): return f"{asc(f)}.{asc(l)}{rng.choice(['', str(rng.randint(1,99))])}@{rng.choice(FREEMAIL)}"
def lines_from(rng, pool, n=(1, 3), q=(1, 10)):
    return [(d, rng.randint(*q), p) for d, p in rng.sample(pool, rng.randint(*n))]
B = lambda **k: k

PUBLIC = [("Câmara Municipal de {c}", 50, "pt_municipality", "cm-{cl}.pt"), ("Município de {c}", 50, "pt_municipality", "cm-{cl}.pt"),
          ("Junta de Freguesia de Arroios", 51, "pt_parish_council", "jf-arroios.pt"), ("Junta de Freguesia de Cedofeita, Santo Ildefonso, Sé, Miragaia, São Nicolau e Vitória", 51, "pt_parish_council", "jf-centrohistoricoporto.pt"),
          ("União das Freguesias de {c}", 51, "pt_parish_council", "uf{cl}.pt"),
          ("Ministério da Educação - Secretaria-Geral", 600, "pt_ministry", "sec-geral.mec.pt"), ("Ministério da Saúde - Serviços Partilhados (SPMS)", 600, "state_agency", "spms.min-saude.pt"),
          ("Autoridade Tributária e Aduaneira", 600, "state_agency", "at.gov.pt"), ("Instituto da Segurança Social, I.P.", 505, "state_agency", "seg-social.pt"),
          ("Universidade de Coimbra", 501, "public_university", "uc.pt"), ("Universidade do Porto - Faculdade de Engenharia", 501, "public_university", "fe.up.pt"),
          ("Instituto Politécnico de Leiria", 506, "public_university", "ipleiria.pt"), ("Universidade do Minho", 502, "public_university", "uminho.pt"),
          ("Unidade Local de Saúde de Santa Maria, E.P.E.", 508, "public_hospital", "ulssm.min-saude.pt"), ("Hospital de Braga, E.P.E.", 509, "public_hospital", "hb.min-saude.pt"),
          ("Centro Hospitalar Universitário de São João, E.P.E.", 509, "public_hospital", "chsj.min-saude.pt"),
          ("Agrupamento de Escolas de {c}", 600, "public_school", "ae{cl}.pt"), ("Escola Secundária Dr. Manuel Fernandes", 600, "public_school", "esmf.edu.pt"),
          ("Polícia de Segurança Pública - Comando Distrital de {c}", 600, "police", "psp.pt"), ("GNR - Guarda Nacional Republicana", 600, "police", "gnr.pt"),
          ("Exército Português - Regimento de Infantaria n.º 14", 600, "armed_forces", "exercito.pt"), ("Tribunal Judicial da Comarca de {c}", 600, "court", "tribunais.org.pt"),
          ("Embaixada de Espanha em Lisboa", 980, "embassy", "maec.es"), ("Administração do Porto de Lisboa", 501, "port_authority", "portodelisboa.pt")]

def public_case(rng):
    nm, pre, kind, dom = rng.choice(PUBLIC); c = rng.choice(CITIES)
    nm = nm.format(c=c[0]); dom = dom.format(cl=asc(c[0]))
    return B(name=nm, nif=pt_nif(rng, pre), email=f"{rng.choice(['aprovisionamento','compras','geral','contabilidade','expediente'])}@{dom}", kind=kind, label='B2G', amb=False,
             cc='ES' if kind == 'embassy' else 'PT', lines=lines_from(rng, BIZ, (1, 4), (1, 20)), pay=rng.choice(["Transferência bancária", "Transferência bancária", ""]),
             com=rng.choice(["", f"Compromisso n.º {rng.randint(1000,99999)}", f"Ajuste direto n.º {rng.randint(1,300)}/2024", f"Requisição n.º {rng.randint(100,9999)}"]),
             ref=f"REQ {rng.randint(100,9999)}" if rng.random() < .5 else "")

def school_kettle(rng):
    c = rng.choice(CITIES); it = rng.choice(HOUSE[1:3] + HOUSE[4:5])
    return B(name=f"Agrupamento de Escolas de {c[0]}", nif=pt_nif(rng, 600), email=f"direcao@ae{asc(c[0])}.pt", kind='public_school_household_item', label='B2G', amb=True, cc='PT',
             lines=[(it[0], 1, it[1])], pay="Transferência bancária", com="Para a sala de professores", ref="")

COMP = ["Construções Ferreira & Filhos", "Transportes Rodrigues", "Padaria Central", "Clínica Dentária Sorriso", "Imobiliária Atlântico", "Contabilidade Martins",
        "Restaurante O Marinheiro", "Metalúrgica do Vale", "Soluções Informáticas Norte", "Farmácia Moderna", "Têxteis Gonçalves", "Quinta do Vale Douro Vinhos",
        "Hotel Miramar", "Gabinete de Arquitetura Lopes"]
FORMS = ["Lda", "Lda.", ", Lda", "S.A.", "Unipessoal Lda", "- Sociedade Unipessoal, Lda"]
BIG = ["Sonae MC - Modelo Continente Hipermercados, S.A.", "Jerónimo Martins SGPS, S.A.", "NOS Comunicações, S.A.", "EDP Comercial, S.A."]

def company_case(rng, form=True):
    if form:
        nm = rng.choice(BIG) if rng.random() < .15 else f"{rng.choice(COMP)} {rng.choice(FORMS)}".replace(" ,", ",")
        kind = 'company_with_legal_form'
    else:
        nm = rng.choice(COMP); kind = 'company_no_legal_form'
    dom = asc(nm.split()[0]) + rng.choice(['.pt', '.com.pt', '.com'])
    return B(name=nm, nif=pt_nif(rng, rng.choice([50, 51, 513, 514, 515, 516])), email=f"{rng.choice(['geral','faturacao','compras','info'])}@{dom}" if rng.random() < .8 else "",
             kind=kind, label='B2B', amb=False, cc='PT', lines=lines_from(rng, BIZ, (1, 4), (1, 12)),
             pay=rng.choice(["Transferência bancária", "Multibanco", "Débito direto", "MB WAY", "Cartão de crédito"]),
             com=rng.choice(["", "", "Entrega no armazém", "Entregar na receção do escritório"]), ref=f"Enc. {rng.randint(1000,9999)}" if rng.random() < .4 else "")

def company_nf(rng): return company_case(rng, False)

def foreign_company(rng):
    nm, cc, vat = rng.choice([("Distribuciones Galicia S.L.", "ES", "ESB" + str(rng.randint(10000000, 99999999))), ("Bureau Vallée SARL", "FR", "FR" + str(rng.randint(10**10, 10**11 - 1)))])
    return B(name=nm, nif=vat, email="", kind='foreign_company', label='B2B', amb=False, cc=cc, lines=lines_from(rng, BIZ, (1, 3), (5, 30)),
             pay="Transferência bancária", com="Autoliquidação - IVA devido pelo adquirente", ref="")

def nonprofit(rng):
    opts = [("Santa Casa da Misericórdia de {c}", "religious_charity"), ("Associação Cultural e Recreativa de {c}", "association"), ("Fundação Calouste Gulbenkian", "foundation"),
            ("Cruz Vermelha Portuguesa - Delegação de {c}", "national_red_cross"), ("Condomínio do Edifício Atlântida", "homeowners_association"),
            ("Paróquia de São Vicente", "religious_organisation"), ("Associação de Pais da EB 2,3 de {c}", "parents_association"),
            ("Universidade Católica Portuguesa", "private_university"), ("Colégio Moderno", "private_school"), ("Hospital da Luz Lisboa", "private_hospital"),
            ("IPSS Centro Social e Paroquial de {c}", "ipss_charity")]
    nm, kind = rng.choice(opts); c = rng.choice(CITIES)
    return B(name=nm.format(c=c[0]), nif=pt_nif(rng, rng.choice([50, 90, 501])), email=rng.choice(["", f"secretaria@{kind[:5]}{asc(c[0])}.pt"]), kind=kind, label='B2B', amb=False, cc='PT',
             lines=lines_from(rng, BIZ, (1, 3), (1, 8)), pay=rng.choice(["Transferência bancária", "Multibanco"]), com="", ref="")

PROF = ["Advogado", "Arquiteto", "Fisioterapeuta", "Contabilista Certificado", "Canalizador", "Eletricista", "Cabeleireiro", "Solicitador"]
def eni(rng):
    full, f, l = person(rng); act = rng.choice(PROF)
    return B(name=rng.choice([f"{full}", f"{full} - {act}", f"{act} {full}"]), nif=pt_nif(rng, rng.choice([1, 2])), email=pmail(rng, f, l) if rng.random() < .6 else "",
             kind='sole_trader', label='B2B', amb=False, cc='PT', lines=lines_from(rng, BIZ, (1, 3), (1, 5)), pay=rng.choice(["Transferência bancária", "MB WAY", "Multibanco"]),
             com=rng.choice(["Material para o escritório", "Para o consultório", "Atividade profissional - empresário em nome individual", "Para a obra"]), ref="")

def trade_name(rng):
    return B(name=rng.choice(["Café Snack-Bar O Cantinho", "Cabeleireiro Estilo", "Oficina Auto Zé Manel", "Mercearia Dona Rosa"]), nif=pt_nif(rng, rng.choice([1, 2])), email="",
             kind='sole_trader_trade_name', label='B2B', amb=False, cc='PT', lines=lines_from(rng, BIZ, (1, 2), (1, 5)), pay=rng.choice(["Numerário", "Multibanco"]), com="", ref="")

def private(rng):
    full, f, l = person(rng)
    return B(name=full, nif=rng.choice([pt_nif(rng, rng.choice([1, 2, 3])), pt_nif(rng, 2), ""]), email=pmail(rng, f, l) if rng.random() < .75 else "",
             kind='private_person', label='B2C', amb=False, cc='PT', lines=lines_from(rng, HOUSE + BIZ[2:4], (1, 2), (1, 2)),
             pay=rng.choice(["MB WAY", "Multibanco", "Cartão de crédito", "Numerário", "PayPal"]), com=rng.choice(["", "", "Entrega ao domicílio", "Presente de aniversário"]), ref="")

def anon(rng):
    return B(name="Consumidor final", nif="999999990", email="", kind='anonymous_retail', label='B2C', amb=False, cc='PT',
             lines=lines_from(rng, HOUSE + BIZ[:1], (1, 2), (1, 2)), pay=rng.choice(["Numerário", "Multibanco"]), com="", ref="")

def company_aircon(rng):
    o = company_case(rng); it = rng.choice(HOUSE)
    o.update(kind='company_household_item', amb=True, lines=[(it[0], 1, it[1])], com=""); return o
def person_bulk(rng):
    o = private(rng); o.update(kind='private_person_bulk_quantity', amb=True, lines=[(PHONE[0], rng.choice([20, 30, 40]), PHONE[1])]); return o
def person_resale(rng):
    o = private(rng); o.update(kind='person_states_business_use', label='B2B', amb=True, lines=lines_from(rng, BIZ, (1, 2), (2, 6)),
                               com=rng.choice(["Para revenda na minha loja", "Para o meu trabalho (uso profissional)", "Material para o meu negócio"])); return o
def eni_tv(rng):
    o = eni(rng); it = rng.choice(HOUSE[:1] + HOUSE[6:])
    full, f, l = person(rng); o.update(name=f"{full} - {rng.choice(PROF)}", kind='sole_trader_personal_purchase', amb=True, lines=[(it[0], 1, it[1])], pay="Cartão de crédito", com=""); return o
def gov_mail_person(rng):
    full, f, l = person(rng); it = rng.choice(HOUSE)
    return B(name=full, nif=pt_nif(rng, 2), email=f"{asc(f)}.{asc(l)}@{rng.choice(['sg.mai.gov.pt', 'at.gov.pt', 'defesa.gov.pt', 'cm-lisboa.pt'])}", kind='person_with_gov_email',
             label='B2C', amb=True, cc='PT', lines=[(it[0], 1, it[1])], pay="MB WAY", com="Entrega na residência", ref="")
def intl_org(rng):
    return B(name=rng.choice(["Centro Norte-Sul do Conselho da Europa", "OIM - Organização Internacional para as Migrações, Lisboa", "ACNUR - Agência da ONU para os Refugiados, escritório de Lisboa"]),
             nif=pt_nif(rng, 600), email="procurement@" + rng.choice(["coe.int", "iom.int", "unhcr.org"]), kind='international_org', label='B2B', amb=True, cc='PT',
             lines=lines_from(rng, BIZ, (1, 3), (1, 10)), pay="Transferência bancária", com="", ref=f"PO {rng.randint(10000,99999)}")
def soe_tender(rng):
    return B(name=rng.choice(["CTT - Correios de Portugal, S.A.", "Águas do Norte, S.A.", "TAP - Transportes Aéreos Portugueses, S.A.", "Carris - Companhia Carris de Ferro de Lisboa, E.M., S.A."]),
             nif=pt_nif(rng, 50), email="compras@" + rng.choice(["ctt.pt", "adnorte.pt", "tap.pt", "carris.pt"]), kind='state_owned_company_procurement', label='B2B', amb=True, cc='PT',
             lines=lines_from(rng, BIZ, (1, 3), (5, 40)), pay="Transferência bancária", com=f"Concurso público n.º CP-{rng.randint(10,999)}/2024 (base.gov.pt)", ref=f"Contrato {rng.randint(1000,9999)}")
def person_pays_company(rng):
    full, f, l = person(rng)
    return B(name=full, nif=pt_nif(rng, 2), email=pmail(rng, f, l), kind='person_pays_company_invoice', label='B2B', amb=True, cc='PT', lines=lines_from(rng, BIZ, (1, 3), (1, 6)),
             pay="Transferência bancária", com=f"Pagamento por conta da empresa {rng.choice(COMP)} Lda", ref="")
def product_only(rng):
    it = rng.choice([("Bastidor rack 19\" 42U", 610.00, 'B2B'), ("Firewall Fortinet FortiGate 40F", 540.00, 'B2B'), ("Fritadeira sem óleo Philips XL", 139.00, 'B2C'), ("Auscultadores Sony WH-CH720N", 119.00, 'B2C')])
    return B(name="", nif="", email="", kind='product_only', label=it[2], amb=True, cc='PT', lines=[(it[0], 1, it[1])], pay="", com="", ref="")
def ipss_public_contract(rng):
    c = rng.choice(CITIES)
    return B(name=f"Associação Humanitária de Bombeiros Voluntários de {c[0]}", nif=pt_nif(rng, 50), email=f"geral@bv{asc(c[0])}.pt", kind='nonprofit_public_purchasing_contract',
             label='B2B', amb=True, cc='PT', lines=lines_from(rng, BIZ, (1, 3), (2, 10)), pay="Transferência bancária", com="Ao abrigo do acordo-quadro ESPAP AQ-EI 2023", ref="")

CASES = [(14, public_case), (2, school_kettle), (15, company_case), (5, company_nf), (2, foreign_company), (6, nonprofit), (6, eni), (2, trade_name),
         (17, private), (5, anon), (2, company_aircon), (1.5, person_bulk), (1.5, person_resale), (1.5, eni_tv), (1.5, gov_mail_person), (1, intl_org),
         (1.5, soe_tender), (1, person_pays_company), (1.5, product_only), (1, ipss_public_contract)]
orders = pick_cases(rng, CASES, 200, 250, None)

rows, labels = [], []
codes = {}
d0 = datetime.date(2024, 2, 1); n = {"Fatura": 0, "Fatura-Recibo": 0, "Fatura Simplificada": 0}
for i, o in enumerate(orders):
    d = d0 + datetime.timedelta(days=int(i * 1.3))
    tipo = "Fatura Simplificada" if o['kind'] == 'anonymous_retail' else ("Fatura-Recibo" if o['label'] == 'B2C' and rng.random() < .6 else "Fatura")
    n[tipo] += 1
    seq = {"Fatura": "FT", "Fatura-Recibo": "FR", "Fatura Simplificada": "FS"}[tipo]
    num = f"{seq} 2024/{n[tipo]}"
    code = codes.setdefault(o['name'], f"CLI-{len(codes)+1:04d}") if o['name'] and o['kind'] != 'anonymous_retail' else ""
    c = rng.choice(CITIES)
    hasaddr = o['name'] and o['kind'] != 'anonymous_retail' and rng.random() < .7
    est = rng.choice(["Finalizado", "Pago", "Pago"]) if tipo == 'Fatura' else "Pago"
    for desc, q, p in o['lines']:
        iva = 23
        exempt = ""
        if o['kind'] == 'foreign_company': iva = 0; exempt = "M16"
        net = round(q * p, 2)
        rows.append({"Data": d.strftime('%d/%m/%Y'), "Tipo": tipo, "Número": num, "Estado": est,
                     "Código do cliente": code, "Cliente": o['name'], "NIF": o['nif'], "País": {"PT": "Portugal", "ES": "Espanha", "FR": "França"}.get(o['cc'], "Portugal"),
                     "Email": o['email'], "Morada": f"Rua {rng.choice(['Augusta','de Santa Catarina','do Comércio','5 de Outubro','da Liberdade'])}, {rng.randint(1,300)}" if hasaddr else "",
                     "Código postal": f"{c[1][:2]}{rng.randint(0,99):02d}-{rng.randint(0,999):03d}" if hasaddr else "", "Localidade": c[0] if hasaddr else "",
                     "Item": f"ART{rng.randint(1000,9999)}", "Descrição": desc, "Quantidade": q, "Preço unitário": p, "Desconto": 0, "IVA": f"IVA{iva}",
                     "Motivo de isenção": exempt, "Total s/ IVA": net, "Total c/ IVA": round(net * (1 + iva / 100), 2),
                     "Método de pagamento": o['pay'], "Referência": o['ref'], "Observações": o['com']})
        labels.append((o['label'], o['amb'], o['kind'], o['cc']))

df = pd.DataFrame(rows)
path = os.path.join(SET, 'layouts', KID + '.xlsx')
df.to_excel(path, index=False, sheet_name="Documentos")
write_key(KID, {
    "id": KID, "system": "InvoiceXpress - Documentos (faturas, faturas-recibo, faturas simplificadas), exportação para Excel", "country": "PT", "language": "pt",
    "docs": ["InvoiceXpress help (invoicexpress.helpscoutdocs.com, 'Batch Invoice Import'): client fields are fiscal id (NIF), country, name, code, email, address, postcode, city; item fields name/description/unit price/quantity/VAT/tax_exemption_reason (M-codes); invoice fields date, due date, referência, observations. The export headers here are those fields with the Portuguese labels InvoiceXpress shows in its interface (Cliente, NIF, Código do cliente, Referência, Observações, Motivo de isenção).",
             "Document types and numbering follow Portuguese certified invoicing (FT/FR/FS series 'FT 2024/12'); 'Consumidor final' with NIF 999999990 is the standard anonymous consumer. XLSX, dates dd/mm/aaaa, numeric cells."],
    "fields": {"buyer": "Cliente", "product": "Descrição", "quantity": "Quantidade", "amount": "Total s/ IVA", "tax_id": "NIF", "email": "Email", "payment": "Método de pagamento", "comment": "Observações"},
    "also_ok": {"amount": ["Total c/ IVA"]},
    "notes": "One row per document item; the sheet has one header row, no totals. An order is one 'Número' (document number). 'Item' is the article code, 'Descrição' its name. Rows with NIF 999999990 / 'Consumidor final' are anonymous retail. Product-only rows have empty client fields."
}, labels)
print(KID, len(rows), 'rows', len(orders), 'orders')
