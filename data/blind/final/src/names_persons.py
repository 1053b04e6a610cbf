# Private-person buyer names (B2C) built from the most common given names and surnames
# published by national statistics offices / civil registries.
import random

S = lambda t: [x.strip() for x in t.split(",") if x.strip()]

# country: (source, male given, female given, surnames [, female surnames])
POOLS = {
"CA": ("Statistics Canada baby names; most common surnames (Canada/Québec ISQ)",
  S("Liam, Noah, William, Benjamin, Lucas, Jack, Ethan, James, Félix, Gabriel, Raphaël, Émile, Michael, David, Daniel"),
  S("Olivia, Emma, Charlotte, Amelia, Ava, Sophia, Léa, Florence, Alice, Zoé, Jennifer, Sarah, Emily, Chloé, Mary"),
  S("Smith, Brown, Tremblay, Martin, Roy, Wilson, MacDonald, Gagnon, Johnson, Taylor, Côté, Campbell, Anderson, Leblanc, Lee, Bouchard, Gauthier, Morin, Lavoie, Fortin, Thompson, White, Singh, Patel")),
"AU": ("ABS / state registries popular baby names; most common Australian surnames",
  S("Oliver, Noah, Jack, William, Leo, Lachlan, Cooper, Thomas, James, Henry, Liam, Matthew, Joshua, Daniel"),
  S("Charlotte, Olivia, Amelia, Isla, Mia, Harper, Chloe, Matilda, Ava, Grace, Sarah, Jessica, Emily, Ruby"),
  S("Smith, Jones, Williams, Brown, Wilson, Taylor, Johnson, White, Martin, Anderson, Thompson, Nguyen, Thomas, Walker, Harris, Lee, Ryan, Robinson, Kelly, King")),
"IE": ("CSO Ireland baby names; most common Irish surnames",
  S("Jack, James, Noah, Conor, Cian, Seán, Darragh, Oisín, Fionn, Patrick, Michael, John, Liam, Daniel"),
  S("Emily, Grace, Fiadh, Sophie, Aoife, Saoirse, Niamh, Siobhán, Ciara, Mary, Sarah, Róisín, Caoimhe, Anne"),
  S("Murphy, Kelly, O'Sullivan, Walsh, Smith, O'Brien, Byrne, Ryan, O'Connor, O'Neill, O'Reilly, Doyle, McCarthy, Gallagher, Doherty, Kennedy, Lynch, Murray, Quinn, Moore")),
"AT": ("Statistik Austria Vornamen; häufigste Familiennamen Österreichs",
  S("Paul, Jakob, Maximilian, Elias, Felix, Lukas, David, Tobias, Florian, Stefan, Michael, Thomas, Andreas, Christian, Markus"),
  S("Anna, Emma, Marie, Lena, Sophia, Laura, Hannah, Katharina, Johanna, Christina, Sabine, Elisabeth, Julia, Barbara"),
  S("Gruber, Huber, Bauer, Wagner, Müller, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs, Eder, Fischer, Schmid, Winkler, Weber, Schwarz, Maier")),
"CH": ("BFS Vornamen und Nachnamen der ständigen Wohnbevölkerung",
  S("Noah, Liam, Matteo, Luca, Leon, Gabriel, Elias, Daniel, Thomas, Martin, Peter, Marco, Urs, Reto, Beat, Jean-Pierre"),
  S("Mia, Emma, Mila, Lina, Sofia, Lea, Laura, Maria, Anna, Sandra, Nicole, Ursula, Ruth, Chiara, Nathalie"),
  S("Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, Brunner, Baumann, Frei, Zimmermann, Moser, Widmer, Wyss, Graf, Roth, Favre, Rochat, Bernasconi, Rossi")),
"ES": ("INE Apellidos y nombres más frecuentes",
  S("Antonio, Manuel, José, Francisco, David, Juan, Javier, Daniel, José Luis, Carlos, Jesús, Alejandro, Miguel, Rafael, Pablo"),
  S("María Carmen, María, Carmen, Ana María, Laura, María Pilar, Josefa, Isabel, Lucía, Marta, Cristina, María Dolores, Elena, Paula"),
  S("García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Hernández, Ruiz, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez")),
"IT": ("ISTAT nomi più diffusi; cognomi più frequenti in Italia",
  S("Giuseppe, Giovanni, Antonio, Mario, Luigi, Francesco, Angelo, Vincenzo, Pietro, Salvatore, Alessandro, Marco, Andrea, Luca, Paolo"),
  S("Maria, Anna, Giuseppina, Rosa, Angela, Giovanna, Teresa, Lucia, Carmela, Francesca, Giulia, Chiara, Sara, Elena, Paola"),
  S("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti")),
"NL": ("CBS / Meertens Instituut: meest voorkomende voornamen en achternamen",
  S("Jan, Johannes, Peter, Hendrik, Cornelis, Daan, Sem, Lucas, Thomas, Bas, Willem, Pieter, Dirk, Ruud"),
  S("Maria, Anna, Johanna, Emma, Julia, Sophie, Sanne, Lotte, Anouk, Esther, Ingrid, Marieke, Femke, Linda"),
  S("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer")),
"BE": ("Statbel: most common first names and surnames",
  S("Noah, Arthur, Louis, Jules, Adam, Lucas, Liam, Luc, Marc, Jan, Pieter, Didier, Philippe, Koen, Wim"),
  S("Olivia, Emma, Louise, Mila, Alice, Marie, Nathalie, Els, Sofie, An, Isabelle, Martine, Inge, Chantal"),
  S("Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Dubois, Lambert, Dupont, Martin, Simon, Vermeulen, Van den Broeck, Leroy, Laurent, Hermans")),
"SE": ("SCB Namnstatistik: vanligaste förnamn och efternamn",
  S("Lars, Mikael, Anders, Johan, Erik, Per, Karl, Peter, Jan, Thomas, Daniel, Fredrik, Hans, Magnus"),
  S("Anna, Eva, Maria, Karin, Sara, Christina, Lena, Emma, Kerstin, Elin, Ingrid, Malin, Linnéa, Sofia"),
  S("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Jansson, Hansson, Bengtsson, Lindberg, Lindström, Lindqvist, Axelsson, Berg")),
"NO": ("SSB Navnestatistikk: vanligste fornavn og etternavn",
  S("Jan, Per, Bjørn, Ole, Lars, Kjell, Knut, Arne, Svein, Thomas, Hans, Geir, Espen, Jon"),
  S("Anne, Inger, Kari, Marit, Ingrid, Liv, Eva, Berit, Astrid, Bente, Hilde, Nina, Silje, Ida"),
  S("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl")),
"DK": ("Danmarks Statistik: navne i hele befolkningen",
  S("Peter, Michael, Lars, Jens, Thomas, Henrik, Søren, Christian, Martin, Jan, Niels, Rasmus, Anders, Mads"),
  S("Anne, Kirsten, Mette, Hanne, Anna, Helle, Susanne, Lene, Maria, Marianne, Camilla, Louise, Pia, Inge"),
  S("Nielsen, Jensen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Christiansen, Poulsen, Johansen, Møller, Mortensen")),
"FI": ("DVV (Digi- ja väestötietovirasto) nimipalvelu: yleisimmät etu- ja sukunimet",
  S("Juha, Timo, Matti, Kari, Mikko, Antti, Jari, Jukka, Mika, Markku, Pekka, Heikki, Janne, Ville"),
  S("Maria, Helena, Johanna, Anneli, Kaarina, Marjatta, Anna, Liisa, Tuula, Päivi, Sanna, Riitta, Laura, Kirsi"),
  S("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen")),
"CZ": ("MV ČR / ČSÚ: nejčastější jména a příjmení",
  S("Jiří, Jan, Petr, Josef, Pavel, Martin, Tomáš, Jaroslav, Miroslav, Zdeněk, Lukáš, Jakub, Michal, David"),
  S("Marie, Jana, Eva, Hana, Anna, Lenka, Kateřina, Věra, Lucie, Alena, Petra, Veronika, Martina, Tereza"),
  S("Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Marek, Pospíšil, Pokorný, Hájek, Král"),
  S("Nováková, Svobodová, Novotná, Dvořáková, Černá, Procházková, Kučerová, Veselá, Horáková, Němcová, Marková, Pospíšilová, Pokorná, Hájková, Králová")),
"PT": ("INE Portugal / IRN: nomes próprios e apelidos mais frequentes",
  S("João, José, António, Francisco, Manuel, Pedro, Rui, Tiago, Luís, Miguel, Paulo, Carlos, Nuno, Diogo"),
  S("Maria, Ana, Beatriz, Mariana, Inês, Catarina, Sofia, Joana, Rita, Carla, Sandra, Marta, Sara, Teresa"),
  S("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho")),
"UA": ("Мін'юст / Opendatabot: найпоширеніші імена та прізвища України",
  S("Олександр, Сергій, Андрій, Володимир, Дмитро, Юрій, Віктор, Іван, Микола, Олег, Максим, Василь"),
  S("Олена, Наталія, Тетяна, Ірина, Світлана, Оксана, Юлія, Марія, Людмила, Катерина, Анна, Галина"),
  S("Мельник, Шевченко, Бойко, Коваленко, Бондаренко, Ткаченко, Ковальчук, Кравченко, Олійник, Шевчук, Коваль, Поліщук, Бондар, Ткачук, Марченко, Лисенко, Руденко, Савченко, Петренко, Мороз")),
"BY": ("Белстат / реестры: самые распространённые имена и фамилии Беларуси",
  S("Александр, Сергей, Андрей, Дмитрий, Николай, Владимир, Алексей, Михаил, Иван, Артём, Виктор, Павел"),
  S("Елена, Ольга, Татьяна, Наталья, Анна, Ирина, Светлана, Екатерина, Юлия, Мария, Людмила, Валентина"),
  S("Иванов, Ковалёв, Козлов, Новиков, Морозов, Лукашевич, Савицкий, Климович, Ковалевич, Макаревич, Василевский, Павлов"),
  S("Иванова, Ковалёва, Козлова, Новикова, Морозова, Лукашевич, Савицкая, Климович, Ковалевич, Макаревич, Василевская, Павлова")),
}
# surnames that do not change with gender, used as-is for both sexes
BY_UNISEX = S("Новик, Мельник, Кравченко, Ковальчук, Жук, Мороз, Шевчук, Бондаренко")
BY_UNISEX_F = BY_UNISEX

