"""Rebuild the jn_names blind name probe (layout, key, labels).

Seeded and self-contained: run it from anywhere, it writes next to itself:
  ../layouts/jn_names.csv, ../key/jn_names.json, ../key/jn_names.labels.csv
"""
import csv
import json
import random
import re
from pathlib import Path

SEED = 11_2025_0611
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# ---------------------------------------------------------------- labels
KIND_LABEL = {
    # B2B, not ambiguous
    "company": ("B2B", False), "sole_trader": ("B2B", False),
    "professional": ("B2B", False), "state_owned_company": ("B2B", False),
    "municipal_company": ("B2B", False), "cooperative": ("B2B", False),
    "private_university": ("B2B", False), "private_school": ("B2B", False),
    "church": ("B2B", False), "charity": ("B2B", False),
    "national_red_cross": ("B2B", False),
    # B2B, ambiguous by nature (LABELING.md)
    "international_org": ("B2B", True), "state_founded_fund": ("B2B", True),
    # B2G
    "ministry": ("B2G", False), "federal_agency": ("B2G", False),
    "agency": ("B2G", False), "tax_authority": ("B2G", False),
    "regional_government": ("B2G", False), "county": ("B2G", False),
    "municipality": ("B2G", False), "district_administration": ("B2G", False),
    "public_school": ("B2G", False), "public_university": ("B2G", False),
    "public_hospital": ("B2G", False), "court": ("B2G", False),
    "police": ("B2G", False), "armed_forces": ("B2G", False),
    "embassy": ("B2G", False), "state_social_fund": ("B2G", False),
    "unitary_enterprise": ("B2G", False), "tribal_government": ("B2G", False),
    "port_authority": ("B2G", False), "transit_authority": ("B2G", False),
    "electoral_commission": ("B2G", False), "water_board": ("B2G", False),
    # B2C
    "private_person": ("B2C", False), "anonymous_retail": ("B2C", False),
}

ITEMS = {
    "ru": ["Офисное кресло", "Ноутбук", "Монитор", "Настольная лампа", "Лазерный принтер", "Клавиатура"],
    "kk": ["Кеңсе орындығы", "Ноутбук", "Монитор", "Үстел шамы", "Лазерлік принтер", "Пернетақта"],
    "be": ["Офіснае крэсла", "Ноўтбук", "Манітор", "Настольная лямпа", "Лазерны прынтар", "Клавіятура"],
    "uk": ["Офісне крісло", "Ноутбук", "Монітор", "Настільна лампа", "Лазерний принтер", "Клавіатура"],
    "en": ["Office chair", "Laptop", "Monitor", "Desk lamp", "Laser printer", "Keyboard"],
    "de": ["Bürostuhl", "Laptop", "Monitor", "Schreibtischlampe", "Laserdrucker", "Tastatur"],
    "fr": ["Chaise de bureau", "Ordinateur portable", "Écran", "Lampe de bureau", "Imprimante laser", "Clavier"],
    "nl": ["Bureaustoel", "Laptop", "Monitor", "Bureaulamp", "Laserprinter", "Toetsenbord"],
    "es": ["Silla de oficina", "Ordenador portátil", "Monitor", "Lámpara de escritorio", "Impresora láser", "Teclado"],
    "ca": ["Cadira d'oficina", "Ordinador portàtil", "Monitor", "Llum d'escriptori", "Impressora làser", "Teclat"],
    "gl": ["Cadeira de oficina", "Ordenador portátil", "Monitor", "Lámpada de escritorio", "Impresora láser", "Teclado"],
    "pt": ["Cadeira de escritório", "Computador portátil", "Monitor", "Candeeiro de secretária", "Impressora laser", "Teclado"],
    "it": ["Sedia da ufficio", "Computer portatile", "Monitor", "Lampada da scrivania", "Stampante laser", "Tastiera"],
    "pl": ["Krzesło biurowe", "Laptop", "Monitor", "Lampka biurkowa", "Drukarka laserowa", "Klawiatura"],
    "cs": ["Kancelářská židle", "Notebook", "Monitor", "Stolní lampa", "Laserová tiskárna", "Klávesnice"],
    "sv": ["Kontorsstol", "Bärbar dator", "Bildskärm", "Skrivbordslampa", "Laserskrivare", "Tangentbord"],
    "no": ["Kontorstol", "Bærbar PC", "Skjerm", "Skrivebordslampe", "Laserskriver", "Tastatur"],
    "da": ["Kontorstol", "Bærbar computer", "Skærm", "Skrivebordslampe", "Laserprinter", "Tastatur"],
    "fi": ["Toimistotuoli", "Kannettava tietokone", "Näyttö", "Työpöytävalaisin", "Lasertulostin", "Näppäimistö"],
}

# Shared source descriptions (per-country ones are in each country's "src").
SRC_PERSON = "invented: common given names and surnames of the country"
SRC_ANON = "generic walk-in buyer wording used on receipts"
SRC_SOLE = "invented sole-trader trade name (common surname)"

# Each entry: (name, kind, source-code[, language]).  Source codes are looked
# up in the country's "src" dict; "sole" -> SRC_SOLE.
C = {}

# ================================================================= RU
C["RU"] = dict(lang="ru", src={
    "idx": "MOEX Broad Market Index / Moscow Exchange listed issuers",
    "big": "large Russian companies (RBC 500 / company registers)",
    "gov": "federal executive bodies (government.ru list)",
    "mun": "municipal and regional bodies (OKTMO / official portals)",
    "edu": "state educational and medical institutions (Rosobrnadzor / Roszdravnadzor registers)",
    "crt": "courts and law enforcement (official portals)",
    "soe": "state-owned companies (Rosimushchestvo lists)",
    "io": "international organisations with offices in Russia",
    "np": "non-profits and religious organisations (Minjust register)",
}, orgs=[
    ("ПАО «Сегежа Групп»", "company", "idx"), ("Черкизово", "company", "idx"),
    ("Русагро", "company", "idx"), ("Группа ЛСР", "company", "idx"),
    ("ПАО «Акрон»", "company", "idx"), ("Мечел", "company", "idx"),
    ("Белуга Групп", "company", "idx"), ("АО «Кондитерский концерн Бабаевский»", "company", "big"),
    ("ВкусВилл", "company", "big"), ("ПАО «Софтлайн»", "company", "idx"),
    ("Группа Астра", "company", "idx"), ("М.Видео", "company", "idx"),
    ("Лента", "company", "idx"), ("СКБ Контур", "company", "big"),
    ("Абрау-Дюрсо", "company", "idx"), ("ПАО «Казаньоргсинтез»", "company", "idx"),
    ("Нижнекамскнефтехим", "company", "idx"), ('АО "Тандер"', "company", "big"),
    ("Селигдар", "company", "idx"), ("ПАО «Ашинский металлургический завод»", "company", "idx"),
    ("ООО «Лемана Про»", "company", "big"),
    ("ИП Кузнецов Андрей Викторович", "sole_trader", "sole"),
    ("ИП Сафина Г.Р.", "sole_trader", "sole"),
    ("Индивидуальный предприниматель Белова Ольга Петровна", "sole_trader", "sole"),
    ("КФХ Гаврилов С.Н.", "sole_trader", "sole"),
    ("Адвокат Морозов Дмитрий Алексеевич", "professional", "sole"),
    ("Министерство природных ресурсов и экологии Российской Федерации", "ministry", "gov"),
    ("Федеральное агентство по рыболовству", "federal_agency", "gov"),
    ("Управление Росреестра по Костромской области", "federal_agency", "gov"),
    ("УФК по Новгородской области", "federal_agency", "gov"),
    ("Администрация Кинешемского муниципального района", "district_administration", "mun"),
    ("Администрация города Новочеркасска", "municipality", "mun"),
    ("Избирательная комиссия Калужской области", "electoral_commission", "mun"),
    ("МБОУ «СОШ № 5» г. Котласа", "public_school", "edu"),
    ("МАДОУ «Детский сад № 12» Сысертского городского округа", "public_school", "edu"),
    ("ГАУЗ СО «Ирбитская ЦГБ»", "public_hospital", "edu"),
    ("ФГБОУ ВО «Петрозаводский государственный университет»", "public_university", "edu"),
    ("Вятский государственный университет", "public_university", "edu"),
    ("Арбитражный суд Тамбовской области", "court", "crt"),
    ("Пермский краевой суд", "court", "crt"),
    ("УМВД России по Тверской области", "police", "crt"),
    ("Военная академия связи им. С.М. Будённого", "armed_forces", "crt"),
    ("ГКУ «Центр занятости населения Сахалинской области»", "agency", "mun"),
    ("МУП г. Ижевска «Ижводоканал»", "unitary_enterprise", "mun"),
    ("ФГУП «Главный радиочастотный центр»", "unitary_enterprise", "gov"),
    ("Посольство Республики Казахстан в Российской Федерации", "embassy", "gov"),
    ("ОСФР по Республике Марий Эл", "state_social_fund", "gov"),
    ("АО «Почта России»", "state_owned_company", "soe"),
    ("ПАО «Россети Урал»", "state_owned_company", "soe"),
    ("Фонд «Сколково»", "state_founded_fund", "np"),
    ("Евразийская экономическая комиссия", "international_org", "io"),
    ("АНО ВО «Европейский университет в Санкт-Петербурге»", "private_university", "np"),
    ("Приход храма Святителя Николая в Хамовниках", "church", "np"),
    ("Благотворительный фонд помощи хосписам «Вера»", "charity", "np"),
], persons=dict(style="slavic", variant="ru",
    gm=["Алексей", "Дмитрий", "Сергей", "Андрей", "Максим", "Иван", "Никита", "Павел", "Роман", "Евгений", "Артём", "Владимир"],
    gf=["Елена", "Ольга", "Наталья", "Татьяна", "Анастасия", "Марина", "Ирина", "Юлия", "Екатерина", "Светлана", "Дарья"],
    sur=["Смирнов", "Соколов", "Попов", "Лебедев", "Козлов", "Новиков", "Морозов", "Волков", "Соловьёв",
         "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв",
         "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Комаров", "Орлов", "Киселёв", "Макаров", "Ковалевский"],
    pat=[("Алексеевич", "Алексеевна"), ("Викторович", "Викторовна"), ("Сергеевич", "Сергеевна"),
         ("Николаевич", "Николаевна"), ("Андреевич", "Андреевна"), ("Петрович", "Петровна"),
         ("Иванович", "Ивановна"), ("Владимирович", "Владимировна"), ("Михайлович", "Михайловна"),
         ("Юрьевич", "Юрьевна"), ("Олегович", "Олеговна"), ("Дмитриевич", "Дмитриевна")],
    anon=["Розничный покупатель"]))

# ================================================================= KZ
C["KZ"] = dict(lang="ru", src={
    "idx": "KASE listed issuers / large companies of Kazakhstan",
    "big": "large private companies of Kazakhstan (stat.gov.kz business register)",
    "gov": "central state bodies (gov.kz)",
    "mun": "akimats and local bodies (gov.kz)",
    "edu": "state institutions and enterprises (gov.kz / e-licensing)",
    "crt": "courts and law enforcement (gov.kz / sud.gov.kz)",
    "soe": "Samruk-Kazyna portfolio companies",
    "io": "international organisations headquartered in Kazakhstan",
    "np": "non-profits and religious organisations (registers)",
}, orgs=[
    ("АО «Банк ЦентрКредит»", "company", "idx"), ("Евразийский банк", "company", "idx"),
    ("АО «Фридом Финанс»", "company", "idx"), ("Технодом", "company", "big"),
    ("ТОО «Мечта Маркет»", "company", "big"), ("АО «Рахат»", "company", "idx"),
    ("АО «Баян Сулу»", "company", "idx"), ("ТОО «Raimbek Bottlers»", "company", "big"),
    ("АО «Алюминий Казахстана»", "company", "big"), ("ТОО «Казцинк»", "company", "big"),
    ("АО «Каспий нефть»", "company", "idx"), ("ТОО «Корпорация Казахмыс»", "company", "big"),
    ("Sulpak", "company", "big"), ("Alser", "company", "big"),
    ("ТОО «Кока-Кола Алматы Боттлерс»", "company", "big"), ("ТОО «Тенгизшевройл»", "company", "big"),
    ("Magnum Cash&Carry", "company", "big"), ("АО «Химфарм»", "company", "idx"),
    ("ТОО «Бипэк Авто»", "company", "big"), ("Шұбаркөл Көмір АҚ", "company", "idx", "kk"),
    ("ИП Ахметов Нурлан Серикович", "sole_trader", "sole"),
    ("ИП «Сапарова Г.К.»", "sole_trader", "sole"),
    ("ЖК Сейітқали А.Б.", "sole_trader", "sole", "kk"),
    ("КХ «Бақыт»", "sole_trader", "sole", "kk"),
    ("Частный нотариус Жумабаева Д.М.", "professional", "sole"),
    ("Министерство цифрового развития, инноваций и аэрокосмической промышленности РК", "ministry", "gov"),
    ("Министерство водных ресурсов и ирригации Республики Казахстан", "ministry", "gov"),
    ("Комитет государственных доходов МФ РК", "tax_authority", "gov"),
    ("ГУ «Аппарат акима города Экибастуза»", "municipality", "mun"),
    ("Акимат Костанайской области", "regional_government", "mun"),
    ("Астана қаласының әкімдігі", "municipality", "mun", "kk"),
    ("Маңғыстау облысының әкімдігі", "regional_government", "mun", "kk"),
    ("ГУ «Отдел образования Карасайского района»", "district_administration", "mun"),
    ("КГУ «Общеобразовательная школа № 7 города Рудного»", "public_school", "edu"),
    ("КГП на ПХВ «Городская поликлиника № 5» г. Караганды", "public_hospital", "edu"),
    ("Национальный университет обороны Республики Казахстан", "armed_forces", "edu"),
    ("Специализированный межрайонный экономический суд города Шымкент", "court", "crt"),
    ("Департамент полиции Павлодарской области", "police", "crt"),
    ("Ақтөбе облысының Полиция департаменті", "police", "crt", "kk"),
    ("РГП на ПХВ «Казгидромет»", "unitary_enterprise", "edu"),
    ("РГП «Казводхоз»", "unitary_enterprise", "edu"),
    ("ГКП на ПХВ «Алматы Су»", "unitary_enterprise", "mun"),
    ("ГУ «Управление пассажирского транспорта и автомобильных дорог города Алматы»", "agency", "mun"),
    ("Посольство Российской Федерации в Республике Казахстан", "embassy", "gov"),
    ("АО «Эйр Астана»", "state_owned_company", "soe"),
    ("АО «НК «Қазақстан темір жолы»", "state_owned_company", "soe"),
    ("Корпоративный фонд «Қазақстан халқына»", "state_founded_fund", "np"),
    ("Евразийский банк развития", "international_org", "io"),
    ("Университет КИМЭП", "private_university", "np"),
    ("Общество Красного Полумесяца Республики Казахстан", "national_red_cross", "np"),
    ("Центральная мечеть города Алматы", "church", "np"),
], persons=dict(style="slavic", variant="kz",
    gm=["Ерлан", "Нурлан", "Асхат", "Дамир", "Айдос", "Бауыржан", "Ержан", "Тимур", "Данияр", "Арман", "Серик"],
    gf=["Айгуль", "Гульнара", "Динара", "Асель", "Жанар", "Салтанат", "Айгерим", "Мадина", "Дана", "Гульмира"],
    sur=["Ахметов", "Жумабаев", "Нурланов", "Серикбаев", "Тулегенов", "Касымов", "Омаров", "Ибраев",
         "Бекмуратов", "Садыков", "Искаков", "Муратов", "Сейткали", "Ким", "Абдрахманов", "Калиев",
         "Сапаров", "Исмаилов", "Есенов", "Иванов"],
    pat=[("Серикович", "Сериковна"), ("Ерланович", "Ерлановна"), ("Муратович", "Муратовна"),
         ("Нурланович", "Нурлановна"), ("Болатович", "Болатовна"), ("Канатович", "Канатовна"),
         ("Маратович", "Маратовна"), ("Жанатович", "Жанатовна")],
    kk_pat=[("Серікұлы", "Серікқызы"), ("Болатұлы", "Болатқызы"), ("Қанатұлы", "Қанатқызы")],
    anon=["Розничный покупатель"]))

