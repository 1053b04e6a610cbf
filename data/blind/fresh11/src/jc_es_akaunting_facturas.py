"""Generator: jc_es_akaunting_facturas

Imitates the Excel export of Sales > Invoices in Akaunting (open-source
accounting, used here by a Zaragoza IT / office-equipment shop with the UI in
es-ES).  Akaunting writes one .xlsx with six sheets (Maatwebsite Excel):
invoices, invoice_items, invoice_item_taxes, invoice_histories,
invoice_totals, invoice_transactions.  Headings are the raw field names,
dates are Excel serials formatted yyyy-mm-dd, the invoices sheet is ordered
by invoice number descending.  Records = rows of the sheet 'invoices'.

Seeded: rebuilds the workbook and key files identically.
"""
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
import jc_common as C  # noqa: E402

LAYOUT_ID = "jc_es_akaunting_facturas"
SEED = 11_2025_02
rng = random.Random(SEED)

ITEMS = {
    "portatil": ("Portátil Lenovo ThinkPad E14 Gen 6", "Intel Core i5, 16 GB, SSD 512 GB", "product", 789.00),
    "monitor": ("Monitor Dell P2425H 24\"", "", "product", 189.00),
    "impresora": ("Impresora Brother HL-L5210DN", "Láser monocromo dúplex red", "product", 259.00),
    "toner": ("Tóner Brother TN-3610", "", "product", 99.00),
    "papel": ("Papel A4 Navigator 80 g (caja 5 paquetes)", "", "product", 26.50),
    "silla": ("Silla de oficina ergonómica Actiu Trim", "", "product", 239.00),
    "proyector": ("Proyector Epson EB-W49", "", "product", 579.00),
    "panel": ("Pantalla interactiva Promethean ActivPanel 65\"", "Incluye soporte mural", "product", 2290.00),
    "m365": ("Licencia Microsoft 365 Empresa Estándar (1 año)", "", "service", 147.00),
    "hora": ("Servicio técnico - hora", "Desplazamiento incluido en Zaragoza capital", "service", 45.00),
    "mant": ("Mantenimiento informático mensual", "Contrato de soporte", "service", 180.00),
    "switch": ("Switch TP-Link TL-SG1024", "", "product", 119.00),
    "tablet": ("Tablet Samsung Galaxy Tab A9+", "", "product", 229.00),
    "cafetera": ("Cafetera Nespresso Essenza Mini", "", "product", 99.00),
    "hervidor": ("Hervidor de agua Taurus Aroma", "", "product", 24.90),
    "microondas": ("Microondas Cecotec ProClean 3110", "", "product", 89.00),
    "tv": ("Televisor LG 55\" 4K UHD", "", "product", 499.00),
    "disco": ("Disco duro externo WD Elements 2 TB", "", "product", 79.00),
    "auric": ("Auriculares Jabra Evolve2 30", "", "product", 75.00),
    "raton": ("Ratón inalámbrico Logitech M185", "", "product", 14.90),
}
PRO = ["portatil", "monitor", "impresora", "toner", "papel", "silla", "m365", "hora", "switch",
       "disco", "auric", "raton"]
EDU = ["proyector", "panel", "portatil", "tablet", "toner", "papel", "impresora", "monitor"]

B = []


def add(name, tax, email, city, state, zip_, addr, label, amb, kind, country="ES", pool=PRO,
        qty=(1, 4), n_inv=1, lines=(1, 3), order=None, notes=None, pay="transfer", phone=None):
    if phone is None and addr and rng.random() < 0.7:
        if label == "B2C" or kind.startswith("sole"):
            phone = f"6{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        else:
            phone = f"976 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    B.append(dict(name=name, tax=tax, email=email, city=city, state=state, zip=zip_, addr=addr,
                  label=label, amb=amb, kind=kind, country=country, pool=pool, qty=qty,
                  n_inv=n_inv, lines=lines, order=order, notes=notes, pay=pay, phone=phone))


cif = C.es_cif
ZGZ = ("Zaragoza", "Zaragoza")

