// A link to an evidence sentence in the live policy page, as a URL text fragment (#:~:text=…), which Chrome
// (80+) and Firefox (131+) scroll to and highlight: https://wicg.github.io/scroll-to-text-fragment/

// Enough words to find the sentence, few enough to survive small edits to the rest of it.
const FRAGMENT_WORDS = 8;

/** Percent-encode a text-directive term: the spec reserves '-', ',' and '&' besides what URLs reserve. */
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/** The policy URL with a text fragment pointing at the start of the sentence. */
export function evidenceLink(policyUrl: string, sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').slice(0, FRAGMENT_WORDS).join(' ');
  const base = policyUrl.split('#')[0];
  return words ? `${base}#:~:text=${encodeTerm(words)}` : base!;
}
