"""Portal das Finanças (AT) > Faturas e Recibos (trabalhadores independentes, 'recibos verdes') >
Consultar > emitidas, CSV download (new AT format with ATCUD).

Seller: an independent photographer in Porto (IVA normal regime).  Buyers: households, companies,
associations, public bodies (which withhold IRS at source), foreign clients.
Rebuilds layouts/lc_pt_at_faturas_recibos_emitidas.csv and its key.
"""
from __future__ import annotations

import datetime as dt
import random

from lc_common import LAYOUTS, es_cif, pt_nif, write_key

LID = "lc_pt_at_faturas_recibos_emitidas"
rnd = random.Random(130123)

HEADER = ["Referência", "Tipo Documento", "ATCUD", "Situação", "Data da Transação", "Motivo Emissão",
          "Data de Emissão", "País do Adquirente", "NIF Adquirente", "Nome do Adquirente",
          "Valor Tributável (em euros)", "Valor do IVA (em euros)", "Imposto do Selo como Retenção na Fonte",
          "Valor do Imposto do Selo (em euros)", "Valor do IRS (em euros)", "Total de Impostos (em euros)",
          "Total com Impostos (em euros)", "Total de Retenções na Fonte (em euros)",
          "Contribuição Cultura (em euros)", "Total do Documento (em euros)"]

START = dt.date(2024, 9, 2)
END = dt.date(2025, 8, 29)

FIRST_M = ["JOAO", "JOSE", "ANTONIO", "FRANCISCO", "PEDRO", "TIAGO", "RUI", "MIGUEL", "NUNO", "RICARDO",
           "ANDRE", "BRUNO", "DIOGO", "HUGO", "LUIS", "PAULO", "CARLOS", "GONCALO", "DUARTE", "MARCO"]
FIRST_F = ["MARIA", "ANA", "SOFIA", "INES", "CATARINA", "MARTA", "JOANA", "RITA", "SARA", "PATRICIA",
           "BEATRIZ", "MARIANA", "CLAUDIA", "SUSANA", "HELENA", "FILIPA", "CAROLINA", "DANIELA", "TERESA"]
MID_F = ["RITA", "SOFIA", "ISABEL", "LUISA", "MARGARIDA", "FILIPA", "CRISTINA", "JOAO", ""]
MID_M = ["MANUEL", "MIGUEL", "PEDRO", "JOSE", "ANTONIO", "FILIPE", "LUIS", ""]
SURN = ["SILVA", "SANTOS", "FERREIRA", "PEREIRA", "OLIVEIRA", "COSTA", "RODRIGUES", "MARTINS", "JESUS",
        "SOUSA", "FERNANDES", "GONCALVES", "GOMES", "LOPES", "MARQUES", "ALVES", "ALMEIDA", "RIBEIRO",
        "PINTO", "CARVALHO", "TEIXEIRA", "MOREIRA", "CORREIA", "MENDES", "NUNES", "SOARES", "VIEIRA",
        "MONTEIRO", "CARDOSO", "ROCHA", "NEVES", "COELHO", "CRUZ", "CUNHA", "PIRES", "RAMOS", "REIS",
        "SIMOES", "ANTUNES", "MAGALHAES", "AZEVEDO", "BARBOSA", "MACHADO", "CAMPOS", "VALENTE", "MOTA"]

COMPANIES = ["SONAE SGPS, S.A.", "NOS COMUNICACOES, S.A.", "SOGRAPE VINHOS, S.A.",
             "SYMINGTON FAMILY ESTATES VINHOS, S.A.", "FLADGATE PARTNERSHIP - VINHOS, S.A.",
             "CORTICEIRA AMORIM, S.G.P.S., S.A.", "PORTO EDITORA, S.A.", "IRMAOS VILA NOVA, S.A.",
             "BIAL - PORTELA & CA, S.A.", "FARFETCH PORTUGAL - UNIPESSOAL, LDA", "BLIP, S.A.",
             "CRITICAL SOFTWARE, S.A.", "SUPER BOCK GROUP, S.G.P.S., S.A.", "QUINTA DA AVELEDA, S.A.",
             "RESTAURANTE O GAVETO, LDA", "ANA LIMA - ARQUITETURA, UNIPESSOAL LDA", "IMOBILIARIA BOAVISTA, LDA",
             "NORTE EM FESTA - ORGANIZACAO DE EVENTOS, LDA", "CLINICA DENTARIA DA FOZ, LDA",
             "HOTEL PESTANA VINTAGE PORTO - HOTELARIA, S.A.", "MOTA-ENGIL, ENGENHARIA E CONSTRUCAO, S.A.",
             "EFACEC ENERGIA - MAQUINAS E EQUIPAMENTOS ELECTRICOS, S.A.", "METRO DO PORTO, S.A.",
             "CASA DAS TINTAS DO BONFIM, LDA", "JOAO PAULO MOREIRA, UNIPESSOAL LDA",
             "ATELIER DE NOIVAS MARGARIDA, LDA", "PINGO DOCE - DISTRIBUICAO ALIMENTAR, S.A."]
