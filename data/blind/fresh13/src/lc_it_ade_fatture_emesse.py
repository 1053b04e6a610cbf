"""Agenzia delle Entrate portal 'Fatture e Corrispettivi' > Consultazione > Fatture elettroniche emesse,
button 'Esporta la tabella' (CSV built in the browser by ng-csv).

Seller: an IT hardware/services company in Bologna that invoices companies, professionals,
consumers and public administrations through SdI.  Rebuilds
layouts/lc_it_ade_fatture_emesse.csv and its key.
"""
from __future__ import annotations

import datetime as dt
import random

from lc_common import LAYOUTS, it_cf_person, it_num_cf, it_piva, write_key

LID = "lc_it_ade_fatture_emesse"
rnd = random.Random(130117)

SELLER_PIVA = it_piva("0318754", "037")
SELLER_NAME = "FELSINEA INFORMATICA S.R.L."

START = dt.date(2025, 1, 7)
END = dt.date(2025, 6, 30)


def day():
    while True:
        d = START + dt.timedelta(days=rnd.randint(0, (END - START).days))
        if d.weekday() < 5:
            return d


def body7():
    return f"{rnd.randint(100000, 429999):07d}"


_PIVA_CACHE: dict = {}
_CF_CACHE: dict = {}


def company_piva(office="037", key=None):
    if key is not None and key in _PIVA_CACHE:
        return _PIVA_CACHE[key]
    v = it_piva(body7(), office)
    if key is not None:
        _PIVA_CACHE[key] = v
    return v


