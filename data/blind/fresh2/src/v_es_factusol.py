"""Spain: FactuSOL (Software DELSOL) - facturas emitidas, export of invoice lines to CSV."""
import random, csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from v_common import *

rng = random.Random(4101)
KID = 'v_es_factusol_facturas_emitidas'

BIZ = [("Papel A4 80g Navigator caja 5 paquetes", 24.90), ("Tóner HP 305A negro CE410A", 78.50),
       ("Portátil Lenovo ThinkPad E14 Gen 5 i5 16GB", 829.00), ("Monitor Samsung 24\" S24C310 FHD", 119.00),
       ("Silla de oficina ergonómica Mesh Pro", 189.00), ("Licencia Microsoft 365 Empresa Estándar (anual)", 140.40),
       ("Switch Cisco CBS250-24T-4G", 329.00), ("Armario rack 19\" 42U 600x1000", 645.00),
       ("Impresora multifunción Brother MFC-L8690CDW", 489.00), ("Destructora de papel Fellowes 79Ci", 215.00),
       ("Disco SSD Samsung 870 EVO 1TB", 89.90), ("SAI APC Back-UPS 950VA", 139.00),
       ("Cartucho Epson 603XL pack 4 colores", 52.30), ("Archivador AZ Folio lomo ancho (caja 10)", 21.80),
       ("Servicio de instalación y configuración (hora técnico)", 45.00), ("Teclado y ratón Logitech MK295", 32.90),
       ("Pizarra blanca magnética 120x90", 74.00), ("Proyector Epson EB-W51", 459.00),
       ("Router Fortinet FortiGate 40F", 520.00), ("Bolígrafo BIC Cristal azul (caja 50)", 11.20)]
HOUSE = [("Televisor LG 55\" 4K UHD 55UR78006", 449.00), ("Cafetera Nespresso Essenza Mini", 89.00),
         ("Hervidor eléctrico Taurus Aroa 1,7L", 24.90), ("Aire acondicionado portátil De'Longhi Pinguino", 399.00),
         ("Microondas Cecotec ProClean 3010", 79.90), ("Robot aspirador Roomba Combo i5", 299.00),
         ("Tablet Samsung Galaxy Tab A9+ 64GB", 219.00), ("Freidora de aire Cosori 5,5L", 99.00),
         ("Auriculares Sony WH-1000XM5", 329.00), ("Consola Nintendo Switch OLED", 329.00)]
PHONE = ("Smartphone Samsung Galaxy A15 128GB", 169.00)

FIRST = ["María", "José", "Antonio", "Carmen", "Lucía", "Javier", "Pablo", "Elena", "Manuel", "Laura", "David", "Ana Belén", "Francisco Javier", "Marta", "Sergio", "Rocío", "Álvaro", "Cristina", "Jorge", "Nuria"]
LAST = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano"]
FREEMAIL = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.es", "telefonica.net", "hotmail.es"]
CITIES = [("Madrid", "28", "Madrid"), ("Sevilla", "41", "Sevilla"), ("Valencia", "46", "Valencia"), ("Zaragoza", "50", "Zaragoza"),
          ("Málaga", "29", "Málaga"), ("Murcia", "30", "Murcia"), ("Bilbao", "48", "Bizkaia"), ("Valladolid", "47", "Valladolid"),
          ("Córdoba", "14", "Córdoba"), ("Alicante", "03", "Alicante"), ("Granada", "18", "Granada"), ("Toledo", "45", "Toledo")]

def person(rng):
    f = rng.choice(FIRST); l1, l2 = rng.sample(LAST, 2)
    return f"{f} {l1} {l2}", f, l1

def pmail(rng, f, l):
    import unicodedata
    s = unicodedata.normalize('NFKD', f"{f.split()[0]}.{l}".lower()).encode('ascii', 'ignore').decode()
    return f"{s}{rng.choice(['', str(rng.randint(1,99))])}@{rng.choice(FREEMAIL)}"

def lines_from(rng, pool, n=(1, 3), q=(1, 10)):
    k = rng.randint(*n)
    return [(d, rng.randint(*q), p) for d, p in rng.sample(pool, k)]

