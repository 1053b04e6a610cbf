# -*- coding: utf-8 -*-
"""Company names for the names probe. Each entry: "common name|formal name with legal form" (formal optional)."""

SP500 = """Apple|Apple Inc.
Microsoft|Microsoft Corporation
Alphabet|Alphabet Inc.
Amazon|Amazon.com, Inc.
Nvidia|NVIDIA Corporation
Meta Platforms|Meta Platforms, Inc.
Berkshire Hathaway|Berkshire Hathaway Inc.
Tesla|Tesla, Inc.
UnitedHealth Group|UnitedHealth Group Incorporated
Johnson & Johnson
JPMorgan Chase|JPMorgan Chase & Co.
Visa|Visa Inc.
Exxon Mobil|Exxon Mobil Corporation
Procter & Gamble|The Procter & Gamble Company
Mastercard|Mastercard Incorporated
Home Depot|The Home Depot, Inc.
Chevron|Chevron Corporation
Merck & Co.
AbbVie|AbbVie Inc.
Coca-Cola|The Coca-Cola Company
PepsiCo|PepsiCo, Inc.
Costco|Costco Wholesale Corporation
Walmart|Walmart Inc.
McDonald's|McDonald's Corporation
Cisco|Cisco Systems, Inc.
Thermo Fisher Scientific|Thermo Fisher Scientific Inc.
Abbott Laboratories
Salesforce|Salesforce, Inc.
Bank of America|Bank of America Corporation
Pfizer|Pfizer Inc.
Comcast|Comcast Corporation
Adobe|Adobe Inc.
Netflix|Netflix, Inc.
Oracle|Oracle Corporation
Intel|Intel Corporation
Verizon|Verizon Communications Inc.
AT&T|AT&T Inc.
Danaher|Danaher Corporation
Nike|Nike, Inc.
Texas Instruments|Texas Instruments Incorporated
Wells Fargo|Wells Fargo & Company
Qualcomm|QUALCOMM Incorporated
Honeywell|Honeywell International Inc.
Caterpillar|Caterpillar Inc.
Boeing|The Boeing Company
Lockheed Martin|Lockheed Martin Corporation
RTX|RTX Corporation
GE Aerospace
3M|3M Company
IBM|International Business Machines Corporation
Amgen|Amgen Inc.
Starbucks|Starbucks Corporation
Lowe's|Lowe's Companies, Inc.
Goldman Sachs|The Goldman Sachs Group, Inc.
Morgan Stanley
John Deere|Deere & Company
American Express|American Express Company
Union Pacific|Union Pacific Corporation
UPS|United Parcel Service, Inc.
FedEx|FedEx Corporation
Target|Target Corporation
CVS Health|CVS Health Corporation
Colgate-Palmolive|Colgate-Palmolive Company
Mondelez|Mondelez International, Inc.
Kraft Heinz|The Kraft Heinz Company
General Mills|General Mills, Inc.
Kellanova
Hershey|The Hershey Company
Altria|Altria Group, Inc.
Philip Morris International|Philip Morris International Inc.
Gilead Sciences|Gilead Sciences, Inc.
Bristol-Myers Squibb|Bristol-Myers Squibb Company
Eli Lilly|Eli Lilly and Company
Booking Holdings|Booking Holdings Inc.
Charles Schwab|The Charles Schwab Corporation
BlackRock|BlackRock, Inc.
Citigroup|Citigroup Inc.
PayPal|PayPal Holdings, Inc.
Intuit|Intuit Inc.
ServiceNow|ServiceNow, Inc.
Micron Technology|Micron Technology, Inc.
Applied Materials|Applied Materials, Inc.
Lam Research|Lam Research Corporation
KLA|KLA Corporation
Analog Devices|Analog Devices, Inc.
Broadcom|Broadcom Inc.
AMD|Advanced Micro Devices, Inc.
ADP|Automatic Data Processing, Inc.
Marriott International|Marriott International, Inc.
Hilton|Hilton Worldwide Holdings Inc.
Ford|Ford Motor Company
General Motors|General Motors Company
Dow|Dow Inc.
DuPont|DuPont de Nemours, Inc.
Sherwin-Williams|The Sherwin-Williams Company
Ecolab|Ecolab Inc.
Emerson Electric|Emerson Electric Co.
Illinois Tool Works|Illinois Tool Works Inc.
Northrop Grumman|Northrop Grumman Corporation
General Dynamics|General Dynamics Corporation
L3Harris|L3Harris Technologies, Inc.
Waste Management|Waste Management, Inc.
Republic Services|Republic Services, Inc.
Duke Energy|Duke Energy Corporation
Southern Company|The Southern Company
NextEra Energy|NextEra Energy, Inc.
Dominion Energy|Dominion Energy, Inc.
Exelon|Exelon Corporation
American Electric Power|American Electric Power Company, Inc.
ConocoPhillips
EOG Resources|EOG Resources, Inc.
SLB
Halliburton|Halliburton Company
Occidental Petroleum|Occidental Petroleum Corporation
Marathon Petroleum|Marathon Petroleum Corporation
Valero Energy|Valero Energy Corporation
Phillips 66
Kimberly-Clark|Kimberly-Clark Corporation
Clorox|The Clorox Company
Estée Lauder|The Estée Lauder Companies Inc.
Tyson Foods|Tyson Foods, Inc.
Hormel Foods|Hormel Foods Corporation
Campbell's|The Campbell's Company
Conagra Brands|Conagra Brands, Inc.
J.M. Smucker|The J. M. Smucker Company
McCormick|McCormick & Company, Incorporated
Kroger|The Kroger Co.
Dollar General|Dollar General Corporation
Dollar Tree|Dollar Tree, Inc.
Walgreens Boots Alliance
Best Buy|Best Buy Co., Inc.
Ross Stores|Ross Stores, Inc.
TJX Companies|The TJX Companies, Inc.
eBay|eBay Inc.
Expedia Group|Expedia Group, Inc.
Uber|Uber Technologies, Inc.
Airbnb|Airbnb, Inc.
Delta Air Lines|Delta Air Lines, Inc.
United Airlines|United Airlines Holdings, Inc.
Southwest Airlines|Southwest Airlines Co.
CSX|CSX Corporation
Norfolk Southern|Norfolk Southern Corporation
Paccar|PACCAR Inc
Cummins|Cummins Inc.
Hasbro|Hasbro, Inc.
Ralph Lauren|Ralph Lauren Corporation
Tapestry|Tapestry, Inc.
Domino's Pizza|Domino's Pizza, Inc.
Chipotle Mexican Grill|Chipotle Mexican Grill, Inc.
Yum! Brands|Yum! Brands, Inc.
Darden Restaurants|Darden Restaurants, Inc.
Moody's|Moody's Corporation
S&P Global|S&P Global Inc.
Equifax|Equifax Inc.
Aflac|Aflac Incorporated
MetLife|MetLife, Inc.
Prudential Financial|Prudential Financial, Inc.
Allstate|The Allstate Corporation
Progressive|The Progressive Corporation
Travelers|The Travelers Companies, Inc.
AIG|American International Group, Inc.
Capital One|Capital One Financial Corporation
U.S. Bancorp
PNC|The PNC Financial Services Group, Inc.
Truist Financial|Truist Financial Corporation
State Street|State Street Corporation
Humana|Humana Inc.
Cigna|The Cigna Group
Elevance Health|Elevance Health, Inc.
Centene|Centene Corporation
HCA Healthcare|HCA Healthcare, Inc.
Zoetis|Zoetis Inc.
Stryker|Stryker Corporation
Boston Scientific|Boston Scientific Corporation
Becton Dickinson|Becton, Dickinson and Company
Baxter International|Baxter International Inc.
Edwards Lifesciences|Edwards Lifesciences Corporation
Intuitive Surgical|Intuitive Surgical, Inc.
Regeneron|Regeneron Pharmaceuticals, Inc.
Vertex Pharmaceuticals|Vertex Pharmaceuticals Incorporated
Biogen|Biogen Inc.
Moderna|Moderna, Inc.
Agilent Technologies|Agilent Technologies, Inc.
Autodesk|Autodesk, Inc.
Fortinet|Fortinet, Inc.
Palo Alto Networks|Palo Alto Networks, Inc.
Arista Networks|Arista Networks, Inc.
Motorola Solutions|Motorola Solutions, Inc.
Corning|Corning Incorporated
HP Inc.
Hewlett Packard Enterprise|Hewlett Packard Enterprise Company
Dell Technologies|Dell Technologies Inc.
NetApp|NetApp, Inc.
Western Digital|Western Digital Corporation
Electronic Arts|Electronic Arts Inc.
Take-Two Interactive|Take-Two Interactive Software, Inc.
Warner Bros. Discovery|Warner Bros. Discovery, Inc.
Disney|The Walt Disney Company
Fox Corporation
News Corp
Omnicom|Omnicom Group Inc.
Xylem|Xylem Inc.
Otis Worldwide|Otis Worldwide Corporation
Carrier Global|Carrier Global Corporation
Fastenal|Fastenal Company
Grainger|W.W. Grainger, Inc.
Genuine Parts|Genuine Parts Company
AutoZone|AutoZone, Inc.
O'Reilly Automotive|O'Reilly Automotive, Inc.
Tractor Supply|Tractor Supply Company
Ulta Beauty|Ulta Beauty, Inc.
Williams-Sonoma|Williams-Sonoma, Inc.
Church & Dwight|Church & Dwight Co., Inc.
Monster Beverage|Monster Beverage Corporation
Constellation Brands|Constellation Brands, Inc.
Brown-Forman|Brown-Forman Corporation
Molson Coors|Molson Coors Beverage Company
Keurig Dr Pepper|Keurig Dr Pepper Inc.
Archer-Daniels-Midland|Archer-Daniels-Midland Company
Corteva|Corteva, Inc.
Mosaic|The Mosaic Company
CF Industries|CF Industries Holdings, Inc.
Nucor|Nucor Corporation
Steel Dynamics|Steel Dynamics, Inc.
Freeport-McMoRan|Freeport-McMoRan Inc.
Newmont|Newmont Corporation
Albemarle|Albemarle Corporation
Martin Marietta Materials|Martin Marietta Materials, Inc.
Vulcan Materials|Vulcan Materials Company
International Paper|International Paper Company
Ball Corporation
Packaging Corporation of America
Prologis|Prologis, Inc.
American Tower|American Tower Corporation
Equinix|Equinix, Inc.
Simon Property Group|Simon Property Group, Inc.
Public Storage
Welltower|Welltower Inc."""

