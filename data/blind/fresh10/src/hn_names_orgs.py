"""Real organisation names for the hn_names probe, one per line: kind|source-key|name[|lang].

kind decides label and ambiguity (see KINDS in hn_names.py); source-key is expanded per country
into the public list the name comes from (SOURCES in hn_names.py); lang, when given, overrides
the country's default language for the item text.
"""

ORGS = {}

ORGS["RU"] = """
company|idx|ПАО «Мосэнерго»
company|idx|ПАО «Юнипро»
company|idx|Мечел
company|idx|ПАО «Распадская»
company|idx|ПАО «Селигдар»
company|idx|Абрау-Дюрсо
company|idx|ПАО «Белуга Групп»
company|idx|М.Видео
company|idx|ПАО «Соллерс»
company|idx|Европлан
company|idx|Группа Астра
company|idx|ПАО «Софтлайн»
company|idx|Хэндерсон
company|idx|ПАО «ТМК»
company|big|ЕвроХим
company|big|СУЭК
company|big|Металлоинвест
company|big|АО «БИОКАД»
company|big|АО «Р-Фарм»
company|brand|ВкусВилл
company|brand|Азбука вкуса
company|brand|Фикс Прайс
company|brand|Красное & Белое
company|brand|ООО «Ашан»
company|brand|Ригла
company|brand|Самокат
ministry|gov|Министерство промышленности и торговли Российской Федерации
federal_agency|gov|Федеральное агентство по делам молодёжи
federal_agency|gov|Росприроднадзор
regional_government|reg|Министерство финансов Калужской области
regional_government|reg|Комитет по образованию Санкт-Петербурга
regional_government|reg|Департамент здравоохранения Тюменской области
municipality|mun|Администрация городского округа Коломна Московской области
municipality|mun|Администрация города Костромы
municipality|mun|Администрация муниципального образования город-курорт Анапа
district|mun|Администрация Сосновского муниципального района Челябинской области
federal_agency|gov|УФССП России по Ярославской области
tax_authority|gov|УФНС России по Калужской области
social_insurance|gov|Отделение СФР по Новгородской области
social_insurance|gov|ТФОМС Новосибирской области
court|court|Арбитражный суд Пермского края
court|court|Ленинский районный суд г. Новосибирска
police|police|УМВД России по Калининградской области
armed_forces|police|Военный комиссариат Тульской области
military_hospital|police|ФГКУ «1586 военный клинический госпиталь» Минобороны России
public_university|edu|ФГБОУ ВО «Алтайский государственный университет»
public_university|edu|ФГАОУ ВО «Сибирский федеральный университет»
public_university|edu|ФГБОУ ВО «Ивановский государственный энергетический университет имени В.И. Ленина»
public_hospital|health|ГБУЗ «Областная клиническая больница Калининградской области»
public_hospital|health|ГБУЗ ПК «Пермская краевая клиническая больница»
public_school|school|МБОУ «СОШ № 3» г. Мичуринска
public_school|school|МАДОУ «Детский сад № 36» г. Тюмени
state_unitary_enterprise|gov|МУП г. Новосибирска «Горводоканал»
state_unitary_enterprise|gov|ФГУП «ВГТРК»
state_unitary_enterprise|gov|ГУП «ТЭК СПб»
embassy|emb|Посольство Республики Казахстан в Российской Федерации
embassy|emb|Генеральное консульство Республики Беларусь в Санкт-Петербурге
state_owned_company|soe|ПАО «Совкомфлот»
state_owned_company|soe|АО «Концерн Росэнергоатом»
state_owned_company|soe|ПАО «Объединённая авиастроительная корпорация»
private_university|pedu|АНО ВО «Европейский университет в Санкт-Петербурге»
private_university|pedu|Университет «Синергия»
private_university|pedu|Российская экономическая школа
church|rel|Религиозная организация «Екатеринбургская епархия Русской Православной Церкви (Московский Патриархат)»
church|rel|Централизованная религиозная организация Духовное управление мусульман Республики Татарстан
charity|npo|Благотворительный фонд «Подари жизнь»
charity|npo|Фонд помощи хосписам «Вера»
charity|npo|Благотворительный фонд «Нужна помощь»
international_org|intl|Представительство УВКБ ООН в Российской Федерации
international_org|intl|Информационный центр ООН в Москве
state_founded_fund|fund|Фонд содействия реформированию жилищно-коммунального хозяйства
state_founded_fund|fund|Фонд поддержки детей, находящихся в трудной жизненной ситуации
state_founded_fund|fund|НО «Региональный фонд капитального ремонта многоквартирных домов Томской области»
"""

ORGS["KZ"] = """
company|idx|АО «Банк ЦентрКредит»
company|idx|АО «Евразийский банк»
company|idx|АО «Bank RBK»
company|idx|АО «Фридом Финанс»
company|big|Kolesa Group
company|brand|Arbuz.kz
company|brand|ТОО «Белый Ветер KZ»
company|brand|ТОО «Шин-Лайн»
company|brand|Alser
company|brand|Meloman
company|big|ТОО «Raimbek Bottlers»
company|big|АО «Шымкентпиво»
company|big|ТОО «Кока-Кола Алматы Боттлерс»
company|big|АО «Алюминий Казахстана»
company|big|ТОО «Казфосфат»
company|big|АО «Qarmet»
company|big|ТОО «Kazakhmys Copper»
company|big|ТОО «Astana Motors»
company|big|АО «АгромашХолдинг KZ»
company|big|Карачаганак Петролиум Оперейтинг Б.В. (Казахстанский филиал)
ministry|gov|Министерство торговли и интеграции Республики Казахстан
ministry|gov|Министерство просвещения Республики Казахстан
ministry|gov|Қазақстан Республикасы Әділет министрлігі|kk
tax_authority|gov|Комитет государственных доходов Министерства финансов Республики Казахстан
tax_authority|gov|РГУ «Департамент государственных доходов по Карагандинской области»
district|mun|ГУ «Аппарат акима Бостандыкского района города Алматы»
regional_government|reg|Акимат Северо-Казахстанской области
municipality|mun|ГУ «Аппарат акима города Семей»
municipality|mun|Ақтөбе қаласының әкімдігі|kk
regional_government|reg|Қызылорда облысының әкімдігі|kk
district|mun|ГУ «Аппарат акима Зерендинского района Акмолинской области»
regional_government|reg|ГУ «Управление здравоохранения Павлодарской области»
police|police|Департамент полиции Костанайской области
court|court|Специализированный межрайонный экономический суд города Алматы
armed_forces|police|Министерство обороны Республики Казахстан
public_university|edu|НАО «Карагандинский медицинский университет»
public_university|edu|НАО «Казахский национальный аграрный исследовательский университет»
public_hospital|health|ГКП на ПХВ «Городская клиническая больница № 7» УОЗ г. Алматы
public_school|school|КГУ «Общеобразовательная школа № 9 отдела образования города Петропавловска»
public_school|school|ГККП «Ясли-сад № 52» акимата города Астаны
state_unitary_enterprise|gov|РГП на ПХВ «Казгидромет»
state_unitary_enterprise|gov|ГКП на ПХВ «Алматы Су»
embassy|emb|Посольство Российской Федерации в Республике Казахстан
embassy|emb|Посольство Республики Узбекистан в Республике Казахстан
state_owned_company|soe|АО «КазТрансОйл»
state_owned_company|soe|АО «Алатау Жарык Компаниясы»
state_owned_company|soe|АО «Самрук-Энерго»
private_university|pedu|Университет КИМЭП
private_university|pedu|Алматы Менеджмент Университет
church|rel|Религиозное объединение «Духовное управление мусульман Казахстана»
church|rel|Римско-католическая архиепархия Пресвятой Девы Марии в Астане
charity|npo|Общественный фонд «Фонд Булата Утемуратова»
international_org|intl|Представительство ЮНИСЕФ в Казахстане
international_org|intl|Программный офис ОБСЕ в Астане
state_founded_fund|fund|Корпоративный фонд «Қазақстан халқына»
"""

