"""le_dk_saldi_ordreliste_fakturaer: Saldi (saldi.dk) – "Ordreliste • Kunder", view Fakturaer,
button "Eksportér til CSV".

Saldi is open source (DANOSOFT/saldi). The CSV is built in the browser from the
rendered grid (includes/orderFuncIncludes/grid_order.php): every <th>/<td> text of
the table, each cell wrapped in double quotes (inner quotes doubled), joined with
commas and "\n", UTF-8 without BOM, file name datagrid_ordrelst_faktura.csv. The
search row and filler rows are removed; the footer keeps only the page-status text
("1-186 af 186"), so the last line is one quoted cell with the surrounding
whitespace of the HTML. The always-visible columns "O" (checkbox) and
"Handlinger" (print icons) come last and export empty. Column headers are the
grid's headerName: custom ones (Ordrenr., Ordredato, Fakt. nr., Fakt. dato,
Genfakt., Kontonr., Firmanavn, Sælger, Fakturasum, Sum m. moms, Betalingsbet.)
and ucfirst(field) for table fields the user added (Cvrnr, Ean, Institution,
Kontakt, Email, Notes). Dates dd-mm-yyyy (dkdato), amounts 1.234,56
(dkdecimal), credit notes shown as "(KN) <ordrenr>".
Seller: a West-Jutland IT and office-equipment dealer.
"""
import random
from datetime import date, timedelta

from le_common import LAYOUTS, cvr_ok, gln_digit, make_cvr, write_key, write_labels

LID = "le_dk_saldi_ordreliste_fakturaer"
rng = random.Random(1304)
NBSP = "\u00a0"

HEAD = ["Ordrenr.", "Ordredato", "Fakt. nr.", "Fakt. dato", "Genfakt.", "Kontonr.", "Firmanavn", "Cvrnr", "Ean",
        "Institution", "Kontakt", "Email", "Betalingsbet.", "Sælger", "Fakturasum", "Sum m. moms", "Notes", "O",
        "Handlinger"]
SELLERS = ["Morten Juhl", "Sanne Kjær", "Kasper Lund"]


def ean():
    body = "5798000" + "".join(str(rng.randint(0, 9)) for _ in range(5))
    return body + gln_digit(body)


def dkdec(x):
    s = f"{abs(x):,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if x < 0 else "") + s


# ------------------------------------------------------------------ customers
C = []
acct = {"n": 10100}


def cust(name, kind, label, amb, cvr=None, ean_no=None, inst="", contact="", email="", bet="Netto", notes=None,
         w=1, lo=1500, hi=60000, country="DK", cvr_fmt="plain"):
    if cvr is None and label != "B2C" and kind not in ("international_org",):
        cvr = make_cvr(rng)
    if cvr:
        assert cvr_ok(cvr), (name, cvr)
    same = [c for c in C if c["name"] == name and c["inst"] == inst]
    if same:  # same debtor account: keep its account number, EAN and CVR spelling
        kontonr, ean_no, cvr_fmt, contact = same[0]["kontonr"], same[0]["ean"] or ean_no, same[0]["cvr_fmt"], contact or same[0]["contact"]
    else:
        acct["n"] += rng.randint(1, 7)
        kontonr = str(acct["n"])
    C.append(dict(name=name, kind=kind, label=label, amb=amb, cvr=cvr or "", ean=ean_no or "", inst=inst, contact=contact,
                  email=email, bet=bet, notes=notes or [], w=w, lo=lo, hi=hi, country=country, kontonr=kontonr,
                  cvr_fmt=cvr_fmt))


IT = ["Levering af {n} stk. Lenovo ThinkPad E14 Gen 5 inkl. opsætning", "{n} stk. Dell P2423D skærme",
      "HP LaserJet Enterprise M507dn – {n} stk.", "Serviceaftale printere {q}", "Netværksinstallation, {n} timer",
      "Microsoft 365 Business Standard – {n} licenser, 12 mdr.", "{n} stk. hæve-sænkebord 160x80",
      "{n} stk. kontorstol RH Logic 400", "Kopipapir A4 80g – {n} kasser", "Ubiquiti UniFi adgangspunkter – {n} stk.",
      "Udskiftning af switch + konfiguration", "Backup-løsning, årlig licens"]
