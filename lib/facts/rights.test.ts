import { describe, expect, it } from 'vitest';
import { factTables } from './fact-tables';
import { matchingEntries } from './lexicon';

const rights = (text: string) => matchingEntries(text, factTables().rights).map((e) => e.key);

describe('rights in the plain words of list items', () => {
  it.each([
    ['See the data we hold', 'access'],
    ['Receive a register extract of your data', 'access'],
    ['Se og oppdatere egne opplysninger i Min side', 'access'],
    ['Fix anything that is wrong', 'rectification'],
    ['Take it with you as CSV or JSON', 'portability'],
    ['You can say no to the newsletter at any time.', 'opt-out-marketing'],
    ['Du kan melder deg av nyhetsbrevet når du vil.', 'opt-out-marketing'],
    ['Samtykket kan trekkes tilbake like enkelt som det ble gitt.', 'withdraw-consent'],
    ['Change your choice any time with the cookie icon.', 'cookie-choices'],
    ['Du kan endre valget via «Cookieinnstillinger» i bunnteksten.', 'cookie-choices'],
  ])('"%s" offers %s', (text, key) => expect(rights(text)).toContain(key));
});
