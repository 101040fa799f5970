import { describe, expect, it } from 'vitest';
import { isRestrictedUrl, samePage } from './restricted-url';

describe('isRestrictedUrl', () => {
  it.each([
    [undefined, true],
    ['chrome://extensions', true],
    ['about:addons', true],
    ['file:///home/a.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://chrome.google.com/other', false],
    ['https://shop.no/personvern', false],
    ['http://127.0.0.1:8080/', false],
  ])('%s → %s', (url, restricted) => expect(isRestrictedUrl(url)).toBe(restricted));

  it('treats fragment jumps as the same page', () => {
    expect(samePage('https://a.no/p#x', 'https://a.no/p')).toBe(true);
    expect(samePage('https://a.no/p', 'https://a.no/q')).toBe(false);
  });
});
