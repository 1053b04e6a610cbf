"""Contracts Finder (UK) - CSV download of a supplier's awarded contract notices.

The supplier (a Huddersfield grounds-maintenance and facilities firm) searched Contracts Finder for its
own awards and pressed 'Download CSV'. One row per notice; the buyer is the Organisation Name.
UTF-8 with BOM, every field quoted, CRLF line ends.
Rebuild: python q_gb_contractsfinder_awards.py  (seed fixed)
"""
import csv
import datetime as dt
import random

from q_common import LAYOUTS, write_key, write_labels

LAYOUT_ID = "q_gb_contractsfinder_awards"
rng = random.Random(77310000)

HEADERS = [
    "Notice Identifier", "Notice Type", "Organisation Name", "Status", "Published Date", "Title", "Description",
    "Nationwide", "Postcode", "Region", "Cpv Codes", "Contact Name", "Contact Email", "Contact Address 1",
    "Contact Address 2", "Contact Town", "Contact Postcode", "Contact Country", "Contact Telephone", "Contact Website",
    "Attachments", "Links", "Additional Text", "Start Date", "End Date", "Closing Date", "Is sub-contract",
    "Parent Reference", "Suitable for SME", "Suitable for VCO", "Supply Chain", "OJEU Contract Type", "Value Low",
    "Value High", "Awarded Date", "Awarded Value", "Supplier [Name|Address|Ref type|Ref Number|Is SME|Is VCSE]",
    "Supplier's contact name", "Contract start date", "Contract end date", "OJEU Procedure Type",
    "Accelerated Justification",
]

SELF = "[Calder Grounds & Facilities Ltd|Unit 7, Calder Trading Estate, Lower Quarry Road, Huddersfield, HD5 0RR|COMPANIES_HOUSE|09384721|Yes|No]"
PARTNERS = [
    "[Pennine Tree Care Ltd|12 Bradley Mills Road, Huddersfield, HD1 6PQ|COMPANIES_HOUSE|07712548|Yes|No]",
    "[Aire Valley Drainage Services Ltd|3 Canal Road, Shipley, BD18 3HN|COMPANIES_HOUSE|10284417|Yes|No]",
    "[idverde Limited|Landscape House, Lancaster Way, Ermine Business Park, Huntingdon, PE29 6XU|COMPANIES_HOUSE|02615479|No|No]",
]

# service lines: title template, description, cpv, contract type, value range
SERVICES = [
    ("Grounds Maintenance Services - {lot}", "Provision of grounds maintenance including grass cutting, shrub and hedge maintenance, litter picking and seasonal bedding for {site}.", "77310000 77311000 77314000", "Services", (24000, 420000)),
    ("Tree Surgery and Arboricultural Works", "Reactive and planned tree works, safety inspections and emergency call-out across {site}.", "77211400 77341000", "Services", (25000, 180000)),
    ("Winter Gritting and Snow Clearance {season}", "Gritting of car parks, footpaths and access roads and snow clearance on request at {site}.", "90620000 90630000", "Services", (12000, 95000)),
    ("Hard Landscaping and Footpath Repairs", "Minor works to footpaths, paving, edging and drainage channels at {site}.", "45233161 45112710", "Works", (30000, 240000)),
    ("Playground Safety Repairs and Resurfacing", "Inspection-led repairs, wet-pour resurfacing and replacement of play equipment parts at {site}.", "45236210 37535200", "Works", (20000, 150000)),
    ("Void Property Garden Clearance", "Clearance of gardens, removal of bulky waste and fly-tipping from void properties across {site}.", "90511000 77314000", "Services", (25000, 300000)),
    ("External Cleaning and Litter Picking", "Scheduled litter picking, leaf clearance and external hard-surface cleaning at {site}.", "90610000 90910000", "Services", (15000, 120000)),
    ("Invasive Weed Control (Japanese Knotweed)", "Survey, herbicide treatment and management plans for invasive non-native species at {site}.", "77312100 90922000", "Services", (10000, 60000)),
    ("Sports Pitch Renovation", "End-of-season renovation, scarifying, overseeding and line marking of natural turf pitches at {site}.", "77320000 45212290", "Services", (18000, 90000)),
    ("Pest Control Services", "Reactive and preventative pest control including rodent and wasp treatments at {site}.", "90923000", "Services", (10000, 75000)),
]

