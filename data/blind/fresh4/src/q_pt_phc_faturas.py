"""PHC (Portugal) - sales documents (faturação) exported to Excel, one row per document line.

Seller: an office-supplies / IT reseller in Leiria. Dates are written as text dd-MM-yyyy
(PHC GO Excel configuration default), decimal separator '.', column titles shown.
Rebuild: python q_pt_phc_faturas.py  (seed fixed)
"""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Font

from q_common import LAYOUTS, pt_nif, pt_nif_valid, save_xlsx_fixed, write_key, write_labels

LAYOUT_ID = "q_pt_phc_faturas"
rng = random.Random(4202406)

HEADERS = [
    "Documento", "Nº Documento", "Data do Documento", "Vencimento", "Nº Cliente", "Cliente", "Estabelecimento",
    "Nº Contribuinte", "Morada", "Localidade", "Código Postal", "País", "E-mail", "Referência", "Designação",
    "Quantidade", "Preço Unitário", "Desconto", "Taxa IVA", "Total Líquido", "Total Documento",
    "Modo de Pagamento", "Condição de Pagamento", "Observações",
]

OFFICE = [
    ("PAP-A4-80", "Papel fotocópia A4 80g Navigator (resma 500 fls)", 4.20, (10, 120)),
    ("PAP-A3-80", "Papel fotocópia A3 80g (resma 500 fls)", 9.80, (2, 20)),
    ("TON-HP59A", "Toner HP 59A preto CF259A", 98.50, (1, 6)),
    ("TON-BR2410", "Toner Brother TN-2410", 52.00, (1, 6)),
    ("TIN-HP305", "Tinteiro HP 305 tricolor", 16.90, (1, 10)),
    ("ARQ-L80", "Pasta de arquivo lombada larga 80mm", 2.35, (10, 100)),
    ("ESF-BIC", "Esferográfica BIC Cristal azul (cx 50)", 11.50, (1, 6)),
    ("AGR-24/6", "Agrafos 24/6 (cx 1000)", 0.95, (5, 40)),
    ("POST-IT", "Blocos Post-it 76x76 (pack 12)", 9.90, (1, 10)),
    ("ENV-DL", "Envelopes DL janela (cx 500)", 18.40, (1, 8)),
    ("CAD-ESC", "Cadeira de escritório ergonómica", 149.00, (1, 8)),
    ("SEC-120", "Secretária 120x60 cinza", 189.00, (1, 6)),
]
IT = [
    ("PC-HP-PB450", "Portátil HP ProBook 450 G10 i5 16GB 512GB", 829.00, (1, 10)),
    ("PC-LEN-E14", "Portátil Lenovo ThinkPad E14 Gen 5", 779.00, (1, 8)),
    ("MON-DELL24", "Monitor Dell P2423 24\"", 189.00, (1, 12)),
    ("IMP-HPM404", "Impressora HP LaserJet Pro M404dn", 259.00, (1, 4)),
    ("MFC-BR-L2710", "Multifunções Brother MFC-L2710DW", 219.00, (1, 3)),
    ("RAT-LOG", "Rato Logitech M185 sem fios", 12.90, (1, 20)),
    ("TEC-LOG", "Teclado Logitech K120", 11.50, (1, 20)),
    ("DISK-1TB", "Disco externo Seagate 1TB", 54.90, (1, 5)),
    ("SW-M365", "Microsoft 365 Business Standard (licença anual)", 126.00, (1, 25)),
    ("SRV-INST", "Serviço técnico - instalação e configuração (hora)", 35.00, (1, 8)),
    ("UPS-APC", "UPS APC Back-UPS 700VA", 109.00, (1, 4)),
    ("SW-TPL24", "Switch TP-Link 24 portas gigabit", 119.00, (1, 2)),
]
HYGIENE = [
    ("HIG-TOALH", "Toalhete de mãos zig-zag (cx 20 maços)", 21.90, (2, 30)),
    ("HIG-PHIG", "Papel higiénico industrial (fardo 12 rolos)", 14.80, (2, 40)),
    ("LIM-DET5L", "Detergente multiusos 5L", 8.60, (2, 20)),
    ("HIG-SAB5L", "Sabonete líquido 5L", 9.90, (2, 20)),
]
HOUSEHOLD = {
    "chaleira": ("ELD-CHAL", "Chaleira elétrica 1,7L", 24.90),
    "cafe": ("ELD-CAFE", "Máquina de café Delta Q Mini", 59.00),
    "micro": ("ELD-MICRO", "Micro-ondas 20L", 79.00),
    "tv": ("TV-SAM43", "Televisor Samsung 43\" 4K", 349.00),
}
RETAIL = [
    ("MOC-ESC", "Mochila escolar", 29.90, (1, 2)),
    ("CAD-A4", "Caderno A4 quadriculado", 2.40, (1, 6)),
    ("CALC-CAS", "Calculadora científica Casio fx-82SP", 17.90, (1, 1)),
    ("EST-LAP", "Estojo lápis de cor Faber-Castell (24)", 6.90, (1, 2)),
    ("TAB-SAM", "Tablet Samsung Galaxy Tab A9", 169.00, (1, 1)),
    ("AUR-JBL", "Auscultadores JBL Tune 520BT", 44.90, (1, 1)),
    ("TIN-HP305", "Tinteiro HP 305 tricolor", 16.90, (1, 2)),
    ("PAP-A4-80", "Papel fotocópia A4 80g Navigator (resma 500 fls)", 4.20, (1, 3)),
    ("RAT-LOG", "Rato Logitech M185 sem fios", 12.90, (1, 1)),
    ("PC-LEN-E14", "Portátil Lenovo ThinkPad E14 Gen 5", 779.00, (1, 1)),
]