ORGS["BY"] = """
company|big|ООО «Электросила»
company|brand|5 элемент
company|brand|Гиппо
company|brand|ЗАО «ОМА»
company|brand|Евроопт
company|big|СООО «Санта Бремор»
company|big|СООО «Конте Спа»
company|big|ООО «Марко»
company|big|Серволюкс
company|big|ОАО «Лидское пиво»
company|brand|Виталюр
company|big|ИООО «Кока-Кола Бевриджиз Белоруссия»
company|brand|Mile
company|brand|Корона
company|big|ЗАО «Приорбанк»
company|big|ЗАО «МТБанк»
company|big|СООО «Белвест»
company|big|ЗАО «Софтклуб»
company|big|ООО «ИССОФТ Солюшенз»
ministry|gov|Министерство здравоохранения Республики Беларусь
tax_authority|gov|Министерство по налогам и сборам Республики Беларусь
police|police|ГУВД Мингорисполкома
regional_government|reg|Витебский областной исполнительный комитет
municipality|mun|Могилевский городской исполнительный комитет
district|mun|Борисовский районный исполнительный комитет
municipality|mun|Пинский городской исполнительный комитет
district|mun|Лидский районный исполнительный комитет
district|mun|Администрация Ленинского района г. Бреста
court|court|Суд Центрального района г. Минска
tax_authority|gov|Инспекция МНС по Гродненской области
public_university|edu|УО «Полоцкий государственный университет имени Евфросинии Полоцкой»
public_university|edu|УО «Гродненский государственный университет имени Янки Купалы»
public_hospital|health|УЗ «Минская областная клиническая больница»
public_hospital|health|УЗ «Гомельская областная клиническая больница»
public_school|school|ГУО «Средняя школа № 10 г. Бобруйска»
public_school|school|ГУО «Ясли-сад № 7 г. Лиды»
armed_forces|police|Министерство обороны Республики Беларусь
embassy|emb|Посольство Российской Федерации в Республике Беларусь
embassy|emb|Посольство Республики Казахстан в Республике Беларусь
state_unitary_enterprise|gov|УП «Минскводоканал»
state_unitary_enterprise|gov|РУП «Гомельэнерго»
state_owned_company|soe|ОАО «Гродно Азот»
state_owned_company|soe|ОАО «Белагропромбанк»
state_owned_company|soe|ОАО «БМЗ — управляющая компания холдинга «БМК»»
private_university|pedu|ЧУО «БИП — Университет права и социально-информационных технологий»
private_university|pedu|Учреждение образования Федерации профсоюзов Беларуси «Международный университет «МИТСО»»
church|rel|Минская епархия Белорусской Православной Церкви
church|rel|Римско-католический приход святых Симеона и Елены г. Минска
red_cross_society|npo|Белорусское Общество Красного Креста
international_org|intl|Представительство ЮНИСЕФ в Республике Беларусь
international_org|intl|Представительство ПРООН в Республике Беларусь
"""

ORGS["UA"] = """
company|big|Фоззі Груп
company|brand|Алло
company|brand|Moyo
company|big|ТОВ «Новус Україна»
company|big|ТОВ «Ашан Україна Гіпермаркет»
company|big|ПрАТ «Карлсберг Україна»
company|brand|ОККО
company|brand|WOG
company|big|Інтерпайп
company|big|ПрАТ «Запоріжсталь»
company|big|ПрАТ «Полтавський гірничо-збагачувальний комбінат»
company|big|ТОВ СП «Нібулон»
company|big|ТОВ «Юрія-Фарм»
company|big|АТ «УКРСИББАНК»
company|big|АТ «ПУМБ»
company|big|АТ «Райффайзен Банк»
company|brand|Фора
company|brand|Varus
company|brand|Meest
company|brand|ТОВ «Нова Лінія»
company|brand|Цитрус
company|big|АТ «Універсал Банк»
ministry|gov|Міністерство охорони здоров'я України
ministry|gov|Міністерство освіти і науки України
tax_authority|gov|Головне управління ДПС у Львівській області
national_agency|gov|Державна служба України з надзвичайних ситуацій
police|police|Головне управління Національної поліції в Полтавській області
municipality|mun|Житомирська міська рада
municipality|mun|Тернопільська міська рада
municipality|mun|Ужгородська міська рада
municipality|mun|Броварська міська рада
municipality|mun|Кременчуцька міська рада
municipality|mun|Бучанська міська рада
regional_government|reg|Волинська обласна державна адміністрація
court|court|Печерський районний суд міста Києва
court|court|Господарський суд Харківської області
armed_forces|police|Міністерство оборони України
public_university|edu|Національний технічний університет України «Київський політехнічний інститут імені Ігоря Сікорського»
public_university|edu|Одеський національний університет імені І.І. Мечникова
public_hospital|health|КНП «Вінницька обласна клінічна лікарня ім. М.І. Пирогова Вінницької обласної Ради»
public_hospital|health|КНП «Тернопільська обласна клінічна лікарня» Тернопільської обласної ради
public_school|school|Ліцей № 4 Житомирської міської ради
state_unitary_enterprise|gov|ЛМКП «Львівводоканал»
port_transit_authority|transit|ДП «Адміністрація морських портів України»
embassy|emb|Посольство Литовської Республіки в Україні
embassy|emb|Генеральне консульство Республіки Польща у Львові
state_owned_company|soe|АТ «Укргазбанк»
state_owned_company|soe|ПАТ «Центренерго»
state_owned_company|soe|ПрАТ «Укргідроенерго»
state_owned_company|soe|АТ «СЕНС БАНК»
private_university|pedu|Київська школа економіки
private_university|pedu|Університет економіки та права «КРОК»
church|rel|Київська єпархія Православної церкви України
church|rel|Львівська архиєпархія УГКЦ
charity|npo|Благодійний фонд «Повернись живим»
charity|npo|Благодійний фонд Сергія Притули
international_org|intl|Делегація Міжнародного комітету Червоного Хреста в Україні
international_org|intl|Представництво Всесвітньої продовольчої програми ООН в Україні
"""

ORGS["US"] = """
company|idx|The Toro Company
company|idx|Snap-on Incorporated
company|idx|Lincoln Electric
company|idx|RPM International Inc.
company|idx|Graco
company|idx|Watsco
company|idx|Hubbell Incorporated
company|idx|Carlisle Companies
company|idx|Owens Corning
company|idx|Masco Corporation
company|idx|Leggett & Platt
company|idx|Steelcase
company|idx|HNI Corporation
company|idx|MillerKnoll
company|big|Hasbro
company|big|Mattel
company|idx|Brunswick Corporation
company|idx|Polaris Inc.
company|big|Williams-Sonoma
company|big|Dick's Sporting Goods
company|big|Ulta Beauty
company|big|Tractor Supply Company
company|big|Dillard's
company|big|Burlington Stores
company|idx|Texas Roadhouse
company|big|Hormel Foods
company|big|McCormick & Company
company|big|Church & Dwight
company|big|Fastenal
company|big|W.W. Grainger
company|idx|Zebra Technologies
company|big|Trimble Inc.
company|big|Akamai Technologies
cooperative|big|Ace Hardware
cooperative|big|CHS Inc.
municipality|mun|City of Muncie
municipality|mun|City of Bozeman
municipality|mun|City of Flagstaff
municipality|mun|Town of Chapel Hill
municipality|mun|Village of Schaumburg
municipality|mun|City of Duluth
county|reg|Kalamazoo County
county|reg|Yolo County
county|reg|Larimer County
county|reg|Chatham County, Georgia
school_district|school|Fort Worth ISD
school_district|school|Tucson Unified School District
school_district|school|Broward County Public Schools
public_university|edu|University of Arkansas
public_university|edu|University of New Mexico
public_university|edu|Kent State University
public_university|edu|Boise State University
public_university|edu|Montana State University
public_hospital|health|Harborview Medical Center
public_hospital|health|University Medical Center of Southern Nevada
public_hospital|health|Ben Taub Hospital
court|court|Superior Court of California, County of Sacramento
court|court|U.S. District Court for the District of Colorado
police|police|Phoenix Police Department
police|police|Ohio State Highway Patrol
armed_forces|police|Fort Carson
armed_forces|police|Naval Air Station Whidbey Island
federal_agency|gov|National Weather Service
federal_agency|gov|Bureau of Reclamation
federal_agency|gov|Federal Highway Administration
federal_agency|gov|Defense Contract Management Agency
federal_agency|gov|U.S. Department of Energy
federal_agency|gov|National Endowment for the Arts
state_government|reg|Ohio Department of Transportation
state_government|reg|Utah Department of Health and Human Services
state_government|reg|North Carolina Department of Revenue
tribal_government|tribe|Oglala Sioux Tribe
tribal_government|tribe|Pueblo of Zuni
tribal_government|tribe|Confederated Salish and Kootenai Tribes
tribal_government|tribe|Puyallup Tribe of Indians
embassy|emb|Embassy of the Republic of Poland in Washington
embassy|emb|Consulate General of Mexico in Chicago
port_transit_authority|transit|Port of Oakland
port_transit_authority|transit|Utah Transit Authority
state_owned_company|soe|Tennessee Valley Authority
private_university|pedu|Duquesne University
private_university|pedu|Creighton University
private_university|pedu|Villanova University
private_university|pedu|Santa Clara University
private_school|pedu|Phillips Exeter Academy
church|rel|Roman Catholic Diocese of Tucson
church|rel|First United Methodist Church Houston
private_hospital|npo|St. Jude Children's Research Hospital
charity|npo|Meals on Wheels America
charity|npo|Make-A-Wish America
international_org|intl|Pan American Health Organization
international_org|intl|International Finance Corporation
international_org|intl|Organization of American States
state_founded_fund|fund|National Fish and Wildlife Foundation
state_founded_fund|fund|CDC Foundation
credit_union|coop|Boeing Employees' Credit Union
hoa|npo|Sun City Summerlin Community Association
"""

