# Data for ln_names.py: real organisation names drawn from public lists, per country.
# Line format inside each block:  kind|src|name[|lang]
#   kind  -> label/ambiguity via KIND_LABEL in ln_names.py
#   src   -> key into the country's SOURCES dict (the public list the name comes from)
#   lang  -> item language when it differs from the country's default

COUNTRIES = {}

# ---------------------------------------------------------------- Russia
COUNTRIES["RU"] = dict(lang="ru", sources=dict(
    idx="MOEX Broad Market Index constituents (Moscow Exchange)",
    big="RBC 500 / Expert-400 largest Russian companies",
    soe="Rosimushchestvo list of companies with state participation",
    gov="government.ru list of federal executive bodies",
    loc="official sites of regional and municipal administrations",
    edu="Minobrnauki / Minprosveshcheniya registers of universities and schools",
    hlth="regional health ministries' lists of state hospitals",
    court="sudrf.ru list of courts",
    sec="MVD / MO public lists of territorial bodies and units",
    emb="MID Russia list of foreign missions in Russia",
    uni="bus.gov.ru register of state and municipal institutions",
    npo="Minjust register of non-profit and religious organisations",
    io="list of international organisations headquartered in Russia",
    fund="development institutions founded by the Russian state (public list)",
    inv="invented trade name built from common Russian surnames",
), rows="""
company|idx|ПАО «Детский мир»
company|idx|ПАО «Сегежа Групп»
company|idx|ПАО «ЛК «Европлан»»
company|idx|ПАО «Абрау-Дюрсо»
company|idx|ПАО «Группа Черкизово»
company|idx|ПАО «Белуга Групп»
company|idx|ПАО «М.видео»
company|idx|ПАО «Мечел»
company|idx|ПАО «Распадская»
company|idx|ПАО «Группа ЛСР»
company|idx|ПАО «Селигдар»
company|idx|ПАО «Акрон»
company|idx|ПАО «Казаньоргсинтез»
company|idx|ПАО «Группа Астра»
company|big|АО «Тандер»
company|big|ООО «Вайлдберриз»
company|big|ЗАО «Тонар»
company|big|ООО «Кнауф Гипс»
company|big|АО «Агрокомплекс им. Н.И. Ткачёва»
company|big|ООО «УАЗ»
company_named_like_person|big|ООО «СТД «Петрович»»
sole_trader|inv|ИП Гусев Павел Андреевич
sole_trader|inv|ИП Ковалёва Н.С.
sole_trader|inv|Индивидуальный предприниматель Тихонов Роман Игоревич
sole_trader|inv|КФХ Шестаков В.М.
professional_person|inv|Адвокат Белоусова Марина Олеговна
state_owned_company|soe|ПАО «Аэрофлот»
state_owned_company|soe|АО «Почта России»
state_owned_company|soe|ПАО «КАМАЗ»
state_owned_company|soe|ОАО «РЖД»
ministry|gov|Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации
federal_agency|gov|Федеральная служба по гидрометеорологии и мониторингу окружающей среды
federal_agency|gov|Управление Федерального казначейства по Тамбовской области
federal_agency|gov|Управление Росреестра по Калужской области
municipality|loc|Администрация Вологодского муниципального округа
municipality|loc|Администрация города Новочеркасска
municipality|loc|МКУ «Управление образования Администрации г. Новочеркасска»
public_university|edu|ФГБОУ ВО «Ярославский государственный университет им. П.Г. Демидова»
public_school|edu|МБОУ СОШ № 3 г. Кинешмы
public_school|edu|МАДОУ «Детский сад № 17» г. Тобольска
public_hospital|hlth|ГБУЗ «Псковская областная клиническая больница»
court|court|Арбитражный суд Саратовской области
court|court|Управление Судебного департамента в Курской области
police|sec|ГУ МВД России по Нижегородской области
armed_forces|sec|Войсковая часть 41603
regional_agency|uni|ГКУ «Центр занятости населения Липецкой области»
federal_agency|uni|ФКУ «ИК-2 УФСИН России по Республике Мордовия»
embassy|emb|Посольство Республики Индия в Российской Федерации
consulate|emb|Генеральное консульство Республики Казахстан в Казани
state_social_fund|gov|Фонд пенсионного и социального страхования Российской Федерации
unitary_enterprise|uni|ФГУП «Главный радиочастотный центр»
unitary_enterprise|uni|МУП г. Ижевска «Ижводоканал»
public_agency|uni|ФГАУ «Российский фонд технологического развития»
private_university|npo|АНО ВО «Европейский университет в Санкт-Петербурге»
private_school|npo|АНО ОО «Школа «Летово»»
church|npo|Местная религиозная организация православный Приход храма Живоначальной Троицы в Останкине г. Москвы
charity|npo|Благотворительный фонд «Подари жизнь»
hoa|npo|ТСЖ «Молодёжный-5»
international_org|io|Объединённый институт ядерных исследований
international_org|io|Евразийская экономическая комиссия
state_founded_fund|fund|Фонд «Сколково»
state_founded_fund|fund|Фонд развития интернет-инициатив
""")

# ---------------------------------------------------------------- Kazakhstan
COUNTRIES["KZ"] = dict(lang="ru", sources=dict(
    idx="KASE index constituents (Kazakhstan Stock Exchange)",
    big="Forbes Kazakhstan 50 largest private companies",
    soe="Samruk-Kazyna portfolio companies (public list)",
    gov="gov.kz list of central state bodies",
    loc="gov.kz list of akimats and local bodies",
    edu="Ministry of Science and Higher Education list of universities / akimat school lists",
    hlth="akimat lists of state polyclinics and hospitals",
    court="sud.gov.kz list of courts",
    sec="gov.kz list of police departments and military units",
    emb="MFA Kazakhstan list of foreign missions",
    npo="register of religious associations and non-profits (egov)",
    io="list of international organisations based in Kazakhstan",
    fund="state-founded non-commercial organisations (gov.kz)",
    inv="invented trade name built from common Kazakh names",
), rows="""
company|idx|АО «Kaspi.kz»
company|idx|АО «Народный сберегательный банк Казахстана»
company|idx|АО «Банк ЦентрКредит»
company|idx|АО «Кселл»
company|idx|АО «Евразийский банк»
company|big|ТОО «Казцинк»
company|big|ТОО «Корпорация Казахмыс»
company|big|АО «Алюминий Казахстана»
company|big|АО «ССГПО»
company|big|ТОО «Тенгизшевройл»
company|big|ТОО «Magnum Cash&Carry»
company|big|ТОО «Технодом Оператор»
company|big|АО «Рахат»
company|big|ТОО «RG Brands Kazakhstan»
company|big|ТОО «Шымкентпиво»
company|big|ТОО «Астана Моторс»
company|big|ТОО «BI Group»
company|big|Sulpak
company|big|ТОО «Кастинг»
sole_trader|inv|ИП Жумабаев Ерлан Болатович
sole_trader|inv|ИП «Айгерим»
sole_trader|inv|ИП Ким В.А.
sole_trader|inv|КХ «Береке»
sole_trader|inv|ИП Оспанова Г.С.
state_owned_company|soe|АО «Казахтелеком»
state_owned_company|soe|АО «НК «Қазақстан темір жолы»»
state_owned_company|soe|АО «НК «КазМунайГаз»»
state_owned_company|soe|АО «Эйр Астана»
state_owned_company|soe|АО «Фонд развития предпринимательства «Даму»»
ministry|gov|ГУ «Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан»
ministry|gov|Қазақстан Республикасы Оқу-ағарту министрлігі|kk
federal_agency|gov|РГУ «Департамент государственных доходов по Карагандинской области Комитета государственных доходов Министерства финансов Республики Казахстан»
municipality|loc|ГУ «Аппарат акима города Усть-Каменогорска»
district|loc|ГУ «Аппарат акима Бурабайского района»
regional_government|loc|ГУ «Аппарат акима Павлодарской области»
municipality|loc|Алматы қаласының әкімдігі|kk
regional_agency|loc|ГУ «Управление образования акимата Костанайской области»
municipality|loc|Маслихат города Шымкента
public_school|edu|КГУ «Общеобразовательная школа № 12 города Темиртау»
public_university|edu|Евразийский национальный университет имени Л.Н. Гумилёва
public_university|edu|Карагандинский технический университет имени Абылкаса Сагинова
public_hospital|hlth|ГКП на ПХВ «Городская поликлиника № 4» акимата города Астаны
unitary_enterprise|gov|РГП на ПХВ «Казгидромет»
court|court|Верховный суд Республики Казахстан
court|court|Специализированный межрайонный экономический суд города Алматы
police|sec|Департамент полиции Алматинской области
armed_forces|sec|Войсковая часть 5512
embassy|emb|Посольство Российской Федерации в Республике Казахстан
consulate|emb|Генеральное консульство Турецкой Республики в Алматы
private_university|npo|Университет КИМЭП
church|npo|Приход Свято-Никольского собора г. Алматы
charity|npo|Корпоративный фонд «Sabi»
hoa|npo|ОСИ «Жетысу-3»
international_org|io|Евразийский банк развития
international_org|io|Секретариат Совещания по взаимодействию и мерам доверия в Азии
state_founded_fund|fund|НАО «Фонд социального медицинского страхования»
""")

# ---------------------------------------------------------------- Belarus
COUNTRIES["BY"] = dict(lang="ru", sources=dict(
    big="Belarus largest private companies (public rankings, Belstat top taxpayers)",
    soe="Goskomimushchestvo list of state-owned joint-stock companies",
    gov="pravo.by list of republican state bodies",
    loc="list of oblast, city and district executive committees",
    edu="Ministry of Education list of universities and schools",
    hlth="Ministry of Health list of state health institutions",
    court="court.gov.by list of courts",
    sec="MVD / MO Belarus public lists of bodies and units",
    emb="MFA Belarus list of foreign missions",
    npo="Ministry of Justice register of public associations and religious organisations",
    io="list of international organisations in Minsk",
    inv="invented trade name built from common Belarusian surnames",
), rows="""
company|big|ООО «Евроторг»
company|big|ООО «Табак-инвест»
company|big|СООО «Санта Бремор»
company|big|СООО «Белвест»
company|big|ООО «ЭПАМ Системз»
company|big|ЗАО «Милавица»
company|big|ООО «Алютех Воротные Системы»
company|big|ЗАО «Холдинг Пинскдрев»
company|big|ОАО «Савушкин продукт»
company|big|ООО «Виталюр»
company|big|ООО «Доброном»
company|big|ЗАО «Витэкс»
company|big|ООО «Электросила»
company|big|ООО «5 Элемент»
company|big|ЗАО «Атлант»
company|big|ЗАО «Санта Импэкс Брест»
state_owned_company|soe|СООО «Мобильные ТелеСистемы»
sole_trader|inv|ИП Ковалёв Сергей Николаевич
sole_trader|inv|ИП Лукашевич А.В.
sole_trader|inv|Индивидуальный предприниматель Жук Дмитрий Петрович
sole_trader|inv|ИП Сидорович О.Г.
state_owned_company|soe|ОАО «Беларуськалий»
state_owned_company|soe|ОАО «Гомсельмаш»
state_owned_company|soe|ОАО «Белшина»
state_owned_company|soe|ОАО «Коммунарка»
unitary_enterprise|gov|РУП «Белтелеком»
unitary_enterprise|gov|РУП «Белпочта»
unitary_enterprise|loc|УП «Минскводоканал»
ministry|gov|Министерство связи и информатизации Республики Беларусь
ministry|gov|Министерство по чрезвычайным ситуациям Республики Беларусь
federal_agency|gov|Инспекция МНС по Фрунзенскому району г. Минска
municipality|loc|Минский городской исполнительный комитет
regional_government|loc|Брестский областной исполнительный комитет
municipality|loc|Пинский городской исполнительный комитет
district|loc|Кобринский районный исполнительный комитет
public_school|edu|ГУО «Средняя школа № 5 г. Пинска»
public_university|edu|УО «Белорусский государственный университет информатики и радиоэлектроники»
public_university|edu|УО «Гродненский государственный медицинский университет»
public_hospital|hlth|УЗ «Минская областная клиническая больница»
public_hospital|hlth|УЗ «Витебская городская центральная клиническая больница»
court|court|Верховный Суд Республики Беларусь
court|court|Суд Ленинского района г. Минска
police|sec|ГУВД Мингорисполкома
armed_forces|sec|Войсковая часть 3214
embassy|emb|Посольство Китайской Народной Республики в Республике Беларусь
state_social_fund|gov|Фонд социальной защиты населения Министерства труда и социальной защиты Республики Беларусь
public_library|gov|ГУ «Национальная библиотека Беларуси»
private_university|npo|Частное учреждение образования «БИП – Университет права и социально-информационных технологий»
church|npo|Религиозная организация «Минская епархия Белорусской Православной Церкви»
red_cross_society|npo|Белорусское Общество Красного Креста
charity|npo|Общественное объединение «Белорусский детский фонд»
international_org|io|Исполнительный комитет Содружества Независимых Государств
international_org|io|Представительство Детского фонда ООН (ЮНИСЕФ) в Республике Беларусь
""")

