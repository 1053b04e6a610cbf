# Name lists for the kn_names probe: Poland, Czechia, Sweden, Norway, Denmark, Finland.
# Line format: kind|source key|name[|language of the item]
# Surnames written "male:female" have a gendered female form.

COUNTRIES = {}

COUNTRIES["PL"] = dict(
    name="Poland", lang="pl",
    orgs="""
company|idx|Grupa Kęty S.A.
company|idx|Budimex S.A.
company|idx|Asseco Poland S.A.
company|idx|Amica S.A.
company|idx|Fabryki Mebli „Forte” S.A.
company|idx|Wielton S.A.
company|idx|Benefit Systems
company|idx|Auto Partner S.A.
company|idx|Eurocash S.A.
company|idx|Neuca S.A.
company|idx|Inter Cars S.A.
company|idx|Dino Polska
company|idx|LPP S.A.
company|idx|CCC S.A.
company|idx|Cyfrowy Polsat
company|idx|Mercator Medical
company|idx|Selena FM
company|idx|Boryszew S.A.
company|idx|Stalprodukt S.A.
company|big|Jeronimo Martins Polska
company|big|Allegro.pl sp. z o.o.
state_owned_company|soe|Grupa Azoty S.A.
state_owned_company|soe|PKP Intercity S.A.
state_owned_company|soe|Poczta Polska S.A.
sole_trader|inv|Zakład Stolarski Wiśniewski
sole_trader|inv|Biuro Rachunkowe Anna Wójcik
sole_trader|inv|Mechanika Pojazdowa Kamiński
sole_trader|inv|P.H.U. „Zieliński” Tomasz Zieliński
sole_trader|inv|Usługi Hydrauliczne Marek Nowak
ministry|gov|Ministerstwo Cyfryzacji
agency|gov|Główny Urząd Geodezji i Kartografii
agency|gov|Generalna Dyrekcja Dróg Krajowych i Autostrad Oddział w Rzeszowie
agency|gov|Urząd Skarbowy w Nowym Sączu
municipality|muni|Urząd Miasta Zamość
municipality|muni|Urząd Miejski w Ełku
municipality|muni|Gmina Kobylnica
municipality|muni|Urząd Miasta Zakopane
county|muni|Starostwo Powiatowe w Gorlicach
region|muni|Urząd Marszałkowski Województwa Podkarpackiego
region|gov|Mazowiecki Urząd Wojewódzki w Warszawie
court|court|Sąd Rejonowy w Koninie
police|gov|Komenda Miejska Policji w Płocku
armed_forces|mil|Jednostka Wojskowa 4101 Lubliniec
public_university|edu|Uniwersytet Warmińsko-Mazurski w Olsztynie
public_university|edu|Politechnika Opolska
public_university|edu|Uniwersytet Rzeszowski
public_hospital|health|Wojewódzki Szpital Specjalistyczny we Wrocławiu
public_school|edu|V Liceum Ogólnokształcące im. Augusta Witkowskiego w Krakowie
embassy|emb|Ambasada Republiki Federalnej Niemiec w Warszawie
social_insurance|gov|Zakład Ubezpieczeń Społecznych
state_body_fund|gov|Narodowy Fundusz Zdrowia
transit_authority|gov|Zarząd Transportu Miejskiego w Warszawie
private_university|np|Uniwersytet SWPS
private_university|np|Akademia Leona Koźmińskiego
church|np|Parafia Rzymskokatolicka pw. św. Anny w Wilanowie
charity|np|Caritas Polska
red_cross|np|Polski Czerwony Krzyż
charity|np|Fundacja Wielka Orkiestra Świątecznej Pomocy
state_founded_fund|np|Polska Fundacja Narodowa
international_org|intl|Frontex – Europejska Agencja Straży Granicznej i Przybrzeżnej
""",
    male=["Piotr", "Krzysztof", "Andrzej", "Tomasz", "Jan", "Paweł", "Michał", "Marcin",
          "Jakub", "Kamil", "Grzegorz"],
    female=["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
            "Magdalena", "Joanna", "Aleksandra", "Monika"],
    surnames=["Nowak", "Kowalski:Kowalska", "Wiśniewski:Wiśniewska", "Wójcik",
              "Kowalczyk", "Kamiński:Kamińska", "Lewandowski:Lewandowska",
              "Zieliński:Zielińska", "Szymański:Szymańska", "Woźniak",
              "Dąbrowski:Dąbrowska", "Kozłowski:Kozłowska", "Jankowski:Jankowska", "Mazur",
              "Kwiatkowski:Kwiatkowska", "Krawczyk", "Piotrowski:Piotrowska",
              "Grabowski:Grabowska", "Nowakowski:Nowakowska", "Pawłowski:Pawłowska"],
    titles=["Pan", "Pani"],
    walkin=["Klient detaliczny", "Sprzedaż detaliczna"],
)