OTHER_ORGS = [("SANTA CASA DA MISERICORDIA DO PORTO", "nonprofit"), ("FUTEBOL CLUBE DO PORTO", "association"),
              ("ASSOCIACAO DE PAIS E ENCARREGADOS DE EDUCACAO DA ESCOLA BASICA DO SOLEIMA", "parents_association"),
              ("FABRICA DA IGREJA PAROQUIAL DA FREGUESIA DE SANTO ILDEFONSO", "religious_org"),
              ("UNIVERSIDADE CATOLICA PORTUGUESA", "private_university"),
              ("HOSPITAL DA LUZ ARRABIDA, S.A.", "private_hospital"),
              ("CRUZ VERMELHA PORTUGUESA", "red_cross_society"),
              ("APPACDM DO PORTO", "nonprofit")]
FOREIGN_COS = [("ESPANHA", "BODAS DE CINE VIGO S.L.", "ES"), ("ESPANHA", "EVENTOS GALICIA NORTE S.L.", "ES"),
               ("FRANÇA", "STUDIO LUMIERE EVENEMENTS SARL", "FR")]
FOREIGN_PEOPLE = [("REINO UNIDO", "EMILY WATSON", "GB"), ("FRANÇA", "CLAIRE DUBOIS", "FR"),
                  ("BRASIL", "LARISSA COSTA ALVES", "BR")]
PUBLIC = [("MUNICIPIO DO PORTO", "municipality", "501"), ("MUNICIPIO DE MATOSINHOS", "municipality", "501"),
          ("MUNICIPIO DE VILA NOVA DE GAIA", "municipality", "505"), ("MUNICIPIO DA MAIA", "municipality", "505"),
          ("MUNICIPIO DE GONDOMAR", "municipality", "501"),
          ("UNIAO DAS FREGUESIAS DE CEDOFEITA, SANTO ILDEFONSO, SE, MIRAGAIA, SAO NICOLAU E VITORIA", "parish_council", "510"),
          ("FREGUESIA DE PARANHOS", "parish_council", "507"),
          ("AGRUPAMENTO DE ESCOLAS GARCIA DE ORTA", "public_school", "600"),
          ("AGRUPAMENTO DE ESCOLAS CAROLINA MICHAELIS", "public_school", "600"),
          ("ESCOLA ARTISTICA DE SOARES DOS REIS", "public_school", "600"),
          ("FACULDADE DE BELAS ARTES DA UNIVERSIDADE DO PORTO", "public_university", "501"),
          ("INSTITUTO POLITECNICO DO PORTO", "public_university", "503"),
          ("UNIDADE LOCAL DE SAUDE DE SANTO ANTONIO, E.P.E.", "public_hospital", "508"),
          ("UNIDADE LOCAL DE SAUDE DE SAO JOAO, E.P.E.", "public_hospital", "509"),
          ("TEATRO NACIONAL SAO JOAO, E.P.E.", "state_business_entity", "504"),
          ("COMISSAO DE COORDENACAO E DESENVOLVIMENTO REGIONAL DO NORTE, I.P.", "regional_agency", "600"),
          ("POLICIA DE SEGURANCA PUBLICA", "police", "600"),
          ("GUARDA NACIONAL REPUBLICANA", "police", "600"),
          ("EXERCITO PORTUGUES - REGIMENTO DE TRANSMISSOES", "armed_forces", "600"),
          ("INSTITUTO DO EMPREGO E FORMACAO PROFISSIONAL, I.P.", "public_agency", "501"),
          ("AGENCIA PARA A MODERNIZACAO ADMINISTRATIVA, I.P.", "public_agency", "508"),
          ("MUSEUS E MONUMENTOS DE PORTUGAL, E.P.E.", "state_business_entity", "518"),
          ("TURISMO DO PORTO E NORTE DE PORTUGAL, E.R.", "regional_tourism_body", "510"),
          ("AGENCIA PARA O INVESTIMENTO E COMERCIO EXTERNO DE PORTUGAL, E.P.E.", "public_agency", "506")]

_NIF = {}


