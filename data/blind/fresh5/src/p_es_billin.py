"""Billin (ES) – listado de facturas emitidas descargado a Excel, one row per invoice. Seeded, rebuilds exactly."""
import csv, json, random, unicodedata, datetime as dt
from openpyxl import Workbook
from p_common import OUT, es_dni, es_cif, make_docs, save_xlsx_fixed

ID = "p_es_billin_facturas_emitidas"
rng = random.Random(5303)


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


FIRST_F = ["María", "Carmen", "Lucía", "Laura", "Marta", "Ana", "Cristina", "Elena"]
FIRST_M = ["Javier", "David", "Daniel", "Alejandro", "Carlos", "Pablo", "Sergio", "Manuel", "Jorge"]
LAST = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
        "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez"]

C = dict(
    iso="ES", ascii=ascii_,
    first_names=FIRST_F + FIRST_M, female=set(FIRST_F), last_names=LAST,
    companies=[("Mercadona, S.A.", "mercadona.es"), ("Industria de Diseño Textil, S.A.", "inditex.com"),
               ("Cafés Candelas, S.L.", "candelas.com"), ("Talleres Zubizarreta, S.L.", "tzubizarreta.com"),
               ("Gestoría Ortega y Asociados, S.L.", "gestoriaortega.es"), ("Construcciones Amenábar, S.A.", "amenabar.com"),
               ("Clínica Dental Sonrisas Madrid, S.L.P.", "clinicasonrisas.es"), ("Glovoapp23, S.A.", "glovoapp.com"),
               ("Viajes El Corte Inglés, S.A.", "viajeselcorteingles.es"), ("Bodegas Torres, S.A.", "torres.es"),
               ("Panadería Hermanos Ruiz, S.L.", "panaderiaruiz.es"), ("CAPRABO, S.A.", "caprabo.es")],
    state_owned=[("Correos y Telégrafos, S.A., S.M.E.", "correos.com", "Expediente de contratación n.º {n}/{y} (LCSP)"),
                 ("Renfe Viajeros, S.M.E., S.A.", "renfe.es", "Licitación n.º {y}-{n} – Ley 9/2017 de Contratos del Sector Público"),
                 ("Aena S.M.E., S.A.", "aena.es", "Expediente DEA {n}/{y} (contratación sector público)"),
                 ("Paradores de Turismo de España, S.M.E., S.A.", "parador.es", "Pedido según expediente {n}/{y}")],
    nonprofits=[("Fundación ONCE", "fundaciononce.es", "foundation"),
                ("Cruz Roja Española – Comité Provincial de Valencia", "cruzroja.es", "red_cross_society"),
                ("Asociación de Vecinos La Flor", "avvlaflor.org", "association"),
                ("Parroquia de San Ginés", "parroquiasangines.es", "religious_org"),
                ("Comunidad de Propietarios C/ Alcalá 215", "cpalcala215.es", "homeowners_association")],
    intl=[("Oficina de Propiedad Intelectual de la Unión Europea (EUIPO)", "euipo.europa.eu"),
          ("Organización Mundial del Turismo (ONU Turismo)", "unwto.org")],
    gov=[("Ayuntamiento de Valencia", "municipality", "valencia.es", "P"), ("Ayuntamiento de Getafe", "municipality", "ayto-getafe.org", "P"),
         ("Ajuntament de Girona", "municipality", "girona.cat", "P"), ("Diputación Provincial de Málaga", "provincial_government", "malaga.es", "P"),
         ("Consejería de Educación, Ciencia y Universidades – Comunidad de Madrid", "regional_ministry", "madrid.org", "S"),
         ("Consejería de Sanidad – Junta de Castilla y León", "regional_ministry", "jcyl.es", "S"),
         ("IES Ramiro de Maeztu", "public_school", "educa.madrid.org", "S"), ("CEIP San Fernando", "public_school", "educa.jcyl.es", "S"),
         ("Hospital Universitario La Paz", "public_hospital", "salud.madrid.org", "S"),
         ("Universidad Complutense de Madrid", "public_university", "ucm.es", "Q"),
         ("Universitat de València", "public_university", "uv.es", "Q"),
         ("Dirección General de la Guardia Civil", "police", "guardiacivil.org", "S"),
         ("Ministerio de Transportes y Movilidad Sostenible", "ministry", "transportes.gob.es", "S")],
    gov_mailboxes=["contratacion", "facturas", "compras", "secretaria", "registro"],
    sole_patterns=["{fn} {ln}", "{ln} {fn} – Fontanería", "Estudio de Arquitectura {fn} {ln}", "{fn} {ln} (autónomo)",
                   "{LN} {fn}", "Taller {ln}"],
    biz_products=[("Portátil Lenovo ThinkPad E14 Gen 5", 849.00, "ud", (1, 5)),
                  ("Monitor Dell P2422H 24\"", 189.00, "ud", (1, 6)),
                  ("Impresora HP LaserJet Pro M404dn", 279.00, "ud", (1, 2)),
                  ("Tóner HP 59A CF259A", 89.00, "ud", (2, 8)),
                  ("Papel A4 Navigator 80 g (caja 5 paquetes)", 27.50, "caja", (1, 20)),
                  ("Mantenimiento informático – hora", 45.00, "h", (1, 20)),
                  ("Microsoft 365 Empresa Estándar – licencia anual", 148.80, "ud", (1, 15)),
                  ("Diseño y maquetación de folleto", 380.00, "ud", (1, 1)),
                  ("Silla de oficina ergonómica Actiu TNK", 299.00, "ud", (1, 8))],
    b2b_only=[("Armario rack 19\" 42U 800x1000", 690.00, "ud", (1, 2)),
              ("Switch Cisco CBS250-24T-4G", 329.00, "ud", (1, 3)),
              ("Licencia a3ERP – módulo contabilidad", 990.00, "ud", (1, 2)),
              ("Palé de papel A4 (40 cajas)", 1040.00, "palé", (1, 2))],
    household=[("Hervidor de agua Bosch TWK3A011", 29.90, "ud", (1, 1)),
               ("Cafetera De'Longhi Magnifica S ECAM22.110.B", 339.00, "ud", (1, 1)),
               ("Televisor Samsung 55\" UE55CU7172", 449.00, "ud", (1, 1)),
               ("Aire acondicionado Daikin TXF35 con instalación", 1090.00, "ud", (1, 1)),
               ("Aspiradora Dyson V11", 499.00, "ud", (1, 1)),
               ("Microondas Cecotec ProClean 3110", 79.90, "ud", (1, 1)),
               ("Freidora de aire Cosori 5,5 l", 99.00, "ud", (1, 1))],
    phones=[("Móvil Samsung Galaxy A15 128 GB", 169.00, "ud", (1, 1))],
    biz_comments=["Entrega en oficina, C/ Serrano 41, Madrid", "Su pedido n.º PED-2026-0388", "Pago a 30 días por transferencia",
                  "Según presupuesto 2026/057"],
    gov_comments=["Contrato menor n.º {n}/{y}", "Expediente de contratación {y}/{n} – FACe", "Orden de pedido n.º {n}/{y}"],
    home_comments=["Entrega a domicilio", "Es para regalo", "Recogida en tienda", "Dejar en portería"],
    resale_comments=["Mercancía para reventa", "Para mi tienda online", "Compra para revender en mi comercio"],
    pay=dict(transfer="Transferencia bancaria", card="Tarjeta", cash="Efectivo", online="Bizum"),
    anon_name="Cliente contado",
    company_id=lambda r: "",
    sole_id=lambda r, f=False: es_dni(r),
    person_id=lambda r, fn, ln, f: es_dni(r),
    role_mail=lambda r: r.choice(["administracion", "facturacion", "compras", "info", "contabilidad"]),
    person_mail=lambda r, fn, ln: f"{ascii_(fn).lower()}{r.choice(['.', '_', ''])}{ascii_(ln).lower()}{r.choice(['', '', '82', '9'])}@{r.choice(['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'])}",
    sole_mail=lambda fn, ln: f"info@{ascii_(ln).lower()}estudio.es",
)
C["gov"] = [(n, k, dm, es_cif(rng, L)) for n, k, dm, L in C["gov"]]
C["company_id"] = lambda r: None  # filled per name below
docs = make_docs(C, rng, 200, max_lines=3, amb_mult=1.0)
for d in docs:
    if d["entity"] == "company":
        d["taxid"] = es_cif(rng, "A" if "S.A." in d["name"].upper() else ("G" if d["kind"] in ("foundation", "association", "red_cross_society") else ("R" if d["kind"] == "religious_org" else ("H" if d["kind"] == "homeowners_association" else "B"))))
    if d["entity"] == "person":
        # Spanish persons carry two surnames
        d["name"] = d["name"].replace(d["last"], d["last"] + " " + rng.choice(LAST), 1)