COUNTRIES["CZ"] = dict(
    name="Czechia", lang="cs",
    orgs="""
company|idx|Kofola ČeskoSlovensko a.s.
company|idx|Philip Morris ČR a.s.
company|idx|Colt CZ Group SE
company|idx|Komerční banka, a.s.
company|idx|MONETA Money Bank, a.s.
company|big|Alza.cz a.s.
company|big|Kaufland Česká republika v.o.s.
company|big|Škoda Auto a.s.
company|big|Třinecké železárny, a.s.
company|big|Agrofert, a.s.
company|big|Penny Market s.r.o.
company|big|Tescoma s.r.o.
company|big|Koh-i-noor Hardtmuth a.s.
company|big|Petrof, spol. s r.o.
company|big|Lasvit s.r.o.
company|big|Madeta a.s.
company|big|Kooperativa pojišťovna, a.s.
company|big|Datart International, a.s.
state_owned_company|soe|ČEZ, a. s.
state_owned_company|soe|České dráhy, a.s.
sole_trader|inv|Instalatérství Novák
sole_trader|inv|Elektro Svoboda
sole_trader|inv|Truhlářství Dvořák
sole_trader|inv|Účetnictví Jana Procházková
sole_trader|inv|Autoservis Kučera
ministry|gov|Ministerstvo pro místní rozvoj ČR
agency|gov|Český úřad zeměměřický a katastrální
agency|gov|Finanční úřad pro Jihomoravský kraj
agency|gov|Úřad práce České republiky
agency|gov|Ředitelství silnic a dálnic ČR
municipality|muni|Magistrát města Olomouce
municipality|muni|Město Třebíč
municipality|muni|Městský úřad Český Krumlov
municipality|muni|Obec Dolní Břežany
municipality|muni|Statutární město Zlín
region|muni|Kraj Vysočina
court|court|Okresní soud v Písku
police|gov|Krajské ředitelství policie Pardubického kraje
armed_forces|mil|43. výsadkový pluk
public_university|edu|Univerzita Pardubice
public_university|edu|Jihočeská univerzita v Českých Budějovicích
public_university|edu|Technická univerzita v Liberci
public_hospital|health|Fakultní nemocnice Hradec Králové
public_school|edu|Gymnázium Jana Keplera
embassy|emb|Velvyslanectví Spolkové republiky Německo v Praze
state_enterprise|soe|Lesy České republiky, s.p.
state_enterprise|soe|Budějovický Budvar, národní podnik
state_enterprise|soe|Česká pošta, s.p.
private_university|np|Metropolitní univerzita Praha
private_school|np|The English College in Prague|en
church|np|Arcibiskupství pražské
charity|np|Člověk v tísni, o.p.s.
red_cross|np|Český červený kříž
international_org|intl|Agentura Evropské unie pro kosmický program (EUSPA)
""",
    male=["Jan", "Jiří", "Petr", "Josef", "Pavel", "Martin", "Tomáš", "Jaroslav", "Miroslav",
          "Zdeněk", "Lukáš"],
    female=["Jana", "Marie", "Eva", "Hana", "Anna", "Lenka", "Kateřina", "Lucie", "Věra",
            "Petra", "Tereza"],
    surnames=["Novák:Nováková", "Svoboda:Svobodová", "Novotný:Novotná", "Dvořák:Dvořáková",
              "Černý:Černá", "Procházka:Procházková", "Kučera:Kučerová", "Veselý:Veselá",
              "Horák:Horáková", "Němec:Němcová", "Marek:Marková", "Pospíšil:Pospíšilová",
              "Pokorný:Pokorná", "Hájek:Hájková", "Král:Králová", "Jelínek:Jelínková",
              "Růžička:Růžičková", "Beneš:Benešová", "Fiala:Fialová", "Sedláček:Sedláčková"],
    titles=["pan", "paní", "Ing.", "Ing."],
    walkin=["Hotovostní prodej", "Koncový zákazník"],
)

