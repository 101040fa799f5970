// Building blocks of every schema (valibot): bounded strings, numbers and lists, so that data from a page, a
// file or storage cannot be larger than anything we would have made ourselves. Marked free of side effects
// (as valibot's own functions are) so that a bundle drops the schemas it never uses.
import * as v from 'valibot';

/** A plain object with the given fields (unknown fields are dropped from the output). */
export const obj = /* @__NO_SIDE_EFFECTS__ */ <const T extends v.ObjectEntries>(entries: T) => v.object(entries, 'not an object');

/** One of the given strings. */
export const oneOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly string[]>(options: T) => v.picklist(options, `not one of ${options.join('|')}`);

export const bool = /* @__PURE__ */ v.boolean('not a boolean');

/** A string of at most `max` characters. */
export const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string('not a string'), v.maxLength(max, `longer than ${max}`));

/** A finite number within [min, max]. */
export const num = /* @__NO_SIDE_EFFECTS__ */ (min = -Number.MAX_VALUE, max = Number.MAX_VALUE) =>
  v.pipe(v.number('not a number'), v.finite('not a number'), v.minValue(min, 'out of range'), v.maxValue(max, 'out of range'));

/** An integer within [min, max]. */
export const int = /* @__NO_SIDE_EFFECTS__ */ (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) =>
  v.pipe(v.number('not a number'), v.integer('not an integer'), v.minValue(min, 'out of range'), v.maxValue(max, 'out of range'));

/** A list of at most `max` items. */
export const list = /* @__NO_SIDE_EFFECTS__ */ <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item, 'not an array'), v.maxLength(max, `more than ${max} items`));

/** A string matching `pattern` (at most `max` characters). */
export const matching = /* @__NO_SIDE_EFFECTS__ */ (pattern: RegExp, max: number, what: string) => v.pipe(v.string('not a string'), v.maxLength(max, `longer than ${max}`), v.regex(pattern, `not ${what}`));

const isHttpUrl = (value: string) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);

/** An http(s) URL of at most `max` characters. */
export const httpUrl = /* @__NO_SIDE_EFFECTS__ */ (max = 4_096) => v.pipe(v.string('not a string'), v.maxLength(max, `longer than ${max}`), v.check(isHttpUrl, 'not an http(s) URL'));

/** Text shown to the user in both UI languages. */
export const localizedText = /* @__NO_SIDE_EFFECTS__ */ (max: number) => obj({ en: text(max), nb: text(max) });

/** Where a value failed its schema, e.g. `sites[0].analysis.url: not an http(s) URL` (`root` names the value itself). */
export function issueText(issues: readonly v.BaseIssue<unknown>[], root = ''): string {
  const [issue] = issues;
  const path = (issue?.path ?? []).reduce(
    (at: string, item) => (typeof item.key === 'number' ? `${at}[${item.key}]` : at ? `${at}.${String(item.key)}` : String(item.key)),
    root,
  );
  if (!issue) return `${path || 'message'}: invalid`;
  // valibot reports a missing field with the message of the object that lacks it.
  const missing = issue.type === 'object' && issue.received === 'undefined' && issue.expected?.startsWith('"');
  return `${path || 'message'}: ${missing ? 'missing' : issue.message}`;
}

/** Parse `value`; the value holds only the schema's fields (unknown ones are dropped), or the reason it failed. */
export function parse<T extends v.GenericSchema>(schema: T, value: unknown, root?: string): { ok: true; value: v.InferOutput<T> } | { ok: false; reason: string } {
  const result = v.safeParse(schema, value);
  return result.success ? { ok: true, value: result.output } : { ok: false, reason: issueText(result.issues, root) };
}