PUBLIC_NOTES = ["Jeres ref.: {r}", "Rekv.nr. {r}", "Ordrenr. {r} – EAN-faktura", "Bestilt af {p}, jf. SKI-aftale 50.40",
                "Jeres ordre {r}", ""]
FIRST = ["Mette", "Anne", "Hanne", "Susanne", "Lene", "Camilla", "Louise", "Maria", "Jens", "Peter", "Lars", "Michael",
         "Henrik", "Søren", "Thomas", "Martin", "Niels", "Anders", "Rasmus", "Jesper", "Kirsten", "Birgitte"]
LAST = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
        "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Johansen", "Knudsen",
        "Mortensen", "Møller", "Kjeldsen", "Skov"]


def pname():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# public sector (B2G)
for nm, cvr, inst, dom, w in [
        ("Københavns Kommune", "64942212", "Børne- og Ungdomsforvaltningen, Valby Skole", "kk.dk", 3),
        ("Aarhus Kommune", "55133018", "Borgerservice og Biblioteker", "aarhus.dk", 3),
        ("Odense Kommune", "35209115", "Ældre- og Handicapforvaltningen", "odense.dk", 2),
        ("Aalborg Kommune", "29189420", "Skoleforvaltningen, Vestbjerg Skole", "aalborg.dk", 2),
        ("Holstebro Kommune", "29189498", "Jobcenter Holstebro", "holstebro.dk", 4),
        ("Holstebro Kommune", "29189498", "Tandplejen", "holstebro.dk", 2),
        ("Herning Kommune", "29189919", "Digitalisering og IT", "herning.dk", 3),
        ("Region Hovedstaden", "29190623", "Rigshospitalet, Klinisk Biokemisk Afdeling", "regionh.dk", 2),
        ("Region Midtjylland", "29190925", "Gødstrup Hospital, IT", "rm.dk", 3),
        ("Forsvarsministeriets Materiel- og Indkøbsstyrelse", "16287180", "Karup Flyvestation", "mil.dk", 2),
        ("Aarhus Universitet", "31119103", "Institut for Datalogi", "au.dk", 2),
        ("Københavns Universitet", "29979812", "Det Natur- og Biovidenskabelige Fakultet", "ku.dk", 1),
        ("Danmarks Tekniske Universitet", "30060946", "DTU Byg", "dtu.dk", 1),
        ("Banedanmark", "18632276", "Drift Vest", "bane.dk", 1),
        ("Vejdirektoratet", "60729018", "Trafikcenter Vest", "vd.dk", 1),
        ("Skattestyrelsen", "19552101", "Skattecenter Herning", "sktst.dk", 1),
        ("Domstolsstyrelsen", "21659509", "Retten i Herning", "domstol.dk", 1),
        ("VIA University College", "30009347", "Campus Holstebro", "via.dk", 2),
        ("Holstebro Gymnasium og HF", "29554366", "Administrationen", "hgh.dk", 2),
]:
    cust(nm, {"kk.dk": "municipality", "aarhus.dk": "municipality", "odense.dk": "municipality", "aalborg.dk": "municipality",
              "holstebro.dk": "municipality", "herning.dk": "municipality", "regionh.dk": "region_hospital",
              "rm.dk": "region_hospital", "mil.dk": "armed_forces", "au.dk": "public_university", "ku.dk": "public_university",
              "dtu.dk": "public_university", "bane.dk": "state_agency", "vd.dk": "state_agency", "sktst.dk": "state_agency",
              "domstol.dk": "court", "via.dk": "public_college", "hgh.dk": "public_upper_secondary_school"}[dom],
         "B2G", False, cvr=cvr, ean_no=ean(), inst=inst, contact=pname(),
         email=rng.choice(["faktura", "indkob", "it-indkob", "okonomi"]) + "@" + dom if rng.random() < 0.5 else None,
         bet=rng.choice(["Netto", "Netto", "Lb. md."]), notes=PUBLIC_NOTES, w=w, lo=2500, hi=180000,
         cvr_fmt=rng.choice(["plain", "plain", "dk"]))
    if C[-1]["email"] is None:
        c = C[-1]
        c["email"] = c["contact"].split()[0].lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa") + "@" + dom
