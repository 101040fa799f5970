import { describe, expect, it } from 'vitest';
import { LABELS } from '../../lib/types';
import { runCli } from './run-cli';

describe('policy-lens classify', () => {
  it('keeps order and ids, one output line per input line, labels = union of sentence labels', async () => {
    const input = [
      { id: 'a', text: 'We keep your order history for 5 years. You can ask us to delete your account at any time.' },
      { id: 'b', text: 'Vi deler adressen din med Posten for å levere pakken.' },
      { id: 7, text: 'Welcome to our shop!' },
    ];
    const run = await runCli(['classify'], input.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(run.code).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 7]);
    expect(out[0].sentences).toHaveLength(2);
    for (const line of out) {
      const union = new Set(line.sentences.flatMap((s: { labels: string[] }) => s.labels));
      expect(line.labels).toEqual(LABELS.filter((l) => union.has(l)));
    }
  });

  it('reports a malformed line with its number and still processes the rest', async () => {
    const run = await runCli(['classify'], '{"id":"1","text":"We collect your e-mail address."}\nnot json\n{"id":"3"}\n{"id":"4","text":"Du kan klage til Datatilsynet."}\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('line 2: not valid JSON');
    expect(run.stderr).toContain('line 3: missing "text"');
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1', '4']);
  });

  it('handles thousands of lines', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `p${i}`, text: `Paragraph ${i}: we share your address with the carrier. We keep it for ${i % 9 + 1} years.` }));
    const run = await runCli(['classify'], lines.join('\n'));
    expect(run.code).toBe(0);
    const ids = run.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(3000);
    expect(ids[2999]).toBe('p2999');
  });

  it('reads a short unpunctuated first line of a multi-line text as the heading of the rest, not as a sentence', async () => {
    const run = await runCli(['classify'], JSON.stringify({ id: 'h', text: 'How long we keep data\nInvoices stay in our books for five years.\nThen they are shredded.' }) + '\n');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.sentences.map((s: { text: string }) => s.text)).toEqual(['Invoices stay in our books for five years.', 'Then they are shredded.']);
    expect(out.labels).toContain('retention');
  });

  it('accepts a byte-order mark, and names an id of the wrong type', async () => {
    const run = await runCli(['classify'], '\uFEFF{"id":"1","text":"We collect your e-mail address."}\n{"id":{"a":1},"text":"x"}\n');
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1']);
    expect(run.stderr).toContain('line 2: "id" must be a string or a number');
  });
});
