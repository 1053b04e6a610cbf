"""kb_de_pretix_rechnungszeilen: pretix "Rechnungsdaten" export, sheet "Rechnungszeilen",
format "CSV (mit Semikolon)" in German, for a conference organiser in Cologne.

Column set/order follows pretix' InvoiceDataExporter ('lines' sheet) and the German
msgstr of pretix' django.po; CSV written like pretix' _render_sheet_csv(dialect='excel',
delimiter=';'): UTF-8 without BOM, CRLF, minimal quoting, Decimal values localised (19,00).
Seed fixed; rebuilds the layout, key and labels exactly.
"""
import csv
import datetime as dt
import io
import random
from decimal import Decimal, ROUND_HALF_UP

from kb_common import LAYOUTS, de_ustid, nl_btw, at_uid, write_key, write_labels

LAYOUT_ID = "kb_de_pretix_rechnungszeilen"
rng = random.Random(20241119)

HEADER = [
    "Rechnungsnummer", "Zeilennummer", "Beschreibung", "Brutto-Preis", "Nettopreis", "Steuer",
    "Steuersatz", "Steuerregel", "Veranstaltungsbeginn", "Datum", "Bestellnummer", "E-Mail-Adresse",
    "Rechnungsart", "Storno von",
    "Rechnungsabsender: Name", "Rechnungsabsender: Adresse", "Rechnungsabsender: Postleitzahl",
    "Rechnungsabsender: Ort", "Rechnungsabsender: Land", "Rechnungsabsender: Steuernummer",
    "Rechnungsabsender: USt-ID-Nr.",
    "Rechnungsempfänger: Firma", "Rechnungsempfänger: Name", "Rechnungsempfänger: Straße",
    "Rechnungsempfänger: Postleitzahl", "Rechnungsempfänger: Ort", "Rechnungsempfänger: Land",
    "Rechnungsempfänger: Bundesstaat", "Rechnungsempfänger: USt-ID-Nr.",
    "Rechnungsempfänger: Leistungsempfänger", "Rechnungsempfänger: Interne Referenz",
    "Zahlungsmethoden",
]

SENDER = ["Rheinland Fachforum GmbH", "Im Mediapark 8", "50670", "Köln", "DE", "215/5712/3468",
          de_ustid("31427705")]
EVENT_START = "19.11.2024"
PREFIX = "FKDI24-"

# product -> gross price (19 % MwSt included)
P = {
    "early": ("Kongressticket (2 Tage) - Frühbucher", Decimal("590.00")),
    "regular": ("Kongressticket (2 Tage) - Regulär", Decimal("690.00")),
    "public": ("Kongressticket (2 Tage) - Behörden und Kommunen", Decimal("490.00")),
    "day": ("Tagesticket - 19.11.2024", Decimal("390.00")),
    "ws_bcm": ("Workshop: Notfallmanagement nach BSI-Standard 200-4", Decimal("249.00")),
    "ws_nis2": ("Workshop: NIS-2 in der Kommunalverwaltung", Decimal("249.00")),
    "evening": ("Abendveranstaltung im Rheinauhafen", Decimal("59.00")),
    "student": ("Studierendenticket", Decimal("89.00")),
    "online": ("Online-Ticket (Livestream)", Decimal("190.00")),
}
FEE = ("Zahlungsgebühr", Decimal("3.90"))

FIRST = ["Andreas", "Anna", "Bernd", "Birgit", "Christian", "Claudia", "Daniel", "Dirk", "Elke", "Frank",
         "Gabriele", "Heike", "Jan", "Jens", "Julia", "Katrin", "Klaus", "Lena", "Markus", "Martina",
         "Michael", "Monika", "Nicole", "Oliver", "Petra", "Ralf", "Sabine", "Sandra", "Stefan", "Susanne",
         "Thomas", "Tobias", "Ulrike", "Uwe", "Yvonne", "Jörg", "Sven", "Marion", "Carsten", "Ines"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier",
        "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Peters",
        "Kaiser", "Fuchs", "Scholz", "Jung"]


def person():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def B(company, name, street, zipc, city, country, email, pay, items, label, kind, bcountry=None,
      vat="", ref="", benef="", amb=False, storno=False):
    return dict(company=company, name=name, street=street, zip=zipc, city=city, country=country,
                email=email, pay=pay, items=items, label=label, kind=kind,
                bcountry=bcountry or country, vat=vat, ref=ref, benef=benef, amb=amb, storno=storno)


