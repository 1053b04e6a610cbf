"""kc_es_aeat_libro_expedidas: AEAT "Libros registro IVA/IRPF - formato electrónico común" (XLSX),
sheet EXPEDIDAS_INGRESOS, as exported by a self-employed sworn translator/interpreter in Alicante
(book type U: unified VAT "facturas expedidas" + IRPF "ventas e ingresos").

Layout follows the AEAT template PLANTILLA_LIBROS_UNIFICADOS.xlsx: two header rows with merged group
cells (row 1 groups / single-column titles merged over rows 1-2, row 2 sub-columns), 36 columns A..AJ,
data from row 3, one line per invoice and VAT rate. Codes are the AEAT code lists (F1/F2/R4, I01,
clave 01/02, S1/N2, E3), dates dd/mm/yyyy, IRPF withholding only where the client is a Spanish
business or public body.
"""
import io
import re
import zipfile
from datetime import date, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from kc_common import (LAYOUTS, KEY, rng, es_dni, es_nie, es_cif, write_labels, write_key, money, de_vat, nl_vat,
                       it_piva, no_orgnr)

ID = "kc_es_aeat_libro_expedidas"
R = rng(120502)

ROW1 = {"A": "Autoliquidación", "C": "Actividad", "F": "Tipo de Factura", "G": "Concepto de\nIngreso",
        "H": "Ingreso Computable", "I": "Fecha\nExpedición", "J": "Fecha\nOperación",
        "K": "Identificación de la Factura", "N": "NIF Destinatario", "Q": "Nombre\nDestinatario",
        "R": "Clave de Operación", "S": "Calificación de la Operación", "T": "Operación\nExenta",
        "U": "Total\nFactura", "V": "Base\nImponible", "W": "Tipo\nde IVA", "X": "Cuota IVA\nRepercutida",
        "Y": "Tipo de\nRecargo Eq.", "Z": "Cuota Recargo Eq.",
        "AA": "Cobro (Operación Criterio de Caja de IVA y/o artículo 7.2.1º de Reglamento del IRPF)",
        "AE": "Tipo Retención\ndel IRPF", "AF": "Importe Retenido\ndel IRPF",
        "AG": "Registro Acuerdo Facturación", "AH": "Inmueble", "AJ": "Refrencia Externa"}
ROW2 = {"A": "Ejercicio", "B": "Periodo", "C": "Código", "D": "Tipo", "E": "Grupo o Epígrafe del IAE",
        "K": "Serie", "L": "Número", "M": "Número-Final", "N": "Tipo", "O": "Código País",
        "P": "Identificación", "AA": "Fecha", "AB": "Importe", "AC": "Medio Utilizado",
        "AD": "Identificación Medio Utilizado", "AH": "Situación", "AI": "Referencia Catastral"}
MERGES = ["A1:B1", "C1:E1", "F1:F2", "G1:G2", "H1:H2", "I1:I2", "J1:J2", "K1:M1", "N1:P1", "Q1:Q2", "R1:R2",
          "S1:S2", "T1:T2", "U1:U2", "V1:V2", "W1:W2", "X1:X2", "Y1:Y2", "Z1:Z2", "AA1:AD1", "AE1:AE2",
          "AF1:AF2", "AG1:AG2", "AH1:AI1", "AJ1:AJ2"]
COLS = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U",
        "V", "W", "X", "Y", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ"]

