"""Name pools for the r_names probe: common given names and surnames per country.

Sources (public lists the pools are drawn from, reaching past the top 10):
Wikipedia "List of most common surnames in Europe", "List of most popular given names",
national statistics offices' name lists (Destatis/GfK via Wikipedia, INSEE, ONS, CSO Ireland,
Statistics Canada, SSB Norway, SCB Sweden, DST Denmark, DVV Finland, ISTAT, INE Spain,
GUS Poland, MV CR Czechia, US Census 2010 surnames, SSA baby names)."""

def S(s):
    return s.split()

def P(s):
    """'m/f' pairs or invariant surnames -> list of (male, female)."""
    out = []
    for tok in s.split():
        if "/" in tok:
            m, f = tok.split("/")
        else:
            m = f = tok
        out.append((m, f))
    return out

def RUP(s):
    """Russian-type surnames in -ов/-ев/-ин: female adds 'а'."""
    return [(t, t + "а") for t in s.split()]

RU = dict(
    m=S("Алексей Андрей Дмитрий Сергей Максим Игорь Олег Роман Павел Артём Никита Егор Кирилл Владислав Виктор Юрий Георгий Тимур Константин Глеб Вадим Станислав Леонид Борис Григорий Аркадий Денис Евгений Илья Антон Вячеслав Степан Фёдор Матвей"),
    f=S("Ольга Наталья Екатерина Анастасия Юлия Светлана Ирина Татьяна Марина Дарья Ксения Полина Вероника Алина Виктория Людмила Галина Надежда Валентина Алёна Евгения Маргарита Софья Кристина Лилия Оксана Зоя Диана Елизавета Варвара"),
    sur=RUP("Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прохоров Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Жданов"),
    pat=P("Алексеевич/Алексеевна Андреевич/Андреевна Дмитриевич/Дмитриевна Сергеевич/Сергеевна Максимович/Максимовна Игоревич/Игоревна Олегович/Олеговна Романович/Романовна Павлович/Павловна Никитич/Никитична Егорович/Егоровна Кириллович/Кирилловна Викторович/Викторовна Юрьевич/Юрьевна Георгиевич/Георгиевна Константинович/Константиновна Вадимович/Вадимовна Станиславович/Станиславовна Леонидович/Леонидовна Борисович/Борисовна Григорьевич/Григорьевна Аркадьевич/Аркадьевна Евгеньевич/Евгеньевна Ильич/Ильинична Антонович/Антоновна Вячеславович/Вячеславовна Степанович/Степановна Фёдорович/Фёдоровна Владимирович/Владимировна Михайлович/Михайловна Николаевич/Николаевна Анатольевич/Анатольевна Валерьевич/Валерьевна Геннадьевич/Геннадьевна"),
)
BY = dict(
    m=S("Александр Андрей Дмитрий Сергей Максим Игорь Олег Павел Артём Никита Кирилл Владислав Виктор Юрий Вадим Денис Евгений Илья Антон Вячеслав Янка Алесь Василий Иван"),
    f=S("Ольга Наталья Екатерина Анастасия Юлия Светлана Ирина Татьяна Марина Дарья Ксения Полина Алина Виктория Людмила Галина Надежда Валентина Алеся Янина Вероника Кристина"),
    sur=P("Новик Мельник Шевчук Климович Кравченко Жук Лукашевич Бондаренко Юшкевич Макаревич Василевич Романович Ковальчук Карпович Сидорович Концевич Якимович Марченко Богданович Гуринович Статкевич Рыбак Позняк Левчук Тарасевич Кохановский/Кохановская Козловский/Козловская Савицкий/Савицкая Лисовский/Лисовская Ковалёв/Ковалёва Волков/Волкова Ермаков/Ермакова Сачко Радкевич Мацкевич Жданович Войтехович Дубовик Щербич Пашкевич Гайдукевич"),
    pat=RU["pat"],
)
UA = dict(
    m=S("Олександр Андрій Дмитро Сергій Максим Ігор Олег Роман Павло Богдан Тарас Назар Остап Василь Микола Юрій Віталій Володимир Ярослав Степан Євген Артем Денис Вадим Петро Іван Григорій Анатолій"),
    f=S("Олена Наталія Оксана Ірина Тетяна Юлія Світлана Галина Марія Катерина Ганна Вікторія Людмила Мирослава Соломія Христина Дарина Анастасія Ольга Лариса Надія Зоряна Ярина Леся Софія"),
    sur=P("Шевченко Бондаренко Коваленко Бойко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук Бондар Ткачук Мороз Марченко Лисенко Руденко Савченко Петренко Клименко Павленко Кравчук Кузьменко Левченко Харченко Гончаренко Мельничук Карпенко Литвиненко Гуменюк Романюк Остапенко Данилюк Головко Дмитренко Яковенко Зінченко Федоренко Мартинюк Приходько Тимошенко Назаренко Кушнір Гнатюк Стельмах Вакуленко Сидоренко Швець Пономаренко Захарченко Білоус Демченко Семенюк Якименко Савчук Андрусенко Кириленко Гребенюк"),
    pat=P("Олександрович/Олександрівна Андрійович/Андріївна Миколайович/Миколаївна Васильович/Василівна Петрович/Петрівна Іванович/Іванівна Володимирович/Володимирівна Сергійович/Сергіївна Юрійович/Юріївна Григорович/Григорівна Степанович/Степанівна Богданович/Богданівна Анатолійович/Анатоліївна Вікторович/Вікторівна Ярославович/Ярославівна Олегович/Олегівна Романович/Романівна Тарасович/Тарасівна"),
)
KZ = dict(
    m=S("Нурлан Ержан Серик Асхат Данияр Айдос Бауыржан Марат Ерлан Азамат Арман Тимур Канат Даурен Жандос Ерболат Мирас Алишер Рустем Дамир Бекзат Нурсултан Ерасыл Талгат Санжар Ильяс Аслан"),
    f=S("Айгерим Динара Гульнара Асель Жанар Сауле Айжан Мадина Алия Камила Аружан Гаухар Жансая Дана Меруерт Индира Салтанат Акмарал Балжан Томирис Айнур Карлыгаш"),
    sur=RUP("Ахметов Жумабаев Сулейменов Омаров Абдрахманов Искаков Касымов Серикбаев Тлеубаев Бекмуханбетов Жакупов Садыков Мухамеджанов Кенжебаев Утебаев Байжанов Ермеков Есенов Исмаилов Калиев Мусин Рахимов Смагулов Тулегенов Уалиев Шаймерденов Жунусов Оспанов Аубакиров Ибраев Нурпеисов Сагинтаев Турсунов Дуйсенов Есмагамбетов Абенов"),
    pat=P("Серикович/Сериковна Нурланович/Нурлановна Маратович/Маратовна Ержанович/Ержановна Болатович/Болатовна Канатович/Канатовна Ерланович/Ерлановна Асхатович/Асхатовна Талгатович/Талгатовна Амангельдиевич/Амангельдиевна Бауыржанович/Бауыржановна Муратович/Муратовна Кайратович/Кайратовна Жумабекович/Жумабековна"),
)
US = dict(
    m=S("James Michael Robert David William Richard Joseph Thomas Christopher Daniel Matthew Anthony Mark Donald Steven Andrew Joshua Kevin Brian George Timothy Ronald Jason Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Bruce Gabriel Logan Alan Juan Albert Elijah Wayne Randy Vincent Mason Roy Ralph Russell Bradley Philip Eugene"),
    f=S("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Kathryn Abigail Sophia Frances Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Kayla Alexis Lori"),
    sur=P("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval"),
)
GB = dict(
    m=S("Oliver George Harry Jack Jacob Charlie Thomas Oscar William James Alfie Henry Leo Archie Freddie Joshua Daniel Samuel Joseph Max Alexander Edward Callum Ryan Liam Connor Gareth Rhys Dylan Owen Craig Stuart Neil Graham Ian Nigel Simon Paul"),
    f=S("Olivia Amelia Isla Ava Emily Sophie Grace Lily Freya Evie Ella Poppy Isabella Charlotte Jessica Chloe Ruby Lucy Megan Holly Ellie Eleanor Harriet Rebecca Sian Rhian Kirsty Fiona Gemma Joanne Claire Louise Hayley Kerry Alison Gillian"),
    sur=P("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodgers Harrison Hughes Watson Edwards Turner Cooper Hill Ward Morris Moore Clark Lee King Baker Harris Carter Allen Shaw Cook Bennett Gray Price Lloyd Hussain Ali Parry Pugh Jenkins Owen Fletcher Barker Bailey Holmes Kelly Marshall Atkinson Chapman Dixon Hunt Palmer Knight Stevens Webb Pearson Hopkins Cole Gibson Hudson Foster Russell Payne Mills Wells Lowe Kerr Macdonald Campbell Stewart Reid Murray Ross Paterson Fraser Henderson Ferguson Bradshaw Whitehead Ashworth Pritchard Greenwood"),
)
IE = dict(
    m=S("Seán Conor Cian Darragh Oisín Ciarán Eoin Pádraig Liam Niall Aidan Cathal Donal Fionn Rory Declan Colm Shane Brian Kevin Diarmuid Ronan"),
    f=S("Aoife Siobhán Niamh Saoirse Caoimhe Róisín Ciara Orla Clodagh Sinéad Emer Gráinne Maeve Aisling Éabha Laoise Deirdre Mairéad Orlaith Fiadh Ailbhe"),
    sur=P("Murphy Kelly O'Sullivan Walsh O'Brien Byrne Ryan O'Connor O'Neill O'Reilly Doyle McCarthy Gallagher O'Doherty Kennedy Lynch Murray Quinn Moore McLoughlin O'Carroll Connolly Daly O'Connell Dunne Brennan Burke Collins Clarke Hughes O'Farrell Fitzgerald Maguire Nolan Flynn O'Callaghan O'Donnell Duffy O'Mahony Boyle Healy O'Shea Sweeney Hayes Kavanagh Power McGrath Moran Brady Casey Foley Fitzpatrick O'Leary McDonnell MacMahon Donnelly Regan Donovan Flanagan Mullan Barry Kane Cunningham Griffin Kenny Sheehan Whelan Lyons Higgins Cullen Keane Maher McKenna Hogan O'Keeffe Magee McNamara McDermott Moloney O'Rourke Buckley O'Dwyer"),
)
CA = dict(
    m=S("Liam Noah Ethan Lucas Benjamin Owen Logan Hunter Carter Nathan Ryan Tyler Connor Jordan Brett Kyle Darren Trevor Wayne Gordon"),
    f=S("Olivia Emma Charlotte Ava Chloe Hannah Abigail Avery Brooklyn Madison Megan Kelsey Brittany Jillian Courtney Shannon Tara Colleen"),
    sur=P("Smith Brown Tremblay Martin Roy Wilson MacDonald Gagnon Johnson Taylor Campbell Anderson Leblanc Lee Jones White Williams Miller Thompson Gauthier Young Morin Bouchard Scott Stewart Pelletier Reid Wong Chan Singh Patel Fraser MacLeod McKenzie Robertson Murray Ross Clarke Walker MacNeil Boyd Doucette Sinclair Grant"),
)
CAFR = dict(
    m=S("Jean-François Marc-André Mathieu Simon Étienne Félix Olivier Gabriel Samuel Alexandre Maxime Philippe Sébastien Luc Pierre-Luc Guillaume Jérôme Yannick Benoît"),
    f=S("Marie-Ève Geneviève Isabelle Mélanie Julie Catherine Émilie Valérie Annie Chantal Josée Nathalie Karine Audrey Camille Léa Rosalie Marie-Claude Sophie"),
    sur=P("Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Lavoie Fortin Gagné Ouellet Pelletier Bélanger Lévesque Bergeron Leblanc Paquette Girard Simard Boucher Caron Beaulieu Cloutier Dubé Poirier Fournier Lapointe Leclerc Lefebvre Poulin Thibault St-Pierre Nadeau Landry Martel Bédard Grenier Lessard Bernier Michaud Hébert Desjardins Couture Turcotte Lachance Parent Blais"),
)
AU = dict(
    m=S("Jack William Oliver Thomas Lachlan Cooper Riley Hamish Angus Mitchell Brodie Jayden Darcy Flynn Harrison Zac Bailey Corey Shane Glenn Craig Brett"),
    f=S("Chloe Olivia Sienna Matilda Isla Charlotte Ruby Mia Zoe Georgia Jasmine Kate Tahlia Brooke Sophie Amelia Kylie Leanne Tracey Narelle Jodie"),
    sur=P("Smith Jones Williams Brown Wilson Taylor Johnson White Martin Anderson Thompson Nguyen Thomas Walker Harris Lee Ryan Robinson Kelly King Davis Wright Evans Roberts Green Hall Wood Jackson Clarke Patel Mitchell Campbell Hughes O'Brien Murphy Stewart Young Edwards Hill Scott Cooper Bennett Morris Lewis Baker McDonald Turner Phillips Parker Kennedy Tran Nicholls Mackenzie Hutchinson"),
)
DE = dict(
    m=S("Lukas Jonas Leon Finn Noah Elias Paul Ben Luca Felix Maximilian Tim Jan Niklas Moritz Florian Tobias Sebastian Christian Stefan Andreas Michael Thomas Markus Matthias Dirk Jens Uwe Jörg Ralf Frank Holger Bernd Klaus Jürgen Sven Torsten Heiko"),
    f=S("Anna Lena Lea Hannah Mia Laura Sophie Marie Johanna Katharina Julia Sarah Lisa Christina Sabine Petra Claudia Susanne Andrea Birgit Stefanie Nicole Anja Kerstin Heike Ute Monika Ursula Gabriele Karin Silke Jutta Doris"),
    sur=P("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer"),
)
AT = dict(
    m=S("Lukas Tobias David Florian Elias Jakob Maximilian Simon Fabian Matthias Andreas Stefan Christoph Manfred Wolfgang Franz Johann Josef Gerhard Herbert Markus Thomas"),
    f=S("Anna Sarah Katharina Lena Julia Hannah Leonie Magdalena Theresa Elisabeth Maria Christina Barbara Brigitte Renate Sabine Martina Elke Helga Gertraud Verena"),
    sur=P("Gruber Huber Bauer Wagner Müller Pichler Steiner Moser Mayer Hofer Leitner Berger Fuchs Eder Fischer Schmid Winkler Weber Schwarz Maier Schneider Reiter Mayr Schmidt Wimmer Egger Brunner Lang Baumgartner Auer Binder Lechner Wolf Wallner Aigner Ebner Koller Lehner Haas Schuster Holzer Strasser Wieser Hackl Schober Strobl Karner"),
)
CH = dict(
    m=S("Luca Noah Leon David Samuel Nico Jonas Simon Reto Urs Beat Daniel Marco Thomas Martin Adrian Lukas Roman Patrick Stefan Ueli Jürg"),
    f=S("Mia Lara Laura Lea Anna Sarah Nina Selina Jana Sandra Barbara Monika Ursula Regula Corinne Daniela Nicole Andrea Rahel Seraina Vreni"),
    sur=P("Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth Suter Baumgartner Bachmann Studer Bühler Kaufmann Hofmann Kälin Bieri Rüegg Lüthi Hess Marti Zürcher Ammann Egli Gasser Schär Thalmann"),
)
CHFR = dict(
    m=S("Julien Nicolas Olivier Yves Cédric Loïc Thierry Pascal Alain"),
    f=S("Sophie Aline Coralie Nathalie Valérie Céline Mélanie Chantal"),
    sur=P("Favre Rochat Bonvin Perret Dubois Chevalley Pittet Jaquier Monnier Bovet Rey Blanc Berthoud Guignard Aubert Vuilleumier Girard Piguet Moret"),
)
CHIT = dict(
    m=S("Luca Marco Andrea Giorgio Fabio"),
    f=S("Chiara Sara Giulia Paola Michela"),
    sur=P("Bernasconi Pedrazzini Rossi Fontana Bianchi Ferrari Galli Beffa Cattaneo Pellandini"),
)
FR = dict(
    m=S("Lucas Hugo Louis Gabriel Arthur Jules Raphaël Adam Nathan Léo Théo Paul Antoine Maxime Thomas Alexandre Nicolas Julien Guillaume Romain Mathieu Sébastien Stéphane Christophe Laurent Philippe Pascal Éric Thierry Frédéric Olivier Benoît Yannick Cédric"),
    f=S("Emma Jade Louise Alice Chloé Léa Manon Inès Camille Sarah Clara Juliette Marie Julie Pauline Élodie Aurélie Émilie Céline Sandrine Nathalie Isabelle Sophie Valérie Stéphanie Caroline Virginie Hélène Laure Margaux Anaïs Océane Mathilde Claire Agnès"),
    sur=P("Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Gérard Roche Renard Schmitt Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Bourgeois Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Dupuy Guillot Hubert Carpentier Dupuis Moulin Deschamps Huet Vasseur Boucher Fleury Royer Jacquet Poirier Marty Aubry Guyot Carré Renault Charpentier Ménard Maillard Baron Bertin Bailly Hervé Collet Léger Bouvier Prévost Millet Perrot Cousin Germain Breton Besson Langlois Rémy Pelletier Lévêque Perrier Lebrun Marchal Mallet Hamon Boulanger Monnier Michaud Guichard Gillet Poulain Tessier Chauvin Bouchet Humbert Reynaud Barthélemy Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte"),
)
BENL = dict(
    m=S("Lucas Arthur Louis Noah Liam Jules Milan Wout Pieter Bart Koen Tom Jeroen Joris Stijn Dries Kristof Wim Jef Raf"),
    f=S("Emma Olivia Louise Mila Elise Lotte Fien Nina Hanne Lien Sofie Els An Katrien Veerle Ilse Griet Annelies Tine"),
    sur=P("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De_Smet Hermans Aerts Michiels Pauwels Vermeulen Van_Damme De_Clercq Martens Desmet Claeys Verhoeven Van_den_Broeck Smets Cools Segers De_Backer Jansen Vandenberghe Stevens Van_de_Velde Lemmens De_Wilde Verstraete Coppens Bogaert Hendrickx Wuyts Vermeersch"),
)
BEFR = dict(
    m=S("Nicolas Julien Maxime Thomas Arnaud Cédric Benoît Grégory Olivier Damien"),
    f=S("Marie Laura Julie Sarah Aurélie Caroline Céline Émilie Manon Florence"),
    sur=P("Dubois Lambert Dupont Martin Leroy Simon Laurent Lejeune Renard François Dumont Lefèbvre Henry Mathieu Denis Jacquet Hubert Collard Gilles Thiry Lemaire Piette Delvaux Wauters Bodart Charlier Lecocq Massart Gérard Frère"),
)
NL = dict(
    m=S("Daan Sem Lucas Levi Finn Milan Jesse Bram Thijs Ruben Lars Jeroen Sander Martijn Bas Niels Joost Wouter Pieter Erik Hans Kees Henk Gert Rob"),
    f=S("Emma Julia Sophie Tess Zoë Sanne Fleur Anouk Lisa Eva Iris Femke Marieke Linda Ingrid Annemiek Esther Petra Monique Saskia Wilma Ans"),
    sur=P("De_Jong Jansen De_Vries Van_den_Berg Van_Dijk Bakker Janssen Visser Smit Meijer De_Boer Mulder De_Groot Bos Vos Peters Hendriks Van_Leeuwen Dekker Brouwer De_Wit Dijkstra Smits De_Graaf Van_der_Meer Van_der_Linden Kok Jacobs De_Haan Vermeulen Van_den_Heuvel Van_der_Veen Van_den_Broek De_Bruijn Van_der_Heijden Schouten Van_Beek Willems Van_Vliet Van_de_Ven Hoekstra Maas Verhoeven Koster Van_Dam Van_der_Wal Prins Blom Huisman De_Jonge Kuipers Van_Veen Post Kuiper Veenstra Kramer Van_den_Brink Scholten Van_Wijk Postma Vink De_Ruiter Timmermans Groen Gerritsen Jonker Van_Loon Willemsen Smeets De_Lange Bosch Van_Dongen Schipper De_Koning Van_der_Laan Driessen Van_Doorn Evers Van_den_Bosch Van_der_Meulen Hofman Bosman Wolters Sanders Van_der_Horst Mol Kuijpers Molenaar Van_de_Pol De_Leeuw Verbeek"),
)
ES = dict(
    m=S("Antonio José Manuel Francisco David Juan Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo Sergio Fernando Jorge Luis Alberto Álvaro Adrián Diego Raúl Iván Rubén Enrique Óscar Ramón Andrés Vicente Joaquín Santiago Víctor Mario Eduardo Roberto Jaime Marcos Ignacio Hugo"),
    f=S("María Carmen Ana Isabel Laura Cristina Marta Lucía Pilar Elena Sara Paula Raquel Rosa Manuela Mercedes Rocío Beatriz Silvia Julia Irene Alba Patricia Nuria Sonia Montserrat Inmaculada Natalia Claudia Andrea Eva Marina Alicia Noelia Lorena Verónica Esther Ainhoa Nerea"),
    sur=P("García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas"),
)
PT = dict(
    m=S("João José António Francisco Manuel Pedro Rui Miguel Tiago Luís Nuno Carlos Paulo Jorge Ricardo Bruno André Diogo Gonçalo Duarte Afonso Tomás Rodrigo Martim Vasco Hugo Sérgio Fernando Filipe"),
    f=S("Maria Ana Joana Sofia Inês Beatriz Catarina Mariana Rita Marta Sara Carolina Leonor Matilde Francisca Teresa Helena Filipa Patrícia Cláudia Susana Sandra Raquel Margarida Isabel Luísa Fátima Rosa Vera Diana"),
    sur=P("Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Raposo Neves Coelho Cruz Cunha Pires Ramos Reis Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço Castro Figueiredo Azevedo Freitas Henriques Baptista Guerreiro Nogueira Sá Brandão Amaral Magalhães Pacheco Louro Vaz Batista Faria Miranda Pinheiro Loureiro Campos Leite Abreu Leal"),
)
IT = dict(
    m=S("Francesco Alessandro Lorenzo Andrea Leonardo Mattia Matteo Gabriele Riccardo Tommaso Davide Giuseppe Marco Luca Giovanni Antonio Roberto Stefano Paolo Massimo Fabio Simone Alberto Enrico Claudio Daniele Federico Emanuele Salvatore Vincenzo"),
    f=S("Sofia Giulia Aurora Alice Ginevra Emma Giorgia Beatrice Martina Chiara Francesca Sara Valentina Alessia Elena Anna Laura Silvia Paola Federica Elisa Roberta Cristina Manuela Ilaria Serena Monica Barbara Simona Daniela"),
    sur=P("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino Fiore De_Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani Pagano Ruggiero Sorrentino D'Amico Orlando Negri"),
)
PL = dict(
    m=S("Piotr Krzysztof Andrzej Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Grzegorz Mateusz Wojciech Mariusz Dariusz Zbigniew Rafał Robert Kamil Marek Jacek Maciej Sebastian Szymon Bartosz Przemysław Damian Artur Dawid"),
    f=S("Anna Katarzyna Maria Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Monika Zofia Teresa Danuta Natalia Julia Karolina Marta Beata Dorota Halina Jadwiga Janina Alicja Paulina Justyna Iwona Renata"),
    sur=P("Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur Wojciechowski/Wojciechowska Kwiatkowski/Kwiatkowska Krawczyk Kaczmarek Piotrowski/Piotrowska Grabowski/Grabowska Zając Pawłowski/Pawłowska Michalski/Michalska Król Wieczorek Jabłoński/Jabłońska Wróbel Nowakowski/Nowakowska Majewski/Majewska Olszewski/Olszewska Stępień Malinowski/Malinowska Jaworski/Jaworska Adamczyk Dudek Nowicki/Nowicka Pawlak Górski/Górska Witkowski/Witkowska Walczak Sikora Baran Rutkowski/Rutkowska Michalak Szewczyk Ostrowski/Ostrowska Tomaszewski/Tomaszewska Pietrzak Marciniak Wróblewski/Wróblewska Zalewski/Zalewska Jakubowski/Jakubowska Jasiński/Jasińska Zawadzki/Zawadzka Sadowski/Sadowska Bąk Chmielewski/Chmielewska Włodarczyk Borkowski/Borkowska Czarnecki/Czarnecka Sawicki/Sawicka Sokołowski/Sokołowska Urbański/Urbańska Kubiak Maciejewski/Maciejewska Szczepański/Szczepańska Kucharski/Kucharska Wilk Kalinowski/Kalinowska Lis Mazurek Wysocki/Wysocka Adamski/Adamska Kaźmierczak Wasilewski/Wasilewska Sobczak Czerwiński/Czerwińska Andrzejewski/Andrzejewska Cieślak Głowacki/Głowacka Zakrzewski/Zakrzewska Kołodziej Sikorski/Sikorska Krajewski/Krajewska Gajewski/Gajewska Szymczak Szulc Baranowski/Baranowska Laskowski/Laskowska Brzeziński/Brzezińska Makowski/Makowska Ziółkowski/Ziółkowska Przybylski/Przybylska"),
)
CZ = dict(
    m=S("Jiří Jan Petr Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Milan Karel Lukáš David Ondřej Vojtěch Radek Filip Libor Aleš Roman Stanislav Vladimír Marek Daniel Adam"),
    f=S("Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Martina Michaela Jitka Helena Ludmila Zdeňka Ivana Monika Eliška Zuzana Markéta Barbora Klára Simona Dagmar Kristýna"),
    sur=P("Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Marek/Marková Pospíšil/Pospíšilová Pokorný/Pokorná Hájek/Hájková Král/Králová Jelínek/Jelínková Růžička/Růžičková Beneš/Benešová Fiala/Fialová Sedláček/Sedláčková Doležal/Doležalová Zeman/Zemanová Kolář/Kolářová Navrátil/Navrátilová Čermák/Čermáková Vaněk/Vaňková Urban/Urbanová Blažek/Blažková Kříž/Křížová Kovář/Kovářová Kratochvíl/Kratochvílová Bartoš/Bartošová Vlček/Vlčková Polák/Poláková Musil/Musilová Kopecký/Kopecká Šimek/Šimková Konečný/Konečná Malý/Malá Holub/Holubová Čech/Čechová Štěpánek/Štěpánková Staněk/Staňková Kadlec/Kadlecová Dostál/Dostálová Soukup/Soukupová Šťastný/Šťastná Mareš/Marešová Moravec/Moravcová Sýkora/Sýkorová Tichý/Tichá Valenta/Valentová Vávra/Vávrová Matoušek/Matoušková Bláha/Bláhová Říha/Říhová Ševčík/Ševčíková Bureš/Burešová Hruška/Hrušková Mašek/Mašková Pavlík/Pavlíková Janda/Jandová"),
)
DK = dict(
    m=S("Peter Jens Lars Michael Henrik Søren Thomas Jan Niels Anders Morten Jesper Mads Rasmus Martin Christian Kasper Frederik Mikkel Oliver William Emil Magnus Villads Malthe Kristian Bo Ole Poul Torben"),
    f=S("Anne Kirsten Mette Hanne Helle Susanne Lene Maria Marianne Camilla Louise Pia Tina Charlotte Lone Bente Inge Signe Ida Freja Sofie Laura Emma Mathilde Karen Birgitte Rikke Trine Julie Astrid"),
    sur=P("Nielsen Jensen Hansen Andersen Pedersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Jeppesen Mogensen Jespersen Nissen Lauridsen Frandsen Østergaard Jepsen Kjær Carlsen Vestergaard Jessen Nørgaard Dahl Christoffersen Skov Søndergaard Bertelsen Bruun Lassen Bach Gregersen Friis Johnsen Steffensen Kjeldsen Bech Krogh Lauritsen Danielsen Mathiasen Andresen Brandt Winther Toft Ravn Mathiesen Dam"),
)
NO = dict(
    m=S("Jan Per Bjørn Ole Lars Kjell Knut Arne Svein Thomas Hans Geir Tor Morten Terje Odd Erik Martin Andreas Rune Trond Espen Håkon Magnus Sindre Eirik Vegard Øystein Jonas Sander"),
    f=S("Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Maria Elisabeth Kristin Silje Ingeborg Tone Hege Camilla Ragnhild Sigrid Nora Thea Ingvild"),
    sur=P("Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Rasmussen Lunde Solheim Berge Moe Nygård Bakke Fredriksen Holm Lien Hauge Christensen Andresen Knudsen Evensen Sæther Aas Myhre Hanssen Haugland Thomassen Sandvik Simonsen Berntsen Sivertsen Rønning Arnesen Antonsen Næss Ellingsen Vik Isaksen Tveit"),
)
SE = dict(
    m=S("Lars Mikael Anders Johan Per Erik Karl Peter Thomas Jan Daniel Fredrik Hans Bengt Mats Lennart Magnus Stefan Mattias Jonas Oskar Gustav Axel Viktor Linus Emil Hugo Ludvig Elias Sven"),
    f=S("Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Linnéa Elin Ida Sofia Johanna Annika Helena Ulla Camilla Åsa Cecilia Frida Maja Ebba Klara Agneta"),
    sur=P("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström Viklund Björklund Eliasson Pålsson Berggren Sandström Nordin Ström Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Öberg Andreasson Blom Månsson"),
)
FI = dict(
    m=S("Juha Timo Matti Kari Mikko Jari Antti Jukka Markku Pekka Mika Hannu Heikki Janne Petri Ville Tuomas Sami Jussi Olli Lauri Eero Aleksi Veeti Onni Eetu Joonas Niko Arttu Juho"),
    f=S("Maria Helena Johanna Anneli Kaarina Marjatta Anna Liisa Sari Tuula Päivi Riitta Leena Minna Tiina Katja Satu Pirjo Anu Hanna Sanna Laura Emilia Aino Venla Sofia Eveliina Ella Noora Emma"),
    sur=P("Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Lehtinen Saarinen Salminen Heinonen Niemi Heikkilä Kinnunen Salonen Turunen Salo Laitinen Tuominen Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hiltunen Leinonen Miettinen Pesonen Lindholm Hirvonen Aaltonen Väisänen Hakala Räsänen Anttila Ojala Manninen Leppänen Kiiskinen Toivonen Laaksonen Karppinen Nurmi Kettunen Jääskeläinen Laakso Peltonen Seppälä Koivisto Honkanen Suominen Rautiainen Vainio Kärkkäinen Hyvönen Moilanen Mustonen Seppänen Koponen Kallio Vuorinen Halonen Ketola Ikonen Sirola Tuomi Lampinen"),
)

