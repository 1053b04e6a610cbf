"""a_be_odoo_factures: Odoo 17 (French UI) export of customer invoices with invoice lines (XLSX), Belgian seller."""
import random, datetime as dt
import openpyxl
from openpyxl.styles import Font
from a_common import *

LID = "a_be_odoo_factures"
rng = random.Random(4202)
C = lambda code, name, price, t, maxq=20: dict(code=code, name=name, price=price, t=t, maxq=maxq)
CAT = [
    C("NAD-250", "Barrière Nadar galvanisée 2,5 m", 54.00, "b", 120),
    C("SIG-C3", "Panneau de signalisation C3 Ø 700 mm classe 2", 89.50, "b", 30),
    C("SEL-BB", "Sel de déneigement, big bag 1000 kg", 245.00, "b", 20),
    C("GIL-HV", "Gilet haute visibilité EN ISO 20471 classe 2", 6.90, "n", 200),
    C("EXT-P6", "Extincteur à poudre ABC 6 kg avec support", 59.00, "n", 40),
    C("EXT-CTL", "Contrôle annuel extincteur (par appareil)", 9.50, "b", 150),
    C("DEA-FRX", "Défibrillateur DEA Philips HeartStart FRx", 1590.00, "b", 4),
    C("CON-75", "Cône de signalisation 75 cm réfléchissant", 14.20, "n", 100),
    C("CAS-397", "Casque de chantier EN 397 blanc", 11.80, "n", 50),
    C("POT-ACR", "Potelet anti-stationnement acier Ø 76 mm", 72.00, "b", 60),
    C("DET-10", "Détecteur de fumée 10 ans EN 14604", 24.90, "h"),
    C("COU-AF", "Couverture anti-feu 1,2 x 1,8 m", 19.90, "h"),
    C("TRS-FAM", "Trousse de premiers secours Famille", 29.00, "h"),
    C("ESC-5", "Escabeau aluminium 5 marches", 69.00, "h"),
    C("LAM-LED", "Lampe frontale LED rechargeable", 22.50, "h"),
]
cat = {c["code"]: c for c in CAT}
G, Bz, Cz = "B2G", "B2B", "B2C"
def org(name, kind, label, email, vat=True, w=1.0, ref=False, cc="BE", **kw):
    return B(name, label, kind, cc, False, "org", w, email=email, tax=be_vat_fmt(rng) if vat else "", ref=ref, **kw)
buyers = [
    org("Commune d'Ixelles", "be_municipality", G, "marchespublics@ixelles.brussels", vat=False, w=2, ref=True),
    org("Ville de Liège", "be_municipality", G, "service.achats@liege.be", vat=False, w=2, ref=True),
    org("Ville de Namur", "be_municipality", G, "economat@ville.namur.be", vat=False, ref=True),
    org("Commune de Woluwe-Saint-Lambert", "be_municipality", G, "travaux@woluwe1200.be", vat=False),
    org("Stad Gent", "be_municipality", G, "aankoopcentrale@stad.gent", vat=False, ref=True),
    org("Stad Leuven", "be_municipality", G, "aankoop@leuven.be", vat=False),
    org("CPAS de Charleroi", "be_social_welfare_centre", G, "economat@cpascharleroi.be", vat=False),
    org("OCMW Brugge", "be_social_welfare_centre", G, "aankoop.ocmw@brugge.be", vat=False),
    org("Province de Namur", "be_province", G, "marches.publics@province.namur.be", vat=False, ref=True),
    org("Provincie Antwerpen", "be_province", G, "aankoop@provincieantwerpen.be", vat=False),
    org("SPF Finances - Service d'encadrement Logistique", "federal_public_service", G, "logistique@minfin.fed.be", vat=False, ref=True),
    org("SPF Intérieur - Direction générale Sécurité civile", "federal_public_service", G, "dgsc.achats@ibz.fgov.be", vat=False, ref=True),
    org("Service public de Wallonie - SPW Mobilité et Infrastructures", "regional_administration", G, "achats.mi@spw.wallonie.be", vat=False, ref=True),
    org("Agentschap Wegen en Verkeer", "regional_agency", G, "aankoop@wegenenverkeer.be", vat=False, ref=True),
    org("Défense - Base aérienne de Florennes", "armed_forces", G, "florennes.log@mil.be", vat=False),
    org("Zone de police Bruxelles-Capitale/Ixelles", "police", G, "logistique.5339@police.belgium.eu", vat=False),
    org("Zone de secours Hainaut-Centre", "fire_rescue_zone", G, "achats@zshc.be", vat=False),
    org("Athénée Royal de Waterloo", "public_school", G, "direction@arwaterloo.be", vat=False),
    org("Université de Liège", "public_university", G, "achats@uliege.be", vat=False),
    org("CHU de Liège", "public_hospital", G, "achats@chuliege.be", vat=False, ref=True),
    org("Ambassade du Canada en Belgique", "embassy", G, "bru-admin@international.gc.ca", vat=False),
    org("Ambassade du Japon en Belgique", "embassy", G, "consular@bx.mofa.go.jp", vat=False),
    org("Besix SA", "company_with_legal_form", Bz, "procurement@besix.com", w=2, ref=True),
    org("Carrefour Belgium SA", "company_with_legal_form", Bz, "achats.securite@carrefour.com"),
    org("Toitures Mertens SRL", "company_with_legal_form", Bz, "info@toitures-mertens.be"),
    org("Van Damme Bouw BV", "company_with_legal_form", Bz, "aankoop@vandammebouw.be", w=1.5),
    org("Heijmans Infra NV", "company_with_legal_form", Bz, "inkoop@heijmans.be"),
    org("Électricité Dubois", "company_no_legal_form", Bz, "electricite.dubois@skynet.be"),
    org("Brasserie Cantillon", "company_no_legal_form", Bz, "info@cantillon.be"),
    org("Jardins Pierre Lambert", "sole_trader_trade_name", Bz, "pierre@jardins-lambert.be"),
    org("Croix-Rouge de Belgique", "national_red_cross", Bz, "logistique@croix-rouge.be"),
    org("Les Scouts ASBL", "non_profit", Bz, "secretariat@lesscouts.be"),
    org("KSA Nationaal VZW", "non_profit", Bz, "info@ksa.be"),
    org("Église protestante unie de Belgique", "church", Bz, "secretariat@epub.be"),
    org("ACP Résidence Les Érables", "homeowners_association", Bz, "syndic.erables@gmail.com"),
    org("Proximus SA de droit public", "state_owned_company", Bz, "procurement@proximus.com"),
    org("bpost SA de droit public", "state_owned_company", Bz, "facilities@bpost.be"),
    org("Festival de Dour ASBL", "non_profit", Bz, "prod@dourfestival.eu"),
]
def person(name, email, w=1.0):
    return B(name, Cz, "private_person", "BE", False, "person", w, email=email, tax="")