# ---------------- B2G ----------------
add("Ayuntamiento de Zaragoza", cif("P", "5030300"), "contratacion@zaragoza.es", *ZGZ, "50001",
    "Plaza del Pilar, 18", "B2G", False, "municipality", qty=(2, 10), n_inv=4,
    order="EXP-{n}/2025", notes="FACe - Oficina contable L01502973 / Órgano gestor L01502973 / "
                                "Unidad tramitadora LA0004563")
add("AYUNTAMIENTO DE HUESCA", cif("P", "2216300"), "informatica@huesca.es", "Huesca", "Huesca", "22002",
    "Plaza de la Catedral, 1", "B2G", False, "municipality", qty=(1, 6), n_inv=2,
    notes="Remitir por FACe. DIR3 L01221258")
add("Ayuntamiento de Utebo", cif("P", "5027200"), "", "Utebo", "Zaragoza", "50180",
    "Avenida Zaragoza, 2", "B2G", False, "municipality", qty=(1, 4), n_inv=2)
add("Diputación Provincial de Zaragoza", cif("P", "5000000"), "compras@dpz.es", *ZGZ, "50071",
    "Plaza de España, 2", "B2G", False, "provincial_government", qty=(2, 12), n_inv=3,
    order="Contrato menor CM-{n}-2025")
add("Gobierno de Aragón - Departamento de Educación, Ciencia y Universidades", cif("S", "5011001"),
    "facturacion.educacion@aragon.es", *ZGZ, "50071", "Avenida Ranillas, 5D", "B2G", False,
    "regional_government", pool=EDU, qty=(5, 25), n_inv=3, order="Expediente {n}/2025-SGT")
add("Universidad de Zaragoza", cif("Q", "5018001"), "contratacion@unizar.es", *ZGZ, "50009",
    "Calle Pedro Cerbuna, 12", "B2G", False, "public_university", qty=(2, 10), n_inv=4,
    order="Pedido UZ-{n}")
add("Servicio Aragonés de Salud - Hospital Universitario Miguel Servet", cif("Q", "5000811"),
    "suministros.hums@salud.aragon.es", *ZGZ, "50009", "Paseo Isabel la Católica, 1-3", "B2G", False,
    "public_hospital", qty=(3, 15), n_inv=3, order="Pedido SAP 45000{n}")
add("IES Goya", cif("Q", "5068049"), "iesgoyazaragoza@educa.aragon.es", *ZGZ, "50006",
    "Avenida Goya, 45", "B2G", False, "public_school", pool=EDU, qty=(1, 8), n_inv=2)
add("CEIP Cándido Domingo", cif("Q", "5068114"), "cpcdozaragoza@educa.aragon.es", *ZGZ, "50002",
    "Calle Alonso V, 2", "B2G", False, "public_school", pool=EDU, qty=(1, 4), n_inv=1)
add("Comarca de la Ribagorza", cif("P", "2200029"), "", "Graus", "Huesca", "22430",
    "Plaza Mayor, 17", "B2G", False, "county", qty=(1, 5), n_inv=1)
add("Ministerio de Defensa - Academia General Militar", cif("S", "2830037"), "agm.seaf@et.mde.es", *ZGZ,
    "50090", "Carretera de Huesca, s/n", "B2G", False, "armed_forces", qty=(4, 20), n_inv=2,
    order="Expediente 2025/ZGZ/{n}")
add("Guardia Civil - Comandancia de Zaragoza", cif("S", "2816003"), "z-cmd-zaragoza@guardiacivil.org",
    *ZGZ, "50008", "Avenida de César Augusto, 8", "B2G", False, "police", qty=(2, 8), n_inv=1)
add("Tribunal Superior de Justicia de Aragón", cif("S", "5011002"), "", *ZGZ, "50001",
    "Plaza del Pilar, 2", "B2G", False, "court", qty=(1, 6), n_inv=1)
add("Instituto Aragonés de Empleo (INAEM)", cif("Q", "5000270"), "inaem.compras@aragon.es", *ZGZ,
    "50004", "Avenida de Alcalde Ramón Sainz de Varanda, 15", "B2G", False, "public_agency",
    qty=(2, 10), n_inv=2)
