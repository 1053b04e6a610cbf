"""FacturaDirecta (ES) facturas emitidas export, XLSX, one row per invoice."""
import datetime as dt
import numpy as np
import pandas as pd
from l_common import LAYOUTS, es_dni, es_cif_random, es_cif, write_key, write_labels

ID = "l_es_facturadirecta_facturas"
rng = np.random.default_rng(70404)

HEAD = ["Serie", "Número", "Fecha", "Fecha vencimiento", "Cliente", "NIF/CIF", "Email", "Dirección", "Código postal",
        "Población", "Provincia", "País", "Concepto", "Base imponible", "% IVA", "Cuota IVA", "% Retención",
        "Retención", "Total", "Estado", "Forma de pago", "Fecha de cobro", "Notas"]

PRO = [("Portátil HP ProBook 450 G10 i5 16GB 512GB", 849.0), ("Monitor BenQ GW2480 24\"", 115.0),
       ("Impresora Brother MFC-L2750DW", 289.0), ("Tóner Brother TN-2420", 69.0), ("Papel A4 Navigator 80 g (caja 5 paquetes)", 26.0),
       ("Licencia Microsoft 365 Empresa Estándar anual", 147.6), ("Servidor Dell PowerEdge T150", 1450.0),
       ("SAI Salicru SPS 1500 ADV", 239.0), ("Servicio técnico in situ (hora)", 45.0), ("Cuota mantenimiento informático mensual", 180.0),
       ("Proyector Epson EB-W49", 579.0), ("Pantalla interactiva BenQ RM6503 65\"", 2350.0), ("Switch TP-Link TL-SG1024D", 79.0),
       ("Alojamiento web y correo (anual)", 120.0)]
HOME = [("Frigorífico Bosch KGN39VWEQ", 649.0), ("Robot de cocina Thermomix TM6", 1359.0), ("Televisor Samsung 55\" Crystal UHD", 449.0),
        ("Hervidor de agua Taurus Aroma", 22.9), ("Cafetera Nespresso Vertuo Pop", 89.0), ("Smartphone Xiaomi Redmi Note 13 128GB", 199.0),
        ("Aspiradora Dyson V8", 299.0)]

NOM_M = ["Antonio", "Manuel", "José", "Francisco", "David", "Javier", "Daniel", "Carlos", "Alejandro", "Pablo", "Sergio"]
NOM_F = ["María", "Carmen", "Ana", "Laura", "Lucía", "Marta", "Cristina", "Elena", "Paula", "Raquel", "Isabel"]
APE = ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
       "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Ferrer", "Soler"]
FREEMAIL = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net"]
LOCS = [("46001", "Valencia", "Valencia"), ("46100", "Burjassot", "Valencia"), ("03001", "Alicante", "Alicante"),
        ("12001", "Castellón de la Plana", "Castellón"), ("28001", "Madrid", "Madrid"), ("50001", "Zaragoza", "Zaragoza"),
        ("46702", "Gandia", "Valencia"), ("46980", "Paterna", "Valencia")]
CALLES = ["Calle Colón", "Avenida del Puerto", "Calle de la Paz", "Gran Vía Marqués del Turia", "Calle Mayor", "Avenida Blasco Ibáñez", "Calle San Vicente Mártir"]

COMPANIES = [("Construcciones Hermanos Navarro, S.L.", "construccionesnavarro.es", "B"), ("Talleres Ruiz e Hijos S.L.", "talleresruiz.com", "B"),
             ("Asesoría Fiscal Levante S.L.P.", "asesorialevante.es", "B"), ("Clínica Dental Soler S.L.", "clinicasoler.es", "B"),
             ("Transportes Ferrer y Torres, S.A.", "tferrertorres.com", "A"), ("Inmobiliaria Mediterráneo Hábitat S.L.", "mediterraneohabitat.es", "B"),
             ("Naranjas Valencianas del Turia S.Coop.V.", "naranjasturia.coop", "F"), ("Hotel Las Arenas Balneario S.A.", "hotel-lasarenas.com", "A"),
             ("Gestoría Moreno & Asociados S.L.", "gestoriamoreno.es", "B"), ("BAR RESTAURANTE EL PUERTO SL", "", "B"),
             ("Mercadona S.A.", "mercadona.es", "A"), ("Ingeniería Díaz Consultores S.L.U.", "diazconsultores.es", "B")]
