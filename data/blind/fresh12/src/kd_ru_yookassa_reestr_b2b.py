"""ЮKassa — «Реестр B2B-платежей» (payments from legal entities through
СберБанк Бизнес Онлайн, payment type code 2S), CSV attachment of one day.

Layout per the ЮKassa docs for the standard B2B registry: a title line
«РЕЕСТР ПЛАТЕЖЕЙ ОТ ЮРИДИЧЕСКИХ ЛИЦ В <shop>. № <n>», «Дата платежей: <dd.mm.yyyy>»,
the header line of 17 fields separated by «;», one line per payment, then the
per-type summary lines (sum, fees, count) and the security-deposit balance.
Amounts: point as decimal separator, exactly two decimals, no thousands separator.
Time: dd.MM.yyyy HH:mm:ss.
"""
from __future__ import annotations

import csv
import io
import random

from kd_common import LAYOUTS, money_ru, ru_account, ru_inn10, ru_inn12, write_key

ID = "kd_ru_yookassa_reestr_b2b"
SEED = 20250916
SHOP = "ТехноСклад Онлайн"
DAY = "16.09.2025"

HEADER = ["Идентификатор платежа", "Сумма платежа", "Валюта платежа", "Сумма комиссии",
          "Время платежа", "Тип платежа", "Назначение платежа",
          "Полное наименование организации", "Сокращенное наименование организации",
          "Адрес организации", "ИНН организации", "КПП организации",
          "Наименование банка организации", "Отделение банка организации",
          "БИК банка организации", "Номер счета организации", "Идентификатор клиента"]

# Sber regional banks: (bik, branch name, inn region prefix, kpp prefix, branch4)
SBER = {
    "77": ("044525225", "МОСКОВСКИЙ БАНК ПАО СБЕРБАНК", "77", "77", "3800"),
    "50": ("044525225", "МОСКОВСКИЙ БАНК ПАО СБЕРБАНК", "50", "50", "4000"),
    "78": ("044030653", "СЕВЕРО-ЗАПАДНЫЙ БАНК ПАО СБЕРБАНК", "78", "78", "5500"),
    "66": ("046577674", "УРАЛЬСКИЙ БАНК ПАО СБЕРБАНК", "66", "66", "1654"),
    "16": ("049205603", "ОТДЕЛЕНИЕ \"БАНК ТАТАРСТАН\" N8610 ПАО СБЕРБАНК", "16", "16", "6200"),
    "54": ("045004641", "СИБИРСКИЙ БАНК ПАО СБЕРБАНК", "54", "54", "4405"),
    "52": ("042202603", "ВОЛГО-ВЯТСКИЙ БАНК ПАО СБЕРБАНК", "52", "52", "4200"),
    "61": ("046015602", "ЮГО-ЗАПАДНЫЙ БАНК ПАО СБЕРБАНК", "61", "61", "5200"),
    "63": ("043601607", "ПОВОЛЖСКИЙ БАНК ПАО СБЕРБАНК", "63", "63", "5440"),
    "23": ("040349602", "КРАСНОДАРСКОЕ ОТДЕЛЕНИЕ N8619 ПАО СБЕРБАНК", "23", "23", "3000"),
}

