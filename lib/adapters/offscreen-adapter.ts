// Chrome's MV3 service worker has no DOMParser, so fetched pages are parsed in an offscreen document
// (https://developer.chrome.com/docs/extensions/reference/api/offscreen, reason DOM_PARSER).
import { browser } from 'wxt/browser';
import { type ParsedPage, sendMessage } from '../messages';

const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface RuntimeWithContexts {
  getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
  if (!offscreen) throw new Error('no DOM parser available in this browser');
  const url = browser.runtime.getURL(OFFSCREEN_PATH as never);
  const contexts = await (browser.runtime as unknown as RuntimeWithContexts).getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts && contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({ url, reasons: ['DOM_PARSER'], justification: "Parse a site's privacy policy page to read its text." })
    .catch((error: unknown) => {
      // A second createDocument while one exists throws; that is fine.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** Parse fetched HTML in the offscreen document (Chrome). */
export async function parseInOffscreenDocument(html: string, url: string): Promise<ParsedPage> {
  await ensureOffscreenDocument();
  return sendMessage('parsePage', { html, url });
}
