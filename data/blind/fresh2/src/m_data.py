# -*- coding: utf-8 -*-
# Data lists for m_names probe. Each group: (country, lang, kind, label, ambiguous, source, names)
ITEMS = {
 'de': ['Bürostuhl','Laptop','Monitor 27 Zoll','Schreibtischleuchte','Schreibtisch','Bücherregal','Laserdrucker','Tastatur','Funkmaus','Stehleuchte'],
 'en': ['Office chair','Laptop','27" monitor','Desk lamp','Desk','Bookcase','Laser printer','Keyboard','Wireless mouse','Floor lamp'],
 'fr': ['Chaise de bureau','Ordinateur portable','Écran 27 pouces','Lampe de bureau','Bureau','Bibliothèque','Imprimante laser','Clavier','Souris sans fil','Lampadaire'],
 'it': ['Sedia da ufficio','Computer portatile','Monitor 27"','Lampada da scrivania','Scrivania','Libreria','Stampante laser','Tastiera','Mouse wireless','Lampada da terra'],
 'es': ['Silla de oficina','Ordenador portátil','Monitor de 27"','Lámpara de escritorio','Escritorio','Estantería','Impresora láser','Teclado','Ratón inalámbrico','Lámpara de pie'],
 'mx': ['Silla de oficina','Computadora portátil','Monitor de 27"','Lámpara de escritorio','Escritorio','Librero','Impresora láser','Teclado','Mouse inalámbrico'],
 'nl': ['Bureaustoel','Laptop','Monitor 27 inch','Bureaulamp','Bureau','Boekenkast','Laserprinter','Toetsenbord','Draadloze muis','Staande lamp'],
 'pl': ['Krzesło biurowe','Laptop','Monitor 27"','Lampka biurkowa','Biurko','Regał na książki','Drukarka laserowa','Klawiatura','Mysz bezprzewodowa'],
 'cs': ['Kancelářská židle','Notebook','Monitor 27"','Stolní lampa','Psací stůl','Knihovna','Laserová tiskárna','Klávesnice','Bezdrátová myš'],
 'sv': ['Kontorsstol','Bärbar dator','Bildskärm 27"','Skrivbordslampa','Skrivbord','Bokhylla','Laserskrivare','Tangentbord','Trådlös mus'],
 'no': ['Kontorstol','Bærbar PC','Skjerm 27"','Skrivebordslampe','Skrivebord','Bokhylle','Laserskriver','Tastatur','Trådløs mus'],
 'da': ['Kontorstol','Bærbar computer','Skærm 27"','Skrivebordslampe','Skrivebord','Reol','Laserprinter','Tastatur','Trådløs mus'],
 'fi': ['Työtuoli','Kannettava tietokone','Näyttö 27"','Työpöytävalaisin','Työpöytä','Kirjahylly','Lasertulostin','Näppäimistö','Langaton hiiri'],
 'ru': ['Офисное кресло','Ноутбук','Монитор 27"','Настольная лампа','Письменный стол','Книжный шкаф','Лазерный принтер','Клавиатура','Беспроводная мышь','Торшер'],
 'ja': ['オフィスチェア','ノートパソコン','27インチモニター','デスクライト','デスク','本棚','レーザープリンター','キーボード','ワイヤレスマウス'],
 'pt': ['Cadeira de escritório','Notebook','Monitor 27"','Luminária de mesa','Escrivaninha','Estante','Impressora laser','Teclado','Mouse sem fio'],
 'tr': ['Ofis sandalyesi','Dizüstü bilgisayar','27 inç monitör','Masa lambası','Çalışma masası','Kitaplık','Lazer yazıcı','Klavye','Kablosuz mouse'],
}
def L(s): return [x.strip() for x in s.strip().split('|') if x.strip()]

G = []
def g(country, lang, kind, label, amb, source, names):
    G.append((country, lang, kind, label, amb, source, L(names)))

# ---------------- COMPANIES (no legal form mostly) ----------------
CN = 'company_no_legal_form'
g('DE','de',CN,'B2B',False,'Wikipedia: MDAX / SDAX constituents',
 'Aurubis|Bechtle|Brenntag|Carl Zeiss Meditec|CTS Eventim|Evotec|Fielmann|Fraport|Fuchs Petrolub|Gerresheimer|Hella|Hensoldt|HelloFresh|Hochtief|Hugo Boss|Jungheinrich|K+S|Knorr-Bremse|Krones|Lanxess|LEG Immobilien|Nemetschek|Puma|Rational|Scout24|Sixt|Ströer|TAG Immobilien|Talanx|TeamViewer|Aixtron|Wacker Chemie|Dürr|Stabilus|Salzgitter|Kion Group|Nordex|Freenet|Encavis|Hornbach|Sartorius|Befesa|Cancom|Dermapharm|Draegerwerk|Eckert & Ziegler|Elmos Semiconductor|Grenke|Hamburger Hafen und Logistik|Indus Holding|Jenoptik|Kontron|Koenig & Bauer|Pfeiffer Vacuum|ProSiebenSat.1 Media|SMA Solar Technology|Süss MicroTec|Vossloh|Wacker Neuson|Washtec|Sto|Adtran Networks|Deutz|Friedrich Vorwerk|SGL Carbon')
g('DE','de',CN,'B2B',False,'Wikipedia: Liste der größten Familienunternehmen in Deutschland',
 'Robert Bosch|Schwarz Gruppe|Aldi Süd|Boehringer Ingelheim|ZF Friedrichshafen|Schaeffler|Würth|Freudenberg|Otto Group|Dr. Oetker|Miele|Stihl|Kärcher|Voith|Trumpf|Festo|Liebherr|Tchibo|dm-drogerie markt|Ravensburger|Haribo|Vaillant|Viessmann|Claas|Benteler|Sennheiser|Melitta|Faber-Castell|Lidl|Edeka')
g('AT','de',CN,'B2B',False,'Wikipedia: ATX / ATX Prime constituents',
 'Andritz|Verbund|Wienerberger|Lenzing|Mayr-Melnhof Karton|Palfinger|Rosenbauer|Semperit|Kapsch TrafficCom|AT&S|S Immo|Porr|Strabag|Vienna Insurance Group|Uniqa|Zumtobel|Agrana|Do & Co|Schoeller-Bleckmann|Swarovski|Red Bull|Doppelmayr|Spar Österreich|Rauch Fruchtsäfte|Egger Holzwerkstoffe')
g('CH','de',CN,'B2B',False,'Wikipedia: SMI MID / SPI constituents',
 'Belimo|Bachem|Barry Callebaut|Baloise|Clariant|Ems-Chemie|Flughafen Zürich|Galenica|Georg Fischer|Helvetia|Julius Bär|Lindt & Sprüngli|Logitech International|PSP Swiss Property|Schindler|SIG Group|Sonova|Straumann|Swiss Prime Site|Tecan|Temenos|VAT Group|Dätwyler|Bucher Industries|Inficon|Comet Holding|Landis+Gyr|Mobimo|Stadler Rail|Sulzer|Victorinox|Migros|Coop|Ricola|Kuhn Rikon')
g('FR','fr',CN,'B2B',False,'Wikipedia: SBF 120 / CAC Mid 60 constituents',
 'Alten|Arkema|Ayvens|BioMérieux|Bureau Veritas|Coface|Covivio|Eiffage|Elis|Eramet|Eurazeo|Euronext|Fnac Darty|Gecina|Getlink|Imerys|Ipsen|Ipsos|JCDecaux|Klépierre|Mercialys|Nexans|Nexity|Rexel|Rubis|Sartorius Stédim Biotech|SEB|Soitec|Sopra Steria|SPIE|Technip Energies|Trigano|Ubisoft|Valeo|Vallourec|Verallia|Vicat|Virbac|Wendel|Worldline|Beneteau|Lectra|Manitou|Mersen|Quadient|Somfy|Tarkett|Lacroix|Decathlon|Leroy Merlin|Lactalis|Chanel|Auchan|Bic|Groupe Casino')
g('BE','fr',CN,'B2B',False,'Wikipedia: BEL Mid constituents',
 'Ackermans & van Haaren|Barco|Bekaert|Cofinimmo|D\'Ieteren|Elia Group|Euronav|Fagron|Gimv|Kinepolis|Melexis|Recticel|Solvay|Sofina|Umicore|Van de Velde|Warehouses De Pauw|Colruyt|Etex|Lotus Bakeries')
g('NL','nl',CN,'B2B',False,'Wikipedia: AMX / AScX constituents',
 'Aalberts|Arcadis|BE Semiconductor Industries|Boskalis|Corbion|Fugro|Heijmans|IMCD|Koninklijke BAM Groep|Signify|SBM Offshore|TKH Group|Van Lanschot Kempen|Vopak|Basic-Fit|Flow Traders|Alfen|Sligro Food Group|Brunel International|ForFarmers|Wereldhave|Vastned|Ordina|Accell Group|Bol.com|Coolblue|Jumbo Supermarkten|Auping|Gazelle|VDL Groep')
g('IT','it',CN,'B2B',False,'Wikipedia: FTSE Italia Mid Cap constituents',
 'Amplifon|Azimut|Banca Generali|Brembo|Buzzi|De\'Longhi|DiaSorin|ERG|Fincantieri|Hera|Interpump Group|Iren|Italgas|Leonardo|Moncler|Piaggio|Prysmian|Recordati|Reply|Saipem|Salvatore Ferragamo|Sesa|Tod\'s|Technogym|Unipol|Webuild|Zignago Vetro|Carel Industries|El.En.|Sabaf|Datalogic|Biesse|Marr|Danieli|Barilla|Ferrero|Lavazza|Luxottica|Esselunga|Kartell')
g('ES','es',CN,'B2B',False,'Wikipedia: IBEX Medium Cap / IBEX Small Cap constituents',
 'Acerinox|Almirall|Applus|Atresmedia|CIE Automotive|Construcciones y Auxiliar de Ferrocarriles|Ebro Foods|Ence|Faes Farma|Fluidra|Grifols|Indra|Logista|Meliá Hotels International|Merlin Properties|Pharma Mar|Prosegur|Sacyr|Talgo|Tubacex|Vidrala|Viscofan|Gestamp|Laboratorios Rovi|Ercros|Mercadona|El Corte Inglés|Mango|Chupa Chups|Freixenet')
g('UK','en',CN,'B2B',False,'Wikipedia: FTSE 250 Index constituents',
 'Ashmore Group|Balfour Beatty|Bellway|Big Yellow Group|Bodycote|Britvic|Bytes Technology Group|Computacenter|Cranswick|Dunelm Group|Domino\'s Pizza Group|Genus|Grafton Group|Greggs|Hays|Howden Joinery|IG Group|Inchcape|Intermediate Capital Group|ITV|JD Wetherspoon|Jupiter Fund Management|Kier Group|Marshalls|Mitie|Morgan Sindall|Pets at Home|QinetiQ|Rightmove|Rotork|Safestore|Serco|Spectris|Spirax-Sarco Engineering|Tate & Lyle|Travis Perkins|Vesuvius|Victrex|W. H. Smith|Wood Group|Workspace Group|Renishaw|Halma|Games Workshop|John Lewis Partnership|JCB|Dyson|Arnold Clark|Wates Group|Iceland Foods')
g('IE','en',CN,'B2B',False,'Wikipedia: ISEQ 20 constituents / largest Irish private companies',
 'Glanbia|Kingspan|Kerry Group|Smurfit Westrock|Dalata Hotel Group|Irish Continental Group|Uniphar|Origin Enterprises|Cairn Homes|Glenveagh Properties|Greencore|Musgrave Group|Dunnes Stores|Ornua|Primark')
g('US','en',CN,'B2B',False,'Wikipedia: List of S&P 400 companies / S&P 600 companies',
 'Acuity Brands|AptarGroup|Arrow Electronics|Avnet|Axon Enterprise|BJ\'s Wholesale Club|Brunswick Corporation|Carlisle Companies|Casey\'s General Stores|Chemed|Ciena|Coherent|Crane Company|Curtiss-Wright|Donaldson Company|Dick\'s Sporting Goods|Encompass Health|EnerSys|Exelixis|First Horizon|Graco|Hexcel|Hubbell|ITT Inc.|Jones Lang LaSalle|KBR|Kirby Corporation|Lennox International|Lincoln Electric|Manhattan Associates|MasTec|MSA Safety|Nordson|Olin Corporation|Owens Corning|Penumbra|Regal Rexnord|RPM International|Sonoco|Toro Company|UFP Industries|Valmont Industries|Watsco|Woodward|Williams-Sonoma|Aaon|Armstrong World Industries|Badger Meter|Boot Barn|Cavco Industries|Columbia Sportswear|Dorman Products|ePlus|Fabrinet|Federal Signal|Franklin Electric|Gibraltar Industries|Installed Building Products|Kaman|La-Z-Boy|LCI Industries|Moog|Mueller Industries|Patrick Industries|Simpson Manufacturing|Standex|Tennant Company|Unifirst|Wolverine World Wide|Cargill|Koch Industries|Mars|Publix Super Markets|Bechtel|Meijer|H-E-B|Enterprise Holdings|SC Johnson|Gulf States Toyota|Hy-Vee|Wegmans Food Markets')
g('CA','en',CN,'B2B',False,'Wikipedia: S&P/TSX Composite Index constituents',
 'ATS Corporation|Boyd Group Services|CAE|Cascades|CCL Industries|Colliers International|Descartes Systems Group|Dollarama|Finning International|Gildan Activewear|Kinaxis|Lightspeed Commerce|Linamar|Maple Leaf Foods|Martinrea International|Parkland Corporation|Richelieu Hardware|Stantec|Stella-Jones|Toromont Industries|Tricon Residential|WSP Global|Bombardier|Canadian Tire|McCain Foods|Irving Oil|Jim Pattison Group')
g('AU','en',CN,'B2B',False,'Wikipedia: S&P/ASX 200 constituents',
 'Ansell|ARB Corporation|Bapcor|Breville Group|Cleanaway Waste Management|Domino\'s Pizza Enterprises|GUD Holdings|Harvey Norman|IDP Education|Iress|JB Hi-Fi|Lovisa|Nine Entertainment|Orora|Premier Investments|Reliance Worldwide|Seven Group Holdings|Super Retail Group|Technology One|Worley|Bunnings|Visy Industries|Linfox|Canva|Atlassian')
