"""Quipu (Spain) - income documents (facturas emitidas / tickets) exported to Excel.

Seller: an autonomous graphic designer in Zaragoza who also resells printing.
One spreadsheet row per concept line; the invoice columns repeat on each line.
Rebuild: python q_es_quipu_facturas_emitidas.py  (seed fixed)
"""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from q_common import LAYOUTS, es_cif, es_dni, save_xlsx_fixed, write_key, write_labels

LAYOUT_ID = "q_es_quipu_facturas_emitidas"
rng = random.Random(20240611)

HEADERS = [
    "Tipo", "Número de Factura", "Fecha de Emisión", "Fecha de Vencimiento", "NIF", "Nombre",
    "Dirección", "Código Postal", "Ciudad", "Provincia", "País", "Email", "Concepto", "Cantidad",
    "Base Unitaria", "Descuento", "IVA", "Recargo de Equivalencia", "IRPF", "Base Imponible",
    "Total", "Forma de Pago", "Estado", "Fecha de Pago", "Notas", "Etiquetas",
]

# ----------------------------------------------------------------- catalogue
# name, unit base price, is professional service (IRPF withholding for business clients)
DESIGN = [
    ("Diseño de logotipo e identidad corporativa", 450.00),
    ("Diseño de cartel", 120.00),
    ("Maquetación de folleto díptico", 180.00),
    ("Maquetación memoria anual (48 págs.)", 950.00),
    ("Diseño de campaña para redes sociales (10 piezas)", 300.00),
    ("Adaptación de artes finales (horas)", 45.00),
    ("Diseño de señalética interior", 380.00),
]
PRINT = [
    ("Tarjetas de visita 350 g (caja 500 uds.)", 28.00),
    ("Folletos A5 135 g (1.000 uds.)", 85.00),
    ("Carteles A3 (100 uds.)", 65.00),
    ("Lona publicitaria 300x100 cm con ollados", 72.00),
    ("Roll-up 85x200 cm con estructura", 69.00),
    ("Vinilo de corte rotulación escaparate", 140.00),
    ("Rotulación furgoneta con vinilo impreso", 520.00),
    ("Sobres americanos impresos (500 uds.)", 48.00),
    ("Talonarios autocopiativos (10 uds.)", 55.00),
    ("Catálogo A4 grapado 24 págs. (250 uds.)", 610.00),
    ("Photocall 2x2 m con estructura", 240.00),
    ("Diplomas impresos en cartulina (50 uds.)", 35.00),
    ("Pegatinas troqueladas (1.000 uds.)", 62.00),
]
PUBLIC_PRINT = [
    ("Programa de fiestas patronales (2.000 uds.)", 1450.00),
    ("Carteles A3 (100 uds.)", 65.00),
    ("Lona publicitaria 300x100 cm con ollados", 72.00),
    ("Folletos A5 135 g (1.000 uds.)", 85.00),
    ("Diplomas impresos en cartulina (50 uds.)", 35.00),
    ("Photocall 2x2 m con estructura", 240.00),
    ("Roll-up 85x200 cm con estructura", 69.00),
    ("Catálogo A4 grapado 24 págs. (250 uds.)", 610.00),
]
PERSONAL = [
    ("Invitaciones de boda personalizadas (100 uds.)", 165.00),
    ("Recordatorios de comunión (80 uds.)", 48.00),
    ("Impresión fotografías 10x15", 0.25),
    ("Lienzo canvas fotografía 60x40 cm", 39.00),
    ("Calendario personalizado de pared A4", 14.90),
    ("Álbum de fotos personalizado 30x30", 79.00),
    ("Camiseta personalizada", 12.00),
    ("Puzzle personalizado 500 piezas", 24.00),
    ("Taza personalizada", 6.50),
]
DESIGN_NAMES = {n for n, _ in DESIGN}

# ----------------------------------------------------------------- buyers
ZGZ_STREETS = ["Paseo de la Independencia", "Calle Alfonso I", "Avenida de Madrid", "Calle San Miguel",
               "Vía Hispanidad", "Calle Coso", "Avenida Goya", "Calle Delicias", "Camino de las Torres",
               "Avenida Cesáreo Alierta", "Calle Predicadores", "Avenida de Valencia", "Calle Don Jaime I",
               "Paseo Sagasta", "Avenida de Navarra", "Calle Miguel Servet"]
ZGZ_CP = ["50001", "50002", "50003", "50004", "50005", "50006", "50007", "50008", "50009", "50010",
          "50011", "50012", "50013", "50014", "50015", "50017", "50018"]


def addr():
    return f"{rng.choice(ZGZ_STREETS)}, {rng.randint(1, 140)}", rng.choice(ZGZ_CP)


