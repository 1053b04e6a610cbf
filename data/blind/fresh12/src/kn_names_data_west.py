# Name lists for the kn_names probe: Germany, Austria, Switzerland, France, Belgium,
# the Netherlands.  Line format: kind|source key|name[|language of the item]

COUNTRIES = {}

COUNTRIES["DE"] = dict(
    name="Germany", lang="de",
    orgs="""
company|idx|Aurubis AG
company|idx|Bechtle
company|idx|CANCOM SE
company|idx|Jenoptik AG
company|idx|Krones
company|idx|KSB SE & Co. KGaA
company|idx|Dürr AG
company|idx|Fielmann Group AG
company|idx|Hornbach Baumarkt AG
company|idx|Ceconomy AG
company|idx|Wacker Chemie AG
company|idx|Sixt SE
company|idx|Stabilus SE
company|idx|Hensoldt
company|idx|Ströer SE & Co. KGaA
company|idx|Südzucker AG
company|idx|GFT Technologies SE
company|idx|Vossloh AG
company|idx|Wacker Neuson SE
company|idx|Heidelberger Druckmaschinen AG
company|idx|Villeroy & Boch AG
company|big|Dr. August Oetker KG
company|big|dm-drogerie markt GmbH + Co. KG
state_owned_company|soe|Bundesdruckerei GmbH
state_owned_company|soe|Stadtwerke München GmbH
state_owned_company|soe|Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH
sole_trader|inv|Elektro Schulze
sole_trader|inv|Malerbetrieb Hoffmann
sole_trader|inv|Sanitär Becker e.K.
sole_trader|inv|Steuerberatung Klein
sole_trader|inv|Friseursalon Petra Wagner
ministry|gov|Bundesministerium der Finanzen
agency|gov|Bundesamt für Seeschifffahrt und Hydrographie
agency|gov|Bundesanstalt Technisches Hilfswerk
agency|gov|Umweltbundesamt
agency|gov|Physikalisch-Technische Bundesanstalt
ministry|gov|Thüringer Ministerium für Bildung, Jugend und Sport
region|gov|Regierungspräsidium Freiburg
county|muni|Landratsamt Ostallgäu
county|muni|Landkreis Vorpommern-Greifswald
county|muni|Kreisverwaltung Mayen-Koblenz
municipality|muni|Stadt Bamberg
municipality|muni|Gemeinde Ottobrunn
municipality|muni|Stadtverwaltung Görlitz
municipality|muni|Stadt Lippstadt
court|court|Amtsgericht Lüneburg
police|gov|Polizeipräsidium Oberpfalz
armed_forces|mil|Kommando Cyber- und Informationsraum
armed_forces|mil|Taktisches Luftwaffengeschwader 33
public_school|edu|Heinrich-Heine-Gymnasium Kaiserslautern
public_university|edu|Universität Passau
public_university|edu|Hochschule Harz
public_university|edu|Technische Universität Ilmenau
public_hospital|health|Universitätsklinikum Jena
embassy|emb|Botschaft der Republik Polen in Berlin
social_insurance|gov|Deutsche Rentenversicherung Knappschaft-Bahn-See
private_university|np|Bucerius Law School
private_school|np|Schule Schloss Salem
church|np|Erzbistum Köln
charity|np|Caritasverband für die Diözese Osnabrück e.V.
red_cross|np|Deutsches Rotes Kreuz
state_founded_fund|np|Deutsche Bundesstiftung Umwelt
international_org|intl|Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC)
""",
    male=["Lukas", "Maximilian", "Felix", "Jonas", "Leon", "Paul", "Thomas", "Michael",
          "Andreas", "Stefan", "Klaus", "Jürgen", "Uwe", "Frank"],
    female=["Anna", "Lena", "Julia", "Laura", "Katharina", "Sabine", "Petra", "Claudia",
            "Monika", "Ursula", "Sophie", "Marie", "Birgit"],
    surnames=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
              "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein",
              "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
              "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause"],
    titles=["Herr", "Frau", "Dr.", "Dr."],
    walkin=["Barverkauf", "Laufkunde"],
)