AUTONOMOS = [("Laura Gómez Ortega - Fisioterapia", "F"), ("Javier Martín Ruiz (Abogado)", "M"), ("Carpintería Sergio Jiménez", "M"),
             ("Marta Romero Díaz - Diseño gráfico", "F"), ("Fontanería Pablo Hernández", "M")]
PUBLIC = [("Ayuntamiento de Valencia", "valencia.es", "municipality", "P"), ("Ajuntament de Burjassot", "burjassot.org", "municipality", "P"),
          ("Ayuntamiento de Paterna", "ayto-paterna.es", "municipality", "P"), ("Ajuntament de Gandia", "gandia.org", "municipality", "P"),
          ("Diputación Provincial de Alicante", "diputacionalicante.es", "province", "P"),
          ("Universitat de València", "uv.es", "public_university", "Q"), ("Universitat Politècnica de València", "upv.es", "public_university", "Q"),
          ("Universidad de Zaragoza", "unizar.es", "public_university", "Q"), ("Universidad de Alicante", "ua.es", "public_university", "Q"),
          ("Conselleria de Educación, Universidades y Empleo - Generalitat Valenciana", "gva.es", "regional_government", "S"),
          ("IES Lluís Vives", "edu.gva.es", "public_school", "S"), ("Hospital Universitari i Politècnic La Fe", "gva.es", "public_hospital", "S"),
          ("Delegación Especial de la AEAT en Valencia", "correo.aeat.es", "state_agency", "S")]

docs = []
_ids = {}


def pt_nif(d8):
    s = sum(int(c) * w for c, w in zip(d8, range(9, 1, -1)))
    c = 11 - s % 11
    return "PT" + d8 + str(0 if c >= 10 else c)


def nif_of(name, letter):
    if name not in _ids:
        prov = {"P": "46", "Q": "46", "S": "46"}.get(letter)
        if letter == "P":
            _ids[name] = es_cif("P", "46" + "%03d" % int(rng.integers(1, 260)) + "00")
        elif letter == "Q":
            _ids[name] = es_cif("Q", prov + "%05d" % int(rng.integers(1000, 99999)))
        elif letter == "DNI":
            _ids[name] = es_dni(rng)
        else:
            _ids[name] = es_cif_random(rng, letter, prov)
    return _ids[name]


def loc():
    cp, pob, prov = LOCS[int(rng.integers(0, len(LOCS)))]
    return f"{rng.choice(CALLES)}, {int(rng.integers(1, 150))}", cp, pob, prov


def items(pool, nmax=3, qmax=3):
    n = int(rng.integers(1, nmax + 1))
    idx = rng.choice(len(pool), size=n, replace=False)
    return [(pool[i], int(rng.integers(1, qmax + 1))) for i in idx]


def mail(n, a, dom):
    tr = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")
    return f"{n.lower().translate(tr)}.{a.lower().translate(tr)}@{dom}"


def add(cli, nif, email, l, its, pay, notes, lab, pais="España", iva=21.0, ret=0.0):
    docs.append(dict(cli=cli, nif=nif, email=email, l=l or ("", "", "", ""), its=its, pay=pay, notes=notes, lab=lab, pais=pais, iva=iva, ret=ret))


for _ in range(60):
    cli, dom, L = COMPANIES[int(rng.integers(0, len(COMPANIES)))]
    n, a = str(rng.choice(NOM_M + NOM_F)), str(rng.choice(APE))
    email = str(rng.choice([f"administracion@{dom}", f"facturas@{dom}", mail(n, a, dom)])) if dom else f"barelpuerto@{rng.choice(FREEMAIL)}"
    add(cli if rng.random() > 0.08 else cli.upper(), nif_of(cli, L), email, loc(), items(PRO, 3, 4),
        str(rng.choice(["Transferencia bancaria", "Transferencia bancaria", "Domiciliación bancaria", "Confirming 60 días"])),
        str(rng.choice(["", "", f"Pedido n.º {int(rng.integers(1000, 9999))}", "Entrega en almacén"])), ("B2B", False, "company", "ES"))
