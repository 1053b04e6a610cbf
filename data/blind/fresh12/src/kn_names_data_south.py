# Name lists for the kn_names probe: Spain, Portugal, Italy.
# Line format: kind|source key|name[|language of the item]

COUNTRIES = {}

COUNTRIES["ES"] = dict(
    name="Spain", lang="es",
    orgs="""
company|idx|Viscofan
company|idx|Ebro Foods
company|idx|Vidrala
company|idx|CIE Automotive
company|idx|Fluidra
company|idx|Laboratorios Farmacéuticos Rovi
company|idx|Faes Farma
company|idx|Acerinox
company|idx|Sacyr
company|idx|Tubacex
company|idx|Talgo
company|idx|Prosegur
company|idx|Logista
company|idx|Vocento
company|idx|Atresmedia
company|big|Mercadona S.A.
company|big|El Corte Inglés, S.A.
company|idx|Gestamp
company|idx|Miquel y Costas
company|idx|Azkoyen
company|idx|Ercros
company|idx|Grupo Catalana Occidente
state_owned_company|soe|Renfe Viajeros
state_owned_company|soe|Sociedad Estatal Correos y Telégrafos, S.A., S.M.E.
state_owned_company|soe|Paradores de Turismo de España
sole_trader|inv|Fontanería Martínez
sole_trader|inv|Electricidad García
sole_trader|inv|Taller Mecánico Fernández
sole_trader|inv|Asesoría López
sole_trader|inv|Carpintería Sánchez
ministry|gov|Ministerio de Agricultura, Pesca y Alimentación
agency|gov|Agencia Estatal de Administración Tributaria
agency|gov|Dirección General de Tráfico
agency|gov|Instituto Nacional de Estadística
municipality|muni|Ayuntamiento de Ponferrada
municipality|muni|Ayuntamiento de Lorca
municipality|muni|Ajuntament de Girona|ca
municipality|muni|Ayuntamiento de Talavera de la Reina
county|muni|Diputación Provincial de Cáceres
region|gov|Junta de Castilla y León
region|gov|Xunta de Galicia
county|muni|Cabildo de Lanzarote
district|muni|Comarca del Bajo Aragón
court|court|Tribunal Superior de Justicia de la Región de Murcia
police|gov|Policía Local de Gijón
police|gov|Guardia Civil – Comandancia de Huesca
armed_forces|mil|Brigada «Almogávares» VI de Paracaidistas
public_university|edu|Universidad de Jaén
public_university|edu|Universidad de La Rioja
public_university|edu|Universitat de Lleida|ca
public_hospital|health|Hospital Universitario de Cabueñes
public_hospital|health|Hospital General Universitario de Elche
public_school|edu|IES Alfonso X el Sabio
embassy|emb|Embajada de Alemania en Madrid
private_university|np|Universidad de Navarra
private_university|np|Universidad Pontificia Comillas
private_school|np|Colegio Estudio
church|np|Arzobispado de Sevilla
charity|np|Cáritas Española
red_cross|np|Cruz Roja Española
state_founded_fund|np|Fundación Española para la Ciencia y la Tecnología (FECYT)
international_org|intl|ONU Turismo (Organización Mundial del Turismo)
""",
    male=["Antonio", "Manuel", "José", "Francisco", "David", "Javier", "Daniel", "Carlos",
          "Jesús", "Alejandro", "Miguel", "Pablo"],
    female=["María Carmen", "María", "Carmen", "Ana María", "Laura", "Lucía", "Marta",
            "Cristina", "Isabel", "Pilar", "Elena"],
    surnames=["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
              "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
              "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres"],
    two_surnames=True,
    titles=["Sr.", "Sra.", "D.", "Dña."],
    walkin=["Cliente contado", "Clientes varios"],
)

