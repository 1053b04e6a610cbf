"""Seeded generator: AU Pipedrive deals export (Deals list view > Export filter results > CSV).

Seller: a Melbourne audio-visual / meeting-room technology integrator. One row per
deal, with related organisation and person fields chosen in the list view.
"""
import csv
import json
import random
from datetime import datetime, timedelta
from pathlib import Path

SEED = 8404
ID = "aa_au_pipedrive_deals"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent

HEADER = ["Deal - ID", "Deal - Title", "Deal - Creator", "Deal - Owner", "Deal - Value",
          "Deal - Currency of Value", "Deal - Weighted value", "Deal - Currency of Weighted value",
          "Deal - Probability", "Deal - Organization", "Deal - Pipeline", "Deal - Contact person",
          "Deal - Stage", "Deal - Label", "Deal - Status", "Deal - Deal created", "Deal - Update time",
          "Deal - Expected close date", "Deal - Won time", "Deal - Lost time", "Deal - Lost reason",
          "Deal - Products", "Deal - Payment terms", "Deal - PO number", "Deal - Order notes",
          "Organization - ABN", "Organization - Address", "Person - Email - Work", "Person - Email - Home",
          "Person - Phone - Work"]

OWNERS = ["Jess Calloway", "Tom Ristevski", "Priya Natarajan", "Ben O'Halloran"]
FIRST = ["Jack", "Olivia", "William", "Charlotte", "Noah", "Amelia", "Thomas", "Isla", "James", "Mia",
         "Lachlan", "Chloe", "Oliver", "Sophie", "Lucas", "Emily", "Harrison", "Grace", "Cooper", "Ruby",
         "Daniel", "Zoe", "Matthew", "Hannah", "Nick", "Georgia", "Sam", "Ella", "Angus", "Kate"]
LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Nguyen", "Johnson", "Martin", "White",
        "Anderson", "Walker", "Thompson", "Harris", "Ryan", "Kelly", "Lee", "King", "Murphy", "Papadopoulos",
        "Tran", "Robinson", "Wright", "Mitchell", "Campbell", "O'Connor", "Singh", "Chen", "Rossi", "Kowalski"]
SUBURBS = [("Richmond", "3121"), ("Fitzroy", "3065"), ("Brunswick", "3056"), ("Hawthorn", "3122"),
           ("St Kilda", "3182"), ("Box Hill", "3128"), ("Footscray", "3011"), ("Carlton", "3053"),
           ("Camberwell", "3124"), ("Preston", "3072"), ("Glen Waverley", "3150"), ("Werribee", "3030")]
STREETS = ["Swan St", "Brunswick St", "Sydney Rd", "Glenferrie Rd", "Acland St", "Whitehorse Rd",
           "Barkly St", "Lygon St", "Burke Rd", "High St", "Springvale Rd", "Watton St"]

PROD_BIZ = [
    ("Boardroom VC kit - Logitech Rally Plus + 86\" display", 14800), ("Huddle room kit - Poly Studio X30 + 65\" display", 6900),
    ("Lecture theatre laser projectors (Epson EB-PU2010) x2 + install", 38500), ("Digital signage - 6 x 55\" Samsung QM55C + players", 17200),
    ("Meeting room booking panels x12", 9600), ("Ceiling mic array (Shure MXA920) + DSP", 12400),
    ("Microsoft Teams Rooms upgrade - 8 rooms", 64000), ("Interactive displays (Promethean ActivPanel 9 75\") x10", 58000),
    ("PA system - Bose ControlSpace + ceiling speakers", 21500), ("AV support contract 12 months", 8400),
    ("Projector lamp replacements x20", 5200), ("Videowall 3x3 LG 55\" + controller", 46000),
]
PROD_HOME = [("Home theatre - 85\" Sony Bravia 9 + Sonos Arc", 8900), ("Projector + 120\" screen install (home)", 6200),
             ("Multi-room audio - Sonos x4 rooms", 4800), ("75\" TV wall mount + install", 3400), ("Soundbar + sub (Sonos Arc/Sub)", 2600)]

