// `npm run cookies:import`: regenerates lib/cookies/ocd-*.json from the pinned Open Cookie Database
// (data/open-cookie-database/open-cookie-database.csv). To update the database, replace that CSV with a
// newer copy, note its commit in the NOTICE, run this, and review the diff and the list it prints.
// `--check` fails (exit 1) when the generated files are not what the pinned copy gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importOpenCookieDatabase } from '../lib/cookies/ocd-import';
import { COOKIE_TABLE_FILES, type CookieTablePart } from '../lib/cookies/cookie-table-files';
import type { CookieHeuristics, CookieTableRow, HostTableRow, VendorRow } from '../lib/cookies/cookie-table-types';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;
/** A file of lib/cookies/, by its place in COOKIE_TABLE_FILES. */
const table = (part: CookieTablePart) => `lib/cookies/${COOKIE_TABLE_FILES[part]}`;

const result = importOpenCookieDatabase({
  csv: read('data/open-cookie-database/open-cookie-database.csv'),
  ours: {
    cookies: json<CookieTableRow[]>(table('cookies')),
    hosts: json<HostTableRow[]>(table('hosts')),
    vendors: json<VendorRow[]>(table('vendors')),
  },
  platformVendors: json<Record<string, string>>('lib/cookies/ocd-platform-vendors.json'),
  platformMentions: json<Record<string, string>>('lib/cookies/ocd-platform-mentions.json'),
  consentPattern: json<CookieHeuristics>(table('heuristics')).names.find((row) => row.id === 'consent-state')!.pattern,
});

/** One row per line: small diffs when the database changes. */
const lines = (rows: object[]) => `[\n${rows.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]\n`;
const outputs: [string, string][] = [
  [table('databaseCookies'), lines(result.cookies)],
  [table('databaseHosts'), lines(result.hosts)],
  [table('databaseVendors'), lines(result.vendors)],
];

if (process.argv.includes('--check')) {
  const stale = outputs.filter(([path, text]) => read(path) !== text).map(([path]) => path);
  if (stale.length) {
    console.error(`out of date (run npm run cookies:import): ${stale.join(', ')}`);
    process.exit(1);
  }
} else {
  for (const [path, text] of outputs) writeFileSync(join(root, path), text);
}
console.log(`cookies ${result.cookies.length}, hosts ${result.hosts.length}, vendors ${result.vendors.length} (new ${result.vendors.filter((v) => v.name).length}), left out ${result.skipped.length}`);
for (const note of result.skipped) console.log(`  left out  ${JSON.stringify(note.name)} (${note.platform}): ${note.reason}`);
for (const note of result.unexplained) console.log(`  DISAGREES ${note.name} (${note.platform}): ${note.reason} — decide, and say why in the row's ocdNote`);