FTSE100 = """AstraZeneca|AstraZeneca PLC
Shell|Shell plc
HSBC|HSBC Holdings plc
Unilever|Unilever PLC
BP|BP p.l.c.
Rio Tinto|Rio Tinto plc
GSK|GSK plc
Diageo|Diageo plc
British American Tobacco|British American Tobacco p.l.c.
Reckitt|Reckitt Benckiser Group plc
RELX|RELX PLC
London Stock Exchange Group|London Stock Exchange Group plc
National Grid|National Grid plc
Lloyds Banking Group|Lloyds Banking Group plc
Barclays|Barclays PLC
NatWest Group|NatWest Group plc
Standard Chartered|Standard Chartered PLC
Prudential|Prudential plc
Legal & General|Legal & General Group Plc
Aviva|Aviva plc
Vodafone|Vodafone Group Plc
BT Group|BT Group plc
Tesco|Tesco PLC
Sainsbury's|J Sainsbury plc
Marks & Spencer|Marks and Spencer Group plc
Next|Next plc
Burberry|Burberry Group plc
Rolls-Royce|Rolls-Royce Holdings plc
BAE Systems|BAE Systems plc
Compass Group|Compass Group PLC
InterContinental Hotels Group|InterContinental Hotels Group PLC
Whitbread|Whitbread PLC
Associated British Foods|Associated British Foods plc
Imperial Brands|Imperial Brands PLC
Anglo American|Anglo American plc
Antofagasta|Antofagasta plc
Smith & Nephew|Smith & Nephew plc
Haleon|Haleon plc
Sage Group|The Sage Group plc
Rightmove|Rightmove plc
Auto Trader Group|Auto Trader Group plc
Kingfisher|Kingfisher plc
Severn Trent|Severn Trent Plc
United Utilities|United Utilities Group PLC
SSE|SSE plc
Centrica|Centrica plc
Persimmon|Persimmon Plc
Taylor Wimpey|Taylor Wimpey plc
Barratt Redrow|Barratt Redrow plc
Berkeley Group|The Berkeley Group Holdings plc
Landsec|Land Securities Group PLC
British Land|The British Land Company PLC
Segro|SEGRO plc
Intertek|Intertek Group plc
Bunzl|Bunzl plc
Rentokil Initial|Rentokil Initial plc
Halma|Halma plc
Spirax Group|Spirax Group plc
Croda|Croda International Plc
Informa|Informa plc
Pearson|Pearson plc
Schroders|Schroders plc
3i Group|3i Group plc
Hargreaves Lansdown
St. James's Place|St. James's Place plc
Phoenix Group|Phoenix Group Holdings plc
Admiral Group|Admiral Group plc
JD Sports|JD Sports Fashion plc
Frasers Group|Frasers Group plc
Weir Group|The Weir Group PLC
Smiths Group|Smiths Group plc
IMI|IMI plc
Melrose Industries|Melrose Industries PLC
Howdens|Howden Joinery Group Plc"""

