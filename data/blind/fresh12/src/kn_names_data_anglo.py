# Name lists for the kn_names probe: US, UK, Ireland, Canada, Australia.
# Line format: kind|source key|name[|language of the item]

COUNTRIES = {}

COUNTRIES["US"] = dict(
    name="United States", lang="en",
    orgs="""
company|idx|Lincoln Electric Holdings
company|idx|The Toro Company
company|idx|Lennox International
company|idx|Casey's General Stores
company|idx|Graco Inc.
company|idx|Watts Water Technologies
company|idx|RPM International Inc.
company|idx|Sonoco Products Company
company|idx|Olin Corporation
company|idx|Hubbell Incorporated
company|idx|Donaldson Company
company|idx|MSA Safety
company|idx|Ryder System, Inc.
company|idx|Werner Enterprises
company|idx|Saia, Inc.
company|idx|Fastenal
company|idx|Tractor Supply Co.
company|idx|Williams-Sonoma
company|idx|Cintas Corporation
company|idx|Jack Henry & Associates
company|idx|Brunswick Corporation
company|idx|Polaris Inc.
state_owned_company|soe|Amtrak
sole_trader|inv|Garcia Landscaping
sole_trader|inv|Kowalski Electric
sole_trader|inv|Rivera Auto Repair
sole_trader|inv|Sarah Chen CPA
sole_trader|inv|Johnson Family Dental
sole_trader|inv|Nguyen Nail Studio
agency|gov|Texas Department of Transportation
agency|gov|Ohio Bureau of Workers' Compensation
agency|gov|U.S. Fish and Wildlife Service
agency|gov|National Oceanic and Atmospheric Administration
agency|gov|U.S. Geological Survey
agency|gov|United States Postal Service
municipality|muni|City of Bozeman
municipality|muni|City of Duluth
municipality|muni|Town of Cary
county|muni|Yavapai County
county|muni|Lackawanna County
municipality|muni|Cranberry Township
school_district|edu|Cherry Creek School District
school_district|edu|Boise School District
public_university|edu|Kennesaw State University
public_university|edu|Boise State University
public_university|edu|University of Northern Iowa
public_hospital|health|Harris Health System
public_hospital|health|VA Palo Alto Health Care System
court|court|Superior Court of California, County of Sonoma
police|gov|Tulsa Police Department
police|gov|Maricopa County Sheriff's Office
armed_forces|mil|Naval Air Station Pensacola
armed_forces|mil|Fort Bliss
port_authority|gov|Port of Tacoma
transit_authority|gov|SEPTA
tribal_government|tribe|Navajo Nation
tribal_government|tribe|Muscogee (Creek) Nation
tribal_government|tribe|Seminole Tribe of Florida
embassy|emb|Embassy of Finland
private_university|np|Creighton University
private_university|np|Baylor University
private_school|np|Phillips Exeter Academy
private_hospital|np|Mayo Clinic
church|np|Archdiocese of Boston
charity|np|Habitat for Humanity International
red_cross|np|American Red Cross
international_org|intl|World Bank Group
international_org|intl|Pan American Health Organization
credit_union|np|Navy Federal Credit Union
hoa|np|Sun City Grand Community Association
""",
    male=["James", "Michael", "Robert", "John", "David", "William", "Richard", "Joseph",
          "Thomas", "Christopher", "Daniel", "Matthew", "Anthony", "Kevin", "Brian", "Jose"],
    female=["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
            "Jessica", "Sarah", "Karen", "Emily", "Ashley", "Maria", "Michelle"],
    surnames=["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
              "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
              "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
              "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
              "Nguyen", "Patel", "Kim"],
    middle_initial=True,
    titles=["Mr.", "Mrs.", "Mr.", "Ms."],
    walkin=["Walk-in Customer", "Cash Customer"],
)

