"""Build the r_names name probe: layouts/r_names.csv (Customer,Item) and its key files.

Seeded and self-contained: rerunning rebuilds the same files byte for byte.
Org names come from r_names_companies.txt, r_names_public.txt, r_names_contrast.txt
(one block per public list, named in the labels' `source` column); persons and
sole traders are invented from the common-name pools in r_names_people.py."""
import csv
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
import r_names_people as NP  # noqa: E402

SEED = 20240611
ID = "r_names"

ITEMS = {
    "ru": ["Офисное кресло", "Ноутбук", "Монитор", "Настольная лампа", "Лазерный принтер", "Клавиатура"],
    "kk": ["Кеңсе креслосы", "Ноутбук", "Монитор", "Үстел шамы", "Лазерлік принтер", "Пернетақта"],
    "uk": ["Офісне крісло", "Ноутбук", "Монітор", "Настільна лампа", "Лазерний принтер", "Клавіатура"],
    "en": ["Office chair", "Laptop", "Monitor", "Desk lamp", "Laser printer", "Keyboard"],
    "de": ["Bürostuhl", "Laptop", "Monitor", "Schreibtischlampe", "Laserdrucker", "Tastatur"],
    "fr": ["Chaise de bureau", "Ordinateur portable", "Écran", "Lampe de bureau", "Imprimante laser", "Clavier"],
    "nl": ["Bureaustoel", "Laptop", "Monitor", "Bureaulamp", "Laserprinter", "Toetsenbord"],
    "es": ["Silla de oficina", "Portátil", "Monitor", "Lámpara de escritorio", "Impresora láser", "Teclado"],
    "pt": ["Cadeira de escritório", "Computador portátil", "Monitor", "Candeeiro de secretária", "Impressora laser", "Teclado"],
    "pt-BR": ["Cadeira de escritório", "Notebook", "Monitor", "Luminária de mesa", "Impressora a laser", "Teclado"],
    "it": ["Sedia da ufficio", "Computer portatile", "Monitor", "Lampada da scrivania", "Stampante laser", "Tastiera"],
    "pl": ["Krzesło biurowe", "Laptop", "Monitor", "Lampka biurkowa", "Drukarka laserowa", "Klawiatura"],
    "cs": ["Kancelářská židle", "Notebook", "Monitor", "Stolní lampa", "Laserová tiskárna", "Klávesnice"],
    "da": ["Kontorstol", "Bærbar computer", "Skærm", "Skrivebordslampe", "Laserprinter", "Tastatur"],
    "nb": ["Kontorstol", "Bærbar PC", "Skjerm", "Skrivebordslampe", "Laserskriver", "Tastatur"],
    "sv": ["Kontorsstol", "Bärbar dator", "Bildskärm", "Skrivbordslampa", "Laserskrivare", "Tangentbord"],
    "fi": ["Toimistotuoli", "Kannettava tietokone", "Näyttö", "Työpöytävalaisin", "Lasertulostin", "Näppäimistö"],
    "ja": ["オフィスチェア", "ノートパソコン", "モニター", "デスクライト", "レーザープリンター", "キーボード"],
    "ko": ["사무용 의자", "노트북", "모니터", "책상 스탠드", "레이저 프린터", "키보드"],
    "zh": ["办公椅", "笔记本电脑", "显示器", "台灯", "激光打印机", "键盘"],
    "tr": ["Ofis sandalyesi", "Dizüstü bilgisayar", "Monitör", "Masa lambası", "Lazer yazıcı", "Klavye"],
}

# ---------------------------------------------------------------- org lists
def read_blocks(fname):
    recs, meta = [], None
    for line in (HERE / fname).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            kind, cc, lang, label, amb, source = line[1:].split("|")
            meta = dict(kind=kind, country=cc, lang=lang, label=label,
                        ambiguous=amb == "true", source=source)
            continue
        recs.append(dict(meta, name=line.strip()))
    return recs