DAX40 = """adidas|adidas AG
Allianz|Allianz SE
BASF|BASF SE
Bayer|Bayer AG
Beiersdorf|Beiersdorf AG
BMW|Bayerische Motoren Werke AG
Brenntag|Brenntag SE
Commerzbank|Commerzbank AG
Continental|Continental AG
Covestro|Covestro AG
Daimler Truck|Daimler Truck Holding AG
Deutsche Bank|Deutsche Bank AG
Deutsche Börse|Deutsche Börse AG
DHL Group|Deutsche Post AG
Deutsche Telekom|Deutsche Telekom AG
E.ON|E.ON SE
Fresenius|Fresenius SE & Co. KGaA
Fresenius Medical Care|Fresenius Medical Care AG
Hannover Rück|Hannover Rück SE
Heidelberg Materials|Heidelberg Materials AG
Henkel|Henkel AG & Co. KGaA
Infineon|Infineon Technologies AG
Mercedes-Benz Group|Mercedes-Benz Group AG
Merck|Merck KGaA
MTU Aero Engines|MTU Aero Engines AG
Munich Re|Münchener Rückversicherungs-Gesellschaft AG
Porsche|Dr. Ing. h.c. F. Porsche AG
Porsche SE
Rheinmetall|Rheinmetall AG
RWE|RWE AG
SAP|SAP SE
Sartorius|Sartorius AG
Siemens|Siemens AG
Siemens Energy|Siemens Energy AG
Siemens Healthineers|Siemens Healthineers AG
Symrise|Symrise AG
Volkswagen|Volkswagen AG
Vonovia|Vonovia SE
Zalando|Zalando SE"""

