"""GB: GoCardless dashboard - Payments > Export (CSV), one row per Direct Debit payment.

Seller (invented): a Cambridgeshire water-cooler and coffee-machine rental company that
collects monthly rentals and one-off bottle orders by Bacs Direct Debit through GoCardless.
Payers: parish / town / district / county councils, police, fire, NHS trusts, the MoD,
the Environment Agency, a prison, DVSA, an academy trust, an FE college, a university,
companies, LLPs, charities, a church, a GP surgery, households.
"""
import csv
import datetime as dt
import random
import string

import ha_common as C

LAYOUT_ID = "ha_gb_gocardless_payments_export"
SEED = 60231
rng = random.Random(SEED)

HEADERS = ["id", "created_at", "charge_date", "amount", "description", "currency", "status",
           "amount_refunded", "reference", "transaction_fee", "payout_date", "app_fee",
           "links.mandate", "links.creditor", "links.customer", "links.payout", "links.subscription",
           "customers.id", "customers.created_at", "customers.email", "customers.given_name",
           "customers.family_name", "customers.company_name", "customers.address_line1",
           "customers.address_line2", "customers.address_line3", "customers.city", "customers.region",
           "customers.postal_code", "customers.country_code", "customers.language",
           "customers.swedish_identity_number", "customers.active_mandates", "transaction_fee_tax"]

ALNUM = string.ascii_uppercase + string.digits
CREDITOR = "CR00005PKTQ3VB"


def gcid(prefix):
    return prefix + "000" + "".join(rng.choice(ALNUM) for _ in range(9))


PLANS = {
    "pou": ("Mains-fed POU water cooler rental", 24.00),
    "bottled": ("Floor-standing bottled cooler rental", 18.50),
    "coffee": ("Bean-to-cup coffee machine lease - Jura WE8", 89.00),
    "coffee_big": ("Bean-to-cup coffee machine lease - Franke A400", 145.00),
    "home": ("Home table-top cooler rental", 12.99),
    "home_bottled": ("Home bottled cooler rental inc. 2 x 19L", 21.90),
}
BOTTLE = 7.95

TOWNS = [("Cambridge", "CB1"), ("Cambridge", "CB4"), ("Ely", "CB7"), ("Huntingdon", "PE29"),
         ("St Ives", "PE27"), ("St Neots", "PE19"), ("Peterborough", "PE1"), ("Histon", "CB24"),
         ("Cottenham", "CB24"), ("Royston", "SG8"), ("March", "PE15"), ("Wisbech", "PE13")]
ROADS = ["High Street", "Mill Road", "Station Road", "Church Lane", "Hills Road", "Histon Road",
         "Newmarket Road", "Victoria Road", "London Road", "The Green", "Broad Street", "Market Hill"]


def postcode(prefix):
    return f"{prefix} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"


CUSTOMERS = []


def cust(given, family, company, email, label, kind, plans, amb=False, country="GB", line1=None,
         town=None, line2="", desc_tmpl=None, oneoff_bottles=0.0, plan_kind="monthly"):
    t = town or rng.choice(TOWNS)
    c = dict(id=gcid("CU"), mandate=gcid("MD"), given=given, family=family, company=company,
             email=email, label=label, kind=kind, plans=plans, amb=amb, country=country,
             line1=line1 or f"{rng.randint(1, 180)} {rng.choice(ROADS)}", line2=line2,
             city=t[0], pc=postcode(t[1]), desc_tmpl=desc_tmpl, bottles=oneoff_bottles,
             created=dt.datetime(2023, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)),
             subs={p: gcid("SB") for p in plans}, plan_kind=plan_kind)
    CUSTOMERS.append(c)
    return c