# Keyword rules (first match wins) that give a B2G record its specific kind when its block mixes kinds.
B2G_KINDS = [
    ("embassy", r"Embassy|Botschaft|Ambassade|Embajada|Embaixada|Ambasciata|Ambasada|Velvyslanectví|ambassad|suurlähetystö|Посольство|консульство|High Commission|Consulat|Consulado|Generalkonsulat|Consulate"),
    ("social_insurance", r"Rentenversicherung|Zakład Ubezpieczeń|^INPS$|^Kela$|Försäkringskassan|^NAV$|Фонда? пенсионного|обязательного медицинского|Пенсійний фонд|Фонд социальной защиты"),
    ("federal_agency", r"National Institutes of Health|Centers for Disease|Bundeskriminalamt|МЧС России|Росреестра|казначейств"),
    ("state_government", r"^(Georgia|Texas|Florida|Washington State|Minnesota|Oregon|Arizona|Colorado|Pennsylvania|Illinois|Wisconsin|California|Michigan|New York State) (Department|Office)"),
    ("ministry", r"^Department of Health$"),
    ("municipality", r"^Stad |^Gemeente|городской исполнительный комитет|^Администрация|^Мэрия|^Акимат города|города Алматы|города Астаны|города Усть|города Сургута"),
    ("police", r"polic|politi|poliisi|polizei|polis|garda|carabinieri|guardia civil|guardia di finanza|guarda nacional|mounted police|komenda|ředitelství policie|МВД|поліці|полиции|gendarmerie|Polícia|Policía"),
    ("armed_forces", r"Bundeswehr|Militär|Defence|Defense|Defensie|Forsvar|Försvar|Puolustusvoimat|Exército|Ejército|Brigad|Brigat|brigáda|Jednostka Wojskowa|Régiment|Base aérienne|^RAF |HMNB|HMAS|RAAF|^CFB |Division|Marine Corps|Naval|Air Force|National Guard|Corps of Engineers|Coast Guard|Joint Base|der Armee|armasuisse|Военн|Минобороны|военного округа|Прикордонна|Armées|Marechaussee|Kommando"),
    ("court", r"\bсуд|Судебн|gericht"),
    ("public_hospital", r"hospital|spital|klinik|klinikum|Charité|CHU\b|Hospices|Hôpitaux|Assistance Publique|NHS|Health|sairaala|sykehus|sjukhus|^Helse |^UZ |Erasmus MC|^ULS |^ASL |Careggi|nemocnice|Szpital|Gesundheitsverbund|CIUSSS|больниц|поликлиник|лікарня|клиник|Medical Center|Care System|Servicio Andaluz de Salud|Tirol Kliniken"),
    ("public_university", r"univer[sz]i|uniwersytet|университет|університет|Hochschule|ETH Zürich|NTNU|^KTH|yliopisto|Politecnico|Politechnika|Akademia|College|Institut für Technologie|učení technické|Sapienza|Alma Mater|Tech$|Cal Poly|Академия|академия"),
    ("public_school", r"Lycée|Школа|Лицей|Гимназия|Гімназія|Детский сад|школа|School District|Public Schools|School System|ISD$|School Board|services scolaire"),
    ("port_transit_authority", r"Transit|Transport for London|^Port |Port Authority|Havenbedrijf|Verkehrsbetriebe|Mobilités|етрополитен|етрополітен|Мосгортранс|Горэлектротранс|Київпастранс|Transportation Authority|SEPTA"),
    ("tribal_government", r"Nation$|Tribe|Tribes|Indian Community"),
    ("tax_authority", r"ИФНС|УФНС|ФНС|ДПС|Finanzamt|Steuer|Skatte|Verohallinto|Belastingdienst|Tributári|Tributaria|Entrate|Finanční úřad|Skarbowej|Revenue|Taxation|Finances publiques|Financiën|SPF Finances|государственных доходов|МНС"),
    ("water_board", r"Waterschap"),
    ("national_agency", r"Rijkswaterstaat|Dienst Justitiële|Statens vegvesen|Trafikverket|Väylävirasto|Agência para a Modernização|Bundesamt|Bundesagentur|Fundusz Zdrowia|Met Office|Environment Agency|Companies House|Land Registry|Licensing Agency|Office of Public Works|Transport Infrastructure|Agentschap|France Travail|культурний фонд|Prosecution|Statistisches|Umweltbundesamt|Росгидромет|УГМС|Федеральное казначейство|CSIRO|Bureau of Meteorology"),
    ("regional_government", r"^Région|^Département|Conseil départemental|Métropole|^Provincie|^Provincia|^Regione|^Region |^Repubblica|République et canton|Città metropolitana|Diputación|^Junta de Andaluc|^Generalitat|^Comunidad de|^Gobierno de|Krajský|fylkeskommune|hyvinvointialue|Urząd Marszałkowski|Urząd Wojewódzki|^Amt der|^Kanton|^State of|^Commonwealth of|областной исполнительный|обласна державна|облысының|Акимат .* области|Министерство .* (области|Республики Татарстан)|Landesregierung|Behörde für|Ministère de l'Éducation du Québec|^Ontario Ministry|^NSW |Transport for NSW|Queensland Health|Victoria Police|обласної|Полтавської ОДА"),
    ("ministry", r"^Minist|^Bundesministerium|Міністерство|Министерство|Минприроды|^Department (for|of)|^Ministry|^Home Office|^Cabinet Office|Department of Health|Préfecture|Национальный банк|Прикордонна"),
    ("municipality", r"."),
]

