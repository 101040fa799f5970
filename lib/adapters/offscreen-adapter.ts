// Chrome's MV3 service worker has no DOMParser, so fetched pages are parsed in an offscreen document
// (https://developer.chrome.com/docs/extensions/reference/api/offscreen, reason DOM_PARSER).
import { browser } from 'wxt/browser';
import { checkAnswer } from '../messaging/message-rules';
import type { ParsedPage } from '../messaging/messages';
import { sendMessage } from './messaging';

const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
// Keep the document for a burst of parses (the popup tries a few links in a row), then free its memory.
const CLOSE_AFTER_MS = 20_000;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

const offscreenApi = () => (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
interface RuntimeWithContexts {
  getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

let creating: Promise<void> | null = null;

async function ensureOffscreenDocument(): Promise<void> {
  const offscreen = offscreenApi();
  if (!offscreen) throw new Error('no DOM parser available in this browser');
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
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
  clearTimeout(closeTimer);
  await ensureOffscreenDocument();
  try {
    const checked = checkAnswer('parsePage', await sendMessage('parsePage', { html, url }));
    if (!checked.ok) throw new Error(`offscreen document answered nonsense: ${checked.reason}`);
    return checked.value;
  } finally {
    closeTimer = setTimeout(() => void offscreenApi()?.closeDocument().catch(() => undefined), CLOSE_AFTER_MS);
  }
}
