"""it_registro_vendite_fatturapa: Italian sales register export built from FatturaPA/SdI data.
UTF-8 with BOM, ';', decimal comma, dd/mm/yyyy. Seeded."""
import csv, os, random, datetime as dt, sys
sys.path.insert(0, os.path.dirname(__file__))
from de_us_gb_fr_es_it_pl_common_A import *

LID = "it_registro_vendite_fatturapa"
R = random.Random(3902)
CAT = {
 "biz": [("Carta A4 Fabriano Copy Tinta 80 g, risma 500 fogli", "CAR-FAB80", 4.20, "RS"),
         ("Notebook HP ProBook 450 G10 i5 16GB", "HP-PB450G10", 849.00, "PZ"),
         ("Toner Brother TN-2420 nero", "BR-TN2420", 52.00, "PZ"),
         ("Stampante multifunzione Epson EcoTank ET-4850", "EP-ET4850", 379.00, "PZ"),
         ("Monitor Samsung 27\" S27C390", "SA-S27C390", 159.00, "PZ"),
         ("Sedia ergonomica da ufficio con braccioli", "SED-ERG01", 189.00, "PZ"),
         ("Licenza Microsoft 365 Business Standard annuale", "MS-365BS", 140.40, "PZ"),
         ("Raccoglitore ad anelli Esselte dorso 8 cm", "ES-RAC8", 3.10, "PZ"),
         ("Switch Cisco CBS250-24T-4G", "CS-CBS250", 329.00, "PZ"),
         ("Gruppo di continuità APC Back-UPS 850VA", "APC-BX850", 119.00, "PZ")],
 "bizonly": [("Armadio rack 19\" 42U 800x1000", "RK-42U", 1150.00, "PZ"),
             ("Fax Brother FAX-2845", "BR-FAX2845", 169.00, "PZ"),
             ("Carta A4 80 g, bancale 240 scatole", "CAR-BANC", 4890.00, "PZ")],
 "house": [("Bollitore elettrico De'Longhi KBOV2001", "DL-KBOV", 49.90, "PZ"),
           ("Macchina caffè Lavazza A Modo Mio Jolie", "LV-JOLIE", 69.00, "PZ"),
           ("Condizionatore portatile De'Longhi Pinguino PAC EL98", "DL-PACEL98", 599.00, "PZ"),
           ("TV Samsung 50\" Crystal UHD", "SA-TV50", 449.00, "PZ"),
           ("Aspirapolvere Dyson V8", "DY-V8", 299.00, "PZ"),
           ("Smartphone Xiaomi Redmi Note 13 128GB", "XI-RN13", 199.00, "PZ")],
 "service": [("Installazione e configurazione presso cliente (ora)", "SRV-ORA", 55.00, "H")],
}
G, BB, C = "B2G", "B2B", "B2C"
def cfe(): return "8" + digits(R, 10)  # codice fiscale numerico di ente pubblico
def ipa(): return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(6))
def sdi(): return R.choice(["M5UXCR1", "KRRH6B9", "SUBM70N", "T04ZHR3", "USAL8PV", "5RUO82D", "W7YVJK9"])
def cfp(sur, nom):
    cons = lambda s: [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]
    x = (cons(sur) + ["X"] * 3)[:3] + (cons(nom) + ["X"] * 3)[:3]
    return "".join(x) + f"{R.randint(50, 99)}{R.choice('ABCDEHLMPRST')}{R.randint(1, 71):02d}{R.choice('FHLGA')}{R.randint(100, 999)}{R.choice('XYZKW')}"

