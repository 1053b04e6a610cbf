"""Buyers, payments and purposes of the countries the vocabularies cover beyond Russia.

Real-looking buyer names per country and kind, the rule each one fires, and names
that must not fire it: companies named like a place, private persons, product text.
"""

from __future__ import annotations

import pytest

from classifier.rules.buyer import person_name
from classifier.rules.government import is_government_domain
from tests.conftest import fired

GOVERNMENT = {"state_form", "gov_body"}


@pytest.mark.parametrize(
    "buyer",
    [
        # US: counties, townships, schools, public universities, federal, armed forces, tribes
        "Cook County Board of Commissioners",
        "Maricopa County Sheriff's Office",
        "Harris County Commissioners Court",
        "Jefferson Parish Sheriff",
        "Charter Township of Canton",
        "Fulton County Schools",
        "Orange County Public Schools",
        "Houston Independent School District",
        "Maricopa Community College District",
        "Portland Community College",
        "University of Michigan",
        "Ohio State University",
        "Tongass National Forest",
        "U.S. Army Corps of Engineers, Seattle District",
        "Joint Base Lewis-McChord",
        "Naval Medical Center San Diego",
        "Defense Logistics Agency",
        "Navajo Nation",
        "Gila River Indian Community",
        "Agua Caliente Band of Cahuilla Indians",
        "Pueblo of Zuni",
        "Embassy of Canada",
        # UK and Ireland
        "Leeds City Council",
        "Manchester University NHS Foundation Trust",
        "NHS Greater Glasgow and Clyde",
        "Kent Police",
        "Greater Manchester Police",
        "Oak Learning Academy Trust",
        "An Garda Síochána - Cork Station",
        "HSE Dublin North East",
        "Cork Education and Training Board",
        # Canada and Australia
        "Toronto District School Board",
        "Centre de services scolaire de Montréal",
        "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
        "Alberta Health Services",
        "Metro North Hospital and Health Service",
        "Western Sydney Local Health District",
        "Shire of Broome",
        # Germany, Austria, Switzerland
        "Landratsamt München",
        "Landkreis Harburg",
        "Landeshauptstadt Stuttgart",
        "Marktgemeinde Gramatneusiedl",
        "Bezirkshauptmannschaft Baden",
        "Universitätsklinikum Heidelberg",
        "Kanton Zürich, Baudirektion",
        "Bundesamt für Bauten und Logistik",
        "Kantonsspital Aarau",
        "Österreichisches Bundesheer",
        # France and Belgium
        "Mairie de Lyon",
        "CHU de Bordeaux",
        "Lycée polyvalent Jean Moulin",
        "Université de Strasbourg",
        "Communauté d'agglomération du Pays Basque",
        "SPF Finances",
        "CPAS de Liège",
        "OCMW Gent",
        # Netherlands
        "Gemeente Utrecht",
        "Waterschap Rivierenland",
        "Hoogheemraadschap van Rijnland",
        "Ministerie van Defensie",
        # Spain, Portugal, Italy
        "Ayuntamiento de Valencia",
        "Concello de Vigo",
        "Servicio Andaluz de Salud",
        "CEIP Miguel Hernández",
        "Câmara Municipal de Lisboa",
        "Junta de Freguesia de Arroios",
        "Agrupamento de Escolas de Sintra",
        "Comune di Bologna",
        "Regione Lombardia",
        "ASL Roma 1",
        "Azienda Ospedaliera di Padova",
        "Istituto Comprensivo Dante Alighieri",
        # Poland and Czechia
        "Urząd Miasta Krakowa",
        "Gmina Wieliczka",
        "Starostwo Powiatowe w Poznaniu",
        "Jednostka Wojskowa 1234",
        "SP ZOZ Szpital Powiatowy",
        "Město Kolín",
        "Krajský úřad Jihomoravského kraje",
        "Fakultní nemocnice Brno",
        "Základní škola Brno, příspěvková organizace",
        # Nordics
        "Oslo kommune",
        "Göteborgs kommun",
        "Region Stockholm",
        "Helsingin kaupunki",
        "Tampereen kaupunki",
        "Region Hovedstaden",
        # Kazakhstan, Belarus, Ukraine, Russia
        "ГУ «Аппарат акима Алматинской области»",
        "КГП на ПХВ «Городская поликлиника №5»",
        "РГП на ПХВ «Казгидромет»",
        "Минский районный исполнительный комитет",
        "ГУО «Средняя школа №12 г. Гродно»",
        "УЗ «Городская клиническая больница №3»",
        "Броварська міська рада",
        "Калинівська селищна рада",
        "Військова частина А1234",
        "КНП «Міська клінічна лікарня №7»",
        "Комунальне підприємство «Житлосервіс»",
        "Воинская часть 55555",
        "Посольство Республики Казахстан",
    ],
)
def test_government_buyers(evidence_of, buyer):
    assert GOVERNMENT & set(fired(evidence_of({"buyer": buyer})))


