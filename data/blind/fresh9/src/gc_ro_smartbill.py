"""RO: SmartBill - Documente emise > Facturi (raportul Facturi emise), Excel export, one row per invoice."""
import datetime as dt
import random

from openpyxl import Workbook

from gc_common import LAYOUTS, save_xlsx, summary, write_key

PID = "gc_ro_smartbill_facturi_emise"
rng = random.Random(9404)

FN_M = ["Ion", "Andrei", "Mihai", "Alexandru", "Gheorghe", "Vasile", "Cristian", "Florin", "Adrian", "Bogdan"]
FN_F = ["Maria", "Elena", "Ioana", "Andreea", "Alexandra", "Gabriela", "Mihaela", "Cristina", "Ana", "Roxana"]
LN = ["Popescu", "Ionescu", "Pop", "Popa", "Stan", "Dumitru", "Rusu", "Munteanu", "Matei", "Constantin", "Marin", "Moldovan", "Lazar", "Muresan"]
COMPANIES = ["DANTE INTERNATIONAL SA", "Dedeman SRL", "ALTEX ROMANIA SRL", "Bitdefender SRL", "UiPath SRL",
             "FARMACIA TEI SRL", "Kaufland Romania SCS", "Electrica Furnizare SA", "SC TRANSILVANIA CONSTRUCTII SA",
             "S.C. \"CLUJ LOGISTIC\" S.R.L.", "Cabinet Stomatologic Dr. Zahiu SRL", "Contab Expert Audit SRL",
             "Hotel Napoca Turism SRL", "AGRO-VEST SIBIU SRL", "Fortech SRL", "Arctic SA", "Banca Transilvania SA"]
PFA = ["Muresan Ioan PFA", "Stan Elena Persoana Fizica Autorizata", "II Lazar Dan", "Matei Cristina Intreprindere Individuala",
       "Cabinet Individual de Avocat Rusu Mihai", "Birou Individual Notarial Popa Ana"]
NGO = [("Asociatia Salvati Copiii", "non_profit"), ("Fundatia Comunitara Cluj", "non_profit"),
       ("Asociatia de Proprietari bl. M12 Manastur", "hoa"), ("Parohia Ortodoxa Sfantul Nicolae Cluj", "church"),
       ("Societatea Nationala de Cruce Rosie din Romania - Filiala Cluj", "non_profit")]
GOV = [("Primaria Municipiului Cluj-Napoca", "municipality"), ("Consiliul Judetean Cluj", "county_council"),
       ("Primaria Comunei Floresti", "municipality"), ("Inspectoratul de Politie Judetean Cluj", "police"),
       ("Ministerul Finantelor", "ministry"), ("Agentia Nationala de Administrare Fiscala", "state_agency"),
       ("Directia Generala de Asistenta Sociala si Protectia Copilului Cluj", "state_agency"),
       ("Universitatea Babes-Bolyai", "public_university"), ("Universitatea Tehnica din Cluj-Napoca", "public_university"),
       ("Spitalul Clinic Judetean de Urgenta Cluj", "public_hospital"), ("Scoala Gimnaziala \"Ion Creanga\" Cluj-Napoca", "public_school"),
       ("Colegiul National \"George Cosbuc\" Cluj-Napoca", "public_school"), ("Gradinita cu Program Prelungit nr. 7 Turda", "public_kindergarten"),
       ("Tribunalul Cluj", "court"), ("Unitatea Militara 01234 Cluj-Napoca", "armed_forces"),
       ("Consulatul General al Ungariei la Cluj-Napoca", "consulate")]
STATE_CO = ["Compania Nationala de Administrare a Infrastructurii Rutiere SA", "Compania Nationala Posta Romana SA",
            "CNTEE Transelectrica SA", "Societatea Nationala de Transport Feroviar de Calatori CFR Calatori SA",
            "S.P.E.E.H. Hidroelectrica SA"]
INTL = ["Organizatia Internationala pentru Migratie - Misiunea in Romania", "UNHCR - Reprezentanta in Romania"]

BIZ_NOTES = ["", "", "", "", "plata OP", "contract {n}/2025", "comanda {n}", "livrare la sediu", "laptopuri + licente",
             "abonament mentenanta IT trimestrial", "toner si consumabile", "echipamente retea"]
C_NOTES = ["", "", "", "achitat card POS", "ramburs", "comanda online #{n}", "plata numerar"]


def note(pool):
    return rng.choice(pool).format(n=rng.randint(100, 9999))


