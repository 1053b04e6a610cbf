"""kb_nl_alfio_tickets_export: alf.io (open-source ticket reservation system) event export
'Download attendees data' as CSV for a Dutch public-sector data conference in Utrecht.

Columns: the fixed export fields of alf.io's EventApiController (chosen subset, in the fixed
order) followed by two custom attendee fields; one row per confirmed ticket; written with
opencsv CSVWriter (',' separator, every field quoted, '\n' line ends) after a UTF-8 BOM
(alfio.util.ExportUtils.exportCsv). Seed fixed.
"""
import csv
import datetime as dt
import io
import random
import uuid

from kb_common import LAYOUTS, write_key, write_labels

LAYOUT_ID = "kb_nl_alfio_tickets_export"
rng = random.Random(3521)

HEADER = ["ID", "Category", "Event", "Status", "OriginalPrice", "PaidPrice", "Discount", "VAT", "ReservationID",
          "Full Name", "First Name", "Last Name", "E-Mail", "Language", "Confirmation", "Billing Address",
          "Country Code", "Payment ID", "Payment Method", "company", "jobTitle"]
EVENT = "ods-2024"

CAT = {
    "early": ("Early Bird", 295.00),
    "regular": ("Regular", 395.00),
    "public": ("Publieke sector", 245.00),
    "student": ("Student", 49.00),
    "workshop": ("Workshopdag 7 oktober", 175.00),
    "combi": ("Combi conferentie + workshopdag", 525.00),
}
PROMOS = {"VNG20": 0.20, "EARLYGOV10": 0.10}

FIRST = ["Jan", "Pieter", "Sanne", "Lotte", "Daan", "Sem", "Emma", "Julia", "Thijs", "Ruben", "Femke", "Anouk",
         "Bram", "Joost", "Marieke", "Willem", "Ingrid", "Maarten", "Esther", "Koen", "Lisa", "Rik", "Niels", "Eva",
         "Mark", "Linda", "Jeroen", "Wouter", "Annemiek", "Hanneke", "Tom", "Iris", "Bas", "Nienke", "Gerrit"]
LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
        "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
        "de Haan", "Vermeulen", "Kuipers", "Postma", "Verhoeven", "Koster", "Prins"]