COUNTRIES["AT"] = dict(
    name="Austria", lang="de",
    orgs="""
company|idx|Andritz AG
company|idx|Wienerberger
company|idx|Lenzing AG
company|idx|AT&S Austria Technologie & Systemtechnik AG
company|idx|Palfinger AG
company|idx|Rosenbauer International AG
company|idx|Semperit AG Holding
company|idx|Agrana Beteiligungs-AG
company|idx|Kapsch TrafficCom AG
company|idx|Porr AG
company|idx|Strabag SE
company|idx|Zumtobel Group AG
company|idx|DO & CO Aktiengesellschaft
company|idx|Mayr-Melnhof Karton AG
company|idx|Schoeller-Bleckmann Oilfield Equipment AG
company|idx|Frequentis AG
company|big|SPAR Österreichische Warenhandels-AG
company|big|Red Bull GmbH
company|big|D. Swarovski KG
company|big|Josef Manner & Comp. AG
company|big|XXXLutz KG
state_owned_company|soe|Österreichische Post AG
state_owned_company|soe|Verbund AG
state_owned_company|soe|ÖBB-Personenverkehr AG
sole_trader|inv|Tischlerei Gruber
sole_trader|inv|Elektrotechnik Huber e.U.
sole_trader|inv|Installateur Pichler
sole_trader|inv|Friseur Moser
ministry|gov|Bundesministerium für Inneres
agency|gov|Bundesamt für Eich- und Vermessungswesen
agency|gov|Statistik Austria
agency|gov|Arbeitsmarktservice Österreich
region|gov|Amt der Tiroler Landesregierung
region|gov|Amt der Steiermärkischen Landesregierung
district|muni|Bezirkshauptmannschaft Zell am See
municipality|muni|Magistrat der Stadt Wien – MA 48
municipality|muni|Stadtgemeinde Leoben
municipality|muni|Marktgemeinde Wattens
municipality|muni|Gemeinde Lech
police|gov|Landespolizeidirektion Kärnten
court|court|Bezirksgericht Innsbruck
court|court|Landesgericht Linz
armed_forces|mil|Militärkommando Salzburg
public_university|edu|Universität Innsbruck
public_university|edu|Montanuniversität Leoben
public_hospital|health|Landeskrankenhaus Villach
public_hospital|health|Tirol Kliniken GmbH
public_school|edu|BG/BRG Klosterneuburg
social_insurance|gov|Österreichische Gesundheitskasse
embassy|emb|Botschaft von Kanada in Wien
private_university|np|Sigmund Freud Privatuniversität
private_school|np|Theresianische Akademie
church|np|Erzdiözese Wien
charity|np|Caritas der Erzdiözese Wien
red_cross|np|Österreichisches Rotes Kreuz
international_org|intl|Internationale Atomenergie-Organisation (IAEO)
international_org|intl|UNIDO
international_org|intl|OPEC Fonds für Internationale Entwicklung
""",
    male=["Lukas", "David", "Tobias", "Florian", "Markus", "Stefan", "Manuel", "Christian",
          "Johann", "Franz", "Michael", "Thomas"],
    female=["Anna", "Lena", "Sarah", "Julia", "Katharina", "Elisabeth", "Maria", "Theresa",
            "Sabine", "Christina", "Birgit"],
    surnames=["Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser",
              "Mayer", "Hofer", "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid",
              "Winkler", "Weber", "Schwarz", "Maier", "Schneider", "Reiter", "Mayr",
              "Brunner", "Wimmer", "Egger"],
    titles=["Herr", "Frau", "Mag.", "Mag."],
    walkin=["Barverkauf", "Laufkunde"],
)