# (pool key, country, language, persons, sole-trader records, professional records)
PLAN = [
    ("RU", "RU", "ru", 140, 18, 4), ("KZ", "KZ", "ru", 50, 8, 1), ("BY", "BY", "ru", 40, 6, 1),
    ("UA", "UA", "uk", 70, 10, 2), ("US", "US", "en", 130, 14, 4), ("GB", "GB", "en", 60, 8, 2),
    ("IE", "IE", "en", 30, 4, 1), ("CA", "CA", "en", 35, 5, 1), ("CAFR", "CA", "fr", 15, 3, 1),
    ("AU", "AU", "en", 40, 5, 1), ("DE", "DE", "de", 80, 12, 3), ("AT", "AT", "de", 30, 5, 1),
    ("CH", "CH", "de", 25, 4, 1), ("CHFR", "CH", "fr", 7, 1, 0), ("CHIT", "CH", "it", 3, 1, 0),
    ("FR", "FR", "fr", 60, 8, 2), ("BENL", "BE", "nl", 18, 3, 1), ("BEFR", "BE", "fr", 12, 2, 0),
    ("NL", "NL", "nl", 40, 6, 1), ("ES", "ES", "es", 50, 7, 2), ("PT", "PT", "pt", 30, 5, 1),
    ("IT", "IT", "it", 50, 7, 2), ("PL", "PL", "pl", 50, 8, 2), ("CZ", "CZ", "cs", 35, 5, 1),
    ("DK", "DK", "da", 25, 4, 1), ("NO", "NO", "nb", 25, 4, 1), ("SE", "SE", "sv", 30, 5, 1),
    ("FI", "FI", "fi", 25, 4, 1),
]
POOLS = dict(RU=RU, BY=BY, UA=UA, KZ=KZ, US=US, GB=GB, IE=IE, CA=CA, CAFR=CAFR, AU=AU, DE=DE,
             AT=AT, CH=CH, CHFR=CHFR, CHIT=CHIT, FR=FR, BENL=BENL, BEFR=BEFR, NL=NL, ES=ES,
             PT=PT, IT=IT, PL=PL, CZ=CZ, DK=DK, NO=NO, SE=SE, FI=FI)