def infer_b2g_kind(name, block_kind):
    if block_kind in ("embassy", "tribal_government", "state_unitary_enterprise", "state_enterprise"):
        # unitary enterprises keep their form as kind unless they are a school/hospital/university
        if block_kind in ("state_unitary_enterprise",):
            for k, rx in B2G_KINDS:
                if k in ("public_hospital", "public_university", "public_school") and re.search(rx, name, flags=re.I):
                    return k
        return block_kind
    for k, rx in B2G_KINDS:
        if rx == "." and block_kind != "municipality":
            break
        if re.search(rx, name, flags=re.I):
            return k
    return block_kind

B2B_KINDS = [
    ("hoa", r"^ТСЖ|^ОСИ"),
    ("cooperative", r"Genossenschaft| eG$|Credit Union"),
    ("red_cross_society", r"Red Cross|Rotes Kreuz|Rode Kruis|Croix-Rouge|Cruz Roja|Croce Rossa|Czerwony Krzyż|červený kříž|Røde Kors|Röda Korset|Punainen Risti|Красный Крест|Червоного Хреста|Красного Полумесяца"),
    ("non_profit", r"Nødhjælp|Caritas|Bymisjon|Stadsmission"),
    ("church", r"[Kk]erk|kyrk|[Kk]irk|[Kk]irch|Church|Diocese|Diocèse|Bisdom|Archdiocese|Cathedral|Erzbistum|Erzdiözese|Arzobispado|Patriarcado|Arcidiocesi|Archidiecezja|Arcibiskupství|seurakunta|Приход|Leger des Heils|Landeskirche"),
    ("private_university", r"[Uu]niver[sz]i|Uniwersytet|університет|School|Institut catholique|ESSEC|Bocconi|LUISS|Akademia|Handelshøyskolen|Handelshögskolan|Nyenrode"),
]

def infer_b2b_kind(name, block_kind):
    if block_kind in ("state_owned_company", "international_org", "state_founded_fund", "company", "cooperative",
                      "private_hospital", "credit_union"):
        return block_kind
    for k, rx in B2B_KINDS:
        if re.search(rx, name):
            return k
    return "non_profit"

CAP = 70  # largest company lists are sampled down so the three parts stay roughly equal

def org_records(rng):
    out = []
    for fname, part in (("r_names_companies.txt", "a"), ("r_names_public.txt", "b"), ("r_names_contrast.txt", "b")):
        recs = read_blocks(fname)
        if part == "a":
            blocks = {}
            for r in recs:
                blocks.setdefault((r["country"], r["source"], r["kind"]), []).append(r)
            recs = []
            for b in blocks.values():
                recs += b if len(b) <= CAP else [b[i] for i in sorted(rng.sample(range(len(b)), CAP))]
        for r in recs:
            if r["label"] == "B2G":
                r["kind"] = infer_b2g_kind(r["name"], r["kind"])
            else:
                r["kind"] = infer_b2b_kind(r["name"], r["kind"])
            # named international bodies and state-founded non-profits: ambiguous by nature
            r["part"] = part
            out.append(r)
    return out

