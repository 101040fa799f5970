// A fixture shop for the cookie tests: Fjellsport on 127.0.0.1 with a Norwegian policy that declares
// PHPSESSID (and fs_lang) and denies marketing and third-party cookies, and an ad script on localhost
// (cookies are per host, not per port) that sets a third-party cookie there and _ga and _fbp on the shop.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fixtureSites, type FixtureSites, listen, send } from './fixture-server';

const PAGES = join(import.meta.dirname, '../fixtures/pages/cookie-shop');

/** The shop and its ad host. */
export type CookieShop = FixtureSites;

/** Start the shop and its ad host. */
export async function startCookieShop(): Promise<CookieShop> {
  let thirdPartyPort = 0;
  const shop = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      const page = readFileSync(join(PAGES, 'index.html'), 'utf8').replace('__THIRD_PARTY_PORT__', String(thirdPartyPort));
      return send(res, 200, page, { 'set-cookie': 'PHPSESSID=4f9a2c7e1b; Path=/; HttpOnly; SameSite=Lax' });
    }
    if (path === '/personvern') return send(res, 200, readFileSync(join(PAGES, 'personvern.html'), 'utf8'));
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  const thirdParty = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/pixel.js') return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': 'text/javascript',
      'cache-control': 'no-store',
      // SameSite=None needs Secure; Chromium treats http://localhost as a secure context.
      'set-cookie': 'ad_uid=7d1e9b; Path=/; Max-Age=31536000; SameSite=None; Secure',
    });
    res.end(
      'document.cookie = "_ga=GA1.1.987654321.1700000000; Max-Age=63072000; Path=/; SameSite=Lax";' +
        'document.cookie = "_fbp=fb.1.1700000000.123456789; Max-Age=7776000; Path=/; SameSite=Lax";',
    );
  });
  const shopPort = await listen(shop);
  thirdPartyPort = await listen(thirdParty);
  return fixtureSites(shop, shopPort, thirdParty, thirdPartyPort);
}
