"""kb_ch_ubs_kontoauszug_gutschriften: UBS e-banking account transactions CSV export (German),
filtered to credits (Gutschriften), of a Zurich office-equipment dealer's CHF business account.

Layout as documented by public UBS-CSV parsers: 8 metadata lines 'Key:;value;', a blank line,
header 'Abschlussdatum;...;Fussnoten;' (trailing semicolon), ISO dates, '.' decimals,
Belastung negative / Gutschrift positive, Beschreibung1 = counterparty name and address joined
by ';' (quoted), collective bookings as a total line followed by detail lines in 'Einzelbetrag'.
UTF-8 with BOM, CRLF. Seed fixed.
"""
import csv
import datetime as dt
import io
import random
import zlib

from kb_common import LAYOUTS, iban, iban_spaced, qrr_reference, qrr_spaced, write_key, write_labels

LAYOUT_ID = "kb_ch_ubs_kontoauszug_gutschriften"
rng = random.Random(8004)

HEADER = ["Abschlussdatum", "Abschlusszeit", "Buchungsdatum", "Valutadatum", "Währung", "Belastung", "Gutschrift",
          "Einzelbetrag", "Saldo", "Transaktions-Nr.", "Beschreibung1", "Beschreibung2", "Beschreibung3", "Fussnoten"]

OWN_IBAN = iban("CH", "00235235000456789")

# clearing numbers of typical payer banks
BANKS = {"ZKB": "00700", "PF": "09000", "UBS": "00230", "RAIF": "80808", "CS": "04835", "BEKB": "00790",
         "GKB": "00774", "BCGE": "00788", "LUKB": "00778"}


def payer_iban(bank):
    acct = "".join(str(rng.randint(0, 9)) for _ in range(12))
    return iban("CH", BANKS[bank] + acct)


def P(name, addr, bank, label, kind, amounts, n, country="CH", amb=False, ref_style="qrr", note="",
      collective=True, pid=None):
    return dict(name=name, addr=addr, bank=bank, label=label, kind=kind, amounts=amounts, n=n, country=country,
                amb=amb, ref_style=ref_style, note=note, collective=collective)