REGION_Y = "Yorkshire and the Humber"

# buyer: name, email, website, address1, town, postcode, phone, kind, label, ambiguous, region
BUYERS = [
    ("Leeds City Council", "procurement.unit@leeds.gov.uk", "https://www.leeds.gov.uk", "Merrion House, 110 Merrion Centre", "Leeds", "LS2 8BB", "0113 222 4444", "municipality", "B2G", False),
    ("City of Bradford Metropolitan District Council", "procurement@bradford.gov.uk", "https://www.bradford.gov.uk", "City Hall, Centenary Square", "Bradford", "BD1 1HY", "01274 432111", "municipality", "B2G", False),
    ("Kirklees Council", "procurement@kirklees.gov.uk", "https://www.kirklees.gov.uk", "Civic Centre 1, High Street", "Huddersfield", "HD1 2NF", "01484 221000", "municipality", "B2G", False),
    ("KIRKLEES COUNCIL", "procurement@kirklees.gov.uk", "https://www.kirklees.gov.uk", "Civic Centre 1, High Street", "Huddersfield", "HD1 2NF", "01484 221000", "municipality", "B2G", False),
    ("Calderdale Metropolitan Borough Council", "procurement@calderdale.gov.uk", "https://www.calderdale.gov.uk", "Town Hall, Crossley Street", "Halifax", "HX1 1UJ", "01422 288001", "municipality", "B2G", False),
    ("Wakefield Council", "procurement@wakefield.gov.uk", "https://www.wakefield.gov.uk", "Wakefield One, Burton Street", "Wakefield", "WF1 2EB", "0345 850 6506", "municipality", "B2G", False),
    ("North Yorkshire Council", "procurement@northyorks.gov.uk", "https://www.northyorks.gov.uk", "County Hall, Racecourse Lane", "Northallerton", "DL7 8AD", "0300 131 2131", "county_council", "B2G", False),
    ("City of York Council", "procurement@york.gov.uk", "https://www.york.gov.uk", "West Offices, Station Rise", "York", "YO1 6GA", "01904 551550", "municipality", "B2G", False),
    ("Barnsley Metropolitan Borough Council", "strategicprocurement@barnsley.gov.uk", "https://www.barnsley.gov.uk", "Town Hall, Church Street", "Barnsley", "S70 2TA", "01226 770770", "municipality", "B2G", False),
    ("Lancashire County Council", "procurement@lancashire.gov.uk", "https://www.lancashire.gov.uk", "County Hall, Fishergate", "Preston", "PR1 8XJ", "0300 123 6701", "county_council", "B2G", False),
    ("Hebden Royd Town Council", "clerk@hebdenroydtowncouncil.gov.uk", "https://www.hebdenroydtowncouncil.gov.uk", "Council Offices, St George's Street", "Hebden Bridge", "HX7 7BY", "01422 843626", "parish_council", "B2G", False),
    ("Holmfirth Town Council", "clerk@holmfirth-tc.gov.uk", "https://www.holmfirth-tc.gov.uk", "Civic Hall, Huddersfield Road", "Holmfirth", "HD9 3AS", "01484 687460", "parish_council", "B2G", False),
    ("Leeds Teaching Hospitals NHS Trust", "leedsth-tr.procurement@nhs.net", "https://www.leedsth.nhs.uk", "St James's University Hospital, Beckett Street", "Leeds", "LS9 7TF", "0113 243 3144", "nhs_trust", "B2G", False),
    ("Bradford Teaching Hospitals NHS Foundation Trust", "procurement@bthft.nhs.uk", "https://www.bradfordhospitals.nhs.uk", "Bradford Royal Infirmary, Duckworth Lane", "Bradford", "BD9 6RJ", "01274 542200", "nhs_trust", "B2G", False),
    ("Calderdale and Huddersfield NHS Foundation Trust", "procurement@cht.nhs.uk", "https://www.cht.nhs.uk", "Huddersfield Royal Infirmary, Acre Street", "Huddersfield", "HD3 3EA", "01484 342000", "nhs_trust", "B2G", False),
    ("Airedale NHS Foundation Trust", "procurement.anhsft@nhs.net", "https://www.airedale-trust.nhs.uk", "Airedale General Hospital, Skipton Road", "Keighley", "BD20 6TD", "01535 652511", "nhs_trust", "B2G", False),
    ("Mid Yorkshire Teaching NHS Trust", "myt-tr.procurement@nhs.net", "https://www.midyorks.nhs.uk", "Pinderfields Hospital, Aberford Road", "Wakefield", "WF1 4DG", "01924 541000", "nhs_trust", "B2G", False),
    ("South West Yorkshire Partnership NHS Foundation Trust", "procurement@swyt.nhs.uk", "https://www.southwestyorkshire.nhs.uk", "Fieldhead, Ouchthorpe Lane", "Wakefield", "WF1 3SP", "01924 316000", "nhs_trust", "B2G", False),
    ("NHS West Yorkshire Integrated Care Board", "wyicb-wak.procurement@nhs.net", "https://www.westyorkshire.icb.nhs.uk", "White Rose House, West Parade", "Wakefield", "WF1 1LT", "01924 317659", "nhs_body", "B2G", False),
    ("Delta Academies Trust", "procurement@deltatrust.org.uk", "https://www.deltatrust.org.uk", "Education House, Spawd Bone Lane", "Knottingley", "WF11 0EP", "01977 608100", "academy_trust", "B2G", False),
    ("Outwood Grange Academies Trust", "procurement@outwood.com", "https://www.outwood.com", "Potovens Lane, Outwood", "Wakefield", "WF1 2PF", "01924 204800", "academy_trust", "B2G", False),
    ("Bradford Diocesan Academies Trust", "office@bdat-academies.org", "https://www.bdat-academies.org", "Jesus Army House, Bradford Road", "Bradford", "BD1 4AS", "01274 909120", "academy_trust", "B2G", False),
    ("Red Kite Learning Trust", "procurement@redkitelearningtrust.org.uk", "https://www.redkitelearningtrust.org.uk", "Red Kite Office, Pannal Ash Road", "Harrogate", "HG2 9PH", "01423 574410", "academy_trust", "B2G", False),
    ("Exceed Academies Trust", "finance@exceedacademiestrust.co.uk", "https://www.exceedacademiestrust.co.uk", "Lapage Primary School, Barkerend Road", "Bradford", "BD3 8QX", "01274 666622", "academy_trust", "B2G", False),
    ("University of Leeds", "procurement@leeds.ac.uk", "https://www.leeds.ac.uk", "Woodhouse Lane", "Leeds", "LS2 9JT", "0113 243 1751", "public_university", "B2G", False),
    ("University of Bradford", "procurement@bradford.ac.uk", "https://www.bradford.ac.uk", "Richmond Road", "Bradford", "BD7 1DP", "01274 232323", "public_university", "B2G", False),
    ("University of Huddersfield", "procurement@hud.ac.uk", "https://www.hud.ac.uk", "Queensgate", "Huddersfield", "HD1 3DH", "01484 422288", "public_university", "B2G", False),
    ("Leeds Beckett University", "procurement@leedsbeckett.ac.uk", "https://www.leedsbeckett.ac.uk", "City Campus", "Leeds", "LS1 3HE", "0113 812 0000", "public_university", "B2G", False),
    ("University of York", "procurement@york.ac.uk", "https://www.york.ac.uk", "Heslington", "York", "YO10 5DD", "01904 320000", "public_university", "B2G", False),
    ("Ministry of Defence", "DIO-CommercialGroup@mod.gov.uk", "https://www.gov.uk/government/organisations/ministry-of-defence", "Kingston Road", "Sutton Coldfield", "B75 7RL", "0121 311 2140", "government_department", "B2G", False),
    ("Department for Work and Pensions", "commercial.enquiries@dwp.gov.uk", "https://www.gov.uk/dwp", "Caxton House, Tothill Street", "London", "SW1H 9NA", "0800 169 0310", "government_department", "B2G", False),
    ("HM Courts & Tribunals Service", "hmcts.procurement@justice.gov.uk", "https://www.gov.uk/hmcts", "102 Petty France", "London", "SW1H 9AJ", "0300 123 1024", "government_agency", "B2G", False),
    ("Environment Agency", "procurement@environment-agency.gov.uk", "https://www.gov.uk/environment-agency", "Lateral, 8 City Walk", "Leeds", "LS11 9AT", "03708 506506", "government_agency", "B2G", False),
    ("HM Prison & Probation Service", "hmpps.commercial@justice.gov.uk", "https://www.gov.uk/hmpps", "102 Petty France", "London", "SW1H 9AJ", "0300 047 6325", "government_agency", "B2G", False),
    ("Forestry England", "procurement@forestryengland.uk", "https://www.forestryengland.uk", "620 Bristol Business Park", "Bristol", "BS16 1EJ", "0300 067 4000", "government_agency", "B2G", False),
    ("Homes England", "procurement@homesengland.gov.uk", "https://www.gov.uk/homes-england", "One Friargate", "Coventry", "CV1 2GN", "0300 1234 500", "government_agency", "B2G", False),
    ("West Yorkshire Police", "procurement@westyorkshire.police.uk", "https://www.westyorkshire.police.uk", "Laburnum Road", "Wakefield", "WF1 3QP", "101", "police", "B2G", False),
    ("West Yorkshire Fire and Rescue Authority", "procurement@westyorksfire.gov.uk", "https://www.westyorksfire.gov.uk", "Oakroyd Hall, Bradford Road", "Birkenshaw", "BD11 2DY", "01274 682311", "fire_authority", "B2G", False),
    ("West Yorkshire Combined Authority", "procurement@westyorks-ca.gov.uk", "https://www.westyorks-ca.gov.uk", "Wellington House, 40-50 Wellington Street", "Leeds", "LS1 2DE", "0113 251 7272", "transport_authority", "B2G", False),
    ("YPO", "tenders@ypo.co.uk", "https://www.ypo.co.uk", "41 Industrial Park", "Wakefield", "WF2 0XE", "01924 834834", "public_purchasing_consortium", "B2G", False),
    # housing associations: registered providers that publish as contracting authorities
    ("Incommunities Group Ltd", "procurement@incommunities.co.uk", "https://www.incommunities.co.uk", "The Quays, Victoria Street", "Shipley", "BD17 7BN", "01274 254000", "housing_association", "B2B", True),
    ("Leeds Federated Housing Association", "procurement@lfha.co.uk", "https://www.lfha.co.uk", "Arthington House, 31 Hough Lane", "Leeds", "LS13 3NW", "0113 386 1000", "housing_association", "B2B", True),
    ("Yorkshire Housing Ltd", "procurement@yorkshirehousing.co.uk", "https://www.yorkshirehousing.co.uk", "Dysons Chambers, 12-14 Briggate", "Leeds", "LS1 6ER", "0345 366 4404", "housing_association", "B2B", True),
    ("Accent Housing Ltd", "procurement@accentgroup.org", "https://www.accentgroup.org", "Charlestown House, Acorn Park", "Shipley", "BD17 7SW", "0345 678 0571", "housing_association", "B2B", True),
    ("Places for People Group Limited", "procurement@placesforpeople.co.uk", "https://www.placesforpeople.co.uk", "4 The Pavilions, Portway", "Preston", "PR2 2YB", "01772 897200", "housing_association", "B2B", True),
    ("Together Housing Group Ltd", "procurement@togetherhousing.co.uk", "https://www.togetherhousing.co.uk", "Bridge House, 1 Balloon Street", "Manchester", "M4 4BE", "0300 303 8540", "housing_association", "B2B", True),
    ("Home Group Limited", "procurement@homegroup.org.uk", "https://www.homegroup.org.uk", "2 Gosforth Park Way", "Newcastle upon Tyne", "NE12 8ET", "0345 141 4663", "housing_association", "B2B", True),
    # state-owned companies
    ("National Highways Ltd", "procurement@nationalhighways.co.uk", "https://nationalhighways.co.uk", "Bridge House, 1 Walnut Tree Close", "Guildford", "GU1 4LZ", "0300 123 5000", "state_owned_company", "B2B", True),
    ("Network Rail Infrastructure Ltd", "procurement.northeast@networkrail.co.uk", "https://www.networkrail.co.uk", "George Stephenson House, Toft Green", "York", "YO1 6JT", "03457 11 41 41", "state_owned_company", "B2B", True),
    ("Norse Commercial Services Ltd", "tenders@norsegroup.co.uk", "https://www.norsegroup.co.uk", "280 Fifers Lane", "Norwich", "NR6 6EQ", "01603 894100", "state_owned_company", "B2B", True),
    # private buyers publishing voluntarily / sub-contracts
    ("Balfour Beatty Regional Civil Engineering Ltd", "supplychain.north@balfourbeatty.com", "https://www.balfourbeatty.com", "Waterloo Way", "Leeds", "LS13 2EG", "0113 255 5111", "company", "B2B", False),
    ("Morgan Sindall Construction & Infrastructure Ltd", "supplychain.yorkshire@morgansindall.com", "https://www.morgansindall.com", "Unit 1, Centre Park", "Leeds", "LS10 1ND", "0113 203 2800", "company", "B2B", False),
    ("Kier Construction Ltd", "procurement.north@kier.co.uk", "https://www.kier.co.uk", "Tempsford Hall", "Sandy", "SG19 2BD", "01767 640111", "company", "B2B", False),
    ("Yorkshire Wildlife Trust", "info@ywt.org.uk", "https://www.ywt.org.uk", "1 St George's Place", "York", "YO24 1GN", "01904 659570", "charity", "B2B", False),
    ("Canal & River Trust", "procurement@canalrivertrust.org.uk", "https://canalrivertrust.org.uk", "National Waterways Museum, South Pier Road", "Ellesmere Port", "CH65 4FW", "0303 040 4040", "charity", "B2B", False),
    ("The Grammar School at Leeds", "bursary@gsal.org.uk", "https://www.gsal.org.uk", "Alwoodley Gates, Harrogate Road", "Leeds", "LS17 8GS", "0113 229 1552", "private_school", "B2B", False),
    ("Bradford Grammar School", "bursar@bradfordgrammar.com", "https://www.bradfordgrammar.com", "Keighley Road", "Bradford", "BD9 4JP", "01274 542492", "private_school", "B2B", False),
    ("The University of Law Limited", "procurement@law.ac.uk", "https://www.law.ac.uk", "2 Bunhill Row", "London", "EC1Y 8HQ", "0800 289 997", "private_university", "B2B", False),
    ("Leeds Rugby Foundation", "foundation@leedsrugby.com", "https://www.leedsrugbyfoundation.co.uk", "Headingley Stadium, St Michael's Lane", "Leeds", "LS6 3BR", "0113 278 6181", "charity", "B2B", False),
]

