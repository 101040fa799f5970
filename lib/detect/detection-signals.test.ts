import { describe, expect, it } from 'vitest';
import { DETECTION_SIGNALS } from './signal-lexicon';

describe('detection-signals.json', () => {
  const phraseLists = ['privacyTitle', 'cookieTitle', 'termsTitle', 'topicHeadings', 'bodyPhrases', 'articleMarkers'] as const;
  const slugLists = ['urlPrivacy', 'urlCookie', 'urlTerms'] as const;

  it.each(phraseLists)('%s has lower-case, trimmed, unique phrases in English and Norwegian', (key) => {
    for (const lang of ['en', 'nb'] as const) {
      const list = DETECTION_SIGNALS[key][lang];
      expect(list.length, `${key}.${lang}`).toBeGreaterThan(2);
      for (const phrase of list) expect(phrase).toBe(phrase.trim().toLowerCase());
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('has lower-case, trimmed phrases in the optional other-language lists', () => {
    for (const key of phraseLists) {
      for (const phrase of DETECTION_SIGNALS[key].other ?? []) expect(phrase).toBe(phrase.trim().toLowerCase());
    }
  });

  it.each(slugLists)('%s holds ASCII URL slugs', (key) => {
    for (const slug of DETECTION_SIGNALS[key]) expect(slug).toMatch(/^[a-z0-9-]+$/);
  });
});