g('PL','pl',CN,'B2B',False,'Wikipedia: mWIG40 / sWIG80 constituents',
 'Amica|Asseco Poland|Budimex|CCC|Ciech|Comarch|Cyfrowy Polsat|Dom Development|Eurocash|Grupa Kęty|Inter Cars|Kruk|LiveChat Software|Lubawa|Neuca|Orange Polska|Pepco Group|Stalprodukt|Tauron|Wirtualna Polska|Boryszew|Ferro|Mirbud|Torpol|Vox|Maspex|Fakro|Nowy Styl|Wiśniowski|Solaris Bus & Coach')
g('CZ','cs',CN,'B2B',False,'Wikipedia: index PX / největší české firmy',
 'Kofola ČeskoSlovensko|Philip Morris ČR|Colt CZ Group|Komerční banka|Moneta Money Bank|Škoda Auto|Agrofert|Tescoma|Petrof|Koh-i-noor Hardtmuth|Alza.cz|Rohlik.cz|Budějovický Budvar|Linet|Mattoni 1873')
g('SE','sv',CN,'B2B',False,'Wikipedia: OMX Stockholm Mid Cap constituents',
 'AddTech|Axfood|Beijer Ref|Bilia|BioGaia|Bufab|Castellum|Clas Ohlson|Dometic|Electrolux Professional|Fabege|Granges|Holmen|Husqvarna|Indutrade|Lagercrantz|Lindab|Loomis|Mycronic|NCC|Nibe Industrier|Nolato|Peab|Saab|Sweco|Thule Group|Troax|Wihlborgs|Ikea|Bonnier|Fjällräven|Polarbröd')
g('NO','no',CN,'B2B',False,'Wikipedia: OBX / Oslo Børs konsern',
 'Aker|Atea|Borregaard|Kongsberg Gruppen|Nordic Semiconductor|Orkla|Salmar|Schibsted|Tomra|Veidekke|Europris|Elkem|Mowi|Storebrand|Reitan|Varner|Ekornes')
g('DK','da',CN,'B2B',False,'Wikipedia: OMX Copenhagen Mid Cap constituents',
 'Ambu|Bavarian Nordic|Chemometec|Demant|DFDS|FLSmidth|GN Store Nord|ISS|Jyske Bank|Matas|Netcompany|NKT|Rockwool|Royal Unibrew|Scandinavian Tobacco Group|Schouw & Co.|Topdanmark|Lego|Danfoss|Grundfos|Bestseller|Velux|Arla Foods|Jysk')
g('FI','fi',CN,'B2B',False,'Wikipedia: OMX Helsinki Mid Cap constituents',
 'Cargotec|Caverion|Citycon|Detection Technology|Harvia|Huhtamäki|Kemira|Kesko|Konecranes|Marimekko|Metsä Board|Musti Group|Outokumpu|Ponsse|Raisio|Tokmanni|Uponor|Valmet|Verkkokauppa.com|Vaisala|YIT|Fazer|Supercell|Rovio')
g('RU','ru',CN,'B2B',False,'Wikipedia: индекс Мосбиржи средней и малой капитализации',
 'Акрон|Белуга Групп|Группа ЛСР|Группа Черкизово|Детский мир|Инарктика|КАМАЗ|М.видео|Мать и дитя|Мечел|Распадская|Русагро|Сегежа Групп|Селигдар|Соллерс|Фосагро|ЭсЭфАй|Эталон|Юнипро|Positive Technologies|Самолёт|Henderson|Ozon|Яндекс|ВкусВилл|Лента|Леруа Мерлен Восток|Вимм-Билль-Данн|Аскона|ДНС Ритейл')
g('KZ','ru',CN,'B2B',False,'KASE: список эмитентов',
 'Kaspi.kz|Halyk Bank|Freedom Holding|Шубарколь комир|Технодом|Sulpak|Magnum Cash & Carry|Raimbek Group|Рахат|БИ Групп')
g('JP','ja',CN,'B2B',False,'Wikipedia: TOPIX Mid400 constituents',
 'アマノ|ダイフク|ホシザキ|カシオ計算機|コクヨ|ニトリ|良品計画|サンリオ|シマノ|スクウェア・エニックス|TOTO|リンナイ|セイコーエプソン|ブラザー工業|ヤマハ|ローランド|ユニ・チャーム|ピジョン|オカムラ|内田洋行|Horiba|Makita|Daikin|Kikkoman|Yokogawa Electric|Ushio|Nabtesco|Ebara|Zojirushi|Iris Ohyama')
g('BR','pt',CN,'B2B',False,'Wikipedia: Ibovespa / índice Small Cap (SMLL)',
 'Alpargatas|Arezzo&Co|Cielo|Cosan|Cyrela|Embraer|Engie Brasil|Fleury|Grendene|Hypera Pharma|Iochpe-Maxion|Localiza|Lojas Renner|Magazine Luiza|Marcopolo|MRV Engenharia|Natura &Co|Positivo Tecnologia|Randon|Tupy|Vulcabras|WEG|Odebrecht|Votorantim|Tramontina')
g('MX','mx',CN,'B2B',False,'Wikipedia: S&P/BMV IPC constituents',
 'Alsea|Bimbo|Cemex|Gruma|Grupo Aeroportuario del Pacífico|Grupo Elektra|Kimberly-Clark de México|Liverpool|Megacable|Orbia|Peñoles|Industrias Bachoco|Grupo Herdez|Coppel|Oxxo')
g('IN','en',CN,'B2B',False,'Wikipedia: NIFTY Midcap 150 constituents',
 'Astral|Bata India|Berger Paints|Blue Star|Crompton Greaves Consumer Electricals|Dixon Technologies|Havells India|Page Industries|Persistent Systems|Polycab India|Relaxo Footwears|Sundram Fasteners|Supreme Industries|Voltas|Whirlpool of India|Godrej & Boyce|Tata Consultancy Services|Infosys|Wipro|Zomato')
g('TR','tr',CN,'B2B',False,'Wikipedia: BIST 100 constituents',
 'Arçelik|Aselsan|BIM Birleşik Mağazalar|Coca-Cola İçecek|Doğan Holding|Enka İnşaat|Ford Otosan|Koç Holding|Logo Yazılım|Migros Ticaret|Sabancı Holding|Tofaş|Türk Traktör|Ülker|Vestel|Yataş')
CL = 'company_with_legal_form'
g('DE','de',CL,'B2B',False,'Unternehmensregister / Handelsregister (published firm names)','Sennheiser electronic GmbH & Co. KG|Hermes Germany GmbH|Bauhaus AG|Stihl AG & Co. KG|Haribo GmbH & Co. KG')
g('FR','fr',CL,'B2B',False,'Annuaire des entreprises (data.gouv.fr)','Michelin SCA|Groupe Rocher SA|Bonduelle SCA|Somfy SA|Lesaffre et Cie')
g('US','en',CL,'B2B',False,'SEC EDGAR company names','Graco Inc.|Toro Co|Hubbell Incorporated|Badger Meter, Inc.|Tennant Co')
g('PL','pl',CL,'B2B',False,'KRS (Krajowy Rejestr Sądowy) nazwy spółek','Comarch S.A.|Amica S.A.|Nowy Styl Sp. z o.o.|Fakro Sp. z o.o.')
g('RU','ru',CL,'B2B',False,'ЕГРЮЛ (egrul.nalog.ru)','ООО «Яндекс»|ПАО «Акрон»|ООО «ВкусВилл»|АО «Тандер»|ООО «ДНС Ритейл»')
g('IT','it',CL,'B2B',False,'Registro Imprese (ragione sociale)','Brembo S.p.A.|Kartell S.p.A.|Barilla G. e R. Fratelli S.p.A.|Technogym S.p.A.')
g('NL','nl',CL,'B2B',False,'KvK Handelsregister','Coolblue B.V.|Koninklijke Auping B.V.|VDL Groep B.V.')
g('JP','ja',CL,'B2B',False,'国税庁法人番号公表サイト','株式会社ニトリ|コクヨ株式会社|株式会社内田洋行|株式会社オカムラ')
SO = 'state_owned_company'
g('DE','de',SO,'B2B',False,'Wikipedia: Bundesbeteiligungen (Beteiligungsbericht des Bundes)','Deutsche Bahn|DB Netz|Deutsche Flugsicherung|Bundesdruckerei|KfW? ')
G.pop()  # replaced below (KfW is a public-law bank -> avoid)
g('DE','de',SO,'B2B',False,'Wikipedia: Beteiligungsbericht des Bundes','Deutsche Bahn|DB InfraGO|Bundesdruckerei|Deutsche Flugsicherung|Flughafen München')
g('FR','fr',SO,'B2B',False,'Wikipedia: Agence des participations de l\'État','SNCF Voyageurs|EDF|La Poste|Orano|Française des Jeux')
g('NO','no',SO,'B2B',False,'Wikipedia: Statens eierskap (Nærings- og fiskeridepartementet)','Equinor|Statkraft|Posten Bring|Vygruppen|Statnett')
g('SE','sv',SO,'B2B',False,'Wikipedia: Statligt ägda bolag i Sverige','Vattenfall|PostNord|Systembolaget|Sveaskog|SJ')
g('PL','pl',SO,'B2B',False,'Wikipedia: Spółki Skarbu Państwa','Orlen|PGE Polska Grupa Energetyczna|Poczta Polska|PKP Intercity|Polskie Linie Lotnicze LOT')
g('CZ','cs',SO,'B2B',False,'Wikipedia: Státní podniky a společnosti ČR','ČEZ|České dráhy|Čepro')
g('RU','ru',SO,'B2B',False,'Wikipedia: Госкорпорации и компании с госучастием','ОАО «РЖД»|ПАО «Газпром»|ПАО «Аэрофлот»|АО «Почта России»|ПАО «Сбербанк»|ПАО «Ростелеком»')
g('KZ','ru',SO,'B2B',False,'Wikipedia: АО «Самрук-Казына» портфельные компании','АО «Самрук-Қазына»|АО «НК «Қазақстан темір жолы»|АО «Казахтелеком»|АО «НК «КазМунайГаз»|АО «Казпочта»')
g('US','en',SO,'B2B',False,'Wikipedia: Federally chartered corporations','Amtrak|National Railroad Passenger Corporation')
g('CA','en',SO,'B2B',False,'Wikipedia: List of Crown corporations of Canada','Canada Post|VIA Rail Canada|Hydro-Québec|BC Hydro|Export Development Canada')
g('AU','en',SO,'B2B',False,'Wikipedia: Government business enterprises (Australia)','Australia Post|NBN Co')
g('CH','de',SO,'B2B',False,'Wikipedia: Bundesnahe Betriebe','Schweizerische Post|SBB|Swisscom|RUAG MRO Holding')
g('BR','pt',SO,'B2B',False,'Wikipedia: Empresas estatais do Brasil','Petrobras|Banco do Brasil|Eletronuclear')
g('MX','mx',SO,'B2B',False,'Wikipedia: Empresas paraestatales de México','Pemex|Comisión Federal de Electricidad')
g('JP','ja',SO,'B2B',False,'Wikipedia: 特殊会社','日本郵便|日本郵政|NTT東日本')
MO = 'municipal_owned_company'
g('DE','de',MO,'B2B',False,'Wikipedia: Liste deutscher Stadtwerke','Stadtwerke München GmbH|Mainova AG|Stadtwerke Bielefeld GmbH|Rheinenergie AG|Hamburger Hochbahn AG')
g('AT','de',MO,'B2B',False,'Wikipedia: Wiener Stadtwerke','Wiener Linien GmbH & Co KG|Wien Energie GmbH')

# sole traders' trade names (templates filled with common surnames of each language)
ST_T = {
 ('DE','de'): ['Malerbetrieb {f} {l}','Elektro {l}','Schreinerei {l}','Sanitär {l}','Fliesenleger {f} {l}','Dachdeckerei {l}','Friseursalon {f} {l}','Steuerberatung {l}','Gartenbau {l}','Physiotherapie {f} {l}','Zahnarztpraxis Dr. {l}','Kfz-Werkstatt {l}'],
 ('AT','de'): ['Tischlerei {l}','Installateur {l}','Malermeister {f} {l}','Elektrotechnik {l}'],
 ('CH','de'): ['Schreinerei {l}','Sanitär {l} AG? '],
 ('FR','fr'): ['Plomberie {l}','Boulangerie {l}','Menuiserie {f} {l}','Électricité {l}','Cabinet infirmier {l}','Garage {l}','Peinture {f} {l}','Taxi {l}','Cabinet d\'architecture {f} {l}'],
 ('BE','fr'): ['Menuiserie {l}','Toiture {l}'],
 ('IT','it'): ['Idraulica {l}','Falegnameria {l}','Ferramenta {l}','Studio Dentistico Dott. {l}','Elettricista {f} {l}','Panificio {l}','Autofficina {l}','Studio Legale Avv. {f} {l}'],
 ('ES','es'): ['Fontanería {l}','Carpintería {l}','Electricidad {f} {l}','Peluquería {f}','Talleres {l}','Reformas {l}','Asesoría {l}'],
 ('NL','nl'): ['Schildersbedrijf {l}','Loodgietersbedrijf {f} {l}','Klusbedrijf {l}','Hoveniersbedrijf {l}','Bakkerij {l}','Administratiekantoor {l}'],
 ('UK','en'): ['{l} & Sons Roofing','{f} {l} Plumbing','{l} Electrical','{f} {l} Bookkeeping','{l} Joinery','{l} Building Services','{f} {l} Photography'],
 ('US','en'): ['{l} Roofing','{f} {l} Plumbing & Heating','{l} Landscaping','{l} & Sons Construction','{f} {l} CPA','{l} Auto Repair','{l} Family Dentistry'],
 ('IE','en'): ['{l} Plumbing & Heating','{f} {l} Electrical'],
 ('AU','en'): ['{l} Carpentry','{f} {l} Electrical','{l} Plumbing'],
 ('PL','pl'): ['Usługi Remontowe {f} {l}','Zakład Stolarski {l}','Firma Handlowa {f} {l}','Hydraulika {f} {l}','Kancelaria Radcy Prawnego {f} {l}','Gabinet Stomatologiczny {f} {l}'],
 ('CZ','cs'): ['Truhlářství {l}','Instalatérství {f} {l}','Autoservis {l}','Malířství {f} {l}'],
 ('SE','sv'): ['{l}s Måleri','{f} {l} Bygg','{l}s Rör','{l}s Elservice'],
 ('NO','no'): ['{l} Rørleggerservice','{f} {l} Maling','{l} Snekkerservice'],
 ('DK','da'): ['Tømrer {f} {l}','{l}s VVS','Malerfirma {l}'],
 ('FI','fi'): ['Rakennuspalvelu {l}','Sähkö-{l}','Maalaus {f} {l}'],
 ('RU','ru'): ['ИП {rl}','ИП {rl} (мастерская «Петрович»)','Ателье «{rf}»','Парикмахерская «{rf}»'],
 ('BR','pt'): ['{l} Materiais de Construção','Oficina Mecânica {l}','Padaria {l}'],
 ('MX','mx'): ['Plomería {l}','Taller Mecánico {l}','Papelería {f}'],
 ('TR','tr'): ['{l} Tesisat','{l} Mobilya','{f} {l} Elektrik'],
 ('JP','ja'): ['{l}工務店','{l}電気工事','{l}会計事務所'],
}
ST_T[('CH','de')] = ['Schreinerei {l}','Malergeschäft {f} {l}','Sanitär {l}']
ST_T[('RU','ru')] = ['ИП {rl}','Мастерская «{rf}»','Ателье «{rf}»']

