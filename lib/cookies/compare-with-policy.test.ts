// Policy against reality on the seed policies (analysed by the real engine) with cookies shaped like
// the browser's cookies.getAll output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze-policy';
import { loadModelFromDisk } from '../cli/load-model-node';
import { extractPolicyFromHtml } from '../extract/extract-policy';
import { parseHtmlInNode } from '../extract/parse-html-node';
import type { CookieReport } from './cookie-types';
import type { PolicyAnalysis } from '../types';
import { checkCookiesAgainstPolicy } from './compare-with-policy';
import { trackingBeforeConsent } from './cookie-contradictions';
import { COOKIE_TABLES } from './cookie-tables';
import { cookieReport, getAll } from '@/test/unit/cookie-reports';
import { nodeRenderer } from '../text/catalogue-node';


const en = nodeRenderer('en');

const model = loadModelFromDisk();

async function analyse(html: string): Promise<PolicyAnalysis> {
  const outcome = await analyzePolicy(extractPolicyFromHtml(html, 'https://shop.no/personvern', parseHtmlInNode), model);
  if (!outcome.ok) throw new Error(en(outcome.message));
  return outcome.analysis;
}
const seed = (name: string) => analyse(readFileSync(`test/fixtures/seeds/${name}.html`, 'utf8'));
const report = cookieReport;
const check = (r: CookieReport, analysis: PolicyAnalysis) => checkCookiesAgainstPolicy(r, analysis, COOKIE_TABLES.vendors);
const statuses = (result: ReturnType<typeof check>) => Object.fromEntries(result.declarations.map((d) => [d.cookie.name, d.status]));