# ------------------------------------------------------------------ buyers
COMPANIES = [
    ("DUCATI MOTOR HOLDING S.P.A.", "037"), ("AUTOMOBILI LAMBORGHINI S.P.A.", "037"),
    ("MARCHESINI GROUP S.P.A.", "037"), ("G.D S.P.A.", "037"),
    ("I.M.A. INDUSTRIA MACCHINE AUTOMATICHE S.P.A.", "037"), ("DATALOGIC S.P.A.", "037"),
    ("GRANAROLO S.P.A.", "037"), ("CAMST SOC. COOP. A R.L.", "037"), ("COOP ALLEANZA 3.0 SOC. COOP.", "037"),
    ("BONFIGLIOLI RIDUTTORI S.P.A.", "037"), ("FAAC S.P.A.", "037"), ("HERA S.P.A.", "037"),
    ("AEROPORTO G. MARCONI DI BOLOGNA S.P.A.", "037"), ("POSTE ITALIANE S.P.A.", "058"),
    ("SACMI IMOLA S.C.", "037"), ("ALFASIGMA S.P.A.", "037"), ("BOLOGNAFIERE S.P.A.", "037"),
    ("UNIPOL ASSICURAZIONI S.P.A.", "037"), ("TPER S.P.A.", "037"),
    ("PHILIP MORRIS MANUFACTURING & TECHNOLOGY BOLOGNA S.P.A.", "037"),
    ("Ferramenta Zanardi S.n.c. di Zanardi Luca & C.", "037"), ("Trattoria Da Gianni S.a.s.", "037"),
    ("Autofficina Malaguti S.r.l.", "037"), ("Panificio Melloni S.r.l.", "037"),
    ("Immobiliare Due Torri S.r.l.", "037"), ("ELETTROTECNICA BOLOGNESE SRL", "037"),
    ("Tipografia Negri S.r.l.", "037"), ("STUDIO TECNICO ASSOCIATO BERTONI E GAMBERINI", "037"),
    ("Hotel Porta San Mamolo S.r.l.", "037"), ("Gelateria La Sorbetteria S.r.l.", "037"),
    ("Ottica Garagnani S.n.c.", "037"), ("Cantina Bolognese dei Colli S.r.l.", "037"),
    ("LOGISTICA RENO SRL", "037"), ("Centro Medico Saragozza S.r.l.", "037"),
    ("Officine Meccaniche Zucchini S.p.A.", "037"), ("Bottega del Tortellino di Nanni & C. S.a.s.", "037"),
    ("PARMALAT S.P.A.", "034"), ("BARILLA G. E R. FRATELLI S.P.A.", "034"), ("FERRARI S.P.A.", "036"),
    ("CIR FOOD S.C.", "035"), ("Studio Dentistico Associato Dr. Poggi e Dr.ssa Tampieri", "037"),
]
PROFESSIONALS = [  # (denominazione, surname, name, female)
    ("Studio Legale Avv. Giulia Ferri", "Ferri", "Giulia", True),
    ("LENZI MARCO", "Lenzi", "Marco", False),
    ("Arch. Elena Marchetti", "Marchetti", "Elena", True),
    ("Idraulica Pasquali di Pasquali Stefano", "Pasquali", "Stefano", False),
    ("Dott.ssa Chiara Venturi Psicologa", "Venturi", "Chiara", True),
    ("Geom. Paolo Cavazza", "Cavazza", "Paolo", False),
    ("GIORGI ANDREA", "Giorgi", "Andrea", False),
    ("Dott. Marco Lenzi Commercialista", "Lenzi", "Marco", False),
    ("Fisioterapia Montanari Luca", "Montanari", "Luca", False),
    ("Notaio Federico Stagni", "Stagni", "Federico", False),
    ("Bar Tabacchi Gardini di Gardini Sara", "Gardini", "Sara", True),
    ("Ing. Roberto Tassinari", "Tassinari", "Roberto", False),
]
NONPROFITS = [
    ("A.S.D. POLISPORTIVA PONTEVECCHIO", "association"), ("Parrocchia di San Giuseppe Sposo", "religious_org"),
    ("CONDOMINIO VIA SARAGOZZA 112", "homeowners_association"), ("Cooperativa Sociale Società Dolce", "cooperative"),
    ("FONDAZIONE ANT ITALIA ONLUS", "nonprofit_foundation"), ("Croce Rossa Italiana - Comitato di Bologna", "red_cross_society"),
    ("Comitato Genitori IC 8 Bologna", "parents_association"), ("Associazione Culturale Cassero", "association"),
    ("Università Cattolica del Sacro Cuore", "private_university"), ("Villa Erbosa S.p.A. Ospedale Privato Accreditato", "private_hospital"),
    ("Johns Hopkins University SAIS Europe", "private_university"),
]
PA = [  # (denominazione, kind, has_piva, cf_prefix)
    ("Comune di Bologna", "municipality", True, "0"), ("Comune di Casalecchio di Reno", "municipality", True, "0"),
    ("Comune di San Lazzaro di Savena", "municipality", True, "0"), ("Comune di Imola", "municipality", True, "0"),
    ("Città metropolitana di Bologna", "metropolitan_city", True, "80"), ("Regione Emilia-Romagna", "region", True, "80"),
    ("Azienda USL di Bologna", "public_health_authority", True, "0"),
    ("IRCCS Azienda Ospedaliero-Universitaria di Bologna - Policlinico di Sant'Orsola", "public_hospital", True, "9"),
    ("Istituto Ortopedico Rizzoli", "public_hospital", True, "0"),
    ("ALMA MATER STUDIORUM - UNIVERSITA' DI BOLOGNA", "public_university", True, "80"),
    ("ISTITUTO COMPRENSIVO N. 5 DI BOLOGNA", "public_school", False, "9"),
    ("Liceo Scientifico Statale A. Righi", "public_school", False, "80"),
    ("I.I.S. BELLUZZI-FIORAVANTI", "public_school", False, "9"),
    ("PREFETTURA - UFFICIO TERRITORIALE DEL GOVERNO DI BOLOGNA", "prefecture", False, "80"),
    ("Ministero della Giustizia - Tribunale di Bologna", "court", False, "80"),
    ("COMANDO PROVINCIALE CARABINIERI DI BOLOGNA", "armed_forces", False, "80"),
    ("Comando Militare Esercito Emilia-Romagna", "armed_forces", False, "80"),
    ("COMANDO PROVINCIALE VIGILI DEL FUOCO BOLOGNA", "fire_service", False, "80"),
    ("AGENZIA DELLE ENTRATE - DIREZIONE REGIONALE DELL'EMILIA-ROMAGNA", "tax_agency", True, "0"),
    ("INPS - Direzione Regionale Emilia-Romagna", "public_agency", True, "80"),
    ("ARPAE Emilia-Romagna", "regional_agency", True, "0"),
    ("ER.GO - Azienda Regionale per il Diritto agli Studi Superiori", "regional_agency", True, "0"),
    ("ASP Città di Bologna", "municipal_agency", True, "0"),
    ("ACER BOLOGNA", "public_housing_agency", True, "0"),
    ("Camera di Commercio Industria Artigianato e Agricoltura di Bologna", "chamber_of_commerce", True, "80"),
    ("Conservatorio di Musica G.B. Martini", "public_conservatory", False, "80"),
    ("Accademia di Belle Arti di Bologna", "public_academy", False, "80"),
    ("Consorzio della Bonifica Renana", "public_land_authority", True, "9"),
]
AMBIG = [  # (denominazione, tipo_fattura_pa, kind, label, country, n, vat_rate, has_ids)
    ("LEPIDA S.C.P.A.", True, "public_owned_company_pa_channel", "B2B", "IT", 3, 22, True),
    ("ART-ER S. CONS. P. A.", True, "public_owned_company_pa_channel", "B2B", "IT", 2, 22, True),
    ("SPORT E SALUTE S.P.A.", True, "state_owned_company_pa_channel", "B2B", "IT", 2, 22, True),
    ("INVITALIA - AGENZIA NAZIONALE PER L'ATTRAZIONE DEGLI INVESTIMENTI S.P.A.", True,
     "state_owned_company_pa_channel", "B2B", "IT", 2, 22, True),
    ("CONSIP S.P.A.", True, "state_owned_company_pa_channel", "B2B", "IT", 1, 22, True),
    ("EUROPEAN FOOD SAFETY AUTHORITY - EFSA", False, "international_org", "B2B", "IT", 2, 0, True),
    ("COMMISSIONE EUROPEA - CENTRO COMUNE DI RICERCA ISPRA", False, "international_org", "B2B", "IT", 1, 0, True),
    ("FONDAZIONE TEATRO COMUNALE DI BOLOGNA", False, "state_founded_foundation", "B2B", "IT", 2, 22, True),
    ("FONDAZIONE CINETECA DI BOLOGNA", False, "state_founded_foundation", "B2B", "IT", 2, 22, True),
]
SOLE_NO_PIVA = [("Imbiancature Rizzi di Rizzi Gianni", "Rizzi", "Gianni", False),
                ("Parrucchiera Silvia di Silvia Bonetti", "Bonetti", "Silvia", True),
                ("Pulizie Casadei di Casadei Mirko", "Casadei", "Mirko", False)]

