"""je_fi_op_tilitapahtumat_panot: OP (OP Financial Group, Finland) corporate online bank
account-transaction export (tilitapahtumat CSV), filtered to incoming payments, for an invented
Tampere first-aid training company selling courses and first-aid equipment.
ISO-8859-1, ';', no title lines, decimal comma, dd.mm.yyyy. Seeded.
"""
from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from je_common import LAYOUTS, fi_iban, fi_reference, fmt_comma, write_key, write_labels  # noqa: E402

ID = "je_fi_op_tilitapahtumat_panot"
rng = random.Random(1010_2024)

HEADER = ["Kirjauspäivä", "Arvopäivä", "Määrä EUROA", "Laji", "Selitys", "Saaja/Maksaja", "Saajan tilinumero",
          "Saajan pankin BIC", "Viite", "Viesti", "Arkistointitunnus"]
BANKS = {"OP": ("5", "OKOYFIHH"), "NORDEA": ("1", "NDEAFIHH"), "DANSKE": ("8", "DABAFIHH"),
         "AKTIA": ("405", "HELSFIHH"), "SPANKKI": ("39", "SBANFIHH"), "HANDELS": ("31", "HANDFIHH"),
         "SAASTO": ("42", "ITELFIHH")}
DAYS = [date(2024, 10, 1) + timedelta(days=i) for i in range(31)]
WORK = [d for d in DAYS if d.weekday() < 5]

rows: list[dict] = []
_inv = iter(range(24101, 24999))


def invoice():
    n = next(_inv)
    return n, fi_reference(str(n) + "0")


def add(payer, bank, amount, msg="", ref="", label="B2B", kind="company", amb=False, country="FI", account=None,
        day=None):
    pre, bic = BANKS[bank]
    rows.append(dict(payer=payer, iban=account or fi_iban(rng, pre), bic=bic, amount=round(amount, 2), msg=msg,
                     ref=ref, label=label, kind=kind, amb=amb, country=country, day=day or rng.choice(WORK)))


def org(payer, bank, n, lo, hi, label, kind, amb=False, country="FI", style="ref", note=""):
    acc = fi_iban(rng, BANKS[bank][0])
    for _ in range(n):
        no, ref = invoice()
        amount = rng.uniform(lo, hi)
        if style == "ref" or (style == "mix" and rng.random() < 0.6):
            add(payer, bank, amount, "", ref, label, kind, amb, country, acc)
        else:
            msg = rng.choice([f"Lasku {no}", f"Laskunro {no}", f"Lasku {no} {note}".strip(), f"LASKU {no} / {note}".strip(" /")])
            add(payer, bank, amount, msg, "", label, kind, amb, country, acc)


G, B, C = "B2G", "B2B", "B2C"
# ---------------------------------------------------------------- public sector (B2G)
org("TAMPEREEN KAUPUNKI", "NORDEA", 8, 640, 5400, G, "municipality", style="mix", note="EA1 henkilöstökoulutus")
org("PIRKANMAAN HYVINVOINTIALUE", "DANSKE", 7, 900, 7800, G, "wellbeing_services_county", style="ref")
org("KANGASALAN KUNTA", "OP", 3, 380, 2600, G, "municipality", style="mix", note="Ruutanan koulu")
org("YLÖJÄRVEN KAUPUNKI", "OP", 2, 420, 3100, G, "municipality", style="ref")
org("NOKIAN KAUPUNKI", "NORDEA", 2, 350, 2400, G, "municipality", style="mix", note="päiväkodit EA-kurssi")
org("LEMPÄÄLÄN KUNTA", "OP", 2, 300, 1900, G, "municipality", style="ref")
org("SASTAMALAN KAUPUNKI", "SAASTO", 2, 280, 2100, G, "municipality", style="mix", note="kotihoito EA1")
org("PIRKKALAN KUNTA", "OP", 2, 350, 2600, G, "municipality", style="ref")
org("ORIVEDEN KAUPUNKI", "OP", 1, 240, 1200, G, "municipality", style="msg", note="koulut")
org("MAANMITTAUSLAITOS", "DANSKE", 1, 650, 1500, G, "state_agency", style="ref")
org("TULLI", "DANSKE", 1, 700, 1600, G, "state_agency", style="ref")
org("PUOLUSTUSVOIMIEN LOGISTIIKKALAITOS", "DANSKE", 3, 1200, 8900, G, "armed_forces", style="ref")
org("SISÄ-SUOMEN POLIISILAITOS", "DANSKE", 2, 800, 3600, G, "police", style="ref")
org("PIRKANMAAN KÄRÄJÄOIKEUS", "DANSKE", 1, 600, 1400, G, "court", style="ref")
org("VEROHALLINTO", "DANSKE", 1, 900, 2300, G, "state_agency", style="ref")
org("KANSANELÄKELAITOS", "NORDEA", 2, 700, 2900, G, "state_social_insurance", style="ref")
org("TAMPEREEN KAUPUNKI / TREDU", "NORDEA", 2, 1500, 4200, G, "public_vocational_college", style="mix",
    note="EA1 opiskelijat")
