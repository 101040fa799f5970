// Naming the site of a page, once the public-suffix list is there.
import { siteOf } from '../site/site-of';
import type { ReporterDeps } from './reporter-deps';

/** The site of a page: its registrable domain under the public-suffix list (loaded first where it is not yet). */
export function siteNamer(deps: Pick<ReporterDeps, 'loadPublicSuffixes'>): (url: string) => Promise<string> {
  return async (url) => {
    await deps.loadPublicSuffixes?.();
    return siteOf(new URL(url).hostname);
  };
}
