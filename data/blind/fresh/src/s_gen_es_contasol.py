"""Spain - Contasol (Software DELSOL) listado de facturas emitidas con detalle de líneas, exportado a Excel."""
import random, datetime as dt, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from s_common import *
import pandas as pd
from openpyxl import Workbook

LID = 's_es_contasol_facturas_emitidas'
rng = random.Random(20260602)

CAT = [
 ('LEJ5', 'Lejía perfumada 5 L', 3.95, 'ud'), ('PHI18', 'Papel higiénico industrial 2 capas (caja 18 rollos)', 21.50, 'caja'),
 ('SEC6', 'Bobina papel secamanos mecha central (caja 6 uds)', 24.90, 'caja'), ('GEL5', 'Gel hidroalcohólico 5 L', 14.80, 'ud'),
 ('GNIT', 'Guantes de nitrilo talla M (caja 100)', 6.20, 'caja'), ('FRE5', 'Fregasuelos aroma pino 5 L', 5.40, 'ud'),
 ('BOL85', 'Bolsas de basura 85x105 (rollo 10 uds)', 2.10, 'rollo'), ('DJAB', 'Dispensador de jabón ABS 1 L', 18.60, 'ud'),
 ('FFP2', 'Mascarillas FFP2 (caja 20)', 7.90, 'caja'), ('LAV5', 'Lavavajillas manual concentrado 5 L', 8.75, 'ud'),
 ('CARRO', 'Carro de limpieza doble cubo con prensa', 129.00, 'ud'), ('FREG', 'Fregona microfibra industrial', 2.95, 'ud'),
 ('NRV200', 'Aspirador industrial Numatic NRV-200', 239.00, 'ud'), ('BR304', 'Fregadora Kärcher BR 30/4 C', 1390.00, 'ud'),
 ('DESAM', 'Desinfectante amonio cuaternario 5 L', 11.40, 'ud'), ('JAB5', 'Jabón de manos 5 L', 7.60, 'ud'),
 ('PAPCAM', 'Sabanilla camilla 2 capas (caja 6)', 27.80, 'caja'), ('CONT120', 'Contenedor de residuos 120 L con pedal', 86.00, 'ud'),
 ('MOP', 'Mopa algodón 60 cm', 6.50, 'ud'), ('SERV', 'Servicio de limpieza de cristales (jornada)', 210.00, 'jornada'),
]
HOUSE = [('MICRO', 'Microondas Cecotec ProClean 3110', 69.90, 'ud'), ('ROOMBA', 'Robot aspirador iRobot Roomba Combo', 299.00, 'ud'),
         ('CAFET', 'Cafetera Nespresso Vertuo', 119.00, 'ud'), ('ASPDOM', 'Aspiradora escoba Rowenta X-Force', 249.00, 'ud'),
         ('VAPOR', 'Limpiadora a vapor Kärcher SC 3', 179.00, 'ud')]
CONS = [CAT[i] for i in (0, 5, 9, 15, 11, 8, 3)] + HOUSE[1:]

PROV = [('Madrid', 'Madrid', '28'), ('Getafe', 'Madrid', '28'), ('Alcalá de Henares', 'Madrid', '28'), ('Toledo', 'Toledo', '45'),
        ('Guadalajara', 'Guadalajara', '19'), ('Sevilla', 'Sevilla', '41'), ('Sabadell', 'Barcelona', '08'), ('Valencia', 'Valencia', '46'),
        ('Leganés', 'Madrid', '28'), ('Móstoles', 'Madrid', '28'), ('Talavera de la Reina', 'Toledo', '45')]
CALLES = ['C/ Mayor', 'Avda. de la Constitución', 'C/ Alcalá', 'Pza. de España', 'C/ Real', 'Avda. de Andalucía', 'C/ Toledo', 'Polígono Industrial Los Ángeles, nave',
          'C/ San Isidro', 'Ronda de Atocha', 'C/ Gran Vía']
NOM_M = ['José', 'Antonio', 'Manuel', 'Francisco', 'David', 'Javier', 'Daniel', 'Carlos', 'Miguel', 'Alejandro', 'Pablo', 'Sergio']
NOM_F = ['María', 'Carmen', 'Ana', 'Laura', 'Isabel', 'Lucía', 'Marta', 'Cristina', 'Elena', 'Pilar', 'Raquel', 'Sonia']
APE = ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz',
       'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Gil', 'Serrano', 'Ortega']
