import { describe, expect, it } from 'vitest';
import { labelledSentence } from '@/test/unit/labelled-sentence';
import type { Label, LabelledSentence } from '../types';
import { namedParties } from './named-parties';

const unit = (text: string, labels: Label[] = ['sharing'], leadIn?: string) => labelledSentence(text, labels, leadIn);
const parties = (...sentences: LabelledSentence[]) => namedParties(sentences).map((p) => `${p.key}:${p.role}`);
const keys = (...sentences: LabelledSentence[]) => namedParties(sentences).map((p) => p.key).sort();

describe('named third parties from the vendor table', () => {
  it('finds the small-business vendors of today with their role', () => {
    expect(parties(unit('Our site runs on Vercel, the database on Supabase and backups on Hetzner.'))).toEqual(expect.arrayContaining(['vercel:hosting', 'supabase:hosting', 'hetzner:hosting']));
    expect(parties(unit('Betalinger håndteres av Mollie og Paddle, nyhetsbrevet sendes med Brevo.'))).toEqual(expect.arrayContaining(['mollie:payment', 'paddle:payment', 'brevo:email']));
    expect(keys(unit('We measure visits with PostHog and book meetings through Calendly.'))).toEqual(['calendly', 'posthog']);
  });

  it('needs whole words: "sign-ups" is not UPS, "teams" is not Microsoft, a stripe is not Stripe', () => {
    expect(keys(unit('We share the number of sign-ups with our teams and partners.'))).toEqual([]);
    expect(keys(unit('Our delivery teams print a stripe on each parcel we ship with ups and downs.'))).toEqual([]);
    expect(keys(unit('Parcels go by UPS; the invoice is paid through Stripe.'))).toEqual(['stripe', 'ups']);
    expect(keys(unit('Denne posten i regnskapet deles med revisor.'))).toEqual([]);
    expect(keys(unit('Pakken sendes med Posten eller Bring.'))).toEqual(['posten-bring']);
  });
});

describe('named third parties the table does not know', () => {
  it('takes a company named in a sharing statement', () => {
    expect(keys(unit('We share your order details with Fraktkompaniet Nord AS, who deliver parcels in Troms.'))).toEqual(['fraktkompaniet-nord']);
    expect(keys(unit('Your invoices are stored by Lagerhuset GmbH in Frankfurt.'))).toEqual(['lagerhuset']);
    expect(parties(unit('Payments go through Payvio Ltd. and reminders are sent by Inkassofix.'))).toEqual(['payvio:payment', 'inkassofix:payment']);
  });

  it('reads list items under a processor lead-in, with the role written next to the name', () => {
    const leadIn = 'We use the following processors:';
    expect(parties(unit('Payvio (payment)', [], leadIn), unit('Skyhall – hosting', [], leadIn), unit('Postkassa: newsletters', [], leadIn))).toEqual([
      'payvio:payment',
      'skyhall:hosting',
      'postkassa:email',
    ]);
    const nb = 'Vi bruker følgende databehandlere:';
    expect(parties(unit('Klarna – betaling', [], nb), unit('Kontorskyen AS – drift og lagring', [], nb), unit('Regnskapsbyrået Tallverk', [], nb))).toEqual([
      'klarna:payment',
      'kontorskyen:hosting',
      'regnskapsbyraet-tallverk:accounting',
    ]);
  });

  it('does not take sentence starts, countries, months, laws, abbreviations or generic words', () => {
    expect(keys(unit('Some data is shared with carriers in Norway and the EU under the GDPR.'))).toEqual([]);
    expect(keys(unit('Since January we share order data with Services in the United States, as the Data Protection Act allows.'))).toEqual([]);
    expect(keys(unit('Vi deler opplysninger med transportører i Norge etter personopplysningsloven og bokføringsloven.'))).toEqual([]);
    expect(keys(unit('Card numbers (CVV included) are sent to the payment provider.'))).toEqual([]);
    expect(keys(unit('Cards comply with PCI-DSS, a standard of brands such as Visa and Mastercard.'))).toEqual([]);
  });

  it('takes a word as a name only if the document never writes it in lower case', () => {
    const doc = [unit('We store your data and the services you use.', ['collected']), unit('Our Services are shared with Skyhall.')];
    expect(keys(...doc)).toEqual(['skyhall']);
  });

  it('does not count the site itself', () => {
    const doc = [
      unit('Fjellbua AS is the data controller for the shop.', []),
      unit('Write to post@fjellbua.no with questions.', ['rights']),
      unit('Fjellbua shares your address with Helthjem and with Pakkekompaniet.'),
      unit('We may share data with Fjellbua Drift.'),
    ];
    expect(keys(...doc)).toEqual(['helthjem', 'pakkekompaniet']);
  });

  it('takes names only from sharing statements or processor lists', () => {
    expect(keys(unit('Skyhall is the name of our newsletter.', []))).toEqual([]);
    expect(keys(unit('Your order is shipped with Pakkekompaniet.', []))).toEqual(['pakkekompaniet']);
    expect(keys(unit('Leveres av Pakkekompaniet', [], 'Slik leverer vi:'))).toEqual(['pakkekompaniet']);
  });

  it('keeps table cells, cookie rows, places and a vendor\'s own name parts out', () => {
    const leadIn = 'Current sub-processors:';
    expect(keys(unit('Skyhall | Postgres database and DDoS protection | Frankfurt | DPA', [], leadIn))).toEqual(['skyhall']);
    expect(keys(unit('_ga | Google Analytics | 2 years | Separates one visitor from another'))).toEqual(['google-analytics']);
    expect(keys(unit('Budbee AB – home delivery in Stockholm and Gothenburg', [], 'Partners we share data with:'))).toEqual(['budbee']);
    expect(keys(unit('Hetzner Online GmbH (Germany) – hosting', [], 'We use these processors:'))).toEqual(['hetzner']);
    expect(keys(unit('Shopify lagrer data i USA, og overføringen bygger på EUs standardkontrakter.'))).toEqual(['shopify']);
  });

  it('counts an independent controller as a third party, not as the site', () => {
    const doc = [unit('Idrettsforbundet Nord er selvstendig behandlingsansvarlig for opplysninger i KlubbAdmin.'), unit('Vi deler medlemslister med KlubbAdmin.')];
    expect(keys(...doc)).toContain('klubbadmin');
  });
});