# ---------------------------------------------------------------- buyers
# public bodies: (name, nif, kind, ref pattern, amount range)
PUBLIC = [
    ("AYUNTAMIENTO DE ALICANTE", es_cif("P", 301400), "municipality", "Contrato menor {y}/{n:04d}", (380, 2900)),
    ("AYUNTAMIENTO DE BENIDORM", es_cif("P", 303100), "municipality", "Exp. {n}/{y}-TUR", (450, 3200)),
    ("AYUNTAMIENTO DE ELCHE", es_cif("P", 306500), "municipality", "Contrato menor {y}/{n:04d}", (300, 1800)),
    ("AYUNTAMIENTO DE TORREVIEJA", es_cif("P", 313300), "municipality", "Exp. {n}/{y}", (250, 1500)),
    ("AJUNTAMENT DE XABIA", es_cif("P", 308200), "municipality", "Exp. {n}/{y}", (200, 1200)),
    ("DIPUTACION PROVINCIAL DE ALICANTE", es_cif("P", 300000), "provincial_government", "Exp. {n}/{y}-CUL", (600, 2600)),
    ("CONSELLERIA DE JUSTICIA Y ADMON PUBLICA", es_cif("S", 4611001), "regional_ministry", "DP {n}/{y} Jdo. Instr. {k}", (90, 420)),
    ("GENERALITAT VALENCIANA - DPTO SALUD ALC", es_cif("S", 4611001), "public_hospital", "Pedido HGUA {y}-{n:05d}", (90, 380)),
    ("DIRECCION GENERAL DE LA POLICIA", es_cif("S", 2816015), "police", "Atestado {y}-{n:06d}", (80, 320)),
    ("DIRECCION GENERAL DE LA GUARDIA CIVIL", es_cif("S", 2816003), "police", "Diligencias {n}/{y}", (80, 320)),
    ("MANDO DE OPERACIONES ESPECIALES (MOE)", es_cif("S", 2830011), "armed_forces", "Exp. 2093/{y}/{n:04d}", (300, 1400)),
    ("UNIVERSIDAD DE ALICANTE", es_cif("Q", 332001), "public_university", "Pedido UA {y}/{n:05d}", (150, 1600)),
    ("UNIVERSIDAD MIGUEL HERNANDEZ DE ELCHE", es_cif("Q", 5350015), "public_university", "RC {y}/{n:05d}", (150, 1300)),
    ("SUBDELEGACION DEL GOBIERNO EN ALICANTE", es_cif("S", 2833002), "state_agency", "Exp. EXT {n}/{y}", (100, 600)),
    ("AGENCIA ESTATAL ADMON TRIBUTARIA", es_cif("Q", 2826000), "state_agency", "Exp. {y}ALC{n:05d}", (200, 900)),
    ("PATRONATO MUNICIPAL DE TURISMO ALICANTE", es_cif("P", 301403), "municipal_agency", "Contrato menor {y}/{n:03d}", (400, 2400)),
    ("CONSORCIO PROV. BOMBEROS DE ALICANTE", es_cif("P", 300034), "public_agency", "Exp. {n}/{y}", (250, 900)),
]
# organisations other than the state: (name, nif_or_tuple, kind, withhold, ref, range, amb)
BUSINESS = [
    ("SEPROTEC MULTILINGUAL SOLUTIONS SL", es_cif("B", 8147310), "company", True, "PO {n:06d}", (180, 1900), False),
    ("LINGUASERVE INTERNACIONALIZACION SA", es_cif("A", 8243910), "company", True, "Proyecto LS-{y}-{n:04d}", (200, 2400), False),
    ("CUATRECASAS GONCALVES PEREIRA SLP", es_cif("B", 5951210), "company", True, "Asunto {n:06d}", (350, 3800), False),
    ("J & A GARRIGUES SLP", es_cif("B", 8101840), "company", True, "Matter {n:07d}", (300, 3200), False),
    ("MELIA HOTELS INTERNATIONAL SA", es_cif("A", 7003150), "company", True, "PO 4500{n:06d}", (250, 1200), False),
    ("MERCADONA SA", es_cif("A", 4610355), "company", True, "Pedido {n:08d}", (200, 900), False),
    ("HIDRAQUA GESTION INTEGRAL AGUAS LEVANTE", es_cif("A", 5494100), "company", True, "", (150, 700), False),
    ("COSTA BLANCA PROPERTIES ALTEA SL", es_cif("B", 5378412), "company", True, "", (90, 450), False),
    ("INMOBILIARIA MEDITERRANEO JAVEA SL", es_cif("B", 3421755), "company", True, "", (90, 380), False),
    ("CLINICA VISTAHERMOSA SA", es_cif("A", 3060412), "private_hospital", True, "", (120, 600), False),
    ("CDAD PROP RESIDENCIAL LAS TERRAZAS", es_cif("H", 5412873), "homeowners_association", False, "", (150, 480), False),
    ("OBISPADO DE ORIHUELA-ALICANTE", es_cif("R", 300018), "religious_organisation", True, "", (120, 500), False),
    ("TRADUCCIONES LEVANTE LINGUA SL", es_cif("B", 5483961), "company", True, "Encargo {n:05d}", (150, 1200), False),
]
# ambiguous organisations
AMB_ORGS = [
    ("OFICINA PROPIEDAD INTELECTUAL UE EUIPO", es_cif("N", 300107), "international_org", False,
     "PO EUIPO/{y}/{n:05d}", (800, 3800), "E3"),
    ("CONSULADO BRITANICO EN ALICANTE", es_cif("N", 300215), "embassy", False, "Ref. CON/{n:04d}", (120, 600), "E3"),
    ("RENFE VIAJEROS SME SA", es_cif("A", 8686818), "state_owned_company", True, "Exp. {y}-{n:05d}-PA", (400, 2200), None),
    ("AENA SME SA", es_cif("A", 8621242), "state_owned_company", True, "Pedido 45009{n:05d} Exp. ALC/{y}/{k:03d}", (300, 1900), None),
    ("FUNDACION GENERAL UNIVERSIDAD ALICANTE", es_cif("G", 5302614), "state_founded_foundation", True, "", (200, 900), None),
    ("CRUZ ROJA ESPAÑOLA", es_cif("Q", 2866001), "red_cross_society", True, "Proyecto acogida {y}-{n:03d}", (150, 900), None),
]
EU_B2B = [  # (name, type, country, id, kind)
    ("LEXWORK UEBERSETZUNGEN GMBH", "02", "DE", de_vat(28341765), "foreign_company"),
    ("VERTAALBUREAU NOORDZEE BV", "02", "NL", nl_vat(85930211), "foreign_company"),
    ("TRADUZIONI ADRIATICO SRL", "02", "IT", "IT" + it_piva(287346041), "foreign_company"),
    ("CLIFFORD CHANCE LLP", "06", "GB", "OC323571", "foreign_company"),
    ("NORDIC LANGUAGE PARTNERS AS", "06", "NO", no_orgnr(91478523), "foreign_company"),
]
NOM = ["ANTONIO", "JOSE", "MANUEL", "FRANCISCO", "DAVID", "JAVIER", "JUAN", "CARLOS", "JORGE", "PABLO", "MARIA",
       "CARMEN", "ANA", "LAURA", "ISABEL", "LUCIA", "CRISTINA", "MARTA", "ELENA", "PILAR", "ROSA", "PAULA"]