def cif(letter, first2="50"):
    return es_cif(letter, first2 + "".join(str(rng.randint(0, 9)) for _ in range(5)))


def dni():
    return es_dni(rng.randint(16000000, 79999999))


COMPANIES = [
    # name, letter, email, city, province, cp-street override
    ("SOCIEDAD ANONIMA INDUSTRIAS CELULOSA ARAGONESA", "A", "compras@saica.com", "Zaragoza"),
    ("Pikolin, S.L.", "B", "marketing@pikolin.com", "Zaragoza"),
    ("Taim Weser, S.A.", "A", "comunicacion@taimweser.com", "Zaragoza"),
    ("Bodegas San Valero, S. Coop.", "F", "administracion@sanvalero.com", "Cariñena"),
    ("La Zaragozana, S.A.", "A", "marketing@lazaragozana.com", "Zaragoza"),
    ("Industrias Químicas del Ebro, S.A.", "A", "administracion@iqe.es", "Zaragoza"),
    ("Mann+Hummel Ibérica, S.A.U.", "A", "purchasing.es@mann-hummel.com", "Zaragoza"),
    ("Ebro Foods, S.A.", "A", "comunicacion@ebrofoods.es", "Madrid"),
    ("Reformas Delicias 2010, S.L.", "B", "info@reformasdelicias.es", "Zaragoza"),
    ("Clínica Dental Romareda, S.L.P.", "B", "recepcion@dentalromareda.es", "Zaragoza"),
    ("Asesoría Moncayo Consultores, S.L.", "B", "administracion@asesoriamoncayo.es", "Zaragoza"),
    ("TALLERES HNOS. GRACIA, S.L.", "B", "talleresgracia@gmail.com", "Utebo"),
    ("Cafetería La Plaza del Pilar, S.L.", "B", "laplazadelpilar@hotmail.com", "Zaragoza"),
    ("Inmobiliaria Torrero Gestión, S.L.", "B", "info@torrerogestion.es", "Zaragoza"),
    ("Academia de Idiomas Kensington Zaragoza, S.L.", "B", "secretaria@kensingtonzgz.es", "Zaragoza"),
    ("Pastelería Santa Engracia, S.L.", "B", "pedidos@pasteleriasantaengracia.es", "Zaragoza"),
    ("Hoteles Ebro Ciudad, S.L.", "B", "direccion@hotelesebrociudad.com", "Zaragoza"),
    ("Centro Deportivo Actur, S.L.", "B", "gerencia@cdactur.es", "Zaragoza"),
    ("\"Ferretería Casa Ballarín\", S.L.", "B", "ferreteriaballarin@telefonica.net", "Huesca"),
    ("Transportes Lafuente Cinco Villas, S.L.", "B", "trafico@translafuente.es", "Ejea de los Caballeros"),
]

AUTONOMOS = [
    ("Javier Lasheras Marín", "fontanerialasheras@gmail.com", "Fontanería Lasheras"),
    ("Ana Bescós Lacambra", "ana@fisiobescos.es", "Fisioterapia Bescós"),
    ("Pedro Sancho Aznar", "pedrosanchofoto@gmail.com", "Pedro Sancho Fotografía"),
    ("ROYO GIL, MARIA PILAR", "peluqueriapilarroyo@hotmail.com", "Peluquería Pilar Royo"),
    ("Sergio Abadía Cortés ", "sabadia.electricidad@gmail.com", "Instalaciones Eléctricas Abadía"),
]

NONPROFITS = [
    ("Asociación Vecinal Actur Rey Fernando", "G", "avvactur@gmail.com", "association"),
    ("Club Deportivo Ebro", "G", "secretaria@cdebro.es", "sports_club"),
    ("Parroquia de San Pablo Apóstol", "R", "parroquiasanpablo@archizaragoza.org", "religious_organisation"),
    ("Comunidad de Propietarios Residencial Parque Roma", "H", "cpparqueroma@fincasebro.es", "homeowners_association"),
    ("Universidad San Jorge", "G", "compras@usj.es", "private_university"),
    ("Fundación Ibercaja", "G", "fundacion@fundacionibercaja.es", "private_foundation"),
]