STREETS = ["Rua Barão de Viamonte", "Avenida Heróis de Angola", "Rua Dr. Correia Mateus", "Largo 5 de Outubro",
           "Rua Tenente Valadim", "Avenida Marquês de Pombal", "Rua de Tomar", "Rua Cidade Tokushima",
           "Avenida Dr. José Jardim", "Rua da Alegria", "Rua Machado dos Santos", "Estrada da Maceira"]
TOWNS = [("Leiria", "2400-"), ("Leiria", "2410-"), ("Marinha Grande", "2430-"), ("Pombal", "3100-"),
         ("Batalha", "2440-"), ("Porto de Mós", "2480-"), ("Alcobaça", "2460-"), ("Maceira LRA", "2405-")]


def address(town=None):
    t = town or rng.choice(TOWNS)
    return f"{rng.choice(STREETS)}, {rng.randint(1, 220)}", t[0], f"{t[1]}{rng.randint(1, 999):03d}"


def nif(prefix):
    rest = 8 - len(prefix)
    n = pt_nif(prefix + "".join(str(rng.randint(0, 9)) for _ in range(rest)))
    assert pt_nif_valid(n)
    return n


customers = []
_next_no = [100]


def cust(name, nif_, email="", label="B2B", kind="company", town=None, amb=False, pay="Transferência bancária",
         cond="30 dias", obs="", no=None):
    if no is None:
        _next_no[0] += rng.randint(1, 9)
        no = _next_no[0]
    mor, loc, cp = address(TOWNS[[t[0] for t in TOWNS].index(town)] if town else None)
    return dict(no=no, name=name, nif=nif_, email=email, label=label, kind=kind, mor=mor, loc=loc, cp=cp, amb=amb,
                pay=pay, cond=cond, obs=obs, country="PT")


def lines_from(pool, nmin, nmax):
    out = []
    for ref, des, price, (qa, qb) in rng.sample(pool, rng.randint(nmin, min(nmax, len(pool)))):
        out.append((ref, des, rng.randint(qa, qb), price))
    return out


docs = []
START = dt.date(2024, 1, 3)


def add_doc(c, lines, kind="FT", when=None):
    d = when or START + dt.timedelta(days=rng.randint(0, 175))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    docs.append(dict(c=c, lines=lines, kind=kind, date=d))