FREE = ['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net', 'hotmail.es']

def addr(city=None):
    c = [p for p in PROV if p[0] == city][0] if city else pick(rng, PROV)
    return dict(dom=f"{pick(rng, CALLES)} {rng.randint(1, 120)}", pob=c[0], cp=f"{c[2]}{rng.randint(1, 999):03d}", prov=c[1], cc='ES')
def dir3(prefix):
    return f"{prefix}{rng.randint(1000000, 9999999):07d}"
cod = [430000]
def B(name, nif, kind, email='', d3=False, city=None, cc='ES', **kw):
    cod[0] += rng.randint(1, 7)
    b = dict(name=name, nif=nif, kind=kind, email=email, cod=str(cod[0]), **addr(city)); b['cc'] = cc
    if d3:
        pfx = d3 if isinstance(d3, str) else 'L01'
        oc = dir3(pfx) if rng.random() < 0.9 else ''
        b.update(oc=oc, og=oc, ut=oc if rng.random() < 0.6 else dir3(pfx))
    b.update(kw)
    return b

PUB = [
 B('Ayuntamiento de Getafe', es_cif(rng, 'P', 28), 'es_municipality', 'compras@ayto-getafe.org', True, 'Getafe'),
 B('Ayuntamiento de Alcalá de Henares', es_cif(rng, 'P', 28), 'es_municipality', 'contratacion@ayto-alcaladehenares.es', True, 'Alcalá de Henares'),
 B('Ajuntament de Sabadell', es_cif(rng, 'P', 8), 'es_municipality', '', True, 'Sabadell'),
 B('Ayuntamiento de Leganés - Concejalía de Deportes', es_cif(rng, 'P', 28), 'es_municipality', 'deportes@leganes.org', True, 'Leganés'),
 B('Ayuntamiento de Talavera de la Reina', es_cif(rng, 'P', 45), 'es_municipality', '', True, 'Talavera de la Reina'),
 B('Diputación Provincial de Toledo', es_cif(rng, 'P', 45), 'es_province_council', 'suministros@diputoledo.es', True, 'Toledo'),
 B('Diputación Provincial de Guadalajara', es_cif(rng, 'P', 19), 'es_province_council', '', True, 'Guadalajara'),
 B('Consejería de Educación, Ciencia y Universidades - Comunidad de Madrid', es_cif(rng, 'S', 28), 'regional_ministry', '', 'A13', 'Madrid'),
 B('Junta de Andalucía - Consejería de Salud y Consumo', es_cif(rng, 'S', 41), 'regional_ministry', '', 'A01', 'Sevilla'),
 B('Hospital Universitario 12 de Octubre (SERMAS)', es_cif(rng, 'Q', 28), 'public_hospital', 'suministros.hdoc@salud.madrid.org', 'A13', 'Madrid'),
 B('Hospital Universitario La Paz', es_cif(rng, 'Q', 28), 'public_hospital', '', 'A13', 'Madrid'),
 B('Hospital Universitario Virgen del Rocío', es_cif(rng, 'Q', 41), 'public_hospital', '', 'A01', 'Sevilla'),
 B('Universidad Complutense de Madrid', es_cif(rng, 'Q', 28), 'public_university', 'compras@ucm.es', 'U01', 'Madrid'),
 B('Universidad de Alcalá', es_cif(rng, 'Q', 28), 'public_university', '', 'U01', 'Alcalá de Henares'),
 B('Universitat de València', es_cif(rng, 'Q', 46), 'public_university', '', 'U01', 'Valencia'),
 B('CEIP Miguel de Cervantes', es_cif(rng, 'S', 28), 'public_school', 'cp.cervantes.getafe@educa.madrid.org', False, 'Getafe'),
 B('IES Ramiro de Maeztu', es_cif(rng, 'S', 28), 'public_school', '', False, 'Madrid'),
 B('Ministerio de Defensa - Base Aérea de Torrejón', es_cif(rng, 'S', 28), 'armed_forces', '', 'E04', 'Madrid'),
 B('Dirección General de la Guardia Civil - Comandancia de Toledo', es_cif(rng, 'S', 45), 'police', '', 'E04', 'Toledo'),
 B('Agencia Estatal de Meteorología (AEMET)', es_cif(rng, 'Q', 28), 'government_agency', '', 'E04', 'Madrid'),
 B('Mancomunidad de Municipios del Sureste de Madrid', es_cif(rng, 'P', 28), 'es_municipal_association', '', True, 'Madrid'),
 B('Juzgado de Primera Instancia nº 3 de Getafe', es_cif(rng, 'S', 28), 'court', '', 'E04', 'Getafe'),
]
EMB = [B('Embajada de Francia en España', es_cif(rng, 'N', 28), 'embassy', '', False, 'Madrid', cc='FR'),
       B('Embassy of the United States of America - Madrid', es_cif(rng, 'N', 28), 'embassy', '', False, 'Madrid', cc='US')]