# name, cif letter+7 digits (digits only), email, address, cp, city, province, DIR3 (oficina contable), kind
PUBLIC = [
    ("Ayuntamiento de Zaragoza", "P", "5030300", "contratacion@zaragoza.es", "Plaza del Pilar, 18", "50003", "Zaragoza", "Zaragoza", "L01502973", "municipality"),
    ("Ayuntamiento de Huesca", "P", "2217300", "cultura@huesca.es", "Plaza de la Catedral, 1", "22002", "Huesca", "Huesca", "L01221258", "municipality"),
    ("Ayuntamiento de Teruel", "P", "4422800", "festejos@teruel.es", "Plaza de la Catedral, 1", "44001", "Teruel", "Teruel", "L01442167", "municipality"),
    ("Ayuntamiento de Utebo", "P", "5027200", "cultura@ayto-utebo.es", "Avenida Zaragoza, 2", "50180", "Utebo", "Zaragoza", "L01502720", "municipality"),
    ("Ayuntamiento de Cuarte de Huerva", "P", "5008900", "registro@cuartedehuerva.es", "Plaza de España, 1", "50410", "Cuarte de Huerva", "Zaragoza", "L01500892", "municipality"),
    ("Ayuntamiento de Calatayud", "P", "5006700", "festejos@calatayud.es", "Plaza de España, 1", "50300", "Calatayud", "Zaragoza", "L01500674", "municipality"),
    ("AYUNTAMIENTO DE TARAZONA", "P", "5025400", "cultura@tarazona.es", "Plaza de España, 2", "50500", "Tarazona", "Zaragoza", "L01502546", "municipality"),
    ("Ayuntamiento de Ejea de los Caballeros", "P", "5009500", "turismo@aytoejea.es", "Avenida Cosculluela, 1", "50600", "Ejea de los Caballeros", "Zaragoza", "L01500957", "municipality"),
    ("Diputación Provincial de Zaragoza", "P", "5000000", "cultura@dpz.es", "Plaza de España, 2", "50071", "Zaragoza", "Zaragoza", "L02000050", "provincial_government"),
    ("Diputación Provincial de Huesca", "P", "2200000", "publicaciones@dphuesca.es", "Calle Porches de Galicia, 4", "22002", "Huesca", "Huesca", "L02000022", "provincial_government"),
    ("Diputación Provincial de Teruel", "P", "4400000", "turismo@dpteruel.es", "Plaza San Juan, 7", "44001", "Teruel", "Teruel", "L02000044", "provincial_government"),
    ("Gobierno de Aragón - Departamento de Educación, Cultura y Deporte", "S", "5011001", "sgteducacion@aragon.es", "Avenida de Ranillas, 5D", "50018", "Zaragoza", "Zaragoza", "A02003310", "regional_ministry"),
    ("Consejería de Cultura, Turismo y Deporte - Junta de Castilla y León", "S", "4711001", "contratacion.cultura@jcyl.es", "Avenida del Monasterio Nuestra Señora de Prado, s/n", "47014", "Valladolid", "Valladolid", "A07002868", "regional_ministry"),
    ("Consejería de Educación, Ciencia y Universidades - Comunidad de Madrid", "S", "7800001", "sg.educacion@madrid.org", "Calle Alcalá, 30-32", "28014", "Madrid", "Madrid", "A13026812", "regional_ministry"),
    ("Consejería de Turismo, Cultura y Deporte - Junta de Andalucía", "S", "4111001", "contratacion.ctcd@juntadeandalucia.es", "Calle Levíes, 17", "41004", "Sevilla", "Sevilla", "A01025462", "regional_ministry"),
    ("Universidad de Zaragoza", "Q", "5018001", "contratacion@unizar.es", "Calle Pedro Cerbuna, 12", "50009", "Zaragoza", "Zaragoza", "U02100001", "public_university"),
    ("Universidad Complutense de Madrid", "Q", "2818014", "contratacion@ucm.es", "Avenida de Séneca, 2", "28040", "Madrid", "Madrid", "U01800001", "public_university"),
    ("Universitat de València", "Q", "4618001", "contractacio@uv.es", "Avenida Blasco Ibáñez, 13", "46010", "Valencia", "Valencia", "U02600001", "public_university"),
    ("Comarca Campo de Borja", "P", "5000131", "cultura@comarcacampodeborja.es", "Calle Nueva, 6", "50540", "Borja", "Zaragoza", "L07500004", "county"),
    ("CEIP Cándido Domingo", "S", "5018231", "cpcdozaragoza@educa.aragon.es", "Calle Lagos de Coronas, 1", "50011", "Zaragoza", "Zaragoza", "A02003310", "public_school"),
    ("IES Goya", "S", "5018119", "iesgoyazaragoza@educa.aragon.es", "Avenida Goya, 45", "50006", "Zaragoza", "Zaragoza", "A02003310", "public_school"),
    ("Servicio Aragonés de Salud - Hospital Universitario Miguel Servet", "Q", "5000866", "compras.hums@salud.aragon.es", "Paseo Isabel la Católica, 1-3", "50009", "Zaragoza", "Zaragoza", "A02016698", "public_hospital"),
    ("Instituto Aragonés de Empleo", "Q", "5000688", "inaem@aragon.es", "Avenida Alcalde Ramón Sainz de Varanda, 15", "50009", "Zaragoza", "Zaragoza", "A02002769", "state_agency"),
    ("Comandancia de la Guardia Civil de Zaragoza", "S", "2816003", "z-cmd-zaragoza@guardiacivil.org", "Vía Ibérica, 1", "50012", "Zaragoza", "Zaragoza", "E04926204", "police"),
]

