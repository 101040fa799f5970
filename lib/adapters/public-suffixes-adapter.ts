// The public-suffix list in an extension context: a packaged data file (not bundled: 187 KB of rules would not
// fit the background's budget), fetched once per background or page life.
import { publicSuffixesLoaded, usePublicSuffixes } from '../site/site-of';
import { packagedJson } from './runtime-adapter';

let loading: Promise<void> | null = null;

/** Load /public-suffixes.json once; later calls wait for the same load (a failed load is tried again). */
export function loadPublicSuffixes(): Promise<void> {
  if (publicSuffixesLoaded()) return Promise.resolve();
  loading ??= packagedJson<unknown>('/public-suffixes.json')
    .then(usePublicSuffixes)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
