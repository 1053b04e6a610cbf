"""Writes key/readings_ke_.md: readings chosen where LABELING.md is silent (prefix ke)."""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "key" / "readings_ke_.md"

TEXT = """# Readings for the ke_ layouts (PL Przelewy24, CZ ČSOB, NO 24SevenOffice, DK SmartWeb)

Where LABELING.md names a case, its rule is used as written. These are the readings chosen
where it is silent, and why.

1. **Foreign equivalents of state/municipal unitary enterprises are B2G, not ambiguous.**
   Czech *státní podnik* (Lesy České republiky, s. p.; Česká pošta, s.p.), the Czech *státní
   organizace* Správa železnic, Norwegian *statsforetak* (Statnett SF), *helseforetak* (Helse
   Bergen HF, Oslo universitetssykehus HF, Sykehusinnkjøp HF) and *kommunale foretak* (Boligbygg
   Oslo KF) are read like ФГУП/ГУП/МУП/РГП/ГКП: enterprises of the state or a municipality
   without a company (share) form. The helseforetak are also the public hospitals the policy
   names. Kind: state_enterprise / state_organisation / public_hospital / municipal_enterprise.
2. **State-owned companies with a share form stay B2B** (ČEZ, České dráhy, DPMB, Equinor,
   Statkraft, Posten, Avinor, DSB, PostNord, Poczta Polska, KGHM, PKP Intercity). They are
   ambiguous only when the record shows procurement rules: a Czech *veřejná zakázka* / "VZ" number,
   a Norwegian Doffin reference, a Danish EU tender (udbud) reference, a Polish Pzp/ZP contract
   number. DSB (a Danish *selvstændig offentlig virksomhed*, not a share company but a commercial
   state-owned operator) is read as a state-owned company, not as a state body.
3. **EU agencies and NATO bodies are international organisations**: Frontex (Warsaw), EUSPA
   (Prague), NATO Joint Warfare Centre (Stavanger), like UNHCR, UNICEF Supply Division, WHO
   Europe and UNOPS: B2B, ambiguous by nature. Their country is the country of the office that
   buys (UNHCR's Nordic office in Stockholm: SE).
4. **Polska Fundacja Narodowa** (a foundation set up by state-owned companies) is read as a fund
   founded by the state but registered as a non-profit: B2B, ambiguous. **NFOŚiGW**, a state
   legal person that is itself part of the state's financial system, is the state fund that
   is itself a state body: B2G, not ambiguous.
5. **Bank lines with no counterparty, only a variable symbol and an amount** (ČSOB): when the
   variable symbol follows the seller's invoice numbering (2024000xxx), payment by transfer
   against an invoice is business evidence, so B2B ambiguous (thin_invoice_payment); when it is
   an e-shop order number (5 digits), B2C ambiguous (thin_order_payment).
6. **Payment-gateway payouts on a bank statement** (Comgate, GoPay "Výplata plateb") are read
   as the policy's acquiring/payout lines: B2C, ambiguous.
7. **A sole trader paying from an account in his own name**, when the payer's message names his
   trade and IČO (e.g. "FA ... Truhlářství Procházka, IČO ..."), is plain B2B: the message shows
   the business use. When a person pays *another* company's invoice ("úhrada FA ... za Stavby
   Dvořák s.r.o."), it is the policy's "person paying a company's invoice": B2B ambiguous.
8. **Catch-all customer "Kontantkunde"** (24SevenOffice counter sales): with retail goods it is
   an anonymous retail sale, B2C, not ambiguous; with goods only businesses buy (19" server
   cabinet, Microsoft 365 Business licence) it is the product-only case: B2B, ambiguous.
9. **A person's name with the e-mail of a municipal office buying office goods in office
   quantities by bank transfer** (Przelewy24, @kleszczow.pl) is read as the office ordering
   through an employee: B2G, ambiguous (person vs. organisation). The same kind of person buying
   one household appliance with BLIK stays the policy's B2C-ambiguous case.
10. **Organisations in a person-name field**: Przelewy24 only has "Imię i nazwisko klienta";
   when a buyer typed the official name of a school, office or company there, the name decides
   (not ambiguous).
11. **Failed or pending payments** (Przelewy24 status odrzucona / nowa) are still sales records
   and get the label of their buyer.
12. **Public bodies ordering through a named unit**: Danish kommuner/regioner/universities
   ordering with an EAN (GLN 5798...) in the comment and the institution in the shipping
   company, Norwegian kommuner/fylkeskommuner with a receiving school in RecName, are B2G of
   kind municipality / county / region_hospital etc.; the receiving school does not make them a
   separate kind.
13. **Church-founded and private schools** (Biskupské gymnázium Brno, Gymnázium Open Gate,
   Steinerskolen i Bergen, Bernadotteskolen, Ørestad Friskole) and private universities
   (SWPS, Koźmiński, Høyskolen Kristiania, BI) are B2B, not ambiguous; parents' councils (Rada
   Rodziców), homeowners' associations (SVJ, Wspólnota Mieszkaniowa, Ejerforening) and housing
   cooperatives are B2B.
14. **Military academies** (Wojskowa Akademia Techniczna) are public universities of the armed
   forces: B2G (kind military_university). Wojskowe Oddziały Gospodarcze are armed-forces units.
15. **Household goods in public/company orders**: a single household appliance alone is the
   air-conditioner/kettle case (ambiguous, kinds public_body_household_item /
   company_household_item); among business goods it is plain. A sole trader buying one household
   appliance by invoice (no personal-card signal) is still ambiguous (sole_trader_household_goods):
   registered business, personal-looking purchase.
"""

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(TEXT, encoding="utf-8")
print("wrote", OUT)
