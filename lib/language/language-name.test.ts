import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe('languageName', () => {
  it('names a language in the UI language', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('de', 'nb')).toBe('tysk');
  });

  it('falls back to the code for what Intl cannot name', () => {
    expect(languageName('unknown', 'en')).toBe('unknown');
  });
});