add("Confederación Hidrográfica del Ebro", cif("Q", "5017001"), "", *ZGZ, "50071",
    "Paseo de Sagasta, 24-28", "B2G", False, "public_agency", qty=(2, 8), n_inv=1)
add("Embajada de Italia en Madrid", "", "amministrazione.madrid@esteri.it", "Madrid", "Madrid", "28010",
    "Calle Lagasca, 98", "B2G", False, "embassy", country="IT", qty=(1, 4), n_inv=1,
    notes="Exento de IVA - art. 22 LIVA (relaciones diplomáticas)")
add("CEIP Hermanos Marx", cif("Q", "5068301"), "cphmarxzaragoza@educa.aragon.es", *ZGZ, "50015",
    "Calle Padre Polanco, 2", "B2G", True, "public_school_household_item", pool=[("hervidor", 1)])
add("Ayuntamiento de Cuarte de Huerva", cif("P", "5008300"), "alcaldia@cuartedehuerva.es",
    "Cuarte de Huerva", "Zaragoza", "50410", "Plaza de España, 1", "B2G", True,
    "municipality_household_item", pool=[("microondas", 1)])

# ---------------- B2B ----------------
add("BSH Electrodomésticos España, S.A.", cif("A", "2806001"), "cuentasapagar.es@bshg.com",
    "Montañana", "Zaragoza", "50059", "Avenida de la Industria, 49", "B2B", False, "company",
    qty=(3, 15), n_inv=4, order="PO 4500{n}")
add("SAICA PACK, S.L.", cif("B", "5008913"), "facturas.proveedores@saica.com", "El Burgo de Ebro",
    "Zaragoza", "50730", "Carretera de Castellón, km 7,2", "B2B", False, "company", qty=(2, 10), n_inv=3,
    order="OC-{n}")
add("Pikolin, S.L.", cif("B", "5000144"), "admin@pikolin.com", *ZGZ, "50014",
    "Calle Vicente Berdusán, 16", "B2B", False, "company", qty=(2, 8), n_inv=2)
add("Inycom Consultoría, S.L.", cif("B", "5006810"), "", *ZGZ, "50018",
    "Calle Ernesto Che Guevara, 2", "B2B", False, "company", pool=["portatil", "monitor", "disco"],
    qty=(5, 20), n_inv=2, notes="Para reventa a cliente final")
add("Ibercaja Banco, S.A.", cif("A", "9900965"), "proveedores@ibercaja.es", *ZGZ, "50008",
    "Plaza de Basilio Paraíso, 2", "B2B", False, "company", qty=(4, 20), n_inv=3, order="PED-{n}")
add("Caja Rural de Aragón S.C.C. (Bantierra)", cif("F", "5004759"), "", *ZGZ, "50004",
    "Calle Coso, 29", "B2B", False, "cooperative", qty=(2, 6), n_inv=1)
add("Cooperativa Agraria San Miguel S.Coop.", cif("F", "5012046"), "oficina@coopsanmiguel.es",
    "Tauste", "Zaragoza", "50660", "Calle Santa Ana, 3", "B2B", False, "cooperative", qty=(1, 3), n_inv=1)
add("Universidad San Jorge", cif("G", "5078217"), "compras@usj.es", "Villanueva de Gállego", "Zaragoza",
    "50830", "Autovía A-23 Zaragoza-Huesca, km 299", "B2B", False, "private_university", pool=EDU,
    qty=(3, 12), n_inv=2)
add("Colegio El Salvador (Jesuitas)", cif("R", "5000247"), "administracion@jesuitaszaragoza.es", *ZGZ,
    "50009", "Avenida de Cesáreo Alierta, 26", "B2B", False, "private_school", pool=EDU, qty=(1, 6), n_inv=1)
add("Parroquia de San Pablo Apóstol", cif("R", "5000330"), "", *ZGZ, "50003", "Calle San Pablo, 42",
    "B2B", False, "religious_org", qty=(1, 2), n_inv=1)
add("Comunidad de Propietarios Paseo Sagasta 40", cif("H", "5061892"), "", *ZGZ, "50006",
    "Paseo de Sagasta, 40", "B2B", False, "homeowners_association", pool=["hora", "switch"], qty=(1, 3),
    n_inv=1)