org("HELSINGIN YLIOPISTO", "NORDEA", 1, 1100, 2600, G, "public_university", style="ref")
org("HUS-YHTYMÄ", "NORDEA", 2, 1800, 6200, G, "public_hospital", style="ref")
org("SENAATTI-KIINTEISTÖT", "DANSKE", 1, 1300, 2400, G, "state_enterprise", style="ref")
org("METSÄHALLITUS", "NORDEA", 1, 700, 1800, G, "state_enterprise", style="mix", note="retkeilypalvelut EA2")
org("PIRKANMAAN PELASTUSLAITOS", "DANSKE", 2, 900, 3800, G, "rescue_department", style="ref")
org("SVERIGES AMBASSAD HELSINGFORS", "HANDELS", 1, 900, 1700, G, "embassy", country="SE",
    style="msg", note="First aid course staff")
org("KANGASALAN KUNTA", "OP", 1, 149, 149, G, "municipality", style="msg", note="1 kpl ensiapulaukku")
# ambiguous public
add("LAINE MINNA", "OP", 612.0, "Lasku 24190 Kangasalan kunta Ruutanan koulu, maksan itse ja laskutan kunnalta",
    "", G, "person_paying_public_body_invoice", True)
add("HEIKKINEN PÄIVI", "NORDEA", 398.0, "Lasku 24214 / Tampereen kaupunki, Hervannan päiväkoti - maksettu omalta tililtä",
    "", G, "person_paying_public_body_invoice", True)

# ---------------------------------------------------------------- businesses and organisations (B2B)
org("VALMET TECHNOLOGIES OY", "NORDEA", 4, 1400, 6800, B, "company", style="ref")
org("SANDVIK MINING AND CONSTRUCTION OY", "NORDEA", 2, 1800, 5200, B, "company", style="ref")
org("NOKIA SOLUTIONS AND NETWORKS OY", "NORDEA", 2, 900, 4800, B, "company", style="ref")
org("YIT SUOMI OY", "DANSKE", 3, 700, 3900, B, "company", style="mix", note="työmaa Hiedanranta")
org("RAKENNUS LEHTINEN OY", "OP", 3, 190, 1600, B, "company", style="mix", note="EA1 + varusteet")
org("LVI-ASENNUS MÄKELÄ OY", "OP", 2, 160, 980, B, "company", style="msg", note="EA-kurssi")
org("TILITOIMISTO NIEMI KY", "SAASTO", 2, 170, 420, B, "company", style="msg", note="ensiapulaukku")
org("T:MI KAMPAAMO SALONEN", "OP", 1, 89, 189, B, "sole_trader", style="msg", note="ensiapulaukku")
org("TAMPEREEN ILVES RY", "OP", 2, 600, 2400, B, "association", style="mix", note="junioritoiminta EA1")
org("AS OY TAMPEREEN HÄMEENPUISTO 21", "OP", 1, 1650, 2100, B, "housing_company", style="ref")
org("TAMPEREEN HELLUNTAISEURAKUNTA", "OP", 1, 380, 900, B, "religious_organisation", style="msg",
    note="leiriohjaajien EA1")