ORGS["GB"] = """
company|idx|Bellway
company|idx|Vistry Group
company|idx|Howden Joinery Group
company|idx|Pets at Home
company|idx|WH Smith
company|idx|Halfords
company|idx|Card Factory
company|idx|Domino's Pizza Group
company|idx|Hilton Food Group
company|idx|Cranswick plc
company|idx|Genus plc
company|idx|Victrex
company|idx|Renishaw
company|idx|Spectris
company|idx|Oxford Instruments
company|idx|Bodycote
company|idx|Rotork
company|idx|The Weir Group
company|idx|IMI plc
company|idx|Morgan Advanced Materials
company|idx|Hays plc
company|idx|PageGroup
company|idx|Games Workshop
company|idx|Auto Trader Group
company|idx|Rightmove
company|idx|Moonpig Group
company|idx|Wise plc
company|idx|Paragon Banking Group
company|idx|Pennon Group
company|idx|Drax Group
company|idx|A.G. Barr
cooperative|coop|The Co-operative Group
cooperative|coop|Nationwide Building Society
municipality|mun|South Gloucestershire Council
municipality|mun|Wychavon District Council
municipality|mun|Tunbridge Wells Borough Council
county|mun|North Yorkshire Council
county|mun|Powys County Council
municipality|mun|Fife Council
municipality|mun|Derry City and Strabane District Council
county|mun|Norfolk County Council
municipality|mun|London Borough of Hackney
municipality|mun|Stockport Metropolitan Borough Council
ministry|gov|Ministry of Justice
ministry|gov|Department for Transport
ministry|gov|Foreign, Commonwealth & Development Office
court|court|HM Courts & Tribunals Service
national_agency|gov|Maritime and Coastguard Agency
national_agency|gov|Driver and Vehicle Standards Agency
police|police|Avon and Somerset Constabulary
police|police|Lancashire Constabulary
armed_forces|police|RAF Lossiemouth
armed_forces|police|HMS Raleigh
armed_forces|police|1st Battalion The Rifles
public_hospital|health|Sheffield Teaching Hospitals NHS Foundation Trust
public_hospital|health|Royal Cornwall Hospitals NHS Trust
public_hospital|health|Cardiff and Vale University Health Board
public_university|edu|University of Leicester
public_university|edu|Aston University
public_university|edu|University of Stirling
public_university|edu|Ulster University
public_university|edu|Bangor University
public_school|school|Ysgol Gyfun Gymraeg Glantaf
embassy|emb|Embassy of Brazil in London
embassy|emb|High Commission of Canada in the United Kingdom
port_transit_authority|transit|Transport for Greater Manchester
port_transit_authority|transit|Port of London Authority
state_owned_company|soe|The Royal Mint Ltd
state_owned_company|soe|Ordnance Survey Ltd
private_university|pedu|The University of Law
private_university|pedu|Richmond American University London
private_school|pedu|Eton College
private_school|pedu|Dulwich College
church|rel|Church of England Diocese of Leeds
church|rel|The Methodist Church in Britain
charity|npo|Macmillan Cancer Support
charity|npo|Shelter
international_org|intl|Commonwealth Secretariat
international_org|intl|International Coffee Organization
state_founded_fund|fund|Nesta
"""

ORGS["IE"] = """
company|idx|Irish Continental Group
company|idx|Origin Enterprises
company|idx|Kenmare Resources
company|idx|Cairn Homes
company|idx|Glenveagh Properties
company|idx|FBD Holdings
company|idx|Uniphar
company|big|Applegreen
company|big|Keelings
company|big|Dawn Meats
company|big|ABP Food Group
company|brand|Smyths Toys
company|brand|Woodie's
company|big|Tirlán
company|brand|Supermac's
company|brand|Bewley's
company|brand|Butlers Chocolates
company|big|PM Group
company|big|John Sisk & Son
company|big|Mercury Engineering
cooperative|coop|Dairygold Co-Operative Society
ministry|gov|Department of Social Protection
ministry|gov|Department of Education
national_agency|gov|Tusla – Child and Family Agency
national_agency|gov|Teagasc
county|mun|Kildare County Council
county|mun|Mayo County Council
county|mun|Limerick City and County Council
county|mun|Waterford City and County Council
county|mun|Donegal County Council
county|mun|Dún Laoghaire-Rathdown County Council
court|court|Courts Service of Ireland
national_agency|gov|Irish Prison Service
national_agency|gov|Met Éireann
national_agency|gov|National Transport Authority
armed_forces|police|Irish Naval Service
public_university|edu|University of Galway
public_university|edu|Dublin City University
public_university|edu|Munster Technological University
public_hospital|health|St James's Hospital
public_hospital|health|Cork University Hospital
public_school|school|City of Dublin Education and Training Board
embassy|emb|Embassy of the United States of America, Dublin
embassy|emb|Embassy of France in Ireland
state_owned_company|soe|Permanent TSB
state_owned_company|soe|Bord na Móna
state_owned_company|soe|Coillte
state_owned_company|soe|Dublin Port Company
private_university|pedu|Griffith College
private_university|pedu|Dublin Business School
church|rel|Diocese of Cork and Ross
charity|npo|Focus Ireland
charity|npo|Irish Cancer Society
red_cross_society|npo|Irish Red Cross
credit_union|coop|Capital Credit Union
"""

ORGS["CA"] = """
company|idx|Aritzia
company|idx|Roots Corporation
company|big|Indigo Books & Music
company|idx|Leon's Furniture
company|big|Sleep Country Canada
company|idx|Toromont Industries
company|idx|Finning International
company|idx|Stella-Jones
company|idx|Richelieu Hardware
company|idx|Boyd Group Services
company|idx|Premium Brands Holdings
company|idx|Lassonde Industries|fr
company|idx|Cogeco|fr
company|idx|Québecor|fr
company|idx|TC Transcontinental
company|idx|Colliers International
company|idx|FirstService
company|idx|Intact Financial
company|idx|iA Groupe financier|fr
company|idx|Great-West Lifeco
company|idx|Kinaxis
company|idx|Descartes Systems Group
company|idx|Canaccord Genuity
company|brand|Groupe Jean Coutu|fr
cooperative|coop|Sollio Groupe Coopératif|fr
credit_union|coop|Vancity
municipality|mun|City of Saskatoon
municipality|mun|City of Kelowna
municipality|mun|Town of Oakville
municipality|mun|City of Moncton
municipality|mun|Ville de Sherbrooke|fr
municipality|mun|Ville de Trois-Rivières|fr
county|mun|Regional Municipality of Durham
county|mun|County of Simcoe
municipality|mun|Municipality of Chatham-Kent
provincial_government|reg|Ontario Ministry of Health
provincial_government|reg|Nova Scotia Department of Finance and Treasury Board
federal_agency|gov|Canada Border Services Agency
federal_agency|gov|Environment and Climate Change Canada
federal_agency|gov|Service Canada
police|police|Ontario Provincial Police
police|police|Sûreté du Québec|fr
armed_forces|police|CFB Esquimalt
court|court|Court of King's Bench of Alberta
school_district|school|Ottawa-Carleton District School Board
school_district|school|Calgary Board of Education
public_university|edu|Université de Sherbrooke|fr
public_university|edu|University of Saskatchewan
public_university|edu|Dalhousie University
public_university|edu|Memorial University of Newfoundland
public_hospital|health|Horizon Health Network
public_hospital|health|Nova Scotia Health
tribal_government|tribe|Six Nations of the Grand River
tribal_government|tribe|Membertou First Nation
tribal_government|tribe|Tsawwassen First Nation
embassy|emb|Embassy of the United States of America in Ottawa
embassy|emb|Consulat général de France à Québec|fr
port_transit_authority|transit|TransLink
port_transit_authority|transit|Société de transport de Montréal|fr
state_owned_company|soe|Loto-Québec|fr
state_owned_company|soe|SaskTel
state_owned_company|soe|Manitoba Hydro
private_university|pedu|Trinity Western University
private_university|pedu|Redeemer University
church|rel|Roman Catholic Archdiocese of Toronto
church|rel|The United Church of Canada
charity|npo|Canadian Cancer Society
charity|npo|Centraide du Grand Montréal|fr
red_cross_society|npo|Canadian Red Cross
international_org|intl|International Civil Aviation Organization
international_org|intl|Commission for Environmental Cooperation
state_founded_fund|fund|Sustainable Development Technology Canada
state_founded_fund|fund|Genome Canada
"""