buyers += [person("Jean-Marc Lambert", "jm.lambert@skynet.be"), person("Sophie Peeters", "sophie.peeters@telenet.be"),
           person("Nathalie Dupont", "nathalie.dupont73@gmail.com"), person("Koen Janssens", "koen.janssens@hotmail.com"),
           person("Fatima El Amrani", "f.elamrani@outlook.be"), person("Luc Vandenberghe", ""), person("Marie Collignon", "marie.collignon@voo.be")]
def L(code, q): return (cat[code], q)
S = [
    (B("Toitures Mertens SRL", Bz, "company_household_goods_only", "BE", True, "org", email="info@toitures-mertens.be", tax=be_vat_fmt(rng)), [L("DET-10", 1), L("COU-AF", 1)]),
    (B("Brasserie Cantillon", Bz, "company_household_goods_only", "BE", True, "org", email="info@cantillon.be", tax=be_vat_fmt(rng)), [L("ESC-5", 1)]),
    (B("École communale de Jambes", G, "public_school_household_item", "BE", True, "org", email="ec.jambes@ville.namur.be", tax=""), [L("TRS-FAM", 1)]),
    (B("Sophie Peeters", Cz, "private_person_bulk_quantity", "BE", True, "person", email="sophie.peeters@telenet.be", tax=""), [L("DET-10", 40)]),
    (B("Didier Hanssens", Bz, "person_states_resale", "BE", True, "person", email="didier.hanssens@gmail.com", tax="", note="Pour revente sur mon stand au marché de Jemappes"), [L("LAM-LED", 25), L("TRS-FAM", 10)]),
    (B("Kevin Maes", Cz, "person_with_mil_email", "BE", True, "person", email="kevin.maes@mil.be", tax="", note="Livraison à domicile, Rue des Tilleuls 12, 5000 Namur"), [L("ESC-5", 1)]),
    (B("OTAN - NATO Headquarters, Support Division", Bz, "international_org", "BE", True, "org", email="procurement@hq.nato.int", tax="", ref=True), [L("EXT-P6", 30), L("EXT-CTL", 120)]),
    (B("Organisation mondiale des douanes", Bz, "international_org", "BE", True, "org", email="facilities@wcoomd.org", tax=""), [L("DEA-FRX", 2), L("TRS-FAM", 6)]),
    (B("Commission européenne - Office pour les infrastructures et la logistique (OIB)", Bz, "international_org", "BE", True, "org", email="oib-marches@ec.europa.eu", tax="", ref=True), [L("CON-75", 80), L("NAD-250", 60)]),
    (B("SNCB - Société nationale des chemins de fer belges", Bz, "state_owned_company_procurement", "BE", True, "org", email="purchasing@sncb.be", tax="BE0203430576", note="Marché public n° 70.06-2025/118 - accord-cadre signalisation de chantier"), [L("NAD-250", 100), L("SIG-C3", 20), L("CON-75", 60)]),
    (B("Agence Fonds social européen ASBL", Bz, "state_founded_non_profit", "BE", True, "org", email="info@fse.be", tax=be_vat_fmt(rng)), [L("EXT-P6", 6), L("TRS-FAM", 4)]),
    (B("Les Petits Riens ASBL", Bz, "non_profit_via_public_purchasing_contract", "BE", True, "org", email="logistique@petitsriens.be", tax=be_vat_fmt(rng), note="Commande via la centrale d'achat du SPW (marché T0.05.01-22M65), lot 3"), [L("EXT-P6", 12), L("EXT-CTL", 12)]),
    (B("Marc Verhoeven", Bz, "person_pays_company_invoice", "BE", True, "person", email="marc.verhoeven@telenet.be", tax="", note="Betaald door M. Verhoeven voor rekening van Verhoeven Elektriciteit BV"), [L("GIL-HV", 20), L("CAS-397", 10)]),
    (B("", Bz, "product_only_business_goods", "BE", True, "none", email="", tax=""), [L("SEL-BB", 6)]),
]
S += [(b, l) for b, l in S if b["amb"] and (len(l) > 1 or b["kind"] in ("international_org", "company_household_goods_only"))]  # repeat orders
orders = gen_orders(rng, buyers, CAT, S, 215, maxlines=4)
hdr = ["Numéro", "Partenaire", "Partenaire/N° TVA", "Partenaire/Email", "Date de facturation", "Date d'échéance", "Référence",
       "Statut", "État du paiement", "Total", "Lignes de facture/Produit", "Lignes de facture/Libellé", "Lignes de facture/Quantité",
       "Lignes de facture/Prix unitaire", "Lignes de facture/Sous-total", "Conditions de paiement", "Conditions générales"]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
