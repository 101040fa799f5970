import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { PUBLIC_SUFFIXES_PATH } from './public-suffixes-node';
import { siteOf, usePublicSuffixes } from './site-of';
import { publicSuffixRulesFromTrie, type TldtsTrie } from './tldts-trie';

describe('siteOf', () => {
  it.each([
    // Shops on shared hosting are sites of their own (the private section of the list).
    ['a.myshopify.com', 'a.myshopify.com'],
    ['www.b.myshopify.com', 'b.myshopify.com'],
    ['myshopify.com', 'myshopify.com'],
    ['kari.wixsite.com', 'kari.wixsite.com'],
    ['user.github.io', 'user.github.io'],
    ['github.io', 'github.io'],
    ['minblogg.blogspot.com', 'minblogg.blogspot.com'],
    // Country-code second levels.
    ['shop.example.co.uk', 'example.co.uk'],
    ['www.butikk.com.au', 'butikk.com.au'],
    ['co.uk', 'co.uk'],
    ['oslo.kommune.no', 'oslo.kommune.no'],
    ['www.oslo.kommune.no', 'oslo.kommune.no'],
    ['www.nordlys.no', 'nordlys.no'],
    ['a.b.c.google.com', 'google.com'],
    // Wildcards and their exceptions (*.ck, !www.ck; *.kawasaki.jp, !city.kawasaki.jp).
    ['shop.foo.ck', 'shop.foo.ck'],
    ['www.ck', 'www.ck'],
    ['a.city.kawasaki.jp', 'city.kawasaki.jp'],
    // Not in the list: the default rule.
    ['shop.example.unknowntld', 'example.unknowntld'],
    // Case, trailing dot, internationalised names as URLs give them.
    ['WWW.Nordlys.NO.', 'nordlys.no'],
    [new URL('https://www.blåbær.no/').hostname, new URL('https://blåbær.no/').hostname],
    // Addresses and single labels stay as they are.
    ['127.0.0.1', '127.0.0.1'],
    ['192.168.1.20', '192.168.1.20'],
    ['[::1]', '[::1]'],
    ['[2001:db8::1]', '[2001:db8::1]'],
    ['localhost', 'localhost'],
    ['intranet', 'intranet'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));

  it('cookies of one shared-hosting shop are not first party to another', () => {
    expect(siteOf('a.myshopify.com')).not.toBe(siteOf('b.myshopify.com'));
    expect(siteOf('x.wixsite.com')).not.toBe(siteOf('y.wixsite.com'));
  });

  it('refuses a file that is not the list', () => {
    expect(() => usePublicSuffixes({ rules: ['com'] })).toThrow(/not a public suffix list/);
    expect(() => usePublicSuffixes(null)).toThrow(/not a public suffix list/);
  });
});

describe('public/public-suffixes.json', () => {
  const file = JSON.parse(readFileSync(PUBLIC_SUFFIXES_PATH, 'utf8')) as { source: string; rules: string[] };

  it('holds the list of the installed tldts (run `npm run public-suffixes` after updating it)', async () => {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('tldts/package.json'));
    const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    expect(file.source).toBe(`tldts ${version}`);
    const trie = (await import(join(dir, 'dist/es6/src/data/trie.js'))) as TldtsTrie;
    const inFile = new Set(file.rules);
    expect(publicSuffixRulesFromTrie(trie).filter((rule) => !inFile.has(rule))).toEqual([]);
  });

  it('gives the same site as tldts for a host under every rule', () => {
    const differences: string[] = [];
    for (const rule of file.rules) {
      if (/[^ -~]/.test(rule)) continue; // hosts arrive in ASCII; the ASCII twin of the rule is checked
      const name = rule.replace(/^!/, '').replace(/^\*\./, 'wild.');
      for (const host of [name, `shop.${name}`, `www.shop.${name}`]) {
        const expected = getDomain(host, { allowPrivateDomains: true }) ?? host;
        if (siteOf(host) !== expected) differences.push(`${host}: ${siteOf(host)} ≠ ${expected}`);
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