org("SUOMEN PUNAINEN RISTI HÄMEEN PIIRI", "NORDEA", 1, 450, 1200, B, "national_red_cross", style="ref")
org("VR-YHTYMÄ OYJ", "NORDEA", 2, 1200, 4100, B, "state_owned_company", style="ref")
org("POSTI OY", "NORDEA", 1, 1100, 2600, B, "state_owned_company", style="ref")
org("LÄÄKÄRIASEMA PIHLAJALINNA OY", "DANSKE", 2, 800, 2900, B, "private_healthcare", style="ref")
org("KESKO OYJ", "NORDEA", 1, 1900, 4600, B, "company", style="ref")
org("ALKO OY", "NORDEA", 1, 900, 2300, B, "state_owned_company", style="ref")
org("GLASTON FINLAND OY", "NORDEA", 2, 700, 2800, B, "company", style="ref")
org("TAMPEREEN SÄHKÖLAITOS OY", "OP", 2, 800, 3400, B, "municipal_company", style="ref")
org("KAHVILA PELLAVA KY", "OP", 1, 189, 380, B, "company", style="msg", note="EA1 henkilökunta")
add("MÄKINEN SAMI", "SPANKKI", 189.0, f"Lasku {invoice()[0]} Tmi Sami Mäkinen EA1-kurssi", "", B, "sole_trader", False)
org("PRISMA HERVANTA / PIRKANMAAN OSUUSKAUPPA", "OP", 2, 600, 1900, B, "cooperative", style="ref")
# ambiguous B2B
add("TAMPEREEN KORKEAKOULUSÄÄTIÖ SR", "DANSKE", 2480.0, "", invoice()[1], B, "state_founded_foundation_university", True)
add("AALTO-KORKEAKOULUSÄÄTIÖ SR", "NORDEA", 1860.0, "Lasku 24222 EA1 laboratoriohenkilöstö", "", B,
    "state_founded_foundation_university", True)
add("EUROOPAN KEMIKAALIVIRASTO ECHA", "DANSKE", 2150.0, "Invoice 24231 first aid training 15 pax", "", B,
    "international_org", True)
add("FINAVIA OYJ", "NORDEA", 5480.0, "Lasku 24236 hankintasopimus HILMA 2024-118734 kilpailutus", "", B,
    "state_owned_company_public_procurement", True)
add("VIRTANEN JUHA", "OP", 1245.0, "Lasku 24241 Rakennus Virtanen Oy", "", B, "person_paying_company_invoice", True)
add("KOSKINEN TIINA", "SPANKKI", 189.0, "EA1-kurssi oman toiminimen tarpeisiin (kotisiivous Koskinen)", "", B,
    "person_stated_business_use", True)
add("SALMINEN JARI", "NORDEA", 1690.0, "Defibrillaattori AED Zoll 1 kpl - Salmisen Autokorjaamo", "", B,
    "person_paying_company_invoice", True)

# ---------------------------------------------------------------- private persons (B2C)
FIRST = ["JUHA", "TIMO", "MATTI", "MIKKO", "ANTTI", "JARI", "KARI", "PEKKA", "MIKA", "SAMI", "ANNE", "TUULA",
         "PÄIVI", "ANNA", "LEENA", "JOHANNA", "SARI", "MINNA", "TIINA", "RIITTA", "LAURA", "EMILIA", "AINO",
         "EETU", "VEETI", "ANNA-LIISA", "JUHA-PEKKA"]
LAST = ["KORHONEN", "VIRTANEN", "MÄKINEN", "NIEMINEN", "MÄKELÄ", "HÄMÄLÄINEN", "LAINE", "HEIKKINEN",
        "KOSKINEN", "JÄRVINEN", "LEHTONEN", "LEHTINEN", "SAARINEN", "SALMINEN", "HEINONEN", "NIEMI",
        "HEIKKILÄ", "KINNUNEN", "SALONEN", "TURUNEN", "SALO", "LAITINEN", "TUOMINEN", "RANTANEN",
        "KARJALAINEN", "JOKINEN", "MATTILA", "SAVOLAINEN", "LAHTINEN", "AHONEN"]
for _ in range(58):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    payer = f"{l} {f}" if rng.random() < 0.75 else f"{f.title()} {l.title()}"
    course = rng.choice(["EA1", "EA2", "Hätäensiapu", "EA1 kertaus", "Lasten ensiapu", "ensiapulaukku",
                         "EA-laukku kotiin"])
    price = {"EA1": 185, "EA2": 165, "Hätäensiapu": 95, "EA1 kertaus": 110, "Lasten ensiapu": 75,
             "ensiapulaukku": 49, "EA-laukku kotiin": 39}[course]
    r = rng.random()
    if r < 0.35:
        no, ref = invoice()
        add(payer, rng.choice(list(BANKS)), price, "", ref, C, "private_person", False)
    elif r < 0.9:
        d = rng.choice(DAYS)
        add(payer, rng.choice(list(BANKS)), price,
            rng.choice([f"{course} {d.day}.{d.month}. {f.title()} {l.title()}", f"{course} kurssimaksu",
                        f"{course}", f"Kurssimaksu {course} {l.title()}", f"{course} tilaus"]),
            "", C, "private_person", False)
    else:  # thin: a name and the amount, nothing else
        add(payer, rng.choice(list(BANKS)), price, "", "", C, "private_person_name_only", False)
