"""MD: e-Factura (SFS, Republica Moldova) - registrul facturilor fiscale emise, export Excel cu poziții. Seeded."""
import random
from datetime import date, timedelta
from openpyxl import Workbook
from gd_common import LAYOUTS, md_idno, write_key, save_xlsx

ID = "gd_md_efactura_facturi_emise"
rng = random.Random(9404)

BIZ = [("Laptop Lenovo ThinkPad E14 Gen 5 i5/16GB/512GB", "buc", 16990.00), ("Imprimantă multifuncțională HP LaserJet Pro MFP 4103fdw", "buc", 9490.00),
       ("Hârtie A4 Xerox Performer 80 g/m2, 500 coli", "top", 79.00), ("Monitor Samsung 27\" S27C430", "buc", 3590.00),
       ("Cartuș toner HP 151A W1510A", "buc", 2150.00), ("Server Dell PowerEdge T150", "buc", 38900.00),
       ("Switch Cisco CBS250-24T-4G", "buc", 7450.00), ("Licență Microsoft Office Home & Business 2021", "buc", 5390.00),
       ("Aparat de aer condiționat Gree Bora 12000 BTU, montaj inclus", "buc", 10990.00), ("Scaun de birou Nowy Styl Grand", "buc", 2890.00),
       ("Servicii de deservire tehnică a echipamentului IT (lunar)", "serv.", 4500.00)]
HOME = [("Televizor Samsung UE50CU7100", "buc", 8490.00), ("Frigider Bosch KGN39VLEB", "buc", 13990.00),
        ("Fierbător electric Philips HD9350", "buc", 899.00), ("Aspirator Samsung VS15A6031R1", "buc", 6790.00),
        ("Mașină de spălat Beko WUE6511BW", "buc", 6290.00)]
COMP = [("S.A. «MOLDCELL»", "company"), ("ORANGE MOLDOVA S.A.", "company"), ("\"ENDAVA\" S.R.L.", "company"),
        ("VITANTA-INTRAVEST S.A.", "company"), ("\"SUPRATEN\" S.R.L.", "company"), ("B.C. \"MOLDOVA AGROINDBANK\" S.A.", "company"),
        ("\"BEMOL RETAIL\" S.R.L.", "company"), ("\"FIDESCO\" S.R.L.", "company"), ("\"LINELLA\" S.R.L.", "company"),
        ("UNIVERSITATEA LIBERĂ INTERNAȚIONALĂ DIN MOLDOVA", "private_university"),
        ("A.O. \"KEYSTONE MOLDOVA\"", "non_profit"), ("SOCIETATEA NAȚIONALĂ DE CRUCE ROȘIE DIN REPUBLICA MOLDOVA", "non_profit"),
        ("ASOCIAȚIA DE COPROPRIETARI ÎN CONDOMINIU NR. 15/247", "homeowners_association"),
        ("PAROHIA \"SFÂNTUL NICOLAE\" OR. CHIȘINĂU", "religious_organisation"), ("\"MEDPARK INTERNATIONAL HOSPITAL\" S.R.L.", "private_hospital")]
GOV = [("PRIMĂRIA MUNICIPIULUI CHIȘINĂU", "municipality"), ("DIRECȚIA GENERALĂ EDUCAȚIE, TINERET ȘI SPORT A CMC", "municipal_department"),
       ("IP LICEUL TEORETIC \"MIHAI EMINESCU\" DIN MUN. CHIȘINĂU", "public_school"), ("IMSP INSTITUTUL DE MEDICINĂ URGENTĂ", "public_hospital"),
       ("IMSP SPITALUL CLINIC REPUBLICAN \"TIMOFEI MOȘNEAGA\"", "public_hospital"), ("MINISTERUL EDUCAȚIEI ȘI CERCETĂRII", "ministry"),
       ("SERVICIUL FISCAL DE STAT", "tax_authority"), ("UNIVERSITATEA TEHNICĂ A MOLDOVEI", "public_university"),
       ("INSPECTORATUL GENERAL AL POLIȚIEI", "police"), ("Î.M. \"REGIA APĂ-CANAL CHIȘINĂU\"", "municipal_enterprise"),
       ("Î.S. \"POȘTA MOLDOVEI\"", "state_enterprise"), ("PRIMĂRIA ORAȘULUI IALOVENI", "municipality"),
       ("AMBASADA REPUBLICII FEDERALE GERMANIA LA CHIȘINĂU", "embassy")]