cust("Midt- og Vestjyllands Politi", "police", "B2G", False, ean_no=ean(), inst="Holstebro Politistation", contact=pname(),
     email="mvjpol@politi.dk", notes=PUBLIC_NOTES, w=1, lo=3000, hi=60000)
cust("Embassy of the United States of America", "embassy", "B2G", False, cvr="", inst="General Services Office",
     contact="Procurement Section", email="copenhagenprocurement@state.gov", bet="Netto", notes=["PO 19DA8024P0112", ""],
     w=1, lo=6000, hi=40000, country="US")
# public bodies buying one household item (B2G, ambiguous)
for nm, cvr, inst, dom, note, amount in [
        ("Københavns Kommune", "64942212", "Børne- og Ungdomsforvaltningen, Valby Skole", "kk.dk", "1 stk. Moccamaster kaffemaskine KBG Select", 1599.20),
        ("Holstebro Kommune", "29189498", "Tandplejen", "holstebro.dk", "1 stk. støvsuger Nilfisk Select", 1319.20)]:
    cust(nm, "municipality_household_item", "B2G", True, cvr=cvr, ean_no=ean(), inst=inst, contact=pname(),
         email="indkob@" + dom, notes=[note], w=0, lo=amount, hi=amount)

# companies and organisations (B2B)
for nm, cvr, kind, dom, w, lo, hi in [
        ("Vestas Wind Systems A/S", "10403782", "company", "vestas.com", 2, 8000, 220000),
        ("LEGO System A/S", "47458714", "company", "lego.com", 1, 8000, 120000),
        ("Danfoss A/S", "20165715", "company", "danfoss.com", 1, 6000, 90000),
        ("Arla Foods amba", "25313763", "cooperative", "arlafoods.com", 1, 5000, 80000),
        ("Novo Nordisk A/S", "24256790", "company", "novonordisk.com", 1, 9000, 150000),
        ("Holstebro VVS ApS", None, "company", "holstebro-vvs.dk", 3, 1500, 30000),
        ("Revisionsfirmaet Nielsen & Co. ApS", None, "company", "nielsenrevision.dk", 3, 2500, 45000),
        ("Advokatfirmaet Holm & Skov I/S", None, "company", "holmskov.dk", 2, 2500, 40000),
        ("Tandlæge Mette Lund", None, "professional_practice", "tandlaegelund.dk", 2, 1500, 25000),
        ("Tømrerfirmaet Jens Pedersen", None, "sole_trader", "tomrer-jp.dk", 2, 1200, 20000),
        ("Struer Energi A/S", None, "municipal_owned_company", "struer-energi.dk", 1, 4000, 60000),
        ("Boligforeningen Ringgården", None, "housing_association", "ringgaarden.dk", 2, 2500, 35000),
        ("A/B Solgården", None, "housing_cooperative", "absolgaarden.dk", 1, 1500, 18000),
        ("Friskolen i Holstebro", None, "private_school", "friskolen-holstebro.dk", 2, 3000, 70000),
        ("Indre Mission Holstebro", None, "religious_organisation", "imholstebro.dk", 1, 1500, 15000),
        ("Dansk Røde Kors, Holstebro Afdeling", None, "national_red_cross", "rodekors.dk", 1, 1500, 20000),
        ("DSB", "25050053", "state_owned_company", "dsb.dk", 1, 5000, 60000),
        ("Sund & Bælt Holding A/S", "15807830", "state_owned_company", "sundogbaelt.dk", 1, 5000, 70000),
        ("Jysk Vognmandsforretning ApS", None, "company", "jyskvogn.dk", 2, 2000, 40000),
        ("Herning Hallerne A/S", None, "company", "herninghallerne.dk", 1, 3000, 60000),
]:
    cust(nm, kind, "B2B", False, cvr=cvr, ean_no=("5790000" + "".join(str(rng.randint(0, 9)) for _ in range(5))) if kind in ("company",) and rng.random() < 0.2 else None,
         contact=pname(), email=rng.choice(["faktura", "bogholderi", "info", "indkob"]) + "@" + dom,
         bet=rng.choice(["Netto", "Netto", "Netto", "Lb. md."]), notes=["Jeres ordre {r}", "Att.: {p}", "", ""], w=w, lo=lo, hi=hi,
         cvr_fmt=rng.choice(["plain", "plain", "dk", "spaced"]))
    c = C[-1]
    if c["ean"]:
        c["ean"] = c["ean"] + gln_digit(c["ean"])