GIVEN_F = ["Lucía", "María", "Carmen", "Laura", "Marta", "Elena", "Paula", "Cristina", "Sara", "Pilar", "Raquel", "Silvia", "Irene", "Beatriz", "Noelia", "Alba"]
GIVEN_M = ["Javier", "Carlos", "David", "Daniel", "Alberto", "Jorge", "Pablo", "Sergio", "Alejandro", "Raúl", "Miguel", "Diego", "Iván", "Rubén", "Óscar", "Adrián"]
SURN = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Navarro", "Moreno", "Romero", "Gimeno", "Lasheras",
        "Pueyo", "Lacambra", "Aznar", "Sancho", "Royo", "Gracia", "Lorente", "Pardo", "Marco", "Tena", "Castán", "Lafuente",
        "Bernal", "Ibáñez", "Serrano", "Blasco", "Gil", "Latorre", "Esteban", "Lahoz", "Ariño"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.es", "yahoo.es", "outlook.es", "icloud.com"]


def strip_acc(s):
    tr = str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN")
    return s.translate(tr)


def person():
    g = rng.choice(GIVEN_F + GIVEN_M)
    s1, s2 = rng.sample(SURN, 2)
    mail_local = strip_acc(f"{g[0]}{s1}{rng.randint(1, 99) if rng.random() < .5 else ''}").lower()
    if rng.random() < 0.4:
        mail_local = strip_acc(f"{g}.{s1}").lower()
    email = f"{mail_local}@{rng.choice(FREEMAIL)}"
    style = rng.random()
    if style < 0.12:
        name = f"{strip_acc(s1).upper()} {strip_acc(s2).upper()}, {strip_acc(g).upper()}"
    elif style < 0.2:
        name = f"{s1} {s2}, {g}"
    elif style < 0.27:
        name = f"{g} {s1} {s2} "
    else:
        name = f"{g} {s1} {s2}"
    return name, email


# ----------------------------------------------------------------- invoices
START = dt.date(2024, 1, 8)


def rand_date():
    d = START + dt.timedelta(days=rng.randint(0, 340))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


invoices = []  # each: dict(buyer fields, lines, meta)


def buyer_rec(**kw):
    base = dict(nif="", name="", address="", cp="", city="", province="", country="España", email="",
                label="B2C", ambiguous=False, kind="private_person", bcountry="ES", tipo="factura",
                irpf=False, pay="Transferencia", notes="", tags="", days=30)
    base.update(kw)
    return base


def add_invoice(buyer, lines):
    invoices.append(dict(buyer=buyer, lines=lines, date=rand_date()))


def pick_lines(pool, nmin=1, nmax=3, qty=(1, 3)):
    chosen = rng.sample(pool, rng.randint(nmin, min(nmax, len(pool))))
    out = []
    for name, price in chosen:
        q = rng.randint(*qty)
        if "(horas)" in name:
            q = rng.randint(2, 12)
        out.append((name, q, price))
    return out


# companies
COMPANY_NIF = {}
for name, letter, email, city in COMPANIES:
    a, cp = addr()
    prov = "Huesca" if city == "Huesca" else ("Madrid" if city == "Madrid" else "Zaragoza")
    if city == "Madrid":
        a, cp = "Paseo de la Castellana, 20", "28046"
    if city == "Huesca":
        cp = "22004"
    if city == "Cariñena":
        cp = "50400"
    if city == "Ejea de los Caballeros":
        cp = "50600"
    if city == "Utebo":
        a, cp = "Polígono El Águila, nave 14", "50180"
    b = buyer_rec(nif=es_cif(letter, ("28" if city == "Madrid" else "50") + f"{rng.randint(0, 99999):05d}"),
                  name=name, address=a, cp=cp, city=city, province=prov, email=email, label="B2B", kind="company",
                  irpf=True, pay=rng.choice(["Transferencia", "Transferencia", "Domiciliación bancaria"]))
    COMPANY_NIF[name] = (b["nif"], a, cp)
    if "Coop" in name:
        b["kind"] = "cooperative"
    for _ in range(rng.choice([1, 2, 2, 3])):
        lines = pick_lines(DESIGN, 0, 1) + pick_lines(PRINT, 1, 3)
        add_invoice(dict(b), lines)