def co(name, letter, kind='company_with_legal_form'):
    d = slug(name.split(',')[0].split(' S.')[0].replace(' ', '')) + '.es'
    return B(name, es_cif(rng, letter), kind, f"{pick(rng, ['administracion', 'compras', 'info', 'facturacion'])}@{d}" if rng.random() < 0.7 else '')
COS = [co(n, l) for n, l in [('Limpiezas Castilla, S.L.', 'B'), ('Hoteles Gran Vía Madrid, S.A.', 'A'), ('Residencia Los Olivos, S.L.', 'B'),
       ('Construcciones Hermanos Gil, S.L.', 'B'), ('Talleres Mecánicos Ortega, S.L.', 'B'), ('Clínica Dental Sonrisa, S.L.P.', 'B'),
       ('Gimnasio Fitness Sur, S.L.', 'B'), ('Restaurante El Fogón de Toledo, S.L.', 'B'), ('Logística Henares, S.A.', 'A'),
       ('Academia de Idiomas Babel, S.L.', 'B'), ('Mercadona, S.A.', 'A'), ('Transportes Navarro e Hijos, S.L.', 'B'),
       ('Cooperativa Agrícola San Isidro, S. Coop.', 'F')]]
COS_NF = [co(n, l, 'company_no_legal_form') for n, l in [('Bar La Espiga', 'B'), ('Peluquería Estilo', 'E'), ('Panadería Domínguez', 'B'), ('Hostal Real', 'B'), ('Autoescuela Vía Libre', 'B')]]
def auto(name, trade=None):
    return B(trade or name, es_dni(rng), 'sole_trader', f"{slug(name.split()[0])}.{slug(name.split()[1])}@{pick(rng, FREE)}" if rng.random() < 0.6 else '')
AUT = [auto('Sergio Romero Gil', 'Fontanería Sergio Romero'), auto('Pilar Navarro Díaz'), auto('Javier Serrano Ruiz', 'Cristalería Serrano'),
       auto('Marta Muñoz Álvarez'), auto('Carlos Torres Moreno', 'Taller Torres'), auto('Elena Hernández Gil', 'Fisioterapia Elena Hernández')]
NP = [B('Cáritas Diocesana de Madrid', es_cif(rng, 'R', 28), 'religious_organisation', 'compras@caritasmadrid.org'),
      B('Parroquia de San Isidro Labrador', es_cif(rng, 'R', 28), 'religious_organisation'),
      B('Cruz Roja Española - Asamblea Local de Getafe', es_cif(rng, 'Q', 28), 'national_red_cross', ''),
      B('Club Deportivo Leganés Base', es_cif(rng, 'G', 28), 'sports_club'),
      B('Asociación de Vecinos La Unión', es_cif(rng, 'G', 28), 'non_profit_association'),
      B('Comunidad de Propietarios C/ Alcalá 120', es_cif(rng, 'H', 28), 'homeowners_association'),
      B('Fundación Balia por la Infancia', es_cif(rng, 'G', 28), 'non_profit_foundation')]
