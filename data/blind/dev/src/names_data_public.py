# -*- coding: utf-8 -*-
"""Public bodies (B2G) for the names probe. GROUPS: (kind, country, lang, source, names-block)."""

GROUPS = [
("us_county","US","en","US Census county list (states A-M)","""Jefferson County, Alabama
Mobile County Commission
Madison County, AL
Baldwin County Commission
Montgomery County, Alabama
Maricopa County
Pima County
Pinal County, AZ
Yavapai County
Coconino County
Pulaski County, Arkansas
Benton County, AR
County of Los Angeles
County of San Diego
County of Orange
Riverside County
San Bernardino County
County of Santa Clara
Alameda County
Sacramento County
Fresno County
Kern County
County of Marin
Sonoma County
El Paso County, Colorado
Arapahoe County
Jefferson County, Colorado
Boulder County
Larimer County
Weld County Government
New Castle County
Sussex County, Delaware
Kent County Levy Court
Miami-Dade County
Broward County
Palm Beach County Board of County Commissioners
Hillsborough County
Orange County, Florida
Pinellas County
Lee County Board of County Commissioners
Polk County, Florida
Brevard County
Volusia County
Leon County
Fulton County
Gwinnett County
Cobb County
DeKalb County, Georgia
Chatham County
Clayton County
Hawaii County
County of Maui
County of Kauai
Ada County
Canyon County
Kootenai County
Cook County
DuPage County
Lake County, Illinois
Will County
Kane County
McHenry County
Winnebago County, IL
Sangamon County
Champaign County
Lake County, Indiana
Allen County
Hamilton County, Indiana
St. Joseph County, IN
Tippecanoe County
Polk County, Iowa
Linn County
Scott County, Iowa
Johnson County, Iowa
Johnson County, Kansas
Sedgwick County
Shawnee County
Douglas County, Kansas
Kenton County Fiscal Court
Boone County Fiscal Court
Warren County, Kentucky
Jefferson Parish
East Baton Rouge Parish
Caddo Parish Commission
Lafayette Consolidated Government
St. Tammany Parish Government
Cumberland County, Maine
York County, Maine
Penobscot County
Kennebec County
Montgomery County, Maryland
Prince George's County
Baltimore County
Anne Arundel County
Howard County Government
Frederick County, MD
Harford County
Barnstable County
Plymouth County, MA
Norfolk County
Bristol County, Massachusetts
Wayne County
Oakland County
Macomb County
Kent County, Michigan
Genesee County
Washtenaw County
Ingham County
Kalamazoo County
Hennepin County
Ramsey County
Dakota County
Anoka County
Olmsted County
St. Louis County, Minnesota
Hinds County
Harrison County, Mississippi
DeSoto County
Rankin County
Jackson County, Missouri
St. Louis County
Greene County, Missouri
St. Charles County
Boone County, Missouri
Yellowstone County
Missoula County
Gallatin County
Flathead County
Lewis and Clark County
Fairbanks North Star Borough
Matanuska-Susitna Borough
Kenai Peninsula Borough
Unified Government of Wyandotte County and Kansas City, Kansas
Lexington-Fayette Urban County Government"""),
("us_city","US","en","US Census list of incorporated places","""City of Chicago
City of Los Angeles
City of Phoenix
City of San Diego
City of San Jose
City and County of San Francisco
City of Jacksonville
City of Columbus
City of Indianapolis
City and County of Denver
City of Boston
City of Detroit
Baltimore City
City of Atlanta
City of Miami
City of Tampa
City of Orlando
City of Tucson
City of Mesa
City of Sacramento
City of Oakland
City of Long Beach
City of Fresno
City of Aurora
City of Colorado Springs
Louisville Metro Government
Kansas City, Missouri
City of St. Louis
City of Minneapolis
City of Saint Paul
City of Des Moines
City of New Orleans
City of Baton Rouge
City of Little Rock
City of Birmingham, Alabama
Municipality of Anchorage
City of Boise
City and County of Honolulu
City of Ann Arbor
City of Grand Rapids
City of Springfield, Illinois
City of Wichita
City of Lexington, KY
City of Billings
City of Portland, Maine
City of Cambridge, MA"""),
("us_township","US","en","US Census county subdivisions (townships, towns, villages)","""Lower Merion Township
Cheltenham Township
Bloomfield Township
Canton Township
Charter Township of West Bloomfield
Shelby Charter Township
Clinton Township
Edison Township
Woodbridge Township
Toms River Township
Cherry Hill Township
Town of Greenwich
Village of Oak Park
Town of Hempstead
Village of Schaumburg
Borough of State College
Town of Brookline
Town of Framingham"""),
("school_district","US","en","NCES Common Core of Data (school districts)","""Los Angeles Unified School District
Chicago Public Schools
Miami-Dade County Public Schools
Clark County School District
Broward County Public Schools
Houston Independent School District
Hillsborough County Public Schools
Orange County Public Schools
Fairfax County Public Schools
School District of Palm Beach County
Gwinnett County Public Schools
Dallas Independent School District
Montgomery County Public Schools
Wake County Public School System
Charlotte-Mecklenburg Schools
San Diego Unified School District
Denver Public Schools
Jefferson County Public Schools
Baltimore County Public Schools
Prince George's County Public Schools
Cobb County School District
Anne Arundel County Public Schools
Mesa Public Schools
Tucson Unified School District
Fresno Unified School District
Long Beach Unified School District
Austin ISD
Detroit Public Schools Community District
Minneapolis Public Schools
Anchorage School District
Boston Public Schools
Des Moines Public Schools
Albuquerque Public Schools
Cherry Creek School District
Douglas County School District
Jordan School District"""),
("public_university","US","en","IPEDS list of public institutions","""University of California, Berkeley
UCLA
University of Michigan
The Ohio State University
University of Texas at Austin
Texas A&M University
University of Florida
University of Washington
University of Wisconsin-Madison
University of Illinois Urbana-Champaign
Michigan State University
Arizona State University
University of Arizona
University of Minnesota
Indiana University Bloomington
Purdue University
University of Georgia
Georgia Institute of Technology
University of Colorado Boulder
Colorado State University
University of Iowa
Iowa State University
University of Kansas
Kansas State University
University of Kentucky
Louisiana State University
University of Maryland, College Park
University of Massachusetts Amherst
University of Alabama
Auburn University
University of Arkansas
University of Connecticut
Florida State University
University of Hawaii at Manoa
Boise State University
University of Idaho
California State University, Long Beach
San Diego State University
Miami Dade College
Montgomery College"""),
("public_hospital","US","en","US public hospital systems (hospital districts, VA medical centers)","""Cook County Health
Jackson Health System
Parkland Health
Harris Health System
VA Boston Healthcare System
James A. Haley Veterans' Hospital
Denver Health"""),
("us_federal_agency","US","en","USA.gov A-Z index of federal agencies","""U.S. Trade and Development Agency
Trade and Development Agency
U.S. Army Corps of Engineers
Army Corps of Engineers, Baltimore District
Environmental Protection Agency
Department of Veterans Affairs
U.S. Department of Energy
Department of the Interior
Bureau of Land Management
National Park Service
U.S. Fish and Wildlife Service
Bureau of Reclamation
U.S. Geological Survey
Bureau of Indian Affairs
U.S. Department of Agriculture
USDA Forest Service
Natural Resources Conservation Service
Food and Drug Administration
Centers for Disease Control and Prevention
National Institutes of Health
Internal Revenue Service
U.S. Census Bureau
National Oceanic and Atmospheric Administration
National Weather Service
Federal Aviation Administration
Federal Highway Administration
Transportation Security Administration
U.S. Customs and Border Protection
Federal Emergency Management Agency
Defense Logistics Agency
Social Security Administration
General Services Administration
Small Business Administration
Securities and Exchange Commission
Federal Trade Commission
NASA
National Science Foundation
Library of Congress
Government Accountability Office
U.S. Marshals Service
Federal Bureau of Investigation
Drug Enforcement Administration
Federal Bureau of Prisons
Peace Corps
U.S. Mint
Bureau of Engraving and Printing
National Archives and Records Administration
Bureau of Labor Statistics"""),
("armed_forces","US","en","US Department of Defense installations list","""U.S. Coast Guard
Naval Sea Systems Command
Air Force Research Laboratory
Marine Corps Base Camp Lejeune
Naval Air Station Pensacola
Joint Base Lewis-McChord
101st Airborne Division
Fort Campbell"""),
("national_forest","US","en","USDA Forest Service list of national forests","""Tongass National Forest
Coconino National Forest
Tonto National Forest
Shasta-Trinity National Forest
Los Padres National Forest
White River National Forest
Pike-San Isabel National Forests
Ocala National Forest
Chattahoochee-Oconee National Forests
Hoosier National Forest
Daniel Boone National Forest
Kisatchie National Forest
Huron-Manistee National Forests
Superior National Forest
Mark Twain National Forest
Flathead National Forest
Ouachita National Forest
Boise National Forest
Yellowstone National Park
Grand Canyon National Park"""),
("tribal_government","US","en","BIA list of federally recognized tribes","""Navajo Nation
Cherokee Nation
Muscogee (Creek) Nation
Choctaw Nation of Oklahoma
The Chickasaw Nation
Seminole Tribe of Florida
Oglala Sioux Tribe
Mashantucket Pequot Tribal Nation
Mohegan Tribe
Gila River Indian Community
Tohono O'odham Nation
Hopi Tribe
Eastern Band of Cherokee Indians
Confederated Tribes of Warm Springs
Poarch Band of Creek Indians
Seneca Nation of Indians
Osage Nation
Blackfeet Nation
Pueblo of Zuni
Salt River Pima-Maricopa Indian Community"""),
("uk_council","GB","en","GOV.UK list of local councils","""Birmingham City Council
Manchester City Council
Leeds City Council
Sheffield City Council
Bristol City Council
Liverpool City Council
Cornwall Council
Kent County Council
Essex County Council
Hampshire County Council
Surrey County Council
Lancashire County Council
Norfolk County Council
Devon County Council
Westminster City Council
London Borough of Camden
Royal Borough of Kensington and Chelsea
London Borough of Hackney
London Borough of Tower Hamlets
London Borough of Croydon
Glasgow City Council
The City of Edinburgh Council
Cardiff Council
Swansea Council
Belfast City Council
Brighton & Hove City Council
Milton Keynes City Council
Reading Borough Council
Stockport Metropolitan Borough Council
Wirral Council
Cheshire East Council
North Yorkshire Council
Buckinghamshire Council
Wiltshire Council
Durham County Council
Northumberland County Council
Oxford City Council
Cambridge City Council
The Highland Council
Aberdeenshire Council
Fife Council
Stratford-upon-Avon Town Council"""),
("uk_central_government","GB","en","GOV.UK departments, agencies and public bodies","""Ministry of Defence
HM Revenue & Customs
Department for Education
Home Office
Metropolitan Police Service
Environment Agency
Driver and Vehicle Licensing Agency
HM Prison and Probation Service
Transport for London
Royal Air Force Brize Norton"""),
("nhs_trust","GB","en","NHS England list of NHS trusts and health boards","""Guy's and St Thomas' NHS Foundation Trust
Manchester University NHS Foundation Trust
Barts Health NHS Trust
Leeds Teaching Hospitals NHS Trust
University Hospitals Birmingham NHS Foundation Trust
Oxford University Hospitals NHS Foundation Trust
Cambridge University Hospitals NHS Foundation Trust
Imperial College Healthcare NHS Trust
King's College Hospital NHS Foundation Trust
The Newcastle upon Tyne Hospitals NHS Foundation Trust
Sheffield Teaching Hospitals NHS Foundation Trust
Royal Free London NHS Foundation Trust
University College London Hospitals NHS Foundation Trust
Nottingham University Hospitals NHS Trust
Liverpool University Hospitals NHS Foundation Trust
South London and Maudsley NHS Foundation Trust
Great Ormond Street Hospital for Children NHS Foundation Trust
The Royal Marsden NHS Foundation Trust
University Hospitals of Leicester NHS Trust
North Bristol NHS Trust
Royal Cornwall Hospitals NHS Trust
London Ambulance Service NHS Trust
NHS Greater Glasgow and Clyde
NHS Lothian
Betsi Cadwaladr University Health Board
Cardiff and Vale University Health Board
NHS England"""),
("de_state_capital","DE","de","Destatis Gemeindeverzeichnis (GV-ISys)","""Landeshauptstadt München
Landeshauptstadt Stuttgart
Landeshauptstadt Düsseldorf
Landeshauptstadt Hannover
Landeshauptstadt Wiesbaden
Landeshauptstadt Mainz
Landeshauptstadt Dresden
Landeshauptstadt Magdeburg
Landeshauptstadt Potsdam
Landeshauptstadt Kiel
Landeshauptstadt Schwerin
Landeshauptstadt Saarbrücken
Landeshauptstadt Erfurt
Freie und Hansestadt Hamburg
Freie Hansestadt Bremen"""),
("de_city","DE","de","Destatis Gemeindeverzeichnis (GV-ISys)","""Stadt Köln
Stadt Frankfurt am Main
Stadt Nürnberg
Stadt Leipzig
Stadt Dortmund
Stadt Essen
Stadt Bochum
Stadt Münster
Bundesstadt Bonn
Stadt Karlsruhe
Stadt Mannheim
Stadt Augsburg
Stadt Freiburg im Breisgau
Stadt Heidelberg
Stadt Regensburg
Stadt Würzburg
Stadt Ulm
Stadt Göttingen
Hanse- und Universitätsstadt Rostock
Stadt Jena
Stadt Halle (Saale)
Stadt Chemnitz
Stadt Aachen
Stadt Bielefeld
Stadt Wuppertal
Bezirksamt Mitte von Berlin
Bezirksamt Charlottenburg-Wilmersdorf"""),
("de_municipality","DE","de","Destatis Gemeindeverzeichnis (GV-ISys)","""Gemeinde Unterhaching
Gemeinde Grünwald
Gemeinde Ismaning
Gemeinde Seevetal
Gemeinde Wedemark
Gemeinde Kirchheim b. München
Markt Oberstdorf
Markt Garmisch-Partenkirchen
Gemeinde Sylt
Gemeinde Timmendorfer Strand
Gemeinde Schwielowsee
Gemeinde Stahnsdorf
Gemeinde Kleinmachnow
Gemeinde Eching
Gemeinde Ottobrunn
Gemeinde Haar
Gemeinde Pullach i. Isartal
Gemeinde Wadersloh
Gemeinde Hiddenhausen
Gemeinde Ganderkesee
Gemeinde Rastede
Gemeinde Weyhe
Gemeinde Stuhr"""),
("de_district","DE","de","Destatis Gemeindeverzeichnis (Kreise)","""Landkreis München
Landratsamt Starnberg
Landkreis Esslingen
Landkreis Ludwigsburg
Rhein-Sieg-Kreis
Kreis Steinfurt
Region Hannover
Landkreis Harburg
Landkreis Göttingen
Landkreis Rostock
Vogelsbergkreis
Main-Kinzig-Kreis
Landkreis Bautzen
Landkreis Görlitz
Ortenaukreis
Landkreis Konstanz
Kreis Pinneberg
Ennepe-Ruhr-Kreis
Märkischer Kreis
Landkreis Oder-Spree
Landkreis Potsdam-Mittelmark
Saalekreis
Wartburgkreis
Landkreis Cuxhaven"""),
("de_state_body","DE","de","Bund.de Behördenverzeichnis","""Bundesagentur für Arbeit
Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr
Polizeipräsidium München
Finanzamt Köln-Mitte
Amtsgericht Charlottenburg
Bundesministerium für Bildung und Forschung
Umweltbundesamt
Bundeswehr-Dienstleistungszentrum Köln
Statistisches Bundesamt
Deutsche Rentenversicherung Bund
Technische Universität München
Ludwig-Maximilians-Universität München
Universität Hamburg
Charité – Universitätsmedizin Berlin
Universitätsklinikum Hamburg-Eppendorf"""),
("fr_commune","FR","fr","INSEE Code officiel géographique (communes)","""Ville de Paris
Ville de Lyon
Ville de Marseille
Mairie de Toulouse
Ville de Nice
Ville de Nantes
Ville de Strasbourg
Ville de Montpellier
Mairie de Bordeaux
Ville de Lille
Ville de Rennes
Ville de Reims
Commune de Saint-Étienne
Mairie de Grenoble
Ville de Dijon
Mairie d'Angers
Commune de Villeurbanne
Mairie de Nîmes
Ville d'Aix-en-Provence
Mairie de Brest
Commune de Chamonix-Mont-Blanc
Mairie d'Annecy
Commune de Giverny
Mairie de Carnac
Commune d'Étretat"""),
("fr_departement","FR","fr","INSEE Code officiel géographique (départements, régions)","""Conseil départemental du Nord
Département des Bouches-du-Rhône
Conseil départemental de la Gironde
Département du Rhône
Conseil départemental des Hauts-de-Seine
Département de la Seine-Saint-Denis
Conseil départemental du Finistère
Département de l'Hérault
Conseil départemental de la Haute-Garonne
Conseil départemental du Var
Département de l'Isère
Conseil départemental de la Loire-Atlantique
Département du Pas-de-Calais
Conseil départemental des Alpes-Maritimes
Région Île-de-France
Région Auvergne-Rhône-Alpes"""),
("fr_state_body","FR","fr","annuaire de l'administration (service-public.fr)","""Ministère des Armées
Préfecture de Police
Assistance Publique – Hôpitaux de Paris
CHU de Bordeaux
Université Paris-Saclay
Sorbonne Université
Direction générale des Finances publiques
Gendarmerie nationale"""),
("ru_state_body","RU","ru","Реестр органов власти / ЕГРЮЛ (ГАС «Управление»)","""Министерство здравоохранения Российской Федерации
Министерство обороны Российской Федерации
Министерство просвещения Российской Федерации
Федеральная налоговая служба
УФНС России по г. Москве
ГУ МВД России по г. Москве
Администрация города Екатеринбурга
Мэрия города Новосибирска
Департамент образования и науки города Москвы
Администрация Центрального района Санкт-Петербурга
Комитет по образованию Санкт-Петербурга
Росреестр
Росстат
МЧС России
Следственный комитет Российской Федерации
Арбитражный суд города Москвы
Администрация городского округа Химки
Администрация городского округа «Город Архангельск»
Правительство Тульской области
Министерство образования Московской области
Отделение Социального фонда России по г. Москве и Московской области
ФКУ «Объединённое стратегическое командование Западного военного округа»"""),
("ru_state_institution","RU","ru","ЕГРЮЛ / bus.gov.ru (государственные и муниципальные учреждения)","""ГБУ «Жилищник района Хамовники»
ГБУ г. Москвы «Автомобильные дороги»
ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»
ГБУЗ «Городская клиническая больница № 52 ДЗМ»
ГБОУ «Школа № 1535»
ФГБОУ ВО «Московский государственный университет имени М.В. Ломоносова»
ФГАОУ ВО «Национальный исследовательский университет «Высшая школа экономики»
ФГАОУ ВО «СПбПУ Петра Великого»
ФГБУ «НМИЦ кардиологии им. ак. Е.И. Чазова» Минздрава России
МБОУ «Средняя общеобразовательная школа № 1» г. Тамбова
МБОУ СОШ № 15 г. Краснодара
МАДОУ «Детский сад № 25» г. Перми
МБДОУ «Детский сад № 7 «Солнышко»
МКУ «Управление благоустройства» г. Курска
МБУК «Централизованная библиотечная система» г. Владимира
ГАУЗ «Республиканская клиническая больница» МЗ РТ
ГКУ «Организатор перевозок»
ФКУ ИК-2 УФСИН России по Рязанской области
ФГУП «ГРЧЦ»
ФГУП «ВГТРК»
ФГУП «Росморпорт»
ГУП «Московский метрополитен»
ГУП «Мосгортранс»
ГУП «Водоканал Санкт-Петербурга»
МУП «Водоканал» г. Екатеринбурга
МУП «Горэлектротранс» г. Новосибирска
ФГБУ «Фонд содействия инновациям»"""),
("kz_akimat","KZ","ru","Портал egov.kz (местные исполнительные органы)","""Акимат города Алматы
Акимат города Астаны
Акимат Карагандинской области
Акимат Алматинской области
Акимат города Шымкента
Акимат Мангистауской области
Акимат Павлодарской области
ГУ «Аппарат акима Медеуского района города Алматы»
Алматы қаласының әкімдігі
Астана қаласының әкімдігі
Акимат города Усть-Каменогорска"""),
("kz_state_body","KZ","ru","Портал egov.kz (государственные органы и организации)","""Министерство здравоохранения Республики Казахстан
Министерство обороны Республики Казахстан
Министерство финансов Республики Казахстан
Министерство цифрового развития, инноваций и аэрокосмической промышленности РК
Комитет государственных доходов Министерства финансов РК
Департамент полиции города Астаны
ГУ «Управление образования города Алматы»
Қазақстан Республикасы Денсаулық сақтау министрлігі
РГП на ПХВ «Казгидромет»
РГП «Казаэронавигация»
РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»
ГКП на ПХВ «Городская клиническая больница № 7» УОЗ г. Алматы
КГУ «Общеобразовательная школа № 12» отдела образования г. Караганды
ГККП «Ясли-сад № 5» акимата г. Павлодара"""),
("pl_public_office","PL","pl","BIP / rejestr TERYT (urzędy i jednostki samorządu)","""Urząd m.st. Warszawy
Urząd Miasta Krakowa
Urząd Miejski Wrocławia
Urząd Miasta Poznania
Urząd Miejski w Gdańsku
Urząd Miasta Łodzi
Urząd Miasta Lublin
Urząd Miasta Katowice
Urząd Miejski w Gliwicach
Urząd Gminy Raszyn
Urząd Gminy Lesznowola
Urząd Gminy Kobylnica
Urząd Gminy Zielonki
Urząd Marszałkowski Województwa Mazowieckiego
Urząd Marszałkowski Województwa Małopolskiego
Mazowiecki Urząd Wojewódzki w Warszawie
Śląski Urząd Wojewódzki w Katowicach
Starostwo Powiatowe w Piasecznie
Starostwo Powiatowe w Wieliczce
Urząd Skarbowy Warszawa-Śródmieście
Pierwszy Urząd Skarbowy w Krakowie
Zakład Ubezpieczeń Społecznych
Ministerstwo Cyfryzacji
Ministerstwo Obrony Narodowej
Ministerstwo Zdrowia
Główny Urząd Statystyczny
Urząd Ochrony Konkurencji i Konsumentów
Komenda Stołeczna Policji
Sąd Okręgowy w Warszawie
Uniwersytet Warszawski
Uniwersytet Jagielloński
Politechnika Warszawska
Gmina Miasta Gdyni
Gmina Kórnik"""),
]