def addr(rng):
    c = rng.choice(CITIES)
    return (rng.choice(["C/ Mayor", "Avda. de la Constitución", "C/ Real", "Pza. de España", "C/ San Fernando", "Pol. Ind. Las Américas, nave", "C/ Alcalá", "Ronda Norte"]) + f", {rng.randint(1,140)}",
            c[0], f"{c[1]}{rng.randint(1,99):03d}", c[2])

B = lambda **k: k

# --- public bodies ---
PUBLIC = [
    ("Ayuntamiento de {c}", "P", "es_municipality", "{cl}.es"),
    ("Excmo. Ayuntamiento de {c}", "P", "es_municipality", "ayto-{cl}.es"),
    ("Diputación Provincial de {p}", "P", "es_provincial_council", "dip{cl}.es"),
    ("Consejería de Educación, Junta de Andalucía", "S", "es_regional_ministry", "juntadeandalucia.es"),
    ("Comunidad de Madrid - Consejería de Sanidad", "S", "es_regional_ministry", "madrid.org"),
    ("Generalitat Valenciana - Conselleria de Hacienda", "S", "es_regional_ministry", "gva.es"),
    ("Universidad de Sevilla", "Q", "public_university", "us.es"),
    ("Universidad Complutense de Madrid", "Q", "public_university", "ucm.es"),
    ("Universitat de València", "Q", "public_university", "uv.es"),
    ("Universidad de Zaragoza", "Q", "public_university", "unizar.es"),
    ("Hospital Universitario Virgen del Rocío (SAS)", "Q", "public_hospital", "juntadeandalucia.es"),
    ("Hospital Universitario La Paz - SERMAS", "Q", "public_hospital", "salud.madrid.org"),
    ("Hospital General Universitario Gregorio Marañón", "Q", "public_hospital", "salud.madrid.org"),
    ("IES Miguel de Cervantes", "S", "public_school", "educa.madrid.org"),
    ("CEIP San Isidro", "S", "public_school", "juntadeandalucia.es"),
    ("IES Luis Vives", "S", "public_school", "gva.es"),
    ("Ministerio del Interior - Dirección General de la Policía", "S", "es_ministry", "policia.es"),
    ("Guardia Civil - Comandancia de {c}", "S", "police", "guardiacivil.org"),
    ("Agencia Estatal de Administración Tributaria", "Q", "state_agency", "correo.aeat.es"),
    ("Ejército de Tierra - Base Militar El Goloso", "S", "armed_forces", "et.mde.es"),
    ("Juzgado de Primera Instancia nº 3 de {c}", "S", "court", "justicia.es"),
    ("Embajada de Francia en Madrid", "N", "embassy", "diplomatie.gouv.fr"),
    ("Consorcio Regional de Transportes de Madrid", "P", "transit_authority", "crtm.es"),
    ("Autoridad Portuaria de Valencia", "Q", "port_authority", "valenciaport.com"),
]

def public_case(rng):
    nm, let, kind, dom = rng.choice(PUBLIC)
    c = rng.choice(CITIES)
    cl = c[0].lower().replace('á', 'a').replace('ó', 'o').replace(' ', '')
    nm = nm.format(c=c[0], p=c[2], cl=cl)
    dom = dom.format(cl=cl)
    pay = rng.choice(["Transferencia 30 días", "Transferencia 60 días", "Transferencia FACe"])
    com = rng.choice(["", "", f"Expediente {rng.randint(1,999)}/2024. Factura electrónica vía FACe, DIR3 L0{rng.randint(1000000,9999999)}",
                      f"Contrato menor nº CM-{rng.randint(10,999)}/2024", f"Pedido nº {rng.randint(1000,9999)}"])
    return B(name=nm, nif=cif(rng, let, int(c[1])), email=f"{rng.choice(['compras','contratacion','registro','informatica','secretaria'])}@{dom}",
             kind=kind, label='B2G', amb=False, cc='FR' if kind == 'embassy' else 'ES',
             lines=lines_from(rng, BIZ, (1, 4), (1, 20)), pay=pay, com=com, ped=f"PED-{rng.randint(100,999)}" if rng.random() < .5 else "")