ORGS["AU"] = """
company|idx|Super Retail Group
company|idx|Premier Investments
company|idx|Lovisa
company|idx|Breville Group
company|idx|Nick Scali
company|idx|Adairs
company|idx|Bapcor
company|idx|ARB Corporation
company|idx|GUD Holdings
company|idx|Reliance Worldwide Corporation
company|idx|Ansell
company|idx|Pro Medicus
company|idx|TechnologyOne
company|idx|WiseTech Global
company|idx|NIB Holdings
company|idx|Medibank
company|idx|Suncorp Group
company|idx|Bendigo and Adelaide Bank
company|idx|Bank of Queensland
company|idx|Seven Group Holdings
company|idx|Ampol
company|idx|Viva Energy
company|idx|Nufarm
company|idx|Inghams Group
company|idx|Domino's Pizza Enterprises
company|idx|Metcash
cooperative|coop|Beyond Bank Australia
municipality|mun|City of Ballarat
municipality|mun|City of Greater Geelong
municipality|mun|Townsville City Council
municipality|mun|City of Wagga Wagga
municipality|mun|City of Hobart
municipality|mun|City of Darwin
municipality|mun|Shire of Broome
municipality|mun|Central Coast Council
municipality|mun|Tiwi Islands Regional Council
state_government|reg|Victorian Department of Education
state_government|reg|WA Department of Health
federal_agency|gov|Australian Electoral Commission
federal_agency|gov|Fair Work Ombudsman
federal_agency|gov|Department of Veterans' Affairs
police|police|Australian Federal Police
police|police|NSW Police Force
court|court|Federal Court of Australia
armed_forces|police|7th Brigade, Australian Army
armed_forces|police|HMAS Cerberus
public_university|edu|University of Tasmania
public_university|edu|Curtin University
public_university|edu|James Cook University
public_university|edu|Griffith University
public_hospital|health|Gold Coast Hospital and Health Service
public_hospital|health|Alfred Health
public_hospital|health|Child and Adolescent Health Service
public_school|school|Sydney Boys High School
public_school|school|Brisbane State High School
embassy|emb|Embassy of the United States of America, Canberra
embassy|emb|High Commission of India, Canberra
state_owned_company|soe|Sydney Water
state_owned_company|soe|Australian Rail Track Corporation
private_university|pedu|Torrens University Australia
church|rel|Catholic Archdiocese of Melbourne
church|rel|Anglican Church Southern Queensland
charity|npo|The Smith Family
charity|npo|The Fred Hollows Foundation
international_org|intl|UNHCR Multi-Country Office, Canberra
"""

ORGS["DE"] = """
company|idx|Fielmann
company|idx|Hugo Boss
company|idx|Sartorius AG
company|idx|Carl Zeiss Meditec
company|idx|Stabilus SE
company|idx|Jenoptik
company|idx|Aixtron SE
company|idx|Nemetschek
company|idx|Bechtle AG
company|idx|Cancom
company|idx|Sixt SE
company|idx|Norma Group
company|idx|Gerresheimer
company|idx|Aurubis AG
company|idx|K+S
company|idx|Wacker Neuson
company|idx|Pfeiffer Vacuum
company|idx|Hensoldt
company|idx|Rational AG
company|big|Andreas Stihl AG & Co. KG
company|big|Miele & Cie. KG
company|big|Liebherr-Werk Biberach GmbH
company|big|Sennheiser
company|big|Faber-Castell
company|brand|Kaufland
company|brand|Globus SB-Warenhaus
company|brand|Thalia Bücher GmbH
company|brand|Deichmann SE
company|brand|Müller Handels GmbH & Co. KG
company|big|Dachser
company|big|Hermes Germany GmbH
company|brand|Bauhaus
cooperative|coop|Volksbank Mittelhessen eG
municipality|mun|Stadt Gütersloh
municipality|mun|Stadt Tübingen
municipality|mun|Universitätsstadt Marburg
municipality|mun|Gemeinde Ismaning
municipality|mun|Markt Berchtesgaden
county|mun|Landkreis Harz
county|mun|Landratsamt Bodenseekreis
county|mun|Kreis Steinfurt
district|mun|Bezirksamt Friedrichshain-Kreuzberg
ministry|gov|Bundesministerium für Gesundheit
federal_agency|gov|Bundesamt für Sicherheit in der Informationstechnik
federal_agency|gov|Bundesnetzagentur
federal_agency|gov|Kraftfahrt-Bundesamt
state_government|reg|Sächsisches Staatsministerium für Kultus
tax_authority|gov|Landesamt für Steuern Niedersachsen
tax_authority|gov|Finanzamt Freiburg-Stadt
court|court|Amtsgericht Hannover
court|court|Oberlandesgericht Celle
police|police|Polizeipräsidium Westpfalz
police|police|Landeskriminalamt Baden-Württemberg
armed_forces|police|Jägerbataillon 292
armed_forces|police|Marinestützpunktkommando Wilhelmshaven
public_university|edu|Universität Bayreuth
public_university|edu|Technische Universität Chemnitz
public_university|edu|Hochschule für Technik und Wirtschaft Berlin
public_hospital|health|Universitätsklinikum Schleswig-Holstein
public_hospital|health|Klinikum Nürnberg
public_school|school|Goethe-Gymnasium Frankfurt am Main
embassy|emb|Botschaft der Französischen Republik in Berlin
embassy|emb|Türkisches Generalkonsulat Stuttgart
port_transit_authority|transit|Hamburg Port Authority AöR
state_owned_company|soe|Stadtwerke München GmbH
state_owned_company|soe|Kölner Verkehrs-Betriebe AG
state_owned_company|soe|Die Autobahn GmbH des Bundes
state_owned_company|soe|Bundesdruckerei GmbH
private_university|pedu|Frankfurt School of Finance & Management
private_university|pedu|Zeppelin Universität
private_school|pedu|Schule Schloss Salem
church|rel|Evangelische Landeskirche in Württemberg
church|rel|Bistum Limburg
charity|npo|Diakonie Deutschland
charity|npo|SOS-Kinderdorf e.V.
charity|npo|Arbeiter-Samariter-Bund Deutschland e.V.
international_org|intl|Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC)
international_org|intl|Europäisches Patentamt
state_founded_fund|fund|Stiftung Warentest
"""

ORGS["AT"] = """
company|idx|AT&S
company|idx|Mayr-Melnhof Karton
company|idx|Uniqa
company|idx|Vienna Insurance Group
company|idx|BAWAG Group
company|idx|KTM AG
company|idx|Frequentis AG
company|idx|Schoeller-Bleckmann Oilfield Equipment
company|idx|Kontron AG
company|big|Josef Manner & Comp. AG
company|brand|Julius Meinl
company|brand|BILLA AG
company|brand|Hofer KG
company|big|Greiner AG
company|big|Julius Blum GmbH
company|big|Plansee Group
company|big|Fritz Egger GmbH & Co. OG
company|big|Alpla
company|brand|Ottakringer Brauerei
company|brand|Stieglbrauerei zu Salzburg GmbH
company|brand|Kastner & Öhler
company|big|Rauch Fruchtsäfte
company|big|Silhouette International
cooperative|coop|Raiffeisenlandesbank Oberösterreich
municipality|mun|Stadtgemeinde Baden
municipality|mun|Magistrat der Stadt Villach
municipality|mun|Magistrat der Landeshauptstadt Klagenfurt am Wörthersee
municipality|mun|Stadtgemeinde Zwettl
municipality|mun|Gemeinde Lech
municipality|mun|Marktgemeinde Wiener Neudorf
district|mun|Bezirkshauptmannschaft Amstetten
regional_government|reg|Amt der Kärntner Landesregierung
regional_government|reg|Amt der Vorarlberger Landesregierung
ministry|gov|Bundesministerium für Inneres
armed_forces|gov|Bundesministerium für Landesverteidigung
tax_authority|gov|Finanzamt Österreich
national_agency|gov|Statistik Austria
court|court|Landesgericht Linz
court|court|Bezirksgericht Innere Stadt Wien
police|police|Landespolizeidirektion Tirol
armed_forces|police|Militärkommando Kärnten
public_university|edu|Universität Innsbruck
public_university|edu|Johannes Kepler Universität Linz
public_university|edu|Montanuniversität Leoben
public_hospital|health|LKH-Univ. Klinikum Graz
public_hospital|health|Kepler Universitätsklinikum
public_school|school|BG/BRG Klosterneuburg
embassy|emb|Deutsche Botschaft Wien
embassy|emb|Botschaft der Republik Slowenien in Wien
state_owned_company|soe|Österreichische Post AG
state_owned_company|soe|ASFINAG
state_owned_company|soe|Wiener Linien GmbH & Co KG
private_university|pedu|Paracelsus Medizinische Privatuniversität
private_university|pedu|Modul University Vienna
church|rel|Diözese Linz
church|rel|Evangelische Kirche A.B. in Österreich
charity|npo|Caritas der Erzdiözese Wien
charity|npo|Hilfswerk Österreich
red_cross_society|npo|Österreichisches Rotes Kreuz
international_org|intl|OPEC Fund for International Development
international_org|intl|Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung (UNODC)
state_founded_fund|fund|Wirtschaftsagentur Wien
"""