# ---------------- PUBLIC BODIES ----------------
B = 'B2G'
def pub(country, lang, kind, source, names): g(country, lang, kind, 'B2G', False, source, names)
pub('DE','de','ministry','Wikipedia: Bundesministerien Deutschlands','Bundesministerium der Finanzen|Bundesministerium des Innern und für Heimat|Bundesministerium für Bildung und Forschung|Bundesministerium der Verteidigung|Auswärtiges Amt|Bayerisches Staatsministerium für Unterricht und Kultus|Ministerium für Schule und Bildung des Landes Nordrhein-Westfalen|Senatsverwaltung für Finanzen Berlin')
pub('DE','de','agency','Wikipedia: Liste der deutschen Bundesbehörden','Bundesagentur für Arbeit|Umweltbundesamt|Statistisches Bundesamt|Bundesamt für Sicherheit in der Informationstechnik|Deutsches Patent- und Markenamt|Bundesanstalt Technisches Hilfswerk|Kraftfahrt-Bundesamt|Landesamt für Steuern Niedersachsen|Finanzamt München|Jobcenter Berlin Mitte')
pub('DE','de','region','Wikipedia: Länder der Bundesrepublik Deutschland','Freistaat Bayern|Land Berlin|Freie und Hansestadt Hamburg|Land Nordrhein-Westfalen|Freistaat Sachsen|Land Baden-Württemberg')
pub('DE','de','county','Wikipedia: Liste der Landkreise in Deutschland','Landratsamt Starnberg|Landkreis Harburg|Kreis Segeberg|Landratsamt Ebersberg|Rhein-Sieg-Kreis|Landkreis Göttingen|Kreisverwaltung Mainz-Bingen|Landratsamt Bodenseekreis')
pub('DE','de','municipality','Wikipedia: Liste der Städte und Gemeinden in Deutschland','Stadt Köln|Landeshauptstadt München|Stadt Freiburg im Breisgau|Stadt Leipzig|Gemeinde Ismaning|Gemeinde Unterhaching|Gemeinde Grünwald|Markt Holzkirchen|Stadtverwaltung Jena|Stadt Münster|Hansestadt Lübeck|Gemeinde Sylt|Stadt Heidelberg|Gemeinde Ottobrunn')
pub('DE','de','municipality_no_admin_word','Wikipedia: Bezirke Berlins / Referate der Landeshauptstadt München','Bezirksamt Pankow von Berlin|Bezirksamt Altona|Referat für Bildung und Sport München|Baureferat München|Ordnungsamt Düsseldorf|Bürgeramt Frankfurt am Main|Schulverwaltungsamt Dortmund|Bezirksamt Charlottenburg-Wilmersdorf')
pub('DE','de','public_school','Wikipedia: Liste der Gymnasien (Schulträger öffentlich)','Gelehrtenschule des Johanneums|Humboldt-Gymnasium Köln|Wilhelmsgymnasium München|Max-Planck-Gymnasium Göttingen|Goethe-Gymnasium Frankfurt am Main|Grundschule am Kollwitzplatz|Städtische Gesamtschule Kierspe|Staatliche Berufsschule Erding')
pub('DE','de','public_university','Wikipedia: Liste der Hochschulen in Deutschland (staatlich)','Technische Universität München|Ludwig-Maximilians-Universität München|Universität Heidelberg|Rheinische Friedrich-Wilhelms-Universität Bonn|Freie Universität Berlin|Universität Hamburg|RWTH Aachen|Hochschule für angewandte Wissenschaften Hamburg|Karlsruher Institut für Technologie|Universität Leipzig')
pub('DE','de','public_hospital','Wikipedia: Universitätsklinika in Deutschland','Charité – Universitätsmedizin Berlin|Klinikum rechts der Isar der TU München|Universitätsklinikum Heidelberg|Universitätsklinikum Hamburg-Eppendorf|Medizinische Hochschule Hannover|Universitätsklinikum Freiburg')
pub('DE','de','police_fire_army','Wikipedia: Polizei in Deutschland / Bundeswehr Verbände','Polizeipräsidium München|Bundespolizeidirektion Berlin|Landeskriminalamt Baden-Württemberg|Feuerwehr Hamburg|Berufsfeuerwehr Köln|Panzerbataillon 203|Bundeswehr – Kommando Cyber- und Informationsraum|Marinestützpunkt Kiel|Bundeswehrkrankenhaus Ulm')
pub('DE','de','court','Wikipedia: Gerichte in Deutschland','Bundesgerichtshof|Amtsgericht München|Landgericht Hamburg|Oberlandesgericht Frankfurt am Main|Verwaltungsgericht Berlin|Sozialgericht Dortmund|Finanzgericht Köln')
pub('DE','de','embassy','Auswärtiges Amt: Liste der diplomatischen Vertretungen in Deutschland','Botschaft der Republik Polen in Berlin|Botschaft von Japan|Französische Botschaft in Berlin|Botschaft des Königreichs Norwegen|Generalkonsulat der Vereinigten Staaten München|Botschaft der Republik Kasachstan')
pub('DE','de','transit_port_authority','Wikipedia: Anstalten des öffentlichen Rechts (Verkehr)','Berliner Verkehrsbetriebe (BVG) AöR|Hamburg Port Authority AöR|Landesbetrieb Straßen, Brücken und Gewässer Hamburg')
pub('DE','de','municipal_enterprise','Wikipedia: Kommunale Eigenbetriebe / Anstalten öffentlichen Rechts','Berliner Stadtreinigungsbetriebe AöR|Hamburger Stadtentwässerung AöR|Abfallwirtschaftsbetrieb München|Eigenbetrieb Kindertagesstätten Halle|Stadtentwässerungsbetriebe Köln AöR|Landesbetrieb Straßenbau NRW')
pub('AT','de','ministry','Wikipedia: Bundesministerien (Österreich)','Bundesministerium für Finanzen|Bundesministerium für Landesverteidigung|Bundesministerium für Bildung, Wissenschaft und Forschung|Bundeskanzleramt')
pub('AT','de','region','Wikipedia: Bundesländer Österreichs','Amt der Tiroler Landesregierung|Land Steiermark|Land Niederösterreich|Amt der Salzburger Landesregierung')
pub('AT','de','municipality','Wikipedia: Liste der Gemeinden in Österreich','Magistrat der Stadt Wien|Stadt Graz|Magistrat Linz|Stadtgemeinde Klosterneuburg|Marktgemeinde Perchtoldsdorf|Gemeinde Seefeld in Tirol|Stadtgemeinde Baden|Bezirkshauptmannschaft Mödling')
pub('AT','de','municipality_no_admin_word','Wikipedia: Magistratsabteilungen der Stadt Wien','Wiener Gesundheitsverbund|MA 56 – Wiener Schulen|MA 48 – Abfallwirtschaft, Straßenreinigung und Fuhrpark')
pub('AT','de','public_university','Wikipedia: Universitäten in Österreich','Universität Wien|Technische Universität Graz|Universität Innsbruck|Wirtschaftsuniversität Wien')
pub('AT','de','public_hospital','Wikipedia: Krankenhäuser in Österreich','Universitätsklinikum AKH Wien|Landeskrankenhaus Klagenfurt|Klinik Favoriten')
pub('AT','de','police_fire_army','Wikipedia: Bundesheer / Polizei Österreich','Landespolizeidirektion Wien|Bundesheer – Militärkommando Tirol|Berufsfeuerwehr Wien')
pub('CH','de','agency','Wikipedia: Bundesverwaltung der Schweiz','Eidgenössisches Departement für auswärtige Angelegenheiten|Bundesamt für Statistik|Eidgenössische Steuerverwaltung|Bundesamt für Bauten und Logistik|Staatssekretariat für Migration')
pub('CH','de','region','Wikipedia: Kantone der Schweiz','Kanton Zürich|Kanton Basel-Stadt|Kanton Bern – Bildungs- und Kulturdirektion|Kanton St. Gallen')
pub('CH','de','municipality','Wikipedia: Liste der Schweizer Gemeinden','Stadt Zürich|Stadt Winterthur|Gemeinde Küsnacht|Einwohnergemeinde Thun|Stadt Luzern|Gemeinde Zermatt')
pub('CH','de','municipality_no_admin_word','Stadt Zürich: Departemente und Dienstabteilungen','Amt für Hochbauten Zürich|Schulamt Winterthur|Immobilien Basel-Stadt')
pub('CH','de','public_university','Wikipedia: Hochschulen in der Schweiz','ETH Zürich|Universität Zürich|Universität Basel|Universität Bern')
pub('CH','fr','public_university','Wikipedia: Hautes écoles en Suisse','EPFL|Université de Genève|Université de Lausanne')
pub('CH','de','public_hospital','Wikipedia: Spitäler der Schweiz','Universitätsspital Zürich|Inselspital Bern|Universitätsspital Basel')
pub('CH','fr','municipality','Wikipedia: Communes de Suisse','Ville de Genève|Ville de Lausanne|Commune de Montreux')
pub('FR','fr','ministry','Wikipedia: Ministères français','Ministère de l\'Économie, des Finances et de la Souveraineté industrielle|Ministère de l\'Éducation nationale|Ministère des Armées|Ministère de l\'Intérieur|Ministère de la Justice|Ministère de la Culture')
pub('FR','fr','agency','Wikipedia: Établissements publics administratifs','France Travail|CNRS|Agence nationale de sécurité du médicament|Météo-France|Caisse nationale d\'assurance maladie|Direction générale des Finances publiques|Institut national de la statistique et des études économiques|Office français de la biodiversité|Préfecture de police de Paris|Préfecture du Rhône')
pub('FR','fr','region','Wikipedia: Régions françaises','Région Île-de-France|Région Auvergne-Rhône-Alpes|Région Occitanie|Région Hauts-de-France|Collectivité de Corse')
pub('FR','fr','county','Wikipedia: Conseils départementaux','Conseil départemental de la Gironde|Département du Nord|Conseil départemental des Bouches-du-Rhône|Département de la Haute-Savoie|Conseil départemental du Finistère')
pub('FR','fr','municipality','Wikipedia: Liste des communes de France','Ville de Paris|Mairie de Lyon|Ville de Bordeaux|Commune d\'Annecy|Mairie de Saint-Malo|Ville de Montpellier|Mairie de Chamonix-Mont-Blanc|Commune de Plougastel-Daoulas|Ville de Nantes|Métropole Européenne de Lille|Bordeaux Métropole|Eurométropole de Strasbourg')
pub('FR','fr','municipality_no_admin_word','Wikipedia: Intercommunalités / services municipaux','CCAS de Toulouse|Centre communal d\'action sociale de Grenoble|Syndicat intercommunal à vocation multiple du Pays de Gex')
pub('FR','fr','public_school','education.gouv.fr: annuaire de l\'éducation','Lycée Henri-IV|Lycée Louis-le-Grand|Lycée du Parc|Collège Jean Moulin de Marseille|École élémentaire publique Jules Ferry|Lycée Pierre de Fermat')
pub('FR','fr','public_university','Wikipedia: Universités françaises','Sorbonne Université|Université de Strasbourg|Université Paris Cité|Université Grenoble Alpes|Aix-Marseille Université|Université de Bordeaux|École polytechnique|Université de Lille')
pub('FR','fr','public_hospital','Wikipedia: Centres hospitaliers universitaires','Assistance Publique – Hôpitaux de Paris|Hospices Civils de Lyon|CHU de Bordeaux|CHU de Toulouse|Centre hospitalier de Cannes|Assistance Publique – Hôpitaux de Marseille')
pub('FR','fr','police_fire_army','Wikipedia: Forces armées et de sécurité françaises','Gendarmerie nationale|Brigade de sapeurs-pompiers de Paris|Bataillon de marins-pompiers de Marseille|Commissariat central de Lille|1er régiment de chasseurs parachutistes|Base aérienne 118 Mont-de-Marsan|SDIS du Var')
pub('FR','fr','court','Wikipedia: Juridictions françaises','Tribunal judiciaire de Paris|Cour d\'appel de Versailles|Tribunal administratif de Lyon|Cour de cassation|Conseil d\'État')
pub('FR','fr','embassy','France Diplomatie: représentations étrangères en France','Ambassade d\'Allemagne à Paris|Ambassade du Japon en France|Ambassade d\'Italie en France|Consulat général du Canada à Paris')
pub('FR','fr','transit_port_authority','Wikipedia: Établissements publics industriels et commerciaux','RATP|Île-de-France Mobilités|Grand Port Maritime de Marseille|Haropa Port|Voies navigables de France')
pub('BE','fr','agency','Wikipedia: Services publics fédéraux (Belgique)','SPF Finances|SPF Affaires étrangères|Défense – Armée belge|Office national de l\'emploi')
pub('BE','fr','municipality','Wikipedia: Communes de Belgique','Ville de Bruxelles|Commune d\'Ixelles|Ville de Liège|Ville de Namur|Commune d\'Uccle')
pub('BE','nl','municipality','Wikipedia: Lijst van Belgische gemeenten','Stad Gent|Stad Antwerpen|Gemeente Zaventem|Stad Leuven|Stad Brugge')
pub('BE','nl','public_university','Wikipedia: Universiteiten in België','Universiteit Gent|Vrije Universiteit Brussel|Universiteit Antwerpen')
pub('BE','fr','public_university','Wikipedia: Universités en Belgique','Université de Liège|Université libre de Bruxelles')
pub('BE','fr','region','Wikipedia: Régions de Belgique','Service public de Wallonie|Région de Bruxelles-Capitale|Vlaamse overheid')
pub('IT','it','ministry','Wikipedia: Ministeri della Repubblica Italiana','Ministero dell\'Economia e delle Finanze|Ministero dell\'Istruzione e del Merito|Ministero della Difesa|Ministero della Salute|Ministero dell\'Interno|Presidenza del Consiglio dei Ministri')
pub('IT','it','agency','Wikipedia: Agenzie governative italiane','Agenzia delle Entrate|INPS|ISTAT|Agenzia del Demanio|Agenzia delle Dogane e dei Monopoli|INAIL|Prefettura di Milano|Agenzia per l\'Italia Digitale')
pub('IT','it','region','Wikipedia: Regioni d\'Italia','Regione Lombardia|Regione Toscana|Regione Emilia-Romagna|Regione Siciliana|Regione del Veneto|Provincia autonoma di Trento')
pub('IT','it','county','Wikipedia: Province d\'Italia','Provincia di Bergamo|Città metropolitana di Torino|Provincia di Cuneo|Città metropolitana di Napoli')
pub('IT','it','municipality','Wikipedia: Comuni d\'Italia','Comune di Milano|Comune di Bologna|Comune di Firenze|Comune di Bergamo|Comune di Lecce|Comune di Cortina d\'Ampezzo|Comune di Sesto San Giovanni|Comune di Rimini|Comune di Torino|Comune di Alghero')
pub('IT','it','municipality_no_admin_word','Wikipedia: Roma Capitale / municipi','Roma Capitale|Municipio Roma I Centro|Municipio 3 Milano')
pub('IT','it','public_school','Ministero dell\'Istruzione: Scuola in chiaro','Liceo Classico Statale Giulio Cesare|Liceo Scientifico Statale Galileo Galilei|Istituto Comprensivo Statale Via Padre Semeria|Istituto Tecnico Industriale Statale Enrico Fermi|Liceo Ginnasio Statale Tito Livio')
pub('IT','it','public_university','Wikipedia: Università statali italiane','Sapienza Università di Roma|Politecnico di Milano|Università di Bologna|Università degli Studi di Padova|Università degli Studi di Napoli Federico II|Politecnico di Torino|Università degli Studi di Milano')
pub('IT','it','public_hospital','Wikipedia: Aziende ospedaliere italiane','ASST Grande Ospedale Metropolitano Niguarda|Azienda Ospedaliera Universitaria Careggi|Policlinico Umberto I|ASL Roma 1|Azienda Ospedaliera di Padova|ASST Papa Giovanni XXIII')
pub('IT','it','police_fire_army','Wikipedia: Forze armate e di polizia italiane','Comando Provinciale Carabinieri di Roma|Questura di Milano|Comando Provinciale dei Vigili del Fuoco di Torino|Guardia di Finanza – Comando Regionale Lombardia|Esercito Italiano – 9º Reggimento Alpini|Polizia Locale di Milano')
pub('IT','it','court','Wikipedia: Tribunali italiani','Tribunale di Milano|Corte d\'Appello di Roma|TAR Lazio|Corte Suprema di Cassazione')
pub('IT','it','embassy','Ministero degli Esteri: rappresentanze estere in Italia','Ambasciata di Germania a Roma|Ambasciata di Francia in Italia|Consolato Generale del Giappone a Milano')
pub('IT','it','transit_port_authority','Wikipedia: Autorità di sistema portuale','Autorità di Sistema Portuale del Mar Ligure Occidentale|Autorità di Sistema Portuale del Mare Adriatico Settentrionale')
pub('ES','es','ministry','Wikipedia: Ministerios de España','Ministerio de Hacienda|Ministerio de Defensa|Ministerio del Interior|Ministerio de Educación, Formación Profesional y Deportes|Ministerio de Asuntos Exteriores, Unión Europea y Cooperación')
pub('ES','es','agency','Wikipedia: Organismos públicos de España','Agencia Estatal de Administración Tributaria|Servicio Público de Empleo Estatal|Instituto Nacional de Estadística|Tesorería General de la Seguridad Social|Dirección General de Tráfico|Agencia Estatal de Meteorología|Puertos del Estado|Delegación del Gobierno en Andalucía')
pub('ES','es','region','Wikipedia: Comunidades autónomas','Comunidad de Madrid|Generalitat de Catalunya|Junta de Andalucía|Xunta de Galicia|Gobierno de Aragón|Generalitat Valenciana|Gobierno Vasco')
pub('ES','es','county','Wikipedia: Diputaciones provinciales','Diputación de Valencia|Diputación Provincial de Málaga|Diputación Foral de Bizkaia|Cabildo de Gran Canaria|Consell de Mallorca')
pub('ES','es','municipality','Wikipedia: Municipios de España','Ayuntamiento de Madrid|Ajuntament de Barcelona|Ayuntamiento de Sevilla|Ayuntamiento de Zaragoza|Concello de Vigo|Ayuntamiento de Alcobendas|Ajuntament de Sant Cugat del Vallès|Ayuntamiento de Marbella|Ayuntamiento de Getafe|Ayuntamiento de Bilbao')
pub('ES','es','municipality_no_admin_word','Wikipedia: Organismos autónomos municipales','Madrid Salud|Institut Municipal d\'Informàtica de Barcelona|Gerencia Municipal de Urbanismo de Sevilla')
pub('ES','es','public_school','Ministerio de Educación: Registro Estatal de Centros Docentes','IES San Isidro|IES Ramiro de Maeztu|CEIP Miguel de Cervantes|IES Lope de Vega|CEIP Ciudad de Jaén|IES Jaume Balmes')
pub('ES','es','public_university','Wikipedia: Universidades públicas de España','Universidad Complutense de Madrid|Universitat de Barcelona|Universidad de Sevilla|Universidad Politécnica de Madrid|Universitat de València|Universidad de Salamanca|Universidad de Granada|Universidad del País Vasco')
pub('ES','es','public_hospital','Wikipedia: Hospitales públicos de España','Hospital Universitario La Paz|Hospital Clínic de Barcelona|Hospital Universitario Virgen del Rocío|Hospital General Universitario Gregorio Marañón|Servicio Madrileño de Salud|Osakidetza')
pub('ES','es','police_fire_army','Wikipedia: Fuerzas y Cuerpos de Seguridad / Ejército de Tierra','Guardia Civil – Comandancia de Madrid|Dirección General de la Policía|Mossos d\'Esquadra|Bomberos del Ayuntamiento de Madrid|Brigada Paracaidista|Unidad Militar de Emergencias|Policía Municipal de Madrid')
pub('ES','es','court','Wikipedia: Órganos judiciales de España','Tribunal Supremo|Audiencia Nacional|Juzgado de Primera Instancia n.º 5 de Valencia|Tribunal Superior de Justicia de Madrid')
pub('ES','es','embassy','Ministerio de Asuntos Exteriores: embajadas acreditadas','Embajada de Alemania en Madrid|Embajada de Francia en España|Embajada de México en España|Consulado General del Reino Unido en Barcelona')
pub('ES','es','transit_port_authority','Wikipedia: Autoridades portuarias de España','Autoridad Portuaria de Valencia|Autoridad Portuaria de Barcelona|Consorcio Regional de Transportes de Madrid')
pub('NL','nl','ministry','Wikipedia: Nederlandse ministeries','Ministerie van Financiën|Ministerie van Defensie|Ministerie van Onderwijs, Cultuur en Wetenschap|Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|Ministerie van Justitie en Veiligheid')
pub('NL','nl','agency','Wikipedia: Uitvoeringsorganisaties Rijksoverheid','Belastingdienst|Rijkswaterstaat|Uitvoeringsinstituut Werknemersverzekeringen|Dienst Uitvoering Onderwijs|Centraal Bureau voor de Statistiek|Rijksvastgoedbedrijf|Immigratie- en Naturalisatiedienst|Kadaster')
pub('NL','nl','region','Wikipedia: Provincies van Nederland','Provincie Noord-Holland|Provincie Utrecht|Provincie Gelderland|Provincie Noord-Brabant|Waterschap Rivierenland|Hoogheemraadschap van Rijnland')
pub('NL','nl','municipality','Wikipedia: Lijst van Nederlandse gemeenten','Gemeente Amsterdam|Gemeente Rotterdam|Gemeente Utrecht|Gemeente Eindhoven|Gemeente Den Haag|Gemeente Groningen|Gemeente Haarlemmermeer|Gemeente Zwolle|Gemeente Maastricht|Gemeente Texel')
pub('NL','nl','municipality_no_admin_word','Wikipedia: Stadsdelen van Amsterdam','Stadsdeel Amsterdam-Noord|Stadsdeel Zuid|GGD Amsterdam|Stadsbeheer Den Haag')
pub('NL','nl','public_university','Wikipedia: Universiteiten in Nederland','Universiteit van Amsterdam|Technische Universiteit Delft|Universiteit Utrecht|Rijksuniversiteit Groningen|Universiteit Leiden|Wageningen University & Research|Hogeschool van Amsterdam')
pub('NL','nl','public_school','DUO: open onderwijsdata','Openbare Basisschool De Kleine Prins|Stedelijk Gymnasium Leiden|Openbaar Lyceum Zeist')
pub('NL','nl','public_hospital','Wikipedia: Universitair medische centra','Amsterdam UMC|Erasmus MC|UMC Utrecht|Leids Universitair Medisch Centrum')
pub('NL','nl','police_fire_army','Wikipedia: Politie / Koninklijke Landmacht','Politie Eenheid Rotterdam|Koninklijke Marechaussee|Veiligheidsregio Haaglanden|Brandweer Amsterdam-Amstelland|13 Lichte Brigade|Koninklijke Luchtmacht – Vliegbasis Leeuwarden')
pub('NL','nl','court','Wikipedia: Rechtbanken in Nederland','Rechtbank Amsterdam|Gerechtshof Den Haag|Hoge Raad der Nederlanden')
pub('NL','nl','transit_port_authority','Wikipedia: Vervoerregio / gemeentelijke vervoerbedrijven','Vervoerregio Amsterdam|Metropoolregio Rotterdam Den Haag')
pub('UK','en','ministry','GOV.UK: Departments, agencies and public bodies','HM Treasury|Ministry of Defence|Department for Education|Home Office|Foreign, Commonwealth & Development Office|Department of Health and Social Care|Cabinet Office|Scottish Government|Welsh Government')
pub('UK','en','agency','GOV.UK: Departments, agencies and public bodies','HM Revenue & Customs|Environment Agency|Driver and Vehicle Licensing Agency|Office for National Statistics|HM Land Registry|Crown Commercial Service|Met Office|Companies House|Ordnance Survey? ')
G.pop()
pub('UK','en','agency','GOV.UK: Departments, agencies and public bodies','HM Revenue & Customs|Environment Agency|Driver and Vehicle Licensing Agency|Office for National Statistics|HM Land Registry|Crown Commercial Service|Met Office|Companies House|HM Prison and Probation Service|National Highways')
pub('UK','en','county','Wikipedia: County councils of England','Kent County Council|Hampshire County Council|Surrey County Council|Lancashire County Council|Norfolk County Council|Devon County Council|Cornwall Council|Essex County Council')
pub('UK','en','municipality','Wikipedia: Local authorities of the United Kingdom','Leeds City Council|Manchester City Council|Birmingham City Council|London Borough of Camden|Royal Borough of Kensington and Chelsea|Bristol City Council|Glasgow City Council|City of Edinburgh Council|Cardiff Council|Belfast City Council|Harrogate Borough Council|Mendip District Council|Wokingham Borough Council|Westminster City Council|Tower Hamlets Council')
pub('UK','en','municipality_no_admin_word','Wikipedia: Combined authorities / parish councils','Greater London Authority|West Midlands Combined Authority|Greater Manchester Combined Authority|Grantchester Parish Council')
pub('UK','en','public_hospital','NHS: list of NHS trusts','Guy\'s and St Thomas\' NHS Foundation Trust|Manchester University NHS Foundation Trust|Leeds Teaching Hospitals NHS Trust|Oxford University Hospitals NHS Foundation Trust|NHS Greater Glasgow and Clyde|Cardiff and Vale University Health Board|Barts Health NHS Trust|NHS England')
pub('UK','en','public_university','Wikipedia: Universities in the United Kingdom (publicly funded)','University of Manchester|University of Leeds|University of Edinburgh|University of Bristol|Cardiff University|Queen\'s University Belfast|University College London')
pub('UK','en','public_school','GOV.UK: Get information about schools (community schools)','St Marylebone Church of England School|Camden School for Girls|Hampstead School')
pub('UK','en','police_fire_army','Wikipedia: Police forces / British Army units','Metropolitan Police Service|Greater Manchester Police|London Fire Brigade|Police Scotland|West Midlands Fire Service|1st Battalion, The Rifles|RAF Brize Norton|HMS Collingwood|British Army – 3rd (UK) Division')
pub('UK','en','court','GOV.UK: HM Courts & Tribunals Service','HM Courts & Tribunals Service|Royal Courts of Justice|Manchester Crown Court|Supreme Court of the United Kingdom|Westminster Magistrates\' Court')
pub('UK','en','embassy','GOV.UK: London Diplomatic List','Embassy of Japan in the UK|Embassy of the Federal Republic of Germany London|Embassy of Poland in London|High Commission of Canada in the United Kingdom|High Commission of India, London|Embassy of Brazil in London')
pub('UK','en','transit_port_authority','Wikipedia: Transport authorities in the UK','Transport for London|Transport for Greater Manchester|Transport for Wales|Nexus|Port of London Authority|Transport Scotland')
pub('IE','en','agency','gov.ie: Government departments and agencies','Department of Education|Revenue Commissioners|Health Service Executive|Department of Social Protection|Office of Public Works|Central Statistics Office|An Garda Síochána|Defence Forces Ireland|Dublin Fire Brigade')
pub('IE','en','municipality','Wikipedia: Local government in Ireland','Dublin City Council|Cork County Council|Galway City Council|Fingal County Council|Dún Laoghaire-Rathdown County Council|Kerry County Council|Limerick City and County Council')
pub('IE','en','public_university','Wikipedia: Universities in Ireland','Trinity College Dublin|University College Dublin|University of Galway|Dublin City University|Technological University Dublin')
pub('IE','en','public_hospital','HSE: public hospitals','St James\'s Hospital|Beaumont Hospital|Cork University Hospital|Children\'s Health Ireland at Crumlin')
pub('US','en','ministry','USA.gov: A-Z index of federal departments and agencies','U.S. Department of Veterans Affairs|U.S. Department of the Interior|U.S. Department of Education|Department of Homeland Security|U.S. Department of Agriculture|Department of Justice|Department of State|U.S. Department of Energy')
pub('US','en','agency','USA.gov: A-Z index of federal departments and agencies','General Services Administration|Internal Revenue Service|Social Security Administration|NASA|Environmental Protection Agency|Federal Emergency Management Agency|National Park Service|U.S. Census Bureau|Small Business Administration|U.S. Postal Service|Library of Congress|Smithsonian Institution? ')
G.pop()
pub('US','en','agency','USA.gov: A-Z index of federal departments and agencies','General Services Administration|Internal Revenue Service|Social Security Administration|NASA|Environmental Protection Agency|Federal Emergency Management Agency|National Park Service|U.S. Census Bureau|Small Business Administration|U.S. Postal Service|Library of Congress|Texas Department of Transportation|California Department of Motor Vehicles|New York State Department of Health|Florida Department of Revenue|Ohio Bureau of Workers\' Compensation')
pub('US','en','region','USA.gov: State governments','State of California|Commonwealth of Virginia|State of New York|Commonwealth of Massachusetts|State of Texas Comptroller of Public Accounts|State of Washington Department of Enterprise Services')
pub('US','en','county','Wikipedia: List of United States counties','Los Angeles County|Cook County|King County|Harris County|Maricopa County|Fairfax County Government|Miami-Dade County|Travis County|Hennepin County|Orange County Board of Supervisors|Wake County|Douglas County, Colorado|Montgomery County, Maryland')
pub('US','en','municipality','Wikipedia: List of United States cities / townships','City of Austin|City of Seattle|City of Chicago|City and County of Denver|City of Boulder|Town of Brookline|Village of Oak Park|Township of Cherry Hill|Lower Merion Township|Borough of Princeton|City of Ann Arbor|Town of Greenwich|City of Portland|City of Phoenix|Charter Township of Canton')
pub('US','en','municipality_no_admin_word','Wikipedia: Consolidated city-county governments / municipal departments','Louisville Metro Government|Nashville Metropolitan Government|Chicago Department of Transportation|NYC Department of Education|Boston Public Library|San Francisco Public Utilities Commission|Seattle Public Utilities|Los Angeles Department of Water and Power')
pub('US','en','school_district','NCES: Common Core of Data (school districts)','Houston Independent School District|Fairfax County Public Schools|Los Angeles Unified School District|Chicago Public Schools|Gwinnett County Public Schools|Clark County School District|Broward County Public Schools|Dallas ISD|Austin ISD|Seattle Public Schools|Denver Public Schools|Wake County Public School System|Mesa Public Schools|Anoka-Hennepin School District 11|Plano ISD|Cypress-Fairbanks ISD|Katy ISD|Boston Public Schools|San Diego Unified School District|Jefferson County Public Schools')
pub('US','en','public_school','NCES: public school search','Stuyvesant High School|Thomas Jefferson High School for Science and Technology|Boston Latin School|Lowell High School|Bronx High School of Science|Lincoln Elementary School (Evanston/Skokie District 65)|Walt Whitman High School')
pub('US','en','public_university','Wikipedia: List of state universities in the United States','Ohio State University|University of Michigan|University of California, Berkeley|Texas A&M University|University of Florida|Arizona State University|Rutgers University|University of Texas at Austin|University of Washington|Georgia Institute of Technology|Miami Dade College|Santa Monica College|SUNY Buffalo|Purdue University')
pub('US','en','public_hospital','Wikipedia: Public hospitals in the United States','NYC Health + Hospitals/Bellevue|Harris Health System|Parkland Health|VA Palo Alto Health Care System|Jackson Memorial Hospital|LAC+USC Medical Center|Zuckerberg San Francisco General Hospital|Denver Health|University of Texas Medical Branch|James A. Haley Veterans\' Hospital')
pub('US','en','police_fire_army','Wikipedia: Law enforcement / U.S. Army units','New York City Police Department|FDNY|Los Angeles Fire Department|Nassau County Police Department|Texas Department of Public Safety|U.S. Army Corps of Engineers|1st Cavalry Division|Naval Air Station Pensacola|Fort Bragg|U.S. Coast Guard Sector Boston|Joint Base Lewis-McChord|Marine Corps Base Camp Pendleton|Chicago Police Department|Travis County Sheriff\'s Office')
pub('US','en','court','uscourts.gov: Court locator','U.S. District Court for the Southern District of New York|Superior Court of California, County of Los Angeles|Cook County Circuit Court|U.S. Court of Appeals for the Ninth Circuit|Maricopa County Superior Court')
pub('US','en','embassy','State Department: Diplomatic List','Embassy of Japan in Washington|Embassy of France in the United States|German Embassy Washington|Consulate General of Mexico in Los Angeles|Embassy of India, Washington D.C.|Permanent Mission of Brazil to the United Nations')
pub('US','en','tribal_government','BIA: Federally recognized tribes','Navajo Nation|Cherokee Nation|Muscogee (Creek) Nation|Oneida Nation|Seminole Tribe of Florida|Chickasaw Nation|Confederated Tribes of the Colville Reservation|Osage Nation|Mashantucket Pequot Tribal Nation|Tohono O\'odham Nation|Pueblo of Laguna|Standing Rock Sioux Tribe')
pub('US','en','transit_port_authority','Wikipedia: Transit and port authorities of the United States','Metropolitan Transportation Authority|Port Authority of New York and New Jersey|Port of Seattle|Port of Los Angeles|Chicago Transit Authority|Massachusetts Bay Transportation Authority|Washington Metropolitan Area Transit Authority|Bay Area Rapid Transit|Southeastern Pennsylvania Transportation Authority|New York Power Authority|Port of Houston Authority')
pub('CA','en','agency','canada.ca: Departments and agencies','Canada Revenue Agency|Statistics Canada|Public Services and Procurement Canada|Department of National Defence|Royal Canadian Mounted Police|Global Affairs Canada|Government of Ontario|Government of British Columbia|Alberta Health Services')
pub('CA','fr','agency','Québec.ca: ministères et organismes','Gouvernement du Québec|Ministère de l\'Éducation du Québec|Revenu Québec|Sûreté du Québec')
pub('CA','en','municipality','Wikipedia: List of municipalities in Canada','City of Toronto|City of Calgary|City of Vancouver|City of Ottawa|Regional Municipality of Peel|Town of Oakville|District of North Vancouver|City of Halifax|Halifax Regional Municipality')
pub('CA','fr','municipality','Wikipedia: Municipalités du Québec','Ville de Montréal|Ville de Québec|Ville de Laval|Municipalité de Saint-Sauveur')
pub('CA','en','school_district','Wikipedia: School districts in Canada','Toronto District School Board|Peel District School Board|Calgary Board of Education|Vancouver School Board|Ottawa-Carleton District School Board|Edmonton Public Schools')
pub('CA','fr','school_district','Québec: centres de services scolaires','Centre de services scolaire de Montréal|Centre de services scolaire des Découvreurs')
pub('CA','en','public_university','Wikipedia: List of universities in Canada','University of Toronto|McGill University|University of British Columbia|University of Alberta|University of Waterloo|Dalhousie University')
pub('CA','en','tribal_government','Indigenous Services Canada: First Nation profiles','Six Nations of the Grand River Elected Council|Mohawk Council of Akwesasne|Membertou First Nation|Musqueam Indian Band|Tsuut\'ina Nation')
pub('CA','en','transit_port_authority','Wikipedia: Canada Port Authorities / transit agencies','Toronto Transit Commission|TransLink|Vancouver Fraser Port Authority|Montreal Port Authority|Metrolinx')
pub('CA','en','police_fire_army','Wikipedia: Canadian Armed Forces bases / police services','CFB Petawawa|Toronto Police Service|Calgary Fire Department|Canadian Forces Base Esquimalt')
pub('AU','en','agency','australia.gov.au: Government agencies','Australian Taxation Office|Services Australia|Department of Defence|Australian Bureau of Statistics|Department of Home Affairs|CSIRO|NSW Department of Education|Queensland Health|Victoria Police|NSW Police Force|Fire and Rescue NSW')
pub('AU','en','region','Wikipedia: States and territories of Australia','Queensland Government|Government of South Australia|ACT Government|State of Victoria')
pub('AU','en','municipality','Wikipedia: Local government areas of Australia','City of Sydney|City of Melbourne|Brisbane City Council|City of Perth|Shire of Augusta-Margaret River|Northern Beaches Council|City of Gold Coast|Town of Port Hedland|Yarra Ranges Shire Council')
pub('AU','en','public_university','Wikipedia: List of universities in Australia','University of Melbourne|University of Sydney|UNSW Sydney|Monash University|Australian National University|University of Queensland')
pub('AU','en','public_hospital','Wikipedia: Public hospitals in Australia','Royal Melbourne Hospital|Royal Prince Alfred Hospital|Princess Alexandra Hospital|Westmead Hospital|Sydney Local Health District')
pub('AU','en','transit_port_authority','Wikipedia: Transport authorities of Australia','Transport for NSW|Department of Transport and Planning Victoria|Fremantle Ports|Public Transport Authority of Western Australia')
pub('PL','pl','ministry','gov.pl: Ministerstwa','Ministerstwo Finansów|Ministerstwo Obrony Narodowej|Ministerstwo Edukacji Narodowej|Ministerstwo Spraw Wewnętrznych i Administracji|Kancelaria Prezesa Rady Ministrów|Ministerstwo Cyfryzacji')
pub('PL','pl','agency','gov.pl: Urzędy centralne','Zakład Ubezpieczeń Społecznych|Główny Urząd Statystyczny|Krajowa Administracja Skarbowa|Urząd Skarbowy Warszawa-Mokotów|Narodowy Fundusz Zdrowia|Generalna Dyrekcja Dróg Krajowych i Autostrad|Urząd Zamówień Publicznych|Instytut Pamięci Narodowej|Powiatowy Urząd Pracy w Krakowie')
pub('PL','pl','region','Wikipedia: Województwa','Urząd Marszałkowski Województwa Mazowieckiego|Województwo Małopolskie|Urząd Marszałkowski Województwa Dolnośląskiego|Mazowiecki Urząd Wojewódzki w Warszawie')
pub('PL','pl','county','Wikipedia: Powiaty w Polsce','Starostwo Powiatowe w Piasecznie|Powiat Wielicki|Starostwo Powiatowe w Tatrach? ')
G.pop()
pub('PL','pl','county','Wikipedia: Powiaty w Polsce','Starostwo Powiatowe w Piasecznie|Powiat Wielicki|Starostwo Powiatowe w Zakopanem|Powiat Poznański|Starostwo Powiatowe w Wołominie')
pub('PL','pl','municipality','Wikipedia: Gminy w Polsce','Urząd Miasta Stołecznego Warszawy|Miasto Kraków|Gmina Miejska Gdańsk|Urząd Miejski Wrocławia|Gmina Michałowice|Urząd Gminy Lesznowola|Gmina Wieliczka|Miasto Poznań|Urząd Miasta Łodzi|Gmina Kórnik|Urząd Dzielnicy Mokotów')
pub('PL','pl','public_school','Wikipedia: Licea ogólnokształcące w Polsce','XIV Liceum Ogólnokształcące im. Stanisława Staszica w Warszawie|V Liceum Ogólnokształcące im. Augusta Witkowskiego w Krakowie|Szkoła Podstawowa nr 1 w Lesznowoli|III Liceum Ogólnokształcące im. Marynarki Wojennej RP w Gdyni|Zespół Szkół Łączności w Krakowie')
pub('PL','pl','public_university','Wikipedia: Uczelnie publiczne w Polsce','Uniwersytet Warszawski|Uniwersytet Jagielloński|Politechnika Wrocławska|Akademia Górniczo-Hutnicza w Krakowie|Politechnika Gdańska|Uniwersytet im. Adama Mickiewicza w Poznaniu')
pub('PL','pl','public_hospital','Wikipedia: Szpitale w Polsce (SPZOZ)','Szpital Bielański im. ks. Jerzego Popiełuszki SPZOZ|Uniwersyteckie Centrum Kliniczne w Gdańsku|Szpital Uniwersytecki w Krakowie|Wojskowy Instytut Medyczny')
pub('PL','pl','police_fire_army','Wikipedia: Policja / Siły Zbrojne RP','Komenda Stołeczna Policji|Komenda Wojewódzka Państwowej Straży Pożarnej w Krakowie|12 Szczecińska Dywizja Zmechanizowana|Jednostka Wojskowa GROM|Straż Graniczna|Komenda Miejska Policji w Łodzi')
pub('PL','pl','court','Wikipedia: Sądy w Polsce','Sąd Rejonowy dla Warszawy-Mokotowa|Sąd Okręgowy w Krakowie|Naczelny Sąd Administracyjny|Sąd Apelacyjny w Gdańsku')
pub('PL','pl','embassy','gov.pl: Przedstawicielstwa dyplomatyczne w Polsce','Ambasada Republiki Federalnej Niemiec w Warszawie|Ambasada Stanów Zjednoczonych w Warszawie|Ambasada Japonii w Polsce')
pub('PL','pl','state_enterprise','Wikipedia: Państwowe gospodarstwa / przedsiębiorstwa użyteczności publicznej','Państwowe Gospodarstwo Leśne Lasy Państwowe|Państwowe Gospodarstwo Wodne Wody Polskie|Miejskie Przedsiębiorstwo Komunikacyjne w Krakowie? ')
G.pop()
pub('PL','pl','state_enterprise','Wikipedia: Państwowe gospodarstwa leśne i wodne','Państwowe Gospodarstwo Leśne Lasy Państwowe|Państwowe Gospodarstwo Wodne Wody Polskie|Nadleśnictwo Kozienice|Zarząd Transportu Miejskiego w Warszawie')
pub('CZ','cs','ministry','Wikipedia: Ministerstva České republiky','Ministerstvo financí ČR|Ministerstvo obrany ČR|Ministerstvo školství, mládeže a tělovýchovy|Ministerstvo vnitra ČR|Úřad vlády České republiky')
pub('CZ','cs','agency','Wikipedia: Ústřední správní úřady ČR','Česká správa sociálního zabezpečení|Český statistický úřad|Finanční úřad pro hlavní město Prahu|Úřad práce ČR|Policie České republiky|Hasičský záchranný sbor hl. m. Prahy|Armáda České republiky – 7. mechanizovaná brigáda')
pub('CZ','cs','region','Wikipedia: Kraje v Česku','Jihomoravský kraj|Krajský úřad Středočeského kraje|Moravskoslezský kraj|Hlavní město Praha')
pub('CZ','cs','municipality','Wikipedia: Seznam obcí v Česku','Statutární město Brno|Magistrát města Ostravy|Městská část Praha 6|Město Kutná Hora|Obec Průhonice|Městský úřad Říčany|Statutární město Plzeň')
pub('CZ','cs','public_school','MŠMT: rejstřík škol','Gymnázium Jana Keplera|Gymnázium, Praha 6, Arabská 14|Základní škola a mateřská škola Průhonice|Střední průmyslová škola elektrotechnická Ječná')
pub('CZ','cs','public_university','Wikipedia: Veřejné vysoké školy v Česku','Univerzita Karlova|České vysoké učení technické v Praze|Masarykova univerzita|Vysoké učení technické v Brně')
pub('CZ','cs','public_hospital','Wikipedia: Fakultní nemocnice v Česku','Fakultní nemocnice v Motole|Všeobecná fakultní nemocnice v Praze|Fakultní nemocnice Brno')
pub('CZ','cs','state_enterprise','Wikipedia: Státní podniky v Česku','Lesy České republiky, s.p.|Povodí Vltavy, státní podnik|Řízení letového provozu ČR, s.p.|Státní tiskárna cenin, státní podnik|Dopravní podnik hl. m. Prahy? ')
G.pop()
pub('CZ','cs','state_enterprise','Wikipedia: Státní podniky v Česku','Lesy České republiky, s.p.|Povodí Vltavy, státní podnik|Řízení letového provozu ČR, s.p.|Státní tiskárna cenin, státní podnik')
pub('CZ','cs','court','Wikipedia: Soudy v Česku','Nejvyšší soud ČR|Městský soud v Praze|Krajský soud v Brně|Obvodní soud pro Prahu 1')
pub('SE','sv','agency','Wikipedia: Lista över svenska statliga myndigheter','Skatteverket|Försäkringskassan|Trafikverket|Statistiska centralbyrån|Arbetsförmedlingen|Polismyndigheten|Försvarsmakten|Kammarkollegiet|Socialstyrelsen|Migrationsverket|Regeringskansliet|Kustbevakningen')
pub('SE','sv','region','Wikipedia: Regioner i Sverige','Region Stockholm|Region Skåne|Västra Götalandsregionen|Region Uppsala|Region Östergötland')
pub('SE','sv','municipality','Wikipedia: Lista över Sveriges kommuner','Stockholms stad|Göteborgs Stad|Malmö stad|Uppsala kommun|Nacka kommun|Lidingö stad|Kiruna kommun|Gotlands kommun|Täby kommun|Umeå kommun')
pub('SE','sv','public_university','Wikipedia: Universitet och högskolor i Sverige','Uppsala universitet|Lunds universitet|Kungliga Tekniska högskolan|Göteborgs universitet|Stockholms universitet|Karolinska Institutet')
pub('SE','sv','public_hospital','Wikipedia: Sjukhus i Sverige','Karolinska Universitetssjukhuset|Sahlgrenska Universitetssjukhuset|Skånes universitetssjukhus')
pub('SE','sv','court','Wikipedia: Domstolar i Sverige','Stockholms tingsrätt|Svea hovrätt|Högsta domstolen|Förvaltningsrätten i Göteborg')
pub('SE','sv','transit_port_authority','Wikipedia: Regionala kollektivtrafikmyndigheter','Storstockholms Lokaltrafik|Skånetrafiken|Trafikförvaltningen Region Stockholm')
pub('NO','no','agency','Wikipedia: Liste over norske statlige etater','Skatteetaten|Arbeids- og velferdsetaten (NAV)|Statens vegvesen|Statistisk sentralbyrå|Politiet – Oslo politidistrikt|Forsvaret|Forsvarsbygg|Direktoratet for forvaltning og økonomistyring|Utenriksdepartementet|Kunnskapsdepartementet|Oslo brann- og redningsetat')
pub('NO','no','region','Wikipedia: Norges fylker','Vestland fylkeskommune|Rogaland fylkeskommune|Trøndelag fylkeskommune|Nordland fylkeskommune')
pub('NO','no','municipality','Wikipedia: Liste over Norges kommuner','Oslo kommune|Bergen kommune|Trondheim kommune|Stavanger kommune|Bærum kommune|Tromsø kommune|Lillehammer kommune|Asker kommune')
pub('NO','no','public_university','Wikipedia: Universiteter i Norge','Universitetet i Oslo|Norges teknisk-naturvitenskapelige universitet (NTNU)|Universitetet i Bergen|UiT Norges arktiske universitet')
pub('NO','no','public_hospital','Wikipedia: Helseforetak i Norge','Oslo universitetssykehus HF|Helse Bergen HF|St. Olavs hospital HF|Sykehuset Innlandet HF')
pub('NO','no','transit_port_authority','Wikipedia: Fylkeskommunale kollektivselskaper','Skyss|Oslo Havn KF|Bymiljøetaten Oslo kommune')
pub('DK','da','agency','Wikipedia: Danske styrelser og ministerier','Skattestyrelsen|Danmarks Statistik|Forsvarsministeriets Materiel- og Indkøbsstyrelse|Rigspolitiet|Udenrigsministeriet|Børne- og Undervisningsministeriet|Vejdirektoratet|Styrelsen for Dataforsyning og Infrastruktur|Hovedstadens Beredskab|Forsvaret – Den Kongelige Livgarde')
pub('DK','da','region','Wikipedia: Danmarks regioner','Region Hovedstaden|Region Midtjylland|Region Syddanmark|Region Sjælland')
pub('DK','da','municipality','Wikipedia: Danmarks kommuner','Københavns Kommune|Aarhus Kommune|Odense Kommune|Gentofte Kommune|Frederiksberg Kommune|Aalborg Kommune|Bornholms Regionskommune|Roskilde Kommune')
pub('DK','da','public_university','Wikipedia: Universiteter i Danmark','Københavns Universitet|Aarhus Universitet|Danmarks Tekniske Universitet|Syddansk Universitet|Copenhagen Business School')
pub('DK','da','public_hospital','Wikipedia: Hospitaler i Danmark','Rigshospitalet|Aarhus Universitetshospital|Odense Universitetshospital')
pub('FI','fi','agency','Wikipedia: Suomen valtion virastot','Verohallinto|Kansaneläkelaitos|Tilastokeskus|Väylävirasto|Poliisihallitus|Puolustusvoimat|Hansel Oy? ')
G.pop()
pub('FI','fi','agency','Wikipedia: Suomen valtion virastot','Verohallinto|Kansaneläkelaitos|Tilastokeskus|Väylävirasto|Poliisihallitus|Puolustusvoimat|Opetushallitus|Valtiovarainministeriö|Helsingin poliisilaitos|Maanmittauslaitos')
pub('FI','fi','municipality','Wikipedia: Suomen kunnat','Helsingin kaupunki|Espoon kaupunki|Tampereen kaupunki|Vantaan kaupunki|Turun kaupunki|Kirkkonummen kunta|Oulun kaupunki|Inarin kunta|Uudenmaan liitto')
pub('FI','fi','public_university','Wikipedia: Suomen yliopistot','Helsingin yliopisto|Tampereen yliopisto|Oulun yliopisto|Turun yliopisto|Jyväskylän yliopisto')
pub('FI','fi','public_hospital','Wikipedia: Hyvinvointialueet ja sairaalat','HUS Helsingin yliopistollinen sairaala|Pirkanmaan hyvinvointialue|Varsinais-Suomen hyvinvointialue')
pub('RU','ru','ministry','Wikipedia: Федеральные органы исполнительной власти','Министерство финансов Российской Федерации|Министерство просвещения Российской Федерации|Министерство обороны Российской Федерации|Министерство цифрового развития, связи и массовых коммуникаций РФ|Министерство здравоохранения Московской области')
pub('RU','ru','agency','Wikipedia: Федеральные службы России','Федеральная налоговая служба|Росстат|Роспотребнадзор|Федеральное казначейство|Росреестр|УФНС России по г. Москве|Пенсионный фонд? ')
G.pop()
pub('RU','ru','agency','Wikipedia: Федеральные службы России','Федеральная налоговая служба|Росстат|Роспотребнадзор|Федеральное казначейство|Росреестр|УФНС России по г. Москве|Отделение Социального фонда России по Санкт-Петербургу и Ленинградской области|Департамент образования и науки города Москвы|Комитет по здравоохранению Санкт-Петербурга')
pub('RU','ru','region','Wikipedia: Субъекты Российской Федерации','Правительство Московской области|Администрация Губернатора Санкт-Петербурга|Правительство Республики Татарстан|Администрация Краснодарского края')
pub('RU','ru','municipality','Wikipedia: Городские округа России','Администрация города Екатеринбурга|Администрация г. Новосибирска|Мэрия города Ярославля|Администрация муниципального образования «Город Архангельск»|Администрация Одинцовского городского округа|Управа района Хамовники|Администрация Красногорского городского округа|Администрация сельского поселения Ершовское')
pub('RU','ru','public_school','Wikipedia: Школы Москвы / Санкт-Петербурга','ГБОУ Школа № 1535|ГБОУ «Лицей № 239»|ГБОУ Школа № 57|МБОУ СОШ № 1 г. Краснодара|МАОУ «Гимназия № 2» г. Красноярска|МБДОУ «Детский сад № 15» г. Тулы|ГБОУ «Президентский ФМЛ № 239»')
pub('RU','ru','public_university','Wikipedia: Государственные университеты России','ФГБОУ ВО «Московский государственный университет имени М.В. Ломоносова»|ФГБОУ ВО «Санкт-Петербургский государственный университет»|ФГАОУ ВО «Национальный исследовательский университет «Высшая школа экономики»|ФГАОУ ВО «Московский физико-технический институт»|Уральский федеральный университет|Казанский (Приволжский) федеральный университет')
pub('RU','ru','public_hospital','Wikipedia: Больницы Москвы','ГБУЗ «ГКБ № 1 им. Н.И. Пирогова ДЗМ»|ГБУЗ «НИИ СП им. Н.В. Склифосовского ДЗМ»|ФГБУ «НМИЦ онкологии им. Н.Н. Блохина» Минздрава России|ГБУЗ «Детская городская поликлиника № 133 ДЗМ»|ГАУЗ «Республиканская клиническая больница» МЗ РТ')
pub('RU','ru','police_fire_army','Wikipedia: Силовые ведомства России','ГУ МВД России по г. Москве|Главное управление МЧС России по Санкт-Петербургу|Войсковая часть 3641|ФКУ «Объединённое стратегическое командование Западного военного округа»|ОМВД России по району Хамовники')
pub('RU','ru','court','Wikipedia: Суды России','Арбитражный суд города Москвы|Мосгорсуд|Верховный Суд Российской Федерации|Пресненский районный суд г. Москвы|Судебный департамент при Верховном Суде РФ')
pub('RU','ru','embassy','МИД России: иностранные представительства','Посольство Франции в Москве|Посольство Японии в Российской Федерации|Посольство Республики Казахстан в РФ|Генеральное консульство Германии в Санкт-Петербурге')
pub('RU','ru','state_enterprise','Wikipedia: Государственные унитарные предприятия России','ФГУП «Росморпорт»|ФГУП «ВГТРК»|ФГУП «Главный радиочастотный центр»|ГУП «Московский метрополитен»|ГУП «Мосгортранс»|ГУП «Водоканал Санкт-Петербурга»|СПб ГУП «Горэлектротранс»|МУП «Водоканал» г. Екатеринбурга|МУП «Городской транспорт» г. Нижний Тагил? ')
G.pop()
pub('RU','ru','state_enterprise','Wikipedia: Государственные унитарные предприятия России','ФГУП «Росморпорт»|ФГУП «ВГТРК»|ФГУП «Главный радиочастотный центр»|ГУП «Московский метрополитен»|ГУП «Мосгортранс»|ГУП «Водоканал Санкт-Петербурга»|СПб ГУП «Горэлектротранс»|МУП «Водоканал» г. Екатеринбурга|МУП «Тепловые сети» г. Калуги')
pub('KZ','ru','ministry','gov.kz: Министерства Республики Казахстан','Министерство финансов Республики Казахстан|Министерство просвещения РК|Министерство обороны Республики Казахстан|Комитет государственных доходов МФ РК|ГУ «Управление образования города Алматы»|ДГД по городу Астане')
pub('KZ','ru','municipality','gov.kz: Акиматы','Акимат города Алматы|Акимат города Астаны|ГУ «Аппарат акима Бостандыкского района»|Акимат Карагандинской области|ГУ «Аппарат акима Медеуского района г. Алматы»|Акимат Талгарского района')
pub('KZ','ru','public_school','gov.kz: организации образования','КГУ «Общеобразовательная школа № 12» г. Караганды|КГУ «Школа-гимназия № 25» акимата г. Астаны|ГККП «Ясли-сад № 7» г. Алматы')
pub('KZ','ru','public_university','Wikipedia: Государственные вузы Казахстана','РГП на ПХВ «Казахский национальный университет им. аль-Фараби»|НАО «Евразийский национальный университет им. Л.Н. Гумилёва»? ')
G.pop()
pub('KZ','ru','public_university','Wikipedia: Государственные вузы Казахстана','РГП на ПХВ «Казахский национальный университет им. аль-Фараби»|РГП на ПХВ «Казахский национальный медицинский университет им. С.Д. Асфендиярова»')
pub('KZ','ru','state_enterprise','Wikipedia: Республиканские государственные предприятия','РГП «Казгидромет»|РГП на ПХВ «Национальный центр экспертизы»|ГКП на ПХВ «Городская поликлиника № 5» г. Алматы|ГКП «Алматы Су»|РГП «Государственная техническая служба»')
pub('KZ','ru','police_fire_army','gov.kz: МВД / МО РК','ДП города Алматы|Департамент по чрезвычайным ситуациям города Астаны|Войсковая часть 21155? ')
G.pop()
pub('KZ','ru','police_fire_army','gov.kz: МВД / МЧС РК','Департамент полиции города Алматы|Департамент по чрезвычайным ситуациям города Астаны|Национальная гвардия Республики Казахстан')
pub('JP','ja','ministry','Wikipedia: 日本の行政機関','財務省|文部科学省|防衛省|総務省|国税庁|特許庁|気象庁|デジタル庁|外務省')
pub('JP','ja','region','Wikipedia: 都道府県','東京都|大阪府|北海道庁|神奈川県|福岡県|京都府')
pub('JP','ja','municipality','Wikipedia: 日本の市町村','横浜市|札幌市役所|渋谷区役所|世田谷区|名古屋市|京都市|箱根町|軽井沢町役場|つくば市|那覇市')
pub('JP','ja','public_school','文部科学省: 学校コード','東京都立日比谷高等学校|大阪府立北野高等学校|横浜市立南高等学校|渋谷区立代々木中学校')
pub('JP','ja','public_university','Wikipedia: 国立大学法人','東京大学|京都大学|大阪大学|東北大学|名古屋大学|東京科学大学|東京都立大学')
pub('JP','ja','public_hospital','Wikipedia: 公立病院','東京都立墨東病院|国立病院機構東京医療センター|大阪市立総合医療センター|国立がん研究センター中央病院')
pub('JP','ja','police_fire_army','Wikipedia: 警察 / 自衛隊','警視庁|大阪府警察本部|東京消防庁|陸上自衛隊 練馬駐屯地|海上自衛隊横須賀地方総監部|航空自衛隊 入間基地')
pub('JP','ja','court','Wikipedia: 日本の裁判所','東京地方裁判所|最高裁判所|大阪高等裁判所')
pub('JP','ja','transit_port_authority','Wikipedia: 公営交通','東京都交通局|大阪港湾局|横浜市交通局|名古屋市交通局')
pub('BR','pt','agency','gov.br: Órgãos do Governo Federal','Receita Federal do Brasil|Ministério da Educação|Ministério da Defesa|Instituto Brasileiro de Geografia e Estatística|Instituto Nacional do Seguro Social|Polícia Federal|Exército Brasileiro – Comando Militar do Sudeste|Secretaria da Fazenda do Estado de São Paulo')
pub('BR','pt','region','Wikipedia: Estados do Brasil','Governo do Estado de São Paulo|Governo do Estado do Rio de Janeiro|Governo de Minas Gerais|Governo do Distrito Federal')
pub('BR','pt','municipality','Wikipedia: Municípios do Brasil','Prefeitura de São Paulo|Prefeitura da Cidade do Rio de Janeiro|Prefeitura Municipal de Curitiba|Prefeitura de Belo Horizonte|Câmara Municipal de Campinas|Prefeitura Municipal de Florianópolis|Prefeitura de Paraty')
pub('BR','pt','public_university','Wikipedia: Universidades públicas do Brasil','Universidade de São Paulo|Universidade Federal do Rio de Janeiro|Unicamp|Universidade Federal de Minas Gerais|Universidade de Brasília|Instituto Federal de São Paulo')
pub('BR','pt','public_hospital','Wikipedia: Hospitais públicos do Brasil','Hospital das Clínicas da FMUSP|Hospital de Clínicas de Porto Alegre|Instituto Nacional de Câncer|Hospital Municipal Souza Aguiar')
pub('BR','pt','court','Wikipedia: Tribunais do Brasil','Tribunal de Justiça do Estado de São Paulo|Supremo Tribunal Federal|Tribunal Regional Federal da 1ª Região|Tribunal Regional do Trabalho da 2ª Região')
pub('MX','mx','agency','gob.mx: Dependencias del Gobierno Federal','Secretaría de Hacienda y Crédito Público|Servicio de Administración Tributaria|Instituto Mexicano del Seguro Social|Secretaría de Educación Pública|Secretaría de la Defensa Nacional|INEGI|Guardia Nacional|ISSSTE|Secretaría de Relaciones Exteriores')
pub('MX','mx','region','Wikipedia: Estados de México','Gobierno del Estado de Jalisco|Gobierno de la Ciudad de México|Gobierno del Estado de Nuevo León|Gobierno del Estado de Yucatán')
pub('MX','mx','municipality','Wikipedia: Municipios de México','Municipio de Zapopan|H. Ayuntamiento de Guadalajara|Municipio de Monterrey|Alcaldía Coyoacán|Alcaldía Benito Juárez|Municipio de San Pedro Garza García|H. Ayuntamiento de Mérida')
pub('MX','mx','public_university','Wikipedia: Universidades públicas de México','Universidad Nacional Autónoma de México|Instituto Politécnico Nacional|Universidad de Guadalajara|Universidad Autónoma Metropolitana|Universidad Autónoma de Nuevo León')
pub('IN','en','agency','india.gov.in: Ministries and departments','Ministry of Finance, Government of India|Income Tax Department|Indian Space Research Organisation|Ministry of Defence, Government of India|Government of Karnataka|Government of Maharashtra|Bruhat Bengaluru Mahanagara Palike|Municipal Corporation of Greater Mumbai|Delhi Police|Indian Army – Southern Command|Central Board of Secondary Education|Kendriya Vidyalaya Sangathan')
pub('IN','en','public_university','Wikipedia: Central universities in India','IIT Bombay|University of Delhi|Jawaharlal Nehru University|IIT Madras|Indian Institute of Science|All India Institute of Medical Sciences, New Delhi')
pub('TR','tr','agency','turkiye.gov.tr: Kamu kurumları','Hazine ve Maliye Bakanlığı|Milli Eğitim Bakanlığı|Gelir İdaresi Başkanlığı|Türkiye İstatistik Kurumu|Sosyal Güvenlik Kurumu|Emniyet Genel Müdürlüğü|İstanbul Büyükşehir Belediyesi|Ankara Büyükşehir Belediyesi|Kadıköy Belediyesi|Çankaya Belediyesi|İstanbul Valiliği')
pub('TR','tr','public_university','Wikipedia: Türkiye\'deki devlet üniversiteleri','İstanbul Teknik Üniversitesi|Orta Doğu Teknik Üniversitesi|Boğaziçi Üniversitesi|Ankara Üniversitesi|Hacettepe Üniversitesi')