COUNTRIES["SE"] = dict(
    name="Sweden", lang="sv",
    orgs="""
company|idx|Husqvarna AB
company|idx|Lindab International AB
company|idx|Indutrade
company|idx|Lifco AB
company|idx|Nibe Industrier
company|idx|Trelleborg AB
company|idx|Holmen AB
company|idx|Clas Ohlson AB
company|idx|Axfood AB
company|idx|Bravida Holding AB
company|idx|Peab AB
company|idx|JM AB
company|idx|Loomis AB
company|idx|Addtech AB
company|idx|Beijer Ref
company|idx|Thule Group
company|idx|Dometic Group
company|idx|Elekta AB
company|idx|Getinge AB
company|idx|Hexpol AB
company|idx|Mycronic AB
company|idx|Nolato AB
company|idx|Systemair AB
company|big|Biltema Sweden AB
state_owned_company|soe|Vattenfall AB
state_owned_company|soe|Systembolaget AB
state_owned_company|soe|SJ AB
state_owned_company|soe|PostNord Sverige AB
sole_trader|inv|Anderssons Rör
sole_trader|inv|Johanssons Måleri
sole_trader|inv|Karlssons Bygg & Snickeri
sole_trader|inv|Nilssons El
sole_trader|inv|Erikssons Redovisning
agency|gov|Trafikverket
agency|gov|Skatteverket
social_insurance|gov|Försäkringskassan
agency|gov|Statens fastighetsverk
agency|gov|Naturvårdsverket
agency|gov|Lantmäteriet
region|gov|Länsstyrelsen i Jämtlands län
region|muni|Region Västerbotten
region|muni|Region Skåne
region|muni|Region Gotland
municipality|muni|Kiruna kommun
municipality|muni|Sundsvalls kommun
municipality|muni|Ystads kommun
municipality|muni|Härnösands kommun
court|court|Växjö tingsrätt
police|gov|Polismyndigheten
armed_forces|mil|Norrbottens regemente I 19
public_university|edu|Luleå tekniska universitet
public_university|edu|Mittuniversitetet
public_university|edu|Högskolan i Borås
public_hospital|health|Sahlgrenska Universitetssjukhuset
public_hospital|health|Norrlands universitetssjukhus
public_school|edu|Katedralskolan i Lund
embassy|emb|Finlands ambassad i Stockholm
transit_authority|gov|Storstockholms Lokaltrafik (SL)
private_university|np|Handelshögskolan i Stockholm
private_university|np|Chalmers tekniska högskola AB
private_school|np|Internationella Engelska Skolan
church|np|Svenska kyrkan – Uppsala stift
red_cross|np|Svenska Röda Korset
charity|np|Stockholms Stadsmission
state_founded_fund|np|Stiftelsen för strategisk forskning
international_org|intl|Europeiskt centrum för förebyggande och kontroll av sjukdomar (ECDC)
""",
    male=["Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Mikael", "Oskar",
          "Lucas", "Magnus"],
    female=["Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Elin",
            "Ingrid", "Linnea"],
    surnames=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
              "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson",
              "Jansson", "Hansson", "Bengtsson", "Lindberg", "Lindström", "Lindqvist",
              "Berg", "Axelsson"],
    walkin=["Kontantkund", "Kassaförsäljning"],
)