CAC40 = """Accor|Accor SA
Air Liquide|L'Air Liquide S.A.
AXA|AXA SA
BNP Paribas|BNP Paribas SA
Bouygues|Bouygues SA
Capgemini|Capgemini SE
Carrefour|Carrefour SA
Crédit Agricole|Crédit Agricole S.A.
Danone|Danone S.A.
Dassault Systèmes|Dassault Systèmes SE
Edenred|Edenred SE
Engie|ENGIE SA
EssilorLuxottica|EssilorLuxottica SA
Hermès|Hermès International SCA
Kering|Kering SA
L'Oréal|L'Oréal S.A.
Legrand|Legrand SA
LVMH|LVMH Moët Hennessy Louis Vuitton SE
Michelin|Compagnie Générale des Établissements Michelin SCA
Orange|Orange SA
Pernod Ricard|Pernod Ricard SA
Publicis Groupe|Publicis Groupe S.A.
Renault|Renault SA
Safran|Safran SA
Saint-Gobain|Compagnie de Saint-Gobain S.A.
Sanofi|Sanofi SA
Schneider Electric|Schneider Electric SE
Société Générale|Société Générale S.A.
Teleperformance|Teleperformance SE
Thales|Thales S.A.
TotalEnergies|TotalEnergies SE
Unibail-Rodamco-Westfield
Veolia|Veolia Environnement SA
Vinci|VINCI SA
Vivendi|Vivendi SE
Bureau Veritas|Bureau Veritas SA
Alstom|Alstom SA"""

