"""Blind name probe ln_names: Customer,Item records for 24 countries.

Rebuilds ../layouts/ln_names.csv, ../key/ln_names.json and ../key/ln_names.labels.csv.
Organisation names come from public lists (see ln_names_data.py, `source` column);
private persons are invented from common given names and surnames of each country.
Seed is fixed; run:  python ln_names.py
"""
import csv
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from ln_names_data import COUNTRIES  # noqa: E402

SEED = 1313
ID = "ln_names"
OUT_LAYOUT = HERE.parent / "layouts" / f"{ID}.csv"
OUT_KEY = HERE.parent / "key" / f"{ID}.json"
OUT_LABELS = HERE.parent / "key" / f"{ID}.labels.csv"

# kind -> (label, ambiguous) per LABELING.md
KIND_LABEL = {
    # businesses
    "company": ("B2B", False),
    "company_named_like_person": ("B2B", False),
    "sole_trader": ("B2B", False),
    "professional_person": ("B2B", True),   # lawyer named as a person, professional purpose
    "state_owned_company": ("B2B", False),  # named with nothing else: plain B2B
    "cooperative": ("B2B", False),
    "private_university": ("B2B", False),
    "private_school": ("B2B", False),
    "private_hospital": ("B2B", False),
    "church": ("B2B", False),
    "charity": ("B2B", False),
    "red_cross_society": ("B2B", False),
    "hoa": ("B2B", False),
    "housing_association": ("B2B", False),
    "international_org": ("B2B", True),
    "state_founded_fund": ("B2B", True),
    # the state
    "ministry": ("B2G", False),
    "federal_agency": ("B2G", False),
    "public_agency": ("B2G", False),
    "regional_government": ("B2G", False),
    "regional_agency": ("B2G", False),
    "county": ("B2G", False),
    "municipality": ("B2G", False),
    "district": ("B2G", False),
    "water_board": ("B2G", False),
    "public_school": ("B2G", False),
    "public_university": ("B2G", False),
    "public_hospital": ("B2G", False),
    "public_library": ("B2G", False),
    "court": ("B2G", False),
    "police": ("B2G", False),
    "armed_forces": ("B2G", False),
    "embassy": ("B2G", False),
    "consulate": ("B2G", False),
    "state_social_fund": ("B2G", False),
    "unitary_enterprise": ("B2G", False),
    "tribal_government": ("B2G", False),
    "port_authority": ("B2G", False),
    "transit_authority": ("B2G", False),
    # consumers
    "private_person": ("B2C", False),
    "anonymous_retail": ("B2C", False),
}
STRIPPABLE = {"company", "company_named_like_person", "state_owned_company", "cooperative"}