BE_LAST = ["Peeters", "Maes", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Van Damme"]
JOBS = ["Informatieadviseur", "Data-analist", "CIO-adviseur", "Privacy officer", "Beleidsadviseur digitalisering",
        "Enterprise architect", "Programmamanager", "Senior developer", "Teamleider BI", "Informatiemanager",
        "Consultant", "Data scientist", "Adviseur informatiebeveiliging", "Projectleider", "Product owner"]


def slug(s):
    rep = {" ": "", "'": ""}
    s = s.lower()
    for a, b in rep.items():
        s = s.replace(a, b)
    return s


def R(org, billing, domain, lang, pay, items, label, kind, country="NL", amb=False, promo="", invoice=True,
      free_mail=None, person=None, company_field=None):
    return dict(org=org, billing=billing, domain=domain, lang=lang, pay=pay, items=items, label=label, kind=kind,
                country=country, amb=amb, promo=promo, invoice=invoice, free_mail=free_mail, person=person,
                company_field=company_field)


OFF, MOL, STR, NONE, ADM = "OFFLINE", "MOLLIE", "STRIPE", "NONE", "ADMIN"

RES = [
    # ---------- public sector NL/BE
    R("Gemeente Amsterdam", ["Gemeente Amsterdam", "t.a.v. Directie Digitalisering en Innovatie",
                             "Postbus 202", "1000 AE Amsterdam", "Nederland"], "amsterdam.nl", "nl", OFF,
      [("public", 5), ("workshop", 2)], "B2G", "municipality", promo="VNG20"),
    R("Gemeente Utrecht", ["Gemeente Utrecht", "Crediteurenadministratie o.v.v. inkoopordernummer 4500238817",
                           "Postbus 16200", "3500 CE Utrecht", "Nederland"], "utrecht.nl", "nl", OFF,
      [("public", 4)], "B2G", "municipality", promo="VNG20"),
    R("Gemeente Eindhoven", ["Gemeente Eindhoven", "Postbus 90150", "5600 RB Eindhoven", "Nederland"],
      "eindhoven.nl", "nl", OFF, [("public", 2), ("combi", 1)], "B2G", "municipality"),
    R("Gemeente Zwolle", ["Gemeente Zwolle", "Postbus 10007", "8000 GA Zwolle", "Nederland"], "zwolle.nl", "nl", MOL,
      [("public", 1)], "B2G", "municipality"),
    R("Provincie Noord-Holland", ["Provincie Noord-Holland", "Postbus 3007", "2001 DA Haarlem", "Nederland"],
      "noord-holland.nl", "nl", OFF, [("public", 3)], "B2G", "province"),
    R("Hoogheemraadschap van Delfland", ["Hoogheemraadschap van Delfland", "Postbus 3061", "2601 DB Delft",
                                         "Nederland"], "hhdelfland.nl", "nl", OFF, [("public", 2)], "B2G",
      "water_board"),
    R("Rijkswaterstaat", ["Rijkswaterstaat CIV", "Shared Service Center Financiën", "Postbus 2232",
                          "3500 GE Utrecht", "Nederland"], "rws.nl", "nl", OFF, [("public", 4), ("workshop", 2)], "B2G",
      "national_agency"),
    R("Belastingdienst", ["Belastingdienst/Centrum voor Applicatieontwikkeling en Onderhoud", "Postbus 9050",
                          "7300 GM Apeldoorn", "Nederland"], "belastingdienst.nl", "nl", OFF, [("public", 3)], "B2G",
      "national_agency"),
    R("Ministerie van BZK", ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "DGDOO",
                             "Postbus 20011", "2500 EA Den Haag", "Nederland"], "minbzk.nl", "nl", OFF,
      [("public", 3), ("combi", 1)], "B2G", "national_ministry"),
    R("Logius", ["Logius", "Postbus 96810", "2509 JE Den Haag", "Nederland"], "logius.nl", "nl", OFF,
      [("public", 2)], "B2G", "national_agency"),
    R("CBS", ["Centraal Bureau voor de Statistiek", "Postbus 24500", "2490 HA Den Haag", "Nederland"], "cbs.nl",
      "nl", OFF, [("public", 2), ("workshop", 1)], "B2G", "independent_administrative_body"),
    R("Kadaster", ["Kadaster", "Postbus 9046", "7300 GH Apeldoorn", "Nederland"], "kadaster.nl", "nl", OFF,
      [("public", 2)], "B2G", "independent_administrative_body"),
    R("Politie Nederland", ["Politie Dienst Bedrijfsvoering", "Postbus 238", "3970 AE Driebergen", "Nederland"],
      "politie.nl", "nl", OFF, [("public", 3)], "B2G", "police"),
    R("Ministerie van Defensie", ["Ministerie van Defensie", "JIVC", "Postbus 20701", "2500 ES Den Haag",
                                  "Nederland"], "mindef.nl", "nl", OFF, [("public", 2)], "B2G", "armed_forces"),
    R("TU Delft", ["Technische Universiteit Delft", "Financial Services", "Postbus 5", "2600 AA Delft", "Nederland"],
      "tudelft.nl", "en", STR, [("regular", 2)], "B2G", "public_university"),
    R("Universiteit Utrecht", ["Universiteit Utrecht", "Crediteurenadministratie", "Postbus 80125",
                               "3508 TC Utrecht", "Nederland"], "uu.nl", "nl", OFF, [("regular", 1), ("workshop", 1)],
      "B2G", "public_university"),
    R("Hogeschool van Amsterdam", ["Stichting Hogeschool van Amsterdam", "Postbus 1025", "1000 BA Amsterdam",
                                   "Nederland"], "hva.nl", "nl", OFF, [("regular", 2)], "B2G",
      "public_college_foundation", amb=True),
    R("UMC Utrecht", ["UMC Utrecht", "Crediteurenadministratie", "Postbus 85500", "3508 GA Utrecht", "Nederland"],
      "umcutrecht.nl", "nl", OFF, [("regular", 2)], "B2G", "public_hospital"),
    R("Stad Gent", ["Stad Gent", "Dienst Data en Informatie", "Botermarkt 1", "9000 Gent", "België"], "stad.gent",
      "nl", OFF, [("public", 2)], "B2G", "municipality", country="BE"),
    R("Digitaal Vlaanderen", ["Agentschap Digitaal Vlaanderen", "Havenlaan 88", "1000 Brussel", "België"],
      "vlaanderen.be", "nl", OFF, [("public", 3)], "B2G", "regional_agency", country="BE"),
    R("FOD BOSA", ["FOD Beleid en Ondersteuning", "DG Digitale Transformatie", "Simon Bolivarlaan 30",
                   "1000 Brussel", "België"], "bosa.fgov.be", "nl", STR, [("public", 1)], "B2G", "federal_agency",
      country="BE"),
    R("Gemeente Rotterdam", ["Gemeente Rotterdam", "Cluster Dienstverlening, o.v.v. bestelnummer 4501187723",
                             "Postbus 70012", "3000 KP Rotterdam", "Nederland"], "rotterdam.nl", "nl", OFF,
      [("public", 4), ("combi", 2)], "B2G", "municipality", promo="VNG20"),
    R("Gemeente Den Haag", ["Gemeente Den Haag", "Postbus 12600", "2500 DJ Den Haag", "Nederland"], "denhaag.nl",
      "nl", OFF, [("public", 3)], "B2G", "municipality"),
    R("Gemeente Groningen", ["Gemeente Groningen", "Postbus 30026", "9700 RM Groningen", "Nederland"],
      "groningen.nl", "nl", OFF, [("public", 2), ("workshop", 1)], "B2G", "municipality", promo="VNG20"),
    R("Gemeente Nijmegen", ["Gemeente Nijmegen", "Postbus 9105", "6500 HG Nijmegen", "Nederland"], "nijmegen.nl",
      "nl", OFF, [("public", 2)], "B2G", "municipality"),
    R("Provincie Gelderland", ["Provincie Gelderland", "Postbus 9090", "6800 GX Arnhem", "Nederland"],
      "gelderland.nl", "nl", OFF, [("public", 2)], "B2G", "province"),
    R("Waterschap Vallei en Veluwe", ["Waterschap Vallei en Veluwe", "Postbus 4142", "7320 AC Apeldoorn",
                                      "Nederland"], "vallei-veluwe.nl", "nl", OFF, [("public", 1)], "B2G",
      "water_board"),
    R("RIVM", ["Rijksinstituut voor Volksgezondheid en Milieu", "Postbus 1", "3720 BA Bilthoven", "Nederland"],
      "rivm.nl", "nl", OFF, [("public", 3), ("workshop", 1)], "B2G", "national_agency"),
    R("UWV", ["UWV", "Afdeling Crediteuren", "Postbus 58285", "1040 HG Amsterdam", "Nederland"], "uwv.nl", "nl",
      OFF, [("public", 3)], "B2G", "independent_administrative_body"),
    R("DUO", ["Dienst Uitvoering Onderwijs", "Postbus 30205", "2500 GE Den Haag", "Nederland"], "duo.nl", "nl", OFF,
      [("public", 2)], "B2G", "national_agency"),
    R("Rijksuniversiteit Groningen", ["Rijksuniversiteit Groningen", "Postbus 72", "9700 AB Groningen",
                                      "Nederland"], "rug.nl", "en", STR, [("regular", 2)], "B2G", "public_university"),
    R("Hogeschool Utrecht", ["Stichting Hogeschool Utrecht", "Postbus 85029", "3508 AA Utrecht", "Nederland"],
      "hu.nl", "nl", OFF, [("regular", 2)], "B2G", "public_college_foundation", amb=True),
    R("Erasmus MC", ["Erasmus MC", "Crediteurenadministratie", "Postbus 2040", "3000 CA Rotterdam", "Nederland"],
      "erasmusmc.nl", "nl", OFF, [("regular", 1), ("workshop", 1)], "B2G", "public_hospital"),
    R("Stad Antwerpen", ["Stad Antwerpen", "Digipolis", "Generaal Armstrongweg 1", "2020 Antwerpen", "België"],
      "antwerpen.be", "nl", OFF, [("public", 2)], "B2G", "municipality", country="BE"),
    R("Gemeente Tilburg", ["Gemeente Tilburg", "Postbus 90155", "5000 LH Tilburg", "Nederland"], "tilburg.nl", "nl",
      MOL, [("student", 1)], "B2G", "municipality_intern_ticket", amb=True),
    R("Gemeente Almere", None, None, "nl", MOL, [("public", 1)], "B2C", "person_gov_employer_private_payment",
      amb=True, invoice=False, free_mail="hotmail.com"),
    # ---------- business / non-profit
    R("Centric", ["Centric Netherlands B.V.", "Stationsplein 107", "2801 AK Gouda", "Nederland"], "centric.eu",
      "nl", STR, [("early", 3)], "B2B", "company"),
    R("Capgemini", ["Capgemini Nederland B.V.", "Postbus 2575", "3500 GN Utrecht", "Nederland"], "capgemini.com",
      "en", OFF, [("early", 2), ("regular", 2)], "B2B", "company"),
    R("PBLQ", ["PBLQ B.V.", "Lange Voorhout 86", "2514 EJ Den Haag", "Nederland"], "pblq.nl", "nl", MOL,
      [("regular", 2)], "B2B", "company"),
    R("Alliander", ["Alliander N.V.", "Postbus 50", "6920 AB Duiven", "Nederland"], "alliander.com", "nl", OFF,
      [("regular", 2)], "B2B", "state_owned_company"),
    R("TenneT", ["TenneT TSO B.V.", "Crediteuren, PO-nummer 4600019933 (raamovereenkomst aanbesteding 2023-117)",
                 "Postbus 718", "6800 AS Arnhem", "Nederland"], "tennet.eu", "nl", OFF, [("regular", 2)], "B2B",
      "state_owned_company_procurement", amb=True),
    R("NS", ["NS Reizigers B.V.", "Postbus 2025", "3500 HA Utrecht", "Nederland"], "ns.nl", "nl", OFF,
      [("regular", 1)], "B2B", "state_owned_company"),
    R("KPN", ["KPN B.V.", "Wilhelminakade 123", "3072 AP Rotterdam", "Nederland"], "kpn.com", "nl", STR,
      [("early", 2)], "B2B", "company"),
    R("Open State Foundation", ["Stichting Open State Foundation", "Ruysdaelkade 187", "1072 AS Amsterdam",
                                "Nederland"], "openstate.eu", "nl", MOL, [("regular", 1)], "B2B", "nonprofit"),
    R("VNG", ["Vereniging van Nederlandse Gemeenten", "Postbus 30435", "2500 GK Den Haag", "Nederland"], "vng.nl",
      "nl", OFF, [("regular", 3)], "B2B", "association"),
    R("ICTU", ["Stichting ICTU", "Postbus 84011", "2508 AA Den Haag", "Nederland"], "ictu.nl", "nl", OFF,
      [("regular", 2)], "B2B", "state_founded_foundation", amb=True),
    R("Geonovum", ["Stichting Geonovum", "Postbus 508", "3800 AM Amersfoort", "Nederland"], "geonovum.nl", "nl", OFF,
      [("regular", 1)], "B2B", "state_founded_foundation", amb=True),
    R("Europol", ["Europol", "Procurement", "Eisenhowerlaan 73", "2517 KK Den Haag", "Nederland"],
      "europol.europa.eu", "en", OFF, [("regular", 2)], "B2B", "international_org", amb=True),
    R("OPCW", ["Organisation for the Prohibition of Chemical Weapons", "Johan de Wittlaan 32", "2517 JR Den Haag",
               "Nederland"], "opcw.org", "en", STR, [("regular", 1)], "B2B", "international_org", amb=True),
    R("Jansen Data Advies", ["Jansen Data Advies", "Lotte Jansen", "Oudegracht 221", "3511 NH Utrecht", "Nederland"],
      "jansendata.nl", "nl", MOL, [("early", 1)], "B2B", "sole_trader", person=("Lotte", "Jansen")),
    R("Het Nederlandse Rode Kruis", ["Het Nederlandse Rode Kruis", "Postbus 28120", "2502 KC Den Haag",
                                     "Nederland"], "rodekruis.nl", "nl", OFF, [("regular", 1)], "B2B",
      "national_red_cross"),
    R("Triodos Bank", ["Triodos Bank N.V.", "Postbus 55", "3700 AB Zeist", "Nederland"], "triodos.nl", "nl", STR,
      [("regular", 1), ("workshop", 1)], "B2B", "company"),
    R("Info Support", ["Info Support B.V.", "Kruisboog 42", "3905 TG Veenendaal", "Nederland"], "infosupport.com",
      "nl", STR, [("early", 3)], "B2B", "company"),
    R("Sopra Steria", ["Sopra Steria Nederland B.V.", "Postbus 4035", "3502 HA Utrecht", "Nederland"],
      "soprasteria.com", "nl", OFF, [("regular", 2), ("workshop", 2)], "B2B", "company"),
    R("Deloitte", ["Deloitte Consultative Services B.V.", "Postbus 2031", "3000 CA Rotterdam", "Nederland"],
      "deloitte.nl", "en", STR, [("regular", 3)], "B2B", "company"),
    R("Conclusion", ["Conclusion Business Consultants B.V.", "Stadsplateau 18", "3521 AZ Utrecht", "Nederland"],
      "conclusion.nl", "nl", MOL, [("early", 2)], "B2B", "company"),
    R("Vitens", ["Vitens N.V.", "Postbus 1205", "8001 BE Zwolle", "Nederland"], "vitens.nl", "nl", OFF,
      [("regular", 2)], "B2B", "state_owned_company"),
    R("Stichting Kennisnet", ["Stichting Kennisnet", "Postbus 778", "2700 AT Zoetermeer", "Nederland"],
      "kennisnet.nl", "nl", OFF, [("regular", 1)], "B2B", "state_founded_foundation", amb=True),
    R("Bakker Geo-ICT", ["Bakker Geo-ICT", "Ruud Bakker", "Zuiderdiep 34", "9711 HL Groningen", "Nederland"],
      "bakkergeo.nl", "nl", MOL, [("regular", 1)], "B2B", "sole_trader", person=("Ruud", "Bakker")),
    R("ESA ESTEC", ["European Space Agency - ESTEC", "Keplerlaan 1", "2201 AZ Noordwijk", "Nederland"], "esa.int",
      "en", OFF, [("regular", 1)], "B2B", "international_org", amb=True),
    R("Dataworkz", ["Dataworkz B.V.", "Edisonbaan 14f", "3439 MN Nieuwegein", "Nederland"], "gmail.com", "nl", MOL,
      [("early", 1)], "B2B", "company_freemail"),
    R("De Vries Consultancy", None, None, "nl", MOL, [("regular", 1)], "B2B", "sole_trader_personal_payment",
      amb=True, invoice=False, free_mail="ziggo.nl", person=("Erik", "de Vries")),
    # ---------- private persons
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="student.uva.nl"),
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="gmail.com"),
    R(None, None, None, "en", STR, [("student", 1)], "B2C", "student", free_mail="student.tudelft.nl"),
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="hotmail.com"),
    R(None, ["{name}", "Kerkstraat 12", "1017 GM Amsterdam", "Nederland"], None, "nl", MOL, [("regular", 1)], "B2C",
      "private_person", free_mail="xs4all.nl"),
    R(None, None, None, "nl", MOL, [("regular", 1)], "B2C", "private_person", free_mail="kpnmail.nl"),
    R(None, None, None, "nl", MOL, [("early", 1)], "B2C", "private_person", free_mail="planet.nl"),
    R(None, ["{name}", "Wilhelminapark 8", "3581 NE Utrecht", "Nederland"], None, "nl", MOL, [("public", 1)], "B2C",
      "person_gov_email_private_billing", amb=True, free_mail="minbzk.nl"),
    R(None, None, None, "nl", STR, [("regular", 1)], "B2C", "private_person", free_mail="outlook.com"),
    R(None, None, None, "nl", MOL, [("workshop", 1)], "B2C", "private_person", free_mail="ziggo.nl"),
    R(None, None, None, "en", STR, [("early", 1)], "B2C", "private_person", free_mail="gmail.com", country="BE"),
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="student.hu.nl"),
    R(None, None, None, "nl", MOL, [("regular", 1)], "B2C", "thin_first_name_only", free_mail="hotmail.com",
      person=("Sanne", "")),
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="student.uva.nl"),
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="gmail.com"),
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="student.hu.nl"),
    R(None, None, None, "en", STR, [("student", 1)], "B2C", "student", free_mail="gmail.com"),
    R(None, None, None, "nl", MOL, [("early", 1)], "B2C", "private_person", free_mail="gmail.com"),
    R(None, None, None, "nl", MOL, [("regular", 1)], "B2C", "private_person", free_mail="hotmail.nl"),
    R(None, ["{name}", "Vondellaan 64", "3521 GH Utrecht", "Nederland"], None, "nl", MOL, [("regular", 1)], "B2C",
      "private_person", free_mail="live.nl"),
    R(None, None, None, "nl", MOL, [("workshop", 1)], "B2C", "private_person", free_mail="casema.nl"),
    R(None, None, None, "nl", STR, [("early", 1)], "B2C", "private_person", free_mail="icloud.com"),
    R(None, None, None, "nl", MOL, [("regular", 2)], "B2C", "private_person_two_tickets", free_mail="ziggo.nl"),
    R(None, None, None, "nl", MOL, [("student", 1)], "B2C", "student", free_mail="student.tudelft.nl"),
    R(None, None, None, "en", STR, [("regular", 1)], "B2C", "private_person", free_mail="gmx.de", country="DE"),
    R(None, None, None, "nl", MOL, [("early", 1)], "B2C", "person_company_email", amb=True, free_mail="kpn.com"),
]