add("Cruz Roja Española - Oficina Provincial Zaragoza", cif("Q", "2866001"), "zaragoza@cruzroja.es",
    *ZGZ, "50005", "Calle Sancho y Gil, 8", "B2B", False, "nonprofit", qty=(2, 6), n_inv=1)
add("Fundación Ibercaja", cif("G", "5000040"), "", *ZGZ, "50004", "Calle Joaquín Costa, 13", "B2B",
    False, "nonprofit", qty=(1, 5), n_inv=1)
add("Asesoría Laboral Gómez y Asociados, S.L.P.", cif("B", "5091234"), "admin@asesoriagomez.es", *ZGZ,
    "50004", "Calle Costa, 6, 2º izda.", "B2B", False, "company", qty=(1, 3), n_inv=3, pay="transfer")
add("Talleres Hermanos Ruiz, S.C.", cif("J", "5087415"), "talleresruiz@gmail.com", "Cadrete",
    "Zaragoza", "50420", "Polígono Valdeconsejo, nave 8", "B2B", False, "company", qty=(1, 2), n_inv=1)
add("Laura Pérez Gil - Fisioterapia", C.es_dni(25471836), "laura@fisioperezgil.es", *ZGZ, "50010",
    "Calle Duquesa Villahermosa, 40", "B2B", False, "sole_trader", pool=["portatil", "impresora", "m365"],
    qty=(1, 1), n_inv=2)
add("DAVID MARCO SANZ", C.es_dni(17742209), "dmarco.instalaciones@gmail.com", *ZGZ, "50012",
    "Calle Vía Univérsitas, 33", "B2B", False, "sole_trader", pool=["portatil", "m365", "hora"],
    qty=(1, 2), n_inv=2, notes="Autónomo - instalaciones eléctricas")
add("Clínica Dental Sonríe Zaragoza, S.L.", cif("B", "9921547"), "", *ZGZ, "50007",
    "Calle San Vicente Mártir, 11", "B2B", False, "company", qty=(1, 3), n_inv=1)
add("Stellantis España, S.L. - Planta de Figueruelas", cif("B", "8111011"), "", "Figueruelas",
    "Zaragoza", "50639", "Polígono Entrerríos, s/n", "B2B", False, "company", qty=(5, 20), n_inv=2,
    order="PO 7700{n}")
# ambiguous B2B
add("Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", cif("A", "8305240"),
    "facturas.proveedores@correos.com", *ZGZ, "50001", "Paseo de la Independencia, 33", "B2B", True,
    "state_owned_company_procurement", qty=(3, 12), n_inv=2, order="Expediente LCSP {n}/2025")
add("Fundación Zaragoza Ciudad del Conocimiento", cif("G", "5019431"), "info@fzc.es", *ZGZ, "50018",
    "Calle Mas de las Matas, 20", "B2B", True, "state_founded_foundation", qty=(1, 5), n_inv=2)
add("Fundación Española para la Ciencia y la Tecnología, F.S.P. (FECYT)", cif("G", "8493101"),
    "facturas@fecyt.es", "Madrid", "Madrid", "28006", "Calle Pedro Teixeira, 8, 2ª planta", "B2B", True,
    "state_founded_foundation", qty=(2, 6), n_inv=1)
add("Renfe Viajeros Sociedad Mercantil Estatal, S.A.", cif("A", "8608507"), "", *ZGZ, "50011",
    "Estación Delicias, Avenida de Navarra, 80", "B2B", True, "state_owned_company_procurement",
    qty=(4, 15), n_inv=2, order="Expediente 2025-00{n}-RV (LCSP)")
add("ONU Turismo (Organización Mundial del Turismo)", "", "procurement@unwto.org", "Madrid", "Madrid",
    "28020", "Calle Poeta Joan Maragall, 42", "B2B", True, "international_org", qty=(2, 6), n_inv=1,
    notes="Exenta de IVA - organismo internacional")
add("SAICA PACK, S.L.", cif("B", "5008913"), "facturas.proveedores@saica.com", "El Burgo de Ebro",
    "Zaragoza", "50730", "Carretera de Castellón, km 7,2", "B2B", True, "company_household_item",
    pool=[("microondas", 1)])