# ------------------------------------------------------------------ buyers
# (full name, short name, region, address, account prefix, label, kind, tag)
# tag: 'state' (B2G), 'soe223' (state-owned JSC; procurement wording added),
# 'soe' (state-owned JSC, no procurement wording), 'biz', 'npo', 'statefund', 'ip',
# 'pro' (advocate / notary), 'kfh'
BUYERS = [
    # --- state institutions and unitary enterprises (B2G)
    ("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ \"УРАЛЬСКИЙ ФЕДЕРАЛЬНЫЙ УНИВЕРСИТЕТ ИМЕНИ ПЕРВОГО ПРЕЗИДЕНТА РОССИИ Б.Н. ЕЛЬЦИНА\"",
     "ФГАОУ ВО \"УРФУ ИМЕНИ ПЕРВОГО ПРЕЗИДЕНТА РОССИИ Б.Н. ЕЛЬЦИНА\"", "66",
     "620002, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ, УЛ. МИРА, Д. 19", "40503", "B2G", "public_university", "state"),
    ("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ \"КАЗАНСКИЙ (ПРИВОЛЖСКИЙ) ФЕДЕРАЛЬНЫЙ УНИВЕРСИТЕТ\"",
     "ФГАОУ ВО \"КАЗАНСКИЙ (ПРИВОЛЖСКИЙ) ФЕДЕРАЛЬНЫЙ УНИВЕРСИТЕТ\"", "16",
     "420008, РЕСПУБЛИКА ТАТАРСТАН, Г. КАЗАНЬ, УЛ. КРЕМЛЕВСКАЯ, Д. 18", "40503", "B2G", "public_university", "state"),
    ("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ \"НАЦИОНАЛЬНЫЙ ИССЛЕДОВАТЕЛЬСКИЙ УНИВЕРСИТЕТ \"ВЫСШАЯ ШКОЛА ЭКОНОМИКИ\"",
     "НИУ ВШЭ", "77", "101000, Г. МОСКВА, УЛ. МЯСНИЦКАЯ, Д. 20", "40503", "B2G", "public_university", "state"),
    ("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ \"САНКТ-ПЕТЕРБУРГСКИЙ ПОЛИТЕХНИЧЕСКИЙ УНИВЕРСИТЕТ ПЕТРА ВЕЛИКОГО\"",
     "ФГАОУ ВО \"СПБПУ\"", "78", "195251, Г. САНКТ-ПЕТЕРБУРГ, ВН.ТЕР.Г. МУНИЦИПАЛЬНЫЙ ОКРУГ АКАДЕМИЧЕСКОЕ, УЛ. ПОЛИТЕХНИЧЕСКАЯ, Д. 29", "40503", "B2G", "public_university", "state"),
    ("ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ ЗДРАВООХРАНЕНИЯ \"РЕСПУБЛИКАНСКАЯ КЛИНИЧЕСКАЯ БОЛЬНИЦА МИНИСТЕРСТВА ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ ТАТАРСТАН\"",
     "ГАУЗ \"РКБ МЗ РТ\"", "16", "420064, РЕСПУБЛИКА ТАТАРСТАН, Г. КАЗАНЬ, ОРЕНБУРГСКИЙ ТРАКТ, Д. 138", "40603", "B2G", "public_hospital", "state"),
    ("ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ КУЛЬТУРЫ ГОРОДА МОСКВЫ \"МОСКОВСКИЙ ЗООПАРК\"",
     "ГАУК Г. МОСКВЫ \"МОСКОВСКИЙ ЗООПАРК\"", "77", "123242, Г. МОСКВА, УЛ. БОЛЬШАЯ ГРУЗИНСКАЯ, Д. 1", "40603", "B2G", "state_cultural_institution", "state"),
    ("ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ УЧРЕЖДЕНИЕ НОВОСИБИРСКОЙ ОБЛАСТИ \"МНОГОФУНКЦИОНАЛЬНЫЙ ЦЕНТР ОРГАНИЗАЦИИ ПРЕДОСТАВЛЕНИЯ ГОСУДАРСТВЕННЫХ И МУНИЦИПАЛЬНЫХ УСЛУГ НОВОСИБИРСКОЙ ОБЛАСТИ\"",
     "ГАУ НСО \"МФЦ\"", "54", "630091, НОВОСИБИРСКАЯ ОБЛАСТЬ, Г. НОВОСИБИРСК, УЛ. ДЕРЖАВИНА, Д. 28", "40603", "B2G", "state_agency", "state"),
    ("ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ПРОФЕССИОНАЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ \"КАЗАНСКИЙ ТЕХНИКУМ ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ И СВЯЗИ\"",
     "ГАПОУ \"КТИТС\"", "16", "420111, РЕСПУБЛИКА ТАТАРСТАН, Г. КАЗАНЬ, УЛ. ЛЕВО-БУЛАЧНАЯ, Д. 52", "40603", "B2G", "public_college", "state"),
    ("МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ГОРОДА НОВОСИБИРСКА \"ЛИЦЕЙ № 130 ИМЕНИ АКАДЕМИКА М.А. ЛАВРЕНТЬЕВА\"",
     "МАОУ \"ЛИЦЕЙ № 130\"", "54", "630090, НОВОСИБИРСКАЯ ОБЛАСТЬ, Г. НОВОСИБИРСК, УЛ. ЦВЕТНОЙ ПРОЕЗД, Д. 5", "40603", "B2G", "public_school", "state"),
    ("МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ГИМНАЗИЯ № 9",
     "МАОУ ГИМНАЗИЯ № 9", "66", "620075, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ, УЛ. КАРЛА ЛИБКНЕХТА, Д. 40", "40603", "B2G", "public_school", "state"),
    ("МУНИЦИПАЛЬНОЕ АВТОНОМНОЕ ДОШКОЛЬНОЕ ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ - ДЕТСКИЙ САД № 39",
     "МАДОУ - ДЕТСКИЙ САД № 39", "66", "620137, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ, УЛ. СТУДЕНЧЕСКАЯ, Д. 9А", "40603", "B2G", "public_kindergarten", "state"),
    ("ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ ГОРОДА МОСКВЫ \"МОСКОВСКИЙ ОРДЕНА ЛЕНИНА И ОРДЕНА ТРУДОВОГО КРАСНОГО ЗНАМЕНИ МЕТРОПОЛИТЕН ИМЕНИ В.И. ЛЕНИНА\"",
     "ГУП \"МОСКОВСКИЙ МЕТРОПОЛИТЕН\"", "77", "129110, Г. МОСКВА, ПР-КТ МИРА, Д. 41, СТР. 2", "40602", "B2G", "state_unitary_enterprise", "state"),
    ("ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ \"ВОДОКАНАЛ САНКТ-ПЕТЕРБУРГА\"",
     "ГУП \"ВОДОКАНАЛ САНКТ-ПЕТЕРБУРГА\"", "78", "191015, Г. САНКТ-ПЕТЕРБУРГ, УЛ. КАВАЛЕРГАРДСКАЯ, Д. 42", "40602", "B2G", "state_unitary_enterprise", "state"),
    ("САНКТ-ПЕТЕРБУРГСКОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ \"ПЕТЕРБУРГСКИЙ МЕТРОПОЛИТЕН\"",
     "СПБ ГУП \"ПЕТЕРБУРГСКИЙ МЕТРОПОЛИТЕН\"", "78", "190013, Г. САНКТ-ПЕТЕРБУРГ, МОСКОВСКИЙ ПР-КТ, Д. 28", "40602", "B2G", "state_unitary_enterprise", "state"),
    ("ЕКАТЕРИНБУРГСКОЕ МУНИЦИПАЛЬНОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ ВОДОПРОВОДНО-КАНАЛИЗАЦИОННОГО ХОЗЯЙСТВА",
     "ЕМУП \"ВОДОКАНАЛ\"", "66", "620014, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ, УЛ. ПУШКИНА, Д. 7", "40602", "B2G", "municipal_unitary_enterprise", "state"),
    ("МУНИЦИПАЛЬНОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ Г. НОВОСИБИРСКА \"ГОРВОДОКАНАЛ\"",
     "МУП Г. НОВОСИБИРСКА \"ГОРВОДОКАНАЛ\"", "54", "630007, НОВОСИБИРСКАЯ ОБЛАСТЬ, Г. НОВОСИБИРСК, УЛ. РЕВОЛЮЦИИ, Д. 5", "40602", "B2G", "municipal_unitary_enterprise", "state"),
    ("МУНИЦИПАЛЬНОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ \"МЕТРОЭЛЕКТРОТРАНС\"",
     "МУП \"МЕТРОЭЛЕКТРОТРАНС\"", "16", "420061, РЕСПУБЛИКА ТАТАРСТАН, Г. КАЗАНЬ, УЛ. НИКОЛАЯ ЕРШОВА, Д. 22", "40602", "B2G", "municipal_unitary_enterprise", "state"),
    ("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ \"ГЛАВНЫЙ РАДИОЧАСТОТНЫЙ ЦЕНТР\"",
     "ФГУП \"ГРЧЦ\"", "77", "117587, Г. МОСКВА, ВН.ТЕР.Г. МУНИЦИПАЛЬНЫЙ ОКРУГ ЧЕРТАНОВО СЕВЕРНОЕ, Ш. ВАРШАВСКОЕ, Д. 118, К. 1", "40502", "B2G", "federal_unitary_enterprise", "state"),
    ("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ \"РОСМОРПОРТ\"",
     "ФГУП \"РОСМОРПОРТ\"", "77", "127055, Г. МОСКВА, УЛ. СУЩЁВСКАЯ, Д. 19, СТР. 7", "40502", "B2G", "federal_unitary_enterprise", "state"),
    ("ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ \"ОХРАНА\" ФЕДЕРАЛЬНОЙ СЛУЖБЫ ВОЙСК НАЦИОНАЛЬНОЙ ГВАРДИИ РОССИЙСКОЙ ФЕДЕРАЦИИ",
     "ФГУП \"ОХРАНА\" РОСГВАРДИИ", "77", "125284, Г. МОСКВА, ПР-КТ ЛЕНИНГРАДСКИЙ, Д. 31А, СТР. 1", "40502", "B2G", "federal_unitary_enterprise", "state"),
    # --- state-owned joint-stock companies
    ("ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \"РОССИЙСКИЕ ЖЕЛЕЗНЫЕ ДОРОГИ\"", "ОАО \"РЖД\"", "77",
     "107174, Г. МОСКВА, УЛ. НОВАЯ БАСМАННАЯ, Д. 2/1, СТР. 1", "40702", "B2B", "state_owned_company", "soe223"),
    ("ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \"РОСТЕЛЕКОМ\"", "ПАО \"РОСТЕЛЕКОМ\"", "78",
     "191167, Г. САНКТ-ПЕТЕРБУРГ, НАБ. СИНОПСКАЯ, Д. 14, ЛИТЕРА А", "40702", "B2B", "state_owned_company", "soe223"),
    ("АКЦИОНЕРНОЕ ОБЩЕСТВО \"ПОЧТА РОССИИ\"", "АО \"ПОЧТА РОССИИ\"", "77",
     "125252, Г. МОСКВА, 3-Я ПЕСЧАНАЯ УЛ., Д. 2А", "40702", "B2B", "state_owned_company", "soe"),
    ("ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \"АЭРОФЛОТ - РОССИЙСКИЕ АВИАЛИНИИ\"", "ПАО \"АЭРОФЛОТ\"", "77",
     "119019, Г. МОСКВА, УЛ. АРБАТ, Д. 1", "40702", "B2B", "state_owned_company", "soe223"),
    # --- state-founded non-profits (ambiguous by nature)
    ("АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ \"АГЕНТСТВО СТРАТЕГИЧЕСКИХ ИНИЦИАТИВ ПО ПРОДВИЖЕНИЮ НОВЫХ ПРОЕКТОВ\"",
     "АНО \"АСИ\"", "77", "121099, Г. МОСКВА, ПЕР. НОВИНСКИЙ, Д. 3, СТР. 1", "40703", "B2B", "state_founded_nonprofit", "statefund"),
    ("ФОНД \"РОССИЙСКИЙ ФОНД РАЗВИТИЯ ИНФОРМАЦИОННЫХ ТЕХНОЛОГИЙ\"", "ФОНД \"РФРИТ\"", "77",
     "125009, Г. МОСКВА, ПЕР. ГАЗЕТНЫЙ, Д. 5", "40703", "B2B", "state_founded_fund", "statefund"),
    ("ФОНД РАЗВИТИЯ ЦЕНТРА РАЗРАБОТКИ И КОММЕРЦИАЛИЗАЦИИ НОВЫХ ТЕХНОЛОГИЙ", "ФОНД \"СКОЛКОВО\"", "77",
     "121205, Г. МОСКВА, ТЕР. ИННОВАЦИОННОГО ЦЕНТРА СКОЛКОВО, Б-Р БОЛЬШОЙ, Д. 42, СТР. 1", "40703", "B2B", "state_founded_fund", "statefund"),
    # --- companies
    ("АКЦИОНЕРНОЕ ОБЩЕСТВО \"ПРОИЗВОДСТВЕННАЯ ФИРМА \"СКБ КОНТУР\"", "АО \"ПФ \"СКБ КОНТУР\"", "66",
     "620144, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ, УЛ. НАРОДНОЙ ВОЛИ, СТР. 19А", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"СИТИЛИНК\"", "ООО \"СИТИЛИНК\"", "77",
     "111141, Г. МОСКВА, УЛ. ПЛЕХАНОВА, Д. 11", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ИНВИТРО\"", "ООО \"ИНВИТРО\"", "77",
     "125047, Г. МОСКВА, УЛ. 1-Я ТВЕРСКАЯ-ЯМСКАЯ, Д. 23, СТР. 1", "40702", "B2B", "private_clinic", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"УРАЛЬСКИЕ ЛОКОМОТИВЫ\"", "ООО \"УРАЛЬСКИЕ ЛОКОМОТИВЫ\"", "66",
     "624091, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ВЕРХНЯЯ ПЫШМА, УЛ. ПАРКОВАЯ, Д. 36", "40702", "B2B", "company", "biz"),
    ("АКЦИОНЕРНОЕ ОБЩЕСТВО \"ТАНДЕР\"", "АО \"ТАНДЕР\"", "23",
     "350002, КРАСНОДАРСКИЙ КРАЙ, Г. КРАСНОДАР, УЛ. ИМ. ЛЕВАНЕВСКОГО, Д. 185", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ДОДО ФРАНЧАЙЗИНГ\"", "ООО \"ДОДО ФРАНЧАЙЗИНГ\"", "77",
     "109240, Г. МОСКВА, УЛ. ВЕРХНЯЯ РАДИЩЕВСКАЯ, Д. 2, СТР. 1", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"СТРОЙМОНТАЖ-НСК\"", "ООО \"СТРОЙМОНТАЖ-НСК\"", "54",
     "630049, НОВОСИБИРСКАЯ ОБЛАСТЬ, Г. НОВОСИБИРСК, УЛ. ДУСИ КОВАЛЬЧУК, Д. 179/2, ОФИС 305", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ВЕКТОР\"", "ООО \"ВЕКТОР\"", "52",
     "603005, НИЖЕГОРОДСКАЯ ОБЛАСТЬ, Г. НИЖНИЙ НОВГОРОД, УЛ. ПИСКУНОВА, Д. 24, ПОМЕЩ. 7", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"АЛЬФА-ЛОГИСТИК\"", "ООО \"АЛЬФА-ЛОГИСТИК\"", "50",
     "141407, МОСКОВСКАЯ ОБЛАСТЬ, Г. ХИМКИ, УЛ. ЛЕНИНГРАДСКАЯ, Д. 29, ОФИС 12", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ТОРГОВЫЙ ДОМ \"АГРОПРОМ\"", "ООО \"ТД \"АГРОПРОМ\"", "61",
     "344019, РОСТОВСКАЯ ОБЛАСТЬ, Г. РОСТОВ-НА-ДОНУ, УЛ. 1-Я СОВЕТСКАЯ, Д. 44", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"КЛИНИКА ДОКТОРА ПЕТРОВА\"", "ООО \"КЛИНИКА ДОКТОРА ПЕТРОВА\"", "63",
     "443010, САМАРСКАЯ ОБЛАСТЬ, Г. САМАРА, УЛ. ФРУНЗЕ, Д. 96", "40702", "B2B", "private_clinic", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"СТОМАТОЛОГИЯ \"ЖЕМЧУГ\"", "ООО \"СТОМАТОЛОГИЯ \"ЖЕМЧУГ\"", "16",
     "420107, РЕСПУБЛИКА ТАТАРСТАН, Г. КАЗАНЬ, УЛ. ПЕТЕРБУРГСКАЯ, Д. 50, К. 5", "40702", "B2B", "private_clinic", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ПЕКАРНЯ \"ХЛЕБНИЦА\"", "ООО \"ПЕКАРНЯ \"ХЛЕБНИЦА\"", "78",
     "196084, Г. САНКТ-ПЕТЕРБУРГ, УЛ. ЦВЕТОЧНАЯ, Д. 16, ЛИТЕРА П", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"БУХГАЛТЕРСКОЕ АГЕНТСТВО \"ПРОФИ\"", "ООО \"БА \"ПРОФИ\"", "66",
     "620075, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ, УЛ. ГОГОЛЯ, Д. 36, ОФИС 402", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"АВТОСЕРВИС \"ГАРАЖ 54\"", "ООО \"ГАРАЖ 54\"", "54",
     "630088, НОВОСИБИРСКАЯ ОБЛАСТЬ, Г. НОВОСИБИРСК, УЛ. СИБИРЯКОВ-ГВАРДЕЙЦЕВ, Д. 49/1", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЧАСТНАЯ ШКОЛА \"ЛИДЕР\"", "ООО \"ЧАСТНАЯ ШКОЛА \"ЛИДЕР\"", "50",
     "143005, МОСКОВСКАЯ ОБЛАСТЬ, Г. ОДИНЦОВО, УЛ. НОВАЯ, Д. 3", "40702", "B2B", "private_school", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"СЕВЕРНЫЙ ВЕТЕР\"", "ООО \"СЕВЕРНЫЙ ВЕТЕР\"", "77",
     "125009, Г. МОСКВА, ПЕР. ЛЕОНТЬЕВСКИЙ, Д. 2А, СТР. 1", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ИТ-ИНТЕГРАЦИЯ\"", "ООО \"ИТ-ИНТЕГРАЦИЯ\"", "63",
     "443080, САМАРСКАЯ ОБЛАСТЬ, Г. САМАРА, ПР-КТ КАРЛА МАРКСА, Д. 192, ОФИС 514", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ЮГСТРОЙИНВЕСТ\"", "ООО \"ЮГСТРОЙИНВЕСТ\"", "23",
     "350063, КРАСНОДАРСКИЙ КРАЙ, Г. КРАСНОДАР, УЛ. КРАСНОАРМЕЙСКАЯ, Д. 64", "40702", "B2B", "company", "biz"),
    ("ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \"НЕВСКИЕ ТЕХНОЛОГИИ\"", "ЗАО \"НЕВСКИЕ ТЕХНОЛОГИИ\"", "78",
     "199178, Г. САНКТ-ПЕТЕРБУРГ, В.О. 14-Я ЛИНИЯ, Д. 97", "40702", "B2B", "company", "biz"),
    ("ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"КАФЕ \"ПЕТРОВИЧ\"", "ООО \"КАФЕ \"ПЕТРОВИЧ\"", "52",
     "603000, НИЖЕГОРОДСКАЯ ОБЛАСТЬ, Г. НИЖНИЙ НОВГОРОД, УЛ. БОЛЬШАЯ ПОКРОВСКАЯ, Д. 39", "40702", "B2B", "company", "biz"),
    # --- non-profits
    ("БЛАГОТВОРИТЕЛЬНЫЙ ФОНД \"ПОДАРИ ЖИЗНЬ\"", "БФ \"ПОДАРИ ЖИЗНЬ\"", "77",
     "125009, Г. МОСКВА, УЛ. ТВЕРСКАЯ, Д. 15, ОФИС 13", "40703", "B2B", "charity", "npo"),
    ("ТОВАРИЩЕСТВО СОБСТВЕННИКОВ ЖИЛЬЯ \"СОЛНЕЧНЫЙ\"", "ТСЖ \"СОЛНЕЧНЫЙ\"", "66",
     "620100, СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ, УЛ. ВОСТОЧНАЯ, Д. 164", "40703", "B2B", "homeowners_association", "npo"),
    ("МЕСТНАЯ ПРАВОСЛАВНАЯ РЕЛИГИОЗНАЯ ОРГАНИЗАЦИЯ ПРИХОД ХРАМА СВЯТИТЕЛЯ НИКОЛАЯ ЧУДОТВОРЦА Г. НИЖНЕГО НОВГОРОДА НИЖЕГОРОДСКОЙ ЕПАРХИИ РУССКОЙ ПРАВОСЛАВНОЙ ЦЕРКВИ",
     "ПРИХОД ХРАМА СВТ. НИКОЛАЯ", "52", "603001, НИЖЕГОРОДСКАЯ ОБЛАСТЬ, Г. НИЖНИЙ НОВГОРОД, УЛ. РОЖДЕСТВЕНСКАЯ, Д. 30", "40703", "B2B", "religious_organisation", "npo"),
    ("АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ ДОПОЛНИТЕЛЬНОГО ОБРАЗОВАНИЯ \"ЦЕНТР РАЗВИТИЯ \"ИНТЕЛЛЕКТ\"", "АНО ДО \"ЦР \"ИНТЕЛЛЕКТ\"", "61",
     "344022, РОСТОВСКАЯ ОБЛАСТЬ, Г. РОСТОВ-НА-ДОНУ, ПЕР. КРЕПОСТНОЙ, Д. 133", "40703", "B2B", "private_education_nonprofit", "npo"),
    ("САДОВОДЧЕСКОЕ НЕКОММЕРЧЕСКОЕ ТОВАРИЩЕСТВО \"РОМАШКА\"", "СНТ \"РОМАШКА\"", "50",
     "142180, МОСКОВСКАЯ ОБЛАСТЬ, Г.О. ПОДОЛЬСК, Д. НИКУЛЬСКОЕ, ТЕР. СНТ РОМАШКА", "40703", "B2B", "gardening_partnership", "npo"),
]