# Embassies and consulates: (name, host country, lang)
EMBASSIES = [
 ("Embassy of the United States of America, Berlin","DE","en"),("Botschaft von Japan in Deutschland","DE","de"),
 ("Französische Botschaft in Berlin","DE","de"),("Botschaft der Republik Kasachstan in Berlin","DE","de"),
 ("Embassy of Canada to Germany","DE","en"),("Generalkonsulat der Vereinigten Staaten von Amerika, Frankfurt","DE","de"),
 ("British Consulate General Düsseldorf","DE","en"),("Japanisches Generalkonsulat München","DE","de"),
 ("Embassy of Japan in the United Kingdom","GB","en"),("Embassy of the People's Republic of China in the United Kingdom","GB","en"),
 ("Embassy of Brazil in London","GB","en"),("Embassy of India, Washington, D.C.","US","en"),
 ("Embassy of the Republic of Kazakhstan in the USA","US","en"),("Consulate General of Germany in New York","US","en"),
 ("Ambassade de France en Allemagne","DE","fr"),("Ambassade du Royaume du Maroc en France","FR","fr"),
 ("Ambassade d'Australie en France","FR","fr"),("Consulat général d'Allemagne à Strasbourg","FR","fr"),
 ("Посольство Федеративной Республики Германия в Москве","RU","ru"),("Посольство Республики Казахстан в Российской Федерации","RU","ru"),
 ("Посольство Италии в Москве","RU","ru"),("Посольство Российской Федерации в Республике Казахстан","KZ","ru"),
 ("Генеральное консульство Российской Федерации в Алматы","KZ","ru"),("Посольство Турецкой Республики в Астане","KZ","ru"),
 ("Ambasada Republiki Federalnej Niemiec w Warszawie","PL","pl"),("Ambasada Stanów Zjednoczonych w Warszawie","PL","pl"),
 ("Ambasada Ukrainy w Warszawie","PL","pl"),("Ambasada Republiki Kazachstanu w Warszawie","PL","pl"),
 ("Konsulat Generalny Republiki Federalnej Niemiec w Krakowie","PL","pl"),("British Embassy Warsaw","PL","en"),
]