UE, PP, KK, SL = "Banküberweisung", "PayPal", "Kreditkarte", "SEPA-Lastschrift"

BUYERS = [
    # ---------------- public sector (B2G)
    B("Stadt Köln", "Amt für Informationsverarbeitung", "Willy-Brandt-Platz 2", "50679", "Köln", "DE",
      "it-fortbildung@stadt-koeln.de", UE, [("public", 3), ("ws_nis2", 2), ("evening", 2)], "B2G",
      "municipality", ref="Bestellschein 12-2024/0815"),
    B("Kreis Mettmann", "Der Landrat, Amt 10 - Zentrale Dienste", "Düsseldorfer Straße 26", "40822",
      "Mettmann", "DE", "fortbildung@kreis-mettmann.de", UE, [("public", 2)], "B2G", "county_administration",
      ref="Kostenstelle 10-140"),
    B("Landratsamt Ebersberg", "Sachgebiet IT", "Eichthalstraße 5", "85560", "Ebersberg", "DE",
      "s.huber@lra-ebe.de", UE, [("public", 1), ("ws_bcm", 1)], "B2G", "county_administration"),
    B("Bundesamt für Sicherheit in der Informationstechnik", "Referat OC 24", "Godesberger Allee 87",
      "53175", "Bonn", "DE", "veranstaltungen@bsi.bund.de", UE, [("public", 4), ("evening", 4)], "B2G",
      "federal_agency", ref="Az. Z 14 - 0815/24"),
    B("Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr", "Abteilung C",
      "Ferdinand-Sauerbruch-Straße 1", "56073", "Koblenz", "DE", "baainbwc@bundeswehr.org", UE,
      [("public", 2), ("ws_bcm", 2)], "B2G", "armed_forces", ref="BANF 1200345678"),
    B("Landeskriminalamt Niedersachsen", "Dezernat 54 - Cybercrime", "Am Waterlooplatz 11", "30169",
      "Hannover", "DE", "fortbildung@lka.polizei.niedersachsen.de", UE, [("public", 2)], "B2G", "police"),
    B("Landesamt für Zentrale Polizeiliche Dienste NRW", "", "Schifferstraße 10", "47059", "Duisburg",
      "DE", "sg-fortbildung.lzpd@polizei.nrw.de", UE, [("public", 3)], "B2G", "police"),
    B("Rheinische Friedrich-Wilhelms-Universität Bonn", "Hochschulrechenzentrum", "Wegelerstraße 6",
      "53115", "Bonn", "DE", "hrz-sekretariat@uni-bonn.de", UE, [("public", 1), ("day", 1)], "B2G",
      "public_university", ref="Bestell-Nr. 4100023981"),
    B("TH Köln", "Campus IT", "Claudiusstraße 1", "50678", "Köln", "DE", "beschaffung@th-koeln.de", UE,
      [("day", 2)], "B2G", "public_university"),
    B("Dataport AöR", "Bildungszentrum", "Altenholzer Straße 10-14", "24161", "Altenholz", "DE",
      "seminare@dataport.de", UE, [("public", 3), ("ws_nis2", 1)], "B2G", "public_law_institution",
      vat=de_ustid("22103547")),
    B("Landeshauptstadt Düsseldorf", "IT-Service, Amt 18", "Brinckmannstraße 5", "40225", "Düsseldorf", "DE",
      "amt18.fortbildung@duesseldorf.de", UE, [("public", 2), ("evening", 1)], "B2G", "municipality"),
    B("Gemeinde Wachtberg", "Fachbereich Zentrale Dienste", "Rathausstraße 34", "53343", "Wachtberg", "DE",
      "poststelle@wachtberg.de", UE, [("public", 1)], "B2G", "municipality"),
    B("Rhein-Sieg-Kreis", "Der Landrat, Amt für Digitalisierung", "Kaiser-Wilhelm-Platz 1", "53721",
      "Siegburg", "DE", "digitalisierung@rhein-sieg-kreis.de", UE, [("public", 2), ("ws_bcm", 1)], "B2G",
      "county_administration", ref="Auftrag 2024/IT/117"),
    B("Amtsgericht Köln", "Verwaltung - IT-Stelle", "Luxemburger Straße 101", "50939", "Köln", "DE",
      "verwaltung@ag-koeln.nrw.de", UE, [("public", 1)], "B2G", "court"),
    B("Oberlandesgericht Düsseldorf", "Dezernat 6 (IT)", "Cecilienallee 3", "40474", "Düsseldorf", "DE",
      "it-fortbildung@olg-duesseldorf.nrw.de", UE, [("public", 2)], "B2G", "court"),
    B("Ministerium des Innern des Landes Nordrhein-Westfalen", "Referat 53", "Friedrichstraße 62-80",
      "40217", "Düsseldorf", "DE", "referat53@im.nrw.de", UE, [("public", 2), ("evening", 2)], "B2G",
      "state_ministry"),
    B("Bundesministerium des Innern und für Heimat", "Referat DV I 2", "Alt-Moabit 140", "10557", "Berlin",
      "DE", "dvi2@bmi.bund.de", UE, [("public", 1), ("online", 2)], "B2G", "federal_ministry"),
    B("Uniklinik Köln", "Stabsabteilung Informationssicherheit", "Kerpener Straße 62", "50937", "Köln",
      "DE", "informationssicherheit@uk-koeln.de", UE, [("public", 2), ("ws_bcm", 2)], "B2G", "public_hospital",
      ref="Bestellung 4700129934"),
    B("Kliniken der Stadt Köln gGmbH", "IT-Abteilung", "Neufelder Straße 32", "51067", "Köln", "DE",
      "einkauf@kliniken-koeln.de", UE, [("regular", 2)], "B2G", "municipal_hospital_company",
      vat=de_ustid("12282176"), amb=True),
    B("Georg-Simon-Ohm-Berufskolleg", "Schulleitung", "Eitorfer Straße 16", "50679", "Köln", "DE",
      "sekretariat@gso-koeln.de", UE, [("day", 1)], "B2G", "public_school"),
    B("Industrie- und Handelskammer zu Köln", "Geschäftsbereich IT", "Unter Sachsenhausen 10-26", "50667",
      "Köln", "DE", "it@koeln.ihk.de", UE, [("regular", 1)], "B2G", "public_law_chamber"),
    B("Deutsche Rentenversicherung Rheinland", "Abteilung Informationstechnik", "Königsallee 71", "40215",
      "Düsseldorf", "DE", "it-fortbildung@drv-rheinland.de", UE, [("public", 2)], "B2G", "social_insurance"),
    B("Botschaft des Königreichs der Niederlande", "Abteilung Verwaltung", "Klosterstraße 50", "10179",
      "Berlin", "DE", "ber-bzs@minbuza.nl", UE, [("regular", 1)], "B2G", "embassy", bcountry="NL"),
    B("Polizeipräsidium Bonn", "Direktion ZA", "Königswinterer Straße 500", "53227", "Bonn", "DE",
      "za.bonn@polizei.nrw.de", UE, [("public", 1), ("ws_nis2", 1)], "B2G", "police"),
    B("Bezirksregierung Köln", "Dezernat 31", "Zeughausstraße 2-10", "50667", "Köln", "DE",
      "dez31@bezreg-koeln.nrw.de", UE, [("public", 2)], "B2G", "state_authority"),
    B("Kommando Cyber- und Informationsraum", "G1/S1 Aus- und Weiterbildung", "Brühler Straße 300",
      "53119", "Bonn", "DE", "kdocirg1@bundeswehr.org", UE, [("public", 3), ("ws_bcm", 1)], "B2G",
      "armed_forces", ref="Haushaltstitel 0503/53201"),
    B("Komm.ONE AöR", "Akademie", "Krailenshaldenstraße 44", "70469", "Stuttgart", "DE",
      "akademie@komm.one", UE, [("public", 1)], "B2G", "public_law_institution"),
    B("Stadt Leverkusen", "", "Miselohestraße 4", "51379", "Leverkusen", "DE", "", UE, [("online", 1)], "B2G",
      "municipality"),
    B("Stadtverwaltung Bad Honnef", "Haupt- und Personalamt", "Rathausplatz 1", "53604", "Bad Honnef", "DE",
      "personal@bad-honnef.de", UE, [("public", 1)], "B2G", "municipality", storno=True),
    B("Landesbetrieb IT.NRW", "", "Mauerstraße 51", "40476", "Düsseldorf", "DE", "seminare@it.nrw.de",
      UE, [("public", 2)], "B2G", "state_enterprise"),
    B("Staatliches Schulamt für den Kreis Euskirchen", "", "Jülicher Ring 32", "53879", "Euskirchen", "DE",
      "schulamt@kreis-euskirchen.de", UE, [("evening", 1)], "B2G", "state_authority", amb=True),
    # ---------------- business (B2B)
    B("Deutsche Telekom Security GmbH", "Public Sector Sales", "Bonner Talweg 100", "53113", "Bonn", "DE",
      "events-security@telekom.de", KK, [("regular", 3), ("evening", 3)], "B2B", "company",
      vat=de_ustid("81361722")),
    B("DB InfraGO AG", "Einkauf Dienstleistungen (FEI)", "Adam-Riese-Straße 11-13", "60327", "Frankfurt am Main",
      "DE", "rechnungseingang.infrago@deutschebahn.com", UE, [("regular", 2)], "B2B", "state_owned_company",
      vat=de_ustid("19962543"), ref="Bestellung 4501872210 / Vergabe 24FEI51234", amb=True),
    B("Sparkasse KölnBonn", "Informationssicherheit", "Hahnenstraße 57", "50667", "Köln", "DE",
      "isb@sparkasse-koelnbonn.de", UE, [("regular", 2), ("ws_bcm", 1)], "B2B", "public_savings_bank",
      vat=de_ustid("12303716"), amb=True),
    B("Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.", "Fraunhofer FKIE",
      "Fraunhoferstraße 20", "53343", "Wachtberg", "DE", "einkauf@fkie.fraunhofer.de", UE, [("regular", 2)],
      "B2B", "research_association", vat=de_ustid("12911911"), ref="Bestell-Nr. 600/24/1187"),
    B("Materna Information & Communications SE", "Marketing", "Voßkuhle 37", "44141", "Dortmund", "DE",
      "marketing@materna.group", KK, [("early", 4)], "B2B", "company", vat=de_ustid("12477342")),
    B("adesso SE", "Line of Business Public", "Adessoplatz 1", "44269", "Dortmund", "DE",
      "public-events@adesso.de", UE, [("early", 3), ("evening", 3)], "B2B", "company", vat=de_ustid("81173921")),
    B("PD - Berater der öffentlichen Hand GmbH", "", "Friedrichstraße 149", "10117", "Berlin", "DE",
      "buchhaltung@pd-g.de", UE, [("regular", 2)], "B2B", "state_owned_company", vat=de_ustid("27005184")),
    B("govdigital eG", "", "Schumannstraße 27", "10117", "Berlin", "DE", "info@govdigital.de", UE,
      [("regular", 1)], "B2B", "cooperative", vat=de_ustid("33457198")),
    B("RheinEnergie AG", "IT-Sicherheit", "Parkgürtel 24", "50823", "Köln", "DE", "einkauf@rheinenergie.com", UE,
      [("regular", 2), ("ws_nis2", 2)], "B2B", "municipal_utility_company", vat=de_ustid("12219384")),
    B("IT-Sicherheitsberatung Köhler", "Jens Köhler", "Aachener Straße 410", "50933", "Köln", "DE",
      "jens.koehler@koehler-itsec.de", PP, [("early", 1), ("ws_bcm", 1)], "B2B", "sole_trader",
      vat=de_ustid("30599817")),
    B("", "Dr. Sabine Vogt, Rechtsanwältin", "Hohenzollernring 72", "50672", "Köln", "DE",
      "kanzlei@ra-vogt-koeln.de", UE, [("regular", 1)], "B2B", "lawyer", vat=de_ustid("21537405")),
    B("EUMETSAT", "Procurement Office", "Eumetsat-Allee 1", "64295", "Darmstadt", "DE",
      "procurement@eumetsat.int", UE, [("regular", 1)], "B2B", "international_org", bcountry="DE", amb=True),
    B("European Space Agency - ESOC", "Security Office", "Robert-Bosch-Straße 5", "64293", "Darmstadt",
      "DE", "esoc.security@esa.int", UE, [("regular", 2)], "B2B", "international_org", amb=True),
    B("Deutsches Rotes Kreuz Kreisverband Köln e.V.", "", "Oskar-Jäger-Straße 101-103", "50825", "Köln",
      "DE", "verwaltung@drk-koeln.de", UE, [("day", 1)], "B2B", "national_red_cross"),
    B("Caritasverband für die Stadt Köln e.V.", "Stabsstelle IT", "Bartholomäus-Schink-Straße 6", "50825",
      "Köln", "DE", "it@caritas-koeln.de", UE, [("day", 2)], "B2B", "religious_nonprofit"),
    B("Evangelische Kirche im Rheinland", "Landeskirchenamt, Abt. IT", "Hans-Böckler-Straße 7", "40476",
      "Düsseldorf", "DE", "it-sicherheit@ekir.de", UE, [("regular", 1)], "B2B", "church"),
    B("Centric Netherlands B.V.", "Public Sector Solutions", "Stationsplein 107", "2801 AK", "Gouda", "NL",
      "events@centric.eu", KK, [("early", 2)], "B2B", "company", vat=nl_btw("81014532")),
    B("Bechtle IT-Systemhaus Österreich GmbH", "", "Technologiestraße 8", "1120", "Wien", "AT",
      "office.wien@bechtle.com", UE, [("regular", 1)], "B2B", "company", vat=at_uid("5317284")),
    B("Hubert Schmitz Bauunternehmung GmbH", "", "", "", "", "DE", "einkauf@schmitz-bau-frechen.de", UE,
      [("online", 1)], "B2B", "company_role_mailbox_only", amb=True),
    B("Müller & Partner Steuerberatungsgesellschaft mbB", "Ines Müller", "Kaiser-Wilhelm-Ring 27", "50672",
      "Köln", "DE", "ines.mueller@mup-steuer.de", PP, [("evening", 2)], "B2B", "company_personal_items", amb=True),
    B("KoelnMesse GmbH", "Corporate IT", "Messeplatz 1", "50679", "Köln", "DE", "it-security@koelnmesse.de",
      SL, [("regular", 1), ("day", 1)], "B2B", "municipal_company", vat=de_ustid("12240613")),
    B("Vitako e.V.", "Geschäftsstelle", "Markgrafenstraße 22", "10117", "Berlin", "DE", "info@vitako.de", UE,
      [("regular", 1)], "B2B", "association"),
    B("msg systems ag", "Public Sector", "Robert-Bürkle-Straße 1", "85737", "Ismaning", "DE",
      "events.public@msg.group", KK, [("early", 2), ("ws_nis2", 1)], "B2B", "company", vat=de_ustid("12944285"),
      storno=True),
    B("Kanzlei Berg & Wiesner", "Thomas Berg", "Königsallee 60", "40212", "Düsseldorf", "DE",
      "tberg@gmail.com", PP, [("regular", 1)], "B2B", "law_firm_freemail"),
    # ---------------- private persons (B2C)
    B("", "Lena Schwarz", "Zülpicher Straße 212", "50937", "Köln", "DE", "lena.schwarz98@gmail.com", PP,
      [("student", 1)], "B2C", "student"),
    B("", "Tim Brandt", "Adenauerallee 41", "53113", "Bonn", "DE", "timbrandt@web.de", KK, [("student", 1)], "B2C",
      "student"),
    B("", "Aylin Kaya", "Venloer Straße 389", "50825", "Köln", "DE", "aylin.kaya@gmx.de", PP,
      [("student", 1), ("evening", 1)], "B2C", "student"),
    B("", "Günter Weiß", "Marienburger Straße 9", "50968", "Köln", "DE", "g.weiss@t-online.de", UE,
      [("online", 1)], "B2C", "private_person"),
    B("", "Heike Zimmermann", "Am Kirchberg 3", "53340", "Meckenheim", "DE", "heike.zimmermann@posteo.de", KK,
      [("day", 1)], "B2C", "private_person"),
    B("", "Markus Peters", "Schillerstraße 14", "40237", "Düsseldorf", "DE", "markus.peters@polizei.nrw.de", PP,
      [("day", 1), ("evening", 1)], "B2C", "person_gov_email_personal_payment", amb=True),
    B("", "Julia Fuchs", "Luxemburger Straße 77", "50674", "Köln", "DE", "julia.fuchs@telekom.de", KK,
      [("online", 1)], "B2C", "person_company_email", amb=True),
    B("", "Felix Hartmann", "Ubierring 19", "50678", "Köln", "DE", "felix.hartmann@icloud.com", KK,
      [("early", 1)], "B2C", "private_person"),
    B("", "HOFMANN, DIRK", "Burgstraße 4", "53177", "Bonn", "DE", "dirk.hofmann61@web.de", UE, [("online", 1)],
      "B2C", "private_person"),
    B("", "Sandra Krause", "Neusser Straße 150", "50733", "Köln", "DE", "sandra.krause@gmx.net", PP,
      [("regular", 1)], "B2B", "private_person_business_purpose",
      ref="für meine freiberufliche Tätigkeit als Datenschutzbeauftragte", amb=True),
    B("", "", "", "", "", "DE", "k.wolf1979@gmx.de", PP, [("online", 1)], "B2C", "thin_email_only"),
    B("", "Yvonne Lange", "Dürener Straße 88", "50931", "Köln", "DE", "yvonne.lange@outlook.de", KK,
      [("student", 1)], "B2C", "student", storno=True),
    B("", "Ralf Scholz", "Poststraße 12", "53111", "Bonn", "DE", "ralf.scholz@gmail.com", PP,
      [("day", 1), ("evening", 2)], "B2C", "private_person"),
    B("", "Marion Jung", "Hauptstraße 130", "51465", "Bergisch Gladbach", "DE", "", UE, [("online", 1)], "B2C",
      "private_person"),
    B("", "Jonas Neumann", "Bonner Straße 271", "50968", "Köln", "DE", "jonas.neumann@uni-koeln.de", PP,
      [("student", 1)], "B2C", "student_edu_email"),
    B("", "Sophie Wagner", "Kurfürstenallee 8", "53177", "Bonn", "DE", "sophie.w@gmx.de", KK,
      [("student", 1), ("ws_nis2", 1)], "B2C", "student"),
    B("", "Petra Schmitt", "Lindenstraße 22", "50674", "Köln", "DE", "petra.schmitt@freenet.de", UE,
      [("online", 1)], "B2C", "private_person"),
    B("", "Walter, Uwe", "Auf dem Hügel 5", "53121", "Bonn", "DE", "uwe.walter@arcor.de", PP,
      [("day", 1)], "B2C", "private_person"),
    B("", "Nils Becker", "Mauritiussteinweg 60", "50676", "Köln", "DE", "nils.becker@proton.me", KK,
      [("early", 1), ("evening", 1)], "B2C", "private_person"),
    B("", "Elif Demir", "Berliner Straße 17", "51063", "Köln", "DE", "elif.demir@hotmail.de", PP,
      [("student", 1)], "B2C", "student"),
]


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def de_num(x: Decimal) -> str:
    s = f"{x:.2f}"
    return s.replace(".", ",")