def names(country):
    fn = rng.choice(FIRST)
    ln = rng.choice(BE_LAST if country == "BE" else LAST)
    return fn, ln


def email_for(fn, ln, domain):
    return f"{slug(fn)}.{slug(ln)}@{domain}"


def main():
    start = dt.datetime(2024, 4, 15, 8, 0)
    rows = []
    labels = []
    tickets = []
    for r in RES:
        conf = start + dt.timedelta(days=rng.randint(0, 170), minutes=rng.randint(0, 14 * 60))
        res_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if r["pay"] == STR:
            pay_id = "pi_3" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                      for _ in range(23))
        elif r["pay"] == MOL:
            pay_id = "tr_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                                     for _ in range(10))
        elif r["pay"] == OFF:
            pay_id = res_id
        else:
            pay_id = ""
        first_person = None
        off = "+02:00" if conf < dt.datetime(2024, 10, 27, 3) else "+01:00"
        conf_s = conf.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}" + off + "[Europe/Amsterdam]"
        for key, count in r["items"]:
            cat, price = CAT[key]
            for _ in range(count):
                if r["person"]:
                    fn, ln = r["person"]
                else:
                    fn, ln = names(r["country"])
                if first_person is None:
                    first_person = (fn, ln)
                full = f"{fn} {ln}".strip()
                if r["domain"]:
                    mail = email_for(fn, ln, r["domain"])
                elif r["free_mail"] in ("minbzk.nl", "student.uva.nl", "student.tudelft.nl", "student.hu.nl", "kpn.com"):
                    mail = email_for(fn, ln, r["free_mail"])
                else:
                    mail = f"{slug(fn)}{slug(ln)[:1]}{rng.randint(70, 99)}@{r['free_mail']}" if rng.random() < 0.5 \
                        else (f"{slug(fn)}.{slug(ln)}@{r['free_mail']}" if ln else f"{slug(fn)}1990@{r['free_mail']}")
                disc_rate = PROMOS.get(r["promo"], 0.0)
                paid = round(price * (1 - disc_rate), 2)
                disc = round(price - paid, 2)
                vat = round(paid - paid / 1.21, 2)
                status = "CHECKED_IN" if rng.random() < 0.55 else "ACQUIRED"
                if r["pay"] == OFF and rng.random() < 0.15:
                    status = "TO_BE_PAID"
                billing = ""
                ccode = ""
                if r["billing"] and r["invoice"]:
                    fp = first_person
                    billing = "\n".join(x.replace("{name}", f"{fp[0]} {fp[1]}") for x in r["billing"])
                    ccode = r["country"]
                company = r["org"] if r["org"] and r["label"] != "B2C" else (r["org"] or "")
                job = rng.choice(JOBS) if company else ("Student" if r["kind"] == "student" else "")
                tickets.append((conf, [str(uuid.UUID(int=rng.getrandbits(128), version=4)), cat, EVENT, status,
                                       f"{price:.2f}", f"{paid:.2f}", f"{disc:.2f}", f"{vat:.2f}", res_id, full, fn,
                                       ln, mail, r["lang"], conf_s, billing, ccode, pay_id, r["pay"], company, job],
                                dict(label=r["label"], ambiguous=r["amb"], kind=r["kind"], country=r["country"])))
        # conf timestamp string
    tickets.sort(key=lambda t: t[0])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(HEADER)
    for conf, vals, lab in tickets:
        w.writerow(vals)
        labels.append(lab)

    LAYOUTS.mkdir(parents=True, exist_ok=True)
    (LAYOUTS / f"{LAYOUT_ID}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    write_labels(LAYOUT_ID, labels)
    write_key({
        "id": LAYOUT_ID,
        "system": "alf.io (open-source event ticket reservation system) - event 'Export' of attendee/ticket data, "
                  "CSV format, with custom attendee fields 'company' and 'jobTitle'",
        "country": "NL",
        "language": "en",
        "docs": [
            "github alfio-event/alf.io src/main/java/alfio/controller/api/admin/EventApiController.java: fixed "
            "export fields ID, Category, Event, Status, OriginalPrice, PaidPrice, Discount, VAT, ReservationID, "
            "Full Name, First Name, Last Name, E-Mail, Locked, Language, Confirmation, Billing Address, Country "
            "Code, Payment ID, Payment Method (the organiser picks a subset; values appended in this fixed order) "
            "followed by the event's additional fields under their field name; one line per confirmed ticket; "
            "prices via MonetaryUtil.centsToUnit(..).toString() (e.g. 395.00); Confirmation = the reservation's "
            "ZonedDateTime.toString() in the event time zone; Payment Method = PaymentProxy enum name "
            "(STRIPE, MOLLIE, OFFLINE, ...); Payment ID falls back to the transaction id",
            "github alfio-event/alf.io src/main/java/alfio/util/ExportUtils.java: exportCsv writes the UTF-8 BOM "
            "(EF BB BF) and then uses opencsv CSVWriter defaults (comma, all fields in double quotes, '\\n')",
        ],
        "fields": {
            "buyer": "Billing Address",
            "product": "Category",
            "quantity": None,
            "amount": "PaidPrice",
            "tax_id": None,
            "email": "E-Mail",
            "payment": "Payment Method",
            "comment": None,
        },
        "also_ok": {
            "buyer": ["company", "Full Name", "Last Name"],
            "amount": ["OriginalPrice"],
        },
        "notes": "One row per ticket (attendee); the tickets of one reservation share ReservationID, billing "
                 "address, payment and label. 'Billing Address' is a multi-line cell (organisation or person, "
                 "department/PO note, P.O. box or street, postcode and city, country) and is empty when no invoice "
                 "was requested; 'Country Code' is the VAT country of the reservation. 'Full Name'/'E-Mail'/"
                 "'company'/'jobTitle' describe the attendee, not necessarily the payer. OFFLINE = bank transfer "
                 "against an invoice (Payment ID is then the reservation id), MOLLIE/STRIPE = online (iDEAL, "
                 "card), Prices are VAT-inclusive (21 %). Event short name "
                 "'ods-2024' is the seller's event, identical on every row.",
    })
    print(LAYOUT_ID, len(labels), "rows")


if __name__ == "__main__":
    main()
