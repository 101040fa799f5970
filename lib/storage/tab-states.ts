// What the background knows about each tab, in session storage, checked against its schema when read back.
import { parse } from '../schemas/common';
import { TabStateSchema } from '../schemas/storage';
import { serialised } from './serialise';
import type { TabState, TabStatesItem } from './storage-items';

/** A stored tab state, or null when there is none or it fails its schema (damaged storage is forgotten, not trusted). */
function checked(stored: unknown): TabState | null {
  if (stored === undefined) return null;
  const result = parse(TabStateSchema, stored);
  return result.ok ? result.value : null;
}

/** The tab states kept in `item` (defineTabStatesItem), updated one after another. */
export function createTabStates(item: TabStatesItem) {
  const queue = serialised();
  return {
    /** What the background knows about a tab, or null. */
    async tabState(tabId: number): Promise<TabState | null> {
      return checked((await item.getValue())[String(tabId)]);
    },

    /** Replace a tab's state. */
    setTabState(tabId: number, state: TabState): Promise<void> {
      return queue(async () => {
        const states = await item.getValue();
        states[String(tabId)] = state;
        await item.setValue(states);
      });
    },

    /** Update a tab's state if it still describes `url` (a slow analysis must not overwrite a newer page). */
    updateTabState(tabId: number, url: string, patch: Partial<TabState>): Promise<boolean> {
      return queue(async () => {
        const states = await item.getValue();
        const current = checked(states[String(tabId)]);
        if (!current || current.url !== url) return false;
        states[String(tabId)] = { ...current, ...patch, updatedAt: Date.now() };
        await item.setValue(states);
        return true;
      });
    },

    /** Forget a tab (closed). */
    clearTabState(tabId: number): Promise<void> {
      return queue(async () => {
        const states = await item.getValue();
        delete states[String(tabId)];
        await item.setValue(states);
      });
    },
  };
}

export type TabStates = ReturnType<typeof createTabStates>;