add("Marta Lozano Ibáñez - Peluquería Marta", C.es_dni(72983514), "peluqueriamarta@hotmail.com", *ZGZ,
    "50015", "Calle Marqués de la Cadena, 21", "B2B", True, "sole_trader_card_household",
    pool=[("tv", 1)], pay="card")
add("Rubén Castillo Ortega", C.es_dni(29135870), "rubencastillo82@gmail.com", *ZGZ, "50011",
    "Calle Santa Orosia, 7, 3º B", "B2B", True, "private_person_resale", pool=[("tablet", 8)],
    notes="Cliente indica que es para revender en su tienda de Calatayud")
add("Pilar Andrés Royo", C.es_dni(18031947), "pandres@cop.es", *ZGZ, "50004",
    "Calle Cádiz, 4", "B2B", True, "person_paying_company_invoice", pool=["portatil", "m365"],
    qty=(1, 1), notes="Factura para Andrés Royo Psicología S.L.P. (CIF B50987231) - paga la titular")

# ---------------- B2C ----------------
PERS = [
    ("María García López", 25160384, "mariagl1979@gmail.com", "50008", "Calle de Zurita, 12, 4º A"),
    ("SANCHEZ MARTIN, JORGE", 17463302, "jsanmartin@hotmail.com", "50010", "Calle Franco y López, 3"),
    ("JAVIER RUIZ PEREZ", 72961430, "", "50017", "Avenida Madrid, 214, 6º C"),
    ("Lucía Serrano Blasco", 73098121, "lucia.serrano.b@yahoo.es", "50009", "Calle Lagasca, 20"),
    ("Alejandro Navarro Giménez", 25184467, "anavarrog@telefonica.net", "50006",
     "Avenida Goya, 12, 1º"),
    ("Carmen Lázaro", 17221098, "carmenlazaro@gmail.com", "50002", "Calle Pintor Marín Bagüés, 9"),
    ("Pablo Torres", 76921845, "", "50012", ""),
    ("Elena Marín Aznar ", 18046632, "elena.marin.aznar@outlook.es", "50018", "Calle Alberto Duce, 4"),
    ("Sergio Gracia", 29118054, "sgracia88@gmail.com", "50015", "Calle Sixto Celorrio, 15"),
    ("Nuria Pascual Latorre", 73011592, "npascual@gmail.com", "50410", "Calle Mayor, 5"),
    ("ADRIAN MORENO CASTRO", 25479011, "adrimoreno@icloud.com", "50019", "Calle Oviedo, 180"),
    ("Iván Popescu", None, "ivan.popescu@gmail.com", "50003", "Calle Predicadores, 40"),
    ("Rosa María Bielsa", 17869025, "rmbielsa@gmail.com", "50007", "Calle Fray Luis Amigó, 2"),
    ("Miguel Ángel Royo Tena", 25300418, "", "50011", "Avenida de Navarra, 88, 5º"),
    ("LOPEZ CEBRIAN, ANA ISABEL", 18170563, "anaisabel.lopez@hotmail.com", "50001", "Calle Alfonso I, 30"),
    ("Daniel Escolano", 73255190, "daniescolano@gmail.com", "50017", "Calle Rioja, 51"),
    ("Beatriz Aguilar Sancho", 29087713, "beaguilar@yahoo.es", "50013", "Calle Compromiso de Caspe, 100"),
    ("Hugo Villanueva", 72440968, "", "50830", ""),
    ("Cristina Gállego Monzón", 25419854, "cgallegom@gmail.com", "50005", "Calle Corona de Aragón, 41"),
    ("Fernando Bernal Pérez", 17992571, "fbernal@telefonica.net", "50008", "Paseo Sagasta, 76"),
    ("Sofía Lacasa", 73190026, "sofialacasa@gmail.com", "50016", "Calle Balbino Orensanz, 9"),
    ("TOMAS ESCRICHE LAHOZ", 18219437, "", "50014", "Calle Luis Bermejo, 12"),
]
for i, (nm, dni, em, zp, ad) in enumerate(PERS):
    tax = C.es_dni(dni) if dni else C.es_nie("Y", 4821357)
    pool = rng.choice([["portatil"], ["monitor", "raton"], ["tablet"], ["cafetera"], ["impresora", "papel"],
                       ["disco"], ["auric"], ["tv"]])
    add(nm, tax if rng.random() < 0.7 else "", em, "Zaragoza", "Zaragoza", zp, ad, "B2C", False,
        "private_person", pool=pool, qty=(1, 1), n_inv=1, lines=(1, 2),
        pay=rng.choice(["card", "cash", "transfer"]))
