// Node adapter: load the public-suffix data file from the repository (CLI, scripts, unit tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicSuffixesLoaded, usePublicSuffixes } from './site-of';

export const PUBLIC_SUFFIXES_PATH = join(import.meta.dirname, '..', '..', 'public', 'public-suffixes.json');

/** Load public/public-suffixes.json once. */
export function loadPublicSuffixesFromDisk(): void {
  if (!publicSuffixesLoaded()) usePublicSuffixes(JSON.parse(readFileSync(PUBLIC_SUFFIXES_PATH, 'utf8')));
}
