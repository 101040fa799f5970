// `policy-lens cookies` through the real binary: human and JSON output, --policy (file and URL), bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const EXPORT = 'test/fixtures/cookies/nordlys-getall.json';
const SEED_002 = 'test/fixtures/seeds/002_5014aa8f602bcf1a.html';
// A shop whose policy denies marketing and third-party cookies, and the cookies it really sets.
const FJELLSPORT = 'test/fixtures/cookies/fjellsport-getall.json';
const FJELLSPORT_POLICY = 'test/fixtures/pages/cookie-shop/personvern.html';
const tmp = mkdtempSync(join(tmpdir(), 'policy-lens-cookies-'));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/privacy') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(SEED_002));
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('policy-lens cookies', () => {
  it('prints each cookie with vendor, category, purpose and whether that is known or guessed', async () => {
    const run = await runCli(['cookies', EXPORT]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cookies for nordlys\.no: 17 \(5 essential, 1 functional, 4 analytics, 5 marketing, 2 unknown\)/);
    expect(run.stdout).toMatch(/_ga {2}nordlys\.no {2}analytics {2}\[known\] {2}Google Analytics/);
    expect(run.stdout).toMatch(/nl_currency {2}www\.nordlys\.no {2}probably functional {2}\[guessed\]/);
    expect(run.stdout).toMatch(/\n {6}Probably remembers a choice you made/);
    expect(run.stdout).toMatch(/kl_session_z {2}klaviyo\.com {2}probably essential {2}\[vendor known, use guessed\] {2}Klaviyo/);
    // Cookie values never leave the input.
    expect(run.stdout).not.toContain('GA1.1.1234567890');
  });

  it('reads standard input and gives JSON', async () => {
    const cookies = JSON.stringify([{ name: '_fbp', domain: '.fjellsport.no', path: '/', expirationDate: 2e9, secure: false, httpOnly: false, sameSite: 'lax', session: false, value: 'x' }]);
    const run = await runCli(['cookies', '-', '--json'], cookies);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.site).toBe('fjellsport.no');
    expect(out.cookies[0]).toMatchObject({ name: '_fbp', party: 'first', category: 'marketing', vendor: 'Meta (Facebook, Instagram)', basis: 'table' });
    expect(out.cookies[0].purpose.nb).toMatch(/Facebook/);
    expect(out.cookies[0]).not.toHaveProperty('value');
  });

  it('accepts Playwright storage state ({cookies}, expires, "Lax") and --site', async () => {
    const state = { cookies: [{ name: 'IDE', value: 'x', domain: '.doubleclick.net', path: '/', expires: 2e9, httpOnly: true, secure: true, sameSite: 'None' }], origins: [] };
    const run = await runCli(['cookies', file('state.json', JSON.stringify(state)), '--site', 'https://www.fjellsport.no/', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ site: 'fjellsport.no', cookies: [{ name: 'IDE', party: 'third', sameSite: 'no_restriction', category: 'marketing' }] });
  });

  it('keeps shops on shared hosting apart: another *.myshopify.com shop is a third party', async () => {
    const cookie = (name: string, domain: string) => ({ name, domain, path: '/', expirationDate: 2e9, secure: true, httpOnly: false, sameSite: 'lax', session: false, value: 'x' });
    const cookies = JSON.stringify([cookie('_shopify_y', '.a.myshopify.com'), cookie('_shopify_y', '.b.myshopify.com')]);
    const run = await runCli(['cookies', '-', '--site', 'a.myshopify.com', '--json'], cookies);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.site).toBe('a.myshopify.com');
    expect(out.cookies.map((c: { domain: string; party: string }) => [c.domain, c.party])).toEqual([
      ['.a.myshopify.com', 'first'],
      ['.b.myshopify.com', 'third'],
    ]);
  });

  it('checks the cookies against a policy file: declared, undeclared, declared but not seen', async () => {
    const run = await runCli(['cookies', EXPORT, '--policy', SEED_002]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Against the policy file:\/\/.*002_5014aa8f602bcf1a\.html \(grade [A-E]\):/);
    expect(run.stdout).toMatch(/Declared in the policy \(by name or vendor\) and set: \d+ — .*PHPSESSID \(www\.nordlys\.no\)/);
    expect(run.stdout).toMatch(/Set but not named in the policy: \d+\n {4}_ga \(analytics, Google Analytics\) — only a general statement covers it: "Once you agree/);
    expect(run.stdout).toMatch(/Named in the policy but not set now: 13 — GUEST-VIEW, PERSISTENT_SHOPPING_CART/);
    expect(run.stdout).toContain('Contradictions: 0');
  });

  it("lowers the grade for what the site does against its policy, each point with the policy sentence and the cookies", async () => {
    const args = ['cookies', FJELLSPORT, '--policy', FJELLSPORT_POLICY, '--site', 'fjellsport.no'];
    const run = await runCli([...args, '--before-interaction']);
    expect(run.stderr).toBe('');
    // The policy alone grades well (A or B as the engine improves); the site's behaviour takes 35 points and caps it at C.
    const line = /Grade with the site's behaviour: ([A-E]) \((\d+) points\) — policy alone ([A-E]) \((\d+)\), behaviour -35:/.exec(run.stdout);
    expect(line).not.toBeNull();
    const [, grade, points, policyGrade, policyPoints] = line!;
    expect(['A', 'B']).toContain(policyGrade);
    expect(Number(points)).toBe(Number(policyPoints) - 35);
    expect(['C', 'D', 'E']).toContain(grade);
    expect(run.stdout).toContain('    -15 Says it uses no marketing cookies, yet the site sets _fbp from Meta (Facebook, Instagram) on fjellsport.no.\n      policy: "Vi bruker ikke informasjonskapsler til markedsføring');
    expect(run.stdout).toContain('    -10 Says it uses no third-party cookies, yet other sites set ad_uid on ads.example.net.');
    expect(run.stdout).toMatch(/ {4}-10 Tracking cookies were set before you could answer a cookie banner .*\n {6}cookies: _fbp \(fjellsport\.no\), _ga \(fjellsport\.no\), ad_uid \(ads\.example\.net\)/);

    // Without --before-interaction an export says nothing about consent; the contradictions stay.
    const json = JSON.parse((await runCli([...args, '--json'])).stdout);
    const behaviour = json.policy.behaviour;
    expect(behaviour).toMatchObject({ points: behaviour.policy.points - 25, policy: { grade: policyGrade, points: Number(policyPoints) }, adjustment: -25 });
    expect(['C', 'D', 'E']).toContain(behaviour.grade);
    expect(json.policy.behaviour.reasons.map((r: { rule: string; cookies: { name: string }[] }) => [r.rule, r.cookies.map((c) => c.name)])).toEqual([
      ['site-sets-denied-marketing', ['_fbp']],
      ['site-sets-denied-third-party', ['ad_uid']],
    ]);
  });

  it('says so when the site does what its policy says', async () => {
    const run = await runCli(['cookies', EXPORT, '--policy', SEED_002]);
    expect(run.stdout).toMatch(/Grade with the site's behaviour: [A-E] — no contradiction with the policy found\.\n$/);
  });

  it('fetches the policy from a URL and gives the check as JSON, with the site from the URL', async () => {
    const run = await runCli(['cookies', EXPORT, '--policy', `${base}/privacy`, '--json']);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.site).toBe('127.0.0.1');
    expect(out.policy.url).toBe(`${base}/privacy`);
    expect(out.policy.declaredCookies.map((d: { name: string }) => d.name)).toContain('PHPSESSID');
    expect(out.policy.check.declarations.find((d: { cookie: { name: string } }) => d.cookie.name === 'PHPSESSID').status).toBe('named');
  });

  it.each([
    [['cookies', 'no/such/cookies.json'], /^policy-lens: cannot read no\/such\/cookies\.json: no such file\n$/],
    [['cookies', tmp], /is a directory, not a file\n$/],
    [['cookies', file('empty.json', '  ')], /empty\.json is empty\n$/],
    [['cookies', file('bad.json', '[{"name": "_ga",')], /bad\.json is not valid JSON \(/],
    [['cookies', file('object.json', '{"name": "_ga"}')], /object\.json: expected a JSON array of cookies/],
    [['cookies', file('nodomain.json', '[{"name": "_ga"}]')], /nodomain\.json: cookie 1 \(_ga\) has no "domain"\n$/],
    [['cookies', file('noname.json', '[{"domain": "a.no", "name": "x"}, 7]')], /noname\.json: cookie 2 is not an object\n$/],
    [['cookies'], /cookies needs one JSON file path, or - for standard input\n$/],
    [['cookies', EXPORT, '--site', 'not a host'], /--site must be a host name/],
    [['cookies', EXPORT, '--policy', 'no/such/policy.html'], /cannot read no\/such\/policy\.html: no such file\n$/],
  ])('gives a one-line error for %j', async (args, message) => {
    const run = await runCli(args as string[]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
