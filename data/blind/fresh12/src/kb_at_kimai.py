"""kb_at_kimai_zeiten_export: Kimai (time tracking / billing, v1.x) "Export" of timesheets as
Excel (XLSX), German UI, for a Vienna interpreting and translation office.

Column order follows Kimai's AbstractSpreadsheetRenderer::fromArrayToSpreadsheet (date, begin,
end, duration, rate, user, customer, project, activity, description, exported, tags,
hourlyRate, fixedRate) with the German targets of translations/messages.de.xlf; the last row
holds the totals of duration and rate (SUM row, no label). Seed fixed.
"""
import datetime as dt
import random

from openpyxl import Workbook
from openpyxl.styles import Border, Font, Side

from kb_common import LAYOUTS, normalize_xlsx, write_key, write_labels

LAYOUT_ID = "kb_at_kimai_zeiten_export"
rng = random.Random(2024_10_31)

HEADER = ["Datum", "Von", "Bis", "Dauer", "Lohn", "Benutzer", "Kunde", "Projekt", "Tätigkeit",
          "Beschreibung", "Exportiert", "Schlagworte", "Stundenlohn", "Festbetrag"]
USERS = ["Elena Popescu", "Tarik Hadžić", "Olga Wieser", "Samir Haddad", "Mag. Katrin Aigner"]
RATE_FMT = '_("EUR"* #,##0.00_);_("EUR"* \\(#,##0.00\\);_("EUR"* "-"??_);_(@_)'

# activity names as set up in the office's Kimai
GER = "Dolmetschen (Gericht)"
EIN = "Dolmetschen (Einvernahme)"
BER = "Dolmetschen (Beratungsgespräch)"
VOR = "Dolmetschen vor Ort"
TEL = "Telefondolmetschen"
KON = "Konferenzdolmetschen"
BUE = "Beglaubigte Übersetzung"
UEF = "Übersetzung Fachtext"
LEK = "Lektorat"
FAH = "Fahrtzeit"