# ------------------------------------------------------------------ items
ITEMS = {
    "ru": ["Кресло офисное", "Ноутбук", "Монитор", "Лампа настольная", "Принтер лазерный", "Клавиатура"],
    "kk": ["Кеңсе креслосы", "Ноутбук", "Монитор", "Үстел шамы", "Лазерлік принтер", "Пернетақта"],
    "uk": ["Крісло офісне", "Ноутбук", "Монітор", "Лампа настільна", "Принтер лазерний", "Клавіатура"],
    "en": ["Office chair", "Laptop", "Monitor", "Desk lamp", "Laser printer", "Keyboard"],
    "ga": ["Cathaoir oifige", "Ríomhaire glúine", "Monatóir", "Lampa deisce", "Printéir léasair", "Méarchlár"],
    "de": ["Bürostuhl", "Notebook", "Monitor", "Schreibtischlampe", "Laserdrucker", "Tastatur"],
    "fr": ["Fauteuil de bureau", "Ordinateur portable", "Écran", "Lampe de bureau", "Imprimante laser", "Clavier"],
    "nl": ["Bureaustoel", "Laptop", "Monitor", "Bureaulamp", "Laserprinter", "Toetsenbord"],
    "es": ["Silla de oficina", "Portátil", "Monitor", "Lámpara de escritorio", "Impresora láser", "Teclado"],
    "ca": ["Cadira d'oficina", "Portàtil", "Monitor", "Llum d'escriptori", "Impressora làser", "Teclat"],
    "pt": ["Cadeira de escritório", "Portátil", "Monitor", "Candeeiro de secretária", "Impressora laser", "Teclado"],
    "it": ["Sedia da ufficio", "Notebook", "Monitor", "Lampada da scrivania", "Stampante laser", "Tastiera"],
    "pl": ["Krzesło biurowe", "Laptop", "Monitor", "Lampka biurkowa", "Drukarka laserowa", "Klawiatura"],
    "cs": ["Kancelářská židle", "Notebook", "Monitor", "Stolní lampa", "Laserová tiskárna", "Klávesnice"],
    "sv": ["Kontorsstol", "Bärbar dator", "Bildskärm", "Skrivbordslampa", "Laserskrivare", "Tangentbord"],
    "nb": ["Kontorstol", "Bærbar PC", "Skjerm", "Skrivebordslampe", "Laserskriver", "Tastatur"],
    "da": ["Kontorstol", "Bærbar computer", "Skærm", "Skrivebordslampe", "Laserprinter", "Tastatur"],
    "fi": ["Toimistotuoli", "Kannettava tietokone", "Näyttö", "Työpöytävalaisin", "Lasertulostin", "Näppäimistö"],
}
MODELS = [
    [],
    ["Lenovo ThinkPad E14", "HP ProBook 450 G10", "Dell Latitude 5440", "ASUS ExpertBook B1"],
    ["Dell P2422H", "LG 24MP400", "Samsung S24C310", "Philips 243V7QDAB"],
    [],
    ["HP LaserJet Pro M404dn", "Brother HL-L2350DW", "Canon i-SENSYS LBP233dw", "Kyocera ECOSYS P2040dn"],
    ["Logitech K120", "Microsoft Wired Keyboard 600", "Cherry KC 1000"],
]


def make_item(rng, lang):
    k = rng.randrange(6)
    base = ITEMS[lang][k]
    if MODELS[k] and rng.random() < 0.5:
        return f"{base} {rng.choice(MODELS[k])}"
    return base


# ------------------------------------------------------------------ persons
def fem_ru(s):
    if s.endswith("ский") or s.endswith("цкий"):
        return s[:-2] + "ая"
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    return s


def fem_uk(s):
    if s.endswith("ський") or s.endswith("цький"):
        return s[:-2] + "а"
    return s


def fem_pl(s):
    if s.endswith(("ski", "cki", "dzki")):
        return s[:-1] + "a"
    return s


RU_PAT = [("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Владимирович", "Владимировна"),
          ("Николаевич", "Николаевна"), ("Андреевич", "Андреевна"), ("Викторович", "Викторовна"),
          ("Игоревич", "Игоревна"), ("Михайлович", "Михайловна"), ("Юрьевич", "Юрьевна"),
          ("Петрович", "Петровна"), ("Геннадьевич", "Геннадьевна"), ("Олегович", "Олеговна"),
          ("Васильевич", "Васильевна"), ("Анатольевич", "Анатольевна")]

