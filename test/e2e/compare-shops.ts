// Three shops for the comparison test, each its own site (cookies and saved sites are per host): seed policies
// served on 127.0.0.2, .3 and .4, with the cookies each shop sets. One shop's policy can be changed mid-test.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHANGED_SEED, changedPolicyHtml } from '../fixtures/changed-policy';
import { seedPagePath } from '../fixtures/seed-files';
import { eventually, type ExtensionBrowser } from './extension-browser';


export interface Shop {
  host: string;
  seed: number;
  /** The site name the extension gives it (the IP address). */
  site: string;
  policyUrl: string;
  cookies: string[];
}

export interface CompareShops {
  shops: Shop[];
  /** The shop whose policy changes. */
  changing: Shop;
  /** Serve the changed policy (true) or the original (false). */
  setChanged(changed: boolean): void;
  close(): Promise<void>;
}

const SHOPS: Omit<Shop, 'site' | 'policyUrl'>[] = [
  { host: '127.0.0.2', seed: 3, cookies: ['session_id=a1; Path=/; HttpOnly; SameSite=Lax'] },
  { host: '127.0.0.3', seed: CHANGED_SEED, cookies: ['session_id=b2; Path=/; HttpOnly; SameSite=Lax', '_ga=GA1.1.42.1700000000; Path=/; Max-Age=63072000; SameSite=Lax', '_fbp=fb.1.1700000000.42; Path=/; Max-Age=7776000; SameSite=Lax'] },
  { host: '127.0.0.4', seed: 1, cookies: [] },
];

/** Start the three shops on one port each of their own loopback address. */
export async function startCompareShops(): Promise<CompareShops> {
  let changed = false;
  const servers: Server[] = [];
  const shops: Shop[] = [];
  for (const shop of SHOPS) {
    const original = readFileSync(seedPagePath(shop.seed), 'utf8');
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path !== '/personvern') return res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title>');
      const html = changed && shop.seed === CHANGED_SEED ? changedPolicyHtml(original) : original;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'set-cookie': shop.cookies });
      res.end(html);
    });
    const port = await new Promise<number>((resolve) => server.listen(0, shop.host, () => resolve((server.address() as AddressInfo).port)));
    servers.push(server);
    shops.push({ ...shop, site: shop.host, policyUrl: `http://${shop.host}:${port}/personvern` });
  }
  return {
    shops,
    changing: shops.find((shop) => shop.seed === CHANGED_SEED)!,
    setChanged: (value) => (changed = value),
    close: () => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))).then(() => undefined),
  };
}

/** Open a shop's policy page and wait until the extension has graded it. */
export async function openGradedPolicy(browser: ExtensionBrowser, shop: Shop) {
  const page = await browser.context.newPage();
  await page.goto(shop.policyUrl);
  const tabId = await browser.tabIdOf(page);
  await eventually(() => browser.badgeText(tabId), `badge on ${shop.site}`);
  return { page, tabId };
}