MOEX = """Сбербанк|ПАО Сбербанк
Газпром|ПАО «Газпром»
Лукойл|ПАО «ЛУКОЙЛ»
Роснефть|ПАО «НК «Роснефть»
Новатэк|ПАО «НОВАТЭК»
Норникель|ПАО «ГМК «Норильский никель»
Полюс|ПАО «Полюс»
Татнефть|ПАО «Татнефть» им. В.Д. Шашина
Сургутнефтегаз|ПАО «Сургутнефтегаз»
Магнит|ПАО «Магнит»
МТС|ПАО «МТС»
Ростелеком|ПАО «Ростелеком»
ВТБ|Банк ВТБ (ПАО)
Московская биржа|ПАО Московская Биржа
Интер РАО|ПАО «Интер РАО»
РусГидро|ПАО «РусГидро»
Северсталь|ПАО «Северсталь»
НЛМК|ПАО «НЛМК»
ММК|ПАО «ММК»
АЛРОСА|ПАО «АЛРОСА»
ФосАгро|ПАО «ФосАгро»
Аэрофлот|ПАО «Аэрофлот»
Газпром нефть|ПАО «Газпром нефть»
Транснефть|ПАО «Транснефть»
Совкомфлот|ПАО «Совкомфлот»
ПИК|ПАО «ПИК-специализированный застройщик»
Группа Самолёт|ПАО «ГК «Самолет»
АФК Система|ПАО АФК «Система»
Совкомбанк|ПАО «Совкомбанк»
Мечел|ПАО «Мечел»
Россети|ПАО «Россети»
Юнипро|ПАО «Юнипро»
Мосэнерго|ПАО «Мосэнерго»
Акрон|ПАО «Акрон»
Группа Астра|ПАО «Группа Астра»
Positive Technologies
Sberbank
Gazprom
Rosneft
Lukoil
Norilsk Nickel
Severstal
Aeroflot
Yandex
Ozon"""

WIG20 = """PKO Bank Polski|Powszechna Kasa Oszczędności Bank Polski S.A.
Orlen|ORLEN S.A.
PZU|Powszechny Zakład Ubezpieczeń SA
Bank Pekao|Bank Polska Kasa Opieki S.A.
KGHM|KGHM Polska Miedź S.A.
LPP|LPP SA
Dino Polska|Dino Polska S.A.
CD Projekt|CD PROJEKT S.A.
Allegro|Allegro.pl sp. z o.o.
Santander Bank Polska|Santander Bank Polska S.A.
mBank|mBank S.A.
Orange Polska|Orange Polska S.A.
Cyfrowy Polsat|Cyfrowy Polsat S.A.
PGE|PGE Polska Grupa Energetyczna S.A.
Tauron|TAURON Polska Energia S.A.
JSW|Jastrzębska Spółka Węglowa S.A.
Alior Bank|Alior Bank S.A.
Kruk|KRUK S.A.
Budimex|Budimex S.A.
Grupa Kęty|Grupa Kęty S.A."""

KASE = """Kaspi.kz|АО «Kaspi.kz»
Halyk Bank|АО «Народный Банк Казахстана»
Казатомпром|АО «НАК «Казатомпром»
KEGOC|АО «KEGOC»
Казахтелеком|АО «Казахтелеком»
KazMunayGas|АО «НК «КазМунайГаз»
Air Astana|АО «Эйр Астана»
Банк ЦентрКредит|АО «Банк ЦентрКредит»
Kcell|АО «Kcell»
KazTransOil|АО «КазТрансОйл»"""

