import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences';

describe('splitSentences', () => {
  it('keeps English abbreviations inside sentences', () => {
    expect(splitSentences('We use data, e.g. your name, i.e. what you type. Acme Inc. and U.S. Privacy Shield firms receive it. Done.')).toEqual([
      'We use data, e.g. your name, i.e. what you type.',
      'Acme Inc. and U.S. Privacy Shield firms receive it.',
      'Done.',
    ]);
  });

  it('keeps Norwegian abbreviations and article numbers inside sentences', () => {
    expect(splitSentences('Vi deler bl.a. data med Google, jf. GDPR art. 15. Det gjelder f.eks. navn, ca. 3 år. Takk!')).toEqual([
      'Vi deler bl.a. data med Google, jf. GDPR art. 15.',
      'Det gjelder f.eks. navn, ca. 3 år.',
      'Takk!',
    ]);
  });

  it('does not split e-mail addresses or URLs', () => {
    expect(splitSentences('Write to privacy@shop.no or visit https://shop.no/privacy.html for more. We reply fast.')).toEqual([
      'Write to privacy@shop.no or visit https://shop.no/privacy.html for more.',
      'We reply fast.',
    ]);
  });

  it('splits "a request. We will" (where natural\'s tokenizer fails)', () => {
    expect(splitSentences('Send us a request. We will answer.')).toEqual(['Send us a request.', 'We will answer.']);
  });

  it('ends a sentence at "etc." before a capital', () => {
    expect(splitSentences('We keep logs, cookies etc. Then we delete them.')).toEqual(['We keep logs, cookies etc.', 'Then we delete them.']);
  });

  it('only joins "no." and "art." when a number follows', () => {
    expect(splitSentences('Reg. no. 123 456 789 is ours. We say no. Then yes.')).toEqual(['Reg. no. 123 456 789 is ours.', 'We say no.', 'Then yes.']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('— • —')).toEqual([]);
  });
});

describe('splitSentences on very long text', () => {
  it('splits a 1 MB paragraph, keeping abbreviations joined across the pieces it is segmented in', () => {
    const sentence = 'We share your address with carriers, e.g. Posten and Bring, to deliver parcels. ';
    const sentences = splitSentences(sentence.repeat(12_000));
    expect(sentences).toHaveLength(12_000);
    expect(new Set(sentences)).toEqual(new Set([sentence.trim()]));
  });
});
