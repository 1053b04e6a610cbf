# Public-body buyer names (B2G) for the blind names probe.
# Each group: (kind, source, default_country, text); a line may end with " | CC" or " | CC | kind".

GROUPS = [
("us_county", "US Census Bureau list of counties (states N-W)", "US", """
Douglas County, Nebraska
Lancaster County Board of Commissioners
Sarpy County
Clark County, Nevada
Washoe County
Hillsborough County, NH
Rockingham County Commissioners
Bergen County
County of Middlesex
Monmouth County Board of County Commissioners
Essex County, New Jersey
Camden County
County of Bernalillo
Doña Ana County
Santa Fe County
Erie County, New York
Westchester County
Suffolk County
County of Monroe
Onondaga County
Nassau County
Mecklenburg County
Wake County Government
Guilford County
Durham County
Buncombe County
Cass County, North Dakota
Burleigh County
Franklin County Board of Commissioners
Cuyahoga County
Hamilton County, Ohio
Summit County
Montgomery County, Ohio
Lucas County
Oklahoma County
Tulsa County
Cleveland County
Multnomah County
Washington County, Oregon
Lane County
Clackamas County
Deschutes County
Allegheny County
Philadelphia County
Montgomery County, PA
Bucks County
Chester County
Lancaster County, PA
Lehigh County
Charleston County
Greenville County
Richland County
Horry County
Minnehaha County
Pennington County
Shelby County Government
Sumner County
Knox County
Hamilton County, Tennessee
Rutherford County
Harris County
Dallas County
Tarrant County
Bexar County
Travis County
Collin County
El Paso County, Texas
Hidalgo County
Fort Bend County
Williamson County, Texas
Salt Lake County
Utah County
Davis County
Fairfax County Government
Loudoun County
Prince William County
Arlington County
Henrico County
Chesterfield County
King County
Pierce County
Snohomish County
Spokane County
Kanawha County Commission
Monongalia County
Milwaukee County
Dane County
Waukesha County
Brown County, Wisconsin
"""),
("us_city", "US Census Bureau incorporated places", "US", """
City of Austin
City of Columbus
City of Portland
City and County of Denver
City of Seattle
City of Milwaukee
City of Phoenix
City of San Antonio
City of Houston
City of Dallas
City of Fort Worth
City of Charlotte
City of Raleigh
Metropolitan Government of Nashville and Davidson County
City of Memphis
City of Oklahoma City
City of Tulsa
City of Omaha
City of Las Vegas
City of Reno
City of Albuquerque
City of Pittsburgh
City of Philadelphia
City of Cleveland
City of Cincinnati
City of Salt Lake City
City of Spokane
City of Tacoma
City of Madison
City of Richmond
City of Virginia Beach
City of Boston
City of Chicago
City of Los Angeles
City of Atlanta
City of Minneapolis
City of New York
Town of Cary
Village of Oak Park
Borough of State College
"""),
("us_township", "US Census Bureau minor civil divisions (townships)", "US", """
Cherry Hill Township
Lower Merion Township
West Bloomfield Township
Woodbridge Township
Edison Township
Hamilton Township
Toms River Township
Upper Darby Township
Cheltenham Township
Charter Township of Canton
Clinton Township
Shelby Charter Township
Liberty Township
West Chester Township
Colerain Township
Sugarcreek Township
"""),
("school_district", "NCES Common Core of Data: public school districts", "US", """
Houston Independent School District
Dallas ISD
Austin Independent School District
Fort Worth ISD
Northside Independent School District
Katy ISD
Cypress-Fairbanks ISD
Fairfax County Public Schools
Montgomery County Public Schools
Wake County Public School System
Charlotte-Mecklenburg Schools
Los Angeles Unified School District
Chicago Public Schools
Clark County School District
The School District of Philadelphia
Seattle Public Schools
Portland Public Schools
Columbus City Schools
Cleveland Metropolitan School District
Milwaukee Public Schools
Madison Metropolitan School District
Salt Lake City School District
Granite School District
Tulsa Public Schools
Oklahoma City Public Schools
Omaha Public Schools
Albuquerque Public Schools
Anchorage School District
Gwinnett County Public Schools
Miami-Dade County Public Schools
Broward County Public Schools
Hillsborough County Public Schools
Jefferson County Public Schools
Denver Public Schools
Baltimore City Public Schools
Boston Public Schools
New York City Department of Education
Toronto District School Board | CA
Peel District School Board | CA
"""),
("community_college", "IPEDS: public two-year colleges", "US", """
Austin Community College
Houston Community College
Lone Star College
Miami Dade College
Valencia College
Northern Virginia Community College
Maricopa County Community College District
Portland Community College
Cuyahoga Community College
Sinclair Community College
Columbus State Community College
Salt Lake Community College
Ivy Tech Community College
Santa Monica College
De Anza College
City Colleges of Chicago
Tarrant County College
Dallas College
Pima Community College
Central Piedmont Community College
Tulsa Community College
Milwaukee Area Technical College
Community College of Philadelphia
Seattle Central College
Bunker Hill Community College
"""),
("public_health_system", "Public hospital and health-system lists (America's Essential Hospitals, national health services)", "US", """
NYC Health + Hospitals
Parkland Health
Harris Health System
University Health, San Antonio
Jackson Health System
Denver Health
Hennepin Healthcare
Cook County Health
Los Angeles County Department of Health Services
MetroHealth System
Alameda Health System
Santa Clara Valley Healthcare
JPS Health Network
Erlanger Health System
VA Puget Sound Health Care System
Michael E. DeBakey VA Medical Center
Alberta Health Services | CA
Fraser Health Authority | CA
Vancouver Coastal Health | CA
Nova Scotia Health | CA
CIUSSS du Centre-Sud-de-l'Île-de-Montréal | CA
Western Sydney Local Health District | AU
Metro North Health | AU
Alfred Health | AU
Health Service Executive | IE
Servicio Madrileño de Salud | ES
Servicio Andaluz de Salud | ES
Osakidetza | ES
Institut Català de la Salut | ES
Hospital Universitario La Paz | ES
Region Stockholm | SE
Helse Bergen HF | NO
Region Hovedstaden | DK
HUS-yhtymä | FI
Universitätsspital Zürich | CH
Centre hospitalier universitaire vaudois | CH
Wiener Gesundheitsverbund | AT
CHU de Liège | BE
Fakultní nemocnice v Motole | CZ
Všeobecná fakultní nemocnice v Praze | CZ
"""),
("it_health_authority", "Elenco ASL/ATS/AUSL (Ministero della Salute)", "IT", """
ASL Roma 1
ASL Città di Torino
ATS della Città Metropolitana di Milano
Azienda USL di Bologna
ASL Napoli 1 Centro
Azienda USL Toscana Centro
ASL Bari
ASP Palermo
ASL Salerno
ASL TO3
Azienda Sanitaria Universitaria Giuliano Isontina
ASL Lecce
"""),
("federal_agency", "USA.gov A-Z index of federal agencies", "US", """
Bureau of Land Management
Bureau of Reclamation
Bureau of Indian Affairs
Federal Bureau of Investigation
Federal Bureau of Prisons
Bureau of Labor Statistics
U.S. Census Bureau
Bureau of Alcohol, Tobacco, Firearms and Explosives
Bureau of Engraving and Printing
Bureau of the Fiscal Service
Bureau of Economic Analysis
Bureau of Ocean Energy Management
National Park Service
U.S. Fish and Wildlife Service
U.S. Geological Survey
National Oceanic and Atmospheric Administration
National Weather Service
Federal Aviation Administration
Federal Highway Administration
U.S. Army Corps of Engineers
Defense Logistics Agency
General Services Administration
Social Security Administration
Internal Revenue Service
U.S. Customs and Border Protection
Transportation Security Administration
FEMA
USDA Forest Service
National Institutes of Health
Centers for Disease Control and Prevention
Environmental Protection Agency
Department of Veterans Affairs
Library of Congress
United States Postal Service
United States Mint
"""),
("tribal_government", "BIA list of federally recognized tribes; CIRNAC First Nation profiles", "US", """
Cherokee Nation
Navajo Nation
Muscogee (Creek) Nation
The Chickasaw Nation
Choctaw Nation of Oklahoma
Seminole Tribe of Florida
Oneida Nation
Osage Nation
Citizen Potawatomi Nation
Mashantucket Pequot Tribal Nation
Mohegan Tribe
Eastern Band of Cherokee Indians
Gila River Indian Community
Tohono O'odham Nation
Pueblo of Laguna
Confederated Tribes of the Umatilla Indian Reservation
Confederated Tribes of Warm Springs
Tulalip Tribes
Puyallup Tribe of Indians
Confederated Tribes and Bands of the Yakama Nation
Ho-Chunk Nation
Menominee Indian Tribe of Wisconsin
Oglala Sioux Tribe
Rosebud Sioux Tribe
Standing Rock Sioux Tribe
Saint Regis Mohawk Tribe
Seneca Nation of Indians
Shakopee Mdewakanton Sioux Community
Blackfeet Nation
Six Nations of the Grand River | CA
Membertou First Nation | CA
"""),
("ca_municipality", "Statistics Canada census subdivisions", "CA", """
City of Toronto
Ville de Montréal
City of Calgary
City of Ottawa
City of Edmonton
City of Winnipeg
City of Vancouver
Ville de Québec
City of Hamilton
City of Mississauga
City of Brampton
City of Surrey
Halifax Regional Municipality
City of Saskatoon
City of Regina
Ville de Laval
Ville de Gatineau
Town of Oakville
City of Markham
City of Kitchener
City of London, Ontario
City of Victoria
District of North Vancouver
Regional Municipality of York
Regional Municipality of Peel
Municipality of Chatham-Kent
Township of Langley
Town of Banff
City of St. John's
City of Charlottetown
City of Fredericton
City of Whitehorse
City of Yellowknife
"""),
("ca_provincial_ministry", "Government of Canada and provincial government directories", "CA", """
Ontario Ministry of Transportation
Ministry of Health, Ontario
BC Ministry of Education and Child Care
Alberta Infrastructure
Ministère de la Santé et des Services sociaux du Québec
Ministère des Transports et de la Mobilité durable
Saskatchewan Ministry of Highways
Manitoba Agriculture
Nova Scotia Department of Public Works
New Brunswick Department of Health
Yukon Department of Highways and Public Works
Public Services and Procurement Canada | CA | national_agency
Department of National Defence | CA | armed_forces
Royal Canadian Mounted Police | CA | national_agency
Canada Border Services Agency | CA | national_agency
Statistics Canada | CA | national_agency
Embassy of Canada to Austria | CA | embassy
"""),
("au_council", "Australian local government areas (ABS / ALGA)", "AU", """
City of Sydney
Brisbane City Council
City of Melbourne
City of Gold Coast
City of Perth
City of Adelaide
Shire of Augusta-Margaret River
Shire of Broome
Shire of East Pilbara
Shire of Esperance
Nillumbik Shire Council
Yarra Ranges Council
Mornington Peninsula Shire
Bass Coast Shire Council
Sutherland Shire Council
Hornsby Shire Council
The Hills Shire Council
Byron Shire Council
Noosa Shire Council
Cook Shire Council
Shire of Ashburton
Blacktown City Council
City of Parramatta Council
Logan City Council
City of Moreton Bay
Sunshine Coast Council
Townsville City Council
Cairns Regional Council
City of Hobart
City of Launceston
City of Darwin
Northern Beaches Council
Inner West Council
City of Casey
City of Stirling
City of Wanneroo
Campaspe Shire Council
Surf Coast Shire
Wingecarribee Shire Council
"""),
("au_state_department", "Australian Government and state government directories", "AU", """
NSW Department of Education
Department of Transport and Main Roads
Victorian Department of Health
Department of Education WA
Transport for NSW
NSW Police Force
Queensland Police Service
Department of Justice and Community Safety
SA Health
Department for Infrastructure and Transport
Department of Health Tasmania
Service NSW
Australian Taxation Office | AU | national_agency
Department of Defence | AU | armed_forces
Services Australia | AU | national_agency
CSIRO | AU | national_agency
Bureau of Meteorology | AU | national_agency
"""),
("ie_county_council", "Irish local authorities (gov.ie)", "IE", """
Cork County Council
Cork City Council
Dublin City Council
Fingal County Council
South Dublin County Council
Dún Laoghaire-Rathdown County Council
Galway County Council
Galway City Council
Kerry County Council
Clare County Council
Limerick City and County Council
Mayo County Council
Donegal County Council
Sligo County Council
Wexford County Council
Wicklow County Council
Kildare County Council
Meath County Council
Louth County Council
Tipperary County Council
Waterford City and County Council
Kilkenny County Council
Laois County Council
Offaly County Council
Westmeath County Council
Longford County Council
Roscommon County Council
Leitrim County Council
Cavan County Council
Monaghan County Council
Carlow County Council
Office of Public Works | IE | national_agency
An Garda Síochána | IE | national_agency
Revenue Commissioners | IE | national_agency
Transport Infrastructure Ireland | IE | national_agency
Óglaigh na hÉireann | IE | armed_forces
"""),
("at_municipality", "Statistik Austria Gemeindeverzeichnis", "AT", """
Magistrat der Stadt Wien
Stadt Wien – Wiener Wohnen
Magistrat Graz
Magistrat der Landeshauptstadt Linz
Stadt Salzburg
Stadtmagistrat Innsbruck
Marktgemeinde Perchtoldsdorf
Gemeinde Seefeld in Tirol
Stadtgemeinde Baden
Marktgemeinde Gunskirchen
Gemeinde Lech
Stadtgemeinde Klosterneuburg
Marktgemeinde Lustenau
Stadtgemeinde Bludenz
Amt der Niederösterreichischen Landesregierung | AT | at_state_government
Amt der Tiroler Landesregierung | AT | at_state_government
Amt der Steiermärkischen Landesregierung | AT | at_state_government
Amt der Oö. Landesregierung | AT | at_state_government
Bezirkshauptmannschaft Mödling | AT | at_state_government
Bundesministerium für Inneres | AT | national_agency
Österreichisches Bundesheer | AT | armed_forces
"""),
("ch_municipality", "BFS Amtliches Gemeindeverzeichnis der Schweiz", "CH", """
Stadt Zürich
Ville de Genève
Stadt Bern
Stadt Winterthur
Ville de Lausanne
Città di Lugano
Gemeinde Küsnacht
Einwohnergemeinde Zermatt
Gemeinde Davos
Commune de Montreux
Stadt Luzern
Stadt St. Gallen
Einwohnergemeinde Thun
"""),
("ch_canton", "Swiss cantons (admin.ch)", "CH", """
Kanton Zürich
Kanton Bern
Canton de Vaud
République et canton de Genève
Kanton Aargau
Kanton St. Gallen
Kanton Luzern
Repubblica e Cantone Ticino
Kanton Graubünden
Kanton Zug
Kanton Basel-Stadt
Kanton Basel-Landschaft
Bundesamt für Bauten und Logistik BBL | CH | national_agency
armasuisse | CH | national_agency
Eidgenössische Steuerverwaltung | CH | national_agency
ETH Zürich | CH | public_university
"""),
("es_municipality", "INE Relación de municipios", "ES", """
Ayuntamiento de Madrid
Ajuntament de Barcelona
Ajuntament de València
Ayuntamiento de Sevilla
Ayuntamiento de Zaragoza
Ayuntamiento de Málaga
Ayuntamiento de Murcia
Ajuntament de Palma
Ayuntamiento de Las Palmas de Gran Canaria
Ayuntamiento de Bilbao
Ayuntamiento de Alicante
Ayuntamiento de Córdoba
Ayuntamiento de Valladolid
Concello de Vigo
Ayuntamiento de Gijón
Ajuntament de L'Hospitalet de Llobregat
Concello da Coruña
Ayuntamiento de Granada
Ayuntamiento de Salamanca
Ayuntamiento de Toledo
Ayuntamiento de Cáceres
Ayuntamiento de Alcalá de Henares
Ayuntamiento de Getafe
Ayuntamiento de Burgos
Ayuntamiento de Santander
Ayuntamiento de Pamplona
Ayuntamiento de Logroño
Ayuntamiento de Badajoz
Ayuntamiento de Almería
Ajuntament de Girona
Ajuntament de Tarragona
Diputación Provincial de Valencia | ES | es_provincial_government
Generalitat de Catalunya | ES | es_regional_government
Comunidad de Madrid | ES | es_regional_government
Ministerio del Interior | ES | national_agency
Guardia Civil | ES | national_agency
Universidad Complutense de Madrid | ES | public_university
Universitat de Barcelona | ES | public_university
"""),
("it_municipality", "ISTAT Elenco dei comuni italiani", "IT", """
Roma Capitale
Comune di Milano
Comune di Napoli
Comune di Torino
Comune di Palermo
Comune di Genova
Comune di Bologna
Comune di Firenze
Comune di Bari
Comune di Catania
Comune di Venezia
Comune di Verona
Comune di Messina
Comune di Padova
Comune di Trieste
Comune di Brescia
Comune di Parma
Comune di Modena
Comune di Reggio Emilia
Comune di Perugia
Comune di Bergamo
Comune di Trento
Comune di Bolzano
Comune di Lecce
Comune di Pisa
Comune di Siena
Comune di Cagliari
Comune di Sassari
Comune di Ancona
Comune di Pescara
Regione Lombardia | IT | it_regional_government
Regione Lazio | IT | it_regional_government
Provincia autonoma di Trento | IT | it_regional_government
Ministero dell'Interno | IT | national_agency
Agenzia delle Entrate | IT | national_agency
Polizia di Stato | IT | national_agency
Alma Mater Studiorum – Università di Bologna | IT | public_university
Politecnico di Milano | IT | public_university
"""),
("nl_municipality", "CBS Gemeentelijke indeling", "NL", """
Gemeente Amsterdam
Gemeente Rotterdam
Gemeente Den Haag
Gemeente Utrecht
Gemeente Eindhoven
Gemeente Groningen
Gemeente Tilburg
Gemeente Almere
Gemeente Breda
Gemeente Nijmegen
Gemeente Apeldoorn
Gemeente Haarlem
Gemeente Arnhem
Gemeente Enschede
Gemeente Amersfoort
Gemeente Zaanstad
Gemeente 's-Hertogenbosch
Gemeente Zwolle
Gemeente Leiden
Gemeente Maastricht
Gemeente Dordrecht
Gemeente Delft
Gemeente Westland
Gemeente Súdwest-Fryslân
Rijkswaterstaat | NL | national_agency
Belastingdienst | NL | national_agency
Ministerie van Defensie | NL | national_agency
Provincie Noord-Holland | NL | nl_province
"""),
("nl_water_board", "Unie van Waterschappen: list of water boards", "NL", """
Waterschap Rivierenland
Hoogheemraadschap van Rijnland
Hoogheemraadschap Hollands Noorderkwartier
Waterschap Vallei en Veluwe
Waterschap Brabantse Delta
Waterschap De Dommel
Waterschap Aa en Maas
Waterschap Limburg
Wetterskip Fryslân
Waterschap Noorderzijlvest
Waterschap Hunze en Aa's
Waterschap Drents Overijsselse Delta
Waterschap Vechtstromen
Waterschap Rijn en IJssel
Hoogheemraadschap De Stichtse Rijnlanden
Waterschap Amstel, Gooi en Vecht
Hoogheemraadschap van Delfland
Hoogheemraadschap van Schieland en de Krimpenerwaard
Waterschap Hollandse Delta
Waterschap Scheldestromen
Waterschap Zuiderzeeland
"""),
("be_municipality", "Statbel list of municipalities (NIS codes)", "BE", """
Ville de Bruxelles
Stad Antwerpen
Stad Gent
Ville de Charleroi
Ville de Liège
Stad Brugge
Ville de Namur
Stad Leuven
Ville de Mons
Stad Aalst
Stad Mechelen
Commune d'Ixelles
Commune de Schaerbeek
Commune de Molenbeek-Saint-Jean
Commune d'Uccle
Stad Kortrijk
Stad Hasselt
Stad Oostende
Ville de Tournai
Ville de Verviers
Commune de Waterloo
Gemeente Knokke-Heist
SPF Finances | BE | national_agency
Defensie – La Défense | BE | armed_forces
Service public de Wallonie | BE | be_regional_government
Vlaamse Overheid | BE | be_regional_government
CPAS de Bruxelles | BE | be_public_social_welfare_centre
"""),
("nordic_municipality", "SCB/SSB/Danmarks Statistik/Statistics Finland municipality lists", "SE", """
Stockholms stad
Göteborgs Stad
Malmö stad
Uppsala kommun
Linköpings kommun
Örebro kommun
Västerås stad
Helsingborgs stad
Norrköpings kommun
Jönköpings kommun
Umeå kommun
Lunds kommun
Kiruna kommun
Region Gotland
Oslo kommune | NO
Bergen kommune | NO
Trondheim kommune | NO
Stavanger kommune | NO
Bærum kommune | NO
Kristiansand kommune | NO
Tromsø kommune | NO
Drammen kommune | NO
Fredrikstad kommune | NO
Bodø kommune | NO
Københavns Kommune | DK
Aarhus Kommune | DK
Odense Kommune | DK
Aalborg Kommune | DK
Esbjerg Kommune | DK
Frederiksberg Kommune | DK
Gentofte Kommune | DK
Vejle Kommune | DK
Randers Kommune | DK
Helsingin kaupunki | FI
Espoon kaupunki | FI
Tampereen kaupunki | FI
Vantaan kaupunki | FI
Oulun kaupunki | FI
Turun kaupunki | FI
Jyväskylän kaupunki | FI
Kuopion kaupunki | FI
Lahden kaupunki | FI
Rovaniemen kaupunki | FI
Borgå stad | FI
Inarin kunta | FI
Kittilän kunta | FI
Kirkkonummen kunta | FI
Skatteverket | SE | national_agency
Trafikverket | SE | national_agency
Försvarsmakten | SE | armed_forces
Statens vegvesen | NO | national_agency
Skatteetaten | NO | national_agency
Forsvaret | NO | armed_forces
Skattestyrelsen | DK | national_agency
Forsvarsministeriets Materiel- og Indkøbsstyrelse | DK | national_agency
Verohallinto | FI | national_agency
Puolustusvoimat | FI | armed_forces
Väylävirasto | FI | national_agency
Uppsala universitet | SE | public_university
Universitetet i Oslo | NO | public_university
Aarhus Universitet | DK | public_university
"""),
("cz_municipality", "ČSÚ Číselník obcí", "CZ", """
Hlavní město Praha
Statutární město Brno
Statutární město Ostrava
Statutární město Plzeň
Statutární město Liberec
Statutární město Olomouc
Statutární město České Budějovice
Statutární město Hradec Králové
Statutární město Ústí nad Labem
Statutární město Pardubice
Statutární město Zlín
Statutární město Kladno
Město Kutná Hora
Město Český Krumlov
Město Tábor
Město Třebíč
Obec Průhonice
Město Černošice
Obec Jesenice
Městská část Praha 6
Městská část Praha 4
Obec Dolní Břežany
Město Pec pod Sněžkou
Obec Lednice
Obec Velké Popovice
Obec Zdiby
Ministerstvo vnitra České republiky | CZ | national_agency
Ministerstvo obrany | CZ | national_agency
Policie České republiky | CZ | national_agency
Jihomoravský kraj | CZ | cz_region
Středočeský kraj | CZ | cz_region
Univerzita Karlova | CZ | public_university
České vysoké učení technické v Praze | CZ | public_university
"""),
("ua_city_council", "Перелік міських рад (decentralization.gov.ua)", "UA", """
Київська міська рада
Львівська міська рада
Харківська міська рада
Одеська міська рада
Дніпровська міська рада
Запорізька міська рада
Вінницька міська рада
Полтавська міська рада
Чернігівська міська рада
Житомирська міська рада
Івано-Франківська міська рада
Тернопільська міська рада
Луцька міська рада
Рівненська міська рада
Ужгородська міська рада
Чернівецька міська рада
Хмельницька міська рада
Черкаська міська рада
Сумська міська рада
Кропивницька міська рада
Миколаївська міська рада
Білоцерківська міська рада
Бучанська міська рада
Ірпінська міська рада
Броварська міська рада
Кременчуцька міська рада
Кам'янець-Подільська міська рада
Мукачівська міська рада
Дрогобицька міська рада
Бориспільська міська рада
Виконавчий орган Київської міської ради (Київська міська державна адміністрація)
Міністерство оборони України | UA | national_agency
Державна податкова служба України | UA | national_agency
Національна поліція України | UA | national_agency
КП «Київський метрополітен» | UA | ua_municipal_enterprise
КП «Київтеплоенерго» | UA | ua_municipal_enterprise
ЛКП «Львівсвітло» | UA | ua_municipal_enterprise
ДП «Адміністрація морських портів України» | UA | ua_state_enterprise
"""),
("kz_akimat", "Перечень акиматов и государственных учреждений (egov.kz, stat.gov.kz)", "KZ", """
Акимат города Алматы
Акимат города Астаны
Акимат города Шымкента
Акимат Карагандинской области
Акимат Павлодарской области
Акимат Актюбинской области
Акимат Атырауской области
Акимат города Караганды
Акимат Мангистауской области
Акимат города Усть-Каменогорска
ГУ «Аппарат акима города Алматы» | KZ | kz_state_institution
ГУ «Управление образования города Алматы» | KZ | kz_state_institution
ГУ «Управление здравоохранения Мангистауской области» | KZ | kz_state_institution
ГУ «Аппарат акима Бостандыкского района города Алматы» | KZ | kz_state_institution
ГУ «Отдел образования города Караганды» | KZ | kz_state_institution
ГУ «Аппарат акима Есильского района города Астаны» | KZ | kz_state_institution
КГУ «Общеобразовательная школа № 12» | KZ | kz_state_institution
КГУ «Школа-гимназия № 56» | KZ | kz_state_institution
РГУ «Департамент государственных доходов по городу Алматы» | KZ | kz_state_institution
ГУ «Министерство финансов Республики Казахстан» | KZ | kz_state_institution
ГУ «Управление пассажирского транспорта и автомобильных дорог города Алматы» | KZ | kz_state_institution
ГКП на ПХВ «Городская клиническая больница № 7» | KZ | kz_state_enterprise
РГП на ПХВ «Казахский национальный университет имени аль-Фараби» | KZ | kz_state_enterprise
КГП на ПХВ «Многопрофильная областная больница» | KZ | kz_state_enterprise
"""),
("by_state_body", "Belarusian state bodies and republican unitary enterprises (pravo.by, gov.by)", "BY", """
Минский городской исполнительный комитет
Брестский горисполком
Гомельский городской исполнительный комитет
Министерство здравоохранения Республики Беларусь
ГУО «Средняя школа № 1 г. Минска»
УЗ «Минская областная клиническая больница»
РУП «Белтелеком» | BY | by_state_unitary_enterprise
РУП «Производственное объединение «Белоруснефть» | BY | by_state_unitary_enterprise
РУП «Белпочта» | BY | by_state_unitary_enterprise
"""),
("embassy", "Diplomatic lists of the host ministries of foreign affairs", "US", """
Embassy of the United States of America, Madrid
Botschaft der Bundesrepublik Deutschland Wien | DE
Embajada de México en España | MX
Ambasciata d'Italia a Berna | IT
Consulate-General of Japan in Sydney | JP | consulate
Royal Norwegian Embassy in Ottawa | NO
Embassy of Ireland, Canberra | IE
Embassy of Finland, Prague | FI
Ambassade de France en Belgique | FR
Consulado General de España en Nueva York | ES | consulate
Посольство України в Канаді | UA
Посольство Республики Казахстан в Австрии | KZ
Embassy of Canada to Denmark | CA
Embassy of Australia, The Hague | AU
Schweizerische Botschaft in Stockholm | CH
Österreichische Botschaft Rom | AT
Ambasciata d'Italia a Madrid | IT
Embajada de España en Dublín | ES
Velvyslanectví České republiky ve Vídni | CZ
Ambassade van het Koninkrijk der Nederlanden in Brussel | NL
Sveriges ambassad i Helsingfors | SE
Danmarks Ambassade i Oslo | DK
Embaixada de Portugal em Madrid | PT
High Commission of Canada in Australia | CA
Consulate General of Canada in New York | CA | consulate
British Embassy Vienna | GB
Генеральне консульство України в Мюнхені | UA | consulate
"""),
]