COUNTRIES["NO"] = dict(
    name="Norway", lang="nb",
    orgs="""
company|idx|Tomra Systems ASA
company|idx|Schibsted ASA
company|idx|Veidekke ASA
company|idx|AF Gruppen ASA
company|idx|SalMar ASA
company|idx|Mowi ASA
company|idx|Orkla ASA
company|idx|Europris ASA
company|idx|Kid ASA
company|idx|XXL ASA
company|big|Elkjøp Nordic AS
company|idx|Borregaard ASA
company|idx|Atea ASA
company|idx|Austevoll Seafood ASA
company|idx|Nordic Semiconductor ASA
company|idx|Hexagon Composites ASA
company|big|NorgesGruppen ASA
company|big|REMA 1000 Norge AS
state_owned_company|soe|Kongsberg Gruppen ASA
state_owned_company|soe|Equinor ASA
state_owned_company|soe|Vygruppen AS
state_owned_company|soe|Posten Bring AS
state_owned_company|soe|Statkraft AS
sole_trader|inv|Hansen Rørlegger
sole_trader|inv|Olsen Elektro
sole_trader|inv|Berg Snekkerverksted
sole_trader|inv|Johansen Regnskap
sole_trader|inv|Larsen Maling ENK
agency|gov|Statens vegvesen
agency|gov|Skatteetaten
social_insurance|gov|Arbeids- og velferdsetaten (NAV)
agency|gov|Kartverket
agency|gov|Miljødirektoratet
agency|gov|Direktoratet for samfunnssikkerhet og beredskap
region|gov|Statsforvalteren i Nordland
region|muni|Troms fylkeskommune
region|muni|Vestland fylkeskommune
municipality|muni|Bodø kommune
municipality|muni|Tromsø kommune
municipality|muni|Alta kommune
municipality|muni|Ringsaker kommune
municipality|muni|Lillehammer kommune
court|court|Nordmøre og Romsdal tingrett
police|gov|Vest politidistrikt
armed_forces|mil|Brigade Nord
armed_forces|mil|Ørland flystasjon
public_university|edu|Universitetet i Agder
public_university|edu|Nord universitet
public_university|edu|Høgskulen på Vestlandet
public_hospital|health|Helse Bergen HF
public_hospital|health|St. Olavs hospital HF
public_school|edu|Kongsberg videregående skole
embassy|emb|Sveriges ambassad i Oslo
indigenous_parliament|gov|Sametinget
private_university|np|Handelshøyskolen BI
private_school|np|Oslo International School
church|np|Den norske kirke – Bjørgvin bispedømme
red_cross|np|Norges Røde Kors
charity|np|Kirkens Bymisjon
church|np|Frelsesarmeen
international_org|intl|UNDP Oslo Governance Centre
""",
    male=["Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas",
          "Jonas", "Espen"],
    female=["Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid",
            "Nora", "Silje"],
    surnames=["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
              "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg",
              "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl"],
    walkin=["Kontantsalg", "Kontantkunde"],
)

COUNTRIES["DK"] = dict(
    name="Denmark", lang="da",
    orgs="""
company|idx|Royal Unibrew A/S
company|idx|ROCKWOOL A/S
company|idx|Schouw & Co.
company|idx|NKT A/S
company|idx|FLSmidth & Co. A/S
company|idx|Matas A/S
company|idx|Jyske Bank
company|idx|Sydbank A/S
company|idx|Netcompany Group
company|idx|Ambu A/S
company|idx|GN Store Nord
company|idx|Bang & Olufsen
company|idx|ChemoMetec
company|idx|DFDS A/S
company|big|Salling Group A/S
company|big|Coop Danmark A/S
company|big|Elgiganten A/S
company|big|JYSK A/S
company|big|Danfoss A/S
company|big|Grundfos Holding A/S
company|big|LEGO System A/S
state_owned_company|soe|DSB
state_owned_company|soe|PostNord Danmark
sole_trader|inv|Jensens VVS
sole_trader|inv|Nielsen El-service
sole_trader|inv|Hansen Tømrer & Snedker
sole_trader|inv|Pedersens Malerfirma
sole_trader|inv|Bogføring v/ Mette Larsen
agency|gov|Skattestyrelsen
agency|gov|Vejdirektoratet
agency|gov|Styrelsen for Dataforsyning og Infrastruktur
agency|gov|Miljøstyrelsen
agency|gov|Udbetaling Danmark
agency|gov|Forsvarsministeriets Materiel- og Indkøbsstyrelse
municipality|muni|Aarhus Kommune
municipality|muni|Vejle Kommune
municipality|muni|Svendborg Kommune
municipality|muni|Hjørring Kommune
municipality|muni|Bornholms Regionskommune
region|muni|Region Midtjylland
region|muni|Region Sjælland
court|court|Retten i Kolding
police|gov|Sydøstjyllands Politi
armed_forces|mil|Flyvestation Skrydstrup
public_university|edu|Aalborg Universitet
public_university|edu|Roskilde Universitet
public_university|edu|Syddansk Universitet
public_hospital|health|Odense Universitetshospital
public_hospital|health|Regionshospitalet Randers
public_school|edu|Rysensteen Gymnasium
embassy|emb|Forbundsrepublikken Tysklands Ambassade i København
transit_authority|gov|Movia
private_school|np|Herlufsholm Skole
church|np|Sankt Ansgars Kirke
charity|np|Kræftens Bekæmpelse
red_cross|np|Dansk Røde Kors
hoa|inv|Andelsboligforeningen Strandhøj
international_org|intl|UNOPS
international_org|intl|UNICEF Supply Division
international_org|intl|WHO Europa
""",
    male=["Peter", "Jens", "Lars", "Michael", "Henrik", "Søren", "Thomas", "Jesper", "Niels",
          "Anders", "Rasmus"],
    female=["Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria",
            "Marianne", "Camilla"],
    surnames=["Nielsen", "Jensen", "Hansen", "Andersen", "Pedersen", "Christensen",
              "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen",
              "Kristensen", "Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen",
              "Møller", "Mortensen"],
    walkin=["Kontantsalg", "Kontant kunde"],
)