# ---------------------------------------------------------------- Ukraine
COUNTRIES["UA"] = dict(lang="uk", sources=dict(
    big="Forbes Ukraine / NV largest private companies",
    idx="PFTS / Ukrainian Exchange listed companies",
    soe="Ministry of Economy list of largest state-owned companies",
    gov="kmu.gov.ua list of central executive bodies",
    loc="list of oblast, city and village councils (decentralization.gov.ua)",
    edu="MON register of higher education institutions and schools (EDEBO)",
    hlth="NSZU register of communal health facilities",
    court="court.gov.ua list of courts",
    sec="National Police / Armed Forces public lists",
    emb="MFA Ukraine list of foreign missions",
    npo="register of charities and religious organisations",
    io="list of international organisations' offices in Ukraine",
    inv="invented trade name built from common Ukrainian surnames",
), rows="""
company|big|ТОВ «Епіцентр К»
company|big|ТОВ «АТБ-маркет»
company|big|ТОВ «Сільпо-Фуд»
company|big|ТОВ «Нова Пошта»
company|big|ПрАТ «Київстар»
company|big|ПрАТ «Оболонь»
company|big|ПрАТ «Миронівський хлібопродукт»
company|big|ТОВ «Комфі Трейд»
company|big|ТОВ «Розетка.УА»
company|big|ТОВ «Кернел-Трейд»
company|big|АТ «Фармак»
company|big|ТОВ «Юрія-Фарм»
company|big|ПрАТ «Карлсберг Україна»
company|big|ТОВ «Метінвест Холдинг»
company|big|ПАТ «АрселорМіттал Кривий Ріг»
company|big|Ajax Systems
company|big|Roshen
company|idx|ПАТ «Мотор Січ»
company|big|ТОВ «Астарта-Київ»
sole_trader|inv|ФОП Шевченко Олена Петрівна
sole_trader|inv|ФОП Бондаренко І.В.
sole_trader|inv|ФОП Ткачук Василь Степанович
sole_trader|inv|Фізична особа-підприємець Гнатюк Тарас Михайлович
state_owned_company|soe|АТ «Укрзалізниця»
state_owned_company|soe|НАК «Нафтогаз України»
state_owned_company|soe|АТ «Укрпошта»
state_owned_company|soe|ПрАТ «Укргідроенерго»
state_owned_company|soe|АТ «Ощадбанк»
unitary_enterprise|gov|ДП «Прозорро.Продажі»
unitary_enterprise|loc|КП «Київський метрополітен»
ministry|gov|Міністерство цифрової трансформації України
federal_agency|gov|Державна податкова служба України
federal_agency|gov|Головне управління ДПС у Вінницькій області
federal_agency|gov|Фонд державного майна України
state_social_fund|gov|Пенсійний фонд України
public_agency|gov|Український культурний фонд
municipality|loc|Львівська міська рада
municipality|loc|Ніжинська міська рада
municipality|loc|Виконавчий комітет Житомирської міської ради
regional_government|loc|Полтавська обласна державна адміністрація
district|loc|Бориспільська районна державна адміністрація
public_university|edu|Київський національний університет імені Тараса Шевченка
public_university|edu|Національний університет «Львівська політехніка»
public_school|edu|Ліцей № 3 Тернопільської міської ради
public_hospital|hlth|КНП «Черкаська обласна лікарня Черкаської обласної ради»
court|court|Господарський суд міста Києва
court|court|Верховний Суд
police|sec|Головне управління Національної поліції в Одеській області
armed_forces|sec|Військова частина А4267
embassy|emb|Посольство Республіки Польща в Україні
private_university|npo|Український католицький університет
private_university|npo|Київська школа економіки
church|npo|Собор Святого Юра
charity|npo|Благодійний фонд «Повернись живим»
red_cross_society|npo|Товариство Червоного Хреста України
international_org|io|Програма розвитку ООН в Україні
international_org|io|Представництво Верховного комісара ООН у справах біженців в Україні
""")

# ---------------------------------------------------------------- United States
COUNTRIES["US"] = dict(lang="en", sources=dict(
    idx="S&P MidCap 400 / S&P SmallCap 600 constituents",
    brand="Fortune 1000 / well-known US brands",
    soe="list of US federal government corporations",
    gov="USA.gov A-Z index of federal agencies",
    loc="US Census Bureau list of counties and municipal governments",
    edu="NCES IPEDS / Common Core of Data (public schools and universities)",
    hlth="CMS hospital list (public and VA facilities)",
    court="US and state court directories",
    sec="state/county law-enforcement directories; DoD installation list",
    emb="State Department Diplomatic List",
    trib="BIA list of federally recognized tribes",
    trans="APTA transit agency list / AAPA port authorities",
    npo="IRS Tax Exempt Organization Search (charities, churches, private universities)",
    io="list of international organisations headquartered in the US",
    fund="congressionally chartered non-profit corporations",
    inv="invented trade name built from common US surnames",
), rows="""
company|idx|Watsco Inc.
company|idx|Casey's General Stores
company|idx|The Toro Company
company|idx|Lincoln Electric Holdings, Inc.
company|idx|Graco Inc.
company|idx|RPM International Inc.
company|idx|Texas Roadhouse
company|idx|Ollie's Bargain Outlet
company|idx|Lennox International
company|idx|Donaldson Company, Inc.
company|idx|Sonoco Products Company
company|idx|Kirby Corporation
company|idx|Hexcel Corp
company|idx|Valmont Industries
company|idx|MSA Safety Incorporated
company|idx|Simpson Manufacturing Co., Inc.
company|idx|Werner Enterprises
company|idx|Boot Barn Holdings
company_named_like_person|brand|Harris Teeter
company_named_like_person|brand|Ross Stores, Inc.
sole_trader|inv|Hernandez Plumbing
sole_trader|inv|Olson Landscaping
sole_trader|inv|Kowalski Electric
sole_trader|inv|Thompson Bookkeeping Services
sole_trader|inv|Bob's Auto Repair
state_owned_company|soe|Amtrak
ministry|gov|U.S. Department of Veterans Affairs
federal_agency|gov|Bureau of Land Management
federal_agency|gov|National Oceanic and Atmospheric Administration
federal_agency|gov|U.S. Fish and Wildlife Service
federal_agency|gov|Social Security Administration
federal_agency|gov|United States Postal Service
federal_agency|gov|National Endowment for the Arts
regional_agency|loc|Ohio Department of Transportation
regional_agency|loc|Texas Comptroller of Public Accounts
county|loc|Marquette County
county|loc|Washtenaw County Treasurer
municipality|loc|City of Bozeman
municipality|loc|Town of Chapel Hill
municipality|loc|Village of Skokie
public_school|edu|Ann Arbor Public Schools
public_school|edu|Round Rock Independent School District
public_university|edu|University of Wyoming
public_university|edu|Boise State University
public_hospital|hlth|Parkland Health and Hospital System
public_hospital|hlth|VA Palo Alto Health Care System
court|court|Superior Court of California, County of Alameda
police|sec|Cuyahoga County Sheriff's Office
armed_forces|sec|Naval Air Station Whidbey Island
embassy|emb|Embassy of Japan
tribal_government|trib|Navajo Nation
tribal_government|trib|Confederated Tribes of Warm Springs
port_authority|trans|Port of Tacoma
transit_authority|trans|Chicago Transit Authority
private_university|npo|Vanderbilt University
private_university|npo|Tulane University
private_school|npo|Phillips Exeter Academy
private_hospital|npo|Mayo Clinic
church|npo|Archdiocese of Chicago
charity|npo|Habitat for Humanity International
red_cross_society|npo|American Red Cross
cooperative|npo|Navy Federal Credit Union
international_org|io|World Bank Group
international_org|io|Pan American Health Organization
international_org|io|Inter-American Development Bank
state_founded_fund|fund|Corporation for Public Broadcasting
""")

# ---------------------------------------------------------------- United Kingdom
COUNTRIES["GB"] = dict(lang="en", sources=dict(
    idx="FTSE 250 constituents",
    brand="well-known UK retail brands (FTSE / high street)",
    soe="UK Government Investments portfolio / public corporations list",
    gov="GOV.UK list of departments, agencies and public bodies",
    loc="GOV.UK list of local councils",
    edu="GOV.UK Get Information about Schools / HESA list of universities",
    hlth="NHS organisation data service (trusts and boards)",
    court="HMCTS court and tribunal finder",
    sec="police.uk list of forces; MOD station list",
    emb="London Diplomatic List",
    trans="UK Major Ports Group / transport authorities",
    npo="Charity Commission register of charities",
    io="list of international organisations headquartered in the UK",
    fund="GOV.UK list of public bodies that are also registered charities (Royal Charter bodies)",
    inv="invented trade name built from common UK surnames",
), rows="""
company|idx|Bellway p.l.c.
company|idx|Greggs plc
company|idx|Diploma PLC
company|idx|Bodycote
company|idx|Genus plc
company|idx|Hilton Food Group
company|idx|Renishaw
company|idx|Vesuvius plc
company|idx|Victrex
company|idx|Morgan Advanced Materials
company|idx|Hays plc
company|idx|Pets at Home Group Plc
company|idx|Dunelm Group
company|idx|Games Workshop Group
company|idx|Cranswick plc
company|idx|Paragon Banking Group
company|idx|Marshalls plc
company|idx|Oxford Instruments
company_named_like_person|brand|Ted Baker
sole_trader|inv|D. Evans Plumbing & Heating
sole_trader|inv|Okafor Electrical Services
sole_trader|inv|Hughes Joinery
sole_trader|inv|Campbell Decorators
sole_trader|inv|Sarah Whitfield Bookkeeping
state_owned_company|soe|Post Office Limited
state_owned_company|soe|The Royal Mint Limited
ministry|gov|Department for Education
ministry|gov|Foreign, Commonwealth & Development Office
ministry|gov|Ministry of Defence
federal_agency|gov|HM Revenue & Customs
federal_agency|gov|Driver and Vehicle Licensing Agency
federal_agency|gov|Environment Agency
federal_agency|gov|Met Office
county|loc|Cornwall Council
municipality|loc|Cheshire East Council
municipality|loc|Royal Borough of Kingston upon Thames
municipality|loc|North Yorkshire Council
county|loc|Ceredigion County Council
municipality|loc|Belfast City Council
public_university|edu|University of Leicester
public_university|edu|Cardiff University
public_school|edu|Hertfordshire County Council - Oakwood Primary School
public_hospital|hlth|Sheffield Teaching Hospitals NHS Foundation Trust
public_hospital|hlth|Royal Cornwall Hospitals NHS Trust
public_hospital|hlth|NHS Greater Glasgow and Clyde
court|court|HM Courts & Tribunals Service
court|court|Birmingham Crown Court
police|sec|West Mercia Police
police|sec|Police Scotland
armed_forces|sec|RAF Brize Norton
embassy|emb|Embassy of Brazil in London
port_authority|trans|Port of Tyne
transit_authority|trans|Transport for Greater Manchester
private_university|npo|University of Buckingham
private_school|npo|Harrow School
church|npo|Diocese of Lincoln
charity|npo|British Heart Foundation
charity|npo|Macmillan Cancer Support
red_cross_society|npo|British Red Cross
international_org|io|International Maritime Organization
international_org|io|European Bank for Reconstruction and Development
international_org|io|Commonwealth Secretariat
state_founded_fund|fund|British Council
""")

