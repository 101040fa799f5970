/** A language's name in the UI language ("German", "tysk"), or its code when the browser cannot name it. */
export function languageName(code: string, uiLanguage: 'en' | 'nb'): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // 'unknown' and other codes Intl does not know
  }
}