# contrast cases
def c(country, lang, kind, label, amb, source, names): g(country, lang, kind, label, amb, source, names)
c('US','en','private_university','B2B',False,'Wikipedia: List of private universities in the United States','Stanford University|Harvard University|Massachusetts Institute of Technology|Yale University|Northwestern University|Duke University|New York University|University of Chicago|Vanderbilt University|Brigham Young University|University of Notre Dame|Georgetown University')
c('DE','de','private_university','B2B',False,'Wikipedia: Private Hochschulen in Deutschland','Bucerius Law School|WHU – Otto Beisheim School of Management|Constructor University Bremen|Hertie School|Zeppelin Universität|Universität Witten/Herdecke|EBS Universität für Wirtschaft und Recht|IU Internationale Hochschule')
c('IT','it','private_university','B2B',False,'Wikipedia: Università non statali','Università Bocconi|LUISS Guido Carli|Università Cattolica del Sacro Cuore|Università Vita-Salute San Raffaele')
c('ES','es','private_university','B2B',False,'Wikipedia: Universidades privadas de España','Universidad de Navarra|Universidad Pontificia Comillas|IE University|Universidad Europea de Madrid|Universitat Ramon Llull')
c('FR','fr','private_university','B2B',False,'Wikipedia: Établissements privés d\'enseignement supérieur','ESSEC Business School|EDHEC Business School|Institut Catholique de Paris|Université Catholique de Lille')
c('JP','ja','private_university','B2B',False,'Wikipedia: 日本の私立大学','慶應義塾大学|早稲田大学|上智大学|立命館大学')
c('PL','pl','private_university','B2B',False,'Wikipedia: Uczelnie niepubliczne','Uniwersytet SWPS|Akademia Leona Koźmińskiego')
c('BR','pt','private_university','B2B',False,'Wikipedia: Universidades privadas do Brasil','Pontifícia Universidade Católica do Rio de Janeiro|Fundação Getulio Vargas|Universidade Presbiteriana Mackenzie')
c('MX','mx','private_university','B2B',False,'Wikipedia: Universidades privadas de México','Tecnológico de Monterrey|Universidad Iberoamericana|ITAM')
c('UK','en','private_university','B2B',False,'Wikipedia: Private universities in the United Kingdom','University of Buckingham|Regent\'s University London')
c('AU','en','private_university','B2B',False,'Wikipedia: Universities in Australia (private)','Bond University|University of Notre Dame Australia')
c('IN','en','private_university','B2B',False,'Wikipedia: Private universities in India','Ashoka University|Manipal Academy of Higher Education')
c('RU','ru','private_university','B2B',False,'Wikipedia: Негосударственные вузы России','АНО ВО «Европейский университет в Санкт-Петербурге»|АНО ВО «Российская экономическая школа»')
c('UK','en','private_school','B2B',False,'Wikipedia: Independent schools in the United Kingdom','Eton College|Harrow School|Wycombe Abbey|Dulwich College|Cheltenham Ladies\' College')
c('US','en','private_school','B2B',False,'Wikipedia: Private schools in the United States','Phillips Exeter Academy|Phillips Academy Andover|Sidwell Friends School|Choate Rosemary Hall')
c('DE','de','private_school','B2B',False,'Wikipedia: Privatschulen in Deutschland','Schule Schloss Salem|Freie Waldorfschule Uhlandshöhe|Phorms Schule Berlin|Internat Louisenlund')
c('CH','fr','private_school','B2B',False,'Wikipedia: Écoles privées en Suisse','Institut Le Rosey|Aiglon College|Collège du Léman')
c('FR','fr','private_school','B2B',False,'Wikipedia: Établissements privés sous contrat','École alsacienne|Collège Stanislas|Lycée privé Sainte-Geneviève')
c('AU','en','private_school','B2B',False,'Wikipedia: Independent schools in Australia','Geelong Grammar School|Sydney Grammar School')
c('CA','en','private_school','B2B',False,'Wikipedia: Private schools in Canada','Upper Canada College|St. George\'s School Vancouver')
c('US','en','private_hospital','B2B',False,'Wikipedia: Non-profit hospitals in the United States','Mayo Clinic|Cleveland Clinic|Massachusetts General Hospital|Johns Hopkins Hospital|Cedars-Sinai Medical Center')
c('FR','fr','private_hospital','B2B',False,'Wikipedia: Hôpitaux privés','Hôpital Américain de Paris|Hôpital Foch')
c('BR','pt','private_hospital','B2B',False,'Wikipedia: Hospitais privados do Brasil','Hospital Israelita Albert Einstein|Hospital Sírio-Libanês')
c('IT','it','private_hospital','B2B',False,'Wikipedia: Ospedali privati','Istituto Clinico Humanitas|Ospedale San Raffaele')
c('DE','de','church','B2B',False,'Wikipedia: Landeskirchen / Bistümer in Deutschland','Evangelisch-Lutherische Kirche in Bayern|Erzbistum Köln|Katholische Pfarrei St. Martin Bamberg|Evangelische Kirchengemeinde Berlin-Dahlem|Jüdische Gemeinde zu Berlin')
c('UK','en','church','B2B',False,'Church of England: dioceses','Diocese of London|St Martin-in-the-Fields|Holy Trinity Brompton')
c('US','en','church','B2B',False,'Wikipedia: Churches in the United States','Archdiocese of Chicago|First Baptist Church of Dallas|Lakewood Church|The Church of Jesus Christ of Latter-day Saints')
c('FR','fr','church','B2B',False,'Wikipedia: Paroisses de Paris','Paroisse Saint-Sulpice|Diocèse de Lyon|Église protestante unie de France')
c('ES','es','church','B2B',False,'Wikipedia: Parroquias de Madrid','Parroquia de San Ginés|Arzobispado de Madrid')
c('IT','it','church','B2B',False,'Wikipedia: Diocesi italiane','Parrocchia di Santa Maria in Trastevere|Arcidiocesi di Milano')
c('PL','pl','church','B2B',False,'Wikipedia: Parafie w Polsce','Parafia Rzymskokatolicka pw. Św. Anny w Warszawie|Archidiecezja Krakowska')
c('SE','sv','church','B2B',False,'Wikipedia: Svenska kyrkan församlingar','Svenska kyrkan – Stockholms domkyrkoförsamling|Lunds stift')
c('RU','ru','church','B2B',False,'ЕГРЮЛ: религиозные организации','Местная религиозная организация православный Приход храма Святителя Николая в Хамовниках|Религиозная организация «Московская Патриархия Русской Православной Церкви»')
c('BR','pt','church','B2B',False,'Wikipedia: Igrejas do Brasil','Arquidiocese de São Paulo|Igreja Universal do Reino de Deus')
c('DE','de','non_profit','B2B',False,'Wikipedia: Wohlfahrtsverbände / Vereine in Deutschland','Deutsches Rotes Kreuz Kreisverband Bonn|Caritasverband für die Stadt Köln|Diakonie Hamburg|Arbeiter-Samariter-Bund Landesverband Bayern|WWF Deutschland|Tafel Deutschland|Naturschutzbund Deutschland|FC St. Pauli von 1910 e.V.|Lebenshilfe Gießen|Wohnungsbaugenossenschaft Freie Scholle')
c('UK','en','non_profit','B2B',False,'Charity Commission: register of charities','British Red Cross|Oxfam GB|Save the Children UK|Cancer Research UK|Royal National Lifeboat Institution|National Trust|Shelter')
c('US','en','non_profit','B2B',False,'IRS Tax Exempt Organization Search','American Red Cross|Habitat for Humanity International|Feeding America|Boys & Girls Clubs of America|YMCA of Greater Seattle|Navy Federal Credit Union|Sun City Grand Community Association')
c('FR','fr','non_profit','B2B',False,'Journal officiel: associations','Croix-Rouge française|Les Restos du Cœur|Emmaüs France|Secours populaire français|Médecins Sans Frontières')
c('ES','es','non_profit','B2B',False,'Registro Nacional de Asociaciones','Cruz Roja Española|Cáritas Española|Fundación Vicente Ferrer|Cooperativa Eroski')
c('IT','it','non_profit','B2B',False,'RUNTS: Registro unico del Terzo settore','Croce Rossa Italiana|Legambiente|Fondazione Cariplo|Emergency ONG Onlus|Coop Lombardia')
c('NL','nl','non_profit','B2B',False,'KvK: stichtingen en verenigingen','Nederlandse Rode Kruis|KWF Kankerbestrijding|Vereniging Natuurmonumenten|Stichting Vluchtelingenwerk Nederland|VvE Amstelkade 12')
c('PL','pl','non_profit','B2B',False,'KRS: stowarzyszenia i fundacje','Polski Czerwony Krzyż|Fundacja Wielka Orkiestra Świątecznej Pomocy|Caritas Polska|Spółdzielnia Mieszkaniowa Ursynów')
c('RU','ru','non_profit','B2B',False,'ЕГРЮЛ: некоммерческие организации','Российский Красный Крест|Благотворительный фонд «Подари жизнь»|АНО «Центр поддержки семьи»|ТСЖ «Кутузовский 26»|Фонд «Нужна помощь»')
c('KZ','ru','non_profit','B2B',False,'egov.kz: некоммерческие организации','Общество Красного Полумесяца Республики Казахстан|ОСИ «Достык-12»|ОЮЛ «Ассоциация налогоплательщиков Казахстана»')
c('JP','ja','non_profit','B2B',False,'内閣府NPOポータル','日本赤十字社|日本生活協同組合連合会')
c('CA','en','non_profit','B2B',False,'CRA: List of charities','Canadian Red Cross|Canadian Cancer Society|Desjardins Group')
c('SE','sv','non_profit','B2B',False,'Föreningsregister','Svenska Röda Korset|HSB Stockholm|Riksförbundet för Sexuell Upplysning')
c('AU','en','non_profit','B2B',False,'ACNC Charity Register','Australian Red Cross|The Smith Family|Beyond Blue')
INT = 'international_org'
c('CH','fr',INT,'B2B',True,'Wikipedia: International organizations in Geneva','Comité international de la Croix-Rouge|Organisation mondiale de la santé|Organisation internationale du Travail|Organisation mondiale de la propriété intellectuelle|CERN|Union postale universelle|Organisation mondiale du commerce')
c('US','en',INT,'B2B',True,'Wikipedia: List of intergovernmental organizations','World Bank Group|International Monetary Fund|UNICEF|United Nations Development Programme|Inter-American Development Bank|Organization of American States')
c('AT','de',INT,'B2B',True,'Wikipedia: Internationale Organisationen in Wien','Internationale Atomenergie-Organisation|OSZE|UNIDO|OPEC')
c('FR','fr',INT,'B2B',True,'Wikipedia: Organisations internationales à Paris','OCDE|UNESCO|Agence spatiale européenne|Agence internationale de l\'énergie')
c('IT','it',INT,'B2B',True,'Wikipedia: Organizzazioni internazionali a Roma','FAO|Programma alimentare mondiale|IFAD')
c('NL','nl',INT,'B2B',True,'Wikipedia: Internationale organisaties in Den Haag','Europol|Internationaal Strafhof|Organisatie voor het Verbod op Chemische Wapens|ESA ESTEC')
c('BE','fr',INT,'B2B',True,'Wikipedia: Organisations internationales à Bruxelles','Eurocontrol|Organisation du Traité de l\'Atlantique Nord')
c('UK','en',INT,'B2B',True,'Wikipedia: International organisations in London','European Bank for Reconstruction and Development|International Maritime Organization|Commonwealth Secretariat')
c('DE','de',INT,'B2B',True,'Wikipedia: Internationale Organisationen in Deutschland','Europäische Zentralbank|UN Campus Bonn – UNFCCC-Sekretariat|Europäisches Patentamt')
c('KZ','ru',INT,'B2B',True,'Wikipedia: Международные организации в Казахстане','Представительство УВКБ ООН в Казахстане|Представительство Всемирного банка в РК')
c('DE','de','state_founded_nonprofit','B2B',True,'Wikipedia: Stiftungen des Bundes (privatrechtlich)','Stiftung Warentest|Alexander von Humboldt-Stiftung|Deutsche Bundesstiftung Umwelt')
c('RU','ru','state_founded_nonprofit','B2B',True,'ЕГРЮЛ: фонды, учреждённые государством','Фонд «Сколково»|Фонд «Талант и успех»|АНО ОВО «Сколковский институт науки и технологий»')
c('US','en','state_founded_nonprofit','B2B',True,'Wikipedia: Congressionally chartered non-profits','Corporation for Public Broadcasting|National Endowment for Democracy')
c('UK','en','state_founded_nonprofit','B2B',True,'Wikipedia: Royal charter bodies','British Council')