def nif_for(key, prefix):
    if key not in _NIF:
        _NIF[key] = pt_nif(prefix, rnd)
    return _NIF[key]


def person_name():
    fem = rnd.random() < 0.55
    first = rnd.choice(FIRST_F if fem else FIRST_M)
    mid = rnd.choice(MID_F if fem else MID_M)
    s = rnd.sample(SURN, 2)
    parts = [first] + ([mid] if mid and mid != first else []) + s
    return " ".join(parts)


def day():
    while True:
        d = START + dt.timedelta(days=rnd.randint(0, (END - START).days))
        if d.weekday() < 6:
            return d


docs = []


def add(country, nif, name, lo, hi, lab, amb, kind, buyer_cc, withhold, vat=True):
    docs.append(dict(country=country, nif=nif, name=name, base=round(rnd.uniform(lo, hi), 2),
                     withhold=withhold, vat=vat, date=day(),
                     lab=dict(label=lab, amb=amb, kind=kind, country=buyer_cc)))


# B2C: private persons (60), consumidor final (6), foreign private clients (3)
for _ in range(60):
    nm = person_name()
    add("PORTUGAL", nif_for(nm, rnd.choice(["1", "2", "2", "2", "3"])), nm, 80, 2600, "B2C", False,
        "private_person", "PT", False)
for _ in range(6):
    add("PORTUGAL", "999999990", "CONSUMIDOR FINAL", 25, 180, "B2C", False, "anonymous_consumer", "PT", False)
for country, name, cc in FOREIGN_PEOPLE:
    add(country, "", name, 300, 1800, "B2C", False, "private_person", cc, False)
# B2B: companies (36), other organisations (8), foreign companies (3)
for i in range(36):
    name = COMPANIES[i % len(COMPANIES)]
    add("PORTUGAL", nif_for(name, "5"), name, 150, 3600, "B2B", False,
        "state_owned_company" if name.startswith("METRO DO PORTO") else "company", "PT", True)
for name, kind in OTHER_ORGS:
    add("PORTUGAL", nif_for(name, "50"), name, 120, 2200, "B2B", False, kind, "PT", True)
for country, name, cc in FOREIGN_COS:
    tid = es_cif("B", rnd.choice(["36", "15", "27"]), f"{rnd.randint(0, 99999):05d}") if cc == "ES" \
        else f"FR{rnd.randint(10, 99)}{rnd.randint(100000000, 999999999)}"
    add(country, tid, name, 400, 2800, "B2B", False, "company", cc, False, vat=False)
# B2G: public bodies (33)
for i in range(33):
    name, kind, pref = PUBLIC[i % len(PUBLIC)]
    add("PORTUGAL", nif_for(name, pref), name, 120, 4800, "B2G", False, kind, "PT", True)
# ambiguous (21)
for _ in range(6):  # natural persons with organised accounting that withheld IRS
    nm = person_name()
    add("PORTUGAL", nif_for(nm, rnd.choice(["1", "2"])), nm, 150, 1400, "B2B", True,
        "sole_trader_withholding", "PT", True)
for name, n in [("AGENCIA EUROPEIA DA SEGURANCA MARITIMA", 2), ("AGENCIA DA UNIAO EUROPEIA SOBRE DROGAS", 1)]:
    for _ in range(n):
        add("PORTUGAL", nif_for(name, "98"), name, 600, 3200, "B2B", True, "international_org", "PT", False)
for name, n in [("FUNDACAO DE SERRALVES", 3), ("FUNDACAO INATEL", 1), ("FUNDACAO CASA DA MUSICA", 1)]:
    for _ in range(n):
        add("PORTUGAL", nif_for(name, "50"), name, 300, 3800, "B2B", True, "state_founded_foundation", "PT", True)
for _ in range(2):
    name = "APDL - ADMINISTRACAO DOS PORTOS DO DOURO, LEIXOES E VIANA DO CASTELO, S.A."
    add("PORTUGAL", nif_for(name, "501"), name, 500, 4200, "B2G", True, "port_authority_sa", "PT", True)
for _ in range(2):
    name = "PORTO DIGITAL - ASSOCIACAO"
    add("PORTUGAL", nif_for(name, "50"), name, 300, 2600, "B2B", True, "state_founded_nonprofit", "PT", True)
for _ in range(3):
    add("PORTUGAL", "", "", 40, 350, "B2C", True, "thin_record", "PT", False)

assert len(docs) == 170, len(docs)
docs.sort(key=lambda d: d["date"])


def num(v):
    """AT style: comma decimal, up to 3 decimals, no trailing zeros, integers bare."""
    s = f"{v:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


