import { describe, expect, it } from 'vitest';
import signals from './detection-signals.json';
import links from '../find-policy/link-texts.json';
import { packPhraseLists, unpackPhraseLists } from './phrase-lists';

describe('phrase lists packed for the bundle', () => {
  it('come back exactly as written, for both phrase files', () => {
    for (const { $comment: _note, ...data } of [signals, links]) {
      const packed = packPhraseLists(data);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(data).length);
      expect(unpackPhraseLists(packed)).toEqual(data);
    }
  });

  it('leave unpacked lists as they are, and keep an empty list empty', () => {
    expect(unpackPhraseLists({ en: ['a b', 'c'], nb: [] })).toEqual({ en: ['a b', 'c'], nb: [] });
    expect(unpackPhraseLists(packPhraseLists({ en: [] }))).toEqual({ en: [] });
  });

  it('refuse a phrase holding the separator', () => {
    expect(() => packPhraseLists({ en: ['this|that'] })).toThrow(/"\|"/);
  });
});
