// Small runtime validators for data that crosses a trust boundary (content script → background).
// Each check returns a fresh value holding only the declared fields, or throws ShapeError naming the path.

export class ShapeError extends Error {}

export type Check<T> = (value: unknown, path: string) => T;

const fail = (path: string, what: string): never => {
  throw new ShapeError(`${path || 'message'}: ${what}`);
};

/** A string of at most `max` characters. */
export const str =
  (max: number): Check<string> =>
  (value, path) =>
    typeof value !== 'string' ? fail(path, 'not a string') : value.length > max ? fail(path, `longer than ${max}`) : value;

/** A finite number within [min, max]. */
export const num =
  (min = -Infinity, max = Infinity): Check<number> =>
  (value, path) =>
    typeof value !== 'number' || !Number.isFinite(value) ? fail(path, 'not a number') : value < min || value > max ? fail(path, `out of range`) : value;

/** An integer within [min, max]. */
export const int =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check<number> =>
  (value, path) =>
    Number.isInteger(value) ? num(min, max)(value, path) : fail(path, 'not an integer');

export const bool: Check<boolean> = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'not a boolean'));

/** One of the given literal strings. */
export const literal =
  <const T extends string>(...options: T[]): Check<T> =>
  (value, path) =>
    options.includes(value as T) ? (value as T) : fail(path, `not one of ${options.join('|')}`);

/** An array of at most `max` items, each checked. */
export const arr =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'not an array');
    if (value.length > max) return fail(path, `more than ${max} items`);
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };

/** A plain object with the given fields (unknown fields are dropped). */
export const obj =
  <T extends Record<string, unknown>>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, 'not an object');
    const result = {} as T;
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      result[key] = fields[key]((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    }
    return result;
  };

/** Undefined, or a value passing the check. */
export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

/** An http(s) URL of at most `max` characters. */
export const httpUrl =
  (max = 4_096): Check<string> =>
  (value, path) => {
    const text = str(max)(value, path);
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return fail(path, 'not a URL');
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : fail(path, 'not an http(s) URL');
  };

/** Run a check, returning the result or the reason it failed. */
export function validate<T>(check: Check<T>, value: unknown): { ok: true; value: T } | { ok: false; reason: string } {
  try {
    return { ok: true, value: check(value, '') };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, reason: error.message };
    throw error;
  }
}
