import { describe, expect, it } from 'vitest';
import { checkAnswer, checkMessage, MAX_REPORT_CHARS, MESSAGE_RULES, senderProblem } from './message-rules';
import { checkPolicyAnswer, checkPolicyReport } from './policy-report-checks';

const EXT = 'abcdefghijklmnop';
const SELF = { id: EXT, origin: `chrome-extension://${EXT}/` };
const URL_ = 'https://shop.example/privacy';
const sender = { id: EXT, url: URL_ + '#top', frameId: 0, tab: { id: 7 } };
const popup = { id: EXT, url: `chrome-extension://${EXT}/popup.html` };

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

describe('the allow-list of message kinds', () => {
  it('names a sender and a schema for every kind, in one table', () => {
    for (const [kind, rule] of Object.entries(MESSAGE_RULES)) expect([kind, typeof rule.from, typeof rule.data]).toEqual([kind, 'string', 'object']);
    expect(Object.entries(MESSAGE_RULES).filter(([, rule]) => rule.from === 'content-script').map(([kind]) => kind)).toEqual(['reportPolicy']);
  });

  it('refuses a kind it does not list', () => {
    expect(senderProblem('deleteEverything' as never, popup, SELF)).toMatch(/unknown message kind/);
  });

  it.each(['getTabReport', 'analyseSite', 'getCookieReport', 'showEvidence', 'reanalysePolicy'] as const)('refuses %s from a content script (a page could forge it)', (kind) => {
    expect(checkMessage(kind, { tabId: 1, url: URL_, sentenceId: 's1' }, sender, SELF)).toEqual({ ok: false, reason: 'sender is not an extension page' });
  });

  it('refuses parsePage from a content script, and from another extension', () => {
    expect(checkMessage('parsePage', { html: '<p>x</p>', url: URL_ }, sender, SELF).ok).toBe(false);
    expect(checkMessage('parsePage', { html: '<p>x</p>', url: URL_ }, { ...popup, id: 'other' }, SELF)).toEqual({ ok: false, reason: 'sender is another extension' });
    expect(checkMessage('parsePage', { html: '<p>x</p>', url: URL_ }, popup, SELF).ok).toBe(true);
  });
});