# ================================================================= BY
C["BY"] = dict(lang="ru", src={
    "big": "large companies of Belarus (EGR register / bank and retail rankings)",
    "gov": "republican state bodies (pravo.by / gov.by)",
    "mun": "executive committees (regional portals)",
    "edu": "state institutions of education and health (ministry lists)",
    "crt": "courts and law enforcement (court.gov.by / mvd.gov.by)",
    "soe": "state-owned joint-stock companies (Goskomimushchestvo lists)",
    "io": "international organisations with seat in Belarus",
    "np": "non-profits and religious organisations (registers)",
}, orgs=[
    ("Доброном", "company", "big"), ("ООО «Евроторг»", "company", "big"),
    ("СП ЗАО «Санта Бремор»", "company", "big"), ("ОАО «Савушкин продукт»", "company", "big"),
    ("Милавица", "company", "big"), ("ИООО «ЭПАМ Системз»", "company", "big"),
    ("Электросила", "company", "big"), ("ООО «Табак-инвест»", "company", "big"),
    ("Белвест", "company", "big"), ("ООО «Виталюр»", "company", "big"),
    ("ЗАО «Холдинговая компания «Пинскдрев»", "company", "big"), ("Серволюкс", "company", "big"),
    ("ИООО «Кока-Кола Бевриджиз Белоруссия»", "company", "big"), ("СП ООО «Белита»", "company", "big"),
    ("ЗАО «Витэкс»", "company", "big"), ("ЗАО «Альфа-Банк»", "company", "big"),
    ("ОАО «Приорбанк»", "company", "big"), ("ЗАО «Серволюкс Агро»", "company", "big"),
    ("ИП Ковалёв Андрей Николаевич", "sole_trader", "sole"),
    ("ИП Шевчук Т.В.", "sole_trader", "sole"),
    ("Индивидуальный предприниматель Новик Сергей Иванович", "sole_trader", "sole"),
    ("ІП Жук Алена Віктараўна", "sole_trader", "sole", "be"),
    ("Адвокат Козловский В.П.", "professional", "sole"),
    ("Министерство образования Республики Беларусь", "ministry", "gov"),
    ("Министерство по налогам и сборам Республики Беларусь", "tax_authority", "gov"),
    ("Инспекция МНС по Фрунзенскому району г. Минска", "tax_authority", "gov"),
    ("Мозырский районный исполнительный комитет", "district_administration", "mun"),
    ("Барановичский городской исполнительный комитет", "municipality", "mun"),
    ("Гродненский областной исполнительный комитет", "regional_government", "mun"),
    ("Маладзечанскі раённы выканаўчы камітэт", "district_administration", "mun", "be"),
    ("ГУО «Средняя школа № 12 г. Бреста»", "public_school", "edu"),
    ("ГУО «Гимназия № 1 г. Слонима»", "public_school", "edu"),
    ("УЗ «Лидская центральная районная больница»", "public_hospital", "edu"),
    ("УЗ «10-я городская клиническая больница» г. Минска", "public_hospital", "edu"),
    ("УО «Гомельский государственный университет имени Франциска Скорины»", "public_university", "edu"),
    ("Витебский государственный технологический университет", "public_university", "edu"),
    ("Экономический суд Могилёвской области", "court", "crt"),
    ("Суд Центрального района г. Минска", "court", "crt"),
    ("УВД Гродненского облисполкома", "police", "crt"),
    ("Военная академия Республики Беларусь", "armed_forces", "crt"),
    ("ГП «Минсктранс»", "unitary_enterprise", "mun"),
    ("РУП «Белтаможсервис»", "unitary_enterprise", "gov"),
    ("Посольство Китайской Народной Республики в Республике Беларусь", "embassy", "gov"),
    ("Фонд социальной защиты населения Министерства труда и социальной защиты", "state_social_fund", "gov"),
    ("ОАО «Беларуськалий»", "state_owned_company", "soe"),
    ("ОАО «Гомсельмаш»", "state_owned_company", "soe"),
    ("Исполнительный комитет СНГ", "international_org", "io"),
    ("Частное учреждение образования «Институт современных знаний имени А.М. Широкова»", "private_university", "np"),
    ("Приход храма Всех Святых г. Минска", "church", "np"),
    ("Белорусское Общество Красного Креста", "national_red_cross", "np"),
], persons=dict(style="slavic", variant="ru",
    gm=["Андрей", "Сергей", "Дмитрий", "Александр", "Алексей", "Павел", "Виталий", "Юрий", "Игорь", "Денис"],
    gf=["Ольга", "Татьяна", "Наталья", "Елена", "Анна", "Екатерина", "Юлия", "Светлана", "Ирина", "Алеся"],
    sur=["Ковалёв", "Новик", "Шевчук", "Козлов", "Бондаренко", "Савицкий", "Климович", "Жук", "Кравченко",
         "Василевский", "Макаревич", "Лукашевич", "Захаренко", "Романович", "Ковальчук", "Мельник",
         "Карпович", "Курилович", "Сидоренко", "Гончаров"],
    pat=[("Николаевич", "Николаевна"), ("Иванович", "Ивановна"), ("Викторович", "Викторовна"),
         ("Александрович", "Александровна"), ("Владимирович", "Владимировна"), ("Петрович", "Петровна"),
         ("Михайлович", "Михайловна"), ("Анатольевич", "Анатольевна")],
    anon=["Физическое лицо"]))

# ================================================================= UA
C["UA"] = dict(lang="uk", src={
    "big": "large companies of Ukraine (Opendatabot / USR register, retail and FMCG rankings)",
    "gov": "central executive bodies (kmu.gov.ua)",
    "mun": "local councils and administrations (decentralization.gov.ua)",
    "edu": "public education and health institutions (EDEBO / eHealth registers)",
    "crt": "courts and law enforcement (court.gov.ua / npu.gov.ua)",
    "soe": "state-owned companies (Ministry of Economy list of SOEs)",
    "io": "international organisations in Ukraine",
    "np": "non-profits and religious organisations (USR register)",
}, orgs=[
    ("ТОВ «Епіцентр К»", "company", "big"), ("ПрАТ «Оболонь»", "company", "big"),
    ("Нова Пошта", "company", "big"), ("ТОВ «Сільпо-Фуд»", "company", "big"),
    ("ПрАТ «Миронівський хлібопродукт»", "company", "big"), ("ТОВ «Розетка.УА»", "company", "big"),
    ("Київстар", "company", "big"), ("Фокстрот", "company", "big"),
    ("ТОВ «АТБ-маркет»", "company", "big"), ("Кернел", "company", "big"),
    ("ТОВ «Комфі Трейд»", "company", "big"), ("АТ «Фармак»", "company", "big"),
    ("ПрАТ «Фармацевтична фірма «Дарниця»", "company", "big"), ("Ajax Systems", "company", "big"),
    ("ТОВ «Юрія-Фарм»", "company", "big"), ("ПрАТ «Галнафтогаз»", "company", "big"),
    ("ТОВ «Метро Кеш енд Кері Україна»", "company", "big"), ("Астарта-Київ", "company", "big"),
    ("Аврора Мультимаркет", "company", "big"), ("Корпорація «Рошен»", "company", "big"),
    ("ФОП Коваленко Олександр Петрович", "sole_trader", "sole"),
    ("ФОП Мельник І.В.", "sole_trader", "sole"),
    ("ФОП Бондаренко Оксана Миколаївна", "sole_trader", "sole"),
    ("Сантехніка Ткачук", "sole_trader", "sole"),
    ("Адвокат Шевченко Т.М.", "professional", "sole"),
    ("Міністерство цифрової трансформації України", "ministry", "gov"),
    ("Державна податкова служба України", "tax_authority", "gov"),
    ("Головне управління ДПС у Житомирській області", "tax_authority", "gov"),
    ("Вінницька міська рада", "municipality", "mun"),
    ("Броварська міська рада", "municipality", "mun"),
    ("Тернопільська обласна військова адміністрація", "regional_government", "mun"),
    ("Коростенська районна державна адміністрація", "district_administration", "mun"),
    ("Ліцей № 3 Ковельської міської ради", "public_school", "edu"),
    ("КНП «Полтавська обласна клінічна лікарня ім. М.В. Скліфосовського»", "public_hospital", "edu"),
    ("Львівський національний університет імені Івана Франка", "public_university", "edu"),
    ("Чернівецький національний університет імені Юрія Федьковича", "public_university", "edu"),
    ("Господарський суд Харківської області", "court", "crt"),
    ("Сумський окружний адміністративний суд", "court", "crt"),
    ("Головне управління Національної поліції в Черкаській області", "police", "crt"),
    ("Національна академія сухопутних військ імені гетьмана Петра Сагайдачного", "armed_forces", "crt"),
    ("ДП «Ліси України»", "unitary_enterprise", "gov"),
    ("КП «Київпастранс»", "unitary_enterprise", "mun"),
    ("Посольство Республіки Польща в Україні", "embassy", "gov"),
    ("Головне управління Пенсійного фонду України в Одеській області", "state_social_fund", "gov"),
    ("АТ «Укрзалізниця»", "state_owned_company", "soe"),
    ("НАК «Нафтогаз України»", "state_owned_company", "soe"),
    ("ПАТ «Укрнафта»", "state_owned_company", "soe"),
    ("Представництво Міжнародної організації з міграції (МОМ) в Україні", "international_org", "io"),
    ("Український католицький університет", "private_university", "np"),
    ("Товариство Червоного Хреста України", "national_red_cross", "np"),
    ("Парафія святого Миколая ПЦУ м. Житомира", "church", "np"),
    ("Благодійний фонд «Повернись живим»", "charity", "np"),
], persons=dict(style="slavic", variant="ua",
    gm=["Олександр", "Андрій", "Сергій", "Дмитро", "Максим", "Іван", "Богдан", "Тарас", "Володимир", "Юрій", "Віталій"],
    gf=["Оксана", "Олена", "Наталія", "Тетяна", "Ірина", "Юлія", "Марія", "Анна", "Катерина", "Світлана", "Галина"],
    sur=["Коваленко", "Бондаренко", "Ткаченко", "Шевченко", "Кравченко", "Мельник", "Бойко", "Ковальчук",
         "Олійник", "Шевчук", "Поліщук", "Лисенко", "Руденко", "Савченко", "Марченко", "Мороз", "Клименко",
         "Петренко", "Гончаренко", "Павленко", "Ковальський"],
    pat=[("Олександрович", "Олександрівна"), ("Петрович", "Петрівна"), ("Іванович", "Іванівна"),
         ("Миколайович", "Миколаївна"), ("Васильович", "Василівна"), ("Сергійович", "Сергіївна"),
         ("Володимирович", "Володимирівна"), ("Андрійович", "Андріївна"), ("Юрійович", "Юріївна")],
    anon=["Роздрібний покупець"]))

# ================================================================= US
C["US"] = dict(lang="en", src={
    "idx": "S&P MidCap 400 / SmallCap 600 constituents",
    "big": "large private US companies (Forbes America's Largest Private Companies)",
    "gov": "federal agencies (USA.gov A-Z index of agencies)",
    "st": "state, county, city and township governments (official sites / Census of Governments)",
    "edu": "public school districts, universities and hospital districts (NCES / official sites)",
    "crt": "courts, police and armed forces installations (official sites)",
    "tr": "federally recognized tribes (BIA list)",
    "soe": "federally owned corporations",
    "io": "international organisations headquartered in Washington DC",
    "np": "non-profits and private institutions (IRS Tax Exempt Organization Search)",
}, orgs=[
    ("Donaldson Company", "company", "idx"), ("Graco Inc.", "company", "idx"),
    ("The Toro Company", "company", "idx"), ("Lincoln Electric", "company", "idx"),
    ("Watsco Inc", "company", "idx"), ("Casey's General Stores", "company", "idx"),
    ("MSA Safety", "company", "idx"), ("Hubbell Incorporated", "company", "idx"),
    ("RBC Bearings", "company", "idx"), ("Kirby Corporation", "company", "idx"),
    ("Ollie's Bargain Outlet", "company", "idx"), ("Sprouts Farmers Market", "company", "idx"),
    ("Werner Enterprises", "company", "idx"), ("Sonoco Products Co.", "company", "idx"),
    ("ePlus inc.", "company", "idx"), ("Cavco Industries", "company", "idx"),
    ("Mueller Industries, Inc.", "company", "idx"), ("Badger Meter", "company", "idx"),
    ("Federal Signal Corporation", "company", "idx"), ("National Presto Industries", "company", "idx"),
    ("Simpson Manufacturing Co.", "company", "idx"), ("Hy-Vee, Inc.", "company", "big"),
    ("Hernandez Plumbing", "sole_trader", "sole"), ("Kowalski Landscaping", "sole_trader", "sole"),
    ("Bennett Bookkeeping", "sole_trader", "sole"), ("Patel Tax Services", "sole_trader", "sole"),
    ("Rivera Auto Repair", "sole_trader", "sole"),
    ("Bureau of Reclamation", "federal_agency", "gov"),
    ("U.S. Fish and Wildlife Service", "federal_agency", "gov"),
    ("Social Security Administration", "state_social_fund", "gov"),
    ("Minnesota Department of Natural Resources", "regional_government", "st"),
    ("Oregon Department of Transportation", "regional_government", "st"),
    ("City of Bozeman", "municipality", "st"), ("Town of Chapel Hill", "municipality", "st"),
    ("Washtenaw County", "county", "st"), ("Cranberry Township", "municipality", "st"),
    ("Cherry Creek School District", "public_school", "edu"),
    ("Lincoln Public Schools", "public_school", "edu"),
    ("University of Northern Iowa", "public_university", "edu"),
    ("Boise State University", "public_university", "edu"),
    ("Parkland Health & Hospital System", "public_hospital", "edu"),
    ("Boise VA Medical Center", "public_hospital", "gov"),
    ("Superior Court of California, County of Fresno", "court", "crt"),
    ("Tulsa Police Department", "police", "crt"),
    ("Naval Air Station Whidbey Island", "armed_forces", "crt"),
    ("Port of Tacoma", "port_authority", "st"),
    ("Sound Transit", "transit_authority", "st"),
    ("Cherokee Nation", "tribal_government", "tr"),
    ("Confederated Tribes of Warm Springs", "tribal_government", "tr"),
    ("Embassy of Iceland", "embassy", "gov"),
    ("Amtrak", "state_owned_company", "soe"),
    ("Corporation for Public Broadcasting", "state_founded_fund", "np"),
    ("National Fish and Wildlife Foundation", "state_founded_fund", "np"),
    ("Pan American Health Organization", "international_org", "io"),
    ("Inter-American Development Bank", "international_org", "io"),
    ("Vanderbilt University", "private_university", "np"),
    ("Phillips Exeter Academy", "private_school", "np"),
    ("Archdiocese of Saint Paul and Minneapolis", "church", "np"),
    ("Second Harvest Heartland", "charity", "np"),
    ("American Red Cross", "national_red_cross", "np"),
], persons=dict(style="western", variant="us",
    gm=["James", "Michael", "Robert", "David", "William", "Christopher", "Joshua", "Daniel", "Matthew", "Anthony", "Kevin", "Brian"],
    gf=["Jennifer", "Jessica", "Ashley", "Sarah", "Emily", "Amanda", "Melissa", "Stephanie", "Nicole", "Megan", "Lauren"],
    sur=["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
         "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
         "Thompson", "White", "Harris", "Clark", "Nguyen"],
    anon=["Walk-in Customer"]))

