// The comparison page's browser calls: reading a saved policy again (a message to the background) and how
// much of storage.local is in use. The only browser.* calls the page makes besides storage and i18n.
import { browser } from 'wxt/browser';
import type { PolicyReading } from '../messaging/messages';
import { sendMessage } from './messaging';

/** Ask the background to fetch and analyse a saved site's policy again. */
export const reanalysePolicy = (url: string): Promise<PolicyReading> => sendMessage('reanalysePolicy', { url });

/** Bytes of storage.local in use and the quota, where the browser tells (Chrome: 10 MB; Firefox: no quota). */
export async function storageUse(): Promise<{ bytes: number; quota: number | null } | null> {
  const local = browser.storage.local as typeof browser.storage.local & { getBytesInUse?: (keys: null) => Promise<number>; QUOTA_BYTES?: number };
  if (typeof local.getBytesInUse !== 'function') return null;
  try {
    return { bytes: await local.getBytesInUse(null), quota: typeof local.QUOTA_BYTES === 'number' ? local.QUOTA_BYTES : null };
  } catch {
    return null;
  }
}
