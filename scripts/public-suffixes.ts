// Writes public/public-suffixes.json: every rule of the Public Suffix List as the installed `tldts` package
// carries it (its ICANN and private sections), so the extension ships the list as a data file the background
// loads once instead of 140 KB of bundled code. Run after updating tldts: `npm run public-suffixes`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { domainToASCII } from 'node:url';
import { publicSuffixRulesFromTrie, type TldtsTrie } from '../lib/site/tldts-trie';

const require = createRequire(import.meta.url);
const tldtsDir = dirname(require.resolve('tldts/package.json'));
const trie = (await import(join(tldtsDir, 'dist/es6/src/data/trie.js'))) as TldtsTrie;
const { version } = JSON.parse(readFileSync(join(tldtsDir, 'package.json'), 'utf8')) as { version: string };

const rules = new Set<string>();
for (const rule of publicSuffixRulesFromTrie(trie)) {
  rules.add(rule);
  // Hosts reach us in their ASCII (punycode) form; the list writes internationalised rules in Unicode.
  const [bang, name] = rule.startsWith('!') ? ['!', rule.slice(1)] : ['', rule];
  const ascii = name
    .split('.')
    // (label by label, and only non-ASCII ones: the URL parser would read a bare '0' as an IPv4 address)
    .map((label) => (/[^ -~]/.test(label) ? domainToASCII(label) || label : label))
    .join('.');
  rules.add(bang + ascii);
}
const out = join(import.meta.dirname, '..', 'public', 'public-suffixes.json');
// The list is the Public Suffix List's, under the Mozilla Public License 2.0; the file says so itself.
const licence = 'Public Suffix List (https://publicsuffix.org/), Mozilla Public License 2.0 (https://mozilla.org/MPL/2.0/)';
writeFileSync(out, JSON.stringify({ source: `tldts ${version}`, licence, rules: [...rules].sort() }) + '\n');
console.log(`${rules.size} rules from tldts ${version} → ${out}`);
