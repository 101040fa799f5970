// The storage the stores of this folder are built on: WXT's storage API as a type only. The extension passes
// WXT's real `storage` (lib/adapters/storage-adapter.ts); tests pass the same object running on fakeBrowser.
// No value import of WXT or the browser here, so lib/ runs in Node.
import type { WxtStorage } from 'wxt/utils/storage';

/** The calls the stores make: typed items (with versions and migrations) and plain keyed reads and writes. */
export type ExtensionStorage = Pick<WxtStorage, 'defineItem' | 'getItem' | 'getItems' | 'setItem' | 'setItems' | 'removeItem' | 'removeItems'>;

/** Loads the public-suffix list before sites are named again (a packaged file in the extension). */
export type LoadPublicSuffixes = () => Promise<void>;
