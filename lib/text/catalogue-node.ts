// Node (CLI, scripts, tests): the extension's own catalogue files, public/_locales/<lang>/messages.json,
// read from disk, so the terminal shows the words the popup shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogueMessage, catalogueLookup, type MessageLookup, type RenderText, renderText } from './render-text';

const LOCALES = join(import.meta.dirname, '../../public/_locales');
const lookups = new Map<string, MessageLookup>();

/** The catalogue of a UI language as a message lookup. */
export function nodeLookup(lang: 'en' | 'nb' = 'en'): MessageLookup {
  let lookup = lookups.get(lang);
  if (!lookup) {
    const messages = JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Record<string, CatalogueMessage>;
    lookup = catalogueLookup(messages);
    lookups.set(lang, lookup);
  }
  return lookup;
}

/** The catalogue of a UI language as a Text renderer. */
export function nodeRenderer(lang: 'en' | 'nb' = 'en'): RenderText {
  const lookup = nodeLookup(lang);
  return (text) => renderText(text, lookup);
}