SOE = ["S.A. \"MOLDTELECOM\"", "S.A. \"TERMOELECTRICA\"", "S.A. \"ENERGOCOM\""]
INTL = ["PROGRAMUL NAȚIUNILOR UNITE PENTRU DEZVOLTARE (PNUD) MOLDOVA", "REPREZENTANȚA UNICEF ÎN REPUBLICA MOLDOVA", "MISIUNEA OSCE ÎN MOLDOVA"]
SUR = ["Rusu", "Ceban", "Ciobanu", "Lungu", "Munteanu", "Cojocaru", "Popa", "Țurcan", "Moraru", "Botnari", "Sîrbu", "Guțu"]
FN = ["Ion", "Vasile", "Andrei", "Mihai", "Sergiu", "Victor", "Maria", "Elena", "Ana", "Natalia", "Tatiana", "Cristina"]

codes = {}


def idno(name, prefix="100"):
    if name not in codes:
        codes[name] = md_idno(rng, prefix)
    return codes[name]


def items(pool, nmin, nmax, qmax):
    return [(n, u, rng.randint(1, qmax), p) for n, u, p in rng.sample(pool, rng.randint(nmin, nmax))]


def doc():
    r = rng.random()
    if r < 0.34:
        n, kind = rng.choice(COMP)
        return dict(buyer=n, code=idno(n), items=items(BIZ, 1, 4, 10), info=rng.choice(["", "", f"Contract nr. {rng.randint(10, 400)}/2024"])), ("B2B", False, kind, "MD")
    if r < 0.42:
        p = f"{rng.choice(SUR)} {rng.choice(FN)}"
        form = rng.choice(["Î.I.", "Î.I.", "G.Ț."])
        return dict(buyer=f"{form} \"{p.upper()}\"" if form == "Î.I." else f"GOSPODĂRIA ȚĂRĂNEASCĂ \"{p.upper()}\"", code=idno(p, "101"),
                    items=items(BIZ, 1, 2, 3), info=""), ("B2B", False, "sole_trader" if form == "Î.I." else "farm_sole_trader", "MD")
    if r < 0.71:
        n, kind = rng.choice(GOV)
        info = f"Contract de achiziții publice nr. {rng.randint(1, 300)}/24, MTender ocds-b3wdp1-MD-{rng.randint(1700000000000, 1730000000000)}" if rng.random() < 0.5 else ""
        if rng.random() < 0.1:
            return dict(buyer=n, code=idno(n, "100"), items=items(HOME, 1, 1, 1), info=info), ("B2G", True, kind, "DE" if kind == "embassy" else "MD")
        return dict(buyer=n, code=idno(n, "100"), items=items(BIZ, 1, 4, 15), info=info), ("B2G", False, kind, "DE" if kind == "embassy" else "MD")
    if r < 0.865:
        p = f"{rng.choice(SUR)} {rng.choice(FN)}"
        return dict(buyer=p if rng.random() < 0.6 else p.upper(), code=md_idno(rng, rng.choice(["200", "098"])),
                    items=items(HOME, 1, 2, 1), info=rng.choice(["", "Livrare la domiciliu", "Achitat cu card bancar"])), ("B2C", False, "private_person", "MD")
    k = rng.choice(["soe", "soe", "intl", "ii_home", "bulk_person", "thin", "pays_for_org"])
    if k == "soe":
        n = rng.choice(SOE)
        return dict(buyer=n, code=idno(n), items=items(BIZ, 2, 4, 20),
                    info=f"Achiziție conform Legii 74/2020 (sectorial), MTender ocds-b3wdp1-MD-{rng.randint(1700000000000, 1730000000000)}"), ("B2B", True, "state_owned_company_procurement", "MD")
    if k == "intl":
        n = rng.choice(INTL)
        return dict(buyer=n, code=idno(n, "101"), items=items(BIZ, 1, 3, 8), info="Scutit de TVA conform art. 104"), ("B2B", True, "international_org", "MD")
    if k == "ii_home":
        p = f"{rng.choice(SUR)} {rng.choice(FN)}"
        return dict(buyer=f"Î.I. \"{p.upper()}\"", code=idno(p, "101"), items=items(HOME, 1, 1, 1), info="Achitat cu card bancar"), ("B2B", True, "sole_trader_household_item", "MD")
    if k == "bulk_person":
        p = f"{rng.choice(SUR)} {rng.choice(FN)}"
        n, u, pr = HOME[2]
        return dict(buyer=p, code=md_idno(rng, "200"), items=[(n, u, rng.randint(30, 45), pr)], info=""), ("B2C", True, "person_bulk_quantity", "MD")
    if k == "thin":
        return dict(buyer="", code="", items=items(HOME, 1, 1, 1), info=""), ("B2C", True, "thin_record", "MD")
    p = f"{rng.choice(SUR)} {rng.choice(FN)}"
    org = rng.choice(COMP[:9])[0]
    return dict(buyer=p, code=md_idno(rng, "200"), items=items(BIZ, 1, 2, 3), info=f"Achitat de persoana fizică în contul {org}"), ("B2B", True, "person_pays_company_invoice", "MD")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "Facturi"
    head = ["Seria", "Numărul", "Data emiterii", "Data livrării", "Codul fiscal al cumpărătorului", "Denumirea cumpărătorului",
            "Denumirea mărfii/serviciului", "Unitatea de măsură", "Cantitatea", "Prețul unitar fără TVA", "Cota TVA, %",
            "Suma TVA", "Valoarea inclusiv TVA", "Starea facturii", "Informații suplimentare"]
    ws.append(head)
    labels = []
    d = date(2024, 8, 1)
    i, n = 0, 0
    while n < 200:
        rec, lab = doc()
        i += 1
        d += timedelta(days=rng.randint(0, 1))
        vat_rate = 0 if "Scutit" in rec["info"] else 20
        st = rng.choice(["Semnată de cumpărător", "Semnată de cumpărător", "Semnată de cumpărător", "Transmisă cumpărătorului", "Respinsă"]) if rec["code"] else "Semnată de furnizor"
        for name, unit, q, price in rec["items"]:
            net = round(q * price / 1.2, 2)
            vat = round(net * vat_rate / 100, 2)
            ws.append(["EAA", f"{1534200 + i}", d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y"), rec["code"], rec["buyer"], name, unit, q,
                       round(price / 1.2, 2), vat_rate, vat, round(net + vat, 2), st, rec["info"]])
            labels.append(lab)
            n += 1
    save_xlsx(wb, LAYOUTS / f"{ID}.xlsx")
    meta = {
        "id": ID, "system": "e-Factura (Serviciul Fiscal de Stat al Republicii Moldova, e-factura.sfs.md) — registrul facturilor fiscale emise, export Excel cu pozițiile facturilor",
        "country": "MD", "language": "ro",
        "docs": ["public documentation gave no Moldovan e-Factura export page (only Romanian ANAF e-Factura material). Column names follow the Moldovan fiscal invoice form (seria, numărul, data livrării, codul fiscal/IDNO of the buyer, denumirea mărfii, unitatea de măsură, cantitatea, prețul fără TVA, cota TVA, suma TVA, valoarea inclusiv TVA) and the e-Factura state of an invoice; one row per invoice line is my assumption. IDNO/IDNP check digit computed with the 7-3-1 weights."],
        "fields": {"buyer": "Denumirea cumpărătorului", "product": "Denumirea mărfii/serviciului", "quantity": "Cantitatea",
                   "amount": "Valoarea inclusiv TVA", "tax_id": "Codul fiscal al cumpărătorului", "email": None, "payment": None,
                   "comment": "Informații suplimentare"},
        "also_ok": {"amount": ["Suma TVA"], "payment": ["Informații suplimentare"]},
        "notes": "Header on line 1, no totals. One row per invoice line; all lines of one Seria+Numărul share the label. Codul fiscal holds a 13-digit IDNO (organisations, public institutions, Î.I./G.Ț. sole traders) or a 13-digit IDNP for private persons (starting 2 or 09). Prices are given with 20% VAT split out; international organisations are VAT-exempt (cota 0). MTender ocds ids mark public procurement (Legea 131/2015) or sectorial procurement of state-owned S.A. companies.",
    }
    write_key(ID, meta, labels)


if __name__ == "__main__":
    main()