PAYERS = [
    # ---------- public sector
    P("Gemeinde Dübendorf", ["Usterstrasse 2", "8600 Dübendorf"], "ZKB", "B2G", "municipality", (280, 2400), 4),
    P("Stadt Winterthur", ["Finanzamt", "Pionierstrasse 7", "8403 Winterthur"], "PF", "B2G", "municipality",
      (450, 5200), 4),
    P("Primarschulgemeinde Wallisellen", ["Alte Winterthurerstrasse 30", "8304 Wallisellen"], "ZKB", "B2G",
      "public_school", (190, 1900), 4),
    P("Kanton Zürich", ["Finanzdirektion", "Walcheplatz 1", "8090 Zürich"], "ZKB", "B2G", "canton", (900, 14800), 5,
      ref_style="text", note="Kantonsschule Zürich Nord, Bestellung {po}"),
    P("ETH Zürich", ["Finanzen und Controlling", "Rämistrasse 101", "8092 Zürich"], "UBS", "B2G",
      "public_university", (650, 9800), 7, ref_style="text", note="Rechnung {inv} / SAP-Bestellung 45{po}"),
    P("Universität Zürich", ["Finanzen", "Rämistrasse 71", "8006 Zürich"], "ZKB", "B2G", "public_university",
      (300, 4100), 4),
    P("UniversitätsSpital Zürich", ["Kreditorenbuchhaltung", "Rämistrasse 100", "8091 Zürich"], "ZKB", "B2G",
      "public_hospital", (500, 7600), 4),
    P("Kantonsspital Winterthur", ["Brauerstrasse 15", "8400 Winterthur"], "ZKB", "B2G", "public_hospital",
      (240, 2800), 5),
    P("Spital Männedorf AG", ["Asylstrasse 10", "8708 Männedorf"], "ZKB", "B2G", "public_hospital_company",
      (320, 1900), 3, amb=True),
    P("Bundesamt für Bauten und Logistik BBL", ["Fellerstrasse 21", "3003 Bern"], "PF", "B2G", "federal_office",
      (1200, 18600), 5, ref_style="text", note="Bestellung BBL {po} Rechnung {inv}", collective=False),
    P("Logistikbasis der Armee LBA", ["Viktoriastrasse 85", "3003 Bern"], "PF", "B2G", "armed_forces",
      (800, 6400), 3, ref_style="text", note="VBS Bestellnr. 4700{po}", collective=False),
    P("Bezirksgericht Meilen", ["Untere Bruech 139", "8706 Meilen"], "ZKB", "B2G", "court", (150, 980), 3),
    P("Gemeinde Küsnacht", ["Obere Dorfstrasse 32", "8700 Küsnacht"], "ZKB", "B2G", "municipality", (120, 3400), 4),
    P("Stadt Zürich", ["Organisation und Informatik", "Beatenplatz 2", "8001 Zürich"], "PF", "B2G", "municipality",
      (600, 12400), 4),
    P("Botschaft der Bundesrepublik Deutschland", ["Willadingweg 83", "3006 Bern"], "UBS", "B2G", "embassy",
      (260, 1400), 1, country="DE", ref_style="text", note="Rechnung {inv}", collective=False),
    P("Kantonsschule Küsnacht", ["Dorfstrasse 30", "8700 Küsnacht"], "ZKB", "B2G", "public_school", (89, 89), 1,
      amb=True),
    # ---------- business
    P("SBB AG", ["Kreditoren", "Postfach", "3000 Bern 65"], "PF", "B2B", "state_owned_company", (2200, 9800), 3,
      ref_style="text", note="simap Ausschreibung 24-0{po} / Rechnung {inv}", amb=True, collective=False),
    P("Die Schweizerische Post AG", ["Wankdorfallee 4", "3030 Bern"], "PF", "B2B", "state_owned_company",
      (480, 3600), 5),
    P("Swisscom (Schweiz) AG", ["Alte Tiefenaustrasse 6", "3048 Worblaufen"], "UBS", "B2B", "company",
      (700, 5400), 3),
    P("Zürcher Kantonalbank", ["Bahnhofstrasse 9", "8001 Zürich"], "ZKB", "B2B", "public_law_bank", (950, 6800), 5,
      amb=True),
    P("Migros-Genossenschafts-Bund", ["Limmatstrasse 152", "8005 Zürich"], "UBS", "B2B", "cooperative",
      (340, 2900), 3),
    P("Schreinerei Huber", ["Inh. Markus Huber", "Dorfstrasse 18", "8805 Richterswil"], "RAIF", "B2B",
      "sole_trader", (180, 740), 5),
    P("Treuhand Meier & Partner AG", ["Zugerstrasse 50", "8810 Horgen"], "ZKB", "B2B", "company", (120, 1650), 8),
    P("Dr. iur. Claudia Baumann Rechtsanwältin", ["Bahnhofstrasse 61", "8001 Zürich"], "UBS", "B2B", "lawyer",
      (240, 990), 3),
    P("Reformierte Kirchgemeinde Zürich", ["Stauffacherstrasse 8", "8004 Zürich"], "ZKB", "B2B",
      "church_public_law", (300, 2200), 3, amb=True),
    P("Schweizerisches Rotes Kreuz", ["Rainmattstrasse 10", "3001 Bern"], "PF", "B2B", "national_red_cross",
      (260, 1800), 3),
    P("Comite International de la Croix-Rouge", ["Avenue de la Paix 19", "1202 Genève"], "BCGE", "B2B",
      "international_org", (1400, 7200), 3, ref_style="text", note="PO {po} - invoice {inv}", amb=True,
      collective=False),
    P("World Health Organization", ["Avenue Appia 20", "1211 Geneva 27"], "UBS", "B2B", "international_org",
      (900, 4100), 1, ref_style="text", note="WHO PO 20{po} Inv. {inv}", amb=True, collective=False),
    P("Zoo Zürich AG", ["Zürichbergstrasse 221", "8044 Zürich"], "ZKB", "B2B", "company", (210, 1300), 4),
    P("Baur au Lac AG", ["Talstrasse 1", "8001 Zürich"], "CS", "B2B", "company", (380, 2600), 3),
    P("Stiftung Zürcher Eingliederung", ["Hohlstrasse 560", "8048 Zürich"], "ZKB", "B2B", "foundation",
      (150, 1100), 3),
    P("Anna Muster", ["Seestrasse 45", "8802 Kilchberg"], "ZKB", "B2B", "person_paying_company_invoice",
      (380, 380), 1, ref_style="text", note="Rg. {inv} Praxis Dr. med. A. Muster", amb=True, collective=False),
    P("GARAGE FREI AG", ["Zürcherstrasse 210", "8953 Dietikon"], "RAIF", "B2B", "company", (95, 760), 5),
    # ---------- private persons
    P("Beat Müller", ["Seeblickstrasse 12", "8700 Küsnacht"], "UBS", "B2C", "private_person", (89, 420), 4),
    P("Ursula Keller-Frei", ["Gartenweg 4", "8820 Wädenswil"], "RAIF", "B2C", "private_person", (129, 129), 1),
    P("Herr und Frau R. und S. Bachmann", ["Im Grund 7", "8706 Meilen"], "ZKB", "B2C", "private_person",
      (249, 249), 1),
    P("MEIER HANS", ["Bergstrasse 88", "8032 Zürich"], "PF", "B2C", "private_person", (45, 310), 4),
    P("Nicole Steiner", ["Lindenhofstrasse 3", "8180 Bülach"], "ZKB", "B2C", "private_person", (169, 169), 1),
    P("Marco Rossi", ["Via Cantonale 14", "6900 Lugano"], "PF", "B2C", "private_person", (399, 399), 1),
    P("Brunner, Thomas", ["Alte Landstrasse 101", "8800 Thalwil"], "UBS", "B2C", "private_person", (79, 219), 3),
    P("Sandra Gerber", ["Kirchweg 2", "8630 Rüti ZH"], "RAIF", "B2C", "private_person", (59, 59), 1),
    P("Fabian Zimmermann", ["Hohlstrasse 210", "8004 Zürich"], "UBS", "B2C", "private_person", (349, 349), 1,
      ref_style="text", note="Drucker Privat, Rechnung {inv}", collective=False),
    P("Daniela Schmid", ["Dorfstrasse 9", "8933 Maschwanden"], "ZKB", "B2C", "private_person", (24, 95), 3),
    P("Peter Widmer", ["Chesa Nova", "7500 St. Moritz"], "GKB", "B2C", "private_person", (499, 499), 1),
    P("Luca Bernasconi", ["Rue du Lac 5", "1800 Vevey"], "BCGE", "B2C", "private_person", (64, 64), 1),
    P("Claudia Fehr", ["Rosenweg 6", "8604 Volketswil"], "RAIF", "B2C", "private_person", (139, 139), 1),
    P("Hr. Stefan Ammann", ["Buechstrasse 21", "8645 Jona"], "ZKB", "B2C", "private_person", (35, 260), 2),
    P("Monika und Urs Frei", ["Schulhausstrasse 5", "8722 Kaltbrunn"], "RAIF", "B2C", "private_person", (215, 215), 1),
    P("Esther Wyss", ["Feldeggstrasse 30", "8008 Zürich"], "UBS", "B2C", "private_person", (89, 189), 2),
    P("Jonas Keller", ["Badenerstrasse 505", "8048 Zürich"], "PF", "B2C", "private_person", (49, 49), 1),
    P("Wyss Elektro GmbH", ["Industriestrasse 12", "8305 Dietlikon"], "RAIF", "B2B", "company", (260, 1900), 3),
    P("Praxis Dr. med. dent. Lukas Egli", ["Seestrasse 101", "8610 Uster"], "ZKB", "B2B", "medical_practice",
      (180, 1450), 2),
    P("Architekturbüro Stauffacher Partner AG", ["Badenerstrasse 18", "8004 Zürich"], "UBS", "B2B", "company",
      (400, 3900), 3),
    P("Fitness Zentrum Glattpark GmbH", ["Boulevard Lilienthal 8", "8152 Glattpark"], "CS", "B2B", "company",
      (120, 890), 2),
    P("Yvonne Baumgartner", ["Sonnenbergstrasse 70", "8610 Uster"], "ZKB", "B2C", "private_person",
      (4680, 4680), 1, ref_style="text", note="12x Laptop-Taschen + 12x Headset Rechnung {inv}", amb=True,
      collective=False),
    P("", [], "PF", "B2C", "thin_reference_only", (112, 112), 1, amb=True),
]