PEOPLE = {
    "ru": dict(
        m="Александр Дмитрий Сергей Андрей Алексей Максим Евгений Игорь Владимир Николай Павел Роман Артём Илья Михаил Олег Виктор Константин".split(),
        f="Елена Ольга Наталья Татьяна Ирина Анна Светлана Мария Юлия Екатерина Марина Анастасия Людмила Галина Дарья Ксения".split(),
        s="Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Белов Тарасов Жуков Крылов Медведев Ильин Сорокин Успенский".split(),
        fem=fem_ru, pat=RU_PAT, style="cis"),
    "by": dict(
        m="Александр Сергей Андрей Дмитрий Владимир Виталий Артём Максим Павел Иван Вадим Денис Евгений Алексей".split(),
        f="Ольга Елена Наталья Татьяна Анастасия Юлия Ирина Светлана Алеся Вероника Дарья Кристина Валентина".split(),
        s="Ковалёв Новик Козловский Мельник Лукашевич Кравченко Жук Сидорович Шевчук Василевич Бондаренко Козлов Морозов Ковальчук Марченко Климович Гончаров Макаревич Кухаренко Савицкий Войтович Бурак Карпович Ярошевич Пашкевич".split(),
        fem=fem_ru, pat=RU_PAT, style="cis"),
    "uk": dict(
        m="Олександр Андрій Сергій Дмитро Володимир Іван Михайло Олег Юрій Тарас Богдан Василь Максим Віталій Роман".split(),
        f="Олена Наталія Тетяна Оксана Ірина Світлана Юлія Марія Галина Людмила Анна Катерина Ольга Вікторія".split(),
        s="Мельник Шевченко Бойко Коваленко Бондаренко Ткаченко Кравченко Ковальчук Олійник Шевчук Поліщук Лисенко Руденко Савченко Петренко Марченко Мороз Кравчук Павленко Гнатюк Левченко Романюк Коваль Литвиненко Ткачук Гончаренко Захарченко Савчук Кузьменко Вишневський".split(),
        fem=fem_uk,
        pat=[("Олександрович", "Олександрівна"), ("Іванович", "Іванівна"), ("Миколайович", "Миколаївна"),
             ("Васильович", "Василівна"), ("Петрович", "Петрівна"), ("Михайлович", "Михайлівна"),
             ("Володимирович", "Володимирівна"), ("Григорович", "Григорівна"), ("Степанович", "Степанівна"),
             ("Юрійович", "Юріївна"), ("Анатолійович", "Анатоліївна"), ("Сергійович", "Сергіївна")],
        style="cis"),
    "kz": dict(
        m="Ерлан Нурлан Данияр Арман Асхат Айдос Бауыржан Дамир Ерболат Тимур Серик Марат Ержан Алмас Руслан".split(),
        f="Айгерим Динара Жанар Асель Гульнара Камила Мадина Салтанат Айжан Алия Жанна Гульмира Сауле Дана".split(),
        s="Ахметов Жумабаев Нурланов Абдрахманов Исмаилов Тулегенов Оспанов Ермеков Касымов Искаков Сулейменов Байжанов Кенжебеков Муканов Омаров Садыков Жаксыбеков Утепов Есенов Сейткали Ким".split(),
        fem=fem_ru,
        pat=[("Болатович", "Болатовна"), ("Серикович", "Сериковна"), ("Маратович", "Маратовна"),
             ("Кайратович", "Кайратовна"), ("Нурланович", "Нурлановна"), ("Ерланович", "Ерлановна"),
             ("Аскарович", "Аскаровна"), ("Бахытжанович", "Бахытжановна"), ("Муратович", "Муратовна"),
             ("Жумабекович", "Жумабековна")],
        style="cis"),
    "us": dict(
        m="James Michael Robert David William Christopher Joshua Brandon Tyler Kevin Jose Luis Anthony Daniel Marcus".split(),
        f="Jennifer Jessica Ashley Emily Sarah Amanda Maria Michelle Stephanie Lauren Megan Brittany Latoya Nicole Kimberly".split(),
        s="Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Thompson White Harris Clark Lewis Walker Young Nguyen Patel Kowalski Schmidt O'Brien Mason Baker".split(),
        style="en_mid"),
    "gb": dict(
        m="Oliver Jack Harry George Thomas James Daniel Samuel Liam Callum Ryan Mohammed Gareth Stuart Rhys".split(),
        f="Olivia Amelia Emily Sophie Charlotte Hannah Chloe Jessica Lucy Rebecca Gemma Siobhan Niamh Aisha Bethan".split(),
        s="Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson Wood Thompson White Watson Jackson Wright Green Harris Cooper King Clarke Morgan Hughes Edwards Hill Harrison Scott Morris Hall Turner Patel Khan Campbell Baker".split(),
        style="en"),
    "ie": dict(
        m="Seán Conor Ciarán Patrick Michael Declan Eoin Cian Darragh Liam Niall Pádraig Oisín Brian Kevin".split(),
        f="Aoife Siobhán Niamh Ciara Sinéad Orla Caoimhe Mary Róisín Emma Gráinne Aisling Deirdre Sarah Clodagh".split(),
        s="Murphy Kelly O'Sullivan Walsh Smith O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher Doherty Kennedy Lynch Murray Quinn Moore McLoughlin Carroll Connolly Daly Fitzgerald Brennan Dunne Kavanagh Nolan".split(),
        style="en"),
    "ca_en": dict(
        m="Liam Noah Ethan Lucas Logan Owen Connor Ryan Tyler Matthew Jason Raj Wei".split(),
        f="Emma Olivia Ava Chloe Madison Sarah Jessica Megan Ashley Priya Mei".split(),
        s="Smith Brown Martin Wilson MacDonald Taylor Campbell Anderson Lee Wong Singh Patel Thompson Johnson Fraser Stewart Morrison Chan Kelly Ross Scott".split(),
        style="en_mid"),
    "ca_fr": dict(
        m="Jean François Mathieu Alexandre Olivier Gabriel Étienne Guillaume Marc-André Sébastien Luc".split(),
        f="Marie Isabelle Julie Catherine Geneviève Mélanie Véronique Sophie Émilie Annie Chantal".split(),
        s="Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard Simard Boucher".split(),
        style="en"),
    "au": dict(
        m="Jack Oliver William Noah Thomas Lachlan Cooper Riley Mitchell Bradley Nathan Hamish Duc".split(),
        f="Charlotte Olivia Mia Chloe Emily Jessica Sarah Kylie Tahlia Brooke Rebecca Leanne Sienna".split(),
        s="Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Thomas Walker Harris Lee Ryan Robinson Kelly King Campbell O'Brien Papadopoulos Tran Murphy Mitchell".split(),
        style="en"),
    "de": dict(
        m="Thomas Michael Andreas Stefan Christian Markus Tobias Jan Lukas Jonas Florian Sebastian Matthias Uwe Jürgen Dirk".split(),
        f="Sabine Susanne Claudia Andrea Stefanie Julia Katharina Anna Laura Lena Nicole Melanie Birgit Petra Jana".split(),
        s="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Yılmaz Kowalski".split(),
        style="de"),
    "at": dict(
        m="Florian Lukas Stefan Christoph Martin Andreas Markus Thomas Wolfgang Johann Manuel Dominik David Bernhard Gerhard".split(),
        f="Sarah Anna Lisa Katharina Julia Christina Elisabeth Sandra Barbara Verena Johanna Theresa Maria Sabine Magdalena".split(),
        s="Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber Schwarz Maier Reiter Mayr Wimmer Egger Brunner Lang Baumgartner Auer Wallner".split(),
        style="de"),
    "ch_de": dict(
        m="Daniel Peter Thomas Martin Reto Urs Beat Lukas Simon Marco Stefan Adrian".split(),
        f="Sandra Nicole Barbara Ursula Monika Corinne Andrea Sarah Laura Anna Regula Claudia".split(),
        s="Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth".split(),
        style="de"),
    "ch_fr": dict(
        m="Jean-Pierre Nicolas Olivier Laurent Alain Pascal Yves Cédric Julien".split(),
        f="Nathalie Isabelle Sophie Valérie Céline Chantal Sylvie Aurélie".split(),
        s="Favre Rochat Bonvin Jaquet Perrin Python Dubois Jeanneret Pittet Rey Moret Blanc Golay Monnier Berset".split(),
        style="fr"),
    "ch_it": dict(
        m="Marco Luca Matteo Giorgio Fabio Alessandro".split(),
        f="Chiara Sara Francesca Giulia Paola Elena".split(),
        s="Bernasconi Rossi Ferrari Bianchi Fontana Crivelli Lepori Pedrazzini Galli Lombardi Cattaneo Beffa".split(),
        style="it"),
    "fr": dict(
        m="Jean Pierre Nicolas Thomas Julien Maxime Antoine Alexandre Guillaume Kévin Mehdi Philippe Christophe Hugo Lucas".split(),
        f="Marie Nathalie Isabelle Sophie Camille Julie Céline Émilie Léa Manon Sandrine Aurélie Inès Chloé Valérie".split(),
        s="Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Faure André Mercier Blanc Guérin Boyer Garnier Chevalier Benali".split(),
        style="fr"),
    "be_nl": dict(
        m="Jan Peter Bart Tom Wim Koen Stijn Pieter Jeroen Dries Wout Lars".split(),
        f="An Els Sofie Katrien Lien Inge Hilde Sarah Lotte Eline Marleen Nele".split(),
        s="Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters Vermeulen Hermans Aerts Pauwels Verstraete Michiels".split()
          + ["De Smet", "Van den Broeck", "De Backer", "Van Damme"],
        style="nl"),
    "be_fr": dict(
        m="Jean-Marc Philippe Olivier Michel Thierry Nicolas Benoît Damien Grégory Maxime".split(),
        f="Isabelle Nathalie Catherine Sophie Véronique Martine Aurélie Julie Caroline Stéphanie".split(),
        s="Dubois Lambert Dupont Martin Simon Leclercq Laurent Renard Lejeune Denis Hubert François Collard Lemaire Mathieu Gérard Delvaux Wauters".split(),
        style="fr"),
    "nl": dict(
        m="Jan Pieter Kees Mark Dennis Bas Ruud Sander Tim Lars Daan Sem Mohamed Joost Erik".split(),
        f="Anne Linda Marieke Sanne Lisa Femke Ingrid Esther Inge Anouk Fleur Eva Nicole Mirjam".split(),
        s=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
           "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
           "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "de Haan",
           "Yılmaz"],
        style="nl"),
    "es": dict(
        m="Antonio José Manuel Francisco David Javier Daniel Carlos Jesús Alejandro Miguel Pablo Sergio Jorge Álvaro".split(),
        f="María Carmen Ana Isabel Laura Cristina Marta Lucía Elena Paula Sara Raquel Pilar Rosa Nuria".split(),
        s="García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro".split(),
        style="es"),
    "pt": dict(
        m="João José António Francisco Pedro Rui Miguel Tiago Nuno Ricardo Diogo Paulo Luís Bruno Rodrigo".split(),
        f="Maria Ana Joana Sofia Inês Catarina Mariana Beatriz Sara Rita Marta Cláudia Patrícia Filipa Teresa".split(),
        s="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha".split(),
        style="pt"),
    "it": dict(
        m="Giuseppe Marco Andrea Luca Francesco Alessandro Matteo Lorenzo Davide Stefano Giovanni Roberto Paolo Simone Antonio".split(),
        f="Giulia Francesca Chiara Sara Federica Valentina Elena Martina Alessia Silvia Anna Laura Paola Roberta Giorgia".split(),
        s="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Vitale Serra Coppola".split()
          + ["De Luca", "De Santis", "D'Angelo"],
        style="it"),
    "pl": dict(
        m="Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Adam Mateusz Kamil Wojciech Dariusz".split(),
        f="Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika Zofia Natalia Karolina Beata Dorota".split(),
        s="Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Majewski Olszewski".split(),
        fem=fem_pl, style="pl"),
    "cs": dict(
        m="Jan Petr Jiří Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Lukáš Jakub Ondřej David Michal".split(),
        f="Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Tereza Martina Markéta".split(),
        s=["Novák/Nováková", "Svoboda/Svobodová", "Novotný/Novotná", "Dvořák/Dvořáková", "Černý/Černá",
           "Procházka/Procházková", "Kučera/Kučerová", "Veselý/Veselá", "Horák/Horáková", "Němec/Němcová",
           "Marek/Marková", "Pokorný/Pokorná", "Pospíšil/Pospíšilová", "Hájek/Hájková", "Jelínek/Jelínková",
           "Král/Králová", "Růžička/Růžičková", "Beneš/Benešová", "Fiala/Fialová", "Sedláček/Sedláčková",
           "Doležal/Doležalová", "Zeman/Zemanová", "Kolář/Kolářová", "Navrátil/Navrátilová", "Čermák/Čermáková"],
        style="cs"),
    "sv": dict(
        m="Lars Anders Johan Erik Per Karl Peter Mikael Magnus Fredrik Oscar Emil Viktor Ahmed Björn".split(),
        f="Anna Eva Maria Karin Sara Kristina Lena Emma Elin Johanna Ida Linnea Malin Sofia Ingrid".split(),
        s="Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lundgren Mattsson Holm".split(),
        style="nordic"),
    "nb": dict(
        m="Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans Geir Espen Magnus Sindre".split(),
        f="Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Hilde Silje Ida Nora Ingvild Kristin".split(),
        s="Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Moen Gundersen Iversen Strand Solberg Bakken".split(),
        style="nordic"),
    "da": dict(
        m="Jens Peter Lars Michael Henrik Søren Thomas Jesper Niels Rasmus Mads Anders Morten Frederik Christian".split(),
        f="Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Camilla Louise Sofie Ida Line".split(),
        s="Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Holm".split(),
        style="nordic"),
    "fi": dict(
        m="Juha Timo Matti Kari Mikko Jari Antti Jukka Markku Pekka Ville Janne Tuomas Eetu Aleksi".split(),
        f="Anne Tuula Päivi Anna Leena Johanna Minna Sari Riitta Laura Maria Emilia Aino Heidi Hanna".split(),
        s="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen".split(),
        style="nordic"),
}

