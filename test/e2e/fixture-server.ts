// Fixture sites for the real-browser tests: a shop on 127.0.0.1 and a "third party" on localhost.
// Cookies are per host, not per port, so the two hosts give real first- and third-party cookies.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { changingPage, framedPolicyPage, latePolicyPage, singlePageShop } from './late-policy-pages';
import { seedPagePath } from '../fixtures/seed-files';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const DETECTION_PAGES = join(import.meta.dirname, '../fixtures/detection');
const page = (name: string) => readFileSync(join(PAGES, name), 'utf8');
const seedPage = (n: number) => readFileSync(seedPagePath(n), 'utf8');

/** Seed policies wrapped as pages, on policy-like URLs of the shop. */
export const SEED_POLICY_PATHS: Record<string, number> = {
  '/personvern': 1,
  '/privacy-policy': 2,
  '/policies/tracking/privacy': 0,
  '/legal/privacy-notice': 3,
  '/data-protection': 4,
};

export interface FixtureSites {
  shop: string;
  thirdParty: string;
  close(): Promise<void>;
}

/** Listen on 127.0.0.1 on a free port; resolves to the port. */
export function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** Answer with an HTML page that is never cached. */
export function send(res: ServerResponse, status: number, body: string, headers: Record<string, string | string[]> = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** Start the shop and the third-party host. */
export async function startFixtureSites(): Promise<FixtureSites> {
  let thirdPartyPort = 0;
  const shop = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      return send(res, 200, page('shop.html').replace('__THIRD_PARTY_PORT__', String(thirdPartyPort)), {
        'set-cookie': ['session_id=8f14e45f; Path=/; HttpOnly; SameSite=Lax', 'cart_items=2; Path=/; Max-Age=604800; SameSite=Lax'],
      });
    }
    if (SEED_POLICY_PATHS[path] !== undefined) return send(res, 200, seedPage(SEED_POLICY_PATHS[path]));
    if (path === '/informasjonskapsler') return send(res, 200, page('cookie-policy.html'));
    if (path === '/datenschutz') return send(res, 200, page('policies/german.html'));
    if (path === '/blogg/personvern-tips') return send(res, 200, page('article.html'));
    if (path === '/kjopsvilkar') return send(res, 200, page('terms.html'));
    // Pages of the detection test set, by set/kind/file (test/fixtures/detection).
    const detectionPage = /^\/detection\/([\w-]+)\/(policy|other)\/([\w.-]+\.html)$/.exec(path);
    if (detectionPage) return send(res, 200, readFileSync(join(DETECTION_PAGES, ...detectionPage.slice(1)), 'utf8'));
    if (path.startsWith('/late/') && SEED_POLICY_PATHS[path.slice(5)] !== undefined) return send(res, 200, latePolicyPage(seedPage(SEED_POLICY_PATHS[path.slice(5)]!)));
    if (path === '/spa/' || path === '/spa/personvern') return send(res, 200, singlePageShop(seedPage(1)));
    if (path === '/kundeservice') return send(res, 200, framedPolicyPage('/embed/personvern'));
    if (path === '/embed/personvern') return send(res, 200, seedPage(1));
    if (path === '/ticker') return send(res, 200, changingPage(null));
    if (path === '/ticker/personvern') return send(res, 200, changingPage(seedPage(1)));
    if (path === '/favicon.ico') return send(res, 204, '');
    return send(res, 404, '<!doctype html><title>Not found</title><h1>Not found</h1>');
  });
  const thirdParty = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/tracker.js') {
      res.writeHead(200, {
        'content-type': 'text/javascript',
        // SameSite=None needs Secure; Chromium treats http://localhost as a secure context.
        'set-cookie': ['tp_uid=a1b2c3; Path=/; Max-Age=31536000; SameSite=None; Secure', 'IDE=xyz; Path=/; Max-Age=33696000; SameSite=None; Secure'],
      });
      // A first-party analytics cookie set by the third party's script, like Google Analytics does.
      return res.end('document.cookie = "_ga=GA1.1.1234567890.1700000000; Max-Age=63072000; Path=/; SameSite=Lax";');
    }
    if (path === '/') {
      // A second "shop" with no policy link and no policy at the common paths.
      return send(res, 200, '<!doctype html><html lang="en"><head><title>Kiosk</title></head><body><main><h1>Kiosk</h1><p>Ice cream and coffee.</p></main></body></html>');
    }
    res.writeHead(404).end();
  });
  const shopPort = await listen(shop);
  thirdPartyPort = await listen(thirdParty);
  return fixtureSites(shop, shopPort, thirdParty, thirdPartyPort);
}

/** The two listening servers as sites: the shop by IP, the third party by name (another host for cookies). */
export function fixtureSites(shop: Server, shopPort: number, thirdParty: Server, thirdPartyPort: number): FixtureSites {
  return {
    shop: `http://127.0.0.1:${shopPort}`,
    thirdParty: `http://localhost:${thirdPartyPort}`,
    close: async () => {
      await Promise.all([shop, thirdParty].map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}