UA_PATR_M = S("Олександрович, Сергійович, Іванович, Миколайович, Володимирович, Петрович, Васильович, Анатолійович, Вікторович")
UA_PATR_F = S("Олександрівна, Іванівна, Миколаївна, Володимирівна, Петрівна, Василівна, Сергіївна, Анатоліївна, Вікторівна")
BY_PATR_M = S("Александрович, Сергеевич, Николаевич, Владимирович, Иванович, Михайлович, Викторович, Петрович")
BY_PATR_F = S("Александровна, Сергеевна, Николаевна, Владимировна, Ивановна, Михайловна, Викторовна, Петровна")

UA_LAT = {"Олександр": "Oleksandr", "Сергій": "Serhii", "Андрій": "Andrii", "Дмитро": "Dmytro", "Олена": "Olena",
          "Наталія": "Nataliia", "Тетяна": "Tetiana", "Ірина": "Iryna", "Юлія": "Yuliia", "Іван": "Ivan",
          "Мельник": "Melnyk", "Шевченко": "Shevchenko", "Бойко": "Boiko", "Коваленко": "Kovalenko",
          "Бондаренко": "Bondarenko", "Ткаченко": "Tkachenko", "Кравченко": "Kravchenko", "Олійник": "Oliinyk",
          "Шевчук": "Shevchuk", "Коваль": "Koval", "Мороз": "Moroz", "Петренко": "Petrenko"}

