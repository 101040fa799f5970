// Fetching a policy page from the background: no cookies (the site should not see the user's session),
// a timeout, and a size cap so a huge or endless response cannot stall the extension.
import type { FetchedPage } from '../tab-report/reporter-deps';

export const MAX_FETCH_BYTES = 3_000_000;
const FETCH_TIMEOUT_MS = 15_000;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Fetch an http(s) page as HTML (plain text is wrapped in <pre>); throws a short reason on failure. */
export async function fetchPage(url: string, fetcher: typeof fetch = fetch): Promise<FetchedPage> {
  const response = await fetcher(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? 'text/html';
  if (!/text\/html|application\/xhtml\+xml|text\/plain/.test(type)) throw new Error(`not a web page (${type.split(';')[0]})`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_FETCH_BYTES) throw new Error('page too large');
  const text = (await response.text()).slice(0, MAX_FETCH_BYTES);
  const finalUrl = response.url || url;
  return { html: type.includes('text/plain') ? `<html><body><pre>${escapeHtml(text)}</pre></body></html>` : text, url: finalUrl };
}