PRIVI = [B('Universidad Europea de Madrid, S.L.U.', es_cif(rng, 'B', 28), 'private_university', 'compras@universidadeuropea.es'),
         B('Universidad de Navarra', es_cif(rng, 'R', 31), 'private_university'),
         B('Hospital Quirónsalud Toledo', es_cif(rng, 'A', 45), 'private_hospital'),
         B('Colegio Nuestra Señora del Pilar', es_cif(rng, 'R', 28), 'private_school')]
def priv(kind='private_person', dom=None):
    f = rng.random() < 0.5; n = pick(rng, NOM_F if f else NOM_M); a1, a2 = pick(rng, APE), pick(rng, APE)
    nif = es_dni(rng) if rng.random() < 0.85 else es_nie(rng)
    em = f"{slug(n)}{slug(a1)}{rng.randint(1, 99)}@{dom or pick(rng, FREE)}" if (rng.random() < 0.7 or dom) else ''
    return B(f"{n} {a1} {a2}" if rng.random() < 0.7 else f"{a1} {a2}, {n}", nif if rng.random() < 0.8 else '', kind, em)
PRIV = [priv() for _ in range(14)]

orders = []
def new(lab, amb, b, kind=None):
    o = Order(lab, amb, kind or b['kind'], b['cc'], b); orders.append(o); return o
def lines(o, cat, a, bmax, qa, qb):
    for c in rng.sample(cat, rng.randint(a, min(bmax, len(cat)))):
        o.lines.append((c, rng.randint(qa, qb)))

FP_B = ['Transferencia 30 días', 'Transferencia 60 días', 'Recibo domiciliado 30 días', 'Confirming 90 días', 'Transferencia bancaria', 'Pagaré 60 días']
for _ in range(32):
    b = pick(rng, PUB); o = new('B2G', False, b); lines(o, CAT, 1, 4, 2, 40)
    o.payment = pick(rng, ['Transferencia 30 días', 'Transferencia bancaria', 'Transferencia 60 días'])
    o.extra['ped'] = pick(rng, ['', f"Expte. {rng.randint(1, 400)}/2026", f"Contrato menor CM-{rng.randint(10, 999)}/2026", f"Pedido {rng.randint(4500000, 4599999)}"])
for b in EMB:
    o = new('B2G', False, b); lines(o, CAT, 1, 3, 2, 10); o.payment = 'Transferencia bancaria'; o.comment = 'Exento IVA art. 22 LIVA (misiones diplomáticas)'
b = PUB[15]; o = new('B2G', True, b, 'public_school_household_item'); o.lines.append((HOUSE[0], 1)); o.payment = 'Transferencia bancaria'; o.comment = 'Para la sala de profesores'
for _ in range(28):
    b = pick(rng, COS + COS_NF); o = new('B2B', False, b); lines(o, CAT, 1, 3, 1, 30); o.payment = pick(rng, FP_B)
for _ in range(8):
    b = pick(rng, AUT); o = new('B2B', False, b); lines(o, CAT, 1, 3, 1, 6); o.payment = pick(rng, ['Contado', 'Tarjeta', 'Transferencia bancaria', 'Bizum'])
for _ in range(8):
    b = pick(rng, NP); o = new('B2B', False, b); lines(o, CAT, 1, 4, 1, 20); o.payment = pick(rng, ['Transferencia bancaria', 'Recibo domiciliado 30 días'])
for b in PRIVI:
    o = new('B2B', False, b); lines(o, CAT, 2, 4, 5, 40); o.payment = 'Transferencia 60 días'
# ambiguous B2B
for n in ['Renfe Viajeros, S.M.E., S.A.', 'Canal de Isabel II, S.A., M.P.']:
    b = co(n, 'A', 'state_owned_company_procurement'); o = new('B2B', True, b); lines(o, CAT, 2, 4, 20, 80); o.payment = 'Transferencia 60 días'
    o.extra['ped'] = f"Expte. licitación {rng.randint(2026000, 2026999)}"; o.comment = 'Adjudicación por procedimiento abierto (Ley 9/2017 LCSP), publicada en Plataforma de Contratación del Sector Público'