add("Cliente de contado", "", "", "Zaragoza", "Zaragoza", "", "", "B2C", False, "anonymous_retail",
    pool=["raton", "disco", "auric", "papel", "toner"], qty=(1, 2), n_inv=6, lines=(1, 2), pay="cash")
# ambiguous B2C
add("Alberto Navarro Gil", C.es_dni(25133779), "anavarro@aragon.es", *ZGZ, "50012",
    "Calle Santa Teresa de Jesús, 30, 2º D", "B2C", True, "person_gov_email_household",
    pool=[("cafetera", 1)], pay="card")
add("Raquel Benedí Sanz", C.es_dni(72911836), "rbenedi@unizar.es", *ZGZ, "50009",
    "Calle Cervantes, 15", "B2C", True, "person_edu_email_household", pool=[("tv", 1)], pay="card")
add("Óscar Lafuente", C.es_dni(17311624), "oscarlafuente@gmail.com", *ZGZ, "50014",
    "Calle Valle de Broto, 8", "B2C", True, "private_person_bulk", pool=[("tablet", 30)], pay="transfer")
add("J. Morales", "", "", "", "", "", "", "B2C", True, "thin_record", pool=[("disco", 1)], pay="cash")
add("AZNAR", "", "", "", "", "", "", "B2C", True, "thin_record", pool=[("papel", 2)], pay="cash")
add("Jorge Lacruz Pina", C.es_dni(25228610), "jlacruz@zaragoza.es", *ZGZ, "50015",
    "Calle Sierra de Vicort, 22", "B2C", True, "person_gov_email_household",
    pool=[("microondas", 1)], pay="card")

# ---------------------------------------------------------------------------
PAY = {"transfer": "offline-payments.bank_transfer.2", "cash": "offline-payments.cash.1",
       "card": "offline-payments.tpv.3"}
ACCOUNT = {"transfer": "CaixaBank Negocios", "cash": "Efectivo", "card": "CaixaBank Negocios"}

docs = []
for b in B:
    n = b["n_inv"]
    if not b["amb"] and b["label"] in ("B2B", "B2G"):
        n = n * 2 if n < 3 else n + 2
    if b["kind"] == "anonymous_retail":
        n = 10
    for _ in range(n):
        docs.append(b)
rng.shuffle(docs)

