import { describe, expect, it } from 'vitest';
import { checkExtensionPageSender, checkPageInfo, checkPolicyReport, checkTabId, MAX_REPORT_CHARS } from './messages';

const EXT = 'abcdefghijklmnop';
const URL_ = 'https://shop.example/privacy';
const sender = { id: EXT, url: URL_ + '#top', frameId: 0, tab: { id: 7 } };

function report(overrides: Record<string, unknown> = {}) {
  return {
    url: URL_,
    detection: { kind: 'privacy-policy', score: 12, reasons: [{ signal: 'url-privacy', points: 2, detail: 'privacy' }], words: 500 },
    extracted: {
      url: URL_,
      title: 'Privacy policy',
      sections: [{ heading: '', level: 0 }],
      sentences: [{ id: 's0', text: 'We collect your e-mail address.', heading: '', section: 0 }],
      words: 5,
      truncated: false,
    },
    ...overrides,
  };
}

describe('checkPolicyReport', () => {
  it('accepts a well-formed report from the top frame of a tab, and drops unknown fields', () => {
    const result = checkPolicyReport({ ...report(), extra: 'x' }, sender, EXT);
    expect(result).toMatchObject({ ok: true, tabId: 7 });
    expect(result.ok && 'extra' in result.value).toBe(false);
  });

  it.each([
    ['another extension', { ...sender, id: 'other' }, 'another extension'],
    ['an extension page (no tab)', { id: EXT, url: 'chrome-extension://abc/popup.html', frameId: 0 }, 'not a content script'],
    ['a sub-frame', { ...sender, frameId: 3 }, 'not the top frame'],
    ['a frame on another URL', { ...sender, url: 'https://evil.example/privacy' }, 'does not match'],
    ['a page claiming its tab is on another origin', { ...sender, url: 'https://evil.example/', tab: { id: 7, url: URL_ } }, 'does not match'],
  ])('rejects a report from %s', (_name, from, reason) => {
    const result = checkPolicyReport(report(), from, EXT);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it.each([
    ['a missing field', { detection: undefined }, 'detection: not an object'],
    ['a wrong type', { extracted: { ...report().extracted, sentences: 'lots' } }, 'extracted.sentences: not an array'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'not an http(s) URL'],
    ['an unknown page kind', { detection: { ...report().detection, kind: 'evil' } }, 'detection.kind'],
    ['an over-long sentence', { extracted: { ...report().extracted, sentences: [{ id: 's0', text: 'x'.repeat(5_000), heading: '', section: 0 }] } }, 'longer than'],
  ])('rejects %s', (_name, overrides, reason) => {
    const result = checkPolicyReport(report(overrides), sender, EXT);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('accepts the tab URL a single-page shop moved to with pushState (same origin)', () => {
    const moved = { ...sender, url: new URL('/', URL_).href, tab: { id: 7, url: URL_ } };
    expect(checkPolicyReport(report(), moved, EXT)).toMatchObject({ ok: true, tabId: 7 });
  });

  it('rejects oversized messages before checking their shape', () => {
    const result = checkPolicyReport({ junk: 'x'.repeat(MAX_REPORT_CHARS + 1) }, sender, EXT);
    expect(!result.ok && result.reason).toMatch(/too large/);
  });

  it('rejects non-objects', () => {
    expect(checkPolicyReport('hello', sender, EXT).ok).toBe(false);
    expect(checkPolicyReport(null, sender, EXT).ok).toBe(false);
  });
});

describe('checkPageInfo', () => {
  it('accepts page info and rejects bad links', () => {
    const info = { url: URL_, title: 't', detection: report().detection, policyLinks: [], loadedHosts: ['cdn.example'] };
    expect(checkPageInfo(info).ok).toBe(true);
    const bad = { ...info, policyLinks: [{ url: 'javascript:x', text: '', score: 1, source: 'link', kind: 'privacy' }] };
    expect(checkPageInfo(bad).ok).toBe(false);
  });
});

describe('extension page senders', () => {
  it('accepts our popup and rejects content scripts', () => {
    expect(checkExtensionPageSender({ id: EXT, url: `chrome-extension://${EXT}/popup.html` }, EXT, `chrome-extension://${EXT}/`).ok).toBe(true);
    expect(checkExtensionPageSender(sender, EXT, `chrome-extension://${EXT}/`).ok).toBe(false);
  });

  it('checks tab ids and pasted URLs', () => {
    expect(checkTabId({ tabId: 3 }).ok).toBe(true);
    expect(checkTabId({ tabId: -1 }).ok).toBe(false);
    expect(checkTabId({ tabId: 3, policyUrl: 'file:///etc/passwd' }).ok).toBe(false);
  });
});