# ---------------------------------------------------------------- Ireland
COUNTRIES["IE"] = dict(lang="en", sources=dict(
    idx="Euronext Dublin ISEQ constituents",
    big="Irish Times Top 1000 companies",
    soe="NewERA / list of Irish commercial semi-state bodies",
    gov="gov.ie list of departments and state agencies",
    loc="list of Irish local authorities (LGMA)",
    edu="Higher Education Authority list / Department of Education school roll",
    hlth="HSE list of hospitals",
    court="Courts Service of Ireland",
    sec="An Garda Síochána / Defence Forces public information",
    emb="Department of Foreign Affairs diplomatic list",
    npo="Charities Regulator register",
    io="list of EU agencies",
    fund="state-founded not-for-profit companies (gov.ie)",
    inv="invented trade name built from common Irish surnames",
), rows="""
company|idx|Kingspan Group
company|idx|Glanbia plc
company|idx|Kerry Group
company|idx|Dalata Hotel Group
company|idx|Irish Continental Group
company|idx|Origin Enterprises
company|idx|FBD Holdings
company|idx|Uniphar plc
company|idx|Grafton Group
company|idx|Cairn Homes plc
company|idx|Glenveagh Properties
company|big|Musgrave Group
company|big|Dunnes Stores
company|big|Applegreen
company|big|Kepak Group
company|big|Dawn Meats
company|big|Keelings
company_named_like_person|big|Brown Thomas
sole_trader|inv|Murphy Plumbing & Heating
sole_trader|inv|O'Sullivan Electrical
sole_trader|inv|Byrne Carpentry
sole_trader|inv|Declan Walsh Accountancy
sole_trader|inv|Kavanagh Landscaping
state_owned_company|soe|ESB
state_owned_company|soe|An Post
state_owned_company|soe|Bord na Móna
federal_agency|gov|Revenue Commissioners
ministry|gov|Department of Agriculture, Food and the Marine
public_hospital|hlth|Health Service Executive
police|sec|An Garda Síochána
armed_forces|sec|Defence Forces Ireland
county|loc|Galway County Council
county|loc|Kilkenny County Council
county|loc|Dún Laoghaire-Rathdown County Council
county|loc|Limerick City and County Council
county|loc|Comhairle Contae Dhún na nGall|ga
public_university|edu|University of Limerick
public_university|edu|Maynooth University
public_university|edu|Atlantic Technological University
public_school|edu|Kildare and Wicklow Education and Training Board
public_hospital|hlth|Cork University Hospital
court|court|Courts Service of Ireland
federal_agency|gov|Transport Infrastructure Ireland
embassy|emb|Embassy of Spain in Dublin
private_university|npo|Griffith College
private_school|npo|Clongowes Wood College
church|npo|Archdiocese of Dublin
charity|npo|Focus Ireland
red_cross_society|npo|Irish Red Cross
international_org|io|Eurofound
state_founded_fund|fund|Pobal
""")

# ---------------------------------------------------------------- Canada
COUNTRIES["CA"] = dict(lang="en", sources=dict(
    idx="S&P/TSX Composite Index constituents",
    brand="well-known Canadian brands",
    soe="Government of Canada list of Crown corporations / provincial Crown corporations",
    gov="Government of Canada departments and agencies list",
    loc="provincial lists of municipalities",
    edu="Universities Canada members / provincial school board lists",
    hlth="provincial health authority lists",
    court="Canadian court directories",
    sec="RCMP / Sûreté du Québec / DND public information",
    emb="Global Affairs Canada list of diplomatic missions",
    trib="Indigenous Services Canada list of First Nations",
    trans="Canadian port and transit authorities",
    npo="CRA list of charities",
    io="list of international organisations headquartered in Canada",
    fund="government-created independent non-profit corporations",
    inv="invented trade name built from common Canadian surnames",
), rows="""
company|idx|Stantec Inc.
company|idx|Finning International
company|idx|Toromont Industries
company|idx|Dollarama
company|idx|Cascades inc.|fr
company|idx|Boyd Group Services
company|idx|Cogeco Communications|fr
company|idx|Gildan Activewear
company|idx|Quincaillerie Richelieu Ltée|fr
company|idx|Linamar Corporation
company|idx|Colliers International Group
company|idx|Maple Leaf Foods
company|idx|Canadian Tire Corporation
company|idx|Premium Brands Holdings
company|idx|Industries Lassonde inc.|fr
company|idx|Aritzia
company|idx|Metro inc.|fr
company|idx|Saputo inc.|fr
company_named_like_person|brand|Tim Hortons
sole_trader|inv|Plomberie Tremblay|fr
sole_trader|inv|Gagnon Électrique|fr
sole_trader|inv|MacDonald Carpentry
sole_trader|inv|Singh Trucking
sole_trader|inv|Wong Accounting Services
state_owned_company|soe|Canada Post
state_owned_company|soe|VIA Rail Canada
state_owned_company|soe|Hydro-Québec|fr
federal_agency|gov|Canada Revenue Agency
ministry|gov|Public Services and Procurement Canada
ministry|gov|Environment and Climate Change Canada
ministry|gov|Ministère de la Santé et des Services sociaux|fr
regional_agency|gov|Ontario Ministry of Transportation
municipality|loc|City of Kelowna
municipality|loc|Ville de Trois-Rivières|fr
municipality|loc|Municipality of the District of Lunenburg
municipality|loc|Regional Municipality of Durham
municipality|loc|Town of Canmore
public_school|edu|Toronto District School Board
public_school|edu|Centre de services scolaire de Montréal|fr
public_university|edu|University of Saskatchewan
public_university|edu|Université Laval|fr
public_university|edu|Memorial University of Newfoundland
public_hospital|hlth|Alberta Health Services
public_hospital|hlth|CIUSSS du Centre-Sud-de-l'Île-de-Montréal|fr
court|court|Ontario Superior Court of Justice
police|sec|Royal Canadian Mounted Police
police|sec|Sûreté du Québec|fr
armed_forces|sec|Canadian Forces Base Petawawa
embassy|emb|Embassy of Mexico in Canada
tribal_government|trib|Membertou First Nation
port_authority|trans|Vancouver Fraser Port Authority
transit_authority|trans|TransLink
private_university|npo|Trinity Western University
private_school|npo|Upper Canada College
church|npo|Anglican Diocese of Toronto
red_cross_society|npo|Canadian Red Cross
charity|npo|Centraide du Grand Montréal|fr
cooperative|npo|Mouvement Desjardins|fr
international_org|io|International Civil Aviation Organization
state_founded_fund|fund|Canada Foundation for Innovation
""")

# ---------------------------------------------------------------- Australia
COUNTRIES["AU"] = dict(lang="en", sources=dict(
    idx="S&P/ASX 200 constituents",
    brand="well-known Australian retail brands",
    soe="Australian Government Business Enterprises list",
    gov="Australian Government Directory",
    loc="Australian Local Government Association list of councils",
    edu="TEQSA register / state education department school lists",
    hlth="state health department hospital lists",
    court="Australian court directories",
    sec="state police / Department of Defence base list",
    emb="DFAT list of foreign embassies in Australia",
    trans="state transport authorities",
    npo="ACNC charity register",
    io="list of UN offices in Australia",
    fund="government-established companies limited by guarantee",
    inv="invented trade name built from common Australian surnames",
), rows="""
company|idx|Reliance Worldwide Corporation
company|idx|Bapcor Limited
company|idx|JB Hi-Fi
company|idx|Super Retail Group
company|idx|Nufarm Limited
company|idx|GUD Holdings
company|idx|Ansell Limited
company|idx|Breville Group
company|idx|Seven Group Holdings
company|idx|Downer EDI Limited
company|idx|Cleanaway Waste Management
company|idx|Lovisa Holdings
company|idx|Domino's Pizza Enterprises
company|idx|IPH Limited
company|idx|Monadelphous Group
company|idx|Steadfast Group
company|idx|Orora Limited
company|idx|Inghams Group
company_named_like_person|brand|Harvey Norman
sole_trader|inv|Nguyen Plumbing
sole_trader|inv|Kelly's Electrical
sole_trader|inv|Papadopoulos Tiling
sole_trader|inv|Murray Carpentry
sole_trader|inv|Leanne Ryan Bookkeeping
state_owned_company|soe|Australia Post
state_owned_company|soe|NBN Co Limited
state_owned_company|soe|Snowy Hydro Limited
federal_agency|gov|Australian Taxation Office
ministry|gov|Department of Home Affairs
federal_agency|gov|Services Australia
federal_agency|gov|Bureau of Meteorology
regional_agency|gov|NSW Department of Education
regional_agency|gov|Department of Transport and Main Roads
municipality|loc|City of Ballarat
municipality|loc|Shire of Augusta-Margaret River
municipality|loc|Wagga Wagga City Council
municipality|loc|Cairns Regional Council
municipality|loc|Hobart City Council
public_university|edu|University of Tasmania
public_university|edu|Charles Sturt University
public_university|edu|Macquarie University
public_hospital|hlth|Metro North Hospital and Health Service
public_hospital|hlth|Royal Adelaide Hospital
court|court|Federal Court of Australia
court|court|County Court of Victoria
police|sec|Queensland Police Service
armed_forces|sec|RAAF Base Amberley
embassy|emb|Embassy of the Republic of Indonesia, Canberra
public_agency|gov|Northern Land Council
transit_authority|trans|Transport for NSW
private_university|npo|Bond University
private_university|npo|University of Notre Dame Australia
private_school|npo|Geelong Grammar School
church|npo|Anglican Diocese of Sydney
red_cross_society|npo|Australian Red Cross
charity|npo|The Smith Family
international_org|io|UNHCR Multi-Country Office Canberra
state_founded_fund|fund|Australian Sports Foundation
""")