BUY = [
 B("Comune di Milano", "it_municipality", G, False, "IT", 3, "biz+service", pa=True, city="Milano", prov="MI", pec="protocollo@postacert.comune.milano.it", pay="MP05 Bonifico", cig=True),
 B("Comune di Bergamo", "it_municipality", G, False, "IT", 2, "biz", pa=True, city="Bergamo", prov="BG", pay="MP05 Bonifico", cig=True),
 B("Roma Capitale - Dipartimento Scuola Lavoro e Formazione Professionale", "it_municipality", G, False, "IT", 1, "biz", pa=True, city="Roma", prov="RM", pay="MP05 Bonifico", cig=True),
 B("Comune di Pienza", "it_municipality", G, False, "IT", 1, "biz", pa=True, city="Pienza", prov="SI", pay="MP05 Bonifico"),
 B("Regione Lombardia", "regional_government", G, False, "IT", 1, "biz+bizonly", pa=True, city="Milano", prov="MI", pay="MP05 Bonifico", cig=True),
 B("Provincia di Brescia", "province", G, False, "IT", 1, "biz", pa=True, city="Brescia", prov="BS", pay="MP05 Bonifico"),
 B("Azienda Sanitaria Locale Roma 1", "public_health_authority", G, False, "IT", 2, "biz", pa=True, city="Roma", prov="RM", pay="MP05 Bonifico", cig=True),
 B("Azienda Ospedaliero-Universitaria Careggi", "public_hospital", G, False, "IT", 2, "biz+bizonly", pa=True, city="Firenze", prov="FI", pay="MP05 Bonifico", cig=True),
 B("Istituto Comprensivo Statale \"Don Milani\" di Montichiari", "public_school", G, False, "IT", 1, "biz", pa=True, city="Montichiari", prov="BS", pay="MP05 Bonifico"),
 B("Liceo Scientifico Statale \"Leonardo da Vinci\"", "public_school", G, False, "IT", 2, "biz", pa=True, city="Firenze", prov="FI", pay="MP05 Bonifico", cig=True),
 B("Istituto Comprensivo Statale \"Via Boccioni\"", "public_school_household_item", G, True, "IT", 1, "house", items=[("Bollitore elettrico De'Longhi KBOV2001", 1)], pa=True, city="Roma", prov="RM", pay="MP05 Bonifico"),
 B("Alma Mater Studiorum - Università di Bologna", "public_university", G, False, "IT", 2, "biz", pa=True, piva=True, city="Bologna", prov="BO", pay="MP05 Bonifico", cig=True),
 B("Politecnico di Torino", "public_university", G, False, "IT", 1, "biz+service", pa=True, piva=True, city="Torino", prov="TO", pay="MP05 Bonifico", cig=True),
 B("Agenzia delle Entrate - Direzione Regionale della Lombardia", "state_agency", G, False, "IT", 1, "biz", pa=True, city="Milano", prov="MI", pay="MP05 Bonifico", cig=True),
 B("Esercito Italiano - Comando Brigata Alpina \"Taurinense\"", "armed_forces_unit", G, False, "IT", 1, "biz", pa=True, city="Torino", prov="TO", pay="MP05 Bonifico", cig=True),
 B("Comando Provinciale Carabinieri di Bergamo", "police", G, False, "IT", 1, "biz", pa=True, city="Bergamo", prov="BG", pay="MP05 Bonifico"),
 B("Ambasciata di Francia in Italia", "embassy", G, False, "FR", 1, "biz", city="Roma", prov="RM", cf=True, dest="0000000", pay="MP05 Bonifico", note="Operazione non imponibile art. 72 DPR 633/72"),
 # business
 B("Barilla G. e R. Fratelli S.p.A.", "company_with_legal_form", BB, False, "IT", 2, "biz", piva=True, city="Parma", prov="PR", pay="MP05 Bonifico"),
 B("Tecnoimpianti S.r.l.", "company_with_legal_form", BB, False, "IT", 3, "biz+service", piva=True, city="Brescia", prov="BS", pay="MP05 Bonifico"),
 B("Rossi & Bianchi S.n.c.", "company_with_legal_form", BB, False, "IT", 1, "biz", piva=True, city="Verona", prov="VR", pay="MP08 Carta di pagamento"),
 B("Officina Meccanica Ferraresi", "company_no_legal_form", BB, False, "IT", 2, "biz", piva=True, city="Modena", prov="MO", pay="MP05 Bonifico"),
 B("Bar Sport di Bianchi Marco", "sole_trader_trade_name", BB, False, "IT", 1, "biz", piva=True, city="Lecco", prov="LC", pay="MP01 Contanti"),
 B("Farmacia Centrale del Dott. Luca Gatti", "professional_practice", BB, False, "IT", 1, "biz", piva=True, city="Pavia", prov="PV", pay="MP05 Bonifico"),
 B("Studio Legale Avv. Giulia Ferri", "lawyer_professional_purchase", BB, True, "IT", 1, "bizonly", items=[("Fax Brother FAX-2845", 1)], piva=True, city="Milano", prov="MI", pec="giulia.ferri@milano.pecavvocati.it", pay="MP05 Bonifico", note="Intestare allo studio"),
 B("Immobiliare Lago Maggiore S.r.l.", "company_household_purchase", BB, True, "IT", 1, "house", items=[("Condizionatore portatile De'Longhi Pinguino PAC EL98", 1)], piva=True, city="Stresa", prov="VB", pay="MP05 Bonifico"),
 B("Elettrauto Conti di Conti Paolo", "sole_trader_personal_purchase", BB, True, "IT", 1, "house", items=[("TV Samsung 50\" Crystal UHD", 1)], piva=True, city="Cremona", prov="CR", pay="MP08 Carta di pagamento", note="ritiro in negozio"),
 B("Poste Italiane S.p.A.", "state_owned_company_procurement", BB, True, "IT", 1, "biz+bizonly", piva=True, city="Roma", prov="RM", pay="MP05 Bonifico", cig=True, note="Ordine di acquisto su gara a procedura aperta"),
 B("Leonardo S.p.A.", "state_owned_company", BB, False, "IT", 1, "biz", piva=True, city="Roma", prov="RM", pay="MP05 Bonifico"),
 B("FAO - Organizzazione delle Nazioni Unite per l'Alimentazione e l'Agricoltura", "international_org", BB, True, "IT", 1, "biz", city="Roma", prov="RM", cf=True, dest="0000000", pay="MP05 Bonifico", note="Esente IVA - organismo internazionale"),
 B("Croce Rossa Italiana - Comitato di Milano ODV", "non_profit_red_cross", BB, False, "IT", 1, "biz", piva=True, city="Milano", prov="MI", pay="MP05 Bonifico"),
 B("Parrocchia di San Lorenzo", "church", BB, False, "IT", 1, "biz", cf=True, dest="0000000", city="Firenze", prov="FI", pay="MP05 Bonifico"),
 B("Condominio Via Roma 12", "homeowners_association", BB, False, "IT", 1, "biz", cf=True, dest="0000000", city="Torino", prov="TO", pay="MP05 Bonifico"),
 B("Università Commerciale Luigi Bocconi", "private_university", BB, False, "IT", 1, "biz", piva=True, city="Milano", prov="MI", pay="MP05 Bonifico"),
 B("Associazione Genitori Scuola Manzoni APS", "parents_association", BB, False, "IT", 1, "biz", cf=True, dest="0000000", city="Varese", prov="VA", pay="MP08 Carta di pagamento"),
 # consumers
 B("Mario Rossi", "private_person", C, False, "IT", 1, "house", person=("Rossi", "Mario"), city="Bergamo", prov="BG", pay="MP08 Carta di pagamento"),
 B("Francesca Esposito", "private_person", C, False, "IT", 1, "house+biz", person=("Esposito", "Francesca"), city="Napoli", prov="NA", pay="MP08 Carta di pagamento"),
 B("Giuseppe Ricci", "private_person", C, False, "IT", 1, "house", person=("Ricci", "Giuseppe"), city="Bari", prov="BA", pay="MP01 Contanti"),
 B("Chiara Colombo", "private_person", C, False, "IT", 1, "biz", person=("Colombo", "Chiara"), city="Monza", prov="MB", pay="MP08 Carta di pagamento", lines=1, qty=1),
 B("Alessandro Marino", "private_person_sparse", C, False, "IT", 1, "house", sparse=True),
 B("Cliente privato", "anonymous_retail", C, False, "IT", 2, "house+biz", dest="0000000", pay="MP01 Contanti", lines=1, qty=1),
 B("Davide Greco", "private_person_bulk_phones", C, True, "IT", 1, "house", items=[("Smartphone Xiaomi Redmi Note 13 128GB", 40)], person=("Greco", "Davide"), city="Catania", prov="CT", pay="MP05 Bonifico"),
 B("Simona Bruno", "person_states_resale", BB, True, "IT", 1, "house", items=[("Macchina caffè Lavazza A Modo Mio Jolie", 8)], person=("Bruno", "Simona"), city="Torino", prov="TO", pay="MP05 Bonifico", note="Merce destinata alla rivendita nel mio negozio"),
 B("Federico Gallo", "person_with_gov_email", C, True, "IT", 1, "house", items=[("Aspirapolvere Dyson V8", 1)], person=("Gallo", "Federico"), city="Roma", prov="RM", pec="federico.gallo@mef.gov.it", pay="MP08 Carta di pagamento", note="consegna al domicilio"),
 B("Elena Fontana", "person_pays_company_invoice", BB, True, "IT", 1, "biz", person=("Fontana", "Elena"), city="Padova", prov="PD", pay="MP05 Bonifico", note="Pagamento per conto di Fontana Arredamenti S.r.l."),
 B("", "product_only_business_goods", BB, True, "IT", 1, "bizonly", items=[("Armadio rack 19\" 42U 800x1000", 1)], sparse=True),
 B("", "product_only_household_goods", C, True, "IT", 1, "house", items=[("TV Samsung 50\" Crystal UHD", 1)], sparse=True),
]