COUNTRIES["CH"] = dict(
    name="Switzerland", lang="de",
    orgs="""
company|idx|Bucher Industries AG
company|idx|Georg Fischer AG
company|idx|Sulzer
company|idx|Bossard Holding AG
company|idx|Inficon Holding AG
company|idx|Belimo Holding AG
company|idx|Bachem Holding AG
company|idx|Emmi AG
company|idx|Forbo Holding AG
company|idx|Galenica AG
company|idx|Implenia AG
company|idx|Komax Holding AG
company|idx|Landis+Gyr
company|idx|Logitech International S.A.|fr
company|idx|Bobst Group SA|fr
company|idx|Kudelski SA|fr
company|idx|TX Group AG
cooperative|big|Migros-Genossenschafts-Bund
cooperative|big|Coop Genossenschaft
company|big|Digitec Galaxus AG
company|big|Interdiscount
company|big|Ricola AG
state_owned_company|soe|Die Schweizerische Post AG
state_owned_company|soe|Schweizerische Bundesbahnen SBB AG
state_owned_company|soe|Swisscom AG
sole_trader|inv|Schreinerei Meier
sole_trader|inv|Sanitär Brunner
sole_trader|inv|Menuiserie Favre|fr
sole_trader|inv|Fiduciaire Rochat|fr
sole_trader|inv|Carrozzeria Bernasconi|it
agency|gov|Bundesamt für Umwelt BAFU
agency|gov|Bundesamt für Strassen ASTRA
ministry|gov|Eidgenössisches Departement für auswärtige Angelegenheiten EDA
agency|gov|Staatssekretariat für Wirtschaft SECO
region|gov|Departement Bau, Verkehr und Umwelt des Kantons Aargau
region|gov|République et canton de Genève|fr
region|gov|Etat de Vaud|fr
region|gov|Repubblica e Cantone Ticino|it
municipality|muni|Gemeinde Wettingen
municipality|muni|Stadt Winterthur
municipality|muni|Commune de Montreux|fr
municipality|muni|Ville de Neuchâtel|fr
municipality|muni|Comune di Mendrisio|it
police|gov|Kantonspolizei Graubünden
police|gov|Police cantonale vaudoise|fr
court|court|Bezirksgericht Zürich
armed_forces|mil|Logistikbasis der Armee LBA
public_university|edu|ETH Zürich
public_university|edu|Universität Luzern
public_university|edu|Université de Fribourg|fr
public_university|edu|Università della Svizzera italiana|it
public_hospital|health|Kantonsspital Baselland
public_hospital|health|Hôpitaux Universitaires de Genève|fr
public_hospital|health|Ente Ospedaliero Cantonale|it
public_school|edu|Kantonsschule Wettingen
embassy|emb|Botschaft der Bundesrepublik Deutschland in Bern
private_university|np|EHL Hospitality Business School|fr
private_school|np|Institut Le Rosey|fr
church|np|Reformierte Kirche Kanton Zürich
red_cross|np|Schweizerisches Rotes Kreuz
charity|np|Pro Juventute
international_org|intl|Internationales Komitee vom Roten Kreuz
international_org|intl|Organisation mondiale de la Santé|fr
international_org|intl|Organisation européenne pour la recherche nucléaire (CERN)|fr
""",
    male=["Noah", "Luca", "Leon", "Daniel", "Marco", "Thomas", "Peter", "Reto", "Urs", "Beat"],
    female=["Mia", "Emma", "Laura", "Sara", "Nina", "Ursula", "Barbara", "Andrea"],
    surnames=["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer",
              "Steiner", "Fischer", "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann",
              "Moser"],
    titles=["Herr", "Frau"],
    alt=[dict(lang="fr", share=0.25,
              male=["Nicolas", "Julien", "Pierre", "Olivier", "Yves"],
              female=["Céline", "Chloé", "Sandrine", "Camille", "Nathalie"],
              surnames=["Favre", "Rochat", "Bonvin", "Dubois", "Perrin", "Jaquet", "Rey"],
              titles=["M.", "Mme"]),
         dict(lang="it", share=0.12,
              male=["Alessandro", "Marco", "Luca", "Matteo"],
              female=["Giulia", "Francesca", "Chiara", "Sara"],
              surnames=["Bernasconi", "Rossi", "Ferrari", "Fontana", "Pellegrini", "Galli"],
              titles=["Sig.", "Sig.ra"])],
    walkin=["Barverkauf", "Client comptant|fr"],
)