COMPANIES = [
    ("Crisal - Cristalaria Automática, S.A.", "compras@crisal.pt", "Marinha Grande"),
    ("Vangest - Engenharia e Moldes, S.A.", "aprovisionamento@vangest.com", "Marinha Grande"),
    ("Respol - Resinas, S.A.", "compras@respol.pt", "Leiria"),
    ("Plimat - Plásticos Industriais Matos, S.A.", "geral@plimat.pt", "Leiria"),
    ("Grupo Lena - SGPS, S.A.", "compras@grupolena.pt", "Leiria"),
    ("Farmácia Lusitana, Lda.", "farmacialusitana@gmail.com", "Leiria"),
    ("Rebelo & Associados - Contabilidade, Lda.", "geral@rebeloassociados.pt", "Leiria"),
    ("Clínica Dentária Sorriso do Lis, Lda.", "clinica@sorrisodolis.pt", "Leiria"),
    ("TRANSPORTES GASPAR & FILHOS, LDA", "transportesgaspar@sapo.pt", "Pombal"),
    ("Restaurante O Casarão, Lda.", "ocasarao@gmail.com", "Batalha"),
    ("Imobiliária Pinhal de Leiria, Lda.", "info@pinhaldeleiria.pt", "Leiria"),
    ("Construções Sousa Marques, Lda.", "escritorio@sousamarques.pt", "Porto de Mós"),
    ("Moldes Cristal do Lis, Lda.", "compras@moldescristal.pt", "Marinha Grande"),
    ("Auto Reparadora Central de Pombal, Lda.", "oficina.arcp@gmail.com", "Pombal"),
    ("Tecnifor - Escola Profissional, Lda.", "secretaria@tecnifor.pt", "Leiria"),
]
company_recs = {}
for name, email, town in COMPANIES:
    c = cust(name, nif(rng.choice(["50", "51"])), email, town=town,
             cond=rng.choice(["30 dias", "30 dias", "60 dias", "Pronto pagamento"]))
    if "Escola Profissional" in name:
        c["kind"] = "private_school"
    company_recs[name] = c
    for _ in range(rng.choice([1, 2, 2, 3])):
        add_doc(c, lines_from(OFFICE, 1, 2) + (lines_from(IT, 1, 2) if rng.random() < .35 else [])
                + (lines_from(HYGIENE, 1, 1) if rng.random() < .25 else []))

NONPROFITS = [
    ("Santa Casa da Misericórdia de Leiria", "geral@scmleiria.pt", "charity"),
    ("Centro Social Paroquial de Marrazes", "cspmarrazes@gmail.com", "charity"),
    ("Colégio Conciliar de Maria Imaculada", "secretaria@cmi-leiria.pt", "private_school"),
    ("União Desportiva de Leiria", "secretaria@udleiria.pt", "sports_club"),
    ("Associação Comercial e Serviços de Leiria", "geral@acilis.pt", "association"),
]
for name, email, kind in NONPROFITS:
    c = cust(name, nif("50"), email, kind=kind, town="Leiria")
    for _ in range(rng.choice([1, 2])):
        add_doc(c, lines_from(OFFICE, 1, 2) + lines_from(HYGIENE, 0, 2))
c = cust("Condomínio do Edifício Jardins do Lis", nif("90"), "adm.jardinsdolis@gmail.com", kind="homeowners_association", town="Leiria")
add_doc(c, lines_from(HYGIENE, 1, 3))

ENI = [
    ("Rui Manuel Gaspar - Mediação Imobiliária", "ruigaspar.imobiliaria@gmail.com"),
    ("Carla Sofia Mendes, Contabilista Certificada", "carlamendes.cc@sapo.pt"),
    ("António José Ferreira - Canalizações", "ajferreira.canalizacoes@gmail.com"),
    ("Helena Vieira - Consultório de Psicologia", "helenavieira.psi@gmail.com"),
    ("JOÃO CARLOS PEREIRA - INSTALAÇÕES ELÉTRICAS", "jcpereira.eletricidade@hotmail.com"),
]
eni_recs = {}
for name, email in ENI:
    c = cust(name, nif(rng.choice(["1", "2"])), email, kind="sole_trader", town="Leiria",
             pay=rng.choice(["Transferência bancária", "Multibanco", "MB WAY"]), cond="Pronto pagamento")
    eni_recs[name] = c
    for _ in range(rng.choice([1, 2])):
        add_doc(c, lines_from(OFFICE[:10], 1, 2) + (lines_from(IT[:10], 1, 1) if rng.random() < .5 else []))