describe('checkCookiesAgainstPolicy', () => {
  it('seed 000 (Wix table): declared cookies match by their written names, Google Analytics is undeclared', async () => {
    const analysis = await seed('000_d4352249f7bbf683');
    const wix = report('robotek.no', [
      getAll('XSRF-TOKEN', 'www.robotek.no', null),
      getAll('svSession', '.robotek.no', 730),
      getAll('consent-policy', '.robotek.no', 365),
      getAll('TS01a2b3c4', 'www.robotek.no', null),
      getAll('fedops.logger.sessionId', '.robotek.no', 365),
      getAll('_ga', '.robotek.no', 730),
    ]);
    const result = check(wix, analysis);
    expect(statuses(result)).toEqual({ 'consent-policy': 'named', 'fedops.logger.sessionId': 'named', svSession: 'named', _ga: 'undeclared', 'TS01a2b3c4': 'named', 'XSRF-TOKEN': 'named' });
    const xsrf = result.declarations.find((d) => d.cookie.name === 'XSRF-TOKEN')!;
    expect(analysis.sentences.find((s) => s.id === xsrf.evidence[0])!.text).toMatch(/^XSRF TOKEN – Used for security reasons/);
    expect(result.undeclared.map((d) => [d.cookie.name, d.cookie.category, d.cookie.vendor])).toEqual([['_ga', 'analytics', 'Google Analytics']]);
    expect(result.declaredNotSeen.map((d) => d.name)).toEqual(['hs', 'SSR Caching', '_wixCIDX', '_wix_browser_sess', 'smSession', 'bSession', 'wixLanguage']);
    expect(result.contradictions).toEqual([]);
  });

  it('seed 002 (Magento table): names, vendors the policy mentions, and kinds it admits only in general', async () => {
    const analysis = await seed('002_5014aa8f602bcf1a');
    expect(analysis.facts.declaredCookies).toHaveLength(16);
    expect(analysis.facts.cookieKinds).toEqual([expect.objectContaining({ kind: 'analytics', stance: 'admits' })]);
    const shop = report('vaktrommet.no', [
      getAll('PHPSESSID', 'www.vaktrommet.no', null),
      getAll('form_key', 'www.vaktrommet.no', 365),
      getAll('mage-cache-sessid', 'www.vaktrommet.no', 365),
      getAll('_fbp', '.vaktrommet.no', 90),
      getAll('_ga', '.vaktrommet.no', 730),
      getAll('IDE', '.doubleclick.net', 390, { sameSite: 'no_restriction' }),
    ]);
    const result = check(shop, analysis);
    expect(statuses(result)).toEqual({ PHPSESSID: 'named', form_key: 'named', 'mage-cache-sessid': 'named', _fbp: 'vendor', _ga: 'kind', IDE: 'undeclared' });
    // Facebook is named in the policy's social-media section: that sentence is the evidence.
    const fbp = result.declarations.find((d) => d.cookie.name === '_fbp')!;
    expect(analysis.sentences.find((s) => s.id === fbp.evidence[0])!.text).toMatch(/Facebook/);
    expect(result.undeclared.map((d) => d.cookie.name)).toEqual(['_ga', 'IDE']);
    expect(result.declaredNotSeen).toHaveLength(13);
  });

  it('reports contradictions with the evidence sentence: no marketing, no third-party, a tracking cookie called essential', async () => {
    const analysis = await analyse(`<!doctype html><html lang="en"><head><title>Privacy policy – Fjellsport</title></head><body><main>
      <h1>Privacy policy</h1><p>We collect your name, address and e-mail address when you order, to deliver the goods and send a receipt.</p>
      <p>Payments are processed by Klarna. We keep order history for five years under the Bookkeeping Act.</p>
      <h2>Cookies</h2><p>We do not use marketing cookies or third-party cookies.</p>
      <table><tr><th>Cookie name</th><th>Purpose</th><th>Type</th></tr>
      <tr><td>PHPSESSID</td><td>Keeps your cart</td><td>Necessary</td></tr><tr><td>_ga</td><td>Keeps the site running</td><td>Necessary</td></tr></table>
      <h2>Your rights</h2><p>You may ask for access to and deletion of your data at privacy@fjellsport.no, and complain to Datatilsynet.</p></main></body></html>`);
    const shop = report('fjellsport.no', [
      getAll('PHPSESSID', 'fjellsport.no', null),
      getAll('_ga', '.fjellsport.no', 730),
      getAll('_fbp', '.fjellsport.no', 90),
      getAll('IDE', '.doubleclick.net', 390),
      getAll('xq1', 'pixel.tracker.example', 365),
    ]);
    const result = check(shop, analysis);
    const byClaim = Object.fromEntries(result.contradictions.map((c) => [c.claim, c]));
    expect(Object.keys(byClaim).sort()).toEqual(['mislabelled', 'no-marketing', 'no-third-party']);
    const denial = analysis.sentences.find((s) => s.id === byClaim['no-marketing']!.evidence[0])!;
    expect(denial.text).toBe('We do not use marketing cookies or third-party cookies.');
    // A guessed category never accuses: xq1 is only "probably" marketing.
    expect(byClaim['no-marketing']!.cookies.map((c) => c.name)).toEqual(['_fbp', 'IDE']);
    expect(byClaim['no-third-party']!.cookies.map((c) => c.name)).toEqual(['IDE', 'xq1']);
    expect(byClaim.mislabelled).toMatchObject({ declaredAs: 'essential', cookies: [expect.objectContaining({ name: '_ga', category: 'analytics' })] });
  });

  it('lists tracking services the page loaded that the policy never names', async () => {
    const analysis = await seed('002_5014aa8f602bcf1a');
    const shop = report('vaktrommet.no', [], {
      services: [
        { host: 'connect.facebook.net', vendor: 'Meta', vendorKey: 'meta', category: 'social' },
        { host: 'static.hotjar.com', vendor: 'Hotjar', vendorKey: 'hotjar', category: 'analytics' },
        { host: 'js.stripe.com', vendor: 'Stripe', vendorKey: 'stripe', category: 'payment' },
      ],
    });
    expect(check(shop, analysis).unnamedServices.map((s) => s.vendorKey)).toEqual(['hotjar']);
  });
});

describe('trackingBeforeConsent', () => {
  const cookies = [getAll('_ga', '.shop.no', 730), getAll('PHPSESSID', 'shop.no', null), getAll('xq1', 'pixel.tracker.example', 365)];

  it('warns about analytics and marketing cookies present before any click or key press', () => {
    expect(trackingBeforeConsent(report('shop.no', cookies, { pageInteracted: false }))!.map((c) => [c.name, c.basis])).toEqual([
      ['_ga', 'table'],
      ['xq1', 'guess'],
    ]);
  });

  it('stays silent after an interaction, when the page cannot tell, or when a consent cookie shows an earlier answer', () => {
    expect(trackingBeforeConsent(report('shop.no', cookies, { pageInteracted: true }))).toBeNull();
    expect(trackingBeforeConsent(report('shop.no', cookies, { pageInteracted: null }))).toBeNull();
    expect(trackingBeforeConsent(report('shop.no', [...cookies, getAll('CookieConsent', 'shop.no', 365)], { pageInteracted: false }))).toBeNull();
    expect(trackingBeforeConsent(report('shop.no', [getAll('PHPSESSID', 'shop.no', null)], { pageInteracted: false }))).toBeNull();
  });
});