def initial(n):
    parts = n.replace("-", " ").split()
    return "".join(p[0] + "." for p in parts) if len(parts) > 1 and "-" not in n else n[0] + "."

def make_person(cc, rng):
    src, male, female, sur, *rest = POOLS[cc]
    sex = rng.random() < 0.5
    g = rng.choice(male if sex else female)
    if cc == "CZ":
        s = rng.choice(sur if sex else rest[0])
    elif cc == "BY":
        if rng.random() < 0.3:
            s = rng.choice(BY_UNISEX)
        else:
            s = rng.choice(sur if sex else rest[0])
    else:
        s = rng.choice(sur)
    r = rng.random()
    if cc in ("UA", "BY"):
        pm = rng.choice((UA_PATR_M if sex else UA_PATR_F) if cc == "UA" else (BY_PATR_M if sex else BY_PATR_F))
        if cc == "UA" and r < 0.15 and g in UA_LAT and s in UA_LAT:
            return f"{UA_LAT[g]} {UA_LAT[s]}", "first_last_latin"
        if r < 0.55:
            return f"{s} {g} {pm}", "last_first_patronymic"
        if r < 0.75:
            return f"{s} {g[0]}. {pm[0]}.", "last_initials"
        if r < 0.9:
            return f"{g} {s}", "first_last"
        return f"{s.upper()} {g}", "upper_last_first"
    if cc == "ES":
        s2 = rng.choice([x for x in sur if x != s])
        if r < 0.55:
            return f"{g} {s} {s2}", "first_two_surnames"
        if r < 0.8:
            return f"{s} {s2}, {g}", "surnames_comma_first"
        if r < 0.9:
            return f"{g} {s}", "first_last"
        return f"{s.upper()} {s2.upper()}, {g.upper()}", "upper_surnames_first"
    if cc == "PT":
        s2 = rng.choice([x for x in sur if x != s])
        if r < 0.5:
            return f"{g} {s} {s2}", "first_two_surnames"
        if r < 0.7:
            g2 = rng.choice([x for x in (male if sex else female) if x != g])
            return f"{g} {g2} {s} {s2}", "two_given_two_surnames"
        if r < 0.85:
            return f"{s2}, {g}", "last_comma_first"
        return f"{g} {s2}", "first_last"
    if cc == "NL" or (cc == "BE" and s.startswith("Van ")):
        # Dutch tussenvoegsel handling
        parts = s.split(" ")
        if r < 0.45:
            return f"{g} {s}", "first_last"
        if r < 0.65 and len(parts) > 1:
            return f"{parts[-1][0].upper() + parts[-1][1:]}, {g} {' '.join(parts[:-1])}", "last_comma_first_prefix"
        if r < 0.85:
            return f"{g[0]}. {s}", "initial_last"
        return f"{s[0].upper() + s[1:]}, {g}", "last_comma_first"
    if r < 0.5:
        return f"{g} {s}", "first_last"
    if r < 0.7:
        return f"{s}, {g}", "last_comma_first"
    if r < 0.8:
        return f"{initial(g)} {s}", "initial_last"
    if r < 0.9:
        return f"{s.upper()} {g}", "upper_last_first"
    if cc in ("CA", "AU", "IE"):
        g2 = rng.choice([x for x in (male if sex else female) if x != g])
        return f"{g} {g2[0]}. {s}", "first_middle_initial_last"
    return f"{s} {g}", "last_first"
