"""Booking.com extranet (Partner Hub) > Reservas > 'Descargar' reservation list, Spanish-language account.

Seller: a 3-star city hotel in Valladolid.  Most bookers are leisure guests; some are travel
agencies, companies, public bodies, business travellers asking for an invoice to their employer.
Rebuilds layouts/lc_es_booking_reservas.csv and its key.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random

from lc_common import LAYOUTS, es_cif, write_key

LID = "lc_es_booking_reservas"
rnd = random.Random(130119)

HEADER = ["Número de reserva", "Reservado por", "Nombre del cliente (o clientes)", "Entrada", "Salida",
          "Fecha de reserva", "Estado", "Habitaciones", "Personas", "Adultos", "Niños", "Edades de los niños:",
          "Precio", "Comisión %", "Importe de la comisión", "Estado del pago", "Forma de pago", "Comentarios",
          "Grupo de reserva", "Booker country", "Motivo del viaje", "Dispositivo", "Tipo de unidad",
          "Duración (noches)", "Fecha de cancelación", "Dirección", "Número de teléfono"]

UNITS = [("Habitación Individual", 58, 82, 1), ("Habitación Doble - 1 o 2 camas", 72, 112, 2),
         ("Habitación Doble Superior", 92, 138, 2), ("Habitación Triple", 105, 150, 3),
         ("Habitación Familiar", 120, 165, 4), ("Suite Junior", 145, 210, 2)]

ES_SURN = ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
           "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez",
           "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil",
           "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro",
           "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Nuñez", "Medina", "Garrido", "Cortés", "Castillo",
           "Lozano", "Calvo", "Prieto", "Herrero", "de la Fuente", "Pascual", "Arranz", "Pastor", "Cuesta"]
ES_M = ["Antonio", "José", "Manuel", "Francisco", "David", "Javier", "Daniel", "Carlos", "Jesús",
        "Alejandro", "Miguel", "Rafael", "Pablo", "Sergio", "Fernando", "Jorge", "Luis", "Alberto",
        "Álvaro", "Adrián", "Diego", "Raúl", "Iván", "Rubén", "Óscar", "Andrés", "Marcos", "Hugo"]
ES_F = ["María", "Carmen", "Ana", "Laura", "Marta", "Lucía", "Cristina", "Isabel", "Elena", "Paula",
        "Sara", "Raquel", "Pilar", "Beatriz", "Nuria", "Silvia", "Patricia", "Rocío", "Irene", "Alba",
        "Andrea", "Eva", "Sonia", "Noelia", "Claudia", "Mercedes", "Julia", "Inés"]
FOREIGN = {  # country code -> (surnames, first names, phone prefix)
    "fr": (["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard"], ["Camille", "Julien", "Élodie", "Nicolas", "Sophie"], "+33"),
    "pt": (["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa"], ["João", "Ana", "Tiago", "Inês", "Rui", "Mariana"], "+351"),
    "gb": (["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson"], ["James", "Emma", "Oliver", "Charlotte", "Harry"], "+44"),
    "de": (["Müller", "Schmidt", "Schneider", "Fischer", "Weber"], ["Lukas", "Anna", "Felix", "Laura", "Jonas"], "+49"),
    "it": (["Rossi", "Bianchi", "Ferrari", "Romano", "Colombo"], ["Marco", "Giulia", "Luca", "Francesca"], "+39"),
    "us": (["Johnson", "Miller", "Davis", "Anderson", "Clark"], ["Michael", "Jennifer", "Robert", "Emily"], "+1"),
    "mx": (["Hernández", "López", "Ramírez", "Flores"], ["Alejandro", "Guadalupe", "Fernanda", "Luis"], "+52"),
    "nl": (["de Vries", "Jansen", "Bakker", "Visser"], ["Daan", "Sanne", "Thijs", "Lotte"], "+31"),
}
CITIES = ["28013 Madrid", "47002 Valladolid", "08012 Barcelona", "48001 Bilbao", "37002 Salamanca",
          "24004 León", "09003 Burgos", "46004 Valencia", "41001 Sevilla", "33003 Oviedo", "15701 Santiago de Compostela",
          "50001 Zaragoza", "34001 Palencia", "40001 Segovia", "49012 Zamora"]
STREETS = ["Calle Mayor", "Avenida de la Constitución", "Calle Real", "Paseo de Zorrilla", "Calle Santiago",
           "Calle del Carmen", "Plaza de España", "Calle Alcalá", "Avenida de Madrid", "Calle San Juan"]

LEISURE_COMMENTS = ["", "", "", "", "", "", "Llegaremos tarde, sobre las 23:30.", "¿Sería posible una cuna para el bebé?",
                    "Celebramos nuestro aniversario, si es posible habitación tranquila.", "Necesitamos plaza de parking.",
                    "Viajamos con un perro pequeño.", "Habitación alejada del ascensor, por favor.",
                    "We will arrive around 9 pm.", "Nous arriverons vers 22h.", "Chegamos por volta das 20h.",
                    "Venimos a la Semana Santa, llegamos el jueves por la tarde.", "Somos celíacos, ¿tienen desayuno sin gluten?",
                    "Si es posible, camas separadas.", "Vamos al concierto en el Miguel Delibes.", "Late check-out si es posible."]

TRAVEL_AGENCIES = ["Viajes El Corte Inglés, S.A.", "Halcón Viajes, S.L.U.", "Avoris Retail Division, S.L.",
                   "Nautalia Viajes, S.L.", "VIAJES CARREFOUR S.L.U.", "Viajes Pisuerga Tours S.L."]
COMPANY_BOOKERS = ["Renault España, S.A.", "Iveco España, S.L.", "MICHELIN ESPAÑA PORTUGAL, S.A.",
                   "Indra Sistemas, S.A.", "Grupo Siro Corporativo, S.L."]
INVOICE_COMPANIES = [  # name, letter, province, address
    ("Iberdrola Clientes, S.A.U.", "A", "95", "Plaza Euskadi 5, 48009 Bilbao"),
    ("Telefónica de España, S.A.U.", "A", "82", "Ronda de la Comunicación s/n, 28050 Madrid"),
    ("Mercadona, S.A.", "A", "46", "C/ Valencia 5, 46016 Tavernes Blanques"),
    ("Construcciones Arranz Acinas, S.A.", "A", "09", "Burgos"),
    ("Consultoría Duero Ingenieros, S.L.", "B", "47", "C/ Santiago 21, 47001 Valladolid"),
    ("Laboratorios Ovejero, S.L.", "B", "24", "León"),
    ("Acciona Construcción, S.A.", "A", "81", "Avda. de Europa 18, 28108 Alcobendas"),
    ("Dulces Tradicionales Castellanos, S.L.", "B", "34", "Palencia"),
    ("Software Pisuerga, S.L.", "B", "47", "Parque Tecnológico de Boecillo, Valladolid"),
    ("Transportes Cuesta e Hijos, S.L.", "B", "49", "Zamora"),
]
PUBLIC_BOOKERS = [
    ("Universidad de Valladolid", "public_university"), ("Ayuntamiento de Valladolid - Protocolo", "municipality"),
    ("Junta de Castilla y León - Consejería de Cultura", "regional_government"),
    ("Academia de Caballería - Ejército de Tierra", "armed_forces"),
    ("Guardia Civil - Comandancia de Valladolid", "police"),
    ("Hospital Clínico Universitario de Valladolid", "public_hospital"),
    ("Diputación Provincial de Valladolid", "provincial_government"),
    ("IES Zorrilla", "public_school"), ("Instituto Nacional de Estadística", "public_agency"),
    ("Universidad de Valladolid", "public_university"),
]
PUBLIC_INVOICE = [  # name, letter, province, extra
    ("Universidad de Salamanca", "Q", "37", "Proyecto de investigación PID2022-1{n}"),
    ("Ayuntamiento de León", "P", "24", "Asistencia a jornada técnica FEMP"),
    ("Ministerio de Defensa - Academia de Caballería", "S", "28", "Comisión de servicio"),
    ("Gerencia Regional de Salud de Castilla y León (SACYL)", "Q", "47", "Curso de formación, comisión de servicio"),
    ("Diputación de Burgos", "P", "09", "Viaje oficial, orden de servicio {n}"),
    ("Dirección General de la Guardia Civil", "S", "28", "Comisión de servicio nº {n}"),
    ("Universidad de León", "Q", "24", "Tribunal de tesis doctoral"),
    ("Servicio Público de Empleo Estatal (SEPE)", "Q", "28", "Orden de viaje {n}"),
]


def person(cc="es"):
    if cc == "es":
        fem = rnd.random() < 0.5
        nm = rnd.choice(ES_F if fem else ES_M)
        s1, s2 = rnd.choice(ES_SURN), rnd.choice(ES_SURN)
        surname = f"{s1} {s2}" if rnd.random() < 0.8 else s1
        phone = f"+346{rnd.randint(10000000, 99999999)}" if rnd.random() < 0.9 else f"+349{rnd.randint(10000000, 89999999)}"
    else:
        sns, nms, pre = FOREIGN[cc]
        nm, surname = rnd.choice(nms), rnd.choice(sns)
        phone = f"{pre}{rnd.randint(100000000, 999999999)}"
    return nm, surname, phone


def booker_text(nm, surname):
    r = rnd.random()
    if r < 0.82:
        return f"{surname}, {nm}"
    if r < 0.92:
        return f"{surname.upper()}, {nm.upper()}"
    return f"{surname}, {nm} "  # trailing space as typed by the guest


def trim(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def cif(letter, prov):
    return es_cif(letter, prov, f"{rnd.randint(0, 99999):05d}")


rows = []


def make(booker, guests, cc, phone, lab, amb, kind, comment="", motivo=None, unit=None, rooms=1,
         grupo=None, country=None, status=None, address=None):
    arr = dt.date(2025, 1, 2) + dt.timedelta(days=rnd.randint(0, 178))
    nights = rnd.choice([1, 1, 1, 2, 2, 2, 3, 3, 4, 5])
    u = unit or rnd.choice(UNITS)
    rate = rnd.uniform(u[1], u[2])
    price = round(rate * nights * rooms, 2)
    if rnd.random() < 0.6:
        price = float(round(price))
    booked = dt.datetime.combine(arr, dt.time()) - dt.timedelta(days=rnd.randint(1, 120), seconds=rnd.randint(0, 86399))
    st = status or rnd.choices(["ok", "cancelled_by_guest", "no_show"], [0.86, 0.11, 0.03])[0]
    canc = ""
    if st == "cancelled_by_guest":
        cd = booked + dt.timedelta(days=rnd.randint(0, max(0, (dt.datetime.combine(arr, dt.time()) - booked).days)),
                                   seconds=rnd.randint(0, 40000))
        canc = cd.strftime("%Y-%m-%d %H:%M:%S")
    persons = min(u[3] * rooms, rnd.randint(1, u[3] * rooms)) if u[3] > 1 else rooms
    kids = 0
    ages = ""
    if u[3] >= 3 and persons >= 3 and rnd.random() < 0.7:
        kids = persons - 2
        ages = ", ".join(str(rnd.randint(1, 14)) for _ in range(kids))
    pay_by_b = rnd.random() < 0.45
    rows.append(dict(vals=[
        str(rnd.randint(2000000000, 6999999999)), booker, guests, arr.isoformat(),
        (arr + dt.timedelta(days=nights)).isoformat(), booked.strftime("%Y-%m-%d %H:%M:%S"), st,
        str(rooms), str(persons), str(persons - kids), str(kids), ages, f"{trim(price)} EUR", "15.0",
        "" if st == "cancelled_by_guest" else f"{trim(round(price * 0.15, 2))} EUR",
        "Pago a través de Booking.com" if pay_by_b else "",
        "" if pay_by_b else rnd.choice(["Tarjeta de crédito", "Tarjeta de crédito", "", "Efectivo en el alojamiento"]),
        comment,
        grupo if grupo is not None else rnd.choice(["Pareja", "Familia", "Viajero solo", "Grupo", "", ""]),
        cc, motivo if motivo is not None else rnd.choice(["Ocio", "Ocio", "Ocio", ""]),
        rnd.choice(["Computer", "Mobile", "Mobile", "Tablet"]), u[0], str(nights), canc,
        address if address is not None else (
            f"{rnd.choice(STREETS)} {rnd.randint(1, 120)}, {rnd.choice(CITIES)}" if cc == "es" and rnd.random() < 0.25 else ""),
        phone], lab=dict(label=lab, amb=amb, kind=kind, country=country or cc.upper())))


# ---- B2C leisure guests (162)
for i in range(162):
    cc = "es" if rnd.random() < 0.72 else rnd.choice(list(FOREIGN))
    nm, sn, ph = person(cc)
    guests = f"{nm} {sn}"
    if rnd.random() < 0.25:
        nm2, sn2, _ = person(cc)
        guests += f", {nm2} {sn2}"
    unit = None
    make(booker_text(nm, sn), guests, cc, ph, "B2C", False, "private_person",
         comment=rnd.choice(LEISURE_COMMENTS), unit=unit)

# ---- B2B clear: travel agencies (6) and company bookers (5)
for ag in TRAVEL_AGENCIES:
    nm, sn, ph = person()
    make(ag, f"{nm} {sn}", "es", ph if rnd.random() < 0.3 else "", "B2B", False, "travel_agency",
         comment=rnd.choice(["Reserva para cliente de agencia. Bono adjunto.", "Localizador agencia AG-" + str(rnd.randint(10000, 99999)), ""]),
         motivo="", grupo="")
for co in COMPANY_BOOKERS:
    nm, sn, ph = person()
    make(co, f"{nm} {sn}", "es", "", "B2B", False, "company",
         comment=rnd.choice(["Facturar a la empresa.", "Estancia por auditoría en planta.", ""]), motivo="Negocios",
         grupo="Viajero solo")

# ---- B2B ambiguous: business travellers asking for an invoice to their employer (10)
for name, letter, prov, addr in INVOICE_COMPANIES:
    nm, sn, ph = person()
    c = cif(letter, prov)
    txt = rnd.choice([
        f"Por favor, emitir factura a nombre de {name}, CIF {c}, {addr}. Viaje de trabajo.",
        f"Necesito factura: {name} - CIF {c}",
        f"Factura a nombre de la empresa {name} (CIF {c}), dirección {addr}.",
    ])
    make(booker_text(nm, sn), f"{nm} {sn}", "es", ph, "B2B", True, "business_traveller_company_invoice",
         comment=txt, motivo="Negocios", grupo="Viajero solo")
# ---- B2B ambiguous: travel purpose business only (6)
for _ in range(6):
    cc = rnd.choice(["es", "es", "es", "pt", "fr"])
    nm, sn, ph = person(cc)
    make(booker_text(nm, sn), f"{nm} {sn}", cc, ph, "B2B", True, "person_stated_business_travel",
         comment=rnd.choice(["", "Llego en el último AVE.", "Necesito recibo para la nota de gastos."]),
         motivo="Negocios", grupo="Viajero solo")
# ---- B2B ambiguous: international organisations (2)
for org, txt in [("Organización Mundial del Turismo (ONU Turismo)",
                  "Factura a nombre de la Organización Mundial del Turismo (ONU Turismo), C/ Poeta Joan Maragall 42, 28020 Madrid. Misión oficial."),
                 ("Agencia Espacial Europea - ESAC",
                  "Invoice to European Space Agency - ESAC, Camino Bajo del Castillo s/n, 28692 Villanueva de la Cañada. PO 5200184412")]:
    nm, sn, ph = person(rnd.choice(["es", "it", "de"]))
    make(booker_text(nm, sn), f"{nm} {sn}", "es", ph, "B2B", True, "international_org", comment=txt,
         motivo="Negocios", grupo="Viajero solo", country="ES")
# ---- B2B ambiguous: state-owned company under procurement rules (1)
nm, sn, ph = person()
make(booker_text(nm, sn), f"{nm} {sn}", "es", ph, "B2B", True, "state_owned_company_procurement",
     comment=f"Facturar a Renfe Viajeros S.M.E., S.A., CIF {cif('A', '86')}. Pedido 4500{rnd.randint(100000, 999999)}, expediente de contratación 2024/00318.",
     motivo="Negocios", grupo="Viajero solo")

# ---- B2G clear: public bodies as booker (10)
for body, kind in PUBLIC_BOOKERS:
    nm, sn, ph = person()
    rooms = 2 if kind in ("public_school", "armed_forces") and rnd.random() < 0.6 else 1
    make(body, f"{nm} {sn}", "es", "", "B2G", False, kind,
         comment=rnd.choice(["Facturar al organismo.", "Reserva para ponente invitado.", "Tribunal de oposición.", ""]),
         motivo="Negocios", grupo="", rooms=rooms)
# ---- B2G ambiguous: person booking, invoice to a public body (8)
for name, letter, prov, extra in PUBLIC_INVOICE:
    nm, sn, ph = person()
    c = cif(letter, prov)
    txt = f"Factura a nombre de: {name}, CIF {c}. {extra.format(n=rnd.randint(1000, 9999))}."
    make(booker_text(nm, sn), f"{nm} {sn}", "es", ph, "B2G", True, "person_invoice_to_public_body",
         comment=txt, motivo=rnd.choice(["Negocios", "Negocios", ""]), grupo="Viajero solo")

assert len(rows) == 210, len(rows)
rows.sort(key=lambda r: (r["vals"][3], r["vals"][0]))

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEADER)
for r in rows:
    w.writerow(r["vals"])
LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LID}.csv", "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())

meta = {
    "id": LID,
    "system": "Booking.com extranet / Partner Hub — Reservas list 'Descargar' (CSV), Spanish-language "
              "account of a Valladolid hotel",
    "country": "ES",
    "language": "es",
    "docs": [
        "public importer of a Spanish Booking.com export (reads the downloaded file and inserts it): the 27 "
        "columns in this order — Número de reserva, Reservado por, Nombre del cliente (o clientes), Entrada, "
        "Salida, Fecha de reserva, Estado, Habitaciones, Personas, Adultos, Niños, 'Edades de los niños:', "
        "Precio, Comisión %, Importe de la comisión, Estado del pago, Forma de pago, Comentarios, Grupo de "
        "reserva, Booker country, Motivo del viaje, Dispositivo, Tipo de unidad, Duración (noches), Fecha de "
        "cancelación, Dirección, Número de teléfono ('Booker country' stays in English)",
        "public parsers/tests of the Italian and Portuguese versions of the same report: comma-separated CSV "
        "(also offered as .xls); 'Prenotato da' written 'Surname, Name' and quoted; arrival/departure as "
        "YYYY-MM-DD; booking date 'YYYY-MM-DD HH:MM:SS'; Stato values ok / cancelled_by_guest; price and "
        "commission as '208 EUR', '37.44 EUR' (dot decimal, trailing zeros dropped); '% commissione' like 18.0; "
        "commission empty on guest cancellations; Dispositivo values 'Computer'/'Mobile' untranslated",
        "values of Estado del pago / Forma de pago / Grupo de reserva / Motivo del viaje in Spanish were not "
        "found verbatim; the Spanish wording used here is my reading",
    ],
    "fields": {"buyer": "Reservado por", "product": "Tipo de unidad", "quantity": "Habitaciones",
               "amount": "Precio", "tax_id": None, "email": None, "payment": "Forma de pago",
               "comment": "Comentarios"},
    "also_ok": {"buyer": ["Nombre del cliente (o clientes)"], "quantity": ["Duración (noches)", "Personas"],
                "payment": ["Estado del pago"]},
    "notes": "One row per reservation, sorted by arrival date; no title or totals lines. 'Reservado por' is the "
             "booker ('Apellidos, Nombre', sometimes upper case or with a trailing space); travel agencies, "
             "companies and public bodies appear there when they booked themselves. Invoice requests to an "
             "employer (company or public body, with CIF) are only in 'Comentarios'. 'Motivo del viaje' "
             "Negocios/Ocio is the guest's stated purpose. Precio is the gross stay price with ' EUR'; commission "
             "15%. Cancelled and no-show reservations stay in the list and keep the booker's label.",
}
write_key(LID, meta, [r["lab"] for r in rows])
print("written", len(rows))