add("HÄMÄLÄINEN MARKO", "OP", 40 * 39.0, "40 kpl EA-laukku kotiin, lahjaksi sukulaisille", "", C,
    "private_person_bulk_quantity", True)
PAYTRAIL_ACC = fi_iban(rng, "5")
for i in range(8):
    add("PAYTRAIL OYJ", "OP", rng.uniform(180, 1450),
        f"Paytrail tilitys {rng.randint(10**7, 10**8 - 1)}", "", C, "acquiring_payout", True, account=PAYTRAIL_ACC)

# ---------------------------------------------------------------- output
rows.sort(key=lambda r: (r["day"], rng.random()))
out = [";".join(HEADER)]
seq = rng.randint(1200, 1900)
for r in rows:
    d = r["day"].strftime("%d.%m.%Y")
    seq += rng.randint(1, 40)
    arch = f"{r['day'].strftime('%Y%m%d')}/{rng.choice('5')}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVXYZ0123456789') for _ in range(5))}/{seq % 1000000:06d}"
    ref = f"ref={r['ref'].zfill(20)}" if r["ref"] else "ref="
    msg = r["msg"] if (r["msg"] or r["ref"]) else "SEPA-MAKSU"
    out.append(";".join([d, d, fmt_comma(r["amount"]), "506", "TILISIIRTO", r["payer"], r["iban"], r["bic"], ref,
                         msg, arch]))
LAYOUTS.mkdir(parents=True, exist_ok=True)
(LAYOUTS / f"{ID}.csv").write_bytes(("\r\n".join(out) + "\r\n").encode("iso-8859-1"))
write_labels(ID, rows)
write_key(ID, {
    "id": ID,
    "system": "OP Financial Group (Osuuspankki, Finland) online banking - account transactions (tilitapahtumat) CSV export, filtered to incoming payments (panot)",
    "country": "FI",
    "language": "fi",
    "docs": [
        "Public OP CSV parsers on GitHub (ofxstatement-op, Odoo and .NET importers, Kitsas docs): header Kirjauspäivä;Arvopäivä;Määrä EUROA;Laji;Selitys;Saaja/Maksaja;Saajan tilinumero;Saajan pankin BIC;Viite;Viesti;Arkistointitunnus (older variant: 'Saajan tilinumero ja pankin BIC' in one column)",
        "Same sources: ';' separator, dates dd.mm.yyyy, decimal comma, ISO-8859-1 encoding in the Java/Odoo readers, Selitys values such as TILISIIRTO/VIITESIIRTO/PKORTTIMAKSU, numeric Laji codes (506 on an incoming SEPA transfer in a 2025 test sample)",
        "2025 test sample of the current export: Viite written as 'ref=' + 20-digit zero-padded reference (just 'ref=' when empty), 'SEPA-MAKSU' in Viesti for a transfer without message, Arkistointitunnus like 20250908/5SCT6E/001947, counterparty IBAN in Saajan tilinumero",
        "Finnish domestic reference number: 7-3-1 weighted check digit; Finnish IBAN: Luhn check digit in the BBAN"
    ],
    "fields": {"buyer": "Saaja/Maksaja", "product": None, "quantity": None, "amount": "Määrä EUROA", "tax_id": None,
               "email": None, "payment": "Selitys", "comment": "Viesti"},
    "also_ok": {"product": ["Viesti"], "payment": ["Laji"]},
    "notes": ("One row per incoming payment (credit); no title or totals lines. Saaja/Maksaja is the payer (on incoming rows the column "
              "names read from the account owner's side), Saajan tilinumero / Saajan pankin BIC are the payer's IBAN/BIC. "
              "Persons are often written 'SURNAME FIRSTNAME' in capitals. Organisations paying an invoice usually give only a "
              "reference (Viite 'ref=000...') and no message; goods or courses appear only as words in Viesti. "
              "'SEPA-MAKSU' in Viesti is the bank's filler for a transfer without message or reference. "
              "PAYTRAIL OYJ rows are web-shop payment-service payouts (acquiring settlements) with no end buyer.")
})
print(ID, len(rows), "rows")