# ---------------- PERSONS ----------------
# country: (lang, source, first names (m), first names (f), surnames) ; formats chosen per country
P = {}
P['DE'] = ('de','Wikipedia: Liste der häufigsten Familiennamen in Deutschland; GfdS Vornamen',
 'Jens|Thomas|Michael|Stefan|Andreas|Lukas|Jonas|Florian|Matthias|Uwe|Klaus|Dirk','Anna|Sabine|Julia|Katrin|Monika|Laura|Lena|Petra|Claudia|Sophie|Birgit|Ute',
 'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Krüger|Zimmermann|Braun|Hartmann|Lange|Wolf|Schäfer|Koch|Richter|Klein')
P['AT'] = ('de','Statistik Austria: häufigste Familiennamen','Florian|Markus|Christoph|Lukas|Wolfgang|Bernhard','Katharina|Elisabeth|Theresa|Johanna|Sandra|Verena',
 'Gruber|Huber|Bauer|Wagner|Pichler|Steiner|Moser|Mayer|Hofer|Leitner|Berger|Fuchs')
P['CH'] = ('de','Wikipedia: Häufigste Familiennamen der Schweiz','Reto|Urs|Beat|Daniel|Marco|Simon','Barbara|Nicole|Corinne|Sandra|Franziska|Regula',
 'Müller|Meier|Schmid|Keller|Weber|Huber|Schneider|Meyer|Steiner|Fischer|Brunner|Baumann')