ws.append(hdr)
for c in ws[1]: c.font = Font(bold=True)
metas = []
n = 112
d0 = dt.date(2025, 2, 3)
for i, o in enumerate(orders):
    b = o["buyer"]
    date = d0 + dt.timedelta(days=int(i * 1.5))
    terms = "Paiement immédiat" if b["ptype"] in ("person", "none") else rng.choice(["30 jours", "30 jours", "30 jours fin de mois", "45 jours"])
    due = date + dt.timedelta(days={"Paiement immédiat": 0, "30 jours": 30, "30 jours fin de mois": 58, "45 jours": 45}[terms])
    ref = ""
    if b.get("ref") and rng.random() < 0.8:
        ref = rng.choice(["BC ", "Bon de commande n° ", "PO ", "Bestelbon "]) + str(rng.randint(2025000, 2025999))
    tot = round(sum(c["price"] * q for c, q in o["lines"]) * 1.21, 2)
    pay = rng.choice(["Payé", "Payé", "Non payé", "En paiement"])
    for j, (c, q) in enumerate(o["lines"]):
        line = ["[%s] %s" % (c["code"], c["name"]), c["name"], q, c["price"], round(c["price"] * q, 2)]
        if j == 0:
            ws.append(["INV/2025/%05d" % n, b["name"] or None, b.get("tax") or None, b.get("email") or None, date, due, ref or None,
                       "Comptabilisé", pay, tot] + line + [terms, b.get("note") or None])
        else:
            ws.append([None] * 10 + line + [None, None])
        metas.append(meta(b))
    n += 1
for row in ws.iter_rows(min_row=2):
    row[4].number_format = row[5].number_format = "DD/MM/YYYY"
wb.save(f"{LAY}/{LID}.xlsx")
write_labels(LID, metas)
write_key(LID, {
    "id": LID, "system": "Odoo 17 Invoicing/Accounting - list export (Exporter les données) of customer invoices (account.move) with one2many invoice lines, French UI, XLSX",
    "country": "BE", "language": "fr",
    "docs": ["Odoo export of account.move with related fields written as 'Field/Subfield' (partner_id/vat, invoice_line_ids/product_id...), as used in public Odoo export guides (fields name, partner_id, partner_id/vat, invoice_date, invoice_date_due, ref, state, amount_total, invoice_payment_term_id, invoice_line_ids/...)",
             "French field captions from the Odoo French UI (Numéro, Partenaire, Date de facturation, Date d'échéance, Référence, Statut, Lignes de facture/...) - captions of a few fields (N° TVA, État du paiement, Conditions générales for narration) written from memory of the FR translation, not verified verbatim",
             "Odoo one2many export behaviour: parent fields appear only on the first line of each invoice, following lines leave them empty; Belgian VAT BE0xxxxxxxxx with mod-97 check"],
    "fields": {"buyer": "Partenaire", "product": "Lignes de facture/Libellé", "quantity": "Lignes de facture/Quantité",
               "amount": "Lignes de facture/Sous-total", "tax_id": "Partenaire/N° TVA", "email": "Partenaire/Email",
               "payment": None, "comment": "Conditions générales"},
    "also_ok": {"product": ["Lignes de facture/Produit"], "amount": ["Total"]},
    "notes": "Every sheet row after the header is a record (invoice line). Invoice-level columns (Numéro ... Total, Conditions de paiement, Conditions générales) are filled only on the first line of each invoice; following lines of the same invoice belong to the invoice above and carry its label. Conditions de paiement holds payment terms, not a payment method, so payment is null. Public bodies carry no VAT number in their partner record."})
print(LID, len(metas))