ORGS["CH"] = """
company|idx|Belimo
company|idx|Bucher Industries
company|idx|Comet Holding
company|idx|Dätwyler
company|idx|Forbo
company|idx|Huber+Suhner
company|idx|Inficon
company|idx|Interroll
company|idx|Kardex
company|idx|Komax
company|idx|Medacta
company|idx|Orior
company|idx|Rieter
company|idx|SFS Group
company|idx|Siegfried Holding
company|idx|Tecan
company|idx|u-blox
company|idx|VAT Group
company|idx|Ypsomed
company|big|Victorinox AG
company|brand|Rivella AG
company|brand|Kambly
company|brand|Ricola
company|brand|Manor AG
company|brand|Digitec Galaxus AG
company|brand|Brack.ch
company|idx|Bobst Group SA|fr
company|big|Vaudoise Assurances|fr
cooperative|coop|Die Mobiliar
municipality|mun|Stadt Luzern
municipality|mun|Stadt St. Gallen
municipality|mun|Stadt Biel
municipality|mun|Gemeinde Wallisellen
municipality|mun|Gemeinde Muri bei Bern
municipality|mun|Commune de Montreux|fr
municipality|mun|Ville de Fribourg|fr
municipality|mun|Città di Bellinzona|it
regional_government|reg|Kanton Graubünden
regional_government|reg|Canton du Valais|fr
federal_agency|gov|Bundesamt für Gesundheit
federal_agency|gov|Bundesamt für Strassen ASTRA
federal_agency|gov|Innosuisse
ministry|gov|Eidgenössisches Departement für auswärtige Angelegenheiten
police|police|Kantonspolizei St. Gallen
police|police|Police cantonale vaudoise|fr
court|court|Bundesgericht
court|court|Obergericht des Kantons Bern
armed_forces|police|Mechanisierte Brigade 11
public_university|edu|Universität Basel
public_university|edu|Universität Bern
public_university|edu|École polytechnique fédérale de Lausanne|fr
public_university|edu|Zürcher Hochschule für Angewandte Wissenschaften
public_hospital|health|Kantonsspital St. Gallen
public_hospital|health|Centre hospitalier universitaire vaudois|fr
public_hospital|health|Ente Ospedaliero Cantonale|it
public_school|school|Kantonsschule Enge
embassy|emb|Deutsche Botschaft Bern
embassy|emb|Ambassade de France en Suisse|fr
port_transit_authority|transit|Verkehrsbetriebe Zürich
state_owned_company|soe|Banque Cantonale Vaudoise|fr
state_owned_company|soe|Romande Energie|fr
state_owned_company|soe|RUAG MRO Holding AG
state_owned_company|soe|Skyguide
private_university|pedu|Kalaidos Fachhochschule
private_school|pedu|Institut Le Rosey|fr
private_school|pedu|Institut auf dem Rosenberg
church|rel|Bistum Basel
church|rel|Église évangélique réformée du canton de Vaud|fr
charity|npo|Pro Senectute Schweiz
charity|npo|Caritas Schweiz
charity|npo|Pro Infirmis
international_org|intl|Union internationale des télécommunications|fr
international_org|intl|Organisation mondiale du commerce|fr
international_org|intl|Weltpostverein
"""

ORGS["FR"] = """
company|idx|Rubis
company|idx|Eramet
company|idx|Vallourec
company|idx|Imerys
company|idx|Trigano
company|idx|Maisons du Monde
company|idx|Lectra
company|idx|Soitec
company|idx|Virbac
company|idx|Sartorius Stedim Biotech
company|idx|Interparfums
company|idx|Robertet
company|idx|Ubisoft
company|idx|Neoen
company|idx|Nexity
company|idx|Coface
company|idx|Elis
company|idx|Derichebourg
company|idx|Boiron
company|idx|Mersen
company|idx|Quadient
company|big|Manutan
company|brand|Kiabi
company|brand|Cultura
company|brand|Boulanger
company|brand|Picard Surgelés
cooperative|coop|Biocoop
cooperative|coop|Coopérative U Enseigne
municipality|mun|Mairie de Quimper
municipality|mun|Ville de Pau
municipality|mun|Commune de Saint-Jean-de-Luz
municipality|mun|Mairie de Chambéry
municipality|mun|Ville de Colmar
municipality|mun|Communauté d'agglomération du Pays Basque
county|reg|Conseil départemental de la Haute-Savoie
regional_government|reg|Région Bretagne
ministry|gov|Ministère de la Culture
ministry|gov|Ministère de la Justice
tax_authority|gov|Direction régionale des finances publiques de Bretagne et du département d'Ille-et-Vilaine
national_agency|gov|Météo-France
national_agency|gov|Préfecture de la Gironde
court|court|Tribunal judiciaire de Rennes
court|court|Cour d'appel de Versailles
police|police|Préfecture de police
armed_forces|police|3e régiment d'infanterie de marine
armed_forces|police|Base navale de Toulon
public_university|edu|Université de Bordeaux
public_university|edu|Université Grenoble Alpes
public_university|edu|Université de Lille
public_hospital|health|CHU de Nantes
public_hospital|health|CHU de Montpellier
public_school|school|Lycée Louis-le-Grand
embassy|emb|Ambassade d'Italie en France
embassy|emb|Consulat général du Maroc à Lyon
state_owned_company|soe|Groupe ADP
state_owned_company|soe|Naval Group
private_university|pedu|Université catholique de Lille
private_university|pedu|EDHEC Business School
private_school|pedu|École alsacienne
church|rel|Archidiocèse de Paris
church|rel|Église protestante unie de France
charity|npo|Secours catholique
charity|npo|Les Restaurants du Cœur
international_org|intl|Agence internationale de l'énergie
international_org|intl|Organisation internationale de police criminelle (Interpol)
international_org|intl|Organisation mondiale de la santé animale
state_founded_fund|fund|Fondation de France
"""

ORGS["BE"] = """
company|idx|Azelis
company|idx|Fagron
company|idx|Kinepolis
company|idx|Melexis
company|idx|Sofina|fr
company|idx|Tessenderlo Group
company|idx|Van de Velde
company|big|Vandemoortele
company|big|Duvel Moortgat
company|idx|Spadel|fr
company|brand|Krëfel|fr
company|brand|Vanden Borre
company|brand|Torfs
company|brand|JBC
company|idx|Ontex
company|big|Picanol
company|big|Cegeka
company|big|Argenta
company|brand|Neuhaus
company|brand|Leonidas|fr
company|big|Materne|fr
municipality|mun|Stad Mechelen
municipality|mun|Stad Leuven
municipality|mun|Gemeente Knokke-Heist
municipality|mun|Gemeente Schoten
municipality|mun|Ville de Mons|fr
municipality|mun|Ville de Charleroi|fr
municipality|mun|Commune d'Uccle|fr
regional_government|reg|Provincie West-Vlaanderen
regional_government|reg|Province de Namur|fr
regional_government|reg|Vlaamse overheid – Departement Onderwijs en Vorming
regional_government|reg|Service public de Wallonie|fr
ministry|gov|FOD Volksgezondheid
ministry|gov|SPF Justice|fr
social_insurance|gov|Federale Pensioendienst
police|police|Politiezone Gent
police|police|Zone de police de Liège|fr
court|court|Hof van beroep Antwerpen
court|court|Tribunal de première instance francophone de Bruxelles|fr
armed_forces|police|Luchtmachtbasis Kleine-Brogel
public_university|edu|Universiteit Antwerpen
public_university|edu|Université de Mons|fr
public_hospital|health|CHU Saint-Pierre|fr
public_school|school|Koninklijk Atheneum Antwerpen
embassy|emb|Nederlandse Ambassade in Brussel
port_transit_authority|transit|De Lijn
port_transit_authority|transit|STIB-MIVB|fr
state_owned_company|soe|Belfius Bank
state_owned_company|soe|Ethias|fr
private_university|pedu|Vlerick Business School
church|rel|Aartsbisdom Mechelen-Brussel
church|rel|Verenigde Protestantse Kerk in België
charity|npo|Artsen Zonder Grenzen
charity|npo|Kom op tegen Kanker
international_org|intl|Noord-Atlantische Verdragsorganisatie (NAVO)
international_org|intl|Organisation mondiale des douanes|fr
"""

