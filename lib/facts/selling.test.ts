import { describe, expect, it } from 'vitest';
import type { Label, LabelledSentence } from '../types';
import { extractFacts } from './extract-facts';

const sentence = (text: string, i: number): LabelledSentence => ({
  id: `s${i}`, text, heading: '', section: 0, labels: ['sharing'] as Label[], scores: { collected: 0, purposes: 0, sharing: 1, retention: 0, rights: 0 },
});
const facts = (text: string) => extractFacts([sentence(text, 0)]);

describe('selling personal data', () => {
  it.each([
    'We may sell your personal information to marketing partners.',
    'We rent our mailing list to carefully selected companies.',
    'Your e-mail address may be sold to advertisers.',
    'Some disclosures may count as a sale of personal information under California law.',
    'Vi kan selge opplysninger om kjøpene dine til samarbeidspartnere.',
    'Kundelister leies ut til utvalgte annonsører.',
  ])('finds selling in "%s"', (text) => {
    expect(facts(text).sellsData).toEqual(['s0']);
  });

  it.each([
    'Wix.com provides us with the online platform that allows us to sell our products and services to you.',
    'If the company is sold, customer data may pass to the buyer.',
    'If we sell our business or assets, your data may be transferred to the buyer.',
    'We sell gift cards, and the buyer enters the recipient’s name.',
    'Vi selger varer til forbrukere i Norge, og opplysningene brukes til å levere dem.',
  ])('does not call "%s" selling data', (text) => {
    expect(facts(text).sellsData).toEqual([]);
  });

  it('reads "we never sell your data" as a denial, not as selling', () => {
    const result = facts('We never sell or rent your personal data to anyone.');
    expect(result.sellsData).toEqual([]);
    expect(result.deniesSelling).toEqual(['s0']);
  });
});

describe('selling personal data, business sales', () => {
  it('does not read the sale of the business as selling data', () => {
    expect(facts('Customer data may pass to the buyer if the company is sold.').sellsData).toEqual([]);
  });
});