# ---------------------------------------------------------------- persons
CYR = {"RU", "BY", "UA", "KZ"}
PARTICLES = ("De ", "Van ", "Van der ", "Van den ", "Van de ")

def sur_display(s, pool, first_position):
    s = s.replace("_", " ")
    if pool == "NL" and first_position is False:
        # Dutch write the particle in lower case after the given name: "Jan de Vries"
        for p in ("Van der ", "Van den ", "Van de ", "Van ", "De "):
            if s.startswith(p):
                return p.lower() + s[len(p):]
    return s

def person_name(rng, key):
    pool = NP.POOLS[key]
    female = rng.random() < 0.5
    first = rng.choice(pool["f"] if female else pool["m"])
    m, f = rng.choice(pool["sur"])
    sur = f if female else m
    if key in CYR:
        pm, pf = rng.choice(pool["pat"])
        pat = pf if female else pm
        ini = f"{first[0]}.{pat[0]}."
        forms = [(f"{sur} {first} {pat}", 40), (f"{sur} {ini}", 14), (f"{sur} {first}", 14),
                 (f"{first} {sur}", 10), (f"{first} {pat} {sur}", 5), (f"{ini} {sur}", 5),
                 (f"{sur} {first} {pat}".upper(), 8), (f"{sur} {ini[:-2]}.{ini[2]}.", 0)]
        if key == "KZ":
            forms += [(f"{first} {sur}", 6)]
    elif key == "ES":
        m2, f2 = rng.choice(pool["sur"])
        s2 = m2
        forms = [(f"{first} {sur} {s2}", 45), (f"{sur} {s2}, {first}", 18), (f"{first} {sur}", 15),
                 (f"{first} {sur} {s2}".upper(), 10), (f"{sur} {s2} {first}", 7), (f"{first[0]}. {sur} {s2}", 5)]
    elif key == "PT":
        m2, _ = rng.choice(pool["sur"])
        conj = rng.choice(["", "", "da ", "de "]) if m2 in ("Silva", "Costa", "Cruz", "Rocha", "Fonseca", "Cunha") else ""
        forms = [(f"{first} {sur} {conj}{m2}", 45), (f"{first} {m2}", 20), (f"{m2}, {first}", 10),
                 (f"{first} {sur} {conj}{m2}".upper(), 10), (f"{first[0]}. {m2}", 8), (f"{first} {sur}", 7)]
    else:
        sfirst = sur_display(sur, key, False)
        slast = sur_display(sur, key, True)
        forms = [(f"{first} {sfirst}", 38), (f"{slast}, {first}", 15), (f"{slast} {first}", 12),
                 (f"{first[0]}. {sfirst}", 8), (f"{slast} {first[0]}.", 7), (f"{first} {sfirst}".upper(), 7)]
        if key == "US":
            mid = rng.choice("ABCDEFGHJKLMNPRSTW")
            forms += [(f"{first} {mid}. {sfirst}", 10)]
        if key == "NL" and slast.startswith(("De ", "Van ")):
            # "Vries, Jan de"
            for p in ("Van der ", "Van den ", "Van de ", "Van ", "De "):
                if slast.startswith(p):
                    forms += [(f"{slast[len(p):]}, {first} {p.strip().lower()}", 10)]
                    break
        if key == "FI":
            forms += [(f"{slast} {first}", 12)]
    names, weights = zip(*[(n, w) for n, w in forms if w > 0])
    return rng.choices(names, weights=weights)[0]

def trade_name(rng, key, templates):
    pool = NP.POOLS[key]
    female = key in CYR and rng.random() < 0.35
    first = rng.choice(pool["f"] if female else pool["m"])
    m, f = rng.choice(pool["sur"])
    sur = (f if female else m).replace("_", " ")
    pat = ""
    ini = f"{first[0]}."
    if key in CYR:
        pm, pf = rng.choice(pool["pat"])
        pat = pf if female else pm
        ini = f"{first[0]}.{pat[0]}."
    t = rng.choice(templates)
    return t.format(S=sur, F=first, P=pat, I=ini)