# how many notices per buyer kind (weights)
WEIGHTS = {"municipality": 6, "county_council": 5, "parish_council": 2, "nhs_trust": 4, "nhs_body": 2, "academy_trust": 3,
           "public_university": 3, "government_department": 3, "government_agency": 2, "police": 3, "fire_authority": 2,
           "transport_authority": 2, "public_purchasing_consortium": 2, "housing_association": 3, "state_owned_company": 2,
           "company": 3, "charity": 2, "private_school": 2, "private_university": 1}

CONTACTS = ["Procurement Team", "Sarah Hartley", "James Holroyd", "Commercial Team", "Emma Sutcliffe", "Mark Ackroyd",
            "Rachel Brook", "Category Manager - Estates", "David Greenwood", "Helen Priestley", "Tender Team"]

LOTS = ["Lot 1 North", "Lot 2 South", "Lot 3 East", "Lot 4 West", "Lot 1", "Lot 2", "Main Sites", "Outlying Sites"]


def site_for(kind, name):
    return {
        "municipality": "council parks, cemeteries and highway verges", "county_council": "county council depots and household waste sites",
        "parish_council": "the town council's parks, allotments and closed churchyards", "nhs_trust": "hospital sites and car parks",
        "nhs_body": "health centre and ICB premises", "academy_trust": "the Trust's academies", "public_university": "the campus",
        "government_department": "the department's estate in Yorkshire", "government_agency": "operational sites in the North East area",
        "police": "police stations and custody suites", "fire_authority": "fire stations and the training centre",
        "transport_authority": "bus stations and park and ride sites", "public_purchasing_consortium": "member authority sites (framework lot)",
        "housing_association": "general needs housing estates", "state_owned_company": "depots and compounds on the strategic network",
        "company": "the principal contract site", "charity": "reserves and visitor sites", "private_school": "the school grounds and playing fields",
        "private_university": "the Leeds campus",
    }[kind]


