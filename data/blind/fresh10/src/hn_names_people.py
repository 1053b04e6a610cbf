"""Common given names and surnames per country (national name statistics / Wikipedia lists of the
most common names), person-name formats, sole-trader and professional patterns, and walk-in wording.

A pool is one language group of a country: lang, male, female, surnames, optional patronymics,
feminine-surname rule, person formats (format, weight), trade patterns, professional patterns.
Pattern prefixes: 'm:' / 'f:' fix the gender of the named person; placeholders:
{F} given name, {L} surname (gendered), {Lc} surname with capital first letter,
{L2} second surname, {Fi} / {Pi} initials, {P} patronymic, {M} middle initial.
"""


def split(s):
    return [x.strip() for x in s.split(",") if x.strip()]


CYR_FMT = [("{L} {F} {P}", 40), ("{L} {Fi}.{Pi}.", 20), ("{F} {L}", 25), ("{L} {F}", 15)]
ANGLO_FMT = [("{F} {L}", 55), ("{L}, {F}", 15), ("{Fi}. {L}", 10), ("{F} {M}. {L}", 15), ("{HON} {F} {L}", 5)]
DE_FMT = [("{F} {L}", 55), ("{L}, {F}", 25), ("{Fi}. {L}", 10), ("{HON} {F} {L}", 10)]
FR_FMT = [("{F} {L}", 40), ("{LU} {F}", 25), ("{F} {LU}", 15), ("{HON} {F} {L}", 10), ("{L}, {F}", 10)]
NL_FMT = [("{F} {L}", 50), ("{Fi}. {L}", 20), ("{LSORT}, {F}", 15), ("{HON} {Fi}. {L}", 15)]
ES_FMT = [("{F} {L} {L2}", 50), ("{L} {L2}, {F}", 25), ("{F} {L}", 25)]
PT_FMT = [("{F} {L} {L2}", 50), ("{F} {MN} {L} {L2}", 20), ("{F} {L2}", 30)]
IT_FMT = [("{F} {L}", 50), ("{L} {F}", 30), ("{L}, {F}", 10), ("{HON} {F} {L}", 10)]
PL_FMT = [("{F} {L}", 55), ("{L} {F}", 30), ("{Fi}. {L}", 15)]
CZ_FMT = [("{F} {L}", 50), ("{L} {F}", 30), ("{L}, {F}", 10), ("{Fi}. {L}", 10)]
NORD_FMT = [("{F} {L}", 65), ("{L}, {F}", 20), ("{Fi}. {L}", 15)]
FI_FMT = [("{F} {L}", 55), ("{L} {F}", 25), ("{L}, {F}", 20)]

HON = {
    "en": ("Mr", "Mrs"), "en_us": ("Mr.", "Ms."), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"),
    "nl": ("Dhr.", "Mevr."), "it": ("Sig.", "Sig.ra"),
}

POOLS = {}