ATCUD_FR = "JJ7KQ4MX"
ATCUD_FT = "JJB2N8RC"
n_fr = n_ft = 0
annul = set(rnd.sample(range(len(docs)), 4))
lines = [";".join(HEADER)]
for i, d in enumerate(docs):
    if rnd.random() < 0.88:
        n_fr += 1
        ref, tipo, atcud, motivo = f"FR ATSIRE01FR/{n_fr}", "Fatura-Recibo", f"{ATCUD_FR}-{n_fr}", \
            "Pagamento dos bens ou dos serviços"
    else:
        n_ft += 1
        ref, tipo, atcud, motivo = f"FT ATSIRE01FT/{n_ft}", "Fatura", f"{ATCUD_FT}-{n_ft}", ""
    emis = d["date"]
    trans = emis - dt.timedelta(days=rnd.choice([0, 0, 0, 0, 1, 2, 5, 12]))
    rate = 0.25 if emis.year == 2024 else 0.23
    base = d["base"]
    iva = round(base * 0.23, 3) if d["vat"] else 0.0
    irs = round(base * rate, 3) if d["withhold"] else 0.0
    total_imp = round(base + iva, 3)
    total_doc = round(total_imp - irs, 3)
    lines.append(";".join([
        ref, tipo, atcud, "Anulado" if i in annul else "Emitido", trans.isoformat(), motivo, emis.isoformat(),
        d["country"], d["nif"], d["name"], num(base), num(iva), "", "0", num(irs), "", num(total_imp),
        num(irs), "0", num(total_doc)]))

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LID}.csv", "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("\n".join(lines) + "\n")

meta = {
    "id": LID,
    "system": "Portal das Finanças (Autoridade Tributária) — Faturas e Recibos de trabalhadores independentes "
              "('recibos verdes'), consulta de documentos emitidos, CSV download (format with ATCUD)",
    "country": "PT",
    "language": "pt",
    "docs": [
        "public AT-receipts parser tests (atRecibosParser): the current AT CSV of issued documents starts with a "
        "UTF-8 BOM and the ';'-separated header Referência;Tipo Documento;ATCUD;Situação;Data da Transação;"
        "Motivo Emissão;Data de Emissão;País do Adquirente;NIF Adquirente;Nome do Adquirente;Valor Tributável "
        "(em euros);Valor do IVA (em euros);Imposto do Selo como Retenção na Fonte;Valor do Imposto do Selo (em "
        "euros);Valor do IRS (em euros);Total de Impostos (em euros);Total com Impostos (em euros);Total de "
        "Retenções na Fonte (em euros);Contribuição Cultura (em euros);Total do Documento (em euros)",
        "same tests: sample rows 'FR ATSIRE01FR/17;Fatura-Recibo;JJ37MMGM-17;Emitido;2025-10-10;Pagamento dos "
        "bens ou dos serviços;2025-12-31;PORTUGAL;518326390;BRILHANTENTUSIASMO UNIPESSOAL LDA;500;0;;0;0;;500;"
        "0;0;500' — ISO dates, buyer name in upper case without accents, decimal comma with up to 3 decimals "
        "(568,64 / 130,787), bare integers, empty 'Imposto do Selo como Retenção na Fonte' and 'Total de "
        "Impostos'; Total do Documento = Total com Impostos minus retentions; retention rate 23% for category B",
        "'Fatura' documents with an empty Motivo Emissão, the 'Anulado' state and NIF 999999990 for consumidor "
        "final follow general AT practice; they were not seen verbatim in this CSV and are my reading",
    ],
    "fields": {"buyer": "Nome do Adquirente", "product": None, "quantity": None,
               "amount": "Total do Documento (em euros)", "tax_id": "NIF Adquirente", "email": None,
               "payment": None, "comment": None},
    "also_ok": {"amount": ["Valor Tributável (em euros)", "Total com Impostos (em euros)"]},
    "notes": "One row per issued document (Fatura-Recibo or Fatura), oldest first, no title or totals lines. "
             "The seller is a VAT-registered independent photographer; organisations with organised accounting "
             "(companies, associations, public bodies) withhold IRS at source (25% in 2024, 23% from 2025), so a "
             "non-zero 'Valor do IRS'/'Total de Retenções na Fonte' marks a buyer with organised accounting; "
             "private persons and foreign clients have none. EU business clients are reverse-charged (IVA 0). "
             "NIF 999999990 = consumidor final; three rows have neither NIF nor name. Four documents are "
             "'Anulado' and keep their buyer's label.",
}
write_key(LID, meta, [d["lab"] for d in docs])
print("written", len(docs))
