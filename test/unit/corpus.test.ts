import { describe, expect, it } from 'vitest';
import { LABELS } from '../../lib/types';
import { loadCorpus, readLabelledJsonl, SEED_LABELS } from '../../scripts/corpus';

const corpus = loadCorpus();
const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('training corpus (data/corpus)', () => {
  it('has every row in the schema', () => {
    for (const row of corpus) {
      const keys = Object.keys(row).sort();
      expect(keys, row.text).toEqual(keys.includes('leadIn') ? ['doc', 'heading', 'labels', 'lang', 'leadIn', 'text'] : ['doc', 'heading', 'labels', 'lang', 'text']);
      if (row.leadIn !== undefined) expect(row.leadIn.trim().length, row.text).toBeGreaterThan(0);
      expect(row.doc).toMatch(new RegExp(`^${row.lang}-[a-z0-9-]+$`));
      expect(['en', 'nb']).toContain(row.lang);
      expect(typeof row.heading).toBe('string');
      expect(row.text.trim().length, row.doc).toBeGreaterThan(0);
      expect(new Set(row.labels).size).toBe(row.labels.length);
      expect(row.labels, row.text).toEqual(LABELS.filter((label) => row.labels.includes(label)));
      for (const label of row.labels) expect(LABELS).toContain(label);
    }
  });

  it('is big enough: ≥ 3,000 English and ≥ 1,500 Norwegian sentences', () => {
    expect(corpus.filter((s) => s.lang === 'en').length).toBeGreaterThanOrEqual(3000);
    expect(corpus.filter((s) => s.lang === 'nb').length).toBeGreaterThanOrEqual(1500);
  });

  it('has examples of every label in both languages, and label-free sentences', () => {
    for (const lang of ['en', 'nb'])
      for (const label of LABELS) expect(corpus.filter((s) => s.lang === lang && s.labels.includes(label)).length, `${lang}/${label}`).toBeGreaterThanOrEqual(50);
    expect(corpus.filter((s) => s.labels.length === 0).length).toBeGreaterThan(corpus.length * 0.15);
  });

  // A bare list item ("Name") may recur under different lead-ins; under the same one it is a duplicate.
  it('has no duplicate sentences (list items: no duplicate under the same lead-in)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const row of corpus) {
      const key = `${norm(row.leadIn ?? '')}\u0000${norm(row.text)}`;
      if (seen.has(key)) duplicates.push(`${row.doc} / ${seen.get(key)}: ${row.text}`);
      seen.set(key, row.doc);
    }
    expect(duplicates).toEqual([]);
  });

  it('keeps each document contiguous (documents are the unit of the evaluation split)', () => {
    const finished = new Set<string>();
    let current = '';
    for (const row of corpus) {
      if (row.doc !== current) {
        expect(finished.has(row.doc), row.doc).toBe(false);
        if (current) finished.add(current);
        current = row.doc;
      }
    }
  });

  it('never contains a sentence of the held-out seed policies', () => {
    const seeds = new Set(readLabelledJsonl(SEED_LABELS).map((s) => norm(s.text)).filter((t) => t.split(' ').length > 4));
    expect(corpus.filter((s) => seeds.has(norm(s.text))).map((s) => s.text)).toEqual([]);
  });

  it('has no close paraphrase of a seed sentence (half of its word triples, and at least five, shared)', () => {
    const triples = (text: string) => {
      const words = norm(text).replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter(Boolean);
      return new Set(words.slice(2).map((_, i) => words.slice(i, i + 3).join(' ')));
    };
    const seedTriples = readLabelledJsonl(SEED_LABELS).map((s) => triples(s.text)).filter((t) => t.size >= 4);
    const close = corpus.filter((row) => {
      const own = triples(row.text);
      if (own.size < 4) return false;
      return seedTriples.some((seed) => {
        let shared = 0;
        for (const t of own) if (seed.has(t)) shared++;
        return shared >= 5 && shared / own.size >= 0.5;
      });
    });
    expect(close.map((s) => `${s.doc}: ${s.text}`)).toEqual([]);
  });
});