APE = ["GARCIA", "MARTINEZ", "LOPEZ", "SANCHEZ", "GONZALEZ", "PEREZ", "RODRIGUEZ", "FERNANDEZ", "GOMEZ", "MARTIN",
       "JIMENEZ", "RUIZ", "HERNANDEZ", "DIAZ", "MORENO", "MUÑOZ", "ALVAREZ", "ROMERO", "NAVARRO", "TORRES",
       "SORIANO", "BELTRAN", "SANCHIS", "PASTOR", "CERDA", "PEREZ", "BERNABEU", "SEMPERE", "LLORCA", "IBORRA"]
FOREIGN = [("SMITH", "JOHN", "GB"), ("JONES", "SUSAN", "GB"), ("TAYLOR", "DAVID", "GB"), ("BROWN", "MARGARET", "GB"),
           ("WILLIAMS", "PETER", "GB"), ("O'BRIEN", "SEAN", "IE"), ("MUELLER", "HANS", "DE"),
           ("SCHNEIDER", "PETRA", "DE"), ("JANSSEN", "PIETER", "NL"), ("DE VRIES", "ANNEKE", "NL"),
           ("ANDERSSON", "ERIK", "SE"), ("HANSEN", "KARI", "NO"), ("VIRTANEN", "MIKKO", "FI"),
           ("DUBOIS", "CHANTAL", "FR"), ("PEETERS", "LUC", "BE"), ("NOWAK", "AGNIESZKA", "PL"),
           ("KOWALCZYK", "MAREK", "PL"), ("IVANOVA", "ELENA", "BG"), ("POPESCU", "IOANA", "RO"),
           ("EVANS", "GARETH", "GB"), ("WALKER", "LINDA", "GB"), ("NIELSEN", "LARS", "DK")]

START = date(2025, 1, 2)
END = date(2025, 6, 27)
invoices = []  # dicts


def rdate():
    return START + timedelta(days=R.randint(0, (END - START).days))


def amount(lo, hi):
    return money(R.uniform(lo, hi))


def ref_fill(pat, d):
    return pat.format(y=d.year, n=R.randint(12, 980), k=R.randint(1, 8)) if pat else ""