def order(kind):
    lab, amb, k, cc, cur = "B2C", False, kind, "RO", "RON"
    if kind == "private_person":
        f = rng.random() < .5
        fn, ln = rng.choice(FN_F if f else FN_M), rng.choice(LN)
        name = rng.choice([f"{ln} {fn}", f"{ln} {fn}", f"{fn} {ln}", f"{ln.upper()} {fn.upper()}", f"{ln} {fn} "])
        net, obs = round(rng.uniform(40, 2600), 2), note(C_NOTES)
    elif kind == "anonymous_retail":
        name, net, obs = rng.choice(["Persoana fizica", "PERSOANA FIZICA", "Client persoana fizica"]), round(rng.uniform(20, 900), 2), note(C_NOTES)
    elif kind == "company":
        name, net, obs = rng.choice(COMPANIES), round(rng.uniform(400, 48000), 2), note(BIZ_NOTES)
        lab = "B2B"
    elif kind == "foreign_company":
        name, cc = rng.choice([("Evozon Systems Kft.", "HU"), ("Endava Ltd", "GB")])
        net, obs, cur, lab, k = round(rng.uniform(800, 9000), 2), "taxare inversa", "EUR", "B2B", "company"
    elif kind == "company_household":
        name = rng.choice(COMPANIES)
        net, obs = round(rng.choice([1499.00, 899.99, 129.90, 2299.00]) / 1.19, 2), rng.choice(
            ["1 buc. espressor cafea pentru birou", "1 buc. frigider pentru bucataria de la sediu", "1 buc. televizor"])
        lab, amb = "B2B", True
    elif kind == "sole_trader":
        name, net, obs = rng.choice(PFA), round(rng.uniform(150, 6000), 2), note(BIZ_NOTES)
        lab = "B2B"
        k = "lawyer" if "Avocat" in name else ("notary" if "Notarial" in name else "sole_trader")
    elif kind == "sole_trader_card_household":
        name, net = rng.choice(PFA[:4]), round(rng.uniform(300, 2500), 2)
        obs = rng.choice(["achitat cu cardul personal, televizor", "card POS - aspirator"])
        lab, amb, k = "B2B", True, "sole_trader"
    elif kind == "non_profit":
        name, k = rng.choice(NGO)
        net, obs, lab = round(rng.uniform(200, 5000), 2), note(BIZ_NOTES), "B2B"
    elif kind == "gov":
        name, k = rng.choice(GOV)
        net = round(rng.uniform(500, 60000), 2)
        obs = rng.choice(["", "", f"achizitie directa SEAP/SICAP DA{rng.randint(10 ** 7, 10 ** 8 - 1)}",
                          f"contract subsecvent nr. {rng.randint(10, 300)}/2025", "factura transmisa in e-Factura", "plata din buget, OP"])
        lab = "B2G"
        if k == "consulate":
            cc = "HU"  # the buyer is the Hungarian state
    elif kind == "gov_household":
        name, k = rng.choice([g for g in GOV if g[1] in ("public_school", "public_kindergarten", "municipality", "police")])
        net = round(rng.choice([149.90, 1299.00, 899.00, 2499.00]) / 1.19, 2)
        obs = rng.choice(["1 buc. fierbator electric", "1 buc. frigider", "1 buc. cuptor cu microunde", "1 buc. aparat aer conditionat"])
        lab, amb = "B2G", True
    elif kind == "state_owned_company":
        name = rng.choice(STATE_CO)
        proc = rng.random() < .5
        net = round(rng.uniform(2000, 80000), 2)
        obs = f"contract de achizitie publica nr. {rng.randint(100, 999)}/2025 (SICAP)" if proc else note(BIZ_NOTES)
        lab, amb = "B2B", proc
        k = "state_owned_company_procurement" if proc else "state_owned_company"
    elif kind == "international_org":
        name, net, obs = rng.choice(INTL), round(rng.uniform(1500, 12000), 2), rng.choice(["", "scutit TVA - organizatie internationala"])
        lab, amb = "B2B", True
    elif kind == "person_states_business":
        f = rng.random() < .5
        fn, ln = rng.choice(FN_F if f else FN_M), rng.choice(LN)
        name, net = f"{ln} {fn}", round(rng.uniform(900, 7000), 2)
        obs = rng.choice(["pentru revanzare", "pentru service-ul propriu", "marfa pentru magazin"])
        lab, amb = "B2B", True
    elif kind == "person_bulk":
        f = rng.random() < .5
        fn, ln = rng.choice(FN_F if f else FN_M), rng.choice(LN)
        name, net, obs = f"{ln} {fn}", round(rng.uniform(9000, 16000), 2), "20 buc. telefoane Samsung Galaxy A15, plata card"
        lab, amb = "B2C", True
    elif kind == "thin":
        name, net, obs = rng.choice(["Dental Smile", "Mobila Design", "EuroConstruct", "Andrei"]), round(rng.uniform(100, 3000), 2), ""
        lab = "B2C" if name == "Andrei" else "B2B"
        amb, k = True, "thin_record"
    else:
        raise ValueError(kind)
    vat = 0.0 if (cc != "RO" and lab != "B2G") or (kind == "international_org" and obs) else round(net * 0.19, 2)
    return dict(name=name, net=net, vat=vat, obs=obs, cur=cur), lab, amb, k, cc