COUNTRIES["FR"] = dict(
    name="France", lang="fr",
    orgs="""
company|idx|Groupe SEB
company|idx|Rexel
company|idx|Nexans
company|idx|Spie
company|idx|Sopra Steria Group
company|idx|Virbac
company|idx|Société BIC
company|idx|Trigano
company|idx|Manitou BF
company|idx|Bénéteau
company|idx|Fnac Darty
company|idx|Maisons du Monde
company|idx|Elis
company|idx|Imerys
company|idx|Verallia
company|idx|Vicat
company|idx|Eramet
company|idx|Coface
company|idx|Lectra
company|idx|Soitec
company|idx|Somfy SA
company|idx|Ipsos
company|idx|Quadient
company|idx|Boiron
company|big|Leroy Merlin France
state_owned_company|soe|SNCF Voyageurs
state_owned_company|soe|La Poste
state_owned_company|soe|EDF
sole_trader|inv|Plomberie Dubois
sole_trader|inv|Boulangerie Martin
sole_trader|inv|Électricité Moreau EI
sole_trader|inv|Taxi Lefebvre
sole_trader|inv|Garage Fournier
ministry|gov|Ministère de la Transition écologique
agency|gov|Direction générale des Finances publiques
agency|gov|Agence de l'environnement et de la maîtrise de l'énergie (ADEME)
agency|gov|Météo-France
agency|gov|France Travail
agency|gov|Préfecture de la Corrèze
municipality|muni|Mairie de Saint-Malo
municipality|muni|Commune de Figeac
municipality|muni|Mairie de Millau
municipality|muni|Ville d'Annecy
county|muni|Conseil départemental du Cantal
region|muni|Région Occitanie
district|muni|Communauté d'agglomération du Grand Angoulême
public_school|edu|Lycée Champollion
public_university|edu|Université de Pau et des Pays de l'Adour
public_university|edu|Université Bretagne Sud
public_hospital|health|Centre hospitalier de Cahors
public_hospital|health|CHU de Limoges
court|court|Tribunal judiciaire de Périgueux
police|gov|Groupement de gendarmerie départementale de l'Aveyron
police|gov|Commissariat de police de Vannes
armed_forces|mil|2e régiment étranger de parachutistes
armed_forces|mil|Base aérienne 118 Mont-de-Marsan
embassy|emb|Ambassade d'Italie en France
transit_authority|gov|RATP
private_university|np|Université catholique de Lille
private_school|np|Lycée privé Sainte-Geneviève
church|np|Diocèse de Nantes
charity|np|Secours populaire français
red_cross|np|Croix-Rouge française
nonprofit|np|Institut Pasteur
international_org|intl|OCDE
international_org|intl|UNESCO
""",
    male=["Jean", "Pierre", "Nicolas", "Julien", "Thomas", "Lucas", "Hugo", "Louis",
          "Antoine", "Philippe", "Michel", "Sébastien"],
    female=["Marie", "Camille", "Léa", "Chloé", "Manon", "Sophie", "Nathalie", "Isabelle",
            "Sylvie", "Émilie", "Julie", "Céline"],
    surnames=["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
              "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia",
              "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André",
              "Mercier", "Dupont", "Lambert", "Bonnet", "François"],
    titles=["M.", "Mme"],
    upper_surname_first=True,
    walkin=["Client comptoir", "Client divers"],
)

COUNTRIES["BE"] = dict(
    name="Belgium", lang="nl",
    orgs="""
company|idx|NV Bekaert SA
company|idx|Barco
company|idx|Melexis
company|idx|Ackermans & van Haaren
company|idx|D'Ieteren Group|fr
company|idx|Colruyt Group
company|idx|Ontex Group
company|idx|Recticel NV
company|idx|Sioen Industries
company|idx|Van de Velde NV
company|idx|Tessenderlo Group
company|idx|DEME Group
company|idx|Econocom|fr
company|idx|Kinepolis Group
company|idx|Fagron
company|idx|Lotus Bakeries
company|big|Vandemoortele
company|big|Etex
company|big|Puratos|fr
company|big|Jan De Nul
company|big|Delhaize
state_owned_company|soe|bpost
state_owned_company|soe|Proximus
state_owned_company|soe|SNCB|fr
sole_trader|inv|Loodgieterij Peeters
sole_trader|inv|Elektriciteit Janssens
sole_trader|inv|Boulangerie Leclercq|fr
sole_trader|inv|Menuiserie Lambert|fr
sole_trader|inv|Boekhoudkantoor Maes
ministry|gov|FOD Financiën
ministry|gov|SPF Justice|fr
agency|gov|Federaal Agentschap voor de Veiligheid van de Voedselketen
agency|gov|Vlaamse Milieumaatschappij
region|gov|Service public de Wallonie|fr
municipality|muni|Stad Mechelen
municipality|muni|Gemeente Lochristi
municipality|muni|Stad Roeselare
municipality|muni|Ville de Namur|fr
municipality|muni|Commune d'Ottignies-Louvain-la-Neuve|fr
county|muni|Provincie Limburg
county|muni|Province de Luxembourg|fr
police|gov|Politiezone Gent
police|gov|Zone de police Namur Capitale|fr
court|court|Rechtbank van eerste aanleg Antwerpen
court|court|Tribunal de première instance de Liège|fr
armed_forces|mil|Défense – Base aérienne de Florennes|fr
public_university|edu|Universiteit Hasselt
public_university|edu|Université de Mons|fr
public_university|edu|Universiteit Gent
public_hospital|health|UZ Leuven
public_hospital|health|CHU de Liège|fr
public_school|edu|Koninklijk Atheneum Antwerpen
public_school|edu|Athénée royal François Bovesse|fr
embassy|emb|Ambassade de France en Belgique|fr
transit_authority|gov|STIB-MIVB|fr
private_university|np|Vlerick Business School
private_school|np|International School of Brussels|en
church|np|Bisdom Brugge
red_cross|np|Rode Kruis-Vlaanderen
charity|np|Kom op tegen Kanker
international_org|intl|OTAN – Organisation du Traité de l'Atlantique Nord|fr
international_org|intl|Organisation mondiale des douanes|fr
international_org|intl|Conseil de l'Union européenne|fr
""",
    male=["Lucas", "Arthur", "Noah", "Jules", "Wout", "Pieter", "Jan", "Tom", "Bart", "Stijn"],
    female=["Emma", "Louise", "Olivia", "Lotte", "Sofie", "Elke", "Annelies", "Griet"],
    surnames=["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
              "Goossens", "Wouters", "De Smet", "Vandenberghe", "Van Damme", "Desmet",
              "Vermeulen", "De Clercq"],
    titles=["Dhr.", "Mevr."],
    alt=[dict(lang="fr", share=0.4,
              male=["Louis", "Olivier", "Mathieu", "Nicolas", "Julien", "Antoine"],
              female=["Marie", "Camille", "Nathalie", "Charlotte", "Isabelle", "Manon"],
              surnames=["Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent",
                        "Leclercq", "Lejeune", "Renard", "Michel"],
              titles=["M.", "Mme"])],
    walkin=["Diverse klanten", "Client divers|fr"],
)

