// `npm run eval:cookies`: how many cookies of the platforms small shops run the popup knows, and how many
// it puts on the right side of tracking (analytics, marketing) / not tracking (essential, functional).
// Gold: data/cookie-eval/shop-cookies.tsv (our own list, written from the platforms' public cookie facts).
// Every cookie is looked up as a persistent cookie (1 year): first-party on a shop's domain, or third-party
// on the domain given. `--misses` lists the cookies on the wrong side.
// Hosts: data/cookie-eval/shop-hosts.tsv, third-party hosts shops load, with whether they serve tracking;
// known = the host tables name who runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCookieKnowledge, type CookieKnowledge } from '../lib/cookies/cookie-knowledge';
import { COOKIE_TABLES } from '../lib/cookies/cookie-tables';
import type { TableCategory } from '../lib/cookies/cookie-table-types';

interface GoldCookie {
  name: string;
  platform: string;
  category: TableCategory;
  domain: string | null;
}

const SHOP = 'nordlys-shop.no';
const NOW = Date.UTC(2026, 0, 1) / 1000;
const TRACKING = new Set(['analytics', 'marketing']);

const TRACKING_SERVICES = new Set(['analytics', 'advertising', 'social', 'marketing', 'tag-manager']);

/** The rows of a gold TSV file, split into cells. */
const tsv = (file: string): string[][] =>
  readFileSync(join(import.meta.dirname, '..', 'data', 'cookie-eval', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));

const gold: GoldCookie[] = tsv('shop-cookies.tsv').map(([name, platform, category, domain]) => ({ name: name!, platform: platform!, category: category as TableCategory, domain: domain || null }));
const goldHosts = tsv('shop-hosts.tsv').map(([host, organisation, tracking]) => ({ host: host!, organisation: organisation!, tracking: tracking === 'yes' }));

function measure(knowledge: CookieKnowledge) {
  const results = gold.map((cookie) => {
    const identity = knowledge.identify(
      { name: cookie.name, domain: `.${cookie.domain ?? SHOP}`, party: cookie.domain ? 'third' : 'first', session: false, expirationDate: NOW + 365 * 86_400 },
      NOW,
    );
    const sideRight = identity.category !== 'unknown' && TRACKING.has(identity.category) === TRACKING.has(cookie.category);
    return { cookie, identity, sideRight };
  });
  const share = (count: number) => `${((100 * count) / gold.length).toFixed(1)}%`;
  return {
    results,
    known: share(results.filter((r) => r.identity.basis === 'table').length),
    categorised: share(results.filter((r) => r.identity.category !== 'unknown').length),
    rightSide: share(results.filter((r) => r.sideRight).length),
    rightSideKnown: share(results.filter((r) => r.sideRight && r.identity.basis === 'table').length),
    sameCategory: share(results.filter((r) => r.identity.category === r.cookie.category).length),
  };
}

function measureHosts(knowledge: CookieKnowledge) {
  const results = goldHosts.map((gold) => ({ gold, service: knowledge.hostService(gold.host) }));
  const share = (count: number) => `${((100 * count) / goldHosts.length).toFixed(1)}%`;
  return {
    results,
    known: share(results.filter((r) => r.service).length),
    rightSide: share(results.filter((r) => r.service && TRACKING_SERVICES.has(r.service.category) === r.gold.tracking).length),
  };
}

const { database, ...ours } = COOKIE_TABLES;
const runs = [
  ['our tables only', measure(createCookieKnowledge(ours))],
  ['Open Cookie Database only', measure(createCookieKnowledge({ ...ours, cookies: [], database }))],
  ['ours + Open Cookie Database (shipped)', measure(createCookieKnowledge(COOKIE_TABLES))],
] as const;

console.log(`${gold.length} exact cookie names of ${new Set(gold.map((c) => c.platform)).size} platforms (data/cookie-eval/shop-cookies.tsv)\n`);
console.log('tables                                  known  categorised  right side  right side (known)  same category');
for (const [name, run] of runs) {
  console.log(`${name.padEnd(38)} ${run.known.padStart(6)} ${run.categorised.padStart(12)} ${run.rightSide.padStart(11)} ${run.rightSideKnown.padStart(19)} ${run.sameCategory.padStart(14)}`);
}
const hostRuns = [
  ['our host table only', measureHosts(createCookieKnowledge(ours))],
  ['ours + Open Cookie Database (shipped)', measureHosts(createCookieKnowledge(COOKIE_TABLES))],
] as const;
console.log(`\n${goldHosts.length} third-party hosts shops load (data/cookie-eval/shop-hosts.tsv)\n`);
console.log('tables                                  known  right side');
for (const [name, run] of hostRuns) console.log(`${name.padEnd(38)} ${run.known.padStart(6)} ${run.rightSide.padStart(11)}`);

if (process.argv.includes('--misses')) {
  console.log('\nHosts unknown or on the wrong side (shipped tables):');
  for (const { gold, service } of hostRuns[1][1].results.filter((r) => !r.service || TRACKING_SERVICES.has(r.service.category) !== r.gold.tracking)) {
    console.log(`  ${gold.host} (${gold.organisation}, tracking: ${gold.tracking ? 'yes' : 'no'}): ${service ? `${service.organisation}, ${service.category}` : 'unknown'}`);
  }
  console.log('\nWrong side or unknown (shipped tables):');
  for (const { cookie, identity } of runs[2][1].results.filter((r) => !r.sideRight)) {
    console.log(`  ${cookie.name} (${cookie.platform}${cookie.domain ? `, ${cookie.domain}` : ''}): expected ${cookie.category}, got ${identity.category} [${identity.basis}${identity.vendor ? `, ${identity.vendor}` : ''}]`);
  }
}
