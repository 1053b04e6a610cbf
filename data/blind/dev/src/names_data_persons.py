# -*- coding: utf-8 -*-
"""Most common given names and surnames per country (public name statistics), used to build person names."""

US = dict(source="SSA popular baby names + US Census 2010 surnames",
  m="James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew Anthony Mark Steven Paul Kevin".split(),
  f="Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Ashley Emily Michelle Amanda Melissa".split(),
  sur="Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson".split())
GB = dict(source="ONS baby names + most common surnames in Great Britain",
  m="Oliver George Harry Jack Jacob Noah Charlie Thomas Oscar William James David John Paul Andrew".split(),
  f="Olivia Amelia Isla Ava Emily Sophie Grace Lily Jessica Emma Charlotte Margaret Susan Sarah Rachel".split(),
  sur="Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Wood Harris Lewis Martin Jackson Clarke".split())
DE = dict(source="GfdS häufigste Vornamen + häufigste Familiennamen in Deutschland",
  m="Maximilian Alexander Paul Lukas Thomas Michael Andreas Stefan Peter Klaus Jürgen Wolfgang Christian Markus Frank".split(),
  f="Sophie Marie Anna Laura Sabine Petra Monika Ursula Claudia Julia Katharina Andrea Birgit Susanne Nicole".split(),
  sur="Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange".split())
FR = dict(source="INSEE fichier des prénoms + noms de famille les plus portés",
  m="Jean Pierre Michel Philippe Alain Nicolas Julien Thomas Antoine Lucas Jean-Pierre Jean-Luc François Laurent Éric".split(),
  f="Marie Nathalie Isabelle Sylvie Catherine Sophie Camille Léa Manon Chloé Marie-Claire Françoise Valérie Sandrine Céline".split(),
  sur="Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau".split())
RU = dict(source="Росстат/ЗАГС самые частые имена + самые распространённые русские фамилии",
  m="Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Николай Владимир Артём Павел Игорь Денис".split(),
  f="Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Марина Галина Людмила Анастасия Дарья".split(),
  sur="Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров".split(),
  pat=[("Александрович","Александровна"),("Сергеевич","Сергеевна"),("Владимирович","Владимировна"),("Николаевич","Николаевна"),
       ("Иванович","Ивановна"),("Михайлович","Михайловна"),("Дмитриевич","Дмитриевна"),("Андреевич","Андреевна"),
       ("Алексеевич","Алексеевна"),("Викторович","Викторовна"),("Юрьевич","Юрьевна"),("Петрович","Петровна"),("Олегович","Олеговна")],
  lat_m={"Александр":"Aleksandr","Сергей":"Sergey","Дмитрий":"Dmitry","Андрей":"Andrey","Алексей":"Alexey","Максим":"Maksim","Иван":"Ivan","Михаил":"Mikhail","Николай":"Nikolay","Владимир":"Vladimir"},
  lat_f={"Елена":"Elena","Ольга":"Olga","Наталья":"Natalia","Татьяна":"Tatiana","Ирина":"Irina","Анна":"Anna","Мария":"Maria","Екатерина":"Ekaterina","Юлия":"Yulia"},
  lat_sur={"Иванов":"Ivanov","Смирнов":"Smirnov","Кузнецов":"Kuznetsov","Попов":"Popov","Васильев":"Vasilyev","Петров":"Petrov","Соколов":"Sokolov","Михайлов":"Mikhaylov","Новиков":"Novikov","Морозов":"Morozov","Волков":"Volkov","Лебедев":"Lebedev","Козлов":"Kozlov","Орлов":"Orlov"})
PL = dict(source="PESEL/dane.gov.pl najpopularniejsze imiona i nazwiska",
  m="Jan Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Adam Marek Grzegorz Łukasz Stanisław Józef".split(),
  f="Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Monika Krystyna Elżbieta Zofia Aleksandra Dorota".split(),
  sur=[("Nowak","Nowak"),("Kowalski","Kowalska"),("Wiśniewski","Wiśniewska"),("Wójcik","Wójcik"),("Kowalczyk","Kowalczyk"),
       ("Kamiński","Kamińska"),("Lewandowski","Lewandowska"),("Zieliński","Zielińska"),("Szymański","Szymańska"),("Woźniak","Woźniak"),
       ("Dąbrowski","Dąbrowska"),("Kozłowski","Kozłowska"),("Jankowski","Jankowska"),("Mazur","Mazur"),("Wojciechowski","Wojciechowska"),
       ("Kwiatkowski","Kwiatkowska"),("Krawczyk","Krawczyk"),("Kaczmarek","Kaczmarek"),("Piotrowski","Piotrowska"),("Grabowski","Grabowska")])
KZ = dict(source="Бюро национальной статистики РК: популярные имена; распространённые казахские фамилии",
  m="Нурлан Ерлан Асхат Данияр Бауыржан Серик Айдос Ержан Тимур Арман Руслан Марат Нурсултан Ержан Алибек".split(),
  f="Айгерим Динара Гульнара Асель Жанар Айгуль Салтанат Камила Мадина Алия Жанна Гульмира Аружан".split(),
  sur=[("Ахметов","Ахметова"),("Омаров","Омарова"),("Искаков","Искакова"),("Сулейменов","Сулейменова"),("Жумабаев","Жумабаева"),
       ("Касымов","Касымова"),("Абдрахманов","Абдрахманова"),("Калиев","Калиева"),("Тулегенов","Тулегенова"),("Садыков","Садыкова"),
       ("Ибраев","Ибраева"),("Байжанов","Байжанова"),("Кенжебаев","Кенжебаева"),("Нургалиев","Нургалиева"),("Есенов","Есенова"),
       ("Мусин","Мусина"),("Бекмагамбетов","Бекмагамбетова")],
  pat=[("Серикович","Сериковна"),("Маратович","Маратовна"),("Ерланович","Ерлановна"),("Болатович","Болатовна"),("Канатович","Канатовна"),
       ("Нурланович","Нурлановна"),("Кайратович","Кайратовна"),("Асхатович","Асхатовна"),("Бауыржанович","Бауыржановна")],
  kz_pat=[("Серікұлы","Серікқызы"),("Маратұлы","Маратқызы"),("Болатұлы","Болатқызы"),("Қайратұлы","Қайратқызы")],
  lat_m={"Нурлан":"Nurlan","Ерлан":"Yerlan","Данияр":"Daniyar","Серик":"Serik","Тимур":"Timur","Арман":"Arman","Марат":"Marat","Алибек":"Alibek"},
  lat_f={"Айгерим":"Aigerim","Динара":"Dinara","Асель":"Assel","Мадина":"Madina","Алия":"Aliya","Камила":"Kamila","Аружан":"Aruzhan"},
  lat_sur={"Ахметов":"Akhmetov","Омаров":"Omarov","Искаков":"Iskakov","Сулейменов":"Suleimenov","Жумабаев":"Zhumabayev","Касымов":"Kassymov","Садыков":"Sadykov","Есенов":"Yessenov","Мусин":"Mussin"})