# state-owned (majority) listed companies among the above: plain B2B, kind state_owned_company
STATE_OWNED = {"Сбербанк", "Газпром", "Роснефть", "ВТБ", "РусГидро", "Аэрофлот", "Газпром нефть",
               "Транснефть", "Совкомфлот", "Россети", "АЛРОСА", "Ростелеком", "Sberbank", "Gazprom",
               "Rosneft", "Aeroflot", "PKO Bank Polski", "Orlen", "PZU", "Bank Pekao", "KGHM", "PGE",
               "Tauron", "JSW", "Казатомпром", "KEGOC", "Казахтелеком", "KazMunayGas", "KazTransOil"}

# Well-known unlisted or mid-size real businesses: (name, country, lang)
PRIVATE = [
 ("Robert Bosch GmbH","DE","de"),("Aldi Süd","DE","de"),("Lidl","DE","de"),("Kaufland","DE","de"),
 ("dm-drogerie markt","DE","de"),("Otto Group","DE","de"),("Miele & Cie. KG","DE","de"),("Haribo","DE","de"),
 ("Dr. Oetker","DE","de"),("Vorwerk","DE","de"),("Adolf Würth GmbH & Co. KG","DE","de"),("Trumpf","DE","de"),
 ("Festo SE & Co. KG","DE","de"),("Stihl","DE","de"),("Alfred Kärcher SE & Co. KG","DE","de"),("Edeka","DE","de"),
 ("Rewe Group","DE","de"),("Tchibo GmbH","DE","de"),("Deutsche Bahn AG","DE","de"),("Hornbach","DE","de"),
 ("Cargill","US","en"),("Koch Industries","US","en"),("Mars, Incorporated","US","en"),("Publix Super Markets","US","en"),
 ("Bechtel","US","en"),("Bose Corporation","US","en"),("S.C. Johnson & Son","US","en"),("Enterprise Holdings","US","en"),
 ("Deloitte","US","en"),("PwC","GB","en"),("KPMG","GB","en"),("EY","GB","en"),("Amtrak","US","en"),
 ("Wegmans Food Markets","US","en"),("H-E-B","US","en"),("Chick-fil-A","US","en"),("Hy-Vee","US","en"),
 ("John Lewis Partnership","GB","en"),("Arnold Clark","GB","en"),("JCB","GB","en"),("Dyson Ltd","GB","en"),
 ("Virgin Atlantic","GB","en"),("Greggs","GB","en"),("Pets at Home","GB","en"),("J D Wetherspoon plc","GB","en"),
 ("Screwfix","GB","en"),("Iceland Foods Ltd","GB","en"),
 ("Decathlon","FR","fr"),("Leroy Merlin","FR","fr"),("Auchan","FR","fr"),("E.Leclerc","FR","fr"),("Lactalis","FR","fr"),
 ("Chanel","FR","fr"),("Fnac Darty","FR","fr"),("Boulanger","FR","fr"),("Société BIC","FR","fr"),("Ubisoft","FR","fr"),
 ("EDF","FR","fr"),("SNCF","FR","fr"),("La Poste","FR","fr"),
 ("ВкусВилл","RU","ru"),("Лента","RU","ru"),("ООО «ДНС Ритейл»","RU","ru"),("М.Видео","RU","ru"),("Спортмастер","RU","ru"),
 ("Wildberries","RU","ru"),("ООО «Леруа Мерлен Восток»","RU","ru"),("Черкизово","RU","ru"),("ОАО «РЖД»","RU","ru"),
 ("АО «Почта России»","RU","ru"),("ООО «Яндекс.Маркет»","RU","ru"),("АО «Тинькофф Банк»","RU","ru"),
 ("Jeronimo Martins Polska S.A.","PL","pl"),("Comarch","PL","pl"),("Asseco Poland","PL","pl"),("Inter Cars","PL","pl"),
 ("Maspex","PL","pl"),("Mlekovita","PL","pl"),("Wawel S.A.","PL","pl"),("Solaris Bus & Coach","PL","pl"),("Fakro","PL","pl"),
 ("Poczta Polska S.A.","PL","pl"),
 ("ТОО «Magnum Cash&Carry»","KZ","ru"),("Technodom","KZ","ru"),("ТОО «Sulpak»","KZ","ru"),("Евразийская группа (ERG)","KZ","ru"),
]
STATE_OWNED_PRIVATE = {"Deutsche Bahn AG","Amtrak","EDF","SNCF","La Poste","ОАО «РЖД»","АО «Почта России»","Poczta Polska S.A."}