# ================================================================= GB
C["GB"] = dict(lang="en", src={
    "idx": "FTSE 250 constituents",
    "gov": "UK government departments and agencies (GOV.UK organisations list)",
    "mun": "local authorities (GOV.UK local authority register)",
    "edu": "public universities, schools and NHS bodies (HESA / NHS organisation data)",
    "crt": "courts, police forces and armed forces units (official sites)",
    "soe": "government-owned companies (UK Government Investments portfolio)",
    "io": "international organisations headquartered in London",
    "np": "charities, churches and independent schools (Charity Commission register)",
}, orgs=[
    ("Bellway", "company", "idx"), ("Bodycote plc", "company", "idx"),
    ("Computacenter", "company", "idx"), ("Dunelm Group", "company", "idx"),
    ("Greggs", "company", "idx"), ("Hill & Smith", "company", "idx"),
    ("Howden Joinery Group", "company", "idx"), ("Genuit Group", "company", "idx"),
    ("Morgan Advanced Materials", "company", "idx"), ("Vesuvius plc", "company", "idx"),
    ("WH Smith PLC", "company", "idx"), ("Wickes Group", "company", "idx"),
    ("Volution Group", "company", "idx"), ("Renishaw", "company", "idx"),
    ("Hilton Food Group", "company", "idx"), ("Cranswick plc", "company", "idx"),
    ("Paragon Banking Group", "company", "idx"), ("Telecom Plus", "company", "idx"),
    ("Marshalls plc", "company", "idx"), ("Chemring Group", "company", "idx"),
    ("Hughes Electrical Services", "sole_trader", "sole"), ("Evans Joinery", "sole_trader", "sole"),
    ("Clarke Plumbing & Heating", "sole_trader", "sole"), ("Wright Carpentry", "sole_trader", "sole"),
    ("Sarah Collins Bookkeeping", "sole_trader", "sole"),
    ("Department for Energy Security and Net Zero", "ministry", "gov"),
    ("Driver and Vehicle Standards Agency", "agency", "gov"),
    ("Maritime and Coastguard Agency", "agency", "gov"),
    ("HM Revenue & Customs", "tax_authority", "gov"),
    ("Mid Devon District Council", "municipality", "mun"),
    ("Hinckley and Bosworth Borough Council", "municipality", "mun"),
    ("Shropshire Council", "county", "mun"), ("Powys County Council", "county", "mun"),
    ("Fife Council", "county", "mun"),
    ("Armagh City, Banbridge and Craigavon Borough Council", "municipality", "mun"),
    ("Kingussie High School", "public_school", "edu"),
    ("University of Stirling", "public_university", "edu"),
    ("Aberystwyth University", "public_university", "edu"),
    ("Northumbria Healthcare NHS Foundation Trust", "public_hospital", "edu"),
    ("Royal Cornwall Hospitals NHS Trust", "public_hospital", "edu"),
    ("Cardiff Crown Court", "court", "crt"),
    ("Dyfed-Powys Police", "police", "crt"), ("Cumbria Constabulary", "police", "crt"),
    ("RAF Brize Norton", "armed_forces", "crt"),
    ("1st Battalion The Royal Welsh", "armed_forces", "crt"),
    ("Transport for Greater Manchester", "transit_authority", "mun"),
    ("Embassy of Finland, London", "embassy", "gov"),
    ("Post Office Ltd", "state_owned_company", "soe"),
    ("International Maritime Organization", "international_org", "io"),
    ("European Bank for Reconstruction and Development", "international_org", "io"),
    ("University of Buckingham", "private_university", "np"),
    ("Sedbergh School", "private_school", "np"),
    ("Diocese of Truro", "church", "np"),
    ("British Red Cross", "national_red_cross", "np"),
], persons=dict(style="western", variant="gb",
    gm=["Oliver", "George", "Harry", "Jack", "Thomas", "James", "William", "Daniel", "Callum", "Liam", "Rhys"],
    gf=["Olivia", "Amelia", "Emily", "Sophie", "Charlotte", "Jessica", "Chloe", "Hannah", "Lucy", "Eleanor"],
    sur=["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
         "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
         "Hughes", "Patel"],
    anon=["Cash Sale"]))

# ================================================================= IE
C["IE"] = dict(lang="en", src={
    "idx": "Euronext Dublin (ISEQ) listed companies",
    "big": "large Irish private companies and co-operatives (Irish Times Top 1000)",
    "gov": "Irish government departments and agencies (gov.ie)",
    "mun": "local authorities and ETBs (gov.ie)",
    "edu": "public universities and HSE hospitals (HEA / HSE)",
    "crt": "courts, Garda and Defence Forces (official sites)",
    "soe": "commercial state bodies (NewERA portfolio)",
    "io": "international organisations in Ireland",
    "np": "charities, churches and private colleges (Charities Regulator register)",
}, orgs=[
    ("Glanbia", "company", "idx"), ("Dalata Hotel Group", "company", "idx"),
    ("Origin Enterprises plc", "company", "idx"), ("Irish Continental Group", "company", "idx"),
    ("Cairn Homes", "company", "idx"), ("Glenveagh Properties", "company", "idx"),
    ("Uniphar", "company", "idx"), ("FBD Holdings", "company", "idx"),
    ("Grafton Group plc", "company", "idx"), ("Musgrave Group", "company", "big"),
    ("Dunnes Stores", "company", "big"), ("Greencore Group", "company", "idx"),
    ("C&C Group", "company", "idx"), ("Applegreen", "company", "big"),
    ("Tirlán", "cooperative", "big"), ("Dawn Meats", "company", "big"),
    ("ABP Food Group", "company", "big"), ("Keelings", "company", "big"),
    ("Datalex", "company", "idx"), ("Donegal Investment Group", "company", "idx"),
    ("O'Brien Plumbing", "sole_trader", "sole"), ("Murphy Electrical", "sole_trader", "sole"),
    ("Byrne Carpentry", "sole_trader", "sole"), ("Siobhán Kelly Accountancy", "sole_trader", "sole"),
    ("Doyle Motors", "sole_trader", "sole"),
    ("Department of Agriculture, Food and the Marine", "ministry", "gov"),
    ("Office of Public Works", "agency", "gov"),
    ("Revenue Commissioners", "tax_authority", "gov"),
    ("Department of Social Protection", "state_social_fund", "gov"),
    ("Galway County Council", "county", "mun"), ("Leitrim County Council", "county", "mun"),
    ("Kilkenny County Council", "county", "mun"), ("Fingal County Council", "county", "mun"),
    ("Waterford City and County Council", "county", "mun"),
    ("Limerick and Clare Education and Training Board", "public_school", "mun"),
    ("Coláiste Chraobh Abhann", "public_school", "mun"),
    ("University of Limerick", "public_university", "edu"),
    ("Maynooth University", "public_university", "edu"),
    ("Atlantic Technological University", "public_university", "edu"),
    ("Cork University Hospital", "public_hospital", "edu"),
    ("Health Service Executive", "public_hospital", "edu"),
    ("Courts Service of Ireland", "court", "crt"),
    ("An Garda Síochána, Tullamore District", "police", "crt"),
    ("Irish Naval Service", "armed_forces", "crt"),
    ("Embassy of Canada to Ireland", "embassy", "gov"),
    ("ESB", "state_owned_company", "soe"), ("An Post", "state_owned_company", "soe"),
    ("International Fund for Ireland", "international_org", "io"),
    ("Griffith College", "private_university", "np"),
    ("Diocese of Kildare and Leighlin", "church", "np"),
    ("Irish Red Cross", "national_red_cross", "np"), ("Focus Ireland", "charity", "np"),
], persons=dict(style="western", variant="ie",
    gm=["Seán", "Conor", "Cian", "Darragh", "Patrick", "Liam", "Ciarán", "Niall", "Eoin", "Michael"],
    gf=["Aoife", "Siobhán", "Niamh", "Ciara", "Sinéad", "Aisling", "Róisín", "Mary", "Emma", "Gráinne"],
    sur=["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "Doyle",
         "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore", "McLoughlin",
         "Fitzgerald"],
    anon=["Cash Customer"]))

# ================================================================= CA
C["CA"] = dict(lang="en", src={
    "idx": "S&P/TSX Composite and SmallCap constituents",
    "gov": "federal departments and agencies (canada.ca)",
    "prov": "provincial ministries and municipalities (official sites)",
    "edu": "public school boards, universities and health authorities (official sites)",
    "crt": "courts, police and Canadian Forces bases (official sites)",
    "fn": "First Nations band governments (CIRNAC First Nation profiles)",
    "soe": "Crown corporations (federal / provincial lists)",
    "io": "international organisations headquartered in Canada",
    "np": "charities, churches and private schools (CRA charities listing)",
}, orgs=[
    ("Cogeco Communications", "company", "idx", "fr"), ("Cascades inc.", "company", "idx", "fr"),
    ("Stella-Jones", "company", "idx"), ("Quincaillerie Richelieu", "company", "idx", "fr"),
    ("Industries Lassonde inc.", "company", "idx", "fr"), ("Transcontinental inc.", "company", "idx", "fr"),
    ("Saputo", "company", "idx"), ("Metro inc.", "company", "idx", "fr"),
    ("Boyd Group Services", "company", "idx"), ("Toromont Industries", "company", "idx"),
    ("Finning International", "company", "idx"), ("Linamar Corporation", "company", "idx"),
    ("Martinrea International", "company", "idx"), ("Winpak Ltd.", "company", "idx"),
    ("The North West Company", "company", "idx"), ("Andrew Peller Limited", "company", "idx"),
    ("Maple Leaf Foods", "company", "idx"), ("Gildan Activewear", "company", "idx"),
    ("Groupe BMTC", "company", "idx", "fr"), ("Pollard Banknote", "company", "idx"),
    ("Tremblay Plomberie", "sole_trader", "sole", "fr"), ("Gagnon Électrique", "sole_trader", "sole", "fr"),
    ("MacDonald Carpentry", "sole_trader", "sole"), ("Singh Trucking", "sole_trader", "sole"),
    ("Roy Comptabilité", "sole_trader", "sole", "fr"),
    ("Agriculture and Agri-Food Canada", "ministry", "gov"),
    ("Statistique Canada", "federal_agency", "gov", "fr"),
    ("Service correctionnel du Canada", "federal_agency", "gov", "fr"),
    ("Ministère des Transports et de la Mobilité durable du Québec", "regional_government", "prov", "fr"),
    ("Ontario Ministry of Transportation", "regional_government", "prov"),
    ("Ville de Rimouski", "municipality", "prov", "fr"), ("Ville de Saint-Hyacinthe", "municipality", "prov", "fr"),
    ("City of Kamloops", "municipality", "prov"), ("Town of Cobourg", "municipality", "prov"),
    ("Municipality of Chatham-Kent", "municipality", "prov"),
    ("Regional Municipality of Waterloo", "county", "prov"),
    ("Centre de services scolaire des Sommets", "public_school", "edu", "fr"),
    ("Peel District School Board", "public_school", "edu"),
    ("Université du Québec à Chicoutimi", "public_university", "edu", "fr"),
    ("University of Regina", "public_university", "edu"),
    ("CISSS de la Gaspésie", "public_hospital", "edu", "fr"),
    ("Alberta Health Services", "public_hospital", "edu"),
    ("Ontario Superior Court of Justice", "court", "crt"),
    ("Sûreté du Québec", "police", "crt", "fr"),
    ("BFC Valcartier", "armed_forces", "crt", "fr"),
    ("Administration portuaire de Montréal", "port_authority", "gov", "fr"),
    ("Mohawk Council of Kahnawà:ke", "tribal_government", "fn"),
    ("Membertou First Nation", "tribal_government", "fn"),
    ("Royal Norwegian Embassy in Ottawa", "embassy", "gov"),
    ("Hydro-Québec", "state_owned_company", "soe", "fr"),
    ("Postes Canada", "state_owned_company", "soe", "fr"),
    ("Organisation de l'aviation civile internationale", "international_org", "io", "fr"),
    ("Trinity Western University", "private_university", "np"),
    ("Collège Jean-de-Brébeuf", "private_school", "np", "fr"),
    ("Archidiocèse de Montréal", "church", "np", "fr"),
    ("Canadian Red Cross", "national_red_cross", "np"),
], persons=dict(style="western", variant="ca",
    gm=["Jean", "Marc", "Louis", "Mathieu", "Étienne", "Sébastien", "Philippe", "Ryan", "Tyler", "Brandon", "Justin"],
    gf=["Marie", "Catherine", "Isabelle", "Julie", "Geneviève", "Mélanie", "Nathalie", "Ashley", "Emily", "Jessica"],
    sur=["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
         "Smith", "Brown", "MacDonald", "Wilson", "Campbell", "Singh", "Martin", "Lee", "Thompson", "Anderson"],
    fr_given={"Jean", "Marc", "Louis", "Mathieu", "Étienne", "Sébastien", "Philippe", "Marie", "Catherine",
              "Isabelle", "Julie", "Geneviève", "Mélanie", "Nathalie"},
    anon=["Client comptant"], anon_lang="fr"))

# ================================================================= AU
C["AU"] = dict(lang="en", src={
    "idx": "S&P/ASX 200 and Small Ordinaries constituents",
    "gov": "Australian Government departments and agencies (directory.gov.au)",
    "st": "state agencies and local councils (official sites)",
    "edu": "public schools, universities and health services (official sites)",
    "crt": "courts, police and defence bases (official sites)",
    "soe": "government business enterprises (Department of Finance list)",
    "io": "international organisations in Australia",
    "np": "charities, churches and private institutions (ACNC register)",
}, orgs=[
    ("Bapcor", "company", "idx"), ("Reliance Worldwide", "company", "idx"),
    ("GWA Group", "company", "idx"), ("Bega Cheese", "company", "idx"),
    ("Inghams Group", "company", "idx"), ("Super Retail Group", "company", "idx"),
    ("Nick Scali", "company", "idx"), ("Premier Investments", "company", "idx"),
    ("Breville Group", "company", "idx"), ("Cleanaway Waste Management", "company", "idx"),
    ("Downer EDI", "company", "idx"), ("Monadelphous Group", "company", "idx"),
    ("NRW Holdings", "company", "idx"), ("Codan Limited", "company", "idx"),
    ("Credit Corp Group", "company", "idx"), ("Lovisa Holdings", "company", "idx"),
    ("Accent Group", "company", "idx"), ("Adairs", "company", "idx"),
    ("Beacon Lighting Group", "company", "idx"), ("Elders Limited", "company", "idx"),
    ("Nguyen Electrical", "sole_trader", "sole"), ("O'Connor Plumbing", "sole_trader", "sole"),
    ("Mitchell Landscaping", "sole_trader", "sole"), ("Jess Walker Bookkeeping", "sole_trader", "sole"),
    ("Kelly's Mobile Mechanic", "sole_trader", "sole"),
    ("Department of Agriculture, Fisheries and Forestry", "ministry", "gov"),
    ("Services Australia", "state_social_fund", "gov"),
    ("Australian Taxation Office", "tax_authority", "gov"),
    ("Bureau of Meteorology", "federal_agency", "gov"),
    ("Transport for NSW", "regional_government", "st"),
    ("City of Ballarat", "municipality", "st"), ("Shire of Augusta-Margaret River", "municipality", "st"),
    ("Wagga Wagga City Council", "municipality", "st"), ("Townsville City Council", "municipality", "st"),
    ("Clarence Valley Council", "municipality", "st"), ("Mount Barker District Council", "municipality", "st"),
    ("Toowoomba State High School", "public_school", "edu"),
    ("Bendigo Senior Secondary College", "public_school", "edu"),
    ("James Cook University", "public_university", "edu"),
    ("Charles Sturt University", "public_university", "edu"),
    ("Hunter New England Local Health District", "public_hospital", "edu"),
    ("Royal Darwin Hospital", "public_hospital", "edu"),
    ("Magistrates Court of Tasmania", "court", "crt"), ("County Court of Victoria", "court", "crt"),
    ("Queensland Police Service", "police", "crt"),
    ("RAAF Base Amberley", "armed_forces", "crt"),
    ("Public Transport Authority of Western Australia", "transit_authority", "st"),
    ("Embassy of the Republic of Indonesia, Canberra", "embassy", "gov"),
    ("Australia Post", "state_owned_company", "soe"), ("NBN Co Limited", "state_owned_company", "soe"),
    ("UNHCR Multi-Country Office Canberra", "international_org", "io"),
    ("Bond University", "private_university", "np"),
    ("The King's School, Parramatta", "private_school", "np"),
    ("Anglican Diocese of Bathurst", "church", "np"),
    ("Australian Red Cross", "national_red_cross", "np"),
], persons=dict(style="western", variant="au",
    gm=["Jack", "Oliver", "William", "Lachlan", "Thomas", "Joshua", "Liam", "Noah", "Cooper", "Ethan", "Matthew"],
    gf=["Charlotte", "Olivia", "Chloe", "Emily", "Sophie", "Isabella", "Jessica", "Ella", "Grace", "Mia"],
    sur=["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White",
         "Anderson", "Walker", "Thompson", "Thomas", "Lee", "Ryan", "Kelly", "King", "Harris", "Robinson",
         "Campbell", "Mitchell"],
    anon=["Cash Sale"]))