def add(d, name, idt, label, kind, amb, country, base, vat=21.0, withhold=False, ref="", tipo="F1",
        clave="01", calif="S1", exenta="", sign=1):
    invoices.append(dict(date=d, name=name, idt=idt, label=label, kind=kind, amb=amb, country=country,
                         base=base * sign, vat=vat, withhold=withhold, ref=ref, tipo=tipo, clave=clave,
                         calif=calif, exenta=exenta))


# public bodies (repeat buyers)
for name, nif, kind, pat, (lo, hi) in PUBLIC:
    for _ in range(R.choice([2, 3, 3, 4])):
        d = rdate()
        add(d, name, (None, None, nif), "B2G", kind, False, "ES", amount(lo, hi), withhold=True, ref=ref_fill(pat, d))
# businesses
for name, nif, kind, wh, pat, (lo, hi), amb in BUSINESS:
    for _ in range(R.choice([2, 3, 3, 4, 5]) if kind == "company" else R.choice([1, 2])):
        d = rdate()
        add(d, name, (None, None, nif), "B2B", kind, amb, "ES", amount(lo, hi), withhold=wh, ref=ref_fill(pat, d))
for name, nif, kind, wh, pat, (lo, hi), exe in AMB_ORGS:
    for _ in range(3 if kind == "international_org" else 2):
        d = rdate()
        if isinstance(nif, tuple):
            idt = nif
        else:
            idt = (None, None, nif)
        label = "B2G" if kind == "embassy" else "B2B"
        amb = kind != "embassy"
        if exe:
            add(d, name, idt, label, kind, amb, "ES" if kind != "embassy" else "GB", amount(lo, hi), vat=None,
                withhold=False, ref=ref_fill(pat, d), clave="02", calif="", exenta=exe)
        else:
            add(d, name, idt, label, kind, amb, "ES", amount(lo, hi), withhold=wh, ref=ref_fill(pat, d))
for name, t, c, ident, kind in EU_B2B:
    for _ in range(R.choice([1, 2, 2])):
        d = rdate()
        add(d, name, (t, c if t != "02" else "", ident), "B2B", kind, False, c, amount(250, 2600), vat=None,
            ref=ref_fill("PO {n:06d}", d), calif="N2")
# notaries and a lawyer: persons acting professionally (B2B, ambiguous)
for nom, ap1, ap2, refp in [("ANTONIO", "BELTRAN", "PASTOR", "Protocolo {n}/{y}"),
                            ("ISABEL", "SEMPERE", "LLORCA", "Protocolo {n}/{y}"),
                            ("JORGE", "PEREZ", "SANCHIS", "Asunto {y}/{n:03d} - cliente")]:
    dn = es_dni(R.randint(20000000, 48999999))
    for _ in range(2):
        d = rdate()
        add(d, f"{ap1} {ap2}, {nom}", (None, None, dn), "B2B", "notary" if "Protocolo" in refp else "lawyer",
            True, "ES", amount(120, 650), withhold=True, ref=ref_fill(refp, d))
# private persons stating a business purpose (B2B, ambiguous)
for nom, ap, refx in [("PAULA", "IBORRA BERNABEU", "Escritura constitución SL"),
                      ("DAVID", "CERDA ROMERO", "Contrato distribución - empresa en constitución"),
                      ("ROSA", "LLORCA NAVARRO", "Estatutos sociedad - socio extranjero")]:
    d = rdate()
    add(d, f"{ap}, {nom}", (None, None, es_dni(R.randint(20000000, 48999999))), "B2B",
        "private_person_business_purpose", True, "ES", amount(180, 520), ref=refx)

d = rdate()
add(d, "MURPHY, PATRICK", (None, None, es_nie("Y", 4418207)), "B2B", "sole_trader", True, "ES", amount(160, 340),
    ref="Licencia apertura bar - Benidorm")

# private persons: Spanish DNI, foreign residents (NIE), tourists (passport)
for _ in range(34):
    d = rdate()
    name = f"{R.choice(APE)} {R.choice(APE)}, {R.choice(NOM)}"
    add(d, name, (None, None, es_dni(R.randint(20000000, 79999999))), "B2C", "private_person", False, "ES",
        amount(35, 420))
