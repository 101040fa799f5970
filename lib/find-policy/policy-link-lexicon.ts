import { phraseMatcher } from '../detect/signal-lexicon';
import { unpackPhraseLists } from '../detect/phrase-lists';
import texts from './link-texts.json';

/** Link texts in English, Norwegian and a few neighbours' languages. */
export type LinkTextLists = { en: string[]; nb: string[]; other: string[] };

/** The shape of link-texts.json (validated by link-texts.test.ts). */
export interface PolicyLinkTexts {
  privacyLinkTexts: LinkTextLists;
  cookieLinkTexts: LinkTextLists;
  excludedLinkTexts: LinkTextLists;
  commonPaths: string[];
}

export const POLICY_LINK_TEXTS = unpackPhraseLists<PolicyLinkTexts>(texts);

const all = (lists: LinkTextLists) => [...lists.en, ...lists.nb, ...lists.other];

export const privacyLinkText = phraseMatcher(all(POLICY_LINK_TEXTS.privacyLinkTexts));
export const cookieLinkText = phraseMatcher(all(POLICY_LINK_TEXTS.cookieLinkTexts));
export const excludedLinkText = phraseMatcher(all(POLICY_LINK_TEXTS.excludedLinkTexts));