# public sector: name, nif prefix, email, kind, town
PUBLIC = [
    ("Município de Leiria", "505", "aprovisionamento@cm-leiria.pt", "municipality", "Leiria"),
    ("Câmara Municipal da Marinha Grande", "506", "compras@cm-mgrande.pt", "municipality", "Marinha Grande"),
    ("Câmara Municipal de Pombal", "506", "aprovisionamento@cm-pombal.pt", "municipality", "Pombal"),
    ("Câmara Municipal da Batalha", "506", "geral@cm-batalha.pt", "municipality", "Batalha"),
    ("Câmara Municipal de Alcobaça", "505", "compras@cm-alcobaca.pt", "municipality", "Alcobaça"),
    ("Município de Porto de Mós", "506", "geral@municipio-portodemos.pt", "municipality", "Porto de Mós"),
    ("Junta de Freguesia de Marrazes e Barosa", "510", "geral@jf-marrazesbarosa.pt", "parish_council", "Leiria"),
    ("União das Freguesias de Leiria, Pousos, Barreira e Cortes", "510", "geral@uf-leiria.pt", "parish_council", "Leiria"),
    ("Junta de Freguesia da Maceira", "507", "jf.maceira@gmail.com", "parish_council", "Maceira LRA"),
    ("Junta de Freguesia de Vieira de Leiria", "507", "geral@jf-vieiradeleiria.pt", "parish_council", "Marinha Grande"),
    ("Agrupamento de Escolas Domingos Sequeira", "600", "direcao@aedsequeira.pt", "public_school", "Leiria"),
    ("Agrupamento de Escolas Marinha Grande Poente", "600", "secretaria@aemgpoente.pt", "public_school", "Marinha Grande"),
    ("Agrupamento de Escolas de Pombal", "600", "geral@aepombal.edu.pt", "public_school", "Pombal"),
    ("Escola Secundária Afonso Lopes Vieira", "600", "esalv@esalv.pt", "public_school", "Leiria"),
    ("Unidade Local de Saúde da Região de Leiria, E.P.E.", "509", "aprovisionamento@ulsrl.min-saude.pt", "public_hospital", "Leiria"),
    ("Unidade Local de Saúde de Coimbra, E.P.E.", "510", "compras@ulscoimbra.min-saude.pt", "public_hospital", None),
    ("Instituto Politécnico de Leiria", "506", "aprovisionamento@ipleiria.pt", "public_polytechnic", "Leiria"),
    ("Universidade de Coimbra", "501", "compras@uc.pt", "public_university", None),
    ("GNR - Comando Territorial de Leiria", "600", "ctlra@gnr.pt", "police", "Leiria"),
    ("Instituto da Segurança Social, I.P. - Centro Distrital de Leiria", "505", "iss-leiria@seg-social.pt", "state_agency", "Leiria"),
    ("Regimento de Artilharia N.º 4", "600", "ra4@exercito.pt", "armed_forces", "Leiria"),
]
public_recs = {}
for name, prefix, email, kind, town in PUBLIC:
    c = cust(name, nif(prefix), email, label="B2G", kind=kind, town=town, cond=rng.choice(["30 dias", "60 dias", "90 dias"]))
    if town is None:
        c["loc"], c["cp"], c["mor"] = "Coimbra", f"3000-{rng.randint(1, 999):03d}", "Praceta Prof. Mota Pinto" if "Saúde" in name else "Paço das Escolas"
    public_recs[name] = c
    n = 1 if kind in ("police", "armed_forces", "state_agency") else rng.choice([1, 1, 2, 2])
    for _ in range(n):
        c2 = dict(c)
        r = rng.random()
        if r < 0.5:
            c2["obs"] = f"Compromisso n.º {rng.randint(100, 4999)}/2024"
        elif r < 0.75:
            c2["obs"] = f"Requisição n.º {rng.randint(1000, 99999)} - Ajuste direto simplificado"
        else:
            c2["obs"] = f"Nota de encomenda NE{rng.randint(10000, 99999)}; Compromisso n.º {rng.randint(100, 4999)}"
        add_doc(c2, lines_from(OFFICE, 1, 2) + (lines_from(IT, 1, 2) if rng.random() < .4 else [])
                + (lines_from(HYGIENE, 1, 1) if rng.random() < .25 else []))

# private persons with NIF
GIVEN = ["Ana", "Maria", "Joana", "Inês", "Beatriz", "Catarina", "Sofia", "Marta", "Rita", "Mariana", "João", "Pedro",
         "Tiago", "Rui", "Miguel", "André", "Diogo", "Nuno", "Ricardo", "Francisco", "Luís", "Paulo"]
MIDDLE = ["Margarida", "Isabel", "Filipa", "Manuel", "José", "Carlos", "Miguel", "Sofia", ""]
SURN = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
        "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho",
        "Vieira", "Gaspar", "Mendes", "Batista", "Domingues"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "sapo.pt", "outlook.pt", "live.com.pt", "iol.pt"]