# Small businesses and sole traders' trade names (constructed from common surnames + trade)
SMALL = [
 ("Garcia Landscaping","US","en","sole_trader_trade_name"),("Thomas White Bookkeeping","US","en","sole_trader_trade_name"),
 ("Nguyen Nail Salon","US","en","small_business"),("Kowalski Roofing LLC","US","en","small_business"),
 ("Brown & Associates CPA","US","en","small_business"),("Rodriguez Tax Services","US","en","sole_trader_trade_name"),
 ("Sunrise Pediatrics PC","US","en","small_business"),("Main Street Barbershop","US","en","small_business"),
 ("Law Office of Karen Anderson","US","en","sole_trader_trade_name"),("Peterson Heating & Cooling","US","en","small_business"),
 ("Blue Ridge Coffee Roasters","US","en","small_business"),("Hernandez Auto Body","US","en","small_business"),
 ("Cedar Creek Farm","US","en","small_business"),("Mike's Pizza & Subs","US","en","small_business"),
 ("Jackson Family Chiropractic","US","en","small_business"),("Davis Electric Co.","US","en","small_business"),
 ("Miller Plumbing & Drain","US","en","small_business"),("Lopez Cleaning Services","US","en","sole_trader_trade_name"),
 ("Sarah Lee Photography","US","en","sole_trader_trade_name"),("Martinez Painting","US","en","sole_trader_trade_name"),
 ("Taylor & Co Solicitors","GB","en","small_business"),("Evans Plumbing & Heating","GB","en","sole_trader_trade_name"),
 ("Wilson Builders Ltd","GB","en","small_business"),("Khan's Convenience Store","GB","en","small_business"),
 ("Hughes Accountancy","GB","en","sole_trader_trade_name"),("Baker Street Dental Practice","GB","en","small_business"),
 ("Roberts Joinery","GB","en","sole_trader_trade_name"),("Green & Hall Estate Agents","GB","en","small_business"),
 ("Walker's Fish & Chips","GB","en","small_business"),("Edwards Electrical Services","GB","en","sole_trader_trade_name"),
 ("Bäckerei Schmidt","DE","de","small_business"),("Elektro Müller GmbH","DE","de","small_business"),
 ("Malerbetrieb Weber","DE","de","sole_trader_trade_name"),("Steuerberatung Hoffmann","DE","de","sole_trader_trade_name"),
 ("Praxis Dr. med. Schneider","DE","de","private_practice"),("Autohaus Becker GmbH","DE","de","small_business"),
 ("Friseursalon Fischer","DE","de","sole_trader_trade_name"),("Schreinerei Wagner","DE","de","sole_trader_trade_name"),
 ("Blumen Koch e.K.","DE","de","sole_trader_trade_name"),("Kanzlei Richter & Partner","DE","de","small_business"),
 ("Zahnarztpraxis Dr. Klein","DE","de","private_practice"),("Sanitär Neumann","DE","de","sole_trader_trade_name"),
 ("Boulangerie Martin","FR","fr","sole_trader_trade_name"),("Garage Dubois","FR","fr","small_business"),
 ("Cabinet Lefebvre Avocats","FR","fr","small_business"),("Pharmacie du Centre","FR","fr","small_business"),
 ("Plomberie Moreau","FR","fr","sole_trader_trade_name"),("SARL Bernard Bâtiment","FR","fr","small_business"),
 ("Restaurant Le Petit Bistrot","FR","fr","small_business"),("Cabinet d'expertise comptable Girard","FR","fr","small_business"),
 ("Fleuriste Roux","FR","fr","sole_trader_trade_name"),("EURL Fontaine Informatique","FR","fr","small_business"),
 ("ИП Смирнов Алексей Викторович","RU","ru","sole_proprietor"),("ИП Кузнецова Е.А.","RU","ru","sole_proprietor"),
 ("ООО «Стройтехмонтаж»","RU","ru","small_business"),("ООО «Вектор Плюс»","RU","ru","small_business"),
 ("ООО «Альфа-Сервис»","RU","ru","small_business"),("Кафе «Уют»","RU","ru","small_business"),
 ("Автосервис «Гараж 54»","RU","ru","small_business"),("Стоматология «Дентал Люкс»","RU","ru","small_business"),
 ("Парикмахерская «Локон»","RU","ru","small_business"),("КФХ Петров Н.И.","RU","ru","sole_proprietor"),
 ("Адвокатский кабинет Соколовой Т.В.","RU","ru","private_practice"),("ИП Волков","RU","ru","sole_proprietor"),
 ("Zakład Fryzjerski Anna Nowak","PL","pl","sole_trader_trade_name"),("Piekarnia Kowalski","PL","pl","sole_trader_trade_name"),
 ("Usługi Remontowe Jan Wiśniewski","PL","pl","sole_trader_trade_name"),("Biuro Rachunkowe Kamińska","PL","pl","sole_trader_trade_name"),
 ("Auto-Serwis Lewandowski","PL","pl","sole_trader_trade_name"),("Kancelaria Adwokacka Wójcik","PL","pl","private_practice"),
 ("Sklep Spożywczy u Zielińskich","PL","pl","small_business"),("PHU Mazur","PL","pl","sole_trader_trade_name"),
 ("ИП «Асель»","KZ","ru","sole_proprietor"),("ТОО «КазСтройСервис»","KZ","ru","small_business"),
 ("ТОО «Алматы Трейд Групп»","KZ","ru","small_business"),("ИП Ахметов Н.С.","KZ","ru","sole_proprietor"),
]