COUNTRIES["GB"] = dict(
    name="United Kingdom", lang="en",
    orgs="""
company|idx|Bellway
company|idx|Vistry Group PLC
company|idx|Genus plc
company|idx|Greggs plc
company|idx|Dunelm Group
company|idx|Howden Joinery Group
company|idx|Travis Perkins plc
company|idx|Bodycote
company|idx|Morgan Advanced Materials
company|idx|Victrex plc
company|idx|Vesuvius
company|idx|Chemring Group
company|idx|QinetiQ Group
company|idx|Serco Group plc
company|idx|Mitie Group
company|idx|Wickes Group
company|idx|Pets at Home Group
company|idx|WH Smith PLC
company|idx|Card Factory
company|idx|Hill & Smith
company|idx|Renishaw plc
company|idx|J D Wetherspoon plc
company|idx|Domino's Pizza Group
state_owned_company|soe|The Royal Mint Limited
state_owned_company|soe|Ordnance Survey Limited
sole_trader|inv|Dave Hughes Plumbing & Heating
sole_trader|inv|Evans Electrical
sole_trader|inv|Thompson Joinery
sole_trader|inv|K. Walsh Bookkeeping
sole_trader|inv|Patel's Newsagents
ministry|gov|Department for Transport
agency|gov|HM Land Registry
agency|gov|Driver and Vehicle Standards Agency
agency|gov|Maritime and Coastguard Agency
agency|gov|The Insolvency Service
agency|gov|Valuation Office Agency
agency|gov|Forestry Commission
district|muni|Mid Suffolk District Council
district|muni|Ribble Valley Borough Council
district|muni|North Kesteven District Council
district|muni|Torridge District Council
district|muni|Stroud District Council
municipality|muni|Cumberland Council
municipality|muni|Argyll and Bute Council
county|muni|Ceredigion County Council
district|muni|Causeway Coast and Glens Borough Council
public_hospital|health|Royal Cornwall Hospitals NHS Trust
public_hospital|health|Dorset County Hospital NHS Foundation Trust
public_hospital|health|NHS Highland
police|gov|Dyfed-Powys Police
police|gov|Cumbria Constabulary
court|court|Chelmsford Crown Court
armed_forces|mil|RAF Lossiemouth
public_university|edu|Keele University
public_university|edu|University of Lincoln
public_university|edu|Edge Hill University
public_school|edu|Ilkley Grammar School
embassy|emb|Embassy of Ireland, London
transit_authority|gov|Transport for Greater Manchester
private_university|np|University of Buckingham
private_school|np|Oundle School
church|np|Diocese of Truro
charity|np|Sue Ryder
red_cross|np|British Red Cross
international_org|intl|International Maritime Organization
international_org|intl|European Bank for Reconstruction and Development
""",
    male=["Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "James",
          "William", "Daniel", "Matthew", "Paul", "Mark", "Andrew"],
    female=["Olivia", "Amelia", "Emily", "Isla", "Jessica", "Sophie", "Charlotte", "Lucy",
            "Hannah", "Chloe", "Emma", "Rebecca", "Claire", "Sarah"],
    surnames=["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
              "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts",
              "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Patel",
              "Khan", "Turner", "Harris"],
    titles=["Mr", "Mrs", "Mr", "Miss"],
    walkin=["Cash Sale", "Walk In Customer"],
)

COUNTRIES["IE"] = dict(
    name="Ireland", lang="en",
    orgs="""
company|idx|Glanbia plc
company|idx|Kingspan Group
company|idx|Dalata Hotel Group
company|idx|Irish Continental Group
company|idx|Origin Enterprises
company|idx|Uniphar plc
company|idx|Cairn Homes
company|idx|Glenveagh Properties
company|idx|FBD Holdings
company|idx|Greencore Group
company|idx|C&C Group
company|big|Musgrave Group
company|big|Dunnes Stores
company|big|Applegreen
company|big|Eason & Son Ltd
company|idx|Kerry Group
company|idx|Bank of Ireland
company|big|Irish Distillers
company|big|Keelings
company|big|Smyths Toys Superstores
state_owned_company|soe|ESB
state_owned_company|soe|An Post
state_owned_company|soe|Coillte
state_owned_company|soe|Iarnród Éireann
sole_trader|inv|Murphy Plumbing & Heating
sole_trader|inv|O'Brien Electrical
sole_trader|inv|Byrne Bookkeeping Services
sole_trader|inv|Kelly's Garage
sole_trader|inv|Ryan Carpentry
ministry|gov|Department of Agriculture, Food and the Marine
agency|gov|Revenue Commissioners
agency|gov|Health Service Executive
agency|gov|Tusla – Child and Family Agency
agency|gov|Tailte Éireann
agency|gov|Irish Prison Service
county|muni|Leitrim County Council
county|muni|Offaly County Council
county|muni|Kilkenny County Council
municipality|muni|Galway City Council
county|muni|Fingal County Council
county|muni|Dún Laoghaire-Rathdown County Council
county|muni|Comhairle Contae na Gaillimhe
police|gov|An Garda Síochána
agency|court|Courts Service of Ireland
armed_forces|mil|Óglaigh na hÉireann – Defence Forces
public_university|edu|University of Limerick
public_university|edu|Maynooth University
public_university|edu|Atlantic Technological University
public_hospital|health|Cork University Hospital
public_hospital|health|Mayo University Hospital
public_school|edu|Limerick and Clare Education and Training Board
embassy|emb|Embassy of the Federal Republic of Germany, Dublin
private_university|np|Royal College of Surgeons in Ireland
private_school|np|Belvedere College
church|np|Archdiocese of Dublin
charity|np|Society of St Vincent de Paul
red_cross|np|Irish Red Cross
credit_union|np|Capital Credit Union
international_org|intl|Eurofound
""",
    male=["Jack", "James", "Noah", "Conor", "Seán", "Cian", "Darragh", "Oisín", "Patrick",
          "Michael", "Liam", "Ciarán"],
    female=["Emily", "Grace", "Aoife", "Sophie", "Siobhán", "Niamh", "Ciara", "Sarah",
            "Róisín", "Mary", "Orla", "Sinéad"],
    surnames=["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan",
              "O'Connor", "O'Neill", "Reilly", "Doyle", "McCarthy", "Gallagher", "Doherty",
              "Kennedy", "Lynch", "Murray", "Quinn", "Moore", "Brennan", "Fitzgerald"],
    titles=["Mr", "Mrs", "Mr", "Ms"],
    walkin=["Cash Sale"],
)