POOLS["RU"] = [dict(
    lang="ru", weight=1, fem="ru", fmt=CYR_FMT,
    male=split("Александр, Дмитрий, Максим, Сергей, Андрей, Алексей, Артём, Илья, Кирилл, Михаил, Никита, Иван, Евгений, Павел, Роман, Владимир, Олег, Николай"),
    female=split("Анна, Мария, Елена, Ольга, Наталья, Екатерина, Татьяна, Ирина, Светлана, Юлия, Анастасия, Дарья, Ксения, Виктория, Марина, Людмила"),
    surnames=split("Иванов, Смирнов, Кузнецов, Попов, Васильев, Петров, Соколов, Михайлов, Новиков, Фёдоров, Морозов, Волков, Алексеев, Лебедев, Семёнов, Егоров, Павлов, Козлов, Степанов, Николаев, Орлов, Андреев, Макаров, Никитин, Захаров, Зайцев, Соловьёв, Борисов, Яковлев, Григорьев, Романов, Воробьёв, Сергеев, Кузьмин, Фролов, Жуковский, Белов, Тарасов"),
    patr=[("Александрович", "Александровна"), ("Дмитриевич", "Дмитриевна"), ("Сергеевич", "Сергеевна"),
          ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Михайлович", "Михайловна"),
          ("Иванович", "Ивановна"), ("Евгеньевич", "Евгеньевна"), ("Павлович", "Павловна"),
          ("Владимирович", "Владимировна"), ("Олегович", "Олеговна"), ("Николаевич", "Николаевна"),
          ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна"), ("Игоревич", "Игоревна")],
    sole=["ИП {L} {F} {P}", "ИП {L} {Fi}.{Pi}.", "Индивидуальный предприниматель {L} {F} {P}", "ИП Глава КФХ {L} {Fi}.{Pi}."],
    prof=["адвокат {L} {F} {P}", "нотариус {L} {Fi}.{Pi}."],
)]

POOLS["KZ"] = [dict(
    lang="ru", weight=1, fem="ru", fmt=CYR_FMT,
    male=split("Нурлан, Ерлан, Асхат, Данияр, Арман, Бауыржан, Ержан, Марат, Серик, Тимур, Алибек, Руслан, Айдос, Ерболат, Канат, Дмитрий, Сергей"),
    female=split("Айгерим, Динара, Асель, Гульнара, Жанар, Алия, Айжан, Салтанат, Мадина, Камила, Гульмира, Аружан, Меруерт, Жансая, Ольга, Елена"),
    surnames=split("Ахметов, Сулейменов, Жумабаев, Омаров, Абенов, Нурланов, Касымов, Байжанов, Искаков, Тулегенов, Сагинтаев, Бекмуханов, Жакупов, Кенжебаев, Мухамеджанов, Садыков, Есенов, Утегенов, Абдрахманов, Каримов, Исмаилов, Турсунов, Ким, Пак, Шевченко, Кравченко"),
    patr=[("Серикович", "Сериковна"), ("Нурланович", "Нурлановна"), ("Маратович", "Маратовна"),
          ("Канатович", "Канатовна"), ("Ерланович", "Ерлановна"), ("Болатович", "Болатовна"),
          ("Бахытович", "Бахытовна"), ("Жанатович", "Жанатовна"), ("Асхатович", "Асхатовна"),
          ("Амангельдиевич", "Амангельдиевна"), ("Серікұлы", "Серікқызы"), ("Нұрланұлы", "Нұрланқызы")],
    sole=["ИП {L} {Fi}.{Pi}.", "ИП «{F}»", "ИП {L} {F}", "ИП {L} {F} {P}"],
    prof=["адвокат {L} {F} {P}", "частный нотариус {L} {Fi}.{Pi}."],
)]

POOLS["BY"] = [dict(
    lang="ru", weight=1, fem="by", fmt=CYR_FMT,
    male=split("Александр, Дмитрий, Андрей, Сергей, Виталий, Павел, Денис, Игорь, Вадим, Артём, Максим, Евгений, Владислав"),
    female=split("Анастасия, Ольга, Татьяна, Наталья, Екатерина, Елена, Юлия, Дарья, Алина, Ирина, Светлана, Вероника, Людмила"),
    surnames=split("Новик, Ковалевич, Козловский, Мельник, Лукашевич, Жук, Бондарь, Климович, Ковальчук, Савицкий, Малиновский, Ярошевич, Гончаров, Карпович, Тарасевич, Михалевич, Рудько, Сидорович, Станкевич, Дашкевич, Ермакович, Кузьмич, Войтович, Статкевич, Прокопович"),
    patr=[("Александрович", "Александровна"), ("Дмитриевич", "Дмитриевна"), ("Сергеевич", "Сергеевна"),
          ("Андреевич", "Андреевна"), ("Викторович", "Викторовна"), ("Николаевич", "Николаевна"),
          ("Иванович", "Ивановна"), ("Петрович", "Петровна"), ("Владимирович", "Владимировна"),
          ("Геннадьевич", "Геннадьевна"), ("Леонидович", "Леонидовна")],
    sole=["ИП {L} {Fi}.{Pi}.", "Индивидуальный предприниматель {L} {F} {P}", "ИП {L} {F} {P}"],
    prof=["адвокат {L} {Fi}.{Pi}.", "нотариус {L} {F} {P}"],
)]

POOLS["UA"] = [dict(
    lang="uk", weight=1, fem="ua", fmt=CYR_FMT,
    male=split("Олександр, Андрій, Сергій, Дмитро, Максим, Іван, Микола, Володимир, Олег, Богдан, Тарас, Юрій, Василь, Віталій, Артем, Денис"),
    female=split("Олена, Наталія, Тетяна, Ірина, Оксана, Юлія, Марія, Анна, Світлана, Катерина, Ольга, Вікторія, Людмила, Софія, Галина"),
    surnames=split("Мельник, Шевченко, Коваленко, Бондаренко, Бойко, Ткаченко, Кравченко, Ковальчук, Коваль, Олійник, Шевчук, Поліщук, Лисенко, Руденко, Савчук, Марченко, Мороз, Петренко, Клименко, Павленко, Кузьменко, Гончаренко, Остапчук, Сидоренко, Литвиненко, Яковенко, Гуменюк, Романюк, Ковальов, Вишневський"),
    patr=[("Олександрович", "Олександрівна"), ("Андрійович", "Андріївна"), ("Сергійович", "Сергіївна"),
          ("Дмитрович", "Дмитрівна"), ("Іванович", "Іванівна"), ("Миколайович", "Миколаївна"),
          ("Володимирович", "Володимирівна"), ("Олегович", "Олегівна"), ("Богданович", "Богданівна"),
          ("Тарасович", "Тарасівна"), ("Юрійович", "Юріївна"), ("Васильович", "Василівна"),
          ("Петрович", "Петрівна"), ("Віталійович", "Віталіївна")],
    sole=["ФОП {L} {F} {P}", "ФОП {L} {Fi}.{Pi}.", "ФОП «{L}»", "Фізична особа-підприємець {L} {F} {P}"],
    prof=["адвокат {L} {F} {P}", "приватний нотаріус {L} {Fi}.{Pi}."],
)]

POOLS["US"] = [dict(
    lang="en", weight=1, fem=None, fmt=ANGLO_FMT, hon="en_us",
    male=split("James, Michael, Robert, John, David, William, Richard, Joseph, Thomas, Christopher, Daniel, Matthew, Anthony, Joshua, Kevin, Brian, Tyler, Jose, Andrew"),
    female=split("Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Emily, Ashley, Megan, Samantha, Maria, Rachel, Nicole"),
    surnames=split("Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez, Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez, Thompson, White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Nguyen, Hill, Flores, Green, Adams, Nelson, Baker, Hall, Rivera, Campbell, Mitchell, Carter, Roberts, Kowalski, O'Brien, Patel"),
    sole=["{L} Plumbing", "{L} Roofing LLC", "{F} {L} Photography", "{L} Lawn Care", "{L} & Sons Electric", "{L} Handyman Services"],
    prof=["{F} {L}, Esq.", "{F} {L}, CPA", "{F} {L}, DDS"],
)]

POOLS["GB"] = [dict(
    lang="en", weight=1, fem=None, fmt=ANGLO_FMT, hon="en",
    male=split("Oliver, George, Harry, Jack, Charlie, Thomas, James, William, Daniel, Samuel, Joseph, Matthew, Luke, Callum, Ryan, Adam, Liam"),
    female=split("Olivia, Amelia, Isla, Emily, Sophie, Charlotte, Jessica, Lucy, Hannah, Chloe, Rebecca, Laura, Emma, Katie, Eleanor"),
    surnames=split("Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel, Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan, Khan, Ahmed, Campbell, MacDonald, Murray"),
    sole=["{L} Plumbing & Heating", "{F} {L} Electrical", "{L} Joinery", "{L} & Sons Builders", "{F} {L} Decorating"],
    prof=["{F} {L}, Solicitor", "{F} {L}, Chartered Accountant"],
)]

POOLS["IE"] = [dict(
    lang="en", weight=1, fem=None, fmt=ANGLO_FMT, hon="en",
    male=split("Seán, Conor, Jack, Darragh, Cian, Patrick, Michael, Ciarán, Eoin, Declan, Liam, Niall, Oisín, Aidan"),
    female=split("Aoife, Saoirse, Siobhán, Niamh, Ciara, Róisín, Emma, Sarah, Gráinne, Aisling, Mary, Orla, Caoimhe, Sinéad"),
    surnames=split("Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, Gallagher, Doherty, Kennedy, Lynch, Murray, Quinn, Moore, McLoughlin, Carroll, Connolly, Daly, Brennan, Fitzgerald, Nolan, Hogan, Dunne"),
    sole=["{L} Plumbing & Heating", "{F} {L} Electrical", "{L} Motors", "{L} Building Contractors"],
    prof=["{F} {L}, Solicitor", "{F} {L} BL"],
)]

POOLS["CA"] = [
    dict(lang="en", weight=65, fem=None, fmt=ANGLO_FMT, hon="en_us",
         male=split("Liam, Noah, William, Benjamin, Lucas, Ethan, Jacob, Logan, Ryan, Connor, Nathan, Owen"),
         female=split("Olivia, Emma, Charlotte, Ava, Sophie, Emily, Megan, Hannah, Jessica, Sarah, Brooke, Taylor"),
         surnames=split("Smith, Brown, Martin, Wilson, MacDonald, Johnson, Taylor, Campbell, Anderson, Thompson, White, Wong, Singh, Young, Stewart, Chen, Robinson, Reid, Fraser, Murray, Grant"),
         sole=["{L} Renovations", "{L} Plumbing", "{L} Landscaping Ltd."],
         prof=["{F} {L}, CPA", "{F} {L}, Barrister & Solicitor"]),
    dict(lang="fr", weight=35, fem=None, fmt=[("{F} {L}", 70), ("{L}, {F}", 30)],
         male=split("Félix, Samuel, Gabriel, Olivier, Mathieu, Jean-François, Marc-André, Alexandre, Étienne, Luc, Maxime"),
         female=split("Chloé, Léa, Camille, Isabelle, Marie-Ève, Catherine, Julie, Nathalie, Geneviève, Émilie, Audrey"),
         surnames=split("Tremblay, Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, Bélanger, Lévesque, Leblanc, Thibodeau, Bergeron, Caron, Girard, Paquette"),
         sole=["Plomberie {L}", "Déneigement {L}", "Peinture {F} {L}", "Rénovations {L} inc."],
         prof=["m:Me {F} {L}, avocat", "f:Me {F} {L}, avocate", "m:Me {F} {L}, notaire"]),
]

POOLS["AU"] = [dict(
    lang="en", weight=1, fem=None, fmt=ANGLO_FMT, hon="en",
    male=split("Jack, Oliver, William, Noah, Thomas, James, Lachlan, Cooper, Riley, Ethan, Mitchell, Liam, Joshua, Hamish, Nathan"),
    female=split("Charlotte, Olivia, Mia, Chloe, Emily, Isla, Ruby, Grace, Sophie, Jessica, Amelia, Zoe, Hannah, Matilda, Georgia"),
    surnames=split("Smith, Jones, Williams, Brown, Wilson, Taylor, Johnson, White, Martin, Anderson, Thompson, Nguyen, Thomas, Walker, Harris, Lee, Ryan, Robinson, Kelly, King, Davis, Wright, Evans, Roberts, Green, Hall, Wood, Jackson, Clarke, Patel, Murphy, Mitchell, O'Brien, Tran, Campbell"),
    sole=["{L} Electrical Pty Ltd", "{F}'s Mowing", "{L} Plumbing & Gas", "{L} Building Services"],
    prof=["{F} {L}, Solicitor", "{F} {L}, Barrister"],
)]

POOLS["DE"] = [dict(
    lang="de", weight=1, fem=None, fmt=DE_FMT, hon="de",
    male=split("Lukas, Leon, Jonas, Finn, Paul, Felix, Maximilian, Thomas, Michael, Andreas, Stefan, Christian, Markus, Tobias, Jan, Sebastian, Daniel, Frank, Jürgen"),
    female=split("Anna, Lea, Laura, Julia, Sarah, Lena, Katharina, Sabine, Petra, Claudia, Nicole, Stefanie, Sandra, Monika, Hannah, Marie, Jana"),
    surnames=split("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Köhler, Herrmann, König, Walter, Yılmaz, Kowalski"),
    sole=["Elektro {L} e.K.", "Malermeister {F} {L}", "Sanitär {L}", "Dachdeckerei {L}", "Schreinerei {L}", "Fliesenleger {F} {L}"],
    prof=["f:Rechtsanwältin {F} {L}", "m:Rechtsanwalt {F} {L}", "m:Steuerberater {F} {L}", "Dr. med. {F} {L}"],
)]

POOLS["AT"] = [dict(
    lang="de", weight=1, fem=None, fmt=DE_FMT, hon="de",
    male=split("Lukas, Tobias, David, Florian, Maximilian, Elias, Jakob, Alexander, Markus, Stefan, Thomas, Michael, Andreas, Christoph, Martin, Johannes"),
    female=split("Anna, Lena, Sarah, Katharina, Julia, Sophie, Laura, Lisa, Magdalena, Christina, Elisabeth, Theresa, Verena, Barbara, Johanna"),
    surnames=split("Gruber, Huber, Bauer, Wagner, Müller, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs, Eder, Fischer, Schmid, Winkler, Weber, Schwarz, Maier, Schneider, Reiter, Mayr, Schmidt, Wimmer, Egger, Brunner, Lang, Baumgartner, Auer, Binder, Lechner, Wolf, Wallner, Aigner, Ebner, Koller"),
    sole=["Installateur {L}", "Tischlerei {L}", "Elektro {L} e.U.", "Malerei {L}", "Baumeister {F} {L}"],
    prof=["m:Dr. {F} {L}, Rechtsanwalt", "f:Mag. {F} {L}, Steuerberaterin", "m:Mag. {F} {L}, Steuerberater"],
)]

POOLS["CH"] = [
    dict(lang="de", weight=60, fem=None, fmt=DE_FMT, hon="de",
         male=split("Noah, Luca, Leon, David, Daniel, Thomas, Peter, Martin, Andreas, Marco, Reto, Beat, Urs, Simon"),
         female=split("Mia, Emma, Lara, Laura, Sarah, Anna, Sandra, Nicole, Barbara, Ursula, Corinne, Martina, Andrea, Daniela"),
         surnames=split("Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, Brunner, Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth, Sutter, Kälin, Bühler, Lüthi, Ammann"),
         sole=["Schreinerei {L}", "Malergeschäft {L}", "Gartenbau {L}", "Sanitär {L}"],
         prof=["m:lic. iur. {F} {L}, Rechtsanwalt", "f:lic. iur. {F} {L}, Rechtsanwältin"]),
    dict(lang="fr", weight=30, fem=None, fmt=FR_FMT, hon="fr",
         male=split("Jean, Nicolas, Julien, Pierre, Olivier, Laurent, Yves, Cédric"),
         female=split("Sophie, Nathalie, Isabelle, Céline, Valérie, Chloé, Camille"),
         surnames=split("Favre, Rochat, Perrin, Mercier, Bonvin, Dubois, Rey, Morand, Cuendet, Pittet, Maillard, Jaquet, Chappuis"),
         sole=["Menuiserie {L}", "Sanitaire {L}", "Peinture {L} Sàrl"],
         prof=["m:Me {F} {L}, avocat", "f:Me {F} {L}, avocate"]),
    dict(lang="it", weight=10, fem=None, fmt=[("{F} {L}", 70), ("{L} {F}", 30)],
         male=split("Marco, Luca, Matteo, Alessandro, Giorgio, Fabio"),
         female=split("Giulia, Chiara, Sara, Elena, Francesca"),
         surnames=split("Bernasconi, Rossi, Ferrari, Fontana, Bianchi, Lombardi, Pedrazzini, Gianella, Cattaneo, Crivelli"),
         sole=["Impresa di pittura {L}", "Elettricità {L}"],
         prof=["m:avv. {F} {L}", "f:avv. {F} {L}"]),
]

POOLS["FR"] = [dict(
    lang="fr", weight=1, fem=None, fmt=FR_FMT, hon="fr",
    male=split("Jean, Pierre, Nicolas, Julien, Thomas, Alexandre, Antoine, Maxime, Lucas, Hugo, Louis, Mathieu, Sébastien, Philippe, Christophe, François"),
    female=split("Marie, Camille, Léa, Manon, Chloé, Julie, Sophie, Nathalie, Isabelle, Sandrine, Céline, Aurélie, Émilie, Inès, Claire, Anne"),
    surnames=split("Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, Fournier, Lambert, Girard, Bonnet, Dupont, Mercier, Faure, Rousseau, Blanc, Guérin, Muller, Henry, Roussel, Nicolas, Perrin, Morin, Mathieu, Gauthier, Chevalier, Lemaire"),
    sole=["Plomberie {L}", "EI {F} {L}", "Électricité {L}", "Maçonnerie {L}", "Taxi {F} {L}"],
    prof=["m:Maître {F} {L}, avocat", "f:Maître {F} {L}, avocate", "m:Dr {F} {L}, chirurgien-dentiste", "f:Dr {F} {L}, chirurgienne-dentiste"],
)]

POOLS["BE"] = [
    dict(lang="nl", weight=55, fem=None, fmt=[("{F} {L}", 55), ("{L} {F}", 25), ("{Fi}. {L}", 20)],
         male=split("Lars, Jonas, Wout, Pieter, Jan, Koen, Bart, Tom, Dirk, Stijn, Thomas, Arne"),
         female=split("Emma, Lotte, Sofie, Elke, Katrien, An, Lien, Nele, Ine, Marie, Hanne, Evi"),
         surnames=split("Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Vermeulen, Van den Broeck, Hermans, Michiels, Aerts, Pauwels, Verhoeven, De Vos, Van Damme, Desmet"),
         sole=["Schilderwerken {L}", "Dakwerken {L}", "Elektriciteitswerken {L}", "Tuinaanleg {L}"],
         prof=["m:Advocaat {F} {L}", "f:Advocate {F} {L}", "Tandarts {F} {L}"]),
    dict(lang="fr", weight=45, fem=None, fmt=FR_FMT, hon="fr",
         male=split("Nicolas, Julien, Antoine, Maxime, Olivier, Thomas, Arnaud, Benoît, Grégory, Cédric"),
         female=split("Marie, Julie, Sarah, Laura, Aurélie, Caroline, Céline, Manon, Élodie, Pauline"),
         surnames=split("Dubois, Lambert, Dupont, Martin, Simon, Leclercq, Laurent, Lejeune, Renard, François, Collard, Leroy, Denis, Lemaire, Dumont, Mathieu, Gilson, Thiry"),
         sole=["Électricité {L}", "Chauffage {L}", "Menuiserie {L} SRL"],
         prof=["m:Maître {F} {L}, avocat", "f:Maître {F} {L}, avocate"]),
]

POOLS["NL"] = [dict(
    lang="nl", weight=1, fem=None, fmt=NL_FMT, hon="nl",
    male=split("Daan, Sem, Lucas, Jan, Pieter, Kees, Henk, Sander, Bas, Thijs, Ruben, Joost, Jeroen, Martijn, Bram"),
    female=split("Emma, Julia, Sophie, Anouk, Lisa, Sanne, Femke, Inge, Marieke, Eva, Lotte, Esther, Fleur, Ingrid, Anja"),
    surnames=split("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen"),
    sole=["Schildersbedrijf {Lc}", "Klusbedrijf {F} {L}", "Installatiebedrijf {Lc}", "Hoveniersbedrijf {Lc}", "Timmerbedrijf {Lc}"],
    prof=["mr. {F} {L}, advocaat", "Tandarts {F} {L}"],
)]

POOLS["ES"] = [dict(
    lang="es", weight=1, fem=None, fmt=ES_FMT,
    male=split("Antonio, José, Manuel, Francisco, David, Javier, Daniel, Carlos, Jesús, Alejandro, Miguel, Rafael, Pablo, Sergio, Álvaro, Jorge"),
    female=split("María, Carmen, Ana, Isabel, Laura, Cristina, Marta, Lucía, Elena, Paula, Sara, Raquel, Pilar, Rocío, Nuria, Beatriz"),
    surnames=split("García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Castro, Ortiz, Rubio, Marín, Sanz, Iglesias, Núñez, Medina"),
    sole=["Fontanería {L}", "Reformas {L}", "Electricidad {F} {L}", "Taller {L}", "Carpintería {L} e Hijos"],
    prof=["f:Abogada {F} {L} {L2}", "m:Abogado {F} {L} {L2}", "m:Dr. {F} {L}, odontólogo"],
)]

POOLS["PT"] = [dict(
    lang="pt", weight=1, fem=None, fmt=PT_FMT,
    male=split("João, José, António, Francisco, Manuel, Pedro, Tiago, Rui, Luís, Miguel, Ricardo, Nuno, Diogo, Bruno, Paulo"),
    female=split("Maria, Ana, Beatriz, Inês, Mariana, Sofia, Catarina, Joana, Rita, Sara, Filipa, Marta, Teresa, Carla, Patrícia"),
    surnames=split("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha"),
    sole=["Construções {L}", "Eletricista {F} {L}", "Serralharia {L}", "Oficina Auto {L}"],
    prof=["f:Dra. {F} {L}, advogada", "m:Dr. {F} {L}, advogado"],
)]

POOLS["IT"] = [dict(
    lang="it", weight=1, fem=None, fmt=IT_FMT, hon="it",
    male=split("Marco, Alessandro, Andrea, Giuseppe, Francesco, Luca, Matteo, Lorenzo, Davide, Simone, Giovanni, Antonio, Roberto, Stefano, Paolo, Fabio"),
    female=split("Giulia, Francesca, Sara, Chiara, Martina, Anna, Valentina, Elena, Federica, Alessia, Laura, Silvia, Paola, Roberta, Elisa"),
    surnames=split("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, Serra"),
    sole=["Impresa edile {L}", "Elettricista {F} {L}", "Autofficina {L}", "Tappezzeria {L}", "Studio Legale {L}"],
    prof=["m:Avv. {F} {L}", "f:Dott.ssa {F} {L}, commercialista", "m:Dott. {F} {L}, commercialista"],
)]

POOLS["PL"] = [dict(
    lang="pl", weight=1, fem="pl", fmt=PL_FMT,
    male=split("Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Jakub, Adam, Łukasz, Kamil, Mateusz, Grzegorz, Marek, Wojciech, Jan"),
    female=split("Anna, Maria, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna, Aleksandra, Monika, Zofia, Natalia, Karolina, Justyna"),
    surnames=split("Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek, Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Nowakowski, Majewski, Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Pawlak, Górski, Witkowski, Walczak"),
    sole=["Usługi Remontowe {F} {L}", "Zakład Hydrauliczny {F} {L}", "P.P.H.U. {F} {L}", "Usługi Transportowe {F} {L}"],
    prof=["adw. {F} {L}", "lek. dent. {F} {L}"],
)]

POOLS["CZ"] = [dict(
    lang="cs", weight=1, fem="cz", fmt=CZ_FMT,
    male=split("Jiří, Jan, Petr, Josef, Pavel, Martin, Tomáš, Jaroslav, Miroslav, Zdeněk, Václav, Michal, Lukáš, Jakub, David, Ondřej"),
    female=split("Jana, Marie, Eva, Hana, Anna, Lenka, Kateřina, Lucie, Věra, Alena, Petra, Veronika, Martina, Tereza, Michaela"),
    surnames=split("Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Marek, Pokorný, Pospíšil, Hájek, Jelínek, Král, Růžička, Beneš, Fiala, Sedláček, Doležal, Zeman, Kolář, Navrátil, Čermák, Vaněk, Urban, Blažek, Kříž, Kovář"),
    sole=["Elektroinstalace {L}", "Zednictví {L}", "Autoservis {L}", "Malířství {F} {L}", "{F} {L} – truhlářství"],
    prof=["m:Mgr. {F} {L}, advokát", "f:Mgr. {F} {L}, advokátka", "MUDr. {F} {L}"],
)]

POOLS["SE"] = [dict(
    lang="sv", weight=1, fem=None, fmt=NORD_FMT,
    male=split("Erik, Lars, Karl, Anders, Johan, Per, Nils, Mikael, Jan, Hans, Peter, Oskar, William, Lucas, Gustav, Axel"),
    female=split("Maria, Elisabeth, Anna, Kristina, Margareta, Eva, Karin, Emma, Sara, Linnea, Ida, Johanna, Sofia, Elin, Maja"),
    surnames=split("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Jönsson, Lindberg, Jakobsson, Magnusson, Lindström, Olofsson, Lindqvist, Lindgren, Axelsson, Berg, Bergström, Lundberg, Lind, Lundgren, Mattsson"),
    sole=["{L}s Bygg", "{L} Måleri", "{F} {L} El", "{L}s Rör", "{L}s Trädgård"],
    prof=["Advokat {F} {L}", "Tandläkare {F} {L}"],
)]

POOLS["NO"] = [dict(
    lang="nb", weight=1, fem=None, fmt=NORD_FMT,
    male=split("Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Thomas, Hans, Geir, Espen, Jonas, Magnus, Henrik"),
    female=split("Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Hilde, Silje, Ida, Nora, Ingvild, Kristin"),
    surnames=split("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, Halvorsen, Henriksen, Lund, Sørensen, Moen, Strand, Solberg, Bakken, Lie"),
    sole=["Snekker {F} {L}", "Maler {F} {L}", "{L} Bygg", "Rørlegger {L}", "{L} Elektro"],
    prof=["Advokat {F} {L}", "Tannlege {F} {L}"],
)]

POOLS["DK"] = [dict(
    lang="da", weight=1, fem=None, fmt=NORD_FMT,
    male=split("Peter, Jens, Lars, Michael, Henrik, Søren, Thomas, Jan, Niels, Mads, Rasmus, Christian, Martin, Anders, Frederik, Morten"),
    female=split("Anne, Kirsten, Hanne, Mette, Anna, Helle, Susanne, Lene, Maria, Marianne, Camilla, Louise, Line, Sofie, Ida"),
    surnames=split("Nielsen, Jensen, Hansen, Andersen, Pedersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen, Knudsen, Jakobsen, Mikkelsen, Frederiksen, Laursen, Henriksen, Lund, Schmidt, Eriksen, Holm"),
    sole=["Murer {F} {L}", "VVS-installatør {L}", "Maler {F} {L}", "{L}s Rengøring", "Tømrermester {L}"],
    prof=["Advokat {F} {L}", "Tandlæge {F} {L}"],
)]

POOLS["FI"] = [dict(
    lang="fi", weight=1, fem=None, fmt=FI_FMT,
    male=split("Juha, Timo, Matti, Mikko, Jari, Antti, Kari, Jukka, Mika, Markku, Pekka, Janne, Ville, Eero, Aleksi, Onni"),
    female=split("Maria, Helena, Johanna, Anna, Tuula, Päivi, Sari, Minna, Riitta, Laura, Hanna, Emilia, Aino, Sanna, Kaisa"),
    surnames=split("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, Salo, Laitinen, Tuominen, Rantanen, Karjalainen, Jokinen, Mattila, Savolainen, Lahtinen, Ahonen"),
    sole=["Tmi {F} {L}", "Maalausliike {L}", "Sähkö-{L}", "Rakennuspalvelu {L}", "Kattotyö {L}"],
    prof=["Asianajaja {F} {L}", "Hammaslääkäri {F} {L}"],
)]

# Anonymous walk-in wording as POS and accounting exports of each country write it: (name, lang)
WALKIN = {
    "RU": [("Розничный покупатель", "ru"), ("Физ. лицо", "ru")],
    "KZ": [("Розничный клиент", "ru"), ("Жеке тұлға", "kk")],
    "BY": [("Покупатель (розница)", "ru"), ("Частное лицо (физ. лицо)", "ru")],
    "UA": [("Покупець (роздріб)", "uk"), ("Фізична особа", "uk")],
    "US": [("Walk-In", "en"), ("Cash Customer", "en")],
    "GB": [("Retail Customer", "en"), ("Shop Sale", "en")],
    "IE": [("Cash Account", "en"), ("Counter Sale", "en")],
    "CA": [("Counter Customer", "en"), ("Client comptant", "fr")],
    "AU": [("Walk In Customer", "en"), ("Counter Sales", "en")],
    "DE": [("Barkunde", "de"), ("Kassenverkauf", "de")],
    "AT": [("Laufkunde", "de"), ("Barzahler", "de")],
    "CH": [("Kassenkunde", "de"), ("Client au comptoir", "fr")],
    "FR": [("Client de passage", "fr"), ("Client divers", "fr")],
    "BE": [("Kasverkoop", "nl"), ("Vente au comptoir", "fr")],
    "NL": [("Kassaklant", "nl"), ("Contante verkoop", "nl")],
    "ES": [("Cliente contado", "es"), ("Cliente mostrador", "es")],
    "PT": [("Consumidor Final", "pt"), ("Cliente final", "pt")],
    "IT": [("Cliente al banco", "it"), ("Vendita al banco", "it")],
    "PL": [("Klient indywidualny", "pl"), ("Sprzedaż detaliczna", "pl")],
    "CZ": [("Maloobchodní zákazník", "cs"), ("Hotovostní prodej", "cs")],
    "SE": [("Privatkund", "sv"), ("Kassakund", "sv")],
    "NO": [("Privatkunde", "nb"), ("Kontantsalg", "nb")],
    "DK": [("Butikskunde", "da"), ("Kassesalg", "da")],
    "FI": [("Satunnainen asiakas", "fi"), ("Kassamyynti", "fi")],
}