# ---------------------------------------------------------------- Germany
COUNTRIES["DE"] = dict(lang="de", sources=dict(
    idx="Deutsche Börse MDAX / SDAX constituents",
    big="Die Welt / FAZ list of largest family companies",
    soe="Beteiligungsbericht des Bundes / kommunale Beteiligungsberichte",
    gov="bund.de Behördenverzeichnis",
    loc="Destatis Gemeindeverzeichnis / Landkreistag list",
    edu="Hochschulkompass / Schulverzeichnisse der Länder",
    hlth="Deutsches Krankenhausverzeichnis",
    court="justiz.de Gerichtsverzeichnis",
    sec="Polizei der Länder / Bundeswehr Verbände list",
    emb="Auswärtiges Amt Liste der diplomatischen Missionen",
    trans="Verband Deutscher Verkehrsunternehmen / port authorities",
    npo="Vereinsregister / Kirchen / DZI Spenden-Siegel list",
    io="list of international organisations in Germany (Auswärtiges Amt)",
    fund="state-founded foundations and associations (Bund)",
    inv="invented trade name built from common German surnames",
), rows="""
company|idx|Krones AG
company|idx|Dürr AG
company|idx|Jungheinrich AG
company|idx|KSB SE & Co. KGaA
company|idx|Stabilus SE
company|idx|Wacker Neuson SE
company|idx|Hornbach Baumarkt AG
company|idx|Fielmann Group AG
company|idx|Bechtle AG
company|idx|Cancom SE
company|idx|Jenoptik AG
company|idx|Koenig & Bauer AG
company|idx|Villeroy & Boch AG
company|idx|Vossloh AG
company|idx|Indus Holding AG
company|idx|Deutz AG
company|big|Andreas Stihl AG & Co. KG
company|big|Festo SE & Co. KG
company|big|Adolf Würth GmbH & Co. KG
company_named_like_person|big|Dr. August Oetker Nahrungsmittel KG
sole_trader|inv|Malerbetrieb Schneider
sole_trader|inv|Elektro Fischer e.K.
sole_trader|inv|Sanitär Becker
sole_trader|inv|Tischlerei Hoffmann
sole_trader|inv|Steuerbüro Petra Wagner
state_owned_company|soe|Deutsche Bahn AG
state_owned_company|soe|Bundesdruckerei GmbH
state_owned_company|soe|Stadtwerke München GmbH
state_owned_company|soe|DFS Deutsche Flugsicherung GmbH
ministry|gov|Bundesministerium der Finanzen
federal_agency|gov|Bundesagentur für Arbeit
federal_agency|gov|Statistisches Bundesamt
federal_agency|gov|Deutscher Wetterdienst
federal_agency|gov|Finanzamt Bielefeld-Innenstadt
state_social_fund|gov|Deutsche Rentenversicherung Bund
county|loc|Landratsamt Ortenaukreis
county|loc|Landkreis Osnabrück
municipality|loc|Stadt Wuppertal
municipality|loc|Gemeinde Hohenbrunn
municipality|loc|Stadtverwaltung Zwickau
county|loc|Kreisverwaltung Mayen-Koblenz
public_university|edu|Universität Bielefeld
public_university|edu|Technische Universität Chemnitz
public_university|edu|Hochschule Osnabrück
public_school|edu|Albert-Schweitzer-Gymnasium Erfurt
public_hospital|hlth|Universitätsklinikum Jena
public_hospital|hlth|Universitätsklinikum Münster
court|court|Amtsgericht Lüneburg
police|sec|Polizeipräsidium Mittelfranken
armed_forces|sec|Taktisches Luftwaffengeschwader 51 „Immelmann“
embassy|emb|Botschaft der Republik Polen in Berlin
transit_authority|trans|Berliner Verkehrsbetriebe (BVG) AöR
port_authority|trans|Hamburg Port Authority AöR
private_university|npo|WHU – Otto Beisheim School of Management
private_university|npo|Zeppelin Universität
private_school|npo|Schule Schloss Salem
church|npo|Erzbistum Köln
red_cross_society|npo|Deutsches Rotes Kreuz e.V.
charity|npo|Caritasverband für die Diözese Münster e.V.
cooperative|npo|Volksbank Mittelhessen eG
international_org|io|Europäische Zentralbank
international_org|io|EUMETSAT
international_org|io|Sekretariat der Klimarahmenkonvention der Vereinten Nationen (UNFCCC)
state_founded_fund|fund|Deutsche Forschungsgemeinschaft e.V.
state_founded_fund|fund|Deutsche Bundesstiftung Umwelt
""")

# ---------------------------------------------------------------- Austria
COUNTRIES["AT"] = dict(lang="de", sources=dict(
    idx="Wiener Börse ATX / prime market constituents",
    big="trend TOP 500 largest Austrian companies",
    soe="ÖBAG portfolio / Bundesbeteiligungen list",
    gov="oesterreich.gv.at Behördenverzeichnis",
    loc="Statistik Austria Gemeindeverzeichnis",
    edu="Universitäten Österreich / Schulverzeichnis",
    hlth="Krankenanstalten in Österreich (BMSGPK list)",
    court="justiz.gv.at Gerichtsverzeichnis",
    sec="Landespolizeidirektionen / Bundesheer Verbände list",
    emb="BMEIA list of foreign embassies in Vienna",
    npo="Vereinsregister / Diözesen / Spendengütesiegel list",
    io="list of international organisations in Vienna (BMEIA)",
    fund="funds of the Republic of Austria",
    inv="invented trade name built from common Austrian surnames",
), rows="""
company|idx|Andritz AG
company|idx|Wienerberger AG
company|idx|Rosenbauer International AG
company|idx|Palfinger AG
company|idx|Semperit AG Holding
company|idx|AT & S Austria Technologie & Systemtechnik AG
company|idx|Lenzing AG
company|idx|Agrana Beteiligungs-AG
company|idx|Kapsch TrafficCom AG
company|idx|Zumtobel Group AG
company|idx|Porr AG
company|idx|Strabag SE
company|idx|Do & Co AG
company|big|Fronius International GmbH
company|big|Rauch Fruchtsäfte GmbH & Co OG
company|big|Doppelmayr Seilbahnen GmbH
company|big|Julius Blum GmbH
company|big|Josef Manner & Comp. AG
company_named_like_person|big|Julius Meinl Austria GmbH
sole_trader|inv|Installateur Gruber
sole_trader|inv|Tischlerei Huber
sole_trader|inv|Elektro Pichler e.U.
sole_trader|inv|Malermeister Wallner
sole_trader|inv|Steuerberatung Mag. Eder
state_owned_company|soe|ÖBB-Infrastruktur AG
state_owned_company|soe|ASFINAG
state_owned_company|soe|Austria Wirtschaftsservice GmbH
state_owned_company|soe|Wiener Stadtwerke GmbH
ministry|gov|Bundesministerium für Finanzen
ministry|gov|Bundesministerium für Inneres
federal_agency|gov|Statistik Austria
federal_agency|gov|Arbeitsmarktservice Österreich
state_social_fund|gov|Österreichische Gesundheitskasse
regional_government|loc|Amt der Tiroler Landesregierung
regional_government|loc|Land Steiermark
municipality|loc|Magistrat der Stadt Wels
municipality|loc|Marktgemeinde Lustenau
municipality|loc|Gemeinde Seefeld in Tirol
district|loc|Bezirkshauptmannschaft Vöcklabruck
public_university|edu|Universität Innsbruck
public_university|edu|Technische Universität Graz
public_university|edu|Universität für Bodenkultur Wien
public_school|edu|BRG Wels Wallererstraße
public_hospital|hlth|Landesklinikum Wiener Neustadt
public_hospital|hlth|Klinik Ottakring
court|court|Landesgericht Salzburg
court|court|Bezirksgericht Dornbirn
police|sec|Landespolizeidirektion Kärnten
armed_forces|sec|Jägerbataillon 25
embassy|emb|Botschaft der Republik Kroatien in Wien
private_university|npo|Modul University Vienna
private_university|npo|Paracelsus Medizinische Privatuniversität
church|npo|Erzdiözese Wien
charity|npo|Volkshilfe Österreich
red_cross_society|npo|Österreichisches Rotes Kreuz
international_org|io|Internationale Atomenergie-Organisation (IAEO)
international_org|io|Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE)
international_org|io|UNIDO
state_founded_fund|fund|Österreichischer Integrationsfonds
""")

# ---------------------------------------------------------------- Switzerland
COUNTRIES["CH"] = dict(lang="de", sources=dict(
    idx="SIX Swiss Performance Index (SPI) constituents",
    big="Handelszeitung Top 500 Swiss companies",
    soe="Bundesrat list of federally owned companies",
    gov="admin.ch Bundesverwaltung directory",
    loc="BFS Gemeindeverzeichnis / cantonal administrations",
    edu="swissuniversities members / cantonal school lists",
    hlth="BAG list of Swiss hospitals (Kennzahlen der Schweizer Spitäler)",
    court="Swiss court directories",
    sec="cantonal police / Schweizer Armee units",
    emb="EDA list of foreign missions in Switzerland",
    trans="Swiss public transport operators (VöV)",
    npo="ZEWO list of certified charities / church directories",
    io="EDA list of international organisations in Switzerland",
    fund="foundations mandated by the Swiss Confederation",
    inv="invented trade name built from common Swiss surnames",
), rows="""
company|idx|Bucher Industries AG
company|idx|Georg Fischer AG
company|idx|Bossard Holding AG
company|idx|Belimo Holding AG
company|idx|Comet Holding AG
company|idx|Emmi AG
company|idx|Bachem Holding AG
company|idx|Siegfried Holding AG
company|idx|Huber+Suhner AG
company|idx|Inficon Holding AG
company|idx|dormakaba Holding AG
company|idx|Kardex Holding AG
company|idx|Forbo Holding AG
company|idx|Landis+Gyr Group AG
company|big|Schindler Aufzüge AG
company|big|Victorinox AG
company|big|Logitech Europe S.A.|fr
company|big|Vetropack Holding AG
cooperative|big|Migros-Genossenschafts-Bund
company_named_like_person|big|Emil Frey AG
sole_trader|inv|Schreinerei Meier
sole_trader|inv|Malergeschäft Brunner
sole_trader|inv|Elettricista Bernasconi|it
sole_trader|inv|Garage Favre|fr
sole_trader|inv|Treuhand Gerber
state_owned_company|soe|Schweizerische Bundesbahnen SBB
state_owned_company|soe|Die Schweizerische Post AG
state_owned_company|soe|Swisscom (Schweiz) AG
state_owned_company|soe|RUAG AG
ministry|gov|Eidgenössisches Departement für auswärtige Angelegenheiten EDA
federal_agency|gov|Bundesamt für Statistik
federal_agency|gov|Bundesamt für Informatik und Telekommunikation BIT
federal_agency|gov|Eidgenössische Steuerverwaltung ESTV
regional_government|loc|Kanton Luzern
regional_government|loc|Staatskanzlei des Kantons Bern
regional_government|loc|République et canton de Genève|fr
regional_government|loc|Repubblica e Cantone Ticino|it
municipality|loc|Stadt Winterthur
municipality|loc|Gemeinde Köniz
municipality|loc|Commune de Montreux|fr
municipality|loc|Comune di Bellinzona|it
public_university|edu|ETH Zürich
public_university|edu|Universität Basel
public_university|edu|Université de Lausanne|fr
public_school|edu|Kantonsschule Zug
public_hospital|hlth|Universitätsspital Zürich
public_hospital|hlth|Hôpitaux universitaires de Genève|fr
court|court|Bundesgericht
police|sec|Kantonspolizei Aargau
armed_forces|sec|Logistikbasis der Armee
embassy|emb|Botschaft der Vereinigten Staaten von Amerika in Bern
transit_authority|trans|Verkehrsbetriebe Zürich VBZ
private_university|npo|Franklin University Switzerland|it
private_school|npo|Institut Le Rosey|fr
church|npo|Römisch-katholische Kirchgemeinde Luzern
red_cross_society|npo|Schweizerisches Rotes Kreuz
charity|npo|Pro Senectute Schweiz
international_org|io|Comité international de la Croix-Rouge (CICR)|fr
international_org|io|Organisation mondiale de la Santé|fr
international_org|io|Weltpostverein
state_founded_fund|fund|Schweizerischer Nationalfonds (SNF)
""")

