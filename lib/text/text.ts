// Text the engine shows the user, as a message key of the catalogue (public/_locales/*/messages.json) with its
// parameters, never as finished words: results are cached and saved, and a wording fixed in the catalogue
// reaches every stored result without a migration. The popup and the comparison page render a Text through
// browser.i18n, the CLI through the same catalogue files read in Node (render-text.ts).
import type catalogue from '../../public/_locales/en/messages.json';

/** A message of the catalogue; WXT's generated i18n types accept exactly these names. */
export type MessageKey = keyof typeof catalogue;

/** A parameter: words as written (a company name, a period as the policy wrote it), a number, or more Text. */
export type TextParam = string | number | Text | readonly TextParam[];

/** A message key with its parameters ($1…$9 in the catalogue). */
export interface Text {
  readonly key: MessageKey;
  readonly params?: readonly TextParam[];
  /** Shown in lower case, for a name in running text ("collects e-mail address, name"). */
  readonly lower?: boolean;
}

/** A Text of `key` with `params`. */
export const text = (key: MessageKey, ...params: TextParam[]): Text => (params.length ? { key, params } : { key });

/** The same Text, shown in lower case inside a sentence. */
export const lower = (name: Text): Text => ({ ...name, lower: true });

/** Items joined with semicolons, for items that hold commas themselves ("_fbp from Meta (Facebook, Instagram)"). */
export const semicolonList = (items: readonly TextParam[]): TextParam =>
  items.length > 1 ? text('listSemicolon', items[0]!, semicolonList(items.slice(1))) : (items[0] ?? '');

/** Words as written, in every language (a company's name, an authority's name). */
export const verbatim = (words: string): Text => ({ key: 'verbatim', params: [words] });
