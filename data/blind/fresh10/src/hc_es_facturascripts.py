"""hc_es_facturascripts_facturas_cliente: FacturaScripts, Ventas > Facturas, list exported to CSV.

Export facts taken from the FacturaScripts source (Core/Lib/Export/CSVExport.php,
ExportBase.php, XMLView/ListFacturaCliente.xml, Translation/es_ES.json):
UTF-8 with BOM, ';' separator, every string cell wrapped in '"', numbers raw
(PHP float to string, '.' decimal), dates Y-m-d, checkboxes 1/0 or empty,
header = translated titles of the visible list columns in their XML order,
lines joined with PHP_EOL ("\n"), no title or totals lines.
"""
import random
from datetime import date, timedelta

from hc_common import LAYOUTS, es_cif, es_dni, es_nie, pt_nif, fr_tva, php_float, write_key, write_labels

LAYOUT_ID = "hc_es_facturascripts_facturas_cliente"
rng = random.Random(20241010)

# visible columns (user enabled Núm. fiscal, Ciudad, Estado, Forma de pago, Neto, Impuestos
# in the page options); order = XML 'order' attribute
HEADER = ["Código", "Número 2", "Cliente", "Núm. fiscal", "Ciudad", "Observaciones", "Estado",
          "Email enviado", "Pagado", "Forma de pago", "Neto", "Impuestos", "Total", "Fecha"]


def cif(letter, d7):
    return es_cif(letter, d7)


def rnd7(prefix=""):
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(7 - len(prefix)))


# ------------------------------------------------------------------ buyers
# (name, nif, city, kind, label, country)
G = "B2G"; B = "B2B"; C = "B2C"
PUBLIC = [
    ("Ajuntament de València", "P4625200C", "València", "municipality"),
    ("AYUNTAMIENTO DE TORRENT", cif("P", "4624400"), "Torrent", "municipality"),
    ("Ayuntamiento de Paterna", cif("P", "4619000"), "Paterna", "municipality"),
    ("Ajuntament de Burjassot", cif("P", "4607800"), "Burjassot", "municipality"),
    ("Ayuntamiento de Alzira", cif("P", "4601700"), "Alzira", "municipality"),
    ("Ajuntament de Gandia", cif("P", "4613100"), "Gandia", "municipality"),
    ("Ayuntamiento de Mislata", cif("P", "4616900"), "Mislata", "municipality"),
    ("Ajuntament de Sagunt", cif("P", "4622000"), "Sagunt", "municipality"),
    ("Diputació de València", cif("P", "4600000"), "València", "provincial_council"),
    ("Mancomunitat Intermunicipal de l'Horta Sud", cif("P", "4600019"), "Torrent", "municipal_association"),
    ("Universitat de València", "Q4618001D", "València", "public_university"),
    ("Universitat Politècnica de València", "Q4618002B", "València", "public_university"),
    ("Generalitat Valenciana - Conselleria de Educación, Universidades y Empleo", "S4611001A", "València", "regional_ministry"),
    ("Conselleria de Sanidad - Departamento de Salud València La Fe", cif("S", "4611001"), "València", "public_hospital"),
    ("Consorcio Hospital General Universitario de Valencia", cif("Q", "9650010"), "València", "public_hospital"),
    ("Consorci Hospitalari Provincial de Castelló", cif("Q", "1200456"), "Castelló de la Plana", "public_hospital"),
    ("Agencia Estatal de Administración Tributaria - Delegación Especial de Valencia", "Q2826000H", "València", "state_agency"),
    ("Confederación Hidrográfica del Júcar, O.A.", cif("Q", "4617001"), "València", "state_agency"),
    ("Subdelegación del Gobierno en Valencia", cif("S", "2833002"), "València", "state_administration"),
    ("Guardia Civil - Comandancia de Valencia", cif("S", "2816003"), "València", "police"),
    ("Cuartel General Terrestre de Alta Disponibilidad (Bétera)", cif("S", "2830001"), "Bétera", "armed_forces"),
    ("Autoritat Portuària de València", cif("Q", "4667001"), "València", "port_authority"),
    ("Institut Valencià de la Joventut (IVAJ)", cif("Q", "4601178"), "València", "regional_agency"),
    ("Escola Oficial d'Idiomes de València", cif("Q", "4668123"), "València", "public_school"),
    ("CEIP Cervantes", cif("Q", "4668047"), "València", "public_school"),
    ("CEIP Sant Vicent Ferrer", cif("Q", "4668210"), "València", "public_school"),
    ("IES Lluís Vives", cif("Q", "4668005"), "València", "public_school"),
    ("IES Benlliure", cif("Q", "4668061"), "València", "public_school"),
    ("IES La Senda", cif("Q", "4668398"), "Quart de Poblet", "public_school"),
    ("CEIP Jaume I", cif("Q", "4668502"), "Paterna", "public_school"),
    ("Ferrocarrils de la Generalitat Valenciana", cif("Q", "4601065"), "València", "public_enterprise"),
    ("Ayuntamiento de Madrid", cif("P", "2807900"), "Madrid", "municipality"),
]
EMBASSY = ("Embajada de la República Federal de Alemania", cif("N", "0012771"), "Madrid", "embassy", "DE")