# ---------------------------------------------------------------- France
COUNTRIES["FR"] = dict(lang="fr", sources=dict(
    idx="Euronext Paris SBF 120 / CAC Mid & Small constituents",
    big="well-known French brands",
    soe="Agence des participations de l'État portfolio",
    gov="annuaire de l'administration (service-public.fr / lannuaire.service-public.fr)",
    loc="Code officiel géographique (INSEE) / annuaire des collectivités",
    edu="annuaire de l'éducation / liste des universités (MESR)",
    hlth="FINESS / liste des CHU",
    court="annuaire des juridictions (justice.fr)",
    sec="Gendarmerie / Police nationale / armée de Terre units",
    emb="liste du corps diplomatique en France",
    trans="ports maritimes et autorités organisatrices de la mobilité",
    npo="Journal officiel des associations / diocèses de France",
    io="list of international organisations headquartered in France",
    fund="fondations créées par l'État",
    inv="invented trade name built from common French surnames",
), rows="""
company|idx|Somfy SA
company|idx|Trigano
company|idx|SEB SA
company|idx|Manitou BF
company|idx|Bénéteau SA
company|idx|Virbac
company|idx|Lectra
company|idx|Vicat SA
company|idx|Nexans
company|idx|Rubis
company|idx|Sopra Steria Group
company|idx|Mersen
company|idx|Fnac Darty
company|idx|Robertet SA
company|idx|Interparfums
company|idx|Quadient S.A.
company|idx|Société BIC
company|idx|Lisi
company_named_like_person|big|Pierre Fabre
sole_trader|inv|Plomberie Martin
sole_trader|inv|Électricité Dubois
sole_trader|inv|Menuiserie Lefèvre
sole_trader|inv|Boulangerie Girard
sole_trader|inv|Sophie Bernard EI
state_owned_company|soe|La Poste
state_owned_company|soe|SNCF Voyageurs
state_owned_company|soe|EDF
ministry|gov|Ministère des Armées
federal_agency|gov|Direction générale des Finances publiques
federal_agency|gov|Agence nationale de la recherche
regional_agency|gov|Préfecture de la Haute-Vienne
regional_government|loc|Région Occitanie
county|loc|Conseil départemental du Finistère
municipality|loc|Mairie de Quimperlé
municipality|loc|Ville de Saint-Nazaire
municipality|loc|Commune de Gex
municipality|loc|Grand Annecy Agglomération
public_university|edu|Université de Poitiers
public_university|edu|Université Clermont Auvergne
public_school|edu|Lycée Henri-IV
public_hospital|hlth|Centre hospitalier universitaire de Nantes
public_hospital|hlth|Centre hospitalier de Dax
court|court|Tribunal judiciaire de Rennes
court|court|Cour d'appel de Douai
police|sec|Groupement de gendarmerie départementale de la Savoie
armed_forces|sec|1er régiment de chasseurs parachutistes
embassy|emb|Ambassade d'Italie en France
port_authority|trans|Grand Port Maritime de Marseille
transit_authority|trans|Île-de-France Mobilités
private_university|npo|Université catholique de Lille
private_university|npo|Institut catholique de Paris
private_school|npo|École alsacienne
church|npo|Diocèse de Nantes
red_cross_society|npo|Croix-Rouge française
charity|npo|Secours populaire français
charity|npo|Les Restaurants du Cœur
international_org|io|OCDE
international_org|io|UNESCO
international_org|io|Conseil de l'Europe
state_founded_fund|fund|Fondation nationale des sciences politiques
""")

# ---------------------------------------------------------------- Belgium
COUNTRIES["BE"] = dict(lang="nl", sources=dict(
    idx="Euronext Brussels BEL Mid / BEL Small constituents",
    big="Trends Top largest Belgian companies",
    soe="list of Belgian autonomous public companies / state holdings (SFPIM)",
    gov="belgium.be list of federal public services and regional administrations",
    loc="list of Belgian municipalities and provinces",
    edu="list of Belgian universities / GO! and Fédération Wallonie-Bruxelles school lists",
    hlth="list of Belgian university hospitals",
    court="list of Belgian courts (juridat / rechtbanken)",
    sec="Federale Politie / Defensie public information",
    emb="FPS Foreign Affairs list of embassies in Belgium",
    trans="Belgian port and public transport authorities",
    npo="Moniteur belge / Belgisch Staatsblad (associations, dioceses)",
    io="list of international organisations headquartered in Brussels",
    inv="invented trade name built from common Belgian surnames",
), rows="""
company|idx|Barco NV
company|idx|NV Bekaert SA
company|idx|Melexis NV
company|idx|Recticel
company|idx|Ontex Group NV
company|idx|DEME Group
company|idx|Lotus Bakeries NV
company|idx|Tessenderlo Group
company|idx|Kinepolis Group
company|idx|D'Ieteren Group
company|idx|Colruyt Group
company|idx|Van de Velde NV
company|idx|Agfa-Gevaert NV
company|idx|EVS Broadcast Equipment SA|fr
company|idx|Ion Beam Applications SA|fr
company|big|Vandemoortele NV
company|big|Puratos NV
company|big|Etex NV
company|big|Jan De Nul Group
company_named_like_person|big|Pierre Marcolini SA|fr
sole_trader|inv|Schrijnwerkerij Peeters
sole_trader|inv|Loodgieterij Janssens
sole_trader|inv|Électricité Lambert|fr
sole_trader|inv|Boekhoudkantoor Maes
sole_trader|inv|Menuiserie Dubois|fr
state_owned_company|soe|bpost
state_owned_company|soe|NMBS
state_owned_company|soe|Proximus NV
ministry|gov|FOD Financiën
ministry|gov|SPF Intérieur|fr
regional_government|gov|Service public de Wallonie|fr
regional_government|gov|Vlaamse overheid - Departement Omgeving
state_social_fund|gov|Rijksdienst voor Sociale Zekerheid
municipality|loc|Stad Mechelen
municipality|loc|Gemeente Zaventem
municipality|loc|Ville de Namur|fr
municipality|loc|Commune d'Ottignies-Louvain-la-Neuve|fr
county|loc|Provincie Limburg
county|loc|Province de Luxembourg|fr
public_university|edu|Universiteit Gent
public_university|edu|Université de Liège|fr
public_school|edu|Koninklijk Atheneum Antwerpen
public_hospital|hlth|UZ Leuven
public_hospital|hlth|CHU de Liège|fr
court|court|Hof van Cassatie
court|court|Tribunal de première instance de Namur|fr
police|sec|Politiezone Antwerpen
armed_forces|sec|Ministerie van Landsverdediging
embassy|emb|Ambassade van Canada in België
port_authority|trans|Port of Antwerp-Bruges
transit_authority|trans|De Lijn
private_school|npo|International School of Brussels
church|npo|Bisdom Brugge
church|npo|Paroisse Saint-Jacques-sur-Coudenberg|fr
red_cross_society|npo|Rode Kruis-Vlaanderen
charity|npo|Artsen Zonder Grenzen
international_org|io|Europese Commissie
international_org|io|EUROCONTROL
international_org|io|Organisation mondiale des douanes|fr
""")

# ---------------------------------------------------------------- Netherlands
COUNTRIES["NL"] = dict(lang="nl", sources=dict(
    idx="Euronext Amsterdam AMX / AScX constituents",
    big="FD Top 100 largest Dutch companies / well-known brands",
    soe="Jaarverslag Beheer Staatsdeelnemingen (state holdings)",
    gov="Overheid.nl Organisaties (ministries and agencies)",
    loc="Overheid.nl list of provinces, municipalities and water boards",
    edu="DUO register of schools and institutions",
    hlth="NFU list of university medical centres",
    court="rechtspraak.nl list of courts",
    sec="Politie / Defensie public information",
    emb="Ministerie van Buitenlandse Zaken list of foreign missions",
    trans="Dutch port authorities",
    npo="CBF Erkende Goede Doelen / church registers / Aedes housing corporations",
    io="list of international organisations in The Hague",
    inv="invented trade name built from common Dutch surnames",
), rows="""
company|idx|Aalberts N.V.
company|idx|Arcadis NV
company|idx|BE Semiconductor Industries N.V.
company|idx|Fugro N.V.
company|idx|TKH Group
company|idx|Van Lanschot Kempen
company|idx|Corbion N.V.
company|idx|Sligro Food Group
company|idx|Heijmans N.V.
company|idx|Koninklijke BAM Groep
company|idx|Alfen N.V.
company|idx|Koninklijke Vopak
company|idx|Brunel International
company|idx|Kendrion N.V.
company|idx|Nedap N.V.
company|idx|ForFarmers
company|big|Coolblue B.V.
company|big|Vanderlande Industries B.V.
company|big|VDL Groep
company_named_like_person|big|Albert Heijn B.V.
sole_trader|inv|Klusbedrijf De Vries
sole_trader|inv|Schildersbedrijf Jansen
sole_trader|inv|Loodgietersbedrijf Bakker
sole_trader|inv|Administratiekantoor Visser
sole_trader|inv|Hoveniersbedrijf Smit
state_owned_company|soe|NS Reizigers B.V.
state_owned_company|soe|N.V. Nederlandse Gasunie
state_owned_company|soe|TenneT TSO B.V.
federal_agency|gov|Belastingdienst
ministry|gov|Ministerie van Infrastructuur en Waterstaat
federal_agency|gov|Rijkswaterstaat
federal_agency|gov|Dienst Uitvoering Onderwijs
state_social_fund|gov|UWV
public_agency|gov|Nederlandse Organisatie voor Wetenschappelijk Onderzoek (NWO)
county|loc|Provincie Gelderland
municipality|loc|Gemeente Zwolle
municipality|loc|Gemeente Súdwest-Fryslân
municipality|loc|Gemeente Borsele
water_board|loc|Waterschap Vallei en Veluwe
water_board|loc|Hoogheemraadschap van Delfland
public_university|edu|Universiteit Twente
public_university|edu|Rijksuniversiteit Groningen
public_university|edu|Hogeschool Utrecht
public_school|edu|Stedelijk Gymnasium Leiden
public_hospital|hlth|Erasmus MC
public_hospital|hlth|Maastricht UMC+
court|court|Rechtbank Gelderland
court|court|Gerechtshof Arnhem-Leeuwarden
police|sec|Koninklijke Marechaussee
police|sec|Politie Eenheid Oost-Nederland
embassy|emb|Ambassade van de Bondsrepubliek Duitsland
port_authority|trans|Havenbedrijf Rotterdam N.V.
private_university|npo|Nyenrode Business Universiteit
church|npo|Protestantse Kerk in Nederland
church|npo|Bisdom Haarlem-Amsterdam
charity|npo|KWF Kankerbestrijding
red_cross_society|npo|Het Nederlandse Rode Kruis
housing_association|npo|Woonstichting De Key
international_org|io|Europol
international_org|io|Organisatie voor het Verbod op Chemische Wapens (OPCW)
international_org|io|Internationaal Strafhof
""")

