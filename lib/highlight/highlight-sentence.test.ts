// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSentenceRange, HIGHLIGHT_ATTRIBUTE, highlightSentence, locateSentence } from './highlight-sentence';

const page = (html: string) => new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');

describe('highlightSentence', () => {
  it('finds a sentence across inline elements and irregular whitespace', () => {
    const doc = page('<p>Intro. We share your <b>address</b>\n   with the   carrier. Then more.</p>');
    // happy-dom's Range collapses across text nodes, so the location is checked rather than the Range.
    const at = locateSentence(doc, 'We share your address with the carrier.');
    expect(at!.startNode.data.slice(at!.startOffset)).toBe('We share your ');
    expect(at!.endNode.data.slice(0, at!.endOffset)).toBe('\n   with the   carrier.');
  });

  it('marks the block holding the sentence and clears the previous mark', () => {
    const doc = page('<p id="a">We keep purchase history for three years.</p><p id="b">You can ask us to delete your data at any time.</p>');
    expect(highlightSentence(doc, 'We keep purchase history for three years.')).toBe(true);
    expect(doc.getElementById('a')!.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(true);
    expect(highlightSentence(doc, 'You can ask us to delete your data at any time.')).toBe(true);
    expect(doc.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(1);
    expect(doc.getElementById('b')!.hasAttribute(HIGHLIGHT_ATTRIBUTE)).toBe(true);
  });

  it('finds cut sentences and table rows by their beginning', () => {
    const doc = page('<table><tr><td id="c">_ga cookie set by Google Analytics</td><td>2 years</td></tr></table>');
    expect(highlightSentence(doc, '_ga cookie set by Google Analytics – 2 years')).toBe(true);
    expect(highlightSentence(doc, '_ga cookie set by Google Analytics and some more text that was cut…')).toBe(true);
  });

  it('says so when the sentence is not on the page', () => {
    expect(highlightSentence(page('<p>Nothing here about that.</p>'), 'We sell your data to brokers.')).toBe(false);
  });

  it('ignores script text', () => {
    expect(findSentenceRange(page('<script>var s = "We sell your data to brokers";</script>'), 'We sell your data to brokers')).toBeNull();
  });
});
