import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

let targetBrowser = 'chrome';

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
    // (they would more than fill its 150 KB budget); see lib/adapters/cookie-tables-adapter.ts.
    'build:publicAssets': (wxt, files) => {
      for (const file of ['cookie-table.json', 'host-table.json', 'cookie-vendors.json', 'cookie-heuristics.json']) {
        files.push({ absoluteSrc: resolve(wxt.config.root, 'lib/cookies', file), relativeDest: `cookies/${file}` });
      }
      // Likewise the facts' tables (lexicons, vendors, party words, authorities): lib/adapters/fact-tables-adapter.ts.
      for (const file of ['data-types.json', 'purposes.json', 'recipients.json', 'rights.json', 'vendors.json', 'party-words.json', 'authorities.json']) {
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
      if (targetBrowser !== 'firefox' && !entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries] };
    },
  },
  zip: {
    excludeSources: ['data/**', 'test/**', 'scripts/**', '.ci/**', 'docs/**'],
  },
});
