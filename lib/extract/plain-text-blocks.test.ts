import { describe, expect, it } from 'vitest';
import { extractPolicyFromText } from './extract-policy';
import { blocksFromPlainText } from './plain-text-blocks';

const shape = (text: string) =>
  blocksFromPlainText(text, 100_000).blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : b.unit ? `- ${b.text}` : b.text));

describe('blocksFromPlainText', () => {
  it('reads short lines after a lead-in ending in ":" as list items, not headings', () => {
    expect(shape('What we collect\nWhen you order we store the following:\nName\nE-mail address\nDelivery address\n\nHow long we keep it\nWe keep orders for 5 years.')).toEqual([
      '# What we collect',
      'When you order we store the following:',
      '- Name',
      '- E-mail address',
      '- Delivery address',
      '# How long we keep it',
      'We keep orders for 5 years.',
    ]);
  });

  it('keeps list items separated by blank lines in the list until running text returns', () => {
    expect(shape('Du har rett til:\n\nInnsyn\n\nRetting\n\nSletting\n\nVi svarer innen 30 dager på alle henvendelser om dette.')).toEqual([
      'Du har rett til:',
      '- Innsyn',
      '- Retting',
      '- Sletting',
      'Vi svarer innen 30 dager på alle henvendelser om dette.',
    ]);
  });

  it('reads longer list lines after a lead-in as items ("Access the personal data we hold about you")', () => {
    expect(shape('You have the right to:\nAccess the personal data we hold about you\nAsk us to correct anything that is wrong\n')).toEqual([
      'You have the right to:',
      '- Access the personal data we hold about you',
      '- Ask us to correct anything that is wrong',
    ]);
  });

  it('reads a run of bare short lines as items even without a lead-in', () => {
    expect(shape('Vi lagrer dette.\nNavn\nE-postadresse\nTelefonnummer')).toEqual(['Vi lagrer dette.', '- Navn', '- E-postadresse', '- Telefonnummer']);
  });

  it('still reads a short line followed by running text as a heading', () => {
    expect(shape('Cookies\nWe use a cookie to keep your basket.\n\n3. Sharing\nWe share your address with Posten.')).toEqual([
      '# Cookies',
      'We use a cookie to keep your basket.',
      '# 3. Sharing',
      'We share your address with Posten.',
    ]);
  });

  it('treats bullets as items and a numbered heading after a list as the next section', () => {
    expect(shape('We collect:\n- Name\n- Phone\n\n2. Purposes\nWe use it to deliver orders.')).toEqual([
      'We collect:',
      '- Name',
      '- Phone',
      '# 2. Purposes',
      'We use it to deliver orders.',
    ]);
  });
});

describe('lead-ins of list items', () => {
  it('gives every item of a plain-text list the sentence that introduces it', () => {
    const policy = extractPolicyFromText('Personvern\nVi bruker følgende databehandlere:\nKlarna – betaling\nBring – frakt\n\nVi deler ikke opplysninger med andre.', 'file:///p.txt');
    const klarna = policy.sentences.find((s) => s.text === 'Klarna – betaling');
    expect(klarna?.leadIn).toBe('Vi bruker følgende databehandlere:');
    expect(policy.sentences.find((s) => s.text.startsWith('Vi deler'))?.leadIn).toBeUndefined();
  });
});

describe('headings after bulleted lists', () => {
  it('ends a bulleted list at the first line without a bullet', () => {
    expect(shape('We collect:\n- names\n- e-mail addresses\nSensitive information\nWe do not process sensitive information.')).toEqual([
      'We collect:',
      '- names',
      '- e-mail addresses',
      '# Sensitive information',
      'We do not process sensitive information.',
    ]);
  });
});