COMPANIES = [
    ("Mercadona, S.A.", "A46103834", "València"),
    ("Consum, S. Coop. V.", "F46078986", "Silla"),  # cooperative
    ("Power Electronics España, S.L.", cif("B", "9789312"), "Llíria"),
    ("Talleres Ruiz Benlloch, S.L.", cif("B", "9612088"), "Paiporta"),
    ("Gestoría Martínez Asociados, S.L.", cif("B", "9756021"), "València"),
    ("Clínica Dental Sorní, S.L.P.", cif("B", "9845320"), "València"),
    ("CONSTRUCCIONES FERRER MONZO SA", cif("A", "4612390"), "Torrent"),
    ("Hostelería Russafa 2015, S.L.", cif("B", "9871402"), "València"),
    ("Asesoría Fiscal Navarro, S.L.", cif("B", "9630145"), "Mislata"),
    ("Transportes Hermanos Sanchis, S.L.", cif("B", "9610883"), "Alaquàs"),
    ("Lladró Comercial, S.A.", cif("A", "4614218"), "Tavernes Blanques"),
    ("Inmobiliaria Marítim Cabanyal, S.L.", cif("B", "9822167"), "València"),
    ("Arquitectura Tormo & Vidal, S.L.P.", cif("B", "9877310"), "València"),
    ("Laboratorios Farmacéuticos Rovi, S.A.", cif("A", "2804103"), "Madrid"),
    ("Ford España, S.L.", cif("B", "4602634"), "Almussafes"),
    ("Dulcesol - Vicky Foods Products, S.L.", cif("B", "9656512"), "Gandia"),
    ("Academia Idiomas Campus, S.L.", cif("B", "9800456"), "Burjassot"),
    ("Óptica Benimaclet, S.L.", cif("B", "9723354"), "València"),
    ("Farmacia Lda. Carmen Soler, C.B.", cif("E", "9801267"), "València"),
    ("Electricidad Llopis Hermanos, S.L.", cif("B", "9615512"), "Xirivella"),
    ("Restaurante La Pepica, S.L.", cif("B", "4614031"), "València"),
    ("Bufete Albiñana Abogados, S.L.P.", cif("B", "9883017"), "València"),
    ("Centro Veterinario Campanar, S.L.", cif("B", "9790432"), "València"),
    ("Grupo Logístico Puerto Sagunto, S.A.", cif("A", "9650442"), "Sagunt"),
    ("Eventos y Congresos Mediterráneo, S.L.", cif("B", "9744126"), "València"),
    ("Autoescuela Turia, S.L.", cif("B", "9634215"), "València"),
    ("Colegio de Abogados de Valencia", cif("Q", "4663001"), "València"),  # corporación de derecho público profesional
]
NONPROFIT = [
    ("Cruz Roja Española - Oficina Provincial de Valencia", "Q2866001G", "València", "national_red_cross"),
    ("Cáritas Diocesana de Valencia", cif("R", "4600324"), "València", "religious_org"),
    ("Parroquia de San Nicolás de Bari y San Pedro Mártir", cif("R", "4601187"), "València", "church"),
    ("Comunidad de Propietarios Av. Blasco Ibáñez 45", cif("H", "9653318"), "València", "homeowners_association"),
    ("C.P. EDIFICIO TORRE MISLATA", cif("H", "9711028"), "Mislata", "homeowners_association"),
    ("Colegio Jesús-María Fuensanta", cif("R", "4600871"), "València", "private_school"),
    ("Universidad Católica de Valencia San Vicente Mártir", cif("G", "9700219"), "València", "private_university"),
    ("Hospital Casa de Salud (Fundación Instituto San José)", cif("G", "4601223"), "València", "private_hospital"),
    ("Anecoop, S. Coop.", cif("F", "4602167"), "València", "cooperative"),
    ("Cooperativa Agrícola Sant Vicent Ferrer de Benaguasil, Coop. V.", cif("F", "4601002"), "Benaguasil", "cooperative"),
    ("AMPA CEIP Cervantes", cif("G", "9655019"), "València", "parents_association"),
    ("Asociación Valenciana de Caridad", cif("G", "4600451"), "València", "nonprofit"),
    ("Club de Atletismo Runners Ciutat de València", cif("G", "9810234"), "València", "sports_club"),
    ("UTE Limpieza Edificios Municipales Torrent", cif("U", "9876543"), "Torrent", "joint_venture"),
]
STATE_CO = [  # state-/municipally-owned companies in company form
    ("Empresa Municipal de Transportes de València, S.A.U.", cif("A", "4600334"), "València"),
    ("Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", cif("A", "8305240"), "Madrid"),
    ("Mercavalència, S.A.", cif("A", "4604015"), "València"),
    ("Empresa Mixta Valenciana de Aguas, S.A.", cif("A", "9606211"), "València"),
]
FOUNDATIONS = [  # founded by a public body, private-law foundations
    ("Fundación para el Fomento de la Investigación Sanitaria y Biomédica de la C.V. (FISABIO)", cif("G", "9807376"), "València"),
    ("Fundació Visit València de la Comunitat Valenciana", cif("G", "9812001"), "València"),
]
INTL = [
    ("ONU Turismo (Organización Mundial del Turismo)", "", "Madrid"),
    ("Oficina de Propiedad Intelectual de la Unión Europea (EUIPO)", "", "Alicante"),
]
FOREIGN = [
    ("Frutas Lusitanas, Lda.", "PT" + pt_nif("50912345"), "Lisboa", "PT"),
    ("Distribution Méditerranée SARL", fr_tva("443061841"), "Perpignan", "FR"),
]