used = set()
for _ in range(24):
    ap, nom, c = R.choice(FOREIGN)
    d = rdate()
    pre = R.choice("XXYY")
    add(d, f"{ap}, {nom}", (None, None, es_nie(pre, R.randint(1000000, 9999999))), "B2C",
        "private_person_foreign_resident", False, "ES", amount(40, 380))
for _ in range(9):
    ap, nom, c = R.choice(FOREIGN)
    d = rdate()
    pas = c + "".join(str(R.randint(0, 9)) for _ in range(7)) if c in ("DE", "NL") else \
        "".join(str(R.randint(0, 9)) for _ in range(9))
    add(d, f"{ap} {nom}", ("03", c, pas), "B2C", "private_person", False, c, amount(45, 300))
# simplified invoices without recipient
for _ in range(14):
    d = rdate()
    add(d, "VENTAS A CONSUMIDOR FINAL", (None, None, ""), "B2C", "anonymous_retail", False, "ES",
        amount(25, 140), tipo="F2")

# rectifying invoices (R4, by differences) for a few earlier invoices
invoices.sort(key=lambda x: x["date"])
for src in R.sample([i for i in invoices if i["tipo"] == "F1" and i["base"] > 200], 4):
    d = src["date"] + timedelta(days=R.randint(3, 20))
    if d > END:
        d = END
    inv = dict(src)
    inv.update(date=d, tipo="R4", base=-money(src["base"] * R.choice([0.1, 0.2, 0.25])),
               ref=(src["ref"] + " - rectifica" if src["ref"] else "Rectifica fra. anterior"))
    invoices.append(inv)
invoices.sort(key=lambda x: x["date"])

# numbering
n_f = 0
n_s = 0
n_r = 0
rows = []
labels = []
for inv in invoices:
    if inv["tipo"] == "F2":
        n_s += 1
        serie, num = "S", f"{n_s:04d}"
    elif inv["tipo"] == "R4":
        n_r += 1
        serie, num = "R", f"{n_r:04d}"
    else:
        n_f += 1
        serie, num = "2025", f"{n_f:04d}"
    base = inv["base"]
    vat = inv["vat"]
    cuota = money(base * vat / 100) if vat else None
    total = money(base + (cuota or 0))
    ret_t = 15.0 if inv["withhold"] else None
    ret_a = money(base * 0.15) if inv["withhold"] else None
    q = (inv["date"].month - 1) // 3 + 1
    t_, c_, ident = inv["idt"]
    row = {"A": inv["date"].year, "B": f"{q}T", "C": "A", "D": "05", "E": "774", "F": inv["tipo"], "G": "I01",
           "H": base, "I": inv["date"], "J": None, "K": serie, "L": num, "M": None, "N": t_, "O": c_ or None,
           "P": ident or None, "Q": inv["name"][:40], "R": inv["clave"], "S": inv["calif"] or None,
           "T": inv["exenta"] or None, "U": total, "V": base, "W": vat, "X": cuota, "Y": None, "Z": None,
           "AA": None, "AB": None, "AC": None, "AD": None, "AE": ret_t, "AF": ret_a, "AG": None, "AH": None,
           "AI": None, "AJ": inv["ref"] or None}
    if inv["calif"] == "N2":
        row["W"] = None
        row["X"] = None
    rows.append(row)
    labels.append(dict(row=len(labels), label=inv["label"], ambiguous=inv["amb"], kind=inv["kind"],
                       country=inv["country"]))

# ---------------------------------------------------------------- write
wb = Workbook()
ws = wb.active
ws.title = "EXPEDIDAS_INGRESOS"
bold = Font(bold=True)
for col, txt in ROW1.items():
    c = ws[f"{col}1"]
    c.value = txt
    c.font = bold
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, txt in ROW2.items():
    c = ws[f"{col}2"]
    c.value = txt
    c.font = bold
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
for m in MERGES:
    ws.merge_cells(m)
for i, row in enumerate(rows, start=3):
    for col in COLS:
        v = row[col]
        cell = ws[f"{col}{i}"]
        cell.value = v
        if col in ("I", "J", "AA") and v is not None:
            cell.number_format = "dd/mm/yyyy"
        elif col in ("H", "U", "V", "X", "AB", "AF") and v is not None:
            cell.number_format = "0.00"
        elif col in ("W", "AE") and v is not None:
            cell.number_format = "0.00"
