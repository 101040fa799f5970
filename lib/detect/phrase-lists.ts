// Phrase lists travel in the content script (60 KB budget). The build writes each list of a phrase file as
// one '|'-separated string ("privacy policy|privacy notice|…") instead of a JSON array of quoted strings;
// the loaders read either form, so tests and scripts use the JSON files as they are.

/** Data files whose string lists are packed at build time (none of their phrases holds a '|'). */
export const PHRASE_LIST_FILES = ['lib/detect/detection-signals.json', 'lib/find-policy/link-texts.json'];

const SEPARATOR = '|';

/** Build time: every array of strings in the data becomes one string. */
export function packPhraseLists(data: unknown): unknown {
  if (Array.isArray(data)) {
    if (data.some((item) => typeof item !== 'string' || item.includes(SEPARATOR))) throw new Error('a phrase list holds a non-string or a "|"');
    return data.join(SEPARATOR);
  }
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, packPhraseLists(value)]));
  return data;
}

/** Run time: lists as arrays again, whether they arrive packed or not. */
export function unpackPhraseLists<T>(data: unknown): T {
  if (typeof data === 'string') return (data ? data.split(SEPARATOR) : []) as T;
  if (Array.isArray(data)) return data as T;
  if (data && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, unpackPhraseLists(value)])) as T;
  return data as T;
}