ORGS["NL"] = """
company|idx|Aalberts
company|idx|Alfen
company|idx|Basic-Fit
company|idx|BE Semiconductor Industries
company|idx|Corbion
company|idx|Flow Traders
company|idx|IMCD
company|idx|Kendrion
company|idx|ASM International
company|idx|Sligro Food Group
company|idx|TKH Group
company|idx|Van Lanschot Kempen
company|idx|Wereldhave
company|idx|Koninklijke Brill
company|idx|Avantium
company|idx|Fastned
company|brand|Kruidvat
company|brand|Praxis
company|brand|Karwei
company|brand|Dirk van den Broek
company|brand|Plus Retail
company|brand|Etos
company|brand|Bruna
company|big|Koninklijke Gazelle
company|big|Auping
company|big|Swinkels Family Brewers
company|big|Vanderlande
cooperative|coop|Coöperatie VGZ
municipality|mun|Gemeente Apeldoorn
municipality|mun|Gemeente Leeuwarden
municipality|mun|Gemeente Maastricht
municipality|mun|Gemeente Hengelo
municipality|mun|Gemeente Súdwest-Fryslân
municipality|mun|Gemeente Westland
municipality|mun|Gemeente Vaals
regional_government|reg|Provincie Gelderland
regional_government|reg|Provincie Zeeland
ministry|gov|Ministerie van Onderwijs, Cultuur en Wetenschap
ministry|gov|Ministerie van Justitie en Veiligheid
national_agency|gov|Dienst Uitvoering Onderwijs
national_agency|gov|Rijksdienst voor Ondernemend Nederland
national_agency|gov|Kadaster
court|court|Rechtbank Gelderland
court|court|Gerechtshof Arnhem-Leeuwarden
police|police|Politie Eenheid Oost-Nederland
armed_forces|police|Vliegbasis Volkel
public_university|edu|Universiteit Twente
public_university|edu|Technische Universiteit Eindhoven
public_university|edu|Hogeschool van Amsterdam
public_hospital|health|Maastricht UMC+
public_school|school|Stedelijk Gymnasium Leiden
water_board|reg|Waterschap Vallei en Veluwe
water_board|reg|Hoogheemraadschap van Delfland
embassy|emb|Ambassade van de Verenigde Staten in Den Haag
state_owned_company|soe|Royal Schiphol Group
state_owned_company|soe|Holland Casino
state_owned_company|soe|ProRail
private_university|pedu|Webster University Leiden
church|rel|Bisdom 's-Hertogenbosch
charity|npo|KWF Kankerbestrijding
charity|npo|Stichting Het Vergeten Kind
international_org|intl|Internationaal Gerechtshof
international_org|intl|Permanent Hof van Arbitrage
state_founded_fund|fund|Stimuleringsfonds Creatieve Industrie
state_founded_fund|fund|Mondriaan Fonds
"""

ORGS["ES"] = """
company|idx|Vidrala
company|idx|Ence Energía y Celulosa
company|idx|Tubacex
company|idx|CIE Automotive
company|idx|Fluidra
company|idx|Faes Farma
company|idx|Almirall
company|idx|Laboratorios Farmacéuticos Rovi
company|idx|Logista
company|idx|Pharma Mar
company|idx|Vocento
company|idx|Atresmedia
company|idx|Miquel y Costas
company|idx|Azkoyen
company|big|Grupo Calvo
company|big|Cosentino
company|brand|Bon Preu|ca
company|brand|Alcampo
company|big|Sanitas
company|big|Porcelanosa
company|big|Roca Sanitario
company|brand|Pikolin
company|brand|Tous
cooperative|coop|Consum S. Coop.
municipality|mun|Ayuntamiento de Cáceres
municipality|mun|Ayuntamiento de Lugo
municipality|mun|Ajuntament de Girona|ca
municipality|mun|Ayuntamiento de Jerez de la Frontera
municipality|mun|Ayuntamiento de Ponferrada
municipality|mun|Concello de Vigo
county|reg|Diputación Provincial de Badajoz
county|reg|Cabildo de Gran Canaria
regional_government|reg|Xunta de Galicia
regional_government|reg|Gobierno de Aragón
regional_government|reg|Junta de Castilla y León
ministry|gov|Ministerio del Interior
national_agency|gov|Instituto Nacional de Estadística
national_agency|gov|Dirección General de Tráfico
social_insurance|gov|Tesorería General de la Seguridad Social
police|police|Policía Nacional
police|police|Mossos d'Esquadra|ca
court|court|Tribunal Superior de Justicia de Madrid
armed_forces|police|Arsenal Militar de Ferrol
public_university|edu|Universidad de Granada
public_university|edu|Universidad de Oviedo
public_university|edu|Universitat Politècnica de Catalunya|ca
public_hospital|health|Hospital Universitario Virgen del Rocío
public_hospital|health|Hospital Clínic de Barcelona
public_school|school|IES Lope de Vega
embassy|emb|Embajada de Francia en España
port_transit_authority|transit|Puertos del Estado
state_owned_company|soe|Paradores de Turismo de España
state_owned_company|soe|Navantia
state_owned_company|soe|Aena
private_university|pedu|Universidad de Deusto
private_university|pedu|Universidad CEU San Pablo
private_university|pedu|IE University
church|rel|Diócesis de Santander
church|rel|Archidiócesis de Toledo
charity|npo|Médicos Sin Fronteras España
charity|npo|Banco de Alimentos de Madrid
international_org|intl|ONU Turismo (Organización Mundial del Turismo)
state_founded_fund|fund|Fundación Española para la Ciencia y la Tecnología
state_founded_fund|fund|Fundación Biodiversidad
"""

ORGS["PT"] = """
company|idx|Ibersol
company|idx|CTT – Correios de Portugal
company|idx|REN – Redes Energéticas Nacionais
company|idx|Teixeira Duarte
company|big|Sumol+Compal
company|big|Bial
company|big|Hovione
company|brand|Worten
company|brand|Continente
company|brand|Pingo Doce
company|big|Lusiaves
company|brand|Parfois
company|brand|Salsa Jeans
company|big|Critical Software
company|big|Logoplaste
company|big|Frulact
company|big|Sonae Sierra
company|big|Fidelidade
cooperative|coop|Crédito Agrícola
municipality|mun|Câmara Municipal de Aveiro
municipality|mun|Câmara Municipal de Guimarães
municipality|mun|Câmara Municipal de Faro
municipality|mun|Câmara Municipal de Viseu
municipality|mun|Câmara Municipal de Setúbal
municipality|mun|Câmara Municipal de Sintra
municipality|mun|Junta de Freguesia de Campo de Ourique
regional_government|reg|Governo Regional da Madeira
ministry|gov|Ministério da Educação, Ciência e Inovação
social_insurance|gov|Instituto da Segurança Social, I.P.
national_agency|gov|Instituto do Emprego e Formação Profissional
national_agency|gov|Agência Portuguesa do Ambiente
national_agency|gov|Direção-Geral da Saúde
national_agency|gov|Fundação para a Ciência e a Tecnologia
court|court|Tribunal Judicial da Comarca de Braga
police|police|Polícia Judiciária
armed_forces|police|Força Aérea Portuguesa
armed_forces|police|Marinha Portuguesa
public_university|edu|Universidade do Minho
public_university|edu|Universidade de Aveiro
public_university|edu|Universidade Nova de Lisboa
public_university|edu|Instituto Politécnico de Leiria
public_hospital|health|Unidade Local de Saúde de Santa Maria
public_hospital|health|Unidade Local de Saúde de Coimbra
public_school|school|Escola Secundária de Camões
embassy|emb|Embaixada de Espanha em Lisboa
state_owned_company|soe|TAP Air Portugal
state_owned_company|soe|Infraestruturas de Portugal
state_owned_company|soe|Carris
private_university|pedu|Universidade Lusófona
private_university|pedu|Universidade Fernando Pessoa
church|rel|Diocese do Porto
charity|npo|Banco Alimentar Contra a Fome
red_cross_society|npo|Cruz Vermelha Portuguesa
international_org|intl|Comunidade dos Países de Língua Portuguesa
state_founded_fund|fund|Fundação INATEL
"""