def person():
    g = rng.choice(GIVEN)
    m = rng.choice(MIDDLE)
    s1, s2 = rng.sample(SURN, 2)
    full = " ".join(x for x in (g, m, s1, s2) if x)
    tr = str.maketrans("áàãâéêíóõôúçÁÉÍÓÚÇ", "aaaaeeioooucAEIOUC")
    email = f"{g.translate(tr).lower()}.{s2.translate(tr).lower()}{rng.choice(['', str(rng.randint(1, 99))])}@{rng.choice(FREEMAIL)}"
    r = rng.random()
    if r < 0.12:
        full = full.upper()
    elif r < 0.18:
        full = full + " "
    return full, email


for _ in range(30):
    name, email = person()
    c = cust(name, nif(rng.choice(["1", "2", "2", "3"])), email if rng.random() < .7 else "", label="B2C",
             kind="private_person", pay=rng.choice(["Multibanco", "Multibanco", "Numerário", "MB WAY"]), cond="Pronto pagamento")
    add_doc(c, lines_from(RETAIL, 1, 2), kind=rng.choice(["FT", "FR", "FR"]))

# consumidor final (generic customer, NIF 999999990)
CF = dict(no=1, name="Consumidor final", nif="999999990", email="", label="B2C", kind="anonymous_retail", mor="", loc="",
          cp="", amb=False, pay="Numerário", cond="Pronto pagamento", obs="", country="PT")
for _ in range(24):
    c = dict(CF, pay=rng.choice(["Numerário", "Multibanco", "Multibanco", "MB WAY"]))
    add_doc(c, lines_from(RETAIL, 1, 2), kind="FS")

# ----------------------------------------------------------------- ambiguous records
SOE = [
    ("CP - Comboios de Portugal, E.P.E.", "compras@cp.pt", "Ajuste direto n.º AD-2024-0412 (CCP, art.º 128.º)"),
    ("Infraestruturas de Portugal, S.A.", "aprovisionamento@infraestruturasdeportugal.pt", "Procedimento CCP n.º 4000312571 - Consulta prévia"),
    ("Águas do Centro Litoral, S.A.", "compras@adcl.pt", "Consulta prévia CP/2024/037 ao abrigo do CCP"),
]
for name, email, obs in SOE:
    c = cust(name, nif("50"), email, kind="state_owned_company", amb=True, obs=obs, cond="60 dias", town="Leiria")
    add_doc(c, lines_from(OFFICE, 2, 3) + lines_from(IT, 1, 2))
ch = HOUSEHOLD["chaleira"]
add_doc(dict(public_recs["Unidade Local de Saúde da Região de Leiria, E.P.E."], amb=True, kind="public_hospital_household_item",
             obs="Compromisso n.º 3187/2024"), [(ch[0], ch[1], 1, ch[2])])
tv = HOUSEHOLD["tv"]
add_doc(dict(public_recs["Junta de Freguesia da Maceira"], amb=True, kind="parish_council_household_item",
             obs="Requisição n.º 2024/118"), [(tv[0], tv[1], 1, tv[2])])
cf_ = HOUSEHOLD["cafe"]
add_doc(dict(company_recs["Imobiliária Pinhal de Leiria, Lda."], amb=True, kind="company_household_item", pay="Multibanco"),
        [(cf_[0], cf_[1], 1, cf_[2])])
mi, ch2 = HOUSEHOLD["micro"], HOUSEHOLD["chaleira"]
add_doc(dict(company_recs["Restaurante O Casarão, Lda."], amb=True, kind="company_household_item"),
        [(mi[0], mi[1], 1, mi[2]), (ch2[0], ch2[1], 1, ch2[2])])
add_doc(dict(eni_recs["Rui Manuel Gaspar - Mediação Imobiliária"], amb=True, kind="sole_trader_personal_purchase",
             pay="Multibanco", cond="Pronto pagamento"), [(tv[0], tv[1], 1, tv[2])], kind="FR")
c = cust("Agência Europeia da Segurança Marítima (EMSA)", nif("98"), "procurement@emsa.europa.eu", kind="international_org",
         amb=True, cond="30 dias", obs="Purchase order EMSA/PO/2024/0981")
