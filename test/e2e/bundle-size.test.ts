// The extension's bundle budget (issue 3): minified, before zip, for the Chrome and the Firefox build
// that `npm run test:e2e` makes.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './extension-browser';

const KB = 1_000;

describe.each(['chrome-mv3', 'firefox-mv3'])('bundle budget (%s)', (target) => {
  const dir = join(dirname(EXTENSION_DIR), target);
  const size = (file: string) => statSync(join(dir, file)).size;
  /** The JS and CSS an HTML page loads (scripts, module preloads, stylesheets). */
  const pageAssets = (html: string): string[] =>
    [...readFileSync(join(dir, html), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);

  // 150 KB until ipaddr.js (13 KB) took over the network guard: issue 9 lets a maintained library that pays
  // for itself raise it to 200 KB.
  it('background ≤ 200 KB', () => expect(size('background.js')).toBeLessThanOrEqual(200 * KB));

  it('content script ≤ 60 KB', () => expect(size('content-scripts/content.js')).toBeLessThanOrEqual(60 * KB));

  it('popup ≤ 120 KB', () => {
    const assets = pageAssets('popup.html');
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.reduce((sum, file) => sum + size(file), 0)).toBeLessThanOrEqual(120 * KB);
  });

  it('comparison page does not contain the classifier or the analysis engine (it asks the background)', () => {
    const assets = pageAssets('compare.html').filter((file) => file.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(0);
    const code = assets.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
    // ('porter' would match the Porterbuddy vendor of the facts lexicon, which the page does show.)
    for (const marker of ['len:short', 'complaint-authority']) expect(code, marker).not.toContain(marker);
  });

  it('content script carries no schema code (it sends; the background checks what it receives)', () => {
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    for (const marker of ['not an http(s) URL', 'sender is not a content script']) {
      expect(background, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
    }
  });

  it('content script does not contain the public-suffix lookup (the background names sites)', () => {
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    const marker = 'public suffix list is not loaded';
    expect(background).toContain(marker);
    expect(content).not.toContain(marker);
    expect(statSync(join(dir, 'public-suffixes.json')).size).toBeGreaterThan(100 * KB);
  });

  it('content script does not contain the classifier or the analysis engine', () => {
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    // Strings only the classifier (features, stemmer) and the rubric carry; checked in the background
    // too, so the test notices when a marker stops meaning anything.
    // ('iveness' is a suffix rule of natural's Porter stemmer; 'porter' matched only the Porterbuddy vendor,
    // which is no longer bundled now that the fact tables are packaged files.)
    for (const marker of ['len:short', 'iveness', 'complaint-authority']) {
      expect(background, marker).toContain(marker);
      expect(content, marker).not.toContain(marker);
    }
  });
});
