// The schema of a Text (lib/text/text.ts) as stored in analyses and saved sites: a message key and bounded
// parameters, nested at most a few levels (a summary holding a list of names holding a period), so that a
// damaged or forged file cannot nest without end.
import * as v from 'valibot';
import type { MessageKey, Text, TextParam } from '../text/text';
import { bool, list, num, obj, text } from './common';

const KEY = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const MAX_DEPTH = 6;

/** A message key: its shape is checked here, its presence in both catalogues by test/unit/catalogue.test.ts. */
export const messageKey = /* @__PURE__ */ v.custom<MessageKey>((value) => typeof value === 'string' && KEY.test(value), 'not a message key');

const words = /* @__PURE__ */ text(2_000);
const number = /* @__PURE__ */ num(-1e12, 1e12);

/** A Text nested at most `depth` levels below this one. */
function textOf(depth: number): v.GenericSchema<unknown, Text> {
  const inner: v.GenericSchema<unknown, TextParam>[] = depth > 0 ? [words, number, textOf(depth - 1)] : [words, number];
  const single = v.union(inner, 'not a text parameter');
  const param = v.union([...inner, list(single, 50)], 'not a text parameter');
  return obj({ key: messageKey, params: v.optional(list(param, 9)), lower: v.optional(bool) });
}

export const TextSchema = /* @__PURE__ */ textOf(MAX_DEPTH);