COUNTRIES["NL"] = dict(
    name="Netherlands", lang="nl",
    orgs="""
company|idx|Aalberts N.V.
company|idx|Arcadis
company|idx|BE Semiconductor Industries
company|idx|Corbion
company|idx|Fugro
company|idx|IMCD
company|idx|Signify
company|idx|TKH Group
company|idx|Van Lanschot Kempen
company|idx|Koninklijke Vopak
company|idx|Koninklijke Boskalis
company|idx|Koninklijke BAM Groep
company|idx|Heijmans
company|idx|Sligro Food Group
company|idx|Kendrion
company|idx|Nedap
company|idx|Brunel International
company|idx|PostNL
company|big|Coolblue B.V.
company|big|bol.com
company|big|Jumbo Supermarkten
company|big|HEMA B.V.
state_owned_company|soe|NS (Nederlandse Spoorwegen)
state_owned_company|soe|N.V. Nederlandse Gasunie
state_owned_company|soe|TenneT TSO B.V.
sole_trader|inv|Loodgietersbedrijf De Vries
sole_trader|inv|Schildersbedrijf Bakker
sole_trader|inv|Klusbedrijf Jansen
sole_trader|inv|Administratiekantoor Visser
sole_trader|inv|Kapsalon Mulder
ministry|gov|Ministerie van Infrastructuur en Waterstaat
agency|gov|Rijkswaterstaat
agency|gov|Dienst Uitvoering Onderwijs
agency|gov|Belastingdienst
agency|gov|Rijksdienst voor Ondernemend Nederland
municipality|muni|Gemeente Zwolle
municipality|muni|Gemeente Venlo
municipality|muni|Gemeente Súdwest-Fryslân
municipality|muni|Gemeente Terneuzen
municipality|muni|Gemeente Bloemendaal
region|muni|Provincie Drenthe
water_board|gov|Waterschap Rivierenland
water_board|gov|Hoogheemraadschap van Rijnland
police|gov|Politie Eenheid Oost-Nederland
court|court|Rechtbank Gelderland
armed_forces|mil|Koninklijke Marechaussee
armed_forces|mil|Vliegbasis Leeuwarden
public_university|edu|Rijksuniversiteit Groningen
public_university|edu|Universiteit Twente
public_hospital|health|UMC Utrecht
public_school|edu|OSG Sevenwolden
embassy|emb|Ambassade van de Verenigde Staten in Den Haag
private_university|np|Nyenrode Business Universiteit
private_school|np|International School of Amsterdam|en
church|np|Protestantse Kerk in Nederland
red_cross|np|Het Nederlandse Rode Kruis
charity|np|KWF Kankerbestrijding
hoa|inv|VvE Oranjepark
international_org|intl|Europees Geneesmiddelenbureau (EMA)
international_org|intl|Internationaal Strafhof
international_org|intl|OPCW
""",
    male=["Daan", "Sem", "Lucas", "Jan", "Pieter", "Kees", "Bram", "Thijs", "Ruben", "Henk",
          "Sander"],
    female=["Emma", "Julia", "Sophie", "Anna", "Lotte", "Sanne", "Fleur", "Eva", "Ingrid",
            "Marieke"],
    surnames=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
              "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
              "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer"],
    titles=["Dhr.", "Mevr."],
    dutch_sort=True,
    walkin=["Kassaverkoop", "Particulier"],
)
