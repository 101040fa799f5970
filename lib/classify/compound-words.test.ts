import { describe, expect, it } from 'vitest';
import { compoundParts, compoundVocabulary } from './compound-words';

const vocabulary = new Set(['adresse', 'levering', 'kunde', 'opplysninger', 'nummer', 'formål', 'markedsføring', 'betaling', 'informasjon', 'telefon']);

describe('compoundParts', () => {
  it.each([
    ['leveringsadresse', ['levering', 'adresse']],
    ['kundeopplysninger', ['kunde', 'opplysninger']],
    ['betalingsinformasjon', ['betaling', 'informasjon']],
    ['markedsføringsformål', ['markedsføring', 'formål']],
    ['telefonnummer', ['telefon', 'nummer']],
    ['fødselsnummer', ['nummer']],
  ])('splits %s into its known parts', (word, parts) => {
    expect(compoundParts(word, vocabulary)).toEqual(parts);
  });

  it('leaves short and unknown words alone', () => {
    expect(compoundParts('adresse', vocabulary)).toEqual([]);
    expect(compoundParts('personvern', vocabulary)).toEqual([]);
  });
});

describe('compoundVocabulary', () => {
  it('keeps words that stand alone at least twice', () => {
    expect(compoundVocabulary(['Din adresse og din adresse', 'Vi lagrer nummer'])).toEqual(['adresse', 'din']);
  });
});