# Ambiguous by nature (policy: international organisations; state-founded funds registered as non-profits): B2B, ambiguous
AMBIGUOUS = [
 ("UNICEF","US","en","international_org","UN system directory"),
 ("United Nations Development Programme","US","en","international_org","UN system directory"),
 ("World Health Organization","CH","en","international_org","UN system directory"),
 ("UNHCR","CH","en","international_org","UN system directory"),
 ("World Food Programme","IT","en","international_org","UN system directory"),
 ("Food and Agriculture Organization of the United Nations","IT","en","international_org","UN system directory"),
 ("UNESCO","FR","fr","international_org","UN system directory"),
 ("International Labour Organization","CH","en","international_org","UN system directory"),
 ("International Atomic Energy Agency","AT","en","international_org","UN system directory"),
 ("UNOPS","DK","en","international_org","UN system directory"),
 ("UNFPA","US","en","international_org","UN system directory"),
 ("International Organization for Migration","CH","en","international_org","UN system directory"),
 ("Представительство ООН в Российской Федерации","RU","ru","international_org","UN system directory"),
 ("Представительство ЮНИСЕФ в Казахстане","KZ","ru","international_org","UN system directory"),
 ("International Committee of the Red Cross","CH","en","international_org","ICRC / IFRC directory"),
 ("Internationales Komitee vom Roten Kreuz","CH","de","international_org","ICRC / IFRC directory"),
 ("Международный комитет Красного Креста","RU","ru","international_org","ICRC / IFRC directory"),
 ("International Federation of Red Cross and Red Crescent Societies","CH","en","international_org","ICRC / IFRC directory"),
 ("World Bank","US","en","international_org","list of international financial institutions"),
 ("International Monetary Fund","US","en","international_org","list of international financial institutions"),
 ("European Bank for Reconstruction and Development","GB","en","international_org","list of international financial institutions"),
 ("European Investment Bank","LU","en","international_org","list of international financial institutions"),
 ("Asian Development Bank","PH","en","international_org","list of international financial institutions"),
 ("Евразийский банк развития","KZ","ru","international_org","list of international financial institutions"),
 ("OSCE","AT","en","international_org","list of intergovernmental organisations"),
 ("OECD","FR","fr","international_org","list of intergovernmental organisations"),
 ("NATO Support and Procurement Agency","LU","en","international_org","list of intergovernmental organisations"),
 ("Исполнительный комитет СНГ","BY","ru","international_org","list of intergovernmental organisations"),
 ("Фонд «Сколково»","RU","ru","state_founded_nonprofit_fund","ЕГРЮЛ (некоммерческие фонды, учреждённые государством)"),
 ("Российский научный фонд","RU","ru","state_founded_nonprofit_fund","ЕГРЮЛ (некоммерческие фонды, учреждённые государством)"),
 ("Фонд «Круг добра»","RU","ru","state_founded_nonprofit_fund","ЕГРЮЛ (некоммерческие фонды, учреждённые государством)"),
 ("Deutsche Bundesstiftung Umwelt","DE","de","state_founded_nonprofit_fund","Stiftungsverzeichnis (vom Bund errichtete Stiftungen bürgerlichen Rechts)"),
 ("Stiftung Warentest","DE","de","state_founded_nonprofit_fund","Stiftungsverzeichnis (vom Bund errichtete Stiftungen bürgerlichen Rechts)"),
 ("Corporation for Public Broadcasting","US","en","state_founded_nonprofit_fund","US congressionally chartered non-profit corporations"),
 ("National Endowment for Democracy","US","en","state_founded_nonprofit_fund","US congressionally chartered non-profit corporations"),
 ("Fundacja Rozwoju Systemu Edukacji","PL","pl","state_founded_nonprofit_fund","KRS (fundacje Skarbu Państwa)"),
 ("Госкорпорация «Росатом»","RU","ru","state_corporation_nonprofit","ЕГРЮЛ (государственные корпорации)"),
 ("Государственная корпорация «Ростех»","RU","ru","state_corporation_nonprofit","ЕГРЮЛ (государственные корпорации)"),
]