# country -> list of (people pool, item language, weight)
PERSON_POOLS = {
    "RU": [("ru", "ru", 1)], "BY": [("by", "ru", 1)], "UA": [("uk", "uk", 1)],
    "KZ": [("kz", "ru", 3), ("ru", "ru", 1)],
    "US": [("us", "en", 1)], "GB": [("gb", "en", 1)], "IE": [("ie", "en", 1)],
    "CA": [("ca_en", "en", 3), ("ca_fr", "fr", 2)], "AU": [("au", "en", 1)],
    "DE": [("de", "de", 1)], "AT": [("at", "de", 1)],
    "CH": [("ch_de", "de", 3), ("ch_fr", "fr", 2), ("ch_it", "it", 1)],
    "FR": [("fr", "fr", 1)], "BE": [("be_nl", "nl", 3), ("be_fr", "fr", 2)], "NL": [("nl", "nl", 1)],
    "ES": [("es", "es", 1)], "PT": [("pt", "pt", 1)], "IT": [("it", "it", 1)],
    "PL": [("pl", "pl", 1)], "CZ": [("cs", "cs", 1)], "SE": [("sv", "sv", 1)],
    "NO": [("nb", "nb", 1)], "DK": [("da", "da", 1)], "FI": [("fi", "fi", 1)],
}