def uuid_like():
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def iso_pub(d):
    bst = dt.date(d.year, 3, 31) <= d.date() <= dt.date(d.year, 10, 27)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ("+01:00" if bst else "Z")


rows, labels = [], []
notices = []
for b in BUYERS:
    name, email, web, a1, town, pc, tel, kind, label, amb = b
    n = max(1, WEIGHTS[kind] + rng.choice([0, 0, 1, 1]))
    if name == "KIRKLEES COUNCIL":
        n = 2
    for _ in range(n):
        notices.append(b)
rng.shuffle(notices)

for b in notices:
    name, email, web, a1, town, pc, tel, kind, label, amb = b
    t, desc, cpv, ctype, (vlo, vhi) = rng.choice([sv for i, sv in enumerate(SERVICES) if i != 5])
    if kind in ("nhs_trust", "nhs_body") and rng.random() < .5:
        t, desc, cpv, ctype, (vlo, vhi) = SERVICES[6]
    if kind == "housing_association" and rng.random() < .6:
        t, desc, cpv, ctype, (vlo, vhi) = SERVICES[5]
    site = site_for(kind, name)
    title = t.format(lot=rng.choice(LOTS), season=rng.choice(["2023/24", "2024/25"]), site=site)
    description = desc.format(site=site)
    awarded = dt.datetime(2023, 1, 4, 9) + dt.timedelta(days=rng.randint(0, 640), minutes=rng.randint(0, 480))
    pub = awarded + dt.timedelta(days=rng.randint(3, 40))
    while pub.weekday() >= 5:
        pub += dt.timedelta(days=1)
    pub = pub.replace(hour=rng.randint(8, 16), minute=rng.randint(0, 59), second=rng.randint(0, 59))
    start = (awarded + dt.timedelta(days=rng.randint(10, 60))).date()
    years = rng.choice([1, 2, 3, 3, 4])
    end = start + dt.timedelta(days=365 * years - 1)
    closing = (awarded - dt.timedelta(days=rng.randint(20, 60))).date()
    value = round(rng.randint(vlo, vhi), -2)
    framework = kind in ("public_purchasing_consortium",) or rng.random() < 0.08
    procedure = rng.choice(["Open procedure", "Open procedure", "Other", "Restricted procedure"])
    if framework:
        procedure = "Call-off from a framework agreement" if kind != "public_purchasing_consortium" else "Open procedure"
    if kind in ("company",) and rng.random() < 0.8:
        sub, parent = "Yes", rng.choice(["LCC-DN612244", "KMC-2023-0457", "NH-SPATS-2-L3", "BMDC/PROC/2023/118"])
    else:
        sub, parent = "No", ""
    suppliers = SELF
    if rng.random() < 0.12:
        suppliers += rng.choice(PARTNERS)
    awarded_value = 0 if (framework and kind == "public_purchasing_consortium") else value
    add_text = ""
    if kind == "public_purchasing_consortium":
        title = f"Grounds Maintenance and Landscaping Framework - {rng.choice(['Lot 2 Grounds Maintenance', 'Lot 4 Arboriculture'])}"
        description = "Framework agreement open to public sector bodies in the YPO membership for grounds maintenance and arboricultural services."
        add_text = "Framework value is indicative; call-offs are placed by customer organisations."
    elif kind == "housing_association" and rng.random() < .5:
        add_text = "This contract was procured in accordance with the Public Contracts Regulations 2015."
    elif kind == "state_owned_company":
        add_text = rng.choice(["Procured under the Utilities Contracts Regulations 2016.",
                               "Procured under the Public Contracts Regulations 2015 via the supplier framework."])
    elif sub == "Yes":
        add_text = f"Sub-contract awarded under the main contract {parent}."
    elif rng.random() < 0.15:
        add_text = "Contract includes an option to extend by up to 12 months."
    nid = uuid_like() if rng.random() < 0.7 else f"{name.split()[0][:3].upper()}-{rng.randint(100000, 999999)}"
    contact = rng.choice(CONTACTS)
    row = {
        "Notice Identifier": nid, "Notice Type": "Contract", "Organisation Name": name, "Status": "Awarded",
        "Published Date": iso_pub(pub), "Title": title, "Description": description,
        "Nationwide": "", "Postcode": pc, "Region": "North West" if town in ("Preston", "Manchester") else (
            "North East" if town == "Newcastle upon Tyne" else REGION_Y),
        "Cpv Codes": cpv, "Contact Name": contact, "Contact Email": email, "Contact Address 1": a1,
        "Contact Address 2": "", "Contact Town": town, "Contact Postcode": pc, "Contact Country": "England",
        "Contact Telephone": tel, "Contact Website": web, "Attachments": "", "Links": "", "Additional Text": add_text,
        "Start Date": start.strftime("%d/%m/%Y"), "End Date": end.strftime("%d/%m/%Y"),
        "Closing Date": closing.strftime("%d/%m/%Y"), "Is sub-contract": sub, "Parent Reference": parent,
        "Suitable for SME": rng.choice(["Yes", "Yes", "No"]), "Suitable for VCO": rng.choice(["Yes", "No", "No"]),
        "Supply Chain": "", "OJEU Contract Type": ctype, "Value Low": "" if rng.random() < .5 else str(int(value * 0.8)),
        "Value High": str(int(value)), "Awarded Date": awarded.strftime("%d/%m/%Y"), "Awarded Value": str(int(awarded_value)),
        "Supplier [Name|Address|Ref type|Ref Number|Is SME|Is VCSE]": suppliers,
        "Supplier's contact name": "Daniel Firth", "Contract start date": start.strftime("%d/%m/%Y"),
        "Contract end date": end.strftime("%d/%m/%Y"), "OJEU Procedure Type": procedure, "Accelerated Justification": "",
    }
    if rng.random() < 0.1:
        row["Description"] = ""
    if rng.random() < 0.08:
        row["Contact Name"], row["Contact Telephone"] = "", ""
    rows.append((pub, row))
    labels.append((pub, dict(label=label, ambiguous=amb, kind=kind, country="GB")))