HEAD = ["Número", "Fecha", "Vencimiento", "Cliente", "NIF", "Email", "Dirección", "Concepto", "Base imponible", "IVA",
        "Total", "Forma de pago", "Estado", "Notas"]
ADDR = ["C/ Serrano 41, 28001 Madrid", "Av. del Puerto 12, 46021 Valencia", "C/ Mayor 5, 37002 Salamanca",
        "Rambla de Catalunya 88, 08008 Barcelona", "C/ Larios 3, 29005 Málaga", ""]

wb = Workbook(); ws = wb.active; ws.title = "Facturas emitidas"
ws.append(HEAD)
labels = []
d0 = dt.date(2026, 1, 3)
for i, d in enumerate(docs):
    date = d0 + dt.timedelta(days=int(i * 1.5))
    base = round(sum(q * pr for p, q, u, pr in d["lines"]), 2); iva = round(base * 0.21, 2)
    concepto = " | ".join((f"{q} x {p}" if q > 1 else p) for p, q, u, pr in d["lines"])
    addr = rng.choice(ADDR) if d["entity"] not in ("none", "anon", "gov", "intl") else ""
    nif = d["taxid"] if d["entity"] != "person" or rng.random() < 0.5 else ""
    ws.append([f"F2026-{i + 1:04d}", dt.datetime(date.year, date.month, date.day), dt.datetime(date.year, date.month, date.day) + dt.timedelta(days=30),
               d["name"] or None, nif or None, d["email"] or None, addr or None, concepto, base, iva, round(base + iva, 2),
               d["pay"] or None, rng.choice(["Cobrada", "Cobrada", "Pendiente", "Vencida"]), d["comment"] or None])
    labels.append([d["label"], str(d["ambiguous"]).lower(), d["kind"], d["country"]])