c["loc"], c["cp"], c["mor"] = "Lisboa", "1249-206", "Praça Europa, 4"
add_doc(c, lines_from(IT, 2, 3) + lines_from(OFFICE, 1, 2))
c = cust("Fundação INATEL", nif("50"), "compras@inatel.pt", kind="state_founded_foundation", amb=True, cond="30 dias")
c["loc"], c["cp"], c["mor"] = "Lisboa", "1049-066", "Calçada de Sant'Ana, 180"
add_doc(c, lines_from(OFFICE, 1, 3))
add_doc(c, lines_from(HYGIENE, 2, 3))
name, email = person()
c = cust(name, nif("2"), email, label="B2B", kind="private_person_resale", amb=True, pay="MB WAY", cond="Pronto pagamento",
         obs="Material para revenda na minha papelaria (abertura em março)")
add_doc(c, [("CAD-A4", "Caderno A4 quadriculado", 120, 2.40), ("ESF-BIC", "Esferográfica BIC Cristal azul (cx 50)", 10, 11.50),
            ("EST-LAP", "Estojo lápis de cor Faber-Castell (24)", 40, 6.90)], kind="FR")
name, email = person()
c = cust(name, nif("2"), email, label="B2C", kind="private_person_bulk", amb=True, pay="Multibanco", cond="Pronto pagamento")
add_doc(c, [("CALC-CAS", "Calculadora científica Casio fx-82SP", 40, 17.90)], kind="FR")
c = cust("Sónia Isabel Marques Domingues", nif("2"), "sonia.domingues@cm-leiria.pt", label="B2C", kind="person_gov_email",
         amb=True, pay="MB WAY", cond="Pronto pagamento")
add_doc(c, [("TAB-SAM", "Tablet Samsung Galaxy Tab A9", 1, 169.00), ("AUR-JBL", "Auscultadores JBL Tune 520BT", 1, 44.90)], kind="FR")
c = cust("Paulo Jorge Lopes Pinto", nif("1"), "paulo.pinto@aedsequeira.pt", label="B2C", kind="person_school_email",
         amb=True, pay="Multibanco", cond="Pronto pagamento")
add_doc(c, [("MOC-ESC", "Mochila escolar", 2, 29.90), ("CALC-CAS", "Calculadora científica Casio fx-82SP", 1, 17.90)], kind="FR")
DIV = dict(no=9999, name="Clientes Diversos", nif="", email="", label="B2B", kind="catch_all_account", mor="", loc="", cp="",
           amb=True, pay="Numerário", cond="Pronto pagamento", obs="", country="PT")
add_doc(dict(DIV), [("TON-HP59A", "Toner HP 59A preto CF259A", 10, 98.50), ("PAP-A4-80", "Papel fotocópia A4 80g Navigator (resma 500 fls)", 50, 4.20)], kind="FR")
add_doc(dict(DIV, label="B2C"), [("CAD-A4", "Caderno A4 quadriculado", 3, 2.40), ("EST-LAP", "Estojo lápis de cor Faber-Castell (24)", 1, 6.90)], kind="FR")
add_doc(dict(DIV, label="B2B", pay="Transferência bancária"), [("SW-M365", "Microsoft 365 Business Standard (licença anual)", 12, 126.00)], kind="FR")