GIVEN_F = ["María José", "Carmen", "Lucía", "Ana", "Laura", "Marta", "Cristina", "Pilar", "Amparo", "Elena", "Rosa", "Vicenta", "Isabel", "Paula", "Sara", "Núria"]
GIVEN_M = ["José", "Vicente", "Antonio", "Juan Carlos", "Javier", "David", "Manuel", "Francisco", "Sergio", "Pablo", "Jordi", "Salvador", "Miguel Ángel", "Daniel", "Alejandro", "Ximo"]
SURN = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Navarro", "Ferrer", "Soler", "Martí", "Vidal", "Llorens", "Sanchis", "Ribes", "Torres", "Romero", "Alonso", "Moreno", "Boix", "Pastor", "Giner", "Castelló", "Ortega", "Roig"]
CITIES_P = ["València", "Torrent", "Paterna", "Burjassot", "Mislata", "Alboraia", "Xirivella", "Manises", "Catarroja", "Sagunt", "Gandia", "Llíria"]

PAY_TRANSF = ["Transferencia 30 días", "Transferencia", "Transferencia 60 días", "Recibo domiciliado 30 días"]
PAY_SHOP = ["Contado", "Tarjeta", "Bizum"]

PRICE = {"papel A4 80 g (cajas)": 24.5, "tóner HP 305A": 79.0, "tóner Brother TN-2420": 62.0, "sillas de oficina ergonómicas": 189.0,
         "archivadores A-Z": 3.9, "destructora Fellowes 79Ci": 329.0, "portátiles Lenovo ThinkPad E14": 749.0, "monitores Dell 24\"": 159.0,
         "pizarra blanca 180x120": 145.0, "mamparas de metacrilato": 68.0, "rotuladores Edding": 1.6, "cartuchos Epson 603XL": 17.5,
         "armario metálico de archivo": 265.0, "cableado y canaleta (m)": 4.2, "SAI APC 1500VA": 412.0, "impresora multifunción Brother MFC-L8690": 489.0,
         "microondas Cecotec": 89.0, "cafetera Nespresso Vertuo": 139.0, "hervidor eléctrico": 29.9, "frigorífico combi Bosch": 649.0,
         "televisor Samsung 55\"": 549.0, "aspiradora Rowenta": 179.0, "aire acondicionado portátil De'Longhi": 459.0, "lavavajillas Balay": 429.0,
         "mochila escolar": 34.9, "calculadora Casio fx-82": 17.9, "impresora HP DeskJet 2720e": 54.9}