def main():
    start = dt.date(2024, 5, 6)
    orders = []
    for b in BUYERS:
        d = start + dt.timedelta(days=rng.randint(0, 185))
        orders.append((d, b))
    orders.sort(key=lambda t: t[0])

    invoices = []  # (invoice_no, date, order_code, buyer, lines, type, refers)
    n = 0
    codes = set()
    for d, b in orders:
        n += 1
        while True:
            code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ3789") for _ in range(5))
            if code not in codes:
                codes.add(code)
                break
        lines = []
        for key, count in b["items"]:
            name, price = P[key]
            for _ in range(count):
                att = b["name"] if (not b["company"] and b["name"] and count == 1) else person()
                if key in ("evening",):
                    desc = name
                else:
                    desc = f"{name} - Teilnehmer: {att}" if att else name
                lines.append((desc, price))
        if b["pay"] == PP:
            lines.append(FEE)
        invoices.append([n, d, code, b, lines, "Rechnung", ""])
    # cancellations (Storno) issued later for the flagged buyers
    stornos = []
    for inv in invoices:
        b = inv[3]
        if b["storno"]:
            sd = inv[1] + dt.timedelta(days=rng.randint(6, 30))
            stornos.append((sd, inv))
    stornos.sort(key=lambda t: t[0])
    for sd, inv in stornos:
        n += 1
        neg = [(desc, -price) for desc, price in inv[4]]
        invoices.append([n, sd, inv[2], inv[3], neg, "Storno", PREFIX + f"{inv[0]:05d}"])

    out = io.StringIO()
    w = csv.writer(out, dialect="excel", delimiter=";")
    w.writerow(HEADER)
    labels = []
    for no, d, code, b, lines, typ, refers in sorted(invoices, key=lambda t: t[0]):
        for pos, (desc, gross) in enumerate(lines, start=1):
            net = q2(gross / Decimal("1.19"))
            tax = gross - net
            row = [PREFIX + f"{no:05d}", pos, desc, de_num(gross), de_num(net), de_num(tax), "19,00", "MwSt.",
                   EVENT_START, d.strftime("%d.%m.%Y"), code, b["email"], typ, refers] + SENDER + [
                b["company"], b["name"], b["street"], b["zip"], b["city"], b["country"], "", b["vat"],
                b["benef"], b["ref"], b["pay"]]
            w.writerow(row)
            labels.append(dict(label=b["label"], ambiguous=b["amb"], kind=b["kind"], country=b["bcountry"]))

    LAYOUTS.mkdir(parents=True, exist_ok=True)
    (LAYOUTS / f"{LAYOUT_ID}.csv").write_bytes(out.getvalue().encode("utf-8"))
    write_labels(LAYOUT_ID, labels)
    write_key({
        "id": LAYOUT_ID,
        "system": "pretix (event ticketing, Community/Hosted) - Export 'Rechnungsdaten' (InvoiceDataExporter), "
                  "sheet 'Rechnungszeilen', format 'CSV (mit Semikolon)', German backend locale",
        "country": "DE",
        "language": "de",
        "docs": [
            "github pretix/pretix src/pretix/base/exporters/invoices.py (InvoiceDataExporter, sheet 'lines'): "
            "column set and order - invoice no., line no., description (<br /> replaced by ' - '), gross, net, "
            "tax value, tax rate, tax name, event start date, date, order code, e-mail, invoice type, "
            "cancellation of, 7 sender columns, 10 recipient columns (company, name, street, ZIP, city, country, "
            "state, VAT ID, beneficiary, internal reference), payment providers",
            "github pretix/pretix src/pretix/locale/de/LC_MESSAGES/django.po: German headers (Rechnungsnummer, "
            "Zeilennummer, Beschreibung, Brutto-Preis, Nettopreis, Steuer, Steuersatz, Steuerregel, "
            "Veranstaltungsbeginn, Datum, Bestellnummer, E-Mail-Adresse, Rechnungsart, Storno von, "
            "'Rechnungsabsender:'/'Rechnungsempfänger:' prefixes, Firma, Straße, Postleitzahl, Ort, Land, "
            "Bundesstaat, USt-ID-Nr., Leistungsempfänger, Interne Referenz, Zahlungsmethoden), values "
            "'Rechnung'/'Storno', payment provider name 'Banküberweisung'",
            "github pretix/pretix src/pretix/base/exporter.py: CSV (with semicolons) = csv.writer(dialect='excel', "
            "delimiter=';'), UTF-8 without BOM, Decimal cells passed through django localize() (decimal comma); "
            "dates via date_format(SHORT_DATE_FORMAT) -> dd.mm.yyyy in German",
        ],
        "fields": {
            "buyer": "Rechnungsempfänger: Firma",
            "product": "Beschreibung",
            "quantity": None,
            "amount": "Brutto-Preis",
            "tax_id": "Rechnungsempfänger: USt-ID-Nr.",
            "email": "E-Mail-Adresse",
            "payment": "Zahlungsmethoden",
            "comment": "Rechnungsempfänger: Interne Referenz",
        },
        "also_ok": {
            "buyer": ["Rechnungsempfänger: Name"],
            "amount": ["Nettopreis"],
            "comment": ["Rechnungsempfänger: Leistungsempfänger"],
        },
        "notes": "One row per invoice line (each ticket is its own line; PayPal orders carry an extra "
                 "'Zahlungsgebühr' line). Rows are sorted by invoice number; all lines of one invoice share the "
                 "label. 'Storno' invoices repeat the buyer with negative amounts and point to the original in "
                 "'Storno von'. No quantity column (quantity is always one position per line). Private buyers "
                 "have an empty 'Rechnungsempfänger: Firma' and their name in 'Rechnungsempfänger: Name'; one "
                 "order has no invoice address at all (only an e-mail). The 'Rechnungsabsender: *' columns are "
                 "the seller (organiser) and are identical on every row. Payment provider display names other "
                 "than 'Banküberweisung' (PayPal, Kreditkarte, SEPA-Lastschrift) are assumed, not taken from "
                 "the .po file.",
    })
    print(LAYOUT_ID, len(labels), "rows")


if __name__ == "__main__":
    main()