# ================================================================= DE
C["DE"] = dict(lang="de", src={
    "idx": "MDAX / SDAX constituents",
    "gov": "Bundesbehörden (bund.de Behördenverzeichnis)",
    "mun": "Länder, Kreise und Gemeinden (Gemeindeverzeichnis Destatis / official sites)",
    "edu": "öffentliche Schulen, Hochschulen und Kliniken (official sites)",
    "crt": "Gerichte, Polizei und Bundeswehr (official sites)",
    "soe": "Beteiligungen des Bundes (Beteiligungsbericht des Bundes)",
    "io": "international organisations with seat in Germany",
    "np": "Stiftungen, Kirchen, private Hochschulen und Vereine (official sites)",
}, orgs=[
    ("Krones AG", "company", "idx"), ("Jungheinrich", "company", "idx"),
    ("KSB SE & Co. KGaA", "company", "idx"), ("Stabilus", "company", "idx"),
    ("Pfeiffer Vacuum GmbH", "company", "idx"), ("Wacker Neuson SE", "company", "idx"),
    ("Dürr", "company", "idx"), ("NORMA Group", "company", "idx"),
    ("SGL Carbon", "company", "idx"), ("Sixt GmbH & Co. Autovermietung KG", "company", "idx"),
    ("Hornbach Baumarkt AG", "company", "idx"), ("Fielmann", "company", "idx"),
    ("CEWE", "company", "idx"), ("Bechtle", "company", "idx"),
    ("GFT Technologies SE", "company", "idx"), ("Villeroy & Boch", "company", "idx"),
    ("Koenig & Bauer", "company", "idx"), ("Vossloh", "company", "idx"),
    ("WashTec", "company", "idx"), ("Takkt", "company", "idx"), ("Deutz AG", "company", "idx"),
    ("Elektro Becker", "sole_trader", "sole"), ("Malermeister Hoffmann", "sole_trader", "sole"),
    ("Schreinerei Schulz", "sole_trader", "sole"), ("Müller Sanitär", "sole_trader", "sole"),
    ("Steuerberater Klaus Wagner", "professional", "sole"),
    ("Bundesministerium für Ernährung und Landwirtschaft", "ministry", "gov"),
    ("Bundesamt für Seeschifffahrt und Hydrographie", "federal_agency", "gov"),
    ("Agentur für Arbeit Bamberg-Coburg", "federal_agency", "gov"),
    ("Deutsche Rentenversicherung Knappschaft-Bahn-See", "state_social_fund", "gov"),
    ("Landratsamt Dingolfing-Landau", "county", "mun"), ("Landratsamt Ostalbkreis", "county", "mun"),
    ("Stadt Kempten (Allgäu)", "municipality", "mun"), ("Stadtverwaltung Zwickau", "municipality", "mun"),
    ("Gemeinde Wustermark", "municipality", "mun"), ("Hansestadt Lüneburg", "municipality", "mun"),
    ("Kreisverwaltung Mayen-Koblenz", "county", "mun"),
    ("Landesbetrieb Straßenbau NRW", "regional_government", "mun"),
    ("Städtisches Gymnasium Gütersloh", "public_school", "edu"),
    ("Universität Bayreuth", "public_university", "edu"), ("Hochschule Harz", "public_university", "edu"),
    ("Universitätsklinikum Jena", "public_hospital", "edu"),
    ("Amtsgericht Tempelhof-Kreuzberg", "court", "crt"), ("Landgericht Ravensburg", "court", "crt"),
    ("Polizeipräsidium Oberfranken", "police", "crt"), ("Bundespolizeidirektion Pirna", "police", "crt"),
    ("Panzerbataillon 203", "armed_forces", "crt"), ("Gebirgsjägerbataillon 232", "armed_forces", "crt"),
    ("Botschaft der Republik Estland", "embassy", "gov"),
    ("DB Cargo AG", "state_owned_company", "soe"),
    ("DFS Deutsche Flugsicherung GmbH", "state_owned_company", "soe"),
    ("Stiftung Warentest", "state_founded_fund", "np"),
    ("Deutsche Bundesstiftung Umwelt", "state_founded_fund", "np"),
    ("EUMETSAT", "international_org", "io"),
    ("Bucerius Law School", "private_university", "np"),
    ("Schule Schloss Salem", "private_school", "np"),
    ("Erzbistum Bamberg", "church", "np"),
    ("DRK-Kreisverband Heilbronn e.V.", "national_red_cross", "np"),
], persons=dict(style="western", variant="de",
    gm=["Lukas", "Jonas", "Maximilian", "Felix", "Tobias", "Stefan", "Andreas", "Michael", "Thomas", "Jan", "Sebastian", "Florian"],
    gf=["Anna", "Laura", "Julia", "Lena", "Katharina", "Sabine", "Claudia", "Sandra", "Nicole", "Miriam", "Jana"],
    sur=["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
         "Braun", "Krüger", "Hartmann", "Lange"],
    anon=["Laufkunde"]))

# ================================================================= AT
C["AT"] = dict(lang="de", src={
    "idx": "Wiener Börse prime market / ATX constituents",
    "big": "large Austrian private companies (Trend Top 500)",
    "gov": "Bundesministerien und Bundesämter (oesterreich.gv.at)",
    "mun": "Länder, Bezirkshauptmannschaften und Gemeinden (Statistik Austria Gemeindeverzeichnis)",
    "edu": "öffentliche Schulen, Universitäten und Landeskliniken (official sites)",
    "crt": "Gerichte, Polizei und Bundesheer (official sites)",
    "soe": "ÖBAG portfolio and federal companies",
    "io": "international organisations in Vienna",
    "np": "Kirchen, Vereine und Privatuniversitäten (official sites)",
}, orgs=[
    ("Agrana", "company", "idx"), ("Rosenbauer International AG", "company", "idx"),
    ("Palfinger", "company", "idx"), ("Semperit AG Holding", "company", "idx"),
    ("Lenzing AG", "company", "idx"), ("Zumtobel Group", "company", "idx"),
    ("Kapsch TrafficCom", "company", "idx"), ("Kontron AG", "company", "idx"),
    ("AT&S", "company", "idx"), ("DO & CO", "company", "idx"),
    ("Porr AG", "company", "idx"), ("Mayr-Melnhof Karton", "company", "idx"),
    ("Schoeller-Bleckmann Oilfield Equipment", "company", "idx"), ("Frequentis AG", "company", "idx"),
    ("Josef Manner & Comp. AG", "company", "big"), ("SPAR Österreichische Warenhandels-AG", "company", "big"),
    ("XXXLutz", "company", "big"), ("Doppelmayr", "company", "big"),
    ("Fritz Egger GmbH & Co. OG", "company", "big"), ("Greiner AG", "company", "big"),
    ("Installateur Gruber", "sole_trader", "sole"), ("Elektro Huber e.U.", "sole_trader", "sole"),
    ("Tischlerei Pichler", "sole_trader", "sole"), ("Malerei Moser", "sole_trader", "sole"),
    ("Steuerberatung Mag. Eva Wallner", "professional", "sole"),
    ("Bundesministerium für Land- und Forstwirtschaft, Regionen und Wasserwirtschaft", "ministry", "gov"),
    ("Bundesamt für Eich- und Vermessungswesen", "federal_agency", "gov"),
    ("Amt der Tiroler Landesregierung", "regional_government", "mun"),
    ("Amt der Steiermärkischen Landesregierung", "regional_government", "mun"),
    ("Bezirkshauptmannschaft Zell am See", "district_administration", "mun"),
    ("Bezirkshauptmannschaft Gmunden", "district_administration", "mun"),
    ("Magistrat der Stadt Wels", "municipality", "mun"), ("Stadtgemeinde Leoben", "municipality", "mun"),
    ("Marktgemeinde Lustenau", "municipality", "mun"), ("Gemeinde Seefeld in Tirol", "municipality", "mun"),
    ("BRG Lienz", "public_school", "edu"),
    ("Leopold-Franzens-Universität Innsbruck", "public_university", "edu"),
    ("Montanuniversität Leoben", "public_university", "edu"),
    ("Landeskrankenhaus Feldkirch", "public_hospital", "edu"),
    ("Landesgericht Klagenfurt", "court", "crt"), ("Bezirksgericht Bregenz", "court", "crt"),
    ("Landespolizeidirektion Kärnten", "police", "crt"),
    ("Jägerbataillon 25", "armed_forces", "crt"), ("Militärkommando Salzburg", "armed_forces", "crt"),
    ("Botschaft der Bundesrepublik Deutschland Wien", "embassy", "gov"),
    ("Österreichische Gesundheitskasse", "state_social_fund", "gov"),
    ("ÖBB-Infrastruktur AG", "state_owned_company", "soe"),
    ("Österreichische Post AG", "state_owned_company", "soe"),
    ("Internationale Atomenergie-Organisation", "international_org", "io"),
    ("OPEC Fund for International Development", "international_org", "io"),
    ("Webster Vienna Private University", "private_university", "np"),
    ("Erzdiözese Salzburg", "church", "np"),
    ("Caritas der Erzdiözese Wien", "charity", "np"),
    ("Österreichisches Rotes Kreuz, Landesverband Tirol", "national_red_cross", "np"),
], persons=dict(style="western", variant="at",
    gm=["Lukas", "David", "Tobias", "Florian", "Markus", "Christoph", "Stefan", "Matthias", "Dominik", "Bernhard"],
    gf=["Anna", "Sarah", "Lisa", "Katharina", "Julia", "Christina", "Verena", "Theresa", "Magdalena", "Elisabeth"],
    sur=["Gruber", "Huber", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer", "Leitner",
         "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier", "Reiter",
         "Egger", "Brunner", "Lang", "Baumgartner"],
    anon=["Barverkauf"]))

# ================================================================= CH
C["CH"] = dict(lang="de", src={
    "idx": "SIX Swiss Performance Index (SPI) constituents",
    "big": "large Swiss private companies (Handelszeitung Top 500)",
    "gov": "Bundesverwaltung (admin.ch)",
    "mun": "Kantone und Gemeinden (BFS amtliches Gemeindeverzeichnis)",
    "edu": "öffentliche Schulen, Hochschulen und Spitäler (official sites)",
    "crt": "Gerichte, Kantonspolizeien und Armee (official sites)",
    "soe": "federal and cantonal companies",
    "io": "international organisations in Geneva (Swiss host-state list)",
    "np": "Kirchen, Hilfswerke und Privatschulen (official sites)",
}, orgs=[
    ("Bucher Industries AG", "company", "idx"), ("Belimo", "company", "idx"),
    ("Bossard AG", "company", "idx"), ("Comet Holding", "company", "idx"),
    ("Dätwyler", "company", "idx"), ("Emmi", "company", "idx"),
    ("Bell Food Group", "company", "idx"), ("Orior AG", "company", "idx"),
    ("Forbo", "company", "idx"), ("Interroll", "company", "idx"),
    ("Kardex", "company", "idx"), ("Komax AG", "company", "idx"),
    ("Landis+Gyr", "company", "idx"), ("SFS Group", "company", "idx"),
    ("Siegfried Holding", "company", "idx"), ("Stadler Rail AG", "company", "idx"),
    ("Vetropack", "company", "idx"), ("Ypsomed", "company", "idx"),
    ("Bobst SA", "company", "idx", "fr"), ("Helsinn Healthcare SA", "company", "big", "it"),
    ("Cornèr Banca SA", "company", "big", "it"),
    ("Sanitär Meier", "sole_trader", "sole"), ("Schreinerei Keller", "sole_trader", "sole"),
    ("Menuiserie Favre", "sole_trader", "sole", "fr"),
    ("Bernasconi Impianti Elettrici", "sole_trader", "sole", "it"),
    ("Malergeschäft Frei", "sole_trader", "sole"),
    ("Bundesamt für Strassen ASTRA", "federal_agency", "gov"),
    ("Office fédéral de la statistique", "federal_agency", "gov", "fr"),
    ("armasuisse", "federal_agency", "gov"),
    ("Staatskanzlei des Kantons Thurgau", "regional_government", "mun"),
    ("République et Canton du Jura", "regional_government", "mun", "fr"),
    ("Repubblica e Cantone Ticino, Dipartimento del territorio", "regional_government", "mun", "it"),
    ("Stadt Winterthur", "municipality", "mun"), ("Gemeinde Wallisellen", "municipality", "mun"),
    ("Einwohnergemeinde Thun", "municipality", "mun"), ("Commune de Nyon", "municipality", "mun", "fr"),
    ("Ville de Sion", "municipality", "mun", "fr"), ("Comune di Mendrisio", "municipality", "mun", "it"),
    ("Kantonsschule Wattwil", "public_school", "edu"), ("Collège du Sud", "public_school", "edu", "fr"),
    ("Universität Basel", "public_university", "edu"),
    ("Université de Neuchâtel", "public_university", "edu", "fr"),
    ("Università della Svizzera italiana", "public_university", "edu", "it"),
    ("Kantonsspital Graubünden", "public_hospital", "edu"),
    ("Hôpital du Valais", "public_hospital", "edu", "fr"),
    ("Bezirksgericht Zürich", "court", "crt"), ("Tribunal cantonal vaudois", "court", "crt", "fr"),
    ("Kantonspolizei St. Gallen", "police", "crt"),
    ("Police cantonale fribourgeoise", "police", "crt", "fr"),
    ("Logistikbasis der Armee", "armed_forces", "crt"),
    ("Botschaft von Japan in der Schweiz", "embassy", "gov"),
    ("Ausgleichskasse des Kantons Bern", "state_social_fund", "mun"),
    ("SBB Cargo AG", "state_owned_company", "soe"), ("Swisscom", "state_owned_company", "soe"),
    ("Banque Cantonale Vaudoise", "state_owned_company", "soe", "fr"),
    ("Comité international de la Croix-Rouge", "international_org", "io", "fr"),
    ("CERN", "international_org", "io", "fr"),
    ("Franklin University Switzerland", "private_university", "np", "it"),
    ("Institut Le Rosey", "private_school", "np", "fr"),
    ("Kloster Einsiedeln", "church", "np"),
    ("Schweizerisches Rotes Kreuz", "national_red_cross", "np"),
], persons=dict(style="western", variant="ch",
    gm=["Luca", "Noah", "David", "Marco", "Daniel", "Thomas", "Reto", "Urs", "Beat", "Simon"],
    gf=["Laura", "Sarah", "Anna", "Nicole", "Sandra", "Andrea", "Corinne", "Regula"],
    sur=["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer",
         "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer"],
    fr=dict(gm=["Nicolas", "Julien", "Olivier", "Yves"], gf=["Sophie", "Céline", "Valérie", "Chantal"],
            sur=["Favre", "Rochat", "Bonvin", "Perret", "Rey", "Girard"]),
    it=dict(gm=["Matteo", "Alessandro", "Giorgio"], gf=["Giulia", "Chiara", "Paola"],
            sur=["Bernasconi", "Rossi", "Bianchi", "Fontana", "Pedrazzini"]),
    anon=["Barverkauf"]))

