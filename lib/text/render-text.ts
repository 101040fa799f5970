// Turning a Text into words: its parameters first (a list joins with commas), then the message itself.
// Where the words come from is injected: browser.i18n in the extension, the catalogue files in Node.
import type { MessageKey, Text, TextParam } from './text';

/** The catalogue's message `key` with `substitutions` for $1…$9, in one language. */
export type MessageLookup = (key: MessageKey, substitutions: string[]) => string;

/** A function that renders Text in one language. */
export type RenderText = (text: Text) => string;

const isParamList = (value: TextParam): value is readonly TextParam[] => Array.isArray(value);

function param(value: TextParam, lookup: MessageLookup): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isParamList(value)) return value.map((item) => param(item, lookup)).join(', ');
  return renderText(value, lookup);
}

/** The words of `text` in the language of `lookup`. */
export function renderText(text: Text, lookup: MessageLookup): string {
  const words = lookup(text.key, (text.params ?? []).map((value) => param(value, lookup)));
  return text.lower ? words.toLowerCase() : words;
}

/** A message as written in a messages.json file. */
export interface CatalogueMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * A lookup over a parsed messages.json, substituting as the browsers do: `$1`…`$9` directly, named
 * `$name$` placeholders through their content, `$$` for a dollar sign. An unknown key shows as itself.
 */
export function catalogueLookup(messages: Partial<Record<string, CatalogueMessage>>): MessageLookup {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const nth = (n: string) => substitutions[Number(n) - 1] ?? '';
    return entry.message.replace(/\$(?:(\$)|(\d)|([A-Za-z0-9_@]+)\$)/g, (whole, dollar?: string, n?: string, name?: string) => {
      if (dollar) return '$';
      if (n) return nth(n);
      const placeholder = Object.entries(entry.placeholders ?? {}).find(([own]) => own.toLowerCase() === name!.toLowerCase());
      return placeholder ? placeholder[1].content.replace(/\$(\d)/g, (_, k: string) => nth(k)) : whole;
    });
  };
}
