import { describe, expect, it } from 'vitest';
import { likelierEnglishOrNorwegian } from '../language/detect-language';
import { createBatchLanguage, lineLanguage } from './classify-command';

describe('the language a classify line is read in', () => {
  it('uses --lang when given, and the detected language when it is English or Bokmål', () => {
    expect(lineLanguage('We keep your order history for five years.', 'nb', null)).toBe('nb');
    expect(lineLanguage('Vi lagrer kjøpshistorikken din i fem år etter bokføringsloven.', 'auto', null)).toBe('nb');
    expect(lineLanguage('We keep your order history for five years after the sale.', 'auto', 'nb')).toBe('en');
  });

  it('reads short Norwegian lines as Norwegian from their letters and words', () => {
    expect(likelierEnglishOrNorwegian('Avslåtte lånesøknader: 6 måneder')).toBe('nb');
    expect(lineLanguage('Kundeservice og ordrehistorikk', 'auto', null)).toBe('nb');
    expect(likelierEnglishOrNorwegian('Your order history')).toBe('en');
    expect(likelierEnglishOrNorwegian('Klarna')).toBeNull();
  });

  it('gives a line with nothing to go by the language most earlier lines were in', () => {
    const batch = createBatchLanguage();
    for (const text of ['Vi deler adressen din med Posten for å levere pakken.', 'Du kan når som helst be oss slette kontoen din.', 'We use cookies on this site to remember your basket.'])
      batch.note(text);
    expect(batch.majority()).toBe('nb');
    expect(lineLanguage('Klarna', 'auto', batch.majority())).toBe('nb');
    expect(lineLanguage('Klarna', 'auto', null)).toBe('en');
  });
});