ORGS["IT"] = """
company|idx|Reply
company|idx|Sesa
company|idx|Interpump Group
company|idx|Carel Industries
company|idx|El.En.
company|idx|Zignago Vetro
company|idx|Sanlorenzo
company|idx|Salvatore Ferragamo
company|idx|Tod's
company|idx|Brunello Cucinelli
company|idx|OVS
company|idx|Piovan
company|idx|Italmobiliare
company|idx|Cembre
company|idx|Biesse
company|idx|SOL Group
company|idx|Unieuro
company|brand|Eataly
company|brand|Kiko Milano
company|brand|Calzedonia
company|brand|illycaffè
company|brand|Granarolo
company|brand|Mutti
company|brand|Pastificio Rana
company|brand|Alessi
company|brand|Kartell
cooperative|coop|Coop Lombardia
municipality|mun|Comune di Ravenna
municipality|mun|Comune di Matera
municipality|mun|Comune di Asti
municipality|mun|Comune di Sondrio
municipality|mun|Comune di Alghero
municipality|mun|Comune di Trieste
county|mun|Provincia di Cuneo
regional_government|reg|Regione Puglia
regional_government|reg|Regione Siciliana
ministry|gov|Ministero della Salute
ministry|gov|Ministero dell'Istruzione e del Merito
tax_authority|gov|Agenzia delle Dogane e dei Monopoli
national_agency|gov|Istat
social_insurance|gov|INAIL
court|court|Tribunale di Napoli
court|court|Corte d'Appello di Torino
police|police|Questura di Verona
armed_forces|police|36° Stormo dell'Aeronautica Militare
public_university|edu|Università degli Studi di Pavia
public_university|edu|Università di Pisa
public_university|edu|Università degli Studi di Catania
public_university|edu|Politecnico di Torino
public_hospital|health|ASST Spedali Civili di Brescia
public_hospital|health|Azienda USL di Bologna
public_school|school|Liceo Classico Statale Giulio Cesare
embassy|emb|Ambasciata di Francia in Italia
embassy|emb|Consolato Generale di Germania a Milano
state_owned_company|soe|Ferrovie dello Stato Italiane
state_owned_company|soe|ANAS
state_owned_company|soe|Rai – Radiotelevisione Italiana
private_university|pedu|LUMSA
private_university|pedu|Università Campus Bio-Medico di Roma
private_university|pedu|Università IULM
church|rel|Diocesi di Bergamo
church|rel|Chiesa Evangelica Valdese
charity|npo|Emergency
charity|npo|Fondazione Telethon
international_org|intl|Centro Internazionale di Fisica Teorica Abdus Salam
international_org|intl|NATO Defense College
state_founded_fund|fund|Fondazione Human Technopole
state_founded_fund|fund|Fondazione Istituto Italiano di Tecnologia
"""

ORGS["PL"] = """
company|idx|Benefit Systems
company|idx|Neuca
company|idx|Kruk
company|idx|Grupa Pracuj
company|idx|Text S.A.
company|idx|Auto Partner
company|idx|Stalprodukt
company|idx|Apator
company|idx|Ferro S.A.
company|idx|Wirtualna Polska Holding
company|idx|Agora
company|idx|Develia
company|idx|Dom Development
company|idx|Atal
company|idx|AmRest
company|idx|Orbis
company|idx|Mercator Medical
company|idx|Sanok Rubber Company
company|big|Black Red White
company|big|Nowy Styl
company|brand|Komfort
company|brand|Media Expert
company|brand|RTV Euro AGD
company|brand|Castorama Polska
company|brand|Jeronimo Martins Polska
credit_union|coop|SKOK Stefczyka
cooperative|coop|Okręgowa Spółdzielnia Mleczarska w Łowiczu
municipality|mun|Urząd Miasta Lublin
municipality|mun|Urząd Miejski w Białymstoku
municipality|mun|Urząd Miasta Rzeszowa
municipality|mun|Urząd Miasta Olsztyna
municipality|mun|Urząd Gminy Jabłonna
municipality|mun|Urząd Miasta Zakopane
county|mun|Starostwo Powiatowe w Nowym Targu
regional_government|reg|Urząd Marszałkowski Województwa Podkarpackiego
regional_government|reg|Pomorski Urząd Wojewódzki w Gdańsku
ministry|gov|Ministerstwo Zdrowia
ministry|gov|Ministerstwo Edukacji Narodowej
national_agency|gov|Główny Urząd Statystyczny
tax_authority|gov|Urząd Skarbowy w Gliwicach
social_insurance|gov|Kasa Rolniczego Ubezpieczenia Społecznego
court|court|Sąd Okręgowy w Poznaniu
court|court|Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie
police|police|Komenda Wojewódzka Policji w Lublinie
armed_forces|police|12 Szczecińska Dywizja Zmechanizowana
public_university|edu|Uniwersytet Mikołaja Kopernika w Toruniu
public_university|edu|Uniwersytet Łódzki
public_university|edu|Politechnika Wrocławska
public_hospital|health|Uniwersyteckie Centrum Kliniczne w Gdańsku
public_hospital|health|Wojewódzki Szpital Specjalistyczny im. M. Kopernika w Łodzi
public_school|school|I Liceum Ogólnokształcące im. Bartłomieja Nowodworskiego w Krakowie
embassy|emb|Ambasada Francji w Polsce
embassy|emb|Konsulat Generalny Ukrainy w Lublinie
port_transit_authority|transit|Zarząd Transportu Miejskiego w Warszawie
state_owned_company|soe|PKP Polskie Linie Kolejowe
state_owned_company|soe|Polska Grupa Zbrojeniowa
state_owned_company|soe|Totalizator Sportowy
state_owned_company|soe|Polskie Linie Lotnicze LOT
private_university|pedu|Uniwersytet WSB Merito
private_university|pedu|Collegium Civitas
church|rel|Diecezja Tarnowska
church|rel|Kościół Ewangelicko-Augsburski w RP
charity|npo|Wielka Orkiestra Świątecznej Pomocy
charity|npo|Polska Akcja Humanitarna
international_org|intl|Biuro Instytucji Demokratycznych i Praw Człowieka OBWE
state_founded_fund|fund|Polska Fundacja Narodowa
"""

ORGS["CZ"] = """
company|idx|Colt CZ Group
company|idx|Philip Morris ČR
company|brand|Notino
company|brand|Datart
company|big|Tescoma
company|big|Student Agency
company|brand|RegioJet
company|big|Vitana
company|idx|Moneta Money Bank
company|big|Air Bank
company|big|Fio banka
company|big|Kiwi.com
company|big|Y Soft
company|big|ABRA Software
company|brand|Kostelecké uzeniny
company|brand|Bohemia Sekt
company|brand|Jan Becher – Karlovarská Becherovka
company|brand|Moser
company|big|TON a.s.
company|brand|Sportisimo
company|brand|Benzina
municipality|mun|Statutární město Liberec
municipality|mun|Statutární město Olomouc
municipality|mun|Město Třebíč
municipality|mun|Město Český Krumlov
municipality|mun|Obec Dolní Břežany
district|mun|Městská část Praha 4
regional_government|reg|Krajský úřad Kraje Vysočina
regional_government|reg|Krajský úřad Zlínského kraje
ministry|gov|Ministerstvo financí
ministry|gov|Ministerstvo zdravotnictví
national_agency|gov|Český statistický úřad
national_agency|gov|Úřad práce České republiky
tax_authority|gov|Finanční úřad pro Jihomoravský kraj
court|court|Krajský soud v Plzni
court|court|Okresní soud v Kladně
police|police|Krajské ředitelství policie Moravskoslezského kraje
police|police|Městská policie Brno
armed_forces|police|7. mechanizovaná brigáda
public_university|edu|Univerzita Palackého v Olomouci
public_university|edu|Vysoké učení technické v Brně
public_university|edu|Jihočeská univerzita v Českých Budějovicích
public_hospital|health|Fakultní nemocnice Olomouc
public_hospital|health|Nemocnice Na Bulovce
public_school|school|Gymnázium Jana Nerudy
embassy|emb|Velvyslanectví Spolkové republiky Německo v Praze
state_fund|gov|Státní fond dopravní infrastruktury
state_fund|gov|Státní fond životního prostředí ČR
state_enterprise|soe|Budějovický Budvar, národní podnik
state_owned_company|soe|Dopravní podnik hl. m. Prahy
state_owned_company|soe|ČEPS
state_owned_company|soe|Letiště Praha
private_university|pedu|Anglo-americká vysoká škola
private_university|pedu|ŠKODA AUTO Vysoká škola
church|rel|Biskupství brněnské
church|rel|Českobratrská církev evangelická
charity|npo|Člověk v tísni
international_org|intl|Pražská kancelář Sekretariátu OBSE
"""

