import { describe, expect, it } from 'vitest';
import { nodeRenderer } from './catalogue-node';
import { catalogueLookup, renderText } from './render-text';
import { lower, text, verbatim } from './text';

describe('renderText', () => {
  const lookup = catalogueLookup({
    listAndMore: { message: '$1 and $2 more' },
    cardCollects: { message: 'Collects $1.' },
    verbatim: { message: '$1' },
    failCouldNotRead: { message: 'Costs $$5 at $shop$', placeholders: { shop: { content: '$1' } } },
  });

  it('substitutes $1…$9, named placeholders and $$ as the browsers do', () => {
    expect(renderText(text('failCouldNotRead', 'Shop AS'), lookup)).toBe('Costs $5 at Shop AS');
    // A substituted value is never read as a placeholder itself.
    expect(renderText(text('cardCollects', '$1 $$'), lookup)).toBe('Collects $1 $$.');
  });

  it('renders nested texts, joins lists with commas and lower-cases names in running text', () => {
    const names = [lower(verbatim('E-mail')), lower(verbatim('Name'))];
    expect(renderText(text('cardCollects', text('listAndMore', names, 3)), lookup)).toBe('Collects e-mail, name and 3 more.');
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect(renderText(text('cardRights', 3), lookup)).toBe('cardRights');
  });

  it('reads the extension catalogue in Node, in both languages', () => {
    expect(nodeRenderer('en')(text('failTooShort', 12))).toBe('Only 12 words: too short to be a privacy policy.');
    expect(nodeRenderer('nb')(text('failTooShort', 12))).toBe('Bare 12 ord: for kort til å være en personvernerklæring.');
  });
});
