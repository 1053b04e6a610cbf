# Company buyer names (B2B) for the blind names probe.
# Each group: (kind, source, default_country, text); a line may end with " | CC" to override country
# and " | CC | kind" to override the kind too.

GROUPS = [
("company_no_legal_form", "EURO STOXX 50 constituents", "DE", """
Adidas
Adyen | NL
Ahold Delhaize | NL
Air Liquide | FR
Airbus | FR
Allianz
Anheuser-Busch InBev | BE
ASML | NL
AXA | FR
BBVA | ES
Banco Santander | ES
BASF
Bayer
BMW Group
BNP Paribas | FR
Danone | FR
Deutsche Börse
DHL Group
Deutsche Telekom
Enel | IT | state_owned_company
Eni | IT | state_owned_company
EssilorLuxottica | FR
Ferrari | IT
Hermès | FR
Iberdrola | ES
Inditex | ES
Infineon Technologies
ING Groep | NL
Intesa Sanpaolo | IT
Kering | FR
L'Oréal | FR
LVMH | FR
Mercedes-Benz Group
Munich Re
Nokia | FI
Nordea | FI
Pernod Ricard | FR
Prosus | NL
Safran | FR
Sanofi | FR
SAP
Schneider Electric | FR
Siemens
Stellantis | NL
TotalEnergies | FR
UniCredit | IT
Vinci | FR
Volkswagen
Wolters Kluwer | NL
Saint-Gobain | FR
"""),
("company_with_legal_form", "EURO STOXX 50 constituents", "DE", """
Siemens AG
BASF SE
Allianz SE
Bayerische Motoren Werke Aktiengesellschaft
Deutsche Telekom AG
Koninklijke Ahold Delhaize N.V. | NL
ASML Holding N.V. | NL
Danone S.A. | FR
Banco Santander, S.A. | ES
Intesa Sanpaolo S.p.A. | IT
"""),
("company_no_legal_form", "IBEX 35 constituents", "ES", """
Acciona
Acerinox
ACS
Aena | ES | state_owned_company
Amadeus IT Group
ArcelorMittal | LU
Banco Sabadell
Bankinter
CaixaBank
Cellnex Telecom
Enagás
Endesa
Ferrovial | NL
Fluidra
Grifols
IAG | GB
Indra Sistemas
Logista
Mapfre
Merlin Properties
Naturgy
Redeia | ES | state_owned_company
Repsol
Laboratorios Rovi
Sacyr
Solaria Energía
Telefónica
Unicaja Banco
Inmobiliaria Colonial
Puig
Meliá Hotels International
"""),
("company_with_legal_form", "IBEX 35 constituents", "ES", """
Telefónica, S.A.
Repsol, S.A.
Industria de Diseño Textil, S.A.
Acciona, S.A.
Grifols, S.A.
Mapfre, S.A.
"""),
("company_no_legal_form", "FTSE MIB constituents", "IT", """
A2A
Amplifon
Azimut
Banca Mediolanum
Banco BPM
BPER Banca
Buzzi Unicem
Campari
DiaSorin
FinecoBank
Generali
Gruppo Hera
Interpump
Inwit
Iveco
Leonardo S.p.A. | IT | state_owned_company
Mediobanca
Moncler
Banca Monte dei Paschi di Siena
Nexi
Pirelli
Poste Italiane | IT | state_owned_company
Prysmian
Recordati
Saipem
Snam
STMicroelectronics | CH
Telecom Italia
Tenaris | LU
Terna
Unipol
Italgas
"""),
("company_with_legal_form", "FTSE MIB constituents", "IT", """
Assicurazioni Generali S.p.A.
Pirelli & C. S.p.A.
Moncler S.p.A.
Prysmian S.p.A.
Poste Italiane S.p.A. | IT | state_owned_company
"""),
("company_no_legal_form", "AEX constituents", "NL", """
Aegon
AkzoNobel
ASM International
ASR Nederland
BE Semiconductor Industries
dsm-firmenich | CH
Exor
Heineken
IMCD
KPN
NN Group
Philips
Randstad
RELX | GB
Shell | GB
Unilever | GB
Universal Music Group
ABN AMRO | NL | state_owned_company
"""),
("company_with_legal_form", "AEX constituents", "NL", """
Koninklijke Philips N.V.
Heineken N.V.
Koninklijke KPN N.V.
Randstad N.V.
Akzo Nobel N.V.
"""),
("company_no_legal_form", "SMI constituents", "CH", """
ABB
Alcon
Geberit
Givaudan
Holcim
Kühne+Nagel
Logitech
Lonza
Nestlé
Novartis
Partners Group
Richemont
Roche
Schindler
SGS
Sika
Sonova
Swiss Life
Swiss Re
Swisscom | CH | state_owned_company
UBS
Zurich Insurance Group
"""),
("company_with_legal_form", "SMI constituents", "CH", """
Nestlé S.A.
Novartis AG
F. Hoffmann-La Roche AG
Givaudan SA
Geberit AG
Swisscom AG | CH | state_owned_company
"""),
("company_no_legal_form", "ATX constituents", "AT", """
Andritz
AT&S
BAWAG Group
CA Immo
DO & CO
Erste Group
EVN | AT | state_owned_company
Lenzing
Mayr-Melnhof Karton
OMV
Österreichische Post | AT | state_owned_company
Raiffeisen Bank International
Schoeller-Bleckmann Oilfield Equipment
Strabag
Telekom Austria
UNIQA
Verbund | AT | state_owned_company
Vienna Insurance Group
voestalpine
Wienerberger
Palfinger
Porr
"""),
("company_with_legal_form", "ATX constituents", "AT", """
voestalpine AG
OMV Aktiengesellschaft
Erste Group Bank AG
Wienerberger AG
Andritz AG
"""),
("company_no_legal_form", "OMX Stockholm 30 constituents", "SE", """
Alfa Laval
Assa Abloy
AstraZeneca | GB
Atlas Copco
Boliden
Electrolux
Ericsson
Essity
Evolution AB
Getinge
H&M
Hexagon
Investor AB
Kinnevik
Nibe Industrier
Sandvik
SCA
SEB
Skanska
SKF
SSAB
Swedbank
Handelsbanken
Tele2
Telia Company | SE | state_owned_company
Volvo
Saab
"""),
("company_with_legal_form", "OMX Stockholm 30 constituents", "SE", """
Telefonaktiebolaget LM Ericsson
AB Volvo
Sandvik AB
Hennes & Mauritz AB
Atlas Copco AB
"""),
("company_no_legal_form", "OBX constituents", "NO", """
Equinor | NO | state_owned_company
DNB
Telenor | NO | state_owned_company
Norsk Hydro | NO | state_owned_company
Orkla
Yara | NO | state_owned_company
Mowi
Aker BP
Kongsberg Gruppen | NO | state_owned_company
Storebrand
Gjensidige
SalMar
Schibsted
Subsea 7
Tomra
Frontline
Nordic Semiconductor
Vår Energi
Lerøy Seafood
"""),
("company_with_legal_form", "OBX constituents", "NO", """
Equinor ASA | NO | state_owned_company
Orkla ASA
DNB Bank ASA
Norsk Hydro ASA | NO | state_owned_company
"""),
("company_no_legal_form", "OMX Copenhagen 25 (C25) constituents", "DK", """
Novo Nordisk
Mærsk
Carlsberg
Coloplast
Danske Bank
DSV
Genmab
GN Store Nord
ISS A/S
Jyske Bank
Novonesis
Ørsted | DK | state_owned_company
Pandora
Rockwool
Royal Unibrew
Tryg
Vestas
Demant A/S | DK | company_with_legal_form
Zealand Pharma
Ambu
Bavarian Nordic
NKT
FLSmidth
"""),
("company_with_legal_form", "OMX Copenhagen 25 (C25) constituents", "DK", """
A.P. Møller - Mærsk A/S
Novo Nordisk A/S
Carlsberg A/S
Vestas Wind Systems A/S
"""),
("company_no_legal_form", "OMX Helsinki 25 constituents", "FI", """
Elisa Oyj | FI | company_with_legal_form
Fortum | FI | state_owned_company
Kesko
Kone
Metso
Neste | FI | state_owned_company
Orion Corporation
Sampo
Stora Enso
UPM
Valmet
Wärtsilä
Huhtamäki
Kojamo
Konecranes
Outokumpu
Cargotec
Tietoevry
Qt Group
Nokian Tyres
"""),
("company_with_legal_form", "OMX Helsinki 25 constituents", "FI", """
Kone Oyj
UPM-Kymmene Oyj
Wärtsilä Oyj Abp
Kesko Oyj
"""),
("company_no_legal_form", "S&P/TSX 60 constituents", "CA", """
Royal Bank of Canada
TD Bank Group
Scotiabank
BMO Financial Group
CIBC
National Bank of Canada
Enbridge
TC Energy
Canadian Natural Resources
Suncor Energy
Cenovus Energy
Imperial Oil
CN Rail
CPKC
Shopify
Brookfield Corporation
Manulife
Sun Life
Great-West Lifeco
Intact Financial
Fairfax Financial
Loblaw Companies
George Weston Limited | CA | company_with_legal_form
Metro Inc.
Alimentation Couche-Tard
Dollarama
Canadian Tire
Magna International
Nutrien
Barrick Gold
Agnico Eagle Mines
Franco-Nevada
Wheaton Precious Metals
Teck Resources
First Quantum Minerals
CGI
Constellation Software
Thomson Reuters
Rogers Communications
BCE
Telus
Fortis
Emera
Hydro One
Waste Connections
WSP Global
Restaurant Brands International
Saputo Inc. | CA | company_with_legal_form
Cameco
OpenText
Pembina Pipeline
CCL Industries
Gildan Activewear
"""),
("company_with_legal_form", "S&P/TSX 60 constituents", "CA", """
Canadian National Railway Company
Suncor Energy Inc.
Magna International Inc.
Loblaw Companies Limited
BCE Inc.
Groupe CGI inc.
"""),
("company_no_legal_form", "S&P/ASX 50 constituents", "AU", """
BHP
Commonwealth Bank
CSL
NAB
Westpac
ANZ
Wesfarmers
Macquarie Group
Woolworths Group
Rio Tinto
Fortescue
Telstra
Transurban
Woodside Energy
Goodman Group
Santos Ltd | AU | company_with_legal_form
QBE Insurance
Suncorp
Coles Group
Brambles
Aristocrat Leisure
Northern Star Resources
Cochlear
ResMed | US
Computershare
James Hardie | IE
Amcor | CH
Origin Energy
Insurance Australia Group
Ramsay Health Care
Sonic Healthcare
Scentre Group
Stockland
Mineral Resources
REA Group
Xero | NZ
WiseTech Global
ASX Limited
South32
Qantas
Medibank
Treasury Wine Estates
APA Group
SEEK
Endeavour Group
Orica
"""),
("company_with_legal_form", "S&P/ASX 50 constituents", "AU", """
BHP Group Limited
Wesfarmers Limited
Telstra Group Limited
Qantas Airways Limited
Coles Group Ltd
"""),
("company_no_legal_form", "Fortune 500 companies outside the S&P 500 (private, mutual, cooperative)", "US", """
Publix Super Markets
State Farm
Liberty Mutual
New York Life
Nationwide
TIAA
USAA
Northwestern Mutual
MassMutual
CHS
Dairy Farmers of America
Land O'Lakes
Graybar Electric
Peter Kiewit Sons'
Auto-Owners Insurance
American Family Insurance
Pacific Life
Western & Southern Financial Group
Thrivent
Mutual of Omaha
Guardian Life
Farmers Insurance Exchange
"""),
("company_no_legal_form", "Forbes America's Largest Private Companies", "US", """
Cargill
Koch Industries
Mars
H-E-B
Bechtel
Enterprise Mobility
Pilot Company
Reyes Holdings
C&S Wholesale Grocers
Meijer, Inc. | US | company_with_legal_form
Love's Travel Stops
Southern Glazer's Wine & Spirits
Gulf States Toyota
Hy-Vee
Wawa
Sheetz
Menards
Fidelity Investments
Deloitte
PwC
Ernst & Young
KPMG
SC Johnson
Hallmark Cards
Chick-fil-A
Bloomberg
Edward Jones
Burns & McDonnell
"""),
("company_with_legal_form", "Forbes America's Largest Private Companies", "US", """
Cargill, Incorporated
Koch Industries, Inc.
Mars, Incorporated
Bechtel Corporation
Publix Super Markets, Inc.
Hy-Vee, Inc.
"""),
("company_with_legal_form", "KASE index constituents", "KZ", """
АО «Народный Банк Казахстана»
АО «Казахтелеком» | KZ | state_owned_company
АО «KEGOC» | KZ | state_owned_company
АО «КазТрансОйл» | KZ | state_owned_company
АО «Кселл»
АО «Банк ЦентрКредит»
АО «Национальная атомная компания «Казатомпром» | KZ | state_owned_company
АО «Национальная компания «КазМунайГаз» | KZ | state_owned_company
АО «Эйр Астана»
АО «Kaspi Bank»
"""),
("company_no_legal_form", "KASE index constituents", "KZ", """
Halyk Bank
Kaspi.kz
Kazatomprom | KZ | state_owned_company
KEGOC | KZ | state_owned_company
Air Astana
Freedom Holding
"""),
("company_with_legal_form", "Largest Ukrainian companies (Forbes Ukraine / Opendatabot rankings)", "UA", """
НАК «Нафтогаз України» | UA | state_owned_company
АТ «Укрзалізниця» | UA | state_owned_company
ПрАТ «НЕК «Укренерго» | UA | state_owned_company
АТ «НАЕК «Енергоатом» | UA | state_owned_company
ПрАТ «Київстар»
ПрАТ «ВФ Україна»
АТ КБ «ПриватБанк» | UA | state_owned_company
АТ «Ощадбанк» | UA | state_owned_company
АТ «Укрпошта» | UA | state_owned_company
ТОВ «Нова Пошта»
ТОВ «Епіцентр К»
ТОВ «АТБ-Маркет»
ТОВ «Сільпо-Фуд»
ТОВ «Фокстрот»
ТОВ «Розетка.УА»
ПрАТ «Оболонь»
ПАТ «АрселорМіттал Кривий Ріг»
ПрАТ «Запоріжсталь»
АТ «Фармак»
ПрАТ «Фармацевтична фірма «Дарниця»
ПАТ «Укрнафта» | UA | state_owned_company
АТ «Укргазвидобування» | UA | state_owned_company
ПАТ «Мотор Січ»
АТ «Турбоатом» | UA | state_owned_company
ПрАТ «Миронівський хлібопродукт»
ТОВ «ДТЕК Енерго»
"""),
("company_no_legal_form", "Largest Ukrainian companies (Forbes Ukraine / Opendatabot rankings)", "UA", """
Метінвест
ДТЕК
Кернел
Астарта
Рошен
Нова Пошта
Епіцентр
Naftogaz | UA | state_owned_company
Metinvest
Kyivstar
MHP
Ferrexpo
Interpipe
"""),
("company_with_legal_form", "Largest Belarusian companies (Belarusian press rankings)", "BY", """
ОАО «Беларуськалий» | BY | state_owned_company
ОАО «Нафтан» | BY | state_owned_company
ОАО «Мозырский НПЗ» | BY | state_owned_company
ОАО «БЕЛАЗ» | BY | state_owned_company
ОАО «Минский автомобильный завод» | BY | state_owned_company
ОАО «Минский тракторный завод» | BY | state_owned_company
ОАО «Гомсельмаш» | BY | state_owned_company
ОАО «Белшина» | BY | state_owned_company
ОАО «Гродно Азот» | BY | state_owned_company
ОАО «АСБ Беларусбанк» | BY | state_owned_company
ОАО «Белагропромбанк» | BY | state_owned_company
ОАО «Приорбанк»
СООО «Мобильные ТелеСистемы»
ООО «Евроторг»
СП ОАО «Санта Бремор»
ОАО «Савушкин продукт»
ОАО «Керамин»
ЗАО «Атлант»
ОАО «Амкодор»
"""),
("company_no_legal_form", "Largest Belarusian companies (Belarusian press rankings)", "BY", """
Беларуськалий | BY | state_owned_company
Евроопт
Санта Бремор
Савушкин продукт
Белшина | BY | state_owned_company
"""),
("mid_size_company", "Real mid-size businesses and brands (company websites, trade registers)", "DE", """
Trumpf
Festo
Kärcher
Vorwerk
Miele
Stihl
Würth
Riedel Glas | AT
Manner | AT
Julius Blum GmbH | AT | company_with_legal_form
Doppelmayr Seilbahnen | AT
Fronius | AT
Victorinox | CH
Lindt & Sprüngli | CH
Caran d'Ache | CH
Freitag lab. ag | CH | company_with_legal_form
Ricola | CH
Kambly | CH
Chocolates Valor | ES
Bodegas Vega Sicilia | ES
Alessi | IT
Bialetti | IT
Lavazza | IT
Caffè Vergnano | IT
Fiskars | FI
Marimekko | FI
Iittala | FI
Fjällräven | SE
Hästens | SE
Bang & Olufsen | DK
Georg Jensen | DK
LEGO | DK
Royal Gazelle | NL
Tony's Chocolonely | NL
Coolblue | NL
bol.com | NL
HEMA | NL
Neuhaus | BE
Duvel Moortgat | BE
Barco | BE
Lotus Bakeries | BE
Colruyt | BE
Roots Canada | CA
Lululemon | CA
Canada Goose | CA
Aritzia | CA
Bunnings | AU
JB Hi-Fi | AU
Harvey Norman | AU
Officeworks | AU
Aesop | AU
R.M. Williams | AU
Kerry Group | IE
Glanbia | IE
Ryanair | IE
Musgrave | IE
Dunnes Stores | IE
Smurfit Westrock | IE
Sonae | PT
Jerónimo Martins | PT
Galp | PT
Vista Alegre | PT
Škoda Auto | CZ
ČEZ | CZ | state_owned_company
Kofola | CZ
Alza.cz | CZ
Sklárna Moser | CZ
TON a.s. | CZ | company_with_legal_form
Stadler Rail | CH
Sennheiser
Faber-Castell
Ravensburger
"""),
("company_with_legal_form", "Real mid-size businesses and brands (company websites, trade registers)", "DE", """
Kärcher SE & Co. KG
Vorwerk SE & Co. KG
Faber-Castell AG
Riedel Glas GmbH | AT
Josef Manner & Comp. AG | AT
Fronius International GmbH | AT
Ricola Group AG | CH
Kambly SA | CH
Bialetti Industrie S.p.A. | IT
Alessi S.p.A. | IT
Fiskars Oyj Abp | FI
Hästens Sängar AB | SE
Lotus Bakeries NV | BE
Coolblue B.V. | NL
Kofola ČeskoSlovensko a.s. | CZ
Alza.cz a.s. | CZ
Sonae SGPS, S.A. | PT
Glanbia plc | IE
Officeworks Ltd | AU
Roots Corporation | CA
Chocolates Valor, S.A. | ES
"""),
("sole_trader_trade_name", "Sole traders' trade names as written in trade registers and local directories", "AT", """
Tischlerei Wagner e.U. | AT | sole_proprietor_with_form
Malermeister Gruber
Bäckerei Huber
Elektro Pichler e.U. | AT | sole_proprietor_with_form
Installateur Steiner
Schreinerei Meier | CH
Coiffure Sandra | CH
Elektro Keller | CH
Fontanería García | ES
Electricidad Martínez | ES
Carpintería Hermanos López | ES
Idraulica Rossi | IT
Falegnameria Bianchi | IT
Autofficina Esposito | IT
Schilderwerken De Vries | NL
Klusbedrijf Jansen | NL
Loodgietersbedrijf Bakker | NL
Schrijnwerkerij Peeters | BE
Boulangerie Dubois | BE
Målerifirma Andersson | SE
Elfirma Karlsson | SE
Rørlegger Hansen | NO
Frisørsalong Olsen | NO
Tømrer Nielsen | DK
Malerfirma Jensen | DK
Rakennuspalvelu Virtanen | FI
Kuljetus Korhonen | FI
Truhlářství Novák | CZ
Instalatérství Dvořák | CZ
Canalizações Silva | PT
Murphy's Electrical | IE
O'Brien Plumbing & Heating | IE
Tremblay Rénovation | CA
Smith's Carpentry | AU
Thomas White Bookkeeping | AU
Jones Landscaping | AU
MacDonald Painting | CA
Kelly's Hardware | IE
ФОП Шевченко Олександр Іванович | UA | sole_proprietor_with_form
ИП Новик Сергей Александрович | BY | sole_proprietor_with_form
"""),
("non_profit", "Non-profits and associations (registers of associations, charity registers)", "CH", """
Caritas Schweiz
Pro Senectute Schweiz
Erzdiözese Wien | AT | religious_org
Diakonie Österreich | AT
Volkshilfe Österreich | AT
Médecins Sans Frontières Belgique | BE
Amnesty International Nederland | NL
Stichting Het Vergeten Kind | NL
Cáritas Española | ES
Comunità di Sant'Egidio | IT | religious_org
Save the Children Sverige | SE
Kirkens Bymisjon | NO | religious_org
Folkekirkens Nødhjælp | DK | religious_org
Suomen Pelastusarmeija | FI | religious_org
Člověk v tísni | CZ
St Vincent de Paul Society | AU
Barnardos Ireland | IE
United Way Greater Toronto | CA
YMCA Canada | CA
Rotary Club of Sydney | AU
"""),
("national_red_cross", "IFRC list of National Red Cross and Red Crescent Societies", "CA", """
Canadian Red Cross
Australian Red Cross | AU
Irish Red Cross | IE
Österreichisches Rotes Kreuz | AT
Schweizerisches Rotes Kreuz | CH
Cruz Roja Española | ES
Croce Rossa Italiana | IT
Het Nederlandse Rode Kruis | NL
Croix-Rouge de Belgique | BE
Svenska Röda Korset | SE
Norges Røde Kors | NO
Dansk Røde Kors | DK
Suomen Punainen Risti | FI
Český červený kříž | CZ
Cruz Vermelha Portuguesa | PT
Товариство Червоного Хреста України | UA
Белорусское Общество Красного Креста | BY
Общество Красного Полумесяца Республики Казахстан | KZ
"""),
]