# (customer, label, ambiguous, kind, country, [tasks])
# task: (project, activity, description(s), mode 'h'/'f', rate, (min,max) minutes, count, tags)
C = [
    ("Landesgericht für Strafsachen Wien", "B2G", False, "court", "AT", [
        ("Strafverfahren 2024", GER, ["HV 041 Hv 87/24k, Türkisch", "HV 032 Hv 112/24w, Arabisch",
                                       "Haftverhandlung 351 HR 204/24t, Rumänisch"], "h", 49.60, (60, 300), 10,
         "Gericht"),
        ("Strafverfahren 2024", FAH, ["Fahrt Landesgericht hin/retour"], "h", 24.80, (30, 60), 2, "Gericht")]),
    ("Bezirksgericht Favoriten", "B2G", False, "court", "AT", [
        ("Zivilverfahren", GER, ["Verhandlung 12 C 455/24s, BKS", "Tagsatzung 8 C 1021/24p, Polnisch"], "h",
         49.60, (45, 150), 3, "Gericht")]),
    ("Bundesverwaltungsgericht", "B2G", False, "court", "AT", [
        ("Asylverfahren", GER, ["mündl. Verhandlung W239 2281234-1, Dari", "mündl. Verhandlung L527 2274410-2, Farsi",
                                "mündl. Verhandlung W170 2290087-1, Somali"], "h", 49.60, (90, 240), 6, "Gericht")]),
    ("Landespolizeidirektion Wien", "B2G", False, "police", "AT", [
        ("Einvernahmen 2024", EIN, ["Beschuldigtenvernehmung PI Favoritenstraße, Arabisch",
                                    "Opfervernehmung LKA Wien, Rumänisch", "Zeugenvernehmung PI Praterstern, Türkisch",
                                    "Einvernahme Fremdenpolizei, Georgisch"], "h", 45.00, (45, 180), 13,
         "Polizei,Eilauftrag")]),
    ("BFA Regionaldirektion Wien", "B2G", False, "federal_agency", "AT", [
        ("Einvernahmen Asyl", EIN, ["Einvernahme Asylverfahren, Dari", "Einvernahme Asylverfahren, Arabisch",
                                    "Einvernahme Aberkennung, Tschetschenisch"], "h", 45.00, (90, 240), 10, "BFA")]),
    ("Magistrat der Stadt Wien - MA 35", "B2G", False, "municipality", "AT", [
        ("Staatsbürgerschaft", BUE, ["Geburtsurkunde TR-DE", "Strafregisterauszug SRB-DE",
                                     "Heiratsurkunde RO-DE (2 Seiten)"], "f", 42.00, (20, 45), 6, "beglaubigt")]),
    ("Bezirkshauptmannschaft Mödling", "B2G", False, "district_authority", "AT", [
        ("Fremdenrecht", VOR, ["Ladung Aufenthaltstitel, Ukrainisch"], "h", 45.00, (60, 120), 2, "")]),
    ("Stadtgemeinde Schwechat", "B2G", False, "municipality", "AT", [
        ("Bürgerinfo Mehrsprachig", UEF, ["Informationsblatt Abfalltrennung DE-TR", "Informationsblatt DE-BKS"], "h",
         70.00, (120, 240), 2, "")]),
    ("Marktgemeinde Perchtoldsdorf", "B2G", False, "municipality", "AT", [
        ("Gemeindezeitung", UEF, ["Artikel Gemeindezeitung DE-EN"], "f", 180.00, (120, 180), 1, "")]),
    ("Bundesministerium für Inneres", "B2G", False, "federal_ministry", "AT", [
        ("Fachkonferenz Migration", KON, ["Konferenz Herrengasse, EN-DE Kabine"], "h", 120.00, (420, 480), 2,
         "Konferenz")]),
    ("Justizanstalt Wien-Josefstadt", "B2G", False, "prison", "AT", [
        ("Besuche/Gespräche", VOR, ["Gespräch Sozialdienst, Arabisch", "Erstgespräch Zugang, Rumänisch"], "h", 45.00,
         (45, 90), 3, "")]),
    ("Staatsanwaltschaft Wien", "B2G", False, "prosecution", "AT", [
        ("Ermittlungsverfahren 2024", UEF, ["Übersetzung TÜ-Protokolle 614 St 88/24x, Albanisch",
                                            "Übersetzung Chatverlauf 608 St 41/24f, Türkisch"], "h", 49.60, (120, 360), 4,
         "Justiz")]),
    ("Arbeitsmarktservice Wien", "B2G", False, "public_employment_service", "AT", [
        ("Beratungen AMS", BER, ["Beratungsgespräch RGS Laxenburger Straße, Arabisch",
                                 "Beratungsgespräch RGS Hietzinger Kai, Ukrainisch"], "h", 52.00, (45, 90), 3, "")]),
    ("Österreichische Gesundheitskasse", "B2G", False, "social_insurance", "AT", [
        ("Formulare", UEF, ["Antragsformular Kinderbetreuungsgeld DE-UK", "Infoblatt e-card DE-AR"], "h", 70.00,
         (90, 180), 2, "")]),
    ("Wiener Gesundheitsverbund - Klinik Ottakring", "B2G", False, "public_hospital", "AT", [
        ("Patientengespräche", TEL, ["Aufklärungsgespräch Chirurgie, Türkisch", "Entlassungsgespräch, Dari"], "h",
         60.00, (15, 45), 3, "Telefon")]),
    ("Universität Wien", "B2G", False, "public_university", "AT", [
        ("Institut für Slawistik", LEK, ["Lektorat Projektbericht EN"], "h", 65.00, (120, 240), 2, "")]),
    ("Österreichisches Bundesheer - Militärkommando Wien", "B2G", False, "armed_forces", "AT", [
        ("Assistenzeinsatz", VOR, ["Übergabe Hilfsgüter, Ukrainisch"], "h", 52.00, (120, 240), 2, "")]),
    ("Botschaft der Republik Polen", "B2G", False, "embassy", "PL", [
        ("Konsularabteilung", BUE, ["Vollmacht DE-PL", "Beschluss BG Donaustadt DE-PL (3 Seiten)"], "f", 95.00,
         (30, 60), 2, "beglaubigt")]),
    ("Bildungsdirektion für Wien", "B2G", False, "state_education_authority", "AT", [
        ("Schulpsychologie", BER, ["Elterngespräch Schulpsychologie, Arabisch", "Elterngespräch, Farsi"], "h", 52.00,
         (45, 90), 3, "")]),
    ("Volksschule Quellenstraße", "B2G", False, "public_school", "AT", [
        ("Elterngespräche", BER, ["Elternsprechtag, Türkisch"], "h", 52.00, (60, 60), 1, "")]),
    ("Wiener Wohnen", "B2G", False, "municipal_enterprise", "AT", [
        ("Mieterinformation", UEF, ["Hausordnung DE-BKS/TR"], "f", 260.00, (180, 240), 1, "")]),
    ("Wirtschaftskammer Wien", "B2G", False, "public_law_chamber", "AT", [
        ("Gründerservice", UEF, ["Merkblatt Gewerbeanmeldung DE-EN"], "h", 75.00, (120, 180), 1, "")]),
    ("Medizinische Universität Wien", "B2G", False, "public_university", "AT", [
        ("Ethikkommission", UEF, ["Patienteninformation Studie DE-EN"], "h", 75.00, (180, 300), 2, "")]),
    # ---------------- B2B
    ("Schönherr Rechtsanwälte GmbH", "B2B", False, "law_firm", "AT", [
        ("Due Diligence Projekt Danube", UEF, ["Übersetzung Kaufvertrag EN-DE", "Übersetzung Side Letter EN-DE"],
         "h", 95.00, (120, 300), 5, "")]),
    ("Dr. Katharina Leitner, Rechtsanwältin", "B2B", False, "lawyer", "AT", [
        ("Mandat K./K.", BER, ["Mandantengespräch Kanzlei, Polnisch"], "h", 85.00, (60, 90), 2, "")]),
    ("Notariat Mag. Peter Gruber ", "B2B", False, "notary", "AT", [
        ("Notariatsakte", VOR, ["Notariatsakt Schenkungsvertrag, Ungarisch", "Beglaubigung Unterschrift, Rumänisch"],
         "h", 85.00, (45, 90), 2, "")]),
    ("voestalpine Stahl GmbH", "B2B", False, "company", "AT", [
        ("Sicherheitsunterweisung", UEF, ["Sicherheitsunterweisung DE-BKS", "Betriebsanweisung Kran DE-RO"], "h",
         90.00, (180, 420), 4, "")]),
    ("Erste Group Bank AG", "B2B", False, "company", "AT", [
        ("Investor Day", KON, ["Investor Day Erste Campus, EN-DE"], "h", 130.00, (300, 420), 2, "Konferenz")]),
    ("ÖBB-Personenverkehr AG", "B2B", False, "state_owned_company", "AT", [
        ("Fahrgastinformation", UEF, ["Durchsagetexte DE-EN", "Aushang Schienenersatzverkehr DE-EN/UK"], "h", 80.00,
         (90, 180), 2, "")]),
    ("ÖBB-Infrastruktur AG", "B2B", True, "state_owned_company_procurement", "AT", [
        ("BBG-Rahmenvereinbarung GZ 4301.03456 - Dolmetschleistungen", VOR,
         ["Baustellenbesprechung Koralmbahn, BKS", "Sicherheitsschulung Subunternehmer, Rumänisch"], "h", 78.00,
         (120, 300), 4, "Rahmenvertrag")]),
    ("Wiener Linien GmbH & Co KG", "B2B", False, "municipal_company", "AT", [
        ("Kundeninfo", UEF, ["Beförderungsbedingungen Auszug DE-EN"], "h", 80.00, (120, 180), 1, "")]),
    ("Caritas der Erzdiözese Wien", "B2B", False, "religious_nonprofit", "AT", [
        ("Sozialberatung", BER, ["Sozialberatung Mariahilf, Arabisch", "Wohnungslosenhilfe, Rumänisch"], "h", 48.00,
         (45, 120), 6, "")]),
    ("Österreichisches Rotes Kreuz - Landesverband Wien", "B2B", False, "national_red_cross", "AT", [
        ("Suchdienst", TEL, ["Suchdienst Familienzusammenführung, Somali"], "h", 48.00, (20, 60), 2, "Telefon")]),
    ("Diakonie Flüchtlingsdienst gem. GmbH", "B2B", False, "nonprofit", "AT", [
        ("Rechtsberatung", BER, ["Rechtsberatung, Dari", "Rechtsberatung, Tigrinya"], "h", 48.00, (60, 120), 5, "")]),
    ("IAEA - International Atomic Energy Agency", "B2B", True, "international_org", "AT", [
        ("Dept. of Safeguards", UEF, ["Translation technical report RU-EN", "Translation annex RU-EN"], "h", 95.00,
         (180, 360), 3, "")]),
    ("UNHCR Österreich", "B2B", True, "international_org", "AT", [
        ("Monitoring", BER, ["Monitoring-Interviews Traiskirchen, Dari", "Monitoring-Interviews, Arabisch"], "h",
         55.00, (120, 300), 4, "")]),
    ("OSCE Secretariat", "B2B", True, "international_org", "AT", [
        ("Side Event", KON, ["Side event Hofburg, RU-EN"], "h", 130.00, (240, 360), 1, "Konferenz")]),
    ("Fonds Soziales Wien", "B2B", True, "state_founded_fund", "AT", [
        ("Grundversorgung", BER, ["Beratung Grundversorgung, Ukrainisch", "Beratung Wohnungslosenhilfe, Arabisch",
                                  "Beratung Pflege und Betreuung, Türkisch"], "h", 52.00, (45, 120), 6, "")]),
    ("Sigmund Freud PrivatUniversität", "B2B", False, "private_university", "AT", [
        ("Fakultät Psychotherapiewissenschaft", LEK, ["Lektorat Abstract-Band EN"], "h", 65.00, (120, 240), 1, "")]),
    ("Gasthaus Demir - Inh. Ahmet Demir", "B2B", False, "sole_trader", "AT", [
        ("Speisekarte", UEF, ["Speisekarte DE-EN-TR"], "f", 150.00, (120, 180), 1, "")]),
    ("Wienerberger AG", "B2B", False, "company", "AT", [
        ("Geschäftsbericht", LEK, ["Lektorat Nachhaltigkeitsbericht EN"], "h", 75.00, (180, 300), 2, "")]),
    ("Raiffeisen Bank International AG", "B2B", False, "company", "AT", [
        ("KYC", BUE, ["Firmenbuchauszug UA-DE", "Gesellschaftsvertrag SRB-DE (6 Seiten)"], "f", 210.00, (60, 120), 2,
         "beglaubigt")]),
    ("Schmid Maria (Schmid Bau GmbH)", "B2B", True, "person_for_company", "AT", [
        ("Bauvertrag", UEF, ["Übersetzung Subunternehmervertrag DE-HU, Rechnung an Firma"], "h", 80.00, (120, 180), 1,
         "")]),
    ("Mag. Stefan Wagner", "B2B", True, "private_person_business_purpose", "AT", [
        ("Urkunden", BUE, ["Firmenbuchauszug und Gesellschaftsvertrag für GmbH-Gründung in Bratislava DE-SK"], "f",
         168.00, (60, 90), 1, "beglaubigt")]),
    # ---------------- B2C
    ("Yilmaz Mehmet", "B2C", False, "private_person", "AT", [
        ("Urkunden", BUE, ["Geburtsurkunde TR-DE"], "f", 39.00, (20, 30), 1, "beglaubigt,Privat")]),
    ("Kowalska Anna", "B2C", False, "private_person", "AT", [
        ("Urkunden", BUE, ["Heiratsurkunde PL-DE"], "f", 39.00, (20, 30), 1, "beglaubigt,Privat")]),
    ("Nguyen Thi Lan", "B2C", False, "private_person", "AT", [
        ("Urkunden", BUE, ["Schulzeugnisse VI-DE (3 Seiten)"], "f", 105.00, (45, 60), 1, "beglaubigt,Privat")]),
    ("Petrović Dragana", "B2C", False, "private_person", "AT", [
        ("Urkunden", BUE, ["Führerschein SRB-DE"], "f", 35.00, (15, 20), 1, "beglaubigt,Privat")]),
    ("Hofer Johann", "B2C", False, "private_person", "AT", [
        ("Trauung", VOR, ["Trauung Standesamt Wien-Hietzing, Thai"], "h", 75.00, (60, 90), 1, "Privat")]),
    ("Al-Hassan Omar", "B2C", False, "private_person", "AT", [
        ("Urkunden", BUE, ["Reifeprüfungszeugnis AR-DE"], "f", 39.00, (20, 30), 1, "beglaubigt,Privat"),
        ("Urkunden", TEL, ["Rückfrage Nostrifizierung"], "h", 60.00, (15, 20), 1, "Privat")]),
    ("Privatkunden (Barzahlung)", "B2C", False, "catch_all_private", "AT", [
        ("Laufkundschaft", BUE, ["Geburtsurkunde RO-DE", "Meldezettel DE-EN", "Scheidungsurteil BKS-DE",
                                 "Geburtsurkunde UK-DE", "Führerschein UA-DE", "Heiratsurkunde AR-DE"], "f", 39.00,
         (15, 30), 13, "beglaubigt,bar")]),
    ("Ionescu Mihai", "B2C", True, "private_person_bulk", "AT", [
        ("Urkunden", BUE, ["14 Arbeitszeugnisse RO-DE"], "f", 546.00, (240, 300), 1, "beglaubigt,Privat")]),
    ("Berger", "B2C", True, "thin_name_only", "AT", [
        ("Allgemein", TEL, [""], "h", 60.00, (15, 30), 1, "")]),
    ("Insp. Markus Bauer (LPD Wien)", "B2C", True, "person_gov_affiliation_private", "AT", [
        ("Urkunden", BUE, ["Heiratsurkunde TH-DE, privat"], "f", 39.00, (20, 30), 1, "beglaubigt,Privat")]),
    ("Gruber Theresa", "B2C", False, "private_person", "AT", [
        ("Urkunden", BUE, ["Diplom IT-DE", "Transcript of Records IT-DE (4 Seiten)"], "f", 140.00, (40, 60), 2,
         "beglaubigt,Privat")]),
    ("Öztürk Zeynep", "B2C", False, "private_person", "AT", [
        ("Urkunden", BUE, ["Geburtsurkunde und Staatsbürgerschaftsnachweis TR-DE"], "f", 78.00, (30, 45), 1,
         "beglaubigt,Privat")]),
]