for _ in range(4):
    cli, dom, L = COMPANIES[int(rng.integers(0, len(COMPANIES)))]
    add(cli, nif_of(cli, L), f"compras@{dom}" if dom else "", loc(), items(PRO, 2, 2) + [(HOME[4], 1)], "Transferencia bancaria", "",
        ("B2B", False, "company", "ES"))
for _ in range(16):
    cli, g = AUTONOMOS[int(rng.integers(0, len(AUTONOMOS)))]
    parts = cli.replace("(", "").replace(")", "").split()
    first = parts[0] if parts[0] not in ("Carpintería", "Fontanería") else parts[1]
    last = parts[1] if parts[0] not in ("Carpintería", "Fontanería") else parts[2]
    add(cli, nif_of(cli, "DNI"), mail(first, last, str(rng.choice(FREEMAIL))), loc(), items(PRO, 2, 2),
        str(rng.choice(["Transferencia bancaria", "Bizum", "Tarjeta"])), "", ("B2B", False, "sole_trader", "ES"))
for cli, L, kind in [("Cruz Roja Española - Asamblea Provincial de Valencia", "Q", "nonprofit"),
                     ("Comunidad de Propietarios Edificio Turia 24", "H", "homeowners_association"),
                     ("Colegio Sagrado Corazón (concertado)", "R", "private_school"),
                     ("Universidad Católica de Valencia San Vicente Mártir", "R", "private_university")]:
    for _ in range(2):
        add(cli, nif_of(cli + "x", L) if L in "HR" else es_cif("Q", "2866001") if "Cruz" in cli else nif_of(cli, L),
            "", loc(), items(PRO, 2, 3), "Transferencia bancaria", "", ("B2B", False, kind, "ES"))
add("Sousa Informática, Lda.", pt_nif("50800004"), "geral@sousainformatica.pt", ("Rua de Santa Catarina, 120", "4000-442", "Porto", ""), items(PRO, 2, 6),
    "Transferencia bancaria", "Operación exenta art. 25 Ley 37/1992 (entrega intracomunitaria)", ("B2B", False, "company", "PT"), "Portugal", 0.0)
# public
for _ in range(32):
    cli, dom, kind, L = PUBLIC[int(rng.integers(0, len(PUBLIC)))]
    n, a = str(rng.choice(NOM_M + NOM_F)), str(rng.choice(APE))
    email = str(rng.choice([mail(n, a, dom), f"contratacion@{dom}", f"facturacion@{dom}"]))
    dir3 = "L01" + "%06d" % int(rng.integers(460000, 469999)) if L == "P" else ("U0" + "%07d" % int(rng.integers(1000000, 9999999)) if L == "Q" else "A10" + "%06d" % int(rng.integers(10000, 999999)))
    notes = str(rng.choice([f"FACe - Oficina contable {dir3}", f"Contrato menor exp. {int(rng.integers(100, 999))}/2024", f"Exp. {int(rng.integers(1000, 9999))}/2024 - Órgano gestor {dir3}"]))
    add(cli, nif_of(cli, L), email, loc(), items(PRO, 3, 8), "Transferencia bancaria", notes, ("B2G", False, kind, "ES"))
add("Embajada de la República Federal de Alemania", "", "info@madrid.diplo.de", ("Calle de Fortuny, 8", "28010", "Madrid", "Madrid"),
    items(PRO, 2, 3), "Transferencia bancaria", "Exenta IVA art. 22 LIVA (misiones diplomáticas)", ("B2G", False, "embassy", "DE"), iva=0.0)
# private persons
for _ in range(24):
    f = rng.random() < 0.5
    n, a1, a2 = str(rng.choice(NOM_F if f else NOM_M)), str(rng.choice(APE)), str(rng.choice(APE))
    cli = str(rng.choice([f"{n} {a1} {a2}", f"{a1} {a2}, {n}", f"{n.upper()} {a1.upper()} {a2.upper()}"]))
    add(cli, es_dni(rng) if rng.random() < 0.8 else "", mail(n, a1, str(rng.choice(FREEMAIL))) if rng.random() < 0.85 else "",
        loc(), items(HOME + PRO[:1], 2, 1), str(rng.choice(["Tarjeta", "Tarjeta", "Bizum", "Efectivo", "Transferencia bancaria"])),
        str(rng.choice(["", "", "Entrega a domicilio"])), ("B2C", False, "private_person", "ES"))
