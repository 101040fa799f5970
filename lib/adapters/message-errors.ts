// Our stand-in for @aklinker1/zero-serialize-error, which @webext-core/messaging uses to pass errors
// between contexts (wxt.config.ts aliases it in every bundle). Our handlers' errors (the background's
// rejections, a failed fetch) only need a name and a message to cross; the full serialiser (causes,
// nested errors, stacks) costs 0.85 KB per bundle, against the content script's 60 KB and the
// background's 150 KB budgets.

interface SerializedError {
  name: string;
  message: string;
  stack: string;
}

const isError = (value: unknown): value is Error => value instanceof Error;

/** An error as a plain object that survives structured cloning; other values pass unchanged. */
export function serializeError(error: unknown): unknown {
  return isError(error) ? { name: error.name, message: error.message, stack: '' } : error;
}

/** An Error rebuilt from its serialised form (as the background's serialiser or ours wrote it). */
export function deserializeError(data: unknown): unknown {
  const value = data as Partial<SerializedError> | null;
  if (!value || typeof value.message !== 'string') return data;
  return Object.assign(new Error(value.message), { name: String(value.name ?? 'Error') });
}