# sole traders
for name, email, trade in AUTONOMOS:
    a, cp = addr()
    b = buyer_rec(nif=es_dni(rng.randint(17000000, 73999999)), name=name, address=a, cp=cp, city="Zaragoza",
                  province="Zaragoza", email=email, label="B2B", kind="sole_trader", irpf=True,
                  pay=rng.choice(["Transferencia", "Bizum", "Tarjeta"]))
    first = [(f"Diseño de logotipo e identidad corporativa - {trade}", 1, 450.00),
             ("Tarjetas de visita 350 g (caja 500 uds.)", rng.randint(1, 2), 28.00)]
    add_invoice(dict(b, notes=f"Imagen de marca para {trade}"), first)
    add_invoice(dict(b), pick_lines(PRINT, 1, 2))

# non-profits
for name, letter, email, kind in NONPROFITS:
    a, cp = addr()
    b = buyer_rec(nif=cif(letter), name=name, address=a, cp=cp, city="Zaragoza", province="Zaragoza",
                  email=email, label="B2B", kind=kind, irpf=True, pay="Transferencia")
    for _ in range(rng.choice([1, 2])):
        add_invoice(dict(b), pick_lines(DESIGN, 0, 1) + pick_lines(PRINT, 1, 2))

# public sector
for (name, letter, digits, email, address, cp, city, prov, dir3, kind) in PUBLIC:
    nif = es_cif(letter, digits)
    face = f"FACe - Oficina contable: {dir3} / Órgano gestor: {dir3} / Unidad tramitadora: {dir3}"
    b = buyer_rec(nif=nif, name=name, address=address, cp=cp, city=city, province=prov, email=email,
                  label="B2G", kind=kind, irpf=True, pay="Transferencia", tags="Administración pública", days=30)
    n_inv = 1 if kind in ("public_school", "police", "state_agency") else rng.choice([1, 2, 2])
    for k in range(n_inv):
        notes = face
        r = rng.random()
        if r < 0.35:
            notes = f"{face}. Contrato menor Expte. {rng.randint(100, 9999)}/2024"
        elif r < 0.55:
            notes = f"Pedido n.º {rng.randint(2024000, 2024999)}. {face}"
        lines = pick_lines(DESIGN, 0, 1) + pick_lines(PUBLIC_PRINT, 1, 2, qty=(1, 4))
        add_invoice(dict(b, notes=notes), lines)

# private persons (facturas con NIF)
for _ in range(28):
    name, email = person()
    a, cp = addr()
    b = buyer_rec(nif=es_dni(rng.randint(16000000, 79999999)) if rng.random() < 0.8 else "",
                  name=name, address=a if rng.random() < 0.7 else "", cp=cp, city="Zaragoza", province="Zaragoza",
                  email=email if rng.random() < 0.85 else "", pay=rng.choice(["Tarjeta", "Tarjeta", "Bizum", "Efectivo", "Transferencia"]),
                  days=0)
    lines = pick_lines(PERSONAL, 1, 2)
    for i, (n, q, p) in enumerate(lines):
        if n.startswith("Impresión fotografías"):
            lines[i] = (n, rng.choice([24, 36, 48, 60, 100]), p)
    add_invoice(b, lines)

# anonymous tickets (factura simplificada)
for _ in range(14):
    b = buyer_rec(tipo="ticket", pay=rng.choice(["Efectivo", "Tarjeta", "Bizum"]), kind="anonymous_retail", days=0)
    pool = PERSONAL + PRINT[:1]
    lines = pick_lines(pool, 1, 2)
    for i, (n, q, p) in enumerate(lines):
        if n.startswith("Impresión fotografías"):
            lines[i] = (n, rng.choice([12, 24, 36, 50]), p)
    add_invoice(b, lines)

# ----------------------------------------------------------------- ambiguous cases
a, cp = addr()
add_invoice(buyer_rec(nif=es_dni(25473318), name="Marta Lorente Pueyo", address=a, cp=cp, city="Zaragoza",
                      province="Zaragoza", email="mlorente@zaragoza.es", pay="Tarjeta", ambiguous=True,
                      kind="person_gov_email", days=0),
            [("Invitaciones de boda personalizadas (100 uds.)", 1, 165.00), ("Taza personalizada", 2, 6.50)])
a, cp = addr()
add_invoice(buyer_rec(nif=es_dni(72981455), name="Raúl Ibáñez Sanz", address=a, cp=cp, city="Zaragoza",
                      province="Zaragoza", email="ribanez@unizar.es", pay="Bizum", ambiguous=True,
                      kind="person_public_university_email", days=0),
            [("Lienzo canvas fotografía 60x40 cm", 1, 39.00), ("Álbum de fotos personalizado 30x30", 1, 79.00)])
a, cp = addr()
add_invoice(buyer_rec(nif=es_dni(29100731), name="Alba Latorre Gil", address=a, cp=cp, city="Zaragoza",
                      province="Zaragoza", email="alatorre@aragon.es", pay="Tarjeta", ambiguous=True,
                      kind="person_gov_email", days=0),
            [("Calendario personalizado de pared A4", 3, 14.90)])