# ================================================================= FR
C["FR"] = dict(lang="fr", src={
    "idx": "SBF 120 / CAC Mid & Small constituents",
    "gov": "administrations de l'État (annuaire service-public.fr)",
    "mun": "collectivités territoriales (code officiel géographique / annuaire service-public.fr)",
    "edu": "établissements publics d'enseignement et de santé (annuaire éducation / FINESS)",
    "crt": "juridictions, police, gendarmerie et armées (official sites)",
    "soe": "participations de l'État (Agence des participations de l'État)",
    "io": "international organisations headquartered in Paris",
    "np": "associations, diocèses et établissements privés (official sites)",
}, orgs=[
    ("Groupe SEB", "company", "idx"), ("Rexel France SAS", "company", "idx"),
    ("Nexans", "company", "idx"), ("SPIE France", "company", "idx"),
    ("Elis", "company", "idx"), ("Sopra Steria Group", "company", "idx"),
    ("Alten SA", "company", "idx"), ("Trigano", "company", "idx"),
    ("Manitou BF", "company", "idx"), ("Somfy SA", "company", "idx"),
    ("Bénéteau", "company", "idx"), ("Lectra", "company", "idx"),
    ("Virbac", "company", "idx"), ("Fnac Darty", "company", "idx"),
    ("Vicat", "company", "idx"), ("Mersen", "company", "idx"),
    ("Quadient", "company", "idx"), ("Société BIC", "company", "idx"),
    ("Tarkett", "company", "idx"), ("Guerbet", "company", "idx"), ("Lisi", "company", "idx"),
    ("Plomberie Martin", "sole_trader", "sole"), ("Électricité Dubois", "sole_trader", "sole"),
    ("Menuiserie Lefèvre", "sole_trader", "sole"), ("Thomas Petit EI", "sole_trader", "sole"),
    ("Cabinet infirmier Sophie Girard", "professional", "sole"),
    ("Ministère de la Transition écologique", "ministry", "gov"),
    ("Direction générale des Finances publiques", "tax_authority", "gov"),
    ("Météo-France", "federal_agency", "gov"),
    ("Agence de l'eau Loire-Bretagne", "agency", "gov"),
    ("France Travail", "state_social_fund", "gov"),
    ("Région Occitanie", "regional_government", "mun"),
    ("Conseil départemental du Cantal", "county", "mun"),
    ("Mairie de Quimperlé", "municipality", "mun"), ("Commune de Saint-Flour", "municipality", "mun"),
    ("Ville de Vierzon", "municipality", "mun"), ("Préfecture de la Haute-Marne", "regional_government", "gov"),
    ("Lycée Champollion, Figeac", "public_school", "edu"),
    ("Université de Bretagne Occidentale", "public_university", "edu"),
    ("Université de Pau et des Pays de l'Adour", "public_university", "edu"),
    ("Centre hospitalier de Périgueux", "public_hospital", "edu"), ("CHU de Poitiers", "public_hospital", "edu"),
    ("Tribunal judiciaire de Quimper", "court", "crt"), ("Cour d'appel d'Agen", "court", "crt"),
    ("Groupement de gendarmerie départementale de la Manche", "police", "crt"),
    ("Commissariat de police de Vannes", "police", "crt"),
    ("1er régiment de hussards parachutistes", "armed_forces", "crt"),
    ("Base aérienne 118 Mont-de-Marsan", "armed_forces", "crt"),
    ("Ambassade d'Irlande en France", "embassy", "gov"),
    ("SNCF Réseau", "state_owned_company", "soe"), ("La Poste", "state_owned_company", "soe"),
    ("OCDE", "international_org", "io"), ("Agence spatiale européenne", "international_org", "io"),
    ("Institut catholique de Paris", "private_university", "np"),
    ("École des Roches", "private_school", "np"),
    ("Diocèse de Nantes", "church", "np"),
    ("Croix-Rouge française", "national_red_cross", "np"), ("Les Restos du Cœur", "charity", "np"),
], persons=dict(style="western", variant="fr",
    gm=["Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Pierre", "Alexandre", "Romain", "Guillaume", "Hugo", "Mathieu"],
    gf=["Camille", "Léa", "Manon", "Chloé", "Sarah", "Julie", "Marion", "Pauline", "Émilie", "Céline"],
    sur=["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
         "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
         "Morel", "Girard", "André", "Mercier", "Blanc"],
    anon=["Client comptoir"]))

# ================================================================= BE
C["BE"] = dict(lang="nl", src={
    "idx": "Euronext Brussels (BEL Mid / BEL Small) listed companies",
    "big": "large Belgian private companies (Trends Top / KBO register)",
    "gov": "federale en gewestelijke overheidsdiensten (belgium.be)",
    "mun": "gemeenten, provincies en OCMW's / communes et provinces (official sites)",
    "edu": "publieke scholen, universiteiten en ziekenhuizen (official sites)",
    "crt": "rechtbanken, politiezones en Defensie (official sites)",
    "soe": "autonome overheidsbedrijven en staatsbedrijven (federal participations)",
    "io": "international organisations headquartered in Brussels",
    "np": "vzw's, bisdommen en vrije scholen (KBO register)",
}, orgs=[
    ("Barco NV", "company", "idx"), ("NV Bekaert SA", "company", "idx"),
    ("Melexis", "company", "idx"), ("Recticel", "company", "idx"),
    ("Ontex", "company", "idx"), ("Van de Velde", "company", "idx"),
    ("Picanol", "company", "idx"), ("Deceuninck", "company", "idx"),
    ("Etex", "company", "big"), ("Lotus Bakeries", "company", "idx"),
    ("Tessenderlo Group", "company", "idx"), ("Fagron", "company", "idx"),
    ("Kinepolis Group", "company", "idx"), ("D'Ieteren", "company", "idx", "fr"),
    ("EVS Broadcast Equipment SA", "company", "idx", "fr"), ("Exmar", "company", "idx"),
    ("Vandemoortele", "company", "big"), ("Puratos", "company", "big"),
    ("Agfa-Gevaert", "company", "idx"), ("Jensen-Group", "company", "idx"),
    ("Loodgieterij Peeters", "sole_trader", "sole"), ("Elektriciteit Janssens", "sole_trader", "sole"),
    ("Menuiserie Lambert", "sole_trader", "sole", "fr"), ("Boekhoudkantoor Maes", "sole_trader", "sole"),
    ("Chauffage Dupont", "sole_trader", "sole", "fr"),
    ("FOD Financiën", "tax_authority", "gov"),
    ("Agence fédérale pour la sécurité de la chaîne alimentaire", "federal_agency", "gov", "fr"),
    ("Vlaamse Milieumaatschappij", "agency", "gov"),
    ("Service public de Wallonie", "regional_government", "gov", "fr"),
    ("Stad Mechelen", "municipality", "mun"), ("Gemeente Zoersel", "municipality", "mun"),
    ("Ville de Namur", "municipality", "mun", "fr"), ("Commune de Waterloo", "municipality", "mun", "fr"),
    ("Provincie Limburg", "regional_government", "mun"),
    ("Province de Luxembourg", "regional_government", "mun", "fr"),
    ("OCMW Aalst", "municipality", "mun"), ("CPAS de Charleroi", "municipality", "mun", "fr"),
    ("GO! atheneum Mol", "public_school", "edu"), ("Athénée royal de Namur", "public_school", "edu", "fr"),
    ("Universiteit Gent", "public_university", "edu"), ("Université de Liège", "public_university", "edu", "fr"),
    ("UZ Leuven", "public_hospital", "edu"), ("CHU de Liège", "public_hospital", "edu", "fr"),
    ("Rechtbank van eerste aanleg Antwerpen", "court", "crt"),
    ("Tribunal de première instance du Hainaut", "court", "crt", "fr"),
    ("Politiezone Antwerpen", "police", "crt"), ("Zone de police Mons-Quévy", "police", "crt", "fr"),
    ("Luchtmachtbasis Kleine-Brogel", "armed_forces", "crt"),
    ("Ambassade du Japon en Belgique", "embassy", "gov", "fr"),
    ("NMBS", "state_owned_company", "soe"), ("bpost", "state_owned_company", "soe"),
    ("NAVO", "international_org", "io"),
    ("Organisation mondiale des douanes", "international_org", "io", "fr"),
    ("Vlerick Business School", "private_university", "np"),
    ("Sint-Barbaracollege Gent", "private_school", "np"),
    ("Bisdom Brugge", "church", "np"), ("Rode Kruis-Vlaanderen", "national_red_cross", "np"),
], persons=dict(style="western", variant="be",
    gm=["Lucas", "Arthur", "Wout", "Pieter", "Jonas", "Bram", "Jan", "Kristof"],
    gf=["Emma", "Louise", "Lotte", "Els", "An", "Sofie", "Griet"],
    sur=["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
         "De Smet", "Hermans", "Vermeulen", "Van den Broeck"],
    fr=dict(gm=["Louis", "Nathan", "Olivier", "Maxime", "Benoît"], gf=["Camille", "Manon", "Marie", "Julie", "Aurélie"],
            sur=["Dubois", "Lambert", "Dupont", "Martin", "Leclercq", "Simon", "Laurent", "Lemaire"]),
    anon=["Kassaverkoop"]))

# ================================================================= NL
C["NL"] = dict(lang="nl", src={
    "idx": "AEX / AMX / AScX constituents",
    "big": "large Dutch private companies (KVK register / retail rankings)",
    "gov": "Rijksoverheid ministeries en uitvoeringsorganisaties (rijksoverheid.nl / Staatsalmanak)",
    "mun": "provincies, gemeenten en waterschappen (CBS gemeentelijke indeling / official sites)",
    "edu": "openbare scholen en universiteiten (DUO register)",
    "crt": "rechtspraak, politie en Defensie (official sites)",
    "soe": "staatsdeelnemingen (jaarverslag beheer staatsdeelnemingen)",
    "io": "international organisations in The Hague",
    "np": "stichtingen, kerken en private instellingen (KVK register)",
}, orgs=[
    ("Aalberts", "company", "idx"), ("Arcadis Nederland B.V.", "company", "idx"),
    ("BE Semiconductor Industries", "company", "idx"), ("Corbion", "company", "idx"),
    ("Fugro", "company", "idx"), ("Heijmans", "company", "idx"),
    ("Kendrion", "company", "idx"), ("Koninklijke BAM Groep", "company", "idx"),
    ("Nedap N.V.", "company", "idx"), ("Sligro Food Group", "company", "idx"),
    ("TKH Group", "company", "idx"), ("TomTom", "company", "idx"),
    ("Van Lanschot Kempen", "company", "idx"), ("Vopak", "company", "idx"),
    ("Brunel International", "company", "idx"), ("Signify", "company", "idx"),
    ("Alfen", "company", "idx"), ("ForFarmers", "company", "idx"),
    ("Coolblue B.V.", "company", "big"), ("Jumbo Supermarkten", "company", "big"),
    ("Loodgietersbedrijf De Vries", "sole_trader", "sole"), ("Klusbedrijf Jansen", "sole_trader", "sole"),
    ("Schildersbedrijf Bakker", "sole_trader", "sole"), ("Administratiekantoor Visser", "sole_trader", "sole"),
    ("Hoveniersbedrijf Smit", "sole_trader", "sole"),
    ("Ministerie van Infrastructuur en Waterstaat", "ministry", "gov"),
    ("Rijkswaterstaat", "federal_agency", "gov"),
    ("Rijksdienst voor Ondernemend Nederland", "federal_agency", "gov"),
    ("Dienst Justitiële Inrichtingen", "federal_agency", "gov"),
    ("Sociale Verzekeringsbank", "state_social_fund", "gov"),
    ("Provincie Drenthe", "regional_government", "mun"),
    ("Gemeente Hardenberg", "municipality", "mun"), ("Gemeente Sittard-Geleen", "municipality", "mun"),
    ("Gemeente Súdwest-Fryslân", "municipality", "mun"), ("Gemeente Zeist", "municipality", "mun"),
    ("Waterschap Rivierenland", "water_board", "mun"),
    ("Stedelijk Gymnasium Leiden", "public_school", "edu"),
    ("Universiteit Twente", "public_university", "edu"),
    ("Rijksuniversiteit Groningen", "public_university", "edu"),
    ("Rechtbank Gelderland", "court", "crt"), ("Gerechtshof Arnhem-Leeuwarden", "court", "crt"),
    ("Politie Eenheid Oost-Nederland", "police", "crt"),
    ("Koninklijke Marechaussee", "armed_forces", "crt"), ("Vliegbasis Leeuwarden", "armed_forces", "crt"),
    ("Ambassade van de Verenigde Staten in Den Haag", "embassy", "gov"),
    ("NS", "state_owned_company", "soe"), ("Royal Schiphol Group", "state_owned_company", "soe"),
    ("OPCW", "international_org", "io"), ("Europees Octrooibureau", "international_org", "io"),
    ("Nyenrode Business Universiteit", "private_university", "np"),
    ("Protestantse Gemeente Utrecht", "church", "np"),
    ("Nederlandse Rode Kruis", "national_red_cross", "np"), ("KWF Kankerbestrijding", "charity", "np"),
], persons=dict(style="western", variant="nl",
    gm=["Daan", "Sem", "Lucas", "Bram", "Thijs", "Jeroen", "Mark", "Pieter", "Ruben", "Niels"],
    gf=["Emma", "Sophie", "Julia", "Anouk", "Lisa", "Sanne", "Fleur", "Femke", "Eva", "Ilse"],
    sur=["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
         "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
         "Dekker", "Brouwer"],
    anon=["Contante verkoop"]))

# ================================================================= ES
C["ES"] = dict(lang="es", src={
    "idx": "Mercado Continuo (IBEX Medium / Small Cap) listed companies",
    "big": "large Spanish private companies (Actualidad Económica ranking)",
    "gov": "Administración General del Estado (administracion.gob.es)",
    "mun": "comunidades autónomas y entidades locales (Registro de Entidades Locales)",
    "edu": "centros públicos de enseñanza y sanidad (RUCT / Catálogo Nacional de Hospitales)",
    "crt": "juzgados, cuerpos de seguridad y Fuerzas Armadas (official sites)",
    "soe": "empresas públicas (SEPI / Ministerio de Transportes)",
    "io": "international organisations headquartered in Madrid",
    "np": "entidades religiosas, ONG y centros privados (registers)",
}, orgs=[
    ("Viscofan SA", "company", "idx"), ("Ebro Foods, S.A.", "company", "idx"),
    ("Vidrala", "company", "idx"), ("CIE Automotive", "company", "idx"),
    ("Gestamp", "company", "idx"), ("Talgo", "company", "idx"),
    ("Prosegur", "company", "idx"), ("Fluidra", "company", "idx"),
    ("Faes Farma", "company", "idx"), ("Almirall", "company", "idx"),
    ("Ence Energía y Celulosa", "company", "idx"), ("Tubacex", "company", "idx"),
    ("Sacyr", "company", "idx"), ("Miquel y Costas & Miquel, S.A.", "company", "idx"),
    ("Azkoyen", "company", "idx"), ("Elecnor", "company", "idx"),
    ("CAF", "company", "idx"), ("Mercadona S.A.", "company", "big"),
    ("Lingotes Especiales", "company", "idx"), ("Grupo Catalana Occidente", "company", "idx"),
    ("Fontanería Hernández", "sole_trader", "sole"), ("Electricidad García", "sole_trader", "sole"),
    ("Reformas López", "sole_trader", "sole"), ("Asesoría Fernández", "sole_trader", "sole"),
    ("Fusteria Puig", "sole_trader", "sole", "ca"),
    ("Ministerio de Agricultura, Pesca y Alimentación", "ministry", "gov"),
    ("Agencia Estatal de Administración Tributaria", "tax_authority", "gov"),
    ("Dirección General de Tráfico", "federal_agency", "gov"),
    ("Instituto Nacional de Estadística", "federal_agency", "gov"),
    ("Tesorería General de la Seguridad Social", "state_social_fund", "gov"),
    ("Junta de Castilla y León, Consejería de Educación", "regional_government", "mun"),
    ("Generalitat de Catalunya, Departament de Salut", "regional_government", "mun", "ca"),
    ("Xunta de Galicia", "regional_government", "mun", "gl"),
    ("Ayuntamiento de Ponferrada", "municipality", "mun"),
    ("Ayuntamiento de Alcalá de Guadaíra", "municipality", "mun"),
    ("Ajuntament de Girona", "municipality", "mun", "ca"),
    ("Diputación Provincial de Teruel", "county", "mun"), ("Cabildo de Lanzarote", "county", "mun"),
    ("IES Alfonso X el Sabio", "public_school", "edu"),
    ("Universidad de Extremadura", "public_university", "edu"),
    ("Universitat de Lleida", "public_university", "edu", "ca"),
    ("Hospital Universitario de Cabueñes", "public_hospital", "edu"),
    ("Complejo Hospitalario Universitario de Albacete", "public_hospital", "edu"),
    ("Tribunal Superior de Justicia de Aragón", "court", "crt"),
    ("Comandancia de la Guardia Civil de Cuenca", "police", "crt"),
    ("Mossos d'Esquadra", "police", "crt", "ca"),
    ("Brigada Paracaidista (BRIPAC)", "armed_forces", "crt"), ("Base Aérea de Zaragoza", "armed_forces", "crt"),
    ("Embajada de Suecia en Madrid", "embassy", "gov"),
    ("Renfe Viajeros", "state_owned_company", "soe"),
    ("Sociedad Estatal Correos y Telégrafos, S.A.", "state_owned_company", "soe"),
    ("Organización Mundial del Turismo", "international_org", "io"),
    ("Universidad de Navarra", "private_university", "np"), ("Colegio Estudio", "private_school", "np"),
    ("Arzobispado de Sevilla", "church", "np"),
    ("Cruz Roja Española", "national_red_cross", "np"), ("Cáritas Diocesana de Valencia", "charity", "np"),
], persons=dict(style="western", variant="es",
    gm=["Antonio", "José", "Manuel", "Francisco", "David", "Javier", "Daniel", "Carlos", "Alejandro", "Pablo", "Sergio"],
    gf=["María", "Carmen", "Ana", "Laura", "Lucía", "Marta", "Cristina", "Elena", "Sara", "Paula"],
    sur=["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
         "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
         "Gutiérrez", "Navarro", "Torres"],
    anon=["Cliente contado"]))