COUNTRIES["PT"] = dict(
    name="Portugal", lang="pt",
    orgs="""
company|idx|Sonae SGPS
company|idx|Jerónimo Martins
company|idx|Mota-Engil
company|idx|The Navigator Company
company|idx|Altri SGPS
company|idx|Corticeira Amorim
company|idx|Semapa
company|idx|NOS SGPS
company|idx|Ibersol
company|idx|Ramada Investimentos
company|idx|REN – Redes Energéticas Nacionais
company|idx|Galp Energia
company|big|Worten
company|big|Modelo Continente Hipermercados, S.A.
company|big|Pingo Doce – Distribuição Alimentar, S.A.
company|big|Novadelta
company|big|Sumol+Compal
company|big|Vista Alegre Atlantis
company|idx|CTT – Correios de Portugal
state_owned_company|soe|TAP Air Portugal
state_owned_company|soe|Caixa Geral de Depósitos
sole_trader|inv|Canalizações Silva
sole_trader|inv|Oficina Auto Ferreira
sole_trader|inv|Contabilidade Costa
sole_trader|inv|Eletricidade Pereira
sole_trader|inv|Carpintaria Gomes
ministry|gov|Ministério da Educação, Ciência e Inovação
agency|gov|Autoridade Tributária e Aduaneira
agency|gov|Instituto da Mobilidade e dos Transportes
agency|gov|Agência Portuguesa do Ambiente
agency|gov|Instituto Português do Mar e da Atmosfera
municipality|muni|Câmara Municipal de Viseu
municipality|muni|Câmara Municipal de Bragança
municipality|muni|Município de Tavira
municipality|muni|Câmara Municipal de Ponte de Lima
district|muni|Junta de Freguesia de Alvalade
district|muni|Comunidade Intermunicipal do Alto Minho
region|gov|Governo Regional da Madeira
court|court|Tribunal Judicial da Comarca de Braga
police|gov|PSP – Comando Distrital de Évora
police|gov|Guarda Nacional Republicana
armed_forces|mil|Regimento de Infantaria n.º 14
public_university|edu|Universidade do Minho
public_university|edu|Universidade da Beira Interior
public_university|edu|Instituto Politécnico de Leiria
public_hospital|health|Unidade Local de Saúde de Coimbra, E.P.E.
public_hospital|health|Unidade Local de Saúde de Santa Maria, E.P.E.
public_school|edu|Escola Secundária de Camões
public_school|edu|Agrupamento de Escolas de Arouca
embassy|emb|Embaixada de Espanha em Lisboa
transit_authority|gov|Metropolitano de Lisboa, E.P.E.
state_body_fund|gov|Fundação para a Ciência e a Tecnologia, I.P.
private_university|np|Universidade Católica Portuguesa
private_school|np|Colégio Moderno
church|np|Patriarcado de Lisboa
red_cross|np|Cruz Vermelha Portuguesa
charity|np|Banco Alimentar Contra a Fome
international_org|intl|Agência da União Europeia sobre Drogas (EUDA)
""",
    male=["João", "José", "António", "Francisco", "Pedro", "Miguel", "Tiago", "Rui", "Nuno",
          "Luís", "Paulo"],
    female=["Maria", "Ana", "Beatriz", "Inês", "Mariana", "Sofia", "Catarina", "Joana",
            "Rita", "Filipa", "Sandra"],
    surnames=["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues",
              "Martins", "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes",
              "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho"],
    two_surnames=True,
    titles=["Sr.", "Sra.", "Dr.", "Dra."],
    walkin=["Consumidor final", "Consumidor Final"],
)

COUNTRIES["IT"] = dict(
    name="Italy", lang="it",
    orgs="""
company|idx|Brembo
company|idx|Buzzi S.p.A.
company|idx|De' Longhi S.p.A.
company|idx|Interpump Group
company|idx|Reply S.p.A.
company|idx|Sesa
company|idx|Technogym
company|idx|Piaggio & C. S.p.A.
company|idx|Carel Industries
company|idx|Datalogic
company|idx|El.En. S.p.A.
company|idx|Maire S.p.A.
company|idx|Zignago Vetro
company|idx|Sanlorenzo
company|idx|Tinexta
company|idx|Amplifon
company|big|Esselunga S.p.A.
company|idx|Unieuro
company|big|Barilla G. e R. Fratelli S.p.A.
company|big|Luigi Lavazza S.p.A.
company|big|Mapei S.p.A.
state_owned_company|soe|Fincantieri
state_owned_company|soe|Poste Italiane
state_owned_company|soe|Trenitalia S.p.A.
state_owned_company|soe|ATAC S.p.A.
sole_trader|inv|Idraulica Rossi
sole_trader|inv|Elettricista Bianchi Marco
sole_trader|inv|Falegnameria Colombo
sole_trader|inv|Autofficina Esposito
sole_trader|inv|Parrucchiera Gallo Anna
ministry|gov|Ministero delle Imprese e del Made in Italy
agency|gov|Agenzia delle Entrate – Direzione Provinciale di Bergamo
social_insurance|gov|Istituto Nazionale della Previdenza Sociale (INPS)
agency|gov|Agenzia del Demanio
municipality|muni|Comune di Cremona
municipality|muni|Comune di Lecce
municipality|muni|Comune di Sondrio
municipality|muni|Comune di Matera
municipality|muni|Comune di Bassano del Grappa
county|muni|Provincia di Cuneo
region|gov|Regione Marche
county|muni|Città metropolitana di Bologna
district|muni|Unione dei Comuni della Bassa Romagna
court|court|Tribunale di Pavia
police|gov|Questura di Ancona
armed_forces|mil|Brigata Alpina «Julia»
public_university|edu|Università degli Studi di Camerino
public_university|edu|Università degli Studi di Udine
public_university|edu|Politecnico di Bari
public_hospital|health|Azienda Ospedaliero-Universitaria Careggi
public_hospital|health|ASL Roma 2
public_school|edu|Liceo Classico Statale «Giulio Cesare»
embassy|emb|Ambasciata di Francia in Italia
private_university|np|Università Commerciale Luigi Bocconi
private_university|np|Università Cattolica del Sacro Cuore
private_school|np|Istituto Leone XIII
church|np|Diocesi di Bergamo
charity|np|Caritas Ambrosiana
red_cross|np|Croce Rossa Italiana
international_org|intl|FAO – Organizzazione delle Nazioni Unite per l'Alimentazione e l'Agricoltura
international_org|intl|Programma Alimentare Mondiale
""",
    male=["Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Alessandro",
          "Marco", "Andrea", "Luca", "Matteo", "Roberto"],
    female=["Maria", "Anna", "Giuseppina", "Rosa", "Giulia", "Francesca", "Chiara", "Sara",
            "Elena", "Paola", "Valentina"],
    surnames=["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
              "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini",
              "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"],
    titles=["Sig.", "Sig.ra", "Dott.", "Dott.ssa"],
    walkin=["Cliente al banco", "Privato"],
)
