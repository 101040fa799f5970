import { describe, expect, it } from 'vitest';
import { factTables } from './fact-tables';
import { matchingEntries } from './lexicon';

const keys = (text: string) => matchingEntries(text, factTables().dataTypes).map((e) => e.key);

describe('data types: postal address', () => {
  it.each([
    'We collect your name, address and e-mail address.',
    'Your delivery address is shared with the carrier.',
    'Vi lagrer navn, adresse og telefonnummer.',
    'Leveringsadressen din sendes til Posten.',
  ])('finds a postal address in "%s"', (text) => expect(keys(text)).toContain('postal-address'));

  it.each([
    'We collect your e-mail address when you sign up.',
    'Our servers log your IP address.',
    'Vi bruker e-postadressen din til å sende kvitteringer.',
    'Vi logger IP-adressen din.',
    'The app can read your address book if you allow it.',
  ])('finds no postal address in "%s"', (text) => expect(keys(text)).not.toContain('postal-address'));
});