@pytest.mark.parametrize(
    "buyer",
    [
        "Bureau Veritas",  # a hint only: companies have bureaus and departments too
        "Управление механизации № 5",
    ],
)
def test_government_hints(evidence_of, buyer):
    found = fired(evidence_of({"buyer": buyer}))
    assert "gov_office_word" in found and not GOVERNMENT & set(found)


@pytest.mark.parametrize(
    "buyer",
    [
        "Grundschule am Park",  # a parents' association carries the words with its own form
        "Szkoła Podstawowa nr 5",
        "Maricopa County",
        "Stadt Köln",
        "Gemeinde Oberhaching",
        "Stad Gent",
        "Lincoln Elementary School",
        "St Mary's CofE Primary School",
        "Ліцей № 100 «Поділ» Подільської районної в місті Києві ради",
    ],
)
def test_public_institutions_decide_unless_a_form_outranks_them(evidence_of, buyer):
    assert "public_institution_word" in fired(evidence_of({"buyer": buyer}))
    association = fired(evidence_of({"buyer": f"Elternverein der {buyer} e.V."}))
    assert {"public_institution_word", "nonprofit_form"} <= set(association)


@pytest.mark.parametrize(
    ("buyer", "rule"),
    [
        ("Stadtwerke München GmbH", "company_form"),
        ("Müller Holzbau GmbH & Co. KG", "company_form"),
        ("Axel Springer SE", "company_form"),
        ("Delaware North Companies, Inc.", "company_form"),
        ("The Washington Post Company", "company_form"),
        ("Ironbridge Haulage CO.", "company_form"),
        ("Fratelli Rossi S.n.c.", "company_form"),
        ("Construcciones Pérez S.L.", "company_form"),
        ("Transportes Lda", "company_form"),
        ("Kowalski Sp. z o.o.", "company_form"),
        ("PHU Nowak", "company_form"),
        ("Stavby Novák s.r.o.", "company_form"),
        ("Nordic Tools AS", "company_form"),
        ("Virtanen Oy", "company_form"),
        ("Sørensen ApS", "company_form"),
        ("Byggmästarn i Umeå HB", "company_form"),
        ("Lakeshore Printing Pty Ltd", "company_form"),
        ("ПП «Будсервіс»", "company_form"),
        ("ТОВ «Агротрейд»", "company_form"),
        ("ТОО «Астана Строй»", "company_form"),
        ("ЧТУП «Гомельторг»", "company_form"),
        ("Förderverein der Grundschule Nord e.V.", "nonprofit_form"),
        ("Evangelische Kirchengemeinde Bonn", "nonprofit_form"),
        ("Freie evangelische Gemeinde Hamburg", "nonprofit_form"),
        ("Wohnungseigentümergemeinschaft Hauptstraße 5", "nonprofit_form"),
        ("Comunidad de Propietarios Calle Mayor 3", "nonprofit_form"),
        ("Condominio Via Roma 12", "nonprofit_form"),
        ("Wspólnota Mieszkaniowa Słoneczna", "nonprofit_form"),
        ("Brf Solrosen", "nonprofit_form"),
        ("Syndicat des copropriétaires Résidence Les Pins", "nonprofit_form"),
        ("ОСИ «Достык»", "nonprofit_form"),
        ("Paroisse Saint-Michel", "nonprofit_form"),
        ("St Cuthbert's Church, Columbus", "nonprofit_form"),
        ("Cork Food Bank", "nonprofit_form"),
        ("Navy Federal Credit Union", "nonprofit_form"),
        ("Oak Hill Montessori Elementary School", "nonprofit_form"),
        ("Harrow Independent School", "nonprofit_form"),
        ("Приватний ліцей «Лідер»", "nonprofit_form"),
        ("Meier e.Kfm.", "sole_proprietor"),
        ("Holzbau Gruber e.U.", "sole_proprietor"),
        ("ФОП Коваленко Олена Іванівна", "sole_proprietor"),
        ("СПД Шевченко", "sole_proprietor"),
        ("ИП Сейтқали Ержан", "sole_proprietor"),
    ],
)
def test_organisations_that_are_not_the_state(evidence_of, buyer, rule):
    found = fired(evidence_of({"buyer": buyer}))
    assert rule in found
    assert not GOVERNMENT & set(found), found