# B2B ambiguous
cust("DSB", "state_owned_company_procurement", "B2B", True, cvr="25050053", contact=pname(), email="faktura@dsb.dk",
     notes=["Udbud 2024/S 112-334455 – rammeaftale IT-udstyr, delaftale 2"], w=0, lo=145000, hi=145000)
cust("UNICEF Supply Division", "international_org", "B2B", True, cvr="", inst="UN City, Marmorvej 51",
     contact="Procurement Services", email="supply@unicef.org", notes=["PO 43197651 – UN City"], w=0, lo=38400, hi=38400)
cust("UNOPS", "international_org", "B2B", True, cvr="", inst="UN City, Marmorvej 51", contact=pname(),
     email="invoices@unops.org", notes=["Purchase order PO-DK-2024-0871"], w=0, lo=21900, hi=21900)
cust("Sund & Bælt Holding A/S", "state_owned_company_procurement", "B2B", True, cvr="15807830", contact=pname(),
     email="faktura@sundogbaelt.dk", notes=["Jf. udbud EU 2024/S 087-261144, kontrakt nr. 24-0117"], w=0, lo=96400, hi=96400)
cust("European Environment Agency", "international_org", "B2B", True, cvr="", inst="Kongens Nytorv 6",
     contact="Procurement", email="procurement@eea.europa.eu", notes=["Order form SC/EEA/2024/031"], w=0, lo=27600, hi=27600,
     country="DK")
cust("Fonden for Entreprenørskab", "state_founded_foundation", "B2B", True, contact=pname(), email="faktura@ffe-ye.dk",
     notes=["12 stk. Lenovo ThinkPad E14 til Next Generation Lab"], w=0, lo=71880, hi=71880)
cust("Holstebro Gymnasium og HF", "public_upper_secondary_school", "B2G", True, cvr="29554366", inst="Administrationen",
     contact="", email="indkob@hgh.dk", notes=["1 stk. køleskab til lærerværelset"], w=0, lo=3199.20, hi=3199.20)
cust("Tømrerfirmaet Jens Pedersen", "sole_trader", "B2B", True,
     cvr=next(c["cvr"] for c in C if c["name"] == "Tømrerfirmaet Jens Pedersen"), contact="Jens Pedersen",
     email="info@tomrer-jp.dk", bet="Kreditkort", notes=["iPad 10. gen 64 GB – til datteren"], w=0, lo=2879.20, hi=2879.20)
cust("Holstebro VVS ApS", "company_household_item", "B2B", True,
     cvr=next(c["cvr"] for c in C if c["name"] == "Holstebro VVS ApS"), contact="",
     email="info@holstebro-vvs.dk", notes=["1 stk. robotstøvsuger iRobot Roomba"], w=0, lo=3199.20, hi=3199.20)
cust("Malermester Søren Madsen", "sole_trader", "B2B", True, contact="Søren Madsen", email="soeren.madsen@mail.dk",
     bet="Kreditkort", notes=["1 stk. Samsung 55\" TV til hjemmet"], w=0, lo=5199.20, hi=5199.20)
cust("Revisionsfirmaet Nielsen & Co. ApS", "company_household_item", "B2B", True,
     cvr=next(c["cvr"] for c in C if c["name"] == "Revisionsfirmaet Nielsen & Co. ApS"), contact=pname(),
     email="faktura@nielsenrevision.dk", notes=["1 stk. Moccamaster kaffemaskine"], w=0, lo=1599.20, hi=1599.20)