COUNTRIES["CA"] = dict(
    name="Canada", lang="en",
    orgs="""
company|idx|Canadian Tire Corporation
company|idx|Dollarama Inc.
company|idx|Metro Inc.|fr
company|idx|Empire Company Limited
company|idx|Saputo Inc.|fr
company|idx|Gildan Activewear
company|idx|CAE Inc.
company|idx|Cogeco|fr
company|idx|Québecor inc.|fr
company|idx|Finning International
company|idx|Toromont Industries
company|idx|Stantec Inc.
company|idx|WSP Global
company|idx|Boyd Group Services
company|idx|Cascades inc.|fr
company|idx|TC Transcontinental
company|idx|Linamar Corporation
company|idx|Winpak Ltd.
company|idx|The North West Company
company|idx|Richelieu Hardware
company|idx|Rogers Sugar
company|big|London Drugs
company|big|Home Hardware Stores Limited
state_owned_company|soe|Canada Post
state_owned_company|soe|Hydro-Québec|fr
state_owned_company|soe|VIA Rail Canada
sole_trader|inv|Tremblay Plomberie|fr
sole_trader|inv|MacDonald Electric
sole_trader|inv|Singh Accounting Services
sole_trader|inv|Gagnon Rénovations|fr
sole_trader|inv|Bouchard Paysagement|fr
ministry|gov|Public Services and Procurement Canada
agency|gov|Fisheries and Oceans Canada
agency|gov|Canada Border Services Agency
agency|gov|Parks Canada
ministry|gov|Ministère des Transports et de la Mobilité durable du Québec|fr
ministry|gov|Ontario Ministry of Transportation
municipality|muni|City of Saskatoon
municipality|muni|Town of Canmore
municipality|muni|Ville de Sherbrooke|fr
county|muni|MRC de Memphrémagog|fr
county|muni|Region of Waterloo
county|muni|County of Simcoe
municipality|muni|Halifax Regional Municipality
school_district|edu|Peel District School Board
school_district|edu|Centre de services scolaire de Montréal|fr
public_university|edu|University of Regina
public_university|edu|Université du Québec à Chicoutimi|fr
public_university|edu|Memorial University of Newfoundland
public_hospital|health|Alberta Health Services
public_hospital|health|Nova Scotia Health
public_hospital|health|CIUSSS du Centre-Sud-de-l'Île-de-Montréal|fr
police|gov|Royal Canadian Mounted Police
armed_forces|mil|CFB Petawawa
court|court|Ontario Superior Court of Justice
tribal_government|tribe|Six Nations of the Grand River
tribal_government|tribe|Membertou First Nation
transit_authority|gov|TransLink
port_authority|gov|Vancouver Fraser Port Authority
embassy|emb|Embassy of Mexico in Canada
private_university|np|Trinity Western University
private_school|np|Upper Canada College
church|np|Archdiocese of Toronto
red_cross|np|Canadian Red Cross
charity|np|The Salvation Army in Canada
credit_union|np|Vancity
international_org|intl|International Civil Aviation Organization
""",
    male=["Liam", "Noah", "William", "Benjamin", "Lucas", "Ethan", "Ryan", "Gurpreet", "Daniel"],
    female=["Olivia", "Emma", "Charlotte", "Sophie", "Sarah", "Ava", "Jennifer", "Emily"],
    surnames=["Smith", "Brown", "Martin", "MacDonald", "Wilson", "Campbell", "Anderson", "Lee",
              "Singh", "Wong", "Taylor", "Johnson", "Tremblay", "Roy"],
    middle_initial=True,
    titles=["Mr.", "Mrs.", "Mr.", "Ms."],
    alt=[dict(lang="fr", share=0.3,
              male=["Félix", "Olivier", "Mathieu", "Jean", "Samuel", "Gabriel"],
              female=["Chloé", "Léa", "Isabelle", "Julie", "Nathalie", "Catherine"],
              surnames=["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier",
                        "Morin", "Lavoie", "Fortin", "Pelletier", "Bélanger"],
              titles=["M.", "Mme"])],
    walkin=["Walk-in Customer", "Client comptoir|fr"],
)