WALKINS = {
    "RU": [("Розничный покупатель", "ru"), ("Частное лицо", "ru")],
    "KZ": [("Физическое лицо", "ru"), ("Розничный покупатель", "ru")],
    "BY": [("Покупатель (розница)", "ru"), ("Физическое лицо", "ru")],
    "UA": [("Роздрібний покупець", "uk"), ("Фізична особа", "uk")],
    "US": [("Walk-in Customer", "en"), ("Cash Sale", "en")],
    "GB": [("Cash Customer", "en"), ("Walk-in", "en")],
    "IE": [("Cash Sale", "en"), ("Counter Sale", "en")],
    "CA": [("Walk-in customer", "en"), ("Client comptant", "fr")],
    "AU": [("Cash Sale", "en"), ("Walk In Customer", "en")],
    "DE": [("Barverkauf", "de"), ("Laufkunde", "de")],
    "AT": [("Barverkauf", "de"), ("Privatkunde", "de")],
    "CH": [("Barverkauf", "de"), ("Client de passage", "fr")],
    "FR": [("Client comptoir", "fr"), ("Client divers", "fr")],
    "BE": [("Kassaverkoop", "nl"), ("Client de passage", "fr")],
    "NL": [("Kassaverkoop", "nl"), ("Particulier", "nl")],
    "ES": [("Cliente contado", "es"), ("Consumidor final", "es")],
    "PT": [("Consumidor final", "pt"), ("Cliente indiferenciado", "pt")],
    "IT": [("Cliente al banco", "it"), ("Privato", "it")],
    "PL": [("Klient detaliczny", "pl"), ("Sprzedaż detaliczna", "pl")],
    "CZ": [("Maloobchodní zákazník", "cs"), ("Hotovostní prodej", "cs")],
    "SE": [("Kontantkund", "sv"), ("Privatperson", "sv")],
    "NO": [("Kontantkunde", "nb"), ("Privatkunde", "nb")],
    "DK": [("Kontantkunde", "da"), ("Privatkunde", "da")],
    "FI": [("Käteisasiakas", "fi"), ("Yksityisasiakas", "fi")],
}
PERSON_SOURCE = "invented: common given names and surnames of the country (national name-frequency lists)"
WALKIN_SOURCE = "common POS / accounting placeholder for an anonymous buyer"


