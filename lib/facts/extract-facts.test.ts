import { describe, expect, it } from 'vitest';
import { LABELS, type Label, type LabelledSentence } from '../types';
import { extractFacts } from './extract-facts';

let n = 0;
export function sentence(text: string, labels: Label[]): LabelledSentence {
  const scores = Object.fromEntries(LABELS.map((l) => [l, labels.includes(l) ? 0.9 : 0.1])) as Record<Label, number>;
  return { id: `s${n++}`, text, heading: '', section: 0, labels, scores };
}

describe('extractFacts', () => {
  const sentences = [
    sentence('We collect your name, e-mail address and IP address when you order.', ['collected']),
    sentence('We use it to deliver your order and to send our newsletter.', ['purposes']),
    sentence('Payments are handled by Klarna and parcels are delivered by PostNord.', ['sharing']),
    sentence('We never sell your personal data.', ['sharing']),
    sentence('Data may be transferred outside the EEA.', ['sharing']),
    sentence('Invoices are kept for 5 years.', ['retention']),
    sentence('You have the right to access and delete your data; write to privacy@shop.no.', ['rights']),
    sentence('You may complain to Datatilsynet.', ['rights']),
    sentence('Google Analytics is mentioned in an unlabelled sentence.', []),
  ];
  const facts = extractFacts(sentences);
  const keys = (items: { key: string }[]) => items.map((i) => i.key);

  it('finds data types only in collected sentences, with evidence', () => {
    expect(keys(facts.dataTypes)).toEqual(expect.arrayContaining(['name', 'email', 'ip-address']));
    expect(facts.dataTypes.find((d) => d.key === 'email')?.evidence).toEqual([sentences[0]!.id]);
  });

  it('finds purposes, named vendors and transfers', () => {
    expect(keys(facts.purposes)).toEqual(expect.arrayContaining(['service', 'newsletter']));
    expect(keys(facts.thirdParties.filter((t) => t.kind === 'named'))).toEqual(['klarna', 'postnord']);
    expect(keys(facts.thirdParties)).not.toContain('google-analytics');
    expect(facts.transfersAbroad).toEqual([sentences[4]!.id]);
  });

  it('tells selling from denying it', () => {
    expect(facts.sellsData).toEqual([]);
    expect(facts.deniesSelling).toEqual([sentences[3]!.id]);
  });

  it('collects retention, rights, contacts and the authority', () => {
    expect(facts.retention).toEqual([expect.objectContaining({ days: 1825, appliesTo: 'accounting', evidence: [sentences[5]!.id] })]);
    expect(keys(facts.rights)).toEqual(expect.arrayContaining(['access', 'erasure', 'complaint']));
    expect(facts.contacts[0]?.value).toBe('privacy@shop.no');
    expect(facts.authority?.name).toBe('Datatilsynet');
  });
});