items_office = list(PRICE)[:16]
items_home = list(PRICE)[16:24]


def person(female=None):
    f = rng.random() < 0.5 if female is None else female
    g = rng.choice(GIVEN_F if f else GIVEN_M)
    return g, rng.choice(SURN), rng.choice(SURN)


def dni():
    return es_dni(rng.randint(10_000_000, 79_999_999))


recs = []  # dicts


def add(name, nif, city, obs, n2, pay, net, label, amb, kind, country, vat=0.21, series="A", paid=None, status="Emitida"):
    recs.append(dict(name=name, nif=nif, city=city, obs=obs, n2=n2, pay=pay, net=round(net, 2), vat=vat,
                     label=label, amb=amb, kind=kind, country=country, series=series, paid=paid, status=status))


def expte():
    return f"Expte. {rng.choice(['CM', 'CMEN', 'SUM', 'E'])}-{rng.randint(12, 980)}/2024"


# ---- B2G, plain
for name, nif, city, kind in PUBLIC:
    k = 3 if kind in ("municipality", "public_school", "public_university", "public_hospital") else rng.choice([1, 2])
    for _ in range(k):
        it = rng.choice(items_office)
        qty = rng.randint(3, 40)
        obs = rng.choice([
            f"Suministro de {it} ({qty} uds.). {expte()}",
            f"Contrato menor - {it}. Entrega en conserjería",
            f"Pedido {rng.choice(['nº', 'núm.'])} {rng.randint(2024000, 2024999)} - {it}",
            f"{it.capitalize()} x{qty}. Factura electrónica remitida por FACe",
            "",
            f"Material de oficina según albarán {rng.randint(1200, 4800)}",
        ])
        n2 = rng.choice(["", "", f"{rng.randint(100, 999)}/2024", f"PO-{rng.randint(45000, 45999)}"])
        add(name, nif, city, obs, n2, rng.choice(PAY_TRANSF[:2] + ["Transferencia 30 días"]),
            qty * PRICE[it] * rng.uniform(0.9, 1.3), G, False, kind, "ES")
add(EMBASSY[0], EMBASSY[1], EMBASSY[2], "Material de oficina para la Cancillería. Exento art. 22 LIVA", "", "Transferencia",
    rng.uniform(400, 1500), G, False, "embassy", "DE", vat=0.0)
# B2G ambiguous: public body buying one household item
for name, nif, city, kind in [PUBLIC[24], PUBLIC[29], PUBLIC[1], PUBLIC[13]]:
    it = rng.choice(items_home)
    add(name, nif, city, f"1 ud. {it}", "", "Transferencia 30 días", PRICE[it] / 1.21, G, True, kind, "ES")

# ---- B2B companies
for name, nif, city in COMPANIES:
    for _ in range(rng.choice([1, 1, 2, 2])):
        it = rng.choice(items_office)
        obs = rng.choice(["", "", f"Su pedido {rng.randint(100, 9999)}", f"{it.capitalize()}", "Entrega en almacén", f"Ref. obra {rng.randint(10, 99)}-{rng.randint(100, 999)}", "Instalación en oficinas"])
        kind = "cooperative" if "Coop" in name else ("professional_body" if name.startswith("Colegio de Abogados") else "company")
        add(name, nif, city, obs, rng.choice(["", "", f"{rng.randint(4500000000, 4509999999)}"]), rng.choice(PAY_TRANSF + ["Tarjeta"]),
            rng.uniform(90, 4200), B, kind == "professional_body", kind, "ES")