def person_name(rng, pool_key):
    p = PEOPLE[pool_key]
    female = rng.random() < 0.5
    given = rng.choice(p["f"] if female else p["m"])
    sur = rng.choice(p["s"])
    style = p["style"]
    r = rng.random()
    if style == "cis":
        sur = p["fem"](sur) if female else sur
        pm, pf = rng.choice(p["pat"])
        pat = pf if female else pm
        if r < 0.45:
            return f"{sur} {given} {pat}"
        if r < 0.65:
            return f"{sur} {given[0]}.{pat[0]}."
        if r < 0.8:
            return f"{given} {sur}"
        if r < 0.92:
            return f"{sur}, {given}"
        return f"{sur} {given}"
    if style == "cs":
        m, f = sur.split("/")
        sur = f if female else m
    if style == "pl" and female:
        sur = p["fem"](sur)
    if style == "es":
        sur2 = rng.choice(p["s"])
        if r < 0.5:
            return f"{given} {sur} {sur2}"
        if r < 0.7:
            return f"{sur} {sur2}, {given}"
        if r < 0.85:
            return f"{given} {sur}"
        return f"{sur.upper()} {sur2.upper()} {given.upper()}"
    if style == "pt":
        mid = rng.choice(p["f"] if female else p["m"])
        sur2 = rng.choice(p["s"])
        if r < 0.4:
            return f"{given} {mid} {sur} {sur2}"
        if r < 0.7:
            return f"{given} {sur2}"
        if r < 0.85:
            return f"{given} {sur} {sur2}"
        return f"{sur2}, {given}"
    if style == "cs" and r < 0.12:
        return f"{rng.choice(['Ing.', 'Mgr.', 'Bc.'])} {given} {sur}"
    if style == "de" and r < 0.05:
        return f"Dr. {given} {sur}"
    if style == "nl":
        if r < 0.55:
            return f"{given} {sur}"
        if r < 0.8:
            return f"{sur[0].upper() + sur[1:]}, {given[0]}."
        return f"{given[0]}. {sur}"
    if style == "fr" and r < 0.2:
        return f"{sur.upper()} {given}"
    if style in ("it", "pl", "cs") and r < 0.2:
        return f"{sur} {given}"
    if style == "en_mid" and r < 0.12:
        return f"{given} {rng.choice('ABCDEJKLMRST')}. {sur}"
    if r < 0.62:
        return f"{given} {sur}"
    if r < 0.84:
        return f"{sur}, {given}"
    return f"{given[0]}. {sur}"