describe('checkPolicyReport', () => {
  it('accepts a well-formed report from the top frame of a tab, and drops unknown fields', () => {
    const result = checkPolicyReport({ ...report(), extra: 'x' }, sender, SELF);
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
    const result = checkPolicyReport(report(), from, SELF);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it.each([
    ['a field set to undefined', { detection: undefined }, 'detection: not an object'],
    ['a missing field', { url: URL_, detection: report().detection, extracted: { ...report().extracted, title: undefined } }, 'extracted.title: not a string'],
    ['a wrong type', { extracted: { ...report().extracted, sentences: 'lots' } }, 'extracted.sentences: not an array'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'not an http(s) URL'],
    ['an unknown page kind', { detection: { ...report().detection, kind: 'evil' } }, 'detection.kind'],
    ['an over-long sentence', { extracted: { ...report().extracted, sentences: [{ id: 's0', text: 'x'.repeat(5_000), heading: '', section: 0 }] } }, 'longer than'],
    ['a sentence id that is not ours', { extracted: { ...report().extracted, sentences: [{ id: '<img>', text: 'x', heading: '', section: 0 }] } }, 'sentences[0].id: not a sentence id'],
    ['a negative word count', { detection: { ...report().detection, words: -1 } }, 'detection.words: out of range'],
    ['an infinite score', { detection: { ...report().detection, score: Infinity } }, 'detection.score'],
    ['too many sections', { extracted: { ...report().extracted, sections: Array.from({ length: 3_001 }, () => ({ heading: '', level: 0 })) } }, 'more than 3000 items'],
    ['a heading level past 6', { extracted: { ...report().extracted, sections: [{ heading: '', level: 7 }] } }, 'sections[0].level: out of range'],
    ['an extracted URL that is not the report\'s', { extracted: { ...report().extracted, url: 'https://other.example/' } }, 'extracted URL does not match'],
  ])('rejects %s', (_name, overrides, reason) => {
    const result = checkPolicyReport(report(overrides), sender, SELF);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('accepts the tab URL a single-page shop moved to with pushState (same origin)', () => {
    const moved = { ...sender, url: new URL('/', URL_).href, tab: { id: 7, url: URL_ } };
    expect(checkPolicyReport(report(), moved, SELF)).toMatchObject({ ok: true, tabId: 7 });
  });

  it('accepts a same-origin iframe read by the top frame, and names the page around it', () => {
    const frameUrl = new URL('/cms/privacy', URL_).href;
    const fromFrame = report({ url: frameUrl, extracted: { ...report().extracted, url: frameUrl } });
    expect(checkPolicyReport(fromFrame, sender, SELF)).toMatchObject({ ok: true, tabId: 7, pageUrl: URL_ + '#top' });
  });

  it('rejects oversized messages before checking their shape', () => {
    const result = checkPolicyReport({ junk: 'x'.repeat(MAX_REPORT_CHARS + 1) }, sender, SELF);
    expect(!result.ok && result.reason).toMatch(/too large/);
  });

  it('rejects non-objects', () => {
    for (const data of ['hello', null, undefined, 42, [report()]]) expect(checkPolicyReport(data, sender, SELF).ok).toBe(false);
  });

  it('does not let "__proto__" in a report reach any prototype', () => {
    const forged = JSON.parse(JSON.stringify(report()).replace('{"url"', '{"__proto__":{"polluted":true},"url"'));
    const result = checkPolicyReport(forged, sender, SELF);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('answers and page messages', () => {
  it('accepts page info and rejects bad links', () => {
    const info = { url: URL_, title: 't', detection: report().detection, policyLinks: [], loadedHosts: ['cdn.example'] };
    expect(checkAnswer('getPageInfo', info).ok).toBe(true);
    const bad = { ...info, policyLinks: [{ url: 'javascript:x', text: '', score: 1, source: 'link', kind: 'privacy' }] };
    expect(checkAnswer('getPageInfo', bad).ok).toBe(false);
    expect(checkAnswer('getPageInfo', { ...info, loadedHosts: Array.from({ length: 501 }, (_, i) => `h${i}.example`) })).toMatchObject({ ok: false, reason: expect.stringMatching(/loadedHosts: more than 500/) });
  });

  it('checks a parsed page from the offscreen document', () => {
    expect(checkAnswer('parsePage', { detection: report().detection, extracted: report().extracted, policyLinks: [] }).ok).toBe(true);
    expect(checkAnswer('parsePage', { detection: report().detection, policyLinks: [] }).ok).toBe(false);
  });

  it('accepts our popup and rejects content scripts', () => {
    expect(checkMessage('getTabReport', { tabId: 3 }, popup, SELF)).toEqual({ ok: true, value: { tabId: 3 } });
    expect(checkMessage('getTabReport', { tabId: 3 }, sender, SELF).ok).toBe(false);
  });

  it('checks tab ids, pasted URLs and evidence ids', () => {
    expect(checkMessage('analyseSite', { tabId: -1 }, popup, SELF).ok).toBe(false);
    expect(checkMessage('analyseSite', { tabId: 3, policyUrl: 'file:///etc/passwd' }, popup, SELF).ok).toBe(false);
    expect(checkMessage('analyseSite', { tabId: 3, policyUrl: 'https://shop.no/p' }, popup, SELF).ok).toBe(true);
    expect(checkMessage('showEvidence', { tabId: 3, sentenceId: 's12' }, popup, SELF).ok).toBe(true);
    expect(checkMessage('showEvidence', { tabId: 3, sentenceId: 'x'.repeat(100) }, popup, SELF).ok).toBe(false);
    expect(checkMessage('reanalysePolicy', { url: 'javascript:alert(1)' }, popup, SELF).ok).toBe(false);
  });
});

describe('checkPolicyAnswer', () => {
  it('accepts none, or a report of the tab own site, and rejects other sites and bad shapes', () => {
    expect(checkPolicyAnswer(null, URL_)).toEqual({ ok: true, value: null });
    expect(checkPolicyAnswer(report(), URL_)).toMatchObject({ ok: true });
    expect(checkPolicyAnswer(report(), 'https://other.example/')).toMatchObject({ ok: false, reason: 'URL is not of the tab' });
    expect(checkPolicyAnswer({ url: URL_ }, URL_).ok).toBe(false);
  });
});