# ================================================================= PT
C["PT"] = dict(lang="pt", src={
    "idx": "Euronext Lisbon listed companies",
    "big": "large Portuguese private companies (Exame 1000)",
    "gov": "administração central do Estado (portugal.gov.pt / SIOE)",
    "mun": "municípios, freguesias e regiões autónomas (DGAL)",
    "edu": "escolas, universidades e ULS públicas (DGEEC / SNS)",
    "crt": "tribunais, forças de segurança e Forças Armadas (official sites)",
    "soe": "setor empresarial do Estado (DGTF)",
    "io": "international organisations headquartered in Lisbon",
    "np": "IPSS, dioceses e instituições privadas (registers)",
}, orgs=[
    ("The Navigator Company", "company", "idx"), ("Altri SGPS", "company", "idx"),
    ("Semapa", "company", "idx"), ("Corticeira Amorim", "company", "idx"),
    ("Mota-Engil", "company", "idx"), ("Sonae MC", "company", "idx"),
    ("Jerónimo Martins", "company", "idx"), ("NOS Comunicações", "company", "idx"),
    ("Ibersol", "company", "idx"), ("CTT", "company", "idx"),
    ("Ramada Aços", "company", "idx"), ("Teixeira Duarte", "company", "idx"),
    ("Sumol+Compal", "company", "big"), ("Delta Cafés", "company", "big"),
    ("Vista Alegre Atlantis", "company", "idx"), ("Lusiaves", "company", "big"),
    ("Frulact", "company", "big"), ("Bial – Portela & Cª, S.A.", "company", "big"),
    ("Hovione", "company", "big"), ("Worten – Equipamentos para o Lar, S.A.", "company", "big"),
    ("Canalizações Silva", "sole_trader", "sole"), ("Eletricidade Santos", "sole_trader", "sole"),
    ("Carpintaria Ferreira", "sole_trader", "sole"), ("Contabilidade Pereira", "sole_trader", "sole"),
    ("Oficina Costa", "sole_trader", "sole"),
    ("Ministério da Agricultura e Pescas", "ministry", "gov"),
    ("Autoridade Tributária e Aduaneira", "tax_authority", "gov"),
    ("Instituto Português do Mar e da Atmosfera", "federal_agency", "gov"),
    ("Agência para a Modernização Administrativa", "agency", "gov"),
    ("Instituto da Segurança Social, I.P.", "state_social_fund", "gov"),
    ("Câmara Municipal de Viseu", "municipality", "mun"), ("Câmara Municipal de Tavira", "municipality", "mun"),
    ("Município de Fafe", "municipality", "mun"), ("Junta de Freguesia de Arroios", "municipality", "mun"),
    ("Governo Regional dos Açores", "regional_government", "mun"),
    ("Agrupamento de Escolas de Ponte de Lima", "public_school", "edu"),
    ("Escola Secundária Jaime Moniz", "public_school", "edu"),
    ("Universidade de Évora", "public_university", "edu"),
    ("Universidade da Beira Interior", "public_university", "edu"),
    ("Instituto Politécnico de Bragança", "public_university", "edu"),
    ("Unidade Local de Saúde do Baixo Alentejo", "public_hospital", "edu"),
    ("Tribunal Judicial da Comarca de Braga", "court", "crt"), ("Tribunal da Relação de Coimbra", "court", "crt"),
    ("PSP – Comando Distrital de Leiria", "police", "crt"),
    ("GNR – Comando Territorial de Beja", "police", "crt"),
    ("Regimento de Infantaria n.º 14", "armed_forces", "crt"),
    ("Base Aérea n.º 11", "armed_forces", "crt"),
    ("Embaixada de Espanha em Lisboa", "embassy", "gov"),
    ("Águas de Portugal, SGPS, S.A.", "state_owned_company", "soe"),
    ("TAP Air Portugal", "state_owned_company", "soe"),
    ("Comunidade dos Países de Língua Portuguesa", "international_org", "io"),
    ("Universidade Católica Portuguesa", "private_university", "np"),
    ("Colégio Moderno", "private_school", "np"),
    ("Patriarcado de Lisboa", "church", "np"),
    ("Cruz Vermelha Portuguesa", "national_red_cross", "np"),
    ("Santa Casa da Misericórdia de Braga", "charity", "np"),
], persons=dict(style="western", variant="pt",
    gm=["João", "Rodrigo", "Tiago", "Miguel", "Pedro", "Diogo", "Rui", "Nuno", "Ricardo", "André"],
    gf=["Maria", "Ana", "Beatriz", "Inês", "Mariana", "Sofia", "Catarina", "Joana", "Rita", "Marta"],
    sur=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
         "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho"],
    anon=["Consumidor final"]))

# ================================================================= IT
C["IT"] = dict(lang="it", src={
    "idx": "FTSE Italia Mid Cap / Small Cap constituents",
    "big": "large Italian private companies (Mediobanca annual survey)",
    "gov": "amministrazioni centrali (IndicePA)",
    "mun": "regioni, province e comuni (IndicePA / ISTAT codici comuni)",
    "edu": "scuole statali, università e aziende sanitarie (IndicePA / MIUR)",
    "crt": "uffici giudiziari, forze di polizia e Forze Armate (official sites)",
    "soe": "società partecipate dal MEF",
    "io": "international organisations in Rome",
    "np": "enti ecclesiastici, ONLUS e istituti paritari (registers)",
}, orgs=[
    ("Brembo S.p.A.", "company", "idx"), ("Interpump Group", "company", "idx"),
    ("Datalogic", "company", "idx"), ("De'Longhi Appliances S.r.l.", "company", "idx"),
    ("Technogym", "company", "idx"), ("Sesa", "company", "idx"),
    ("Reply", "company", "idx"), ("Piaggio & C. SpA", "company", "idx"),
    ("Danieli & C. Officine Meccaniche", "company", "idx"), ("Carel Industries", "company", "idx"),
    ("Sabaf", "company", "idx"), ("El.En.", "company", "idx"),
    ("Zignago Vetro", "company", "idx"), ("Buzzi", "company", "idx"),
    ("Esprinet", "company", "idx"), ("Unieuro", "company", "idx"),
    ("Sanlorenzo", "company", "idx"), ("Luigi Lavazza S.p.A.", "company", "big"),
    ("Barilla G. e R. Fratelli", "company", "big"), ("Cementir Holding", "company", "idx"),
    ("Idraulica Russo", "sole_trader", "sole"), ("Impianti Elettrici Esposito", "sole_trader", "sole"),
    ("Falegnameria Colombo", "sole_trader", "sole"), ("Ferramenta Bruno", "sole_trader", "sole"),
    ("Studio Commercialista Dott. Romano", "professional", "sole"),
    ("Ministero dell'Ambiente e della Sicurezza Energetica", "ministry", "gov"),
    ("Agenzia delle Entrate – Direzione Provinciale di Cuneo", "tax_authority", "gov"),
    ("Istituto Nazionale di Statistica", "federal_agency", "gov"),
    ("Agenzia del Demanio", "agency", "gov"),
    ("INPS – Direzione Provinciale di Pavia", "state_social_fund", "gov"),
    ("Regione Marche", "regional_government", "mun"), ("Provincia di Rovigo", "county", "mun"),
    ("Comune di Cesena", "municipality", "mun"), ("Comune di Alghero", "municipality", "mun"),
    ("Comune di Belluno", "municipality", "mun"), ("Unione dei Comuni della Bassa Romagna", "municipality", "mun"),
    ("Liceo Scientifico Statale \"A. Righi\" Cesena", "public_school", "edu"),
    ("Università degli Studi di Camerino", "public_university", "edu"),
    ("Università degli Studi di Sassari", "public_university", "edu"),
    ("Azienda Ospedaliero-Universitaria Senese", "public_hospital", "edu"), ("ASL Taranto", "public_hospital", "edu"),
    ("Tribunale di Lecco", "court", "crt"), ("Corte d'Appello di Trento", "court", "crt"),
    ("Questura di Ascoli Piceno", "police", "crt"),
    ("Comando Provinciale Carabinieri di Asti", "police", "crt"),
    ("7° Reggimento Alpini", "armed_forces", "crt"),
    ("Ambasciata Reale di Danimarca", "embassy", "gov"),
    ("Trenitalia S.p.A.", "state_owned_company", "soe"), ("Poste Italiane", "state_owned_company", "soe"),
    ("FAO", "international_org", "io"),
    ("Fondo Internazionale per lo Sviluppo Agricolo (IFAD)", "international_org", "io"),
    ("Università Commerciale Luigi Bocconi", "private_university", "np"),
    ("Istituto Leone XIII", "private_school", "np"),
    ("Diocesi di Brescia", "church", "np"),
    ("Croce Rossa Italiana", "national_red_cross", "np"), ("Caritas Ambrosiana", "charity", "np"),
], persons=dict(style="western", variant="it",
    gm=["Marco", "Alessandro", "Andrea", "Luca", "Matteo", "Francesco", "Giuseppe", "Lorenzo", "Davide", "Stefano", "Simone"],
    gf=["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Elena", "Federica", "Alessia", "Silvia"],
    sur=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
         "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"],
    anon=["Cliente al banco"]))

# ================================================================= PL
C["PL"] = dict(lang="pl", src={
    "idx": "GPW mWIG40 / sWIG80 constituents",
    "gov": "administracja rządowa (gov.pl)",
    "mun": "jednostki samorządu terytorialnego (TERYT / BIP)",
    "edu": "szkoły publiczne, uczelnie publiczne i SP ZOZ (RSPO / POL-on / RPWDL)",
    "crt": "sądy, Policja i Siły Zbrojne (official sites)",
    "soe": "spółki Skarbu Państwa i spółki komunalne (KPRM list / BIP)",
    "io": "international organisations in Warsaw",
    "np": "fundacje, parafie i uczelnie niepubliczne (KRS / POL-on)",
}, orgs=[
    ("Asseco Poland S.A.", "company", "idx"), ("Budimex SA", "company", "idx"),
    ("CCC", "company", "idx"), ("Comarch", "company", "idx"),
    ("Dino Polska", "company", "idx"), ("Grupa Kęty S.A.", "company", "idx"),
    ("Inter Cars", "company", "idx"), ("Neuca", "company", "idx"),
    ("Amica S.A.", "company", "idx"), ("Boryszew", "company", "idx"),
    ('Fabryki Mebli "Forte" S.A.', "company", "idx"), ("Wielton", "company", "idx"),
    ("Ferro S.A.", "company", "idx"), ("Auto Partner", "company", "idx"),
    ("Kruk S.A.", "company", "idx"), ("Benefit Systems", "company", "idx"),
    ("Eurocash", "company", "idx"), ("Stalprodukt", "company", "idx"),
    ("Selena FM", "company", "idx"), ("Arctic Paper", "company", "idx"),
    ("Zakład Instalacyjny Marek Nowak", "sole_trader", "sole"),
    ("Firma Handlowa Wiśniewski", "sole_trader", "sole"),
    ("Biuro Rachunkowe Anna Kamińska", "sole_trader", "sole"),
    ("Usługi Remontowe Lewandowski", "sole_trader", "sole"),
    ("Stolarstwo Zieliński", "sole_trader", "sole"),
    ("Ministerstwo Rolnictwa i Rozwoju Wsi", "ministry", "gov"),
    ("Główny Urząd Statystyczny", "federal_agency", "gov"),
    ("GDDKiA Oddział w Olsztynie", "federal_agency", "gov"),
    ("ZUS Oddział w Tarnowie", "state_social_fund", "gov"),
    ("Urząd Marszałkowski Województwa Podkarpackiego", "regional_government", "mun"),
    ("Starostwo Powiatowe w Gnieźnie", "county", "mun"),
    ("Urząd Miasta Zamość", "municipality", "mun"), ("Urząd Gminy Krokowa", "municipality", "mun"),
    ("Urząd Miejski w Kłodzku", "municipality", "mun"), ("Gmina Wieliczka", "municipality", "mun"),
    ("I Liceum Ogólnokształcące im. Mikołaja Kopernika w Krośnie", "public_school", "edu"),
    ("Uniwersytet Opolski", "public_university", "edu"), ("Politechnika Rzeszowska", "public_university", "edu"),
    ("Szpital Powiatowy w Zawierciu", "public_hospital", "edu"),
    ("Sąd Rejonowy w Pszczynie", "court", "crt"), ("Sąd Okręgowy w Siedlcach", "court", "crt"),
    ("Komenda Powiatowa Policji w Nowym Targu", "police", "crt"),
    ("Jednostka Wojskowa Komandosów", "armed_forces", "crt"),
    ("33. Baza Lotnictwa Transportowego", "armed_forces", "crt"),
    ("Ambasada Republiki Czeskiej w Warszawie", "embassy", "gov"),
    ("PKP Intercity", "state_owned_company", "soe"), ("Poczta Polska S.A.", "state_owned_company", "soe"),
    ("MPK S.A. w Krakowie", "municipal_company", "soe"),
    ("Biuro Instytucji Demokratycznych i Praw Człowieka OBWE", "international_org", "io"),
    ("Uniwersytet SWPS", "private_university", "np"),
    ("Akademia Leona Koźmińskiego", "private_university", "np"),
    ("Parafia Rzymskokatolicka pw. św. Jakuba Apostoła w Toruniu", "church", "np"),
    ("Polski Czerwony Krzyż", "national_red_cross", "np"),
    ("Fundacja Wielka Orkiestra Świątecznej Pomocy", "charity", "np"),
], persons=dict(style="western", variant="pl",
    gm=["Piotr", "Krzysztof", "Tomasz", "Andrzej", "Paweł", "Michał", "Marcin", "Jakub", "Łukasz", "Grzegorz", "Adam"],
    gf=["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Monika", "Joanna", "Aleksandra", "Małgorzata", "Ewa", "Karolina"],
    sur=["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
         "Piotrowski", "Grabowski"],
    anon=["Klient detaliczny"]))

