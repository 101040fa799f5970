// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPagePath } from '@/test/fixtures/seed-files';
import { detectPolicyPage, POLICY_THRESHOLD } from './detect-policy-page';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (name: string) => parse(readFileSync(`test/fixtures/pages/${name}.html`, 'utf8'));

const paragraphs = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');
const ENGLISH_POLICY = `<html><head><title>Privacy Policy | Example Shop</title></head><body>
<nav><a href="/">Home</a></nav><main><h1>Privacy Policy</h1>
<h2>Information we collect</h2>${paragraphs([
  'We collect personal data you give us when you place an order: your name, e-mail address, postal address and phone number.',
  'We also store your purchase history and the IP address you use to connect to our shop.',
])}<h2>How we use your information</h2>${paragraphs([
  'We process personal information to deliver your order and, with your consent, to send you newsletters.',
  'The legal basis for processing is the contract with you and our legitimate interest in preventing fraud.',
])}<h2>Sharing with third parties</h2>${paragraphs([
  'We share your address with the carrier and your payment details with our payment provider, who act as processors.',
  'We never sell personal data to third parties.',
])}<h2>Retention</h2>${paragraphs(['We retain order information for five years because the accounting act requires it; other personal data is deleted after two years.'])}
<h2>Your rights</h2>${paragraphs([
  'You have the right of access, rectification, erasure and data portability, and you may withdraw your consent at any time.',
  'You may complain to the data protection authority. Contact us at privacy@example.com to use your rights.',
])}</main><footer><a href="/privacy">Privacy</a></footer></body></html>`;

const NORWEGIAN_COOKIE_PAGE = `<html><head><title>Informasjonskapsler</title></head><body><main>
<h1>Bruk av informasjonskapsler</h1>${paragraphs([
  'Vi bruker informasjonskapsler (cookies) for at nettbutikken skal fungere og for å forstå hvordan den brukes.',
  'Nødvendige informasjonskapsler husker handlekurven din og lagres bare så lenge nettleseren er åpen.',
  'Analyseverktøyet vårt setter informasjonskapsler som lagrer en anonym id i to år, og samler inn IP-adresse i forkortet form.',
  'Markedsføringskapsler fra tredjeparter settes bare etter samtykke, og du kan trekke tilbake samtykket når som helst.',
  'Du kan slette informasjonskapsler og reservere deg i innstillingene i nettleseren din.',
  'Behandlingsansvarlig er Nordlys Sko AS. Les mer om behandling av personopplysninger i personvernerklæringen.',
  'Du kan klage til Datatilsynet hvis du mener vi behandler personopplysningene dine i strid med personvernforordningen.',
])}</main></body></html>`;