# Organisations other than the state (B2B, not ambiguous by policy)
NONPROFIT = [
 ("St. Mary's Catholic Church","US","en","church"),("First Baptist Church of Dallas","US","en","church"),
 ("Evangelische Kirchengemeinde Bonn","DE","de","church"),("Приход храма Святителя Николая в Хамовниках","RU","ru","church"),
 ("Paroisse Saint-Sulpice","FR","fr","church"),("Parafia Rzymskokatolicka pw. św. Anny w Warszawie","PL","pl","church"),
 ("American Red Cross","US","en","national_red_cross"),("Deutsches Rotes Kreuz","DE","de","national_red_cross"),
 ("Российский Красный Крест","RU","ru","national_red_cross"),("British Red Cross","GB","en","national_red_cross"),
 ("Croix-Rouge française","FR","fr","national_red_cross"),("Polski Czerwony Krzyż","PL","pl","national_red_cross"),
 ("Habitat for Humanity","US","en","non_profit"),("The Salvation Army","GB","en","non_profit"),
 ("Caritas Deutschland","DE","de","non_profit"),("Oxfam GB","GB","en","non_profit"),("Les Restos du Cœur","FR","fr","non_profit"),
 ("Wielka Orkiestra Świątecznej Pomocy","PL","pl","non_profit"),("АНО «Центр развития добровольчества»","RU","ru","non_profit"),
 ("Harvard University","US","en","private_university"),("Stanford University","US","en","private_university"),
 ("Massachusetts Institute of Technology","US","en","private_university"),("Yale University","US","en","private_university"),
 ("Universität Witten/Herdecke","DE","de","private_university"),("Bucerius Law School","DE","de","private_university"),
 ("Mayo Clinic","US","en","private_hospital"),("Cleveland Clinic","US","en","private_hospital"),
 ("Helios Kliniken","DE","de","private_hospital"),("Asklepios Kliniken","DE","de","private_hospital"),
 ("ТСЖ «Солнечный»","RU","ru","homeowners_association"),("ОСИ «Нурлы Тау»","KZ","ru","homeowners_association"),
 ("Navy Federal Credit Union","US","en","credit_union"),
]
