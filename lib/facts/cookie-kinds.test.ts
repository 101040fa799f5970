import { describe, expect, it } from 'vitest';
import type { PolicySentence } from '../types';
import { cookieKinds } from './cookie-kinds';

const kinds = (...texts: string[]) => {
  const sentences: PolicySentence[] = texts.map((text, i) => ({ id: `s${i}`, text, heading: '', section: 0 }));
  return cookieKinds(sentences)
    .map((s) => `${s.stance} ${s.kind} ${s.evidence.join(',')}`)
    .sort();
};

describe('cookieKinds', () => {
  it('finds the kinds of cookies a policy admits, in English and Norwegian', () => {
    expect(kinds('We use analytics cookies to understand how visitors use the shop.')).toEqual(['admits analytics s0']);
    expect(kinds('Vi bruker informasjonskapsler til markedsføring og statistikk.')).toEqual(['admits analytics s0', 'admits marketing s0']);
    expect(kinds('Some cookies are placed by third parties such as Google.')).toEqual(['admits third-party s0']);
    expect(kinds('Vi bruker tredjepartscookies fra Meta.')).toEqual(['admits third-party s0']);
  });

  it('finds denials: a negated use of the kind by the site', () => {
    expect(kinds('We do not use marketing cookies.')).toEqual(['denies marketing s0']);
    expect(kinds('We never use third-party cookies.')).toEqual(['denies third-party s0']);
    expect(kinds('Vi bruker ikke informasjonskapsler til markedsføring.')).toEqual(['denies marketing s0']);
    expect(kinds('Per i dag bruker vi ingen markedsføringsinformasjonskapsler.')).toEqual(['denies marketing s0']);
    expect(kinds('No advertising cookies are set on this site.')).toEqual(['denies marketing s0']);
  });

  it('reads "only necessary cookies" as denying analytics and marketing cookies', () => {
    expect(kinds('We only use strictly necessary cookies.')).toEqual(['admits essential s0', 'denies analytics s0', 'denies marketing s0']);
    expect(kinds('Nettstedet bruker kun nødvendige informasjonskapsler.')).toEqual(['admits essential s0', 'denies analytics s0', 'denies marketing s0']);
  });

  it('does not read the reader\'s choices, consent promises or other clauses as denials', () => {
    expect(kinds('If you do not accept marketing cookies, you will still see ads.')).toEqual(['admits marketing s0']);
    expect(kinds('We will not set analytics cookies without your consent.')).toEqual(['admits analytics s0']);
    expect(kinds('Only necessary cookies are set before you consent.')).toEqual(['admits essential s0']);
    expect(kinds('We do not sell your data, but we use advertising cookies.')).toEqual(['admits marketing s0']);
    expect(kinds('You can accept or decline non-essential cookies.')).toEqual([]);
    expect(kinds('We use cookies and similar tracking technologies.')).toEqual([]);
  });

  it('ignores kinds far from any cookie word', () => {
    expect(kinds('We use your e-mail address for marketing.')).toEqual([]);
  });
});