COUNTRIES["FI"] = dict(
    name="Finland", lang="fi",
    orgs="""
company|idx|Kesko Oyj
company|idx|Tokmanni Group Oyj
company|idx|Verkkokauppa.com Oyj
company|idx|Valmet Oyj
company|idx|Konecranes Oyj
company|idx|Uponor Oyj
company|idx|Ponsse Oyj
company|idx|Vaisala Oyj
company|idx|Kemira Oyj
company|idx|Huhtamäki Oyj
company|idx|Metsä Board Oyj
company|idx|Tietoevry Oyj
company|idx|Orion Oyj
company|idx|Harvia Oyj
company|idx|Marimekko Oyj
company|idx|Alma Media Oyj
company|idx|Sanoma Oyj
company|idx|Lassila & Tikanoja Oyj
company|idx|YIT Oyj
company|idx|Kamux Oyj
cooperative|big|Suomen Osuuskauppojen Keskuskunta (SOK)
company|big|Oy Karl Fazer Ab
state_owned_company|soe|Posti Group Oyj
state_owned_company|soe|VR-Yhtymä Oyj
state_owned_company|soe|Alko Oy
state_owned_company|soe|Finavia Oyj
state_owned_company|soe|Fortum Oyj
sole_trader|inv|Putkityö Virtanen
sole_trader|inv|Sähköasennus Korhonen
sole_trader|inv|Rakennuspalvelu Nieminen
sole_trader|inv|Kirjanpitotoimisto Mäkinen
sole_trader|inv|Tmi Laine
agency|gov|Verohallinto
agency|gov|Väylävirasto
agency|gov|Maanmittauslaitos
agency|gov|Tilastokeskus
social_insurance|gov|Kansaneläkelaitos (Kela)
agency|gov|Pohjois-Savon ELY-keskus
municipality|muni|Rovaniemen kaupunki
municipality|muni|Seinäjoen kaupunki
municipality|muni|Kuopion kaupunki
municipality|muni|Borgå stad|sv
municipality|muni|Pirkkalan kunta
municipality|muni|Inarin kunta
municipality|muni|Vasa stad|sv
region|muni|Pohjois-Karjalan hyvinvointialue
region|muni|Varsinais-Suomen hyvinvointialue
court|court|Helsingin käräjäoikeus
police|gov|Lapin poliisilaitos
armed_forces|mil|Kainuun prikaati
armed_forces|mil|Karjalan lennosto
public_university|edu|Oulun yliopisto
public_university|edu|Itä-Suomen yliopisto
public_university|edu|Jyväskylän yliopisto
public_hospital|health|Tampereen yliopistollinen sairaala
public_school|edu|Ressun lukio
embassy|emb|Ruotsin suurlähetystö Helsingissä
transit_authority|gov|Helsingin seudun liikenne -kuntayhtymä (HSL)
state_body_fund|gov|Suomen itsenäisyyden juhlarahasto Sitra
red_cross|np|Suomen Punainen Risti
church|np|Helsingin seurakuntayhtymä
charity|np|Pelastakaa Lapset ry
private_school|np|Helsingin Suomalainen Yhteiskoulu
international_org|intl|Euroopan kemikaalivirasto (ECHA)
""",
    male=["Juha", "Timo", "Matti", "Mikko", "Jari", "Antti", "Jukka", "Mika", "Markku",
          "Pekka", "Ville", "Eero"],
    female=["Anne", "Tuula", "Päivi", "Anna", "Sari", "Leena", "Minna", "Tiina", "Johanna",
            "Laura", "Aino"],
    surnames=["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
              "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen",
              "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen"],
    alt=[dict(lang="sv", share=0.1,
              male=["Johan", "Mikael", "Henrik", "Fredrik"],
              female=["Linda", "Sofia", "Camilla", "Anna"],
              surnames=["Lindholm", "Nyman", "Holmström", "Sundqvist", "Westerlund",
                        "Björklund"])],
    walkin=["Käteisasiakas", "Yksityisasiakas"],
)
