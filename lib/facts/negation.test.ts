import { describe, expect, it } from 'vitest';
import { labelledSentence } from '@/test/unit/labelled-sentence';
import type { Label } from '../types';
import { extractFacts } from './extract-facts';
import { isNegatedAt } from './negation';

const ALL: Label[] = ['collected', 'purposes', 'sharing'];
const facts = (text: string) => extractFacts([{ ...labelledSentence(text, ALL), id: 's0' }]);
const keys = (items: { key: string }[]) => items.map((i) => i.key);
const negated = (text: string, word: string) => isNegatedAt(text, text.indexOf(word));

describe('negated statements give no facts', () => {
  it('English: "we do not use analytics or advertising cookies" is neither analytics nor advertising', () => {
    const f = facts('We do not use analytics or advertising cookies.');
    expect(keys(f.purposes)).not.toContain('analytics');
    expect(keys(f.purposes)).not.toContain('advertising');
  });

  it('English: "please don\'t send us health data" is no health data', () => {
    expect(keys(facts('Please don’t send us health data or your national ID number.').dataTypes)).toEqual([]);
    expect(keys(facts("Please don't send us health information through the contact form.").dataTypes)).not.toContain('health');
  });

  it('Norwegian: "vi bruker ikke Google Analytics" names no Google, "vi selger aldri" sells nothing', () => {
    const f = facts('Vi bruker ikke Google Analytics eller Facebook-piksler på nettstedet.');
    expect(keys(f.thirdParties)).toEqual([]);
    const selling = facts('Vi selger aldri kundelistene våre eller opplysningene dine.');
    expect(selling.sellsData).toEqual([]);
    expect(selling.deniesSelling).toEqual(['s0']);
    expect(keys(facts('Vi ber deg om ikke å sende oss helseopplysninger.').dataTypes)).not.toContain('health');
  });

  it('keeps what the same sentence affirms after the denial', () => {
    const f = facts('We do not sell your data, but we share your address with PostNord.');
    expect(keys(f.thirdParties)).toContain('postnord');
    expect(keys(facts('We use analytics cookies, but no advertising cookies.').purposes)).toEqual(['analytics']);
    expect(keys(facts('Vi deler ikke opplysninger med andre enn Posten.').thirdParties)).toContain('posten-bring');
    expect(keys(facts('We never share your e-mail address unless you ask us to.').dataTypes)).toEqual(['email']);
  });

  it('is not fooled by phrases that only look negative', () => {
    expect(negated('We collect data including, but not limited to, your name and e-mail address.', 'name')).toBe(false);
    expect(negated('We keep it no longer than needed and use Klarna for payment.', 'Klarna')).toBe(false);
    expect(negated('Vi bruker ikke bare Vipps, men også Klarna.', 'Vipps')).toBe(false);
    expect(negated('We do not use Hotjar, Mixpanel or Sentry.', 'Sentry')).toBe(true);
    expect(negated('No personal data is sent to Mailchimp.', 'Mailchimp')).toBe(true);
    expect(negated('Ingen opplysninger sendes til Google.', 'Google')).toBe(true);
  });
});
