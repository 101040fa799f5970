// Running out of storage.local space. Chrome gives extensions 10 MB (its storage.local QUOTA_BYTES,
// 10,485,760 bytes, measured in Chromium 156) and rejects a write past it with "QUOTA_BYTES quota exceeded"
// ("Resource::kQuotaBytes quota exceeded" in recent versions); Firefox has no such quota but can still fail
// when the disk is full ("QuotaExceededError"). A failed write changes nothing.

/** True when a storage write failed because there is no space left. */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Thrown by saved-site writes that did not fit; the caller tells the user and nothing was changed. */
export class StorageFullError extends Error {
  constructor(readonly needed: number) {
    super(`storage is full (${needed} bytes did not fit)`);
    this.name = 'StorageFullError';
  }
}

/** Approximate bytes a value takes in storage.local (Chrome counts the key and the JSON of the value). */
export const storedBytes = (key: string, value: unknown): number => key.length + new TextEncoder().encode(JSON.stringify(value)).length;
