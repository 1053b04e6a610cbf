"""es_holded_facturas: Holded sales-invoice export (XLSX, same columns as its documented import template). Seeded."""
import os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *
import openpyxl

LID = "es_holded_facturas"
R = random.Random(2801)
CAT = {
 "biz": [("Paquete folios A4 Navigator 80 g 500 h", "NAV-A4", 5.95), ("Portátil Lenovo ThinkPad E14 Gen 5", "LN-E14", 879.00),
         ("Tóner HP 59A negro", "HP-59A", 119.00), ("Impresora multifunción Brother DCP-L2620DW", "BR-DCPL2620", 199.00),
         ("Silla de oficina ergonómica", "SILLA-ERG", 179.00), ("Monitor LG 24\" 24MR400", "LG-24MR400", 109.00),
         ("Archivador AZ Esselte lomo 80 mm", "ES-AZ80", 2.80), ("Licencia Microsoft 365 Empresa Estándar anual", "MS-365", 150.00),
         ("SAI APC Back-UPS 950VA", "APC-950", 129.00), ("Switch TP-Link 24 puertos TL-SG1024D", "TP-SG1024", 79.00)],
 "bizonly": [("Armario rack 19\" 42U 800x1000", "RACK-42U", 1090.00), ("Fax Brother FAX-2845", "BR-FAX", 169.00),
             ("Folios A4 palé 240 cajas", "NAV-PALE", 4790.00)],
 "house": [("Hervidor de agua Taurus Aroa", "TA-AROA", 24.90), ("Cafetera Nespresso Vertuo Pop", "NS-VPOP", 99.00),
           ("Aire acondicionado portátil De'Longhi Pinguino", "DL-PING", 449.00), ("Televisor Samsung 50\" Crystal UHD", "SA-TV50", 429.00),
           ("Aspiradora Dyson V8", "DY-V8", 299.00), ("Smartphone Xiaomi Redmi Note 13 128 GB", "XI-RN13", 189.00)],
 "service": [("Instalación y configuración in situ (hora)", "SERV-H", 45.00)],
}
G, BB, C = "B2G", "B2B", "B2C"
def cif(p): return p + digits(R, 7) + R.choice("ABCDEFGHIJ")