widths = {"A": 12.7, "B": 15.6, "C": 14.6, "D": 14.6, "E": 22.1, "F": 15.6, "H": 17.9, "I": 18.4, "J": 17.7,
          "K": 15.4, "O": 14.4, "P": 15.4, "Q": 40, "R": 14.4, "S": 26.4, "T": 14.4, "U": 13.1, "X": 13.1,
          "AA": 17.7, "AD": 32.4, "AE": 17.6, "AF": 19.7, "AG": 18.4, "AJ": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
wb.properties.creator = "AEAT"
buf = io.BytesIO()
wb.save(buf)
# make the file byte-reproducible: fixed document timestamps and zip entry dates
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(LAYOUTS / f"{ID}.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2025-07-01T09:30:00Z\g<3>", data)
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 1, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(zi, data)

write_labels(KEY / f"{ID}.labels.csv", labels)
write_key(KEY / f"{ID}.json", {
    "id": ID,
    "system": "AEAT (Agencia Tributaria) Libros registro del IVA y del IRPF, formato electrónico común (Orden "
              "HAC/773/2019), Excel template PLANTILLA_LIBROS_UNIFICADOS, sheet EXPEDIDAS_INGRESOS (libro "
              "unificado de facturas expedidas e ingresos) as exported by a self-employed professional's "
              "invoicing/bookkeeping software for filing at the AEAT Sede",
    "country": "ES",
    "language": "es",
    "docs": [
        "nikolay-anisimov/numeri docs/AEAT/PLANTILLA_LIBROS_UNIFICADOS.xlsx and LSI.xlsx/LSIJ.xlsx (AEAT "
        "templates): sheet names, the two header rows and their merged cells, exact header texts (including "
        "the template's own spelling 'Refrencia Externa'), 36 columns and data types; Ejemplo_2_1T_2023.xlsx: "
        "data rows start on row 3 right under the two header rows",
        "numeri docs/AEAT/unificados-format.md (validations extracted from LSI.xlsx): code lists for Tipo de "
        "Factura (F1, F2, R4), Concepto de Ingreso (I01), Clave de Operación (01, 02), Calificación (S1, N2), "
        "Operación Exenta (E3 = art. 22 LIVA, not combinable with clave 01), NIF tipo 02/03/06 with country "
        "code, 'VENTAS A CONSUMIDOR FINAL' for F2 without recipient, one line per VAT rate, dd/mm/yyyy dates, "
        "Actividad code/tipo/IAE group, IRPF withholding columns",
        "AEAT FAQ (sede.agenciatributaria.gob.es, libro registro de facturas expedidas): clave de operación "
        "values",
    ],
    "fields": {"buyer": "Nombre\nDestinatario", "product": None, "quantity": None, "amount": "Total\nFactura",
               "tax_id": "Identificación", "email": None, "payment": "Medio Utilizado",
               "comment": "Refrencia Externa"},
    "also_ok": {"amount": ["Base\nImponible", "Ingreso Computable"]},
    "notes": "XLSX, one sheet EXPEDIDAS_INGRESOS. Rows 1-2 are the template's two header rows (row-1 cells "
             "merged over rows 1-2 for single columns; group titles 'Autoliquidación', 'Actividad', "
             "'Identificación de la Factura', 'NIF Destinatario', 'Cobro (...)', 'Inmueble' over row-2 "
             "sub-columns); header texts contain line breaks exactly as in the template. Records start on row 3, "
             "one line per invoice (all single-rate here). The recipient's tax id is in 'Identificación' under "
             "'NIF Destinatario' (Spanish NIF/NIE without 'Tipo'; foreign ids with Tipo 02 EU VAT, 03 passport, "
             "06 other document and 'Código País'). F2 rows are simplified invoices with 'VENTAS A CONSUMIDOR "
             "FINAL' and no id; R4 rows are rectifying invoices (negative amounts) of an earlier invoice to the "
             "same recipient. 'Tipo Retención del IRPF'/'Importe Retenido del IRPF' (15%) are filled only when the "
             "client is a Spanish business or public body that must withhold. The 'Cobro' group (incl. 'Medio "
             "Utilizado') is empty: the seller is not under criterio de caja. No product, quantity or e-mail "
             "columns. Seller (not in the sheet): self-employed sworn translator, Alicante, IAE group 774.",
})
print(ID, len(rows), "records")