for name, nif, city, kind in NONPROFIT:
    for _ in range(rng.choice([1, 1, 2])):
        add(name, nif, city, rng.choice(["", "Material para secretaría", "Pedido telefónico", "Reposición trimestral"]), "",
            rng.choice(PAY_TRANSF), rng.uniform(60, 1900), B, False, kind, "ES")
for name, nif, city, cc in FOREIGN:
    add(name, nif, city, "Entrega intracomunitaria exenta art. 25 LIVA", "", "Transferencia", rng.uniform(900, 5200), B, False, "foreign_company", cc, vat=0.0)
# sole traders (autónomos), clear
TRADES = ["Fontanería", "Electricidad", "Peluquería", "Carpintería", "Reformas", "Taller", "Estudio de diseño", "Fisioterapia"]
for _ in range(12):
    g, s1, s2 = person()
    trade = rng.choice(TRADES)
    nm = rng.choice([f"{g} {s1} {s2}", f"{s1} {s2}, {g}", f"{trade.upper()} {s1.upper()}", f"{trade} {g} {s1}"])
    add(nm, dni(), rng.choice(CITIES_P), rng.choice(["Material para el taller", "Para el local", "", "Factura a nombre del negocio", "Suministro obra c/ Sueca 14"]),
        "", rng.choice(PAY_TRANSF + ["Tarjeta"]), rng.uniform(60, 1600), B, False, "sole_trader", "ES")
# state-owned companies: plain and under LCSP procurement (ambiguous)
add(*STATE_CO[2], "", "", "Transferencia 30 días", rng.uniform(300, 1500), B, False, "state_owned_company", "ES")
add(*STATE_CO[3], "", "", "Transferencia 60 días", rng.uniform(300, 1500), B, False, "state_owned_company", "ES")
add(*STATE_CO[0], f"Contrato menor LCSP {expte()} - suministro de tóner para cocheras", "", "Transferencia 30 días", rng.uniform(900, 3500), B, True, "state_owned_company_procurement", "ES")
add(*STATE_CO[1], f"Licitación {rng.randint(10000, 99999)}/2024 Plataforma de Contratación - lote 2 sillas", "", "Transferencia 60 días", rng.uniform(2500, 9000), B, True, "state_owned_company_procurement", "ES")
add(*STATE_CO[0], "Pedido 4501123 - archivadores", "", "Transferencia 30 días", rng.uniform(200, 700), B, False, "state_owned_company", "ES")
# international organisations (ambiguous)
for nm, nif, city in INTL:
    add(nm, nif, city, "Material de oficina - exento", "", "Transferencia", rng.uniform(600, 3000), B, True, "international_org", "ES", vat=0.0)
# state-founded foundations (ambiguous)
for nm, nif, city in FOUNDATIONS:
    add(nm, nif, city, rng.choice(["Suministro equipos sala de reuniones", f"Pedido {rng.randint(300, 900)}"]), "", "Transferencia 30 días",
        rng.uniform(400, 2600), B, True, "state_founded_foundation", "ES")
# company buying only a household item (ambiguous)
for nm, nif, city in [COMPANIES[4], COMPANIES[12], COMPANIES[21]]:
    it = rng.choice(items_home)
    add(nm, nif, city, f"1 ud. {it}", "", "Tarjeta", PRICE[it] / 1.21, B, True, "company_household_item", "ES")
# sole trader, personal card, TV (ambiguous)
for _ in range(2):
    g, s1, s2 = person(False)
    add(f"{rng.choice(TRADES)} {s1} - {g} {s1} {s2}", dni(), rng.choice(CITIES_P), f"1 ud. {items_home[4]}. Pago con tarjeta personal",
        "", "Tarjeta", PRICE[items_home[4]] / 1.21, B, True, "sole_trader_personal_purchase", "ES")
# person paying a company's invoice (ambiguous)
g, s1, s2 = person(True)
add(f"{g} {s1} {s2}", dni(), "València", "Abona la factura de Talleres Ruiz Benlloch, S.L. (pedido 2291)", "", "Transferencia",
    rng.uniform(300, 900), B, True, "person_paying_company_invoice", "ES")
# private persons stating resale (ambiguous)
for txt in ["Para reventa en mi tienda de Ruzafa", "Material para revender en el mercadillo"]:
    g, s1, s2 = person()
    add(f"{g} {s1} {s2}", dni(), rng.choice(CITIES_P), txt, "", "Bizum", rng.uniform(150, 600), B, True, "private_person_resale", "ES")