# ---- ambiguous
add("Gestoría Moreno & Asociados S.L.", nif_of("Gestoría Moreno & Asociados S.L.", "B"), "administracion@gestoriamoreno.es", loc(),
    [(HOME[0], 1)], "Transferencia bancaria", "", ("B2B", True, "company", "ES"))
add("Clínica Dental Soler S.L.", nif_of("Clínica Dental Soler S.L.", "B"), "", loc(), [(HOME[2], 1)], "Tarjeta", "", ("B2B", True, "company", "ES"))
for n, a, dom in [("Raquel", "Torres", "gva.es"), ("Carlos", "Muñoz", "telefonica.com"), ("Elena", "Navarro", "mde.es"), ("David", "López", "uv.es")]:
    add(f"{n} {a} {rng.choice(APE)}", es_dni(rng), mail(n, a, dom), loc(), [(HOME[int(rng.integers(0, 3))], 1)], "Tarjeta",
        "Entrega a domicilio", ("B2C", True, "private_person", "ES"))
add("Fontanería Pablo Hernández", nif_of("Fontanería Pablo Hernández", "DNI"), "pablohernandez@gmail.com", loc(), [(HOME[2], 1)],
    "Tarjeta", "", ("B2B", True, "sole_trader", "ES"))
add("Álvarez Romero, Sergio", es_dni(rng), "sergio.alvarez@hotmail.com", loc(), [(HOME[5], 30)], "Transferencia bancaria", "",
    ("B2C", True, "private_person", "ES"))
add("Isabel Sánchez Gómez", es_dni(rng), "isabel.sanchez@yahoo.es", loc(), [(HOME[5], 6)], "Bizum", "para revender en mi tienda",
    ("B2B", True, "private_reseller", "ES"))
add("CEIP Cervantes (Ajuntament de València)", nif_of("CEIP Cervantes", "S"), "46012345@edu.gva.es", loc(), [(HOME[3], 1)],
    "Transferencia bancaria", "", ("B2G", True, "public_school", "ES"))
add("Renfe Viajeros, S.M.E., S.A.", "A86868189", "compras@renfe.es", ("Avenida Pío XII, 110", "28036", "Madrid", "Madrid"), items(PRO, 3, 20),
    "Transferencia bancaria", "Expediente de contratación 2024-00312-LCSP", ("B2B", True, "state_owned_company", "ES"))
add("ONU Turismo (Organización Mundial del Turismo)", "", "procurement@unwto.org", ("Calle del Poeta Joan Maragall, 42", "28020", "Madrid", "Madrid"),
    items(PRO, 2, 10), "Transferencia bancaria", "Exenta art. 22 LIVA - organismo internacional", ("B2B", True, "international_org", "ES"), iva=0.0)
add("Fundación Estatal para la Formación en el Empleo (FUNDAE)", nif_of("FUNDAE", "G"), "compras@fundae.es", ("Calle de Torrelaguna, 56", "28027", "Madrid", "Madrid"),
    items(PRO, 2, 6), "Transferencia bancaria", "", ("B2B", True, "state_founded_foundation", "ES"))
add("Cristina Ferrer Soler", es_dni(rng), "cristina.ferrer@gmail.com", loc(), [(PRO[9], 1)], "Tarjeta",
    "Factura a nombre de Clínica Dental Soler S.L., pagada con tarjeta personal", ("B2B", True, "company", "ES"))
add("", "", "", None, [(PRO[6], 1)], "", "", ("B2B", True, "unknown", "ES"))
add("", "", "", None, [(HOME[4], 1)], "", "", ("B2C", True, "unknown", "ES"))
add("Moreno", "", "", None, [(PRO[4], 25)], "", "", ("B2B", True, "unknown", "ES"))

# Renfe: recompute a valid CIF check
for d in docs:
    if d["cli"].startswith("Renfe"):
        d["nif"] = es_cif("A", "8686818")