b = B('ONU Turismo (Organización Mundial del Turismo)', es_cif(rng, 'N', 28), 'international_org', 'procurement@unwto.org', city='Madrid'); o = new('B2B', True, b); lines(o, CAT, 1, 3, 2, 15); o.payment = 'Transferencia bancaria'; o.comment = 'Exento de IVA - organismo internacional'
b = B('Fundación Española para la Ciencia y la Tecnología (FECYT)', es_cif(rng, 'G', 28), 'state_founded_foundation', 'compras@fecyt.es', city='Madrid'); o = new('B2B', True, b); lines(o, CAT, 1, 3, 2, 10); o.payment = 'Transferencia bancaria'
for b in [COS[2], COS_NF[0]]:
    o = new('B2B', True, b, 'company_household_item'); o.lines.append((pick(rng, HOUSE[1:]), 1)); o.payment = 'Tarjeta'
b = AUT[3]; o = new('B2B', True, b, 'sole_trader_personal_item'); o.lines.append((HOUSE[1], 1)); o.payment = 'Tarjeta'
p = priv(); o = new('B2B', True, p, 'person_states_business_use'); lines(o, CAT[:10], 3, 5, 10, 30); o.payment = 'Bizum'; o.comment = 'Para mi negocio de limpieza de portales, aún sin dar de alta'
p = priv(); o = new('B2B', True, p, 'person_pays_company_invoice'); lines(o, CAT, 2, 3, 5, 20); o.payment = 'Tarjeta'; o.comment = 'Abona el administrador en nombre de Construcciones Hermanos Gil, S.L.'
b = B('Abogado Ignacio Martín Pérez', es_dni(rng), 'professional_buys_for_practice', 'imartin.abogado@gmail.com'); o = new('B2B', True, b); o.lines.append((HOUSE[2], 1)); o.lines.append((CAT[3], 2)); o.payment = 'Tarjeta'; o.comment = 'Para el despacho'
# B2C
for _ in range(18):
    b = pick(rng, PRIV); o = new('B2C', False, b); lines(o, CONS, 1, 2, 1, 3); o.payment = pick(rng, ['Tarjeta', 'Contado', 'Bizum', 'Tarjeta'])
for _ in range(4):
    b = B('Clientes varios (contado)', '', 'anonymous_retail'); b['email'] = ''; o = new('B2C', False, b); lines(o, CONS, 1, 2, 1, 2); o.payment = 'Contado'
p = priv(); o = new('B2C', True, p, 'private_person_bulk_identical'); o.lines.append((CAT[3], 60)); o.payment = 'Tarjeta'
for dom in ['madrid.es', 'mde.es', 'juntadeandalucia.es']:
    p = priv('person_with_gov_email', dom); o = new('B2C', True, p); o.lines.append((pick(rng, HOUSE[1:]), 1)); o.payment = 'Tarjeta'; o.comment = 'Entrega en domicilio particular'
# product-only records (no client data at all)
for c, lab in [(CAT[13], 'B2B'), (HOUSE[4], 'B2C')]:
    b = dict(name='', nif='', kind='product_only', email='', cod='', dom='', pob='', cp='', prov='', cc='ES'); o = new(lab, True, b); o.lines.append((c, 1)); o.payment = ''

rng.shuffle(orders)
dates = sorted(date_between(rng, dt.date(2026, 1, 8), dt.date(2026, 11, 30)) for _ in orders)
hdr = ['Serie', 'Nº factura', 'Fecha', 'Cód. cliente', 'Cliente', 'N.I.F.', 'Domicilio', 'Población', 'C.P.', 'Provincia', 'E-mail',
       'Oficina contable', 'Órgano gestor', 'Unidad tramitadora', 'Artículo', 'Descripción', 'Cantidad', 'Precio', '% Dto.', 'Importe',
       '% IVA', 'Base imponible', 'Cuota IVA', 'Total factura', 'Forma de pago', 'Estado', 'Su pedido', 'Observaciones']