# ================================================================= CZ
C["CZ"] = dict(lang="cs", src={
    "big": "large Czech companies (CZECH TOP 100 / obchodní rejstřík)",
    "gov": "ústřední správní úřady (gov.cz / RPP)",
    "mun": "kraje, obce a městské části (RÚIAN / Portál veřejné správy)",
    "edu": "veřejné školy, vysoké školy a nemocnice (rejstřík škol / NRPZS)",
    "crt": "soudy, Policie ČR a Armáda ČR (official sites)",
    "soe": "státní podniky a akciové společnosti státu (Ministry of Finance list)",
    "io": "international organisations in Prague",
    "np": "církve, neziskové organizace a soukromé vysoké školy (registers)",
}, orgs=[
    ("Kofola ČeskoSlovensko a.s.", "company", "big"), ("Colt CZ Group", "company", "big"),
    ("Alza.cz a.s.", "company", "big"), ("Rohlik", "company", "big"),
    ("Datart", "company", "big"), ("Kooperativa pojišťovna", "company", "big"),
    ("Agrofert", "company", "big"), ("Třinecké železárny", "company", "big"),
    ("LINET spol. s r.o.", "company", "big"), ("Škoda Group", "company", "big"),
    ("Tescoma s.r.o.", "company", "big"), ("Koh-i-noor Hardtmuth", "company", "big"),
    ("Moravia Steel", "company", "big"), ("Plzeňský Prazdroj, a.s.", "company", "big"),
    ("Jablotron", "company", "big"), ("Petrof spol. s r.o.", "company", "big"),
    ("Madeta a.s.", "company", "big"), ("Hamé s.r.o.", "company", "big"),
    ("Emco spol. s r.o.", "company", "big"), ("Tedom", "company", "big"),
    ("Instalatérství Novák", "sole_trader", "sole"), ("Elektro Svoboda", "sole_trader", "sole"),
    ("Truhlářství Dvořák", "sole_trader", "sole"), ("Účetnictví Jana Černá", "sole_trader", "sole"),
    ("Malířství Procházka", "sole_trader", "sole"),
    ("Ministerstvo zemědělství", "ministry", "gov"),
    ("Český úřad zeměměřický a katastrální", "federal_agency", "gov"),
    ("Finanční úřad pro Jihočeský kraj", "tax_authority", "gov"),
    ("Úřad práce ČR – krajská pobočka v Pardubicích", "federal_agency", "gov"),
    ("Česká správa sociálního zabezpečení", "state_social_fund", "gov"),
    ("Krajský úřad Olomouckého kraje", "regional_government", "mun"),
    ("Kraj Vysočina", "regional_government", "mun"),
    ("Město Kutná Hora", "municipality", "mun"), ("Statutární město Zlín", "municipality", "mun"),
    ("Obec Dolní Břežany", "municipality", "mun"), ("Městská část Praha 6", "municipality", "mun"),
    ("Gymnázium Pelhřimov", "public_school", "edu"), ("Gymnázium Jana Nerudy", "public_school", "edu"),
    ("Univerzita Hradec Králové", "public_university", "edu"),
    ("Jihočeská univerzita v Českých Budějovicích", "public_university", "edu"),
    ("Fakultní nemocnice Ostrava", "public_hospital", "edu"),
    ("Nemocnice Jihlava, příspěvková organizace", "public_hospital", "edu"),
    ("Okresní soud v Berouně", "court", "crt"), ("Krajský soud v Plzni", "court", "crt"),
    ("Krajské ředitelství policie Libereckého kraje", "police", "crt"),
    ("22. základna letectva Náměšť nad Oslavou", "armed_forces", "crt"),
    ("Velvyslanectví Rakouské republiky v Praze", "embassy", "gov"),
    ("Lesy České republiky, s.p.", "unitary_enterprise", "soe"),
    ("Řízení letového provozu ČR, s.p.", "unitary_enterprise", "soe"),
    ("ČD Cargo, a.s.", "state_owned_company", "soe"),
    ("Informační centrum OSN v Praze", "international_org", "io"),
    ("Metropolitní univerzita Praha", "private_university", "np"),
    ("Arcibiskupství olomoucké", "church", "np"),
    ("Český červený kříž", "national_red_cross", "np"), ("Člověk v tísni, o.p.s.", "charity", "np"),
], persons=dict(style="western", variant="cz",
    gm=["Jan", "Jakub", "Tomáš", "Martin", "Petr", "Lukáš", "Jiří", "David", "Ondřej", "Pavel"],
    gf=["Jana", "Tereza", "Eva", "Lucie", "Kateřina", "Veronika", "Martina", "Petra", "Lenka", "Michaela"],
    sur=[("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Novotný", "Novotná"), ("Dvořák", "Dvořáková"),
         ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"), ("Veselý", "Veselá"),
         ("Horák", "Horáková"), ("Němec", "Němcová"), ("Marek", "Marková"), ("Pokorný", "Pokorná"),
         ("Pospíšil", "Pospíšilová"), ("Hájek", "Hájková"), ("Jelínek", "Jelínková"), ("Král", "Králová")],
    anon=["Maloobchodní prodej"]))

# ================================================================= SE
C["SE"] = dict(lang="sv", src={
    "idx": "Nasdaq Stockholm Large/Mid Cap listed companies",
    "gov": "statliga myndigheter (Statskontoret myndighetsregister)",
    "mun": "regioner, länsstyrelser och kommuner (SCB kommunkoder)",
    "edu": "kommunala skolor, universitet och regionsjukhus (Skolverket / UKÄ)",
    "crt": "domstolar, Polismyndigheten och Försvarsmakten (official sites)",
    "soe": "statligt ägda bolag (Regeringskansliet, Verksamhetsberättelse för bolag med statligt ägande)",
    "io": "international organisations and institutes in Stockholm",
    "np": "stiftelser, trossamfund och ideella föreningar (official sites)",
}, orgs=[
    ("Beijer Ref AB", "company", "idx"), ("Bufab", "company", "idx"),
    ("Clas Ohlson AB", "company", "idx"), ("Dometic", "company", "idx"),
    ("Hexpol", "company", "idx"), ("Indutrade", "company", "idx"),
    ("JM AB", "company", "idx"), ("Lindab", "company", "idx"),
    ("Loomis Sverige AB", "company", "idx"), ("Mycronic", "company", "idx"),
    ("NCC Sverige AB", "company", "idx"), ("Nolato", "company", "idx"),
    ("Peab", "company", "idx"), ("Sweco Sverige AB", "company", "idx"),
    ("Thule", "company", "idx"), ("Troax", "company", "idx"),
    ("Fagerhult", "company", "idx"), ("Addtech", "company", "idx"),
    ("Systemair", "company", "idx"), ("Axfood", "company", "idx"),
    ("Johanssons Rör", "sole_trader", "sole"), ("Anderssons Bygg & Snickeri", "sole_trader", "sole"),
    ("Karlssons Måleri", "sole_trader", "sole"), ("Eriksson Redovisning", "sole_trader", "sole"),
    ("Lindqvists Elservice", "sole_trader", "sole"),
    ("Trafikverket", "federal_agency", "gov"), ("Skatteverket", "tax_authority", "gov"),
    ("Lantmäteriet", "federal_agency", "gov"), ("Arbetsförmedlingen", "federal_agency", "gov"),
    ("Försäkringskassan", "state_social_fund", "gov"),
    ("Myndigheten för samhällsskydd och beredskap", "federal_agency", "gov"),
    ("Region Jämtland Härjedalen", "regional_government", "mun"),
    ("Länsstyrelsen i Dalarnas län", "regional_government", "mun"),
    ("Kiruna kommun", "municipality", "mun"), ("Ljusdals kommun", "municipality", "mun"),
    ("Vimmerby kommun", "municipality", "mun"), ("Härnösands kommun", "municipality", "mun"),
    ("Hvitfeldtska gymnasiet", "public_school", "edu"),
    ("Umeå universitet", "public_university", "edu"), ("Mittuniversitetet", "public_university", "edu"),
    ("Sahlgrenska universitetssjukhuset", "public_hospital", "edu"),
    ("Göteborgs tingsrätt", "court", "crt"), ("Hovrätten för Västra Sverige", "court", "crt"),
    ("Polismyndigheten, Region Nord", "police", "crt"),
    ("Norrbottens regemente I 19", "armed_forces", "crt"),
    ("F 21 Norrbottens flygflottilj", "armed_forces", "crt"),
    ("Finlands ambassad i Stockholm", "embassy", "gov"),
    ("Vattenfall AB", "state_owned_company", "soe"), ("Systembolaget AB", "state_owned_company", "soe"),
    ("SJ AB", "state_owned_company", "soe"),
    ("Stockholms internationella fredsforskningsinstitut (SIPRI)", "state_founded_fund", "np"),
    ("International IDEA", "international_org", "io"),
    ("Handelshögskolan i Stockholm", "private_university", "np"),
    ("Svenska kyrkan, Uppsala pastorat", "church", "np"),
    ("Svenska Röda Korset", "national_red_cross", "np"),
], persons=dict(style="western", variant="se",
    gm=["Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Nils", "Mikael", "Oskar", "Fredrik", "Magnus"],
    gf=["Anna", "Eva", "Maria", "Karin", "Sara", "Emma", "Kristina", "Elin", "Linnea", "Ingrid"],
    sur=["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
         "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
         "Lindström", "Lindqvist", "Berglund", "Sandberg"],
    anon=["Kontantkund"]))

# ================================================================= NO
C["NO"] = dict(lang="no", src={
    "idx": "Oslo Børs listed companies (OBX / OSEBX)",
    "gov": "statlige etater og direktorater (regjeringen.no / Enhetsregisteret)",
    "mun": "fylkeskommuner, statsforvaltere og kommuner (SSB kommunenummer)",
    "edu": "offentlige skoler, universiteter og helseforetak (official sites)",
    "crt": "domstoler, politi og Forsvaret (official sites)",
    "soe": "statens eierskap (Statens eierberetning)",
    "io": "international organisations in Norway",
    "np": "stiftelser, trossamfunn og private høyskoler (Enhetsregisteret)",
}, orgs=[
    ("Kitron ASA", "company", "idx"), ("Tomra Systems", "company", "idx"),
    ("Veidekke", "company", "idx"), ("AF Gruppen", "company", "idx"),
    ("Borregaard", "company", "idx"), ("Atea AS", "company", "idx"),
    ("Europris", "company", "idx"), ("Kid Interiør", "company", "idx"),
    ("XXL Sport og Villmark", "company", "idx"), ("Bouvet", "company", "idx"),
    ("Elkem", "company", "idx"), ("Hexagon Composites", "company", "idx"),
    ("Nordic Semiconductor", "company", "idx"), ("Austevoll Seafood", "company", "idx"),
    ("Grieg Seafood", "company", "idx"), ("SalMar", "company", "idx"),
    ("Protector Forsikring", "company", "idx"), ("Wilh. Wilhelmsen", "company", "idx"),
    ("Schibsted", "company", "idx"), ("Rana Gruber", "company", "idx"),
    ("Hansen Rørlegger", "sole_trader", "sole"), ("Olsen Elektro", "sole_trader", "sole"),
    ("Berg Snekkerservice", "sole_trader", "sole"), ("Regnskapsfører Kari Nilsen", "sole_trader", "sole"),
    ("Johansen Maling", "sole_trader", "sole"),
    ("Statens vegvesen", "federal_agency", "gov"), ("Skatteetaten", "tax_authority", "gov"),
    ("Kartverket", "federal_agency", "gov"), ("NAV", "state_social_fund", "gov"),
    ("Direktoratet for samfunnssikkerhet og beredskap", "federal_agency", "gov"),
    ("Vestland fylkeskommune", "regional_government", "mun"),
    ("Innlandet fylkeskommune", "regional_government", "mun"),
    ("Statsforvalteren i Nordland", "regional_government", "mun"),
    ("Bodø kommune", "municipality", "mun"), ("Alta kommune", "municipality", "mun"),
    ("Lillehammer kommune", "municipality", "mun"), ("Hå kommune", "municipality", "mun"),
    ("Kongsvinger kommune", "municipality", "mun"),
    ("Nordahl Grieg videregående skole", "public_school", "edu"),
    ("UiT Norges arktiske universitet", "public_university", "edu"),
    ("Universitetet i Agder", "public_university", "edu"),
    ("Helse Bergen HF", "public_hospital", "edu"), ("Sykehuset Innlandet HF", "public_hospital", "edu"),
    ("Oslo tingrett", "court", "crt"), ("Gulating lagmannsrett", "court", "crt"),
    ("Sør-Vest politidistrikt", "police", "crt"),
    ("Brigade Nord", "armed_forces", "crt"), ("Ørland flystasjon", "armed_forces", "crt"),
    ("Danmarks ambassade i Oslo", "embassy", "gov"),
    ("Kongsberg Gruppen", "state_owned_company", "soe"), ("Vygruppen AS", "state_owned_company", "soe"),
    ("Posten Bring AS", "state_owned_company", "soe"),
    ("Stiftelsen GRID-Arendal", "state_founded_fund", "np"),
    ("NATO Joint Warfare Centre", "international_org", "io"),
    ("Handelshøyskolen BI", "private_university", "np"),
    ("Bergen kirkelige fellesråd", "church", "np"),
    ("Norges Røde Kors", "national_red_cross", "np"), ("Kirkens Bymisjon", "charity", "np"),
], persons=dict(style="western", variant="no",
    gm=["Ole", "Lars", "Jan", "Per", "Bjørn", "Kjetil", "Morten", "Espen", "Anders", "Håkon", "Magnus"],
    gf=["Kari", "Ingrid", "Anne", "Marit", "Hanne", "Silje", "Ingvild", "Ida", "Nora", "Camilla"],
    sur=["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
         "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
         "Jacobsen", "Dahl", "Halvorsen", "Strand"],
    anon=["Kontantsalg"]))

# ================================================================= DK
C["DK"] = dict(lang="da", src={
    "idx": "Nasdaq Copenhagen Large/Mid Cap listed companies",
    "big": "large Danish private companies and co-operatives (Børsen top 1000 / CVR)",
    "gov": "statslige styrelser (Danmarks Statistik / CVR)",
    "mun": "regioner og kommuner (Danmarks Statistik kommunekoder)",
    "edu": "folkeskoler, universiteter og sygehuse (official sites)",
    "crt": "domstole, politikredse og Forsvaret (official sites)",
    "soe": "statslige selskaber (Finansministeriets selskabsliste)",
    "io": "international organisations in Copenhagen (UN City)",
    "np": "foreninger, trossamfund og privatskoler (CVR)",
}, orgs=[
    ("Royal Unibrew", "company", "idx"), ("Netcompany", "company", "idx"),
    ("Matas A/S", "company", "idx"), ("FLSmidth", "company", "idx"),
    ("NKT", "company", "idx"), ("GN Store Nord", "company", "idx"),
    ("Jyske Bank", "company", "idx"), ("Sydbank", "company", "idx"),
    ("Schouw & Co.", "company", "idx"), ("Per Aarsleff", "company", "idx"),
    ("Columbus A/S", "company", "idx"), ("Brødrene A. & O. Johansen A/S", "company", "idx"),
    ("Solar Danmark A/S", "company", "idx"), ("SP Group", "company", "idx"),
    ("Scandinavian Tobacco Group", "company", "idx"), ("H+H International", "company", "idx"),
    ("Danish Crown", "cooperative", "big"), ("JYSK A/S", "company", "big"),
    ("Salling Group", "company", "big"), ("VELUX A/S", "company", "big"),
    ("Jensens VVS", "sole_trader", "sole"), ("Nielsen El-service", "sole_trader", "sole"),
    ("Hansen Tømrer & Snedker", "sole_trader", "sole"), ("Bogholder Mette Pedersen", "sole_trader", "sole"),
    ("Christensen Maler", "sole_trader", "sole"),
    ("Skattestyrelsen", "tax_authority", "gov"), ("Vejdirektoratet", "federal_agency", "gov"),
    ("Styrelsen for Dataforsyning og Infrastruktur", "federal_agency", "gov"),
    ("Udbetaling Danmark", "state_social_fund", "gov"), ("Beredskabsstyrelsen", "federal_agency", "gov"),
    ("Region Nordjylland", "regional_government", "mun"), ("Region Sjælland", "regional_government", "mun"),
    ("Viborg Kommune", "municipality", "mun"), ("Frederikshavn Kommune", "municipality", "mun"),
    ("Svendborg Kommune", "municipality", "mun"), ("Ringkøbing-Skjern Kommune", "municipality", "mun"),
    ("Tønder Kommune", "municipality", "mun"),
    ("Hellerup Skole", "public_school", "edu"),
    ("Aarhus Universitet", "public_university", "edu"), ("Syddansk Universitet", "public_university", "edu"),
    ("Aalborg Universitetshospital", "public_hospital", "edu"), ("Sygehus Lillebælt", "public_hospital", "edu"),
    ("Retten i Holbæk", "court", "crt"), ("Vestre Landsret", "court", "crt"),
    ("Fyns Politi", "police", "crt"), ("Nordsjællands Politi", "police", "crt"),
    ("Jydske Dragonregiment", "armed_forces", "crt"), ("Flyvestation Skrydstrup", "armed_forces", "crt"),
    ("Norges ambassade i København", "embassy", "gov"),
    ("DSB", "state_owned_company", "soe"), ("PostNord Danmark", "state_owned_company", "soe"),
    ("Nordisk Ministerråd", "international_org", "io"),
    ("UNICEF Supply Division", "international_org", "io"),
    ("Bernadotteskolen", "private_school", "np"),
    ("Sankt Ansgars Kirke", "church", "np"),
    ("Dansk Røde Kors", "national_red_cross", "np"), ("Kræftens Bekæmpelse", "charity", "np"),
], persons=dict(style="western", variant="dk",
    gm=["Jens", "Peter", "Lars", "Søren", "Niels", "Anders", "Rasmus", "Mikkel", "Christian", "Henrik"],
    gf=["Mette", "Anne", "Kirsten", "Hanne", "Camilla", "Louise", "Maria", "Sofie", "Line", "Pia"],
    sur=["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
         "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
         "Poulsen", "Johansen", "Møller", "Mortensen"],
    anon=["Kontantkunde"]))