# companies buying a single household item
c = COMPANIES[10]
add_invoice(buyer_rec(nif=COMPANY_NIF[c[0]][0], name=c[0], address=COMPANY_NIF[c[0]][1], cp=COMPANY_NIF[c[0]][2], city="Zaragoza",
                      province="Zaragoza", email=c[2], label="B2B", ambiguous=True, kind="company_household_item",
                      pay="Tarjeta"),
            [("Lienzo canvas fotografía 60x40 cm", 1, 39.00)])
rd = COMPANY_NIF["Reformas Delicias 2010, S.L."]
add_invoice(buyer_rec(nif=rd[0], name="Reformas Delicias 2010, S.L.", address=rd[1], cp=rd[2],
                      city="Zaragoza", province="Zaragoza", email="info@reformasdelicias.es", label="B2B", ambiguous=True,
                      kind="company_household_item", pay="Tarjeta"),
            [("Álbum de fotos personalizado 30x30", 1, 79.00)])
# state-owned companies under public-procurement rules
add_invoice(buyer_rec(nif=es_cif("B", "5071102"), name="Zaragoza Vivienda, S.L.U.", address="Calle San Pablo, 61", cp="50003",
                      city="Zaragoza", province="Zaragoza", email="contratacion@zaragozavivienda.es", label="B2B",
                      ambiguous=True, kind="state_owned_company", irpf=True,
                      notes="Contrato menor Expte. ZV-0412/2024 (Ley 9/2017 de Contratos del Sector Público)"),
            [("Maquetación memoria anual (48 págs.)", 1, 950.00), ("Catálogo A4 grapado 24 págs. (250 uds.)", 1, 610.00)])
add_invoice(buyer_rec(nif=es_cif("B", "9901525"), name="Sociedad Aragonesa de Gestión Agroambiental, S.L.U. (SARGA)",
                      address="Avenida César Augusto, 14", cp="50004", city="Zaragoza", province="Zaragoza",
                      email="compras@sarga.es", label="B2B", ambiguous=True, kind="state_owned_company", irpf=True,
                      notes="Expediente de contratación SARGA/2024/118"),
            [("Roll-up 85x200 cm con estructura", 4, 69.00), ("Folletos A5 135 g (1.000 uds.)", 2, 85.00)])
add_invoice(buyer_rec(nif=es_cif("A", "8305267"), name="Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.",
                      address="Paseo de la Independencia, 33", cp="50001", city="Zaragoza", province="Zaragoza",
                      email="compras.zaragoza@correos.com", label="B2B", ambiguous=True, kind="state_owned_company",
                      notes="Pedido SAP 4500871203 - LCSP"),
            [("Vinilo de corte rotulación escaparate", 2, 140.00)])
# international organisation
add_invoice(buyer_rec(nif=es_cif("Q", "5068012"), name="CIHEAM - Instituto Agronómico Mediterráneo de Zaragoza",
                      address="Avenida de Montañana, 1005", cp="50059", city="Zaragoza", province="Zaragoza",
                      email="iamz@iamz.ciheam.org", label="B2B", ambiguous=True, kind="international_org", irpf=True),
            [("Diseño de cartel", 1, 120.00), ("Carteles A3 (100 uds.)", 1, 65.00), ("Diplomas impresos en cartulina (50 uds.)", 2, 35.00)])
# foundation created by the city council
add_invoice(buyer_rec(nif=es_cif("G", "5094021"), name="Fundación Zaragoza Ciudad del Conocimiento",
                      address="Calle Mas de las Matas, 20", cp="50014", city="Zaragoza", province="Zaragoza",
                      email="info@fundacionzcc.org", label="B2B", ambiguous=True, kind="state_founded_foundation", irpf=True),
            [("Diseño de campaña para redes sociales (10 piezas)", 1, 300.00), ("Roll-up 85x200 cm con estructura", 2, 69.00)])
# private person buying for resale
a, cp = addr()
add_invoice(buyer_rec(nif=es_dni(73011852), name="Noelia Marco Tena", address=a, cp=cp, city="Zaragoza", province="Zaragoza",
                      email="noeliamarco.handmade@gmail.com", label="B2B", ambiguous=True, kind="private_person_resale",
                      pay="Bizum", notes="Para revender en mi puesto del mercadillo de artesanía", days=0),
            [("Pegatinas troqueladas (1.000 uds.)", 3, 62.00), ("Taza personalizada", 50, 6.50)])
# private person, bulk with no purpose
add_invoice(buyer_rec(nif=es_dni(17452390), name="Diego Ariño Blasco", email="diegoarino@hotmail.com", pay="Tarjeta",
                      ambiguous=True, kind="private_person_bulk", days=0),
            [("Chapas personalizadas 38 mm", 300, 0.60)])