def school_kettle(rng):
    nm = rng.choice(["CEIP Virgen de la Cabeza", "IES Ramón y Cajal", "CEIP Príncipe de Asturias", "Escuela Infantil Municipal Los Pinos"])
    it = rng.choice(HOUSE[1:3] + HOUSE[4:5])
    return B(name=nm, nif=cif(rng, 'S'), email=f"centro{rng.randint(10000,99999)}@educa.madrid.org", kind='public_school_household_item',
             label='B2G', amb=True, cc='ES', lines=[(it[0], 1, it[1])], pay="Transferencia 30 días", com="Para la sala de profesores", ped="")

COMP = ["Construcciones Hermanos Ruiz", "Talleres Mecánicos del Sur", "Distribuciones Levante", "Inmobiliaria Costa Blanca",
        "Asesoría Fiscal Navarro", "Clínica Dental Sonrisas", "Transportes Jiménez e Hijos", "Hostelería La Giralda",
        "Gestoría Moreno", "Logística Ibérica Norte", "Farmacia Central", "Panadería Hermanos Gil", "Electricidad Torres",
        "Informática Alhambra", "Bodegas Valdepeñas Reunidas", "Frutas Serrano", "Estudio de Arquitectura Vázquez", "Academia Siglo XXI"]
FORMS = [("S.L.", "B"), ("S.L.", "B"), ("SL", "B"), ("S.A.", "A"), ("S.L.U.", "B"), ("Sociedad Limitada", "B"), ("S.Coop.", "F")]
BIG = [("Telefónica de España S.A.U.", "A"), ("Mercadona S.A.", "A"), ("Inditex S.A.", "A"), ("Iberdrola Clientes S.A.U.", "A"), ("Securitas Seguridad España S.A.", "A")]

def company_case(rng, form=True):
    c = rng.choice(CITIES)
    if form:
        if rng.random() < 0.15:
            nm, let = rng.choice(BIG)
        else:
            f, let = rng.choice(FORMS); nm = f"{rng.choice(COMP)} {f}"
        kind = 'company_with_legal_form'
    else:
        nm = rng.choice(COMP); let = 'B'; kind = 'company_no_legal_form'
    dom = nm.split()[0].lower().replace('í', 'i').replace('é', 'e').replace('.', '') + rng.choice(['.es', '.com', 'sl.es'])
    email = f"{rng.choice(['administracion','info','compras','facturacion','oficina'])}@{dom}" if rng.random() < .8 else ""
    return B(name=nm, nif=cif(rng, let, int(c[1])), email=email, kind=kind, label='B2B', amb=False, cc='ES',
             lines=lines_from(rng, BIZ, (1, 4), (1, 12)), pay=rng.choice(["Transferencia 30 días", "Recibo domiciliado 30 días", "Confirming 60 días", "Tarjeta", "Contado"]),
             com=rng.choice(["", "", "", "Entregar en almacén", "Entrega en oficina, 2ª planta", f"Su pedido {rng.randint(1000,9999)}"]), ped=f"P{rng.randint(10000,99999)}" if rng.random() < .4 else "")

def company_nf(rng): return company_case(rng, False)

def nonprofit(rng):
    opts = [("Asociación de Vecinos {c} Centro", "G", "association"), ("Fundación Educativa Santa María", "G", "foundation"),
            ("Cruz Roja Española - Asamblea Local de {c}", "Q", "national_red_cross"), ("Comunidad de Propietarios Edificio Los Olivos", "H", "homeowners_association"),
            ("Parroquia de San Pedro Apóstol", "R", "religious_organisation"), ("AMPA CEIP Miguel Hernández", "G", "parents_association"),
            ("Club Deportivo {c} Atlético", "G", "sports_club"), ("Cáritas Diocesana de {c}", "R", "religious_organisation"),
            ("Universidad de Navarra", "R", "private_university"), ("Colegio Concertado Sagrado Corazón", "R", "private_school"),
            ("Hospital Quirónsalud {c}", "A", "private_hospital")]
    nm, let, kind = rng.choice(opts); c = rng.choice(CITIES)
    nm = nm.format(c=c[0])
    return B(name=nm, nif=cif(rng, let, int(c[1])), email=rng.choice(["", f"secretaria@{kind.split('_')[0]}{rng.randint(1,99)}.org", f"{kind[:4]}{rng.randint(10,99)}@gmail.com"]),
             kind=kind, label='B2B', amb=False, cc='ES', lines=lines_from(rng, BIZ, (1, 3), (1, 8)),
             pay=rng.choice(["Transferencia 30 días", "Recibo domiciliado", "Contado"]), com="", ped="")