ORGS_B2B = [
    ("Atlassian Pty Ltd", "atlassian.com", "341 George St, Sydney NSW 2000", "company"),
    ("Canva Pty Ltd", "canva.com", "110 Kippax St, Surry Hills NSW 2010", "company"),
    ("SEEK Limited", "seek.com.au", "60 Cremorne St, Cremorne VIC 3121", "company"),
    ("REA Group Ltd", "rea-group.com", "511 Church St, Richmond VIC 3121", "company"),
    ("carsales.com Ltd", "carsales.com.au", "449 Punt Rd, Cremorne VIC 3121", "company"),
    ("Culture Amp Pty Ltd", "cultureamp.com", "29 Stewart St, Richmond VIC 3121", "company"),
    ("Mirvac Limited", "mirvac.com", "2 Riverside Quay, Southbank VIC 3006", "company"),
    ("Bupa HI Pty Ltd", "bupa.com.au", "737 Bourke St, Docklands VIC 3008", "company"),
    ("Epworth HealthCare", "epworth.org.au", "89 Bridge Rd, Richmond VIC 3121", "private_hospital"),
    ("Melbourne Grammar School", "mgs.vic.edu.au", "355 St Kilda Rd, Melbourne VIC 3004", "private_school"),
    ("Scotch College", "scotch.vic.edu.au", "1 Morrison St, Hawthorn VIC 3122", "private_school"),
    ("Australian Red Cross Society", "redcross.org.au", "23-47 Villiers St, North Melbourne VIC 3051", "non_profit"),
    ("Carlton Football Club", "carltonfc.com.au", "Royal Parade, Carlton North VIC 3054", "company"),
    ("NBN Co Limited", "nbnco.com.au", "100 Mount St, North Sydney NSW 2060", "state_owned_company"),
    ("Sarah Nguyen Physiotherapy", "gmail.com", "14 Barkly St, Footscray VIC 3011", "sole_trader"),
    ("Hartwell Dental Group Pty Ltd", "hartwelldental.com.au", "1220 Toorak Rd, Camberwell VIC 3124", "company"),
    ("St Mary's Catholic Parish Williamstown", "stmaryswilliamstown.org.au", "Cecil St, Williamstown VIC 3016", "church"),
    ("Brunswick Baptist Church", "brunswickbaptist.org.au", "Phillipstown Rd, Brunswick VIC 3056", "church"),
]
ORGS_B2G = [
    ("City of Melbourne", "melbourne.vic.gov.au", "90-120 Swanston St, Melbourne VIC 3000", "municipality"),
    ("City of Yarra", "yarracity.vic.gov.au", "333 Bridge Rd, Richmond VIC 3121", "municipality"),
    ("Merri-bek City Council", "merri-bek.vic.gov.au", "90 Bell St, Coburg VIC 3058", "municipality"),
    ("Department of Education (Victoria)", "education.vic.gov.au", "2 Treasury Pl, East Melbourne VIC 3002", "state_department"),
    ("Victoria Police", "police.vic.gov.au", "311 Spencer St, Docklands VIC 3008", "police"),
    ("Monash University", "monash.edu", "Wellington Rd, Clayton VIC 3800", "public_university"),
    ("RMIT University", "rmit.edu.au", "124 La Trobe St, Melbourne VIC 3000", "public_university"),
    ("Deakin University", "deakin.edu.au", "221 Burwood Hwy, Burwood VIC 3125", "public_university"),
    ("Alfred Health", "alfred.org.au", "55 Commercial Rd, Melbourne VIC 3004", "public_hospital"),
    ("Melbourne Water Corporation", "melbournewater.com.au", "990 La Trobe St, Docklands VIC 3008", "state_statutory_authority"),
    ("Bureau of Meteorology", "bom.gov.au", "700 Collins St, Docklands VIC 3008", "federal_agency"),
    ("Australian Taxation Office", "ato.gov.au", "747 Collins St, Docklands VIC 3008", "federal_agency"),
    ("Department of Defence", "defence.gov.au", "Victoria Barracks, 256-310 St Kilda Rd, Southbank VIC 3006", "armed_forces"),
    ("Consulate-General of Japan in Melbourne", "ml.mofa.go.jp", "1 Spring St, Melbourne VIC 3000", "consulate"),
    ("Court Services Victoria", "courts.vic.gov.au", "223 William St, Melbourne VIC 3000", "courts"),
    ("Glen Waverley Secondary College", "gwsc.vic.edu.au", "768 O'Sullivans Rd, Glen Waverley VIC 3150", "public_school"),
]