# public school buying one household item
add_invoice(buyer_rec(nif=es_cif("S", "5018231"), name="CEIP Cándido Domingo", address="Calle Lagos de Coronas, 1", cp="50011",
                      city="Zaragoza", province="Zaragoza", email="cpcdozaragoza@educa.aragon.es", label="B2G", ambiguous=True,
                      kind="public_school_household_item", pay="Transferencia", tags="Administración pública"),
            [("Taza personalizada", 1, 6.50)])
# product only (contact missing)
add_invoice(buyer_rec(label="B2B", ambiguous=True, kind="product_only", pay=""),
            [("Rotulación furgoneta con vinilo impreso", 1, 520.00)])
add_invoice(buyer_rec(label="B2C", ambiguous=True, kind="product_only", pay=""),
            [("Puzzle personalizado 500 piezas", 1, 24.00)])
# thin record: first name only, business-looking goods
add_invoice(buyer_rec(name="Carlos", label="B2B", ambiguous=True, kind="thin_record", pay="Efectivo", days=0),
            [("Lona publicitaria 300x100 cm con ollados", 2, 72.00)])
# person paying the company's invoice
add_invoice(buyer_rec(nif=es_dni(25198044), name="Elena Castán Bueno", city="Zaragoza", province="Zaragoza",
                      email="elenacastan@gmail.com", label="B2B", ambiguous=True, kind="person_paying_company_invoice",
                      pay="Tarjeta", notes="Pago de la factura de Peluquería Elena Castán, S.L. con tarjeta personal"),
            [("Vinilo de corte rotulación escaparate", 1, 140.00), ("Tarjetas de visita 350 g (caja 500 uds.)", 1, 28.00)])

add_invoice(buyer_rec(nif=es_cif("A", "8624455"), name="Renfe Viajeros, S.M.E., S.A.", address="Avenida Pío XII, 110", cp="28036",
                      city="Madrid", province="Madrid", email="compras.viajeros@renfe.es", label="B2B", ambiguous=True,
                      kind="state_owned_company", notes="Licitación 2024-00871-VIA, Pedido 4610023377"),
            [("Photocall 2x2 m con estructura", 2, 240.00), ("Roll-up 85x200 cm con estructura", 6, 69.00),
             ("Lona publicitaria 300x100 cm con ollados", 3, 72.00)])
a, cp = addr()
add_invoice(buyer_rec(nif=es_dni(72345561), name="Iván Serrano Blasco", address=a, cp=cp, city="Zaragoza", province="Zaragoza",
                      email="ivan.serrano@saica.com", ambiguous=True, kind="person_company_email", pay="Tarjeta", days=0),
            [("Puzzle personalizado 500 piezas", 1, 24.00), ("Camiseta personalizada", 3, 12.00)])
add_invoice(buyer_rec(nif=es_cif("Q", "5018001"), name="Universidad de Zaragoza", address="Calle Pedro Cerbuna, 12", cp="50009",
                      city="Zaragoza", province="Zaragoza", email="contratacion@unizar.es", label="B2G", ambiguous=True,
                      kind="public_university_household_item", tags="Administración pública",
                      notes="FACe - Oficina contable: U02100001 / Órgano gestor: U02100001 / Unidad tramitadora: U02100001"),
            [("Álbum de fotos personalizado 30x30", 1, 79.00)])
a, cp = addr()
add_invoice(buyer_rec(nif=es_dni(29788120), name="Beatriz Lahoz Gimeno", address=a, cp=cp, city="Zaragoza", province="Zaragoza",
                      email="bealahoz@gmail.com", label="B2B", ambiguous=True, kind="private_person_business_use", pay="Bizum",
                      notes="Para la tienda online de cerámica que estoy montando", days=0),
            [("Tarjetas de visita 350 g (caja 500 uds.)", 1, 28.00), ("Pegatinas troqueladas (1.000 uds.)", 1, 62.00)])
add_invoice(buyer_rec(nif=COMPANY_NIF["Cafetería La Plaza del Pilar, S.L."][0], name="Cafetería La Plaza del Pilar, S.L.",
                      address=COMPANY_NIF["Cafetería La Plaza del Pilar, S.L."][1], cp=COMPANY_NIF["Cafetería La Plaza del Pilar, S.L."][2],
                      city="Zaragoza", province="Zaragoza", email="laplazadelpilar@hotmail.com", label="B2B", ambiguous=True,
                      kind="company_household_item", pay="Tarjeta"),
            [("Puzzle personalizado 500 piezas", 1, 24.00), ("Camiseta personalizada", 1, 12.00)])