SURN = ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
        "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
        "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso",
        "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Serra",
        "Zanetti", "Guidi", "Bertolini", "Cavalieri", "Magnani", "Tarozzi", "Bonora", "Zucchini", "Righi",
        "Malossi", "Stanzani", "Monari", "Gamberini", "Pedrini", "Veronesi"]
NM_M = ["Marco", "Andrea", "Luca", "Giuseppe", "Francesco", "Alessandro", "Matteo", "Lorenzo", "Davide",
        "Stefano", "Paolo", "Giovanni", "Simone", "Federico", "Riccardo", "Fabio", "Massimo", "Daniele"]
NM_F = ["Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Elena", "Silvia", "Alessia",
        "Laura", "Federica", "Anna", "Elisa", "Paola", "Roberta", "Monica", "Cristina", "Beatrice"]
COMUNI = ["A944"] * 8 + ["F205", "H501", "L219", "F839", "D612", "F257", "G337", "D548", "H199",
                         "H294", "H223", "G224", "L781", "G273", "A662", "E289"]


def person_cf(sn, nm, female, key=None):
    if key is not None and key in _CF_CACHE:
        return _CF_CACHE[key]
    y = rnd.randint(1948, 2002)
    m = rnd.randint(1, 12)
    d = rnd.randint(1, 28)
    v = it_cf_person(sn, nm, y, m, d, female, rnd.choice(COMUNI))
    if key is not None:
        _CF_CACHE[key] = v
    return v


rows = []  # dicts with the 17 columns' raw values (None = undefined -> unquoted empty) + label


def add(pa, denom, cf, piva, lo, hi, lab, amb, kind, country="IT", vat=22, consumer=False, credit=False):
    d = day()
    rows.append(dict(pa=pa, denom=denom, cf=cf, piva=piva, lo=lo, hi=hi, vat=vat, consumer=consumer,
                     credit=credit, date=d,
                     lab=dict(label=lab, amb=amb, kind=kind, country=country)))


# B2B companies (62)
for i in range(62):
    name, off = COMPANIES[i % len(COMPANIES)]
    piva = company_piva(off, key=name)
    cf = piva if i % 3 == 0 else None
    add(False, name, cf, piva, 180, 26000, "B2B", False, "company")