# ================================================================= FI
C["FI"] = dict(lang="fi", src={
    "idx": "Nasdaq Helsinki Large/Mid Cap listed companies",
    "big": "large Finnish private companies (Talouselämä 500)",
    "gov": "valtion virastot ja ministeriöt (valtioneuvosto.fi / YTJ)",
    "mun": "hyvinvointialueet, maakuntien liitot ja kunnat (Tilastokeskus kuntaluokitus)",
    "edu": "julkiset oppilaitokset, yliopistot ja sairaalat (official sites)",
    "crt": "tuomioistuimet, poliisi ja Puolustusvoimat (official sites)",
    "soe": "valtion omistamat yhtiöt (valtioneuvoston omistajaohjaus)",
    "io": "international financial institutions in Helsinki",
    "np": "seurakunnat, järjestöt ja yksityiskoulut (YTJ)",
}, orgs=[
    ("Kemira Oyj", "company", "idx"), ("Konecranes", "company", "idx"),
    ("Tokmanni", "company", "idx"), ("Uponor Suomi Oy", "company", "idx"),
    ("Valmet", "company", "idx"), ("Harvia", "company", "idx"),
    ("Vaisala Oyj", "company", "idx"), ("Ponsse", "company", "idx"),
    ("Lassila & Tikanoja", "company", "idx"), ("YIT Suomi Oy", "company", "idx"),
    ("Talenom", "company", "idx"), ("Kamux", "company", "idx"),
    ("Verkkokauppa.com", "company", "idx"), ("Marimekko", "company", "idx"),
    ("Raisio", "company", "idx"), ("Atria Suomi Oy", "company", "idx"),
    ("Alma Media", "company", "idx"), ("Puuilo", "company", "idx"),
    ("Olvi", "company", "idx"), ("Oy Karl Fazer Ab", "company", "big", "sv"),
    ("LVI-Korhonen", "sole_trader", "sole"), ("Sähkö-Nieminen", "sole_trader", "sole"),
    ("Tmi Mäkinen Rakennus", "sole_trader", "sole"), ("Kirjanpitotoimisto Laine", "sole_trader", "sole"),
    ("Maalaus Heikkinen Tmi", "sole_trader", "sole"),
    ("Maa- ja metsätalousministeriö", "ministry", "gov"), ("Verohallinto", "tax_authority", "gov"),
    ("Väylävirasto", "federal_agency", "gov"), ("Maanmittauslaitos", "federal_agency", "gov"),
    ("Kela", "state_social_fund", "gov"), ("Tilastokeskus", "federal_agency", "gov"),
    ("Pirkanmaan hyvinvointialue", "regional_government", "mun"),
    ("Lapin liitto", "regional_government", "mun"),
    ("Kuopion kaupunki", "municipality", "mun"), ("Rovaniemen kaupunki", "municipality", "mun"),
    ("Sodankylän kunta", "municipality", "mun"), ("Borgå stad", "municipality", "mun", "sv"),
    ("Närpes stad", "municipality", "mun", "sv"),
    ("Tampereen lyseon lukio", "public_school", "edu"),
    ("Jyväskylän yliopisto", "public_university", "edu"), ("Itä-Suomen yliopisto", "public_university", "edu"),
    ("Keski-Pohjanmaan keskussairaala", "public_hospital", "edu"),
    ("Pirkanmaan käräjäoikeus", "court", "crt"), ("Vaasan hovioikeus", "court", "crt"),
    ("Sisä-Suomen poliisilaitos", "police", "crt"),
    ("Kainuun prikaati", "armed_forces", "crt"), ("Satakunnan lennosto", "armed_forces", "crt"),
    ("Ruotsin suurlähetystö Helsinki", "embassy", "gov"),
    ("VR-Yhtymä Oyj", "state_owned_company", "soe"), ("Posti Group Oyj", "state_owned_company", "soe"),
    ("Alko Oy", "state_owned_company", "soe"),
    ("Pohjoismainen Investointipankki", "international_org", "io"),
    ("Helsingin Suomalainen Yhteiskoulu", "private_school", "np"),
    ("Helsingin ortodoksinen seurakunta", "church", "np"),
    ("Suomen Punainen Risti", "national_red_cross", "np"),
], persons=dict(style="western", variant="fi",
    gm=["Mikko", "Juha", "Timo", "Jari", "Matti", "Antti", "Ville", "Jukka", "Janne", "Tuomas", "Sami"],
    gf=["Anna", "Maria", "Johanna", "Laura", "Tiina", "Sanna", "Heidi", "Minna", "Elina", "Katja", "Satu"],
    sur=["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
         "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
         "Heikkilä", "Kinnunen", "Salonen", "Turunen"],
    sv=dict(gm=["Johan", "Henrik", "Fredrik"], gf=["Mikaela", "Annika", "Sofia"],
            sur=["Lindholm", "Nyström", "Sjöberg", "Forsman", "Holmström"]),
    anon=["Käteisasiakas"]))

N_PERSONS = 25  # invented persons per country, plus the anonymous buyer(s)


# ------------------------------------------------------------- persons
def fem_slavic(s):
    for a, b in (("ский", "ская"), ("цкий", "цкая"), ("ський", "ська"), ("цький", "цька")):
        if s.endswith(a):
            return s[: -len(a)] + b
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    return s


def fem_polish(s):
    for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if s.endswith(a):
            return s[: -len(a)] + b
    return s


def person_slavic(rng, p, variant):
    female = rng.random() < 0.5
    given = rng.choice(p["gf"] if female else p["gm"])
    sur = rng.choice(p["sur"])
    sur = fem_slavic(sur) if female else sur
    pm, pf = rng.choice(p["pat"])
    pat = pf if female else pm
    lang = "uk" if variant == "ua" else "ru"
    if variant == "kz" and rng.random() < 0.2:
        km, kf = rng.choice(p["kk_pat"])
        return f"{sur} {given} {kf if female else km}", "kk"
    r = rng.random()
    if r < 0.40:
        return f"{sur} {given} {pat}", lang
    if r < 0.60:
        return f"{sur} {given[0]}.{pat[0]}.", lang
    if r < 0.75:
        return f"{given} {sur}", lang
    if r < 0.90:
        return f"{sur} {given}", lang
    return f"{sur}, {given}", lang


TITLES = {
    "us": (["Mr.", "Mr"], ["Mrs.", "Ms."]), "gb": (["Mr"], ["Mrs", "Ms"]), "ie": (["Mr"], ["Ms"]),
    "au": (["Mr"], ["Ms"]), "de": (["Herr"], ["Frau"]), "at": (["Herr", "Ing.", "Mag."], ["Frau", "Mag.", "Dr."]),
    "ch": (["Herr"], ["Frau"]), "fr": (["M."], ["Mme"]), "be": (["Dhr."], ["Mevr."]),
    "nl": (["Dhr."], ["Mevr."]), "es": (["D."], ["Dña."]), "pt": (["Sr."], ["Sra."]),
    "it": (["Sig."], ["Sig.ra"]), "pl": (["Pan"], ["Pani"]), "cz": (["Ing."], ["Mgr."]),
    "ca": (["Mr."], ["Mme"]),
}


def person_western(rng, p, variant, lang):
    pool = p
    plang = lang
    # sub-pools for multilingual countries
    if variant in ("ch", "be") and "fr" in p and rng.random() < (0.3 if variant == "ch" else 0.4):
        pool, plang = p["fr"], "fr"
    elif variant == "ch" and "it" in p and rng.random() < 0.12:
        pool, plang = p["it"], "it"
    elif variant == "fi" and "sv" in p and rng.random() < 0.12:
        pool, plang = p["sv"], "sv"
    female = rng.random() < 0.5
    given = rng.choice(pool["gf"] if female else pool["gm"])
    if variant == "ca":
        plang = "fr" if given in p["fr_given"] else "en"
    s = rng.choice(pool["sur"])
    if isinstance(s, tuple):
        sur = s[1] if female else s[0]
    elif variant == "pl":
        sur = fem_polish(s) if female else s
    else:
        sur = s
    if variant == "es":
        sur2 = rng.choice([x for x in pool["sur"] if x != sur])
        sur = f"{sur} {sur2}"
    if variant == "pt":
        mid = rng.choice([x for x in pool["sur"] if x != sur])
        sur = f"{mid} {sur}" if rng.random() < 0.6 else sur
    r = rng.random()
    if r < 0.45:
        name = f"{given} {sur}"
    elif r < 0.65:
        name = f"{sur}, {given}"
    elif r < 0.75:
        if variant == "nl" and " " in sur:
            prefix, core = sur.rsplit(" ", 1)
            name = f"{core}, {given[0]}. {prefix}"
        else:
            name = f"{given[0]}. {sur}"
    elif r < 0.83 and variant in ("us", "ca", "au", "gb", "ie"):
        name = f"{given} {rng.choice('ABCDEJKLMPRST')}. {sur}"
    elif r < 0.90 and variant in TITLES:
        tm, tf = TITLES["fr" if (variant == "ca" and plang == "fr") else ("us" if variant == "ca" else variant)]
        name = f"{rng.choice(tf if female else tm)} {given} {sur}"
    elif r < 0.95:
        name = f"{sur} {given}" if variant in ("pl", "cz", "it", "fi", "de", "at", "ch") else f"{sur}, {given[0]}."
    else:
        name = f"{given} {sur}"
    return name, plang


def make_persons(rng, code, cdef):
    p = cdef["persons"]
    out, seen = [], set()
    while len(out) < N_PERSONS:
        if p["style"] == "slavic":
            name, lang = person_slavic(rng, p, p["variant"])
        else:
            name, lang = person_western(rng, p, p["variant"], cdef["lang"])
        key = re.sub(r"\W", "", name).lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(dict(name=name, kind="private_person", source=SRC_PERSON, lang=lang, country=code))
    for a in p["anon"]:
        out.append(dict(name=a, kind="anonymous_retail", source=SRC_ANON,
                        lang=p.get("anon_lang", cdef["lang"]), country=code))
    return out


# --------------------------------------------------------- messiness
FORMS = ["ООО", "ПАО", "ОАО", "ЗАО", "АО", "ТОО", "ТОВ", "ПрАТ", "ИООО", "GmbH", "AG", "SE", "plc", "PLC",
         "Ltd", "Inc.", "Oyj", "AB", "ASA", "A/S", "S.p.A.", "SpA", "S.r.l.", "a.s.", "s.r.o.", "B.V.",
         "N.V.", "NV", "SA", "S.A.", "SAS", "Limited", "Corporation"]
FORM_RE = re.compile(r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(FORMS, key=len, reverse=True))
                     + r")(?=$|[\s,])")


def quote_form(name):
    m = FORM_RE.search(name)
    if not m:
        return None
    return name[: m.start()] + '"' + m.group(1) + '"' + name[m.end():]


def build():
    rng = random.Random(SEED)
    records = []
    for code, cdef in C.items():
        for e in cdef["orgs"]:
            name, kind, sc = e[0], e[1], e[2]
            lang = e[3] if len(e) > 3 else cdef["lang"]
            source = SRC_SOLE if sc == "sole" else cdef["src"][sc]
            records.append(dict(name=name, kind=kind, source=source, lang=lang, country=code))
        records.extend(make_persons(rng, code, cdef))

    # messiness on organisation names
    orgs = [r for r in records if r["kind"] not in ("private_person", "anonymous_retail")]
    idx = list(range(len(orgs)))
    rng.shuffle(idx)
    n_upper = round(0.05 * len(orgs))
    for i in idx[:n_upper]:
        orgs[i]["name"] = orgs[i]["name"].upper()
    quoted = 0
    for i in idx[n_upper:]:
        if quoted >= 14:
            break
        q = quote_form(orgs[i]["name"])
        if q:
            orgs[i]["name"] = q
            quoted += 1
    for i in rng.sample(range(len(orgs)), round(0.04 * len(orgs))):
        orgs[i]["name"] = orgs[i]["name"] + rng.choice([" ", "  ", "   "])
    persons = [r for r in records if r["kind"] == "private_person"]
    for i in rng.sample(range(len(persons)), round(0.03 * len(persons))):
        persons[i]["name"] = persons[i]["name"] + " "

    for r in records:
        r["item"] = rng.choice(ITEMS[r["lang"]])
    rng.shuffle(records)
    return records


def write(records):
    (OUT / "layouts").mkdir(parents=True, exist_ok=True)
    (OUT / "key").mkdir(parents=True, exist_ok=True)
    with open(OUT / "layouts" / "jn_names.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Customer", "Item"])
        for r in records:
            w.writerow([r["name"], r["item"]])
    with open(OUT / "key" / "jn_names.labels.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
        for i, r in enumerate(records):
            label, amb = KIND_LABEL[r["kind"]]
            w.writerow([i, label, "true" if amb else "false", r["kind"], r["country"], r["source"]])
    key = {
        "id": "jn_names",
        "system": "blind name probe (no real export): one buyer name and one neutral office product per record",
        "country": "multi",
        "language": "multi",
        "docs": [
            "Names written from public lists named per record in the labels file's source column: stock-index "
            "constituents (MOEX, KASE, S&P 400/600, FTSE 250, ISEQ, TSX, ASX, MDAX/SDAX, ATX, SPI, SBF 120, BEL, "
            "AMX/AScX, Mercado Continuo, Euronext Lisbon, FTSE Italia Mid/Small, mWIG40/sWIG80, Nasdaq Nordic), "
            "national lists of government bodies, municipalities, courts, universities and hospitals, "
            "state-ownership reports and charity/church registers, from memory of those lists (no web access).",
            "Persons are invented from common given names and surnames of each country.",
        ],
        "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None, "tax_id": None,
                   "email": None, "payment": None, "comment": None},
        "also_ok": {},
        "notes": ("UTF-8 without BOM, comma-separated, header Customer,Item, one record per line, no title or "
                  "totals lines. 24 countries, each with companies and sole traders, public bodies with "
                  "contrast cases (state-owned companies, private universities and schools, churches, charities, "
                  "national Red Cross societies, international organisations, state-founded foundations), "
                  "invented private persons and one anonymous walk-in buyer. Item is one neutral office product "
                  "in the buyer's language, so only the name decides. About 5% of organisation names are upper "
                  "case, some carry trailing spaces or a quoted legal form."),
    }
    with open(OUT / "key" / "jn_names.json", "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    write(build())