def workdays(start, end):
    d = start
    out = []
    while d <= end:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def main():
    days = workdays(dt.date(2024, 9, 2), dt.date(2024, 10, 31))
    entries = []
    for cust, label, amb, kind, ctry, tasks in C:
        user_pool = rng.sample(USERS, 2)
        for proj, act, descs, mode, rate, (mn, mx), count, tags in tasks:
            for i in range(count):
                day = rng.choice(days)
                start_min = rng.choice(range(7 * 60 + 30, 16 * 60, 15))
                dur = rng.randrange(mn, mx + 1, 5) if mx > mn else mn
                begin = dt.datetime.combine(day, dt.time(0, 0)) + dt.timedelta(minutes=start_min)
                end = begin + dt.timedelta(minutes=dur)
                if mode == "h":
                    hourly, fixed = rate, None
                    amount = round(rate * dur / 60, 2)
                else:
                    hourly, fixed = None, rate
                    amount = rate
                desc = descs[i % len(descs)]
                entries.append(dict(begin=begin, end=end, dur=dur * 60, amount=amount, user=rng.choice(user_pool),
                                    cust=cust, proj=proj, act=act, desc=desc, tags=tags, hourly=hourly, fixed=fixed,
                                    label=label, amb=amb, kind=kind, country=ctry))
    entries.sort(key=lambda e: (e["begin"], e["cust"]))

    wb = Workbook()
    ws = wb.active
    ws.title = "Worksheet"
    ws.append(HEADER)
    labels = []
    cutoff = dt.datetime(2024, 10, 15)
    for e in entries:
        exported = "Abgerechnet" if e["begin"] < cutoff else "Offen"
        ws.append([e["begin"], e["begin"], e["end"], e["dur"] / 86400, e["amount"], e["user"], e["cust"], e["proj"],
                   e["act"], e["desc"] or None, exported, e["tags"] or None, e["hourly"], e["fixed"]])
        r = ws.max_row
        ws.cell(r, 1).number_format = "yyyy-mm-dd"
        ws.cell(r, 2).number_format = "hh:mm"
        ws.cell(r, 3).number_format = "hh:mm"
        ws.cell(r, 4).number_format = "[hh]:mm"
        for c in (5, 13, 14):
            ws.cell(r, c).number_format = RATE_FMT
        labels.append(dict(label=e["label"], ambiguous=e["amb"], kind=e["kind"], country=e["country"]))
    # totals row (Kimai writes =SUM() formulas here; the values they evaluate to are stored)
    tot_row = ws.max_row + 1
    top = Border(top=Side(style="thin"))
    ws.cell(tot_row, 4, sum(e["dur"] for e in entries) / 86400).number_format = "[hh]:mm"
    ws.cell(tot_row, 5, round(sum(e["amount"] for e in entries), 2)).number_format = RATE_FMT
    for c in (4, 5):
        ws.cell(tot_row, c).font = Font(bold=True)
        ws.cell(tot_row, c).border = top

    LAYOUTS.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "Kimai"
    wb.save(LAYOUTS / f"{LAYOUT_ID}.xlsx")
    normalize_xlsx(LAYOUTS / f"{LAYOUT_ID}.xlsx")
    write_labels(LAYOUT_ID, labels)
    write_key({
        "id": LAYOUT_ID,
        "system": "Kimai (open-source time tracking with invoicing, 1.x) - Export > Excel (XLSX) of the "
                  "timesheet records, German UI",
        "country": "AT",
        "language": "de",
        "docs": [
            "github kimai/kimai src/Export/Base/AbstractSpreadsheetRenderer.php: header keys and order "
            "label.date, label.begin, label.end, label.duration, label.rate, label.user, label.customer, "
            "label.project, label.activity, label.description, label.exported, label.tags, label.hourlyRate, "
            "label.fixedRate (+ optional meta-field columns, none configured here); date cells formatted "
            "yyyy-mm-dd, times hh:mm, duration '=seconds/86400' as [hh]:mm, rates with a currency number format; "
            "a final row with =SUM() totals under duration and rate; exported state written as the translation "
            "of entryState.exported / entryState.not_exported",
            "github kimai/kimai translations/messages.de.xlf: Datum, Von, Bis, Dauer, Lohn, Benutzer, Kunde, "
            "Projekt, Tätigkeit, Beschreibung, Exportiert, Schlagworte, Stundenlohn, Festbetrag; "
            "entryState.exported = 'Abgerechnet', entryState.not_exported = 'Offen'",
            "kimai/www.kimai.org documentation (invoices.md): Kimai exports/invoices as HTML, DOCX, CSV, XLSX, ODS",
        ],
        "fields": {
            "buyer": "Kunde",
            "product": "Tätigkeit",
            "quantity": "Dauer",
            "amount": "Lohn",
            "tax_id": None,
            "email": None,
            "payment": None,
            "comment": "Beschreibung",
        },
        "also_ok": {
            "product": ["Beschreibung", "Projekt"],
            "comment": ["Projekt", "Schlagworte"],
        },
        "notes": "One row per time record (an interpreting session, a translation job or travel time); several "
                 "records belong to the same customer/project and share its label. Header in row 1; the last "
                 "row is the totals row written by Kimai (only 'Dauer' and 'Lohn' filled) and is not a record. "
                 "Kimai writes the duration and the totals as formulas (=seconds/86400, =SUM()); here the values "
                 "those formulas evaluate to are stored so that the file reads the same way. 'Lohn' is the "
                 "billed amount (hourly rate x duration, or the fixed amount); 'Stundenlohn' and 'Festbetrag' are "
                 "the rate inputs. 'Benutzer' is the office's own interpreter, not the buyer. 'Privatkunden "
                 "(Barzahlung)' is the office's catch-all customer for walk-in private clients. No tax ID, e-mail "
                 "or payment columns exist in this export.",
    })
    print(LAYOUT_ID, len(labels), "rows")


if __name__ == "__main__":
    main()
