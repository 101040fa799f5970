import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { PACKAGED_COOKIE_LICENCES, PACKAGED_COOKIE_TABLES } from './lib/cookies/cookie-table-files';
import type { ClassifierModel } from './lib/classify/model-types';
import { packModel } from './lib/classify/packed-model';
import { PHRASE_LIST_FILES, packPhraseLists } from './lib/detect/phrase-lists';
import { FACT_TABLE_FILES } from './lib/facts/fact-tables';

let targetBrowser = 'chrome';

/**
 * Our data files document themselves in a top-level "$comment"; the bundles do not need it (0.6 KB of
 * the content script's 60 KB budget). Runs before Vite turns the JSON into a module. The phrase lists the
 * content script reads also go in as one string per list (`packPhraseLists`, 1.3 KB less quoting).
 */
const stripJsonComments = (): Plugin => ({
  name: 'policy-lens:strip-json-comments',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('.json') || id.includes('node_modules') || !code.includes('"$comment"')) return null;
    const { $comment: _comment, ...data } = JSON.parse(code) as Record<string, unknown>;
    const packed = PHRASE_LIST_FILES.some((file) => id.endsWith(file)) ? packPhraseLists(data) : data;
    return { code: JSON.stringify(packed), map: null };
  },
});

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // See README "Permissions": storage for the cache and saved sites, cookies to list the cookies a site
    // set, offscreen (Chrome only) to parse fetched policy pages. Host access to all http(s) sites lets
    // the content script detect policy pages anywhere, read the site's cookies and fetch its policy.
    permissions: ['storage', 'cookies', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policy-lens@policy-lens.dev',
              // 140 (ESR) is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser (https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The cookie tables are fetched by the background when it first lists cookies, not bundled into it
    // (they would more than fill its 150 KB budget); see lib/adapters/cookie-tables-adapter.ts. The tables
    // generated from the Open Cookie Database ship with its licence and our NOTICE (Apache-2.0 §4).
    'build:publicAssets': (wxt, files) => {
      // The model ships packed (lib/classify/packed-model.ts): a third smaller and parsed in milliseconds.
      const model = files.findIndex((file) => file.relativeDest === 'model.json');
      if (model >= 0) {
        const trained = JSON.parse(readFileSync(resolve(wxt.config.publicDir, 'model.json'), 'utf8')) as ClassifierModel;
        files.splice(model, 1, { contents: JSON.stringify(packModel(trained)), relativeDest: 'model.json' });
      }
      for (const file of PACKAGED_COOKIE_TABLES) {
        files.push({ absoluteSrc: resolve(wxt.config.root, 'lib/cookies', file), relativeDest: `cookies/${file}` });
      }
      for (const [file, dest] of PACKAGED_COOKIE_LICENCES) {
        files.push({ absoluteSrc: resolve(wxt.config.root, 'data/open-cookie-database', file), relativeDest: `cookies/${dest}` });
      }
      // Likewise the facts' tables (lexicons, vendors, party words, authorities): lib/adapters/fact-tables-adapter.ts.
      for (const file of Object.values(FACT_TABLE_FILES)) {
        files.push({ absoluteSrc: resolve(wxt.config.root, 'lib/facts', file), relativeDest: `facts/${file}` });
      }
    },
    // The comparison page is built on its own, so the popup (120 KB budget) does not share chunks with it and
    // load the parts of the Svelte runtime only the comparison page uses (5.7 KB, measured).
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of groups) {
        const compare = Array.isArray(group) ? group.findIndex((entrypoint) => entrypoint.name === 'compare') : -1;
        if (Array.isArray(group) && compare >= 0 && group.length > 1) groups.push(group.splice(compare, 1));
      }
    },
    // The content script runs on every page and has a 60 KB budget. Its only browser call is WXT's own
    // `runtime.id` check (messaging uses `chrome.*`), so it skips webextension-polyfill (~10 KB) and
    // uses WXT's plain `browser`, which is `globalThis.browser` in Firefox and `chrome` in Chrome.
    'config:resolved': (wxt) => {
      targetBrowser = wxt.config.browser;
    },
    // Firefox has the promise-based `browser` API natively, where webextension-polyfill only hands it
    // back (~10 KB per bundle); there every entrypoint uses WXT's plain `browser` too, which keeps the
    // Firefox background within the same 150 KB budget as Chrome's.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      // Errors cross between contexts with a name and a message only (lib/adapters/message-errors.ts).
      const errors = { find: /^@aklinker1\/zero-serialize-error$/, replacement: resolve(import.meta.dirname, 'lib/adapters/message-errors.ts') };
      const plainBrowser = targetBrowser === 'firefox' || entrypoints.every((entrypoint) => entrypoint.type === 'content-script');
      config.resolve = { ...config.resolve, alias: [...(plainBrowser ? [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }] : []), errors, ...entries] };
    },
  },
  // POLICY_LENS_UNMINIFIED=1 npx wxt build: readable bundles with a comment per module, to see what a page carries.
  vite: () => ({ plugins: [stripJsonComments()], build: process.env.POLICY_LENS_UNMINIFIED ? { minify: false } : {} }),
  zip: {
    excludeSources: ['data/**', 'test/**', 'scripts/**', '.ci/**', 'docs/**'],
  },
});