# credit notes for two existing invoices (same customer, negative quantities)
docs.sort(key=lambda x: x["date"])
for i in (12, 57):
    src = docs[i]
    ref, des, q, p = src["lines"][0]
    c2 = dict(src["c"])
    c2["_credit_of"] = True
    add_doc(c2, [(ref, des, -max(1, q // 2), p)], kind="NC", when=src["date"] + dt.timedelta(days=9))

# ----------------------------------------------------------------- write
docs.sort(key=lambda x: (x["date"], x["kind"]))
series = {"FT": "Fatura", "FR": "Fatura-Recibo", "FS": "Fatura Simplificada", "NC": "Nota de Crédito"}
counters = {k: 0 for k in series}
rows, labels = [], []
invoice_numbers = {}
for dref in docs:
    c = dref["c"]
    counters[dref["kind"]] += 1
    number = f"{dref['kind']} 2024A/{counters[dref['kind']]}"
    d = dref["date"]
    cond = c["cond"] if dref["kind"] == "FT" else "Pronto pagamento"
    days = {"30 dias": 30, "60 dias": 60, "90 dias": 90}.get(cond, 0)
    due = d + dt.timedelta(days=days)
    pay = c["pay"] if dref["kind"] != "FT" or c["label"] != "B2C" else "Transferência bancária"
    obs = c["obs"]
    if dref["kind"] == "NC":
        obs = "Devolução de mercadoria - retifica documento anterior"
    if c["kind"] == "anonymous_retail":
        pay = c["pay"]
    doc_lines = []
    for ref, des, q, p in dref["lines"]:
        disc = 0
        if c["label"] in ("B2B", "B2G") and c["kind"] != "catch_all_account" and rng.random() < 0.2:
            disc = rng.choice([3, 5, 10])
        net = round(q * p * (1 - disc / 100), 2)
        doc_lines.append((ref, des, q, p, disc, net))
    total = round(sum(x[5] for x in doc_lines) * 1.23, 2)
    for ref, des, q, p, disc, net in doc_lines:
        rows.append([
            series[dref["kind"]], number, d.strftime("%d-%m-%Y"), due.strftime("%d-%m-%Y"), c["no"], c["name"], 0,
            c["nif"], c["mor"], c["loc"], c["cp"], "Portugal" if c["name"] not in ("Clientes Diversos",) else "",
            c["email"], ref, des, q, p, disc, 23, net, total, pay, cond, obs,
        ])
        labels.append(dict(label=c["label"], ambiguous=c["amb"], kind=c["kind"], country=c["country"]))

wb = Workbook()
ws = wb.active
ws.title = "Faturação"
ws.append(HEADERS)
for cell in ws[1]:
    cell.font = Font(bold=True)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for cell in row:
        h = HEADERS[cell.column - 1]
        if h in ("Preço Unitário", "Total Líquido", "Total Documento"):
            cell.number_format = "0.00"
        elif h == "Nº Contribuinte":
            cell.number_format = "@"
LAYOUTS.mkdir(parents=True, exist_ok=True)
save_xlsx_fixed(wb, LAYOUTS / f"{LAYOUT_ID}.xlsx")
write_labels(LAYOUT_ID, labels)

write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "PHC CS / PHC GO - Documentos de Faturação (faturas, faturas-recibo, faturas simplificadas, notas de crédito), "
              "linhas exportadas para Excel",
    "country": "PT",
    "language": "pt",
    "docs": [
        "helpcenter.phcgo.net 'Como emitir um documento de faturação': header fields Nº Documento, Data do Documento, Hora do Documento, "
        "Vencimento, Cliente, Nº Cliente, Estabelecimento; customers searchable by name, nº de contribuinte or e-mail",
        "helpcenter.phcgo.net 'Como criar uma configuração de Excel': decimal separator defaults to '.', date format defaults to "
        "dd-MM-yyyy and all dates in the produced Excel file use it; option 'Mostra títulos das colunas'",
        "helpcenter.phccs.net SAF-T (PT) Portaria 302 'Customer' / 'Sales Invoices': generic customer 'Consumidor final' with NIF "
        "999999990 (Cl.ncont, Cl.nome); InvoiceNo = tipo SAF-T + espaço + ano + série + '/' + número; document types 1-3 (fatura, "
        "nota de débito, nota de crédito)",
        "helpcenter.phccs.net 'Documentos de Faturação - Outros Dados' / 'Configuração': Fatura (tipo 1), Nota de Crédito (tipo 3)",
    ],
    "fields": {"buyer": "Cliente", "product": "Designação", "quantity": "Quantidade", "amount": "Total Líquido",
               "tax_id": "Nº Contribuinte", "email": "E-mail", "payment": "Modo de Pagamento", "comment": "Observações"},
    "also_ok": {"amount": ["Total Documento", "Preço Unitário"], "payment": ["Condição de Pagamento"], "product": ["Referência"]},
    "notes": "One row per document line; document columns (Documento, Nº Documento, dates, customer, Total Documento with IVA) repeat "
             "on each line. Header in row 1, no title or totals rows. Dates are text dd-MM-yyyy. 'Consumidor final' (Nº Cliente 1, "
             "NIF 999999990) is the generic anonymous customer of faturas simplificadas; 'Clientes Diversos' (Nº Cliente 9999, no NIF) "
             "is a catch-all account whose rows say nothing about the buyer. Public bodies quote a 'Compromisso n.º' or requisição in "
             "Observações. NIF check digits are valid. Notas de Crédito carry negative quantities.",
})
print(LAYOUT_ID, len(rows), "rows", len(docs), "docs")