# ---------------------------------------------------------------- Spain
COUNTRIES["ES"] = dict(lang="es", sources=dict(
    idx="Bolsa de Madrid Mercado Continuo / IBEX Medium & Small Cap constituents",
    big="largest Spanish companies (Actualidad Económica ranking) / well-known brands",
    soe="SEPI portfolio of state-owned companies",
    gov="Directorio Común de Unidades Orgánicas (DIR3) / administracion.gob.es",
    loc="Registro de Entidades Locales / DIR3",
    edu="Registro de Universidades, Centros y Títulos (RUCT) / Registro Estatal de Centros Docentes",
    hlth="Catálogo Nacional de Hospitales",
    court="Directorio de órganos judiciales (CGPJ)",
    sec="Guardia Civil / Policía / Ejército public information",
    emb="Lista del Cuerpo Diplomático en España",
    trans="Puertos del Estado / consorcios de transporte",
    npo="Registro de Fundaciones / Registro de Entidades Religiosas",
    io="list of international organisations headquartered in Spain",
    fund="Inventario del Sector Público: fundaciones del sector público estatal",
    inv="invented trade name built from common Spanish surnames",
), rows="""
company|idx|Viscofan S.A.
company|idx|Vidrala S.A.
company|idx|CIE Automotive
company|idx|Ebro Foods S.A.
company|idx|Faes Farma
company|idx|Prosegur Compañía de Seguridad
company|idx|Acerinox S.A.
company|idx|Tubacex
company|idx|Construcciones y Auxiliar de Ferrocarriles S.A.
company|idx|Miquel y Costas & Miquel S.A.
company|idx|Azkoyen S.A.
company|idx|Ence Energía y Celulosa
company|idx|Elecnor S.A.
company|big|Mercadona S.A.
company|big|El Corte Inglés S.A.
company|big|Calidad Pascual S.A.U.
company|big|Roca Sanitario S.A.
company|big|Cosentino S.A.
company|big|Gestamp Automoción
company_named_like_person|idx|Adolfo Domínguez S.A.
sole_trader|inv|Reformas García
sole_trader|inv|Electricidad Martínez
sole_trader|inv|Carpintería Sánchez
sole_trader|inv|Asesoría Fernández
sole_trader|inv|Taller Mecánico Ruiz
state_owned_company|soe|Renfe Viajeros
state_owned_company|soe|Sociedad Estatal Correos y Telégrafos S.A.
state_owned_company|soe|Paradores de Turismo de España
state_owned_company|soe|Navantia S.A.
ministry|gov|Ministerio de Hacienda
federal_agency|gov|Agencia Estatal de Administración Tributaria
federal_agency|gov|Dirección General de Tráfico
federal_agency|gov|Servicio Público de Empleo Estatal
state_social_fund|gov|Tesorería General de la Seguridad Social
regional_government|loc|Junta de Andalucía - Consejería de Salud y Consumo
regional_government|loc|Xunta de Galicia
county|loc|Diputación Provincial de Cáceres
municipality|loc|Ayuntamiento de Alcalá de Henares
municipality|loc|Ayuntamiento de Ponferrada
municipality|loc|Ajuntament de Girona|ca
public_university|edu|Universidad de Zaragoza
public_university|edu|Universitat de València|ca
public_university|edu|Universidad de Cádiz
public_school|edu|IES Ramiro de Maeztu
public_hospital|hlth|Hospital Universitario Virgen de las Nieves
public_hospital|hlth|Hospital Clínico Universitario de Valladolid
court|court|Tribunal Superior de Justicia de Castilla y León
police|sec|Guardia Civil - Comandancia de Huesca
armed_forces|sec|Brigada Paracaidista "Almogávares" VI
embassy|emb|Embajada de Francia en España
port_authority|trans|Autoridad Portuaria de Valencia
transit_authority|trans|Consorcio Regional de Transportes de Madrid
private_university|npo|Universidad de Navarra
private_university|npo|Universidad Pontificia Comillas
church|npo|Arzobispado de Sevilla
charity|npo|Cáritas Diocesana de Valencia
red_cross_society|npo|Cruz Roja Española
charity|npo|Fundación Vicente Ferrer
international_org|io|Organización Mundial del Turismo
international_org|io|Oficina de Propiedad Intelectual de la Unión Europea (EUIPO)
state_founded_fund|fund|Fundación Española para la Ciencia y la Tecnología (FECYT)
state_founded_fund|fund|Fundación Carolina
""")

# ---------------------------------------------------------------- Portugal
COUNTRIES["PT"] = dict(lang="pt", sources=dict(
    idx="Euronext Lisbon PSI constituents",
    big="Exame 1000 maiores empresas / well-known brands",
    soe="Sector Empresarial do Estado (DGTF list)",
    gov="portal do Governo / SIOE list of public bodies",
    loc="ANMP list of municipalities / ANAFRE list of parishes",
    edu="DGES list of higher education institutions / DGEEC school list",
    hlth="SNS list of Unidades Locais de Saúde",
    court="list of Portuguese courts (DGAJ)",
    sec="PSP / GNR / Exército public information",
    emb="MNE list of foreign embassies in Lisbon",
    trans="Portuguese port administrations / metropolitan transport authorities",
    npo="IPSS / Misericórdias / dioceses registers",
    io="list of international organisations headquartered in Portugal",
    fund="foundations created by the Portuguese state",
    inv="invented trade name built from common Portuguese surnames",
), rows="""
company|idx|The Navigator Company
company|idx|Altri SGPS
company|idx|Corticeira Amorim
company|idx|Semapa SGPS
company|idx|Mota-Engil SGPS
company|idx|Jerónimo Martins SGPS
company|idx|Sonae SGPS
company|idx|Ibersol SGPS
company|idx|NOS SGPS
company|idx|CTT - Correios de Portugal
company|big|Vista Alegre Atlantis
company|big|Novadelta - Comércio e Indústria de Cafés
company|big|Sumol+Compal
company|big|Grupo Visabeira
company|big|Critical Software S.A.
company|big|BIAL - Portela & Cª, S.A.
company|big|Super Bock Group
company|big|Worten - Equipamentos para o Lar, S.A.
company_named_like_person|big|Salvador Caetano
sole_trader|inv|Canalizações Silva
sole_trader|inv|Eletricidade Ferreira
sole_trader|inv|Carpintaria Pereira
sole_trader|inv|Contabilidade Rodrigues
sole_trader|inv|Oficina Auto Costa
state_owned_company|soe|CP - Comboios de Portugal, E.P.E.
state_owned_company|soe|Caixa Geral de Depósitos
state_owned_company|soe|Águas de Portugal, SGPS
state_owned_company|soe|TAP Air Portugal
federal_agency|gov|Autoridade Tributária e Aduaneira
federal_agency|gov|Agência para a Modernização Administrativa
state_social_fund|gov|Instituto da Segurança Social, I.P.
regional_agency|gov|Comissão de Coordenação e Desenvolvimento Regional do Norte
municipality|loc|Câmara Municipal de Viseu
municipality|loc|Câmara Municipal de Óbidos
municipality|loc|Município de Mértola
district|loc|Junta de Freguesia de Arroios
public_university|edu|Universidade de Coimbra
public_university|edu|Universidade do Minho
public_university|edu|Instituto Politécnico de Bragança
public_school|edu|Escola Secundária de Camões
public_hospital|hlth|Unidade Local de Saúde de Coimbra, E.P.E.
public_hospital|hlth|Unidade Local de Saúde do Alto Minho
court|court|Tribunal Judicial da Comarca de Braga
court|court|Supremo Tribunal de Justiça
police|sec|Polícia de Segurança Pública
police|sec|Guarda Nacional Republicana - Comando Territorial de Évora
armed_forces|sec|Regimento de Infantaria n.º 14
embassy|emb|Embaixada de Espanha em Lisboa
port_authority|trans|Administração dos Portos de Sines e do Algarve
private_university|npo|Universidade Católica Portuguesa
private_university|npo|Universidade Lusófona
church|npo|Patriarcado de Lisboa
charity|npo|Cáritas Portuguesa
charity|npo|Santa Casa da Misericórdia de Viseu
red_cross_society|npo|Cruz Vermelha Portuguesa
international_org|io|Agência Europeia da Segurança Marítima (EMSA)
international_org|io|Comunidade dos Países de Língua Portuguesa (CPLP)
state_founded_fund|fund|Fundação INATEL
""")

# ---------------------------------------------------------------- Italy
COUNTRIES["IT"] = dict(lang="it", sources=dict(
    idx="Borsa Italiana FTSE Italia Mid Cap / Small Cap / STAR constituents",
    big="Mediobanca largest Italian companies / well-known brands",
    soe="MEF list of state holdings (partecipazioni del MEF)",
    gov="Indice dei domicili digitali delle PA (IPA)",
    loc="IPA list of regions, provinces and municipalities",
    edu="Ministero dell'Università list of universities / Scuola in Chiaro",
    hlth="Ministero della Salute list of aziende sanitarie and hospitals",
    court="giustizia.it list of judicial offices",
    sec="Polizia di Stato / Carabinieri / Difesa public information",
    emb="Lista diplomatica (MAECI)",
    trans="Autorità di Sistema Portuale list",
    npo="RUNTS / Registro persone giuridiche / diocesi",
    io="list of international organisations headquartered in Italy",
    fund="foundations established by Italian law",
    inv="invented trade name built from common Italian surnames",
), rows="""
company|idx|Brembo N.V.
company|idx|De'Longhi S.p.A.
company|idx|Piaggio & C. S.p.A.
company|idx|Reply S.p.A.
company|idx|Datalogic S.p.A.
company|idx|Interpump Group
company|idx|Technogym S.p.A.
company|idx|Sesa S.p.A.
company|idx|Carel Industries
company|idx|El.En. S.p.A.
company|idx|Zignago Vetro
company|idx|Danieli & C. Officine Meccaniche
company|idx|Buzzi S.p.A.
company|idx|Sogefi S.p.A.
company|idx|Esprinet S.p.A.
company|idx|F.I.L.A. - Fabbrica Italiana Lapis ed Affini
company|big|Barilla G. e R. Fratelli S.p.A.
company|big|Luigi Lavazza S.p.A.
company|big|Esselunga S.p.A.
company_named_like_person|big|Giorgio Armani S.p.A.
sole_trader|inv|Idraulica Rossi di Rossi Marco
sole_trader|inv|Elettricista Ferri Luca
sole_trader|inv|Falegnameria Colombo
sole_trader|inv|Studio Commercialista Dott. Gallo
sole_trader|inv|Autofficina Esposito
state_owned_company|soe|Ferrovie dello Stato Italiane
state_owned_company|soe|Poste Italiane S.p.A.
state_owned_company|soe|Fincantieri S.p.A.
state_owned_company|soe|Rai - Radiotelevisione Italiana
ministry|gov|Ministero delle Imprese e del Made in Italy
federal_agency|gov|Agenzia delle Entrate - Direzione Provinciale di Bergamo
state_social_fund|gov|INPS - Istituto Nazionale della Previdenza Sociale
regional_government|loc|Regione Emilia-Romagna
regional_government|loc|Regione Siciliana
county|loc|Provincia di Cuneo
municipality|loc|Comune di Mantova
municipality|loc|Comune di Alghero
municipality|loc|Comune di Sondrio
county|loc|Città Metropolitana di Torino
public_university|edu|Università degli Studi di Pavia
public_university|edu|Politecnico di Bari
public_university|edu|Università di Camerino
public_school|edu|Istituto Comprensivo Statale "Don Milani"
public_hospital|hlth|Azienda Ospedaliero-Universitaria Senese
public_hospital|hlth|ASL Roma 1
court|court|Tribunale di Verona
court|court|Corte d'Appello di Bologna
police|sec|Questura di Padova
armed_forces|sec|46ª Brigata Aerea
embassy|emb|Ambasciata della Repubblica Federale di Germania
port_authority|trans|Autorità di Sistema Portuale del Mar Ligure Occidentale
private_university|npo|Università Commerciale Luigi Bocconi
private_university|npo|Università Cattolica del Sacro Cuore
private_school|npo|Istituto Leone XIII
church|npo|Arcidiocesi di Milano
charity|npo|Caritas Ambrosiana
red_cross_society|npo|Croce Rossa Italiana
international_org|io|Organizzazione delle Nazioni Unite per l'Alimentazione e l'Agricoltura (FAO)
international_org|io|Programma Alimentare Mondiale (WFP)
international_org|io|Autorità europea per la sicurezza alimentare (EFSA)
state_founded_fund|fund|Fondazione Istituto Italiano di Tecnologia
""")