SOLE = [  # ИП / КФХ / advocate / notary
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ СОКОЛОВ АРТЁМ ИГОРЕВИЧ", "ИП СОКОЛОВ АРТЁМ ИГОРЕВИЧ", "77", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ ЗАЙЦЕВА ОЛЬГА ВЛАДИМИРОВНА", "ИП ЗАЙЦЕВА О.В.", "66", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ ГАРИПОВ РУСТАМ ИЛЬДАРОВИЧ", "ИП ГАРИПОВ Р.И.", "16", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ КУЗНЕЦОВ АНДРЕЙ ВИКТОРОВИЧ", "ИП КУЗНЕЦОВ А.В.", "54", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ МЕЛЬНИКОВА ЕЛЕНА СЕРГЕЕВНА", "ИП МЕЛЬНИКОВА Е.С.", "78", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ ОГАНЕСЯН АРМЕН ГАГИКОВИЧ", "ИП ОГАНЕСЯН А.Г.", "23", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ ВОРОБЬЁВ ДМИТРИЙ ПАВЛОВИЧ", "ИП ВОРОБЬЁВ Д.П.", "52", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ ТКАЧЕНКО НАТАЛЬЯ ЮРЬЕВНА", "ИП ТКАЧЕНКО Н.Ю.", "61", "ip"),
    ("ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ ГЛАВА КРЕСТЬЯНСКОГО (ФЕРМЕРСКОГО) ХОЗЯЙСТВА ЗАХАРОВ ПЁТР НИКОЛАЕВИЧ", "ИП ГЛАВА КФХ ЗАХАРОВ П.Н.", "63", "kfh"),
    ("АДВОКАТ СМИРНОВА ИРИНА АЛЕКСАНДРОВНА (АДВОКАТСКИЙ КАБИНЕТ)", "АДВОКАТСКИЙ КАБИНЕТ СМИРНОВОЙ И.А.", "77", "pro"),
    ("НОТАРИУС ПАВЛОВА ЕКАТЕРИНА АНДРЕЕВНА", "НОТАРИУС ПАВЛОВА Е.А.", "78", "pro"),
]