def tx_no():
    return (f"{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGHKLMNPRSTUVWZ')}"
            f"{rng.choice('ABCDEFGHKLMNPRSTUVWZ')}{rng.randint(10 ** 9, 10 ** 10 - 1)}")


def amt(x):
    return f"{x:.2f}"


def main():
    days = []
    d = dt.date(2024, 7, 1)
    while d <= dt.date(2024, 9, 30):
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)

    inv_no = 2400
    single = []   # individual credit bookings
    qr_pool = []  # QR-reference payments that can be booked collectively
    for p in PAYERS:
        for _ in range(p["n"]):
            inv_no += rng.randint(1, 4)
            lo, hi = p["amounts"]
            a = round(rng.uniform(lo, hi) / 5) * 5 - (0.0 if rng.random() < 0.5 else 0.05) if hi > lo else lo
            a = round(max(a, 1.0), 2)
            day = rng.choice(days)
            inv = f"24-{inv_no}"
            pay = dict(p=p, amount=a, day=day, inv=inv)
            if p["ref_style"] == "qrr" and p["collective"] and rng.random() < 0.35:
                qr_pool.append(pay)
            else:
                single.append(pay)

    def desc3(pay):
        p = pay["p"]
        parts = []
        if p["ref_style"] == "qrr":
            ref = qrr_reference("0000000000000" + f"{zlib.crc32(p['name'].encode()) % 10 ** 5:05d}" + pay["inv"].replace("-", "")
                                .rjust(8, "0"))
            parts.append("Referenz-Nr. QRR: " + qrr_spaced(ref))
        else:
            po = f"{rng.randint(100000, 999999)}"
            parts.append("Zahlungsgrund: " + p["note"].format(inv=pay["inv"], po=po))
        if p["name"]:
            parts.append("Konto-Nr. IBAN: " + iban_spaced(payer_iban(p["bank"])))
        return "; ".join(parts)

    def desc1(p):
        return ";".join([p["name"]] + p["addr"]) if p["name"] else ""

    # bookings: list of (day, [rows]) where each row is (values, record_meta or None)
    bookings = []
    for pay in single:
        p = pay["p"]
        vals = ["", "", pay["day"], pay["day"], "CHF", "", amt(pay["amount"]), "", "", tx_no(), desc1(p),
                "Gutschrift", desc3(pay), ""]
        bookings.append((pay["day"], [(vals, p)]))
    # collective QR credits (Sammelgutschrift): total line + detail lines in 'Einzelbetrag'
    rng.shuffle(qr_pool)
    groups = []
    while qr_pool:
        k = min(len(qr_pool), rng.randint(3, 6))
        groups.append(qr_pool[:k])
        qr_pool = qr_pool[k:]
    for g in groups:
        day = max(x["day"] for x in g)
        tn = tx_no()
        total = round(sum(x["amount"] for x in g), 2)
        rows = [(["", "", day, day, "CHF", "", amt(total), "", "", tn, "Sammelgutschrift QR-Referenz",
                  f"Gutschrift ({len(g)} Zahlungen)", "", ""], None)]
        for x in g:
            rows.append((["", "", day, day, "CHF", "", "", amt(x["amount"]), "", tn, desc1(x["p"]), "Gutschrift",
                          desc3(x), ""], x["p"]))
        bookings.append((day, rows))
    # acquiring payouts: TWINT and card settlements (no buyer)
    for i in range(5):
        day = rng.choice(days)
        bookings.append((day, [(["", "", day, day, "CHF", "", amt(round(rng.uniform(180, 2400), 2)), "", "", tx_no(),
                                 "TWINT AG;Stauffacherstrasse 31;8004 Zürich", "Gutschrift",
                                 f"Zahlungsgrund: TWINT Abrechnung {day.strftime('%d.%m.%Y')} Händler-ID 40218873", ""],
                                dict(label="B2C", kind="acquiring_payout_twint", country="CH", amb=True))]))
    for i in range(5):
        day = rng.choice(days)
        bookings.append((day, [(["", "", day, day, "CHF", "", amt(round(rng.uniform(350, 5200), 2)), "", "", tx_no(),
                                 "Worldline Schweiz AG;Hardturmstrasse 201;8005 Zürich", "Gutschrift",
                                 f"Zahlungsgrund: Abrechnung Kartenzahlungen Nr. {rng.randint(10 ** 7, 10 ** 8 - 1)}",
                                 ""], dict(label="B2C", kind="acquiring_payout_cards", country="CH", amb=True))]))

    # newest first, like the e-banking list
    bookings.sort(key=lambda b: b[0], reverse=True)
    # running balance on the last line of each day (balance also moves with debits not shown)
    bal = 61877.20
    last_day = None
    out_rows = []
    labels = []
    for day, rows in bookings:
        for vals, meta in rows:
            vals = list(vals)
            vals[2] = vals[2].isoformat()
            vals[3] = vals[3].isoformat()
            out_rows.append((day, vals, meta))
    # set Saldo on first (= latest) line of every date
    seen = set()
    day_credit = {}
    for day, vals, meta in out_rows:
        if vals[6]:
            day_credit[day] = day_credit.get(day, 0.0) + float(vals[6])
    # debits are not in the filtered list; spread them so that the opening balance is plausible
    target_opening = 47310.45
    total_credit = sum(day_credit.values())
    total_debit = target_opening - bal + total_credit
    weights = {d: c * rng.uniform(0.7, 1.3) for d, c in sorted(day_credit.items())}
    wsum = sum(weights.values())
    for day, vals, meta in out_rows:
        if day not in seen and vals[7] == "":
            vals[8] = amt(bal)
            seen.add(day)
            # balance before this day: remove the day's credits, add back the day's (hidden) debits
            bal = round(bal - day_credit[day] + total_debit * weights[day] / wsum, 2)
    opening = bal

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    meta_lines = [("Kontonummer:", "0235 00456789.01B"), ("IBAN:", iban_spaced(OWN_IBAN)), ("Von:", "2024-07-01"),
                  ("Bis:", "2024-09-30"), ("Anfangssaldo:", amt(opening)), ("Schlusssaldo:", "61877.20"),
                  ("Bewertet in:", "CHF"), ("Anzahl Transaktionen in diesem Zeitraum:", str(len(bookings)))]
    for k, v in meta_lines:
        buf.write(f"{k};{v};\r\n")
    buf.write("\r\n")
    buf.write(";".join(HEADER) + ";\r\n")
    for day, vals, meta in out_rows:
        w.writerow(vals + [""])
        if meta is None:
            continue
        labels.append(dict(label=meta["label"], ambiguous=meta["amb"], kind=meta["kind"], country=meta["country"]))

    LAYOUTS.mkdir(parents=True, exist_ok=True)
    (LAYOUTS / f"{LAYOUT_ID}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
    write_labels(LAYOUT_ID, labels)
    write_key({
        "id": LAYOUT_ID,
        "system": "UBS Switzerland e-banking / Digital Banking - account transactions export (CSV, German), "
                  "list filtered to credits (Gutschriften)",
        "country": "CH",
        "language": "de",
        "docs": [
            "public UBS-CSV parsers and fixtures on GitHub (e.g. a 'ubs-account-csv' statement parser, a README "
            "'Import Formats - UBS CSV (e-banking export)', the PyPI package ubs-transactions-csv-parser): metadata "
            "block 'Kontonummer:', 'IBAN:', 'Von:', 'Bis:', 'Anfangssaldo:', 'Schlusssaldo:', 'Bewertet in:', "
            "'Anzahl Transaktionen in diesem Zeitraum:' as 'Key:;value;', blank line, then the header "
            "Abschlussdatum;Abschlusszeit;Buchungsdatum;Valutadatum;Währung;Belastung;Gutschrift;Einzelbetrag;"
            "Saldo;Transaktions-Nr.;Beschreibung1;Beschreibung2;Beschreibung3;Fussnoten; (trailing ';')",
            "same sources: ';'-delimited, UTF-8 (read with utf-8-sig, i.e. with BOM), ISO dates, '.' decimals "
            "without thousands separator, Belastung carries its own minus sign, Gutschrift positive; trade "
            "date/time only on card payments; Beschreibung1 = counterparty name with its address joined by ';' "
            "(quoted); Beschreibung2 = booking type; Beschreibung3 = details with 'Konto-Nr. IBAN:' and "
            "'Referenz-Nr. QRR:'; collective bookings = a total line plus detail lines carrying the amount in "
            "'Einzelbetrag' under the same Transaktions-Nr.",
        ],
        "fields": {
            "buyer": "Beschreibung1",
            "product": None,
            "quantity": None,
            "amount": "Gutschrift",
            "tax_id": None,
            "email": None,
            "payment": "Beschreibung2",
            "comment": "Beschreibung3",
        },
        "also_ok": {
            "amount": ["Einzelbetrag"],
        },
        "notes": "Title block of 8 metadata lines and a blank line above the header (not records). One row per "
                 "credit booking, newest first. Collective QR credits ('Sammelgutschrift QR-Referenz') appear as a "
                 "total line (amount in 'Gutschrift', no payer) followed by one detail line per payment (amount in "
                 "'Einzelbetrag'); the total lines are subtotals and are NOT numbered as records, the detail lines "
                 "are. Each line ends with ';' so pandas shows an extra empty unnamed column. TWINT AG and "
                 "Worldline Schweiz AG lines are acquiring payouts without a buyer. 'Saldo' is filled only on the "
                 "latest line of a booking date. The export is assumed filtered to credits; debits are not in the "
                 "file. No product column: the invoice reference in Beschreibung3 is the only hint of what was sold.",
    })
    print(LAYOUT_ID, len(labels), "records,", len(out_rows), "lines")


if __name__ == "__main__":
    main()