# Sole traders' trade names: {S}=surname (male form), {F}=given name, {I}=initials.
TRADE = {
    "RU": ["ИП {S} {F} {P}", "ИП {S} {I}", "Индивидуальный предприниматель {S} {F} {P}", "ИП Глава КФХ {S} {I}", "ИП {S} {F}"],
    "KZ": ["ИП {S} {F}", "ИП {S} {I}", "ИП «{F}»"],
    "BY": ["ИП {S} {I}", "Индивидуальный предприниматель {S} {F} {P}"],
    "UA": ["ФОП {S} {F} {P}", "ФОП {S} {I}", "ФОП «{S}»"],
    "US": ["{S} Plumbing", "{S} & Sons Roofing", "{F} {S} Bookkeeping", "{S} Electric", "{S}'s Bakery", "{S} Landscaping LLC", "{S} Auto Repair", "{F} {S} Photography", "{S} Painting & Drywall"],
    "GB": ["{S} Plumbing & Heating", "{F} {S} Joinery", "{S} Electrical Services", "{S} & Son Builders", "{F} {S} Accountancy", "{S}'s Café"],
    "IE": ["{S} Electrical", "{F} {S} Carpentry", "{S} Motors", "{S}'s Pharmacy"],
    "CA": ["{S} Contracting", "{F} {S} Bookkeeping", "{S} Plumbing & Heating", "{S} Landscaping"],
    "CAFR": ["Rénovations {S}", "Plomberie {S} inc.", "Boulangerie {S}", "Comptabilité {F} {S}"],
    "AU": ["{S} Plumbing", "{F} {S} Electrical", "{S} Carpentry Pty Ltd", "{S}'s Bakery", "{S} Landscapes"],
    "DE": ["Malerbetrieb {S}", "Schreinerei {S}", "Elektro {S} e.K.", "{S} Haustechnik", "Friseursalon {S}", "Bäckerei {S}", "Steuerbüro {S}", "Kfz-Werkstatt {S}", "Dachdeckerei {S}", "Fliesenleger {F} {S}"],
    "AT": ["Installateur {S}", "Malermeister {S}", "Tischlerei {S}", "Gärtnerei {S}", "Elektrotechnik {S} e.U."],
    "CH": ["Schreinerei {S}", "Malergeschäft {S}", "{S} Sanitär", "Gärtnerei {S}"],
    "CHFR": ["Menuiserie {S}"], "CHIT": ["Falegnameria {S}"],
    "FR": ["Boulangerie {S}", "Plomberie {S}", "{S} Électricité", "Garage {S}", "EI {F} {S}", "Menuiserie {S}", "Cabinet {S}"],
    "BENL": ["Schildersbedrijf {S}", "Loodgieterij {S}", "Bakkerij {S}"],
    "BEFR": ["Boulangerie {S}", "Toiture {S}"],
    "NL": ["Schildersbedrijf {S}", "Loodgietersbedrijf {S}", "{S} Installatietechniek", "Bakkerij {S}", "Administratiekantoor {S}", "Klussenbedrijf {F} {S}"],
    "ES": ["Fontanería {S}", "Electricidad {S}", "Carpintería {S}", "Talleres {S}", "Asesoría {S}"],
    "PT": ["Canalizações {S}", "Eletricidade {S}", "Carpintaria {S}", "Padaria {S}"],
    "IT": ["Idraulica {S}", "Impianti Elettrici {S}", "Falegnameria {S}", "Panificio {S}", "Autofficina {S}", "Studio {S}"],
    "PL": ["{S} Usługi Remontowe", "Zakład Stolarski {F} {S}", "Usługi Elektryczne {S}", "Biuro Rachunkowe {S}", "F.H.U. {S}", "PHU {S} {F}"],
    "CZ": ["{S} – instalatérství", "Truhlářství {S}", "Elektro {S}", "Účetnictví {S}"],
    "DK": ["{S} VVS", "Tømrer {S}", "Malerfirma {S}", "{S} El-service"],
    "NO": ["{S} Rør", "Tømrer {S}", "Elektriker {S}", "{S} Regnskap"],
    "SE": ["{S} Bygg", "{S}s Måleri", "{S} El", "{S} Redovisning"],
    "FI": ["{S} Rakennus", "Sähkö-{S}", "Putkiliike {S}", "Tilitoimisto {S}"],
}
# Professionals named as persons with their profession (lawyer/notary/doctor): B2B, ambiguous.
PROF = {
    "RU": ["адвокат {S} {F} {P}", "нотариус {S} {I}"], "KZ": ["адвокат {S} {F}"], "BY": ["адвокат {S} {I}"],
    "UA": ["адвокат {S} {F} {P}", "приватний нотаріус {S} {I}"],
    "US": ["{F} {S}, CPA", "{F} {S}, Attorney at Law", "Dr. {F} {S}, DDS"], "GB": ["{F} {S}, Solicitor"],
    "IE": ["{F} {S} BL"], "CA": ["{F} {S}, CPA"], "CAFR": ["Me {F} {S}, notaire"], "AU": ["{F} {S}, Barrister"],
    "DE": ["Rechtsanwalt Dr. {F} {S}", "Dr. med. dent. {F} {S}", "Notar {F} {S}"], "AT": ["Rechtsanwalt Mag. {F} {S}"],
    "CH": ["lic. iur. {F} {S}, Rechtsanwalt"], "FR": ["Maître {F} {S}, avocat", "Dr {F} {S}, médecin généraliste"],
    "BENL": ["Notaris {F} {S}"], "NL": ["mr. {F} {S}, advocaat"], "ES": ["Abogado {F} {S}", "Notario {F} {S}"],
    "PT": ["Dr. {F} {S}, advogado"], "IT": ["Avv. {F} {S}", "Studio Dott. {F} {S}, commercialista"],
    "PL": ["Adwokat {F} {S}", "lek. dent. {F} {S}"], "CZ": ["JUDr. {F} {S}, advokát"], "DK": ["Advokat {F} {S}"],
    "NO": ["Advokat {F} {S}"], "SE": ["Advokat {F} {S}"], "FI": ["Asianajaja {F} {S}"],
}
ANON = [
    ("Розничный покупатель", "RU", "ru"), ("Частное лицо", "RU", "ru"), ("Физическое лицо", "RU", "ru"),
    ("Роздрібний покупець", "UA", "uk"), ("Розничный покупатель", "KZ", "ru"), ("Walk-in customer", "US", "en"),
    ("Cash Sale", "GB", "en"), ("Laufkundschaft", "DE", "de"), ("Barverkauf", "AT", "de"),
    ("Client comptoir", "FR", "fr"), ("Particulier", "BE", "fr"), ("Kontantklant", "NL", "nl"),
    ("Cliente de contado", "ES", "es"), ("Consumidor final", "PT", "pt"), ("Cliente privato", "IT", "it"),
    ("Klient detaliczny", "PL", "pl"), ("Maloodběratel", "CZ", "cs"), ("Kontantkunde", "DK", "da"),
    ("Kontantkunde", "NO", "nb"), ("Kontantkund", "SE", "sv"), ("Käteisasiakas", "FI", "fi"),
]