# ---- B2C
for _ in range(30):
    g, s1, s2 = person()
    nm = rng.choice([f"{g} {s1} {s2}", f"{g} {s1} {s2}", f"{s1} {s2}, {g}", f"{g.upper()} {s1.upper()} {s2.upper()}", f"{g} {s1}"])
    nif = rng.choice([dni(), dni(), dni(), "", es_nie(rng.choice("XY"), rng.randint(1000000, 9999999))])
    it = rng.choice(items_home + items_office[7:10] + ["mochila escolar", "calculadora Casio fx-82", "impresora HP DeskJet 2720e"])
    obs = rng.choice([f"{it}", f"{it}. Entrega a domicilio", "", "Para uso particular", f"Regalo - {it}", "Compra en tienda"])
    add(nm, nif, rng.choice(CITIES_P), obs, "", rng.choice(PAY_SHOP + ["Transferencia"]), PRICE[it] * rng.choice([1, 1, 1, 2]) / 1.21, C, False, "private_person", "ES")
for _ in range(8):
    add(rng.choice(["CLIENTES VARIOS", "Clientes varios", "Cliente contado"]), "", "", rng.choice(["", "Venta mostrador", "Factura simplificada"]), "",
        rng.choice(PAY_SHOP), rng.uniform(3, 95), C, False, "anonymous_retail", "ES", series="S")
# private persons buying 30+ identical items (ambiguous)
for it, pr in [("mochilas escolares", 34.9), ("calculadoras Casio fx-82", 17.9)]:
    g, s1, s2 = person()
    n = rng.randint(30, 45)
    add(f"{g} {s1} {s2}", dni(), rng.choice(CITIES_P), f"{n} uds. {it}", "", "Tarjeta", n * pr / 1.21, C, True, "private_bulk_purchase", "ES")
# thin records (ambiguous)
add("Pepe", "", "", "", "", "Contado", rng.uniform(10, 60), C, True, "thin_record", "ES")
add("Toni (tlf. 6xx)", "", "", "", "", "", rng.uniform(20, 90), C, True, "thin_record", "ES")
add("Cliente web", "", "", "4 palés papel A4 80 g", "", "Transferencia", rng.uniform(1400, 2200), B, True, "thin_record_business_goods", "ES")
# more ambiguous cases
add(NONPROFIT[10][0], NONPROFIT[10][1], NONPROFIT[10][2], "1 ud. microondas Cecotec para la sala de reuniones", "", "Bizum", 89.0 / 1.21, B, True, "nonprofit_household_item", "ES")
add(COMPANIES[0][0], COMPANIES[0][1], COMPANIES[0][2], "1 ud. aspiradora Rowenta", "", "Tarjeta", 179.0 / 1.21, B, True, "company_household_item", "ES")
g, s1, s2 = person()
add(f"{g} {s1} {s2}", dni(), "València", "Es para la oficina de mi empresa, la factura a mi nombre", "", "Tarjeta", rng.uniform(300, 800), B, True, "private_person_business_use", "ES")
g, s1, s2 = person()
add(f"{s1} {s2}, {g}", "", "Alboraia", "25 uds. impresora HP DeskJet 2720e", "", "Bizum", 25 * 54.9 / 1.21, C, True, "private_bulk_purchase", "ES")
add(PUBLIC[5][0], PUBLIC[5][1], PUBLIC[5][2], "1 ud. televisor Samsung 55\" para el Hogar del Jubilado", "", "Transferencia 30 días", 549.0 / 1.21, G, True, "municipality", "ES")

# ---- credit notes (series R): same buyer, same label
for src in rng.sample([r for r in recs if r["label"] != C and not r["amb"]], 3):
    d = dict(src)
    d.update(net=-round(src["net"] * rng.uniform(0.1, 0.5), 2), obs="Rectificativa por devolución", series="R", paid=False)
    recs.append(d)

# ------------------------------------------------------------------ render
rng.shuffle(recs)
start = date(2024, 1, 8)
dates = sorted(start + timedelta(days=rng.randint(0, 355)) for _ in recs)
for r, d in zip(recs, dates):
    r["date"] = d