d = date(2025, 1, 7)
rows_inv, rows_items, rows_taxes, rows_hist, rows_tot, rows_tr = [], [], [], [], [], []
labels_by_no = {}
trans_no = 0
for idx, b in enumerate(docs, start=1):
    d += timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    if d.weekday() >= 5:
        d += timedelta(days=7 - d.weekday())
    no = f"FAC-{idx + 214:05d}"
    if isinstance(b["pool"][0], tuple):
        basket = list(b["pool"])
    else:
        k = rng.randint(*b["lines"])
        basket = [(key, rng.randint(*b["qty"])) for key in rng.sample(b["pool"], min(k, len(b["pool"])))]
    exempt = b["notes"] is not None and "Exent" in (b["notes"] or "")
    sub = 0.0
    tax_total = 0.0
    for key, q in basket:
        nm, desc, typ, price = ITEMS[key]
        tot = round(price * q, 2)
        tx = 0.0 if exempt else round(tot * 0.21, 2)
        sub += tot
        tax_total += tx
        rows_items.append([no, nm, desc, typ, q, None, None, price, tot, tx])
        if tx:
            rows_taxes.append([no, nm, 21, tx])
    sub = round(sub, 2)
    tax_total = round(tax_total, 2)
    disc_type = disc_rate = None
    disc_amt = 0.0
    if b["label"] != "B2C" and sub > 3000 and rng.random() < 0.4:
        disc_type, disc_rate = "percentage", 5
        disc_amt = round(sub * 0.05, 2)
        tax_total = round((sub - disc_amt) * (0 if exempt else 0.21), 2)
    amount = round(sub - disc_amt + tax_total, 2)
    due = d + timedelta(days=0 if b["pay"] in ("cash", "card") else rng.choice([30, 30, 60]))
    # status
    if b["pay"] in ("cash", "card"):
        status = "paid"
    else:
        r = rng.random()
        age = (date(2025, 6, 30) - d).days
        if age > 45:
            status = "paid" if r < 0.85 else ("partial" if r < 0.93 else "sent")
        else:
            status = "sent" if r < 0.55 else ("paid" if r < 0.85 else ("viewed" if r < 0.95 else "draft"))
    if idx in (37, 121):
        status = "cancelled"
    order = b["order"].format(n=rng.randint(1000, 9999)) if b["order"] else None
    notes = b["notes"]
    if b["kind"] == "private_person" and rng.random() < 0.2:
        notes = "Recoge en tienda"
    rows_inv.append([no, order, status, d, due, amount, disc_type, disc_rate, "EUR", 1, "Ventas",
                     b["name"], b["email"] or None, b["tax"] or None, b["phone"],
                     b["addr"] or None, "España" if b["addr"] else None,
                     b["state"] or None, b["zip"] or None, b["city"] or None, None, None, notes,
                     None, "default", "#55588b", None])
    labels_by_no[no] = (b["label"], b["amb"], b["kind"], b["country"])
    # totals
    so = 1
    rows_tot.append([no, "sub_total", "invoices.sub_total", sub, so]); so += 1
    if disc_amt:
        rows_tot.append([no, "discount", "invoices.discount", disc_amt, so]); so += 1
    if tax_total:
        rows_tot.append([no, "tax", "IVA (21%)", tax_total, so]); so += 1
    rows_tot.append([no, "total", "invoices.total", amount, so])
    # histories
    if status != "draft":
        rows_hist.append([no, "sent", 0, "¡Factura marcado/a como enviado!" if not b["email"]
                          else "¡Se ha enviado Factura por correo!"])
    if status == "viewed":
        rows_hist.append([no, "viewed", 0, "¡Factura marcado/a como visto/a!"])
    if status == "cancelled":
        rows_hist.append([no, "cancelled", 0, "¡Factura marcado/a como cancelado/a!"])
    # transactions
    if status in ("paid", "partial"):
        parts = [amount] if status == "paid" else [round(amount * 0.5, 2)]
        for p in parts:
            trans_no += 1
            paid_at = d if b["pay"] in ("cash", "card") else d + timedelta(days=rng.randint(10, 50))
            rows_tr.append([no, f"TRA-{trans_no:05d}", paid_at, p, "EUR", 1, ACCOUNT[b["pay"]],
                            b["email"] or None, "Ventas", None, PAY[b["pay"]], None,
                            1 if paid_at < date(2025, 5, 31) else 0])

# order: invoice_number desc, as collectForExport(['document_number' => 'desc'])
rows_inv.sort(key=lambda r: r[0], reverse=True)
labels = [labels_by_no[r[0]] for r in rows_inv]

wb = Workbook()
SHEETS = [
    ("invoices", ["invoice_number", "order_number", "status", "invoiced_at", "due_at", "amount",
                  "discount_type", "discount_rate", "currency_code", "currency_rate", "category_name",
                  "contact_name", "contact_email", "contact_tax_number", "contact_phone",
                  "contact_address", "contact_country", "contact_state", "contact_zip_code",
                  "contact_city", "title", "subheading", "notes", "footer", "template", "color",
                  "parent_number"], rows_inv, (3, 4)),
    ("invoice_items", ["invoice_number", "item_name", "item_description", "item_type", "quantity",
                       "discount_type", "discount_rate", "price", "total", "tax"], rows_items, ()),
    ("invoice_item_taxes", ["invoice_number", "item_name", "tax_rate", "amount"], rows_taxes, ()),
    ("invoice_histories", ["invoice_number", "status", "notify", "description"], rows_hist, ()),
    ("invoice_totals", ["invoice_number", "code", "name", "amount", "sort_order"], rows_tot, ()),
    ("invoice_transactions", ["invoice_number", "transaction_number", "paid_at", "amount",
                              "currency_code", "currency_rate", "account_name", "contact_email",
                              "category_name", "description", "payment_method", "reference",
                              "reconciled"], rows_tr, (2,)),
]
first = True
for title, head, rows, date_cols in SHEETS:
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = title
    ws.append(head)
    for r in rows:
        ws.append([datetime(v.year, v.month, v.day) if isinstance(v, date) else v for v in r])
    for ci in date_cols:
        for row in ws.iter_rows(min_row=2, min_col=ci + 1, max_col=ci + 1):
            for cell in row:
                cell.number_format = "yyyy-mm-dd"