COUNTRIES["AU"] = dict(
    name="Australia", lang="en",
    orgs="""
company|idx|JB Hi-Fi
company|idx|Harvey Norman Holdings
company|idx|Bapcor Limited
company|idx|Reece Limited
company|idx|Ansell
company|idx|Breville Group
company|idx|Nick Scali
company|idx|Super Retail Group
company|idx|Metcash
company|idx|Treasury Wine Estates
company|idx|Lendlease
company|idx|Cleanaway Waste Management
company|idx|Downer EDI
company|idx|Seven Group Holdings
company|idx|Qube Holdings
company|idx|ALS Limited
company|idx|IDP Education
company|idx|Domino's Pizza Enterprises
company|idx|Orora
company|idx|Nine Entertainment
company|idx|Bega Cheese
company|big|Bunnings Group Limited
state_owned_company|soe|Australia Post
state_owned_company|soe|NBN Co Limited
sole_trader|inv|Smith Carpentry
sole_trader|inv|Wilson Electrical Services
sole_trader|inv|Kelly Plumbing
sole_trader|inv|Papadopoulos Tiling
sole_trader|inv|Jones Bookkeeping
ministry|gov|Department of Home Affairs
agency|gov|Australian Taxation Office
agency|gov|Services Australia
agency|gov|Bureau of Meteorology
agency|gov|CSIRO
agency|gov|Geoscience Australia
agency|gov|Transport for NSW
ministry|gov|Queensland Department of Education
municipality|muni|City of Ballarat
municipality|muni|City of Greater Geelong
municipality|muni|Shire of Augusta-Margaret River
municipality|muni|Wagga Wagga City Council
municipality|muni|Toowoomba Regional Council
municipality|muni|Hobsons Bay City Council
municipality|muni|Alice Springs Town Council
municipality|muni|Tiwi Islands Regional Council
police|gov|Queensland Police Service
armed_forces|mil|RAAF Base Amberley
court|court|Federal Court of Australia
court|court|Magistrates' Court of Victoria
public_hospital|health|Metro North Hospital and Health Service
public_hospital|health|Monash Health
public_hospital|health|Royal Hobart Hospital
public_university|edu|University of Newcastle
public_university|edu|Charles Sturt University
public_university|edu|James Cook University
public_school|edu|Brisbane State High School
embassy|emb|Embassy of the Republic of Indonesia, Canberra
private_university|np|Bond University
private_school|np|The King's School, Parramatta
church|np|Anglican Diocese of Sydney
red_cross|np|Australian Red Cross
charity|np|The Fred Hollows Foundation
international_org|intl|UNHCR Multi-Country Office Canberra
""",
    male=["Jack", "Oliver", "William", "Noah", "Lachlan", "Cooper", "Mitchell", "Thomas",
          "James", "Liam", "Ben", "Josh"],
    female=["Charlotte", "Olivia", "Mia", "Chloe", "Isla", "Sarah", "Jessica", "Emily",
            "Ruby", "Grace", "Kate", "Megan"],
    surnames=["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White",
              "Martin", "Anderson", "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee",
              "Ryan", "Robinson", "Kelly", "King", "Papadopoulos", "Tran"],
    titles=["Mr", "Mrs", "Mr", "Ms"],
    walkin=["Cash Sale"],
)