def build_customers():
    # public sector (B2G)
    cust("Parish", "Clerk", "Cottenham Parish Council", "clerk@cottenham-pc.gov.uk", "B2G", "parish_council", ["bottled"], line1="Cottenham Village Hall, 1 Lambs Lane", town=("Cottenham", "CB24"), oneoff_bottles=0.5)
    cust("Sarah", "Whitmore", "Ely City Council", "office@elycitycouncil.gov.uk", "B2G", "parish_council", ["pou"], line1="72 Market Street", town=("Ely", "CB7"))
    cust("Town", "Clerk", "Huntingdon Town Council", "info@huntingdontowncouncil.gov.uk", "B2G", "town_council", ["pou", "coffee"], line1="Town Hall, Market Hill", town=("Huntingdon", "PE29"))
    cust("", "", "St Ives Town Council", "enquiries@stivestowncouncil.gov.uk", "B2G", "town_council", ["bottled"], line1="The Old Riverport Building, Market Road", town=("St Ives", "PE27"), oneoff_bottles=0.6)
    cust("Accounts", "Payable", "Cambridge City Council", "accounts.payable@cambridge.gov.uk", "B2G", "district_council", ["pou", "pou"], line1="Mandela House, 4 Regent Street", town=("Cambridge", "CB1"))
    cust("Facilities", "Team", "South Cambridgeshire District Council", "facilities@scambs.gov.uk", "B2G", "district_council", ["coffee_big"], line1="South Cambridgeshire Hall, Cambourne Business Park", town=("Cambridge", "CB4"))
    cust("Creditor", "Payments", "CAMBRIDGESHIRE COUNTY COUNCIL", "creditorpayments@cambridgeshire.gov.uk", "B2G", "county_council", ["pou", "bottled"], line1="New Shire Hall, Emery Crescent", town=("Huntingdon", "PE29"))
    cust("", "", "Peterborough City Council", "ap@peterborough.gov.uk", "B2G", "unitary_council", ["pou"], line1="Sand Martin House, Bittern Way", town=("Peterborough", "PE1"))
    cust("Estates", "Department", "Cambridgeshire Constabulary", "estates@cambs.police.uk", "B2G", "police", ["pou"], line1="Hinchingbrooke Park", town=("Huntingdon", "PE29"))
    cust("Station", "Manager", "Cambridgeshire Fire & Rescue Service", "stationadmin@cambsfire.gov.uk", "B2G", "fire_service", ["bottled"], line1="Parkside Fire Station", town=("Cambridge", "CB1"), oneoff_bottles=0.5)
    cust("Ward", "Manager", "Cambridge University Hospitals NHS Foundation Trust", "cuh.accountspayable@nhs.net", "B2G", "nhs_trust", ["pou", "pou"], line1="Addenbrooke's Hospital, Hills Road", town=("Cambridge", "CB1"))
    cust("", "", "Cambridgeshire and Peterborough NHS Foundation Trust", "cpft.invoices@nhs.net", "B2G", "nhs_trust", ["pou"], line1="Elizabeth House, Fulbourn Hospital", town=("Cambridge", "CB1"))
    cust("Jon", "Pryce", "Environment Agency", "jon.pryce@environment-agency.gov.uk", "B2G", "government_agency", ["bottled"], line1="Brampton Office, Bromholme Lane", town=("Huntingdon", "PE29"), oneoff_bottles=0.4)
    cust("Business", "Hub", "HMP Whitemoor", "whitemoor.businesshub@justice.gov.uk", "B2G", "prison", ["pou"], line1="Longhill Road", town=("March", "PE15"))
    cust("Station", "Admin", "Ministry of Defence - RAF Wittering", "wit-bm@mod.gov.uk", "B2G", "armed_forces", ["pou", "coffee"], line1="RAF Wittering", town=("Peterborough", "PE1"))
    cust("", "", "DVSA Cambridge Driving Test Centre", "cambridge.dtc@dvsa.gov.uk", "B2G", "government_agency", ["bottled"], line1="Brooklands Avenue", town=("Cambridge", "CB1"))
    cust("School", "Office", "Cottenham Primary School", "office@cottenham.cambs.sch.uk", "B2G", "public_school", ["bottled"], line1="High Street", town=("Cottenham", "CB24"), oneoff_bottles=0.5)
    cust("Finance", "Team", "Anglian Learning", "finance@anglianlearning.org", "B2G", "academy_trust", ["pou", "pou"], line1="Sawston Village College, New Road", town=("Cambridge", "CB4"))
    cust("", "", "Cambridge Regional College", "purchaseledger@camre.ac.uk", "B2G", "public_college", ["coffee"], line1="Kings Hedges Road", town=("Cambridge", "CB4"))
    cust("Estates", "Services", "Anglia Ruskin University", "estates.invoices@aru.ac.uk", "B2G", "public_university", ["pou"], line1="East Road", town=("Cambridge", "CB1"))
    # the state buying one household item (ambiguous)
    cust("Parish", "Clerk", "Histon & Impington Parish Council", "clerk@hisimp-pc.gov.uk", "B2G", "public_body_household_item", ["home"], amb=True, line1="Parish Office, New Road", town=("Histon", "CB24"))
    # companies, LLPs, charities (B2B)
    cust("Accounts", "Payable", "Arm Ltd", "ap.uk@arm.com", "B2B", "company", ["coffee_big", "pou"], line1="110 Fulbourn Road", town=("Cambridge", "CB1"))
    cust("", "", "Bidwells LLP", "purchase.ledger@bidwells.co.uk", "B2B", "company", ["coffee"], line1="Bidwell House, Trumpington Road", town=("Cambridge", "CB1"))
    cust("Helen", "Marsh", "Mills & Reeve LLP", "helen.marsh@mills-reeve.com", "B2B", "company", ["pou"], line1="Botanic House, 100 Hills Road", town=("Cambridge", "CB1"))
    cust("", "", "Marshall of Cambridge (Holdings) Ltd", "accountspayable@marshallgroup.co.uk", "B2B", "company", ["pou", "bottled"], line1="Airport House, The Airport", town=("Cambridge", "CB4"))
    cust("Office", "Manager", "Cambridge Consultants Ltd", "officemanager@cambridgeconsultants.com", "B2B", "company", ["coffee"], line1="29 Science Park, Milton Road", town=("Cambridge", "CB4"))
    cust("", "", "Greene King Retailing Ltd - The Eagle", "eagle.cambridge@greeneking.co.uk", "B2B", "company", ["bottled"], line1="8 Bene't Street", town=("Cambridge", "CB1"), oneoff_bottles=0.3)
    cust("Practice", "Manager", "Bridge Street Dental Practice", "reception@bridgestreetdental.co.uk", "B2B", "professional_practice", ["bottled"], oneoff_bottles=0.4)
    cust("", "", "Arthur Rank Hospice Charity", "finance@arhc.org.uk", "B2B", "charity_hospice", ["pou"], line1="Cherry Hinton Road, Shelford Bottom", town=("Cambridge", "CB1"))
    cust("Parish", "Administrator", "Great St Mary's, the University Church", "administrator@gsm.cam.ac.uk", "B2B", "church", ["bottled"], line1="Senate House Hill", town=("Cambridge", "CB1"))
    cust("", "", "Sanctuary Housing Association", "supplier.invoices@sanctuary.co.uk", "B2B", "housing_association", ["pou"], line1="Chamber Court, Castle Street", town=("Peterborough", "PE1"))
    cust("", "", "Emmaus Cambridge", "office@emmauscambridge.org", "B2B", "charity", ["bottled"], line1="Green End, Landbeach", town=("Cambridge", "CB4"))
    cust("Club", "Secretary", "Cambridge Rugby Union Football Club", "secretary@crufc.co.uk", "B2B", "sports_club", ["bottled"], line1="Volac Park, Grantchester Road", town=("Cambridge", "CB1"), oneoff_bottles=0.5)
    cust("", "", "Genome Research Limited (Wellcome Sanger Institute)", "accounts.payable@sanger.ac.uk", "B2B", "charity_research", ["pou", "coffee"], line1="Wellcome Genome Campus", town=("Cambridge", "CB1"))
    cust("", "", "British Red Cross - Cambridge", "cambridgeshire@redcross.org.uk", "B2B", "national_red_cross", ["bottled"], town=("Cambridge", "CB1"))
    cust("", "", "Post Office Ltd - St Neots", "stneots.branch@postoffice.co.uk", "B2B", "state_owned_company", ["bottled"], town=("St Neots", "PE19"))
    cust("Jaspal", "Patel", "J Patel t/a Patel Plumbing & Heating", "patelplumbing@hotmail.co.uk", "B2B", "sole_trader", ["bottled"], town=("St Neots", "PE19"), oneoff_bottles=0.4)
    # ambiguous organisations
    cust("", "", "Network Rail Infrastructure Ltd", "nr.supplierinvoices@networkrail.co.uk", "B2B", "state_owned_company_procurement", ["pou"], amb=True,
         line1="Cambridge Station, Station Road", town=("Cambridge", "CB1"),
         desc_tmpl="{plan} - Framework NR/CP7/FM/0114 call-off 22 ({mon})")
    cust("Procurement", "", "EMBL-EBI", "procurement@ebi.ac.uk", "B2B", "international_org", ["coffee_big"], amb=True,
         line1="Wellcome Genome Campus, Hinxton", town=("Cambridge", "CB1"))
    cust("Dr Priya", "Raman", "Orchard Surgery", "orchard.surgery@nhs.net", "B2B", "gp_practice_nhs_domain", ["pou"], amb=True, town=("Ely", "CB7"))
    cust("", "", "Fenland Glazing Ltd", "fenlandglazing@btinternet.com", "B2B", "company_household_item", ["home"], amb=True, town=("Wisbech", "PE13"))
    cust("Mark", "Ellison", "Ellison Electrical", "mark@ellisonelectrical.co.uk", "B2B", "sole_trader_household_item", ["home"], amb=True, line2="(home)", town=("Royston", "SG8"))
    cust("Gary", "Holt", "", "garyholt71@gmail.com", "B2B", "person_pays_company_invoice", ["bottled"], amb=True, town=("March", "PE15"),
         desc_tmpl="{plan} - invoice for Holt Joinery Ltd ({mon})")
    # households (B2C)
    hh = [("Emma", "Clarke"), ("James", "Wilson"), ("Olivia", "Hughes"), ("Thomas", "Wright"),
          ("Sophie", "Turner"), ("Daniel", "Evans"), ("Chloe", "Harris"), ("Ben", "Cooper"),
          ("Aisha", "Khan"), ("Liam", "Murphy"), ("Hannah", "Ward"), ("George", "Patel"),
          ("Megan", "Price"), ("Ryan", "Bennett"), ("Grace", "Lewis"), ("Adam", "Collins"),
          ("Zoe", "Mitchell"), ("Oliver", "Scott"), ("Lucy", "Baker"), ("Sam", "Nowak")]
    free = ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com", "icloud.com"]
    for i, (g, f) in enumerate(hh):
        em = f"{g.lower()}.{f.lower()}{rng.choice(['', '', str(rng.randint(1, 99))])}@{rng.choice(free)}"
        fam = f if i % 7 != 3 else f.upper()
        cust(g, fam, "", em, "B2C", "private_person", [rng.choice(["home", "home", "home_bottled"])],
             oneoff_bottles=0.3 if i % 3 == 0 else 0.0)
    cust("Rebecca", "Shaw", "", "rebecca.shaw@nhs.net", "B2C", "gov_email_personal_purchase", ["home"], amb=True)
    cust("Tom", "Gardner", "", "tom.gardner@cambridgeshire.gov.uk", "B2C", "gov_email_personal_purchase", ["home_bottled"], amb=True)
    cust("Kate", "Lindsay", "", "kate.lindsay@arm.com", "B2C", "employer_email_personal_purchase", ["home"], amb=True)
    cust("B", "Holmes", "", "", "B2C", "thin_record", ["pou"], amb=True)