ORGS["SE"] = """
company|idx|Bravida
company|idx|Beijer Ref
company|idx|Lifco
company|idx|Addtech
company|idx|Lagercrantz Group
company|idx|Mycronic
company|idx|Nolato
company|idx|Hexpol
company|idx|Dometic
company|idx|Thule Group
company|brand|Biltema
company|brand|Jula
company|brand|Kjell & Company
company|brand|Elgiganten
company|brand|Webhallen
company|brand|Apotek Hjärtat
company|brand|Max Burgers
company|idx|Loomis
company|idx|Intrum
company|idx|Hemnet
company|idx|Sinch
company|idx|Embracer Group
cooperative|coop|Folksam
cooperative|coop|Länsförsäkringar
municipality|mun|Västerås stad
municipality|mun|Örebro kommun
municipality|mun|Linköpings kommun
municipality|mun|Gävle kommun
municipality|mun|Kiruna kommun
municipality|mun|Sundsvalls kommun
regional_government|reg|Region Västerbotten
regional_government|reg|Region Östergötland
regional_government|reg|Västra Götalandsregionen
national_agency|gov|Arbetsförmedlingen
national_agency|gov|Migrationsverket
national_agency|gov|Kriminalvården
national_agency|gov|Transportstyrelsen
national_agency|gov|Statistiska centralbyrån
court|court|Stockholms tingsrätt
court|court|Svea hovrätt
police|police|Polisregion Väst
armed_forces|police|Skaraborgs regemente
public_university|edu|Umeå universitet
public_university|edu|Linköpings universitet
public_university|edu|Göteborgs universitet
public_university|edu|Mittuniversitetet
public_hospital|health|Norrlands universitetssjukhus
public_hospital|health|Akademiska sjukhuset
public_school|school|Norra Real
embassy|emb|Tysklands ambassad i Stockholm
port_transit_authority|transit|Storstockholms Lokaltrafik
state_owned_company|soe|LKAB
state_owned_company|soe|Sveaskog
state_owned_company|soe|Svenska Spel
private_university|pedu|Sophiahemmet Högskola
private_university|pedu|Ersta Sköndal Bräcke högskola
church|rel|Equmeniakyrkan
church|rel|Stockholms katolska stift
charity|npo|Rädda Barnen
charity|npo|Cancerfonden
international_org|intl|International IDEA
state_founded_fund|fund|Stiftelsen för strategisk forskning
state_founded_fund|fund|Riksbankens Jubileumsfond
"""

ORGS["NO"] = """
company|idx|Kitron
company|idx|Nordic Semiconductor
company|idx|Borregaard
company|idx|Elkem
company|idx|Europris
company|idx|Kid Interiør
company|idx|XXL
company|brand|Komplett
company|idx|Atea
company|idx|Crayon
company|idx|Bouvet
company|idx|SpareBank 1 SR-Bank
company|idx|Protector Forsikring
company|big|Bertel O. Steen
company|big|Møller Mobility Group
company|brand|Stormberg
company|brand|Helly Hansen
company|big|Jotun
company|big|Ekornes
company|big|Flokk
company|brand|Power Norge
cooperative|coop|Coop Norge
municipality|mun|Stavanger kommune
municipality|mun|Kristiansand kommune
municipality|mun|Drammen kommune
municipality|mun|Bodø kommune
municipality|mun|Lillehammer kommune
municipality|mun|Ålesund kommune
municipality|mun|Asker kommune
regional_government|reg|Innlandet fylkeskommune
regional_government|reg|Nordland fylkeskommune
ministry|gov|Kunnskapsdepartementet
national_agency|gov|Helsedirektoratet
national_agency|gov|Statens lånekasse for utdanning
national_agency|gov|Statistisk sentralbyrå
national_agency|gov|Brønnøysundregistrene
court|court|Oslo tingrett
court|court|Borgarting lagmannsrett
police|police|Vest politidistrikt
armed_forces|police|Brigade Nord
armed_forces|police|Ørland flystasjon
public_university|edu|Universitetet i Bergen
public_university|edu|UiT Norges arktiske universitet
public_university|edu|OsloMet – storbyuniversitetet
public_hospital|health|St. Olavs hospital HF
public_hospital|health|Sykehuset Innlandet HF
public_school|school|Oslo katedralskole
embassy|emb|Sveriges ambassade i Oslo
state_owned_company|soe|Avinor AS
state_owned_company|soe|Ruter AS
state_owned_company|soe|Norsk Tipping AS
private_university|pedu|VID vitenskapelige høgskole
private_university|pedu|Høyskolen Kristiania
church|rel|Oslo katolske bispedømme
charity|npo|Kreftforeningen
charity|npo|Redd Barna
"""

ORGS["DK"] = """
company|idx|Matas
company|idx|Schouw & Co.
company|idx|Sydbank
company|idx|Ringkjøbing Landbobank
company|idx|Spar Nord
company|idx|Zealand Pharma
company|idx|Bavarian Nordic
company|idx|ALK-Abelló
company|idx|Novonesis
company|idx|Per Aarsleff
company|idx|MT Højgaard
company|big|SimCorp
company|idx|Trifork
company|idx|Nilfisk
company|brand|Søstrene Grene
company|brand|Flying Tiger Copenhagen
company|brand|Hummel
company|brand|Kvik
company|idx|Bang & Olufsen
company|brand|Georg Jensen
company|big|Tivoli A/S
cooperative|coop|DLG
municipality|mun|Aalborg Kommune
municipality|mun|Esbjerg Kommune
municipality|mun|Vejle Kommune
municipality|mun|Roskilde Kommune
municipality|mun|Frederiksberg Kommune
municipality|mun|Bornholms Regionskommune
regional_government|reg|Region Syddanmark
regional_government|reg|Region Nordjylland
regional_government|reg|Region Sjælland
ministry|gov|Børne- og Undervisningsministeriet
national_agency|gov|Udbetaling Danmark
national_agency|gov|Danmarks Statistik
national_agency|gov|Styrelsen for It og Læring
court|court|Københavns Byret
court|court|Østre Landsret
police|police|Fyns Politi
armed_forces|police|Jydske Dragonregiment
armed_forces|police|Flyvestation Skrydstrup
public_university|edu|Syddansk Universitet
public_university|edu|Aalborg Universitet
public_university|edu|Roskilde Universitet
public_hospital|health|Odense Universitetshospital
public_hospital|health|Aarhus Universitetshospital
embassy|emb|Tysklands Ambassade i København
port_transit_authority|transit|Trafikselskabet Movia
state_owned_company|soe|Danske Spil
state_owned_company|soe|Sund & Bælt Holding A/S
private_school|pedu|Herlufsholm Skole
church|rel|Den katolske kirke i Danmark
charity|npo|Kræftens Bekæmpelse
charity|npo|Red Barnet
international_org|intl|UNICEF Supply Division
international_org|intl|WHO Regionalkontor for Europa
"""

ORGS["FI"] = """
company|idx|Tokmanni
company|idx|Musti Group
company|idx|Verkkokauppa.com
company|idx|Harvia
company|idx|Kamux
company|idx|Puuilo
company|idx|Talenom
company|idx|Vaisala
company|idx|Ponsse
company|idx|Raisio
company|idx|Atria
company|idx|HKFoods
company|idx|Aktia
company|idx|Revenio
company|idx|Qt Group
company|idx|Gofore
company|idx|Alma Media
company|idx|Sanoma
company|idx|Kojamo
company|idx|Citycon
company|big|Uponor
company|big|Oras
company|big|Paulig
company|big|Hartwall
company|idx|Stockmann
municipality|mun|Jyväskylän kaupunki
municipality|mun|Lahden kaupunki
municipality|mun|Porin kaupunki
municipality|mun|Vaasan kaupunki
municipality|mun|Rovaniemen kaupunki
municipality|mun|Kuusamon kaupunki
municipality|mun|Porvoon kaupunki
municipality|mun|Kirkkonummen kunta
regional_government|reg|Uudenmaan liitto
regional_government|reg|Varsinais-Suomen hyvinvointialue
ministry|gov|Työ- ja elinkeinoministeriö
national_agency|gov|Opetushallitus
national_agency|gov|Tilastokeskus
national_agency|gov|Maanmittauslaitos
court|court|Helsingin käräjäoikeus
court|court|Korkein hallinto-oikeus
police|police|Sisä-Suomen poliisilaitos
armed_forces|police|Karjalan prikaati
public_university|edu|Jyväskylän yliopisto
public_university|edu|Itä-Suomen yliopisto
public_university|edu|Lapin yliopisto
public_university|edu|Åbo Akademi|sv
public_hospital|health|Tampereen yliopistollinen sairaala
public_hospital|health|Oulun yliopistollinen sairaala
public_school|school|Ressun lukio
embassy|emb|Saksan suurlähetystö Helsinki
port_transit_authority|transit|Helsingin seudun liikenne
state_owned_company|soe|Veikkaus Oy
state_owned_company|soe|Finavia
private_school|pedu|Helsingin Suomalainen Yhteiskoulu
church|rel|Suomen ortodoksinen kirkko
church|rel|Tampereen seurakuntayhtymä
charity|npo|Pelastakaa Lapset
charity|npo|Suomen Syöpäyhdistys
"""