# ------------------------------------------------------------------ messiness
CIS_FORM = re.compile(r"^(ООО|ПАО|АО|ЗАО|ОАО|ТОО|СООО|ИООО|ТОВ|ПрАТ|ПАТ|АТ|НАК)\s+«(.*)»$")
SUFFIXES = sorted([
    ", Inc.", " Inc.", " Incorporated", " Corp", " Corporation", " plc", " PLC", " p.l.c.", " Plc", " Limited",
    " AG", " SE", " GmbH", " GmbH & Co. KG", " SE & Co. KGaA", " SE & Co. KG", " AG & Co. KG", " KG",
    " S.A.", " SA", " S.A.U.", " N.V.", " NV", " B.V.", " S.p.A.", " Oyj", " Oy", " Oyj Abp", " AB", " ASA",
    " AS", " A/S", ", a.s.", " a.s.", ", a. s.", " s.r.o.", " spol. s r.o.", " Sp. z o.o.", " SGPS", " inc.",
    " Ltée", " amba", " SE & Co. KG", " GmbH & Co OG", " eG", " s.p.", ", s.p.", " Holding AG",
], key=len, reverse=True)
STRIP_SUFFIXES = [s for s in SUFFIXES if s not in (" Holding AG",)]


def split_suffix(name):
    for suf in STRIP_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf) + 2:
            return name[: -len(suf)], suf
    return name, ""