rows, labels = [], []
n = 0
for o, d in zip(orders, dates):
    n += 1; b = o.b
    exento = o.kind in ('embassy', 'international_org')
    ls = []
    for c, q in o.lines:
        dto = rng.choice([0, 0, 5, 10]) if o.label != 'B2C' else 0
        imp = round(q * c[2] * (1 - dto / 100), 2); ls.append((c, q, dto, imp))
    base = round(sum(x[3] for x in ls), 2); iva = 0 if exento else 21; cuota = round(base * iva / 100, 2)
    serie = 'A' if b['name'] != 'Clientes varios (contado)' else 'T'
    estado = pick(rng, ['Cobrada', 'Cobrada', 'Pendiente', 'Cobrada parcialmente']) if o.label != 'B2C' else 'Cobrada'
    for c, q, dto, imp in ls:
        rows.append([serie, n, d, b['cod'], b['name'], b['nif'], b['dom'], b['pob'], b['cp'], b['prov'], b['email'],
                     b.get('oc', ''), b.get('og', ''), b.get('ut', ''), c[0], c[1], q, c[2], dto, imp, iva, base, cuota, round(base + cuota, 2),
                     o.payment or '', estado, o.extra.get('ped', ''), o.comment])
        labels.append((o.label, o.amb, o.kind, o.cc))

wb = Workbook(); ws = wb.active; ws.title = 'Listado'
ws.append(['LISTADO DE FACTURAS EMITIDAS - DETALLE DE LÍNEAS'])
ws.append(['Empresa: 0012 HIGIENE Y LIMPIEZA CASTELLANA, S.L.   Ejercicio: 2026   Desde fecha: 01/01/2026   Hasta fecha: 31/12/2026'])
ws.append([])
ws.append(hdr)
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=5, min_col=3, max_col=3):
    for c in row:
        c.number_format = 'DD/MM/YYYY'
for col in (18, 20, 22, 23, 24):
    for row in ws.iter_rows(min_row=5, min_col=col, max_col=col):
        for c in row:
            c.number_format = '#,##0.00'
nrec = len(rows)
ws.append([])
ws.append(['', 'Total listado', '', '', '', '', '', '', '', '', '', '', '', '', '', '', sum(r[16] for r in rows), '', '', round(sum(r[19] for r in rows), 2)])
wb.save(os.path.join(LAY, LID + '.xlsx'))
write_labels(LID, labels)
write_key(LID, {
    'id': LID, 'system': 'Contasol / Factusol (Software DELSOL) - Listado de facturas emitidas con detalle de líneas, exportado a Excel (XLSX)',
    'country': 'ES', 'language': 'es',
    'docs': ['The searchable sources held no column list for Contasol, FacturaDirecta or a3factura list exports. Headers follow the Spanish labels these '
             'desktop programs use in their invoice grids and listings (Serie, Nº factura, Fecha, Cód. cliente, N.I.F., Base imponible, Cuota IVA, '
             'Total factura, Forma de pago, Su pedido, Observaciones), cf. comparable Spanish invoice-table docs found (docfav "tabla de Facturas": '
             'Ref. fac, Cliente, NIF, Subtotal, IVA, IRPF, Total, Método de pago, Estado pago; Cegid gestiona Excel export: Nº factura, Código cliente, '
             'Base imponible, Importe).',
             'FACe e-invoicing to Spanish public bodies requires the three DIR3 codes (Oficina contable, Órgano gestor, Unidad tramitadora), which '
             'billing programs store on the client record; they are filled here for most public clients (not for small paper invoices, schools, embassies).',
             'NIF rules: P = local entity, Q = public body/university, S = state/regional administration body, R = religious, G = association/foundation, '
             'H = comunidad de propietarios, F = cooperative, A/B = S.A./S.L., N = foreign entity; persons have a DNI (8 digits + letter) or NIE.'],
    'fields': {'buyer': 'Cliente', 'product': 'Descripción', 'quantity': 'Cantidad', 'amount': 'Importe', 'tax_id': 'N.I.F.', 'email': 'E-mail',
               'payment': 'Forma de pago', 'comment': 'Observaciones'},
    'also_ok': {},
    'notes': f'Sheet "Listado": lines 1-3 of the sheet are a title, a company/period line and a blank line; line 4 is the header (read with header=3). '
             f'Records are the {nrec} lines after the header; after them come one blank line and a "Total listado" line, which are not records. '
             'One row per invoice line; Nº factura groups the lines of one invoice. Seller: a cleaning/hygiene supplies distributor in Madrid. '
             'Two records have no client data at all (product-only). Embassy rows carry the country of the foreign state.'})
print(LID, nrec, 'rows', len(orders), 'orders')