# ----------------------------------------------------------------- write
invoices.sort(key=lambda x: x["date"])
fac_no, tick_no = 0, 0
rows, labels = [], []
for inv in invoices:
    b = inv["buyer"]
    if b["tipo"] == "ticket":
        tick_no += 1
        number = f"T2024-{tick_no:04d}"
    else:
        fac_no += 1
        number = f"2024-{fac_no:04d}"
    d = inv["date"]
    due = d + dt.timedelta(days=b["days"]) if b["days"] else d
    r = rng.random()
    if b["days"] == 0 or r < 0.78:
        status = "Pagada"
        paid = due if b["days"] == 0 else d + dt.timedelta(days=rng.randint(5, 45))
    elif due < dt.date(2024, 12, 20):
        status, paid = "Vencida", None
    else:
        status, paid = "Pendiente", None
    business = b["label"] in ("B2B", "B2G") and b["kind"] not in ("product_only", "thin_record", "person_paying_company_invoice")
    for (concept, qty, price) in inv["lines"]:
        irpf = 15 if (b["irpf"] and business and (concept in DESIGN_NAMES or concept.startswith("Diseño"))) else 0
        disc = 0
        if b["label"] != "B2C" and rng.random() < 0.12:
            disc = rng.choice([5, 10])
        base = round(qty * price * (1 - disc / 100), 2)
        total = round(base * 1.21 - base * irpf / 100, 2)
        rows.append([
            b["tipo"], number, d, due, b["nif"], b["name"], b["address"], b["cp"] if b["address"] else "",
            b["city"] if b["name"] else "", b["province"] if b["name"] else "", b["country"] if b["name"] else "",
            b["email"], concept, qty, price, disc, 21, 0, irpf, base, total, b["pay"], status, paid,
            b["notes"], b["tags"],
        ])
        labels.append(dict(label=b["label"], ambiguous=b["ambiguous"], kind=b["kind"], country=b["bcountry"]))

wb = Workbook()
ws = wb.active
ws.title = "Ingresos"
ws.append(HEADERS)
for c in ws[1]:
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="FFF2CC")
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for c in row:
        h = HEADERS[c.column - 1]
        if h.startswith("Fecha") and c.value is not None:
            c.number_format = "DD/MM/YYYY"
        elif h in ("Base Unitaria", "Base Imponible", "Total"):
            c.number_format = '#,##0.00 "€"'
LAYOUTS.mkdir(parents=True, exist_ok=True)
save_xlsx_fixed(wb, LAYOUTS / f"{LAYOUT_ID}.xlsx")
write_labels(LAYOUT_ID, labels)

write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Quipu (getquipu.com) - Ingresos: listado de facturas emitidas y tickets exportado a Excel",
    "country": "ES",
    "language": "es",
    "docs": [
        "helpcenter.getquipu.com 'Importar facturas o tickets de ingresos': the Ingresos spreadsheet columns Tipo (factura/ticket), "
        "Fecha de Emisión, Número de Factura, NIF (only required for facturas), Nombre, País, Base Unitaria, IVA (0 must be written), "
        "client fields saved as contact, NIF as the unique contact key; Excel file, dates as date cells, euro amounts as currency cells "
        "with European decimal comma",
        "helpcenter.getquipu.com 'Importar facturas y tickets' / blog 'cómo importar facturas de ingresos y gastos': Concepto, base imponible, "
        "IVA, IRPF per document; same sheet used for income and expenses",
        "helpcenter.getquipu.com 'cómo contabilizar tus facturas en formato XML o Facturae': invoices to public administrations go through "
        "FACe and are recorded in Quipu with a tag such as 'Administración pública'",
        "helpcenter.getquipu.com 'Clasificación del identificador fiscal': NIF/CIF/VAT intracomunitario, passport or residence ID per client",
    ],
    "fields": {"buyer": "Nombre", "product": "Concepto", "quantity": "Cantidad", "amount": "Total",
               "tax_id": "NIF", "email": "Email", "payment": "Forma de Pago", "comment": "Notas"},
    "also_ok": {"amount": ["Base Imponible", "Base Unitaria"], "comment": ["Etiquetas"]},
    "notes": "One row per concept line; invoice columns repeat on each line of the same Número de Factura (one invoice = one label). "
             "Header in row 1, no title or totals rows. Tipo 'ticket' rows are facturas simplificadas to anonymous counter customers "
             "(no NIF/Nombre); two facturas have an empty contact (contact deleted) and one names only 'Carlos'. IRPF 15 appears on design services invoiced to businesses and administrations (the seller is an autónoma). "
             "Public-administration invoices carry FACe DIR3 codes in Notas and the tag 'Administración pública'. NIF/CIF check characters "
             "are valid. Written as .xlsx (the help pages describe .xls).",
})
print(LAYOUT_ID, len(rows), "rows", len(invoices), "invoices")