KIND_OVERRIDE = {
 "Yellowstone National Park":"national_park","Grand Canyon National Park":"national_park",
 "Royal Air Force Brize Norton":"armed_forces","Metropolitan Police Service":"police","Transport for London":"transit_authority",
 "Deutsche Rentenversicherung Bund":"state_social_fund","Zakład Ubezpieczeń Społecznych":"state_social_fund",
 "Отделение Социального фонда России по г. Москве и Московской области":"state_social_fund",
 "Technische Universität München":"public_university","Ludwig-Maximilians-Universität München":"public_university",
 "Universität Hamburg":"public_university","Charité – Universitätsmedizin Berlin":"public_hospital",
 "Universitätsklinikum Hamburg-Eppendorf":"public_hospital",
 "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr":"armed_forces",
 "Bundeswehr-Dienstleistungszentrum Köln":"armed_forces","Polizeipräsidium München":"police","Amtsgericht Charlottenburg":"court",
 "Ministère des Armées":"armed_forces","Gendarmerie nationale":"armed_forces","Préfecture de Police":"police",
 "Assistance Publique – Hôpitaux de Paris":"public_hospital","CHU de Bordeaux":"public_hospital",
 "Université Paris-Saclay":"public_university","Sorbonne Université":"public_university",
 "Министерство обороны Российской Федерации":"armed_forces","ГУ МВД России по г. Москве":"police",
 "Арбитражный суд города Москвы":"court","ФКУ «Объединённое стратегическое командование Западного военного округа»":"armed_forces",
 "ФГБОУ ВО «Московский государственный университет имени М.В. Ломоносова»":"public_university",
 "ФГАОУ ВО «Национальный исследовательский университет «Высшая школа экономики»":"public_university",
 "ФГАОУ ВО «СПбПУ Петра Великого»":"public_university",
 "ГБУЗ «ГКБ им. С.П. Боткина ДЗМ»":"public_hospital","ГБУЗ «Городская клиническая больница № 52 ДЗМ»":"public_hospital",
 "ГАУЗ «Республиканская клиническая больница» МЗ РТ":"public_hospital",
 "ГБОУ «Школа № 1535»":"public_school","МБОУ «Средняя общеобразовательная школа № 1» г. Тамбова":"public_school",
 "МБОУ СОШ № 15 г. Краснодара":"public_school","МАДОУ «Детский сад № 25» г. Перми":"public_school",
 "МБДОУ «Детский сад № 7 «Солнышко»":"public_school",
 "ФГУП «ГРЧЦ»":"state_unitary_enterprise","ФГУП «ВГТРК»":"state_unitary_enterprise","ФГУП «Росморпорт»":"state_unitary_enterprise",
 "ГУП «Московский метрополитен»":"state_unitary_enterprise","ГУП «Мосгортранс»":"state_unitary_enterprise",
 "ГУП «Водоканал Санкт-Петербурга»":"state_unitary_enterprise","МУП «Водоканал» г. Екатеринбурга":"municipal_unitary_enterprise",
 "МУП «Горэлектротранс» г. Новосибирска":"municipal_unitary_enterprise",
 "Министерство обороны Республики Казахстан":"armed_forces","Департамент полиции города Астаны":"police",
 "РГП на ПХВ «Казгидромет»":"state_enterprise","РГП «Казаэронавигация»":"state_enterprise",
 "РГП на ПХВ «Национальный центр экспертизы лекарственных средств и медицинских изделий»":"state_enterprise",
 "ГКП на ПХВ «Городская клиническая больница № 7» УОЗ г. Алматы":"public_hospital",
 "КГУ «Общеобразовательная школа № 12» отдела образования г. Караганды":"public_school",
 "ГККП «Ясли-сад № 5» акимата г. Павлодара":"public_school",
 "Ministerstwo Obrony Narodowej":"armed_forces","Komenda Stołeczna Policji":"police","Sąd Okręgowy w Warszawie":"court",
 "Uniwersytet Warszawski":"public_university","Uniwersytet Jagielloński":"public_university","Politechnika Warszawska":"public_university",
}