# ------------------------------------------------------------------ goods
# (name, price, unit, qty range for an organisation)
OFFICE = [
    ("Бумага офисная SvetoCopy A4 80 г/м2, 500 л.", 389.00, "пач.", (20, 200)),
    ("Бумага офисная Снегурочка A4 80 г/м2, 500 л.", 412.00, "пач.", (20, 150)),
    ("Картридж лазерный HP 59A CF259A", 9890.00, "шт.", (2, 12)),
    ("Картридж лазерный Pantum TL-5120X", 6490.00, "шт.", (2, 10)),
    ("Тонер-картридж Kyocera TK-1170", 5290.00, "шт.", (2, 10)),
    ("Ручка шариковая BIC Cristal Original синяя, упак. 50 шт.", 1150.00, "упак.", (2, 20)),
    ("Папка-регистратор Attache 75 мм, синяя", 219.00, "шт.", (20, 120)),
    ("Полотенца бумажные Tork Advanced H3, 15 пачек", 3150.00, "кор.", (2, 20)),
    ("Мыло жидкое Tork Premium S1, 1 л", 890.00, "шт.", (6, 48)),
    ("Шредер Office Kit S100 (4x30 мм)", 12990.00, "шт.", (1, 3)),
    ("Ламинатор Office Kit L2301", 4590.00, "шт.", (1, 3)),
]
IT = [
    ("МФУ лазерное Pantum M6700DW", 21990.00, "шт.", (1, 6)),
    ("МФУ лазерное Kyocera ECOSYS MA2100cfx", 54990.00, "шт.", (1, 4)),
    ("Ноутбук HUAWEI MateBook D 16 i5-12450H/16/512", 64990.00, "шт.", (1, 10)),
    ("Монитор Xiaomi Mi Desktop Monitor 27\" (BHR5614RU)", 15490.00, "шт.", (2, 20)),
    ("Системный блок Aquarius Pro P30 K40 R53 i5-12400/16/512", 58700.00, "шт.", (2, 15)),
    ("ИБП APC Back-UPS 650VA BX650CI-RS", 9490.00, "шт.", (2, 12)),
    ("Шкаф телекоммуникационный 19\" 42U ЦМО ШТК-М-42.6.10-1ААА", 58700.00, "шт.", (1, 3)),
    ("Коммутатор управляемый Eltex MES2324B", 41800.00, "шт.", (1, 4)),
    ("Лицензия Kaspersky Endpoint Security для бизнеса - Стандартный, 25 узлов, 1 год", 52500.00, "лиц.", (1, 2)),
    ("1С:Бухгалтерия 8 ПРОФ. Электронная поставка", 16400.00, "шт.", (1, 2)),
    ("Проектор Epson EB-E20", 52990.00, "шт.", (1, 4)),
    ("Интерактивная панель NextPanel 75P, 75\"", 289000.00, "шт.", (1, 3)),
    ("Кресло офисное Бюрократ CH-868LT, черное", 8990.00, "шт.", (4, 30)),
]
HOUSEHOLD = [
    ("Чайник электрический Polaris PWK 1725CGL", 2490.00, "шт."),
    ("Микроволновая печь Samsung MS23K3513AW", 10990.00, "шт."),
    ("Кофемашина DeLonghi Magnifica S ECAM 22.110.B", 42990.00, "шт."),
    ("Холодильник Бирюса 110", 17990.00, "шт."),
    ("Телевизор Samsung UE43CU7100UXRU 43\"", 39990.00, "шт."),
    ("Сплит-система Haier HSU-09HPL103/R3", 32990.00, "шт."),
    ("Пылесос Dyson V15 Detect Absolute", 69990.00, "шт."),
    ("Робот-пылесос Xiaomi Robot Vacuum S10", 21990.00, "шт."),
    ("Смартфон Apple iPhone 15 128GB", 84990.00, "шт."),
]