P['FR'] = ('fr','INSEE: noms de famille les plus fréquents','Jean|Pierre|Nicolas|Julien|Thomas|François|Antoine|Philippe|Mathieu|Olivier','Marie|Claire|Sophie|Isabelle|Camille|Nathalie|Céline|Élodie|Aurélie|Chantal',
 'Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|Garcia|Fontaine|Rousseau|Girard')
P['BE'] = ('nl','Statbel: meest voorkomende familienamen','Pieter|Wouter|Koen|Bart|Luc|Jef','Els|An|Katrien|Sofie|Lien|Marleen',
 'Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|Van den Broeck|Dubois')
P['NL'] = ('nl','Meertens Instituut: Nederlandse Familienamenbank','Jan|Pieter|Kees|Bram|Sander|Joost|Ruud|Daan','Anouk|Sanne|Marieke|Femke|Ingrid|Lotte|Eva|Willemijn',
 'de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen')
P['IT'] = ('it','ISTAT: cognomi più diffusi','Mario|Giuseppe|Marco|Luca|Alessandro|Francesco|Andrea|Paolo|Stefano|Giovanni','Giulia|Francesca|Chiara|Maria|Elena|Sara|Valentina|Alessandra|Federica|Paola',
 'Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Costa|Giordano|Mancini|Lombardi')
