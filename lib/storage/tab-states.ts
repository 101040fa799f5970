import { parse } from '../schemas/common';
import { TabStateSchema } from '../schemas/storage';
import { serialised } from './serialise';
import { type TabState, tabStatesItem } from './storage-items';

const queue = serialised();

/** A stored tab state, or null when there is none or it fails its schema (damaged storage is forgotten, not trusted). */
function checked(stored: unknown): TabState | null {
  if (stored === undefined) return null;
  const result = parse(TabStateSchema, stored);
  return result.ok ? result.value : null;
}

/** What the background knows about a tab, or null. */
export async function tabState(tabId: number): Promise<TabState | null> {
  return checked((await tabStatesItem.getValue())[String(tabId)]);
}

/** Replace a tab's state. */
export function setTabState(tabId: number, state: TabState): Promise<void> {
  return queue(async () => {
    const states = await tabStatesItem.getValue();
    states[String(tabId)] = state;
    await tabStatesItem.setValue(states);
  });
}

/** Update a tab's state if it still describes `url` (a slow analysis must not overwrite a newer page). */
export function updateTabState(tabId: number, url: string, patch: Partial<TabState>): Promise<boolean> {
  return queue(async () => {
    const states = await tabStatesItem.getValue();
    const current = checked(states[String(tabId)]);
    if (!current || current.url !== url) return false;
    states[String(tabId)] = { ...current, ...patch, updatedAt: Date.now() };
    await tabStatesItem.setValue(states);
    return true;
  });
}

/** Forget a tab (closed). */
export function clearTabState(tabId: number): Promise<void> {
  return queue(async () => {
    const states = await tabStatesItem.getValue();
    delete states[String(tabId)];
    await tabStatesItem.setValue(states);
  });
}