# ---------------------------------------------------------------- Poland
COUNTRIES["PL"] = dict(lang="pl", sources=dict(
    idx="GPW mWIG40 / sWIG80 constituents",
    big="Rzeczpospolita Lista 500 / well-known Polish brands",
    soe="KPRM list of state-owned companies (spółki Skarbu Państwa)",
    gov="gov.pl list of ministries and central offices",
    loc="TERYT / list of municipalities and county offices",
    edu="RSPO register of schools / POL-on list of universities",
    hlth="NFZ list of hospitals",
    court="list of common courts (ms.gov.pl)",
    sec="Policja / Wojsko Polskie public information",
    emb="MSZ list of foreign missions in Poland",
    trans="list of public transport authorities",
    npo="KRS register (foundations, associations, churches)",
    io="list of EU and OSCE bodies in Warsaw",
    fund="foundations established by the State Treasury",
    inv="invented trade name built from common Polish names",
), rows="""
company|idx|Amica S.A.
company|idx|Dom Development S.A.
company|idx|Budimex S.A.
company|idx|Grupa Kęty S.A.
company|idx|Neuca S.A.
company|idx|Asseco Poland S.A.
company|idx|Comarch S.A.
company|idx|LPP S.A.
company|idx|CCC S.A.
company|idx|Inter Cars S.A.
company|idx|Wirtualna Polska Holding
company|idx|Stalprodukt S.A.
company|idx|Boryszew S.A.
company|idx|Mercator Medical S.A.
company|idx|Selena FM S.A.
company|idx|Wielton S.A.
company|big|Grupa Maspex Sp. z o.o.
company|big|Fakro Sp. z o.o.
company|big|Drutex S.A.
sole_trader|inv|Usługi Hydrauliczne Jan Kowalczyk
sole_trader|inv|PHU Mariusz Wójcik
sole_trader|inv|Zakład Stolarski Piotr Kamiński
sole_trader|inv|Biuro Rachunkowe Ewa Lewandowska
sole_trader|inv|Kancelaria Adwokacka adw. Tomasz Nowicki
state_owned_company|soe|PKP Intercity S.A.
state_owned_company|soe|Poczta Polska S.A.
state_owned_company|soe|PGE Polska Grupa Energetyczna S.A.
state_owned_company|soe|Grupa Azoty S.A.
ministry|gov|Ministerstwo Cyfryzacji
federal_agency|gov|Izba Administracji Skarbowej w Katowicach
federal_agency|gov|Urząd Skarbowy w Sandomierzu
federal_agency|gov|Główny Urząd Statystyczny
state_social_fund|gov|Zakład Ubezpieczeń Społecznych
public_agency|gov|Nadleśnictwo Białowieża
regional_government|loc|Urząd Marszałkowski Województwa Podkarpackiego
county|loc|Starostwo Powiatowe w Nowym Targu
municipality|loc|Urząd Miasta Szczecin
municipality|loc|Urząd Gminy Krokowa
municipality|loc|Urząd Miejski w Kłodzku
public_university|edu|Uniwersytet Mikołaja Kopernika w Toruniu
public_university|edu|Politechnika Lubelska
public_university|edu|Uniwersytet Rzeszowski
public_school|edu|Szkoła Podstawowa nr 12 w Tarnowie
public_school|edu|I Liceum Ogólnokształcące im. Mikołaja Kopernika w Łodzi
public_hospital|hlth|Szpital Wojewódzki w Bielsku-Białej
court|court|Sąd Rejonowy w Elblągu
court|court|Sąd Okręgowy w Kielcach
police|sec|Komenda Wojewódzka Policji w Olsztynie
armed_forces|sec|Jednostka Wojskowa 4220
embassy|emb|Ambasada Republiki Federalnej Niemiec w Warszawie
transit_authority|trans|Zarząd Transportu Miejskiego w Warszawie
private_university|npo|Akademia Leona Koźmińskiego
private_university|npo|Uniwersytet SWPS
church|npo|Parafia Rzymskokatolicka pw. św. Floriana w Krakowie
charity|npo|Fundacja Wielka Orkiestra Świątecznej Pomocy
red_cross_society|npo|Polski Czerwony Krzyż
charity|npo|Caritas Polska
cooperative|npo|Spółdzielnia Mieszkaniowa „Politechnika”
international_org|io|Frontex
international_org|io|Biuro Instytucji Demokratycznych i Praw Człowieka OBWE
state_founded_fund|fund|Fundacja Rozwoju Systemu Edukacji
""")

# ---------------------------------------------------------------- Czechia
COUNTRIES["CZ"] = dict(lang="cs", sources=dict(
    idx="Prague Stock Exchange PX index / listed companies",
    big="CZECH TOP 100 largest companies / well-known brands",
    soe="Ministry of Finance list of state enterprises and state holdings",
    gov="portal.gov.cz list of ministries and central offices",
    loc="RÚIAN list of regions, towns and municipalities",
    edu="MŠMT register of schools and universities",
    hlth="ÚZIS list of hospitals",
    court="justice.cz list of courts",
    sec="Policie ČR / Armáda ČR public information",
    emb="MZV list of foreign embassies in Prague",
    trans="integrated transport organisers",
    npo="public register of associations, foundations and churches (justice.cz)",
    io="list of EU agencies",
    inv="invented trade name built from common Czech surnames",
), rows="""
company|idx|Kofola ČeskoSlovensko a.s.
company|idx|Philip Morris ČR a.s.
company|idx|Komerční banka, a.s.
company|idx|Colt CZ Group SE
company|big|Tatra Trucks a.s.
company|big|Škoda Transportation a.s.
company|big|Linet spol. s r.o.
company|big|Moravia Steel a.s.
company|big|Agrofert, a.s.
company|big|Alza.cz a.s.
company|big|Kiwi.com s.r.o.
company|big|Jablotron Group a.s.
company|big|Hamé s.r.o.
company|big|Madeta a.s.
company|big|Plzeňský Prazdroj, a.s.
company|big|Tescoma s.r.o.
company|big|Koh-i-noor Hardtmuth a.s.
company|big|Thun 1794 a.s.
company|big|Mattoni 1873 a.s.
company_named_like_person|big|Baťa, a.s.
sole_trader|inv|Instalatérství Novák
sole_trader|inv|Elektro Dvořák
sole_trader|inv|Truhlářství Procházka
sole_trader|inv|Účetnictví Jana Veselá
sole_trader|inv|Ing. Petr Černý - projekce staveb
state_owned_company|soe|ČEZ, a. s.
state_owned_company|soe|České dráhy, a.s.
state_owned_company|soe|ČEPS, a.s.
unitary_enterprise|soe|Česká pošta, s.p.
unitary_enterprise|soe|Lesy České republiky, s.p.
ministry|gov|Ministerstvo vnitra České republiky
federal_agency|gov|Finanční úřad pro Jihomoravský kraj
federal_agency|gov|Úřad práce České republiky
federal_agency|gov|Český statistický úřad
state_social_fund|gov|Česká správa sociálního zabezpečení
regional_government|loc|Krajský úřad Olomouckého kraje
regional_government|loc|Kraj Vysočina
municipality|loc|Statutární město Ostrava
municipality|loc|Město Litomyšl
municipality|loc|Obec Dolní Břežany
district|loc|Městská část Praha 6
public_university|edu|Univerzita Palackého v Olomouci
public_university|edu|Vysoké učení technické v Brně
public_university|edu|Západočeská univerzita v Plzni
public_school|edu|Gymnázium Jana Nerudy
public_hospital|hlth|Fakultní nemocnice Hradec Králové
public_hospital|hlth|Nemocnice Na Homolce
court|court|Krajský soud v Brně
court|court|Okresní soud v Kladně
police|sec|Krajské ředitelství policie Zlínského kraje
armed_forces|sec|43. výsadkový pluk
embassy|emb|Velvyslanectví Slovenské republiky v Praze
transit_authority|trans|ROPID
private_university|npo|Vysoká škola finanční a správní
private_university|npo|Metropolitní univerzita Praha
church|npo|Arcibiskupství olomoucké
church|npo|Českobratrská církev evangelická
charity|npo|Člověk v tísni, o.p.s.
red_cross_society|npo|Český červený kříž
charity|npo|Charita Česká republika
international_org|io|Agentura Evropské unie pro kosmický program (EUSPA)
""")

# ---------------------------------------------------------------- Sweden
COUNTRIES["SE"] = dict(lang="sv", sources=dict(
    idx="Nasdaq Stockholm Mid Cap / Small Cap lists",
    big="Sweden's largest companies (Veckans Affärer) / well-known brands",
    soe="Regeringskansliet list of state-owned companies (Verksamhetsberättelse för bolag med statligt ägande)",
    gov="Statskontoret list of government agencies",
    loc="SKR list of municipalities and regions",
    edu="UKÄ list of universities / Skolverket school register",
    hlth="regional hospital lists",
    court="Domstolsverket list of courts",
    sec="Polismyndigheten / Försvarsmakten public information",
    emb="Regeringskansliet diplomatic list",
    trans="regional public transport authorities",
    npo="Svensk Insamlingskontroll 90-konto list / church registers",
    io="list of international organisations in Stockholm",
    fund="foundations established by the Swedish state",
    inv="invented trade name built from common Swedish surnames",
), rows="""
company|idx|Lindab International AB
company|idx|Nolato AB
company|idx|Beijer Ref AB
company|idx|Husqvarna AB
company|idx|Thule Group AB
company|idx|Bufab AB
company|idx|Munters Group AB
company|idx|Hexpol AB
company|idx|Troax Group AB
company|idx|Systemair AB
company|idx|Dometic Group AB
company|idx|Sweco AB
company|idx|Addtech AB
company|idx|Biotage AB
company|idx|Gränges AB
company|idx|Nibe Industrier AB
company|big|Jula AB
company|big|Biltema Sweden AB
company|big|Max Burgers AB
company_named_like_person|idx|Clas Ohlson AB
sole_trader|inv|Anderssons Rör
sole_trader|inv|Lindqvist Måleri
sole_trader|inv|Karlssons Bygg & Snickeri
sole_trader|inv|Nilssons Elservice
sole_trader|inv|Ekonomibyrå Eva Berg
state_owned_company|soe|Vattenfall AB
state_owned_company|soe|Systembolaget AB
state_owned_company|soe|SJ AB
state_owned_company|soe|PostNord Sverige AB
state_owned_company|soe|Luossavaara-Kiirunavaara AB
federal_agency|gov|Skatteverket
state_social_fund|gov|Försäkringskassan
federal_agency|gov|Trafikverket
federal_agency|gov|Kriminalvården
federal_agency|gov|Statens servicecenter
federal_agency|gov|Vetenskapsrådet
regional_government|loc|Region Västerbotten
regional_government|loc|Region Jönköpings län
regional_agency|loc|Länsstyrelsen i Dalarnas län
municipality|loc|Umeå kommun
municipality|loc|Gällivare kommun
municipality|loc|Ystads kommun
public_university|edu|Lunds universitet
public_university|edu|Mittuniversitetet
public_university|edu|Luleå tekniska universitet
public_school|edu|Katedralskolan i Lund
public_hospital|hlth|Norrlands universitetssjukhus
public_hospital|hlth|Sahlgrenska Universitetssjukhuset
court|court|Förvaltningsrätten i Malmö
court|court|Göta hovrätt
police|sec|Polismyndigheten
armed_forces|sec|Skaraborgs regemente P 4
embassy|emb|Finlands ambassad i Stockholm
transit_authority|trans|Region Stockholm Trafikförvaltningen (SL)
private_university|npo|Handelshögskolan i Stockholm
private_school|npo|Internationella Engelska Skolan
church|npo|Svenska kyrkan Uppsala pastorat
red_cross_society|npo|Svenska Röda Korset
charity|npo|Stockholms Stadsmission
cooperative|npo|HSB Stockholm
international_org|io|Internationella IDEA
international_org|io|Europeiskt centrum för förebyggande och kontroll av sjukdomar (ECDC)
state_founded_fund|fund|Stiftelsen för strategisk forskning
""")