# B2B professionals / sole traders (18)
for i in range(18):
    den, sn, nm, fem = PROFESSIONALS[i % len(PROFESSIONALS)]
    add(False, den, person_cf(sn, nm, fem, key=sn + nm), company_piva(key=sn + nm), 90, 4200, "B2B", False,
        "professional" if any(t in den for t in ("Avv", "Arch", "Dott", "Geom", "Notaio", "Ing.")) else "sole_trader")
# B2B non-profits and private institutions (11)
for den, kind in NONPROFITS:
    cf = it_num_cf(rnd.choice(["9", "80"]), rnd) if kind in ("association", "religious_org", "homeowners_association",
                                                             "parents_association") else None
    piva = None if kind in ("religious_org", "homeowners_association", "parents_association") else company_piva(
        "058" if "Cattolica" in den else "037")
    if cf is None and piva is None:
        cf = it_num_cf("9", rnd)
    add(False, den, cf, piva, 120, 9000, "B2B", False, kind)
# B2C consumers (45; 6 of them without a denomination, the portal then leaves it empty)
for i in range(45):
    fem = rnd.random() < 0.5
    sn = rnd.choice(SURN)
    nm = rnd.choice(NM_F if fem else NM_M)
    cf = person_cf(sn, nm, fem)
    if i < 6:
        den = None
    else:
        r = rnd.random()
        den = f"{sn.upper()} {nm.upper()}" if r < 0.5 else (f"{nm} {sn}" if r < 0.8 else f"{sn} {nm}")
    add(False, den, cf, None, 35, 1900, "B2C", False, "private_person", consumer=True,
        credit=(i % 15 == 7))
# B2G public administrations (40)
for i in range(40):
    den, kind, has_piva, pref = PA[i % len(PA)]
    if den == "Comune di Bologna":
        piva = "01232710374"
        cf = piva
    else:
        if den in _PIVA_CACHE:
            cf, piva = _PIVA_CACHE[den]
        else:
            cf = it_num_cf(pref, rnd) if pref != "0" else company_piva()
            piva = cf if (has_piva and pref == "0") else (company_piva() if has_piva else None)
            _PIVA_CACHE[den] = (cf, piva)
    add(True, den, cf, piva, 140, 38000, "B2G", False, kind)
# ambiguous (24)
for den, pa, kind, lab, cc, n, vat, _ in AMBIG:
    piva = company_piva(key=den, office="037" if "BOLOGNA" in den or "LEPIDA" in den or "ART-ER" in den else
                        ("034" if "EFSA" in den else ("012" if "ISPRA" in den else "058")))
    for _ in range(n):
        add(pa, den, piva if rnd.random() < 0.5 else None, piva, 400, 24000, lab, True, kind, cc, vat=vat)
for den, sn, nm, fem in SOLE_NO_PIVA:
    add(False, den, person_cf(sn, nm, fem), None, 80, 1600, "B2B", True, "sole_trader_no_vat_id", consumer=True)
for _ in range(4):
    add(False, None, None, None, 40, 700, "B2C", True, "thin_record", consumer=True)

assert len(rows) == 200, len(rows)

# credit notes on a few company invoices
for r in rnd.sample([r for r in rows if r["lab"]["kind"] == "company"], 5):
    r["credit"] = True

rows.sort(key=lambda r: r["date"])
n_priv = n_pa = 0
out = []
for r in rows:
    if r["pa"]:
        n_pa += 1
        num = f"{n_pa}/PA"
        tipo_f = "Fattura verso PA"
    else:
        n_priv += 1
        num = f"{n_priv}/2025"
        tipo_f = "Fattura tra privati"
    tipo_doc = "Nota di credito" if r["credit"] else "Fattura"
    imp = round(rnd.uniform(r["lo"], r["hi"]), 2)
    if r["credit"]:
        imp = round(imp * rnd.uniform(0.05, 0.3), 2)
    tax = round(imp * r["vat"] / 100, 2)
    trasm = r["date"] + dt.timedelta(days=rnd.choice([0, 0, 0, 1, 1, 2]))
    if r["consumer"]:
        stato = "Mancata consegna/Presa visione" if rnd.random() < 0.25 else "Mancata consegna"
    else:
        stato = "Consegnata"
    consegna = trasm + dt.timedelta(days=rnd.choice([0, 0, 1]))
    if stato.endswith("Presa visione"):
        consegna = trasm + dt.timedelta(days=rnd.randint(3, 40))
    bollo = "Si" if (r["vat"] == 0 and imp > 77.47) else ""
    out.append([
        f"'{tipo_f}'", tipo_doc, f"'{num}'", r["date"].strftime("%d/%m/%Y"), trasm.strftime("%d/%m/%Y"),
        "'Non presente'", f"'{SELLER_PIVA}'", SELLER_NAME,
        f"'{r['cf'] or 'Non presente'}'", f"'{r['piva'] or 'Non presente'}'", r["denom"],
        f"{imp:015.2f}".replace(".", ","),
        f"{tax:015.2f}".replace(".", ","),
        str(rnd.randint(10000000000, 12999999999)), stato, consegna.strftime("%d/%m/%Y"), bollo,
    ])

