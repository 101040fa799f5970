import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPolicyFromHtml, extractPolicyFromText, slimHtml } from './extract-policy';
import { MAX_SENTENCES } from './build-policy';
import { parseHtmlInNode } from './parse-html-node';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'seeds', name), 'utf8');

const PAGE = `<!doctype html><html><head><title>Privacy – Lysekroken</title></head><body>
<header><nav><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><h1>Privacy policy</h1>
<p>We collect your name and address when you order. We share it with Posten for delivery.</p>
<h2>Cookies</h2>
<table><tr><th>Name</th><th>Provider</th><th>Expiry</th></tr><tr><td>_ga</td><td>Google</td><td>2 years</td></tr></table>
<h2>Your rights</h2><ul><li>Access to your data.</li><li>Deletion, e.g. of your account.</li></ul>
<script>var tracking = "not text";</script>
</main><footer>© Lysekroken AS · <a href="/terms">Terms</a></footer></body></html>`;

describe('extractPolicyFromHtml', () => {
  const policy = extractPolicyFromHtml(PAGE, 'https://lysekroken.no/privacy', parseHtmlInNode);

  it('keeps headings as sections and sentences under them', () => {
    expect(policy.sections.map((s) => s.heading)).toContain('Your rights');
    const deletion = policy.sentences.find((s) => s.text.startsWith('Deletion'));
    expect(deletion?.heading).toBe('Your rights');
    expect(deletion?.text).toBe('Deletion, e.g. of your account.');
  });

  it('turns table rows and list items into units', () => {
    expect(policy.sentences.map((s) => s.text)).toContain('_ga – Google – 2 years');
    expect(policy.sentences.map((s) => s.text)).toContain('Access to your data.');
  });

  it('drops navigation, footers and scripts', () => {
    const all = policy.sentences.map((s) => s.text).join(' ');
    expect(all).not.toMatch(/tracking|Terms|Shop/);
  });

  it('numbers sentences s0, s1, … and counts words', () => {
    expect(policy.sentences.map((s) => s.id).slice(0, 3)).toEqual(['s0', 's1', 's2']);
    expect(policy.words).toBeGreaterThan(20);
    expect(policy.title).toContain('Lysekroken');
  });

  it('survives broken and empty HTML', () => {
    expect(extractPolicyFromHtml('<div><p>Unclosed <b>bold <li>item', 'x', parseHtmlInNode).sentences.length).toBeGreaterThan(0);
    expect(extractPolicyFromHtml('', 'x', parseHtmlInNode).sentences).toEqual([]);
  });

  it('caps huge pages and says so', () => {
    const rows = Array.from({ length: MAX_SENTENCES + 50 }, (_, i) => `<p>Sentence number ${i} is here.</p>`).join('');
    const huge = extractPolicyFromHtml(`<html><body><main>${rows}</main></body></html>`, 'x', parseHtmlInNode);
    expect(huge.sentences.length).toBe(MAX_SENTENCES);
    expect(huge.truncated).toBe(true);
  });
});

describe('extractPolicyFromText', () => {
  it('finds the numbered headings and list items of a real policy (seed 003)', () => {
    const policy = extractPolicyFromText(seed('003_366c1963fa23d10c.txt'), 'file://seed');
    const headings = policy.sections.map((s) => s.heading);
    expect(headings).toContain('1. What information do we collect?');
    expect(headings).toContain('Information collected automatically');
    expect(policy.sentences.map((s) => s.text)).toContain('email addresses');
    expect(policy.sentences.find((s) => s.text === 'names')?.heading).toBe('Personal information that you provide');
  });

  it('keeps "In short: …" lines as sentences, not headings', () => {
    const policy = extractPolicyFromText('Title\nIn short: We collect personal data you give us\nMore text here.', 'x');
    expect(policy.sentences.map((s) => s.text)).toContain('In short: We collect personal data you give us');
  });
});

describe('slimHtml', () => {
  it('keeps headings, paragraphs and their words, and drops scripts, styles, comments and inline tags', () => {
    const html = '<h2>Retention</h2><!-- note --><script>var x = "<p>no</p>";</script><style>p{}</style><p>We keep <span class="a"><b>orders</b></span> for <em>5 years</em>.</p><svg><text>logo</text></svg>';
    expect(slimHtml(html)).toBe('<h2>Retention</h2><p>We keep orders for 5 years.</p>');
  });

  it('lets a 5 MB page of inline markup be read as a policy', () => {
    let html = '<html><head><title>Privacy</title></head><body><main><h1>Privacy policy</h1>';
    const block = `<div>${'<span>·</span>'.repeat(400)}</div><p>We store your e-mail address for two years to send receipts.</p>`;
    while (html.length < 5 * 1024 * 1024) html += block;
    const policy = extractPolicyFromHtml(html + '</main></body></html>', 'https://shop.example/privacy', parseHtmlInNode);
    expect(policy.truncated).toBe(true);
    expect(policy.sentences.some((s) => s.text === 'We store your e-mail address for two years to send receipts.')).toBe(true);
  });
});

describe('a policy with a very long cookie table', () => {
  it('keeps its headings and lists instead of only the part around the table', () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => `<tr><td>cookie_${i}</td><td>Remembers a setting for the shop</td><td>${i % 12 + 1} months</td></tr>`).join('');
    const html = `<html><head><title>Privacy</title></head><body><main>
      <h1>Privacy policy</h1><p>We are a small shop and this policy explains how we handle personal data of our customers.</p>
      <h2>Our partners</h2><p>We share delivery details with these partners so that your order reaches you:</p><ul><li>Klarna</li><li>Vipps</li><li>Posten</li></ul>
      <h2>How long we keep data</h2><p>Order records are kept for five years because the bookkeeping law requires it.</p>
      <div class="cookie-declaration"><h2>Cookies</h2><table>${rows}</table></div></main></body></html>`;
    const policy = extractPolicyFromHtml(html, 'https://shop.example/privacy', parseHtmlInNode);
    const texts = policy.sentences.map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(['Klarna', 'Vipps', 'Order records are kept for five years because the bookkeeping law requires it.']));
    expect(policy.sections.map((s) => s.heading)).toEqual(expect.arrayContaining(['Our partners', 'How long we keep data']));
  });
});