# ---------------------------------------------------------------- Norway
COUNTRIES["NO"] = dict(lang="nb", sources=dict(
    idx="Oslo Børs OBX / OSEAX constituents",
    big="Kapital 500 largest Norwegian companies / well-known brands",
    soe="Nærings- og fiskeridepartementet state ownership report (Statens eierberetning)",
    gov="regjeringen.no list of state agencies",
    loc="KS list of municipalities and counties",
    edu="HK-dir list of universities / Udir school register",
    hlth="list of Norwegian health trusts (helseforetak)",
    court="domstol.no list of courts",
    sec="Politiet / Forsvaret public information",
    emb="UD list of foreign embassies in Oslo",
    npo="Innsamlingskontrollen / Brønnøysund Frivillighetsregisteret / church registers",
    io="list of UN offices in Oslo",
    inv="invented trade name built from common Norwegian surnames",
), rows="""
company|idx|Tomra Systems ASA
company|idx|Borregaard ASA
company|idx|Veidekke ASA
company|idx|AF Gruppen ASA
company|idx|Europris ASA
company|idx|Kitron ASA
company|idx|Nordic Semiconductor ASA
company|idx|Schibsted ASA
company|idx|Orkla ASA
company|idx|Atea AS
company|idx|Hexagon Composites ASA
company|idx|Bouvet ASA
company|idx|SalMar ASA
company|big|Elkjøp Nordic AS
company|big|Jotun AS
company|big|Ekornes AS
company|big|Rema 1000 Norge AS
company|big|Brødrene Dahl AS
cooperative|big|Tine SA
cooperative|big|Felleskjøpet Agri SA
sole_trader|inv|Hansen Rørlegger
sole_trader|inv|Olsens Elektriske
sole_trader|inv|Berg Snekkerverksted
sole_trader|inv|Regnskapsfører Kari Johansen
sole_trader|inv|Nilsen Maling
state_owned_company|soe|Statkraft AS
state_owned_company|soe|Vygruppen AS
state_owned_company|soe|Posten Bring AS
state_owned_company|soe|Avinor AS
state_owned_company|soe|Norsk rikskringkasting AS
federal_agency|gov|Skatteetaten
state_social_fund|gov|Arbeids- og velferdsetaten (NAV)
federal_agency|gov|Statens vegvesen
federal_agency|gov|Digitaliseringsdirektoratet
federal_agency|gov|Kystverket
regional_agency|gov|Statsforvalteren i Nordland
county|loc|Troms fylkeskommune
county|loc|Vestland fylkeskommune
municipality|loc|Bergen kommune
municipality|loc|Tromsø kommune
municipality|loc|Vågå kommune
municipality|loc|Hammerfest kommune
public_university|edu|Universitetet i Bergen
public_university|edu|Norges teknisk-naturvitenskapelige universitet (NTNU)
public_university|edu|Nord universitet
public_school|edu|Kongsbakken videregående skole
public_hospital|hlth|Helse Stavanger HF
public_hospital|hlth|Oslo universitetssykehus HF
court|court|Borgarting lagmannsrett
court|court|Oslo tingrett
police|sec|Innlandet politidistrikt
armed_forces|sec|Brigade Nord
embassy|emb|Sveriges ambassad i Oslo
private_university|npo|Handelshøyskolen BI
private_university|npo|VID vitenskapelige høgskole
church|npo|Oslo katolske bispedømme
charity|npo|Kirkens Bymisjon
red_cross_society|npo|Norges Røde Kors
charity|npo|Flyktninghjelpen
international_org|io|UNDP Oslo Governance Centre
""")

# ---------------------------------------------------------------- Denmark
COUNTRIES["DK"] = dict(lang="da", sources=dict(
    idx="Nasdaq Copenhagen Large / Mid Cap lists",
    big="Børsen largest Danish companies / well-known brands",
    soe="Finansministeriet statens selskaber (state-owned companies report)",
    gov="oes.dk / list of Danish state agencies",
    loc="KL list of municipalities / Danske Regioner",
    edu="list of Danish universities / Børne- og Undervisningsministeriet institution register",
    hlth="list of Danish public hospitals",
    court="domstol.dk list of courts",
    sec="Politi / Forsvaret public information",
    emb="Udenrigsministeriet list of foreign embassies",
    trans="Danish public transport companies (trafikselskaber)",
    npo="Indsamlingsnævnet / church registers / BL housing associations",
    io="list of UN and EU bodies in Copenhagen",
    inv="invented trade name built from common Danish surnames",
), rows="""
company|idx|Royal Unibrew A/S
company|idx|Rockwool A/S
company|idx|ISS A/S
company|idx|Matas A/S
company|idx|Ambu A/S
company|idx|GN Store Nord A/S
company|idx|Bang & Olufsen A/S
company|idx|ChemoMetec A/S
company|idx|Per Aarsleff Holding A/S
company|idx|Schouw & Co.
company|idx|NKT A/S
company|idx|Netcompany Group A/S
company|idx|FLSmidth & Co. A/S
company|idx|DFDS A/S
company|big|Danfoss A/S
company|big|Grundfos Holding A/S
company|big|LEGO System A/S
company|big|JYSK A/S
company|big|Brdr. Hartmann A/S
cooperative|big|Arla Foods amba
company_named_like_person|big|Georg Jensen A/S
sole_trader|inv|Jensens VVS
sole_trader|inv|Nielsens El-service
sole_trader|inv|Hansen Tømrer & Snedker
sole_trader|inv|Revisionsfirma Mette Poulsen
sole_trader|inv|Petersens Malerfirma
state_owned_company|soe|DSB
state_owned_company|soe|Energinet
state_owned_company|soe|Ørsted A/S
federal_agency|gov|Skattestyrelsen
state_social_fund|gov|Udbetaling Danmark
federal_agency|gov|Digitaliseringsstyrelsen
federal_agency|gov|Vejdirektoratet
federal_agency|gov|Forsvarsministeriets Materiel- og Indkøbsstyrelse
public_agency|gov|Innovationsfonden
police|sec|Rigspolitiet
police|sec|Københavns Politi
regional_government|loc|Region Syddanmark
regional_government|loc|Region Nordjylland
municipality|loc|Aarhus Kommune
municipality|loc|Svendborg Kommune
municipality|loc|Lemvig Kommune
municipality|loc|Fanø Kommune
public_university|edu|Aalborg Universitet
public_university|edu|Syddansk Universitet
public_university|edu|Danmarks Tekniske Universitet
public_school|edu|Risskov Skole
public_hospital|hlth|Aarhus Universitetshospital
public_hospital|hlth|Sygehus Lillebælt
court|court|Retten i Odense
court|court|Østre Landsret
armed_forces|sec|Jydske Dragonregiment
embassy|emb|Forbundsrepublikken Tysklands Ambassade København
transit_authority|trans|Movia
private_school|npo|Bernadotteskolen
church|npo|Katolsk Bispedømme København
red_cross_society|npo|Dansk Røde Kors
charity|npo|Kræftens Bekæmpelse
charity|npo|Red Barnet
housing_association|npo|Boligforeningen 3B
international_org|io|UNICEF Supply Division
international_org|io|Det Europæiske Miljøagentur
international_org|io|Nordisk Ministerråd
""")

# ---------------------------------------------------------------- Finland
COUNTRIES["FI"] = dict(lang="fi", sources=dict(
    idx="Nasdaq Helsinki Large / Mid / Small Cap lists",
    big="Talouselämä 500 largest companies / well-known brands",
    soe="Valtioneuvoston kanslia state ownership steering list",
    gov="suomi.fi list of state agencies",
    loc="Kuntaliitto list of municipalities / wellbeing services counties",
    edu="Opetushallitus / list of Finnish universities",
    hlth="list of Finnish university hospitals",
    court="oikeus.fi list of courts",
    sec="Poliisi / Puolustusvoimat public information",
    emb="Ulkoministeriö list of foreign embassies",
    trans="joint municipal transport authorities",
    npo="Patentti- ja rekisterihallitus register of associations / church registers",
    io="list of international organisations in Helsinki",
    fund="funds established by the Finnish Parliament",
    inv="invented trade name built from common Finnish surnames",
), rows="""
company|idx|Kemira Oyj
company|idx|Uponor Oyj
company|idx|Konecranes Oyj
company|idx|Valmet Oyj
company|idx|Tietoevry Oyj
company|idx|Kesko Oyj
company|idx|Tokmanni Group Oyj
company|idx|Puuilo Oyj
company|idx|Harvia Oyj
company|idx|Vaisala Oyj
company|idx|Ponsse Oyj
company|idx|Marimekko Oyj
company|idx|Verkkokauppa.com Oyj
company|idx|Raisio Oyj
company|idx|Aspo Oyj
company|idx|Fiskars Oyj Abp
company|big|Lindström Oy
company|big|Atria Oyj
cooperative|big|Suomen Osuuskauppojen Keskuskunta (SOK)
company_named_like_person|big|Oy Karl Fazer Ab
sole_trader|inv|Tmi Mikko Korhonen
sole_trader|inv|Virtasen Putkityö
sole_trader|inv|Sähkö-Mäkinen Tmi
sole_trader|inv|Rakennuspalvelu Nieminen
sole_trader|inv|Tilitoimisto Laine
state_owned_company|soe|VR-Yhtymä Oyj
state_owned_company|soe|Posti Group Oyj
state_owned_company|soe|Alko Oy
state_owned_company|soe|Finavia Oyj
federal_agency|gov|Verohallinto
state_social_fund|gov|Kansaneläkelaitos (Kela)
federal_agency|gov|Väylävirasto
federal_agency|gov|Tilastokeskus
federal_agency|gov|Maanmittauslaitos
regional_agency|gov|Pirkanmaan ELY-keskus
regional_government|loc|Varsinais-Suomen hyvinvointialue
regional_government|loc|Keski-Suomen hyvinvointialue
municipality|loc|Tampereen kaupunki
municipality|loc|Kuopion kaupunki
municipality|loc|Inarin kunta
municipality|loc|Kauniaisten kaupunki
public_university|edu|Helsingin yliopisto
public_university|edu|Oulun yliopisto
public_university|edu|Lappeenrannan-Lahden teknillinen yliopisto LUT
public_school|edu|Kallion lukio
public_hospital|hlth|Tampereen yliopistollinen sairaala
court|court|Helsingin käräjäoikeus
court|court|Korkein hallinto-oikeus
police|sec|Itä-Suomen poliisilaitos
armed_forces|sec|Karjalan prikaati
embassy|emb|Ruotsin suurlähetystö Helsinki
transit_authority|trans|Helsingin seudun liikenne -kuntayhtymä (HSL)
private_school|npo|Englantilainen koulu
church|npo|Helsingin seurakuntayhtymä
church|npo|Suomen ortodoksinen kirkko
red_cross_society|npo|Suomen Punainen Risti
charity|npo|Pelastakaa Lapset ry
international_org|io|Pohjoismaiden Investointipankki
international_org|io|Euroopan kemikaalivirasto (ECHA)
state_founded_fund|fund|Sitra
""")