POSTAL = {"77": (101000, 129350), "66": (620000, 620149), "16": (420000, 420141), "54": (630000, 630133),
          "78": (190000, 199406), "23": (354000, 354068), "52": (606000, 606044), "61": (347900, 347942),
          "63": (443530, 443539)}

FIRST = ["Сергей", "Андрей", "Ольга", "Елена", "Наталья", "Дмитрий", "Ирина", "Алексей", "Татьяна", "Максим"]


def fmt_date(d: int, m: int, y: int = 2025) -> str:
    return f"{d:02d}.{m:02d}.{y}"


def items_text(lines):
    parts = []
    for name, qty, unit, _sum in lines:
        parts.append(f"{name} - {qty} {unit}")
    return "; ".join(parts)


def vat(total: float) -> float:
    return round(total * 20 / 120, 2)


def ikz(level: str, inn: str, kpp: str, rng: random.Random) -> str:
    code = "25" + level + inn + kpp + f"{rng.randint(1, 9):04d}" + f"{rng.randint(1, 250):03d}" \
        + rng.choice(["2620", "2823", "1712", "2790", "2220"]) + rng.choice(["244", "243", "247"])
    assert len(code) == 36, code
    return code


def main() -> None:
    rng = random.Random(SEED)

    # materialise buyers with ids
    orgs = []
    for full, short, reg, addr, pref, label, kind, tag in BUYERS:
        bik, branch, inn_reg, kpp_reg, b4 = SBER[reg]
        inn = ru_inn10(rng, inn_reg)
        if tag == "soe223" and short == "ОАО \"РЖД\"":
            kpp = "997650001"
        elif tag in ("soe223", "soe"):
            kpp = "997750001" if reg == "77" else "997850001"
        else:
            kpp = f"{kpp_reg}{rng.randint(1, 30):02d}01001"
        acc = ru_account(rng, bik, pref, b4)
        orgs.append(dict(full=full, short=short, reg=reg, addr=addr, inn=inn, kpp=kpp,
                         bik=bik, branch=branch, acc=acc, label=label, kind=kind, tag=tag,
                         cust=f"K-{rng.randint(1000, 99999):05d}"))
    sole = []
    streets = ["УЛ. ЛЕНИНА", "УЛ. СОВЕТСКАЯ", "УЛ. ГАГАРИНА", "ПР-КТ МИРА", "УЛ. САДОВАЯ", "УЛ. ПОБЕДЫ"]
    cities = {"77": "Г. МОСКВА", "66": "СВЕРДЛОВСКАЯ ОБЛАСТЬ, Г. ЕКАТЕРИНБУРГ", "16": "РЕСПУБЛИКА ТАТАРСТАН, Г. КАЗАНЬ",
              "54": "НОВОСИБИРСКАЯ ОБЛАСТЬ, Г. НОВОСИБИРСК", "78": "Г. САНКТ-ПЕТЕРБУРГ",
              "23": "КРАСНОДАРСКИЙ КРАЙ, Г. СОЧИ", "52": "НИЖЕГОРОДСКАЯ ОБЛАСТЬ, Г. ДЗЕРЖИНСК",
              "61": "РОСТОВСКАЯ ОБЛАСТЬ, Г. ТАГАНРОГ", "63": "САМАРСКАЯ ОБЛАСТЬ, С. ВОЛЖСКИЙ"}
    for full, short, reg, tag in SOLE:
        bik, branch, inn_reg, _k, b4 = SBER[reg]
        inn = ru_inn12(rng, inn_reg)
        acc = ru_account(rng, bik, "40802", b4)
        addr = f"{rng.randint(*POSTAL[reg])}, {cities[reg]}, {rng.choice(streets)}, Д. {rng.randint(1, 120)}, КВ. {rng.randint(1, 300)}"
        kind = {"ip": "sole_trader", "kfh": "farm_sole_trader", "pro": "professional_practice"}[tag]
        sole.append(dict(full=full, short=short, reg=reg, addr=addr, inn=inn, kpp="", bik=bik,
                         branch=branch, acc=acc, label="B2B", kind=kind, tag=tag,
                         cust=f"K-{rng.randint(1000, 99999):05d}"))

    state = [o for o in orgs if o["tag"] == "state"]
    schools = [o for o in state if o["kind"] in ("public_school", "public_kindergarten", "public_college")]
    soe223 = [o for o in orgs if o["tag"] == "soe223"]
    soe = [o for o in orgs if o["tag"] == "soe"]
    sfund = [o for o in orgs if o["tag"] == "statefund"]
    biz = [o for o in orgs if o["tag"] == "biz"]
    npo = [o for o in orgs if o["tag"] == "npo"]
    ips = [s for s in sole if s["tag"] in ("ip", "kfh")]
    pros = [s for s in sole if s["tag"] == "pro"]

    # plan of records: (buyer, scenario)
    plan = []
    plan += [(rng.choice(state), "state_goods") for _ in range(34)]
    plan += [(rng.choice(state), "state_44fz") for _ in range(9)]
    plan += [(rng.choice([o for o in state if o["kind"] != "public_kindergarten"]), "state_223fz") for _ in range(4)]
    plan += [(rng.choice(schools), "state_household") for _ in range(4)]
    plan += [(rng.choice(state), "thin") for _ in range(2)]
    plan += [(rng.choice(soe223), "soe_223fz") for _ in range(6)]
    plan += [(rng.choice(soe), "biz_goods") for _ in range(2)]
    plan += [(rng.choice(sfund), "biz_goods") for _ in range(4)]
    plan += [(rng.choice(biz), "biz_goods") for _ in range(58)]
    plan += [(rng.choice(biz), "thin") for _ in range(7)]
    plan += [(rng.choice(biz), "biz_household") for _ in range(6)]
    plan += [(rng.choice(biz), "biz_gifts") for _ in range(3)]
    plan += [(rng.choice(npo), "biz_goods") for _ in range(12)]
    plan += [(rng.choice(ips), "biz_goods") for _ in range(18)]
    plan += [(rng.choice(ips), "ip_household") for _ in range(5)]
    plan += [(rng.choice(pros), "biz_goods") for _ in range(4)]
    plan += [(rng.choice(pros), "pro_fax") for _ in range(2)]
    rng.shuffle(plan)

    rows, labels = [], []
    times = sorted(rng.sample(range(7 * 3600, 23 * 3600 + 1800), len(plan)))
    invoice_no = 24710
    for (b, scen), t in zip(plan, times):
        invoice_no += rng.randint(1, 9)
        inv = f"ТС-{invoice_no}"
        inv_day = rng.randint(8, 16)
        inv_date = fmt_date(inv_day, 9)
        lines = []
        if scen in ("state_goods", "state_44fz", "state_223fz", "biz_goods", "soe_223fz"):
            pool = OFFICE + IT
            for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
                name, price, unit, (lo, hi) = rng.choice(pool)
                if any(name == l[0] for l in lines):
                    continue
                q = rng.randint(lo, hi)
                lines.append((name, q, unit, round(price * q, 2)))
        elif scen == "biz_gifts":
            name, price, unit = rng.choice([HOUSEHOLD[0], HOUSEHOLD[7], HOUSEHOLD[1]])
            q = rng.randint(25, 60)
            lines.append((name, q, unit, round(price * q, 2)))
        elif scen in ("state_household",):
            name, price, unit = rng.choice(HOUSEHOLD[:2])
            lines.append((name, 1, unit, price))
        elif scen in ("biz_household", "ip_household"):
            name, price, unit = rng.choice(HOUSEHOLD[2:])
            lines.append((name, 1, unit, price))
        elif scen == "pro_fax":
            lines.append(("МФУ лазерное Pantum M6700DW", 1, "шт.", 21990.00))
        elif scen == "thin":
            total = round(rng.choice([4870, 12990, 23480, 9400, 61250, 3150]) + rng.choice([0, 0.5, 0.9]), 2)
        if scen != "thin":
            total = round(sum(l[3] for l in lines), 2)
        v = vat(total)
        it = items_text(lines) if lines else ""
        # ---------------------------------------------------- purpose text
        if scen == "thin":
            purpose = rng.choice([f"Оплата по счету № {inv} от {inv_date}. В том числе НДС 20% - {money_ru(v)}",
                                  f"Оплата по сч. {inv} от {inv_date}г. Сумма {money_ru(total)}, в т.ч. НДС (20%) {money_ru(v)}",
                                  f"Оплата счета {inv}"])
        elif scen == "state_44fz":
            level = "1" if b["acc"].startswith("405") else ("2" if b["kind"] in ("public_hospital", "state_cultural_institution", "state_agency", "public_college", "state_unitary_enterprise") else "3")
            code = ikz(level, b["inn"], b["kpp"], rng)
            if rng.random() < 0.5:
                purpose = (f"ИКЗ {code} Оплата по контракту № {rng.randint(1, 480)}-ЭА/25 от {fmt_date(rng.randint(1, 12), 9)} "
                           f"за поставку товара ({it}), счет № {inv} от {inv_date}. Сумма {money_ru(total)}, в т.ч. НДС (20%) {money_ru(v)}")
            else:
                purpose = (f"Оплата по договору № {rng.randint(10, 300)}/25 от {fmt_date(rng.randint(1, 12), 9)} (п. 4 ч. 1 ст. 93 Федерального закона № 44-ФЗ) "
                           f"за {it}. Сумма {money_ru(total)} В т.ч. НДС 20% {money_ru(v)}. ИКЗ {code}")
        elif scen in ("state_223fz", "soe_223fz"):
            purpose = (f"Оплата по договору № 32514{rng.randint(10 ** 6, 10 ** 7 - 1)} от {fmt_date(rng.randint(1, 10), 9)} "
                       f"(закупка по 223-ФЗ) за {it}, счет {inv} от {inv_date}. Сумма {money_ru(total)}, в т.ч. НДС 20% {money_ru(v)}")
        else:
            tmpl = rng.choice([
                "Оплата по счету № {inv} от {d} за {it}. Сумма {s}, в т.ч. НДС (20%) {v}",
                "Оплата по сч. {inv} от {d}г. ({it}) В том числе НДС 20 % - {v} рублей.",
                "Оплата за {it} по счету {inv} от {d}. В т.ч. НДС 20% {v}",
                "ОПЛАТА ПО СЧЕТУ {inv} ОТ {d} ЗА ТОВАР. СУММА {s}, В Т.Ч. НДС 20% {v}",
            ])
            purpose = tmpl.format(inv=inv, d=inv_date, it=it, s=money_ru(total), v=money_ru(v))
            if tmpl.startswith("ОПЛАТА ПО СЧЕТУ") and scen in ("biz_household", "ip_household", "state_household"):
                purpose = purpose.replace("ЗА ТОВАР", "ЗА " + it.upper())
            if scen == "pro_fax":
                office = "адвокатского кабинета" if "АДВОКАТ" in b["full"] else "нотариальной конторы"
                purpose = f"Оплата по счету № {inv} от {inv_date} за МФУ лазерное Pantum M6700DW для {office}, 1 шт. Сумма {money_ru(total)}, в т.ч. НДС 20% {money_ru(v)}"
            if scen == "biz_gifts":
                purpose += ". Подарки сотрудникам ко Дню компании"
        # ---------------------------------------------------- label
        label, kind, amb = b["label"], b["kind"], False
        if scen == "soe_223fz":
            amb = True
        if b["tag"] == "statefund":
            amb = True
        if scen in ("biz_household", "ip_household", "state_household"):
            amb = True
        if scen == "pro_fax":
            amb = True
        if scen == "state_44fz" and b["tag"] == "state":
            pass
        fee = round(max(total * 0.006, 15.0), 2)
        hh, rem = divmod(t, 3600)
        mm, ss = divmod(rem, 60)
        pid = f"{rng.getrandbits(32):08x}-000f-5000-{rng.choice('89ab')}000-{rng.getrandbits(48):012x}"
        cust = b["cust"] if rng.random() < 0.8 else rng.choice(["", b["inn"]])
        purpose = purpose.replace("шт..", "шт.").replace("ШТ..", "ШТ.").replace("пач..", "пач.").replace("лиц..", "лиц.").replace("упак..", "упак.").replace("кор..", "кор.")
        rows.append([pid, f"{total:.2f}", "RUB", f"{fee:.2f}", f"{DAY} {hh:02d}:{mm:02d}:{ss:02d}", "2S",
                     purpose, b["full"], b["short"], b["addr"], b["inn"], b["kpp"], "ПАО СБЕРБАНК",
                     b["branch"], b["bik"], b["acc"], cust])
        labels.append(dict(label=label, amb=amb, kind=kind, country="RU"))

    # ---------------------------------------------------------- write CSV
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    buf.write(f"РЕЕСТР ПЛАТЕЖЕЙ ОТ ЮРИДИЧЕСКИХ ЛИЦ В {SHOP}. № 214\r\n")
    buf.write(f"Дата платежей: {DAY}\r\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow(r)
    total = sum(float(r[1]) for r in rows)
    fees = sum(float(r[3]) for r in rows)
    buf.write(f"Сумма принятых платежей типа 2S: {total:.2f}\r\n")
    buf.write(f"Сумма комиссий за платежи типа 2S: {fees:.2f}\r\n")
    buf.write(f"Число платежей типа 2S: {len(rows)}\r\n")
    buf.write(f"Остаток на обеспечительном счете: {412760.18:.2f}\r\n")
    LAYOUTS.mkdir(parents=True, exist_ok=True)
    (LAYOUTS / f"{ID}.csv").write_bytes(buf.getvalue().encode("utf-8"))

    key = {
        "id": ID,
        "system": "ЮKassa (ООО НКО «ЮМани») — стандартный реестр B2B-платежей (платежи юрлиц и ИП через СберБанк Бизнес Онлайн, код типа 2S), CSV-вложение реестра за один день",
        "country": "RU",
        "language": "ru",
        "docs": [
            "yookassa.ru/docs/payment-solution/payments/supplementary/registers/payments-b2b (Реестры B2B-платежей): title «РЕЕСТР ПЛАТЕЖЕЙ ОТ ЮРИДИЧЕСКИХ ЛИЦ В <Название магазина>. № <номер>», line «Дата платежей: <dd.mm.yyyy>», the 17 field names in this order, then per payment type the summary lines (sum accepted, fees, count) and the security-deposit balance; registry sent in the e-mail body or as a CSV attachment on request",
            "yookassa.ru/docs/support/merchant/payments/reports/reports-old (Стандартные реестры операций): amounts with a point, exactly two decimals, no thousands separator; time dd.MM.yyyy HH:mm:ss; B2B (СберБизнес) payments are left out of the ordinary payments registry and come in this separate one",
            "yookassa.ru/developers/payment-methods/other/b2b-sberbank: b2b_sberbank payments carry payment_purpose and VAT data; «Код в реестре: 2S»",
            "yookassa.ru/docs/payouts/list-based-payouts/csv: ЮKassa CSV files follow RFC 4180, «;» separator, UTF-8 — used for quoting and encoding, since the B2B registry page names neither",
        ],
        "fields": {
            "buyer": "Полное наименование организации",
            "product": None,
            "quantity": None,
            "amount": "Сумма платежа",
            "tax_id": "ИНН организации",
            "email": None,
            "payment": "Тип платежа",
            "comment": "Назначение платежа",
        },
        "also_ok": {"buyer": ["Сокращенное наименование организации"]},
        "notes": ("Semicolon CSV, UTF-8 without BOM, CRLF. Two title lines above the header (registry title, «Дата платежей: 16.09.2025»); "
                  "four summary lines after the records (sum, fees, count for type 2S, deposit balance) — not records. One line per payment; "
                  "goods, quantities, invoice numbers, 44-ФЗ/223-ФЗ contract references and ИКЗ appear only inside «Назначение платежа». "
                  "Only organisations and sole traders pay through СберБизнес, so the registry has no private persons. "
                  "pandas: read_csv(sep=';', skiprows=2, skipfooter=4, engine='python', dtype=str). "
                  "«Идентификатор клиента» is the shop's customer number (sometimes empty or the payer's INN). "
                  "INN/KPP/accounts are generated with valid check digits (accounts keyed to the Sber BIK); they are not the real organisations' IDs."),
    }
    write_key(key, labels)


if __name__ == "__main__":
    main()