order = rng.permutation(len(docs))
docs = [docs[i] for i in order]
rows, labels = [], []
start = dt.date(2024, 1, 9)
for i, d in enumerate(docs):
    date = start + dt.timedelta(days=int(i * 0.9))
    base = round(sum(p * q for (_, p), q in d["its"]), 2)
    cuota = round(base * d["iva"] / 100, 2)
    ret = d["ret"]
    (nm, _), q = d["its"][0]
    concepto = (f"{q} x {nm}" if q > 1 else nm) + ({2: " y 1 concepto más"}.get(len(d["its"]), f" y {len(d['its']) - 1} conceptos más") if len(d["its"]) > 1 else "")
    estado = str(rng.choice(["Cobrada", "Cobrada", "Cobrada", "Pendiente", "Vencida"]))
    l = d["l"]
    rows.append({"Serie": "F", "Número": f"2024/{i + 1:04d}", "Fecha": date, "Fecha vencimiento": date + dt.timedelta(days=30),
                 "Cliente": d["cli"], "NIF/CIF": d["nif"], "Email": d["email"], "Dirección": l[0], "Código postal": l[1],
                 "Población": l[2], "Provincia": l[3], "País": d["pais"] if d["cli"] else "", "Concepto": concepto,
                 "Base imponible": base, "% IVA": d["iva"], "Cuota IVA": cuota, "% Retención": ret, "Retención": 0.0,
                 "Total": round(base + cuota, 2), "Estado": estado, "Forma de pago": d["pay"],
                 "Fecha de cobro": (date + dt.timedelta(days=int(rng.integers(0, 40)))) if estado == "Cobrada" else None,
                 "Notas": d["notes"]})
    labels.append(d["lab"])

df = pd.DataFrame(rows, columns=HEAD).replace({"": None})
LAYOUTS.mkdir(parents=True, exist_ok=True)
with pd.ExcelWriter(LAYOUTS / f"{ID}.xlsx", engine="openpyxl") as xw:
    df.to_excel(xw, sheet_name="Facturas emitidas", index=False)
    ws = xw.sheets["Facturas emitidas"]
    for col in ("C", "D", "V"):
        for c in ws[col][1:]:
            c.number_format = "DD/MM/YYYY"
    for col in ("N", "P", "R", "S"):
        for c in ws[col][1:]:
            c.number_format = "#,##0.00"
# fixed workbook timestamps and zip entry dates so the file rebuilds identically
import re
import zipfile
p = LAYOUTS / f"{ID}.xlsx"
with zipfile.ZipFile(p) as zin:
    parts = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
    for name, data in parts:
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-07-01T09:00:00Z", data)
            data = re.sub(rb"<dc:creator>[^<]*</dc:creator>", b"<dc:creator>FacturaDirecta</dc:creator>", data)
        zi = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, data)

write_labels(ID, labels)
write_key(ID, {
    "id": ID,
    "system": "FacturaDirecta (Spain) – Ventas > Facturas emitidas, list exported to Excel (.xlsx)",
    "country": "ES",
    "language": "es",
    "docs": [
        "FacturaDirecta CLI release notes (github.com/facturadirecta/cli): sources 'invoices' and 'invoiceLines' for sales invoices, issuing an invoice assigns its number, VeriFactu/TicketBAI records, voiding and rectifying – gave one row per issued invoice with series/number",
        "Pipedream app page for the FacturaDirecta API (account subdomain, invoices, contacts, products) – confirmed contacts with tax code and e-mail attached to invoices",
        "Column captions (Serie, Número, Cliente, NIF/CIF, Concepto, Base imponible, % IVA, Cuota IVA, % Retención, Total, Estado, Forma de pago, Fecha de cobro, Notas), the sheet name and real Excel dates/numbers are my reading of a Spanish invoicing list export; no public sample file was found"],
    "fields": {"buyer": "Cliente", "product": "Concepto", "quantity": None, "amount": "Base imponible", "tax_id": "NIF/CIF",
               "email": "Email", "payment": "Forma de pago", "comment": "Notas"},
    "also_ok": {"amount": ["Total"]},
    "notes": "XLSX, one sheet 'Facturas emitidas', header in row 1, one row per issued invoice, no totals row. Dates are Excel dates, amounts numeric. Concepto holds the first line ('3 x product') plus 'y N conceptos más'. Public bodies carry CIF starting with P (entidades locales), Q (universidades/organismos) or S (órganos de la Administración) and FACe / DIR3 codes or contract file numbers in Notas. Personas físicas and autónomos have DNI-type NIF (8 digits + letter). Three rows lack a client (thin records)."})
print(ID, len(rows))