order = sorted(range(len(rows)), key=lambda i: rows[i][0], reverse=True)
rows = [rows[i][1] for i in order]
labels = [labels[i][1] for i in order]

LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LAYOUT_ID}.csv", "w", newline="", encoding="utf-8-sig") as fh:
    w = csv.DictWriter(fh, fieldnames=HEADERS, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
write_labels(LAYOUT_ID, labels)

write_key(LAYOUT_ID, {
    "id": LAYOUT_ID,
    "system": "Contracts Finder (contractsfinder.service.gov.uk) - search results 'Download CSV' (Search/GetCsvFile), "
              "filtered to the supplier's own awarded notices",
    "country": "GB",
    "language": "en",
    "docs": [
        "Public parsers of the Contracts Finder CSV (header row in order): Notice Identifier, Notice Type, Organisation Name, Status, "
        "Published Date, Title, Description, Nationwide, Postcode, Region, Cpv Codes, Contact Name, Contact Email, Contact Address 1/2, "
        "Contact Town, Contact Postcode, Contact Country, Contact Telephone, Contact Website, Attachments, Links, Additional Text, "
        "Start Date, End Date, Closing Date, Is sub-contract, Parent Reference, Suitable for SME, Suitable for VCO, Supply Chain, "
        "OJEU Contract Type, Value Low, Value High, Awarded Date, Awarded Value, Supplier [Name|Address|Ref type|Ref Number|Is SME|Is VCSE], "
        "Supplier's contact name, Contract start date, Contract end date, OJEU Procedure Type, Accelerated Justification",
        "Analyst notes on a raw Contracts Finder export: UTF-8 with BOM; Published Date ISO 8601 with offset; Contract start/end dates "
        "dd/mm/yyyy; supplier field = one or more [..] blocks of six pipe-separated fields, Ref type COMPANIES_HOUSE; Awarded Value 0 "
        "common for frameworks; Organisation Name sometimes in capitals",
        "Contracts Finder CSV samples: every field quoted, CRLF line ends; CPV codes space-separated",
    ],
    "fields": {"buyer": "Organisation Name", "product": "Title", "quantity": None, "amount": "Awarded Value",
               "tax_id": None, "email": "Contact Email", "payment": None, "comment": "Description"},
    "also_ok": {"amount": ["Value High", "Value Low"], "product": ["Description", "Cpv Codes"], "comment": ["Additional Text"]},
    "notes": "One row per award notice, newest first; no title or totals lines. The buyer is the contracting organisation "
             "(Organisation Name, with its procurement contact in Contact Name/Email). The Supplier column holds the exporting "
             "supplier itself (seller side, not a buyer field), sometimes with a partner. Sub-contract notices (Is sub-contract = Yes, "
             "Parent Reference) are published voluntarily by private main contractors. Awarded Value 0 on framework notices. "
             "No tax identifier or payment column exists in this export.",
})
print(LAYOUT_ID, len(rows), "rows")
