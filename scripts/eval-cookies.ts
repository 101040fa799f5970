// `npm run eval:cookies`: how many cookies of the platforms small shops run the popup knows, and how many
// it puts on the right side of tracking (analytics, marketing) / not tracking (essential, functional).
// Gold: data/cookie-eval/shop-cookies.tsv (our own list, written from the platforms' public cookie facts).
// Every cookie is looked up as a persistent cookie (1 year): first-party on a shop's domain, or third-party
// on the domain given. `--misses` lists the cookies on the wrong side.
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

const gold: GoldCookie[] = readFileSync(join(import.meta.dirname, '..', 'data', 'cookie-eval', 'shop-cookies.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name, platform, category, domain] = line.split('\t');
    return { name: name!, platform: platform!, category: category as TableCategory, domain: domain?.trim() || null };
  });

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
if (process.argv.includes('--misses')) {
  console.log('\nWrong side or unknown (shipped tables):');
  for (const { cookie, identity } of runs[2][1].results.filter((r) => !r.sideRight)) {
    console.log(`  ${cookie.name} (${cookie.platform}${cookie.domain ? `, ${cookie.domain}` : ''}): expected ${cookie.category}, got ${identity.category} [${identity.basis}${identity.vendor ? `, ${identity.vendor}` : ''}]`);
  }
}