P['ES'] = ('es','INE: apellidos más frecuentes','José|Antonio|Manuel|Javier|David|Carlos|Pablo|Jorge|Álvaro|Sergio','María|Carmen|Lucía|Laura|Marta|Ana|Cristina|Elena|Paula|Pilar',
 'García|Rodríguez|González|Fernández|López|Martínez|Sánchez|Pérez|Gómez|Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Álvarez|Romero|Navarro')
P['MX'] = ('mx','INEGI / RENAPO: apellidos frecuentes en México','José Luis|Juan Carlos|Miguel Ángel|Jesús|Alejandro|Fernando|Ricardo|Arturo','Guadalupe|María Fernanda|Ximena|Alejandra|Verónica|Rosa María|Daniela|Mariana',
 'Hernández|García|Martínez|López|González|Rodríguez|Pérez|Sánchez|Ramírez|Cruz|Flores|Gómez|Morales|Vázquez|Reyes|Jiménez')
P['UK'] = ('en','ONS: most common surnames in England and Wales','James|Oliver|George|Harry|David|Paul|Richard|Andrew|Mark|Daniel','Emma|Charlotte|Sophie|Emily|Sarah|Rachel|Hannah|Lucy|Claire|Helen',
 'Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke')
P['IE'] = ('en','CSO: most common surnames in Ireland','Seán|Patrick|Ciarán|Conor|Declan|Eoin','Aoife|Siobhán|Niamh|Róisín|Mary|Orla',
 'Murphy|Kelly|O\'Sullivan|Walsh|O\'Brien|Byrne|Ryan|O\'Connor|O\'Neill|McCarthy|Doyle|Fitzgerald')