BUY = [
 B("Ayuntamiento de Madrid", "es_municipality", G, False, "ES", 3, "biz+service", nif="P2807900B", dir_="Calle de Alcalá 45", pob="Madrid", cp="28014", prov="Madrid", desc="Expediente 300/2024/00123 - FACe"),
 B("Ajuntament de Barcelona", "es_municipality", G, False, "ES", 2, "biz", nif="P0801900B", dir_="Plaça de Sant Jaume 1", pob="Barcelona", cp="08002", prov="Barcelona"),
 B("Ayuntamiento de Zaragoza", "es_municipality", G, False, "ES", 1, "biz", nif=cif("P"), pob="Zaragoza", cp="50001", prov="Zaragoza"),
 B("Ayuntamiento de Villanueva de la Cañada", "es_municipality", G, False, "ES", 1, "biz", nif=cif("P"), pob="Villanueva de la Cañada", cp="28691", prov="Madrid"),
 B("Diputación Provincial de Sevilla", "es_provincial_council", G, False, "ES", 2, "biz+bizonly", nif=cif("P"), pob="Sevilla", cp="41071", prov="Sevilla", desc="Contrato menor CM-2024-118"),
 B("Consejería de Desarrollo Educativo y Formación Profesional - Junta de Andalucía", "regional_ministry", G, False, "ES", 1, "biz", nif=cif("S"), pob="Sevilla", cp="41092", prov="Sevilla"),
 B("Consejería de Sanidad de la Comunidad de Madrid", "regional_ministry", G, False, "ES", 1, "biz", nif=cif("S"), pob="Madrid", cp="28013", prov="Madrid"),
 B("Universidad Complutense de Madrid", "public_university", G, False, "ES", 2, "biz+service", nif="Q2818014I", pob="Madrid", cp="28040", prov="Madrid"),
 B("Universitat de València", "public_university", G, False, "ES", 1, "biz", nif=cif("Q"), pob="València", cp="46010", prov="Valencia"),
 B("IES Ramiro de Maeztu", "public_school", G, False, "ES", 2, "biz", nif=cif("S"), pob="Madrid", cp="28002", prov="Madrid"),
 B("CEIP San Fernando", "public_school_household_item", G, True, "ES", 1, "house", items=[("Hervidor de agua Taurus Aroa", 1)], nif=cif("S"), pob="Madrid", cp="28045", prov="Madrid"),
 B("Hospital Universitario La Paz", "public_hospital", G, False, "ES", 2, "biz+bizonly", nif=cif("Q"), pob="Madrid", cp="28046", prov="Madrid"),
 B("Servicio Andaluz de Salud", "public_health_service", G, False, "ES", 1, "biz", nif=cif("Q"), pob="Sevilla", cp="41071", prov="Sevilla"),
 B("Guardia Civil - Comandancia de Málaga", "police", G, False, "ES", 1, "biz", nif=cif("S"), pob="Málaga", cp="29007", prov="Málaga"),
 B("Ejército de Tierra - Brigada Paracaidista (BRIPAC)", "armed_forces_unit", G, False, "ES", 1, "biz", nif=cif("S"), pob="Paracuellos de Jarama", cp="28860", prov="Madrid"),
 B("Embajada de Italia en Madrid", "embassy", G, False, "IT", 1, "biz", nif="", pob="Madrid", cp="28010", prov="Madrid", op="Exenta art. 22 LIVA"),
 # business
 B("Mercadona, S.A.", "company_with_legal_form", BB, False, "ES", 2, "biz", nif="A46103834", pob="Tavernes Blanques", cp="46016", prov="Valencia"),
 B("Construcciones Hermanos Pérez, S.L.", "company_with_legal_form", BB, False, "ES", 3, "biz+service", nif=cif("B"), pob="Getafe", cp="28901", prov="Madrid"),
 B("Talleres García", "company_no_legal_form", BB, False, "ES", 1, "biz", nif=dni(R), pob="Alcalá de Henares", cp="28801", prov="Madrid"),
 B("Fontanería Ruiz", "sole_trader_trade_name", BB, False, "ES", 1, "biz", nif=dni(R), pob="Murcia", cp="30001", prov="Murcia"),
 B("Clínica Dental Dra. Marta Navarro", "professional_practice", BB, False, "ES", 1, "biz", nif=dni(R), pob="Bilbao", cp="48001", prov="Bizkaia"),
 B("Abogada María Sánchez Ortega", "lawyer_professional_purchase", BB, True, "ES", 1, "bizonly", items=[("Fax Brother FAX-2845", 1)], nif=dni(R), pob="Valencia", cp="46004", prov="Valencia", desc="Para el despacho, factura a nombre del despacho"),
 B("Inmobiliaria Costa Brava, S.L.", "company_household_purchase", BB, True, "ES", 1, "house", items=[("Aire acondicionado portátil De'Longhi Pinguino", 1)], nif=cif("B"), pob="Girona", cp="17001", prov="Girona"),
 B("Peluquería Lola (Dolores Vega Martín)", "sole_trader_personal_purchase", BB, True, "ES", 1, "house", items=[("Televisor Samsung 50\" Crystal UHD", 1)], nif=dni(R), pob="Córdoba", cp="14001", prov="Córdoba", fp="Tarjeta"),
 B("Renfe Viajeros, S.M.E., S.A.", "state_owned_company_procurement", BB, True, "ES", 2, "biz+bizonly", nif=cif("A"), pob="Madrid", cp="28036", prov="Madrid", desc="Licitación 2024-00874-SUM"),
 B("Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.", "state_owned_company", BB, False, "ES", 1, "biz", nif="A83052407", pob="Madrid", cp="28070", prov="Madrid"),
 B("ONU Turismo (Organización Mundial del Turismo)", "international_org", BB, True, "ES", 2, "biz", nif="", pob="Madrid", cp="28020", prov="Madrid", op="Exenta"),
 B("Cruz Roja Española - Asamblea Local de Valencia", "non_profit_red_cross", BB, False, "ES", 1, "biz", nif=cif("Q"), pob="Valencia", cp="46015", prov="Valencia"),
 B("Parroquia de San Ginés", "church", BB, False, "ES", 1, "biz", nif=cif("R"), pob="Madrid", cp="28013", prov="Madrid"),
 B("Comunidad de Propietarios Calle Alcalá 120", "homeowners_association", BB, False, "ES", 1, "biz", nif=cif("H"), pob="Madrid", cp="28009", prov="Madrid"),
 B("Universidad de Navarra", "private_university", BB, False, "ES", 1, "biz", nif=cif("R"), pob="Pamplona", cp="31009", prov="Navarra"),
 B("AMPA CEIP San Fernando", "parents_association", BB, False, "ES", 1, "biz", nif=cif("G"), pob="Madrid", cp="28045", prov="Madrid"),
 B("Fundación Estatal para la Formación en el Empleo (Fundae)", "state_founded_foundation", BB, True, "ES", 1, "biz", nif=cif("G"), pob="Madrid", cp="28003", prov="Madrid"),
 # consumers
 B("Laura Fernández Gil", "private_person", C, False, "ES", 1, "house", nif=dni(R), pob="Toledo", cp="45001", prov="Toledo", fp="Tarjeta"),
 B("Javier Moreno Díaz", "private_person", C, False, "ES", 1, "house+biz", nif=dni(R), pob="Granada", cp="18001", prov="Granada", fp="Tarjeta"),
 B("Carmen Romero", "private_person_sparse", C, False, "ES", 1, "house", nif=""),
 B("Pablo Alonso", "private_person_sparse", C, False, "ES", 1, "biz", nif="", lines=1, qty=1),
 B("Cliente de contado", "anonymous_retail", C, False, "ES", 2, "house+biz", nif="", fp="Efectivo", lines=1, qty=1),
 B("Sergio Jiménez Ruiz", "private_person_bulk_phones", C, True, "ES", 1, "house", items=[("Smartphone Xiaomi Redmi Note 13 128 GB", 40)], nif=dni(R), pob="Madrid", cp="28038", prov="Madrid", fp="Transferencia"),
 B("Lucía Herrera", "person_states_resale", BB, True, "ES", 1, "house", items=[("Cafetera Nespresso Vertuo Pop", 8)], nif=dni(R), pob="Málaga", cp="29002", prov="Málaga", desc="Compra para reventa en mi tienda online"),
 B("Álvaro Molina Sanz", "person_with_mil_email", C, True, "ES", 1, "house", items=[("Aspiradora Dyson V8", 1)], nif=dni(R), pob="Madrid", cp="28043", prov="Madrid", fp="Tarjeta", desc="amolina@et.mde.es - entrega en domicilio particular"),
 B("Raúl Castro Medina", "person_pays_company_invoice", BB, True, "ES", 1, "biz", nif=dni(R), pob="Oviedo", cp="33001", prov="Asturias", desc="Pago de la factura de Castro Reformas, S.L."),
 B("", "product_only_business_goods", BB, True, "ES", 1, "bizonly", items=[("Armario rack 19\" 42U 800x1000", 1)], nif=""),
 B("", "product_only_household_goods", C, True, "ES", 1, "house", items=[("Televisor Samsung 50\" Crystal UHD", 1)], nif=""),
]

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 1, 9), 345, (1, 4), boost=2)
    header = ["Num factura", "Formato de numeración", "Fecha", "Fecha de vencimiento", "Descripción", "Nombre del contacto",
              "NIF", "Dirección", "Población", "Código postal", "Provincia", "País", "Concepto", "Descripción", "SKU",
              "Precio unidad", "Unidades", "Descuento %", "IVA %", "Retención %", "Rec. de eq. %", "Operación",
              "Forma de pago (ID)", "Cantidad cobrada", "Fecha de cobro", "Cuenta de pago", "Tags", "Moneda"]
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Facturas"
    ws.append(header)
    labels = []
    for i, o in enumerate(orders):
        b = o["b"]
        d = o["date"]; due = d + dt.timedelta(days=30 if b["label"] != "B2C" else 0)
        exento = "op" in b
        total = sum(round(l["p"][2] * l["qty"] * (1 if exento else 1.21), 2) for l in o["lines"])
        paid = True
        fp = b.get("fp", "Transferencia" if b["label"] != "B2C" else "Tarjeta")
        for ln in o["lines"]:
            name, sku, price = ln["p"]
            ws.append([f"F24{i + 1:04d}", "F[YY]%%%%", d.strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), b.get("desc", ""),
                       b["name"], b.get("nif", ""), b.get("dir_", ""), b.get("pob", ""), b.get("cp", ""), b.get("prov", ""),
                       "España" if b.get("pob") else "", name, "", sku, price, ln["qty"], 0, 0 if exento else 21, 0, 0,
                       b.get("op", "General"), fp, round(total, 2) if paid else 0, d.strftime("%d/%m/%Y") if paid else "",
                       "Caja" if fp == "Efectivo" else ("570000" if fp == "Efectivo" else "572000001"), "", "eur"])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    wb.save(os.path.join(LAY, LID + ".xlsx"))
    meta = {
        "id": LID, "system": "Holded - Ventas > Facturas, export to Excel", "country": "ES", "language": "es",
        "docs": ["Holded help 'Importar facturas emitidas' / 'How to import your issued sales invoices' lists the sales-invoice template columns (Num factura, Formato de numeración, Fecha, Fecha de vencimiento, Descripción, Nombre del contacto, NIF, Dirección, Población, Código postal, Provincia, País, Concepto, Descripción, SKU, Precio unidad, Unidades, Descuento %, IVA %, ...); Holded exports invoices in the same template so they can be re-imported. Columns after 'Operación' follow the same template as far as recalled; closest documented layout.",
                 "Dates dd/mm/yyyy as the template requires; one row per invoice line."],
        "fields": {"buyer": "Nombre del contacto", "product": "Concepto", "quantity": "Unidades", "amount": "Cantidad cobrada",
                   "tax_id": "NIF", "email": None, "payment": "Forma de pago (ID)", "comment": "Descripción"},
        "also_ok": {"amount": ["Precio unidad"]},
        "notes": "XLSX, sheet 'Facturas', header in row 1, every following row is a record. The header 'Descripción' appears twice as in the Holded template: the first (column E) is the invoice's internal description (used as comment), the second (column N) the line description, empty here; pandas reads the second as 'Descripción.1'. 'Cantidad cobrada' is the invoice total collected, repeated on each line of the invoice; there is no line-amount column, 'Precio unidad' x 'Unidades' gives it."
    }
    write_key(LID, meta, labels)
    print(LID, ws.max_row - 1, len(orders))

if __name__ == "__main__":
    main()