def mess_org(rng, name, kind):
    """Return the name as a customer/export would hold it."""
    if kind in STRIPPABLE and rng.random() < 0.45:
        m = CIS_FORM.match(name)
        if m:
            name = m.group(2)
        else:
            base, suf = split_suffix(name)
            if suf:
                name = base.rstrip(",")
    # straight quotes instead of guillemets, as 1C-style exports print them
    if "«" in name and rng.random() < 0.35:
        name = name.replace("«", '"').replace("»", '"')
    elif "«" not in name and rng.random() < 0.06:
        base, suf = split_suffix(name)
        if suf and not base.startswith('"'):
            name = f'"{base.rstrip(",")}"{suf}'
    if rng.random() < 0.05:
        name = name.upper()
    if rng.random() < 0.04:
        name = name + " " * rng.randint(1, 3)
    return name


# ------------------------------------------------------------------ build
def parse_rows(block):
    out = []
    for line in block.strip().splitlines():
        parts = line.split("|")
        kind, src, name = parts[0], parts[1], parts[2]
        lang = parts[3] if len(parts) > 3 else None
        if kind not in KIND_LABEL:
            raise ValueError(f"unknown kind {kind!r} in {line!r}")
        out.append((kind, src, name, lang))
    return out


def build():
    rng = random.Random(SEED)
    records = []
    for cc, spec in COUNTRIES.items():
        orgs = parse_rows(spec["rows"])
        for kind, src, name, lang in orgs:
            label, amb = KIND_LABEL[kind]
            records.append(dict(
                customer=mess_org(rng, name, kind), item=make_item(rng, lang or spec["lang"]),
                label=label, ambiguous=amb, kind=kind, country=cc, source=spec["sources"][src]))
        n_persons = round(len(orgs) / 2) - len(WALKINS[cc])
        pools = PERSON_POOLS[cc]
        weights = [w for _, _, w in pools]
        seen = set()
        while n_persons > 0:
            pool, ilang, _ = rng.choices(pools, weights=weights)[0]
            nm = person_name(rng, pool)
            if nm in seen:
                continue
            seen.add(nm)
            n_persons -= 1
            if rng.random() < 0.03:
                nm = nm + " "
            records.append(dict(customer=nm, item=make_item(rng, ilang), label="B2C", ambiguous=False,
                                kind="private_person", country=cc, source=PERSON_SOURCE))
        for nm, ilang in WALKINS[cc]:
            records.append(dict(customer=nm, item=make_item(rng, ilang), label="B2C", ambiguous=False,
                                kind="anonymous_retail", country=cc, source=WALKIN_SOURCE))
    rng.shuffle(records)
    return records


def write(records):
    OUT_LAYOUT.parent.mkdir(parents=True, exist_ok=True)
    OUT_KEY.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT_LAYOUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Customer", "Item"])
        for r in records:
            w.writerow([r["customer"], r["item"]])
    with open(OUT_LABELS, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
        for i, r in enumerate(records):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"], r["source"]])
    srcs = sorted({r["source"] for r in records})
    key = {
        "id": ID,
        "system": "blind name probe: a plain two-column customer list (buyer name + one neutral office product), "
                  "24 countries, UTF-8 CSV",
        "country": "multi",
        "countries": sorted(COUNTRIES),
        "language": "multi",
        "docs": [
            "Organisation names are taken from public lists named per record in the labels file's `source` "
            "column: " + "; ".join(s for s in srcs if not s.startswith(("invented", "common POS"))),
            "Private persons are invented from common given names and surnames of each country; "
            "sole traders' trade names are invented from common surnames; walk-in placeholders follow "
            "the usual POS/accounting wording of each language.",
        ],
        "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None, "tax_id": None,
                   "email": None, "payment": None, "comment": None},
        "also_ok": {},
        "notes": "One record per line, header Customer,Item, comma-separated, UTF-8 without BOM. "
                 "The item is always one neutral office product in the buyer's language, so only the name "
                 "decides the label. About 5% of organisation names are in upper case, some have trailing "
                 "spaces, straight quotes instead of guillemets or quotes around the name before the legal "
                 "form; many companies are written without their legal form. Persons appear as "
                 "'First Last', 'Last, First', with initials or (RU/BY/UA/KZ) with patronymics. Embassies "
                 "and consulates are listed under the host country. Readings: key/readings_ln_.md.",
    }
    with open(OUT_KEY, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    recs = build()
    write(recs)
    print(len(recs), "records")