def abn(rnd):
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(10)]
        dd = d[:]
        dd[0] -= 1
        if sum(a * b for a, b in zip(dd, w)) % 89 == 0:
            s = "".join(map(str, d))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def main():
    rnd = random.Random(SEED)
    org_abn = {o[0]: abn(rnd) for o in ORGS_B2B + ORGS_B2G}
    org_abn["Australia Post"] = abn(rnd)
    org_abn["Tom Baxter Electrical"] = abn(rnd)
    org_abn["Culture Amp Pty Ltd"] = org_abn["Culture Amp Pty Ltd"]
    org_abn["International Committee of the Red Cross"] = ""
    contacts = {}

    def contact_for(org):
        if org not in contacts:
            contacts[org] = [(rnd.choice(FIRST), rnd.choice(LAST)) for _ in range(2)]
        return rnd.choice(contacts[org])

    def home_addr():
        sub, pc = rnd.choice(SUBURBS)
        return f"{rnd.randint(2, 180)} {rnd.choice(STREETS)}, {sub} VIC {pc}"

    deals = []

    def org_deal(org, label, kind, amb=False, prod=None, value=None, note="", po="", terms=None):
        name, dom, addr, _ = org
        fn, ln = contact_for(name)
        p = prod or rnd.choice(PROD_BIZ)
        v = value if value is not None else round(p[1] * rnd.uniform(0.8, 1.3), -1)
        email = f"{fn.lower()}.{ln.lower().replace(chr(39), '')}@{dom}" if dom != "gmail.com" else f"sarahnguyenphysio@{dom}"
        deals.append(dict(title=f"{name.split(' Pty')[0].split(' Limited')[0]} - {p[0]}" if rnd.random() < 0.6 else p[0],
                          org=name, person=f"{fn} {ln}", value=v, products=p[0], abn=org_abn.get(name, ""), addr=addr,
                          ework=email, ehome="", note=note, po=po,
                          terms=terms or rnd.choice(["30 days EOM", "14 days", "30 days", "Net 30", "Progress claims"]),
                          lab=(label, amb, kind)))

    for _ in range(74):
        o = rnd.choice(ORGS_B2B)
        org_deal(o, "B2B", o[3], po=rnd.choice(["", "", f"PO{rnd.randint(100000, 999999)}", f"{rnd.randint(4500000, 4599999)}"]),
                 note=rnd.choice(["", "", "", "Install after hours", "Site induction required", "Quote incl. 3yr warranty"]))
    for _ in range(40):
        o = rnd.choice(ORGS_B2G)
        org_deal(o, "B2G", o[3], po=rnd.choice([f"PO {rnd.randint(1000000, 9999999)}", f"RFQ-{rnd.randint(2024, 2025)}-{rnd.randint(100, 999)}",
                                                 f"SPO{rnd.randint(10000, 99999)}"]),
                 note=rnd.choice(["", "Buying via state purchase contract", "Purchase order to follow", "Invoice to accounts payable"]),
                 terms="30 days")
    for _ in range(30):
        fn, ln = rnd.choice(FIRST), rnd.choice(LAST)
        p = rnd.choice(PROD_HOME)
        deals.append(dict(title=f"{fn} {ln} - {p[0]}" if rnd.random() < 0.5 else p[0], org="", person=f"{fn} {ln}",
                          value=round(p[1] * rnd.uniform(0.85, 1.2), -1), products=p[0], abn="", addr="",
                          ework="", ehome=f"{fn.lower()}{rnd.choice(['', '.', '_'])}{ln.lower().replace(chr(39), '')}{rnd.choice(['', str(rnd.randint(1, 99))])}@{rnd.choice(['gmail.com', 'gmail.com', 'bigpond.com', 'outlook.com.au', 'hotmail.com', 'icloud.com', 'optusnet.com.au'])}",
                          note=rnd.choice(["", "", f"Install at home - {home_addr()}", "Deposit paid by card"]), po="",
                          terms=rnd.choice(["Credit card", "Deposit + balance on install", "Bank transfer"]),
                          lab=("B2C", False, "private_person")))

    # ambiguous and thin cases
    def person_deal(fn, ln, prod, value, ework="", ehome="", note="", terms="Credit card", lab=None, org=""):
        deals.append(dict(title=f"{fn} {ln} - {prod}", org=org, person=f"{fn} {ln}", value=value, products=prod,
                          abn=org_abn.get(org, ""), addr="", ework=ework, ehome=ehome, note=note, po="", terms=terms, lab=lab))
    person_deal("Mitchell", "Hayes", PROD_HOME[0][0], 9200, ework="mitchell.hayes@defence.gov.au",
                note=f"Personal purchase - deliver to home {home_addr()}", lab=("B2C", True, "private_person_gov_email"))
    person_deal("Anika", "Sharma", PROD_HOME[1][0], 6100, ework="asharma@atlassian.com",
                note="Her own lounge room, paying personally", lab=("B2C", True, "private_person_company_email"))
    person_deal("Grant", "Whitford", PROD_HOME[3][0], 3350, ework="grant.whitford@police.vic.gov.au",
                note=f"Home install {home_addr()}", lab=("B2C", True, "private_person_gov_email"))
    org_deal(ORGS_B2B[5], "B2B", "company_household_item", amb=True, prod=("1 x 65\" Samsung TV (staff kitchen)", 2100), value=2100)
    org_deal(ORGS_B2B[15], "B2B", "company_household_item", amb=True, prod=("Soundbar + sub (Sonos Arc/Sub)", 2600), value=2600)
    org_deal(ORGS_B2G[1], "B2G", "municipality_household_item", amb=True, prod=("1 x 55\" TV for staff lunchroom", 1450), value=1450)
    org_deal(ORGS_B2G[13], "B2G", "consulate_household_item", amb=True, prod=("Home theatre - Consul-General's residence", 7800), value=7800)
    org_deal(("Australia Post", "auspost.com.au", "111 Bourke St, Melbourne VIC 3000", ""), "B2B",
             "state_owned_company_procurement", amb=True, po=f"Tender AP-{rnd.randint(10000, 99999)}",
             note="Awarded under AusPost procurement panel - Commonwealth Procurement Rules apply")
    org_deal(("Australia Post", "auspost.com.au", "111 Bourke St, Melbourne VIC 3000", ""), "B2B",
             "state_owned_company_procurement", amb=True, po=f"Tender AP-{rnd.randint(10000, 99999)}")
    org_deal(("International Committee of the Red Cross", "icrc.org", "Level 2, 25 Constitution Ave, Canberra ACT 2612", ""),
             "B2B", "international_org", amb=True, note="Regional delegation Canberra - tax exempt")
    org_deal(("International Committee of the Red Cross", "icrc.org", "Level 2, 25 Constitution Ave, Canberra ACT 2612", ""),
             "B2B", "international_org", amb=True, prod=PROD_BIZ[9])
    person_deal("Chris", "Lambert", "3 x 55\" TVs + wall mounts", 5400, ehome="chrislambert77@gmail.com",
                note="For my three Airbnb apartments in Southbank", lab=("B2B", True, "private_person_business_purpose"))
    person_deal("Dimitri", "Kostas", "20 x 65\" Hisense TVs", 26000, ehome="dkostas@bigpond.com",
                note="", lab=("B2C", True, "private_person_bulk"))
    person_deal("Tom", "Baxter", PROD_HOME[3][0], 3400, ehome="tombaxter.sparky@gmail.com",
                note="ABN on file, paying with personal Visa", lab=("B2B", True, "sole_trader_personal_purchase"),
                org="Tom Baxter Electrical")
    person_deal("Louise", "Fairweather", "Balance of invoice INV-2291 (Hartwell Dental)", 4380, ehome="lou.fairweather@outlook.com.au",
                note="Paying Hartwell Dental's invoice from her own account", lab=("B2B", True, "person_pays_company_invoice"))
    for prod, v, lab in [("42RU rack + PDU + patch panels", 4700, ("B2B", True, "thin_business_only_goods")),
                         ("Crestron control processor CP4N", 3900, ("B2B", True, "thin_business_only_goods")),
                         ("Soundbar", 900, ("B2C", True, "thin_product_only")),
                         ("TV install", 350, ("B2C", True, "thin_product_only"))]:
        deals.append(dict(title=prod, org="", person="", value=v, products="", abn="", addr="", ework="", ehome="",
                          note="", po="", terms="", lab=lab))
    for _ in range(3):
        o = rnd.choice(ORGS_B2B[:8])
        org_deal(o, "B2B", "company_role_mailbox")
        deals[-1]["person"] = ""
        deals[-1]["ework"] = f"accountspayable@{o[1]}"
        deals[-1]["lab"] = ("B2B", False, "company")

    rnd.shuffle(deals)
    rows, labels = [], []
    did = 1180
    t = datetime(2023, 11, 6, 9, 0, 0)
    for d in deals:
        did += rnd.randint(1, 4)
        t += timedelta(hours=rnd.randint(3, 60), minutes=rnd.randint(0, 59), seconds=rnd.randint(0, 59))
        status = rnd.choice(["won"] * 7 + ["open"] * 2 + ["lost"])
        stage = {"won": "Won - invoice", "open": rnd.choice(["Qualified", "Site survey", "Proposal sent", "Negotiation"]),
                 "lost": rnd.choice(["Proposal sent", "Negotiation"])}[status]
        prob = {"won": 100, "open": rnd.choice([20, 40, 60, 80]), "lost": 0}[status]
        val = d["value"]
        upd = t + timedelta(days=rnd.randint(2, 50), hours=rnd.randint(0, 8), minutes=rnd.randint(0, 59), seconds=rnd.randint(0, 59))
        won = upd.strftime("%Y-%m-%d %H:%M:%S") if status == "won" else ""
        lost = upd.strftime("%Y-%m-%d %H:%M:%S") if status == "lost" else ""
        person = d["person"]
        if person and rnd.random() < 0.06:
            person = person.upper()
        org = d["org"]
        if org and rnd.random() < 0.05:
            org = org + " "
        vtxt = f"{val:.0f}" if val == int(val) else f"{val:.2f}"
        rows.append({
            "Deal - ID": str(did), "Deal - Title": d["title"], "Deal - Creator": rnd.choice(OWNERS),
            "Deal - Owner": rnd.choice(OWNERS), "Deal - Value": vtxt, "Deal - Currency of Value": "AUD",
            "Deal - Weighted value": f"{val * prob / 100:.0f}", "Deal - Currency of Weighted value": "AUD",
            "Deal - Probability": str(prob) if status == "open" else "", "Deal - Organization": org,
            "Deal - Pipeline": "Home AV" if d["lab"][2] in ("private_person",) else "Commercial AV",
            "Deal - Contact person": person, "Deal - Stage": stage,
            "Deal - Label": rnd.choice(["", "", "Hot", "Warm", "Repeat customer"]) if status == "open" else "",
            "Deal - Status": status, "Deal - Deal created": t.strftime("%Y-%m-%d %H:%M:%S"),
            "Deal - Update time": upd.strftime("%Y-%m-%d %H:%M:%S"),
            "Deal - Expected close date": (t + timedelta(days=rnd.randint(14, 90))).strftime("%Y-%m-%d"),
            "Deal - Won time": won, "Deal - Lost time": lost,
            "Deal - Lost reason": rnd.choice(["Price", "Went with competitor", "Project postponed", "No budget"]) if status == "lost" else "",
            "Deal - Products": d["products"], "Deal - Payment terms": d["terms"], "Deal - PO number": d["po"],
            "Deal - Order notes": d["note"], "Organization - ABN": d["abn"] if d["org"] else "",
            "Organization - Address": d["addr"] if d["org"] else "", "Person - Email - Work": d["ework"],
            "Person - Email - Home": d["ehome"],
            "Person - Phone - Work": (f"03 9{rnd.randint(100, 999)} {rnd.randint(1000, 9999)}" if d["org"] and person and rnd.random() < 0.6 else
                                      (f"04{rnd.randint(10, 99)} {rnd.randint(100, 999)} {rnd.randint(100, 999)}" if person and rnd.random() < 0.5 else "")),
        })
        labels.append(d["lab"])

    lay = OUT / "layouts" / f"{ID}.csv"
    lay.parent.mkdir(parents=True, exist_ok=True)
    with open(lay, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    key = OUT / "key"
    with open(key / f"{ID}.labels.csv", "w", encoding="utf-8") as f:
        f.write("row,label,ambiguous,kind,country\n")
        for i, (l, a, k) in enumerate(labels):
            f.write(f"{i},{l},{str(a).lower()},{k},AU\n")
    meta = {
        "id": ID,
        "system": "Pipedrive CRM - Deals list view, 'Export filter results' to CSV (deal fields plus related organization and person fields)",
        "country": "AU",
        "language": "en",
        "docs": [
            "support.pipedrive.com 'Exporting data from Pipedrive' (as cited in public migration specs): deals export from a filtered list view with columns chosen from deal, person and organization fields, as CSV or XLSX - used for the row structure",
            "Public code parsing real Pipedrive exports: header style '<Object> - <Field>' - Deal - ID, Deal - Title, Deal - Creator, Deal - Owner, Deal - Value, Deal - Currency of Value, Deal - Weighted value, Deal - Currency of Weighted value, Deal - Probability, Deal - Organization, Deal - Pipeline, Deal - Contact person, Deal - Stage, Deal - Status, Deal - Deal created, Deal - Update time, Deal - Expected close date, Deal - Won time, Deal - Lost time, Deal - Lost reason, Person - Email - Work/Home, Person - Phone - Work - used for the header names and order",
            "Own reading: custom fields of this account appear as 'Deal - Payment terms', 'Deal - PO number', 'Deal - Order notes' and 'Organization - ABN' (custom fields export under their own names with the object prefix); 'Deal - Products' lists attached products; status values lower-case won/open/lost; timestamps 'YYYY-MM-DD HH:MM:SS'; UTF-8, comma",
            "ABN check: ATO algorithm (subtract 1 from the first digit, weights 10,1,3,5,...,19, sum divisible by 89) - ABNs are generated to pass it, not the bodies' real ABNs"
        ],
        "fields": {"buyer": "Deal - Organization", "product": "Deal - Products", "quantity": None,
                   "amount": "Deal - Value", "tax_id": "Organization - ABN", "email": "Person - Email - Work",
                   "payment": "Deal - Payment terms", "comment": "Deal - Order notes"},
        "also_ok": {"buyer": ["Deal - Contact person"], "product": ["Deal - Title"],
                    "email": ["Person - Email - Home"], "amount": ["Deal - Weighted value"]},
        "notes": ("One row per deal (won, open and lost deals all exported), no title or totals lines. The buyer is the "
                  "organization when one is linked; private buyers have only Deal - Contact person and a home e-mail, and run in "
                  "the 'Home AV' pipeline. Deal - Title is the rep's free text, often 'Org - what'. Deal - Value is ex-GST AUD. "
                  "A few deals have only a title (no organization, person or product link). Organisation ABNs pass the checksum.")
    }
    with open(key / f"{ID}.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2, ensure_ascii=False)
    print(ID, len(rows))


if __name__ == "__main__":
    main()