MONTHS = [(2024, 2), (2024, 3), (2024, 4)]


def fee(amount):
    return C.money(min(4.00, amount * 0.01 + 0.20))


def main():
    C.ensure_dirs()
    build_customers()
    pays = []
    for c in CUSTOMERS:
        for p in c["plans"]:
            name, price = PLANS[p]
            day = rng.choice([1, 5, 15, 28])
            for (y, m) in MONTHS:
                if c["kind"] in ("public_body_household_item", "company_household_item", "sole_trader_household_item") and m < 3:
                    continue
                if c["label"] == "B2C" and c["kind"] == "private_person" and m == 2 and rng.random() < 0.3:
                    continue
                mon = dt.date(y, m, 1).strftime("%b %Y")
                if c["desc_tmpl"]:
                    desc = c["desc_tmpl"].format(plan=name, mon=mon)
                else:
                    desc = f"{name} - {mon}"
                charge = dt.date(y, m, min(day, 28))
                while charge.weekday() >= 5:
                    charge += dt.timedelta(days=1)
                pays.append(dict(c=c, amount=price, desc=desc, charge=charge, sub=c["subs"][p]))
        # one-off bottle orders
        for (y, m) in MONTHS:
            if c["bottles"] and rng.random() < c["bottles"]:
                n = rng.choice([2, 3, 4, 6]) if c["label"] == "B2C" else rng.choice([6, 8, 10, 12])
                charge = dt.date(y, m, rng.randint(8, 24))
                while charge.weekday() >= 5:
                    charge += dt.timedelta(days=1)
                pays.append(dict(c=c, amount=C.money(n * BOTTLE), desc=f"19L spring water x {n}", charge=charge, sub=""))
    pays.sort(key=lambda x: (x["charge"], x["c"]["id"]))
    asof = dt.date(2024, 4, 26)
    payouts = {}
    rows, labels = [], []
    for pmt in pays:
        c = pmt["c"]
        charge = pmt["charge"]
        created = dt.datetime.combine(charge - dt.timedelta(days=rng.choice([4, 5, 6, 7])), dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
        created_s = created.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"
        amount = pmt["amount"]
        status = "paid_out"
        r = rng.random()
        if charge > asof:
            status = "pending_submission"
        elif charge > asof - dt.timedelta(days=3):
            status = "confirmed"
        elif c["label"] == "B2C" and r < 0.06:
            status = "failed"
        elif r < 0.012:
            status = "charged_back"
        elif r < 0.025:
            status = "cancelled"
        refunded = "0.00"
        if status == "paid_out" and rng.random() < 0.015:
            refunded = f"{C.money(amount / 2):.2f}"
        tfee = fee(amount) if status in ("paid_out", "confirmed", "charged_back") else 0.0
        payout_date = ""
        payout_id = ""
        if status in ("paid_out", "charged_back"):
            pdate = charge + dt.timedelta(days=2)
            while pdate.weekday() >= 5:
                pdate += dt.timedelta(days=1)
            payout_date = pdate.isoformat()
            payout_id = payouts.setdefault(pdate, gcid("PO"))
        ref = ""
        if c["label"] != "B2C" and rng.random() < 0.5:
            ref = f"AQ{rng.randint(10000, 99999)}"
        rows.append([
            gcid("PM"), created_s, charge.isoformat(), f"{amount:.2f}", pmt["desc"], "GBP", status,
            refunded, ref, f"{tfee:.2f}", payout_date, "", c["mandate"], CREDITOR, c["id"], payout_id,
            pmt["sub"], c["id"], c["created"].strftime("%Y-%m-%dT%H:%M:%S.000Z"), c["email"], c["given"],
            c["family"], c["company"], c["line1"], c["line2"], "", c["city"], "Cambridgeshire" if c["city"] not in ("Royston",) else "Hertfordshire",
            c["pc"], "GB", "en", "", "true" if status != "cancelled" else "false",
            f"{C.money(tfee * 0.2):.2f}",
        ])
        labels.append((c["label"], c["amb"], c["kind"], c["country"]))
    with open(C.LAYOUTS / f"{LAYOUT_ID}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADERS)
        w.writerows(rows)
    C.write_labels(LAYOUT_ID, labels)
    C.write_key(LAYOUT_ID, KEY)
    C.summary(LAYOUT_ID, labels)


KEY = {
    "id": LAYOUT_ID,
    "system": "GoCardless merchant dashboard - Payments page > Export (payments CSV with the linked customer's details)",
    "country": "GB",
    "language": "en",
    "docs": [
        "support.gocardless.com 'Payment reports': the Payments export columns in order A..AH - id, created_at, charge date, amount, description, currency, status, amount_refunded, reference, transaction_fee, payout_date, app_fee, links.mandate, links.creditor, links.customer, links.payout, links.subscription, customers.id, customers.created_at, customers.email, customers.given_name, customers.family_name, customers.company_name, seven customer address columns (X-AD), customers.swedish_identity_number, customers.active_mandates, transaction_fee_tax",
        "support.gocardless.com 'Customer reports' and the Bacs migration template: customer = given_name + family_name OR company_name, e-mail, address_line1-3, city, region, postal_code, country_code, language",
        "GoCardless API field notes (payment amount in GBP with 2 decimals in exports, ids prefixed PM/MD/CU/CR/PO/SB, statuses pending_submission/submitted/confirmed/paid_out/failed/cancelled/charged_back; Bacs references are short)",
        "Not found in search: the exact name of column C (the article writes 'charge date'; I used the API name charge_date), the name of column AE (I used customers.language) and the metadata columns after AH (left out). Comma-separated UTF-8 without BOM, ISO dates are my reconstruction."
    ],
    "fields": {"buyer": "customers.company_name", "product": "description", "quantity": None,
               "amount": "amount", "tax_id": None, "email": "customers.email", "payment": None,
               "comment": None},
    "also_ok": {"buyer": ["customers.family_name", "customers.given_name"], "comment": ["reference"]},
    "notes": "One row per Direct Debit payment (records are payments); monthly subscription payments repeat per customer (links.subscription set), one-off bottle orders have no subscription. customers.company_name is empty for households; organisations often fill given/family name with a role ('Accounts Payable', 'Parish Clerk') or leave them blank. All payments are Bacs Direct Debit (there is no payment-method column). Failed, cancelled and charged-back payments are still records. The product is inside description (e.g. 'Mains-fed POU water cooler rental - Mar 2024'); 'Home' plans are household products. Network Rail's descriptions carry a framework call-off number. Seller is an invented Cambridgeshire water-cooler rental company."
}

if __name__ == "__main__":
    main()