PROF = ["Abogado", "Arquitecto", "Fisioterapeuta", "Asesor fiscal", "Fontanería", "Electricista", "Peluquería", "Procurador"]
def autonomo(rng):
    full, f, l = person(rng)
    act = rng.choice(PROF)
    nm = rng.choice([f"{full}", f"{act} {full}", f"{full} - {act}"])
    return B(name=nm, nif=dni(rng), email=pmail(rng, f, l) if rng.random() < .6 else "", kind='sole_trader', label='B2B', amb=False, cc='ES',
             lines=lines_from(rng, BIZ, (1, 3), (1, 5)), pay=rng.choice(["Transferencia 30 días", "Tarjeta", "Bizum"]),
             com=rng.choice(["Material para el despacho", "Para la consulta", "Para la obra de C/ Mayor", "Actividad profesional, factura completa"]), ped="")

def trade_name(rng):
    nm = rng.choice(["Bar Casa Paco", "Peluquería Mari Carmen", "Taller El Chispas", "Reformas Luismi", "Frutería Lola"])
    return B(name=nm, nif=dni(rng), email="", kind='sole_trader_trade_name', label='B2B', amb=False, cc='ES',
             lines=lines_from(rng, BIZ, (1, 2), (1, 6)), pay=rng.choice(["Contado", "Tarjeta"]), com="", ped="")

def private(rng):
    full, f, l = person(rng)
    return B(name=full, nif=rng.choice([dni(rng), dni(rng), nie(rng), ""]), email=pmail(rng, f, l) if rng.random() < .7 else "",
             kind='private_person', label='B2C', amb=False, cc='ES', lines=lines_from(rng, HOUSE + BIZ[2:4], (1, 2), (1, 2)),
             pay=rng.choice(["Tarjeta", "Tarjeta", "Contado", "Bizum", "PayPal"]), com=rng.choice(["", "", "Entrega a domicilio", "Regalo de cumpleaños", "Para casa"]), ped="")

def anon(rng):
    return B(name=rng.choice(["CLIENTES VARIOS", "Cliente contado", "Consumidor final"]), nif="", email="", kind='anonymous_retail', label='B2C', amb=False, cc='ES',
             lines=lines_from(rng, HOUSE + BIZ[:2] + BIZ[15:16], (1, 2), (1, 2)), pay=rng.choice(["Contado", "Tarjeta"]), com="Factura simplificada", ped="")

# --- ambiguous ---
def company_aircon(rng):
    o = company_case(rng); it = rng.choice(HOUSE)
    o.update(kind='company_household_item', amb=True, lines=[(it[0], 1, it[1])], pay=rng.choice(["Tarjeta", "Transferencia 30 días"]), com="")
    return o

def person_bulk(rng):
    o = private(rng); o.update(kind='private_person_bulk_quantity', amb=True, lines=[(PHONE[0], rng.choice([25, 30, 40, 50]), PHONE[1])], pay="Tarjeta", com="")
    return o

def person_resale(rng):
    o = private(rng); o.update(kind='person_states_business_use', label='B2B', amb=True,
                               com=rng.choice(["Para reventa en mi tienda", "Para mi negocio de reparaciones", "Para el trabajo, material del despacho"]),
                               lines=lines_from(rng, BIZ, (1, 2), (2, 6)))
    return o

