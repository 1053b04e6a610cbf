# Buyers LABELING.md reads as "ambiguous by nature" (label B2B, ambiguous=true).
# Each group: (kind, source, default_country, text); " | CC" overrides country (seat of the organisation).

GROUPS = [
("international_org", "UN System Chart; lists of intergovernmental organisations", "CH", """
United Nations Office at Geneva
UNHCR
UNICEF Supply Division | DK
World Health Organization
International Committee of the Red Cross
International Federation of Red Cross and Red Crescent Societies
The World Bank | US
International Monetary Fund | US
International Atomic Energy Agency | AT
OSCE | AT
UNIDO | AT
OECD | FR
UNESCO | FR
World Trade Organization
International Labour Organization
World Intellectual Property Organization
Food and Agriculture Organization of the United Nations | IT
World Food Programme | IT
UNOPS | DK
International Organization for Migration
CERN
European Space Agency | FR
NATO Support and Procurement Agency | LU
Organisation internationale de la Francophonie | FR
Nordic Council of Ministers | DK
"""),
("state_founded_fund_nonprofit", "Foundations and non-profits founded by a state body (their own statutes / annual reports)", "CH", """
Schweizerischer Nationalfonds
Stiftelsen för strategisk forskning | SE
Riksbankens Jubileumsfond | SE
Canada Foundation for Innovation | CA
Genome Canada | CA
Sustainable Development Technology Canada | CA
Australian Sports Foundation | AU
Fondazione Istituto Italiano di Tecnologia | IT
Fondazione MAXXI | IT
Fundación Española para la Ciencia y la Tecnología | ES
Fundación Carolina | ES
НАО «Центр поддержки гражданских инициатив» | KZ
"""),
]