def main():
    orders = make_orders(R, BUY, CAT, dt.date(2024, 1, 3), 355, (1, 4), boost=1)
    header = ["Data documento", "Numero", "Tipo documento", "Cliente", "Partita IVA", "Codice Fiscale", "Codice Destinatario",
              "PEC", "Comune", "Provincia", "Nazione", "Descrizione", "Quantità", "Unità di misura", "Prezzo unitario",
              "Imponibile", "Aliquota IVA", "Natura", "Imposta", "Totale documento", "Esigibilità IVA",
              "Modalità pagamento", "CIG", "Note"]
    ids = {}
    rows, labels = [], []
    for i, o in enumerate(orders):
        b = o["b"]
        k = b["name"]
        if k not in ids and not b.get("sparse"):
            pi = "IT" + piva_valid(R) if b.get("piva") else ""
            if b.get("pa"):
                cf = cfe() if not pi else pi[2:]
                dest = ipa()
            elif b.get("person"):
                cf = cfp(*b["person"]); dest = "0000000"
            elif b.get("cf"):
                cf = "9" + digits(R, 10); dest = b.get("dest", "0000000")
            elif pi:
                cf = pi[2:]; dest = sdi()
            else:
                cf, dest = "", b.get("dest", "")
            ids[k] = (pi, cf, dest)
        pi, cf, dest = ids.get(k, ("", "", ""))
        nonimp = b.get("kind") in ("embassy", "international_org")
        cig = ("B" + digits(R, 3) + "".join(R.choice("ABCDEF0123456789") for _ in range(6))) if b.get("cig") else ""
        tot = 0.0
        lines = []
        for ln in o["lines"]:
            name, sku, price, unit = ln["p"]
            net = round(price * ln["qty"], 2)
            vat = 0 if nonimp else round(net * 0.22, 2)
            tot += net + vat
            lines.append((name, ln["qty"], unit, price, net, vat))
        num = f"{i + 1}/{'PA' if b.get('pa') else 'E'}"
        for name, q, unit, price, net, vat in lines:
            rows.append([o["date"].strftime("%d/%m/%Y"), num, "TD01", b["name"], pi, cf, dest, b.get("pec", ""),
                         b.get("city", ""), b.get("prov", ""), "IT" if b.get("city") else "", name,
                         de_num(q, False), unit, de_num(price, False), de_num(net, False),
                         "0,00" if nonimp else "22,00", "N3.4" if nonimp else "", de_num(vat, False), de_num(tot, False),
                         "S" if b.get("pa") else "I",
                         b.get("pay", ""), cig, b.get("note", "")])
            labels.append((b["label"], b["amb"], b["kind"], b["country"]))
    with open(os.path.join(LAY, LID + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header); w.writerows(rows)
    meta = {
        "id": LID, "system": "Registro IVA vendite exported from an Italian e-invoicing tool (FatturaPA / SdI data, e.g. Fatture in Cloud, Aruba)",
        "country": "IT", "language": "it",
        "docs": ["Field meanings follow the FatturaPA XML specification (DatiTrasmissione/CodiceDestinatario: 6 chars = Codice Univoco Ufficio IPA of a public administration, 7 chars = SdI code of a private intermediary, '0000000' for consumers/no code; IdFiscaleIVA, CodiceFiscale, PECDestinatario, TipoDocumento TD01, Natura N3.4 for non-taxable supplies, EsigibilitaIVA 'S' = scissione dei pagamenti for PA, ModalitaPagamento MP01/MP05/MP08, CodiceCIG).",
                 "No public page with a verbatim CSV header of such a register export was found; column names are the Italian labels of those FatturaPA fields, as register exports of Italian invoicing tools show them (closest documented layout)."],
        "fields": {"buyer": "Cliente", "product": "Descrizione", "quantity": "Quantità", "amount": "Imponibile",
                   "tax_id": "Partita IVA", "email": "PEC", "payment": "Modalità pagamento", "comment": "Note"},
        "also_ok": {"amount": ["Totale documento"], "tax_id": ["Codice Fiscale"]},
        "notes": "One row per invoice line (DettaglioLinee); header line then records only. 'Totale documento' repeats the document total on every line of that invoice. UTF-8 with BOM, ';', decimal comma without thousands separator, dd/mm/yyyy."
    }
    write_key(LID, meta, labels)
    print(LID, len(rows), len(orders))

if __name__ == "__main__":
    main()
