import { describe, expect, it } from 'vitest';
import { evidenceLink } from './evidence-link';
import { formatDate } from './format-date';

describe('evidenceLink', () => {
  it('points at the first words of the sentence with an encoded text fragment', () => {
    expect(evidenceLink('https://shop.no/personvern#top', 'We keep order-history, e-mail & address for 3 years after your last purchase.')).toBe(
      'https://shop.no/personvern#:~:text=We%20keep%20order%2Dhistory%2C%20e%2Dmail%20%26%20address%20for%203',
    );
  });

  it('keeps the URL as it is for an empty sentence', () => {
    expect(evidenceLink('https://shop.no/p', '  ')).toBe('https://shop.no/p');
  });
});

describe('formatDate', () => {
  it('writes dates in the UI language', () => {
    const day = Date.UTC(2026, 10, 27, 12);
    expect(formatDate(day, 'en')).toBe('27 Nov 2026');
    expect(formatDate(day, 'nb')).toMatch(/^27\. nov\.? 2026$/);
  });
});
