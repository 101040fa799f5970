import { describe, expect, it } from 'vitest';
import { arr, bool, httpUrl, int, literal, num, obj, optional, str, validate } from './shape';

describe('shape validators', () => {
  const item = obj({ name: str(5), count: int(0, 10), ratio: num(0, 1), on: bool, kind: literal('a', 'b'), note: optional(str(3)), link: httpUrl(40) });
  const good = { name: 'abc', count: 3, ratio: 0.5, on: true, kind: 'a', link: 'https://x.example/p' };

  it('returns a copy with only the declared fields', () => {
    const result = validate(item, { ...good, extra: 1, __proto__: { evil: 1 } });
    expect(result).toEqual({ ok: true, value: good });
  });

  it.each([
    [{ ...good, name: 'toolong' }, 'name: longer than 5'],
    [{ ...good, count: 2.5 }, 'count: not an integer'],
    [{ ...good, ratio: Number.NaN }, 'ratio: not a number'],
    [{ ...good, on: 'yes' }, 'on: not a boolean'],
    [{ ...good, kind: 'c' }, 'kind: not one of a|b'],
    [{ ...good, note: 'long' }, 'note: longer than 3'],
    [{ ...good, link: 'ftp://x.example' }, 'link: not an http(s) URL'],
    [[good], 'message: not an object'],
  ])('names the path of the first problem', (value, reason) => {
    expect(validate(item, value)).toEqual({ ok: false, reason });
  });

  it('caps array lengths and names the failing index', () => {
    expect(validate(arr(int(), 2), [1, 2, 3])).toEqual({ ok: false, reason: 'message: more than 2 items' });
    expect(validate(obj({ list: arr(int(), 5) }), { list: [1, 'x'] })).toEqual({ ok: false, reason: 'list[1]: not an integer' });
  });
});