def person_records(rng):
    out, seen = [], set()
    for key, cc, lang, n_pers, n_sole, n_prof in NP.PLAN:
        pool_src = ("invented from common given names and surnames of " + cc +
                    " (national name statistics / Wikipedia lists of common names)")
        k = 0
        while k < n_pers:
            nm = person_name(rng, key)
            if nm in seen:
                continue
            seen.add(nm)
            out.append(dict(name=nm, country=cc, lang=lang, label="B2C", ambiguous=False,
                            kind="private_person", source=pool_src, part="c"))
            k += 1
        for n, templates, kind, label, amb in ((n_sole, NP.TRADE[key], "sole_trader", "B2B", False),
                                               (n_prof, NP.PROF.get(key, []), "professional_person", "B2B", True)):
            k = 0
            while k < n:
                nm = trade_name(rng, key, templates)
                if nm in seen:
                    continue
                seen.add(nm)
                out.append(dict(name=nm, country=cc, lang=lang, label=label, ambiguous=amb, kind=kind,
                                source="invented trade name from common surnames of " + cc, part="a"))
                k += 1
    for nm, cc, lang in NP.ANON:
        out.append(dict(name=nm, country=cc, lang=lang, label="B2C", ambiguous=False,
                        kind="anonymous_retail", source="generic walk-in buyer wording used in " + cc, part="c"))
    return out

# ---------------------------------------------------------------- build
def messy(rng, name, kind):
    """Real-export messiness on organisation names: some upper case, some trailing spaces."""
    if kind in ("private_person", "anonymous_retail"):
        return name + (" " if rng.random() < 0.02 else "")
    r = rng.random()
    if r < 0.05:
        name = name.upper()
    elif r < 0.07:
        name = name + " "
    return name

def main():
    rng = random.Random(SEED)
    recs = org_records(rng) + person_records(rng)
    for r in recs:
        r["item"] = rng.choice(ITEMS[r["lang"]])
        r["customer"] = messy(rng, r["name"], r["kind"])
    rng.shuffle(recs)

    (OUT / "layouts").mkdir(exist_ok=True)
    (OUT / "key").mkdir(exist_ok=True)
    with open(OUT / "layouts" / f"{ID}.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["Customer", "Item"])
        for r in recs:
            w.writerow([r["customer"], r["item"]])
    with open(OUT / "key" / f"{ID}.labels.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["row", "label", "ambiguous", "kind", "country", "source"])
        for i, r in enumerate(recs):
            w.writerow([i, r["label"], "true" if r["ambiguous"] else "false", r["kind"], r["country"], r["source"]])
    key = {
        "id": ID,
        "system": "name probe: two-column list of buyer names with one office-neutral item each (no real system layout)",
        "country": "multi",
        "language": "multi (ru, kk, uk, en, de, fr, nl, es, pt, it, pl, cs, da, nb, sv, fi, ja, ko, zh, tr)",
        "docs": ["none: a name probe imitates no export layout; names come from the public lists named per record in the labels' source column"],
        "fields": {"buyer": "Customer", "product": "Item", "quantity": None, "amount": None,
                   "tax_id": None, "email": None, "payment": None, "comment": None},
        "also_ok": {},
        "notes": ("UTF-8 without BOM, comma-separated, header 'Customer,Item', one record per line. "
                  "The item is always one of office chair, laptop, monitor, desk lamp, laser printer, keyboard "
                  "in the buyer's language, so only the name decides the label. Thirds: (a) companies and sole "
                  "traders, (b) public bodies, embassies and contrast cases (state-owned companies, private "
                  "universities, churches, non-profits, international organisations, state-founded funds), "
                  "(c) invented private persons and a few anonymous walk-in buyers. About 5% of organisation "
                  "names are upper-cased and some have a trailing space, as exports have them."),
    }
    (OUT / "key" / f"{ID}.json").write_text(json.dumps(key, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