def autonomo_tv(rng):
    o = autonomo(rng); it = rng.choice(HOUSE[:1] + HOUSE[8:])
    full, f, l = person(rng); o['name'] = f"{rng.choice(PROF)} {full}"
    o.update(kind='sole_trader_personal_purchase', amb=True, lines=[(it[0], 1, it[1])], pay="Tarjeta", com="")
    return o

def gov_mail_person(rng):
    full, f, l = person(rng)
    it = rng.choice(HOUSE)
    dom = rng.choice(["madrid.es", "juntadeandalucia.es", "mde.es", "seg-social.es", "correo.aeat.es"])
    return B(name=full, nif=dni(rng), email=pmail(rng, f, l).split('@')[0] + '@' + dom,
             kind='person_with_gov_email', label='B2C', amb=True, cc='ES', lines=[(it[0], 1, it[1])], pay="Tarjeta", com="Entrega en domicilio particular", ped="")

def intl_org(rng):
    nm = rng.choice(["ACNUR - Oficina en España", "Organización Mundial del Turismo (ONU Turismo)", "Comité Internacional de la Cruz Roja - Delegación Madrid"])
    return B(name=nm, nif=cif(rng, 'N'), email="procurement@" + rng.choice(["unhcr.org", "unwto.org", "icrc.org"]), kind='international_org', label='B2B', amb=True,
             cc='ES', lines=lines_from(rng, BIZ, (1, 3), (1, 10)), pay="Transferencia 30 días", com="", ped=f"PO-{rng.randint(100000,999999)}")

def soe_tender(rng):
    nm = rng.choice(["Sociedad Estatal Correos y Telégrafos S.A., S.M.E.", "Renfe Viajeros S.M.E., S.A.", "Empresa Municipal de Transportes de Madrid S.A.", "Navantia S.A., S.M.E."])
    return B(name=nm, nif=cif(rng, 'A'), email="compras@" + rng.choice(["correos.com", "renfe.es", "emtmadrid.es", "navantia.es"]), kind='state_owned_company_procurement',
             label='B2B', amb=True, cc='ES', lines=lines_from(rng, BIZ, (1, 3), (5, 40)), pay="Transferencia 60 días",
             com=f"Licitación expediente {rng.randint(2023,2024)}/{rng.randint(100,9999)} - Plataforma de Contratación del Sector Público", ped=f"OC-{rng.randint(100000,999999)}")

def person_pays_company(rng):
    full, f, l = person(rng); co = rng.choice(COMP)
    return B(name=full, nif=dni(rng), email=pmail(rng, f, l), kind='person_pays_company_invoice', label='B2B', amb=True, cc='ES',
             lines=lines_from(rng, BIZ, (1, 3), (1, 6)), pay="Transferencia", com=f"Pago factura de {co} S.L. por cuenta de la empresa", ped="")

def product_only(rng):
    it = rng.choice([("Armario rack 19\" 42U 600x1000", 645.00, 'B2B'), ("Switch Cisco CBS250-24T-4G", 329.00, 'B2B'), ("Papel A4 80g Navigator palet 240 cajas", 4980.00, 'B2B'), ("Freidora de aire Cosori 5,5L", 99.00, 'B2C'), ("Auriculares Sony WH-1000XM5", 329.00, 'B2C')])
    return B(name="", nif="", email="", kind='product_only', label=it[2], amb=True, cc='ES', lines=[(it[0], 1, it[1])], pay="", com="", ped="")

def lawyer(rng):
    full, f, l = person(rng)
    return B(name=f"{full}", nif=dni(rng), email=pmail(rng, f, l), kind='professional_buys_for_practice', label='B2B', amb=True, cc='ES',
             lines=[("Impresora multifunción Brother MFC-L8690CDW", 1, 489.00)], pay="Tarjeta", com="Factura a nombre del despacho de abogados, para uso profesional", ped="")

CASES = [(14, public_case), (2, school_kettle), (16, company_case), (5, company_nf), (6, nonprofit), (6, autonomo), (2, trade_name),
         (17, private), (4, anon), (2, company_aircon), (1.5, person_bulk), (1.5, person_resale), (1.5, autonomo_tv), (1.5, gov_mail_person),
         (1, intl_org), (1.5, soe_tender), (1, person_pays_company), (1.5, product_only), (1, lawyer)]