@pytest.mark.parametrize(
    "buyer",
    [
        "Karl Stadt",
        "Hotel Stadt Hamburg GmbH",
        "Stadt-Apotheke Inh. M. Weber",
        "Fort Worth Plumbing LLC",
        "County Line Feed LLC",
        "Township Brewing Co",
        "Band of Brothers Outfitters LLC",
        "Live Nation Entertainment, Inc.",
        "Embassy Suites Hotel",
        "Police Federal Credit Union",
        "Fraternal Order of Police Lodge 7",
        "Hotel Garda Srl",
        "China Restaurant Kanton",
        "Region Sales Ltd",
        "Office for Design Ltd",
        "University of Southern California",
        "University of Pennsylvania",
        "Elternverein der Grundschule Gießen e.V.",
        "Prywatna Szkoła Podstawowa Szymański",
        "Soukromá základní škola Plzeň s.r.o.",
    ],
)
def test_names_that_are_not_the_state(evidence_of, buyer):
    assert not GOVERNMENT & set(fired(evidence_of({"buyer": buyer})))


@pytest.mark.parametrize(
    "product",
    [
        "Gymnasium floor mat 2 m",
        "Police car toy set",
        "County map of Ireland, poster",
        "Kanton-Wok 32 cm",
        "Region 2 DVD player",
    ],
)
def test_product_text_is_not_a_buyer(evidence_of, product):
    found = fired(evidence_of({"buyer": "Anna Schmidt", "product": product}))
    assert not GOVERNMENT & set(found) and "gov_office_word" not in found


@pytest.mark.parametrize(
    ("field", "text", "rule"),
    [
        ("payment", "Überweisung", "payment_transfer"),
        ("payment", "Zahlung auf Rechnung", "payment_transfer"),
        ("payment", "virement bancaire à 30 jours", "payment_transfer"),
        ("payment", "transferencia bancaria", "payment_transfer"),
        ("payment", "bonifico bancario", "payment_transfer"),
        ("payment", "RiBa 60 gg", "payment_transfer"),
        ("payment", "przelew 14 dni", "payment_transfer"),
        ("payment", "bankovní převod", "payment_transfer"),
        ("payment", "overboeking", "payment_transfer"),
        ("payment", "безготівковий розрахунок", "payment_transfer"),
        ("payment", "Nachnahme", "payment_personal"),
        ("payment", "carta di credito", "payment_personal"),
        ("payment", "contrassegno", "payment_personal"),
        ("payment", "za pobraniem", "payment_personal"),
        ("payment", "platba kartou", "payment_personal"),
        ("payment", "kortbetalning", "payment_personal"),
        ("payment", "Bizum", "payment_personal"),
        ("payment", "Multibanco", "payment_personal"),
        ("payment", "Kaspi Gold", "payment_personal"),
        ("payment", "накладений платіж", "payment_personal"),
        ("documents", "Lieferschein 4711", "business_document"),
        ("documents", "Faktura VAT 12/2024", "business_document"),
        ("documents", "Albarán 558", "business_document"),
        ("documents", "ЭСФ № 123", "business_document"),
        ("documents", "видаткова накладна № 15", "business_document"),
        ("comment", "zum Weiterverkauf", "purpose_business"),
        ("comment", "Weihnachtsgeschenke für Mitarbeiter", "purpose_business"),
        ("comment", "pour revendre en boutique", "purpose_business"),
        ("comment", "para reventa", "purpose_business"),
        ("comment", "voor de zaak", "purpose_business"),
        ("comment", "do odsprzedaży", "purpose_business"),
        ("comment", "для перепродажу", "purpose_business"),
        ("comment", "Geschenk für meine Frau", "purpose_personal"),
        ("comment", "cadeau d'anniversaire pour ma fille", "purpose_personal"),
        ("comment", "para casa", "purpose_personal"),
        ("comment", "voor thuis", "purpose_personal"),
        ("comment", "do domu", "purpose_personal"),
        ("comment", "till hemmet", "purpose_personal"),
        ("comment", "подарунок мамі", "purpose_personal"),
        ("address", "Gewerbegebiet Nord, Halle 3", "delivery_business"),
        ("address", "Polígono Industrial Las Salinas, Nave 4", "delivery_business"),
        ("address", "Zona Industriale, Capannone 7", "delivery_business"),
        ("address", "Husova 135, byt 29, 650 19 Ostrava", "delivery_home"),
        ("address", "Skolgatan 77, lgh 1102, 512 63 Malmö", "delivery_home"),
        ("contract", "CIG 1234567890", "state_contract"),
        ("documents", "Prozorro UA-2024-01-01-000123-a", "procurement_method"),
        ("documents", "Chorus Pro, service exécutant 123", "procurement_method"),
    ],
)
def test_payment_purpose_document_and_delivery_words(evidence_of, field, text, rule):
    assert rule in fired(evidence_of({"buyer": "Kunde", field: text}))