P['US'] = ('en','U.S. Census Bureau: frequently occurring surnames; SSA popular baby names','John|Michael|Robert|William|David|Christopher|Matthew|Joshua|Brian|Kevin|Tyler|Jason','Jennifer|Jessica|Ashley|Amanda|Sarah|Megan|Emily|Lauren|Nicole|Stephanie|Kimberly|Rebecca',
 'Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Garcia|Rodriguez|Wilson|Martinez|Anderson|Taylor|Thomas|Moore|Jackson|Martin|Lee|Thompson|Harris|Nguyen|Kim|Patel|Washington')
P['CA'] = ('en','Statistics Canada: common surnames','Liam|Ethan|Ryan|Justin|Marc|Alexandre','Chloé|Emily|Jessica|Julie|Geneviève|Megan',
 'Smith|Brown|Tremblay|Martin|Roy|Wilson|MacDonald|Gagnon|Johnson|Taylor|Côté|Campbell|Anderson|Leblanc|Lee|Bouchard')
P['AU'] = ('en','ABS / IP Australia: common surnames','Jack|Lachlan|Cooper|Mitchell|Brendan|Shane','Chloe|Jessica|Kylie|Tahlia|Sarah|Amy',
 'Smith|Jones|Williams|Brown|Wilson|Taylor|Nguyen|Johnson|Martin|White|Anderson|Walker')
P['PL'] = ('pl','Wikipedia: Najpopularniejsze nazwiska w Polsce (PESEL)','Jan|Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Marcin|Michał|Grzegorz|Łukasz','Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Barbara|Ewa|Magdalena|Joanna|Aleksandra',
 'Nowak|Kowalsk|Wiśniewsk|Wójcik|Kowalczyk|Kamińsk|Lewandowsk|Zielińsk|Szymańsk|Woźniak|Dąbrowsk|Kozłowsk|Jankowsk|Mazur|Kwiatkowsk|Krawczyk')
P['CZ'] = ('cs','MV ČR: četnost příjmení','Jan|Petr|Tomáš|Martin|Jiří|Pavel|Lukáš|Jakub','Jana|Petra|Lucie|Kateřina|Eva|Hana|Tereza|Veronika',
 'Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Marek|Pokorný')
P['SE'] = ('sv','SCB: vanligaste efternamnen','Erik|Lars|Anders|Johan|Karl|Per|Mikael|Oskar','Anna|Maria|Karin|Sara|Elin|Ingrid|Emma|Linnéa',
 'Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Lindberg|Lindqvist')
P['NO'] = ('no','SSB: vanligste etternavn','Ole|Lars|Knut|Magnus|Henrik|Eirik','Ingrid|Kari|Silje|Marit|Nora|Ragnhild',
 'Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Berg|Haugen|Johnsen')
P['DK'] = ('da','Danmarks Statistik: navne','Søren|Mads|Rasmus|Anders|Frederik|Jesper','Mette|Camilla|Louise|Line|Sofie|Pernille',
 'Nielsen|Jensen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Madsen|Kristensen')
P['FI'] = ('fi','Digi- ja väestötietovirasto: yleisimmät sukunimet','Mikko|Juha|Jari|Antti|Timo|Ville','Aino|Sanna|Laura|Anne|Päivi|Johanna',
 'Korhonen|Virtanen|Mäkinen|Nieminen|Mäkelä|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Lehtinen')
P['RU'] = ('ru','Wikipedia: Список общерусских фамилий','Иван|Алексей|Сергей|Дмитрий|Андрей|Михаил|Николай|Владимир|Павел|Олег','Анна|Елена|Ольга|Татьяна|Наталья|Мария|Екатерина|Ирина|Светлана|Юлия',
 'Иванов|Смирнов|Кузнецов|Попов|Васильев|Петров|Соколов|Михайлов|Новиков|Фёдоров|Морозов|Волков|Алексеев|Лебедев|Семёнов|Егоров')
P['KZ'] = ('ru','Wikipedia: Казахские фамилии','Асхат|Нурлан|Ерлан|Данияр|Серик|Бауыржан|Арман|Ержан','Айгерим|Динара|Гульнара|Асель|Жанна|Мадина|Салтанат|Айжан',
 'Нурланов|Серикбаев|Ахметов|Жумабаев|Касымов|Абдрахманов|Мусин|Токаев|Исаков|Сулейменов|Бекмуханбетов|Оспанов')
P['JP'] = ('ja','Wikipedia: 日本の苗字の一覧','太郎|健一|大輔|翔太|誠|拓也','花子|美咲|陽子|さくら|恵子|由美',
 '佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山田')
P['BR'] = ('pt','IBGE: Nomes no Brasil','João|Pedro|Lucas|Rafael|Gustavo|Felipe|Carlos|Marcelo','Ana|Juliana|Fernanda|Camila|Beatriz|Mariana|Patrícia|Larissa',
 'Silva|Santos|Oliveira|Souza|Rodrigues|Ferreira|Alves|Pereira|Lima|Gomes|Costa|Ribeiro|Carvalho|Almeida')
P['IN'] = ('en','Wikipedia: Indian surnames','Rajesh|Amit|Suresh|Vikram|Arjun|Rahul|Sanjay|Anil','Priya|Anjali|Lakshmi|Sunita|Kavya|Deepa|Neha|Pooja',
 'Kumar|Sharma|Singh|Patel|Gupta|Reddy|Iyer|Nair|Rao|Mehta|Joshi|Das|Venkataraman|Chatterjee')
P['TR'] = ('tr','Wikipedia: Türkiye\'de en yaygın soyadları','Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Emre|Murat|Burak','Ayşe|Fatma|Zeynep|Elif|Emine|Merve|Esra|Büşra',
 'Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan')
