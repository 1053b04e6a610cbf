"""gb_xero_sales_invoices: Xero (UK organisation) sales invoices CSV export, one row per line item. Seeded."""
import csv, os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *

LID = "gb_xero_sales_invoices"
R = random.Random(4420)
CAT = {
 "biz": [("Dell Latitude 5540 i5 16GB", "DL-5540", 849.00), ("Epson EB-FH52 projector", "EP-FH52", 649.00),
         ("Apple iPad 10.9 (2022) 64GB Wi-Fi", "IPAD-10", 329.00), ("Microsoft 365 Business Basic - annual", "M365-BB", 58.80),
         ("HP LaserJet Pro 4002dn", "HP-4002", 279.00), ("Logitech Rally Bar video bar", "LG-RALLY", 2899.00),
         ("A4 copier paper 80gsm, box of 5 reams", "PAP-A4", 22.50), ("Cat6 patch cable 2m (pack of 10)", "CAT6-10", 18.00),
         ("Promethean ActivPanel 9 65\"", "PR-AP9-65", 2650.00)],
 "bizonly": [("42U server rack cabinet 800x1000", "RACK-42U", 1095.00), ("Brother FAX-2840", "BR-FAX2840", 169.00),
             ("Cisco Catalyst 9200L 48-port switch", "C9200L-48", 3450.00)],
 "house": [("Russell Hobbs 1.7L kettle", "RH-KETTLE", 29.99), ("Dyson Pure Cool fan", "DY-PCOOL", 399.00),
           ("Samsung 55\" Crystal UHD TV", "SA-TV55", 499.00), ("Dyson V8 cordless vacuum", "DY-V8", 279.00),
           ("Nespresso Vertuo Pop coffee machine", "NS-VPOP", 89.00), ("Samsung Galaxy A15 128GB", "SA-A15", 169.00)],
 "service": [("Installation labour (per hour)", "LAB-HR", 65.00), ("On-site support visit", "VISIT", 95.00)],
}
G, BB, C = "B2G", "B2B", "B2C"
BUY = [
 B("Leeds City Council", "uk_council", G, False, "GB", 3, "biz+service", email="procurement@leeds.gov.uk", a=("Civic Hall", "Calverley Street", "Leeds", "LS1 1UR"), ref=True),
 B("Surrey County Council", "uk_council", G, False, "GB", 2, "biz", email="accounts.payable@surreycc.gov.uk", a=("Woodhatch Place", "11 Cockshot Hill", "Reigate", "RH2 8EF"), ref=True),
 B("Borough Council of King's Lynn & West Norfolk", "uk_council", G, False, "GB", 1, "biz", a=("King's Court", "Chapel Street", "King's Lynn", "PE30 1EX"), ref=True),
 B("Cardiff Council", "uk_council", G, False, "GB", 1, "biz", a=("County Hall", "Atlantic Wharf", "Cardiff", "CF10 4UW"), ref=True),
 B("Guy's and St Thomas' NHS Foundation Trust", "nhs_trust", G, False, "GB", 2, "biz+bizonly", email="sbs.apinvoicing@nhs.net", a=("Westminster Bridge Road", "", "London", "SE1 7EH"), ref=True),
 B("NHS Lothian", "nhs_health_board", G, False, "GB", 1, "biz", a=("Waverley Gate", "2-4 Waterloo Place", "Edinburgh", "EH1 3EG"), ref=True),
 B("Harris Academy Peckham", "academy_school", G, False, "GB", 2, "biz+service", email="finance@harrispeckham.org.uk", a=("112 Peckham Road", "", "London", "SE15 5DZ"), ref=True),
 B("Oasis Academy Hadley", "academy_household_item", G, True, "GB", 1, "house", items=[("Russell Hobbs 1.7L kettle", 1)], a=("Bell Lane", "", "Enfield", "EN3 5PA")),
 B("University of Manchester", "public_university", G, False, "GB", 2, "biz", email="accountspayable@manchester.ac.uk", a=("Oxford Road", "", "Manchester", "M13 9PL"), ref=True),
 B("Ministry of Defence - 1st Battalion The Rifles", "armed_forces_unit", G, False, "GB", 1, "biz", a=("Beachley Barracks", "", "Chepstow", "NP16 7YG"), ref=True),
 B("RAF Brize Norton", "armed_forces_unit", G, False, "GB", 1, "biz+bizonly", a=("Station Headquarters", "", "Carterton", "OX18 3LX"), ref=True),
 B("HM Revenue & Customs", "central_government", G, False, "GB", 1, "biz", a=("100 Parliament Street", "", "London", "SW1A 2BQ"), ref=True),
 B("Metropolitan Police Service", "police", G, False, "GB", 1, "biz", a=("New Scotland Yard", "Victoria Embankment", "London", "SW1A 2JL"), ref=True),
 B("Transport for London", "transit_authority", G, False, "GB", 1, "biz", a=("5 Endeavour Square", "", "London", "E20 1JN"), ref=True),
 B("Embassy of the United States of America", "embassy", G, False, "US", 1, "biz", a=("33 Nine Elms Lane", "", "London", "SW11 7US"), taxfree=True),
 B("Dublin City Council", "ie_council", G, False, "IE", 1, "biz", a=("Civic Offices", "Wood Quay", "Dublin 8", "D08 RF3F"), cur="EUR", ref=True),
 B("Cork County Council", "ie_council", G, False, "IE", 1, "biz", a=("County Hall", "Carrigrohane Road", "Cork", "T12 R2NC"), cur="EUR", ref=True),
 B("Health Service Executive (HSE)", "public_health_service", G, False, "IE", 1, "biz", email="accounts.payable@hse.ie", a=("Dr Steevens' Hospital", "Steevens' Lane", "Dublin 8", "D08 W2A8"), cur="EUR", ref=True),
 # business
 B("Tesco Stores Ltd", "company_with_legal_form", BB, False, "GB", 2, "biz", a=("Tesco House", "Shire Park", "Welwyn Garden City", "AL7 1GA"), ref=True),
 B("Greggs plc", "company_with_legal_form", BB, False, "GB", 1, "biz", a=("Greggs House", "Quorum Business Park", "Newcastle upon Tyne", "NE12 8BU"), ref=True),
 B("Evelyn Partners LLP", "company_with_legal_form", BB, False, "GB", 2, "biz+service", a=("45 Gresham Street", "", "London", "EC2V 7BG")),
 B("Hilltop Plumbing", "company_no_legal_form", BB, False, "GB", 2, "biz", email="hilltopplumbing@btinternet.com", a=("Unit 4", "Mill Lane", "Stroud", "GL5 3HA")),
 B("J. Patel Pharmacy", "sole_trader_trade_name", BB, False, "GB", 1, "biz", email="jpatelpharmacy@gmail.com", a=("12 High Street", "", "Leicester", "LE1 5YN")),
 B("Oxfam GB", "charity", BB, False, "GB", 1, "biz", a=("Oxfam House", "John Smith Drive", "Oxford", "OX4 2JY"), ref=True),
 B("British Red Cross", "non_profit_red_cross", BB, False, "GB", 1, "biz", a=("44 Moorfields", "", "London", "EC2Y 9AL")),
 B("St Mary's Parish Church, Bury", "church", BB, False, "GB", 1, "biz", a=("Church Street", "", "Bury St Edmunds", "IP33 1RS")),
 B("Eton College", "private_school", BB, False, "GB", 1, "biz", a=("Eton College", "", "Windsor", "SL4 6DW"), ref=True),
 B("Sarah Collins, Solicitor", "lawyer_professional_purchase", BB, True, "GB", 1, "bizonly", items=[("Brother FAX-2840", 1)], email="sarah@collinslaw.co.uk", a=("3 Castle Street", "", "Shrewsbury", "SY1 2BB"), reftxt="Fax for the practice"),
 B("Brightside Estate Agents Ltd", "company_household_purchase", BB, True, "GB", 1, "house", items=[("Dyson Pure Cool fan", 1)], a=("21 Market Place", "", "Harrogate", "HG1 1BZ")),
 B("Network Rail Infrastructure Ltd", "state_owned_company_procurement", BB, True, "GB", 2, "biz+bizonly", a=("Waterloo General Office", "", "London", "SE1 8SW"), reftxt="Contract NR/ITT/2024/0311"),
 B("Royal Mail Group Ltd", "state_owned_company", BB, False, "GB", 1, "biz", a=("185 Farringdon Road", "", "London", "EC1A 1AA"), ref=True),
 B("Iarnród Éireann", "state_owned_company_procurement", BB, True, "IE", 2, "biz", a=("Connolly Station", "", "Dublin 1", "D01 V6V6"), cur="EUR", reftxt="eTenders RFT 245678"),
 B("European Bank for Reconstruction and Development", "international_org", BB, True, "GB", 2, "biz", a=("5 Bank Street", "", "London", "E14 4BG"), taxfree=True, ref=True),
 B("Kensington Mansions Residents' Association", "homeowners_association", BB, False, "GB", 1, "biz", a=("Trebovir Road", "", "London", "SW5 9TF")),
 # consumers
 B("Emma Thompson", "private_person", C, False, "GB", 1, "house", email="emma.t1985@hotmail.co.uk", a=("7 Rose Close", "", "Reading", "RG1 4PL")),
 B("James Wilson", "private_person", C, False, "GB", 1, "house+service", email="jameswilson@btinternet.com", a=("22 Park Road", "", "Bristol", "BS6 5LE")),
 B("Siobhán Murphy", "private_person", C, False, "IE", 1, "house", email="siobhan.murphy@eircom.net", a=("4 Seaview Terrace", "", "Galway", "H91 X2C3"), cur="EUR"),
 B("Oliver Hughes", "private_person_sparse", C, False, "GB", 1, "house"),
 B("Chloe Evans", "private_person_sparse", C, False, "GB", 1, "biz", email="chloe.evans@gmail.com", lines=1, qty=1),
 B("Cash Sale", "anonymous_retail", C, False, "GB", 2, "house+biz", lines=1, qty=1),
 B("Daniel Price", "private_person_bulk_phones", C, True, "GB", 1, "house", items=[("Samsung Galaxy A15 128GB", 40)], email="dan.price77@gmail.com", a=("9 Albert Road", "", "Luton", "LU1 3PS")),
 B("Priya Shah", "person_states_resale", BB, True, "GB", 1, "house", items=[("Nespresso Vertuo Pop coffee machine", 10)], email="priya.shah@outlook.com", reftxt="For resale in my shop"),
 B("Dr Hannah Clarke", "person_with_nhs_email", C, True, "GB", 1, "house", items=[("Dyson V8 cordless vacuum", 1)], email="hannah.clarke4@nhs.net", a=("31 Beech Grove", "", "Sheffield", "S10 2RT")),
 B("Sgt Mark Davies", "person_with_mil_email", C, True, "GB", 1, "house", items=[("Samsung 55\" Crystal UHD TV", 1)], email="mark.davies102@mod.gov.uk", a=("14 Tidworth Road", "", "Tidworth", "SP9 7AB")),
 B("Gareth Jones", "person_pays_company_invoice", BB, True, "GB", 1, "biz", email="garethjones@sky.com", reftxt="Paying for Jones Joinery Ltd invoice"),
]

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 1, 8), 350, (1, 4), boost=2)
    header = ["ContactName", "EmailAddress", "POAddressLine1", "POAddressLine2", "POAddressLine3", "POAddressLine4", "POCity",
              "PORegion", "POPostalCode", "POCountry", "SAAddressLine1", "SAAddressLine2", "SAAddressLine3", "SAAddressLine4",
              "SACity", "SARegion", "SAPostalCode", "SACountry", "InvoiceNumber", "Reference", "InvoiceDate", "DueDate",
              "PlannedDate", "Total", "TaxTotal", "InvoiceAmountPaid", "InvoiceAmountDue", "InventoryItemCode", "Description",
              "Quantity", "UnitAmount", "Discount", "LineAmount", "AccountCode", "TaxType", "TaxAmount", "TrackingName1",
              "TrackingOption1", "TrackingName2", "TrackingOption2", "Currency", "Type", "Sent", "Status"]
    rows, labels = [], []
    for i, o in enumerate(orders):
        b = o["b"]; a = b.get("a", ("", "", "", ""))
        cur = b.get("cur", "GBP"); cc = "IE" if cur == "EUR" else ("GB" if a[2] else "")
        zero = b.get("taxfree") or cur == "EUR"
        ttype = "No VAT" if zero else "20% (VAT on Income)"
        ls = []
        for ln in o["lines"]:
            name, sku, price = ln["p"]
            la = round(price * ln["qty"], 2); tx = 0 if zero else round(la * 0.2, 2)
            ls.append((sku, name, ln["qty"], price, la, tx))
        tot = round(sum(x[4] + x[5] for x in ls), 2); taxt = round(sum(x[5] for x in ls), 2)
        paid = R.random() < 0.7
        ref = b.get("reftxt") or (f"PO {R.randint(4500000000, 4599999999)}" if b.get("ref") else "")
        due = o["date"] + dt.timedelta(days=30)
        for sku, name, q, price, la, tx in ls:
            rows.append([b["name"], b.get("email", ""), a[0], a[1], "", "", a[2], "", a[3], cc, "", "", "", "", "", "", "", "",
                         f"INV-{1200 + i}", ref, o["date"].strftime("%d/%m/%Y"), due.strftime("%d/%m/%Y"), "",
                         f"{tot:.2f}", f"{taxt:.2f}", f"{tot if paid else 0:.2f}", f"{0 if paid else tot:.2f}", sku, name,
                         f"{q:.4f}", f"{price:.4f}", "", f"{la:.2f}", "200", ttype, f"{tx:.2f}", "", "", "", "", cur,
                         "Sales invoice", "Sent", "Paid" if paid else "Awaiting Payment"])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    with open(os.path.join(LAY, LID + ".csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n"); w.writerow(header); w.writerows(rows)
    meta = {
        "id": LID, "system": "Xero (UK organisation) - Business > Invoices > Export (sales invoices CSV)", "country": "GB", "language": "en",
        "docs": ["Column list and order as documented for Xero's sales-invoice CSV template / export (ContactName, EmailAddress, POAddressLine1-4, POCity, PORegion, POPostalCode, POCountry, SAAddress..., InvoiceNumber, Reference, InvoiceDate, DueDate, PlannedDate, Total, TaxTotal, InvoiceAmountPaid, InvoiceAmountDue, InventoryItemCode, Description, Quantity, UnitAmount, Discount, LineAmount, AccountCode, TaxType, TaxAmount, TrackingName/Option 1-2, Currency, Type, Sent, Status), dates dd/mm/yyyy, tax-rate display names such as '20% (VAT on Income)'.",
                 "Xero's own export writes no payment-method or tax-ID column; Reference holds the customer's PO or a short note."],
        "fields": {"buyer": "ContactName", "product": "Description", "quantity": "Quantity", "amount": "LineAmount",
                   "tax_id": None, "email": "EmailAddress", "payment": None, "comment": "Reference"},
        "also_ok": {"amount": ["Total"]},
        "notes": "UTF-8 without BOM, comma-delimited, CRLF; one row per invoice line, header then records only. Total/TaxTotal/InvoiceAmountPaid/InvoiceAmountDue repeat the invoice-level values on each line. Irish customers are invoiced in EUR with 'No VAT'. 'Cash Sale' is the organisation's anonymous counter contact."
    }
    write_key(LID, meta, labels)
    print(LID, len(rows), len(orders))

if __name__ == "__main__":
    main()
