import { describe, expect, it } from 'vitest';
import { POLICY_LINK_TEXTS } from './policy-link-lexicon';

describe('link-texts.json', () => {
  it.each(['privacyLinkTexts', 'cookieLinkTexts'] as const)('%s has English and Norwegian link texts', (key) => {
    expect(POLICY_LINK_TEXTS[key].en.length).toBeGreaterThan(2);
    expect(POLICY_LINK_TEXTS[key].nb.length).toBeGreaterThan(2);
  });

  it('has lower-case trimmed phrases only', () => {
    for (const key of ['privacyLinkTexts', 'cookieLinkTexts', 'excludedLinkTexts'] as const) {
      for (const phrase of [...POLICY_LINK_TEXTS[key].en, ...POLICY_LINK_TEXTS[key].nb, ...POLICY_LINK_TEXTS[key].other]) {
        expect(phrase).toBe(phrase.trim().toLowerCase());
      }
    }
  });

  it('has absolute paths without query or fragment', () => {
    for (const path of POLICY_LINK_TEXTS.commonPaths) expect(path).toMatch(/^\/[a-z0-9\-/]+$/);
  });
});