# fixed document properties so the file is rebuilt identically
wb.properties.creator = "Akaunting"
wb.properties.created = datetime(2025, 7, 1, 9, 0, 0)
wb.properties.modified = datetime(2025, 7, 1, 9, 0, 0)
C.LAYOUTS.mkdir(parents=True, exist_ok=True)
out = C.LAYOUTS / f"{LAYOUT_ID}.xlsx"
C.save_xlsx_fixed(wb, out)

C.write_labels(LAYOUT_ID, labels)
C.write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Akaunting (open-source accounting, UI in es-ES) - Ventas > Facturas > Exportar "
              "(invoices.xlsx, Maatwebsite Excel multi-sheet export)",
    "country": "ES",
    "language": "es",
    "docs": [
        "akaunting/akaunting app/Exports/Sales/Invoices/Invoices.php: the export is one workbook with the "
        "sheets Invoices, InvoiceItems, InvoiceItemTaxes, InvoiceHistories, InvoiceTotals, "
        "InvoiceTransactions",
        "app/Abstracts/Export.php: sheet title = snake_case class name (invoices, invoice_items, ...), "
        "headings = the raw field names (not translated), dates converted to Excel serials, values "
        "starting with = + - @ prefixed with an apostrophe",
        "app/Exports/Sales/Invoices/Sheets/Invoices.php: the 27 invoice columns in order "
        "(invoice_number ... parent_number), contact_country translated via trans('countries.*'), "
        "columns D and E formatted FORMAT_DATE_YYYYMMDD, rows ordered by document_number desc",
        "Sheets/InvoiceItems.php, InvoiceItemTaxes.php, InvoiceHistories.php, InvoiceTotals.php, "
        "InvoiceTransactions.php: the columns of the five child sheets (paid_at formatted as date)",
        "resources/lang/es-ES/documents.php: the Spanish history messages ('¡:type marcado/a como "
        "enviado!', '¡Se ha enviado :type por correo!') used in invoice_histories",
    ],
    "fields": {"buyer": "contact_name", "product": None, "quantity": None, "amount": "amount",
               "tax_id": "contact_tax_number", "email": "contact_email", "payment": None,
               "comment": "notes"},
    "also_ok": {"comment": ["order_number"]},
    "notes": "XLSX with six sheets; the records are the rows of the first sheet 'invoices' (one row "
             "per invoice, header on row 1, no title or totals rows, sorted by invoice_number "
             "descending). amount = invoice total incl. IVA. Items (item_name, quantity, price, "
             "total) are in sheet 'invoice_items' and payments (payment_method codes "
             "offline-payments.bank_transfer.2 / cash.1 / tpv.3) in 'invoice_transactions', linked "
             "by invoice_number; they are not records. contact_tax_number holds NIF/CIF/NIE (CIF "
             "P/Q/S = public bodies, A/B = companies, G/R/F/H/J = foundations, religious bodies, "
             "cooperatives, communities, civil partnerships). 'Cliente de contado' is the catch-all "
             "counter-sale contact. Dates are Excel dates shown yyyy-mm-dd. Status values are "
             "Akaunting's raw codes (paid, sent, viewed, partial, draft, cancelled). "
             "invoice_totals.name keeps Akaunting's translation keys (invoices.sub_total ...).",
})
print(out, len(rows_inv), "invoices")