describe('detectPolicyPage', () => {
  it('recognises an English privacy policy with the reasons', () => {
    const detection = detectPolicyPage(parse(ENGLISH_POLICY), 'https://shop.example/privacy-policy');
    expect(detection.kind).toBe('privacy-policy');
    expect(detection.score).toBeGreaterThanOrEqual(POLICY_THRESHOLD + 4);
    const signals = detection.reasons.map((r) => r.signal);
    expect(signals).toEqual(expect.arrayContaining(['title-privacy', 'h1-privacy', 'url-privacy', 'topic-headings', 'body-phrases']));
  });

  it('reads a policy inside a layout wrapper whose class sounds like chrome ("navbar-wrap")', () => {
    const html = ENGLISH_POLICY.replace('<main>', '<div class="navbar-wrap"><main class="navbar-main">').replace('</main>', '</main></div>');
    const detection = detectPolicyPage(parse(html), 'https://shop.example/privacy-policy');
    expect(detection.words).toBeGreaterThan(150);
    expect(detection.kind).toBe('privacy-policy');
  });

  it('recognises a policy from its text alone, on a neutral URL and title', () => {
    const html = ENGLISH_POLICY.replace(/Privacy Policy/g, 'Information');
    const detection = detectPolicyPage(parse(html), 'https://shop.example/info');
    expect(detection.kind).toBe('privacy-policy');
  });

  it('calls a Norwegian cookie page a cookie policy', () => {
    const detection = detectPolicyPage(parse(NORWEGIAN_COOKIE_PAGE), 'https://nordlys.no/informasjonskapsler');
    expect(detection.kind).toBe('cookie-policy');
    expect(detection.reasons.map((r) => r.signal)).toContain('url-cookie');
  });

  it.each([0, 1, 2, 3, 4])('recognises seed policy %s wrapped as a page', (seed) => {
    const detection = detectPolicyPage(parse(readFileSync(seedPagePath(seed), 'utf8')), `http://127.0.0.1:8080/policies/${seed}`);
    expect(detection.kind).toBe('privacy-policy');
  });

  it('recognises a policy in another language, so it can be reported as unsupported', () => {
    const detection = detectPolicyPage(fixture('policies/german'), 'https://bergladen.example/datenschutz');
    expect(detection.kind).toBe('privacy-policy');
  });

  it('calls the fixture cookie page a cookie policy', () => {
    expect(detectPolicyPage(fixture('cookie-policy'), 'http://127.0.0.1:8080/informasjonskapsler').kind).toBe('cookie-policy');
  });

  it('does not call a shop front page with a footer link to its policy a policy', () => {
    const detection = detectPolicyPage(fixture('shop'), 'http://127.0.0.1:8080/');
    expect(detection.kind).toBe('none');
  });

  it('does not call an article that mentions privacy a policy', () => {
    const detection = detectPolicyPage(fixture('article'), 'http://127.0.0.1:8080/blogg/personvern-tips');
    expect(detection.kind).toBe('none');
    expect(detection.reasons.some((r) => r.signal.startsWith('article-'))).toBe(true);
  });

  it('does not call terms of service a policy, even when they mention personal data', () => {
    const detection = detectPolicyPage(fixture('terms'), 'http://127.0.0.1:8080/kjopsvilkar');
    expect(detection.kind).toBe('none');
    expect(detection.reasons.map((r) => r.signal)).toEqual(expect.arrayContaining(['title-terms', 'url-terms']));
  });

  it('is not fooled by a privacy slug inside a longer blog slug', () => {
    const detection = detectPolicyPage(fixture('article'), 'http://127.0.0.1:8080/blog/why-privacy-matters');
    expect(detection.reasons.map((r) => r.signal)).not.toContain('url-privacy');
  });

  it('reads only a capped amount of text on huge pages', () => {
    const huge = `<html><head><title>Privacy policy</title></head><body>${'<p>We collect personal data. </p>'.repeat(20_000)}</body></html>`;
    const started = performance.now();
    const detection = detectPolicyPage(parse(huge), 'https://x.example/privacy');
    expect(detection.kind).toBe('privacy-policy');
    expect(detection.words).toBeLessThan(15_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('policies in languages we do not analyse', () => {
  it('recognises a Swedish privacy policy from its headings and body, so the popup can call it unsupported', () => {
    const body = 'Vi samlar in ditt namn och din leveransadress när du handlar hos oss, och vi behandlar dina personuppgifter för att leverera beställningar. Personuppgiftsansvarig är Butiken AB. '.repeat(6);
    const html = `<html><head><title>Integritetspolicy</title></head><body><main><h1>Integritetspolicy</h1><h2>Vilka personuppgifter samlar vi in?</h2><p>${body}</p><h2>Dina rättigheter</h2><p>Du har rätt att begära tillgång och du kan klaga hos Integritetsskyddsmyndigheten.</p></main></body></html>`;
    const detection = detectPolicyPage(parse(html), 'https://butik.se/integritetspolicy');
    expect(detection.kind).toBe('privacy-policy');
    expect(detection.reasons.map((r) => r.signal)).toEqual(expect.arrayContaining(['topic-headings', 'body-phrases']));
  });
});