for row in ws.iter_rows(min_row=2):
    row[1].number_format = row[2].number_format = "DD/MM/YYYY"
    for c in row[8:11]:
        c.number_format = "#,##0.00"
save_xlsx_fixed(wb, OUT / "layouts" / f"{ID}.xlsx")
with open(OUT / "key" / f"{ID}.labels.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["row", "label", "ambiguous", "kind", "country"])
    for i, l in enumerate(labels):
        w.writerow([i] + l)
key = {
    "id": ID, "system": "Billin (billin.net) – listado de Facturas emitidas descargado a Excel (one row per invoice)",
    "country": "ES", "language": "es",
    "docs": ["Billin FAQ (billin.net/faqs, billin.net/ayuda): invoices can be downloaded at any time with the 'descargar' button in the "
             "invoice lists (listados de facturas); sections 'Facturas emitidas' / 'Facturas recibidas'; states recibida, "
             "visualizada, aceptada, cobrada. Billin help (help.billin.net, 'Crear facturas en la app'): invoice data = cliente with "
             "NIF, fecha de facturación, fecha de vencimiento. Exact column headers of the download were not in the searchable docs; "
             "the headers are my reconstruction with Spanish invoicing terms (Base imponible, IVA, Total, Forma de pago). "
             "FacturaDirecta docs were not found at all, so Billin was chosen."],
    "fields": {"buyer": "Cliente", "product": "Concepto", "quantity": None, "amount": "Total",
               "tax_id": "NIF", "email": "Email", "payment": "Forma de pago", "comment": "Notas"},
    "also_ok": {"amount": ["Base imponible"]},
    "notes": "XLSX, one sheet 'Facturas emitidas', header in row 1, one row per invoice, no totals row. Dates are real Excel dates "
             "(DD/MM/YYYY), amounts numeric. 'Concepto' joins the invoice lines with ' | ' and prefixes 'N x ' when quantity > 1. "
             "NIF: CIF (A/B/G/R/H/P/Q/S with valid control character) for organisations and public bodies, DNI (8 digits + letter) for "
             "autónomos and some persons. 'Cliente contado' is the catch-all for an unnamed counter customer; some rows have only a concepto.",
}
json.dump(key, open(OUT / "key" / f"{ID}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(ID, len(labels), "rows")