HEADER = ["Tipo fattura", "Tipo documento", "Numero fattura / Documento", "Data emissione",
          "Data trasmissione", "Codice fiscale fornitore", "Partita IVA fornitore", "Denominazione fornitore",
          "Codice fiscale cliente", "Partita IVA cliente", "Denominazione cliente",
          "Imponibile/Importo (totale in euro)", "Imposta (totale in euro)", "Sdi/file",
          "Fatture consegnate", "Data consegna/Presa visione", "Bollo virtuale"]


def field(v):
    if v is None:
        return ""
    return '"' + str(v).replace('"', '""') + '"'


text = "".join(";".join(field(c) for c in row) + "\r\n" for row in [HEADER] + out)
LAYOUTS.mkdir(parents=True, exist_ok=True)
with open(LAYOUTS / f"{LID}.csv", "wb") as fh:
    fh.write(text.encode("utf-8"))

meta = {
    "id": LID,
    "system": "Agenzia delle Entrate, portale 'Fatture e Corrispettivi' — Consultazione > Fatture elettroniche "
              "> Emesse, 'Esporta la tabella' CSV (invoice list of a Bologna IT reseller)",
    "country": "IT",
    "language": "it",
    "docs": [
        "github FeC-Plus fec_csv_ade.py and docs/.../export-csv-ade-design.md (reconstruction of the portal's "
        "ng-csv export from core-services.js, checked byte for byte against a real export): 17 columns in the "
        "order Tipo fattura; Tipo documento; Numero fattura / Documento; Data emissione; Data trasmissione; "
        "Codice fiscale fornitore; Partita IVA fornitore; Denominazione fornitore; Codice fiscale cliente; "
        "Partita IVA cliente; Denominazione cliente; Imponibile/Importo (totale in euro); Imposta (totale in "
        "euro); Sdi/file; Fatture consegnate; Data consegna/Presa visione; Bollo virtuale",
        "same source: separator ';', every field in double quotes, undefined values as an unquoted empty field, "
        "CRLF after every line including the last, UTF-8 without BOM; identifiers and invoice numbers prefixed "
        "with an apostrophe, missing CF/P.IVA written 'Non presente'; dates GG/MM/AAAA; amounts zero-padded with "
        "decimal comma (000000000043,55); 'Fatture consegnate' values such as Consegnata, Mancata consegna, "
        "with '/Presa visione' suffix; Bollo virtuale 'Si' or empty; Tipo fattura example 'Fattura tra privati'",
        "a public SdI CSV parser (cassetto fiscale) confirming the header, 'Fattura'/'Nota di credito' document "
        "types and zero-padded amounts",
        "FatturaPA FormatoTrasmissione FPA12 = fattura verso PA (several public libraries); the portal's exact "
        "decoded text for FPA12 was not found, 'Fattura verso PA' is my reading",
    ],
    "fields": {"buyer": "Denominazione cliente", "product": None, "quantity": None,
               "amount": "Imponibile/Importo (totale in euro)", "tax_id": "Partita IVA cliente",
               "email": None, "payment": None, "comment": None},
    "also_ok": {"tax_id": ["Codice fiscale cliente"]},
    "notes": "One row per SdI invoice (document level, no lines, no payment columns). The seller's own columns "
             "(Codice fiscale/Partita IVA/Denominazione fornitore) are constant. Consumers carry only a 16-char "
             "personal codice fiscale and P.IVA 'Non presente'; six consumer rows and four thin rows have an "
             "empty Denominazione cliente (undefined in the portal JSON). Invoices to public administrations use "
             "the '/PA' numbering series and Tipo fattura 'Fattura verso PA'. Amounts are net (Imponibile); VAT in "
             "Imposta. Some rows are credit notes (Tipo documento 'Nota di credito').",
}
write_key(LID, meta, [r["lab"] for r in rows])
print("written", len(rows))