def test_staff_gifts_are_not_a_personal_purpose(evidence_of):
    found = fired(evidence_of({"buyer": "Kunde", "comment": "julegaver til ansatte"}))
    assert "purpose_business" in found and "purpose_personal" not in found


@pytest.mark.parametrize(
    "name",
    [
        "Jürgen Müller",
        "Juergen Mueller",
        "Ursula Schneider",
        "Urs Meier",
        "François Dubois",
        "Sébastien Martin",
        "Pieter de Vries",
        "Femke Jansen",
        "José García",
        "Jose Garcia",
        "Guadalupe Hernández",
        "João Silva",
        "Giuseppe Rossi",
        "Chiara Bianchi",
        "Małgorzata Nowak",
        "Malgorzata Nowak",
        "Jiří Novák",
        "Kateřina Dvořáková",
        "Björn Andersson",
        "Åsa Lindqvist",
        "Søren Jensen",
        "Mikko Virtanen",
        "Päivi Korhonen",
        "Siobhán Murphy",
        "Niamh Kelly",
        "Олександр Шевченко",
        "Наталія Коваленко",
        "Аляксандр Лукашэвіч",
        "Нурсултан Сейтқали",
        "Айгерим Нурланова",
        "Lachlan Smith",
        "Rhonda Walker",
    ],
)
def test_given_names_of_the_countries(name):
    assert person_name(name) == name


@pytest.mark.parametrize(
    "text",
    [
        "Otto Versand",
        "Mercedes Autohaus",
        "Aurora Energy",
        "Blue Line Taxi",
        "Lone Star Feed",
        "Stadtwerke München GmbH",
        "Gemeinde Oberhaching",
    ],
)
def test_business_words_are_not_given_names(text):
    assert person_name(text) is None


@pytest.mark.parametrize(
    "domain",
    [
        "ci.seattle.wa.us",
        "co.king.wa.us",
        "comune.milano.it",
        "pec.comune.milano.it",
        "regione.lombardia.it",
        "gov.ie",
        "hse.ie",
        "nhs.scot",
        "canada.ca",
        "toronto.ca",
        "bund.de",
        "bundeswehr.de",
        "gv.at",
        "admin.ch",
        "gouv.fr",
        "ac-paris.fr",
        "fgov.be",
        "minbzk.nl",
        "gob.es",
        "gov.pt",
        "gov.pl",
        "um.warszawa.pl",
        "gov.cz",
        "kr-jihomoravsky.cz",
        "regeringskansliet.se",
        "kommune.no",
        "hel.fi",
        "kk.dk",
        "gov.kz",
        "gov.by",
        "gov.ua",
        "mil.ru",
    ],
)
def test_government_domains_of_the_countries(domain):
    assert is_government_domain(domain)


@pytest.mark.parametrize(
    "domain",
    [
        "ac-immobilier.fr",
        "comune-shop.it",
        "xcomune.milano.it",
        "stadt-apotheke.de",
        "cox.net",
        "coolblue.nl",
    ],
)
def test_look_alike_domains_are_not_government(domain):
    assert not is_government_domain(domain)