# ------------------------------------------------------------------ records
START, END = date(2024, 8, 1), date(2024, 11, 29)
recs = []


def note_text(c):
    t = rng.choice(c["notes"]) if c["notes"] else ""
    t = t.format(r=rng.choice([f"4500{rng.randint(100000, 999999)}", f"R{rng.randint(10000, 99999)}", f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"]),
                 p=pname(), n=rng.randint(2, 40), q="Q" + str(rng.randint(1, 4)))
    if not t or (rng.random() < 0.5 and c["w"] > 0):
        item = rng.choice(IT).format(n=rng.randint(2, 30), q="Q" + str(rng.randint(3, 4)) + " 2024")
        t = (t + " – " + item) if t else item
    return t


def add(c, net, notes, bet=None, gen=""):
    recs.append(dict(c=c, net=net, notes=notes, bet=bet or c["bet"], gen=gen))


w = [c["w"] for c in C]
for _ in range(118):
    c = rng.choices(C, w)[0]
    net = round(rng.uniform(c["lo"], c["hi"]) / 10) * 10 + rng.choice([0, 0, 0.5, 0.2])
    gen = ""
    if rng.random() < 0.06:
        gen = "serviceaftale"
    add(c, net, note_text(c), gen=gen)
for c in C:
    if c["w"] == 0:
        add(c, c["lo"], c["notes"][0])

# private customers
HOME = {"Bærbar Lenovo IdeaPad Slim 5 + Office Home": (5999, 7499), "Reparation af bærbar, ny SSD 1 TB": (1299, 1899),
        "iPhone 15 skærmskift": (1799, 2499), "Ny stationær gamer-PC, samlet": (9999, 16999),
        "Printer HP OfficeJet Pro 9125e": (1999, 2799), "Opsætning af router og mesh-net hjemme": (995, 2495),
        "Fjernelse af virus + backup": (695, 1295), "Skærm Samsung 27\" + kabel": (1899, 2699),
        "Hjemmebesøg: opsætning af ny PC": (895, 1495), "Tastatur og mus Logitech MX": (1299, 1699),
        "iPad 10. gen 64 GB": (2799, 3299), "Udskiftning af batteri, MacBook Air": (1495, 1995)}
MAILS = ["gmail.com", "hotmail.com", "live.dk", "mail.dk", "outlook.dk", "yahoo.dk", "jubii.dk", "youmail.dk"]
used = set()
for _ in range(52):
    nm = pname()
    while nm in used:
        nm = pname()
    used.add(nm)
    f, l = nm.split()
    tr = lambda x: x.lower().replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
    mail = rng.choice([f"{tr(f)}.{tr(l)}", f"{tr(f)}{rng.randint(1, 99)}", f"{tr(f)[0]}{tr(l)}{rng.randint(60, 99)}"]) + "@" + rng.choice(MAILS)
    c = dict(name=nm if rng.random() < 0.9 else nm.upper(), kind="private_person", label="B2C", amb=False, cvr="", ean="", inst="",
             contact="", email=mail if rng.random() < 0.85 else "", bet=rng.choice(["Kontant", "Kreditkort", "Kreditkort", "Forud", "Netto"]),
             notes=[], w=1, lo=0, hi=0, country="DK", kontonr=str(rng.choice([2, 3, 4, 5, 6, 7]) * 10000000 + rng.randint(0, 9999999)),
             cvr_fmt="plain")
    item = rng.choice(sorted(HOME))
    gross = rng.randint(*HOME[item]) // 100 * 100 + rng.choice([95, 99, 0])
    add(c, round(gross * 0.8, 2), item if rng.random() < 0.85 else "")
# cash sales without customer (anonymous)
for _ in range(4):
    c = dict(name="Kontantsalg", kind="anonymous_retail", label="B2C", amb=False, cvr="", ean="", inst="", contact="", email="",
             bet="Kontant", notes=[], w=1, lo=0, hi=0, country="DK", kontonr="1", cvr_fmt="plain")
    add(c, round(rng.uniform(79, 899), 0) * 0.8, rng.choice(["", "", "USB-stik 64 GB", "HDMI-kabel 2 m"]))
# ambiguous private customers
for nm, mail, note, bet, net, lab, kind in [
        ("Kasper Brix", "kasper.brix@mil.dk", "Kaffemaskine Sage Barista Express + kværn", "Kreditkort", 5599.20, "B2C", "private_person_gov_email"),
        ("Lone Vestergaard", "lone.vestergaard@politi.dk", "Bærbar Lenovo IdeaPad Slim 5 til datteren", "Kreditkort", 5439.20, "B2C", "private_person_gov_email"),
        ("Rikke Bach", "rikke.bach@vestas.com", "iPad 10. gen 64 GB", "Kreditkort", 2879.20, "B2C", "private_person_company_email"),
        ("Tina Lauridsen", "tina.lauridsen@aarhus.dk", "Ny stationær PC til hjemmet + opsætning", "Kreditkort", 7199.20, "B2C", "private_person_gov_email"),
        ("K. Jensen", "", "", "Kontant", 959.20, "B2C", "thin_unknown_buyer"),
        ("Jonas Krogh", "jonaskrogh@gmail.com", "3 stk. bærbar Lenovo ThinkPad E14 – til min nye enkeltmandsvirksomhed", "Netto", 21597.60, "B2B", "private_person_business_use"),
        ("Bo Iversen", "bo.iversen@hotmail.com", "20 stk. iPhone 15 128 GB", "Forud", 107920.00, "B2C", "private_person_bulk"),
]:
    c = dict(name=nm, kind=kind, label=lab, amb=True, cvr="", ean="", inst="", contact="", email=mail, bet=bet, notes=[], w=1,
             lo=0, hi=0, country="DK", kontonr=str(rng.choice([2, 3, 4, 5]) * 10000000 + rng.randint(0, 9999999)), cvr_fmt="plain")
    add(c, net, note, bet=bet)

# ------------------------------------------------------------------ numbering, credit notes
rng.shuffle(recs)
odates = sorted(START + timedelta(rng.randint(0, (END - START).days)) for _ in recs)
rows = []
for i, (r, od) in enumerate(zip(recs, odates)):
    r["ordrenr"] = 6120 + i * 2 + rng.randint(0, 1)
    r["odate"] = od
    r["fdate"] = min(END, od + timedelta(rng.choice([0, 0, 1, 2, 3, 5, 7])))
for i, r in enumerate(sorted(recs, key=lambda r: (r["fdate"], r["ordrenr"]))):
    r["fakt"] = 21433 + i
# two credit notes against earlier company invoices
cn_src = [r for r in recs if r["c"]["label"] == "B2B" and not r["c"]["amb"] and r["fdate"] < date(2024, 10, 15)][:2]
max_o, max_f = max(r["ordrenr"] for r in recs), max(r["fakt"] for r in recs)
for k, src in enumerate(cn_src):
    cr = dict(src)
    cr.update(ordrenr=max_o + 1 + k * 2, kn=True, net=-round(src["net"] * rng.choice([1, 0.5, 0.25]), 2),
              odate=END, fdate=END, fakt=max_f + 1 + k,
              notes=f"Kreditnota vedr. faktura {src['fakt']}", gen="")
    recs.append(cr)

recs.sort(key=lambda r: r["ordrenr"], reverse=True)  # grid default: Ordrenr. descending


def cvr_show(c):
    v = c["cvr"]
    if not v:
        return ""
    return {"plain": v, "dk": "DK" + v, "spaced": f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}"}[c["cvr_fmt"]]


def q(s):
    return '"' + s.replace('"', '""') + '"'


lines = [",".join(q(h) for h in HEAD)]
labels = []
for r in recs:
    c = r["c"]
    ordre = (f"(KN){NBSP}{r['ordrenr']}") if r.get("kn") else str(r["ordrenr"])
    gen = ""
    if r["gen"]:
        nd = r["fdate"] + timedelta(91)
        gen = nd.strftime("%d-%m-%Y")
    net = r["net"]
    cells = [ordre, r["odate"].strftime("%d-%m-%Y"), str(r["fakt"]), r["fdate"].strftime("%d-%m-%Y"), gen, c["kontonr"],
             c["name"], cvr_show(c), c["ean"], c["inst"], c["contact"], c["email"], r["bet"], rng.choice(SELLERS),
             dkdec(net), dkdec(round(net * 1.25, 2)), r["notes"], "", ""]
    lines.append(",".join(q(x) for x in cells))
    labels.append(dict(label=c["label"], ambiguous=c["amb"], kind=c["kind"], country=c["country"]))

n = len(recs)
footer = "\n                    " + f"\n                            1-{n}{NBSP}af{NBSP}{n}\n                        " + "\n                "
lines.append(q(footer))
out = LAYOUTS / f"{LID}.csv"
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(lines))
write_labels(LID, labels)

write_key(LID, {
    "id": LID,
    "system": "Saldi (saldi.dk, DANOSOFT) – Ordreliste • Kunder, visning Fakturaer, 'Eksportér til CSV' (datagrid_ordrelst_faktura.csv)",
    "country": "DK",
    "language": "da",
    "docs": [
        "DANOSOFT/saldi source, includes/orderFuncIncludes/grid_order.php: exportCSV clones the rendered table, drops the search row and filler rows, keeps only #page-status in the footer, quotes every cell (\"\" escaping), joins cells with ',' and rows with '\\n', Blob 'text/csv;charset=utf-8' (no BOM), file datagrid_<grid id>.csv",
        "DANOSOFT/saldi debitor/ordreliste.php: column definitions and headers (Ordrenr., Ordredato, Dato for levering, Fakt. nr., Fakt. dato, Genfakt., Kontonr., Firmanavn, Sælger, Sum m. moms, Betalingsbet., Fakturasum); default faktura view columns; extra DB columns get ucfirst(field) headers (Cvrnr, Ean, Institution, Kontakt, Email, Notes); always-visible 'O' checkbox and 'Handlinger' columns appended last; credit notes rendered '(KN)&nbsp;<nr>'",
        "Saldi includes/std_func.php dkdato (dd-mm-yyyy) and includes/stdFunc/dkDecimal.php dkdecimal (number_format ',' decimal, '.' thousands); debitorkort.php payment terms Forud, Kontant, Efterkrav, Netto, Lb. md.; Kreditkort handled in ordre.php",
        "footer text '<from>-<to>&nbsp;af&nbsp;<total>' (findtekst 2767 'Af', lcfirst)"
    ],
    "fields": {"buyer": "Firmanavn", "product": None, "quantity": None, "amount": "Fakturasum", "tax_id": "Cvrnr",
               "email": "Email", "payment": "Betalingsbet.", "comment": "Notes"},
    "also_ok": {"amount": ["Sum m. moms"], "buyer": ["Kontakt", "Institution"], "tax_id": ["Ean"], "product": ["Notes"]},
    "notes": ("One row per invoice (or credit note), sorted by Ordrenr. descending. The last line is not a record: it is the grid "
              "footer's page status, a single quoted cell holding newlines, spaces and non-breaking spaces ('1-N af N'); pandas reads it "
              "as a last row with only 'Ordrenr.' filled. Fakturasum is net (ex moms), Sum m. moms gross; Danish number format "
              "1.234,56, dates dd-mm-yyyy. 'Ean' is the buyer's EAN/GLN location number for OIOUBL e-invoicing (public bodies 5798000…), "
              "'Institution' the receiving unit. Private customers often have their phone number as Kontonr.; 'Kontantsalg' is the "
              "cash-sale catch-all customer (account 1). Credit notes show '(KN)\u00a0<nr>' and negative sums. 'Sælger' is the seller's "
              "employee. 'O' and 'Handlinger' are always empty (checkbox and print icons). Product text, when present, is inside Notes.")
})
print(out, len(labels))