KINDS = [("private_person", 22), ("anonymous_retail", 5), ("company", 30), ("foreign_company", 2), ("company_household", 3),
         ("sole_trader", 7), ("sole_trader_card_household", 1.5), ("non_profit", 4), ("gov", 15), ("gov_household", 2.5),
         ("state_owned_company", 4), ("international_org", 1.2), ("person_states_business", 1.5), ("person_bulk", 1),
         ("thin", 1.8)]
HEADER = ["Factura", "Client", "Data emiterii", "Data scadentei", "Valoare fara TVA", "Valoare TVA", "Total", "Moneda",
          "Status", "Observatii"]


def main():
    rows, labels = [], []
    no = 1180
    day = dt.date(2025, 4, 1)
    while len(rows) < 200:
        kind = rng.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
        d, lab, amb, k, cc = order(kind)
        no += 1
        day += dt.timedelta(days=rng.choice([0, 0, 1, 1]))
        due = day + dt.timedelta(days=rng.choice([15, 30])) if lab != "B2C" else None
        status = rng.choices(["Incasata", "Emisa", "Partial incasata", "Anulata"], [60, 30, 7, 3])[0]
        rows.append([f"CJF {no:04d}", d["name"], day, due, d["net"], d["vat"], round(d["net"] + d["vat"], 2), d["cur"],
                     status, d["obs"] or None])
        labels.append((lab, amb, k, cc))
    wb = Workbook()
    ws = wb.active
    ws.title = "Facturi emise"
    ws.append(["Facturi emise"])
    ws.append(["Perioada: 01/04/2025 - 30/06/2025"])
    ws.append([])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=5, max_row=4 + len(rows)):
        row[2].number_format = "DD/MM/YYYY"
        row[3].number_format = "DD/MM/YYYY"
        for c in row[4:7]:
            c.number_format = "#,##0.00"
    wb.properties.creator = "SmartBill"
    wb.properties.created = dt.datetime(2025, 7, 1, 10, 30)
    wb.properties.modified = dt.datetime(2025, 7, 1, 10, 30)
    save_xlsx(wb, LAYOUTS / f"{PID}.xlsx")
    key = {
        "id": PID,
        "system": "SmartBill Facturare (Romania), Documente emise > Facturi (raportul Facturi emise), Excel export",
        "country": "RO", "language": "ro",
        "docs": ["ajutorgestiune.smartbill.ro 'Raportul Facturi emise - prezentare generala': report columns Factura "
                 "(serie si numar), Client, Data emiterii, Data scadentei, Valoare fara TVA, Valoare TVA, Total, Moneda "
                 "(shown only when foreign-currency invoices exist), Status; the internal field Observatii is kept in the "
                 "Excel export. Report filterable by client name/CIF, series, status. Used for columns and order.",
                 "smartbill.ro e-Factura page: B2B and B2G invoices go through ANAF e-Factura (hint in Observatii).",
                 "Title lines and date format of the Excel file were not documented and are reconstructed."],
        "fields": {"buyer": "Client", "product": None, "quantity": None, "amount": "Total", "tax_id": None,
                   "email": None, "payment": None, "comment": "Observatii"},
        "also_ok": {"amount": ["Valoare fara TVA"]},
        "notes": "XLSX, two title lines ('Facturi emise', period) and a blank line above the header (header on Excel row 4: "
                 "read with header=3); no totals line. One row per invoice (document level): no product, quantity, tax ID, "
                 "e-mail or payment columns - the buyer name and the free-text Observatii are the only buyer evidence, and "
                 "payment/contents hints appear only inside Observatii. 'Persoana fizica' is the catch-all private buyer. "
                 "Status 'Anulata' rows are still sales records of their buyer. EUR rows are reverse-charge invoices to EU firms.",
    }
    write_key(key, labels)
    summary(PID, labels)


if __name__ == "__main__":
    main()