orders = pick_cases(rng, CASES, 200, 250, None)
HDR = ["Tipo", "Código", "Fecha", "Estado", "Cliente", "Nombre", "N.I.F.", "Domicilio", "Población", "C.P.", "Provincia", "Email",
       "Línea", "Artículo", "Descripción", "Cantidad", "Precio", "% Dto.", "Importe", "% IVA", "Total factura", "Forma de pago", "Su pedido", "Observaciones"]
rows, labels = [], []
cli_codes = {}
import datetime
d0 = datetime.date(2024, 1, 8)
num = 120
for i, o in enumerate(orders):
    num += 1
    d = d0 + datetime.timedelta(days=int(i * 1.4))
    tipo = rng.choice(["1", "1", "1", "2"]) if o['kind'] != 'anonymous_retail' else "T"
    code = cli_codes.setdefault(o['name'], 4300000 + len(cli_codes) + 1) if o['name'] else ""
    a = addr(rng) if o['name'] and o['kind'] not in ('anonymous_retail',) and rng.random() < .85 else ("", "", "", "")
    lines = []
    for j, (desc, q, p) in enumerate(o['lines']):
        dto = rng.choice([0, 0, 0, 5, 10]) if o['label'] != 'B2C' else 0
        imp = round(q * p * (1 - dto / 100), 2)
        lines.append((j + 1, desc, q, p, dto, imp))
    tot = round(sum(l[5] for l in lines) * 1.21, 2)
    est = rng.choice(["Cobrada", "Pendiente", "Cobrada"])
    for (ln, desc, q, p, dto, imp) in lines:
        art = f"{rng.randint(100,999)}{rng.choice('ABCDEFGH')}{rng.randint(10,99)}"
        rows.append([tipo, str(num), d.strftime('%d/%m/%Y'), est, str(code), o['name'], o['nif'],
                     a[0], a[1], a[2], a[3], o['email'], str(ln), art, desc, str(q), eu_num(p), eu_num(dto) if dto else "", eu_num(imp), "21,00", eu_num(tot),
                     o['pay'], o['ped'], o['com']])
        labels.append((o['label'], o['amb'], o['kind'], o['cc']))

path = os.path.join(SET, 'layouts', KID + '.csv')
with open(path, 'w', newline='', encoding='cp1252') as f:
    w = csv.writer(f, delimiter=';', quoting=csv.QUOTE_ALL, lineterminator='\r\n')
    w.writerow(HDR); w.writerows(rows)

write_key(KID, {
    "id": KID, "system": "FactuSOL (Software DELSOL) - Facturas emitidas, exportación de líneas a CSV", "country": "ES", "language": "es",
    "docs": ["No public column list was found of the FactuSOL facturas emitidas export; headers follow the field labels FactuSOL shows on its invoice form and grid (Tipo/serie, Código, Fecha, Estado, Cliente, Nombre, N.I.F., Domicilio, Población, C.P., Provincia, Artículo, Descripción, Cantidad, Precio, % Dto., Importe, % IVA, Total, Forma de pago, Su pedido, Observaciones), from the writer's knowledge of the program.",
             "Windows desktop program: CSV written in ANSI (cp1252), ';' separator, all fields quoted, CRLF, dates dd/mm/aaaa, amounts 1.234,56."],
    "fields": {"buyer": "Nombre", "product": "Descripción", "quantity": "Cantidad", "amount": "Importe", "tax_id": "N.I.F.", "email": "Email", "payment": "Forma de pago", "comment": "Observaciones"},
    "also_ok": {"amount": ["Total factura"]},
    "notes": "One row per invoice line; header row only, no title or totals lines. Orders = invoice 'Código' within 'Tipo' (serie); all lines of one invoice share the label. 'Cliente' is the numeric account code (430...), not the name. Total factura is the gross invoice total repeated on each line. Product-only rows have empty buyer fields (kind product_only)."
}, labels)
print(KID, len(rows), 'rows', len(orders), 'orders')