# list order: fecha DESC, numero DESC (default order of ListFacturaCliente)
recs.sort(key=lambda r: r["date"])
counters = {"A": 0, "S": 0, "R": 0}
for r in recs:
    counters[r["series"]] += 1
    r["code"] = f"2024{r['series']}{counters[r['series']]:06d}"
recs.sort(key=lambda r: (r["date"], r["code"]), reverse=True)


def q(s):
    return '"' + s.replace('"', '""') + '"'


lines = [";".join(q(h) for h in HEADER)]
for r in recs:
    tax = round(r["net"] * r["vat"], 2)
    total = round(r["net"] + tax, 2)
    old = (date(2024, 12, 31) - r["date"]).days
    paid = r["paid"] if r["paid"] is not None else (r["pay"] in PAY_SHOP or old > 75 or rng.random() < 0.3)
    femail = "1" if (r["label"] != C and rng.random() < 0.8) else ""
    cells = [q(r["code"]), q(r["n2"]), q(r["name"]), q(r["nif"]), q(r["city"]), q(r["obs"]), q(r["status"]),
             femail, "1" if paid else "0", q(r["pay"]), php_float(r["net"]), php_float(tax), php_float(total),
             q(r["date"].isoformat())]
    # empty strings: FacturaScripts writes null values as empty (no quotes)
    cells = ["" if c == '""' and h in ("Número 2", "Núm. fiscal", "Ciudad", "Observaciones", "Forma de pago") else c
             for c, h in zip(cells, HEADER)]
    lines.append(";".join(cells))

LAYOUTS.mkdir(parents=True, exist_ok=True)
out = LAYOUTS / f"{LAYOUT_ID}.csv"
with open(out, "wb") as fh:
    fh.write(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))

write_labels(LAYOUT_ID, recs)
write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "FacturaScripts (open-source ERP/invoicing, Spain), Ventas > Facturas de clientes list, 'Exportar > CSV'",
    "country": "ES",
    "language": "es",
    "docs": [
        "NeoRazorX/facturascripts Core/Lib/Export/CSVExport.php: UTF-8 BOM, ';' separator, '\"' text delimiter on string cells only, numbers unquoted, rows joined with PHP_EOL, header row = column titles, no totals",
        "Core/Lib/Export/ExportBase.php getCursorValue: money/number widgets raw, checkbox -> 1/0 (null -> empty), date widgets -> Y-m-d, null -> empty cell",
        "Core/XMLView/ListFacturaCliente.xml: columns and order (code 150, number2 160, customer 180, fiscal-number 190, city 230, observations 260, status 270, email-sent 280, paid 290, payment-method 300, net 360, taxes 370, total 420, date 470); hidden columns appear only when the user enables them in page options",
        "Core/Translation/es_ES.json: Código, Número 2, Cliente, Núm. fiscal, Ciudad, Observaciones, Estado, Email enviado, Pagado, Forma de pago, Neto, Impuestos, Total, Fecha",
        "Core/Model/SecuenciaDocumento.php: default code pattern {EJE}{SERIE}{0NUM} with 6-digit number (2024A000123); ListBusinessDocument orders by fecha, numero descending",
        "Spanish NIF rules (letter P local bodies, Q public bodies/universities, S state/regional administration, A/B companies, F cooperatives, G associations/foundations, H owners' communities, R religious, U UTE, N foreign entities; DNI/NIE letters mod 23): control characters computed",
    ],
    "fields": {"buyer": "Cliente", "product": None, "quantity": None, "amount": "Total", "tax_id": "Núm. fiscal",
               "email": None, "payment": "Forma de pago", "comment": "Observaciones"},
    "also_ok": {"amount": ["Neto"], "product": ["Observaciones"], "comment": ["Número 2"]},
    "notes": "One row per invoice (FacturaCliente); no title or totals lines. The invoice list holds no line items: goods appear only in Observaciones when the clerk typed them. Series A = ordinary invoices, S = simplified invoices to 'CLIENTES VARIOS'/'Cliente contado' (catch-all counter customers), R = rectifying invoices (negative amounts) that take the label of the buyer. Public bodies are recognisable by NIF letter (P/Q/S) and name; the German embassy has an N-NIF and 0 % VAT. Dates run 2024, newest first.",
})
print(out, len(recs))
